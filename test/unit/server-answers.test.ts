import { expect } from '@open-wc/testing';
import {
  failureFromOkta,
  failureFromRejection,
  MAX_SERVER_WAIT_SECONDS,
  RECENT_SEND_SECONDS,
  waitFromHeaders,
} from '../../src/retry/server-answers.js';
import { DEFAULT_COOLDOWN_SECONDS } from '../../src/cooldown/deadline.js';
import { RetryError } from '../../src/retry/outcome.js';

const NOW = 1_800_000_000_000;
const headers = (values: Record<string, string>) => new Headers(values);

describe('Okta answers → what happens next', () => {
  it('recent send → 30 s for SMS, our 60 s voice default for a call, longer if the headers say so', () => {
    expect(failureFromOkta(429, { errorCode: 'E0000109' }, null, NOW)).to.deep.equal({
      kind: 'wait',
      seconds: 30,
      code: 'E0000109',
    });
    expect(failureFromOkta(429, { errorCode: 'E0000109' }, headers({ 'Retry-After': '45' }), NOW)).to.deep.equal({
      kind: 'wait',
      seconds: 45,
      code: 'E0000109',
    });
    expect(failureFromOkta(429, { errorCode: 'E0000133' }, headers({ 'Retry-After': '45' }), NOW)).to.deep.equal({
      kind: 'wait',
      seconds: 60,
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

describe('a 429 whose rate-limit headers the page cannot read (not exposed by CORS)', () => {
  // A cross-origin answer's unexposed headers read as absent: `new Headers()`.
  const unreadable = () => headers({});

  it("E0000047, or a 429 without a known code → Okta's one-minute rate-limit window, not 30 s", () => {
    expect(failureFromOkta(429, { errorCode: 'E0000047' }, unreadable(), NOW)).to.deep.equal({
      kind: 'wait',
      seconds: 60,
      code: 'E0000047',
    });
    expect(failureFromOkta(429, null, unreadable(), NOW)).to.deep.equal({
      kind: 'wait',
      seconds: 60,
      code: 'HTTP 429',
    });
    expect(failureFromOkta(429, null, null, NOW)).to.deep.equal({ kind: 'wait', seconds: 60, code: 'HTTP 429' });
  });

  it('the "recently sent" waits are Okta\'s 30 s or our default for the channel the code names, whichever is longer', () => {
    expect(RECENT_SEND_SECONDS.get('E0000109')).to.equal(Math.max(30, DEFAULT_COOLDOWN_SECONDS.sms));
    expect(RECENT_SEND_SECONDS.get('E0000133')).to.equal(Math.max(30, DEFAULT_COOLDOWN_SECONDS.voice));
  });

  it("E0000109 / E0000133 → Okta's 30 s, never below our default for the channel the code names", () => {
    expect(failureFromOkta(429, { errorCode: 'E0000109' }, unreadable(), NOW)).to.include({ seconds: 30 });
    expect(failureFromOkta(429, { errorCode: 'E0000133' }, unreadable(), NOW)).to.include({ seconds: 60 });
  });

  it('readable headers still decide, shorter than the fallback too', () => {
    expect(failureFromOkta(429, { errorCode: 'E0000047' }, headers({ 'Retry-After': '20' }), NOW)).to.include({
      seconds: 20,
    });
  });
});

describe('odd rejections: always a failure, never an exception', () => {
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const cases: Array<[string, () => unknown]> = [
    [
      'an object whose getters throw',
      () => ({
        get failure(): never {
          throw new Error('getter');
        },
      }),
    ],
    [
      'an Okta-like object whose errorCode getter throws',
      () => ({
        get errorCode(): never {
          throw new Error('getter');
        },
      }),
    ],
    ['a revoked Proxy', revoked],
    ['a failure that is a revoked Proxy', () => ({ failure: revoked() })],
    ["{ failure: { kind: 'bogus' } }", () => ({ failure: { kind: 'bogus' } })],
    ['{ failure: null }', () => ({ failure: null })],
    ['a thrown string', () => 'boom'],
    ['null', () => null],
    ['undefined', () => undefined],
    ['a number', () => 42],
    ['a symbol', () => Symbol('odd')],
  ];
  for (const [name, make] of cases) {
    it(`${name} → { kind: 'error' }`, () => {
      expect(failureFromRejection(make(), NOW)).to.deep.equal({ kind: 'error' });
    });
  }

  it('warns about a failure kind it does not know, naming it', () => {
    const warnings: string[] = [];
    failureFromRejection({ failure: { kind: 'bogus' } }, NOW, (message) => warnings.push(message));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"bogus"').and.contain('"wait"');
  });

  it('keeps the code of a known failure only when it is a string', () => {
    expect(failureFromRejection(new RetryError({ kind: 'limit', code: 'E0000146' }), NOW)).to.deep.equal({
      kind: 'limit',
      code: 'E0000146',
    });
    expect(failureFromRejection({ failure: { kind: 'error', code: { toString: 1 } } }, NOW)).to.deep.equal({
      kind: 'error',
    });
  });
});

describe('waits a host states ({ failure: { kind: "wait", seconds } })', () => {
  const read = (seconds: unknown) => {
    const warnings: string[] = [];
    const failure = failureFromRejection({ failure: { kind: 'wait', seconds } }, NOW, (m) => warnings.push(m));
    return { failure, warnings };
  };

  it('over an hour → an hour, with a warning that names the milliseconds-for-seconds mistake', () => {
    const { failure, warnings } = read(1e9);
    expect(failure).to.deep.equal({ kind: 'wait', seconds: MAX_SERVER_WAIT_SECONDS });
    expect(MAX_SERVER_WAIT_SECONDS).to.equal(3600);
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('1000000000')
      .and.contain('3600')
      .and.match(/milliseconds/);
  });

  for (const seconds of [-30, Number.NaN, Number.POSITIVE_INFINITY, '45', null]) {
    it(`${String(seconds)} ${typeof seconds} → ignored (0: this page's cooldown applies), with a warning`, () => {
      const { failure, warnings } = read(seconds);
      expect(failure).to.deep.equal({ kind: 'wait', seconds: 0 });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('ignored');
    });
  }

  it('a sensible wait is taken as given, in whole seconds, without a warning', () => {
    expect(read(45)).to.deep.equal({ failure: { kind: 'wait', seconds: 45 }, warnings: [] });
    expect(read(29.2)).to.deep.equal({ failure: { kind: 'wait', seconds: 30 }, warnings: [] });
    expect(read(3600)).to.deep.equal({ failure: { kind: 'wait', seconds: 3600 }, warnings: [] });
  });
});
