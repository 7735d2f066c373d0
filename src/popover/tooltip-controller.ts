/**
 * Glossary tooltips ("short code", "Okta Verify"): one open at a time,
 * floated next to its button with the same placement code as the panel.
 * Where the Popover API is missing the text simply shows inline.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadPlacement, supportsPopover } from './popover-support.js';

export interface TooltipHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class TooltipController implements ReactiveController {
  private readonly host: TooltipHost;
  /** The id of the open term, or null. */
  openId: string | null = null;
  private placed: { id: string; stop: () => void; floating: HTMLElement } | null = null;
  private listeners?: AbortController;

  constructor(host: TooltipHost) {
    this.host = host;
    host.addController(this);
  }

  toggle(id: string): void {
    this.openId = this.openId === id ? null : id;
    this.host.requestUpdate();
  }

  close(): void {
    if (this.openId === null) return;
    this.openId = null;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.placed && this.placed.id !== this.openId) this.unplace();
    if (this.openId === null || this.placed) return;
    const floating = this.host.renderRoot.querySelector<HTMLElement>(`#term-${this.openId}`);
    const anchor = this.host.renderRoot.querySelector<HTMLElement>(`[aria-controls="term-${this.openId}"]`);
    if (!floating || !anchor || !supportsPopover()) return;
    const id = this.openId;
    this.placed = { id, floating, stop: () => {} };
    void loadPlacement().then(({ placeFloating }) => {
      if (this.placed?.id !== id) return; // closed, or another term opened, while the code loaded
      floating.showPopover();
      this.placed.stop = placeFloating(anchor, floating, { maxWidth: 320, gap: 6 });
    });
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault(); // an open tooltip takes the first Escape, not the panel
        event.stopImmediatePropagation();
        this.close();
        anchor.focus();
      },
      { signal, capture: true },
    );
    document.addEventListener(
      'pointerdown',
      (event) => {
        const path = event.composedPath();
        if (!path.includes(anchor) && !path.includes(floating)) this.close();
      },
      { signal },
    );
  }

  hostDisconnected(): void {
    this.openId = null;
    this.unplace();
  }

  private unplace(): void {
    this.listeners?.abort();
    if (!this.placed) return;
    this.placed.stop();
    if (this.placed.floating.isConnected && this.placed.floating.matches(':popover-open'))
      this.placed.floating.hidePopover();
    this.placed = null;
  }
}
