/**
 * The countdown bar: the visible timer and the request-again button. Shown on
 * the `wait` step, and on any step while a wait runs.
 */
import { html, nothing } from 'lit';
import type { CountdownStyle } from '../config.js';
import type { Channel } from '../flow/steps.js';
import { withIsolatedValue } from './links.js';

/** How a new code is requested, which decides the button's words. */
export type ResendRoute = 'handler' | 'event' | 'signin' | 'self-report';

export interface CountdownView {
  t: (key: string, options?: Record<string, unknown>) => string;
  channel: Channel;
  remainingSeconds: number;
  /** The moment the wait ends, for the static "available at 10:42" form. */
  availableAt: number | null;
  style: CountdownStyle;
  route: ResendRoute;
  sending: boolean;
  formatDuration: (seconds: number) => string;
  formatTime: (at: number) => string;
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
  const waiting = view.remainingSeconds > 0;
  const { t } = view;
  const clock = view.style === 'clock' && view.availableAt !== null;
  // The timer element stays while a wait runs (it is the contract for authors and tests);
  // in the clock form it is kept for assistive technology only.
  const status = waiting
    ? html`<p class="waiting">
        ${
          clock
            ? html`<span>${withIsolatedValue((time) => t('countdown.availableAt', { time }), view.formatTime(view.availableAt!))}</span>`
            : html`<span>${t('countdown.waiting')}</span>`
        }
        <span role="timer" part="timer" class=${clock ? 'timer visually-hidden' : 'timer'}
          >${view.formatDuration(view.remainingSeconds)}</span
        >
      </p>`
    : html`<p class="ready">${t('countdown.ready')}</p>`;
  return html`<div class="countdown" part="countdown">
    ${status}
    <button
      type="button"
      part="retry"
      class="retry"
      ?disabled=${waiting || view.sending}
      aria-busy=${view.sending ? 'true' : 'false'}
      @click=${view.onRetry}
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
