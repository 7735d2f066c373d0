import type { Plugin } from 'vite';

/**
 * `npm start` prints the server's root: send it to the demo, and the
 * browser's automatic /favicon.ico request to the demo's icon (no 404s).
 */
export function demoRoot(): Plugin {
  const redirects: Record<string, string> = {
    '/': '/demo/',
    '/index.html': '/demo/',
    '/favicon.ico': '/demo/favicon.svg',
  };
  return {
    name: 'sspr-demo-root',
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
  };
}
