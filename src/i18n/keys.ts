/**
 * Translation keys as a type, from the English text: a key that is not in
 * `locales/en/translation.json` fails `tsc`. A leaf: views, the summary and the
 * element share `Translate` without importing the localize controller.
 */
import type english from '../../locales/en/translation.json';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** `retry.send_sms` is asked for as `retry.send` with `{ context: 'sms' }`; `_one`/`_other` by `count`. */
type WithoutSuffix<Key extends string> = Key extends `${infer Base}_${string}` ? Base : never;

type ShippedKey = Leaves<typeof english>;

/**
 * The text of a step or a shortcut named by a variable (`steps.<step>.title`): a step added to
 * `flow/steps.ts` is checked by the tests that every reachable step has text
 * (test/unit/flow.test.ts), not by the compiler.
 */
export type StepTextKey = `steps.${string}.${string}` | `shortcuts.${string}`;

export type TranslationKey = ShippedKey | WithoutSuffix<ShippedKey> | StepTextKey;

export type Translate = (key: TranslationKey, options?: Record<string, unknown>) => string;
