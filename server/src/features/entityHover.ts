import type { Article, Entity, EntityType, Mention } from '../core/article';
import { formOf, type MentionForm } from '../core/entities/cluster';
import { nameOf } from '../core/entities/nameForms';
import {
  COUNTRY_ORIGIN,
  ORGANIZATION_ORIGIN,
  PLACE_ORIGIN,
  countryByCapital,
  countryByCode,
  countryByDemonym,
  countryByName,
  organizationByName,
  placeByName,
  type Country,
} from '../core/entities/knowledge';

/**
 * The hover of an entity mention, as markdown lines: what the entity is (type, canonical name),
 * what the article says about it (roles, facts, mention/quotation/attribution counts, first
 * mention), how this mention names it (surname, capital for its government, nationality,
 * acronym, pronoun) and what the offline knowledge files know, with their origin and licence.
 */

const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  group: 'Group (nationality)',
  other: 'Name',
};

function md(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * `12,345,678`: a population with thousands separators. Not Intl.NumberFormat: creating one costs
 * ~20 ms of ICU set-up at server start, on the path of the first diagnostics.
 */
function withThousands(n: number): string {
  return Number.isInteger(n) && n >= 0 ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n);
}

export function describeEntity(article: Article, mention: Mention, lineOf: (offset: number) => number): string[] {
  const entity = article.entities[mention.entity];
  if (!entity) return [`**${md(mention.text)}** · ${TYPE_LABEL[mention.type]}`];
  const country = entity.type === 'place' ? countryByName(entity.name) : undefined;
  const lines = [`**${md(entity.name)}** · ${country ? 'Place (country)' : TYPE_LABEL[entity.type]}`];
  if (entity.roles.length) lines.push(`Roles: ${entity.roles.map(md).join('; ')}`);
  if (entity.facts.length) lines.push(`Facts: ${entity.facts.map(md).join('; ')}`);
  const first = article.mentions[entity.mentions[0]];
  const counts = [plural(entity.mentions.length, 'mention')];
  if (entity.quoteCount) counts.push(`quoted ${entity.quoteCount} time${entity.quoteCount === 1 ? '' : 's'}`);
  if (entity.attributionCount) counts.push(`source of ${plural(entity.attributionCount, 'attribution')}`);
  lines.push(`${counts.join(' · ')} · first mention: line ${first ? lineOf(first.start) : '?'}`);
  const form = formLine(mention, entity, formOf(mention, entity));
  if (form) lines.push(form);
  const known = knowledgeLines(mention, entity);
  if (known.length) lines.push('---', ...known);
  return lines;
}

function formLine(mention: Mention, entity: Entity, form: MentionForm): string | undefined {
  const text = md(nameOf(mention));
  switch (form) {
    case 'capital':
      return `This mention: *${text}*, the capital, standing for the government of ${md(entity.name)}`;
    case 'nationality':
      return `This mention: *${text}*, nationality of ${md(entity.name)}`;
    case 'acronym':
      return `This mention: *${text}*, short for ${md(entity.name)}`;
    case 'pronoun':
      return `This mention: *${md(mention.text)}*, a pronoun standing for ${md(entity.name)}`;
    case 'surname':
      return `This mention: *${text}*, the surname of ${md(entity.name)}`;
    default:
      return undefined;
  }
}

function describeCountry(c: Country): string {
  const parts = [`Country in ${md(c.region)}`];
  if (c.official && c.official !== c.name) parts.push(md(c.official));
  if (c.capital.length) parts.push(`capital ${c.capital.map(md).join(', ')}`);
  if (c.demonyms.length) parts.push(`people: ${c.demonyms.map(md).join(', ')}`);
  return parts.join(' · ');
}

function coordinates(lat: number, lon: number): string {
  const f = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v >= 0 ? pos : neg}`;
  return `${f(lat, 'N', 'S')}, ${f(lon, 'E', 'W')}`;
}

/** Offline knowledge about the entity (and about this mention, when it is a capital). */
function knowledgeLines(mention: Mention, entity: Entity): string[] {
  const lines: string[] = [];
  const origins = new Set<string>();
  const name = nameOf(mention);
  if (entity.type === 'place' || entity.type === 'group') {
    const country = countryByName(entity.name) ?? (entity.type === 'group' ? countryByDemonym(entity.name) : undefined);
    if (country) {
      lines.push(describeCountry(country));
      origins.add(COUNTRY_ORIGIN);
      const capitalOf = countryByCapital(name);
      const city = capitalOf?.cca2 === country.cca2 ? placeByName(name) : undefined;
      if (city && city.country === country.cca2) {
        lines.push(`${md(city.name)}: capital, population ${withThousands(city.population)} · ${coordinates(city.lat, city.lon)}`);
        origins.add(PLACE_ORIGIN);
      }
    } else if (entity.type === 'place' && !/\s(?:region|province|oblast|district|county|governorate|prefecture)$/i.test(entity.name)) {
      const place = placeByName(entity.name);
      if (place) {
        const in_ = countryByCode(place.country);
        lines.push(
          `${place.capital ? 'Capital' : 'City'}${in_ ? ` in ${md(in_.name)}` : ''} · population ${withThousands(place.population)} · ${coordinates(place.lat, place.lon)}`,
        );
        origins.add(PLACE_ORIGIN);
      }
    }
  } else if (entity.type === 'organization') {
    const org = organizationByName(entity.name) ?? organizationByName(name);
    if (org) {
      lines.push(org.name !== org.acronym ? `${md(org.acronym)}: ${md(org.name)}, ${md(org.kind)}` : `${md(org.name)}: ${md(org.kind)}`);
      origins.add(ORGANIZATION_ORIGIN);
    }
  }
  if (origins.size) lines.push(`_Data: ${[...origins].map(md).join('; ')}_`);
  return lines;
}
