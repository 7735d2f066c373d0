/**
 * The Identity Engine adapter against the local Okta-like org (test/server/okta-flows.mjs): the
 * request it sends, and what IDX answers become.
 */
import { expect } from '@open-wc/testing';
import { oktaIdentityEngineRetry } from '../../src/okta/okta-identity-engine.js';
import { RetryError, type RetryFailure } from '../../src/retry/outcome.js';
import { RECENT_SEND_SECONDS } from '../../src/retry/server-answers.js';
import { newOrg } from '../okta-widget/support.js';

async function failureOf(promise: Promise<void>): Promise<RetryFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error, 'rejects with a RetryError').to.be.instanceOf(RetryError);
    return (error as RetryError).failure;
  }
  throw new Error('expected the resend to be rejected');
}

describe('Okta Identity Engine adapter', () => {
  it('POSTs {stateHandle} to {baseUrl}/idp/idx/challenge/resend as application/ion+json; okta-version=1.0.0', async () => {
    const org = newOrg();
    await oktaIdentityEngineRetry({ baseUrl: `${org.baseUrl}/`, stateHandle: 'handle-1' })({ channel: 'sms' });
    const [request, ...more] = await org.requests();
    expect(more).to.have.length(0);
    expect(request.path).to.equal('/idp/idx/challenge/resend');
    expect(request.body).to.deep.equal({ stateHandle: 'handle-1' });
    expect(request.contentType).to.equal('application/ion+json; okta-version=1.0.0');
    expect(request.accept).to.equal('application/ion+json; okta-version=1.0.0');
  });

  it('passes an AbortSignal to fetch', async () => {
    const org = newOrg();
    const controller = new AbortController();
    controller.abort();
    const failure = await failureOf(
      oktaIdentityEngineRetry({ baseUrl: org.baseUrl, stateHandle: 'h' })({
        channel: 'sms',
        signal: controller.signal,
      }),
    );
    expect(failure).to.deep.equal({ kind: 'error', code: 'network' });
  });

  it("a 200 that is not IDX's JSON (a proxy's sign-in page) is an error, not a sent code", async () => {
    const html = () =>
      Promise.resolve(new Response('<html>Sign in</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const failure = await failureOf(
      oktaIdentityEngineRetry({ baseUrl: 'https://org.example', stateHandle: 'h', fetch: html })({ channel: 'sms' }),
    );
    expect(failure).to.deep.equal({ kind: 'error', code: 'HTTP 200 not JSON' });
  });

  // "Sent recently" waits as long as server-answers.ts says (a call: 60 s, never below the voice
  // default; test/unit/server-answers.test.ts pins the numbers).
  const recent = (code: string): RetryFailure => ({ kind: 'wait', seconds: RECENT_SEND_SECONDS.get(code)!, code });
  const cases: Array<[string, RetryFailure]> = [
    ['E0000109', recent('E0000109')],
    ['E0000133', recent('E0000133')],
    ['E0000146', { kind: 'limit', code: 'E0000146' }],
    ['E0000150', { kind: 'limit', code: 'E0000150' }],
    ['E0000099', { kind: 'unsupported-country', code: 'E0000099' }],
  ];
  it('a bare 429 read on the same origin waits until X-Rate-Limit-Reset (the next whole minute)', async () => {
    const org = newOrg();
    await org.answerResends(['429']);
    const failure = await failureOf(
      oktaIdentityEngineRetry({ baseUrl: org.baseUrl, stateHandle: 'h' })({ channel: 'sms' }),
    );
    expect(failure.kind).to.equal('wait');
    expect(failure.code).to.equal('E0000047');
    expect((failure as { seconds: number }).seconds).to.be.within(1, 60);
  });

  for (const [answer, expected] of cases) {
    it(`an IDX answer ${answer} → ${expected.kind}`, async () => {
      const org = newOrg();
      await org.answerResends([answer]);
      const failure = await failureOf(
        oktaIdentityEngineRetry({ baseUrl: org.baseUrl, stateHandle: 'h' })({ channel: 'sms' }),
      );
      expect(failure).to.deep.equal(expected);
    });
  }
});
