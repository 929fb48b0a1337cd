import { readFileSync } from 'node:fs';
import { BATCH_ROLE, runCliWithWorkers } from './cli/main';
import { processFile } from './cli/batch';
import { serveJobs, workerRole } from './workspace/workerPool';
import { tuneTieringForBatch } from './cli/tiering';

// The same bundle runs the worker threads of `--jobs` (see workspace/workerPool.ts).
if (workerRole() === BATCH_ROLE) {
  serveJobs(processFile);
} else {
  // A reader that stops early (`newsmark check dir | head`) closes the pipe: stop quietly, as
  // command-line tools do, instead of printing a stack trace for the write that failed.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    // 141 = 128 + SIGPIPE: what a shell reports for a tool stopped by a closed pipe.
    process.exit(141);
  });
  void runCliWithWorkers(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
    () => readFileSync(0, 'utf8'),
    __filename,
    tuneTieringForBatch,
  ).then((code) => {
    process.exitCode = code;
  });
}
