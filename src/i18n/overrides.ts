/**
 * Author overrides of individual strings. Authors may write nested objects
 * (`{ steps: { wait: { title: '…' } } }`) or dotted keys (`{ 'steps.wait.title': '…' }`),
 * under any language tag that maps to a shipped language (`de-AT` → de). Both
 * forms become nested objects merged key by key over the shipped text: a
 * partial override never blanks or reverts the rest.
 *
 * Author strings are text: `$t(…)` nesting is off for every string (the
 * localize controller passes `nest: false`; the shipped text never nests), and
 * a `{{placeholder}}` is kept only when the shipped string of the same key has
 * it. So no override can loop, fan out or reach a variable it was not given.
 */
import { matchLanguage } from './languages.js';

export type StringOverrides = Record<string, Record<string, unknown>>;

export type Nested = { [key: string]: string | Nested };

/** Keys that would reach an object's prototype instead of a property of its own. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);

function expand(strings: Record<string, unknown>): Nested {
  const result: Nested = {};
  for (const [key, value] of Object.entries(strings)) {
    const path = key.split('.');
    if (path.some((part) => !part || UNSAFE_KEYS.has(part))) continue;
    if (isObject(value)) {
      const inner = expand(value);
      if (Object.keys(inner).length) assign(result, path, inner);
    } else if (typeof value === 'string' && value.trim()) {
      assign(result, path, value);
    }
    // Anything else (empty text, numbers, null, arrays) would blank a string: it is dropped.
  }
  return result;
}

const own = (node: Nested, key: string) => (Object.hasOwn(node, key) ? node[key] : undefined);

/**
 * Writes `value` at `path`, merging objects key by key. A string never
 * replaces a group of strings, nor a group a string: such a mismatch is
 * dropped, since it would blank the text it replaced.
 */
function assign(target: Nested, path: string[], value: string | Nested): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    const existing = own(node, part);
    if (typeof existing === 'string') return;
    node = node[part] = existing ?? {};
  }
  const last = path[path.length - 1];
  const existing = own(node, last);
  if (existing !== undefined && typeof existing !== typeof value) return;
  if (typeof value === 'object' && existing && typeof existing === 'object') {
    for (const [key, inner] of Object.entries(value)) assign(existing, [key], inner);
  } else if (typeof value === 'object') {
    // A copy: later merges write into it, never into the author's object.
    const copy: Nested = {};
    for (const [key, inner] of Object.entries(value)) assign(copy, [key], inner);
    node[last] = copy;
  } else {
    node[last] = value;
  }
}

/** The overrides that apply to one shipped language, merged from every author tag that maps to it. */
export function mergeOverrides(overrides: StringOverrides | null | undefined, tag: string): Nested | null {
  if (!isObject(overrides)) return null;
  let merged: Nested | null = null;
  for (const [authorTag, strings] of Object.entries(overrides)) {
    if (!isObject(strings) || matchLanguage(authorTag) !== tag) continue;
    const expanded = expand(strings);
    merged ??= {};
    for (const [key, value] of Object.entries(expanded)) assign(merged, [key], value);
  }
  return merged;
}

/** `{{name}}`, `{{- name}}`, `{{name, format}}`: one pass, no nesting of braces. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const placeholderName = (inner: string) =>
  inner
    .replace(/^\s*-?\s*/, '')
    .split(',')[0]
    .trim();

const warnedPlaceholders = new Set<string>();

/**
 * Keeps in `text` only the placeholders that `shipped` (the shipped string of the
 * same key) has; any other is left out, with one warning per key and placeholder.
 */
function documentedPlaceholdersOnly(text: string, shipped: unknown, key: string): string {
  const allowed = new Set<string>();
  if (typeof shipped === 'string')
    for (const [, inner] of shipped.matchAll(PLACEHOLDER)) allowed.add(placeholderName(inner));
  return text.replace(PLACEHOLDER, (whole: string, inner: string) => {
    if (allowed.has(placeholderName(inner))) return whole;
    const id = `${key} ${whole}`;
    if (!warnedPlaceholders.has(id)) {
      warnedPlaceholders.add(id);
      console.warn(
        `<sspr-code-help>: override "${key}": left out ${whole.slice(0, 40)}, which the shipped text does not have.`,
      );
    }
    return '';
  });
}

/** The overrides with every string made text only, against the shipped tree at the same place. */
function textOnly(overrides: Nested, shipped: unknown, path: string): Nested {
  const result: Nested = {};
  const shippedNode = isObject(shipped) ? shipped : {};
  for (const [key, value] of Object.entries(overrides)) {
    const at = path ? `${path}.${key}` : key;
    const original = Object.hasOwn(shippedNode, key) ? shippedNode[key] : undefined;
    result[key] =
      typeof value === 'string' ? documentedPlaceholdersOnly(value, original, at) : textOnly(value, original, at);
  }
  return result;
}

/**
 * A fresh copy of a shipped translation with each set of overrides merged
 * over it in turn (later sets win key by key). The shipped object is not changed.
 */
export function withOverrides(
  shipped: Record<string, unknown>,
  tag: string,
  ...sets: Array<StringOverrides | null | undefined>
): Nested {
  const result = structuredClone(shipped) as Nested;
  for (const set of sets) {
    const merged = mergeOverrides(set, tag);
    if (!merged) continue;
    for (const [key, value] of Object.entries(textOnly(merged, shipped, ''))) assign(result, [key], value);
  }
  return result;
}

/**
 * Reads a `<script type="application/json">` child's overrides. Text that is
 * not a JSON object yields nothing and calls `onError` (by default a console warning).
 */
export function parseOverrideScript(
  text: string | null | undefined,
  onError: () => void = () =>
    console.warn(
      '<sspr-code-help>: the <script type="application/json"> strings are not a JSON object; ignoring them.',
    ),
): StringOverrides {
  if (!text || !text.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed)) return parsed as StringOverrides;
  } catch {
    // fall through to the warning
  }
  onError();
  return {};
}
