import type { ArticleDiagnostic, Entity, EntityType, Mention, Paragraph, Sentence } from '../article';
import { formOf, type MentionForm } from './cluster';
import { isSpellingVariant } from './spelling';
import { splitTitle, stripPossessive } from './titles';
import { isSpace } from './chars';
import { pushTo } from '../multimap';
import { StringMemo } from '../memo';

/**
 * Name consistency within one article (docs/rules.md, Entities):
 *
 * - `name-inconsistency`: one entity spelled two ways (`Zelenskiy` / `Zelensky`). Names are
 *   compared word by word (the first name and the surname separately), so `Volodymyr Zelensky`
 *   and a later `Zelenskiy` disagree on the surname only. The spelling used most often wins (on a
 *   tie, the one of the first full mention); each other spelling is flagged, with the majority
 *   spelling in `data.replacement` and as related information. Case alone (`ZELENSKIY` in an
 *   all-caps headline) is not a different spelling; accents are (`Jose` / `José`).
 * - `surname-before-full-name`: a person's first mention in the body is a bare surname
 *   (`Mr Smith`, `Smith`) and the full name comes later in the body. Headlines, captions and
 *   other non-body paragraphs are exempt, both as the first mention and as the full one.
 *
 * Pronouns, capitals standing for their country, nationality adjectives and acronyms are other
 * ways to name an entity, not spellings of its name, and are never compared.
 */
export interface ConsistencyInput {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
}

interface Word {
  text: string;
  start: number;
  end: number;
  /** Index of the word in its name, from the end: 0 is the surname. */
  fromEnd: number;
  words: number;
}

/** One word of a name as written, offsets relative to the mention's start; with what the checks ask of it. */
interface NameWord {
  text: string;
  from: number;
  to: number;
  /** Its spelling key: case alone is not a different spelling. */
  lower: string;
  /** Two letters in a row: initials (`J.`) are not compared. */
  lettered: boolean;
}

const nameWordMemo = [new StringMemo((raw) => splitNameWords(raw, false)), new StringMemo((raw) => splitNameWords(raw, true))];

/** The words of a mention's raw text, memoized by text (and whether it is a person's name). */
function nameWordsOf(raw: string, person: boolean): NameWord[] {
  return nameWordMemo[person ? 1 : 0].get(raw);
}

function splitNameWords(raw: string, person: boolean): NameWord[] {
  let offset = 0;
  const the = /^the\s+/i.exec(raw);
  if (the && raw.length > the[0].length) offset = the[0].length;
  if (person) offset += splitTitle(raw.slice(offset)).offset;
  const name = stripPossessive(raw.slice(offset));
  // The runs of non-`\s` characters (a loop: the regex's match objects were most of this).
  const out: NameWord[] = [];
  for (let i = 0; i < name.length; ) {
    while (i < name.length && isSpace(name.charCodeAt(i))) i++;
    if (i === name.length) break;
    const start = i;
    while (i < name.length && !isSpace(name.charCodeAt(i))) i++;
    const text = name.slice(start, i);
    out.push({ text, from: offset + start, to: offset + i, lower: lower(text), lettered: /\p{L}{2}/u.test(text) });
  }
  return out;
}

/** A mention's name words. Its text is the article's at its offsets, unless markup was removed there. */
function mentionWords(text: string, m: Mention): NameWord[] {
  const raw = m.text.length === m.end - m.start && text.startsWith(m.text, m.start) ? m.text : text.slice(m.start, m.end);
  return nameWordsOf(raw, m.type === 'person');
}

/** The words of a mention's name, with offsets: no `the`, no title, no possessive. */
export function nameWords(text: string, m: Mention): Word[] {
  const found = mentionWords(text, m);
  return found.map((w, i) => wordAt(m, w, i, found.length));
}

function wordAt(m: Mention, w: NameWord, i: number, words: number): Word {
  return { text: w.text, start: m.start + w.from, end: m.start + w.to, fromEnd: words - 1 - i, words };
}

const lower = (s: string): string => s.normalize('NFC').toLocaleLowerCase('en');

/** formOf depends on the mention's type and text and on its entity: computed once per spelling. */
function formsOf(input: ConsistencyInput, entity: Entity): (m: Mention) => MentionForm {
  // Most entities are named once or twice: no tables for them (they were made for every entity on every keystroke).
  if (entity.mentions.length <= 2) return (m) => formOf(m, entity);
  const memo = new Map<EntityType, Map<string, MentionForm>>();
  return (m) => {
    let byText = memo.get(m.type);
    if (!byText) memo.set(m.type, (byText = new Map()));
    let f = byText.get(m.text);
    if (f === undefined) byText.set(m.text, (f = formOf(m, entity)));
    return f;
  };
}

export function consistencyDiagnostics(input: ConsistencyInput): ArticleDiagnostic[] {
  const out: ArticleDiagnostic[] = [];
  input.entities.forEach((entity) => {
    if (entity.type === 'group') return;
    const form = formsOf(input, entity);
    out.push(...spellingDiagnostics(input, entity, form));
    if (entity.type === 'person') {
      const d = surnameFirst(input, entity, form);
      if (d) out.push(d);
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

interface Slot {
  words: Word[];
  /** Its spellings, each once (a few: an array, not a Set, as this runs for every entity). */
  spellings: string[];
}

/** Distinct spellings past which `spelledOneWay` leaves the question to the slots (its list is searched linearly). */
const FEW_SPELLINGS = 32;

/**
 * True when no two of an entity's name words, as compared, are spellings of one word: then it has
 * nothing to report. Most entities are, and this finds it without the slots' tables (a few
 * spellings, in a list); false also when there are too many spellings to tell this way.
 */
function spelledOneWay(input: ConsistencyInput, entity: Entity, compared: (m: Mention) => boolean): boolean {
  const seen: string[] = [];
  for (const i of entity.mentions) {
    const m = input.mentions[i];
    if (!compared(m)) continue;
    for (const w of mentionWords(input.text, m)) {
      if (!w.lettered || seen.includes(w.lower)) continue;
      if (seen.length >= FEW_SPELLINGS || seen.some((o) => isSpellingVariant(o, w.lower))) return false;
      seen.push(w.lower);
    }
  }
  return true;
}

function spellingDiagnostics(input: ConsistencyInput, entity: Entity, formOfMention: (m: Mention) => MentionForm): ArticleDiagnostic[] {
  const compared = (m: Mention): boolean => m.type !== 'group' && isNameForm(formOfMention(m));
  if (spelledOneWay(input, entity, compared)) return [];
  // Each slot is one word of the name in its spellings; distinct spellings are compared once.
  const slots: Slot[] = [];
  const slotOf = new Map<string, Slot>();
  for (const i of entity.mentions) {
    const m = input.mentions[i];
    if (!compared(m)) continue;
    for (const w of mentionWords(input.text, m)) {
      if (!w.lettered) continue;
      const k = w.lower;
      if (slotOf.has(k)) continue;
      let slot = slots.find((s) => s.spellings.some((o) => isSpellingVariant(o, k)));
      if (!slot) slots.push((slot = { words: [], spellings: [] }));
      slot.spellings.push(k);
      slotOf.set(k, slot);
    }
  }
  // Only a slot written two ways has anything to report: its words are listed in a second pass
  // (most entities are spelled one way, and listing every word of every mention was most of this).
  if (slots.every((s) => s.spellings.length < 2)) return [];
  for (const i of entity.mentions) {
    const m = input.mentions[i];
    if (!compared(m)) continue;
    const found = mentionWords(input.text, m);
    found.forEach((w, j) => {
      const slot = w.lettered ? slotOf.get(w.lower) : undefined;
      if (slot && slot.spellings.length >= 2) slot.words.push(wordAt(m, w, j, found.length));
    });
  }
  const out: ArticleDiagnostic[] = [];
  for (const slot of slots) {
    const bySpelling = new Map<string, Word[]>();
    for (const w of slot.words) pushTo(bySpelling, lower(w.text), w);
    if (bySpelling.size < 2) continue;
    const majority = majoritySpelling(bySpelling, entity);
    const model = bySpelling.get(majority)?.find((w) => w.text !== w.text.toUpperCase()) ?? bySpelling.get(majority)?.[0];
    if (!model) continue;
    for (const [k, list] of bySpelling) {
      if (k === majority) continue;
      for (const w of list) {
        out.push({
          code: 'name-inconsistency',
          severity: 'warning',
          start: w.start,
          end: w.end,
          message: `"${w.text}" is spelled "${model.text}" elsewhere in this article (${bySpelling.get(majority)?.length ?? 0} of ${slot.words.length} times): use one spelling for ${entity.name}`,
          related: [{ start: model.start, end: model.end, message: `"${model.text}" is used here` }],
          data: { replacement: model.text, entity: entity.id, spelling: w.text },
        });
      }
    }
  }
  return out;
}

/** The spelling used most often; on a tie, the one of the entity's canonical name, then the first. */
function majoritySpelling(bySpelling: Map<string, Word[]>, entity: Entity): string {
  const canonical = new Set(entity.name.split(/\s+/).map(lower));
  let best = '';
  let bestScore = -1;
  let bestFirst = Infinity;
  for (const [k, list] of bySpelling) {
    const score = list.length * 2 + (canonical.has(k) ? 1 : 0);
    const first = list[0].start;
    if (score > bestScore || (score === bestScore && first < bestFirst)) {
      best = k;
      bestScore = score;
      bestFirst = first;
    }
  }
  return best;
}

function isNameForm(form: MentionForm): boolean {
  return form === 'name' || form === 'surname';
}

function surnameFirst(input: ConsistencyInput, entity: Entity, formOfMention: (m: Mention) => MentionForm): ArticleDiagnostic | undefined {
  if (!entity.name.includes(' ')) return undefined;
  const inBody = (m: Mention) => input.paragraphs[input.sentences[m.sentence]?.paragraph]?.role === 'body' && formOfMention(m) !== 'pronoun';
  let first: Mention | undefined;
  let full: Mention | undefined;
  for (const i of entity.mentions) {
    const m = input.mentions[i];
    if (!inBody(m)) continue;
    if (!first) {
      first = m;
      if (mentionWords(input.text, first).length !== 1) return undefined;
    } else if (mentionWords(input.text, m).length > 1) {
      full = m;
      break;
    }
  }
  if (!first) return undefined;
  if (!full) return undefined;
  const fullName = nameWords(input.text, full)
    .map((w) => w.text)
    .join(' ');
  const shown = input.text.slice(first.start, first.end);
  return {
    code: 'surname-before-full-name',
    severity: 'information',
    start: first.start,
    end: first.end,
    message: `"${shown}" is the first mention of ${fullName} in the body, but the full name only comes later: give the full name at first mention`,
    related: [{ start: full.start, end: full.end, message: `full name "${fullName}" first used here` }],
    data: { fullName, entity: entity.id },
  };
}
