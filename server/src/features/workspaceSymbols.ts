import type { EntityType } from '../core/article';

/**
 * Workspace symbols: the entities of every article under the workspace folders, from the
 * workspace index's summaries (workspace/workspaceIndex.ts). One symbol per entity per article,
 * at its first full mention, with the article's headline as container. Entities are matched
 * against the query by name and spellings, accents and case folded.
 */

export interface IndexedEntity {
  name: string;
  type: EntityType;
  /** Distinct spellings of the entity's names in this file (full names and surnames; no pronouns, capitals, adjectives, acronyms). */
  spellings: string[];
  mentionCount: number;
  /** The defining mention (first full mention), as an LSP range (0-based line, UTF-16 character). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface IndexedFile {
  uri: string;
  /** The headline (or the file name when there is none), for the symbol's container. */
  title: string;
  bytes: number;
  entities: IndexedEntity[];
}

/** A matching entity of one indexed file. */
export interface WorkspaceSymbolMatch {
  name: string;
  type: EntityType;
  uri: string;
  range: IndexedEntity['range'];
  containerName: string;
}

/** At most this many symbols per answer; the client filters further as the user types. */
export const MAX_SYMBOLS = 1000;

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** 3: a word starts with the query; 2: contains it; 1: has its letters in order; 0: no match. */
export function matchScore(query: string, candidate: string): number {
  if (query === '') return 1;
  const c = fold(candidate);
  const at = c.indexOf(query);
  if (at === 0 || (at > 0 && /[\s\-'’.]/.test(c[at - 1]))) return 3;
  if (at > 0) return 2;
  let k = 0;
  for (let i = 0; i < c.length && k < query.length; i++) if (c[i] === query[k]) k++;
  return k === query.length ? 1 : 0;
}

/** The entities matching the query, best first (score, then name, then file), at most `limit`. */
export function searchSymbols(files: IndexedFile[], rawQuery: string, limit = MAX_SYMBOLS): WorkspaceSymbolMatch[] {
  const query = fold(rawQuery.replace(/\s+/g, ' ').trim());
  const hits: { score: number; symbol: WorkspaceSymbolMatch }[] = [];
  for (const file of files) {
    for (const e of file.entities) {
      let score = matchScore(query, e.name);
      for (const s of e.spellings) if (score < 3) score = Math.max(score, matchScore(query, s));
      if (score === 0) continue;
      hits.push({ score, symbol: { name: e.name, type: e.type, uri: file.uri, range: e.range, containerName: file.title } });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.symbol.name.localeCompare(b.symbol.name) || (a.symbol.uri < b.symbol.uri ? -1 : 1));
  return hits.slice(0, limit).map((h) => h.symbol);
}
