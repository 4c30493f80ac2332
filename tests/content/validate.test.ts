import { describe, expect, it } from 'vitest';
import { validateContent, jsonPath } from '../../src/content/validate.ts';
import { CONTENT_FILES, type ContentFileName } from '../../src/content/schema.ts';
import { WAY_IDS } from '../../src/content/way-ids.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { realContent } from '../helpers/content.ts';

function rawFiles(): Record<ContentFileName, Record<string, unknown>> {
  const dir = resolve(import.meta.dirname, '../../content');
  return Object.fromEntries(
    (Object.keys(CONTENT_FILES) as ContentFileName[]).map((f) => [f, JSON.parse(readFileSync(resolve(dir, f), 'utf8'))]),
  ) as Record<ContentFileName, Record<string, unknown>>;
}

function problemsAfter(edit: (files: ReturnType<typeof rawFiles>) => void) {
  const files = rawFiles();
  edit(files);
  const result = validateContent(files);
  return result.ok ? [] : result.problems;
}

type Json = Record<string, unknown> & { [k: string]: never | unknown };
const at = (value: unknown, ...path: (string | number)[]): Json =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value) as Json;

describe('validateContent on the shipped files', () => {
  it('accepts them', () => {
    expect(validateContent(rawFiles())).toMatchObject({ ok: true });
  });
});

describe('validateContent names the file and JSON path of each problem', () => {
  it('a misspelt key', () => {
    const problems = problemsAfter((f) => {
      const s = at(f['goals.json'], 'statements', 2);
      s['txt'] = s['text'];
      delete s['text'];
    });
    expect(problems).toContainEqual({
      file: 'goals.json',
      path: 'statements[2]',
      message: 'unknown field "txt": check the spelling, or remove it',
    });
    expect(problems).toContainEqual({
      file: 'goals.json',
      path: 'statements[2].text',
      message: 'missing required field (expected string)',
    });
  });

  it('a weight for a way that does not exist', () => {
    const problems = problemsAfter((f) => {
      at(f['outputs.json'], 'statements', 0)['weights'] = { netwroking: 2 };
    });
    expect(problems).toContainEqual({
      file: 'outputs.json',
      path: 'statements[0].weights',
      message: `"netwroking" is not a way. Weights can only name: ${WAY_IDS.join(', ')}`,
    });
  });

  it('an unknown way', () => {
    const problems = problemsAfter((f) => {
      at(f['goals.json'], 'statements', 1)['way'] = 'collaboration';
    });
    expect(problems).toContainEqual({
      file: 'goals.json',
      path: 'statements[1].way',
      message: `"collaboration" is not a way. Use one of: ${WAY_IDS.join(', ')}`,
    });
  });

  it('a duplicate id across goals and outputs', () => {
    const problems = problemsAfter((f) => {
      at(f['outputs.json'], 'statements', 3)['id'] = 'g-connect-region';
    });
    expect(problems).toContainEqual({
      file: 'outputs.json',
      path: 'statements[3].id',
      message: 'duplicate id "g-connect-region": statement ids must be unique across goals.json and outputs.json',
    });
  });

  it('a dangling reference to a dimension', () => {
    const problems = problemsAfter((f) => {
      const dims = at(f['ways.json'], 'ways', 1, 'dimensions');
      dims['turff'] = dims['turf'];
      delete dims['turf'];
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'ways.json', path: 'ways[1].dimensions.turff' }));
    expect(problems).toContainEqual({
      file: 'ways.json',
      path: 'ways[1].dimensions',
      message: 'missing the dimension "turf" from dimensions.json',
    });
  });

  it('ways out of order', () => {
    const problems = problemsAfter((f) => {
      const ways = at(f['ways.json'])['ways'] as unknown[];
      [ways[1], ways[2]] = [ways[2], ways[1]];
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'ways.json', path: 'ways[1].id' }));
  });

  it('a way that no statement can reach', () => {
    const problems = problemsAfter((f) => {
      const set = at(f['outputs.json']);
      set['statements'] = (set['statements'] as { way: string }[]).filter((s) => s.way !== 'networking');
    });
    expect(problems).toContainEqual({
      file: 'outputs.json',
      path: 'statements',
      message: 'no statement points to "networking", so it could never be recommended from this questionnaire',
    });
  });

  it('a missing file', () => {
    const files: Partial<ReturnType<typeof rawFiles>> = rawFiles();
    delete files['context.json'];
    const result = validateContent(files);
    expect(result).toEqual({ ok: false, problems: [{ file: 'context.json', path: '(file)', message: 'file is missing' }] });
  });
});

describe('jsonPath', () => {
  it('writes array indexes in brackets and keys with dots', () => {
    expect(jsonPath(['ways', 2, 'dimensions', 'trust'])).toBe('ways[2].dimensions.trust');
    expect(jsonPath([])).toBe('(top level)');
  });
});

describe('the shipped content', () => {
  const content = realContent();

  it('has the four ways in the guide’s order, each with every field filled', () => {
    expect(content.ways.map((w) => w.id)).toEqual([...WAY_IDS]);
    for (const way of content.ways) {
      expect(Object.keys(way.dimensions).sort()).toEqual(content.dimensions.map((d) => d.id).sort());
      expect(way.goals.length).toBeGreaterThanOrEqual(4);
      expect(way.inputs.length).toBeGreaterThanOrEqual(5);
      expect(way.outputs.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('covers the eight dimensions the issue names', () => {
    expect(content.dimensions.map((d) => d.id)).toEqual([
      'time',
      'trust',
      'turf',
      'formality',
      'resources',
      'risk',
      'decisions',
      'horizon',
    ]);
  });

  it('has at least four goal statements and four outputs for every way', () => {
    for (const way of WAY_IDS) {
      expect(content.goals.statements.filter((s) => s.way === way).length, `goals for ${way}`).toBeGreaterThanOrEqual(4);
      expect(content.outputs.statements.filter((s) => s.way === way).length, `outputs for ${way}`).toBeGreaterThanOrEqual(4);
    }
  });

  it('asks the five context questions', () => {
    expect(content.context.questions.map((q) => q.id)).toEqual(['challenge', 'capacity', 'relationship', 'horizon', 'leadership']);
  });

  it('credits the sources on the About page', () => {
    const sources = content.about.sources.map((s) => s.title).join(' ');
    expect(sources).toMatch(/Health Justice Australia/);
    expect(sources).toMatch(/Himmelman/);
    expect(sources).toMatch(/Tamarack/);
  });
});
