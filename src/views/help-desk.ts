/**
 * The help-desk step: the contacts the author gave, and the summary to copy.
 */
import { html, nothing } from 'lit';
import type { Config } from '../config.js';
import type { StepTextKey, Translate } from '../i18n/keys.js';
import type { CopyState } from '../types.js';

export interface HelpDeskView {
  t: Translate;
  config: Config;
  summary: string;
  copyState: CopyState;
  onCopy: () => void;
}

export function helpDeskContent({ t, config, summary, copyState, onCopy }: HelpDeskView) {
  const key = (name: string): StepTextKey => `steps.help-desk.${name}`;
  const contacts = [
    config.supportUrl
      ? html`<li><a part="link support" href=${config.supportUrl} target="_blank" rel="noopener noreferrer">${t(key('web'))}</a></li>`
      : nothing,
    config.supportEmailHref
      ? html`<li><a part="link support" href=${config.supportEmailHref}>${t(key('email'), { address: config.supportEmail })}</a></li>`
      : nothing,
    config.supportPhoneHref
      ? html`<li><a part="link support" href=${config.supportPhoneHref} dir="ltr">${t(key('phone'), { number: config.supportPhone })}</a></li>`
      : nothing,
  ];
  const hasContacts = Boolean(config.supportUrl || config.supportEmailHref || config.supportPhoneHref);
  return html`<p>${t(key('body'))}</p>
    ${hasContacts ? html`<ul class="contacts">${contacts}</ul>` : html`<p>${t(key('noContacts'))}</p>`}
    <label class="summary-label" for="summary">${t(key('summaryLabel'))}</label>
    <p class="hint" id="summary-privacy">${t(key('privacy'))}</p>
    <textarea
      id="summary"
      part="summary"
      readonly
      rows="8"
      aria-describedby="summary-privacy"
      .value=${summary}
    ></textarea>
    <button type="button" part="copy" class="secondary" @click=${onCopy}>${t(key('copy'))}</button>
    ${copyState === 'failed' ? html`<p class="error" role="alert">${t(key('copyFailed'))}</p>` : nothing}`;
}
