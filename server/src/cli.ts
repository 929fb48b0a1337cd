import { readFileSync } from 'node:fs';
import { runCli } from './cli/main';

const code = runCli(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
  () => readFileSync(0, 'utf8'),
);
process.exitCode = code;
