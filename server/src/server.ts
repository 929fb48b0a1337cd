import { startServer } from './lsp/server';
import { isIndexWorker, runIndexWorker } from './workspace/indexWorker';

// The same bundle runs the workspace index's worker thread (see workspace/indexWorker.ts).
if (isIndexWorker()) runIndexWorker();
else startServer({ indexWorkerScript: __filename });
