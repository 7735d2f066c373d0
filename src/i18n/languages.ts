/**
 * Which language to speak, from what the page says. Pure.
 */

/** Every language shipped in `locales/`. English is bundled; the rest load on demand. */
// prettier-ignore
export const SUPPORTED_LANGUAGES = [
  'en', 'ar', 'bg', 'ca', 'cs', 'da', 'de', 'el', 'es', 'et', 'eu', 'fa', 'fi', 'fr', 'he', 'hi',
  'hr', 'ht', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'nb', 'nl', 'pl', 'pt-BR', 'pt-PT',
  'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'th', 'tr', 'uk', 'ur', 'vi', 'zh-CN', 'zh-TW',
] as const;

export type LanguageTag = (typeof SUPPORTED_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: LanguageTag = 'en';

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb']);

/** Tags that do not reduce to a shipped language by their first subtag. */
// prettier-ignore
const ALIASES: Readonly<Record<string, LanguageTag>> = {
  pt: 'pt-BR',
  zh: 'zh-CN', 'zh-hans': 'zh-CN', 'zh-sg': 'zh-CN', 'zh-my': 'zh-CN',
  'zh-hant': 'zh-TW', 'zh-hk': 'zh-TW', 'zh-mo': 'zh-TW',
  no: 'nb', nn: 'nb',
  iw: 'he', in: 'id',
  // Bosnian reads Croatian (Windows' Bosnian language pack builds on Croatian). Serbian in Latin
  // script (sr-Latn) gets the shipped Cyrillic Serbian by its first subtag: Serbian readers read both.
  bs: 'hr',
};

const BY_LOWER = new Map<string, LanguageTag>(SUPPORTED_LANGUAGES.map((tag) => [tag.toLowerCase(), tag]));

/**
 * The shipped language closest to one BCP 47 tag, or null. Tries the whole
 * tag, then script and region aliases (`zh-Hant-HK` → zh-TW), then the first
 * subtag (`es-MX` → es).
 */
export function matchLanguage(tag: string | null | undefined): LanguageTag | null {
  if (!tag || tag.length > 64) return null; // longer than any real tag: not worth reading
  const lower = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(lower)) return null;
  const exact = BY_LOWER.get(lower);
  if (exact) return exact;
  const subtags = lower.split('-');
  // Portuguese outside Brazil (Portugal, Angola, Mozambique…) reads European Portuguese.
  const region = subtags.slice(1).find((subtag) => subtag.length === 2);
  if (subtags[0] === 'pt' && region && region !== 'br') return 'pt-PT';
  // Longest prefix first, alias or shipped tag: zh-Hant-HK → zh-hant → zh-TW, es-MX → es.
  for (let length = subtags.length; length >= 1; length--) {
    const prefix = subtags.slice(0, length).join('-');
    const alias = ALIASES[prefix];
    if (alias && BY_LOWER.has(alias.toLowerCase())) return alias;
    if (BY_LOWER.has(prefix)) return BY_LOWER.get(prefix)!;
  }
  return null;
}

/**
 * The first candidate that matches a shipped language, and the tag that chose it (for `Intl`,
 * e.g. `de-AT`); else English, chosen by no tag.
 */
export function resolveLanguage(candidates: ReadonlyArray<string | null | undefined>): {
  language: LanguageTag;
  tag: string | null;
} {
  for (const candidate of candidates) {
    const match = matchLanguage(candidate);
    if (match) return { language: match, tag: candidate! };
  }
  return { language: DEFAULT_LANGUAGE, tag: null };
}

export const directionOf = (tag: string): 'ltr' | 'rtl' =>
  RTL_LANGUAGES.has(tag.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
