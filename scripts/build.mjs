// Bundles the CLI into one file, dist/gov-report.js, so start-up loads a single module; the parts that
// only one command needs (the importer, the renderer) go into bundles of their own (APART below), and the
// worker threads start from dist/worker.js.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  // Chinese messages as UTF-8 rather than \u escapes: a third of the size to load.
  charset: 'utf8',
  legalComments: 'none',
  define: { GOV_REPORT_VERSION: JSON.stringify(version) },
  // CommonJS dependencies (commander, cli-table3, mammoth) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
};

// Commands that need large parts of their own load them with a dynamic import(): each such part is
// a bundle of its own in dist/, read only when that command runs, so lint and the other commands start
// without them. The importer (HTML and Word readers), the renderer, its Word writer, and the reviewer page.
const APART = {
  'src/import/index.ts': 'import.js',
  'src/render/index.ts': 'render.js',
  'src/render/docx.ts': 'render-docx.js',
  'src/format/html.ts': 'format-html.js',
};
const root = fileURLToPath(new URL('..', import.meta.url));

const bundledApart = (self) => ({
  name: 'bundled-apart',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const source = relative(root, resolve(args.resolveDir, args.path)).split(sep).join('/').replace(/\.js$/, '.ts');
      const bundle = APART[source];
      if (bundle === undefined || source === self) return undefined;
      return { path: `./${bundle}`, external: true };
    });
  },
});

await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/gov-report.js', plugins: [bundledApart()] });
for (const [entry, bundle] of Object.entries(APART)) {
  await build({ ...common, entryPoints: [entry], outfile: `dist/${bundle}`, plugins: [bundledApart(entry)] });
}
// The worker threads of a large lint start from a bundle of their own: the rules without the command line.
await build({ ...common, entryPoints: ['src/runner/worker.ts'], outfile: 'dist/worker.js' });
