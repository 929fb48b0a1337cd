/**
 * Times recognizeNumbers on the seed article and on a ~1 MB article made of varied repeated text.
 * Reports the median over many runs after a warm-up, in ms and characters per second; then the
 * share of full-article analysis (analyzeArticle) that number recognition takes, and the overhead
 * it adds over the rest of the analysis (target: < 10%).
 *
 *   npm run bench:numbers                 (add --overhead for the analyzeArticle comparison only)
 *
 * `1 MB (seed)` repeats the seed's paragraphs (a real story's number density); with --dense, `1 MB (dense)` repeats
 * the eval sentences, about one number every 50 characters, a worst case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeNumbers } from '../server/src/core/numbers';
import { analyzeArticle } from '../server/src/core/analyze';
import { median } from './stats';

const root = join(__dirname, '..');
const seedPath = existsSync(join(root, 'seeds', 'seed-article.news'))
  ? join(root, 'seeds', 'seed-article.news')
  : join(root, '..', 'shared', 'spec', 'examples', 'seed-article.txt');
const seed = readFileSync(seedPath, 'utf8');

/** Line-per-sentence spans: the benchmark measures the recognizer, not the sentence splitter. */
function lineSentences(t: string): { index: number; start: number; end: number }[] {
  const out: { index: number; start: number; end: number }[] = [];
  let start = 0;
  for (const line of t.split('\n')) {
    out.push({ index: out.length, start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

/** ~1 MB of varied copy: the seed, the eval sentences (markup stripped), and a number-dense paragraph. */
function bigArticle(): string {
  const parts = [seed];
  const evalDir = join(root, 'eval', 'numbers');
  for (const f of ['wire.txt', 'sport.txt', 'business.txt', 'local.txt', 'science.txt', 'mixed.txt', 'negatives.txt']) {
    const p = join(evalDir, f);
    if (existsSync(p)) parts.push(readFileSync(p, 'utf8').replace(/\[\[([^\]|]+)\|[a-z]*\]\]/g, '$1').replace(/^#.*$/gm, ''));
  }
  parts.push(
    'On Nov. 17, 2024, about 11,000 people, or 4.5% of residents, left the 20-km zone; losses reached $1.2 billion ' +
      '(€1.1bn) by 14:00 GMT, and temperatures hit 40C for the 3rd day in the last 24 hours, officials said on Saturday.',
  );
  const unit = parts.join('\n\n');
  let text = '';
  while (text.length < 1_000_000) text += unit + '\n\n';
  return text;
}

function bench(name: string, text: string, runs: number, warmup: number): void {
  const sentences = lineSentences(text);
  const opts = { articleDate: '2024-11-23' };
  let found = 0;
  for (let i = 0; i < warmup; i++) found = recognizeNumbers(text, sentences, opts).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    recognizeNumbers(text, sentences, opts);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p90 = times[Math.floor(times.length * 0.9)]!;
  const cps = (text.length / median) * 1000;
  console.log(
    `${name.padEnd(14)} ${String(text.length).padStart(9)} chars  ${found} numbers  median ${median.toFixed(3)} ms  ` +
      `p90 ${p90.toFixed(3)} ms  ${(cps / 1e6).toFixed(1)} M chars/s  (${runs} runs after ${warmup} warm-up)`,
  );
}

if (!process.argv.includes('--overhead')) {
  bench('seed article', seed, 2000, 500);
  bench('~1 MB article', bigArticle(), 15, 3);
}

/**
 * Overhead of numbers in the real pipeline: analyzeArticle (median) against recognizeNumbers run on
 * the same masked text and sentences the pipeline gives it (median). The two are timed in
 * alternation so machine load hits both alike. Overhead = numbers / (full - numbers).
 */
function overhead(name: string, text: string, runs: number, warmup: number): void {
  const opts = { languageId: 'news', articleDate: '2024-11-23' };
  const article = analyzeArticle(text, opts);
  const sentences = article.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end }));
  const numOpts = { articleDate: '2024-11-23', dayFirst: true };
  for (let i = 0; i < warmup; i++) {
    analyzeArticle(text, opts);
    recognizeNumbers(article.plain, sentences, numOpts);
  }
  const full: number[] = [];
  const nums: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = process.hrtime.bigint();
    analyzeArticle(text, opts);
    full.push(Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    recognizeNumbers(article.plain, sentences, numOpts);
    nums.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const f = median(full);
  const n = median(nums);
  const pct = (100 * n) / Math.max(1e-9, f - n);
  console.log(
    `${name.padEnd(14)} full analysis ${f.toFixed(2)} ms, numbers ${n.toFixed(2)} ms (${((100 * n) / f).toFixed(1)}% of it): ` +
      `numbers add ${pct.toFixed(1)}% to the rest of the analysis ${pct < 10 ? '(target < 10%: ok)' : '(target < 10%: OVER)'}`,
  );
}

/** ~1 MB of ordinary copy: the seed's paragraphs repeated (the number density of a real story). */
function bigSeedArticle(): string {
  const paras = seed.split('\n').filter((l) => l.length > 60);
  const parts = ['Big article headline for the benchmark', ''];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const p = paras[i % paras.length]!;
    parts.push(p, '');
    size += p.length + 2;
  }
  return parts.join('\n');
}

console.log('\nNumbers inside full-article analysis (analyzeArticle):');
overhead('seed article', seed, 60, 10);
overhead('1 MB (seed)', bigSeedArticle(), 3, 0);
if (process.argv.includes('--dense')) overhead('1 MB (dense)', bigArticle(), 3, 0);
