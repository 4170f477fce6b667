// Lint for src/ (the product), scripts/, bench/ and tests/: typescript-eslint's recommended rules with
// type information off (tsc already type-checks in `npm test`), and React's rules of hooks.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.bench/', 'node_modules/', 'src/generated/', 'solutions/', 'templates/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        structuredClone: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Matching control characters is the point where we strip or show them (src/visible.ts, the
      // text field, pytest's colour codes): those patterns are deliberate.
      'no-control-regex': 'off',
      // A timer declared before the callback that clears it and set after: const cannot express it.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Under verbatimModuleSyntax `import { type X } from 'y'` stays in the output as `import 'y'`:
      // a side-effect import that once pulled Ink and React into the first paint's chunk.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    // The launcher is CommonJS (bin/package.json): it loads without Node's ESM loader.
    files: ['bin/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Fixtures match YAML and Python by their indentation: eight spaces read better than ' {8}'.
    files: ['tests/**'],
    rules: { 'no-regex-spaces': 'off' },
  },
);
