/**
 * The server's environment: the editor's, with the code-cache directory, and without
 * NODE_EXTRA_CA_CERTS. Node reads that certificate bundle at every process start (~60 ms on a
 * small machine), and the server makes no network connections at all.
 */
export function serverEnv(base: NodeJS.ProcessEnv, codeCacheDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, NEWSMARK_CODE_CACHE_DIR: codeCacheDir };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}
