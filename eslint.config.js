import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/*
 * Imports run one way: content → domain → state → ui → app. Each layer lists what it must not
 * import; type-only imports are allowed, since types vanish at build time.
 */
const layer = (files, patterns, extra = {}) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, allowTypeImports: true })) }],
    ...extra,
  },
});

const noReact = {
  group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'wouter', 'wouter/*'],
  message: 'Pure code: no React, store or router here.',
};
const noState = { group: ['**/state/**'], message: 'Only ui/ and app/ may use the store.' };
const noUi = { group: ['**/ui/**'], message: 'ui/ is above this layer.' };
const noApp = { group: ['**/app/**'], message: 'app/ is the top layer; nothing imports it.' };
const noDomain = { group: ['**/domain/**'], message: 'content/ is the bottom layer.' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.audit'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a zod enum or a union of literals, not enum.' }],
    },
  },
  layer(['src/content/**'], [noReact, noDomain, noState, noUi, noApp]),
  layer(['src/domain/**'], [noReact, noState, noUi, noApp], {
    // No clock, randomness or DOM: the same answers must give the same result everywhere.
    'no-restricted-globals': ['error', 'Date', 'window', 'document', 'localStorage', 'navigator', 'location'],
    'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Scoring must be deterministic.' }],
  }),
  layer(['src/state/**'], [noUi, noApp]),
  layer(['src/ui/**'], [noApp]),
);
