import { describe, expect, it } from 'vitest';
import { serverEnv } from '../../client/src/serverEnv';

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
