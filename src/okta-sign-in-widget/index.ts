export { attachToSignInWidget, type AttachOptions, type SignInWidgetEvents } from './attach.js';
export type { CodeScreen, Engine, WidgetContext } from './screens.js';
