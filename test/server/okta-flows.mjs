// @ts-check
/**
 * A local Okta-like org for the Sign-In Widget tests (test/okta-widget) and the demo: the real
 * widget talks to it as it would to Okta. Registered in web-test-runner.config.mjs next to
 * okta-mock.mjs. Every test uses its own org, `{origin}/okta-flow/{id}`, so engines and tests never
 * share state. Responses follow Okta's documented shapes (REFERENCE.md §3, §4b), written here.
 *
 *   Classic Authentication API
 *     POST {org}/api/v1/authn                                 {stateToken} → the transaction
 *     POST {org}/api/v1/authn/recovery/password               {username, factorType: SMS|CALL}
 *     POST {org}/api/v1/authn/recovery/factors/{sms|call}/resend   {stateToken}
 *     POST {org}/api/v1/authn/recovery/factors/{sms|call}/verify   → 403 E0000068 (no code is right)
 *     POST {org}/api/v1/authn/recovery/cancel
 *     POST {org}/api/v1/authn {username, password} → MFA_REQUIRED (SMS); …/factors/{id}/verify → MFA_CHALLENGE;
 *          …/factors/{id}/verify/resend
 *   Identity Engine (IDX), media type application/ion+json; okta-version=1.0.0
 *     POST {org}/idp/idx/introspect      → identify
 *     POST {org}/idp/idx/identify        → select-authenticator-authenticate (phone: SMS, voice)
 *     POST {org}/idp/idx/challenge       → challenge-authenticator (phone_number, sms | voice)
 *     POST {org}/idp/idx/challenge/resend
 *     POST {org}/idp/idx/challenge/answer → the code is wrong
 *     POST {org}/idp/idx/cancel          → identify
 *
 *   POST {org}/__resend  ["ok", "E0000109", "429", …]  the answers to the next resends, in order
 *                        (after the list: ok). An Okta error code answers as Okta does (Classic
 *                        body, or IDX messages); "429" is a bare rate limit (E0000047).
 *   GET  {org}/__requests                                what the org received (method, path, body)
 *
 * Cross-origin calls are answered like Okta answers a trusted origin (origin echoed, credentials
 * allowed), and like Okta it does NOT expose X-Rate-Limit-* or Retry-After to the page.
 */

const ORG = /^\/okta-flow\/(?<id>[\w-]+)(?<rest>\/.*)$/;
const IDX_TYPE = 'application/ion+json; okta-version=1.0.0';
import { ERRORS, readBody } from './okta-answers.mjs';

const PHONE = '+1 XXX-XXX-2342';

/** @type {Map<string, {requests: object[], resends: string[], channel: 'sms' | 'voice'}>} */
const orgs = new Map();

function orgFor(id) {
  let org = orgs.get(id);
  if (!org) {
    org = { requests: [], resends: [], channel: 'sms' };
    orgs.set(id, org);
  }
  return org;
}

function cors(ctx) {
  const origin = ctx.get('Origin');
  if (!origin) return;
  ctx.set('Access-Control-Allow-Origin', origin);
  ctx.set('Access-Control-Allow-Credentials', 'true');
  ctx.set('Vary', 'Origin');
}

function json(ctx, status, body, type = 'application/json', bucketEmpty = false) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  const seconds = Math.floor(Date.now() / 1000);
  // Sent on every answer, as Okta does; not exposed to other origins, as with Okta.
  ctx.set('X-Rate-Limit-Limit', '100');
  ctx.set('X-Rate-Limit-Remaining', bucketEmpty ? '0' : '99');
  ctx.set('X-Rate-Limit-Reset', String(seconds - (seconds % 60) + 60));
  ctx.type = type;
  ctx.body = JSON.stringify(body);
}

const classicError = (code) => {
  const [status, errorSummary] = ERRORS[/** @type {keyof typeof ERRORS} */ (code)] ?? [400, 'Api validation failed'];
  return [status, { errorCode: code, errorSummary, errorLink: code, errorId: `oae${code}`, errorCauses: [] }];
};

// ---- Classic ------------------------------------------------------------------------------

function recoveryChallenge(org, stateToken, channel) {
  const factor = channel === 'voice' ? 'call' : 'sms';
  const post = (href) => ({ href, hints: { allow: ['POST'] } });
  return {
    stateToken,
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    status: 'RECOVERY_CHALLENGE',
    factorType: channel === 'voice' ? 'CALL' : 'SMS',
    recoveryType: 'PASSWORD',
    _links: {
      next: { name: 'verify', ...post(`${org}/api/v1/authn/recovery/factors/${factor}/verify`) },
      cancel: post(`${org}/api/v1/authn/recovery/cancel`),
      // One link, as Okta sends it on a recovery challenge (the widget calls resend() without a name).
      resend: { name: factor, ...post(`${org}/api/v1/authn/recovery/factors/${factor}/resend`) },
    },
  };
}

/** Classic sign-in with MFA by SMS: MFA_REQUIRED, then MFA_CHALLENGE once the code is sent. */
function mfa(org, stateToken, status) {
  const post = (href) => ({ href, hints: { allow: ['POST'] } });
  const factor = {
    id: 'smsFactor1',
    factorType: 'sms',
    provider: 'OKTA',
    vendorName: 'OKTA',
    profile: { phoneNumber: '+1 XXX-XXX-2342' },
    _links: { verify: post(`${org}/api/v1/authn/factors/smsFactor1/verify`) },
  };
  return {
    stateToken,
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    status,
    _embedded: {
      user: {
        id: '00u1',
        profile: { login: 'ada@example.com', firstName: 'Ada', lastName: 'L', locale: 'en', timeZone: 'UTC' },
      },
      ...(status === 'MFA_REQUIRED' ? { factors: [factor] } : { factor }),
    },
    _links: {
      cancel: post(`${org}/api/v1/authn/cancel`),
      ...(status === 'MFA_CHALLENGE'
        ? {
            next: { name: 'verify', ...post(`${org}/api/v1/authn/factors/smsFactor1/verify`) },
            prev: post(`${org}/api/v1/authn/previous`),
            resend: [{ name: 'sms', ...post(`${org}/api/v1/authn/factors/smsFactor1/verify/resend`) }],
          }
        : {}),
    },
  };
}

// ---- Identity Engine ------------------------------------------------------------------------

const hidden = (name, value) => ({ name, required: true, value, visible: false, mutable: false });

function idxForm(org, name, path, value, extra = {}) {
  return {
    rel: ['create-form'],
    name,
    href: `${org}/idp/idx/${path}`,
    method: 'POST',
    produces: IDX_TYPE,
    accepts: 'application/json; okta-version=1.0.0',
    value,
    ...extra,
  };
}

function idxBase(org, handle, remediations, extra = {}) {
  return {
    version: '1.0.0',
    stateHandle: handle,
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    intent: 'LOGIN',
    remediation: { type: 'array', value: remediations },
    cancel: idxForm(org, 'cancel', 'cancel', [hidden('stateHandle', handle)]),
    app: { type: 'object', value: { name: 'oidc_client', label: 'Test app', id: '0oa1test' } },
    ...extra,
  };
}

function identify(org, handle) {
  return idxBase(org, handle, [
    idxForm(org, 'identify', 'identify', [{ name: 'identifier', label: 'Username' }, hidden('stateHandle', handle)]),
  ]);
}

const PHONE_ENROLMENT = {
  displayName: 'Phone',
  type: 'phone',
  key: 'phone_number',
  id: 'paePhone1',
  authenticatorId: 'autPhone1',
  methods: [{ type: 'sms' }, { type: 'voice' }],
  profile: { phoneNumber: PHONE },
};
const EMAIL_ENROLMENT = {
  displayName: 'Email',
  type: 'email',
  key: 'okta_email',
  id: 'eaeEmail1',
  authenticatorId: 'autEmail1',
  methods: [{ type: 'email' }],
  profile: { email: 'a***e@example.com' },
};

function selectAuthenticator(org, handle) {
  const option = (label, enrolment, methodType, index) => ({
    label,
    value: {
      form: {
        value: [
          { name: 'id', required: true, value: enrolment.authenticatorId, mutable: false },
          // The phone has two methods: chosen on the next screen (authenticator-verification-data).
          ...(methodType ? [{ name: 'methodType', required: false, value: methodType, mutable: false }] : []),
        ],
      },
    },
    relatesTo: `$.authenticatorEnrollments.value[${index}]`,
  });
  return idxForm(org, 'select-authenticator-authenticate', 'challenge', [
    {
      name: 'authenticator',
      type: 'object',
      options: [option('Phone', PHONE_ENROLMENT, null, 0), option('Email', EMAIL_ENROLMENT, 'email', 1)],
    },
    hidden('stateHandle', handle),
  ]);
}

const enrolments = { type: 'array', value: [PHONE_ENROLMENT, EMAIL_ENROLMENT] };

function selectScreen(org, handle) {
  return idxBase(org, handle, [selectAuthenticator(org, handle)], { authenticatorEnrollments: enrolments });
}

/** The phone's "Receive a code via SMS" / "Receive a voice call instead" screen. */
function verificationData(org, handle) {
  return idxBase(
    org,
    handle,
    [
      idxForm(
        org,
        'authenticator-verification-data',
        'challenge',
        [
          {
            name: 'authenticator',
            form: {
              value: [
                { name: 'id', required: true, value: PHONE_ENROLMENT.authenticatorId, mutable: false },
                {
                  name: 'methodType',
                  type: 'string',
                  required: true,
                  options: [
                    { label: 'SMS', value: 'sms' },
                    { label: 'Voice call', value: 'voice' },
                  ],
                },
              ],
            },
          },
          hidden('stateHandle', handle),
        ],
        { relatesTo: '$.currentAuthenticatorEnrollment' },
      ),
      selectAuthenticator(org, handle),
    ],
    {
      currentAuthenticatorEnrollment: { type: 'object', value: PHONE_ENROLMENT },
      authenticatorEnrollments: enrolments,
    },
  );
}

function challenge(org, handle, channel) {
  const enrolment = {
    ...PHONE_ENROLMENT,
    methods: [{ type: channel }],
    resend: idxForm(org, 'resend', 'challenge/resend', [hidden('stateHandle', handle)]),
  };
  return idxBase(
    org,
    handle,
    [
      idxForm(
        org,
        'challenge-authenticator',
        'challenge/answer',
        [
          { name: 'credentials', form: { value: [{ name: 'passcode', label: 'Enter code' }] } },
          hidden('stateHandle', handle),
        ],
        { relatesTo: ['$.currentAuthenticatorEnrollment'] },
      ),
      selectAuthenticator(org, handle),
    ],
    { currentAuthenticatorEnrollment: { type: 'object', value: enrolment }, authenticatorEnrollments: enrolments },
  );
}

function idxError(body, message, key) {
  return { ...body, messages: { type: 'array', value: [{ message, i18n: { key }, class: 'ERROR' }] } };
}

// ---- middleware -----------------------------------------------------------------------------

/** @returns {import('koa').Middleware} */
export function oktaFlows() {
  return async (ctx, next) => {
    const match = ORG.exec(ctx.path);
    if (!match?.groups) return next();
    const { id, rest } = match.groups;
    const org = orgFor(id);
    const orgUrl = `${ctx.protocol}://${ctx.host}/okta-flow/${id}`;
    cors(ctx);
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      ctx.set('Access-Control-Allow-Headers', ctx.get('Access-Control-Request-Headers') || 'Accept, Content-Type');
      ctx.status = 204;
      return;
    }
    if (rest === '/__requests' && ctx.method === 'GET') return json(ctx, 200, org.requests);
    if (ctx.method !== 'POST') return next();
    const raw = await readBody(ctx.req);
    /** @type {any} */
    let body = {};
    try {
      body = JSON.parse(raw || '{}');
    } catch {
      body = {};
    }
    if (rest === '/__resend') {
      org.resends = Array.isArray(body) ? body.map(String) : [];
      return json(ctx, 200, { resends: org.resends });
    }
    org.requests.push({
      method: ctx.method,
      path: rest,
      contentType: ctx.get('Content-Type'),
      accept: ctx.get('Accept'),
      body,
      at: Date.now(),
    });
    const handle = `handle-${id}`;
    const token = `token-${id}`;

    // Classic
    if (rest === '/api/v1/authn/recovery/password') {
      org.channel = body.factorType === 'CALL' ? 'voice' : 'sms';
      return json(ctx, 200, recoveryChallenge(orgUrl, token, org.channel));
    }
    if (rest === '/api/v1/authn') {
      // A sign-in (username and password) meets MFA by SMS; a state token resumes the recovery.
      if (body.username) return json(ctx, 200, mfa(orgUrl, token, 'MFA_REQUIRED'));
      return json(ctx, 200, recoveryChallenge(orgUrl, token, org.channel));
    }
    if (rest === '/api/v1/authn/factors/smsFactor1/verify') {
      if (body.passCode) return json(ctx, ...classicError('E0000068'));
      return json(ctx, 200, mfa(orgUrl, token, 'MFA_CHALLENGE'));
    }
    if (rest === '/api/v1/authn/factors/smsFactor1/verify/resend') {
      const answer = org.resends.shift() ?? 'ok';
      if (answer === 'ok') return json(ctx, 200, mfa(orgUrl, token, 'MFA_CHALLENGE'));
      const [status, error] = classicError(answer === '429' ? 'E0000047' : answer);
      return json(ctx, status, error, 'application/json', answer === '429');
    }
    if (rest === '/api/v1/authn/cancel') return json(ctx, 200, {});
    if (/^\/api\/v1\/authn\/recovery\/factors\/(sms|call)\/resend$/.test(rest)) {
      const answer = org.resends.shift() ?? 'ok';
      if (answer === 'ok') return json(ctx, 200, recoveryChallenge(orgUrl, token, org.channel));
      const [status, error] = classicError(answer === '429' ? 'E0000047' : answer);
      return json(ctx, status, error, 'application/json', answer === '429');
    }
    if (/^\/api\/v1\/authn\/recovery\/factors\/(sms|call)\/verify$/.test(rest))
      return json(ctx, ...classicError('E0000068'));
    if (rest === '/api/v1/authn/recovery/cancel') return json(ctx, 200, {});

    // Identity Engine
    if (rest === '/idp/idx/introspect' || rest === '/idp/idx/cancel')
      return json(ctx, 200, identify(orgUrl, handle), IDX_TYPE);
    if (rest === '/idp/idx/identify') return json(ctx, 200, selectScreen(orgUrl, handle), IDX_TYPE);
    if (rest === '/idp/idx/challenge') {
      const method = body?.authenticator?.methodType;
      if (!method) return json(ctx, 200, verificationData(orgUrl, handle), IDX_TYPE);
      org.channel = method === 'voice' ? 'voice' : 'sms';
      return json(ctx, 200, challenge(orgUrl, handle, org.channel), IDX_TYPE);
    }
    if (rest === '/idp/idx/challenge/resend') {
      const answer = org.resends.shift() ?? 'ok';
      const screen = challenge(orgUrl, handle, org.channel);
      if (answer === 'ok') return json(ctx, 200, screen, IDX_TYPE);
      if (answer === '429') return json(ctx, ...classicError('E0000047'), 'application/json', true);
      const [status, error] = classicError(answer);
      return json(ctx, status, idxError(screen, error.errorSummary, answer), IDX_TYPE);
    }
    if (rest === '/idp/idx/challenge/answer') {
      const screen = challenge(orgUrl, handle, org.channel);
      return json(ctx, 400, idxError(screen, 'Invalid code. Try again.', 'api.authn.error.PASSCODE_INVALID'), IDX_TYPE);
    }
    return next();
  };
}

export default oktaFlows;

/**
 * The same org for a connect-style server (the demo's vite dev server, vite.config.ts): a minimal
 * koa-like context around Node's request and response.
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void}
 */
export function oktaFlowsConnect() {
  const middleware = oktaFlows();
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    /** @type {Record<string, string>} */
    const headers = {};
    /** @type {any} */
    const ctx = {
      req,
      path: url.pathname,
      method: req.method,
      protocol: 'http',
      host: req.headers.host,
      get: (name) => String(req.headers[name.toLowerCase()] ?? ''),
      set: (name, value) => (headers[name] = value),
      status: 404,
      type: undefined,
      body: undefined,
      respond: true,
    };
    let passed = false;
    middleware(ctx, async () => {
      passed = true;
    }).then(() => {
      if (passed) return next();
      if (ctx.respond === false) return;
      res.statusCode = ctx.status;
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      if (ctx.type) res.setHeader('Content-Type', ctx.type);
      res.end(ctx.body ?? '');
    }, next);
  };
}
