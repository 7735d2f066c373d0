/**
 * `custom-elements.json` (the package.json `customElements` field), generated from the class
 * JSDoc in src/ (`@tag`, `@attr`, `@fires`, `@csspart`, `@cssprop`) by
 * @custom-elements-manifest/analyzer. `npm run build` runs it after `tsc`.
 */
import { readFileSync } from 'node:fs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  // Lit decorators (@property / @state) become attributes and fields.
  litelement: true,
  // package.json already names the manifest; a build must not rewrite package.json.
  packagejson: false,
  plugins: [eventDetailTypes(), literalTypes(), cssPropertyDefaults(), publicApiOnly(), shippedPaths()],
};

/**
 * Property and attribute types name aliases (`Channel | null`); tools reading the manifest
 * (editor completion, docs) need the values. Replace every alias of a union of literals
 * declared in src/ (e.g. src/attribute-types.ts, src/config.ts) by its union.
 */
function literalTypes() {
  /** @type {Map<string, string>} alias → its type text, e.g. Channel → 'sms' | 'voice' */
  const aliases = new Map();
  const isLiteral = (ts, type) =>
    ts.isLiteralTypeNode(type) ||
    ts.isTemplateLiteralTypeNode(type) ||
    (ts.isUnionTypeNode(type) && type.types.every((member) => isLiteral(ts, member)));
  const expand = (text) => {
    let result = text;
    for (let pass = 0; pass < 5; pass += 1) {
      const next = result.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) ?? name);
      if (next === result) break;
      result = next;
    }
    return result;
  };
  return {
    name: 'literal-types',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node) && isLiteral(ts, node.type)) {
        aliases.set(node.name.text, node.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of allDeclarations(customElementsManifest)) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (item.type?.text) item.type.text = expand(item.type.text);
        }
      }
    },
  };
}

/**
 * `--sspr-*` defaults in the manifest's own field (`default`), read from the light theme's
 * `var(--sspr-name, default)` fallbacks in src/styles.ts, where they are written once.
 */
function cssPropertyDefaults() {
  return {
    name: 'css-property-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const styles = readFileSync(new URL('./src/styles.ts', import.meta.url), 'utf8');
      const light = styles.slice(styles.indexOf('export const styles'));
      /** @type {Map<string, string>} */
      const defaults = new Map();
      for (const [, name, value] of light.matchAll(/var\((--sspr-[\w-]+),\s*([^)]+)\)/g)) {
        if (!defaults.has(name)) defaults.set(name, value.trim());
      }
      for (const declaration of allDeclarations(customElementsManifest)) {
        for (const property of declaration.cssProperties ?? []) {
          const value = defaults.get(property.name);
          if (value && !property.default) property.default = value;
        }
      }
    },
  };
}

/**
 * `@fires name - text` gives no type: take each event's type from the `SsprEventMap`
 * interface in src/events.ts, the same map that types `addEventListener`.
 */
function eventDetailTypes() {
  /** @type {Map<string, string>} event name → type text, e.g. `CustomEvent<StepEventDetail>` */
  const types = new Map();
  return {
    name: 'event-detail-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!moduleDoc.path.endsWith('events.ts')) return;
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'SsprEventMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type || !member.name) continue;
        const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
        types.set(name, member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of allDeclarations(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          const text = types.get(event.name);
          if (text && !event.type) event.type = { text };
        }
      }
    },
  };
}

/** The manifest documents the public API: no `private` or `#private` members. */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of allDeclarations(customElementsManifest)) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
        );
      }
    },
  };
}

/**
 * The analyzer reads src/*.ts, but the package ships dist/*.js (src/ is not published): point
 * every module path at the shipped file, and name the registered tag in the define module's
 * `custom-element-definition` export (the analyzer puts the constant's name there).
 */
function shippedPaths() {
  const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'module' || key === 'path') && typeof inner === 'string') value[key] = toDist(inner);
      else rewrite(inner);
    }
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const tagOf = new Map(
        allDeclarations(customElementsManifest)
          .filter((declaration) => declaration.tagName)
          .map((declaration) => [declaration.name, declaration.tagName]),
      );
      for (const mod of customElementsManifest.modules ?? []) {
        for (const entry of mod.exports ?? []) {
          if (entry.kind !== 'custom-element-definition') continue;
          const tag = tagOf.get(entry.declaration?.name);
          if (tag) entry.name = tag;
        }
      }
      rewrite(customElementsManifest.modules);
    },
  };
}

function allDeclarations(manifest) {
  return (manifest.modules ?? []).flatMap((mod) => mod.declarations ?? []);
}
