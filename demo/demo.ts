import '../src/define.js';
import { SUPPORTED_LANGUAGES } from '../src/i18n/languages.js';
import { embedSnippet, type Integrity } from './embed-snippet.js';
import { simulatedResend, type SimulatedAnswer } from './simulated-resend.js';

const widget = document.querySelector('sspr-code-help')!;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// Language picker: the widget follows <html lang> like it would on a real page.
const languages = byId<HTMLSelectElement>('demo-lang');
const names = new Intl.DisplayNames(['en'], { type: 'language' });
for (const tag of SUPPORTED_LANGUAGES) {
  const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
  languages.add(new Option(`${own} (${names.of(tag)})`, tag));
}
languages.value = document.documentElement.lang;
languages.addEventListener('change', () => (document.documentElement.lang = languages.value));

const answer = byId<HTMLSelectElement>('demo-answer');
const handler = simulatedResend(() => answer.value as SimulatedAnswer);
const useHandler = byId<HTMLInputElement>('demo-handler');
const applyHandler = () => (widget.retryHandler = useHandler.checked ? handler : undefined);
useHandler.addEventListener('change', applyHandler);
applyHandler();

byId<HTMLSelectElement>('demo-channel').addEventListener('change', (event) => {
  const value = (event.target as HTMLSelectElement).value;
  if (value) widget.setAttribute('channel', value);
  else widget.removeAttribute('channel');
});

byId<HTMLSelectElement>('demo-channels').addEventListener('change', (event) => {
  const value = (event.target as HTMLSelectElement).value;
  if (value) widget.setAttribute('channels', value);
  else widget.removeAttribute('channels');
});

const hint = widget.getAttribute('phone-hint');
byId<HTMLInputElement>('demo-hint').addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).checked) widget.setAttribute('phone-hint', hint ?? '');
  else widget.removeAttribute('phone-hint');
});
byId<HTMLInputElement>('demo-okta-verify').addEventListener('change', (event) =>
  widget.setAttribute('okta-verify', (event.target as HTMLInputElement).checked ? 'on' : 'off'),
);
byId<HTMLInputElement>('demo-dark').addEventListener('change', (event) => {
  const dark = (event.target as HTMLInputElement).checked;
  widget.setAttribute('theme', dark ? 'dark' : 'light');
  document.body.classList.toggle('dark', dark);
});
byId('demo-mark-sent').addEventListener('click', () => widget.markSent(undefined));
byId('demo-reset').addEventListener('click', () => {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('sspr-code-help:')) sessionStorage.removeItem(key);
  location.reload();
});

// Event log: what a host page would hear.
const log = byId<HTMLOListElement>('demo-log');
const EVENTS = [
  'sspr-step',
  'sspr-retry',
  'sspr-resolved',
  'sspr-switch-factor',
  'sspr-switch-channel',
  'sspr-escalate',
] as const;
for (const type of EVENTS) {
  widget.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = JSON.stringify(event.detail, (key, value: unknown) =>
      key === 'summary' ? `${String(value).slice(0, 40)}…` : value,
    );
    item.textContent = `${type} ${detail}`;
    log.prepend(item);
  });
}

// The embed snippet for the options chosen: rebuilt whenever an attribute or a field changes.
const base = byId<HTMLInputElement>('demo-base');
const importMap = byId<HTMLInputElement>('demo-import-map');
const cspField = byId<HTMLTextAreaElement>('demo-csp');
const htmlField = byId<HTMLTextAreaElement>('demo-html');
const copied = byId('demo-copied');
/** Attributes that configure the demo page, not the widget. */
const DEMO_ONLY = new Set(['id']);
let integrity: Integrity | null = null;

async function showSnippet() {
  const snippet = await embedSnippet({
    attributes: widget
      .getAttributeNames()
      .filter((name) => !DEMO_ONLY.has(name))
      .map((name) => [name, widget.getAttribute(name) ?? '']),
    base: base.value.trim() || '/assets/sspr-code-help/',
    pageOrigin: location.origin,
    integrity,
    importMap: importMap.checked,
  });
  cspField.value = snippet.csp;
  htmlField.value = snippet.html;
  copied.textContent = '';
}

new MutationObserver(() => void showSnippet()).observe(widget, { attributes: true });
base.addEventListener('input', () => void showSnippet());
importMap.addEventListener('change', () => void showSnippet());
byId('demo-copy').addEventListener('click', () => {
  navigator.clipboard.writeText(htmlField.value).then(
    () => (copied.textContent = 'Copied.'),
    () => {
      htmlField.select();
      copied.textContent = 'Select and copy the text above (the browser refused the clipboard).';
    },
  );
});
fetch('/dist/cdn/integrity.json')
  .then((response) => (response.ok ? (response.json() as Promise<Integrity>) : null))
  .catch(() => null)
  .then((found) => {
    integrity = found;
    byId('demo-integrity-note').hidden = found !== null;
    return showSnippet();
  })
  .catch((error: unknown) => console.error(error));
