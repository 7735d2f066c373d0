import { expect } from '@open-wc/testing';
import { failureFromOkta, failureFromRejection, waitFromHeaders } from '../../src/retry/server-answers.js';
import { RetryError } from '../../src/retry/outcome.js';

const NOW = 1_800_000_000_000;
const headers = (values: Record<string, string>) => new Headers(values);

describe('Okta answers → what happens next', () => {
  it('recent send (SMS and call) → a 30 s wait, longer if the headers say so', () => {
    expect(failureFromOkta(429, { errorCode: 'E0000109' }, null, NOW)).to.deep.equal({
      kind: 'wait',
      seconds: 30,
      code: 'E0000109',
    });
    expect(failureFromOkta(429, { errorCode: 'E0000133' }, headers({ 'Retry-After': '45' }), NOW)).to.deep.equal({
      kind: 'wait',
      seconds: 45,
      code: 'E0000133',
    });
  });

  it('HTTP 429 waits until X-Rate-Limit-Reset or Retry-After', () => {
    const reset = String(NOW / 1000 + 90);
    expect(
      failureFromOkta(429, { errorCode: 'E0000047' }, headers({ 'X-Rate-Limit-Reset': reset }), NOW),
    ).to.deep.equal({
      kind: 'wait',
      seconds: 90,
      code: 'E0000047',
    });
    const date = new Date(NOW + 120_000).toUTCString();
    expect(waitFromHeaders(headers({ 'Retry-After': date }), NOW)).to.equal(120);
    expect(waitFromHeaders(headers({ 'X-Rate-Limit-Reset': String(NOW / 1000 - 10) }), NOW)).to.equal(null);
    // Unreadable headers (cross-origin, not exposed): Okta's per-minute bucket is full again within 60 s.
    expect(failureFromOkta(429, null, null, NOW)).to.deep.equal({ kind: 'wait', seconds: 60, code: 'HTTP 429' });
  });

  it('daily and per-user limits → no more retries', () => {
    for (const code of ['E0000146', 'E0000147', 'E0000150', 'E0000151', 'E0000204', 'E0000205', 'E0000186']) {
      expect(failureFromOkta(429, { errorCode: code }, null, NOW), code).to.deep.equal({ kind: 'limit', code });
    }
  });

  it('US and Canada only → unsupported country', () => {
    expect(failureFromOkta(403, { errorCode: 'E0000099' }, null, NOW)).to.deep.equal({
      kind: 'unsupported-country',
      code: 'E0000099',
    });
  });

  it('anything else → a plain error', () => {
    expect(failureFromOkta(500, null, null, NOW)).to.deep.equal({ kind: 'error', code: 'HTTP 500' });
    expect(failureFromOkta(403, { errorCode: 'E0000068' }, null, NOW)).to.deep.equal({
      kind: 'error',
      code: 'E0000068',
    });
  });

  it('reads what a handler rejected with', () => {
    expect(failureFromRejection(new RetryError({ kind: 'limit' }), NOW)).to.deep.equal({ kind: 'limit' });
    expect(failureFromRejection({ errorCode: 'E0000109', status: 429 }, NOW)).to.deep.equal({
      kind: 'wait',
      seconds: 30,
      code: 'E0000109',
    });
    expect(failureFromRejection(new TypeError('Failed to fetch'), NOW)).to.deep.equal({ kind: 'error' });
    expect(failureFromRejection(undefined, NOW)).to.deep.equal({ kind: 'error' });
  });
});
