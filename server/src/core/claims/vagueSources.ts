import type { ArticleDiagnostic, Attribution, Claim, RelatedInfo, Sentence } from '../article';
import { pushTo } from '../multimap';
import { partitionPoint } from '../search';
import { short, vagueSourceDiagnostic } from './diagnosticMessages';
import type { Antecedent } from './sourcing';

/**
 * `vague-source` diagnostics (docs/rules.md, Sourcing decisions): one per vague attribution by a
 * reporting verb or a pronoun, with the claims it sources, unless the text explains why the source
 * is not named (section 6.1).
 */

/** `vague-source` for each vague attribution by a reporting verb or pronoun, with the claims it sources. */
export function vagueSourceDiagnostics(plain: string, sentences: Sentence[], attributions: Attribution[], antecedents: Antecedent[], claims: Claim[], diagnostics: ArticleDiagnostic[]): void {
  const claimsByAttribution = new Map<number, Claim[]>();
  for (const c of claims) {
    pushTo(claimsByAttribution, c.attribution, c);
  }
  let lastVague: ((before: number) => Antecedent | undefined) | undefined;
  attributions.forEach((a, k) => {
    if (a.quality !== 'vague' || (a.via !== 'sentence' && a.via !== 'pronoun')) return;
    if (anonymityExplained(plain, sentences, a.sentence)) return;
    const related: RelatedInfo[] = (claimsByAttribution.get(k) ?? [])
      .map((c) => ({ start: c.start, end: c.end, message: `The ${c.kind} this source is given for: "${short(c.text)}"` }));
    if (a.via === 'pronoun') {
      const ante = (lastVague ??= lastVagueBefore(antecedents))(a.source.start);
      if (ante) related.push({ start: ante.source.start, end: ante.source.end, message: `"${a.source.text}" refers to "${short(plain.slice(ante.source.start, ante.source.end))}"` });
    }
    diagnostics.push(vagueSourceDiagnostic(a, related, a.source.start === a.verb.start && a.source.end === a.verb.end));
  });
}

/**
 * `antecedents.filter((x) => x.offset < before && x.quality === 'vague').pop()` for any `before`,
 * in O(log n) after an O(n log n) start (filtering the list for each pronoun was quadratic on long
 * articles: issue 16): the vague antecedents sorted by offset, with the last in list order among
 * each prefix of that sort.
 */
function lastVagueBefore(antecedents: Antecedent[]): (before: number) => Antecedent | undefined {
  const vague = antecedents.map((x, i) => ({ x, i })).filter(({ x }) => x.quality === 'vague');
  vague.sort((p, q) => p.x.offset - q.x.offset);
  const lastInList: number[] = [];
  vague.forEach(({ i }, k) => lastInList.push(k > 0 ? Math.max(lastInList[k - 1], i) : i));
  return (before) => {
    const n = partitionPoint(vague.length, (k) => vague[k].x.offset < before);
    return n > 0 ? antecedents[lastInList[n - 1]] : undefined;
  };
}

/** Why a source is not named (docs/rules.md, the decisions of the spec's section 6.1: an explained anonymous source is acceptable). */
const ANONYMITY = /\b(?:on (?:the )?condition of anonymity|asked not to be (?:named|identified)|(?:declined|refused) to be (?:named|identified)|did not want to be (?:named|identified)|requested anonymity|(?:was|were|is|are|wasn't|weren't) not (?:authori[sz]ed|allowed|permitted) to (?:speak|comment|talk)|(?:wasn't|weren't|isn't|aren't) (?:authori[sz]ed|allowed|permitted) to (?:speak|comment|talk))\b/i;

/** Does sentence `si` or the one right after it in its paragraph say why its source is not named? */
function anonymityExplained(plain: string, sentences: Sentence[], si: number): boolean {
  const s = sentences[si];
  if (!s) return false;
  if (ANONYMITY.test(plain.slice(s.start, s.end))) return true;
  // The next sentence explains this source's anonymity when it speaks of the same people
  // (`They spoke on condition of anonymity`), not of a source of its own (`One nurse, who ...`).
  const next = sentences[si + 1];
  if (next === undefined || next.paragraph !== s.paragraph) return false;
  const text = plain.slice(next.start, next.end);
  return /^\s*(?:He|She|They|Both|Neither|All|Each|The\s+\p{L}+\s+(?:spoke|asked|declined|did|was|were))\b/u.test(text) && ANONYMITY.test(text);
}

