import { RequestType } from './protocol';
import { articleReport } from '../features/report';
import type { ServerContext } from './context';

/** `newsmark/articleReport`: the report of one open article, as Markdown. */
export const ArticleReportRequest = new RequestType<{ uri: string }, { markdown: string } | null, void>('newsmark/articleReport');

export function registerCommands(ctx: ServerContext): void {
  ctx.connection.onRequest(ArticleReportRequest, async ({ uri }) => {
    await ctx.loadSettings(uri);
    const found = ctx.article(uri);
    if (!found) return null;
    const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    return { markdown: articleReport(found.article, name, ctx.diagnosticsOf(uri, found.article)) };
  });
}
