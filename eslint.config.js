// @ts-check
/**
 * ESLint 9 flat config: typescript-eslint (type-aware), Lit, web-component and lit-a11y rules.
 * `npm run lint` runs it over src/, test/ and demo/ with --max-warnings 0.
 * Every rule switched off or relaxed below says why in one line.
 */
import js from '@eslint/js';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wcPlugin from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'custom-elements.json', 'scripts/tmp/**', '**/*.d.ts'],
  },

  // --- TypeScript sources: the component, its tests and the demo -----------------------------
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'bench/**/*.ts'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.strictTypeChecked,
      litPlugin.configs['flat/recommended'],
      wcPlugin.configs['flat/best-practice'],
      litA11y.configs.recommended,
    ],
    languageOptions: {
      globals: globals.browser,
      parserOptions: {
        // bench/ is outside tsconfig.json (it is built on its own by bench/build-baseline.mjs).
        projectService: { allowDefaultProject: ['bench/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    settings: {
      // The element's base class, so that the wc rules treat LitElement subclasses as elements.
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      // Lit-specific ---------------------------------------------------------------------------
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'lit/prefer-nothing': 'error',
      'lit/no-this-assign-in-render': 'error',

      // Web components -------------------------------------------------------------------------
      // Registration lives in src/define.ts behind a customElements.get() guard (STYLE.md).
      'wc/guard-super-call': 'off', // LitElement always defines connectedCallback: the guard is noise.

      // TypeScript -----------------------------------------------------------------------------
      // Template expressions take numbers (counts, indexes) as often as strings; Lit renders both.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `void promise` marks fire-and-forget calls on purpose (e.g. `void this.show()`).
      '@typescript-eslint/no-confusing-void-expression': [
        'error',
        { ignoreArrowShorthand: true, ignoreVoidOperator: true },
      ],
      // Lit event handlers and controller callbacks are passed as `() => this.x()` arrows; some
      // return a promise that the element tracks itself.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false, arguments: false } },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Off: `x!` is used right after a check the compiler cannot follow; tsc --strict covers the rest.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Off: values from storage, BroadcastChannel, JSON and author markup are typed optimistically;
      // this rule would have the defensive checks at those trust boundaries removed.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Off: `$<T extends Element>(selector)` mirrors querySelector<T>() on purpose.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },

  // --- Tests: chai's expression assertions and non-null shortcuts are the idiom ---------------
  {
    files: ['test/**/*.ts'],
    rules: {
      // `expect(x).to.be.true` is an expression statement by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests query the shadow root and assert; a missing node fails the test either way.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Test doubles stand in for typed APIs (fetch, clients) with loose shapes.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Off: tests reject with Okta-style `{ errorCode }` bodies, as real host pages do.
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      // Empty stubs (`() => {}`) are normal in tests.
      '@typescript-eslint/no-empty-function': 'off',
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise (for its async DOM
      // snapshots), so every `expect(x).to.equal(y)` would read as a floating promise. Only that
      // signature is exempt: a forgotten `await expect(el).to.be.accessible()` is still an error.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
    },
  },

  // --- Plain JS/MJS tooling (scripts, configs): Node globals, no type-aware rules -------------
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  // Plain scripts that run in the page (test fixtures, demo helpers), and the bench driver, whose
  // page.evaluate() callbacks run in the page.
  {
    files: ['test/**/*.js', 'demo/**/*.js', 'bench/**/*.js', 'scripts/bench.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
