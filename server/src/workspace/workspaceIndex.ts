import { promises as fsp } from 'node:fs';
import { basename, extname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeArticle } from '../core/analyze';
import { formOf } from '../core/entities/cluster';
import type { Article, EntityType } from '../core/article';
import { LineIndex } from '../core/positions';
import { ARTICLE_EXTENSIONS, languageOf } from './articleFiles';
import { definitionMention, spellingOf } from '../features/entityLookup';
import type { NewsmarkSettings } from '../features/settings';
import type { IndexedEntity, IndexedFile } from '../features/workspaceSymbols';
import { groupSpellings, SpellingGroups } from '../features/spellingGroups';

export type { IndexedEntity, IndexedFile };

/**
 * The workspace index: a compact summary of the entities of every article under the workspace
 * folders (no article text is kept), built in the background and kept fresh on file events
 * and on open documents. Workspace symbols read it; the workspace spelling-consistency check
 * reads `spellingCounts()`.
 */

/** Normalizes a file URI so the same file always has the same key. */
export function normalizeUri(uri: string): string {
  try {
    return uri.startsWith('file:') ? pathToFileURL(fileURLToPath(uri)).toString() : uri;
  } catch {
    return uri;
  }
}

/** The summary of one analyzed article. */
export function summarize(uri: string, article: Article): IndexedFile {
  const lines = new LineIndex(article.text);
  const entities: IndexedEntity[] = article.entities.map((entity, i) => {
    const spellings = new Set<string>();
    for (const m of entity.mentions) {
      const mention = article.mentions[m];
      const form = formOf(mention, entity);
      if (form === 'name' || form === 'surname') spellings.add(spellingOf(article, mention));
    }
    const def = article.mentions[definitionMention(article, i)];
    return {
      name: entity.name,
      type: entity.type,
      spellings: [...spellings],
      mentionCount: entity.mentions.length,
      range: def ? lines.range(def.start, def.end) : lines.range(0, 0),
    };
  });
  const headline = article.paragraphs.find((p) => p.role === 'headline');
  const title = headline ? article.text.slice(headline.start, headline.end).replace(/\s+/g, ' ').trim().slice(0, 80) : basename(safePath(uri));
  return { uri, title, bytes: article.text.length, entities };
}

function safePath(uri: string): string {
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

/**
 * Reads, analyzes and summarizes one file on disk; undefined when it is not indexed (language
 * not analyzed, too large, binary, not prose). Pure but for the file read, so a worker thread can run it.
 */
export async function summarizeFile(uri: string, settings: NewsmarkSettings): Promise<{ file: IndexedFile; bytes: number } | undefined> {
  const languageId = languageOf(safePath(uri));
  if (!settings.languages.includes(languageId)) return undefined;
  const path = fileURLToPath(uri);
  const st = await fsp.stat(path);
  if (!st.isFile() || st.size > Math.min(settings.maxFileSizeMB, INDEX_MAX_MB) * 1024 * 1024) return undefined;
  const buf = await fsp.readFile(path);
  if (buf.subarray(0, 65536).includes(0)) return undefined;
  const text = buf.toString('utf8');
  if (!looksLikeProse(text)) return undefined;
  const article = analyzeArticle(text, {
    languageId,
    articleDate: settings.articleDate || undefined,
    dayFirst: settings.dateOrder !== 'month-first',
  });
  return { file: summarize(uri, article), bytes: buf.length };
}

export interface IndexProgress {
  begin(): void;
  report(done: number, total: number): void;
  end(): void;
}

export interface WorkspaceIndexOptions {
  /** Settings that apply to a file (languages, size limit, article date ...). */
  settingsFor(uri: string): Promise<NewsmarkSettings>;
  /** The analyzed open document for a URI, or undefined when it is not open (or not analyzed). */
  openArticle(uri: string): Article | undefined | 'not-open';
  log?(message: string): void;
  /** Runs summarizeFile elsewhere (a worker thread), so analysis never holds up the server's requests. */
  summarizeFile?: typeof summarizeFile;
  /** Files given to summarizeFile at once (the size of its worker pool); 1 when unset. */
  concurrency?: number;
}

/** Directories never walked: tools' folders, dependencies, hidden folders. */
const SKIP_DIRS = new Set(['node_modules', 'bower_components', '__pycache__']);
const MAX_FILES = 50000;
/** The background index skips files over this size even when the editor would analyze them: articles are small, large files are data. */
export const INDEX_MAX_MB = 1;

/**
 * A cheap test that a .txt/.md file is prose and not data (word lists, TSV, logs): in its first
 * 64 KB, some line has six or more words, and most lines hold no tab.
 */
export function looksLikeProse(text: string): boolean {
  const lines = text.slice(0, 65536).split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  let tabbed = 0;
  let wordy = 0;
  for (const l of lines) {
    if (l.includes('\t')) tabbed++;
    if (l.trim().split(/\s+/).length >= 6) wordy++;
  }
  return wordy > 0 && tabbed * 2 < lines.length;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private readonly dirtyOpen = new Set<string>();
  private readonly listeners: (() => void)[] = [];
  private folders: string[] = [];
  private running: Promise<void> | undefined;
  /** Files being indexed now, and per file the number of its latest indexing (see indexFile). */
  private inFlight = 0;
  private readonly tickets = new Map<string, number>();
  private idleWaiters: (() => void)[] = [];
  /** Per entity type, the number of files using each spelling, kept up to date as files come and go. */
  private readonly fileCounts = new Map<EntityType, Map<string, number>>();
  /** Variant groups per entity type; they only grow (a spelling no file uses any more has no count). */
  private readonly variantGroups = new Map<EntityType, SpellingGroups>();
  private spellingCache: { counts: Map<string, Map<string, number>>; keys: Map<string, string> } | undefined;
  /** Files indexed since start (for progress and benchmarks). */
  indexedCount = 0;
  indexedBytes = 0;

  constructor(private readonly options: WorkspaceIndexOptions) {}

  private setFile(uri: string, file: IndexedFile): void {
    this.deleteFile(uri);
    this.files.set(uri, file);
    this.count(file, 1);
  }

  private deleteFile(uri: string): boolean {
    const old = this.files.get(uri);
    if (!old) return false;
    this.files.delete(uri);
    this.count(old, -1);
    return true;
  }

  /** Adds (+1) or removes (-1) a file's distinct spellings to the per-type counts. */
  private count(file: IndexedFile, delta: 1 | -1): void {
    const seen = new Set<string>();
    for (const e of file.entities) {
      let m = this.fileCounts.get(e.type);
      if (!m) this.fileCounts.set(e.type, (m = new Map()));
      for (const sp of e.spellings) {
        const id = `${e.type}\u0000${sp}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const n = (m.get(sp) ?? 0) + delta;
        if (n > 0) m.set(sp, n);
        else m.delete(sp);
      }
    }
    this.spellingCache = undefined;
  }

  /** Sets the workspace folders (file URIs) and indexes everything under them in the background. */
  async setFolders(folderUris: string[], progress?: IndexProgress): Promise<void> {
    this.folders = folderUris.map(normalizeUri);
    progress?.begin();
    try {
      for (const uri of [...this.files.keys()]) if (!this.inFolders(uri) && this.options.openArticle(uri) === 'not-open') this.deleteFile(uri);
      const found: string[] = [];
      for (const folder of this.folders) {
        if (!folder.startsWith('file:')) continue;
        await this.walk(fileURLToPath(folder), found);
      }
      for (const path of found) this.enqueue(pathToFileURL(path).toString());
      await this.drain(progress);
    } finally {
      progress?.end();
      this.changed();
    }
  }

  /** Re-reads every file (settings changed). */
  async refresh(progress?: IndexProgress): Promise<void> {
    for (const uri of this.files.keys()) if (this.options.openArticle(uri) !== 'not-open') this.dirtyOpen.add(uri);
    for (const uri of [...this.files.keys()]) this.deleteFile(uri);
    await this.setFolders(this.folders, progress);
  }

  inFolders(uri: string): boolean {
    const u = normalizeUri(uri);
    return this.folders.some((f) => u === f || u.startsWith(f.endsWith('/') ? f : `${f}/`));
  }

  private async walk(dir: string, out: string[]): Promise<void> {
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (out.length >= MAX_FILES) return;
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await this.walk(full, out);
      } else if (e.isFile() && ARTICLE_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(full);
    }
  }

  /** A file was created or changed on disk. */
  fileChanged(uri: string): void {
    const u = normalizeUri(uri);
    if (!ARTICLE_EXTENSIONS.includes(extname(u).toLowerCase())) return;
    this.enqueue(u);
    void this.drain();
  }

  /** A file was deleted on disk (or a folder: everything under it goes). */
  fileDeleted(uri: string): void {
    const u = normalizeUri(uri);
    let removed = false;
    for (const key of [...this.files.keys()]) {
      if (key === u || key.startsWith(`${u}/`)) {
        if (this.options.openArticle(key) !== 'not-open') continue;
        this.deleteFile(key);
        removed = true;
      }
    }
    if (removed) this.changed();
  }

  /** An open document changed: its entry is refreshed from the editor's text when next read. */
  documentChanged(uri: string): void {
    this.dirtyOpen.add(normalizeUri(uri));
    this.spellingCache = undefined;
  }

  /** An open document closed: the file on disk is what counts again. */
  documentClosed(uri: string): void {
    const u = normalizeUri(uri);
    this.dirtyOpen.delete(u);
    if (this.inFolders(u)) this.fileChanged(u);
    else if (this.deleteFile(u)) this.changed();
  }

  private enqueue(uri: string): void {
    if (this.queued.has(uri)) return;
    this.queued.add(uri);
    this.queue.push(uri);
  }

  /** Files waiting to be indexed (the ones being indexed included). */
  get pending(): number {
    return this.queue.length + this.inFlight;
  }

  /** Resolves when the background queue is empty. */
  whenIdle(): Promise<void> {
    if (this.queue.length === 0 && !this.running) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  /** Indexes the queued files, `concurrency` at a time, yielding to the event loop between files. */
  private drain(progress?: IndexProgress): Promise<void> {
    if (this.running) return this.running;
    if (this.queue.length === 0) return Promise.resolve();
    this.running = (async () => {
      const total = this.queue.length;
      let done = 0;
      let lastReport = 0;
      const lane = async (): Promise<void> => {
        while (this.queue.length > 0) {
          const uri = this.queue.shift() as string;
          this.queued.delete(uri);
          this.inFlight++;
          await this.indexFile(uri).finally(() => this.inFlight--);
          done++;
          if (progress && Date.now() - lastReport > 100) {
            lastReport = Date.now();
            progress.report(done, Math.max(total, done + this.queue.length + this.inFlight));
          }
          await new Promise<void>((r) => setImmediate(r));
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.max(1, Math.floor(this.options.concurrency ?? 1)) }, lane));
      } finally {
        this.running = undefined;
        this.changed();
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const w of waiters) w();
      }
    })();
    return this.running;
  }

  private async indexFile(uri: string): Promise<void> {
    if (this.options.openArticle(uri) !== 'not-open') {
      this.dirtyOpen.add(uri);
      return;
    }
    // A file queued again while a lane indexes it: the later indexing's result is the one kept.
    const ticket = (this.tickets.get(uri) ?? 0) + 1;
    this.tickets.set(uri, ticket);
    const settings = await this.options.settingsFor(uri);
    this.spellingCache = undefined;
    try {
      const result = (await this.readable(uri)) ? await (this.options.summarizeFile ?? summarizeFile)(uri, settings) : undefined;
      if (this.tickets.get(uri) !== ticket) return;
      if (!result) {
        this.deleteFile(uri);
        return;
      }
      // The editor may have opened the file meanwhile: its text wins.
      if (this.options.openArticle(uri) !== 'not-open') return;
      this.setFile(uri, result.file);
      this.indexedCount++;
      this.indexedBytes += result.bytes;
    } catch (err) {
      if (this.tickets.get(uri) === ticket) this.deleteFile(uri);
      this.options.log?.(`workspace index: ${uri}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /**
   * Whether a file may be read: it must be, once every symbolic link is resolved, the same file
   * under one of the workspace folders. A file-watch event may name a symlink (or a file under a
   * symlinked folder) whose target is outside the workspace; the first walk skips symlinks, and
   * so does this.
   */
  private async readable(uri: string): Promise<boolean> {
    let path: string;
    let real: string;
    try {
      path = fileURLToPath(uri);
      real = await fsp.realpath(path);
    } catch {
      return false;
    }
    for (const folder of this.folders) {
      if (!folder.startsWith('file:')) continue;
      const root = fileURLToPath(folder);
      const rel = relative(root, path);
      if (rel.startsWith('..') || isAbsolute(rel)) continue;
      try {
        if (real === join(await fsp.realpath(root), rel)) return true;
      } catch {
        // A folder that no longer exists holds nothing.
      }
    }
    return false;
  }

  /** Brings open documents' entries up to date from the editor's text (analysis is cached per version). */
  private refreshOpen(): void {
    if (this.dirtyOpen.size === 0) return;
    for (const uri of [...this.dirtyOpen]) {
      const article = this.options.openArticle(uri);
      if (article === 'not-open') {
        this.dirtyOpen.delete(uri);
        continue;
      }
      if (article) this.setFile(uri, summarize(uri, article));
      else this.deleteFile(uri);
      this.dirtyOpen.delete(uri);
    }
    this.spellingCache = undefined;
  }

  /** Every indexed file (open documents as the editor has them). */
  allFiles(): IndexedFile[] {
    this.refreshOpen();
    return [...this.files.values()];
  }

  get size(): number {
    return this.files.size;
  }

  /**
   * For each group of spelling variants of a name (see groupSpellings), how many files use each
   * spelling: `Zelensky` in 1 file and `Zelenskiy` in 40 give
   * `person:zelenskiy -> { Zelenskiy: 40, Zelensky: 1 }`. A file counts once per spelling.
   * Full names and surnames are separate groups. Use `keyOf` to find a spelling's group.
   */
  spellingCounts(): Map<string, Map<string, number>> {
    return this.spellingGroups().counts;
  }

  /** The group key of a spelling (as counted by spellingCounts), or undefined when no indexed file uses it. */
  keyOf(type: EntityType, spelling: string): string | undefined {
    return this.spellingGroups().keys.get(`${type}\u0000${spelling}`);
  }

  /** The files-per-spelling counts of the variants of a spelling (itself included), or undefined. */
  variantsOf(type: EntityType, spelling: string): Map<string, number> | undefined {
    const key = this.keyOf(type, spelling);
    return key === undefined ? undefined : this.spellingGroups().counts.get(key);
  }

  private spellingGroups(): { counts: Map<string, Map<string, number>>; keys: Map<string, string> } {
    this.refreshOpen();
    if (this.spellingCache) return this.spellingCache;
    const counts = new Map<string, Map<string, number>>();
    const keys = new Map<string, string>();
    for (const [type, fileCounts] of this.fileCounts) {
      let groups = this.variantGroups.get(type);
      if (!groups) this.variantGroups.set(type, (groups = new SpellingGroups()));
      for (const [sp, key] of groupSpellings(type, fileCounts, groups)) {
        keys.set(`${type}\u0000${sp}`, key);
        let group = counts.get(key);
        if (!group) counts.set(key, (group = new Map()));
        group.set(sp, fileCounts.get(sp) ?? 0);
      }
    }
    this.spellingCache = { counts, keys };
    return this.spellingCache;
  }

  /** Called after the index changed (a file indexed, removed or a run finished). */
  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    this.spellingCache = undefined;
    for (const l of this.listeners) l();
  }
}
