/**
 * The body of each step: the sentences between the heading and the answers.
 * Pure rendering from text, configuration and state; no side effects.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { flowContext, type Config } from '../config.js';
import { checklistFor, OTHER_CHANNEL_FIXES, STEPS, type StepId } from '../flow/steps.js';
import type { Channel, CopyState } from '../types.js';
import type { WizardState } from '../flow/machine.js';
import { helpDeskContent } from './help-desk.js';
import type { StepTextKey, Translate } from '../i18n/keys.js';

export const OKTA_VERIFY_APP_STORE = 'https://apps.apple.com/us/app/okta-verify/id490179405';
export const OKTA_VERIFY_GOOGLE_PLAY = 'https://play.google.com/store/apps/details?id=com.okta.android.auth';

export interface ViewContext {
  t: Translate;
  config: Config;
  state: WizardState;
  channel: Channel | null;
  /** The glossary term whose explanation is open, if any. */
  openTerm: string | null;
  /** The help-desk summary, built only when that step shows. */
  summary: () => string;
  copyState: CopyState;
  onCopy: () => void;
  onToggleTerm: (id: string) => void;
  onToggleChecked: (item: string) => void;
  /** Asks for the code by the other channel (the element's `sspr-switch-channel` route). */
  onSwitchChannel: () => void;
}

/**
 * The Okta sign-in page the user is sent back to. Until the `engine` attribute lands, Okta
 * Classic: its words for the other channel are keyed per engine (`steps.other-channel.<engine>`).
 */
const SIGNIN_ENGINE: 'classic' | 'identity' = 'classic';

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

/** An external link: new tab, with its purpose spoken by the link text itself. */
const externalLink = (href: string | null, text: string, part = 'link') =>
  href ? html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer">${text}</a>` : nothing;

/** A term with a one-line explanation behind a disclosure button. */
export function glossaryTerm(view: ViewContext, id: 'shortCode' | 'oktaVerify' | 'extraVerification') {
  const open = view.openTerm === id;
  const term = view.t(`glossary.${id}.term`);
  return html`<span class="term">
    <button
      type="button"
      part="term"
      class="term-button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="term-${id}"
      @click=${() => view.onToggleTerm(id)}
    >${view.t('glossary.showTerm', { term })}</button>
    <span id="term-${id}" class=${open ? 'term-text open' : 'term-text'} part="tooltip" popover="manual" role="note"
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

export function stepContent(step: StepId, view: ViewContext): TemplateResult | typeof nothing {
  const { t, config } = view;
  const key = (name: string): StepTextKey => `steps.${step}.${name}`;
  switch (step) {
    case 'enrolled':
      return html`${paragraph(t(key('body')))}
        <p class="hint">${t(key('hint'))}</p>
        ${glossaryTerm(view, 'extraVerification')}`;
    case 'not-enrolled':
      return html`${paragraph(t(key('body')))}
        <p>${t(key('nextTime'))}</p>
        <ul class="path">
          <li>${t(key('pathExtra'))}</li>
          <li>${t(key('pathForgot'))}</li>
        </ul>
        ${externalLink(config.settingsUrl, t(key('settingsLink')))}`;
    case 'locked-out':
      return html`${paragraph(t(key('body')))} ${paragraph(t(key('selfService')))} ${paragraph(t(key('helpDesk')))}
        ${externalLink(config.signinUrl, t(key('signinLink')))}`;
    case 'number':
      return html`${paragraph(t(key('body')))}
        <p class="phone-hint" part="phone-hint" dir="ltr">${config.phoneHint}</p>`;
    case 'wait':
      return html`${paragraph(t(key('body'), { context: view.channel ?? 'sms' }))} ${paragraph(t(key('tip')))}`;
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
      return html`${paragraph(t(key(SIGNIN_ENGINE), { context: view.channel }))}
        ${externalLink(config.signinUrl, t(key('signinLink')))}`;
    case 'use-okta-verify':
      return html`<ol class="steps-list">
          <li>${t(key('step1'))}</li>
          <li>${t(key('step2'))}</li>
          <li>${t(key('step3'))}</li>
        </ol>
        ${externalLink(config.signinUrl, t(key('signinLink')))}
        <p class="hint">${t(key('note'))}</p>
        <p>${t(key('stores'))}</p>
        <ul class="stores">
          <li>${externalLink(OKTA_VERIFY_APP_STORE, t(key('appStore')))}</li>
          <li>${externalLink(OKTA_VERIFY_GOOGLE_PLAY, t(key('googlePlay')))}</li>
        </ul>`;
    case 'resolved':
      return html`${paragraph(t(key('body')))}
        ${config.oktaVerify ? html`<p class="hint">${t(key('tip'))}</p>` : nothing}`;
    case 'help-desk':
      return helpDeskContent({ ...view, summary: view.summary() });
    default:
      // A step without special content: one sentence, `steps.<step>.body`.
      return paragraph(t(key('body')));
  }
}
