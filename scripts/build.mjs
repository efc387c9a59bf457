// Bundles the CLI into one file, dist/gov-report.js, so start-up loads a single module; the importer
// goes into dist/import.js, which only `gov-report import` loads, and the worker threads start from dist/worker.js.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

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

// The importer (HTML and Word readers) is a bundle of its own, dist/import.js, loaded by the import
// command only: lint and the other commands start without reading it.
const importerApart = {
  name: 'importer-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/\.\.\/import\/index\.js$/ }, () => ({ path: './import.js', external: true }));
  },
};

await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/gov-report.js', plugins: [importerApart] });
// pdfjs-dist stays a package of its own, loaded from node_modules only when a PDF is read.
await build({ ...common, entryPoints: ['src/import/index.ts'], outfile: 'dist/import.js', external: ['pdfjs-dist'] });
// The worker threads of a large lint start from a bundle of their own: the rules without the command line.
await build({ ...common, entryPoints: ['src/runner/worker.ts'], outfile: 'dist/worker.js' });
