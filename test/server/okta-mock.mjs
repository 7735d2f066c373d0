// @ts-check
/**
 * A local Okta-like server for the tests, registered in web-test-runner.config.mjs as a dev-server
 * middleware. It answers the Okta Classic Authentication API's resend call the way Okta documents
 * it (docs/reference.md, "Okta error codes"):
 *
 *   POST {base}/api/v1/authn/recovery/factors/{sms|call}/resend   body {"stateToken": "..."}
 *
 * where {base} is any path prefix (tests use `${origin}/okta-mock`), so a test's `baseUrl` is an
 * ordinary Okta org URL from the adapter's point of view.
 *
 * A test chooses the answer through the state token it passes (Okta's state tokens are opaque, so
 * the adapter cannot tell): `mock;answer=E0000109;retryAfter=45;reset=1800000000;remaining=0;id=xyz`
 *   answer     `ok` (default) → 200 with the recovery object; an Okta error code → that error's
 *              HTTP status and body; `E0000047-html` → a 429 with a non-JSON body (a proxy's page);
 *              `drop` → the socket is destroyed without a response (a network failure).
 *   retryAfter  adds `Retry-After: <value>` (seconds or an HTTP date).
 *   reset       `X-Rate-Limit-Reset` (UTC epoch seconds). Okta sends the three X-Rate-Limit-*
 *              headers on every authn response, so by default they are there too: the org's
 *              per-minute bucket, resetting at the next whole minute, with room left.
 *   remaining   `X-Rate-Limit-Remaining` (default 0 for E0000047, else 99).
 *   id          keys the request log below, so parallel engines and tests never see each other's.
 *   expose     `none`: no `Access-Control-Expose-Headers`, so a cross-origin page cannot read the
 *              rate-limit headers (an Okta org or proxy that does not expose them).
 * `answer=hang` never answers: the request stays open until the client goes away (an aborted
 * fetch), which the log records as `closedByClient: true` (or, after 60 s, a 400).
 * A state token that does not start with `mock` gets Okta's 403 E0000011 "Invalid token provided".
 *
 * `GET /okta-mock/__requests?id=xyz` returns what the server received for that id (method, path,
 * headers, parsed body), so tests can check the request the adapter made.
 *
 * Cross-origin calls are answered like Okta answers a trusted origin: the preflight and the
 * response echo the Origin with `Access-Control-Allow-Credentials: true`.
 *
 * It also adds `Access-Control-Allow-Origin: *` to any file requested from an opaque origin
 * (`Origin: null`): a sandboxed iframe (test/fixtures/sandboxed.html) fetches its module scripts
 * in CORS mode, and without this it could not load the element at all.
 */

import { ERRORS, readBody } from './okta-answers.mjs';
const RESEND = /^(?<base>(?:\/[^/?#]+)*)\/api\/v1\/authn\/recovery\/factors\/(?<factor>sms|call)\/resend$/;
const REQUESTS = /^\/okta-mock\/__requests$/;

/** @type {Map<string, object[]>} */
const log = new Map();

function parseToken(stateToken) {
  if (typeof stateToken !== 'string' || !stateToken.startsWith('mock')) return null;
  /** @type {Record<string, string>} */
  const options = {};
  for (const part of stateToken.split(';').slice(1)) {
    const at = part.indexOf('=');
    if (at > 0) options[part.slice(0, at)] = part.slice(at + 1);
  }
  return options;
}

const randomId = (length = 22) =>
  Array.from(
    { length },
    () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[Math.floor(Math.random() * 62)],
  ).join('');

function corsFor(ctx) {
  const origin = ctx.get('Origin');
  if (!origin) return;
  // Okta echoes a trusted origin and allows credentials (never `*` with credentials).
  ctx.set('Access-Control-Allow-Origin', origin);
  ctx.set('Access-Control-Allow-Credentials', 'true');
  ctx.set(
    'Access-Control-Expose-Headers',
    'X-Rate-Limit-Limit, X-Rate-Limit-Remaining, X-Rate-Limit-Reset, Retry-After',
  );
  ctx.set('Vary', 'Origin');
}

/** @returns {import('koa').Middleware} */
export function oktaMock() {
  return async (ctx, next) => {
    if (REQUESTS.test(ctx.path) && ctx.method === 'GET') {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(log.get(String(ctx.query.id ?? '')) ?? []);
      return;
    }

    const match = RESEND.exec(ctx.path);
    if (!match) {
      await next();
      if (ctx.get('Origin') === 'null') ctx.set('Access-Control-Allow-Origin', '*');
      return;
    }

    corsFor(ctx);
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', 'POST, OPTIONS');
      ctx.set('Access-Control-Allow-Headers', ctx.get('Access-Control-Request-Headers') || 'Accept, Content-Type');
      ctx.set('Access-Control-Max-Age', '0');
      ctx.status = 204;
      return;
    }
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      ctx.set('Allow', 'POST');
      return;
    }

    const raw = await readBody(ctx.req);
    /** @type {any} */
    let body = null;
    try {
      body = JSON.parse(raw);
    } catch {
      body = null;
    }
    const options = parseToken(body?.stateToken);
    if (options?.expose === 'none') ctx.remove('Access-Control-Expose-Headers');
    /** @type {Record<string, unknown>} */
    const record = {};
    if (options?.id) {
      const entries = log.get(options.id) ?? [];
      entries.push(record);
      Object.assign(record, {
        method: ctx.method,
        path: ctx.path,
        base: match.groups?.base ?? '',
        factor: match.groups?.factor,
        headers: ctx.headers,
        rawBody: raw,
        body,
      });
      log.set(options.id, entries);
    }

    const answer = options ? (options.answer ?? 'ok') : 'E0000011';
    if (answer === 'hang') {
      const closed = await new Promise((resolve) => {
        const give = setTimeout(() => resolve(false), 60_000);
        ctx.res.once('close', () => {
          clearTimeout(give);
          resolve(!ctx.res.writableEnded);
        });
      });
      record.closedByClient = closed;
      if (closed) {
        ctx.respond = false;
        ctx.status = 204; // only so the runner does not log this as a missing file (404)
        return;
      }
    }
    if (answer === 'drop') {
      // No response at all: the browser sees a network error.
      ctx.req.socket.destroy();
      ctx.respond = false;
      ctx.status = 204; // only so the runner does not log this as a missing file (404)
      return;
    }

    const nowSeconds = Math.floor(Date.now() / 1000);
    ctx.set('Cache-Control', 'no-cache, no-store');
    ctx.set('X-Rate-Limit-Limit', '100');
    ctx.set('X-Rate-Limit-Remaining', options?.remaining ?? (answer.startsWith('E0000047') ? '0' : '99'));
    ctx.set('X-Rate-Limit-Reset', options?.reset ?? String(nowSeconds - (nowSeconds % 60) + 60));
    if (options?.retryAfter) ctx.set('Retry-After', options.retryAfter);

    const factor = match.groups?.factor;
    const factorType = factor === 'call' ? 'CALL' : 'SMS';
    if (answer === 'ok') {
      const org = `${ctx.protocol}://${ctx.host}${match.groups?.base ?? ''}`;
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        stateToken: body.stateToken,
        expiresAt: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
        status: 'RECOVERY_CHALLENGE',
        factorType,
        recoveryType: 'PASSWORD',
        _links: {
          next: {
            name: 'verify',
            href: `${org}/api/v1/authn/recovery/factors/${factor}/verify`,
            hints: { allow: ['POST'] },
          },
          cancel: { href: `${org}/api/v1/authn/recovery/cancel`, hints: { allow: ['POST'] } },
          resend: [
            { name: factor, href: `${org}/api/v1/authn/recovery/factors/${factor}/resend`, hints: { allow: ['POST'] } },
          ],
        },
      });
      return;
    }
    if (answer === 'ok-html') {
      // a proxy's sign-in page in front of the org: 200, but not the API
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sign in</title><form action="/login"><input name="user"></form>';
      return;
    }
    if (answer === 'E0000047-html') {
      ctx.status = 429;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Too Many Requests</title><h1>429 Too Many Requests</h1>';
      return;
    }
    const known = ERRORS[/** @type {keyof typeof ERRORS} */ (answer)];
    const [status, errorSummary] = known ?? [400, 'Api validation failed'];
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      errorCode: answer,
      errorSummary,
      errorLink: answer,
      errorId: `oae${randomId()}`,
      errorCauses: [],
    });
  };
}

export default oktaMock;
