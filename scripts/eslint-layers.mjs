// An ESLint rule that keeps dependencies pointing one way:
// engine <- shell <- scenario <- replay <- image <- lessons <- session <- store <- ui, and src/ never into
// tools/ or e2e/. It resolves each relative import to the file it names, so
// `../../src/ui/x.ts` and `../ui/x.ts` are judged alike and a folder that only
// shares a layer's name is not mistaken for it.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** Lowest first: a layer may import its own and any lower layer, never a higher one. */
export const LAYERS = ['engine', 'shell', 'scenario', 'replay', 'image', 'lessons', 'session', 'store', 'ui'];

/**
 * Where a file sits: a layer, 'app' for anything else in src/ (main.tsx: it
 * wires everything, so it ranks above ui), or the top folder outside src/.
 */
export function placeOf(absPath) {
  const parts = relative(ROOT, absPath).split(sep);
  if (parts[0] === '..') return 'outside';
  if (parts[0] !== 'src') return parts.length === 1 ? 'root' : parts[0];
  return LAYERS.includes(parts[1]) && parts.length > 2 ? parts[1] : 'app';
}

const rank = (place) => (place === 'app' ? LAYERS.length : LAYERS.indexOf(place));
const inSrc = (place) => place === 'app' || LAYERS.includes(place);

/** Why `from` may not import `to`, or null when it may. */
export function violation(from, to) {
  if (!inSrc(from)) return null;
  if (to === 'tools' || to === 'e2e' || to === 'scripts') {
    return `src/ must not import from ${to}/: those are entry points built on src, not the other way round`;
  }
  if (!inSrc(to) || rank(to) <= rank(from)) return null;
  const where = (p) => (p === 'app' ? 'src/' : `src/${p}/`);
  return `${where(from)} must not import from ${where(to)}: dependencies point ${LAYERS.join(' <- ')}`;
}

function sourceOf(node) {
  // import x from '...', export ... from '...', import('...'), typeof import('...')
  const s = node.source ?? node.argument?.literal ?? node.argument;
  return s?.type === 'Literal' && typeof s.value === 'string' ? s : null;
}

const direction = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow engine <- shell <- scenario <- replay <- image <- lessons <- session <- store <- ui.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = placeOf(file);
    if (!inSrc(from)) return {};
    const check = (node) => {
      const src = sourceOf(node);
      if (!src || !src.value.startsWith('.')) return;
      const target = resolve(dirname(file), src.value.replace(/[?#].*$/, ''));
      const message = violation(from, placeOf(target));
      if (message) context.report({ node: src, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      TSImportType: check,
    };
  },
};

export default { meta: { name: 'overlay-lab-layers' }, rules: { direction } };
