/**
 * Registers `<sspr-code-help>`. The only module with a side effect: importing
 * it twice, or loading two copies of the script, must not throw.
 */
import { preloadLanguages } from './i18n/page-language.js';
import { SsprCodeHelp } from './sspr-code-help.js';

export const TAG_NAME = 'sspr-code-help';

// The page's language starts downloading now, not when each element first renders.
preloadLanguages(document, TAG_NAME);
if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, SsprCodeHelp);

export { SsprCodeHelp };

declare global {
  interface HTMLElementTagNameMap {
    'sspr-code-help': SsprCodeHelp;
  }
}
