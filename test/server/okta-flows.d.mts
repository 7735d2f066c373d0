import type { IncomingMessage, ServerResponse } from 'node:http';

/** The local Okta-like org as koa middleware (web-test-runner). */
export function oktaFlows(): (ctx: unknown, next: () => Promise<unknown>) => Promise<unknown>;
/** The same org for a connect-style server (the demo's vite dev server). */
export function oktaFlowsConnect(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
export default oktaFlows;
