/** Public exports. Importing this module does not register the element; import `./define.js` for that. */
export { SsprCodeHelp } from './sspr-code-help.js';
export { RETRY_HANDLER_TIMEOUT_MS, type RetryHandler } from './retry/resend-controller.js';
export { RetryError, type RetryFailure } from './retry/outcome.js';
export type * from './events.js';
export type { StepId } from './flow/steps.js';
export type { Channel } from './types.js';
