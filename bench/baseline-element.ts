/**
 * The baseline for `npm run size` (the dependency floor) and `npm run bench` (first render, step
 * change, heap): a bare Lit element that imports the same three dependencies as
 * <sspr-code-help> and uses each the way it does (a private i18next instance with bundled English,
 * floating-ui's computePosition/autoUpdate with the same middleware), and renders one heading
 * with two answer buttons. Built by bench/build-baseline.mjs with the project's vite.config.ts.
 */
import { arrow, autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import i18next from 'i18next';
import { css, html, LitElement } from 'lit';

const english = {
  first: 'Which code are you waiting for?',
  second: 'Did you set up a phone number for password reset?',
  yes: 'Yes',
  no: 'No',
};

export class BaselineElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    button {
      min-block-size: 44px;
    }
  `;

  // No decorators and no initialiser on the reactive field: bench/ is outside tsconfig.json, so the
  // build would not apply its decorator settings, and a class field would shadow Lit's accessor.
  static override properties = { step: { state: true } };
  declare step: number;
  private readonly i18n = i18next.createInstance();

  constructor() {
    super();
    this.step = 0;
    void this.i18n.init({ lng: 'en', resources: { en: { translation: english } }, initAsync: false });
  }

  /** Anchors `floating` to `anchor` as the popover does; returns the cleanup. */
  place(anchor: Element, floating: HTMLElement, arrowElement: HTMLElement): () => void {
    return autoUpdate(anchor, floating, () => {
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        middleware: [offset(10), flip(), shift({ padding: 8 }), size(), arrow({ element: arrowElement })],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    });
  }

  private readonly toggleStep = () => {
    this.step = 1 - this.step;
  };

  override render() {
    const t = (key: keyof typeof english) => this.i18n.t(key);
    return html`<section>
      <h2 tabindex="-1">${this.step === 0 ? t('first') : t('second')}</h2>
      <button type="button" data-answer="yes" @click=${this.toggleStep}>${t('yes')}</button>
      <button type="button" data-answer="no" @click=${this.toggleStep}>${t('no')}</button>
    </section>`;
  }
}

if (!customElements.get('baseline-element')) customElements.define('baseline-element', BaselineElement);
