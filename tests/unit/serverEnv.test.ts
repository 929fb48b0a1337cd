import { describe, expect, it } from 'vitest';
import { serverEnv } from '../../client/src/serverEnv';

describe("the server's environment, as the VS Code client starts it", () => {
  it('keeps the editor environment, adds the code-cache directory and leaves out the CA bundle', () => {
    const base = { PATH: '/usr/bin', HOME: '/home/ann', NODE_EXTRA_CA_CERTS: '/etc/ssl/corp.pem', NEWSMARK_CODE_CACHE: '1' };
    const env = serverEnv(base, '/store/code-cache');
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/ann', NEWSMARK_CODE_CACHE: '1', NEWSMARK_CODE_CACHE_DIR: '/store/code-cache' });
    expect(base.NODE_EXTRA_CA_CERTS).toBe('/etc/ssl/corp.pem');
  });
});
