/**
 * Author overrides are text (issue 13): a `$t(…)` loop, a mutual loop or a fan-out neither
 * blanks the widget nor blocks the page, and a placeholder the shipped string does not have is
 * left out with one warning. The shipped placeholders still work.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { $, elementWarnings as ourWarnings, heading, mount, progressText } from '../helpers.js';

describe('author overrides are text', () => {
  afterEach(() => sinon.restore());

  it('a $t() loop on itself shows as text; the widget renders', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    el.strings = { en: { 'steps.enrolled.title': 'Added? $t(steps.enrolled.title)' } };
    await el.updateComplete;
    expect(heading(el)).to.equal('Added? $t(steps.enrolled.title)');
    expect($(el, '[part="answer"]'), 'the answers are still there').to.exist;
  });

  it('a mutual $t() loop and a deep fan-out in the JSON script child show as text', async () => {
    const levels = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`steps.enrolled.level${i}`, `$t(steps.enrolled.level${i + 1}) `.repeat(3)]),
    );
    const strings = {
      en: {
        'steps.enrolled.title': 'A $t(steps.enrolled.body)',
        'steps.enrolled.body': 'B $t(steps.enrolled.title) $t(steps.enrolled.level0)',
        ...levels,
      },
    };
    const started = performance.now();
    const el = document.createElement('sspr-code-help');
    el.setAttribute('channel', 'sms');
    el.setAttribute('storage', 'none');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(strings);
    el.append(script);
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(heading(el)).to.equal('A $t(steps.enrolled.body)');
    expect($(el, '.body')!.textContent.trim()).to.match(
      /^B \$t\(steps.enrolled.title\) \$t\(steps.enrolled.level0\)\s/,
    );
    expect(performance.now() - started, 'ms to render').to.be.below(1000);
  });

  it('keeps only the placeholders the shipped string has, warning once about each other one', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await mount({ channel: 'sms', storage: 'none' });
    el.strings = {
      en: {
        'steps.enrolled.title': 'Title{{context}}/{{lng}}',
        'widget.progress': 'Page {{index}} / {{total}} {{ns}}',
      },
    };
    await el.updateComplete;
    expect(heading(el)).to.equal('Title/');
    expect(progressText(el)).to.match(/^Page 1 \/ \d+$/);
    el.requestUpdate();
    await el.updateComplete;
    const warnings = ourWarnings(warn);
    expect(warnings, warnings.join('\n')).to.have.length(3);
    expect(warnings[0]).to.contain('steps.enrolled.title').and.contain('{{context}}');
  });
});
