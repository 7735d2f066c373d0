/**
 * The built script-tag file (dist/cdn/sspr-code-help.js, so `npm run build` first) under the
 * strict CSP and Trusted Types policy of docs/reference.md ("Accessibility and timers"). The page, test/csp/strict.html, is
 * served with that header (strict-csp.mjs) and loaded in an iframe: the test page itself cannot
 * live under the policy, because the test framework runs inline scripts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import de from '../../locales/de/translation.json' with { type: 'json' };
import en from '../../locales/en/translation.json' with { type: 'json' };

/** docs/reference.md ("Accessibility and timers"), word for word (strict-csp.mjs sends it). */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

interface StrictPage extends Window {
  cspViolations: string[];
  pageErrors: string[];
  litElementVersions?: string[];
}

const PAGE = '/test/csp/strict.html';

let frame: HTMLIFrameElement | undefined;

async function openStrictPage(): Promise<StrictPage> {
  frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as StrictPage;
  await win.customElements.whenDefined('sspr-code-help');
  return win;
}

const shadow = (win: Window, id: string) => win.document.getElementById(id)!.shadowRoot!;
const headingOf = (win: Window, id: string) => shadow(win, id).querySelector('h2')?.textContent?.trim() ?? '';

/** CSP reports are queued as tasks: let them arrive before counting. */
const reportsDelivered = (win: Window) => new Promise((resolve) => win.setTimeout(resolve, 100));

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

describe('strict CSP + Trusted Types (built script-tag file)', () => {
  before(async () => {
    const built = await fetch('/dist/cdn/sspr-code-help.js', { method: 'HEAD' });
    if (!built.ok) throw new Error('dist/cdn/sspr-code-help.js is missing: run `npm run build` before these tests.');
  });
  it('the page really is served with the strict policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('renders, walks steps, loads German and opens the popover with zero violations', async () => {
    const win = await openStrictPage();
    const inline = win.document.getElementById('inline') as HTMLElement & { updateComplete: Promise<boolean> };
    await inline.updateComplete;

    // channel is set, so the first question is whether a number was ever added
    expect(headingOf(win, 'inline')).to.equal(en.steps.enrolled.title);
    const seen = [headingOf(win, 'inline')];
    for (let step = 0; step < 3; step += 1) {
      const answer = shadow(win, 'inline').querySelector<HTMLButtonElement>('[part~="answer"]');
      expect(answer, `an answer on step "${seen.at(-1)}"`).to.exist;
      answer!.click();
      await inline.updateComplete;
      seen.push(headingOf(win, 'inline'));
    }
    expect(new Set(seen).size, `headings seen: ${seen.join(' | ')}`).to.equal(4);
    const fourthOf = en.widget.progress.replace('{{index}}', '4').split('{{total}}')[0];
    expect(shadow(win, 'inline').querySelector('[part~="progress"]')!.textContent).to.contain(fourthOf);

    // lang="de": the German chunk comes from beside the script, by itself
    await waitUntil(() => headingOf(win, 'german') === de.steps.enrolled.title, 'German text never arrived', {
      timeout: 5000,
    });
    const fetched = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    // from the release folder: dist/cdn/<version>/locales/de.js
    expect(fetched.filter((file) => /^\/dist\/cdn\/[^/]+\/locales\/de\.js$/.test(file))).to.have.lengthOf(1);

    // popover mode: floating-ui positions the panel through the CSSOM, which CSP allows
    const popover = win.document.getElementById('popover') as HTMLElement & { updateComplete: Promise<boolean> };
    await popover.updateComplete;
    const trigger = shadow(win, 'popover').querySelector<HTMLButtonElement>('[part~="trigger"]')!;
    // popover mode's styles come with its chunk, adopted as a constructable sheet
    expect(win.getComputedStyle(trigger).textDecorationLine).to.equal('underline');
    trigger.click();
    await popover.updateComplete;
    await waitUntil(
      () => shadow(win, 'popover').querySelector('[part~="panel"]')!.matches(':popover-open'),
      'panel did not open',
    );
    await new Promise((resolve) => win.requestAnimationFrame(resolve));

    await reportsDelivered(win);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('two copies of the script on one page load side by side without an error', async () => {
    const win = await openStrictPage();
    await reportsDelivered(win);
    const copies = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname === '/dist/cdn/sspr-code-help.js');
    expect(copies.map((url) => url.search).sort()).to.deep.equal(['?copy=1', '?copy=2']);
    // each copy carries its own Lit, which records its version when it runs
    expect(win.litElementVersions?.length).to.equal(2);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.document.querySelectorAll('sspr-code-help')).to.have.length(3);
  });

  it('a violation would be seen: the recorder catches an inline style', async () => {
    const win = await openStrictPage();
    const probe = win.document.createElement('div');
    probe.setAttribute('style', 'color: red');
    win.document.body.append(probe);
    await waitUntil(() => win.cspViolations.length > 0, 'no securitypolicyviolation event for an inline style', {
      timeout: 2000,
    });
  });
});
