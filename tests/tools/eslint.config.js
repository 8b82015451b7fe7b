// Lint rules (run as `npm run lint`, from the repository root), above all the layer boundaries of docs/ARCHITECTURE.md: which folder of src/ may
// import which, and which single module is home to each heavy library.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layerRules from './eslint-layer-rules.js';

const LAYERS = [
  'domain',
  'lib',
  'catalog',
  'i18n',
  'db',
  'state',
  'routing',
  'demo',
  'report',
  'charts',
  'components',
  'interchange',
  'features',
  'app',
];

/** What each layer may import from src/ (besides itself). features/ and app/ are handled below. */
const MAY_IMPORT = {
  domain: [],
  lib: [],
  catalog: ['domain', 'lib'],
  i18n: ['domain', 'lib'],
  db: ['domain', 'lib'],
  state: ['domain', 'lib'],
  routing: ['lib'],
  demo: ['domain', 'lib', 'catalog'],
  interchange: ['domain', 'lib', 'catalog', 'i18n'],
  // demo: the headless report command (src/report/cli.ts) builds the demo with --demo.
  report: ['domain', 'lib', 'catalog', 'i18n', 'demo'],
  charts: ['domain', 'lib', 'i18n', 'components'],
  components: ['domain', 'lib', 'i18n'],
  features: ['domain', 'lib', 'catalog', 'i18n', 'db', 'state', 'routing', 'demo', 'report', 'charts', 'components', 'interchange'],
  app: LAYERS,
};

/** The one home of each heavy library. Anywhere else, importing it fails with this message. */
const LIBRARY_HOMES = [
  {
    names: ['dexie', 'dexie-react-hooks'],
    home: 'db',
    message: 'Dexie is used only in src/db/; go through queries, commands or live hooks.',
  },
  // One store primitive (docs/adr/0010): UI state (state/), the edit session (db/), the hash (routing/),
  // the language (i18n/) and the loaded catalogues (app/) are zustand vanilla stores; screens use their hooks.
  {
    names: ['zustand', 'zustand/*'],
    home: ['state', 'db', 'routing', 'i18n', 'app'],
    message: 'zustand stores live in src/state/, src/db/, src/routing/, src/i18n/ and src/app/ (docs/adr/0010); use their hooks.',
  },
  { names: ['recharts'], home: 'charts', message: 'recharts is used only in src/charts/.' },
  {
    names: ['jspdf', 'jspdf-autotable', 'pdf-lib', 'bidi-js'],
    home: 'report',
    message: 'jsPDF, its plugins, pdf-lib and bidi-js are used only in src/report/.',
  },
  {
    names: ['@tanstack/react-table'],
    home: 'features/indicator-table',
    message: 'TanStack Table is used only in src/features/indicator-table/.',
  },
  { names: ['i18next', 'react-i18next'], home: 'i18n', message: 'i18next is used only in src/i18n/; use useT or translatorFor.' },
  { names: ['papaparse'], home: 'interchange', message: 'papaparse is used only in src/interchange/.' },
  {
    names: ['write-excel-file', 'write-excel-file/*', 'read-excel-file', 'read-excel-file/*'],
    home: 'interchange',
    message: 'The XLSX libraries are used only in src/interchange/ (spreadsheet-xlsx.ts, loaded on demand).',
  },
];

/** Layers that must stay free of React so they run in Node (tests, the report command). */
const REACT_FREE = ['domain', 'lib', 'catalog', 'demo', 'report', 'interchange'];

/** Layers whose files may not reach the Dexie instance (db/db.ts) directly. */
const NO_DEXIE_INSTANCE = ['features', 'app', 'charts', 'components'];

/** One rule checks import, export … from and import() alike (tests/tools/eslint-layer-rules.js). */
const layerOptions = {
  layers: LAYERS,
  mayImport: MAY_IMPORT,
  libraryHomes: LIBRARY_HOMES,
  reactFree: REACT_FREE,
  noDexieInstance: NO_DEXIE_INSTANCE,
};
const layerConfig = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { layers: layerRules },
  rules: {
    'layers/imports': ['error', layerOptions],
    'layers/placement': ['error', { layers: LAYERS, rootFiles: ['main.tsx'] }],
  },
};

/**
 * A URL from a user or a file becomes a link only through components/ui/safe-link.tsx (issue 16):
 * anywhere else an `<a href={…}>` may only take an app route built by hrefFor().
 */
const COMPUTED_HREF = {
  selector:
    "JSXOpeningElement[name.name='a'] > JSXAttribute[name.name='href'] > JSXExpressionContainer > :not(CallExpression[callee.name='hrefFor'])",
  message: 'Render URLs with <SafeLink> (src/components/ui/safe-link.tsx); a computed <a href> may only take hrefFor(...).',
};
const safeLinkConfig = {
  files: ['src/**/*.tsx'],
  ignores: ['src/components/ui/safe-link.tsx'],
  rules: { 'no-restricted-syntax': ['error', COMPUTED_HREF] },
};

/**
 * Screens draw charts through charts/lazy-charts.tsx: importing a chart file directly would pull
 * recharts back into the profile's first chunk and hold its text up (docs/PERFORMANCE.md).
 */
const lazyChartsConfig = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/charts/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/charts/*-chart', '@/charts/*-charts', '!@/charts/lazy-charts'],
            message: 'Draw charts through @/charts/lazy-charts, so recharts loads on demand.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  // tests/fixtures/lint/ holds deliberate breaches, linted on their own by tests/unit/lint-rules.test.ts.
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'bench-output/**', 'dev-dist/**', 'tests/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  layerConfig,
  safeLinkConfig,
  lazyChartsConfig,
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    // Type-aware rules: each file is checked with the tsconfig.json nearest to it.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: process.cwd() } },
    rules: {
      // A cycle lets module order decide what is initialised, and the bundler splits it unpredictably.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // A promise nobody awaits loses its failure; `void` marks the few that are fire-and-forget on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'tests/**/*.mjs'],
    rules: { 'no-console': 'off', 'max-lines': 'off' },
  },
);
