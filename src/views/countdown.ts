/**
 * The countdown: on the `wait` step the full bar (the timer and the request-again button);
 * on any other step, while a wait runs, one quiet line with the timer and no control, so it
 * never competes with that step's own answers.
 */
import { html, nothing } from 'lit';
import type { CountdownStyle } from '../config.js';
import type { Channel, ResendRoute } from '../types.js';
import type { Translate } from '../i18n/keys.js';
import { withIsolatedValue } from './links.js';

export interface CountdownView {
  t: Translate;
  channel: Channel;
  /** Whole seconds left of the running wait (0: none runs). */
  remainingSeconds: number;
  /** When a new request becomes possible (epoch ms), or null when no wait runs. */
  availableAt: number | null;
  /** The full bar with its button (the `wait` step); else only a line while a wait runs. */
  full: boolean;
  style: CountdownStyle;
  route: ResendRoute;
  sending: boolean;
  /** A request that timed out may still land: no second one until it settles. */
  busy: boolean;
  format: { formatDuration(seconds: number): string; formatTime(at: number): string };
  onRetry: () => void;
  onToggleStyle: () => void;
}

function retryLabel(view: CountdownView): string {
  if (view.sending) return view.t('retry.sending');
  switch (view.route) {
    case 'handler':
    case 'event':
      return view.t('retry.send', { context: view.channel });
    case 'signin':
      return view.t('retry.signin');
    case 'self-report':
      return view.t('retry.selfReport');
  }
}

export function countdownBar(view: CountdownView) {
  const left = view.remainingSeconds;
  const waiting = left > 0;
  if (!waiting && !view.full) return nothing;
  const { t, format } = view;
  const clock = view.style === 'clock' && view.availableAt !== null;
  // The timer element stays while a wait runs (it is the contract for authors and tests);
  // in the clock form it is kept for assistive technology only.
  const status = waiting
    ? html`<p class="waiting">
        ${
          clock
            ? html`<span>${withIsolatedValue((time) => t('countdown.availableAt', { time }), format.formatTime(view.availableAt!))}</span>`
            : html`<span>${t('countdown.waiting')}</span>`
        }
        <span role="timer" part="timer" class=${clock ? 'timer visually-hidden' : 'timer'}
          >${format.formatDuration(left)}</span
        >
      </p>`
    : html`<p class="ready">${t('countdown.ready')}</p>`;
  if (!view.full) return html`<div class="countdown-line" part="countdown">${status}</div>`;
  const unavailable = waiting || view.sending || view.busy;
  return html`<div class="countdown" part="countdown">
    ${status}
    <button
      type="button"
      part="retry"
      class="retry"
      aria-disabled=${unavailable ? 'true' : 'false'}
      aria-busy=${view.sending ? 'true' : 'false'}
      @click=${() => !unavailable && view.onRetry()}
    >${retryLabel(view)}</button>
    ${
      waiting
        ? html`<button type="button" class="link-button" part="countdown-style" @click=${view.onToggleStyle}>
          ${view.style === 'clock' ? t('countdown.showTimer') : t('countdown.showClock')}
        </button>`
        : nothing
    }
  </div>`;
}
