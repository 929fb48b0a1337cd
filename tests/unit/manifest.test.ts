import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * What the manifest promises a new user (issue 17): prose wraps in .news files with default
 * settings, an icon, a getting-started walkthrough whose pages exist, a user-facing README, and
 * an `npm ci` without install-script warnings. The client's behaviour itself is checked in a
 * real workbench (tests/e2e/ui.e2e.mjs).
 */
const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('the manifest for a first-time user', () => {
  it('wraps .news prose with default settings', () => {
    expect(pkg.contributes.configurationDefaults['[news]']['editor.wordWrap']).toBe('on');
  });

  it('has a square PNG icon of at least 128 px, shipped in the .vsix', () => {
    expect(pkg.icon).toBe('media/icon.png');
    expect(pkg.files).toContain(pkg.icon);
    const png = readFileSync(join(ROOT, pkg.icon));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(128);
    // Not a blank tile: the image holds several colours.
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const colours = new Set<string>();
    for (let i = 1; i < raw.length; i += 4) colours.add(raw.subarray(i, i + 3).toString('hex'));
    expect(colours.size).toBeGreaterThan(5);
  });

  it('has a getting-started walkthrough whose pages and pictures exist and are shipped', () => {
    const [walk] = pkg.contributes.walkthroughs;
    expect(walk.title).toMatch(/Newsmark/);
    expect(walk.steps.length).toBeGreaterThanOrEqual(4);
    const commands = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));
    for (const step of walk.steps) {
      const media = step.media.markdown ?? step.media.image;
      expect(existsSync(join(ROOT, media)), media).toBe(true);
      if (step.media.image) expect(step.media.altText, step.id).toBeTruthy();
      expect(pkg.files.some((f: string) => f === media || (f.endsWith('/*.md') && media.startsWith(f.slice(0, -4)))), media).toBe(true);
      for (const m of step.description.matchAll(/\(command:(newsmark\.[\w.]+)/g)) expect(commands.has(m[1]), m[1]).toBe(true);
    }
    expect(walk.steps.map((s: { description: string }) => s.description).join('\n')).toContain('command:newsmark.showArticleReport');
  });

  it('ships a README written for the Extensions page, with the development notes apart', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme.split('\n').slice(0, 9).join('\n')).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
    for (const heading of ['## What it does for a reporter', '## Settings', '## The rules']) expect(readme).toContain(heading);
    for (const img of ['hover', 'outline', 'problems']) expect(readme).toContain(`](docs/images/${img}.png)`);
    for (const key of Object.keys(pkg.contributes.configuration.properties)) expect(readme, key).toContain(`\`${key}\``);
    expect(readme.length).toBeLessThan(12_000);
    expect(existsSync(join(ROOT, 'DEVELOPMENT.md'))).toBe(true);
  });

  it('covers every dependency install script in allowScripts, so npm ci does not warn', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    const withScripts = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean }>)
      .filter(([path, p]) => path !== '' && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) expect(pkg.allowScripts ?? {}, name).toHaveProperty([name]);
  });
});
