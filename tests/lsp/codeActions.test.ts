import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionKind,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  HoverRequest,
  type CodeAction,
  type Command,
  type Diagnostic,
  type MarkupContent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, LspClient, positionOf, ROOT, SEED, seedText } from './harness';

// Invented articles, written for these tests. The emoji (two UTF-16 units) before the statistic
// checks that edits land on UTF-16 columns.
const HARBOUR = [
  'Port authority plans new harbour wall',
  '',
  'By Staff Reporter',
  '',
  'The port authority will spend about $4 million on a new harbour wall, officials said.',
  '',
  'The new wall, 🌊 proof against winter storms, will be 300 metres long.',
  '',
  'The breakwater repairs will cost about $1.2 million. The harbour will stay open to the fishing fleet throughout, and 25 new jobs will be created.',
  '',
  '"We have waited far too long for this to happen."',
  '',
  'Okonkwo told the harbour board that work would start in March.',
  '',
  'Board chair Adaeze Okonkwo said the fleet would keep its moorings.',
  '',
].join('\n');

// The minority spelling `Kowalcyk` (twice) against the majority `Kowalczyk` (three times).
const LIBRARY = [
  'Eastfield library reopens after flood repairs',
  '',
  'The Eastfield library reopened on Monday after repairs to its flooded basement, head librarian Marta Kowalczyk said.',
  '',
  "Kowalczyk said the children's section had been rebuilt with donated shelves.",
  '',
  'Kowalcyk thanked the volunteers who had carried the books to a school hall.',
  '',
  'Kowalczyk said the library would stay open late on Thursdays.',
  '',
  'A reading club led by Kowalcyk will meet on Saturday mornings.',
  '',
].join('\n');

const clients: LspClient[] = [];
afterEach(() => {
  while (clients.length) clients.pop()?.kill();
});

/** One open document on a real server, with the text the test keeps in step with it. */
class Doc {
  version = 1;
  constructor(
    readonly c: LspClient,
    readonly uri: string,
    public text: string,
    readonly languageId: string,
  ) {}

  static async open(c: LspClient, name: string, text: string, languageId = 'news'): Promise<Doc> {
    const doc = new Doc(c, fileUri(`${ROOT}/tests/lsp/${name}`), text, languageId);
    await c.open(doc.uri, text, languageId, 1);
    return doc;
  }

  async diagnostics(): Promise<Diagnostic[]> {
    return (await this.c.waitForDiagnostics(this.uri, this.version)).diagnostics;
  }

  async diagnostic(code: string, text: string): Promise<Diagnostic> {
    const all = await this.diagnostics();
    const doc = TextDocument.create(this.uri, this.languageId, this.version, this.text);
    const d = all.find((x) => x.code === code && doc.getText(x.range) === text);
    if (!d) throw new Error(`no ${code} on "${text}": ${JSON.stringify(all.map((x) => `${x.code}: ${doc.getText(x.range)}`))}`);
    return d;
  }

  async actions(d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    const result = await this.c.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: this.uri },
      range: d.range,
      context: { diagnostics: [d], ...(only ? { only } : {}) },
    });
    return (result ?? []).filter((a: Command | CodeAction): a is CodeAction => 'title' in a && 'kind' in a);
  }

  async action(d: Diagnostic, title: string): Promise<CodeAction> {
    const actions = await this.actions(d);
    const a = actions.find((x) => x.title === title);
    if (!a) throw new Error(`no action "${title}": ${JSON.stringify(actions.map((x) => x.title))}`);
    return a;
  }

  /** The text after applying a WorkspaceEdit (TextDocument.applyEdits), without sending it. */
  edited(edit: WorkspaceEdit | undefined): string {
    const edits: TextEdit[] = [];
    if (edit?.changes) edits.push(...(edit.changes[this.uri] ?? []));
    for (const change of edit?.documentChanges ?? []) {
      if ('textDocument' in change && change.textDocument.uri === this.uri) {
        expect(change.textDocument.version).toBe(this.version);
        edits.push(...(change.edits as TextEdit[]));
      }
    }
    expect(edits.length).toBeGreaterThan(0);
    return TextDocument.applyEdits(TextDocument.create(this.uri, this.languageId, this.version, this.text), edits);
  }

  /** Sends the new text to the server and waits for its diagnostics. */
  async change(text: string): Promise<Diagnostic[]> {
    this.version++;
    this.text = text;
    await this.c.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: this.uri, version: this.version },
      contentChanges: [{ text }],
    });
    return this.diagnostics();
  }

  async apply(d: Diagnostic, title: string): Promise<Diagnostic[]> {
    return this.change(this.edited((await this.action(d, title)).edit));
  }
}

async function start(documentChanges = false, snippetEditSupport = false): Promise<LspClient> {
  const c = new LspClient();
  clients.push(c);
  await c.initialize({ workspace: { workspaceEdit: { documentChanges, snippetEditSupport } } });
  return c;
}

function texts(doc: Doc, diagnostics: Diagnostic[], code: string): string[] {
  const td = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.text);
  return diagnostics.filter((d) => d.code === code).map((d) => td.getText(d.range));
}

describe('code actions over stdio', () => {
  it('announces quick fixes and answers nothing for other kinds', async () => {
    const c = await start();
    expect(c.initializeResult?.capabilities.codeActionProvider).toMatchObject({ codeActionKinds: [CodeActionKind.QuickFix] });
    const doc = await Doc.open(c, 'harbour.news', HARBOUR);
    const d = await doc.diagnostic('unsourced-statistic', '300 metres');
    expect(await doc.actions(d, [CodeActionKind.Refactor])).toEqual([]);
    expect((await doc.actions(d, [CodeActionKind.QuickFix])).length).toBeGreaterThan(0);
    expect(await c.shutdown()).toBe(0);
  });

  it('unsourced-statistic: "Add attribution" (preferred) inserts ", <source> said" before the full stop, on UTF-16 columns', async () => {
    const c = await start();
    const doc = await Doc.open(c, 'harbour.news', HARBOUR);
    const d = await doc.diagnostic('unsourced-statistic', '300 metres');
    const actions = await doc.actions(d);
    expect(actions.map((a) => a.title)).toEqual([
      'Add attribution',
      'Cite with a footnote',
      'Disable unsourced-statistic for this line',
      'Disable unsourced-statistic for this file',
    ]);
    expect(actions.filter((a) => a.isPreferred).map((a) => a.title)).toEqual(['Add attribution']);
    expect(actions.every((a) => a.kind === CodeActionKind.QuickFix && a.diagnostics?.[0]?.code === 'unsourced-statistic')).toBe(true);
    const out = doc.edited(actions[0].edit);
    expect(out).toBe(HARBOUR.replace('will be 300 metres long.', 'will be 300 metres long, <source> said.'));
    // The writer names the source: the statistic is sourced.
    const after = await doc.change(out.replace('<source>', 'chief engineer Tomas Reyes'));
    expect(texts(doc, after, 'unsourced-statistic')).not.toContain('300 metres');
    expect(await c.shutdown()).toBe(0);
  });

  it('to a client with snippet edits, "Add attribution" sends <source> as a tab stop the editor selects', async () => {
    const c = await start(true, true);
    const doc = await Doc.open(c, 'harbour.news', HARBOUR);
    const quote = '"We have waited far too long for this to happen."';
    const d = await doc.diagnostic('unsourced-quote', quote);
    const edit = (await doc.action(d, 'Add attribution')).edit;
    const change = edit?.documentChanges?.[0];
    expect(change && 'edits' in change).toBe(true);
    if (!change || !('edits' in change)) return;
    expect(change.textDocument).toEqual({ uri: doc.uri, version: 1 });
    // The snippet's tab stop expands to its default text: the same result as the plain edit.
    const plain = change.edits.map((e) => ('snippet' in e ? { range: e.range, newText: e.snippet.value.replace('${1:<source>}', '<source>') } : e));
    expect(change.edits.some((e) => 'snippet' in e && e.snippet.value === ' ${1:<source>} said.')).toBe(true);
    expect(TextDocument.applyEdits(TextDocument.create(doc.uri, 'news', 1, HARBOUR), plain as TextEdit[])).toBe(
      HARBOUR.replace(quote, '"We have waited far too long for this to happen," <source> said.'),
    );
    // The footnote definition spans lines: plain text, so editors do not re-indent it.
    const cite = (await doc.action(d, 'Cite with a footnote')).edit?.documentChanges?.[0];
    expect(cite && 'edits' in cite && cite.edits.every((e) => 'newText' in e)).toBe(true);
    expect(await c.shutdown()).toBe(0);
  });

  it('unsourced-statistic: "Cite with a footnote" inside a paragraph adds [^1] and the definition; the statistic is sourced', async () => {
    const c = await start(true); // a client with versioned documentChanges
    const doc = await Doc.open(c, 'harbour.news', HARBOUR);
    const d = await doc.diagnostic('unsourced-statistic', 'about $1.2 million');
    const out = doc.edited((await doc.action(d, 'Cite with a footnote')).edit);
    expect(out).toBe(HARBOUR.replace('about $1.2 million.', 'about $1.2 million.[^1]') + '\n[^1]: <source>\n');
    const after = await doc.change(out);
    expect(texts(doc, after, 'unsourced-statistic')).not.toContain('about $1.2 million');
    // The next sentence of the paragraph is not covered by the footnote.
    expect(texts(doc, after, 'unsourced-statistic')).toContain('25 new jobs');
    expect(await c.shutdown()).toBe(0);
  });

  it('unsourced-statistic: a footnote after the last sentence of a paragraph sources it too', async () => {
    const c = await start();
    const doc = await Doc.open(c, 'harbour.news', HARBOUR);
    const d = await doc.diagnostic('unsourced-statistic', '300 metres');
    const out = doc.edited((await doc.action(d, 'Cite with a footnote')).edit);
    expect(out).toBe(HARBOUR.replace('300 metres long.', '300 metres long.[^1]') + '\n[^1]: <source>\n');
    const after = await doc.change(out);
    expect(texts(doc, after, 'unsourced-statistic')).not.toContain('300 metres');
    expect(await c.shutdown()).toBe(0);
  });

  it('unsourced-quote: attribution in wire form, footnote after the closing mark, and the quote is sourced', async () => {
    const c = await start();
    const doc = await Doc.open(c, 'harbour.news', HARBOUR);
    const quote = '"We have waited far too long for this to happen."';
    const d = await doc.diagnostic('unsourced-quote', quote);
    const attributed = doc.edited((await doc.action(d, 'Add attribution')).edit);
    expect(attributed).toBe(HARBOUR.replace(quote, '"We have waited far too long for this to happen," <source> said.'));
    const cited = doc.edited((await doc.action(d, 'Cite with a footnote')).edit);
    expect(cited).toBe(HARBOUR.replace(quote, `${quote}[^1]`) + '\n[^1]: <source>\n');
    const after = await doc.change(attributed.replace('<source>', 'Okonkwo'));
    expect(after.filter((x) => x.code === 'unsourced-quote')).toEqual([]);
    expect(await c.shutdown()).toBe(0);
  });

  it('vague-source: disable for this line, then the diagnostic is gone and the others stay', async () => {
    const c = await start();
    const doc = await Doc.open(c, 'harbour.news', HARBOUR);
    const before = await doc.diagnostics();
    const d = await doc.diagnostic('vague-source', 'officials');
    const actions = await doc.actions(d);
    expect(actions.map((a) => a.title)).toEqual(['Explain why the source is not named', 'Disable vague-source for this line', 'Disable vague-source for this file']);
    expect(actions.some((a) => a.isPreferred)).toBe(false);
    expect(doc.edited(actions[0].edit)).toContain(', speaking on condition of anonymity because <reason>');
    const out = doc.edited(actions[1].edit);
    expect(out).toBe(HARBOUR.replace('\nThe port authority', '\n<!-- newsmark-disable-next-line vague-source -->\nThe port authority'));
    const after = await doc.apply(d, 'Disable vague-source for this line');
    expect(after.filter((x) => x.code === 'vague-source')).toEqual([]);
    expect(after.length).toBe(before.length - 1);
    expect(await c.shutdown()).toBe(0);
  });

  it('disable for this file goes after the front matter and silences every occurrence', async () => {
    const c = await start();
    const md = `---\ntitle: Harbour wall\n---\n\n${HARBOUR}`;
    const doc = await Doc.open(c, 'harbour.md', md, 'markdown');
    const before = await doc.diagnostics();
    expect(texts(doc, before, 'unsourced-statistic').length).toBeGreaterThan(1);
    const d = await doc.diagnostic('unsourced-statistic', '300 metres');
    const out = doc.edited((await doc.action(d, 'Disable unsourced-statistic for this file')).edit);
    expect(out).toBe(`---\ntitle: Harbour wall\n---\n<!-- newsmark-disable unsourced-statistic -->\n\n${HARBOUR}`);
    const after = await doc.change(out);
    expect(after.filter((x) => x.code === 'unsourced-statistic')).toEqual([]);
    expect(after.filter((x) => x.code === 'unsourced-quote').length).toBe(before.filter((x) => x.code === 'unsourced-quote').length);
    expect(await c.shutdown()).toBe(0);
  });

  it('unbalanced-quote: disable for this line', async () => {
    const c = await start();
    const text = HARBOUR.replace('Board chair', '"Board chair');
    const doc = await Doc.open(c, 'harbour.news', text);
    const d = await doc.diagnostic('unbalanced-quote', '"');
    const after = await doc.apply(d, 'Disable unbalanced-quote for this line');
    expect(doc.text).toContain('\n<!-- newsmark-disable-next-line unbalanced-quote -->\n"Board chair');
    expect(after.filter((x) => x.code === 'unbalanced-quote')).toEqual([]);
    expect(await c.shutdown()).toBe(0);
  });

  it('name-inconsistency: replace this one, or all of them, with the majority spelling', async () => {
    const c = await start();
    const doc = await Doc.open(c, 'library.news', LIBRARY);
    const first = await doc.diagnostic('name-inconsistency', 'Kowalcyk');
    const actions = await doc.actions(first);
    expect(actions.map((a) => a.title)).toEqual([
      'Replace with Kowalczyk',
      'Replace all 2 with Kowalczyk',
      'Disable name-inconsistency for this line',
      'Disable name-inconsistency for this file',
    ]);
    expect(actions[0].isPreferred).toBe(true);
    expect(doc.edited(actions[0].edit)).toBe(LIBRARY.replace('Kowalcyk thanked', 'Kowalczyk thanked'));
    const after = await doc.apply(first, 'Replace all 2 with Kowalczyk');
    expect(doc.text).toBe(LIBRARY.split('Kowalcyk').join('Kowalczyk'));
    expect(after.filter((x) => x.code === 'name-inconsistency')).toEqual([]);
    expect(await c.shutdown()).toBe(0);
  });

  it('surname-before-full-name: use the full name at the first mention', async () => {
    const c = await start();
    const doc = await Doc.open(c, 'harbour.news', HARBOUR);
    const d = await doc.diagnostic('surname-before-full-name', 'Okonkwo');
    const after = await doc.apply(d, 'Use the full name Adaeze Okonkwo');
    expect(doc.text).toBe(HARBOUR.replace('\nOkonkwo told', '\nAdaeze Okonkwo told'));
    expect(after.filter((x) => x.code === 'surname-before-full-name')).toEqual([]);
    expect(await c.shutdown()).toBe(0);
  });

  it('answers a range request without context diagnostics, and nothing for a diagnostic that is gone', async () => {
    const c = await start();
    const doc = await Doc.open(c, 'harbour.news', HARBOUR);
    const d = await doc.diagnostic('unsourced-statistic', '300 metres');
    const byRange = await c.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: doc.uri },
      range: { start: d.range.start, end: d.range.start },
      context: { diagnostics: [] },
    });
    expect((byRange as CodeAction[]).map((a) => a.title)).toContain('Add attribution');
    // Fix it, then ask again with the old diagnostic: the server does not offer a stale edit.
    await doc.apply(d, 'Disable unsourced-statistic for this line');
    expect(await doc.actions(d)).toEqual([]);
    expect(await c.shutdown()).toBe(0);
  });
});

describe('quotation hover over stdio', () => {
  it('names the speaker of a quotation, carried over or not, and says when nobody is quoted', async () => {
    const c = await start();
    const seed = seedText();
    await c.open(fileUri(SEED), seed);
    await c.waitForDiagnostics(fileUri(SEED), 1);
    const hover = async (uri: string, text: string, needle: string): Promise<string> => {
      const h = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, 0, 2) });
      return (h?.contents as MarkupContent | undefined)?.value ?? '';
    };
    expect(await hover(fileUri(SEED), seed, '"Today there are')).toContain('Quoted: Volodymyr Zelenskiy (said)');
    expect(await hover(fileUri(SEED), seed, '"The Russians include')).toContain('Quoted: Volodymyr Zelenskiy (said');
    const doc = await Doc.open(c, 'harbour.news', HARBOUR);
    await doc.diagnostics();
    expect(await hover(doc.uri, HARBOUR, '"We have waited')).toContain('Quoted: unsourced');
    expect(await c.shutdown()).toBe(0);
  });
});
