/**
 * The server's environment: the editor's without NODE_EXTRA_CA_CERTS. Node reads that
 * certificate bundle at every process start (~60 ms on a small machine), and the server makes no
 * network connections at all.
 */
export function serverEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}
