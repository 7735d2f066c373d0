// Loads the built script; with `?gate=<name>` in this page's address, from under /gated/<name>/,
// where chunk-gate.mjs holds its english-rest.js back until the test lets it through.
const gate = new URLSearchParams(location.search).get('gate');
const script = document.createElement('script');
script.type = 'module';
script.src = `${gate ? `/gated/${gate}` : ''}/dist/cdn/sspr-code-help.js`;
document.head.append(script);
