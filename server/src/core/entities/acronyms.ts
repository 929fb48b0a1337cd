import { organizationByName } from './knowledge';

/**
 * Acronyms and their expansions: `EU` / `European Union`, `NATO` / `North Atlantic Treaty
 * Organization`. An acronym matches an expansion when it spells the initials of its content
 * words, or when the hand list of organizations names both.
 */

const MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'des', 'la', 'le', '&']);

export function isAcronym(text: string): boolean {
  // Both patterns need a capital or a full stop second: most words fail on their second letter.
  const second = text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return /^\p{Lu}(?:\.?\p{Lu}){1,6}\.?$/u.test(text) || /^\p{Lu}{2,}\d*$/u.test(text);
}

export function initials(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !MINOR.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
}

/** True when `short` is the acronym of `long` (`EU`, `European Union`). */
export function expands(short: string, long: string): boolean {
  if (!isAcronym(short) || long.split(/\s+/).length < 2) return false;
  const letters = short.replace(/\./g, '');
  if (initials(long) === letters) return true;
  const known = organizationByName(short);
  return known !== undefined && known.acronym !== known.name && known.name.toLowerCase() === long.toLowerCase();
}
