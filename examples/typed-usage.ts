// Typed usage: compiled with `tsc --noEmit -p examples` against the built .d.ts files
// (test/package/examples.test.mjs). Every line here must type-check for a TypeScript user.
import { SsprCodeHelp, RetryError, type RetryHandler, type StepEventDetail } from 'sspr-code-help';
import 'sspr-code-help/define';
import { oktaClassicRetry } from 'sspr-code-help/okta-classic';

// HTMLElementTagNameMap: the tag gives the class, without a cast.
const help = document.querySelector('sspr-code-help');
if (help) {
  const element: SsprCodeHelp = help;
  element.retryHandler = oktaClassicRetry({ baseUrl: 'https://example.okta.com', stateToken: 'state-token' });
  element.strings = { en: { 'widget.trigger': 'No code yet?' } };
  element.markSent('sms');
  element.restart();

  // GlobalEventHandlersEventMap: each event's detail is typed.
  element.addEventListener('sspr-step', (event) => {
    const detail: StepEventDetail = event.detail;
    console.log(detail.step, detail.index, detail.total, detail.channel);
  });
  element.addEventListener('sspr-retry', (event) => {
    const channel: 'sms' | 'voice' = event.detail.channel;
    if (channel === 'voice') event.preventDefault(); // this page cannot place calls itself
  });
  element.addEventListener('sspr-resolved', (event) => console.log(event.detail.steps.join(' → ')));
  element.addEventListener('sspr-switch-factor', (event) => {
    const factor: 'okta-verify' = event.detail.factor;
    console.log(factor);
  });
  element.addEventListener('sspr-switch-channel', (event) => {
    const { from, to }: { from: 'sms' | 'voice'; to: 'sms' | 'voice' } = event.detail;
    if (to === 'voice') event.preventDefault(); // this page cannot place calls: the wizard says what to press
    console.log(from, to);
  });
  element.addEventListener('sspr-escalate', (event) => navigator.clipboard.writeText(event.detail.summary));
}

// document.createElement knows the tag too.
const created: SsprCodeHelp = document.createElement('sspr-code-help');
created.setAttribute('channel', 'voice');

// A hand-written retry handler: resolve when the code went out, reject with a RetryError.
const resend: RetryHandler = async ({ channel }) => {
  const response = await fetch(`/api/resend-code?channel=${channel}`, { method: 'POST' });
  if (response.status === 429) {
    throw new RetryError({ kind: 'wait', seconds: Number(response.headers.get('Retry-After')) || 60 });
  }
  if (!response.ok) throw new RetryError({ kind: 'error', code: String(response.status) });
};
created.retryHandler = resend;

// @ts-expect-error: the detail of sspr-step has no `summary`
document.addEventListener('sspr-step', (event) => event.detail.summary);
