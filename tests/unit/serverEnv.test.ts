import { describe, expect, it } from 'vitest';
import { serverEnv } from '../../client/src/serverEnv';

describe("the server's environment, as the VS Code client starts it", () => {
  it('keeps the editor environment and leaves out the CA bundle', () => {
    const base = { PATH: '/usr/bin', HOME: '/home/ann', NODE_EXTRA_CA_CERTS: '/etc/ssl/corp.pem' };
    const env = serverEnv(base);
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/ann' });
    expect(base.NODE_EXTRA_CA_CERTS).toBe('/etc/ssl/corp.pem');
  });
});
