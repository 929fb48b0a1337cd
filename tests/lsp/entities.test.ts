import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DocumentSymbolRequest,
  HoverRequest,
  SymbolKind,
  type CodeAction,
  type DocumentSymbol,
  type Hover,
  type MarkupContent,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient, positionOf, SEED, seedText } from './harness';

/**
 * Entities over real JSON-RPC: the seed article's entity table in the Outline (documentSymbol
 * "Entities" group), entity hovers with the offline knowledge and its licence, the in-article
 * consistency diagnostics, and the workspace-level spelling check with its setting.
 */

const clients: LspClient[] = [];
afterEach(() => {
  while (clients.length) clients.pop()?.kill();
});

async function client(settings: unknown = null, capabilities: Parameters<LspClient['initialize']>[0] = {}, folders: string[] | null = null): Promise<LspClient> {
  const c = new LspClient();
  clients.push(c);
  c.settings = settings;
  await c.initialize(capabilities, folders);
  return c;
}

async function hover(c: LspClient, uri: string, text: string, needle: string, nth = 0): Promise<string> {
  const h = (await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, nth) })) as Hover | null;
  return h ? (h.contents as MarkupContent).value : '';
}

describe('entities over LSP', () => {
  it('lists the seed article entity table in the Outline, grouped by type, each entity with its mentions', async () => {
    const c = await client();
    const uri = fileUri(SEED);
    await c.open(uri, seedText());
    await c.waitForDiagnostics(uri, 1);
    const symbols = (await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const entities = symbols.find((s) => s.name === 'Entities');
    expect(entities).toBeDefined();
    const group = (label: string) => (entities?.children ?? []).find((g) => g.name === label)?.children ?? [];
    const names = (label: string) => group(label).map((e) => e.name).sort();
    expect(names('People')).toEqual(['Donald Trump', 'Oleksandr Lutsenko', 'Oleksandr Tarnavskiy', 'Vladimir Putin', 'Volodymyr Zelenskiy']);
    expect(names('Organizations')).toEqual(
      ['AAP', 'AP', 'EU', 'General Staff', 'Khortytsiya military command', 'NATO', 'Reuters', 'operational and tactical group Donetsk'].sort(),
    );
    expect(names('Places')).toEqual(
      ['Britain', 'Brussels', 'Donetsk region', 'France', 'Germany', 'Italy', 'Kursk region', 'Luhansk', 'North Korea', 'Poland', 'Pokrovsk', 'Russia', 'US', 'Ukraine'].sort(),
    );
    // Nationality words are groups of their own, linked to their country (the seed table's group row).
    expect(names('Groups')).toEqual(['European', 'North Korean', 'Russian', 'South Korean', 'Ukrainian', 'Western']);
    const mentions = (label: string, name: string) => (group(label).find((e) => e.name === name)?.children ?? []).map((m) => m.name);
    const zelenskiy = mentions('People', 'Volodymyr Zelenskiy');
    expect(zelenskiy.filter((m) => m === 'Zelenskiy')).toHaveLength(7);
    expect(zelenskiy.filter((m) => m === 'Volodymyr Zelenskiy')).toHaveLength(2);
    expect(zelenskiy.filter((m) => m === 'He')).toHaveLength(1);
    expect(mentions('People', 'Oleksandr Lutsenko')).toEqual(['Oleksandr Lutsenko', 'Lutsenko']);
    const ukraine = mentions('Places', 'Ukraine');
    expect(ukraine.filter((m) => m === 'Kyiv')).toHaveLength(5);
    expect(ukraine.filter((m) => m === 'Ukraine')).toHaveLength(10);
    expect(mentions('Places', 'Russia').filter((m) => m === 'Moscow')).toHaveLength(4);
    expect(mentions('Places', 'Pokrovsk')).toHaveLength(7);
    expect(mentions('Places', 'Donetsk region')).toEqual(['Donetsk region', 'Donetsk region', 'Donetsk region', 'Donetsk']);
    const person = group('People')[0];
    expect(person.kind).toBe(SymbolKind.Object);
    expect(person.children?.[0].range).toEqual(person.selectionRange);
  });

  it('hovers an entity with its roles, counts, first mention and offline knowledge with origin and licence', async () => {
    const c = await client();
    const uri = fileUri(SEED);
    const text = seedText();
    await c.open(uri, text);
    await c.waitForDiagnostics(uri, 1);
    const kyiv = await hover(c, uri, text, 'Kyiv');
    expect(kyiv).toContain('**Ukraine** · Place (country)');
    expect(kyiv).toContain('the capital, standing for the government of Ukraine');
    expect(kyiv).toContain('capital Kyiv');
    expect(kyiv).toMatch(/Kyiv: capital, population [\d,]+ · 50\.\d\d° N, 30\.\d\d° E/);
    expect(kyiv).toContain('GeoNames');
    expect(kyiv).toContain('CC BY 4.0');
    const tarnavskiy = await hover(c, uri, text, 'Tarnavskiy');
    expect(tarnavskiy).toContain('**Oleksandr Tarnavskiy** · Person');
    expect(tarnavskiy).toContain('Roles: General');
    expect(tarnavskiy).toContain('age 54');
    expect(tarnavskiy).toMatch(/1 mention · first mention: line 30/);
    const zelenskiy = await hover(c, uri, text, 'Zelenskiy said the North');
    expect(zelenskiy).toContain("Roles: Ukraine's President");
    expect(zelenskiy).toMatch(/10 mentions · quoted \d+ times · source of \d+ attributions · first mention: line 1/);
    expect(zelenskiy).toContain('the surname of Volodymyr Zelenskiy');
    const nato = await hover(c, uri, text, 'NATO');
    expect(nato).toContain('North Atlantic Treaty Organization');
    const pokrovsk = await hover(c, uri, text, 'Pokrovsk');
    expect(pokrovsk).toMatch(/City in Ukraine · population [\d,]+/);
  });

  it('publishes name-inconsistency with the majority spelling as data.replacement, and surname-before-full-name', async () => {
    const c = await client();
    const uri = 'file:///tmp/newsmark-entities/mixed.news';
    const text =
      'Council approves budget\n\n' +
      'Vance said the budget was balanced and would be published on Friday.\n\n' +
      'Councillor Maria Vance, who chairs the finance committee, said the vote was close. Vance thanked treasurer Paul Ngata.\n\n' +
      'Ngata said the reserves were healthy. Ngatta will present the accounts in June, Ngata said.\n';
    await c.open(uri, text);
    const published = await c.waitForDiagnostics(uri, 1);
    const codes = published.diagnostics.map((d) => `${d.code}:${d.range.start.line}`);
    expect(codes).toContain('surname-before-full-name:2');
    const inconsistent = published.diagnostics.filter((d) => d.code === 'name-inconsistency');
    expect(inconsistent).toHaveLength(1);
    expect(inconsistent[0].data).toMatchObject({ replacement: 'Ngata' });
    expect(inconsistent[0].range.start).toEqual(positionOf(text, 'Ngatta'));
    expect(inconsistent[0].relatedInformation?.[0].location.uri).toBe(uri);
    expect(inconsistent[0].source).toBe('newsmark');
  });
});

describe('workspace spelling consistency over LSP', () => {
  let dir: string;
  const article = (i: number, spelling: string) =>
    `Talks on grain corridor, day ${i}\n\nUkraine's President Volodymyr ${spelling} said on Monday that grain exports would resume. ${spelling} spoke after meeting Turkish officials.\n`;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsmark-spelling-'));
    for (let i = 1; i <= 5; i++) writeFileSync(join(dir, `wire-${i}.news`), article(i, 'Zelenskiy'));
    writeFileSync(join(dir, 'draft.news'), article(9, 'Zelensky'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const nameDiagnostics = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'name-inconsistency');

  it('flags the spelling most workspace articles do not use, with a quick-fix replacement, and obeys the setting', async () => {
    const c = await client({ workspaceConsistency: true }, { window: { workDoneProgress: true }, workspace: { configuration: true } }, [dir]);
    await c.waitForProgressEnd();
    const uri = fileUri(join(dir, 'draft.news'));
    const text = article(9, 'Zelensky');
    await c.open(uri, text);
    const first = await c.waitForDiagnostics(uri, 1);
    let found = nameDiagnostics(first);
    if (found.length === 0) {
      // The open document may have been published before the index caught up; the server republishes.
      found = nameDiagnostics(await c.waitForDiagnosticsMatching(uri, (p) => nameDiagnostics(p).length > 0));
    }
    const shown = found.map((d) => [d.range.start, d.data]);
    expect(shown).toContainEqual([positionOf(text, 'Volodymyr Zelensky'), expect.objectContaining({ replacement: 'Volodymyr Zelenskiy', scope: 'workspace' })]);
    expect(shown).toContainEqual([positionOf(text, 'Zelensky spoke'), expect.objectContaining({ replacement: 'Zelenskiy', scope: 'workspace' })]);
    expect(found[0].message).toMatch(/spelled "(?:Volodymyr )?Zelenskiy" in 5 of 6 articles in this workspace/);

    // The quick fix replaces the spelling with the workspace's.
    const spoke = found.find((d) => d.range.start.line === positionOf(text, 'Zelensky spoke').line && d.range.start.character === positionOf(text, 'Zelensky spoke').character);
    expect(spoke).toBeDefined();
    const actions = (await c.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: spoke?.range ?? found[0].range,
      context: { diagnostics: spoke ? [spoke] : [] },
    })) as CodeAction[];
    const replace = actions.find((a) => a.title === 'Replace with Zelenskiy');
    expect(replace?.edit?.changes?.[uri]).toEqual([{ range: spoke?.range, newText: 'Zelenskiy' }]);

    // A wire article that agrees with the workspace gets nothing.
    const wire = fileUri(join(dir, 'wire-1.news'));
    await c.open(wire, article(1, 'Zelenskiy'));
    expect(nameDiagnostics(await c.waitForDiagnostics(wire, 1))).toEqual([]);

    // Turning the setting off clears them.
    c.settings = { workspaceConsistency: false };
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { newsmark: { workspaceConsistency: false } } });
    const after = await c.waitForDiagnosticsMatching(uri, (p) => nameDiagnostics(p).length === 0);
    expect(nameDiagnostics(after)).toEqual([]);
  });
});
