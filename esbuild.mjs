// Bundles the client, the server and the CLI. `--production` minifies, `--watch` rebuilds.
// `--bench` bundles the benchmark scripts instead (scripts/bench*.ts -> .bench/*.js): benchmarks
// measure the code as esbuild ships it, not as tsx transpiles it (tsx turns every imported binding
// into a getter call, several times slower in the tagger's hot loops).
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const bench = process.argv.includes('--bench');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // The language level, not `node18`: for node targets esbuild (0.28) rewrites every regex literal
  // with a Unicode property escape (`/^\p{Lu}/u`) as `new RegExp("^\\p{Lu}", "u")`, which builds and
  // looks the regex up again at each evaluation, about four times the cost of the literal. Node 18
  // and VS Code's Electron run ES2022 as it is.
  target: 'es2022',
  sourcemap: true,
  minify: production,
  // Warnings and errors only: `npm start` and `npm test` open on their own output (watch mode lists each rebuild).
  logLevel: watch ? 'info' : 'warning',
};

/** Model and gazetteer files the server loads at run time sit next to the bundles. */
function copyModels() {
  if (!existsSync('server/models')) return;
  mkdirSync('dist/models', { recursive: true });
  for (const f of readdirSync('server/models')) cpSync(`server/models/${f}`, `dist/models/${f}`);
}

/**
 * The language-server libraries require `crypto` (random pipe names) and `child_process` (looking
 * up globally installed modules) when they load, but use them only on paths a stdio or IPC server
 * never takes. Loading them costs the server's start about 5 ms; this hands the libraries a stand-in
 * that loads the real module on first use.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?(?:crypto|child_process)$/ }, (args) =>
      args.namespace === 'file' && /[\\/]node_modules[\\/]vscode-/.test(args.importer)
        ? { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require(${JSON.stringify(args.path)}))[key] });`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [lazyBuiltins] },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (bench) {
  // .bench/ sits at the same depth as scripts/, so the scripts' `join(__dirname, '..')` is the repo root.
  const entryPoints = readdirSync('scripts')
    .filter((f) => /^bench.*\.ts$/.test(f))
    .map((f) => `scripts/${f}`);
  await esbuild.build({ ...common, entryPoints, outdir: '.bench', packages: 'external', logLevel: 'warning' });
} else if (watch) {
  copyModels();
  for (const b of builds) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('[watch] watching for changes');
} else {
  copyModels();
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
