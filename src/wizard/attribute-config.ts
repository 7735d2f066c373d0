/**
 * The element's attributes → a checked `Config` (config.ts), each warning
 * printed once per element: "bad input gets one clear console warning and a
 * safe default".
 */
import { parseConfig, type Config, type RawAttributes } from '../config.js';

/** Attributes that feed `parseConfig`, and the element properties that hold them. */
const CONFIG_ATTRIBUTES = {
  channel: 'channel',
  channels: 'channels',
  cooldown: 'cooldown',
  mode: 'mode',
  'settings-url': 'settingsUrl',
  'signin-url': 'signinUrl',
  'support-url': 'supportUrl',
  'support-email': 'supportEmail',
  'support-phone': 'supportPhone',
  'status-url': 'statusUrl',
  'phone-hint': 'phoneHint',
  'okta-verify': 'oktaVerify',
  storage: 'storage',
  theme: 'theme',
  countdown: 'countdownStyle',
  resend: 'resend',
  engine: 'engine',
  'summary-lang': 'summaryLang',
} as const satisfies Record<keyof RawAttributes, string>;

type ConfigProperty = (typeof CONFIG_ATTRIBUTES)[keyof RawAttributes];

export type AttributeHost = Readonly<Record<ConfigProperty, string | null>>;

/** `last-sent` is read on its own (it starts a wait rather than configuring one). */
const CONFIG_PROPERTIES = new Set<PropertyKey>([...Object.values(CONFIG_ATTRIBUTES), 'lastSent']);

export class AttributeConfig {
  private readonly host: AttributeHost;
  private readonly warned = new Set<string>();
  config: Config = parseConfig({}).config;

  constructor(host: AttributeHost) {
    this.host = host;
  }

  /** True when one of the changed properties is an attribute that configures the element. */
  affectedBy(changed: Iterable<PropertyKey>): boolean {
    return [...changed].some((key) => CONFIG_PROPERTIES.has(key));
  }

  /** Parses the attributes again, warns about bad values, and returns the new configuration. */
  read(): Config {
    const raw: RawAttributes = {};
    for (const [attribute, name] of Object.entries(CONFIG_ATTRIBUTES)) {
      raw[attribute as keyof RawAttributes] = this.host[name];
    }
    const { config, warnings } = parseConfig(raw);
    for (const warning of warnings) this.warnOnce(warning.attribute, warning.value, warning.message);
    this.config = config;
    return config;
  }

  warnOnce(attribute: string, value: string, message: string): void {
    const id = `${attribute}=${value}`;
    if (this.warned.has(id)) return;
    this.warned.add(id);
    // Messages say what was used instead; a huge value is shown by its start only.
    console.warn(`<sspr-code-help>: ${attribute}="${shortened(value)}": ${message}.`);
  }
}

const shortened = (value: string) =>
  value.length > 80 ? `${value.slice(0, 80)}… (${value.length} characters)` : value;
