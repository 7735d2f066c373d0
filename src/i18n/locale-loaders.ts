/**
 * Lazy loaders for every language but English. Bundlers turn each into its
 * own chunk beside the main file, fetched only when that language is needed.
 */
import type { LanguageTag } from './languages.js';

export type Translation = Record<string, unknown>;
type Loader = () => Promise<{ default: Translation }>;

export const LOCALE_LOADERS: Partial<Record<LanguageTag, Loader>> = {
  ar: () => import('../../locales/ar/translation.json', { with: { type: 'json' } }),
  cs: () => import('../../locales/cs/translation.json', { with: { type: 'json' } }),
  da: () => import('../../locales/da/translation.json', { with: { type: 'json' } }),
  de: () => import('../../locales/de/translation.json', { with: { type: 'json' } }),
  el: () => import('../../locales/el/translation.json', { with: { type: 'json' } }),
  es: () => import('../../locales/es/translation.json', { with: { type: 'json' } }),
  eu: () => import('../../locales/eu/translation.json', { with: { type: 'json' } }),
  fa: () => import('../../locales/fa/translation.json', { with: { type: 'json' } }),
  fi: () => import('../../locales/fi/translation.json', { with: { type: 'json' } }),
  fr: () => import('../../locales/fr/translation.json', { with: { type: 'json' } }),
  he: () => import('../../locales/he/translation.json', { with: { type: 'json' } }),
  hi: () => import('../../locales/hi/translation.json', { with: { type: 'json' } }),
  ht: () => import('../../locales/ht/translation.json', { with: { type: 'json' } }),
  hu: () => import('../../locales/hu/translation.json', { with: { type: 'json' } }),
  id: () => import('../../locales/id/translation.json', { with: { type: 'json' } }),
  it: () => import('../../locales/it/translation.json', { with: { type: 'json' } }),
  ja: () => import('../../locales/ja/translation.json', { with: { type: 'json' } }),
  ko: () => import('../../locales/ko/translation.json', { with: { type: 'json' } }),
  ms: () => import('../../locales/ms/translation.json', { with: { type: 'json' } }),
  nb: () => import('../../locales/nb/translation.json', { with: { type: 'json' } }),
  nl: () => import('../../locales/nl/translation.json', { with: { type: 'json' } }),
  pl: () => import('../../locales/pl/translation.json', { with: { type: 'json' } }),
  'pt-BR': () => import('../../locales/pt-BR/translation.json', { with: { type: 'json' } }),
  'pt-PT': () => import('../../locales/pt-PT/translation.json', { with: { type: 'json' } }),
  ro: () => import('../../locales/ro/translation.json', { with: { type: 'json' } }),
  ru: () => import('../../locales/ru/translation.json', { with: { type: 'json' } }),
  sv: () => import('../../locales/sv/translation.json', { with: { type: 'json' } }),
  th: () => import('../../locales/th/translation.json', { with: { type: 'json' } }),
  tr: () => import('../../locales/tr/translation.json', { with: { type: 'json' } }),
  uk: () => import('../../locales/uk/translation.json', { with: { type: 'json' } }),
  vi: () => import('../../locales/vi/translation.json', { with: { type: 'json' } }),
  'zh-CN': () => import('../../locales/zh-CN/translation.json', { with: { type: 'json' } }),
  'zh-TW': () => import('../../locales/zh-TW/translation.json', { with: { type: 'json' } }),
};
