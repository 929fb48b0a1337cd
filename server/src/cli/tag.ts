import { findCapitalizedNames } from '../core/entities/capitalized';

/**
 * `newsmark tag --format conll`: tags the first column of CoNLL-format lines, keeping blank
 * lines and -DOCSTART- lines. First version over the capitalized-name finder; the NER issue
 * replaces the tagging with the trained model.
 */
export function runTagConll(input: string): string {
  const out: string[] = [];
  let sentence: string[] = [];
  const flush = (): void => {
    if (sentence.length === 0) return;
    const tokens = sentence.map((text) => ({ text, start: 0, end: 0 }));
    const tags = sentence.map(() => 'O');
    for (const s of findCapitalizedNames(tokens)) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.label}`;
    sentence.forEach((t, i) => out.push(`${t} ${tags[i]}`));
    sentence = [];
  };
  for (const line of input.split(/\r?\n/)) {
    const token = line.trim().split(/\s+/)[0] ?? '';
    if (token === '') {
      flush();
      out.push('');
    } else if (token === '-DOCSTART-') {
      flush();
      out.push(line.trim());
    } else sentence.push(token);
  }
  flush();
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}
