/** A timer for the server's own background work: it never keeps the process alive (the CLI, tests that end). */
export function backgroundTimer(run: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(run, ms);
  timer.unref();
  return timer;
}
