// What `npm publish` would ship, checked after `npm run build`, in Node (no browser):
//   node --test test/package/
// The package contents (`npm pack --dry-run`), package.json entry points, the script-tag build,
// and custom-elements.json against the public contract in README.md.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync, inflateRawSync } from 'node:zlib';
import { MAIN_BUDGET, chunkWeight, englishChunkWeight, LANGUAGE_RATIO } from '../../scripts/language-budget.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');
const readJson = (file) => JSON.parse(read(file));
const gzipSize = (file) => gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length;

/** gzip -9 budget of the main file, in bytes (scripts/build.mjs prints the same one). */
const BUDGET = { main: MAIN_BUDGET };
const TAG = 'sspr-code-help';

/** Every language but English: the ones src/i18n/locale-loaders.ts loads on demand. */
const lazyLanguages = [...read('src/i18n/locale-loaders.ts').matchAll(/locales\/([^/]+)\/translation\.json/g)].map(
  (match) => match[1],
);

const pkg = readJson('package.json');

/** A chunk of the script-tag build, in its release folder: cdnChunk('placement') → dist/cdn/<version>/placement.js */
const cdnChunk = (stem) => `dist/cdn/${pkg.version}/${stem}.js`;
/** @type {Set<string>} paths in the tarball, relative to the package root */
let packed;

before(() => {
  if (!existsSync(path.join(root, 'dist/index.js')) || !existsSync(path.join(root, 'custom-elements.json'))) {
    throw new Error('Nothing built: run `npm run build` before these tests.');
  }
  // --ignore-scripts: no prepack/prepare hook may rebuild while we look
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const output = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [report] = JSON.parse(output);
  packed = new Set(report.files.map((file) => file.path));
});

describe('npm pack contents', () => {
  test('has the modules, types, script-tag build, translations, manifest and README', () => {
    const required = [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/define.d.ts',
      'dist/sspr-code-help.js',
      'dist/sspr-code-help.d.ts',
      'dist/events.d.ts',
      'dist/okta/okta-classic.js',
      'dist/okta/okta-classic.d.ts',
      'dist/okta/okta-identity-engine.js',
      'dist/okta/okta-identity-engine.d.ts',
      'dist/okta-sign-in-widget/index.js',
      'dist/okta-sign-in-widget/index.d.ts',
      'dist/cdn/sspr-code-help.js',
      'dist/cdn/integrity.json',
      'dist/cdn/LICENSE',
      'dist/cdn/THIRD-PARTY-NOTICES.md',
      'dist/react.js',
      'dist/react.d.ts',
      'dist/react-jsx.d.ts',
      'dist/vue.d.ts',
      'dist/vscode.html-custom-data.json',
      'dist/web-types.json',
      'LICENSE',
      'locales/en/translation.json',
      ...lazyLanguages.map((tag) => `locales/${tag}/translation.json`),
      ...lazyLanguages.map((tag) => cdnChunk(`locales/${tag}`)),
    ];
    assert.deepEqual(
      required.filter((file) => !packed.has(file)),
      [],
      'missing from the package',
    );
  });

  test('has no tests, demo, examples, scripts, TypeScript sources or config', () => {
    const unwanted = [...packed].filter(
      (file) =>
        /^(test|demo|examples|scripts|src|node_modules|coverage)\//.test(file) ||
        (file.endsWith('.ts') && !file.endsWith('.d.ts')) ||
        /(^|\/)(tsconfig[^/]*\.json|vite\.config\.ts|web-test-runner\.config\.mjs|\.[^/]+)$/.test(file),
    );
    assert.deepEqual(unwanted, []);
  });

  test('every source map carries its sources or points at shipped files', () => {
    const maps = [...packed].filter((file) => file.endsWith('.map'));
    assert.ok(maps.length > 0, 'expected source maps next to the modules');
    const broken = [];
    for (const map of maps) {
      const { sources, sourcesContent = [] } = readJson(map);
      sources.forEach((source, index) => {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(map), source));
        if (typeof sourcesContent[index] !== 'string' && !packed.has(target)) broken.push(`${map} → ${source}`);
      });
    }
    assert.deepEqual(broken, []);
  });

  test('every relative import in dist/ (code and types) reaches a shipped file', () => {
    const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"`])(\.{1,2}\/[^'"`]+)\1/g;
    const unresolved = [];
    for (const file of [...packed].filter((f) => /^dist\/.*\.(js|d\.ts)$/.test(f))) {
      for (const [, , specifier] of read(file).matchAll(importPattern)) {
        let target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
        if (file.endsWith('.d.ts')) target = target.replace(/\.js$/, '.d.ts');
        if (!packed.has(target)) unresolved.push(`${file} → ${specifier}`);
      }
    }
    assert.deepEqual(unresolved, []);
  });

  test('the npm modules keep bare imports of their dependencies', () => {
    const source = read('dist/sspr-code-help.js');
    assert.match(source, /from ['"]lit['"]/);
    for (const dependency of Object.keys(pkg.dependencies)) {
      assert.ok(!packed.has(`node_modules/${dependency}/package.json`), `${dependency} must not be bundled`);
    }
  });
});

describe('package.json', () => {
  test('exports: element, define, the Okta modules, react and the typings, each with `types` first, all shipped', () => {
    for (const subpath of [
      '.',
      './define',
      './okta-classic',
      './okta-identity-engine',
      './okta-sign-in-widget',
      './react',
      './react-jsx',
      './vue',
    ]) {
      const entry = pkg.exports[subpath];
      assert.equal(typeof entry, 'object', `exports["${subpath}"] needs conditions`);
      assert.equal(Object.keys(entry)[0], 'types', `exports["${subpath}"]: "types" must come first`);
      for (const target of Object.values(entry)) {
        assert.ok(packed.has(target.replace(/^\.\//, '')), `exports["${subpath}"] → ${target} is not shipped`);
      }
    }
    for (const field of ['main', 'module', 'types']) {
      if (pkg[field]) assert.ok(packed.has(pkg[field].replace(/^\.\//, '')), `${field} → ${pkg[field]} is not shipped`);
    }
  });

  test('sideEffects: only the registering module (and the script-tag file)', () => {
    assert.ok(Array.isArray(pkg.sideEffects), 'sideEffects must list files, not be true/false');
    const matches = (file) =>
      pkg.sideEffects.some((pattern) => {
        const regex = new RegExp(
          `^${pattern
            .replace(/^\.\//, '')
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')}$`,
        );
        return regex.test(file);
      });
    const flagged = [...packed].filter((file) => file.endsWith('.js') && matches(file)).sort();
    assert.deepEqual(flagged, ['dist/cdn/sspr-code-help.js', 'dist/define.js']);
  });

  test('allowScripts lists every dependency with an install script (npm 11 runs none of them)', () => {
    const lock = readJson('package-lock.json');
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([location]) => location.replace(/^.*node_modules\//, ''));
    // each was reviewed: puppeteer's download is off (.puppeteerrc.cjs), geckodriver and edgedriver
    // download only when *_AUTO_INSTALL is set, esbuild and rs-module-lexer work without theirs
    assert.deepEqual(
      [...new Set(withScripts)].filter((name) => !(name in (pkg.allowScripts ?? {}))).sort(),
      [],
      'a new install script: review it, then `npm install-scripts deny <name>` (or approve)',
    );
  });

  test('customElements names the shipped manifest', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(packed.has(pkg.customElements));
  });
});

describe('script-tag build (dist/cdn)', () => {
  const main = 'dist/cdn/sspr-code-help.js';
  const placement = cdnChunk('placement');
  const serverAnswers = cdnChunk('server-answers');
  const summary = cdnChunk('summary');
  const popover = cdnChunk('popover');
  const englishRest = cdnChunk('english-rest');
  /** Every chunk the main file may load: dist/cdn/<version>/**.js */
  const chunks = () =>
    readdirSync(path.join(root, `dist/cdn/${pkg.version}`), { recursive: true })
      .map((file) => `dist/cdn/${pkg.version}/${String(file).split(path.sep).join('/')}`)
      .filter((file) => file.endsWith('.js'));

  test('production build: no process.env, no Lit dev mode, no bare imports', () => {
    const source = read(main);
    assert.doesNotMatch(source, /process\.env/);
    assert.doesNotMatch(source, /Lit is in dev mode/);
    assert.doesNotMatch(source, /\bfrom\s*['"`][^./]/, 'a bare import would not load from a script tag');
    assert.doesNotMatch(source, /\bimport\s*\(\s*['"`][^./]/);
    // Self-contained: every chunk it may use is loaded on demand, none before the element works.
    assert.doesNotMatch(source, /(^|[;}\s])import\s*[\w{*]|\bfrom\s*['"`]\.\.?\//, 'a static import of another chunk');
  });

  test('whitespace is stripped, inside Lit templates too', () => {
    const source = read(main);
    assert.ok(source.split('\n').length < 50, 'expected a minified file, not one line per statement');
    assert.doesNotMatch(source, /\n {4,}/, 'indentation left inside a template literal');
  });

  test('loads each other language from beside itself, by a relative import', () => {
    const source = read(main);
    for (const tag of lazyLanguages) {
      const chunk = cdnChunk(`locales/${tag}`).slice('dist/cdn/'.length).replace(/[.-]/g, '\\$&');
      assert.match(source, new RegExp(`import\\(\\s*['"\`]\\./${chunk}['"\`]\\s*\\)`), tag);
    }
    const extraChunks = [...packed]
      .filter((file) => file.startsWith('dist/cdn/') && file.endsWith('.js'))
      .filter(
        (file) =>
          file !== main &&
          file !== placement &&
          file !== serverAnswers &&
          file !== summary &&
          file !== popover &&
          file !== englishRest &&
          !file.startsWith(`dist/cdn/${pkg.version}/locales/`),
      );
    assert.deepEqual(extraChunks, [], 'the script must not need any other chunk');
  });

  test('loads floating-ui (placement) from beside the popover code, only when a panel opens', () => {
    assert.match(read(popover), /import\(\s*['"`]\.\/placement\.js['"`]\s*\)/);
    assert.doesNotMatch(read(main), /computePosition/, 'floating-ui must not be in the main file');
    assert.match(read(placement), /computePosition|getBoundingClientRect/);
  });

  test('no chunk imports the main file (a page loading `sspr-code-help.js?x` would run a second copy)', () => {
    const problems = [];
    for (const chunk of chunks()) {
      for (const [, specifier] of read(chunk).matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"`]([^'"`]+)['"`]/g)) {
        const target = path.posix.join(path.posix.dirname(chunk), specifier);
        if (!specifier.startsWith('.') || target === main) problems.push(`${chunk} imports ${specifier}`);
      }
    }
    assert.ok(chunks().includes(popover) && chunks().includes(placement), 'expected the lazy chunks');
    assert.deepEqual(problems, []);
  });

  test('loads the popover code from beside itself, only in popover mode', () => {
    const name = popover.slice('dist/cdn/'.length).replace(/[.-]/g, '\\$&');
    assert.match(read(main), new RegExp(`import\\(\\s*['"\`]\\./${name}['"\`]\\s*\\)`));
    assert.doesNotMatch(read(main), /\.panel:not\(\.open\)/, 'the popover styles must not be in the main file');
    assert.match(read(popover), /\.panel:not\(\.open\)/);
  });

  test(`main file within its gzip budget (${BUDGET.main / 1024} KB)`, () => {
    const size = gzipSize(main);
    assert.ok(size <= BUDGET.main, `${main} is ${(size / 1024).toFixed(2)} KB gzip -9`);
  });

  test(`each language chunk weighs at most ${LANGUAGE_RATIO} × the English chunk and little more than its text`, () => {
    const problems = [];
    const english = englishChunkWeight(root);
    for (const tag of lazyLanguages) {
      const chunk = cdnChunk(`locales/${tag}`);
      const size = gzipSize(chunk);
      const text = gzipSync(JSON.stringify(readJson(`locales/${tag}/translation.json`)), { level: 9 }).length;
      const weight = chunkWeight(path.join(root, chunk));
      if (weight > LANGUAGE_RATIO * english)
        problems.push(`${tag}: weighs ${weight} B, ${(weight / english).toFixed(2)} × English (${english} B)`);
      if (size > text + 256) problems.push(`${tag}: ${size} B gzip for ${text} B of translation`);
    }
    assert.deepEqual(problems, []);
  });
});

describe('custom-elements.json', () => {
  const manifest = readJson('custom-elements.json');
  const declarations = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => ({ mod, d })));
  const element = declarations.find(({ d }) => d.customElement && d.tagName === TAG);
  const names = (list) => (list ?? []).map((item) => item.name);

  test('declares the tag, in a shipped module, registered by the define module', () => {
    assert.ok(element, `no custom element with tagName "${TAG}"`);
    assert.ok(packed.has(element.mod.path), `module path ${element.mod.path} is not shipped`);
    const definitions = manifest.modules.flatMap((mod) =>
      (mod.exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition')
        .map((entry) => ({ mod, entry })),
    );
    assert.ok(
      definitions.some(({ mod, entry }) => entry.name === TAG && mod.path === 'dist/define.js'),
      'dist/define.js should export the custom-element-definition of the tag',
    );
  });

  test('attributes of the public contract', () => {
    const expected = [
      'channel',
      'lang',
      'last-sent',
      'cooldown',
      'mode',
      'for',
      'settings-url',
      'signin-url',
      'support-url',
      'support-email',
      'support-phone',
      'status-url',
      'phone-hint',
      'okta-verify',
      'storage',
      'theme',
      'channels',
    ];
    const documented = names(element.d.attributes);
    assert.deepEqual(
      expected.filter((name) => !documented.includes(name)),
      [],
    );
    for (const attribute of element.d.attributes)
      assert.ok(attribute.description, `@attr ${attribute.name} has no text`);
  });

  test('events, each with a description and a typed detail', () => {
    const expected = [
      'sspr-step',
      'sspr-retry',
      'sspr-resolved',
      'sspr-switch-factor',
      'sspr-switch-channel',
      'sspr-escalate',
    ];
    assert.deepEqual(
      expected.filter((name) => !names(element.d.events).includes(name)),
      [],
    );
    for (const event of element.d.events) {
      assert.ok(event.description, `@fires ${event.name} has no text`);
      assert.match(event.type?.text ?? '', /^CustomEvent<\w+>$/, `${event.name} has no typed detail`);
    }
  });

  test('CSS parts: the stable hooks of the contract', () => {
    const parts = names(element.d.cssParts);
    assert.deepEqual(
      ['timer', 'retry', 'panel', 'trigger'].filter((name) => !parts.includes(name)),
      [],
    );
  });

  test('CSS custom properties: --sspr- accent, text, background, font, radius, spacing', () => {
    const properties = names(element.d.cssProperties);
    assert.ok(properties.length > 0);
    assert.deepEqual(
      properties.filter((name) => !name.startsWith('--sspr-')),
      [],
    );
    const expected = ['accent', 'text', 'background', 'font', 'radius', 'spacing'].map((n) => `--sspr-${n}`);
    assert.deepEqual(
      expected.filter((name) => !properties.includes(name)),
      [],
    );
  });

  test('documents every part and --sspr- property that src/ uses', () => {
    const sources = readdirSync(path.join(root, 'src'), { recursive: true })
      .filter((file) => String(file).endsWith('.ts'))
      .map((file) => read(path.join('src', String(file))))
      .join('\n');
    const usedParts = new Set(
      [...sources.matchAll(/\bpart="([^"$]+)"/g)].flatMap((match) => match[1].trim().split(/\s+/)),
    );
    const usedProperties = new Set([...sources.matchAll(/var\((--sspr-[\w-]+)/g)].map((match) => match[1]));
    const parts = names(element.d.cssParts);
    const properties = names(element.d.cssProperties);
    assert.deepEqual(
      {
        undocumentedParts: [...usedParts].filter((name) => !parts.includes(name)).sort(),
        undocumentedProperties: [...usedProperties].filter((name) => !properties.includes(name)).sort(),
      },
      { undocumentedParts: [], undocumentedProperties: [] },
      'add @csspart / @cssprop lines to the class JSDoc in src/sspr-code-help.ts',
    );
  });

  test('public methods and properties, no private members', () => {
    const members = element.d.members ?? [];
    const memberNames = names(members);
    for (const name of ['retryHandler', 'strings', 'markSent', 'restart', 'show', 'hide']) {
      assert.ok(memberNames.includes(name), `member ${name} missing`);
    }
    assert.deepEqual(
      members.filter((m) => m.privacy === 'private').map((m) => m.name),
      [],
    );
  });
});

describe('README', () => {
  test('shows the exact embed snippet of examples/plain.html', () => {
    const example = read('examples/plain.html');
    const snippet = example.match(/<!-- snippet:start -->\n([\s\S]*?)\n\s*<!-- snippet:end -->/)?.[1];
    assert.ok(snippet, 'examples/plain.html has no snippet markers');
    const squash = (text) => text.replace(/\s+/g, ' ').trim();
    assert.ok(
      squash(read('README.md')).includes(squash(snippet)),
      'README.md does not show the snippet of examples/plain.html',
    );
  });
});

describe('the download (integrity.json, licences, release archive)', () => {
  const cdn = path.join(root, 'dist/cdn');
  const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const cdnFiles = () =>
    readdirSync(cdn, { recursive: true })
      .map((file) => String(file).split(path.sep).join('/'))
      .filter((file) => statSync(path.join(cdn, file)).isFile())
      .sort();

  test('integrity.json has the sha384 of every other file in dist/cdn, and nothing else', () => {
    const integrity = readJson('dist/cdn/integrity.json');
    assert.equal(integrity.version, pkg.version);
    const expected = Object.fromEntries(
      cdnFiles()
        .filter((file) => file !== 'integrity.json')
        .map((file) => [file, sri(readFileSync(path.join(cdn, file)))]),
    );
    assert.deepEqual(integrity.files, expected);
  });

  test('the licence and the third-party notices sit beside the script, and every bundled package is named', () => {
    assert.equal(read('dist/cdn/LICENSE'), read('LICENSE'));
    assert.match(read('LICENSE'), /^MIT License/);
    const notices = read('dist/cdn/THIRD-PARTY-NOTICES.md');
    for (const name of ['lit-html', 'lit-element', '@lit/reactive-element', 'i18next', '@floating-ui/dom']) {
      assert.match(notices, new RegExp(`^## ${name.replace('/', '\\/')} `, 'm'), name);
    }
    assert.ok(packed.has('dist/cdn/THIRD-PARTY-NOTICES.md') && packed.has('LICENSE'));
  });

  test(`dist/${pkg.name}-${pkg.version}.zip holds dist/cdn byte for byte, in a folder named after the package`, () => {
    const zip = readFileSync(path.join(root, `dist/${pkg.name}-${pkg.version}.zip`));
    const entries = readZip(zip);
    const folder = `${pkg.name}/`;
    assert.deepEqual(
      [...entries.keys()].sort(),
      cdnFiles().map((file) => folder + file),
    );
    for (const [name, bytes] of entries) {
      assert.ok(bytes.equals(readFileSync(path.join(cdn, name.slice(folder.length)))), name);
    }
    assert.ok(
      ![...packed].some((file) => file.endsWith('.zip')),
      'the archive is a download, not part of the npm package',
    );
  });
});

describe('editor data', () => {
  test('VS Code custom data and web-types list every attribute of the manifest, with its values', () => {
    const vscode = readJson('dist/vscode.html-custom-data.json');
    const webTypes = readJson('dist/web-types.json');
    assert.equal(pkg['web-types'], './dist/web-types.json');
    const tag = vscode.tags.find((entry) => entry.name === TAG);
    const element = webTypes.contributions.html.elements.find((entry) => entry.name === TAG);
    const channel = tag.attributes.find((attribute) => attribute.name === 'channel');
    assert.deepEqual(
      channel.values.map((value) => value.name),
      ['sms', 'voice'],
    );
    const theme = element.attributes.find((attribute) => attribute.name === 'theme');
    assert.deepEqual(
      theme.values.map((value) => value.name),
      ['auto', 'light', 'dark'],
    );
    const manifest = readJson('custom-elements.json');
    const declared = manifest.modules
      .flatMap((mod) => mod.declarations ?? [])
      .find((d) => d.tagName === TAG)
      .attributes.map((attribute) => attribute.name);
    assert.deepEqual(
      tag.attributes.map((attribute) => attribute.name),
      declared,
    );
    assert.deepEqual(
      element.attributes.map((attribute) => attribute.name),
      declared,
    );
  });

  test('custom-elements.json: attribute types are literal unions, CSS properties have defaults', () => {
    const manifest = readJson('custom-elements.json');
    const element = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === TAG);
    const typeOf = (name) => element.attributes.find((attribute) => attribute.name === name).type.text;
    assert.equal(typeOf('channel'), "'sms' | 'voice' | null");
    assert.equal(typeOf('storage'), "'session' | 'local' | 'none' | null");
    const accent = element.cssProperties.find((property) => property.name === '--sspr-accent');
    assert.equal(accent.default, '#1662dd');
  });
});

/** Entries of a zip file (central directory; stored or deflated), name → bytes. */
function readZip(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra;
  }
  return entries;
}
