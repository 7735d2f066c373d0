/**
 * The card: progress, heading, step body, answers, countdown, notice and the
 * quiet row (Back · Start over · I got my code). Pure rendering.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { answerTextKey, JUMPS, type Answer, type StepId } from '../flow/steps.js';
import type { Notice } from '../types.js';
import type { Translate } from '../i18n/keys.js';

type Content = TemplateResult | typeof nothing;

export interface CardView {
  t: Translate;
  language: string;
  dir: 'ltr' | 'rtl';
  /** The numbering system of the language (`latn`, `arab`…): ordered lists count in it. */
  numbering: string;
  step: StepId;
  /** The step ends the journey (flow/machine.ts `isTerminal`): no answers, Start over shown. */
  terminal: boolean;
  title: string;
  progress: { index: number; total: number | null };
  answers: Answer[];
  /** The answer given last time on this step, marked when the user comes Back. */
  lastAnswer: string | undefined;
  canGoBack: boolean;
  body: Content;
  countdown: Content;
  notice: Notice | null;
  /** A press waits for the next step's text (LocalizeController.afterText): `aria-busy`. */
  busy: boolean;
  onAnswer: (id: string) => void;
  onBack: () => void;
  onRestart: () => void;
  onGotCode: () => void;
  onHelpDesk: () => void;
}

/**
 * A press that changes the step. The second click of a double click lands on whatever the new
 * step put under the pointer: a click counted as a second (`detail` 2 or more) is dropped. Keys
 * and assistive technology click with `detail` 0.
 */
const stepPress =
  (action: () => void) =>
  (event: MouseEvent): void => {
    if (event.detail < 2) action();
  };

const answerClass = (answer: Answer): string =>
  answer.shortcut ? 'answer shortcut link-button' : answer.primary ? 'answer primary' : 'answer';

// The card's blocks and flex items are written without whitespace between them: it would render
// nothing and cost a text node each, in every widget.

function answerButtons(view: CardView): Content {
  if (view.terminal) return nothing;
  const marked = view.answers.some((answer) => answer.id === view.lastAnswer);
  return html`<div class="answers"
    >${view.answers.map(
      (answer) => html`<button
        type="button"
        part="answer"
        class=${answerClass(answer)}
        data-answer=${answer.id}
        aria-describedby=${answer.id === view.lastAnswer ? 'last-answer' : nothing}
        @click=${stepPress(() => view.onAnswer(answer.id))}
      >${view.t(answerTextKey(view.step, answer.id))}</button>`,
    )}${marked ? html`<span id="last-answer" hidden>${view.t('nav.lastAnswer')}</span>` : nothing}</div
  >`;
}

function noticeBox({ notice, t, step, onHelpDesk }: CardView): Content {
  if (!notice) return nothing;
  const error = notice.tone === 'error';
  return html`<div class=${error ? 'notice error' : 'notice'} part="notice">
    <p>${t(notice.key)}</p>
    ${
      error && step !== JUMPS.helpDesk
        ? html`<button type="button" class="link-button" @click=${stepPress(onHelpDesk)}>${t('steps.help-desk.title')}</button>`
        : nothing
    }
  </div>`;
}

function quietRow(view: CardView): TemplateResult {
  const { t, step } = view;
  return html`<nav part="nav" class="nav" aria-label=${t('nav.label')}
    >${
      view.canGoBack
        ? html`<button type="button" class="link-button back" @click=${stepPress(view.onBack)}>
          <span aria-hidden="true" class="arrow">←</span> ${t('nav.back')}
        </button>`
        : nothing
    }${
      view.canGoBack || view.terminal
        ? html`<button type="button" class="link-button" @click=${stepPress(view.onRestart)}>${t('nav.restart')}</button>`
        : nothing
    }${
      step === JUMPS.gotCode
        ? nothing
        : html`<button type="button" class="link-button got-code" @click=${stepPress(view.onGotCode)}>${t('nav.gotCode')}</button>`
    }</nav
  >`;
}

export function card(view: CardView): TemplateResult {
  const { t } = view;
  return html`<section part="base" class="card" lang=${view.language} dir=${view.dir} data-numbering=${view.numbering} aria-label=${t('widget.label')} aria-busy=${view.busy ? 'true' : nothing}
    ><p part="progress" class="progress">${
      view.progress.total === null ? t('widget.progressStep', view.progress) : t('widget.progress', view.progress)
    }</p
    ><h2 part="heading" id="step-heading" tabindex="-1">${view.title}</h2
    ><div class="body">${view.body}</div
    >${
      view.step === 'wait'
        ? // On the wait step the request-again button comes first: it is what the step is for.
          html`${view.countdown}${noticeBox(view)}${answerButtons(view)}`
        : html`${answerButtons(view)}${view.countdown}${noticeBox(view)}`
    }${quietRow(view)}</section
  >`;
}

/** What the frame reads of the popover (popover/popover-controller.ts). */
export interface PopoverPanel {
  open: boolean;
  /** The page's own trigger (`for`); without one the widget draws its own. */
  readonly externalTrigger: unknown;
  toggle(): void;
  hide(): void;
}

export interface PopoverFrameView {
  t: Translate;
  open: boolean;
  /** The widget draws its own trigger when the page names none (`for`). */
  ownTrigger: boolean;
  card: Content;
  onToggle: () => void;
  onClose: () => void;
}

/** The frame's view of a popover panel and the card inside it (drawn only while open). */
export const popoverView = (t: Translate, panel: PopoverPanel, card: () => Content): PopoverFrameView => ({
  t,
  open: panel.open,
  ownTrigger: !panel.externalTrigger,
  card: panel.open ? card() : nothing,
  onToggle: () => panel.toggle(),
  onClose: () => panel.hide(),
});

/** Popover mode: the own trigger (when no `for`) and the floating panel around the card. */
export function popoverFrame(view: PopoverFrameView): TemplateResult {
  return html`${
    view.ownTrigger
      ? html`<button
          type="button"
          part="trigger"
          class="trigger"
          aria-haspopup="dialog"
          aria-controls="panel"
          aria-expanded=${view.open ? 'true' : 'false'}
          @click=${view.onToggle}
        >${view.t('widget.trigger')}</button>`
      : nothing
  }
    <div id="panel" part="panel" class=${view.open ? 'panel open' : 'panel'} popover="manual" role="dialog" aria-labelledby="step-heading">
      <span class="panel-arrow" aria-hidden="true"></span>
      <button type="button" class="close" part="close" aria-label=${view.t('widget.close')} @click=${view.onClose}>
        <span aria-hidden="true">×</span>
      </button>
      ${view.open ? view.card : nothing}
    </div>`;
}
