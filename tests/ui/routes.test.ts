import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROUTES } from '../../src/app/routes.tsx';
import { prerenderPaths } from '../../src/app/prerender.tsx';
import { findRoute } from '../../src/app/app.tsx';
import { legacyAddress } from '../../src/app/legacy-address.ts';

const root = resolve(import.meta.dirname, '../..');

describe('the route table', () => {
  it('names, for every page, the module its loader really imports (the prerenderer links that module into the page)', () => {
    const text = readFileSync(resolve(root, 'src/app/routes.tsx'), 'utf8');
    for (const route of ROUTES) {
      expect(existsSync(resolve(root, route.source)), route.source).toBe(true);
      const relative = route.source.replace(/^src\//, '../');
      expect(text, `${route.path} imports ${relative}`).toContain(`import('${relative}')`);
    }
  });

  it('knows when a page can be drawn at once: after its code loads, and with it every page in the same module', async () => {
    const check = findRoute('/goal/check/');
    const question = findRoute('/goal/goals/');
    const shared = findRoute('/r/');
    expect(check?.loaded()).toBe(false);
    expect(question?.loaded()).toBe(false);
    await check?.preload();
    expect(check?.loaded()).toBe(true);
    // Nobody asked for the question page's code: it is marked ready because its module is here.
    await vi.waitFor(() => expect(question?.loaded()).toBe(true));
    expect(shared?.loaded()).toBe(false);
  });

  it('builds a page for every address the app can show, and every built page has a route', () => {
    const paths = prerenderPaths();
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(findRoute(path), path).toBeDefined();
    for (const route of ROUTES.filter((r) => !r.path.includes(':'))) expect(paths).toContain(route.path);
  });

  it.each([
    ['#/r/1g.g5gbgf.cdhykslsrl', 'r/#1g.g5gbgf.cdhykslsrl'],
    ['#/r/1g.g5.cd/handout', 'r/handout/#1g.g5.cd'],
    ['#/p/1~QQ~1g.g5.cd', 'p/#1~QQ~1g.g5.cd'],
    ['#/g/1~~1g.g5.cd', 'g/#1~~1g.g5.cd'],
    ['#/h/1.g1-5.n-12', 'h/#1.g1-5.n-12'],
    ['#/c/1.wdxn', 'c/#1.wdxn'],
    ['#/ways/coordination', 'ways/coordination/'],
    ['#/goal/goals', 'goal/goals/'],
    ['#/present/3', 'present/#3'],
    ['#/hands/0', 'hands/#0'],
    ['#/', ''],
  ])('rewrites the old address %s to %s', (old, now) => {
    expect(legacyAddress(old)).toBe(now);
  });

  it('leaves new addresses alone', () => {
    expect(legacyAddress('#2.gg5.cck.abcdef')).toBeNull();
    expect(legacyAddress('')).toBeNull();
  });
});
