import type { Attribution, Entity, Quotation } from '../article';

/**
 * Per-entity sourcing counts for hovers, the outline and the report, filled once the claims
 * have run: `quoteCount` is how many quotations (claims or short quoted phrases) are credited
 * to the entity, directly or carried over; `attributionCount` is how many statements the text
 * credits to it with a finite reporting verb (`said`, `says`, `told`, `according to`), directly
 * or through a pronoun, plus the headline `Claim: Speaker` form. A participle clause hung on
 * another action (`Zelenskiy replaced several generals, saying ...`) sources its sentence's
 * claims but is not counted as a statement of its own; carried-over copies and citations are not
 * new attributions either. Recomputed from scratch, so running it twice gives the same numbers.
 */
export function countSpeakers(entities: Entity[], quotations: Quotation[], attributions: Attribution[]): void {
  for (const e of entities) {
    e.quoteCount = 0;
    e.attributionCount = 0;
  }
  for (const a of attributions) {
    const e = a.entity >= 0 ? entities[a.entity] : undefined;
    if (!e) continue;
    if (a.via === 'headline' || ((a.via === 'sentence' || a.via === 'pronoun') && !isParticiple(a.verb.text))) e.attributionCount++;
  }
  for (const q of quotations) {
    const a = q.attribution >= 0 ? attributions[q.attribution] : undefined;
    const e = a && a.entity >= 0 ? entities[a.entity] : undefined;
    if (e) e.quoteCount++;
  }
}

/** `saying`, `adding`, `warning that`: a reporting participle rather than a finite verb. */
function isParticiple(verb: string): boolean {
  const first = verb.trim().split(/\s+/)[0] ?? '';
  return /^[a-z]+ing$/i.test(first);
}
