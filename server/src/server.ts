import { startServer } from './lsp/server';
import { isIndexWorker, runIndexWorker } from './lsp/indexWorker';

// The same bundle runs the workspace index's worker thread (see lsp/indexWorker.ts).
if (isIndexWorker()) runIndexWorker();
else startServer({ indexWorkerScript: __filename });
