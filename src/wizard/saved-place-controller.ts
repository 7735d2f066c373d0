/**
 * Saves the wizard's place (step, path, answers, ticks, timeline) so a reload,
 * the back/forward cache or a framework re-mount returns the user to where
 * they were. Uses the same `storage` setting as the waits.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createSafeStorage, type SafeStorage, type StorageKind } from '../storage/safe-storage.js';
import type { WizardState } from '../flow/machine.js';
import type { Channel } from '../types.js';
import { deserializeState, serializeState } from '../flow/saved-state.js';

export interface SavedPlaceOptions {
  /** The channel the page fixed (parsed `channel`), if any: two channels never share a place. */
  channel(): Channel | null;
  /** `for` in popover mode: names the widget when it has no id. */
  trigger(): string | null;
  /** A page came back from the back/forward cache with a newer saved place. */
  onRestore(state: WizardState): void;
}

export class SavedPlaceController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: SavedPlaceOptions;
  private storage: SafeStorage = createSafeStorage('session');
  private listeners?: AbortController;
  private lastWritten: string | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SavedPlaceOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  useStorage(kind: StorageKind): void {
    if (kind !== this.storage.kind) this.storage = createSafeStorage(kind);
  }

  hostConnected(): void {
    this.listeners = new AbortController();
    window.addEventListener(
      'pageshow',
      (event) => {
        if (!event.persisted) return;
        const saved = this.load();
        if (saved) this.options.onRestore(saved);
      },
      { signal: this.listeners.signal },
    );
  }

  hostDisconnected(): void {
    this.listeners?.abort();
  }

  /** Per widget (its id, its `for`, or its position on the page) and per channel. */
  private get key(): string {
    const { host } = this;
    const trigger = this.options.trigger();
    // The position is looked up only when needed: it scans the whole page.
    const position = () => Math.max([...document.querySelectorAll(host.localName)].indexOf(host), 0);
    const widget = host.id || (trigger ? `for-${trigger}` : `n${position()}`);
    return `place:${widget}:${this.options.channel() ?? 'any'}`;
  }

  /** The saved place, or null. Unusable records warn once and are removed. */
  load(now = Date.now()): WizardState | null {
    if (this.storage.kind === 'none') return null; // nothing is ever saved there (save)
    const result = deserializeState(this.storage.get(this.key), now);
    switch (result.kind) {
      case 'restored':
        return result.state;
      case 'unusable':
        console.warn(`<sspr-code-help>: ignoring the saved progress (${result.reason}); starting over.`);
        this.clear();
        return null;
      case 'expired':
        this.clear();
        return null;
      case 'none':
        return null;
    }
  }

  /**
   * Saves the place. A fresh, untouched wizard writes nothing, and erases nothing either: another
   * page's widget with the same key may hold the user's place (only Start over clears it).
   */
  save(state: WizardState, now = Date.now()): void {
    // `storage="none"`: a place kept in this page would only restore the state the element still holds.
    if (this.storage.kind === 'none') return;
    const untouched = state.path.length === 1 && state.checked.length === 0 && state.timeline.length <= 1;
    if (untouched) return;
    const text = serializeState(state, now);
    if (text === this.lastWritten) return;
    this.lastWritten = text;
    this.storage.set(this.key, text);
  }

  clear(): void {
    this.lastWritten = null;
    this.storage.remove(this.key);
  }
}
