// Bundles the CLI into one file, dist/gov-report.js, so start-up reads a single file; the parts that only
// one command needs go into bundles of their own (APART below), and the worker threads start from
// dist/worker.js. All are CommonJS (dist/package.json says so): bin/gov-report.js compiles the CLI bundle
// itself through `vm.Script`, which lets it keep V8's compiled code between runs (see bin/gov-report.js).
// Node 20 has no code cache for ES modules.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const { version, repository } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const repositoryUrl = repositoryWebUrl(typeof repository === 'string' ? repository : repository?.url);

/** package.json's `repository` (`git+https://…/x.git`, `github:owner/x`, or `owner/x`) as the page a browser opens. */
function repositoryWebUrl(url) {
  if (!url) throw new Error('package.json has no "repository": the docs links are built from it');
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url);
  if (shorthand) return `https://github.com/${shorthand[1]}`;
  return url
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
}

/** @satisfies {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: !process.env.READABLE,
  // Chinese text as \u escapes: the bundle is ASCII, which V8 reads into a string without decoding
  // (bin/gov-report.js reads it as latin1); decoding 480 KB of UTF-8 cost more than the larger file.
  charset: 'ascii',
  legalComments: 'none',
  // The bundle's own URL: the folders next to it (docs, schemas) are found from it, and worker threads run it.
  // (import.meta.resolve serves the source under tsx only.)
  define: {
    GOV_REPORT_VERSION: JSON.stringify(version),
    GOV_REPORT_REPOSITORY: JSON.stringify(repositoryUrl),
    'import.meta.url': '__bundleUrl',
    'import.meta.resolve': '__noResolve',
  },
  banner: {
    js: 'var __bundleUrl=require("node:url").pathToFileURL(__filename).href,__noResolve=()=>{throw new Error("import.meta.resolve in a bundle")};',
  },
  logLevel: 'warning',
};

// Commands that need large parts of their own load them with a dynamic import(): each such part is a
// bundle of its own in dist/, read only when that command runs, so lint and the other commands start
// without them: the importer (HTML, Word and PDF readers), the renderer, its Word writer, the reviewer page.
// Required, not imported: the CLI bundle is compiled by bin/gov-report.js, where import() has no loader.
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
      return { path: bundle, namespace: 'bundled-apart' };
    });
    build.onLoad({ filter: /.*/, namespace: 'bundled-apart' }, (args) => ({
      contents: `module.exports = require("./${args.path}");`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\//, namespace: 'bundled-apart' }, (args) => ({ path: args.path, external: true }));
  },
});

/**
 * A CommonJS module standing for `path`, whose properties `names` require it on first use. The getters sit
 * on the prototype of the exports: esbuild copies a CommonJS module's own properties into each ES module that
 * imports it, which for a few hundred names cost a millisecond at start-up.
 */
function lazyModule(path, names) {
  const getters = names.map((name) => `get ${name}() { return load().${name}; }`).join(',\n');
  return `let loaded;\nconst load = () => (loaded ??= require('${path}'));\nmodule.exports = Object.create({\n${getters}\n});`;
}

/**
 * Node built-ins that a lint of a few files never uses but whose loading costs milliseconds: commander
 * requires child_process for external subcommands, the SARIF formatter crypto, the thread pool
 * worker_threads (and os, for the number of cores). Each becomes an object whose properties load the module on first use.
 */
const LAZY_BUILTINS = ['child_process', 'crypto', 'os', 'worker_threads'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    build.onResolve({ filter }, (args) =>
      // The module's own require of the built-in stays a require.
      args.namespace === 'lazy-builtin'
        ? { path: args.path, external: true }
        : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      const names = Object.keys(await import(`node:${args.path}`)).filter((name) => name !== 'default');
      return { contents: lazyModule(`node:${args.path}`, names), loader: 'js' };
    });
  },
};

/**
 * Libraries a lint of plain, conforming reports never calls: `js-yaml` reads what the plain reader
 * (src/load/plain-parse.ts) leaves, `yaml` places findings the text locator cannot and reads directives,
 * zod checks a report the quick check refuses (and a config file), chalk colours findings. In the CLI bundle
 * each becomes an object whose properties load the library on first use: evaluating them cost a clean lint
 * about 2 ms of its start. zod is a bundle of its own (dist/zod.js): required from inside this bundle, its
 * namespace would take in every locale's messages.
 */
const LAZY_PACKAGES = { yaml: 'yaml', 'js-yaml': 'js-yaml', chalk: 'chalk', zod: './zod.js' };
/**
 * The names a package exports but its namespaces (zod's `locales`, `core`, `z` …): nothing here uses them
 * as values, and naming one keeps all it holds (every locale's messages).
 */
async function exportedNames(name) {
  const module = await import(name);
  return Object.keys(module).filter((key) => key !== 'default' && module[key]?.[Symbol.toStringTag] !== 'Module');
}
const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(LAZY_PACKAGES).join('|')})$`);
    build.onResolve({ filter }, (args) =>
      // The getters' own require is the package itself.
      args.namespace === 'lazy-package' ? undefined : { path: args.path, namespace: 'lazy-package' },
    );
    build.onResolve({ filter: /^\.\/zod\.js$/, namespace: 'lazy-package' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-package' }, async (args) => {
      return { contents: lazyModule(LAZY_PACKAGES[args.path], await exportedNames(args.path)), loader: 'js', resolveDir: root };
    });
  },
};

/**
 * chalk's colour detection runs when chalk is loaded and needs the tty module; color.ts always gives
 * chalk its level (from --color, NO_COLOR, FORCE_COLOR and the terminal), so the detection is never used.
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'chalk-without-detection' }));
    build.onLoad({ filter: /.*/, namespace: 'chalk-without-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

/** The report schema of each template as plain data (src/model/schema-precheck.ts), read from the zod schema now. */
/** The one file of a build that was not written. @param {{ outputFiles: import('esbuild').OutputFile[] }} result */
function onlyOutput(result) {
  const [file] = result.outputFiles;
  if (!file) throw new Error('build: esbuild produced no output');
  return file;
}

async function reportShapes() {
  const contents = [
    "import { TEMPLATES } from './src/model/template.ts';",
    "import { reportSchemaOf } from './src/model/schema.ts';",
    "import { shapeOfSchema } from './src/model/schema-precheck.ts';",
    'export default Object.fromEntries(TEMPLATES.map((t) => [t, shapeOfSchema(reportSchemaOf(t)) ?? null]));',
  ].join('\n');
  const result = await build({
    write: false,
    stdin: { contents, resolveDir: '.', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  const shapes = (await import(`data:text/javascript;base64,${Buffer.from(onlyOutput(result).contents).toString('base64')}`)).default;
  for (const [template, shape] of Object.entries(shapes)) {
    if (shape === null) console.warn(`build: the ${template} schema uses something the quick check does not know; zod checks every report`);
  }
  return shapes;
}

mkdirSync('dist', { recursive: true });
// Compiled code kept by an earlier build's runs belongs to that build.
rmSync('dist/.cache', { recursive: true, force: true });
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');
const shapes = { GOV_REPORT_SHAPES: JSON.stringify(JSON.stringify(await reportShapes())) };
const cli = await build({
  ...common,
  write: false,
  define: { ...common.define, ...shapes },
  entryPoints: ['src/cli/main.ts'],
  plugins: [bundledApart(), lazyBuiltins, lazyPackages, chalkWithoutDetection],
});
for (const [entry, bundle] of Object.entries(APART)) {
  // pdfjs-dist stays a package of its own, loaded from node_modules only when a PDF is read.
  await build({
    ...common,
    define: { ...common.define, ...shapes },
    entryPoints: [entry],
    outfile: `dist/${bundle}`,
    external: ['pdfjs-dist'],
    plugins: [bundledApart(entry)],
  });
}
await build({
  ...common,
  stdin: { contents: `export { ${(await exportedNames('zod')).join(', ')} } from 'zod';`, resolveDir: root, loader: 'js' },
  outfile: 'dist/zod.js',
});
// The worker threads of a large lint start from a bundle of their own: the rules without the command line.
await build({
  ...common,
  define: { ...common.define, ...shapes },
  entryPoints: ['src/runner/worker.ts'],
  outfile: 'dist/worker.js',
  plugins: [chalkWithoutDetection],
});

// esbuild leaves the non-ASCII characters of regular expressions as they are; as \u escapes they mean
// the same (the bundle has no tagged templates, whose raw text would differ), and the bundle is ASCII.
const ascii = Buffer.from(
  Buffer.from(onlyOutput(cli).contents)
    .toString('utf8')
    .replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  'latin1',
);
// The last line names this build, so that code compiled from an older bundle is never used for it.
const buildId = createHash('sha256').update(ascii).digest('hex').slice(0, 16);
writeFileSync('dist/gov-report.js', Buffer.concat([ascii, Buffer.from(`//# build=${buildId}\n`)]));
