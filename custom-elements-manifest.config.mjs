/**
 * `custom-elements.json` (the package.json `customElements` field), generated from the class
 * JSDoc in src/ (`@tag`, `@attr`, `@fires`, `@csspart`, `@cssprop`) by
 * @custom-elements-manifest/analyzer. `npm run build` runs it after `tsc`.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  // Lit decorators (@property / @state) become attributes and fields.
  litelement: true,
  // package.json already names the manifest; a build must not rewrite package.json.
  packagejson: false,
  plugins: [eventDetailTypes(), publicApiOnly(), shippedPaths()],
};

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
