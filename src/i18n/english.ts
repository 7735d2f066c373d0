/**
 * English, the text every element starts with and every language falls back to.
 *
 * Here, both imports give the whole file. The script-tag build (scripts/cdn-build.mjs,
 * `splitEnglish`) makes the static one only the text a first paint can show (the first
 * question and its chrome) and the dynamic one the rest, a chunk of its own fetched after the
 * first paint: the script then carries ~1 KB of English instead of ~4 KB.
 */
import english from '../../locales/en/translation.json' with { type: 'json' };
import type { Translation } from './locale-loaders.js';

export const bundledEnglish: Translation = english;

declare const __SSPR_ENGLISH_SPLIT__: boolean | undefined;
/** True in the script-tag build (a `define` of scripts/cdn-build.mjs): `bundledEnglish` is then only a part. */
export const englishSplit = typeof __SSPR_ENGLISH_SPLIT__ !== 'undefined' && __SSPR_ENGLISH_SPLIT__;

export const loadRestOfEnglish = (): Promise<{ default: Translation }> =>
  import('../../locales/en/translation.json', { with: { type: 'json' } });
