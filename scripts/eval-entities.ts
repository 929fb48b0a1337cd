/**
 * Entities eval on real copy: scores the product's entity mentions (what `newsmark entities FILE
 * --format json` lists, from the analysis core directly) against the independent gold in
 * ../shared/data/real-copy/bbc-dev/*.entities.json (CoNLL-2003 style: PER, ORG, LOC, MISC).
 *
 * - A hit is the same span (exact start and end) and the same type. Product types map to CoNLL's:
 *   person -> PER, organization -> ORG, place -> LOC, group and other name -> MISC
 *   (spec/entities-and-numbers.md, "Entity types").
 * - Pronoun mentions (`He`, `She`, added by clustering) are skipped: the gold lists names only.
 * - Borderline gold items (the folder's README): a prediction overlapping one is dropped, and an
 *   unmatched borderline item is not a miss.
 * - The 8 articles of eval/real-copy/blind.txt are left out unless --blind (only them) or --all.
 *
 *   npm run eval:entities                  the 32 open articles
 *   npm run eval:entities -- --blind       the 8 blind articles (read once, at the end)
 *   npm run eval:entities -- --all         all 40
 *   --verbose (-v)                         list every miss and false alarm with its context
 *   --file NAME                            one article (e.g. --file sport-001), open ones only
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/core/analyze';
import { languageOf } from '../server/src/workspace/articleFiles';
import type { EntityType } from '../server/src/core/article';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
type Label = (typeof TYPES)[number];

/** Each mention is typed by its entity, as the CLI's JSON lists mentions under their entity. */
const CONLL: Record<EntityType, Label> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  group: 'MISC',
  other: 'MISC',
};

interface Item {
  start: number;
  end: number;
  text: string;
  type: Label;
  borderline?: boolean;
}
interface Count {
  tp: number;
  fp: number;
  fn: number;
}

const root = join(__dirname, '..');
const dir = join(root, '..', 'shared', 'data', 'real-copy', 'bbc-dev');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const fileArg = args.indexOf('--file');
const only = fileArg >= 0 ? args[fileArg + 1] : undefined;

const blind = new Set(
  readFileSync(join(root, 'eval', 'real-copy', 'blind.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#')),
);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.entities.json'))
  .map((f) => f.slice(0, -'.entities.json'.length))
  .sort()
  .filter((n) => {
    if (only) return n === only && !blind.has(n);
    if (args.includes('--all')) return true;
    return args.includes('--blind') ? blind.has(n) : !blind.has(n);
  });

const PRONOUN = /^(?:he|she|him|her|his|hers|they|them|it|i|we|you)$/i;

function predictions(file: string, text: string): Item[] {
  const a = analyzeArticle(text, { languageId: languageOf(file) });
  const out: Item[] = [];
  for (const e of a.entities) {
    for (const i of e.mentions) {
      const m = a.mentions[i];
      if (PRONOUN.test(m.text)) continue;
      out.push({ start: m.start, end: m.end, text: m.text, type: CONLL[e.type] });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

function context(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 40), start).replace(/\s+/g, ' ');
  const after = text.slice(end, end + 40).replace(/\s+/g, ' ');
  return `…${before}[${text.slice(start, end)}]${after}…`;
}

const counts = new Map<Label, Count>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
let dropped = 0;
for (const name of names) {
  const file = join(dir, `${name}.txt`);
  const text = readFileSync(file, 'utf8');
  const gold: Item[] = JSON.parse(readFileSync(join(dir, `${name}.entities.json`), 'utf8')).entities;
  const clear = gold.filter((g) => !g.borderline);
  const border = gold.filter((g) => g.borderline);
  const got = predictions(file, text).filter((p) => {
    const drop = border.some((g) => g.start < p.end && p.start < g.end);
    if (drop) dropped++;
    return !drop;
  });
  const used = new Set<number>();
  for (const g of clear) {
    const k = got.findIndex((p, i) => !used.has(i) && p.start === g.start && p.end === g.end && p.type === g.type);
    const c = counts.get(g.type)!;
    if (k >= 0) {
      used.add(k);
      c.tp++;
      continue;
    }
    c.fn++;
    if (verbose) {
      const near = got.find((p) => p.start < g.end && g.start < p.end);
      const why = near ? ` (got ${near.type} "${near.text}")` : '';
      console.log(`MISS  ${name}: ${g.type} "${g.text}"${why}  ${context(text, g.start, g.end)}`);
    }
  }
  got.forEach((p, i) => {
    if (used.has(i)) return;
    counts.get(p.type)!.fp++;
    if (verbose) {
      const near = clear.find((g) => g.start < p.end && p.start < g.end);
      const why = near ? ` (gold ${near.type} "${near.text}")` : '';
      console.log(`FALSE ${name}: ${p.type} "${p.text}"${why}  ${context(text, p.start, p.end)}`);
    }
  });
}

const pct = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
function row(label: string, c: Count): string {
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  const f1 = (2 * p * r) / (p + r);
  return `${label.padEnd(6)}${String(c.tp + c.fn).padStart(6)}${String(c.tp + c.fp).padStart(7)}${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}${pct(p).padStart(11)}${pct(r).padStart(8)}${pct(f1).padStart(7)}`;
}

const set = args.includes('--all') ? 'all' : args.includes('--blind') ? 'blind' : only ? only : 'open';
console.log(`\nEntities eval (${set}): ${names.length} articles of real-copy/bbc-dev, exact span and type, pronouns skipped`);
console.log(`${dropped} predictions dropped for overlapping a borderline item\n`);
console.log('type    gold  found   tp   fp   fn  precision  recall     F1');
const all: Count = { tp: 0, fp: 0, fn: 0 };
for (const t of TYPES) {
  const c = counts.get(t)!;
  all.tp += c.tp;
  all.fp += c.fp;
  all.fn += c.fn;
  console.log(row(t, c));
}
console.log(row('all', all));
