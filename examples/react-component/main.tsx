// The React component (React 17 to 19): camel-case props and events, attributes written as
// attributes, listeners in place before the first `sspr-step`, and a ref to the element.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { SsprCodeHelp as SsprCodeHelpElement } from 'sspr-code-help';
import { SsprCodeHelp } from 'sspr-code-help/react';

export function CodeHelp({ phoneHint }: { phoneHint: string }) {
  const widget = useRef<SsprCodeHelpElement>(null);
  const [steps, setSteps] = useState<string[]>([]);
  const [retries, setRetries] = useState(0);
  return (
    <section>
      <SsprCodeHelp
        ref={widget}
        channel="sms"
        phoneHint={phoneHint}
        supportEmail="helpdesk@example.com"
        resend="event"
        onSsprStep={(event) => setSteps((seen) => [...seen, event.detail.step])}
        onSsprRetry={() => setRetries((count) => count + 1)}
      />
      <p>
        Steps: <output id="steps">{steps.join(' ')}</output>, retries: <output id="retries">{retries}</output>
      </p>
      <button type="button" onClick={() => widget.current?.restart()}>
        Start over
      </button>
    </section>
  );
}

createRoot(document.getElementById('root')!).render(<CodeHelp phoneHint="•••• 1234" />);
