import { expect } from '@open-wc/testing';
import { deserializeState, serializeState } from '../../src/flow/saved-state.js';
import * as flow from '../../src/flow/machine.js';

const T0 = 1_800_000_000_000;
const context = { channelFixed: true, hasPhoneHint: false, oktaVerify: true };

describe('saved progress', () => {
  it('what is written reads back, whatever error code a server or handler gave', () => {
    let state = flow.startState(context, 'sms', T0);
    for (const code of [
      'E0000109',
      'rate.limited',
      'HTTP 429',
      'a-code-much-longer-than-twenty-characters',
      'x/y<z>',
    ]) {
      state = flow.recordRequest(state, T0 + 1000, 'failed', code);
    }
    const loaded = deserializeState(serializeState(state, T0 + 2000), T0 + 3000);
    expect(loaded.kind, JSON.stringify(loaded)).to.equal('restored');
    const codes = loaded.kind === 'restored' ? loaded.state.timeline.map((entry) => 'code' in entry && entry.code) : [];
    expect(codes.filter(Boolean)).to.deep.equal([
      'E0000109',
      'rate.limited',
      'HTTP 429',
      'a-code-much-longer-than-twenty-character', // at most 40 characters are kept
      'xyz',
    ]);
  });
});
