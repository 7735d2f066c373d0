/**
 * Popover mode's code (its controller and styles; floating-ui on first open) is a chunk of its
 * own, `popover.js`: fetched when a widget first is in popover mode, so the inline default never
 * loads it. Until it is there, popover mode draws nothing (the host's `updateComplete` waits).
 */
import type { Mode } from '../config.js';
import type { PopoverController, PopoverHost, PopoverOptions } from './popover-controller.js';

export class LazyPopover {
  /** The controller once its chunk has loaded, else null (popover mode then draws nothing). */
  panel: PopoverController | null = null;
  /** The chunk did not load: the host shows its card in place instead (the user still gets help). */
  failed = false;
  private readonly host: PopoverHost;
  private readonly options: PopoverOptions;
  private loading: Promise<void> | null = null;
  /** show() before the chunk arrived: open once it does, unless hide() came first. */
  private opening = false;

  constructor(host: PopoverHost, options: PopoverOptions) {
    this.host = host;
    this.options = options;
  }

  /** Fetches the chunk (once) and starts the controller; resolves when the panel works. */
  load(): Promise<void> {
    this.loading ??= import('./popover-controller.js').then(
      ({ startPopover }) => {
        this.panel = startPopover(this.host, this.options);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        console.warn('<sspr-code-help>: could not load the popover code; showing the widget in place.', error);
        this.failed = true;
        this.host.requestUpdate();
      },
    );
    return this.loading;
  }

  /** The card is drawn in place: inline mode, or popover mode whose code did not load. */
  inPlace(mode: Mode): boolean {
    return mode !== 'popover' || this.failed;
  }

  /** For the host's `updateComplete`: true when it had to wait for the chunk (in popover mode). */
  async loadedFor(mode: Mode): Promise<boolean> {
    if (this.panel || this.failed || mode !== 'popover') return false;
    await this.load();
    return true;
  }

  /** `mode` or `for` changed: out of popover mode the panel closes; `for` may name another trigger. */
  triggerChanged(mode: Mode): void {
    if (mode !== 'popover') this.hide({ returnFocus: false });
    this.panel?.bindExternalTrigger();
  }

  show(): void {
    if (this.panel) return void this.panel.show();
    this.opening = true;
    void this.load().then(() => {
      if (this.opening) void this.panel?.show();
      this.opening = false;
    });
  }

  hide(options?: { returnFocus?: boolean }): void {
    this.opening = false;
    this.panel?.hide(options);
  }
}
