/**
 * The embed snippet the demo's side panel builds (demo/embed-snippet.ts), pasted as is into a
 * page under its own Content-Security-Policy, with the hashes of dist/cdn/integrity.json
 * (`npm run build` first): the script and a lazily loaded language load; a language chunk whose
 * import-map integrity does not match is refused.
 */
import { expect, waitUntil } from '@open-wc/testing';
import de from '../../locales/de/translation.json' with { type: 'json' };
import en from '../../locales/en/translation.json' with { type: 'json' };
import { cspHash, embedSnippet, type Integrity } from '../../demo/embed-snippet.js';

let integrity: Integrity;
let frame: HTMLIFrameElement | undefined;

before(async () => {
  const response = await fetch('/dist/cdn/integrity.json');
  if (!response.ok) throw new Error('dist/cdn/integrity.json is missing: run `npm run build` before these tests.');
  integrity = (await response.json()) as Integrity;
});

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** A page made of the snippet under its CSP, in an iframe; returns a reader of its widget's heading. */
async function pastePage(snippetIntegrity: Integrity): Promise<() => string> {
  const { csp, html } = await embedSnippet({
    attributes: [
      ['lang', 'de'],
      ['channel', 'sms'],
    ],
    base: '/dist/cdn/',
    pageOrigin: location.origin,
    integrity: snippetIntegrity,
    importMap: true,
  });
  frame = document.createElement('iframe');
  // served with the CSP as a header (test/package/examples-server.mjs); not srcdoc + <meta>:
  // Firefox does not match 'self' in a srcdoc document's policy
  frame.src = `/test/pasted-snippet.html?${new URLSearchParams({ html, csp }).toString()}`;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  return () => doc.querySelector('sspr-code-help')?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '';
}

describe('the embed snippet', () => {
  it('names a cross-origin host in script-src and asks for CORS', async () => {
    const { csp, html } = await embedSnippet({
      attributes: [['channel', 'voice']],
      base: 'https://cdn.example.com/sspr-code-help/0.1.0',
      pageOrigin: 'https://intranet.example.com',
      integrity,
      importMap: false,
    });
    expect(csp).to.contain("script-src 'self' https://cdn.example.com;");
    expect(html).to.contain(
      `<script type="module" src="https://cdn.example.com/sspr-code-help/0.1.0/sspr-code-help.js" integrity="${integrity.files['sspr-code-help.js']}" crossorigin="anonymous"></script>`,
    );
    expect(html).to.contain('<sspr-code-help\n  channel="voice"\n></sspr-code-help>');
  });

  it('allows its import map by hash in the CSP', async () => {
    const { csp, html } = await embedSnippet({
      attributes: [],
      base: '/assets/sspr-code-help/',
      pageOrigin: 'https://intranet.example.com',
      integrity,
      importMap: true,
    });
    const map = /<script type="importmap">(.*)<\/script>/.exec(html)![1];
    expect(csp).to.contain(await cspHash(map));
    const pinned = Object.keys((JSON.parse(map) as { integrity: Record<string, string> }).integrity);
    expect(pinned.some((url) => /^\/assets\/sspr-code-help\/[^/]+\/locales\/de\.js$/.test(url))).to.equal(true);
  });

  it('works as pasted under its own CSP: the script and the German chunk load with their hashes', async () => {
    const heading = await pastePage(integrity);
    await waitUntil(() => heading() === de.steps.enrolled.title, `heading "${heading()}"`, { timeout: 8000 });
  });

  it('a language chunk that does not match its import-map integrity is refused (English stays)', async () => {
    const german = Object.keys(integrity.files).find((file) => /^[^/]+\/locales\/de\.js$/.test(file))!;
    const tampered = {
      ...integrity,
      files: { ...integrity.files, [german]: integrity.files['sspr-code-help.js'] },
    };
    const heading = await pastePage(tampered);
    await waitUntil(() => heading() === en.steps.enrolled.title, `heading "${heading()}"`, { timeout: 8000 });
    // the refused chunk leaves the English text in place; give the import time to have failed
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(heading()).to.equal(en.steps.enrolled.title);
  });
});
