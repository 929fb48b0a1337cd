import type { Entity, Mention } from '../model';

/**
 * Groups mentions into entities: the same spelling is the same entity, and a person's
 * surname (or first name + surname) joins the full name it ends. The canonical name is the
 * fullest form. Sets `Mention.entity` in place.
 */
export function clusterMentions(mentions: Mention[]): Entity[] {
  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  // Longest first, so that a full name founds the entity its surname joins.
  const order = mentions
    .map((m, i) => i)
    .sort((a, b) => wordCount(mentions[b].text) - wordCount(mentions[a].text) || a - b);
  for (const i of order) {
    const m = mentions[i];
    const key = `${m.type}|${normalize(m.text)}`;
    let e = byKey.get(key);
    // A surname joins the full name it ends, even when the tagger typed it otherwise.
    if (e === undefined && (m.type === 'person' || m.label !== 'MISC')) {
      e = findFullName(entities, m.text);
      if (e !== undefined) m.type = 'person';
    }
    if (e === undefined) {
      e = entities.length;
      entities.push({
        id: '',
        type: m.type,
        name: m.text,
        mentions: [],
        roles: [],
        facts: [],
        quoteCount: 0,
        attributionCount: 0,
      });
    }
    byKey.set(key, e);
    m.entity = e;
    entities[e].mentions.push(i);
  }
  // Document order: entities by first mention, mentions ascending.
  const firstOf = (e: Entity): number => Math.min(...e.mentions);
  const sorted = entities.map((e, i) => ({ e, i })).sort((a, b) => firstOf(a.e) - firstOf(b.e));
  const remap = new Map<number, number>();
  sorted.forEach(({ i }, k) => remap.set(i, k));
  for (const m of mentions) m.entity = remap.get(m.entity) ?? -1;
  const used = new Set<string>();
  return sorted.map(({ e }) => {
    e.mentions.sort((a, b) => a - b);
    let id = `${e.type}:${slug(e.name)}`;
    for (let n = 2; used.has(id); n++) id = `${e.type}:${slug(e.name)}-${n}`;
    used.add(id);
    e.id = id;
    return e;
  });
}

function findFullName(entities: Entity[], text: string): number | undefined {
  const words = text.split(/\s+/);
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (e.type !== 'person') continue;
    const full = e.name.split(/\s+/);
    if (full.length <= words.length) continue;
    const tail = full.slice(full.length - words.length).join(' ');
    if (normalize(tail) === normalize(text)) return k;
  }
  return undefined;
}

function wordCount(s: string): number {
  return s.split(/\s+/).length;
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[’']s$/, '').replace(/\s+/g, ' ');
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'entity'
  );
}
