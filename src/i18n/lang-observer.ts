/**
 * One watcher of `lang` attributes per document, shared by every element: a
 * page's own language picker changes `<html lang>` or an ancestor's, and each
 * element re-reads its language. Created by the first element that connects,
 * disconnected with the last (as Spectrum's LanguageResolutionController does).
 */
interface Watcher {
  observer: MutationObserver;
  listeners: Set<() => void>;
}

const watchers = new Map<Document, Watcher>();

/** Calls `listener` after any `lang` change in the document; returns the way to stop. */
export function watchLang(document: Document, listener: () => void): () => void {
  let watcher = watchers.get(document);
  if (!watcher) {
    const listeners = new Set<() => void>();
    const observer = new MutationObserver(() => {
      for (const each of [...listeners]) each();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    watcher = { observer, listeners };
    watchers.set(document, watcher);
  }
  const current = watcher;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size > 0 || watchers.get(document) !== current) return;
    current.observer.disconnect();
    watchers.delete(document);
  };
}
