// React 19 passes custom-element props through: strings become attributes, functions and
// objects become properties (retryHandler), and `on<event-name>` props add event listeners
// for that exact event name (so `onsspr-step`, not `onSsprStep`).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RetryError } from 'sspr-code-help';
import 'sspr-code-help/define';

async function resendCode({ channel }) {
  const response = await fetch(`/api/resend-code?channel=${channel}`, { method: 'POST' });
  if (!response.ok) throw new RetryError({ kind: 'error', code: String(response.status) });
}

export function CodeHelp({ phoneHint }) {
  const [step, setStep] = useState('');
  const [resolved, setResolved] = useState(false);
  return (
    <section>
      <sspr-code-help
        channel="sms"
        phone-hint={phoneHint}
        support-email="helpdesk@example.com"
        retryHandler={resendCode}
        onsspr-step={(event) => setStep(event.detail.step)}
        onsspr-resolved={() => setResolved(true)}
      />
      <p>
        Step: <output id="step">{step}</output>
        {resolved ? ' (code received)' : ''}
      </p>
    </section>
  );
}

createRoot(document.getElementById('root')).render(<CodeHelp phoneHint="•••• 1234" />);
