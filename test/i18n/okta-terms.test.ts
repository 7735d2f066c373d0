/**
 * A person reads our words, then looks for the same words on Okta's sign-in screen. For every
 * language the installed @okta/okta-signin-widget ships (its own list and label files, read
 * from node_modules: the real package, not a copy), our names of the two channels and the
 * "Unlock account" link we quote are Okta's.
 */
import { expect } from '@open-wc/testing';
import { matchLanguage, SUPPORTED_LANGUAGES, type LanguageTag } from '../../src/i18n/languages.js';
import { shippedFlat } from './support.js';

const OKTA = new URL('../../node_modules/@okta/okta-signin-widget/', import.meta.url);
type Labels = Record<string, string>;

/** The languages the widget ships, from its own configuration. */
const okta = (await import(/* @vite-ignore */ new URL('dist/esm/src/config/config.json.js', OKTA).href)) as {
  supportedLanguages: string[];
};
/** Okta's pseudo-localisation bundles (`ok-PL`, `ok-SK`) are test data, not languages. */
const OKTA_LANGUAGES = okta.supportedLanguages.filter((tag) => !tag.startsWith('ok-'));

async function oktaLabels(tag: string): Promise<Labels> {
  const file = tag === 'en' ? 'login.json' : `login_${tag.replace('-', '_')}.json`;
  const response = await fetch(new URL(`dist/labels/json/${file}`, OKTA));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return (await response.json()) as Labels;
}

/** Okta's labels for each channel: the recovery choice, the Identity Engine choice (and the unlock choice). */
const CHANNEL_LABELS = {
  sms: ['recovery.sms', 'oie.phone.enroll.sms.label'],
  voice: ['recovery.call', 'oie.phone.enroll.voice.label', 'account.unlock.voiceCall'],
} as const;

/**
 * The buttons the other-channel step tells the user to press on Okta's pages (Classic: back,
 * forgot password, reset by the other channel; Identity Engine: "Verify with something else", the
 * phone, then its method screen's switch).
 */
const SWITCH_PRESSES = {
  'steps.other-channel.classic_sms': ['goback', 'forgotpassword', 'password.forgot.call'],
  'steps.other-channel.classic_voice': ['goback', 'forgotpassword', 'password.forgot.sendText'],
  'steps.other-channel.identity_sms': [
    'oie.verification.switch.authenticator',
    'oie.phone.label',
    'oie.phone.call.secondaryButton',
  ],
  'steps.other-channel.identity_voice': [
    'oie.verification.switch.authenticator',
    'oie.phone.label',
    'oie.phone.sms.secondaryButton',
  ],
} as const;

/** French typography puts a no-break space before "?": the same words either way. */
const sameSpacing = (text: string) => text.replace(/\s+/gu, ' ');

/** Scripts written without spaces between words: a name is found anywhere in the text. */
const UNSPACED = ['Hans', 'Hant', 'Jpan', 'Thai'];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` names `label`, case-insensitively: as a word of its own (an ending may follow,
 * "SMS-ek"), or anywhere in scripts without spaces. An acronym with a one- or two-letter ending
 * (Basque "SMSa": SMS with its article) also counts as the bare acronym.
 */
function namesLabel(text: string, label: string, tag: string): boolean {
  const lower = (value: string) => value.normalize('NFC').trim().toLocaleLowerCase(tag);
  const acronym = /^(\p{Lu}{2,})\p{Ll}{1,2}$/u.exec(label.trim())?.[1];
  const spaced = !UNSPACED.includes(new Intl.Locale(tag).maximize().script ?? '');
  return [label, acronym]
    .filter((name): name is string => !!name)
    .some((name) =>
      spaced
        ? new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(lower(name))}`, 'u').test(lower(text))
        : lower(text).includes(lower(name)),
    );
}

/** Okta's link text, without the question mark it ends with on the sign-in page ("Unlock account?"). */
const linkText = (label: string) => label.replace(/\s*[?？؟]\s*$/u, '');

describe("Okta's terms in every language Okta ships", () => {
  it('the installed widget ships languages, each of them shipped here too', () => {
    expect(OKTA_LANGUAGES.length, 'languages in the package').to.be.at.least(25);
    const notShipped = OKTA_LANGUAGES.filter((tag) => !matchLanguage(tag));
    expect(notShipped).to.deep.equal([]);
    for (const tag of OKTA_LANGUAGES) expect(SUPPORTED_LANGUAGES).to.include(matchLanguage(tag));
  });

  for (const oktaTag of OKTA_LANGUAGES) {
    const tag = matchLanguage(oktaTag) as LanguageTag;
    it(`${oktaTag} (ours: ${tag}): the channel names and the "Unlock account" link are Okta's`, async () => {
      const labels = await oktaLabels(oktaTag);
      const ours = await shippedFlat(tag);
      const problems: string[] = [];
      for (const [channel, keys] of Object.entries(CHANNEL_LABELS)) {
        const name = ours[`summary.channel_${channel}`];
        const okta = keys.map((key) => labels[key]).filter(Boolean);
        expect(okta.length, `${oktaTag}: Okta labels for ${channel}`).to.be.greaterThan(0);
        if (!okta.some((label) => namesLabel(name, label, tag)))
          problems.push(`summary.channel_${channel} "${name}" names none of Okta's "${okta.join('", "')}"`);
      }
      const unlock = linkText(labels.unlockaccount);
      if (!namesLabel(ours['steps.locked-out.selfService'], unlock, tag))
        problems.push(`steps.locked-out.selfService does not quote Okta's link "${unlock}"`);
      // What to press for the other channel: Okta's own button labels, word for word.
      for (const [key, labelKeys] of Object.entries(SWITCH_PRESSES)) {
        for (const labelKey of labelKeys) {
          if (!sameSpacing(ours[key]).includes(sameSpacing(labels[labelKey])))
            problems.push(`${key} does not quote Okta's ${labelKey} "${labels[labelKey]}"`);
        }
      }
      expect(problems, tag).to.deep.equal([]);
    });
  }

  it('the matching itself: words, endings, acronyms and scripts without spaces', () => {
    expect(namesLabel('text message (SMS)', 'SMS', 'en')).to.equal(true);
    expect(namesLabel('testu-mezua (SMS)', 'SMSa', 'eu')).to.equal(true);
    expect(namesLabel('Sprachanruf', 'Sprachnachricht', 'de')).to.equal(false);
    expect(namesLabel('голосовой вызов', 'Голосовой вызов', 'ru')).to.equal(true);
    expect(namesLabel('voice message', 'Voice call', 'en')).to.equal(false);
    expect(namesLabel('语音电话', '语音呼叫', 'zh-CN')).to.equal(false);
    expect(namesLabel('音声通話', '通話', 'ja')).to.equal(true);
    // inside another word is not naming it
    expect(namesLabel('the MMS inbox', 'MS', 'en')).to.equal(false);
  });
});
