/**
 * The element's two ways of asking for a code, wired to its state: the request-again button (the
 * channel in use, again) and the other channel (other-channel.ts). Both go through one
 * `ResendController` (one request at a time, shared with the tabs that share the wait) and hand
 * their pure outcome (retry/resend-outcome.ts, retry/switch-outcome.ts) back to the element.
 * Codes the page asked for itself (`markSent()`, `last-sent`) start their waits here too.
 */
import { cooldownSeconds, type Config } from '../config.js';
import type { CooldownController } from '../cooldown/cooldown-controller.js';
import { parseLastSent } from '../cooldown/deadline.js';
import type { WizardState } from '../flow/machine.js';
import { ResendController, resendRoute, type ResendHost, type ResendResult } from '../retry/resend-controller.js';
import { resendOutcome, type ResendOutcome } from '../retry/resend-outcome.js';
import { isChannel, type Channel, type ResendRoute } from '../types.js';
import { requestOtherChannel } from './other-channel.js';

/** What the element lends: its configuration, state and waits, and how it applies an outcome. */
export interface CodeRequestsWiring {
  config: () => Config;
  /** The channel in use. */
  channel: () => Channel | null;
  /** Read again once a request settled: the wizard may have moved meanwhile. */
  wizard: () => WizardState;
  waits: Pick<CooldownController, 'remaining' | 'remainingStored' | 'start' | 'startUnlessLonger'>;
  /** A request starts: the last one's notice goes. */
  starting: () => void;
  apply: (channel: Channel, outcome: ResendOutcome, now: number) => void;
}

export class CodeRequests {
  /** Its `sending` and `busy` are what the request-again button shows. */
  readonly resender: ResendController;

  constructor(
    private readonly host: ResendHost,
    private readonly wiring: CodeRequestsWiring,
  ) {
    this.resender = new ResendController(host);
  }

  /** How a new code is asked for: the page's handler, the page on the event, the sign-in page, or the user. */
  get route(): ResendRoute {
    return resendRoute(Boolean(this.host.retryHandler), this.wiring.config());
  }

  /** The request-again button: one request among the tabs sharing the wait, one outcome applied whole. */
  again(): void {
    const { config, wizard, waits } = this.wiring;
    const channel = this.wiring.channel();
    if (!channel || wizard().blocked || waits.remaining(channel) > 0) return;
    this.wiring.starting();
    const land = (result: ResendResult, now = Date.now()) =>
      this.wiring.apply(channel, resendOutcome(wizard(), result, cooldownSeconds(config(), channel), now), now);
    void this.resender.request({
      channel,
      route: this.route,
      scope: config().storage,
      due: () => !wizard().blocked && waits.remainingStored(channel) === 0,
      land,
    });
  }

  /** A code the page says it asked for (`markSent()`): that channel's wait, from then (never from later than now). */
  sentElsewhere(channel: unknown, at: number): void {
    if (!isChannel(channel)) {
      console.warn('<sspr-code-help>: markSent() needs a channel ("sms" or "voice") until the user picks one.');
      return;
    }
    this.wiring.waits.start(channel, cooldownSeconds(this.wiring.config(), channel) * 1000, Math.min(at, Date.now()));
  }

  /** `last-sent`: the wait of the channel in use from then, unless a longer one runs; a bad value goes to `warn`. */
  fromLastSent(lastSent: string | null, warn: (warning: string) => void): void {
    const channel = this.wiring.channel();
    const { at, warning } = parseLastSent(lastSent, Date.now());
    if (lastSent && warning) warn(warning);
    if (!channel || at === null) return;
    this.wiring.waits.startUnlessLonger(channel, cooldownSeconds(this.wiring.config(), channel) * 1000, at);
  }

  /** The other channel (docs/flow.md): `sspr-switch-channel`, then the page's handler with it. */
  switchChannel(): Promise<void> {
    return requestOtherChannel(
      this.host,
      this.resender,
      this.wiring.config(),
      this.route,
      this.wiring.channel(),
      this.wiring.wizard,
      (asked) => this.wiring.apply(asked.channel, asked.outcome, asked.now),
    );
  }
}
