/**
 * Types only: `<sspr-code-help>` in React 19 JSX, with each attribute's literal values, the
 * element's object properties and `onsspr-*` event handlers. React 19 passes the rest of an
 * `on…` prop name through as the event name, unchanged: `onsspr-step` listens for `sspr-step`
 * (`onSsprStep` would listen for "SsprStep", which never fires).
 *
 *   import type {} from 'sspr-code-help/react-jsx';   // once, anywhere in the app
 *
 * `sspr-code-help/react` (the React component) declares the same.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SsprCodeHelpAttributes } from './attribute-types.js';
import type { SsprEventMap } from './events.js';
import type { SsprCodeHelp } from './sspr-code-help.js';

/** `onsspr-step`, `onsspr-retry`, …: one handler prop per event, with its typed detail. */
export type SsprCodeHelpEventHandlers = {
  [Name in keyof SsprEventMap as `on${Name}`]?: (event: SsprEventMap[Name]) => void;
};

/** The props of `<sspr-code-help>` in JSX. */
export type SsprCodeHelpJsxProps = Omit<
  DetailedHTMLProps<HTMLAttributes<SsprCodeHelp>, SsprCodeHelp>,
  keyof SsprCodeHelpAttributes
> &
  SsprCodeHelpAttributes &
  SsprCodeHelpEventHandlers &
  Partial<Pick<SsprCodeHelp, 'retryHandler' | 'strings'>>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX typing is a namespace
  namespace JSX {
    interface IntrinsicElements {
      'sspr-code-help': SsprCodeHelpJsxProps;
    }
  }
}
