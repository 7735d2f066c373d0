import type { Plugin } from 'vite';

/**
 * `npm start` only:
 * - the server's root (the address vite prints) and the browser's automatic
 *   /favicon.ico request lead to the demo and its icon (no 404s);
 * - the lazy translations load: the dev server serves JSON as a JavaScript
 *   module, which a dynamic `import(…, { with: { type: 'json' } })` refuses,
 *   so the attribute is dropped from the loaders here (builds keep it).
 */
export function demoRoot(): Plugin {
  const redirects: Record<string, string> = {
    '/': '/demo/',
    '/index.html': '/demo/',
    '/favicon.ico': '/demo/favicon.svg',
  };
  return {
    name: 'sspr-demo-root',
    apply: 'serve',
    enforce: 'pre',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const target = redirects[(request.url ?? '').split('?')[0]];
        if (!target) {
          next();
          return;
        }
        response.statusCode = 302;
        response.setHeader('Location', target);
        response.end();
      });
    },
    transform(code, id) {
      if (!id.endsWith('/src/i18n/locale-loaders.ts')) return null;
      return code.replace(/,\s*\{\s*with:\s*\{\s*type:\s*['"]json['"]\s*\}\s*\}\)/g, ')');
    },
  };
}
