/**
 * Layers only import downward. Each folder of src/ is a layer; a module may import its own layer and the
 * layers below it, never one above. A `_`-prefixed module is a helper of its folder: nothing outside the
 * folder imports it. Adding a folder to src/ means placing it in LAYERS.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/**
 * Lowest first. `.` is the modules directly in src/ (errors, version, did-you-mean). narrative (the reading of
 * numbers in prose) sits below the engine: it needs the model, not the rules. runner lints files (paths,
 * configs, threads) with the engine, rules and configs; render draws reports for people with the formatters'
 * text helpers; import builds reports with the model and renderer; cli is options in, exit codes out.
 */
export const LAYERS = [
  '.',
  'model',
  'load',
  'narrative',
  'engine',
  'rules',
  'config',
  'format',
  'render',
  'import',
  'runner',
  'cli',
] as const;

export interface ImportEdge {
  /** Path of the importing module, relative to src/, with forward slashes. */
  readonly from: string;
  /** The imported module, resolved relative to src/, with forward slashes. */
  readonly to: string;
}

/** Each command stands alone: what two commands share lives in cli/ or a lower layer. */
const COMMANDS = 'cli/commands/';

const layerOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '.');
const rankOf = (path: string) => (LAYERS as readonly string[]).indexOf(layerOf(path));

/** What is wrong with the imports: one line per upward import, `_` helper used from outside, or module outside every layer. */
export function layerViolations(edges: readonly ImportEdge[]): string[] {
  const problems: string[] = [];
  for (const { from, to } of edges) {
    if (to.startsWith('../')) continue; // outside src/: a package file such as package.json
    for (const path of [from, to]) if (rankOf(path) < 0) problems.push(`${path} is in no layer: add ${layerOf(path)} to LAYERS`);
    const unplaced = rankOf(from) < 0 || rankOf(to) < 0;
    if (!unplaced && rankOf(to) > rankOf(from))
      problems.push(`${from} imports ${to}: ${layerOf(from)} may not import ${layerOf(to)}, a layer above it`);
    if (posix.basename(to).startsWith('_') && posix.dirname(to) !== posix.dirname(from)) {
      problems.push(`${from} imports ${to}: a _ helper is private to its folder ${posix.dirname(to)}`);
    }
    if (from.startsWith(COMMANDS) && to.startsWith(COMMANDS))
      problems.push(`${from} imports ${to}: commands do not import each other (share through cli/)`);
  }
  return [...new Set(problems)];
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// Static imports and re-exports (`import … from '…'`, `export … from '…'`, `import '…'`) and dynamic `import('…')`.
const IMPORT =
  /(?:^|[\s;])(?:import|export)\b[^'"`;]+?\bfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The relative imports of a module's text, as written. */
export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]!).filter((specifier) => specifier.startsWith('.'));
}

function srcEdges(): ImportEdge[] {
  const toSrc = (path: string) => relative(SRC, path).split(sep).join('/');
  return sourceFiles(SRC).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8')).map((specifier) => ({
      from: toSrc(file),
      to: toSrc(join(dirname(file), specifier)).replace(/\.js$/, '.ts'),
    })),
  );
}

describe('layers', () => {
  it('every import of src/ points down the layer order, and no _ helper is used outside its folder', () => {
    const edges = srcEdges();
    assert.ok(edges.length > 100, `found only ${edges.length} imports: the reader is broken`);
    assert.deepEqual(layerViolations(edges), []);
  });

  it('every folder of src/ is a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    assert.deepEqual(
      folders.filter((f) => !(LAYERS as readonly string[]).includes(f)),
      [],
    );
  });

  it('fails on an upward import, a foreign _ helper, a folder in no layer and commands importing each other', () => {
    const problems = layerViolations([
      { from: 'model/json-schema.ts', to: 'config/schema.ts' },
      { from: 'engine/run.ts', to: 'rules/disable-directive.ts' },
      { from: 'cli/commands/lint.ts', to: 'rules/_did-you-mean.ts' },
      { from: 'misc/thing.ts', to: 'model/template.ts' },
      { from: 'errors.ts', to: 'runner/batch.ts' },
      { from: 'cli/commands/import.ts', to: 'cli/commands/init.ts' },
    ]);
    assert.deepEqual(problems, [
      'model/json-schema.ts imports config/schema.ts: model may not import config, a layer above it',
      'engine/run.ts imports rules/disable-directive.ts: engine may not import rules, a layer above it',
      'cli/commands/lint.ts imports rules/_did-you-mean.ts: a _ helper is private to its folder rules',
      'misc/thing.ts is in no layer: add misc to LAYERS',
      'errors.ts imports runner/batch.ts: . may not import runner, a layer above it',
      'cli/commands/import.ts imports cli/commands/init.ts: commands do not import each other (share through cli/)',
    ]);
  });

  it('accepts imports down the order, within a layer, and _ helpers of the same folder', () => {
    assert.deepEqual(
      layerViolations([
        { from: 'cli/commands/lint.ts', to: 'runner/lint-files.ts' },
        { from: 'rules/blank-cell.ts', to: 'model/relations.ts' },
        { from: 'rules/appeals-total.ts', to: 'rules/_relation-rule.ts' },
        { from: 'cli/commands/show.ts', to: 'cli/io.ts' },
        { from: 'config/load.ts', to: 'did-you-mean.ts' },
      ]),
      [],
    );
  });

  it('reads every form of import, and only relative ones', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b/b.js';",
      'import {\n  c,\n  d,\n} from "./c.js";',
      "export { e } from './e.js';",
      "export type { F } from './f.js';",
      "import './side-effect.js';",
      "const g = await import('../g/index.js');",
      "import { readFileSync } from 'node:fs';",
      "import * as z from 'zod';",
      "// a comment that says import nothing from 'here'",
    ].join('\n');
    assert.deepEqual(importsOf(text), ['./a.js', '../b/b.js', './c.js', './e.js', './f.js', './side-effect.js', '../g/index.js']);
  });
});
