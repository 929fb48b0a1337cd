import * as os from 'node:os';

/**
 * The server's environment: the editor's, with two changes.
 *
 * - Without NODE_EXTRA_CA_CERTS. Node reads that certificate bundle at every process start
 *   (~60 ms on a small machine), and the server makes no network connections at all.
 * - With glibc's mmap threshold fixed at 128 KiB (MALLOC_MMAP_THRESHOLD_), unless the editor's
 *   environment sets it. By default glibc raises that threshold, up to 32 MB, each time a large
 *   block is freed. After a long document's analysis, the typed arrays of later analyses then
 *   come from the C heap, and glibc does not return the free pages left between live blocks. A
 *   5 MB document, once idle: 458-471 -> 420-424 MB resident; after closing it: 240-256 -> 193-196
 *   MB. Other C libraries ignore the variable.
 */
export function serverEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { MALLOC_MMAP_THRESHOLD_: String(128 * 1024), ...base };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/**
 * Node's options for the server process: V8's pool of background threads (TurboFan compiles,
 * parallel garbage collection) sized to leave one core to the thread that answers the editor.
 * Node's default is four threads whatever the machine. On two cores, the compiles that V8 runs
 * in the first minute of typing (the document-wide passes run once per keystroke, so they are
 * optimized only after tens of keystrokes) ran four at a time and took the server's main thread's
 * core too, and the keystrokes waited. See DEVELOPMENT.md (stop 27) for the numbers.
 */
export function serverExecArgv(cores: number = machineCores()): string[] {
  return [`--v8-pool-size=${Math.min(4, Math.max(1, cores - 1))}`];
}

/** The cores this process may use (`os.availableParallelism`, Node 18.14 and later; else the CPUs listed). */
function machineCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}
