import type { Entity, Mention, SourceQuality, Span } from '../article';
import { DETERMINERS, isCapitalized, TIME_WORDS, wordsOf, type Word } from './words';
import { mentionCovering, mentionsCovering, mentionsWithin } from './mentionLookup';
import { partitionPoint } from '../search';

/**
 * Source quality (docs/rules.md, Sourcing decisions): is a source phrase named (a person or a
 * specific institution, or a document of one) or vague (unnamed people and role groups)?
 * Works on the words of the phrase, and uses typed mentions when the tagger gives them.
 */

function set(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter((x) => x.length > 0));
}

/** People identified only by role: vague unless a name comes with them. */
export const ROLE_NOUNS = set(
  'official officials spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives ' +
  'source sources analyst analysts expert experts critic critics diplomat diplomats observer observers insider insiders ' +
  'aide aides adviser advisers advisor advisors person people man men woman women resident residents witness witnesses ' +
  'employee employees worker workers member members officer officers agent agents trooper troopers attorney attorneys ' +
  'lawyer lawyers prosecutor prosecutors investigator investigators economist economists researcher researchers ' +
  'scientist scientists doctor doctors nurse nurses teacher teachers student students parent parents neighbour neighbours ' +
  'neighbor neighbors friend friends relative relatives executive executives manager managers leader leaders organiser ' +
  'organisers organizer organizers activist activists campaigner campaigners protester protesters protestor protestors ' +
  'supporter supporters opponent opponents voter voters citizen citizens fan fans player players coach coaches sheriff ' +
  'mayor governor judge judges chief chiefs commander commanders minister ministers president chairman chairwoman chair ' +
  'ceo founder owner owners authorities lawmakers legislators senators politicians bloggers traders investors dealers ' +
  'bankers brokers sources_close engineer engineers inspector inspectors detective detectives firefighters paramedics ' +
  'medics soldiers troops pilot pilots driver drivers passenger passengers victim victims survivor survivors guard guards ' +
  'clerk director directors secretary insiders staffers staffer consultant consultants planners planner negotiators ' +
  'negotiator mediator mediators observers commentators commentator pundits pundit strategists strategist radiomen ' +
  'radioman someone somebody others many most several barrister barristers solicitor solicitors counsel deputy deputies ' +
  'groups forecasters meteorologists residents locals bystanders onlookers villagers shoppers commuters staff_member ' +
  'colleague colleagues associate associates ally allies confidant confidants family relatives spokespersons ' +
  'physician physicians surgeon surgeons paramedic gp gps pharmacist pharmacists midwife midwives psychologist psychologists ' +
  'psychiatrist psychiatrists epidemiologist epidemiologists professor professors academic academics historian historians ' +
  'lecturer lecturers headteacher headteachers principal principals pupil pupils farmer farmers fisherman fishermen ' +
  'landlord landlords tenant tenants shopkeeper shopkeepers accountant accountants auditor auditors architect architects ' +
  'councillor councillors councilor councilors mp mps lawmaker legislator senator politician banker trader investor dealer ' +
  'broker regulator regulators contractor contractors developer developers official_s insiders participants participant ' +
  'delegate delegates envoy envoys emissary ambassador ambassadors attendee attendees fan_s users user customers customer ' +
  'patients patient survivors employees_s unionists organisers observers monitors wife husband son daughter mother ' +
  'father brother sister partner widow widower fiance fiancee grandson granddaughter niece nephew cousin uncle aunt',
);

/** Bodies that can speak for themselves (`the ministry`, `police`). */
export const INSTITUTION_NOUNS = set(
  'military army navy airforce government ministry department agency police council court company firm bank board ' +
  'committee commission office command force forces service administration parliament congress senate house regulator ' +
  'union party club team league federation association university hospital school district city county state institute ' +
  'bureau authority exchange group corporation business campaign cabinet presidency kremlin embassy consulate municipality ' +
  'prosecution defence defense coalition alliance organisation organization foundation charity network channel newspaper ' +
  'agency operator utility insurer lender retailer manufacturer carrier airline developer startup studio publisher ' +
  'staff headquarters secretariat tribunal jury',
);

/** Documents and data: named when they belong to a named body. */
export const DOCUMENT_NOUNS = set(
  'statement report reports letter letters document documents filing filings data figures statistics survey study studies ' +
  'poll polls records record release website announcement memo analysis note notes census estimate estimates tally count ' +
  'results findings complaint indictment ruling affidavit lawsuit transcript minutes budget forecast review audit ' +
  'portal register registry database tracker dashboard index tally papers paper accounts filings disclosure disclosures ' +
  'book books biography memoir',
);

const QUANTIFIERS = set('one two three four five six seven eight nine ten some many most several all none few each both');

const PREPOSITIONS = set('of at for from with in on to by close familiar within inside near among who which that whose');

export interface SourceInfo {
  quality: SourceQuality;
  /** A person (for he/she resolution) rather than a body. */
  personLike: boolean;
  plural: boolean;
}

export interface SourceContext {
  plain: string;
  mentions: Mention[];
  /** Where the sentence holding the source starts (earlier text decides `the sheriff`). */
  sentenceStart: number;
}

/** Classifies the source phrase `span`. */
export function classifySource(span: Span, ctx: SourceContext): SourceInfo {
  const words = wordsOf(ctx.plain, span.start, span.end).filter((w) => w.punct !== 'Q' && w.punct !== '(' && w.punct !== ')');
  const segments: Word[][] = [[]];
  for (const w of words) {
    if (w.punct === ',' || w.punct === '-' || w.punct === ';') segments.push([]);
    else if (w.punct === '') segments[segments.length - 1].push(w);
  }
  // `one of the people`, `two of the aides`: the group after `of` decides.
  for (const seg of segments) {
    if (seg.length > 2 && QUANTIFIERS.has(seg[0].lower) && seg[1].lower === 'of') seg.splice(0, 2);
  }
  const cores = segments.filter((s) => s.length > 0).map((s) => coreOf(s));
  if (cores.length === 0) return { quality: 'vague', personLike: false, plural: true };
  let firstRole: { head: Word; core: Word[] } | undefined;
  let institution: { head: Word; core: Word[]; rest: Word[] } | undefined;
  for (const { core, head, rest } of cores) {
    if (!head) continue;
    const lower = head.lower.replace(/'s$/, '');
    const headIsKnownNoun = ROLE_NOUNS.has(lower) || INSTITUTION_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower);
    if (isCapitalized(head) && !headIsKnownNoun && !(head.lower === 'it' || head.lower === 'they')) {
      // A proper name heads this segment: a person or a named body, unless it is a demonym group.
      if (isGroupName(head, ctx.mentions)) {
        // `the Italians` (a team, a nation acting as one) is a specific body; `Italian officials` is not.
        if (core.length === 2 && core[0].lower === 'the' && /s$/.test(head.lower)) return { quality: 'named', personLike: false, plural: true };
        firstRole ??= { head, core };
        continue;
      }
      const personLike = isPersonName(core, head, ctx.mentions);
      return { quality: 'named', personLike, plural: false };
    }
    if (ROLE_NOUNS.has(lower)) {
      firstRole ??= { head, core };
      continue;
    }
    institution ??= { head, core, rest };
  }
  if (institution) {
    const { head, core, rest } = institution;
    const lower = head.lower;
    const determiner = core[0]?.lower ?? '';
    const possessive = core.some((w) => /['’]s$/.test(w.text) || ['its', 'his', 'her', 'their', 'our'].includes(w.lower));
    const properModifier = core
      .slice(0, -1)
      .some((w, k) => isCapitalized(w) && !isGroupName(w, ctx.mentions) && !(k === 0 && DETERMINERS.has(w.lower)) && !(k === 0 && startsSentence(w, ctx) && !inNameMention(w, ctx.mentions)));
    const namedPP = rest.some((w) => isCapitalized(w)) || /^(?:the|its|their)$/.test(rest[1]?.lower ?? '');
    const plural = /s$/.test(lower) && !/ss$/.test(lower);
    // `Court records`, `council figures`: a document of a kind of body that the story is about.
    const bodyModifier = core.slice(0, -1).some((w) => INSTITUTION_NOUNS.has(w.lower));
    // `a study published on Wednesday`, `a report by the auditor`: one identified document.
    const identifiedDocument = DOCUMENT_NOUNS.has(lower) && (rest.length >= 1 || core.length >= 3);
    if (determiner === 'the' || possessive || properModifier || namedPP || bodyModifier || identifiedDocument || lower === 'police' || isCapitalized(head)) {
      return { quality: 'named', personLike: false, plural };
    }
  }
  // A named source keeps its name whatever precedes or follows it (docs/rules.md, the decisions of the spec's section 6.1): a title or
  // job before the name (`head of retail research Anna Pike`), an apposition after it.
  if (firstRole && mentionsWithin(ctx.mentions, span.start, span.end).some((m) => namesTheSource(m, ctx.plain))) {
    return { quality: 'named', personLike: true, plural: false };
  }
  // `Economists polled by Newswire`: the members of a named poll.
  if (firstRole && /\b(?:polled|surveyed|interviewed|questioned)\s+by\s+\p{Lu}/u.test(ctx.plain.slice(span.start, span.end))) {
    return { quality: 'named', personLike: false, plural: true };
  }
  if (firstRole) {
    const { head, core } = firstRole;
    const plural = /s$/.test(head.lower) || /men$|people$/.test(head.lower);
    const definite = core[0]?.lower === 'the' && !plural;
    if (definite && namedEarlier(head.lower, ctx)) return { quality: 'named', personLike: true, plural: false };
    // `the prime minister`, `the chancellor`: a single office, held by someone the story has named
    // (section 6: a definite description of someone already named).
    if (definite && OFFICES.has(head.lower) && mentionsWithin(ctx.mentions, 0, ctx.sentenceStart).some((m) => m.type === 'person')) {
      return { quality: 'named', personLike: true, plural: false };
    }
    return { quality: 'vague', personLike: !plural, plural };
  }
  return { quality: 'vague', personLike: false, plural: false };
}

/** Offices held by one person at a time (`the prime minister`, `the chancellor`). */
const OFFICES = new Set('minister chancellor president premier governor mayor secretary pope king queen chairman chairwoman'.split(' '));

/**
 * A person's name that names the source phrase it is in: not a possessive (`Hollins's barrister`
 * is the barrister's), not the object of a preposition (`supporters of Harrow`), and a full name
 * or a name in head position.
 */
function namesTheSource(m: Mention, plain: string): boolean {
  if (m.type !== 'person' || !/^\p{Lu}/u.test(m.text)) return false;
  if (/^['’]s?\b/u.test(plain.slice(m.end, m.end + 2))) return false;
  if (/\b(?:of|for|to|at|from|by|with|about)\s+$/i.test(plain.slice(Math.max(0, m.start - 6), m.start))) return false;
  return /\s/.test(m.text.trim());
}

/** Is `w` the first word of its sentence (so capitalized for that reason only)? */
function startsSentence(w: Word, ctx: SourceContext): boolean {
  return !/\S/.test(ctx.plain.slice(ctx.sentenceStart, w.start));
}

function inNameMention(w: Word, mentions: Mention[]): boolean {
  return mentionsCovering(mentions, w.start, w.end).some((m) => m.type === 'person' || m.type === 'organization');
}

/** The noun phrase core of an apposition segment: up to the first preposition or relative word. */
function coreOf(seg: Word[]): { core: Word[]; head: Word | undefined; rest: Word[] } {
  let k = 0;
  // A present participle after a role noun starts a clause about it (`Experts studying the seas`).
  while (k < seg.length && !(k > 0 && (PREPOSITIONS.has(seg[k].lower) || (/^\p{Ll}+ing$/u.test(seg[k].text) && ROLE_NOUNS.has(seg[k - 1].lower))))) k++;
  if (PREPOSITIONS.has(seg[0]?.lower ?? '') && seg[0].lower !== 'the') k = seg.length; // never mind
  let core = seg.slice(0, k);
  // A participle ends the noun phrase (`three people involved`, `a study published`).
  const participle = (w: Word, prev: Word | undefined): boolean =>
    !ROLE_NOUNS.has(w.lower) && !DOCUMENT_NOUNS.has(w.lower) && !INSTITUTION_NOUNS.has(w.lower) &&
    (/^\p{Ll}+ed$/u.test(w.text) || (/^\p{Ll}+ing$/u.test(w.text) && prev !== undefined && (ROLE_NOUNS.has(prev.lower) || /[^s]s$/.test(prev.lower))));
  while (core.length > 1 && participle(core[core.length - 1], core[core.length - 2])) core = core.slice(0, -1);
  // Drop trailing time words (`officials on Tuesday`).
  while (core.length > 1 && TIME_WORDS.has(core[core.length - 1].lower)) core = core.slice(0, -1);
  return { core, head: core[core.length - 1], rest: seg.slice(core.length) };
}

const DEMONYM = /(?:ans|ians|ese|ish|is|crats|icans|ites|ists)$/;

function isGroupName(w: Word, mentions: Mention[]): boolean {
  const m = mentionCovering(mentions, w.start, w.end);
  if (m && m.type === 'group') return /s$/.test(w.text) || true;
  if (m && (m.type === 'person' || m.type === 'organization')) return false;
  return DEMONYM.test(w.lower) && /^\p{Lu}\p{Ll}+$/u.test(w.text);
}

const ORG_HEAD = /^(?:\p{Lu}{2,}|.*(?:Inc|Corp|Ltd|Co|Group|Ministry|Staff|Command|Office|Agency|Bank|Council|Court|Police|Party|Union|Reuters|Times|News|Post|Journal|Press|Service|Department|Institute|University|Association|Federation|Commission|Committee|Fund|Board|Authority|Army|Navy|Force|Forces|Government|Parliament|Congress|Senate|House|Club|FC|United|City|Company|Foundation|Trust|Network|Media|Airlines|Motors|Industries|Holdings|Partners|Capital|Systems|Energy|Health|Hospital|School|College|Centre|Center|Museum|Library|Exchange|Reserve|Group|League|Organisation|Organization))$/u;

function isPersonName(core: Word[], head: Word, mentions: Mention[]): boolean {
  const m = mentionCovering(mentions, head.start, head.end);
  if (m) {
    if (m.type === 'person') return true;
    if (m.type === 'organization') return false;
  }
  if (ORG_HEAD.test(head.text)) return false;
  if (core[0]?.lower === 'the') return false;
  return true;
}

/** `the sheriff` is named when a sheriff was named earlier (`Sheriff Bill Ott`, `Ott, the county sheriff`). */
function namedEarlier(role: string, ctx: SourceContext): boolean {
  const { plain, sentenceStart: limit } = ctx;
  const len = role.length;
  const occurrences = roleOccurrences(role, ctx);
  const starts = occurrences.starts;
  // An occurrence whose 40 characters of look-ahead end before the limit reads as it would with
  // no limit: the first of all that comes with a name is found once per role and article (testing
  // every earlier occurrence for each source was quadratic: issue 16), and is one of those when
  // any is. The few nearer the limit are tested with it.
  if (occurrences.firstNamed === undefined) {
    occurrences.firstNamed = starts.findIndex((at) => roleNamedAt(plain, at, at + len, plain.length));
  }
  const first = occurrences.firstNamed;
  if (first >= 0 && starts[first] + len + 40 <= limit) return true;
  for (let i = partitionPoint(starts.length, (k) => starts[k] + len + 40 <= limit); i < starts.length && starts[i] + len <= limit; i++) {
    if (roleNamedAt(plain, starts[i], starts[i] + len, limit)) return true;
  }
  // Read from the text before the sentence, a role word that ends right at the sentence start
  // ends a word even when the text goes on with a letter: look for that one too.
  const tailFrom = Math.max(0, limit - len - 1);
  const tail = new RegExp(`\\b${role}$`, 'iu').exec(plain.slice(tailFrom, limit));
  return tail !== null && roleNamedAt(plain, tailFrom + tail.index, limit, limit);
}

/**
 * Does the role word at [at, end) come with a name: `Sheriff Bill Ott` (capitalized, a name after
 * it) or `Ott, the county sheriff` (a name and a comma before it)? Only text before `limit` (the
 * sentence holding the source) is read.
 */
function roleNamedAt(plain: string, at: number, end: number, limit: number): boolean {
  const after = plain.slice(end, Math.min(end + 40, limit));
  if (/^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*[\p{Lu}][\p{L}'’-]+/u.test(after) && /^\p{Lu}/u.test(plain.slice(at, end))) return true;
  const lead = plain.slice(Math.max(0, at - 80), at);
  if (/[\p{Lu}][\p{L}'’-]+,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u.test(lead) && !/[.!?]/.test(lead.slice(lead.lastIndexOf(',')))) {
    const name = /([\p{Lu}][\p{L}'’-]+),\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u.exec(lead);
    if (name && !DETERMINERS.has(name[1].toLowerCase())) return true;
  }
  return false;
}

/**
 * Offsets of the whole-word, case-insensitive occurrences of each role word in the article, found
 * once per article (keyed by its mention list, which is one array per analysis): searching the
 * whole text before every definite role source made long articles quadratic.
 */
const roleOccurrenceCache = new WeakMap<readonly Mention[], { plain: string; byRole: Map<string, RoleOccurrences> }>();

interface RoleOccurrences {
  starts: number[];
  /** Index in `starts` of the first occurrence that comes with a name, read without a limit (-1: none); found when first asked. */
  firstNamed?: number;
}

function roleOccurrences(role: string, ctx: SourceContext): RoleOccurrences {
  let cached = roleOccurrenceCache.get(ctx.mentions);
  // The same string object in one analysis: the comparison is a pointer check.
  if (cached === undefined || cached.plain !== ctx.plain) {
    cached = { plain: ctx.plain, byRole: new Map() };
    roleOccurrenceCache.set(ctx.mentions, cached);
  }
  const byRole = cached.byRole;
  let found = byRole.get(role);
  if (found === undefined) {
    found = { starts: /^[a-z]+$/.test(role) ? asciiWordOccurrences(role, ctx.plain) : wordOccurrences(role, ctx.plain) };
    byRole.set(role, found);
  }
  return found;
}

/** Starts of the matches of /\brole\b/giu (the reference way, for any role text). */
function wordOccurrences(role: string, plain: string): number[] {
  const list: number[] = [];
  const re = new RegExp(`\\b${role}\\b`, 'giu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(plain)) !== null) list.push(m.index);
  return list;
}

/**
 * The same for a role of ASCII letters, several times faster on a long text: the letters found
 * case-insensitively without /u (where a long s `ſ` and the Kelvin sign U+212A must be listed, as /iu
 * folds them to `s` and `k`), then the `\b` tests by char code. Such matches cannot overlap.
 */
function asciiWordOccurrences(role: string, plain: string): number[] {
  const list: number[] = [];
  const re = new RegExp(role.replace(/s/g, '[s\\u017f]').replace(/k/g, '[k\\u212a]'), 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(plain)) !== null) {
    const at = m.index;
    re.lastIndex = at + 1;
    if (!isWordCharIU(plain.charCodeAt(at - 1)) && !isWordCharIU(plain.charCodeAt(at + role.length))) list.push(at);
  }
  return list;
}

/** A word character of `\b` under /iu: ASCII letters, digits and `_`, plus `ſ` and `K`. */
function isWordCharIU(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;
}

/** The entity a named source stands for: a person mention first, then any mention, then a surname. */
export function resolveEntity(span: Span, mentions: Mention[], entities: Entity[], plain: string): number {
  const inside = mentionsWithin(mentions, span.start, span.end).filter((m) => m.entity >= 0);
  const person = inside.find((m) => m.type === 'person');
  const pick = person ?? inside.find((m) => m.type === 'organization') ?? inside.find((m) => m.type !== 'group');
  const text = plain.slice(span.start, span.end);
  if (pick) {
    const e = entities[pick.entity];
    if (e && e.type !== 'person') {
      // A crude tagger may type a bare surname as a place: prefer a person whose name ends in it.
      const better = surnameEntity(pick.text, entities);
      if (better >= 0) return better;
    }
    return pick.entity;
  }
  const cap = /([\p{Lu}][\p{L}'’-]+)\s*$/u.exec(text);
  return cap ? surnameEntity(cap[1], entities) : -1;
}

/**
 * The first person whose name ends in `word` after a space (`Okoro` -> `Dana Okoro`), or -1.
 * Looked up in an index of the names' endings, built once per analysis's entity list: a scan of
 * every entity for each attribution was quadratic on long articles.
 */
export function surnameEntity(word: string, entities: readonly Entity[]): number {
  return surnameIndex(entities).get(word.replace(/['’]s$/, '')) ?? -1;
}

const surnameIndexes = new WeakMap<readonly Entity[], Map<string, number>>();

/** Every ending of a person's name that starts after a space, to the first such person. */
function surnameIndex(entities: readonly Entity[]): Map<string, number> {
  let index = surnameIndexes.get(entities);
  if (index === undefined) {
    index = new Map();
    for (let i = 0; i < entities.length; i++) {
      const { type, name } = entities[i];
      if (type !== 'person') continue;
      for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
        const ending = name.slice(at + 1);
        if (!index.has(ending)) index.set(ending, i);
      }
    }
    surnameIndexes.set(entities, index);
  }
  return index;
}
