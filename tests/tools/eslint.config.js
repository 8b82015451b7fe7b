// Lint rules (run as `npm run lint`, from the repository root), above all the layer boundaries of docs/ARCHITECTURE.md: which folder of src/ may
// import which, and which single module is home to each heavy library.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LAYERS = ['domain', 'lib', 'catalog', 'i18n', 'db', 'state', 'routing', 'demo', 'report', 'charts', 'components', 'interchange', 'features', 'app'];

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
  { names: ['dexie', 'dexie-react-hooks'], home: 'db', message: 'Dexie is used only in src/db/; go through queries, commands or live hooks.' },
  // One store primitive (docs/adr/0010): zustand stores hold UI state (state/) and the edit session (db/).
  { names: ['zustand', 'zustand/*'], home: ['state', 'db'], message: 'zustand is used only in src/state/ and src/db/ (docs/adr/0010).' },
  { names: ['recharts'], home: 'charts', message: 'recharts is used only in src/charts/.' },
  { names: ['jspdf', 'jspdf-autotable', 'svg2pdf.js', 'pdf-lib', 'bidi-js'], home: 'report', message: 'jsPDF, its plugins, pdf-lib and bidi-js are used only in src/report/.' },
  { names: ['@tanstack/react-table'], home: 'features/indicator-table', message: 'TanStack Table is used only in src/features/indicator-table/.' },
  { names: ['i18next', 'react-i18next'], home: 'i18n', message: 'i18next is used only in src/i18n/; use useT or translatorFor.' },
  { names: ['papaparse'], home: 'interchange', message: 'papaparse is used only in src/interchange/.' },
  { names: ['write-excel-file', 'write-excel-file/*', 'read-excel-file', 'read-excel-file/*'], home: 'interchange', message: 'The XLSX libraries are used only in src/interchange/ (spreadsheet-xlsx.ts, loaded on demand).' },
];

/** Layers that must stay free of React so they run in Node (tests, the report command). */
const REACT_FREE = ['domain', 'lib', 'catalog', 'demo', 'report', 'interchange'];

function restrictionsFor(layer, subPath = layer) {
  const allowed = new Set([layer, ...MAY_IMPORT[layer]]);
  const patterns = [
    { group: ['../*'], message: 'Import across folders with the @/ alias, not ../ paths.' },
    ...LAYERS.filter((other) => !allowed.has(other)).map((other) => ({
      group: [`@/${other}/*`],
      message: `src/${layer}/ may not import src/${other}/ (see docs/ARCHITECTURE.md).`,
    })),
    ...LIBRARY_HOMES.filter((lib) => ![lib.home].flat().some((home) => subPath.startsWith(home))).map((lib) => ({ group: lib.names, message: lib.message })),
  ];
  if (REACT_FREE.includes(layer)) {
    patterns.push({ group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: `src/${layer}/ is framework-free: no React.` });
  }
  if (layer === 'features' || layer === 'app' || layer === 'charts' || layer === 'components') {
    patterns.push({ group: ['@/db/db'], message: 'Use @/db/queries, @/db/commands or @/db/live, not the Dexie instance.' });
  }
  return { patterns };
}

const layerConfigs = LAYERS.filter((layer) => layer !== 'features').map((layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: { 'no-restricted-imports': ['error', restrictionsFor(layer)] },
}));

// Each feature is a vertical slice: it may not import another feature.
const featureConfig = {
  files: ['src/features/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...restrictionsFor('features', 'features/').patterns.filter((p) => !p.group.includes('@tanstack/react-table')),
          { group: ['@/features/*'], message: 'Features do not import each other; compose them in src/app/.' },
        ],
      },
    ],
  },
};
/**
 * A URL from a user or a file becomes a link only through components/ui/safe-link.tsx (issue 16):
 * anywhere else an `<a href={…}>` may only take an app route built by hrefFor().
 */
const COMPUTED_HREF = {
  selector: "JSXOpeningElement[name.name='a'] > JSXAttribute[name.name='href'] > JSXExpressionContainer > :not(CallExpression[callee.name='hrefFor'])",
  message: 'Render URLs with <SafeLink> (src/components/ui/safe-link.tsx); a computed <a href> may only take hrefFor(...).',
};
const safeLinkConfig = {
  files: ['src/**/*.tsx'],
  ignores: ['src/components/ui/safe-link.tsx'],
  rules: { 'no-restricted-syntax': ['error', COMPUTED_HREF] },
};
const tableHomeConfig = {
  files: ['src/features/**/*.{ts,tsx}'],
  ignores: ['src/features/indicator-table/**'],
  rules: { 'no-restricted-syntax': ['error', { selector: "ImportDeclaration[source.value='@tanstack/react-table']", message: LIBRARY_HOMES[4].message }, COMPUTED_HREF] },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'bench-output/**', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
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
  ...layerConfigs,
  featureConfig,
  safeLinkConfig,
  tableHomeConfig,
  {
    files: ['tests/**/*.{ts,tsx}', 'tests/**/*.mjs'],
    rules: { 'no-console': 'off', 'max-lines': 'off' },
  },
);
