import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { PersonIndex } from '../../server/src/core/entities/personIndex';
import { editDistance, foldName, isSpellingVariant, skeleton } from '../../server/src/core/entities/spelling';
import { groupSpellings } from '../../server/src/features/spellingGroups';
import { VariantIndex } from '../../server/src/core/entities/variantIndex';

/**
 * Spelling variants are found through an index instead of by comparing every pair of names
 * (issue 16). The index may list extra candidates but must never miss a variant: checked here
 * against the pairwise definition on names with planted misspellings (every kind of edit,
 * doubled letters, accents, case, possessives), and the clustering it feeds on articles of our
 * own writing whose names are near misses of each other.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const BASES = ['Vanderhoeven', 'Kowalczykowska', 'Ngata', 'Mensah', 'Zelenskiy', 'Adebayo-Okafor', 'Szczepanski', 'MacAllister', 'Holm', 'Álvarez', 'Oluwaseun', 'Thornbury Town', 'Eastmoor Harbour Trust', 'Iran', 'Austria', 'Llewellyn'];
const LETTERS = 'abcdeilmnorstuyzéá';

/** A name with one or two random edits of the kinds isSpellingVariant forgives (and some it does not). */
function misspell(name: string, r: () => number): string {
  let s = name;
  const edits = 1 + Math.floor(r() * 2);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * s.length);
    const c = LETTERS[Math.floor(r() * LETTERS.length)];
    switch (Math.floor(r() * 7)) {
      case 0:
        s = s.slice(0, at) + c + s.slice(at + 1);
        break;
      case 1:
        s = s.slice(0, at) + c + s.slice(at);
        break;
      case 2:
        s = s.slice(0, at) + s.slice(at + 1);
        break;
      case 3:
        if (at + 1 < s.length) s = s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2);
        break;
      case 4:
        s = s.slice(0, at) + s[at] + s.slice(at); // a doubled letter
        break;
      case 5:
        s = s.toUpperCase();
        break;
      default:
        s = `${s}’s`;
    }
  }
  return s;
}

function names(count: number, seed: number): string[] {
  const r = rng(seed);
  const out = new Set<string>(BASES);
  while (out.size < count) out.add(misspell(BASES[Math.floor(r() * BASES.length)], r));
  return [...out];
}

describe('VariantIndex', () => {
  it('lists every name that is the same folded name or a spelling variant (checked against all pairs)', () => {
    for (const seed of [1, 2, 3]) {
      const list = names(400, seed);
      const index = new VariantIndex<number>();
      list.forEach((n, i) => index.add(n, i));
      let variants = 0;
      list.forEach((a) => {
        const found = new Set(index.candidates(a));
        list.forEach((b, j) => {
          if (foldName(a) !== foldName(b) && !isSpellingVariant(a, b)) return;
          variants++;
          if (!found.has(j)) throw new Error(`${JSON.stringify(b)} is a variant of ${JSON.stringify(a)} but not a candidate`);
        });
      });
      // The planted misspellings make many pairs variants: the check above is not vacuous.
      expect(variants).toBeGreaterThan(list.length * 3);
    }
  });

  it('needs no key that deletes the first letter: names that share it are as many edits apart without it', () => {
    const r = rng(11);
    let near = 0;
    for (let t = 0; t < 40000; t++) {
      let a = '';
      let b = '';
      for (let i = 1 + Math.floor(r() * 9); i > 0; i--) a += 'abc'[Math.floor(r() * 3)];
      b = a[0];
      for (let i = Math.floor(r() * 9); i > 0; i--) b += 'abc'[Math.floor(r() * 3)];
      for (const max of [1, 2]) {
        const whole = Math.min(editDistance(a, b, max), max + 1);
        if (whole <= max) near++;
        if (Math.min(editDistance(a.slice(1), b.slice(1), max), max + 1) !== whole) throw new Error(`${a} / ${b}: ${whole} edits, not so without the first letter`);
      }
    }
    expect(near).toBeGreaterThan(5000);
  });

  it('lists candidates once each, in the order they were added, and few non-variants', () => {
    const index = new VariantIndex<string>();
    for (const n of ['Zelensky', 'Zelenskiy', 'Zelensky', 'Kowalski', 'Zelenska', 'Ngata']) index.add(n, n);
    expect(index.candidates('Zelenskyy')).toEqual(['Zelensky', 'Zelenskiy', 'Zelensky', 'Zelenska']);
    expect(index.candidates('Ngatta')).toEqual(['Ngata']);
    expect(index.candidates('Quayle')).toEqual([]);
  });
});

describe('the building blocks of the index', () => {
  it('folds a name as Unicode normalization and the regular expressions do, plain ASCII names by a shortcut', () => {
    const reference = (x: string): string =>
      x.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']s$/, '').replace(/[^\p{L}\p{N} ]+/gu, '');
    const r = rng(11);
    // ASCII letters, digits and space (the shortcut), and what it must leave to the full path:
    // control characters, punctuation, possessives, accents, other scripts.
    const chars = ['a', 'Z', 'q', 'M', '0', '7', ' ', '\u0000', '\u0010', '\u0019', '\t', "'", '’', 's', '-', '.', '@', '[', '`', '{', 'é', 'Á', 'ß', 'ﬁ', 'Ж', '\u0301'];
    let shortcut = 0;
    for (let k = 0; k < 3000; k++) {
      const n = 1 + Math.floor(r() * 12);
      const plain = r() < 0.5;
      const s = Array.from({ length: n }, () => chars[Math.floor(r() * (plain ? 7 : chars.length))]).join('');
      if (/^[A-Za-z0-9 ]*$/.test(s)) shortcut++;
      expect(foldName(s), JSON.stringify(s)).toBe(reference(s));
    }
    expect(shortcut).toBeGreaterThan(1000);
  });

  it('finds every variant among the names added so far when each is looked up just before it is added', () => {
    // The index reuses a name's keys from the lookup for the add that follows it.
    const list = names(300, 5);
    const index = new VariantIndex<number>();
    list.forEach((a, i) => {
      const found = index.candidates(a);
      expect(found).toEqual([...found].sort((x, y) => x - y));
      const want = list.slice(0, i).flatMap((b, j) => (foldName(a) === foldName(b) || isSpellingVariant(a, b) ? [j] : []));
      for (const j of want) expect(found).toContain(j);
      index.add(a, i);
      expect(index.candidates(a)).toContain(i);
    });
  });
});

describe('PersonIndex answers as a scan of every person would', () => {
  function sameName(a: string, b: string): boolean {
    const wa = a.split(' ');
    const wb = b.split(' ');
    return wa.length === wb.length && wa.every((w, i) => foldName(w) === foldName(wb[i]) || isSpellingVariant(w, wb[i]));
  }

  it('withSameName is the first person added with the same or a variant name; nearestBySurname the nearest full mention', () => {
    const r = rng(9);
    const firsts = names(40, 4).filter((n) => !n.includes(' '));
    const lasts = names(60, 5).filter((n) => !n.includes(' '));
    const index = new PersonIndex<{ key: string; mentions: { start: number }[] }>();
    const added: { key: string; mentions: { start: number }[] }[] = [];
    for (let step = 0; step < 600; step++) {
      const last = lasts[Math.floor(r() * lasts.length)];
      const name = r() < 0.7 ? `${firsts[Math.floor(r() * firsts.length)]} ${last}` : last;
      const expected = added.find((p) => sameName(p.key, name));
      expect(index.withSameName(name)).toBe(expected);
      if (!name.includes(' ')) {
        const at = Math.floor(r() * 10000);
        const withSurname = added.filter((p) => p.key.includes(' ') && sameName(p.key.split(' ').pop() ?? '', name));
        let best: (typeof added)[number] | undefined;
        let bestDistance = Infinity;
        for (const p of withSurname) {
          const before = p.mentions.filter((m) => m.start < at).map((m) => m.start);
          const d = before.length > 0 ? at - Math.max(...before) : 1e12 + Math.min(...p.mentions.map((m) => m.start));
          if (d < bestDistance) {
            best = p;
            bestDistance = d;
          }
        }
        expect(index.nearestBySurname(name, at)).toBe(best);
      }
      if (expected) expected.mentions.push({ start: Math.floor(r() * 10000) });
      else {
        const g = { key: name, mentions: [{ start: Math.floor(r() * 10000) }] };
        added.push(g);
        index.add(g);
      }
    }
  });
});

describe('workspace spelling groups answer as comparing each new spelling with its whole bucket', () => {
  /** The groups as the pairwise version built them: union of variants within first letter and word count, and of equal skeletons. */
  function pairwiseGroups(spellings: string[]): string[][] {
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      while (parent.get(x) !== x) x = parent.get(x) as string;
      return x;
    };
    const bySkeleton = new Map<string, string>();
    const histogram = (f: string) => [...f].reduce((h, c) => h.set(c, (h.get(c) ?? 0) + 1), new Map<string, number>());
    const distance = (a: Map<string, number>, b: Map<string, number>) => {
      let d = 0;
      for (const c of new Set([...a.keys(), ...b.keys()])) d += Math.abs((a.get(c) ?? 0) - (b.get(c) ?? 0));
      return d;
    };
    const seen: string[] = [];
    for (const sp of spellings) {
      if (parent.has(sp)) continue;
      parent.set(sp, sp);
      const f = foldName(sp);
      const words = f.split(' ').length;
      const sk = `${words}:${skeleton(sp)}`;
      const same = bySkeleton.get(sk);
      if (same !== undefined) parent.set(find(sp), find(same));
      else bySkeleton.set(sk, sp);
      for (const o of seen) {
        const fo = foldName(o);
        if (fo[0] !== f[0] || fo.split(' ').length !== words) continue;
        // The same bound as spellingGroups.ts (letters outside a-z count as one letter there).
        const squash = (x: string) => x.replace(/[^a-z]/g, '_');
        if (Math.abs(fo.length - f.length) > 3 || distance(histogram(squash(fo)), histogram(squash(f))) > 6) continue;
        if (isSpellingVariant(o, sp)) parent.set(find(o), find(sp));
      }
      seen.push(sp);
    }
    const groups = new Map<string, string[]>();
    for (const sp of parent.keys()) groups.set(find(sp), [...(groups.get(find(sp)) ?? []), sp]);
    return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));
  }

  it('groups planted misspellings of one- and two-word names the same way', () => {
    const r = rng(21);
    const single = names(300, 6);
    const spellings = [...single, ...single.slice(0, 150).map((n) => `${misspell('Margaretha', r)} ${n}`)];
    const counts = new Map(spellings.map((s, i) => [s, 1 + (i % 3)]));
    const keys = groupSpellings('person', counts);
    const groups = new Map<string, string[]>();
    for (const [sp, k] of keys) groups.set(k, [...(groups.get(k) ?? []), sp]);
    const found = [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));
    const expected = pairwiseGroups(spellings);
    expect(found).toEqual(expected);
    expect(expected.some((g) => g.length > 3)).toBe(true);
  });
});

describe('clustering of near-miss names (articles of our own writing)', () => {
  function groups(text: string): [string, string, string[]][] {
    const a = analyzeArticle(text, { languageId: 'news' });
    return a.entities.map((e) => [e.type, e.name, e.mentions.map((i) => a.mentions[i].text)]);
  }
  function flagged(text: string): string[] {
    const a = analyzeArticle(text, { languageId: 'news' });
    return a.diagnostics.filter((d) => d.code === 'name-inconsistency').map((d) => text.slice(d.start, d.end));
  }

  const harbour =
    'Harbour plan divides council\n\n' +
    'Councillor Margaretha Vanderhoeven said on Monday that the Eastmoor Harbour Trust (EHT) would review the plan. Vanderhoven, who chairs the planning committee, said the EHT had not been consulted.\n\n' +
    'Her rival, Pieter Wanderhoeven, said the trust was "dragging its feet". Margaretha Vanderhoeven replied that Mr Wanderhoeven had missed four meetings.\n\n' +
    'Karin Holm and Katrin Holm, who are not related, both spoke against the scheme. Tane Ngata, a fisherman, said the harbour fees had doubled. Ngatta has fished there for 30 years.\n\n' +
    'José Álvarez of Thornbury Town said the club backed the plan. Jose Alvarez added that Thornbury would pay for the new lights.\n';

  it('joins a dropped letter, a doubled letter, accents, an acronym and a short form; keeps a different first letter and a short name apart', () => {
    expect(groups(harbour)).toEqual([
      ['organization', 'Harbour', ['Harbour']],
      ['person', 'Margaretha Vanderhoeven', ['Margaretha Vanderhoeven', 'Vanderhoven', 'Margaretha Vanderhoeven']],
      ['organization', 'Eastmoor Harbour Trust', ['Eastmoor Harbour Trust', 'EHT', 'EHT']],
      ['person', 'Pieter Wanderhoeven', ['Pieter Wanderhoeven', 'Wanderhoeven']],
      ['person', 'Karin Holm', ['Karin Holm']],
      ['person', 'Katrin Holm', ['Katrin Holm']],
      ['person', 'Tane Ngata', ['Tane Ngata', 'Ngatta']],
      ['person', 'José Álvarez', ['José Álvarez', 'Jose Alvarez']],
      ['organization', 'Thornbury Town', ['Thornbury Town', 'Thornbury']],
    ]);
    expect(flagged(harbour)).toEqual(['Vanderhoven', 'Ngatta', 'Jose', 'Alvarez']);
  });

  const pipeline =
    'Talks stall over pipeline\n\n' +
    'Officials from Iran and Iraq met in Geneva on Tuesday. The Northern Gas Consortium said its chief executive, Aleksandra Kowalczykowska, would attend. Kowalczykowski, her deputy, stayed in Warsaw.\n\n' +
    'Dmitri Szczepanski told reporters the talks were "going nowhere". Szczepansky later said he had been misquoted. Oluwaseun Adebayo-Okafor said the consortium would wait.\n\n' +
    'The Westbrook Rovers chairman, Hamish MacAllister, said Westbrook would not sell. Macalister said the offer was too low, and MacAlister agreed.\n';

  it('joins two-letter differences in long names and case-only differences; keeps Iran and Iraq apart', () => {
    expect(groups(pipeline)).toEqual([
      ['place', 'Iran', ['Iran']],
      ['place', 'Iraq', ['Iraq']],
      ['place', 'Geneva', ['Geneva']],
      ['organization', 'Northern Gas Consortium', ['Northern Gas Consortium']],
      ['person', 'Aleksandra Kowalczykowska', ['Aleksandra Kowalczykowska', 'Kowalczykowski']],
      ['place', 'Warsaw', ['Warsaw']],
      ['person', 'Dmitri Szczepanski', ['Dmitri Szczepanski', 'Szczepansky']],
      ['person', 'Oluwaseun Adebayo-Okafor', ['Oluwaseun Adebayo-Okafor']],
      ['organization', 'Westbrook Rovers', ['Westbrook Rovers', 'Westbrook']],
      ['person', 'Hamish MacAllister', ['Hamish MacAllister', 'Macalister', 'MacAlister']],
    ]);
    expect(flagged(pipeline)).toEqual(['Kowalczykowski', 'Szczepansky', 'MacAllister']);
  });
});
