import { describe, expect, it } from 'vitest';
import { serverEnv, serverExecArgv } from '../../client/src/serverEnv';

describe("the server's environment, as the VS Code client starts it", () => {
  it('keeps the editor environment, leaves out the CA bundle and fixes the C heap threshold', () => {
    const base = { PATH: '/usr/bin', HOME: '/home/ann', NODE_EXTRA_CA_CERTS: '/etc/ssl/corp.pem' };
    const env = serverEnv(base);
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/ann', MALLOC_MMAP_THRESHOLD_: '131072' });
    expect(base.NODE_EXTRA_CA_CERTS).toBe('/etc/ssl/corp.pem');
  });

  it('keeps a threshold the editor environment sets', () => {
    expect(serverEnv({ MALLOC_MMAP_THRESHOLD_: '65536' }).MALLOC_MMAP_THRESHOLD_).toBe('65536');
  });
});

describe("the server's node options, as the VS Code client starts it", () => {
  it("sizes V8's background threads to leave one core to the server's main thread, between one and node's four", () => {
    const poolSize = (cores: number): number => Number(/^--v8-pool-size=(\d+)$/.exec(serverExecArgv(cores).join(' '))?.[1]);
    expect([1, 2, 3, 4, 5, 8, 64].map(poolSize)).toEqual([1, 1, 2, 3, 4, 4, 4]);
  });

  it('uses the cores of this machine when not told', () => {
    expect(serverExecArgv()).toHaveLength(1);
    expect(serverExecArgv()[0]).toMatch(/^--v8-pool-size=[1-4]$/);
  });
});
