import { afterEach, describe, expect, it } from 'vitest';
import {
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DocumentHighlightKind,
  DocumentHighlightRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  type DocumentHighlight,
  type Location,
  type LocationLink,
  type Range,
  type SemanticTokensLegend,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/positions';
import { LspClient, positionOf } from './harness';

/** An invented article: a full name after a headline surname, a pronoun, a possessive, an acronym, a name broken over two lines. */
const ARTICLE = `Okafor warns of longer delays at Harbourside port

LAGOS, March 3 (Newsmark) - Port director Amara Okafor said on Tuesday that container ships were waiting up to 11 days to unload at Harbourside, Nigeria's busiest port.

"We are handling 40% more cargo than last year with the same cranes," Okafor told reporters. She said the Nigerian Ports Authority had ordered four new cranes costing $120 million.

Okafor's deputy, Chidi Eze, said the backlog would ease by June. Mr. Eze added that the World
Bank had offered a loan.

The Nigerian Ports Authority (NPA) said in a statement that Okafor had its full support. The NPA did not say when the cranes would arrive.
`;

const URI = 'file:///tmp/newsmark-navigation/port.news';

const clients: LspClient[] = [];
afterEach(() => {
  while (clients.length) clients.pop()?.kill();
});

async function openArticle(capabilities: Parameters<LspClient['initialize']>[0] = {}, text = ARTICLE): Promise<LspClient> {
  const c = new LspClient();
  clients.push(c);
  await c.initialize(capabilities);
  await c.open(URI, text);
  await c.waitForDiagnostics(URI, 1);
  return c;
}

function textOf(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** Applies LSP text edits (non-overlapping) to a text, last first. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

const at = (needle: string, nth = 0, delta = 1) => ({ textDocument: { uri: URI }, position: positionOf(ARTICLE, needle, nth, delta) });

describe('navigation over LSP: definition, references, highlights', () => {
  it('announces the navigation capabilities', async () => {
    const c = await openArticle({ textDocument: { rename: { prepareSupport: true } } });
    const caps = c.initializeResult?.capabilities;
    expect(caps?.definitionProvider).toBe(true);
    expect(caps?.referencesProvider).toBe(true);
    expect(caps?.documentHighlightProvider).toBe(true);
    expect(caps?.renameProvider).toEqual({ prepareProvider: true });
    expect(caps?.workspaceSymbolProvider).toBe(true);
  });

  it('goes from a surname, a pronoun or an acronym to the first full mention', async () => {
    const c = await openArticle();
    // The headline says "Okafor" first; the definition is the first full name, in the dateline paragraph.
    const fromHeadline = (await c.connection.sendRequest(DefinitionRequest.type, at('Okafor warns'))) as Location;
    expect(fromHeadline.uri).toBe(URI);
    expect(textOf(ARTICLE, fromHeadline.range)).toBe('Amara Okafor');
    expect(fromHeadline.range.start).toEqual(positionOf(ARTICLE, 'Amara Okafor'));

    const fromPronoun = (await c.connection.sendRequest(DefinitionRequest.type, at('She said'))) as Location;
    expect(fromPronoun.range.start).toEqual(positionOf(ARTICLE, 'Amara Okafor'));

    const fromAcronym = (await c.connection.sendRequest(DefinitionRequest.type, at('NPA)'))) as Location;
    expect(textOf(ARTICLE, fromAcronym.range)).toBe('Nigerian Ports Authority');
    expect(fromAcronym.range.start).toEqual(positionOf(ARTICLE, 'Nigerian Ports Authority'));

    // A cursor right after the last letter still counts (VS Code's word-at-position does the same).
    const atEnd = (await c.connection.sendRequest(DefinitionRequest.type, at('Eze added', 0, 3))) as Location;
    expect(textOf(ARTICLE, atEnd.range)).toBe('Chidi Eze');

    expect(await c.connection.sendRequest(DefinitionRequest.type, at('container ships'))).toBeNull();
  });

  it('returns a LocationLink with the mention as origin when the client supports links', async () => {
    const c = await openArticle({ textDocument: { definition: { linkSupport: true } } });
    const links = (await c.connection.sendRequest(DefinitionRequest.type, at("Okafor's deputy"))) as LocationLink[];
    expect(links).toHaveLength(1);
    expect(textOf(ARTICLE, links[0].originSelectionRange as Range)).toBe('Okafor');
    expect(textOf(ARTICLE, links[0].targetSelectionRange)).toBe('Amara Okafor');
  });

  it('lists every mention as a reference, honouring includeDeclaration', async () => {
    const c = await openArticle();
    const refs = (await c.connection.sendRequest(ReferencesRequest.type, { ...at('Okafor told'), context: { includeDeclaration: true } })) as Location[];
    expect(refs.map((r) => textOf(ARTICLE, r.range))).toEqual(['Okafor', 'Amara Okafor', 'Okafor', 'She', 'Okafor', 'Okafor']);
    const starts = refs.map((r) => r.range.start.line * 10000 + r.range.start.character);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const withoutDecl = (await c.connection.sendRequest(ReferencesRequest.type, { ...at('Eze added'), context: { includeDeclaration: false } })) as Location[];
    expect(withoutDecl.map((r) => textOf(ARTICLE, r.range))).toEqual(['Eze']);
    const withDecl = (await c.connection.sendRequest(ReferencesRequest.type, { ...at('Eze added'), context: { includeDeclaration: true } })) as Location[];
    expect(withDecl.map((r) => textOf(ARTICLE, r.range))).toEqual(['Chidi Eze', 'Eze']);

    const none = await c.connection.sendRequest(ReferencesRequest.type, { ...at('backlog'), context: { includeDeclaration: true } });
    expect(none).toEqual([]);
  });

  it('highlights all mentions, the defining one as Write', async () => {
    const c = await openArticle();
    const hs = (await c.connection.sendRequest(DocumentHighlightRequest.type, at('Harbourside,'))) as DocumentHighlight[];
    expect(hs.map((h) => [textOf(ARTICLE, h.range), h.kind])).toEqual([
      ['Harbourside', DocumentHighlightKind.Write],
      ['Harbourside', DocumentHighlightKind.Text],
    ]);
    const okafor = (await c.connection.sendRequest(DocumentHighlightRequest.type, at('Okafor had'))) as DocumentHighlight[];
    const writes = okafor.filter((h) => h.kind === DocumentHighlightKind.Write);
    expect(writes).toHaveLength(1);
    expect(writes[0].range.start).toEqual(positionOf(ARTICLE, 'Amara Okafor'));
    expect(okafor).toHaveLength(6);
  });
});

describe('rename over LSP', () => {
  it('prepareRename answers the name range, without possessive, and refuses numbers, plain words and pronouns', async () => {
    const c = await openArticle({ textDocument: { rename: { prepareSupport: true } } });
    const prep = (await c.connection.sendRequest(PrepareRenameRequest.type, at("Okafor's deputy", 0, 2))) as { range: Range; placeholder: string };
    expect(textOf(ARTICLE, prep.range)).toBe('Okafor');
    expect(prep.placeholder).toBe('Okafor');

    await expect(c.connection.sendRequest(PrepareRenameRequest.type, at('Tuesday'))).rejects.toThrow(/Numbers cannot be renamed/);
    await expect(c.connection.sendRequest(PrepareRenameRequest.type, at('container'))).rejects.toThrow(/no name here/);
    await expect(c.connection.sendRequest(PrepareRenameRequest.type, at('She said'))).rejects.toThrow(/pronoun.*Amara Okafor/);
    await expect(
      c.connection.sendRequest(RenameRequest.type, { ...at('She said'), newName: 'Amaka' }),
    ).rejects.toThrow(/pronoun/);
  });

  it('renames a full name and the surnames spelled like its last word; titles and possessives stay', async () => {
    const c = await openArticle();
    const edit = (await c.connection.sendRequest(RenameRequest.type, { ...at('Amara Okafor', 0, 8), newName: 'Amara Okafo' })) as WorkspaceEdit;
    const edits = edit.changes?.[URI] ?? [];
    expect(edits).toHaveLength(5);
    const renamed = applyEdits(ARTICLE, edits);
    expect(renamed).toBe(ARTICLE.replaceAll('Okafor', 'Okafo'));
    expect(renamed).toContain("Okafo's deputy");

    // The renamed article still navigates: the headline surname goes to the new full name.
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: renamed }] });
    const def = (await c.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: positionOf(renamed, 'Okafo warns', 0, 1) })) as Location;
    expect(textOf(renamed, def.range)).toBe('Amara Okafo');
  });

  it('renaming a surname respells it in every form of the name; renaming an acronym leaves the full name', async () => {
    const c = await openArticle({ workspace: { workspaceEdit: { documentChanges: true } } });
    const edit = (await c.connection.sendRequest(RenameRequest.type, { ...at('Eze added'), newName: 'Ezeh' })) as WorkspaceEdit;
    const docEdit = edit.documentChanges?.[0] as TextDocumentEdit;
    expect(docEdit.textDocument).toEqual({ uri: URI, version: 1 });
    const renamed = applyEdits(ARTICLE, docEdit.edits as TextEdit[]);
    // The full name is respelled too (issue 17): one name, one spelling, everywhere.
    expect(renamed).toBe(ARTICLE.replace('Mr. Eze added', 'Mr. Ezeh added').replace('Chidi Eze,', 'Chidi Ezeh,'));
    expect(docEdit.edits).toHaveLength(2);

    const acronym = (await c.connection.sendRequest(RenameRequest.type, { ...at('NPA did'), newName: 'the NPA' })) as WorkspaceEdit;
    const acronymEdits = (acronym.documentChanges?.[0] as TextDocumentEdit).edits as TextEdit[];
    expect(applyEdits(ARTICLE, acronymEdits)).toBe(ARTICLE.replaceAll('NPA', 'the NPA'));
    expect(applyEdits(ARTICLE, acronymEdits)).toContain('The Nigerian Ports Authority (the NPA)');

    await expect(c.connection.sendRequest(RenameRequest.type, { ...at('Eze added'), newName: '   ' })).rejects.toThrow(/empty/);
  });
});

interface DecodedToken {
  line: number;
  char: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

function decode(data: number[], legend: SemanticTokensLegend, text: string): DecodedToken[] {
  const lines = text.split('\n');
  const out: DecodedToken[] = [];
  let line = 0;
  let char = 0;
  expect(data.length % 5).toBe(0);
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, length, type, mods] = data.slice(i, i + 5);
    line += dl;
    char = dl === 0 ? char + dc : dc;
    out.push({
      line,
      char,
      length,
      type: legend.tokenTypes[type],
      modifiers: legend.tokenModifiers.filter((_, bit) => (mods & (1 << bit)) !== 0),
      text: lines[line].slice(char, char + length),
    });
  }
  return out;
}

describe('semantic tokens over LSP', () => {
  it('colours entities by type and numbers by kind; decoded tokens match the text', async () => {
    const c = await openArticle();
    const legend = c.initializeResult?.capabilities.semanticTokensProvider?.legend as SemanticTokensLegend;
    for (const t of ['person', 'organization', 'place', 'group', 'otherName', 'cardinal', 'money', 'percent', 'quantity', 'date', 'time', 'duration', 'ordinal', 'age']) {
      expect(legend.tokenTypes).toContain(t);
    }
    const full = await c.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    const tokens = decode(full?.data ?? [], legend, ARTICLE);
    const find = (text: string) => tokens.filter((t) => t.text === text).map((t) => t.type);

    expect(find('Amara Okafor')).toEqual(['person']);
    expect(find('Okafor')).toEqual(['person', 'person', 'person', 'person']);
    expect(find('Harbourside')).toEqual(['place', 'place']);
    expect(find('Nigeria')).toEqual(['place']);
    expect(find('Nigerian Ports Authority')).toEqual(['organization', 'organization']);
    expect(find('$120 million')).toEqual(['money']);
    expect(find('40%')).toEqual(['percent']);
    expect(find('Tuesday')).toEqual(['date']);
    expect(find('June')).toEqual(['date']);
    expect(find('four')).toEqual(['cardinal']);
    expect(find('up to 11 days')).toEqual(['duration']);
    // Pronouns are navigable but not coloured.
    expect(find('She')).toEqual([]);
    // The defining mention carries the `declaration` modifier, the others do not.
    expect(tokens.find((t) => t.text === 'Amara Okafor')?.modifiers).toEqual(['declaration']);
    expect(tokens.filter((t) => t.text === 'Okafor').every((t) => t.modifiers.length === 0)).toBe(true);
    // A name broken over two lines becomes one token per line.
    const world = tokens.find((t) => t.text === 'World');
    const bank = tokens.find((t) => t.text === 'Bank');
    expect(world?.type).toBe('organization');
    expect(bank?.type).toBe('organization');
    expect(bank?.line).toBe((world?.line ?? -1) + 1);
    expect(bank?.char).toBe(0);

    // Sorted, non-overlapping, never across a line.
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      expect(b.line > a.line || (b.line === a.line && b.char >= a.char + a.length)).toBe(true);
    }
    for (const t of tokens) expect(t.text).toHaveLength(t.length);
  });

  it('answers a range request with exactly the tokens of that range', async () => {
    const c = await openArticle();
    const legend = c.initializeResult?.capabilities.semanticTokensProvider?.legend as SemanticTokensLegend;
    const full = decode((await c.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } }))?.data ?? [], legend, ARTICLE);
    const line = positionOf(ARTICLE, '$120 million').line;
    const ranged = await c.connection.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
    });
    const tokens = decode(ranged?.data ?? [], legend, ARTICLE);
    expect(tokens.length).toBeGreaterThan(3);
    expect(tokens).toEqual(full.filter((t) => t.line === line));
  });

  it('asks the client to refresh tokens when the settings change', async () => {
    const c = await openArticle({ workspace: { semanticTokens: { refreshSupport: true } } });
    const refreshed = new Promise<void>((resolve) => c.connection.onRequest('workspace/semanticTokens/refresh', () => (resolve(), null)));
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { newsmark: { languages: ['markdown'] } } });
    await refreshed;
    // The document is no longer analyzed under the new settings: no tokens.
    const after = await c.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    expect(after?.data).toEqual([]);
  });
});
