/**
 * The examples in examples/ run, each in its own page (an iframe), from the built package
 * (`npm run build` first; test/package/examples-server.mjs serves and bundles them):
 * the README's plain-HTML snippet under the strict CSP, an ES module import, React 19 with the
 * bare tag and with the React component (sspr-code-help/react), a Vue 3 single-file component.
 * Their TypeScript is type-checked separately (test/package/examples.test.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import en from '../../locales/en/translation.json' with { type: 'json' };

type Wizard = HTMLElement & { updateComplete: Promise<boolean>; retryHandler?: unknown };

let frame: HTMLIFrameElement | undefined;

async function openExample(url: string): Promise<{ win: Window; el: Wizard }> {
  frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await waitUntil(
    () => win.document.querySelector('sspr-code-help')?.shadowRoot?.querySelector('h2'),
    `${url}: nothing rendered`,
    {
      timeout: 10_000,
    },
  );
  const el = win.document.querySelector<Wizard>('sspr-code-help')!;
  await el.updateComplete;
  return { win, el };
}

const heading = (el: Wizard) => el.shadowRoot!.querySelector('h2')!.textContent.trim();

async function chooseFirstAnswer(el: Wizard): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="answer"]')!.click();
  await el.updateComplete;
}

/** The examples keep the default `storage="session"`: one must not resume where another stopped. */
function forgetSavedProgress() {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('sspr-code-help')) sessionStorage.removeItem(key);
}

beforeEach(forgetSavedProgress);
afterEach(() => {
  frame?.remove();
  frame = undefined;
  forgetSavedProgress();
});

describe('examples/', function () {
  // the first request of each framework example bundles it (about a second)
  this.timeout(30_000);

  before(async () => {
    const built = await fetch('/dist/define.js', { method: 'HEAD' });
    if (!built.ok) throw new Error('dist/ is missing: run `npm run build` before these tests.');
  });

  it('plain.html: the README snippet works as pasted, under the strict CSP', async () => {
    const response = await fetch('/examples/plain.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const { el } = await openExample('/examples/plain.html');
    // no channel attribute: the first question is which code
    expect(heading(el)).to.equal(en.steps.channel.title);
    await chooseFirstAnswer(el);
    expect(heading(el)).to.equal(en.steps.enrolled.title);
  });

  it('esm/: `import "sspr-code-help/define"` registers the element; the page sets retryHandler', async () => {
    const { win, el } = await openExample('/examples/esm/index.html');
    expect(win.customElements.get('sspr-code-help')).to.exist;
    expect(el.retryHandler).to.be.a('function');
    expect(heading(el)).to.equal(en.steps.enrolled.title);
  });

  it('react/: attributes, the retryHandler property and onsspr-step events reach React', async () => {
    const { win, el } = await openExample('/examples/react/index.html');
    expect(el.getAttribute('phone-hint')).to.equal('•••• 1234');
    expect(el.retryHandler).to.be.a('function');
    const output = win.document.querySelector('#step')!;
    await waitUntil(() => output.textContent === 'enrolled', `React saw step "${output.textContent}"`);
    await chooseFirstAnswer(el);
    await waitUntil(() => output.textContent === 'locked', `React saw step "${output.textContent}"`);
  });

  it('react-component/: attributes reach the DOM, the first sspr-step is heard, onSsprRetry fires', async () => {
    const { win, el } = await openExample('/examples/react-component/index.html');
    // written as attributes, not only as properties
    expect(el.getAttribute('channel')).to.equal('sms');
    expect(el.getAttribute('phone-hint')).to.equal('•••• 1234');
    expect(el.getAttribute('resend')).to.equal('event');
    const steps = win.document.querySelector('#steps')!;
    const retries = win.document.querySelector('#retries')!;
    await waitUntil(() => steps.textContent === 'enrolled', `React saw "${steps.textContent}"`);
    // enrolled → locked → number → wait: the first answer of each is the main line
    for (const expected of ['enrolled locked', 'enrolled locked number', 'enrolled locked number wait']) {
      await chooseFirstAnswer(el);
      await waitUntil(() => steps.textContent === expected, `React saw "${steps.textContent}"`);
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
    await waitUntil(() => retries.textContent === '1', `onSsprRetry count "${retries.textContent}"`);
    // the ref reaches the element: "Start over" on the page calls its restart()
    win.document.querySelector<HTMLButtonElement>('section > button')!.click();
    await waitUntil(() => steps.textContent.endsWith('wait enrolled'), `React saw "${steps.textContent}"`);
  });

  it('vue/: isCustomElement, bound attributes and @sspr-step', async () => {
    const { win, el } = await openExample('/examples/vue/index.html');
    expect(el.getAttribute('phone-hint') ?? (el as Wizard & { phoneHint?: string }).phoneHint).to.equal('•••• 1234');
    const output = win.document.querySelector('#step')!;
    await waitUntil(() => output.textContent === 'enrolled', `Vue saw step "${output.textContent}"`);
    await chooseFirstAnswer(el);
    await waitUntil(() => output.textContent === 'locked', `Vue saw step "${output.textContent}"`);
  });
});
