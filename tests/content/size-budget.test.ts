import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../scripts/size-budget.mjs');
const dirs: string[] = [];

/** A tiny built app: index.html, an entry that statically imports a chunk, and a lazy chunk that must not count. */
function fakeDist(chunkBytes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><script type="module" src="./assets/entry.js"></script><link rel="stylesheet" href="./assets/a.css">',
  );
  writeFileSync(join(dir, 'assets/entry.js'), 'import{x}from"./chunk.js";import("./lazy.js");console.log(x)');
  // Random bytes do not compress, so the gzipped size is close to chunkBytes.
  writeFileSync(join(dir, 'assets/chunk.js'), `export const x=${JSON.stringify(randomBytes(chunkBytes).toString('base64'))}`);
  writeFileSync(join(dir, 'assets/lazy.js'), `export const y=${JSON.stringify(randomBytes(200_000).toString('base64'))}`);
  writeFileSync(join(dir, 'assets/a.css'), 'body{color:black}');
  return dir;
}

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the size budget script', () => {
  it('passes a first page under budget and does not count lazy chunks', () => {
    const run = spawnSync('node', [script, '--dist', fakeDist(10_000), '--budget', '50000'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/First page \(gzipped\): 1\d\.\d KB of a 50\.0 KB budget/);
    expect(run.stdout).not.toContain('lazy.js');
  });

  it('fails a padded first page and prints the figure', () => {
    const run = spawnSync('node', [script, '--dist', fakeDist(60_000), '--budget', '50000'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/size: the first page is \d+\.\d KB, over the 50\.0 KB budget by \d+\.\d KB\./);
  });
});
