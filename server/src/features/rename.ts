import type { Article, Entity, Mention, Span } from '../core/article';
import type { TextEditSpan } from './quickFixes';
import { entityAt, isPronoun, nameSpan, numberAt, spellingOf } from './entityLookup';

/**
 * Rename an entity's spelling: every mention spelled like the one under the cursor changes
 * (name part only: titles and possessives stay). Renaming a full name (`Volodymyr Zelenskiy` ->
 * `Volodymyr Zelensky`) also renames the bare surname mentions spelled like its last word
 * (`Zelenskiy` -> `Zelensky`). Other spellings, capitals and nationality adjectives are left alone.
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

export function renameEdits(article: Article, offset: number, rawNewName: string): TextEditSpan[] | RenameRefusal {
  const target = renameTarget(article, offset);
  if ('error' in target) return target;
  const newName = rawNewName.replace(/\s+/g, ' ').trim();
  if (newName === '') return { error: 'The new name is empty.' };
  const oldWords = target.spelling.split(' ');
  const newWords = newName.split(' ');
  const oldSurname = oldWords.length > 1 ? oldWords[oldWords.length - 1] : undefined;
  const newSurname = newWords[newWords.length - 1];
  const edits: TextEditSpan[] = [];
  for (const i of target.entity.mentions) {
    const m = article.mentions[i];
    if (isPronoun(m)) continue;
    const spelling = spellingOf(article, m);
    let replacement: string | undefined;
    if (spelling === target.spelling) replacement = newName;
    else if (oldSurname !== undefined && spelling === oldSurname && newSurname !== oldSurname) replacement = newSurname;
    if (replacement === undefined) continue;
    const span = nameSpan(article, m);
    edits.push({ start: span.start, end: span.end, newText: replacement });
  }
  return edits;
}
