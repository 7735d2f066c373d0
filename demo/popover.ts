import '../src/define.js';
import { simulatedResend } from './simulated-resend.js';

const widget = document.querySelector('sspr-code-help')!;
widget.retryHandler = simulatedResend(() => 'ok');
// The sign-in form's own resend is simulated too: this page "just sent" a code.
widget.markSent('sms');
document.getElementById('code-form')!.addEventListener('submit', (event) => event.preventDefault());
