import { expect } from '@open-wc/testing';
import { cooldownSeconds, parseConfig } from '../../src/config.js';
import { emailHref, safeUrl, telHref } from '../../src/safe-url.js';

describe('author URLs', () => {
  it('accepts https, localhost http, mailto and tel where allowed', () => {
    expect(safeUrl('https://example.okta.com/enduser/settings')).to.equal('https://example.okta.com/enduser/settings');
    expect(safeUrl('http://localhost:8000/help')).to.equal('http://localhost:8000/help');
    expect(safeUrl('http://127.0.0.1/x')).to.equal('http://127.0.0.1/x');
    expect(safeUrl('mailto:help@example.com', ['mailto'])).to.equal('mailto:help@example.com');
    expect(safeUrl('tel:+15550100', ['tel'])).to.equal('tel:+15550100');
  });

  it('refuses script, data, plain http and disguised schemes', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'http://example.com/',
      '//example.com/path',
      'relative/path',
      'mailto:help@example.com',
      '',
    ]) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.equal(null);
    }
  });

  it('turns a plain address or number into a link, and refuses the rest', () => {
    expect(emailHref('helpdesk@example.com')).to.equal('mailto:helpdesk@example.com');
    expect(emailHref('not an address')).to.equal(null);
    expect(emailHref('javascript:alert(1)//@x.com')).to.equal(null);
    expect(telHref('+1 (555) 010-0199')).to.equal('tel:+15550100199');
    expect(telHref('call us')).to.equal(null);
  });
});

describe('attributes → configuration', () => {
  it('has safe defaults with no attributes', () => {
    const { config, warnings } = parseConfig({});
    expect(warnings).to.be.empty;
    expect(config).to.include({ channel: null, mode: 'inline', oktaVerify: true, storage: 'session', theme: 'auto' });
    expect(config.statusUrl).to.equal('https://status.okta.com/');
    expect(cooldownSeconds(config, 'voice')).to.equal(60);
    expect(cooldownSeconds(config, 'sms')).to.equal(30);
  });

  it('reads every attribute', () => {
    const { config, warnings } = parseConfig({
      channel: 'Voice',
      cooldown: '90',
      mode: 'popover',
      'settings-url': 'https://example.okta.com/enduser/settings',
      'signin-url': 'https://example.okta.com/',
      'support-url': 'https://help.example.com/',
      'support-email': 'help@example.com',
      'support-phone': '+1 555 0100',
      'status-url': 'https://status.example.com/',
      'phone-hint': '•••• 1234',
      'okta-verify': 'off',
      storage: 'local',
      theme: 'dark',
      countdown: 'clock',
      resend: 'event',
    });
    expect(warnings).to.be.empty;
    expect(config).to.include({
      channel: 'voice',
      cooldown: 90,
      mode: 'popover',
      settingsUrl: 'https://example.okta.com/enduser/settings',
      supportEmailHref: 'mailto:help@example.com',
      supportPhoneHref: 'tel:+15550100',
      statusUrl: 'https://status.example.com/',
      phoneHint: '•••• 1234',
      oktaVerify: false,
      storage: 'local',
      theme: 'dark',
      countdown: 'clock',
      resend: 'event',
    });
    expect(cooldownSeconds(config, 'sms')).to.equal(90);
  });

  it('falls back to the default with one warning per bad value', () => {
    const { config, warnings } = parseConfig({
      channel: 'email',
      cooldown: '0',
      mode: 'modal',
      'support-url': 'javascript:alert(1)',
      'status-url': 'http://status.example.com',
      'okta-verify': 'maybe',
      storage: 'cookies',
      'support-email': 'nope',
    });
    expect(config).to.include({
      channel: null,
      cooldown: null,
      mode: 'inline',
      supportUrl: null,
      oktaVerify: true,
      storage: 'session',
    });
    expect(config.statusUrl).to.equal('https://status.okta.com/');
    expect(warnings.map((w) => w.attribute)).to.have.members([
      'channel',
      'cooldown',
      'mode',
      'support-url',
      'status-url',
      'okta-verify',
      'storage',
      'support-email',
    ]);
    for (const warning of warnings) expect(warning.message).to.be.a('string').and.not.empty;
  });

  it('refuses cooldowns outside 1–600 s and non-integers', () => {
    for (const bad of ['601', '-5', '1.5', 'abc'])
      expect(parseConfig({ cooldown: bad }).config.cooldown, bad).to.equal(null);
    expect(parseConfig({ cooldown: '600' }).config.cooldown).to.equal(600);
    expect(parseConfig({ cooldown: '1' }).config.cooldown).to.equal(1);
  });
});
