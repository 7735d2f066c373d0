/**
 * What the status region says (docs/reference.md, "Accessibility and timers"): kept
 * as a key and rendered in the language shown, which may finish loading later.
 */
import { html, type TemplateResult } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { Translate, TranslationKey } from '../i18n/keys.js';

export class Announcer {
  private readonly host: ReactiveControllerHost;
  private said: { key: TranslationKey; options?: Record<string, unknown> } | null = null;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  /** Re-setting the same text would not be spoken again; a changed text is. */
  say(key: TranslationKey, options?: Record<string, unknown>): void {
    this.said = { key, options };
    this.host.requestUpdate();
  }

  /** The region itself: always rendered, so that a screen reader knows it before it speaks. */
  render(t: Translate): TemplateResult {
    const text = this.said ? t(this.said.key, this.said.options) : '';
    return html`<div role="status" part="status" class="visually-hidden">${text}</div>`;
  }
}
