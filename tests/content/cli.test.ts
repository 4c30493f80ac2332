import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const vite = join(root, 'node_modules/.bin/vite');
const dirs: string[] = [];

/** A copy of content/ with one statement's weights changed, as an editor might change them. */
function reweighted(id: string, weights: Record<string, number>): string {
  return brokenCopy('goals.json', (t) => {
    const goals = JSON.parse(t) as { statements: { id: string; weights: Record<string, number> }[] };
    const statement = goals.statements.find((s) => s.id === id);
    if (statement === undefined) throw new Error(`no statement ${id}`);
    statement.weights = weights;
    return JSON.stringify(goals, null, 2);
  });
}

/** A copy of content/ with one file changed, as an editor's mistake would change it. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  dirs.push(dir);
  cpSync(join(root, 'content'), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm run content:check', () => {
  it('passes on the shipped content', () => {
    const out = execFileSync(tsx, ['scripts/content-check.ts'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^Content is valid: 4 ways/);
  });

  it('fails on a misspelt key, naming the file and JSON path', () => {
    const dir = brokenCopy('ways.json', (t) => t.replace('"tagline"', '"tagLine"'));
    const run = spawnSync(tsx, ['scripts/content-check.ts', dir], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/ways.json at ways[0]: unknown field "tagLine"');
  });

  it('fails on broken JSON, naming the file', () => {
    const dir = brokenCopy('context.json', (t) => t.replace('"reviewMonths": 6,', '"reviewMonths": 6,,'));
    const run = spawnSync(tsx, ['scripts/content-check.ts', dir], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/context\.json at \(file\): is not valid JSON/);
  });
});

describe('npm run build', () => {
  it('refuses to build invalid content and says where the problem is', () => {
    const dir = brokenCopy('goals.json', (t) => t.replace('"way": "cooperation"', '"way": "cooperaton"'));
    const run = spawnSync(vite, ['build', '--outDir', join(dir, 'dist')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir },
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/content\/goals\.json at statements\[\d+\]\.way: "cooperaton" is not a way/);
  }, 60_000);
});

describe('npm run content:report', () => {
  it('passes the shipped content, having checked every statement with every combination of situation answers', () => {
    const out = execFileSync(tsx, ['scripts/content-report.ts'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/Checked \d+ statements and outputs, each alone with all \d+ combinations/);
    expect(out).toContain('Every one aims at its own way in every combination');
  }, 60_000);

  it('fails on a deliberately bad weight, naming the statement and an example', () => {
    const dir = reweighted('g-seamless-referral', { coordination: 1, partnership: 3 });
    const run = spawnSync(tsx, ['scripts/content-report.ts', dir], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /content\/goals\.json "g-seamless-referral": meant for coordination, but aims at partnership in \d+ combinations/,
    );
  }, 60_000);

  it('fails when a tie would be broken against a statement', () => {
    const dir = reweighted('g-seamless-referral', { coordination: 2, cooperation: 2 });
    const run = spawnSync(tsx, ['scripts/content-report.ts', dir], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/"g-seamless-referral": meant for coordination, but a tie is broken towards cooperation/);
  }, 60_000);
});
