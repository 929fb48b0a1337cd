import type { DiagnosticCode, Severity } from '../core/article';
import { DEFAULT_SEVERITIES } from './diagnostics';

/** The `newsmark.*` settings, typed, with the defaults that package.json declares. */
export interface NewsmarkSettings {
  languages: string[];
  articleDate: string;
  dateOrder: 'day-first' | 'month-first';
  severity: Record<DiagnosticCode, Severity | 'off'>;
  maxFileSizeMB: number;
  /** Flag names spelled differently from most articles of the workspace. */
  workspaceConsistency: boolean;
}

export const DEFAULT_SETTINGS: NewsmarkSettings = {
  languages: ['news', 'plaintext', 'markdown'],
  articleDate: '',
  dateOrder: 'day-first',
  severity: { ...DEFAULT_SEVERITIES },
  maxFileSizeMB: 5,
  workspaceConsistency: true,
};

/**
 * The language id an editor's document is analysed as: Neovim and Helix call a .txt file `text`,
 * VS Code calls it `plaintext`; both are plain text, and `newsmark.languages` lists `plaintext`.
 */
export function analyzedLanguage(languageId: string): string {
  return languageId === 'text' ? 'plaintext' : languageId;
}

/** Whether documents of this language id are analysed under these settings. */
export function isAnalyzed(languageId: string, settings: NewsmarkSettings): boolean {
  return settings.languages.includes(languageId) || settings.languages.includes(analyzedLanguage(languageId));
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Merges whatever the client sent over the defaults, ignoring values of the wrong shape. */
export function normalizeSettings(raw: unknown): NewsmarkSettings {
  const s: NewsmarkSettings = { ...DEFAULT_SETTINGS, severity: { ...DEFAULT_SETTINGS.severity } };
  if (typeof raw !== 'object' || raw === null) return s;
  const r = raw as Record<string, unknown>;
  if (Array.isArray(r.languages) && r.languages.every((l) => typeof l === 'string')) s.languages = r.languages as string[];
  if (typeof r.articleDate === 'string') s.articleDate = r.articleDate.trim();
  if (r.dateOrder === 'day-first' || r.dateOrder === 'month-first') s.dateOrder = r.dateOrder;
  if (typeof r.maxFileSizeMB === 'number' && r.maxFileSizeMB > 0) s.maxFileSizeMB = r.maxFileSizeMB;
  if (typeof r.workspaceConsistency === 'boolean') s.workspaceConsistency = r.workspaceConsistency;
  if (typeof r.severity === 'object' && r.severity !== null) {
    for (const [code, value] of Object.entries(r.severity as Record<string, unknown>)) {
      if (code in s.severity && typeof value === 'string' && SEVERITIES.has(value)) {
        s.severity[code as DiagnosticCode] = value as Severity | 'off';
      }
    }
  }
  return s;
}
