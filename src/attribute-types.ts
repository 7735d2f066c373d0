/**
 * The values each attribute accepts, as literal types: the element's properties, the JSX and
 * Vue typings and custom-elements.json (whose generator expands these aliases) all use them.
 * A value outside them still works at run time as the default plus one console warning.
 */
import type { SsprCodeHelp } from './sspr-code-help.js';

export type { Channel, Engine } from './types.js';
export type { Mode, Theme, CountdownStyle } from './config.js';
export type { StorageKind } from './storage/safe-storage.js';
export type OktaVerifyOption = 'on' | 'off';
export type ResendMode = 'auto' | 'event';
/** The channels the org enabled for password reset, space-separated. */
export type ChannelsOption = 'sms voice' | 'voice sms' | 'sms' | 'voice';
/** Whole seconds, 1–600, written as a string (it is an attribute). */
export type CooldownSeconds = `${number}`;

/** Attribute name → the property that reflects it. */
export interface AttributeProperties {
  channel: 'channel';
  channels: 'channels';
  'last-sent': 'lastSent';
  cooldown: 'cooldown';
  mode: 'mode';
  for: 'htmlFor';
  'settings-url': 'settingsUrl';
  'signin-url': 'signinUrl';
  'support-url': 'supportUrl';
  'support-email': 'supportEmail';
  'support-phone': 'supportPhone';
  'status-url': 'statusUrl';
  'phone-hint': 'phoneHint';
  'okta-verify': 'oktaVerify';
  storage: 'storage';
  theme: 'theme';
  countdown: 'countdownStyle';
  resend: 'resend';
  engine: 'engine';
  'summary-lang': 'summaryLang';
}

/** The element's attributes with their literal value types, as in HTML (kebab-case names). */
export type SsprCodeHelpAttributes = {
  [Name in keyof AttributeProperties]?: Exclude<SsprCodeHelp[AttributeProperties[Name]], null>;
} & { lang?: string };
