import '../src/define.js';
import { SUPPORTED_LANGUAGES } from '../src/i18n/languages.js';
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
for (const type of ['sspr-step', 'sspr-retry', 'sspr-resolved', 'sspr-switch-factor', 'sspr-escalate'] as const) {
  widget.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = JSON.stringify(event.detail, (key, value: unknown) =>
      key === 'summary' ? `${String(value).slice(0, 40)}…` : value,
    );
    item.textContent = `${type} ${detail}`;
    log.prepend(item);
  });
}
