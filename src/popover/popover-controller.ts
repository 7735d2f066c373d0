/**
 * Popover mode: a trigger (the page's own element named by `for`, or the
 * widget's own button) opens the wizard in a floating panel anchored to it.
 * Owns the trigger listeners, the open/close state, outside-click and Escape,
 * and the placement's autoUpdate; all released on disconnect.
 *
 * The popover chunk (`popover.js`, see popover/lazy-popover.ts): it imports nothing from the main
 * file, only types from Lit and its own modules, and gets the rest from the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptPopoverStyles } from './popover-styles.js';
import { loadPlacement, supportsPopover } from './popover-support.js';

export interface PopoverHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface PopoverOptions {
  /** The id the `for` attribute names in popover mode, else null (the widget draws its own trigger). */
  triggerId(): string | null;
  /** Moves focus into the panel (the step heading). */
  focusPanel(): void;
  /** Says once that `for` names nothing. */
  warn(message: string): void;
}

let generatedIds = 0;

/** The panels open on this page: one at most, as two would overlap and share the Tab order. */
const openPanels = new Set<PopoverController>();

/** Popover mode on `host`: its styles added, its controller started (and connected if the host is). */
export function startPopover(host: PopoverHost, options: PopoverOptions): PopoverController {
  if (host.shadowRoot) adoptPopoverStyles(host.shadowRoot);
  return new PopoverController(host, options);
}

export class PopoverController implements ReactiveController {
  private readonly host: PopoverHost;
  open = false;
  private boundTrigger: HTMLElement | null = null;
  private triggerListeners?: AbortController;
  private openListeners?: AbortController;
  private stopPlacement?: () => void;

  private readonly options: PopoverOptions;

  constructor(host: PopoverHost, options: PopoverOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The page element named by `for`, or null to use the widget's own trigger. */
  get externalTrigger(): HTMLElement | null {
    const id = this.options.triggerId();
    if (!id) return null;
    const found = (this.host.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? null;
    if (!found) this.options.warn("no element with that id on the page; showing the widget's own button");
    else if (found === (this.host as unknown as HTMLElement))
      this.options.warn("names this widget itself, not a trigger; showing the widget's own button");
    return found === (this.host as unknown as HTMLElement) ? null : found;
  }

  /** The page's trigger (`for`), else the widget's own `[part=trigger]` button. */
  get trigger(): HTMLElement | null {
    return this.externalTrigger ?? this.find('[part="trigger"]');
  }

  private find(selector: string): HTMLElement | null {
    return this.host.renderRoot?.querySelector<HTMLElement>(selector) ?? null;
  }

  hostConnected(): void {
    this.bindExternalTrigger();
  }

  hostDisconnected(): void {
    this.hide({ returnFocus: false });
    this.unbindTrigger();
  }

  /** Re-reads `for` (it may name an element added after the widget). */
  bindExternalTrigger(): void {
    const trigger = this.externalTrigger;
    if (trigger === this.boundTrigger) return;
    this.unbindTrigger();
    if (!trigger) return;
    this.boundTrigger = trigger;
    this.triggerListeners = new AbortController();
    trigger.addEventListener(
      'click',
      (event) => {
        event.preventDefault(); // a "Didn't get a code?" link must not navigate
        this.toggle();
      },
      { signal: this.triggerListeners.signal },
    );
    if (!this.host.id) this.host.id = `sspr-code-help-${++generatedIds}`;
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.setAttribute('aria-controls', this.host.id);
    trigger.setAttribute('aria-expanded', String(this.open));
  }

  private unbindTrigger(): void {
    this.triggerListeners?.abort();
    this.boundTrigger?.removeAttribute('aria-expanded');
    this.boundTrigger?.removeAttribute('aria-haspopup');
    this.boundTrigger?.removeAttribute('aria-controls');
    this.boundTrigger = null;
  }

  toggle(): void {
    if (this.open) this.hide();
    else void this.show();
  }

  async show(): Promise<void> {
    if (this.open) return;
    for (const other of openPanels) other.hide({ returnFocus: false });
    openPanels.add(this);
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const panel = this.find('[part="panel"]');
    const trigger = this.trigger;
    if (!panel || !trigger) return;
    const { placeFloating } = await loadPlacement();
    if (!this.open || this.stopPlacement) return; // closed again while the placement code loaded
    if (supportsPopover()) panel.showPopover();
    this.stopPlacement = placeFloating(trigger, panel, { arrowElement: this.find('.panel-arrow') });
    this.listenWhileOpen(trigger);
    this.options.focusPanel();
  }

  private listenWhileOpen(trigger: HTMLElement): void {
    this.boundTrigger?.setAttribute('aria-expanded', 'true');
    this.openListeners = new AbortController();
    const { signal } = this.openListeners;
    document.addEventListener(
      'pointerdown',
      (event) => {
        const path = event.composedPath();
        if (path.includes(this.host) || (trigger && path.includes(trigger))) return;
        // Not :focus-within, which does not match while the window itself is not focused.
        const focusWasInside = this.host.shadowRoot?.activeElement != null;
        this.hide({ returnFocus: false });
        // A click on something focusable takes focus there; on nothing, focus would fall to the page.
        if (focusWasInside && !path.some(takesFocus)) returnFocusAfterClick(trigger);
      },
      { signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          this.hide();
        }
      },
      { signal },
    );
  }

  hide({ returnFocus = true } = {}): void {
    if (!this.open) return;
    this.open = false;
    openPanels.delete(this);
    this.openListeners?.abort();
    this.stopPlacement?.();
    this.stopPlacement = undefined;
    const panel = this.find('[part="panel"]');
    if (panel && supportsPopover() && panel.matches(':popover-open')) panel.hidePopover();
    this.boundTrigger?.setAttribute('aria-expanded', 'false');
    this.host.requestUpdate();
    if (returnFocus) this.trigger?.focus();
  }
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, label, iframe, [tabindex], [contenteditable]';
const takesFocus = (target: EventTarget): boolean => target instanceof Element && target.matches(FOCUSABLE);

/** After the click ends (the browser moves focus on its mousedown), focus left on the page goes to the trigger. */
function returnFocusAfterClick(trigger: HTMLElement): void {
  const restore = () => {
    if (document.activeElement === null || document.activeElement === document.body) trigger.focus();
  };
  document.addEventListener('click', restore, { once: true, capture: true });
}
