/**
 * `<SsprCodeHelp>` for React (17 to 19), made with @lit/react, which registers the element too:
 *
 *   import { SsprCodeHelp } from 'sspr-code-help/react';
 *   <SsprCodeHelp channel="sms" phoneHint="•••• 1234" retryHandler={resend} onSsprStep={…} />
 *
 * It avoids the three traps of the bare tag in React 19:
 * - event props are camel-case (`onSsprRetry`); on the bare tag React takes the name after `on`
 *   verbatim, so `onSspr-retry` listens for "Sspr-retry" and never fires;
 * - listeners are added in a layout effect, before the element's first render, so the first
 *   `sspr-step` is heard (a listener added in `useEffect` misses it);
 * - attribute-backed props (`channel`, `phoneHint`, …) are written as attributes: React 19
 *   sets a prop as a property whenever the element has one, so `channel` would never reach the
 *   DOM (no `[channel]` selector, and the markup would not show the configuration).
 * Object props (`retryHandler`, `strings`) are set as properties.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SsprCodeHelp as SsprCodeHelpElement } from './sspr-code-help.js';
import { TAG_NAME } from './define.js';
import type { SsprEventMap } from './events.js';
import './react-jsx.js';

type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${CamelCase<Tail>}`
  : Capitalize<Name>;

/** `onSsprStep` → `sspr-step`, …: one camel-case prop per event (the type checks the list is whole). */
const EVENTS = {
  onSsprStep: 'sspr-step' as EventName<SsprEventMap['sspr-step']>,
  onSsprRetry: 'sspr-retry' as EventName<SsprEventMap['sspr-retry']>,
  onSsprResolved: 'sspr-resolved' as EventName<SsprEventMap['sspr-resolved']>,
  onSsprSwitchFactor: 'sspr-switch-factor' as EventName<SsprEventMap['sspr-switch-factor']>,
  onSsprSwitchChannel: 'sspr-switch-channel' as EventName<SsprEventMap['sspr-switch-channel']>,
  onSsprEscalate: 'sspr-escalate' as EventName<SsprEventMap['sspr-escalate']>,
} satisfies { [Name in keyof SsprEventMap as `on${CamelCase<Name>}`]: EventName<SsprEventMap[Name]> };

const LitComponent = createComponent({
  react: React,
  tagName: TAG_NAME,
  elementClass: SsprCodeHelpElement,
  events: EVENTS,
  displayName: 'SsprCodeHelpElement',
});

/** The props of `<SsprCodeHelp>`: the element's properties in camel case, `onSspr…` events, HTML props. */
export type SsprCodeHelpProps = React.ComponentPropsWithoutRef<typeof LitComponent>;

/** Property → attribute, read from the element's own declarations. */
const ATTRIBUTE_OF = new Map<string, string>();
for (const [name, options] of SsprCodeHelpElement.elementProperties) {
  if (typeof name !== 'string' || options.attribute === false || options.state) continue;
  ATTRIBUTE_OF.set(name, typeof options.attribute === 'string' ? options.attribute : name.toLowerCase());
}

export const SsprCodeHelp = React.forwardRef<SsprCodeHelpElement, SsprCodeHelpProps>(function SsprCodeHelp(props, ref) {
  const element = React.useRef<SsprCodeHelpElement | null>(null);
  const written = React.useRef(new Set<string>());
  const passed: Record<string, unknown> = {};
  const attributes = new Map<string, string>();
  for (const [key, value] of Object.entries(props)) {
    const attribute = ATTRIBUTE_OF.get(key);
    if (attribute === undefined) passed[key] = value;
    else if (value != null) attributes.set(attribute, String(value));
  }
  // Runs after commit and before the element's first update (a microtask later).
  React.useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    for (const name of written.current) if (!attributes.has(name)) node.removeAttribute(name);
    for (const [name, value] of attributes) if (node.getAttribute(name) !== value) node.setAttribute(name, value);
    written.current = new Set(attributes.keys());
  });
  const setRef = React.useCallback(
    (node: SsprCodeHelpElement | null) => {
      element.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  return React.createElement(LitComponent, { ...passed, ref: setRef });
});
