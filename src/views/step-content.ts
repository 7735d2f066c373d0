/**
 * The body of each step: the sentences between the heading and the answers.
 * Pure rendering from text, configuration and state; no side effects.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { flowContext, type Config } from '../config.js';
import { checklistFor, OTHER_CHANNEL_FIXES, STEPS, type StepId } from '../flow/steps.js';
import type { Channel, CopyState } from '../types.js';
import type { WizardState } from '../flow/machine.js';
import type { HandOver } from '../flow/handover.js';
import { REFUSAL_NOTICES } from '../retry/resend-outcome.js';
import type { StepTextKey, Translate } from '../i18n/keys.js';
import { helpDeskContent } from './help-desk.js';
import { externalLink as link } from './links.js';

export const OKTA_VERIFY_APP_STORE = 'https://apps.apple.com/us/app/okta-verify/id490179405';
export const OKTA_VERIFY_GOOGLE_PLAY = 'https://play.google.com/store/apps/details?id=com.okta.android.auth';

export interface ViewContext {
  t: Translate;
  config: Config;
  state: WizardState;
  channel: Channel | null;
  /** The glossary term whose explanation is open, if any. */
  openTerm: string | null;
  /** The help-desk hand-over (summary, pre-filled links), built only when that step shows; null while its code loads. */
  handOver: () => HandOver | null;
  copyState: CopyState;
  onCopy: () => void;
  onToggleTerm: (id: string) => void;
  onToggleChecked: (item: string) => void;
  /** Asks for the code by the other channel (the element's `sspr-switch-channel` route). */
  onSwitchChannel: () => void;
}

/** The other channel, when the org offers it and the channel in use is known. */
const otherChannel = (view: ViewContext) => flowContext(view.config, view.channel).otherChannel ?? null;

/** Why the other channel helps, and the button that asks for it, in the another-way answer's words. */
function otherChannelOffer(view: ViewContext) {
  const context = flowContext(view.config, view.channel);
  const answer = STEPS['another-way'].answers.find((offer) => offer.switchChannel === 'ask' && offer.when?.(context));
  if (!answer || !context.otherChannel) return nothing;
  return html`<div class="other-channel">
    <p>${view.t('otherChannel.why', { context: view.channel })}</p>
    <button type="button" class="secondary" data-switch-channel=${context.otherChannel} @click=${view.onSwitchChannel}>
      ${view.t(`steps.another-way.answers.${answer.id}`)}
    </button>
  </div>`;
}

const paragraph = (text: string) => html`<p>${text}</p>`;

/**
 * A term with a one-line explanation behind a disclosure button. The text opens in the flow,
 * pushing what follows down, never over another control; a second press or Escape closes it.
 */
export function glossaryTerm(view: ViewContext, id: 'shortCode' | 'oktaVerify' | 'extraVerification') {
  const open = view.openTerm === id;
  const term = view.t(`glossary.${id}.term`);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault(); // an open explanation takes the first Escape, not the popover panel
    view.onToggleTerm(id);
  };
  return html`<span class="term" @keydown=${closeOnEscape}>
    <button
      type="button"
      part="term"
      class="term-button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="term-${id}"
      @click=${() => view.onToggleTerm(id)}
    >${view.t('glossary.showTerm', { term })}</button>
    <span id="term-${id}" class=${open ? 'term-text open' : 'term-text'} part="tooltip"
      >${view.t(`glossary.${id}.text`)}</span
    >
  </span>`;
}

function checklist(view: ViewContext): TemplateResult {
  const items = checklistFor(view.channel);
  // The other channel is offered once, right after the last item it gets around.
  const offerAfter = items.findLastIndex((item) => OTHER_CHANNEL_FIXES.has(item.id));
  return html`<fieldset class="checklist">
    <legend class="visually-hidden">${view.t('checklist.label')}</legend>
    ${items.map(
      (item, index) => html`<label class="check">
          <input
            type="checkbox"
            .checked=${view.state.checked.includes(item.id)}
            @change=${() => view.onToggleChecked(item.id)}
          />
          <span>${view.t(`checklist.${item.id}`)}</span>
        </label>
        ${index === offerAfter ? otherChannelOffer(view) : nothing}`,
    )}
  </fieldset>
  ${view.channel === 'sms' ? glossaryTerm(view, 'shortCode') : nothing}`;
}

/** The heading's text: a wait that can no longer end in a new code does not say "ask again". */
export const stepTitle = (step: StepId, state: WizardState): StepTextKey =>
  step === 'wait' && state.blocked ? 'steps.wait.titleBlocked' : `steps.${step}.title`;

export function stepContent(step: StepId, view: ViewContext): TemplateResult | typeof nothing {
  const { t, config } = view;
  const key = (name: string): StepTextKey => `steps.${step}.${name}`;
  const externalLink = (href: string | null, text: string) => link(t, href, text);
  switch (step) {
    case 'enrolled':
      // Each engine keeps the number in its own place: Identity Engine's Security Methods → Phone.
      if (config.engine === 'identity')
        return html`${paragraph(t(key('body')))} <p class="hint">${t(key('hintIdentity'))}</p>`;
      return html`${paragraph(t(key('body')))}
        <p class="hint">${t(key('hint'), { context: view.channel ?? 'sms' })}</p>
        ${glossaryTerm(view, 'extraVerification')}`;
    case 'not-enrolled':
      return html`${paragraph(t(key('body')))}
        ${
          config.engine === 'identity'
            ? html`<p>${t(key('pathIdentity'))}</p>`
            : html`<p>${t(key('nextTime'))}</p>
                <ul class="path">
                  <li>${t(key('pathExtra'))}</li>
                  <li>${t(key('pathForgot'))}</li>
                </ul>`
        }
        ${externalLink(config.settingsUrl, t(key('settingsLink')))}`;
    case 'locked-out':
      return html`${paragraph(t(key('body')))} ${paragraph(t(key('selfService')))} ${paragraph(t(key('helpDesk')))}
        ${externalLink(config.signinUrl, t(key('signinLink')))}`;
    case 'number':
      return html`${paragraph(t(key('body')))}
        <p class="phone-hint" part="phone-hint" dir="ltr">${config.phoneHint}</p>`;
    case 'wait':
      // After a refusal for good there is no button: the tip to try once more would be false.
      return html`${paragraph(t(key('body'), { context: view.channel ?? 'sms' }))}
      ${paragraph(t(view.state.blocked ? REFUSAL_NOTICES[view.state.blocked].key : key('tip')))}`;
    case 'phone':
      return html`${paragraph(t(key('body')))} ${checklist(view)}`;
    case 'outage':
      return html`${paragraph(t(key('body')))}
        <p>${externalLink(config.statusUrl, t(key('statusLink')))}</p>
        ${paragraph(t(key('carrier')))}`;
    case 'another-way':
      return html`${otherChannel(view) ? paragraph(t('otherChannel.why', { context: view.channel })) : nothing}
        ${config.oktaVerify ? html`${paragraph(t(key('oktaVerify')))} ${glossaryTerm(view, 'oktaVerify')}` : nothing}
        ${paragraph(t(key('other')))}`;
    case 'other-channel':
      // What to press differs per sign-in engine: `steps.other-channel.<engine>_<channel>`.
      return html`${paragraph(t(key(config.engine), { context: view.channel }))}
        ${externalLink(config.signinUrl, t(key('signinLink')))}`;
    case 'use-okta-verify':
      // Read by someone signed out: what to press on the Okta screen first; the app stores
      // only for later, once they are back in.
      return html`<ol class="steps-list">
          <li>${t(key('step1'))}</li>
          <li>${t(key('step2'))}</li>
          <li>${t(key('step3'))}</li>
        </ol>
        ${externalLink(config.signinUrl, t(key('signinLink')))}
        <p class="hint">${t(key('note'))}</p>
        <p class="hint">${t(key('stores'))}</p>
        <ul class="stores">
          <li>${externalLink(OKTA_VERIFY_APP_STORE, t(key('appStore')))}</li>
          <li>${externalLink(OKTA_VERIFY_GOOGLE_PLAY, t(key('googlePlay')))}</li>
        </ul>`;
    case 'resolved':
      return html`${paragraph(t(key('body')))}
        ${config.oktaVerify ? html`<p class="hint">${t(key('tip'))}</p>` : nothing}`;
    case 'help-desk':
      return helpDeskContent({ ...view, handOver: view.handOver() });
    default:
      // A step without special content: one sentence, `steps.<step>.body`.
      return paragraph(t(key('body')));
  }
}
