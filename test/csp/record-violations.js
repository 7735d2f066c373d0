// Loaded first by the strict pages (an external classic script: inline ones are blocked there).
// Records every CSP / Trusted Types violation and every uncaught error, for csp.test.ts to read.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.cspViolations.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
    );
  },
  true,
);
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message || event.error)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
