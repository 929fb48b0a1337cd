/**
 * Scores the number recognizer on the hand-checked sets: eval/numbers/*.txt (main, used while
 * writing the rules), eval/numbers/heldout/, heldout2/ and heldout3/ (written later; heldout2 and
 * heldout3 were each committed before the recognizer ever ran on them). Precision, recall and F1 by exact span + type,
 * overall and per type, then every error.
 *
 *   npm run eval:numbers                 all three sets
 *   npm run eval:numbers -- --quiet      scores only, no error lists
 *   npm run eval:numbers -- --set heldout3   one set (main | heldout | heldout2 | heldout3)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partitionPoint } from '../server/src/core/search';
import { recognizeNumbers } from '../server/src/core/numbers';
import type { NumberType } from '../server/src/core/model';

interface Span {
  start: number;
  end: number;
  type: string;
}

const TYPES: NumberType[] = ['cardinal', 'percent', 'money', 'quantity', 'date', 'time', 'duration', 'ordinal', 'age'];
const root = join(__dirname, '..', 'eval', 'numbers');
const SETS: Record<string, string> = {
  main: root, heldout: join(root, 'heldout'), heldout2: join(root, 'heldout2'), heldout3: join(root, 'heldout3'),
};
const quiet = process.argv.includes('--quiet');
const setArg = process.argv.indexOf('--set');
// `--heldout` is kept for the older command line: the first held-out set only.
const chosen = setArg >= 0 ? [process.argv[setArg + 1] ?? ''] : process.argv.includes('--heldout') ? ['heldout'] : Object.keys(SETS);

/** Strips `[[span|type]]` markup from a line, returning the plain line and the gold spans (line-relative). */
function parseLine(raw: string): { plain: string; spans: Span[] } {
  const spans: Span[] = [];
  let plain = '';
  const re = /\[\[([^\]|]+)\|([a-z]+)\]\]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null) {
    plain += raw.slice(last, m.index);
    const start = plain.length;
    plain += m[1];
    spans.push({ start, end: plain.length, type: m[2]! });
    if (!TYPES.includes(m[2] as NumberType)) throw new Error(`unknown type ${m[2]} in: ${raw}`);
    last = m.index + m[0].length;
  }
  plain += raw.slice(last);
  return { plain, spans };
}

function prf(tp: number, fp: number, fn: number): string {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
}

function scoreSet(name: string, dir: string): void {
  const gold: (Span & { file: string; line: number })[] = [];
  const lines: { file: string; line: number; start: number; text: string }[] = [];
  let text = '';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    raw.forEach((l, idx) => {
      if (l.trim() === '' || l.startsWith('#')) return;
      const { plain, spans } = parseLine(l);
      const start = text.length;
      for (const s of spans) gold.push({ start: start + s.start, end: start + s.end, type: s.type, file, line: idx + 1 });
      lines.push({ file, line: idx + 1, start, text: plain });
      text += plain + '\n';
    });
  }

  const sentences = lines.map((l, index) => ({ index, start: l.start, end: l.start + l.text.length }));
  const found = recognizeNumbers(text, sentences, { articleDate: '2024-11-23', dayFirst: true });

  const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const foundKeys = new Set(found.map(key));
  const where = (offset: number): string => {
    const l = lines[Math.max(0, partitionPoint(lines.length, (i) => lines[i]!.start <= offset) - 1)]!;
    return `${l.file}:${l.line}`;
  };

  const tp = found.filter((f) => goldKeys.has(key(f))).length;
  console.log(`\n== ${name}: ${gold.length} expressions in ${lines.length} sentences (${dir})`);
  console.log(`overall   ${prf(tp, found.length - tp, gold.length - tp)}`);
  for (const type of TYPES) {
    const g = gold.filter((x) => x.type === type);
    const f = found.filter((x) => x.type === type);
    const t = f.filter((x) => goldKeys.has(key(x))).length;
    console.log(`${type.padEnd(9)} ${prf(t, f.length - t, g.length - t)}`);
  }
  if (quiet) return;
  const errors: { at: number; msg: string }[] = [];
  for (const g of gold) {
    if (foundKeys.has(key(g))) continue;
    const overlap = found.find((f) => f.start < g.end && g.start < f.end);
    const got = overlap ? ` got "${overlap.text}" (${overlap.type})` : ' not found';
    errors.push({ at: g.start, msg: `MISS ${where(g.start)}  "${text.slice(g.start, g.end)}" (${g.type}):${got}` });
  }
  for (const f of found) {
    if (goldKeys.has(key(f))) continue;
    if (gold.some((g) => g.start < f.end && f.start < g.end)) continue; // reported with its miss
    errors.push({ at: f.start, msg: `EXTRA ${where(f.start)}  "${f.text}" (${f.type}) ${f.value.display}` });
  }
  errors.sort((a, b) => a.at - b.at);
  console.log(`Errors (${errors.length}):`);
  for (const e of errors) console.log('  ' + e.msg);
}

for (const name of chosen) {
  const dir = SETS[name];
  if (!dir) {
    console.error(`unknown set "${name}" (${Object.keys(SETS).join(' | ')})`);
    process.exit(2);
  }
  scoreSet(name, dir);
}
