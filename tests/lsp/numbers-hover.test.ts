import { afterEach, describe, expect, it } from 'vitest';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient, positionOf, SEED, seedText } from './harness';

const clients: LspClient[] = [];
afterEach(() => {
  while (clients.length) clients.pop()?.kill();
});

async function start(settings: Record<string, unknown> | null = null): Promise<LspClient> {
  const c = new LspClient();
  clients.push(c);
  c.settings = settings;
  await c.initialize({ workspace: { configuration: true } });
  return c;
}

async function hoverAt(c: LspClient, uri: string, text: string, needle: string, delta = 1): Promise<{ value: string; hover: Hover | null }> {
  const hover = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, 0, delta) });
  return { value: (hover?.contents as MarkupContent | undefined)?.value ?? '', hover };
}

// An invented wire story with a dated dateline, and an emoji before a number so the hover range
// must be in UTF-16 columns.
const WIRE = [
  'Ferry capsizes off the coast',
  '',
  'MANILA, March 3, 2025 (Reuters) - 🚢 At least 17 people were killed when a ferry capsized late on Saturday, the coast guard said.',
  '',
  'The ferry sank about 12 kilometres from the port.',
  '',
].join('\n');

describe('number hover over stdio', () => {
  it('hovers numbers in the seed article: type, normalized value, conversion, counted thing, sourcing, unresolved dates', async () => {
    const c = await start();
    const uri = fileUri(SEED);
    const text = seedText();
    await c.open(uri, text);
    await c.waitForDiagnostics(uri, 1);

    const troops = await hoverAt(c, uri, text, 'more than 10,000', 11);
    expect(troops.value).toContain('Cardinal number (count)');
    expect(troops.value).toContain('Value: > 10,000');
    expect(troops.value).toContain('Counts: North Korean troops');
    expect(troops.value).toContain('Sourced: Ukrainian and South Korean officials (said) · vague source');
    const at = text.indexOf('more than 10,000');
    const line = text.slice(0, at).split('\n').length - 1;
    const col = at - (text.lastIndexOf('\n', at) + 1);
    expect(troops.hover?.range).toEqual({ start: { line, character: col }, end: { line, character: col + 'more than 10,000'.length } });

    const km = await hoverAt(c, uri, text, 'about 20 kilometres', 7);
    expect(km.value).toContain('Quantity');
    expect(km.value).toContain('≈ 20 km (≈ 12.4 mi)');
    expect(km.value).toContain('Conversion: ≈ 12.4 mi');

    const people = await hoverAt(c, uri, text, 'about 11,000', 7);
    expect(people.value).toContain('Value: ≈ 11,000');
    expect(people.value).toContain('Counts: people');

    // The seed has no front matter date and no dated dateline: relative dates stay unresolved.
    const saturday = await hoverAt(c, uri, text, 'Saturday');
    expect(saturday.value).toContain('Resolved date: unresolved: no article date');
    expect(await c.shutdown()).toBe(0);
  });

  it('resolves relative dates against the newsmark.articleDate setting, with the weekday', async () => {
    const c = await start({ articleDate: '2024-11-23' });
    const uri = fileUri(SEED);
    const text = seedText();
    await c.open(uri, text);
    await c.waitForDiagnostics(uri, 1);
    const saturday = await hoverAt(c, uri, text, 'Saturday');
    expect(saturday.value).toContain('Resolved date: 2024-11-23 (Saturday 23 November 2024)');
    expect(saturday.value).toContain('Article date: 2024-11-23 (from the newsmark.articleDate setting)');
    const nextWeek = await hoverAt(c, uri, text, 'next week');
    expect(nextWeek.value).toContain('Monday 25 November 2024 to Sunday 1 December 2024');
    expect(await c.shutdown()).toBe(0);
  });

  it('takes the article date from a dated dateline and counts hover ranges in UTF-16 units', async () => {
    const c = await start();
    const uri = 'untitled:ferry.news';
    await c.open(uri, WIRE);
    await c.waitForDiagnostics(uri, 1);
    const killed = await hoverAt(c, uri, WIRE, 'At least 17', 10);
    expect(killed.value).toContain('Value: ≥ 17');
    expect(killed.value).toContain('Counts: people');
    expect(killed.value).toContain('Sourced: the coast guard (said)');
    const line = WIRE.split('\n')[2]!;
    // String indexes are UTF-16 units, as LSP columns are; the ship emoji counts two.
    expect(killed.hover?.range?.start).toEqual({ line: 2, character: line.indexOf('At least 17') });
    const sat = await hoverAt(c, uri, WIRE, 'Saturday');
    expect(sat.value).toContain('Resolved date: 2025-03-01 (Saturday 1 March 2025)');
    expect(sat.value).toContain('Article date: 2025-03-03 (from the dateline)');
    const km = await hoverAt(c, uri, WIRE, 'about 12 kilometres', 7);
    expect(km.value).toContain('≈ 7.5 mi');
    expect(await c.shutdown()).toBe(0);
  });
});
