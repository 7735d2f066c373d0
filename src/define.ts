/**
 * Registers `<sspr-code-help>`. The only module with a side effect: importing
 * it twice, or loading two copies of the script, must not throw.
 */
import { SsprCodeHelp } from './sspr-code-help.js';

export const TAG_NAME = 'sspr-code-help';

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, SsprCodeHelp);

export { SsprCodeHelp };

declare global {
  interface HTMLElementTagNameMap {
    'sspr-code-help': SsprCodeHelp;
  }
}
