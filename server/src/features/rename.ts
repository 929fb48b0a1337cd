import type { Article, Entity, Mention, Span } from '../core/article';
import type { TextEditSpan } from './quickFixes';
import { entityAt, isPronoun, nameSpan, numberAt, spellingOf } from './entityLookup';

/**
 * Rename an entity's spelling in every form of the name: every mention spelled like the one under
 * the cursor changes (name part only: titles and possessives stay), and so do the words it
 * respells in the entity's other forms. Renaming a full name (`Volodymyr Zelenskiy` ->
 * `Volodymyr Zelensky`) renames the bare surnames (`Zelenskiy` -> `Zelensky`); renaming a bare
 * surname renames it inside the full name too. An acronym renamed leaves the full name, which
 * does not contain it. Other entities, capitals and nationality adjectives are left alone.
 * Offsets in, edits in offsets out; a refusal is `{ error }` with the reason to show.
 */

export interface RenameRefusal {
  error: string;
}

interface RenameTarget {
  mention: Mention;
  entity: Entity;
  span: Span;
  spelling: string;
}

/** Why the cursor's position cannot be renamed, or the mention's entity and name span. */
function renameTarget(article: Article, offset: number): RenameTarget | RenameRefusal {
  const at = entityAt(article, offset);
  if (!at) {
    const error = numberAt(article, offset)
      ? 'Numbers cannot be renamed: Newsmark renames the names of people, organizations, places and groups.'
      : 'There is no name here: Newsmark renames the names of people, organizations, places and groups.';
    return { error };
  }
  if (isPronoun(at.mention)) {
    return { error: `"${at.mention.text}" is a pronoun: rename the name it stands for (${at.entity.name}).` };
  }
  return { mention: at.mention, entity: at.entity, span: nameSpan(article, at.mention), spelling: spellingOf(article, at.mention) };
}

/** The name span under the cursor and its text (the editor's rename box starts with it). */
export function prepareRename(article: Article, offset: number): { span: Span; placeholder: string } | RenameRefusal {
  const target = renameTarget(article, offset);
  if ('error' in target) return target;
  return { span: target.span, placeholder: article.text.slice(target.span.start, target.span.end) };
}

/**
 * Which words a rename respells: word for word when the old and new spellings have as many words
 * (`Amara Okafor` -> `Amara Okafo` respells `Okafor`); a one-word spelling as a whole (`NPA` ->
 * `the NPA`); otherwise the last word, the surname (`Vladimir Putin` -> `Vladimir V. Putina`).
 */
function wordMap(oldWords: string[], newWords: string[]): Map<string, string> {
  const map = new Map<string, string>();
  const add = (from: string, to: string): void => {
    if (from !== to) map.set(from, to);
  };
  if (oldWords.length === newWords.length) oldWords.forEach((w, i) => add(w, newWords[i]));
  else if (oldWords.length === 1) add(oldWords[0], newWords.join(' '));
  else add(oldWords[oldWords.length - 1], newWords[newWords.length - 1]);
  return map;
}

export function renameEdits(article: Article, offset: number, rawNewName: string): TextEditSpan[] | RenameRefusal {
  const target = renameTarget(article, offset);
  if ('error' in target) return target;
  const newName = rawNewName.replace(/\s+/g, ' ').trim();
  if (newName === '') return { error: 'The new name is empty.' };
  const respell = wordMap(target.spelling.split(' '), newName.split(' '));
  const edits: TextEditSpan[] = [];
  for (const i of target.entity.mentions) {
    const m = article.mentions[i];
    if (isPronoun(m)) continue;
    const span = nameSpan(article, m);
    if (spellingOf(article, m) === target.spelling) {
      edits.push({ start: span.start, end: span.end, newText: newName });
      continue;
    }
    // Another form of the name (the full name, a bare surname, a first name): its words that
    // the rename respells change, one edit each, and the rest of the mention stays as written.
    const words = /\S+/g;
    const text = article.text.slice(span.start, span.end);
    for (let w = words.exec(text); w !== null; w = words.exec(text)) {
      const replacement = respell.get(w[0]);
      if (replacement !== undefined) edits.push({ start: span.start + w.index, end: span.start + w.index + w[0].length, newText: replacement });
    }
  }
  return edits;
}
