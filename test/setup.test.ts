// Proves the browser test setup in every engine: Lit fixtures, real focus and clicks (through
// the test runner's own keyboard and mouse commands), sinon's fake clock, and JSON modules.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import translation from '../locales/en/translation.json' with { type: 'json' };

describe('test setup', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('renders a Lit fixture whose button takes focus and clicks', async () => {
    const onClick = sinon.spy();
    const onFocus = sinon.spy();
    const el = await fixture<HTMLDivElement>(html`
      <div>
        <input aria-label="before" />
        <button type="button" @click=${onClick} @focus=${onFocus}>Go</button>
      </div>
    `);
    const input = el.querySelector('input')!;
    const button = el.querySelector('button')!;

    button.focus();
    expect(document.activeElement).to.equal(button);
    expect(onFocus.callCount).to.equal(1);
    button.click();
    expect(onClick.callCount).to.equal(1);

    // Real keyboard: Tab from the input moves focus to the button.
    input.focus();
    expect(document.activeElement).to.equal(input);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button);
    expect(onFocus.callCount).to.equal(2);

    // Real mouse: a click at the button's centre.
    const box = button.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    expect(onClick.callCount).to.equal(2);
  });

  it('fakes the clock with sinon', () => {
    const clock = sinon.useFakeTimers();
    try {
      const callback = sinon.spy();
      setTimeout(callback, 1000);
      clock.tick(999);
      expect(callback.called).to.equal(false);
      clock.tick(1);
      expect(callback.calledOnce).to.equal(true);
      expect(Date.now()).to.equal(1000);
    } finally {
      clock.restore();
    }
  });

  it('imports JSON modules with import attributes, statically and dynamically', async () => {
    expect(translation.widget.progress).to.be.a('string');
    const dynamic = await import('../locales/en/translation.json', { with: { type: 'json' } });
    expect(dynamic.default.widget.progress).to.equal(translation.widget.progress);
  });
});
