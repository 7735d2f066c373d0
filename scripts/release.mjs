/**
 * `npm run build`, last steps: what an intranet author downloads instead of building.
 *
 *   dist/cdn/THIRD-PARTY-NOTICES.md  the licences of every package bundled into dist/cdn (read from
 *                                    the source maps, so the list is exactly what was bundled)
 *   dist/cdn/LICENSE                 this package's licence, beside the script
 *   dist/cdn/integrity.json          sha384 Subresource Integrity of every file in dist/cdn
 *   dist/sspr-code-help-<version>.zip  dist/cdn in a folder `sspr-code-help/` (the chunks inside are
 *                                    in `<version>/` already)
 *
 * The zip is written here with node:zlib (no archiver dependency): stored entries for
 * compressed-already files would gain nothing, so every entry is deflated.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/** Every file under `dir`, as sorted posix paths relative to it. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

export const sriOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Package directory names (`lit-html`, `@floating-ui/dom`) named in the source maps' sources. */
function bundledPackages(cdn) {
  const names = new Set();
  for (const file of listFiles(cdn).filter((name) => name.endsWith('.js.map'))) {
    for (const source of JSON.parse(readFileSync(path.join(cdn, file), 'utf8')).sources ?? []) {
      const match = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
      if (match) names.add(match[1]);
    }
  }
  return [...names].sort();
}

function licenceText(packageDir) {
  const file = readdirSync(packageDir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(path.join(packageDir, file), 'utf8').trim() : null;
}

export function writeNotices(root, cdn) {
  const sections = bundledPackages(cdn).map((name) => {
    const dir = path.join(root, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const text = licenceText(dir);
    if (!text) throw new Error(`${name}: no licence file in node_modules/${name}`);
    return `## ${name} ${pkg.version} (${pkg.license})\n\n\`\`\`text\n${text}\n\`\`\``;
  });
  writeFileSync(
    path.join(cdn, 'THIRD-PARTY-NOTICES.md'),
    `# Third-party notices\n\nThe files in this folder bundle the following packages, under their licences:\n\n${sections.join('\n\n')}\n`,
  );
  copyFileSync(path.join(root, 'LICENSE'), path.join(cdn, 'LICENSE'));
}

/** integrity.json: `{ version, files: { "<path>": "sha384-…" } }` for every other file in dist/cdn. */
export function writeIntegrity(cdn, version) {
  const files = {};
  for (const file of listFiles(cdn)) {
    if (file !== 'integrity.json') files[file] = sriOf(readFileSync(path.join(cdn, file)));
  }
  writeFileSync(
    path.join(cdn, 'integrity.json'),
    `${JSON.stringify({ version, algorithm: 'sha384', files }, null, 2)}\n`,
  );
}

/** A zip of `dir` with every entry under `folder/`. */
export function writeZip(dir, folder, zipPath) {
  const local = [];
  const central = [];
  let offset = 0;
  // fixed time (1 Jan 2000, the DOS epoch is 1980) so equal files give an equal archive
  const dosTime = 0;
  const dosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;
  for (const file of listFiles(dir)) {
    const data = readFileSync(path.join(dir, file));
    const packed = deflateRawSync(data, { level: 9 });
    const name = Buffer.from(`${folder}/${file}`, 'utf8');
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(dosTime, 10);
    header.writeUInt16LE(dosDate, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(dosTime, 12);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    entry.writeUInt32LE(offset, 42);
    local.push(header, name, packed);
    central.push(entry, name);
    offset += header.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(zipPath, Buffer.concat([...local, directory, end]));
}

/** The release steps, in order; returns the archive's path. */
export function writeRelease(root) {
  const cdn = path.join(root, 'dist/cdn');
  const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (!existsSync(cdn)) throw new Error('dist/cdn is missing');
  writeNotices(root, cdn);
  writeIntegrity(cdn, version);
  const zipPath = path.join(root, 'dist', `${name}-${version}.zip`);
  writeZip(cdn, name, zipPath);
  return zipPath;
}
