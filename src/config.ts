/**
 * Attributes in, a checked configuration out. Pure: a bad value becomes the
 * default plus a warning that names the attribute and the value, and the
 * element prints each warning once.
 */
import type { FlowContext } from './flow/steps.js';
import { CHANNELS, otherChannelOf, type Channel, type Engine } from './types.js';
import { DEFAULT_COOLDOWN_SECONDS, MAX_COOLDOWN_SECONDS, MIN_COOLDOWN_SECONDS } from './cooldown/deadline.js';
import type { StorageKind } from './storage/safe-storage.js';
import { matchLanguage, type LanguageTag } from './i18n/languages.js';
import { emailHref, safeUrl, telHref } from './safe-url.js';

export type Mode = 'inline' | 'popover';
export type Theme = 'auto' | 'light' | 'dark';
export type CountdownStyle = 'ticking' | 'clock';

export interface RawAttributes {
  channel?: string | null;
  channels?: string | null;
  cooldown?: string | null;
  mode?: string | null;
  'settings-url'?: string | null;
  'signin-url'?: string | null;
  'support-url'?: string | null;
  'support-email'?: string | null;
  'support-phone'?: string | null;
  'status-url'?: string | null;
  'phone-hint'?: string | null;
  'okta-verify'?: string | null;
  storage?: string | null;
  theme?: string | null;
  countdown?: string | null;
  resend?: string | null;
  engine?: string | null;
  'summary-lang'?: string | null;
}

export interface Config {
  channel: Channel | null;
  /** The channels the org enabled for password reset (`channels`): the wizard offers the other one. */
  channels: readonly Channel[];
  /** Seconds, or null for the channel's default. */
  cooldown: number | null;
  mode: Mode;
  settingsUrl: string | null;
  signinUrl: string | null;
  supportUrl: string | null;
  /** `support-url` cut at its `{summary}` placeholder (one piece when it has none): the summary goes between. */
  supportUrlPieces: readonly string[] | null;
  supportEmail: string | null;
  supportEmailHref: string | null;
  supportPhone: string | null;
  supportPhoneHref: string | null;
  statusUrl: string;
  phoneHint: string | null;
  oktaVerify: boolean;
  storage: StorageKind;
  theme: Theme;
  countdown: CountdownStyle;
  /** `event`: the page resends when it hears `sspr-retry` (no retryHandler needed). */
  resend: 'auto' | 'event';
  engine: Engine;
  /** The help-desk summary's language (a shipped one), or null for the widget's. */
  summaryLang: LanguageTag | null;
}

export const DEFAULT_STATUS_URL = 'https://status.okta.com/';

export interface ConfigWarning {
  attribute: string;
  value: string;
  message: string;
}

export interface ParsedConfig {
  config: Config;
  warnings: ConfigWarning[];
}

const present = (value: string | null | undefined): value is string => value != null && value.trim() !== '';

/**
 * The longest value an attribute may have: links 2,048, `support-email` 261 (SMTP's longest
 * address with `mailto:`), `support-phone` 64, `phone-hint` 40, the rest 16. A longer one is a
 * mistake (or an attack): it is refused with a warning before anything else reads it.
 */
export const maxLength = (attribute: keyof RawAttributes): number =>
  attribute.endsWith('url')
    ? 2048
    : (({ 'support-email': 261, 'support-phone': 64, 'phone-hint': 40 } as const)[attribute as 'phone-hint'] ?? 16);

/** Whole decimal seconds only: `0x3C`, `1e2`, `60.0` and `+60` are refused, not converted. */
const DECIMAL_SECONDS = /^\d{1,4}$/;

/** `{summary}` in a `support-url`, as written or as the URL parser encoded it in a path. */
const SUMMARY_PLACEHOLDER = /\{summary\}|%7Bsummary%7D/i;

/** A URL cut at its first summary placeholder: `[before, after]`, or `[url]` without one. */
export const cutAtSummary = (url: string): readonly string[] => {
  const match = SUMMARY_PLACEHOLDER.exec(url);
  return match ? [url.slice(0, match.index), url.slice(match.index + match[0].length)] : [url];
};

export function parseConfig(input: RawAttributes): ParsedConfig {
  const warnings: ConfigWarning[] = [];
  const warn = (attribute: string, value: string, message: string) => warnings.push({ attribute, value, message });

  const raw: RawAttributes = {};
  for (const [attribute, value] of Object.entries(input) as Array<[keyof RawAttributes, string | null | undefined]>) {
    const limit = maxLength(attribute);
    if (typeof value === 'string' && value.length > limit) {
      warn(attribute, value, `longer than ${limit} characters; ignoring it`);
    } else {
      raw[attribute] = value;
    }
  }

  function oneOf<T extends string>(attribute: keyof RawAttributes, allowed: readonly T[], fallback: T): T {
    const value = raw[attribute];
    if (!present(value)) return fallback;
    const normalised = value.trim().toLowerCase() as T;
    if (allowed.includes(normalised)) return normalised;
    warn(attribute, value, `expected one of ${allowed.join(', ')}; using "${fallback}"`);
    return fallback;
  }

  function url(attribute: keyof RawAttributes): string | null {
    const value = raw[attribute];
    if (!present(value)) return null;
    const checked = safeUrl(value);
    if (!checked) warn(attribute, value, 'only https: links (http: on localhost) are allowed; ignoring it');
    return checked;
  }

  const channelValue = raw.channel;
  let channel: Channel | null = null;
  if (present(channelValue)) {
    const normalised = channelValue.trim().toLowerCase();
    if (normalised === 'sms' || normalised === 'voice') channel = normalised;
    else warn('channel', channelValue, 'expected "sms" or "voice"; asking the user instead');
  }

  let channels = parseChannels(raw.channels, warn);
  // One channel enabled: that is the one the code comes by, so the first question is skipped.
  if (!channel && channels.length === 1) channel = channels[0];
  if (channel && !channels.includes(channel)) {
    warn('channels', raw.channels ?? '', `does not include channel="${channel}", which a code came by; adding it`);
    channels = CHANNELS;
  }

  let cooldown: number | null = null;
  if (present(raw.cooldown)) {
    const text = raw.cooldown.trim();
    const seconds = DECIMAL_SECONDS.test(text) ? Number(text) : NaN;
    if (seconds >= MIN_COOLDOWN_SECONDS && seconds <= MAX_COOLDOWN_SECONDS) {
      cooldown = seconds;
    } else {
      warn(
        'cooldown',
        raw.cooldown,
        `expected whole seconds from ${MIN_COOLDOWN_SECONDS} to ${MAX_COOLDOWN_SECONDS}; using ${DEFAULT_COOLDOWN_SECONDS.voice} for voice and ${DEFAULT_COOLDOWN_SECONDS.sms} for SMS`,
      );
    }
  }

  const supportEmail = present(raw['support-email']) ? raw['support-email'].trim() : null;
  const supportUrl = url('support-url');
  const supportEmailHref = emailHref(supportEmail);
  if (supportEmail && !supportEmailHref) warn('support-email', supportEmail, 'not an email address; ignoring it');

  const supportPhone = present(raw['support-phone']) ? raw['support-phone'].trim() : null;
  const supportPhoneHref = telHref(supportPhone);
  if (supportPhone && !supportPhoneHref) warn('support-phone', supportPhone, 'not a phone number; ignoring it');

  const summaryLang = present(raw['summary-lang']) ? matchLanguage(raw['summary-lang']) : null;
  if (present(raw['summary-lang']) && !summaryLang)
    warn(
      'summary-lang',
      raw['summary-lang'],
      "no shipped language matches; writing the summary in the widget's language",
    );

  const config: Config = {
    channel,
    channels,
    cooldown,
    mode: oneOf('mode', ['inline', 'popover'] as const, 'inline'),
    settingsUrl: url('settings-url'),
    signinUrl: url('signin-url'),
    supportUrl,
    supportUrlPieces: supportUrl ? cutAtSummary(supportUrl) : null,
    supportEmail: supportEmailHref ? supportEmail!.replace(/^mailto:/i, '') : null,
    supportEmailHref,
    supportPhone: supportPhoneHref ? supportPhone!.replace(/^tel:/i, '') : null,
    supportPhoneHref,
    statusUrl: url('status-url') ?? DEFAULT_STATUS_URL,
    phoneHint: present(raw['phone-hint']) ? raw['phone-hint'].trim() : null,
    oktaVerify: oneOf('okta-verify', ['on', 'off'] as const, 'on') === 'on',
    storage: oneOf('storage', ['session', 'local', 'none'] as const, 'session'),
    theme: oneOf('theme', ['auto', 'light', 'dark'] as const, 'auto'),
    countdown: oneOf('countdown', ['ticking', 'clock'] as const, 'ticking'),
    resend: oneOf('resend', ['auto', 'event'] as const, 'auto'),
    engine: oneOf('engine', ['classic', 'identity'] as const, 'classic'),
    summaryLang,
  };
  return { config, warnings };
}

/** `channels`: "sms voice" (the default), "sms" or "voice"; anything else is the default plus a warning. */
function parseChannels(
  value: string | null | undefined,
  warn: (attribute: string, value: string, message: string) => void,
): readonly Channel[] {
  if (!present(value)) return CHANNELS;
  const names = value.trim().toLowerCase().split(/\s+/);
  const valid = names.every((name, index) => CHANNELS.includes(name as Channel) && names.indexOf(name) === index);
  if (valid) return CHANNELS.filter((channel) => names.includes(channel));
  warn('channels', value, 'expected "sms voice", "sms" or "voice"; using "sms voice"');
  return CHANNELS;
}

/** `channel`: the one in use, when known; it decides whether the other one can be offered. */
export const flowContext = (config: Config, channel: Channel | null = config.channel): FlowContext => ({
  channelFixed: config.channel !== null,
  hasPhoneHint: config.phoneHint !== null,
  oktaVerify: config.oktaVerify,
  otherChannel: channel && config.channels.includes(otherChannelOf(channel)) ? otherChannelOf(channel) : null,
});

export const cooldownSeconds = (config: Config, channel: Channel): number =>
  config.cooldown ?? DEFAULT_COOLDOWN_SECONDS[channel];
