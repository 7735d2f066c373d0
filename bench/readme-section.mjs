/**
 * Writes generated text into README.md between `<!-- NAME:start -->` and `<!-- NAME:end -->`,
 * inside the "Size and speed" section (added before "## Development", or at the end, if missing).
 * Nothing else in the README is touched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const README = path.join(root, 'README.md');
const SECTION = '## Size and speed';

const SECTION_TEXT = `${SECTION}

Measured by \`npm run size\` (it fails when a budget is exceeded; \`npm run verify\` runs it) and
\`npm run bench\` (headless Chromium on a 2-core machine: compare the ratios, not the milliseconds).

<!-- size:start -->
<!-- size:end -->

<!-- bench:start -->
<!-- bench:end -->
`;

/** @param {'size' | 'bench'} name @param {string} body markdown, without the markers */
export function writeReadmeSection(name, body) {
  let text = readFileSync(README, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!text.includes(start) || !text.includes(end)) {
    if (!text.includes(SECTION)) {
      const development = text.indexOf('\n## Development');
      text =
        development === -1
          ? `${text.trimEnd()}\n\n${SECTION_TEXT}`
          : `${text.slice(0, development + 1)}${SECTION_TEXT}\n${text.slice(development + 1)}`;
    } else {
      const at = text.indexOf(SECTION) + SECTION.length;
      text = `${text.slice(0, at)}\n\n${start}\n${end}${text.slice(at)}`;
    }
  }
  const from = text.indexOf(start) + start.length;
  const to = text.indexOf(end);
  const next = `${text.slice(0, from)}\n${body.trim()}\n${text.slice(to)}`;
  if (next !== text) writeFileSync(README, next);
}
