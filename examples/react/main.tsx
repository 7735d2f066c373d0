// React 19 + TypeScript with the bare tag. `sspr-code-help/react-jsx` declares <sspr-code-help>
// in JSX: each attribute's values (`channel="fax"` does not compile), the object properties and
// the `onsspr-*` events. React 19 passes custom-element props through: strings become
// attributes unless the element has a property of that name (`channel` is set as a property),
// functions and objects become properties (retryHandler), and `on<event-name>` adds a listener
// for exactly that name: `onsspr-step`, not `onSsprStep` (the React component in
// examples/react-component/ takes camel-case props).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RetryError, type RetryHandler } from 'sspr-code-help';
import 'sspr-code-help/define';
import type {} from 'sspr-code-help/react-jsx';

const resendCode: RetryHandler = async ({ channel }) => {
  const response = await fetch(`/api/resend-code?channel=${channel}`, { method: 'POST' });
  if (!response.ok) throw new RetryError({ kind: 'error', code: String(response.status) });
};

export function CodeHelp({ phoneHint }: { phoneHint: string }) {
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

createRoot(document.getElementById('root')!).render(<CodeHelp phoneHint="•••• 1234" />);
