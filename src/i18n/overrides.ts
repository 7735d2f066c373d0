/**
 * Author overrides of individual strings. Authors may write nested objects
 * (`{ steps: { wait: { title: '…' } } }`) or dotted keys (`{ 'steps.wait.title': '…' }`),
 * under any language tag that maps to a shipped language (`de-AT` → de). Both
 * forms become nested objects merged key by key over the shipped text: a
 * partial override never blanks or reverts the rest.
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
    if (merged) for (const [key, value] of Object.entries(merged)) assign(result, [key], value);
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
