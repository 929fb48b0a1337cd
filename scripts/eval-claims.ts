/**
 * Claims eval: runs the real pipeline on every article of a set and compares its sourcing
 * diagnostics with the hand-written `<name>.expected` files. A match is the same code with an
 * overlapping range. Prints precision, recall and F1 per code for the dev set (eval/claims/) and
 * the held-out sets (eval/claims/heldout/, heldout-2/, heldout-3/, heldout-4/).
 *
 * It also scores the real copy of ../shared/data/real-copy/bbc-dev/ (BBC News articles with gold
 * diagnostics in `<name>.json`) with the convention of its README: a prediction matches a gold
 * item of the same code whose range overlaps it; a prediction overlapping a borderline item is
 * dropped (neither hit nor false alarm); an unmatched borderline item is not a miss. The 8 blind
 * articles of eval/real-copy/blind.txt are left out unless --blind (only them) or --all is given.
 *
 *   npm run eval:claims                  all sets (real copy: the 32 open articles)
 *   npm run eval:claims -- --heldout     the held-out sets only (heldout/, heldout-2/, heldout-3/, heldout-4/)
 *   npm run eval:claims -- --dev         the dev set only
 *   npm run eval:claims -- --real        the real copy only (32 open articles)
 *   npm run eval:claims -- --blind       the real copy's 8 blind articles only (read once, at the end)
 *   npm run eval:claims -- --all         the real copy's 40 articles only
 *   npm run eval:claims -- some/dir      any directory in the same format
 *   --verbose (-v)                       also list every miss and every false alarm (real copy: with its sentence)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeArticle } from '../server/src/core/analyze';
import { articleDiagnostics } from '../server/src/features/diagnostics';
import { analyzeClaims } from '../server/src/core/claims/analyzeClaims';
import { tokenList } from '../server/src/core/sentenceTokens';

const CODES = ['unsourced-quote', 'unsourced-statistic', 'vague-source', 'unbalanced-quote'] as const;
type Code = (typeof CODES)[number];

interface Item {
  code: Code;
  start: number;
  end: number;
  text: string;
}
interface Count {
  tp: number;
  fp: number;
  fn: number;
}

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');

function expected(file: string, text: string): Item[] {
  const out: Item[] = [];
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-z-]+)\s*\|\s*(.*?)(?:\s+@(\d+))?$/.exec(line);
    if (!m || !(CODES as readonly string[]).includes(m[1])) throw new Error(`${file}: bad line: ${line}`);
    const nth = m[3] ? Number(m[3]) : 1;
    let at = -1;
    for (let k = 0; k < nth; k++) {
      at = text.indexOf(m[2], at + 1);
      if (at < 0) throw new Error(`${file}: phrase not found (${k + 1}): ${m[2]}`);
    }
    out.push({ code: m[1] as Code, start: at, end: at + m[2].length, text: m[2] });
  }
  return out;
}

/**
 * Counts one article: a prediction matches an unused gold item of the same code whose range
 * overlaps it (tp); an unmatched gold item is a miss (fn) unless it is borderline; an unmatched
 * prediction is a false alarm (fp) unless it overlaps a borderline item, when it is dropped.
 * Returns the number dropped; `report` hears of each miss and false alarm.
 */
function tally(gold: (Item & { borderline?: boolean })[], got: Item[], counts: Map<Code, Count>, report: (kind: 'MISS ' | 'FALSE', item: Item) => void): number {
  const overlaps = (g: Item, w: Item): boolean => g.code === w.code && g.start < w.end && w.start < g.end;
  const used = new Set<number>();
  for (const w of gold) {
    if (w.borderline) continue;
    const k = got.findIndex((g, i) => !used.has(i) && overlaps(g, w));
    const c = counts.get(w.code)!;
    if (k >= 0) {
      used.add(k);
      c.tp++;
    } else {
      c.fn++;
      report('MISS ', w);
    }
  }
  let dropped = 0;
  got.forEach((g, i) => {
    if (used.has(i)) return;
    if (gold.some((w) => w.borderline && overlaps(g, w))) {
      dropped++;
      return;
    }
    counts.get(g.code)!.fp++;
    report('FALSE', g);
  });
  return dropped;
}

/** The sourcing diagnostics of an article as the user sees them (disable comments applied). */
function predicted(text: string, languageId: string): Item[] {
  return articleDiagnostics(analyzeArticle(text, { languageId }))
    .filter((d): d is typeof d & { code: Code } => (CODES as readonly string[]).includes(d.code))
    .map((d) => ({ code: d.code, start: d.start, end: d.end, text: text.slice(d.start, d.end) }));
}

/** Time of the claims stage alone (best of several batches, ms per article). */
function claimsTime(text: string, languageId: string): number {
  const a = analyzeArticle(text, { languageId });
  const input = {
    text,
    plain: a.plain,
    paragraphs: a.paragraphs,
    sentences: a.sentences,
    tokens: tokenList(a.tokens),
    mentions: a.mentions,
    entities: a.entities.map((e) => ({ ...e })),
    numbers: a.numbers,
    footnoteRefs: [],
    footnoteDefs: {},
    links: [],
  };
  let best = Infinity;
  for (let batch = 0; batch < 5; batch++) {
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) analyzeClaims(input);
    best = Math.min(best, (performance.now() - t0) / 10);
  }
  return best;
}

let timed = 0;
let timeTotal = 0;

function score(dir: string): { files: number; counts: Map<Code, Count> } {
  const counts = new Map<Code, Count>(CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const files = readdirSync(dir).filter((f) => /\.(news|md|txt)$/.test(f) && f !== 'README.md').sort();
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const languageId = f.endsWith('.md') ? 'markdown' : 'news';
    const want = expected(join(dir, f.replace(/\.(news|md|txt)$/, '.expected')), text);
    // As the user sees them: the file's disable comments applied (features/diagnostics.ts).
    const got = predicted(text, languageId);
    timeTotal += claimsTime(text, languageId);
    timed++;
    tally(want, got, counts, (kind, item) => {
      if (verbose) console.log(`${kind} ${f}: ${item.code} "${item.text.replace(/\s+/g, ' ').slice(0, 90)}"`);
    });
  }
  return { files: files.length, counts };
}

const pct = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
function row(name: string, c: Count): string {
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  const f1 = (2 * p * r) / (p + r);
  return `${name.padEnd(22)}${String(c.tp + c.fn).padStart(8)}${String(c.tp + c.fp).padStart(7)}${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}${pct(p).padStart(11)}${pct(r).padStart(8)}${pct(f1).padStart(7)}`;
}

/** The per-code table and its total. */
function printTable(counts: Map<Code, Count>): void {
  console.log('code                  expected  found   tp   fp   fn  precision  recall     F1');
  const all: Count = { tp: 0, fp: 0, fn: 0 };
  for (const code of CODES) {
    const c = counts.get(code)!;
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
    console.log(row(code, c));
  }
  console.log(row('all', all));
}

function report(label: string, dir: string): void {
  const { files, counts } = score(dir);
  console.log(`\nClaims eval (${label}): ${files} articles in ${relative(root, dir) || '.'}/\n`);
  printTable(counts);
}

// ---------------------------------------------------------------------------------------------
// Real copy (../shared/data/real-copy/bbc-dev/): gold in JSON, with borderline items.

interface GoldItem extends Item {
  borderline: boolean;
}

const realDir = join(root, '..', 'shared', 'data', 'real-copy', 'bbc-dev');
const blindNames = new Set(
  readFileSync(join(root, 'eval', 'real-copy', 'blind.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#')),
);

/** The sentence around an offset (its paragraph line, cut to about 200 characters around it). */
function sentenceAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const at = start - lineStart;
  // Sentence bounds: a terminator followed by a space and a capital (quotes included).
  let a = 0;
  const re = /[.!?]["”]?\s+(?=["“]?\p{Lu})/gu;
  let m: RegExpExecArray | null;
  let b = line.length;
  while ((m = re.exec(line)) !== null) {
    const cut = m.index + m[0].length;
    if (cut <= at) a = cut;
    else if (m.index >= end - lineStart - 1) {
      b = m.index + m[0].trimEnd().length;
      break;
    }
  }
  const sentence = line.slice(a, b);
  const rel = at - a;
  const marked = `${sentence.slice(0, rel)}[[${sentence.slice(rel, rel + (end - start))}]]${sentence.slice(rel + (end - start))}`;
  return marked.length > 400 ? `${marked.slice(Math.max(0, rel - 180), rel + 220)}` : marked;
}

function reportReal(label: string, which: 'open' | 'blind' | 'all'): void {
  if (!existsSync(realDir)) {
    console.log(`\nReal copy: ${relative(root, realDir)}/ not found, skipped`);
    return;
  }
  const names = readdirSync(realDir)
    .filter((f) => /^[a-z]+-\d+\.txt$/.test(f))
    .map((f) => f.replace(/\.txt$/, ''))
    .filter((n) => (which === 'all' ? true : which === 'blind' ? blindNames.has(n) : !blindNames.has(n)))
    .sort();
  const counts = new Map<Code, Count>(CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let borderlineDropped = 0;
  for (const name of names) {
    const text = readFileSync(join(realDir, `${name}.txt`), 'utf8');
    const gold = (JSON.parse(readFileSync(join(realDir, `${name}.json`), 'utf8')) as { diagnostics: GoldItem[] }).diagnostics.filter((d) =>
      (CODES as readonly string[]).includes(d.code),
    );
    const got = predicted(text, 'plaintext');
    borderlineDropped += tally(gold, got, counts, (kind, item) => {
      if (verbose) console.log(`${kind} ${name}: ${item.code} "${item.text.replace(/\s+/g, ' ').slice(0, 90)}"\n      ${sentenceAround(text, item.start, item.end)}`);
    });
  }
  console.log(`\nClaims eval (${label}): ${names.length} articles in ${relative(root, realDir)}/ (${borderlineDropped} predictions on borderline items dropped)\n`);
  printTable(counts);
}

const dirs = args.filter((a) => !a.startsWith('-'));
const realOnly = args.includes('--real') || args.includes('--blind') || args.includes('--all');
if (realOnly) {
  if (args.includes('--real')) reportReal('real copy, 32 open BBC articles', 'open');
  if (args.includes('--blind')) reportReal('real copy, 8 blind BBC articles', 'blind');
  if (args.includes('--all')) reportReal('real copy, all 40 BBC articles', 'all');
} else if (dirs.length > 0) {
  for (const d of dirs) report(d, join(process.cwd(), d));
} else {
  if (!args.includes('--heldout')) report('dev', join(root, 'eval', 'claims'));
  if (!args.includes('--dev')) {
    report('held-out 1, looked at once', join(root, 'eval', 'claims', 'heldout'));
    report('held-out 2, looked at once', join(root, 'eval', 'claims', 'heldout-2'));
    report('held-out 3, looked at once', join(root, 'eval', 'claims', 'heldout-3'));
    report('held-out 4, blind', join(root, 'eval', 'claims', 'heldout-4'));
  }
  if (!args.includes('--heldout') && !args.includes('--dev')) reportReal('real copy, 32 open BBC articles', 'open');
}
if (timed > 0) console.log(`\nClaims stage: ${(timeTotal / Math.max(1, timed)).toFixed(2)} ms per article (mean of ${timed} articles, best of 5 batches each)`);
