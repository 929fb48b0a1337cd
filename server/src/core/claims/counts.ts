import type { Attribution, Entity, Quotation } from '../model';

/**
 * Per-entity sourcing counts for hovers, the outline and the report, filled once the claims
 * have run: `quoteCount` is how many quotations (claims or short quoted phrases) are credited
 * to the entity, directly or carried over; `attributionCount` is how many attributions in the
 * text name it as their source: its own sentence, a pronoun that stands for it, or the headline
 * `Claim: Speaker` form. Carried-over copies and citations are not new attributions.
 * Recomputed from scratch, so running it twice gives the same numbers.
 */
export function countSpeakers(entities: Entity[], quotations: Quotation[], attributions: Attribution[]): void {
  for (const e of entities) {
    e.quoteCount = 0;
    e.attributionCount = 0;
  }
  for (const a of attributions) {
    const e = a.entity >= 0 ? entities[a.entity] : undefined;
    if (e && (a.via === 'sentence' || a.via === 'pronoun' || a.via === 'headline')) e.attributionCount++;
  }
  for (const q of quotations) {
    const a = q.attribution >= 0 ? attributions[q.attribution] : undefined;
    const e = a && a.entity >= 0 ? entities[a.entity] : undefined;
    if (e) e.quoteCount++;
  }
}
