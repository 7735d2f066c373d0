/**
 * The help-desk step: the contacts the author gave (the email and the ticket
 * form pre-filled with the summary), and the summary to copy.
 */
import { html, nothing } from 'lit';
import type { Config } from '../config.js';
import type { HandOver } from '../flow/handover.js';
import type { StepTextKey, Translate } from '../i18n/keys.js';
import type { CopyState } from '../types.js';
import { externalLink, withIsolatedValue } from './links.js';

export interface HelpDeskView {
  t: Translate;
  config: Config;
  /** Null while the summary's code loads (or if it could not): the contacts work without it. */
  handOver: HandOver | null;
  copyState: CopyState;
  onCopy: () => void;
}

/** Before the summary is made (its code is on its way, or failed to load): the form with no summary in it. */
const blankSummary = (config: HelpDeskView['config']) => config.supportUrlPieces?.join('') ?? config.supportUrl;

export function helpDeskContent(view: HelpDeskView) {
  const { t, config, handOver } = view;
  const key = (name: string): StepTextKey => `steps.help-desk.${name}`;
  const contacts = [
    config.supportUrl
      ? html`<li>
          ${externalLink(t, handOver?.supportUrl ?? blankSummary(config), t(key('web')), 'link support')}
        </li>`
      : nothing,
    config.supportEmailHref
      ? html`<li><a part="link support" href=${handOver?.mailto ?? config.supportEmailHref}
            >${withIsolatedValue((address) => t(key('email'), { address }), config.supportEmail!, 'ltr')}</a
          ></li>`
      : nothing,
    config.supportPhoneHref
      ? html`<li><a part="link support" href=${config.supportPhoneHref}
            >${withIsolatedValue((number) => t(key('phone'), { number }), config.supportPhone!, 'ltr')}</a
          ></li>`
      : nothing,
  ];
  const hasContacts = Boolean(config.supportUrl || config.supportEmailHref || config.supportPhoneHref);
  return html`<p>${t(key('body'))}</p>
    ${hasContacts ? html`<ul class="contacts">${contacts}</ul>` : html`<p>${t(key('noContacts'))}</p>`}
    ${handOver ? summaryBlock(view, handOver) : nothing}`;
}

function summaryBlock(view: HelpDeskView, handOver: HandOver) {
  const { t } = view;
  const key = (name: string): StepTextKey => `steps.help-desk.${name}`;
  return html`<label class="summary-label" for="summary">${t(key('summaryLabel'))}</label>
    <p class="hint" id="summary-privacy">${t(key('privacy'))}</p>
    <textarea
      id="summary"
      part="summary"
      readonly
      rows="8"
      lang=${handOver.language}
      dir=${handOver.dir}
      aria-describedby="summary-privacy"
      .value=${handOver.text}
    ></textarea>
    <button type="button" part="copy" class="secondary" @click=${view.onCopy}>${t(key('copy'))}</button>
    ${
      // The status region says "Summary copied" too; this line is for eyes.
      view.copyState === 'copied'
        ? html`<p class="copied"><span aria-hidden="true">✓</span> ${t(key('copied'))}</p>`
        : nothing
    }
    ${view.copyState === 'failed' ? html`<p class="error" role="alert">${t(key('copyFailed'))}</p>` : nothing}`;
}
