/**
 * The Okta Classic adapter against the local Okta-like server (test/server/okta-mock.mjs):
 * the request it sends, and what each of Okta's answers becomes.
 */
import { expect } from '@open-wc/testing';
import { NEW_TRANSACTION_NEEDED, oktaClassicRetry } from '../../src/okta/okta-classic.js';
import { RetryError, type RetryFailure } from '../../src/retry/outcome.js';
import { mockToken, OKTA_BASE, receivedBy, uniqueId, type MockAnswer } from './mock-client.js';

/** A fixed "now" for the adapter; rate-limit headers are given relative to it. */
const NOW = Date.UTC(2026, 10, 28, 10, 0, 0);
const NOW_S = NOW / 1000;

async function failureOf(promise: Promise<void>): Promise<RetryFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error, 'rejects with a RetryError').to.be.instanceOf(RetryError);
    return (error as RetryError).failure;
  }
  throw new Error('expected the resend to be rejected');
}

/** Resends once through the adapter with the mock answering as asked. */
const resend = (channel: 'sms' | 'voice', answer: MockAnswer) =>
  oktaClassicRetry({ baseUrl: OKTA_BASE, stateToken: mockToken(answer), now: () => NOW })({ channel });

describe('Okta Classic adapter: the request', () => {
  it('POSTs {stateToken} as JSON to …/factors/sms/resend with Accept and Content-Type JSON', async () => {
    const id = uniqueId();
    const stateToken = mockToken({ id });
    // Resolves (with nothing): the cooldown starts.
    await oktaClassicRetry({ baseUrl: OKTA_BASE, stateToken })({ channel: 'sms' });
    const [request, ...more] = await receivedBy(id);
    expect(more, 'exactly one request').to.have.length(0);
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal('/okta-mock/api/v1/authn/recovery/factors/sms/resend');
    expect(request.headers.accept).to.equal('application/json');
    expect(request.headers['content-type']).to.match(/^application\/json\b/);
    expect(request.body).to.deep.equal({ stateToken });
  });

  it("passes the widget's AbortSignal to fetch: an aborted resend is never sent", async () => {
    const abort = new AbortController();
    let given: AbortSignal | null | undefined;
    const spy: typeof fetch = (input, init) => {
      given = init?.signal;
      return fetch(input, init);
    };
    abort.abort(new Error('retryHandler timed out'));
    const handler = oktaClassicRetry({ baseUrl: OKTA_BASE, stateToken: mockToken({ answer: 'ok' }), fetch: spy });
    const failure = await failureOf(handler({ channel: 'sms', signal: abort.signal }));
    expect(given, 'the same signal').to.equal(abort.signal);
    expect(failure).to.deep.equal({ kind: 'error', code: 'network' });
  });

  it('uses the call factor for voice, and tolerates a trailing slash on baseUrl', async () => {
    const id = uniqueId();
    await oktaClassicRetry({ baseUrl: `${OKTA_BASE}/`, stateToken: mockToken({ id }) })({ channel: 'voice' });
    const [request] = await receivedBy(id);
    expect(request.path).to.equal('/okta-mock/api/v1/authn/recovery/factors/call/resend');
    expect(request.factor).to.equal('call');
  });

  it('reads a state token given as a function at each request', async () => {
    const id = uniqueId();
    let n = 0;
    const handler = oktaClassicRetry({ baseUrl: OKTA_BASE, stateToken: () => mockToken({ id, n: ++n } as MockAnswer) });
    await handler({ channel: 'sms' });
    await handler({ channel: 'sms' });
    const requests = await receivedBy(id);
    expect(requests.map((r) => (r.body as { stateToken: string }).stateToken)).to.deep.equal([
      mockToken({ id, n: 1 } as MockAnswer),
      mockToken({ id, n: 2 } as MockAnswer),
    ]);
  });

  it('sends credentials (credentials: "include") and works cross-origin with Okta-style CORS', async () => {
    const seen: RequestInit[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(init ?? {});
      return fetch(input, init);
    };
    const id = uniqueId();
    // The same test server under another host name is another origin (Okta is never same-origin).
    const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const crossOrigin = `${location.protocol}//${otherHost}:${location.port}/okta-mock`;
    await oktaClassicRetry({ baseUrl: crossOrigin, stateToken: mockToken({ id }), fetch: spy })({ channel: 'sms' });
    expect(seen).to.have.length(1);
    expect(seen[0].method).to.equal('POST');
    expect(seen[0].credentials).to.equal('include');
    const [request] = await receivedBy(id);
    expect(request.headers.origin).to.equal(location.origin);
    expect(request.body).to.deep.equal({ stateToken: mockToken({ id }) });
  });
});

describe('Okta Classic adapter: the other channel is a new recovery transaction', () => {
  it("without startRecovery: no call/resend with a text transaction's token; a clear failure instead", async () => {
    const id = uniqueId();
    const handler = oktaClassicRetry({ baseUrl: OKTA_BASE, stateToken: mockToken({ id }), channel: 'sms' });
    expect(await failureOf(handler({ channel: 'voice' }))).to.deep.equal({
      kind: 'error',
      code: NEW_TRANSACTION_NEEDED,
    });
    expect(await receivedBy(id), 'nothing sent to Okta').to.deep.equal([]);
    // The transaction's own channel still resends.
    await handler({ channel: 'sms' });
    expect((await receivedBy(id)).map((request) => request.factor)).to.deep.equal(['sms']);
  });

  it("the first channel asked for is the transaction's when none is given", async () => {
    const id = uniqueId();
    const handler = oktaClassicRetry({ baseUrl: OKTA_BASE, stateToken: mockToken({ id }) });
    await handler({ channel: 'voice' });
    expect((await failureOf(handler({ channel: 'sms' }))).code).to.equal(NEW_TRANSACTION_NEEDED);
  });

  it("with startRecovery: the page's new transaction sends the code; later resends use its token and factor", async () => {
    const id = uniqueId();
    const fresh = mockToken({ id, n: 2 } as MockAnswer);
    const started: Array<{ channel: string; signal?: AbortSignal }> = [];
    const handler = oktaClassicRetry({
      baseUrl: OKTA_BASE,
      stateToken: mockToken({ id, n: 1 } as MockAnswer),
      channel: 'sms',
      startRecovery: (request) => {
        started.push(request);
        return Promise.resolve(fresh);
      },
    });
    const abort = new AbortController();
    await handler({ channel: 'voice', signal: abort.signal });
    expect(started).to.deep.equal([{ channel: 'voice', signal: abort.signal }]);
    expect(await receivedBy(id), 'no resend: the new transaction sent it').to.deep.equal([]);
    await handler({ channel: 'voice' });
    const [request, ...more] = await receivedBy(id);
    expect(more).to.have.length(0);
    expect(request.path).to.equal('/okta-mock/api/v1/authn/recovery/factors/call/resend');
    expect(request.body).to.deep.equal({ stateToken: fresh });
  });

  it("startRecovery rejected with Okta's error body: read like a resend's answer", async () => {
    const handler = oktaClassicRetry({
      baseUrl: OKTA_BASE,
      stateToken: mockToken({}),
      channel: 'sms',
      startRecovery: () => Promise.reject(new RetryError({ kind: 'limit', code: 'E0000151' })),
    });
    expect(await failureOf(handler({ channel: 'voice' }))).to.deep.equal({ kind: 'limit', code: 'E0000151' });
  });
});

describe('Okta Classic adapter: what each answer becomes', () => {
  it("resolves on Okta's 200 recovery object", async () => {
    await resend('sms', { answer: 'ok' });
    await resend('voice', { answer: 'ok' });
  });

  it('E0000109 / E0000133 (recently sent) → a 30 s wait for SMS, our 60 s voice default for a call', async () => {
    expect(await failureOf(resend('sms', { answer: 'E0000109' }))).to.deep.equal({
      kind: 'wait',
      seconds: 30,
      code: 'E0000109',
    });
    expect(await failureOf(resend('voice', { answer: 'E0000133' }))).to.deep.equal({
      kind: 'wait',
      seconds: 60,
      code: 'E0000133',
    });
  });

  it("E0000109 stays 30 s although Okta's usual X-Rate-Limit-Reset (a bucket with room left) is later", async () => {
    // Okta sends X-Rate-Limit-* on every authn answer: the org's per-minute bucket, here with 99
    // requests left and resetting in 55 s. That is not a wait for this user's next SMS.
    const failure = await failureOf(resend('sms', { answer: 'E0000109', remaining: 99, reset: NOW_S + 55 }));
    expect(failure).to.deep.equal({ kind: 'wait', seconds: 30, code: 'E0000109' });
  });

  it('E0000109 / E0000133 with a longer Retry-After → that wait', async () => {
    expect(await failureOf(resend('sms', { answer: 'E0000109', retryAfter: 45 }))).to.deep.equal({
      kind: 'wait',
      seconds: 45,
      code: 'E0000109',
    });
    expect(await failureOf(resend('voice', { answer: 'E0000133', retryAfter: 75 }))).to.deep.equal({
      kind: 'wait',
      seconds: 75,
      code: 'E0000133',
    });
  });

  it('E0000047 (429) → wait until X-Rate-Limit-Reset', async () => {
    const failure = await failureOf(resend('sms', { answer: 'E0000047', remaining: 0, reset: NOW_S + 90 }));
    expect(failure).to.deep.equal({ kind: 'wait', seconds: 90, code: 'E0000047' });
  });

  it('E0000047 (429) → Retry-After wins, in seconds or as an HTTP date', async () => {
    expect(
      await failureOf(resend('voice', { answer: 'E0000047', remaining: 0, reset: NOW_S + 90, retryAfter: 40 })),
    ).to.deep.equal({
      kind: 'wait',
      seconds: 40,
      code: 'E0000047',
    });
    const date = new Date(NOW + 150_000).toUTCString();
    expect(await failureOf(resend('sms', { answer: 'E0000047', retryAfter: date }))).to.deep.equal({
      kind: 'wait',
      seconds: 150,
      code: 'E0000047',
    });
  });

  it('a 429 whose body is not JSON (a proxy page) still waits as the headers say', async () => {
    expect(await failureOf(resend('sms', { answer: 'E0000047-html', retryAfter: 20, remaining: 0 }))).to.deep.equal({
      kind: 'wait',
      seconds: 20,
      code: 'HTTP 429',
    });
  });

  for (const [code, channel] of [
    ['E0000146', 'sms'],
    ['E0000147', 'voice'],
    ['E0000150', 'sms'],
    ['E0000151', 'voice'],
    ['E0000204', 'sms'],
    ['E0000205', 'voice'],
    ['E0000186', 'sms'],
  ] as const) {
    it(`${code} (${channel}) → a limit: no more retries`, async () => {
      expect(await failureOf(resend(channel, { answer: code }))).to.deep.equal({ kind: 'limit', code });
    });
  }

  it('E0000099 (403) → unsupported country', async () => {
    expect(await failureOf(resend('sms', { answer: 'E0000099' }))).to.deep.equal({
      kind: 'unsupported-country',
      code: 'E0000099',
    });
  });

  it('an expired or invalid state token (403 E0000011) and a server error (500) → an error', async () => {
    const invalid = await oktaClassicRetry({ baseUrl: OKTA_BASE, stateToken: '00expiredToken' })({
      channel: 'sms',
    }).then(
      () => null,
      (error: unknown) => (error as RetryError).failure,
    );
    expect(invalid).to.deep.equal({ kind: 'error', code: 'E0000011' });
    expect(await failureOf(resend('sms', { answer: 'E0000009' }))).to.deep.equal({ kind: 'error', code: 'E0000009' });
  });

  it('a dropped connection → an error', async () => {
    const failure = await failureOf(resend('sms', { answer: 'drop' }));
    expect(failure.kind).to.equal('error');
  });

  it('nothing listening on the port → an error', async () => {
    const failure = await failureOf(
      oktaClassicRetry({ baseUrl: 'http://127.0.0.1:1', stateToken: 'x' })({ channel: 'voice' }),
    );
    expect(failure.kind).to.equal('error');
  });
});

describe('Okta Classic adapter: rate-limit headers the page cannot read', () => {
  // Okta is never same-origin: the same test server under another host name is another origin,
  // whose answers here leave out Access-Control-Expose-Headers (expose=none).
  const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  const crossOrigin = `${location.protocol}//${otherHost}:${location.port}/okta-mock`;
  const resendFrom = (channel: 'sms' | 'voice', answer: MockAnswer) =>
    oktaClassicRetry({ baseUrl: crossOrigin, stateToken: mockToken(answer), now: () => NOW })({ channel });

  it('the headers are there, but hidden from the page unless exposed', async () => {
    // Guards the case below: with them exposed, the same answer's 90 s is read.
    const exposed = await failureOf(resendFrom('sms', { answer: 'E0000047', remaining: 0, reset: NOW_S + 90 }));
    expect(exposed).to.deep.equal({ kind: 'wait', seconds: 90, code: 'E0000047' });
  });

  it("E0000047 with X-Rate-Limit-Reset and Retry-After hidden → Okta's one-minute window, not 30 s", async () => {
    const answer: MockAnswer = { answer: 'E0000047', remaining: 0, reset: NOW_S + 90, retryAfter: 90, expose: 'none' };
    expect(await failureOf(resendFrom('sms', answer))).to.deep.equal({ kind: 'wait', seconds: 60, code: 'E0000047' });
  });

  it('a 429 without a code (a proxy page) with Retry-After hidden → the same minute', async () => {
    const answer: MockAnswer = { answer: 'E0000047-html', retryAfter: 120, expose: 'none' };
    expect(await failureOf(resendFrom('voice', answer))).to.deep.equal({ kind: 'wait', seconds: 60, code: 'HTTP 429' });
  });

  it('E0000109 / E0000133 with the headers hidden → 30 s for SMS, never below the 60 s voice default for a call', async () => {
    expect(await failureOf(resendFrom('sms', { answer: 'E0000109', expose: 'none' }))).to.deep.equal({
      kind: 'wait',
      seconds: 30,
      code: 'E0000109',
    });
    expect(await failureOf(resendFrom('voice', { answer: 'E0000133', expose: 'none' }))).to.deep.equal({
      kind: 'wait',
      seconds: 60,
      code: 'E0000133',
    });
  });
});

describe('the local Okta-like server', () => {
  // Guards the mock itself: the adapter tests above are only as good as its answers.
  const post = (factor: string, stateToken: string) =>
    fetch(`${OKTA_BASE}/api/v1/authn/recovery/factors/${factor}/resend`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ stateToken }),
    });

  it('answers a resend with the recovery object', async () => {
    const token = mockToken({ answer: 'ok' });
    const response = await post('call', token);
    expect(response.status).to.equal(200);
    const body = await response.json();
    expect(body).to.include({
      stateToken: token,
      status: 'RECOVERY_CHALLENGE',
      factorType: 'CALL',
      recoveryType: 'PASSWORD',
    });
    expect(Date.parse(body.expiresAt)).to.be.greaterThan(Date.now());
    expect(body._links.resend[0]).to.include({ name: 'call' });
    expect(response.headers.get('X-Rate-Limit-Remaining')).to.match(/^\d+$/);
  });

  it("answers errors with Okta's body, status and rate-limit headers", async () => {
    const response = await post('sms', mockToken({ answer: 'E0000109' }));
    expect(response.status).to.equal(429);
    const body = await response.json();
    expect(Object.keys(body).sort()).to.deep.equal([
      'errorCauses',
      'errorCode',
      'errorId',
      'errorLink',
      'errorSummary',
    ]);
    expect(body).to.include({ errorCode: 'E0000109', errorLink: 'E0000109' });
    expect(body.errorSummary).to.contain('SMS').and.contain('30 seconds');
    expect(body.errorCauses).to.deep.equal([]);
    expect(response.headers.get('X-Rate-Limit-Reset')).to.match(/^\d+$/);
    expect((await post('sms', mockToken({ answer: 'E0000150' }))).status).to.equal(403);
    expect((await post('sms', mockToken({ answer: 'E0000099' }))).status).to.equal(403);
    expect((await post('sms', mockToken({ answer: 'E0000204' }))).status).to.equal(429);
  });
});
