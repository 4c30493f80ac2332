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

type Json = Record<string, unknown>;
const at = (value: unknown, ...path: (string | number)[]): Json =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value) as Json;

describe('validateContent on the shipped files', () => {
  it('accepts them', () => {
    expect(validateContent(rawFiles())).toMatchObject({ ok: true });
  });

  it('parses them to exactly what is written, so the app (which runs on the parsed content) shows what editors wrote', () => {
    const raw = rawFiles();
    const parsed = validateContent(raw);
    if (!parsed.ok) throw new Error('invalid');
    const { content } = parsed;
    expect(content.ways).toEqual(raw['ways.json']['ways']);
    expect(content.goals).toEqual(raw['goals.json']);
    expect(content.outputs).toEqual(raw['outputs.json']);
    expect(content.context).toEqual(raw['context.json']);
    expect(content.wording).toEqual(raw['wording.json']);
    expect(content.pages).toEqual(raw['pages.json']);
    expect(content.review).toEqual(raw['review.json']);
    expect(content.readiness).toEqual(raw['readiness.json']);
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

  it('a limit on the start without a reason', () => {
    const problems = problemsAfter((f) => {
      const option = at(f['context.json'], 'questions', 2, 'options', 0);
      delete option['because'];
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'context.json', message: '"readyFor" needs "because": the reason shown to the user' }),
    );
  });

  it('a "not sure" answer that would hold the start back', () => {
    const problems = problemsAfter((f) => {
      const capacity = (at(f['context.json'])['questions'] as { id: string; options: Record<string, unknown>[] }[]).find(
        (q) => q.id === 'capacity',
      );
      const unsure = capacity?.options.find((o) => o['id'] === 'unsure');
      if (unsure !== undefined) Object.assign(unsure, { readyFor: 'networking', because: 'a guess' });
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'context.json', path: expect.stringMatching(/findOut$/) as unknown }));
  });

  it('a page of statements that all point to one way', () => {
    const problems = problemsAfter((f) => {
      const set = at(f['goals.json']);
      set['themes'] = [...(set['themes'] as unknown[]), { id: 'lonely', title: 'Lonely', question: 'Lonely?' }];
      at(set, 'statements', 0)['theme'] = 'lonely';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'goals.json',
        message: expect.stringContaining('theme "lonely" needs statements for at least two different ways') as unknown,
      }),
    );
  });

  it('an unknown placeholder in a sentence template', () => {
    const problems = problemsAfter((f) => {
      at(f['wording.json'], 'voices', 'own')['titleSame'] = '{Aims} fits your answers best';
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'wording.json', path: 'voices.own.titleSame' }));
  });

  it('a duplicate input key', () => {
    const problems = problemsAfter((f) => {
      at(f['ways.json'], 'ways', 1, 'inputs', 0)['key'] = 'n1';
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'ways.json', path: 'ways[1].inputs[0].key' }));
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

  it('asks about the context the guide names, with a "not sure" answer wherever people guess', () => {
    const ids = content.context.questions.map((q) => q.id);
    for (const id of ['challenge', 'capacity', 'relationship', 'horizon', 'leadership']) expect(ids).toContain(id);
    for (const id of ['capacity', 'relationship', 'leadership']) {
      const unsure = content.context.questions.find((q) => q.id === id)?.options.find((o) => o.findOut !== undefined);
      expect(unsure, `${id} has a "not sure" answer`).toBeDefined();
      expect(unsure?.readyFor).toBeUndefined();
    }
  });

  it('gives every limit on the start a reason a person can read', () => {
    for (const q of content.context.questions)
      for (const o of q.options) if (o.readyFor !== undefined) expect(o.because?.length).toBeGreaterThan(20);
  });

  it('lets an existing relationship of any kind allow partnership, and low capacity allow cooperation', () => {
    const relationship = content.context.questions.find((q) => q.id === 'relationship');
    for (const id of ['little', 'some', 'strong']) expect(relationship?.options.find((o) => o.id === id)?.readyFor).toBeUndefined();
    const little = content.context.questions.find((q) => q.id === 'capacity')?.options.find((o) => o.id === 'little');
    expect(little?.readyFor).toBe('cooperation');
  });

  it('mixes the ways on every page of statements, so no page gives the answer away', () => {
    for (const set of [content.goals, content.outputs]) {
      for (const theme of set.themes) {
        const ways = new Set(set.statements.filter((s) => s.theme === theme.id).map((s) => s.way));
        expect(ways.size, theme.id).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('no longer uses the guide’s own phrase about systems that make or keep people unwell', () => {
    expect(JSON.stringify(content)).not.toMatch(/make or keep people unwell/i);
  });

  it('credits the sources on the About page', () => {
    const sources = content.about.sources.map((s) => s.title).join(' ');
    expect(sources).toMatch(/Health Justice Australia/);
    expect(sources).toMatch(/Himmelman/);
    expect(sources).toMatch(/Tamarack/);
  });
});
