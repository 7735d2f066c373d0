/**
 * A 200 that is not the API (issue 13): a proxy's HTML sign-in page in front of the org is a
 * failure the user sees, not "a new text is on its way".
 */
import { expect } from '@open-wc/testing';
import { oktaClassicRetry } from '../../src/okta/okta-classic.js';
import { RetryError } from '../../src/retry/outcome.js';
import { mockToken, OKTA_BASE } from './mock-client.js';

describe('Okta Classic adapter: a 200 that is not the API', () => {
  it("rejects a 200 HTML page (a proxy's sign-in) as an error", async () => {
    const resend = oktaClassicRetry({ baseUrl: OKTA_BASE, stateToken: mockToken({ answer: 'ok-html' }) });
    let failure: unknown = null;
    try {
      await resend({ channel: 'sms' });
    } catch (error) {
      failure = error instanceof RetryError ? error.failure : String(error);
    }
    expect(failure).to.deep.equal({ kind: 'error', code: 'HTTP 200 not JSON' });
  });

  it("still resolves on Okta's JSON answer", async () => {
    await oktaClassicRetry({ baseUrl: OKTA_BASE, stateToken: mockToken({ answer: 'ok' }) })({ channel: 'sms' });
  });

  it('rejects a 200 whose JSON is not an object', async () => {
    const fakeFetch = () =>
      Promise.resolve(new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    let failure: unknown = null;
    try {
      await oktaClassicRetry({ baseUrl: OKTA_BASE, stateToken: 't', fetch: fakeFetch })({ channel: 'voice' });
    } catch (error) {
      failure = error instanceof RetryError ? error.failure.kind : String(error);
    }
    expect(failure).to.equal('error');
  });
});
