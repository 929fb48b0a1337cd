#!/usr/bin/env node
// Golden analyzer output: runs the built CLI (dist/cli.js) over every article in the repository
// (seeds/, eval/, tests/) and writes what it prints (check --format json, report, entities --format
// json) to a folder, or compares it with one written earlier. A refactor that moves code must leave
// this output byte-identical.
//
//   node scripts/golden.mjs --write DIR      write the output of the current build to DIR
//   node scripts/golden.mjs --compare DIR    exit 1 and name the files whose output differs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const [mode, dir] = process.argv.slice(2);
if ((mode !== '--write' && mode !== '--compare') || !dir) {
  console.error('usage: node scripts/golden.mjs --write DIR | --compare DIR');
  process.exit(2);
}
const cli = path.join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npm run build first');
  process.exit(2);
}

const ARTICLE = /\.(news|article|txt|md)$/;
function walk(folder, out) {
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    const st = statSync(full);
    if (st.isDirectory()) walk(full, out);
    else if (ARTICLE.test(name)) out.push(path.relative(root, full));
  }
  return out;
}
const files = ['seeds', 'eval', 'tests'].flatMap((d) => walk(path.join(root, d), []));

function run(args) {
  try {
    return execFileSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (err) {
    // check exits 1 or 2 on findings or refused files; what it printed is still the output.
    return `${err.stdout ?? ''}\n[exit ${err.status}]\n${err.stderr ?? ''}`;
  }
}

const outputs = new Map();
outputs.set('check.json', run(['check', '--format', 'json', '--article-date', '2025-03-01', ...files]));
outputs.set('report.md', run(['report', '--article-date', '2025-03-01', ...files]));
for (const f of files) {
  outputs.set(`entities/${f.replaceAll('/', '__')}.json`, run(['entities', f, '--format', 'json', '--article-date', '2025-03-01']));
}

let differ = 0;
for (const [name, text] of outputs) {
  const target = path.join(dir, name);
  if (mode === '--write') {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  } else if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
    differ++;
    console.log(`differs: ${name}`);
  }
}
console.log(`${files.length} articles, ${outputs.size} outputs ${mode === '--write' ? `written to ${dir}` : differ ? `compared: ${differ} differ` : 'compared: identical'}`);
process.exit(differ ? 1 : 0);
