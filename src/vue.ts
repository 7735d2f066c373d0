/**
 * Types only: `<sspr-code-help>` in Vue 3 templates checked by vue-tsc (also with
 * `strictTemplates`): each attribute's literal values, the object properties and the events.
 *
 *   import type {} from 'sspr-code-help/vue';   // once, e.g. in env.d.ts or main.ts
 *
 * Vue must still be told at build time that the tag is a custom element, not a component:
 * `compilerOptions.isCustomElement` (see the README).
 */
import type { EmitFn, PublicProps } from 'vue';
import type { AttributeProperties } from './attribute-types.js';
import type { SsprEventMap } from './events.js';
import type { SsprCodeHelp } from './sspr-code-help.js';

type TemplateProperties = AttributeProperties[keyof AttributeProperties] | 'lang' | 'retryHandler' | 'strings';

/** The element as a Vue global component: props from its properties, emits from its events. */
export type SsprCodeHelpVueComponent = new () => SsprCodeHelp & {
  /** @deprecated for template type-checking only; a ref to the element has no `$props`. */
  $props: { [Name in TemplateProperties]?: Exclude<SsprCodeHelp[Name], null> } & PublicProps;
  /** @deprecated for template type-checking only. */
  $emit: EmitFn<{ [Name in keyof SsprEventMap]: (event: SsprEventMap[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'sspr-code-help': SsprCodeHelpVueComponent;
  }
}
