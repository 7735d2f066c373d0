/**
 * Where keyboard focus goes as the wizard changes: to the new step's heading
 * when the user moved (docs/reference.md, "Accessibility and timers": focus
 * moves to the new step's heading), and back to it when the element is moved
 * in the page (disconnect + connect) while the user was inside it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FocusController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly heading: () => HTMLElement | null;
  private inside = false;
  private insideBeforeMove = false;
  private onNextStep = false;

  constructor(host: ReactiveControllerHost & HTMLElement, heading: () => HTMLElement | null) {
    this.host = host;
    this.heading = heading;
    host.addController(this);
    // On the host, not the document: these stay for the element's life, across moves.
    host.addEventListener('focusin', () => (this.inside = true));
    host.addEventListener('focusout', (event) => {
      const stillInside = event.relatedTarget instanceof Node && host.contains(event.relatedTarget);
      // Decided a moment later: focus lost because the element left the page is remembered.
      queueMicrotask(() => {
        if (host.isConnected) this.inside = stillInside;
      });
    });
  }

  hostConnected(): void {
    // Moved in the page: the state stays, and so does the user's focus.
    if (this.insideBeforeMove) {
      this.insideBeforeMove = false;
      void this.host.updateComplete.then(() => this.focusHeading());
    }
  }

  hostDisconnected(): void {
    // Removal drops focus before this runs: the flag kept by focusin/focusout says whether
    // the user was inside.
    this.insideBeforeMove = this.inside;
  }

  /** Focus the heading when the next step shows (or not, e.g. on a fresh first step). */
  focusOnNextStep(wanted = true): void {
    this.onNextStep = wanted;
  }

  /** The host shows another step: focus follows if asked. */
  stepShown(): void {
    if (!this.onNextStep) return;
    this.onNextStep = false;
    this.focusHeading();
  }

  focusHeading(): void {
    this.heading()?.focus();
  }
}
