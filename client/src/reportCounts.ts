/**
 * The number of entities in an article report (the `## Entities (N)` heading of
 * features/report.ts), or undefined when the report has no such heading. No `vscode` import, so the
 * unit tests hold it against the report the server really writes.
 */
export function entityCountOf(markdown: string): number | undefined {
  const m = /^## Entities \((\d+)\)$/m.exec(markdown);
  return m ? Number(m[1]) : undefined;
}
