import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/*
 * Imports run one way: content → domain → state → ui → app. Each layer lists what it must not
 * import; type-only imports are allowed, since types vanish at build time. Inside ui/, features
 * use components/ and lib/, never each other: what two features share moves down.
 * Type-aware rules catch a missed case in a switch over a union, and a promise nobody awaits.
 */
const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, allowTypeImports: true })) }],
});
const layer = (files, patterns, extra = {}) => ({ files, rules: { ...restrict(patterns), ...extra } });

const noReact = {
  group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'wouter', 'wouter/*'],
  message: 'Pure code: no React, store or router here.',
};
const noState = { group: ['**/state/**'], message: 'Only ui/ and app/ may use the store.' };
const noUi = { group: ['**/ui/**'], message: 'ui/ is above this layer.' };
const noApp = { group: ['**/app/**'], message: 'app/ is the top layer; nothing imports it.' };
const noDomain = { group: ['**/domain/**'], message: 'content/ is the bottom layer.' };
const noFeatures = { group: ['**/features/**'], message: 'Generic pieces take props and return markup: they never reach into a feature.' };
const noComponents = { group: ['**/components/**'], message: 'lib/ holds browser helpers, not components.' };

const FEATURES = ['explore', 'questionnaire', 'result', 'plan', 'review', 'workshop'];
/** A feature may not import another feature's insides: shared pieces belong in components/ or lib/. */
const featureZones = FEATURES.map((feature) =>
  layer(
    [`src/ui/features/${feature}/**`],
    [
      noApp,
      {
        group: FEATURES.filter((f) => f !== feature).flatMap((f) => [`**/features/${f}/**`, `../${f}/**`]),
        message: `The ${feature} feature may not import another feature. Move what they share to ui/components or ui/lib.`,
      },
    ],
  ),
);

// Pure code has no clock, randomness, DOM or timers: the same answers must give the same result everywhere.
const impure = [
  'Date',
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'performance',
  'crypto',
  'globalThis',
  'setTimeout',
  'setInterval',
  'fetch',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.audit', '.prerender', 'coverage', 'tests/lint-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a zod enum or a union of literals, not enum.' },
        { selector: 'TSAsExpression > TSAsExpression', message: 'No double casts: parse or narrow the value instead.' },
      ],
    },
  },
  {
    // Ambient module declarations cannot import relative modules, so they name types with import().
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }] },
  },
  {
    // Plain JavaScript scripts run in Node without types.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  layer(['src/content/**'], [noReact, noDomain, noState, noUi, noApp]),
  layer(['src/domain/**'], [noReact, noState, noUi, noApp], {
    'no-restricted-globals': ['error', ...impure],
    'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Scoring must be deterministic.' }],
  }),
  layer(['src/state/**'], [noUi, noApp]),
  layer(['src/ui/components/**'], [noApp, noFeatures]),
  layer(['src/ui/lib/**'], [noApp, noFeatures, noComponents]),
  ...featureZones,
  prettier,
);
