/**
 * Issue 11, "Demo": the dark demo page fills the window with its background and keeps its link
 * row as wide as the content; every demo page names an icon that exists (no favicon 404).
 * The pages load in an iframe from the test server, wide enough for the two-column layout.
 */
import { expect } from '@open-wc/testing';

async function load(page: string, width = 1100, height = 1400): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/${page}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await doc.defaultView!.customElements.whenDefined('sspr-code-help');
  return doc;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('demo pages', () => {
  it('dark.html: the link row is as wide as the content', async () => {
    const doc = await load('dark.html');
    const main = doc.querySelector('main')!;
    const row = main.querySelector(':scope > p:last-child')!;
    const style = doc.defaultView!.getComputedStyle(main);
    const content = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    expect(row.getBoundingClientRect().width).to.be.at.least(content - 1);
    // One line: the two links side by side, not a narrow column.
    const links = [...row.querySelectorAll('a')].map((link) => link.getBoundingClientRect().top);
    expect(links[0]).to.equal(links[1]);
  });

  it('dark.html: the dark background reaches the bottom of the window', async () => {
    const doc = await load('dark.html');
    const view = doc.defaultView!;
    expect(doc.documentElement.scrollHeight, 'the content is shorter than the window').to.be.at.most(
      view.innerHeight + 1,
    );
    // The canvas takes the root's background; the body's only when the root has none.
    const rootBackground = view.getComputedStyle(doc.documentElement).backgroundColor;
    const canvas = ['rgba(0, 0, 0, 0)', 'transparent'].includes(rootBackground)
      ? view.getComputedStyle(doc.body).backgroundColor
      : rootBackground;
    expect(canvas).to.equal('rgb(17, 18, 22)');
  });

  for (const page of ['index.html', 'dark.html', 'popover.html']) {
    it(`${page} names an icon that exists`, async () => {
      const doc = await load(page);
      const icon = doc.querySelector<HTMLLinkElement>('link[rel~="icon"]');
      expect(icon, 'a <link rel="icon">').to.not.equal(null);
      const response = await fetch(icon!.href);
      expect(response.status).to.equal(200);
    });
  }
});
