/**
 * Copying the help-desk summary: the clipboard when the page may use it, else
 * the text selected in its field for the user to copy by hand.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CopyState } from '../types.js';

export class CopyController {
  private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** Said once the text is on the clipboard (the line on screen is drawn from `state`). */
  private readonly onCopied: () => void;
  state: CopyState = 'idle';

  constructor(
    host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    onCopied: () => void,
  ) {
    this.host = host;
    this.onCopied = onCopied;
  }

  /** Resolves true when the text reached the clipboard. */
  async copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      this.set('copied');
      this.onCopied();
      return true;
    } catch {
      // No clipboard (insecure page, permission refused): select the text for the user.
      this.set('failed');
      const area = this.host.renderRoot.querySelector('textarea');
      area?.focus();
      area?.select();
      return false;
    }
  }

  /** A new step starts fresh. */
  reset(): void {
    this.set('idle');
  }

  private set(state: CopyState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
