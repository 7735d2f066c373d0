/**
 * Small pieces of markup shared by the steps: links that open a new tab, and
 * values (numbers, addresses, times) isolated inside translated text.
 */
import { html, nothing } from 'lit';
import type { Translate } from '../i18n/keys.js';

/** An external link: a new tab, said on screen and in the link's name ("… (opens in a new tab)"). */
export const externalLink = (t: Translate, href: string | null, text: string, part = 'link') =>
  href
    ? html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer"
        >${text}<span class="new-tab"> ${t('widget.newTab')}</span></a
      >`
    : nothing;

/** Marks where the value goes; a private-use character no translation contains. */
const SLOT = '\uE000';

/**
 * Translated text with one value in `<bdi>`, so a phone number, an address or
 * a time keeps its order in right-to-left text while the words around it do
 * not. `ltr` for numbers and addresses; a time takes its own direction.
 */
export function withIsolatedValue(text: (slot: string) => string, value: string, dir?: 'ltr') {
  const [before, after = ''] = text(SLOT).split(SLOT);
  return html`${before}<bdi dir=${dir ?? nothing}>${value}</bdi>${after}`;
}
