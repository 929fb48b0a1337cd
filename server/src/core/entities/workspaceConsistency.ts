import type { Article, ArticleDiagnostic, EntityType } from '../article';
import { formOf } from './cluster';
import { nameWords } from './consistency';
import { isSpellingVariant } from './spelling';
import { partitionPoint } from '../search';

/**
 * Workspace-level name consistency: a name spelled here the way few articles of the workspace
 * spell it (`Zelensky` here, `Zelenskiy` in 40 other files) gets `name-inconsistency`, with the
 * workspace's spelling in `data.replacement` so the quick fix can apply it.
 *
 * A spelling is flagged when the most common spelling of its variant group
 * - differs from it by more than letter case, and is a spelling variant of it (`isSpellingVariant`),
 * - is used in at least `minFiles` articles (default 3), and in more than half of the articles
 *   that use any spelling of the group (a file using both counts for both),
 * - and the mention is not already flagged by the in-article check.
 * Full names and surnames are counted separately (`Volodymyr Zelensky`, `Zelensky`); pronouns,
 * capitals, nationality adjectives and acronyms are never compared. Pure: the LSP layer passes
 * a lookup into its workspace index; severities and disable comments are applied by
 * features/diagnostics.ts.
 */

/** Files per spelling of the variant group of `spelling` (itself included), or undefined. */
export type SpellingLookup = (type: EntityType, spelling: string) => ReadonlyMap<string, number> | undefined;

export interface WorkspaceSpellingOptions {
  minFiles?: number;
}

export function workspaceSpellings(article: Article, variantsOf: SpellingLookup, options: WorkspaceSpellingOptions = {}): ArticleDiagnostic[] {
  const minFiles = options.minFiles ?? 3;
  // The words the article's own check flags, by start, with the furthest end so far: whether a
  // span overlaps one is a binary search (a scan of them per mention was quadratic: issue 16).
  const flagged = article.diagnostics.filter((d) => d.code === 'name-inconsistency').sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  flagged.forEach((d, k) => furthestEnd.push(k > 0 ? Math.max(furthestEnd[k - 1], d.end) : d.end));
  const overlapsFlagged = (start: number, end: number): boolean => {
    const k = partitionPoint(flagged.length, (j) => flagged[j].start < end);
    return k > 0 && furthestEnd[k - 1] > start;
  };
  const out: ArticleDiagnostic[] = [];
  article.entities.forEach((entity) => {
    if (entity.type === 'group') return;
    for (const i of entity.mentions) {
      const m = article.mentions[i];
      const form = formOf(m, entity);
      if (form !== 'name' && form !== 'surname') continue;
      const words = nameWords(article.text, m);
      if (words.length === 0) continue;
      const start = words[0].start;
      const end = words[words.length - 1].end;
      const spelling = article.text.slice(start, end).replace(/\s+/g, ' ');
      if (overlapsFlagged(start, end)) continue;
      const counts = variantsOf(entity.type, spelling);
      if (!counts) continue;
      let top = '';
      let topFiles = 0;
      let total = 0;
      for (const [s, n] of counts) {
        total += n;
        if (n > topFiles || (n === topFiles && s < top)) {
          top = s;
          topFiles = n;
        }
      }
      if (top === '' || top.toLowerCase() === spelling.toLowerCase()) continue;
      if (topFiles < minFiles || topFiles * 2 <= total) continue;
      if (!isSpellingVariant(spelling, top)) continue;
      const own = counts.get(spelling) ?? 0;
      out.push({
        code: 'name-inconsistency',
        severity: 'warning',
        start,
        end,
        message: `"${spelling}" is spelled "${top}" in ${topFiles} of ${total} articles in this workspace${own > 0 ? ` ("${spelling}" in ${own})` : ''}: use the workspace spelling`,
        related: [],
        data: { replacement: top, entity: entity.id, spelling, scope: 'workspace', files: topFiles },
      });
    }
  });
  return out;
}
