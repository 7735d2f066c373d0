/**
 * Talking to the local Okta-like server (test/server/okta-mock.mjs) from a test page.
 */

/** An Okta org URL served by the test server. */
export const OKTA_BASE = `${location.origin}/okta-mock`;

let sequence = 0;
/** A request-log id no other test or engine uses. */
export const uniqueId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${++sequence}`;

export interface MockAnswer {
  /** `ok`, `ok-html` (a proxy's HTML page with 200), an Okta error code, `E0000047-html`, `drop` or `hang`. */
  answer?: string;
  retryAfter?: string | number;
  reset?: string | number;
  remaining?: string | number;
  id?: string;
  /** `none`: the rate-limit headers are not exposed to a cross-origin page. */
  expose?: 'none';
}

/** A state token that tells the mock how to answer (Okta's tokens are opaque to the adapter). */
export function mockToken(answer: MockAnswer = {}): string {
  return ['mock', ...Object.entries(answer).map(([key, value]) => `${key}=${value}`)].join(';');
}

export interface LoggedRequest {
  method: string;
  path: string;
  factor: 'sms' | 'call';
  headers: Record<string, string>;
  rawBody: string;
  body: unknown;
  /** `answer=hang`: the client closed the request (an aborted fetch) before any answer. */
  closedByClient?: boolean;
}

/** What the mock received for this id. */
export async function receivedBy(id: string): Promise<LoggedRequest[]> {
  const response = await fetch(`/okta-mock/__requests?id=${encodeURIComponent(id)}`, { cache: 'no-store' });
  return (await response.json()) as LoggedRequest[];
}

export { untilReal } from '../helpers.js';
