/**
 * Times recognizeNumbers on the seed article and on a ~1 MB article made of varied repeated text.
 * Reports the median over many runs after a warm-up, in ms and characters per second.
 *
 *   npm run bench:numbers
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeNumbers } from '../server/src/core/numbers';

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

bench('seed article', seed, 2000, 500);
bench('~1 MB article', bigArticle(), 15, 3);
