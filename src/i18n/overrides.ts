/**
 * Author overrides of individual strings. Authors may write nested objects
 * (`{ steps: { wait: { title: '…' } } }`) or dotted keys (`{ 'steps.wait.title': '…' }`);
 * both become nested objects that i18next merges key by key over the shipped text.
 */
import { matchLanguage } from './languages.js';

export type StringOverrides = Record<string, Record<string, unknown>>;

type Nested = { [key: string]: string | Nested };

function expand(strings: Record<string, unknown>): Nested {
  const result: Nested = {};
  for (const [key, value] of Object.entries(strings)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = expand(value as Record<string, unknown>);
      if (Object.keys(inner).length) assign(result, key.split('.'), inner);
    } else if (typeof value === 'string') {
      assign(result, key.split('.'), value);
    }
    // Anything else (numbers, null, arrays) would blank a string: it is dropped.
  }
  return result;
}

function assign(target: Nested, path: string[], value: string | Nested): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    const existing = node[part];
    node = node[part] = existing && typeof existing === 'object' ? existing : {};
  }
  const last = path[path.length - 1];
  const existing = node[last];
  if (typeof value === 'object' && existing && typeof existing === 'object') {
    for (const [key, inner] of Object.entries(value)) assign(existing, [key], inner);
  } else {
    node[last] = value;
  }
}

/** The overrides that apply to one shipped language, merged from every author tag that maps to it. */
export function mergeOverrides(overrides: StringOverrides | null | undefined, tag: string): Nested | null {
  if (!overrides || typeof overrides !== 'object') return null;
  let merged: Nested | null = null;
  for (const [authorTag, strings] of Object.entries(overrides)) {
    if (!strings || typeof strings !== 'object' || matchLanguage(authorTag) !== tag) continue;
    const expanded = expand(strings);
    merged ??= {};
    for (const [key, value] of Object.entries(expanded)) assign(merged, [key], value);
  }
  return merged;
}

/** Reads a `<script type="application/json">` child's overrides; bad JSON warns and yields nothing. */
export function parseOverrideScript(text: string | null | undefined): StringOverrides {
  if (!text || !text.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as StringOverrides;
  } catch {
    // fall through to the warning
  }
  console.warn('<sspr-code-help>: the <script type="application/json"> strings are not a JSON object; ignoring them.');
  return {};
}
