import { readFileSync } from 'node:fs';
import { BATCH_ROLE, runCliWithWorkers } from './cli/main';
import { processFile } from './cli/batch';
import { serveJobs, workerRole } from './workspace/workerPool';

// The same bundle runs the worker threads of `--jobs` (see workspace/workerPool.ts).
if (workerRole() === BATCH_ROLE) {
  serveJobs(processFile);
} else {
  void runCliWithWorkers(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
    () => readFileSync(0, 'utf8'),
    __filename,
  ).then((code) => {
    process.exitCode = code;
  });
}
