/**
 * Emitted on `process` once the server has analyzed its first article. By then V8 has compiled
 * the functions an analysis runs, so the start-up code cache written now (server/src/boot.ts) lets
 * the next start skip compiling them.
 */
export const FIRST_ANALYSIS_EVENT = 'newsmark:first-analysis';

let emitted = false;

export function firstAnalysisDone(): void {
  if (emitted) return;
  emitted = true;
  // Typed as a plain emitter: Node's typings list only its own process events.
  const emitter: NodeJS.EventEmitter = process;
  emitter.emit(FIRST_ANALYSIS_EVENT);
}
