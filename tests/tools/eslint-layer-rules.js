// The layer rules of docs/ARCHITECTURE.md as one ESLint rule, so a static import, a re-export and a
// dynamic import() are held to the same boundaries (core no-restricted-imports skips import()).
import path from 'node:path';

/** The src/ folder a file is in ('features/profile/x.tsx' → layer 'features'), or null outside src/. */
function placeOf(filename, cwd) {
  const relative = path.relative(cwd, filename).split(path.sep).join('/');
  if (!relative.startsWith('src/')) return null;
  const inSrc = relative.slice('src/'.length);
  const [layer, ...rest] = inSrc.split('/');
  return { inSrc, layer: rest.length === 0 ? null : layer };
}

const matchesName = (specifier, pattern) => {
  const name = pattern.replace(/\/\*$/, ''); // 'zustand/*' names the package's subpaths too
  return specifier === name || specifier.startsWith(`${name}/`);
};

/** Why `specifier` may not be imported from a file at `place`, or null when it may. */
function violation(specifier, place, options) {
  const { layer, inSrc } = place;
  if (specifier.startsWith('../')) return 'Import across folders with the @/ alias, not ../ paths.';
  if (specifier.startsWith('@/')) {
    const target = specifier.slice(2).split('/')[0];
    if (layer === 'features' && target === 'features') return 'Features do not import each other; compose them in src/app/.';
    const allowed = layer === 'app' ? options.layers : [layer, ...(options.mayImport[layer] ?? [])];
    if (options.layers.includes(target) && !allowed.includes(target))
      return `src/${layer}/ may not import src/${target}/ (see docs/ARCHITECTURE.md).`;
    if (options.noDexieInstance.includes(layer) && (specifier === '@/db/db' || specifier === '@/db/db.ts')) {
      return 'Use @/db/queries, @/db/commands or @/db/live, not the Dexie instance.';
    }
    return null;
  }
  for (const library of options.libraryHomes) {
    if (!library.names.some((name) => matchesName(specifier, name))) continue;
    const homes = [library.home].flat();
    if (!homes.some((home) => inSrc.startsWith(`${home}/`))) return library.message;
  }
  if (options.reactFree.includes(layer) && ['react', 'react-dom'].some((name) => matchesName(specifier, name))) {
    return `src/${layer}/ is framework-free: no React.`;
  }
  return null;
}

const imports = {
  meta: {
    type: 'problem',
    docs: { description: 'Layer boundaries and library homes for import, export-from and import().' },
    schema: [{ type: 'object', additionalProperties: true }],
  },
  create(context) {
    const options = context.options[0];
    const place = placeOf(context.filename, context.cwd);
    if (!place || place.layer === null || !options.layers.includes(place.layer)) return {};
    const check = (node, source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') {
        if (node.type === 'ImportExpression' && source?.type !== 'Literal') {
          // A computed specifier would hide its target from every check here.
          context.report({ node, message: 'import() takes a string literal, so the layer rules can check it.' });
        }
        return;
      }
      const message = violation(source.value, place, options);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

/** Code lives in a layer folder; the only file at the root of src/ is the entry, main.tsx. */
const placement = {
  meta: {
    type: 'problem',
    docs: { description: 'Every source file sits in a layer folder of src/.' },
    schema: [{ type: 'object', additionalProperties: true }],
  },
  create(context) {
    const options = context.options[0];
    const place = placeOf(context.filename, context.cwd);
    if (!place || options.rootFiles.includes(place.inSrc)) return {};
    const message =
      place.layer === null
        ? `Only ${options.rootFiles.join(', ')} may sit at the root of src/; put this file in a layer folder (docs/ARCHITECTURE.md).`
        : options.layers.includes(place.layer)
          ? null
          : `src/${place.layer}/ is not a layer of docs/ARCHITECTURE.md; put this file in one of: ${options.layers.join(', ')}.`;
    return message ? { Program: (node) => context.report({ node, message }) } : {};
  },
};

export default { meta: { name: 'mgi-layers' }, rules: { imports, placement } };
