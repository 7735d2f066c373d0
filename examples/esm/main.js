// npm install sspr-code-help — then, in the sign-in page's own module:
import 'sspr-code-help/define'; // registers <sspr-code-help> (safe to import more than once)
import { RetryError } from 'sspr-code-help';

const help = document.querySelector('sspr-code-help');

// This page can resend the code itself: resolve when it went out; reject with a RetryError that
// says what went wrong, and the element shows the right wait or next step.
help.retryHandler = async ({ channel }) => {
  const response = await fetch(`/api/resend-code?channel=${channel}`, { method: 'POST' });
  if (response.status === 429) {
    throw new RetryError({ kind: 'wait', seconds: Number(response.headers.get('Retry-After')) || 60 });
  }
  if (!response.ok) throw new RetryError({ kind: 'error', code: String(response.status) });
};

// The user says the code arrived: take them back to the code field.
help.addEventListener('sspr-resolved', () => document.querySelector('#code').focus());
