import type { z } from 'zod';
import { CONTENT_FILES, WAY_IDS, type Content, type ContentFileName, type ValidatedContent } from './schema.ts';

/** One thing wrong with the content, said so that an editor can find and fix it. */
export type ContentProblem = { file: string; path: string; message: string };

export type ContentResult = { ok: true; content: ValidatedContent } | { ok: false; problems: ContentProblem[] };

/** Turns a zod path such as ["ways", 2, "name"] into the JSON path an editor reads: ways[2].name */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      if (issue.path.at(-1) === 'weights') {
        return `${issue.keys.map((k) => `"${k}"`).join(', ')} is not a way. Weights can only name: ${WAY_IDS.join(', ')}`;
      }
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove it`;
    case 'invalid_type':
      if (issue.input === undefined) return `missing required field (expected ${issue.expected})`;
      return `expected ${issue.expected}, found ${Array.isArray(issue.input) ? 'array' : typeof issue.input}`;
    default:
      return issue.message;
  }
}

/**
 * Validates the raw JSON of every content file and cross-checks the references between them.
 * Used by `npm run content:check`, by the Vite build and by the tests, so all three agree.
 * Never throws: every problem is returned with its file and JSON path.
 */
export function validateContent(raw: Partial<Record<ContentFileName, unknown>>): ContentResult {
  const problems: ContentProblem[] = [];
  function parse<S extends z.ZodType>(file: ContentFileName, schema: S): z.output<S> | undefined {
    const value = raw[file];
    if (value === undefined) {
      problems.push({ file, path: '(file)', message: 'file is missing' });
      return undefined;
    }
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push({ file, path: jsonPath(issue.path), message: plainMessage(issue) });
    return undefined;
  }
  const ways = parse('ways.json', CONTENT_FILES['ways.json']);
  const dimensions = parse('dimensions.json', CONTENT_FILES['dimensions.json']);
  const goals = parse('goals.json', CONTENT_FILES['goals.json']);
  const outputs = parse('outputs.json', CONTENT_FILES['outputs.json']);
  const context = parse('context.json', CONTENT_FILES['context.json']);
  const pages = parse('pages.json', CONTENT_FILES['pages.json']);
  const wording = parse('wording.json', CONTENT_FILES['wording.json']);
  const readiness = parse('readiness.json', CONTENT_FILES['readiness.json']);
  const principles = parse('principles.json', CONTENT_FILES['principles.json']);
  const review = parse('review.json', CONTENT_FILES['review.json']);
  const about = parse('about.json', CONTENT_FILES['about.json']);
  const accessibility = parse('accessibility.json', CONTENT_FILES['accessibility.json']);
  if (
    ways === undefined ||
    dimensions === undefined ||
    goals === undefined ||
    outputs === undefined ||
    context === undefined ||
    pages === undefined ||
    wording === undefined ||
    readiness === undefined ||
    principles === undefined ||
    review === undefined ||
    about === undefined ||
    accessibility === undefined
  ) {
    return { ok: false, problems };
  }
  const content: ValidatedContent = {
    ways: ways.ways,
    dimensions: dimensions.dimensions,
    goals,
    outputs,
    context,
    pages,
    wording,
    readiness,
    principles,
    review,
    about,
    accessibility,
  };
  problems.push(...crossCheck(content));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, content };
}

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return dup;
}

/** The rules that no single file's schema can express: order, unique ids, references that must exist. */
function crossCheck(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, path: string, message: string) => problems.push({ file, path, message });

  // The spectrum's order is part of its meaning, so it is fixed.
  if (content.ways.length !== WAY_IDS.length) {
    add('ways.json', 'ways', `there must be exactly ${WAY_IDS.length} ways (${WAY_IDS.join(', ')}); found ${content.ways.length}`);
  }
  content.ways.forEach((way, i) => {
    if (WAY_IDS[i] !== undefined && way.id !== WAY_IDS[i]) {
      add('ways.json', `ways[${i}].id`, `expected "${WAY_IDS[i]}" here: the ways must be in the order ${WAY_IDS.join(', ')}`);
    }
  });

  const dimensionIds = content.dimensions.map((d) => d.id);
  for (const dup of duplicates(dimensionIds)) {
    add('dimensions.json', `dimensions[${dimensionIds.lastIndexOf(dup)}].id`, `duplicate id "${dup}"`);
  }
  content.ways.forEach((way, i) => {
    for (const key of Object.keys(way.dimensions)) {
      if (!dimensionIds.includes(key)) {
        add(
          'ways.json',
          `ways[${i}].dimensions.${key}`,
          `there is no dimension "${key}" in dimensions.json (known: ${dimensionIds.join(', ')})`,
        );
      }
    }
    for (const dim of dimensionIds) {
      if (!(dim in way.dimensions)) add('ways.json', `ways[${i}].dimensions`, `missing the dimension "${dim}" from dimensions.json`);
    }
  });

  const inputIds = content.ways.flatMap((w, wi) => w.inputs.map((input, ii) => ({ id: input.id, path: `ways[${wi}].inputs[${ii}].id` })));
  const dupInputs = duplicates(inputIds.map((x) => x.id));
  for (const x of inputIds.filter((x, i) => dupInputs.has(x.id) && inputIds.findIndex((y) => y.id === x.id) !== i)) {
    add('ways.json', x.path, `duplicate input id "${x.id}": input ids must be unique across all ways`);
  }

  // Statement ids share one namespace across goals and outputs: share links name them without saying which list.
  const statementIds = [
    ...content.goals.statements.map((s, i) => ({ file: 'goals.json', id: s.id, path: `statements[${i}].id` })),
    ...content.outputs.statements.map((s, i) => ({ file: 'outputs.json', id: s.id, path: `statements[${i}].id` })),
  ];
  const seen = new Set<string>();
  for (const s of statementIds) {
    if (seen.has(s.id)) add(s.file, s.path, `duplicate id "${s.id}": statement ids must be unique across goals.json and outputs.json`);
    seen.add(s.id);
  }

  for (const [file, set] of [
    ['goals.json', content.goals],
    ['outputs.json', content.outputs],
  ] as const) {
    for (const way of WAY_IDS) {
      if (!set.statements.some((s) => s.way === way)) {
        add(file, 'statements', `no statement points to "${way}", so it could never be recommended from this questionnaire`);
      }
    }
  }

  // A statement's own way gets the most; any other point goes to a way next to it, so adding a
  // statement can never pull the aim away from its own way by skipping over it.
  for (const [file, set] of [
    ['goals.json', content.goals],
    ['outputs.json', content.outputs],
  ] as const) {
    set.statements.forEach((s, i) => {
      const own = WAY_IDS.indexOf(s.way);
      for (const [way, points] of Object.entries(s.weights)) {
        const at = WAY_IDS.findIndex((w) => w === way);
        if (way !== s.way && (points ?? 0) > 0 && Math.abs(at - own) > 1) {
          add(
            file,
            `statements[${i}].weights.${way}`,
            `a statement for ${s.way} can give points only to its own way and the ways next to it, not to ${way}`,
          );
        }
      }
    });
  }

  const keys = new Map<string, string>();
  for (const [file, set] of [
    ['goals.json', content.goals],
    ['outputs.json', content.outputs],
  ] as const) {
    set.statements.forEach((s, i) => {
      const holder = keys.get(s.key);
      if (holder !== undefined)
        add(
          file,
          `statements[${i}].key`,
          `key "${s.key}" is already used by "${holder}"; keys must be unique across goals.json and outputs.json (try "${freeKey(content)}")`,
        );
      else keys.set(s.key, s.id);
    });
  }

  const questionIds = content.context.questions.map((q) => q.id);
  const questionKeys = content.context.questions.map((q) => q.key);
  content.context.questions.forEach((q, qi) => {
    if (questionIds.indexOf(q.id) !== qi) add('context.json', `questions[${qi}].id`, `duplicate question id "${q.id}"`);
    if (q.id === 'goals' || q.id === 'outputs' || q.id === 'check' || q.id === 'result') {
      add('context.json', `questions[${qi}].id`, `"${q.id}" is reserved for the questionnaire's own pages; choose another id`);
    }
    if (questionKeys.indexOf(q.key) !== qi) add('context.json', `questions[${qi}].key`, `duplicate question key "${q.key}"`);
    const optionIds = q.options.map((o) => o.id);
    const optionKeys = q.options.map((o) => o.key);
    q.options.forEach((o, oi) => {
      if (optionIds.indexOf(o.id) !== oi)
        add('context.json', `questions[${qi}].options[${oi}].id`, `duplicate option id "${o.id}" in question "${q.id}"`);
      if (optionKeys.indexOf(o.key) !== oi)
        add('context.json', `questions[${qi}].options[${oi}].key`, `duplicate option key "${o.key}" in question "${q.id}"`);
    });
  });

  content.ways.forEach((way, i) => {
    if (i > 0 && way.toLighter === undefined)
      add('ways.json', `ways[${i}]`, `missing "toLighter": what would have to be true to move to ${content.ways[i - 1]?.id}`);
    if (i < content.ways.length - 1 && way.toDeeper === undefined)
      add('ways.json', `ways[${i}]`, `missing "toDeeper": what would have to be true to move to ${content.ways[i + 1]?.id}`);
  });

  const readinessIds = content.readiness.items.map((r) => r.id);
  content.readiness.items.forEach((r, i) => {
    if (readinessIds.indexOf(r.id) !== i) add('readiness.json', `items[${i}].id`, `duplicate id "${r.id}"`);
  });

  const review = content.review;
  review.questions.forEach((q, qi) => {
    if (review.questions.findIndex((x) => x.key === q.key) !== qi)
      add('review.json', `questions[${qi}].key`, `duplicate question key "${q.key}"`);
    if (review.questions.findIndex((x) => x.id === q.id) !== qi)
      add('review.json', `questions[${qi}].id`, `duplicate question id "${q.id}"`);
    q.options.forEach((o, oi) => {
      if (q.options.findIndex((x) => x.key === o.key) !== oi)
        add('review.json', `questions[${qi}].options[${oi}].key`, `duplicate option key "${o.key}" in question "${q.id}"`);
      if (q.options.findIndex((x) => x.id === o.id) !== oi)
        add('review.json', `questions[${qi}].options[${oi}].id`, `duplicate option id "${o.id}" in question "${q.id}"`);
    });
  });
  const current = review.questions[0];
  if (current === undefined || current.id !== 'current' || current.options.map((o) => o.id).join() !== WAY_IDS.join()) {
    add('review.json', 'questions[0]', `the first question must be "current", with one option per way in order: ${WAY_IDS.join(', ')}`);
  }

  for (const [file, set] of [
    ['goals.json', content.goals],
    ['outputs.json', content.outputs],
  ] as const) {
    const themeIds = set.themes.map((t) => t.id);
    set.statements.forEach((s, i) => {
      if (!themeIds.includes(s.theme))
        add(file, `statements[${i}].theme`, `there is no theme "${s.theme}" in this file (known: ${themeIds.join(', ')})`);
    });
    set.themes.forEach((t, i) => {
      if (themeIds.indexOf(t.id) !== i) add(file, `themes[${i}].id`, `duplicate theme id "${t.id}"`);
      const ways = new Set(set.statements.filter((s) => s.theme === t.id).map((s) => s.way));
      if (ways.size < 2) {
        add(
          file,
          `themes[${i}]`,
          `theme "${t.id}" needs statements for at least two different ways, so the page does not give the answer away`,
        );
      }
    });
  }

  content.context.questions.forEach((q, qi) => {
    q.options.forEach((o, oi) => {
      const at = `questions[${qi}].options[${oi}]`;
      if (o.readyFor !== undefined && o.because === undefined)
        add('context.json', at, `"readyFor" needs "because": the reason shown to the user`);
      if (o.because !== undefined && o.readyFor === undefined)
        add('context.json', `${at}.because`, `"because" only makes sense with "readyFor"`);
      if (o.findOut !== undefined && o.readyFor !== undefined) {
        add('context.json', `${at}.findOut`, `a "not sure" answer with "findOut" must not hold the start back: remove "readyFor"`);
      }
      if (o.reviewWhen !== undefined && o.reviewMonths === undefined)
        add('context.json', `${at}.reviewWhen`, `"reviewWhen" needs "reviewMonths" for the date`);
    });
  });

  const inputKeys = content.ways.flatMap((w, wi) =>
    w.inputs.map((input, ii) => ({ key: input.key, path: `ways[${wi}].inputs[${ii}].key` })),
  );
  const dupKeys = duplicates(inputKeys.map((x) => x.key));
  for (const x of inputKeys.filter((x, i) => dupKeys.has(x.key) && inputKeys.findIndex((y) => y.key === x.key) !== i)) {
    add('ways.json', x.path, `duplicate input key "${x.key}": input keys must be unique across all ways`);
  }

  for (const [path, template] of templates(content.wording)) {
    for (const match of template.matchAll(/\{([A-Za-z]+)\}/g)) {
      const name = (match[1] ?? '').toLowerCase();
      if (!PLACEHOLDERS.includes(name))
        add('wording.json', path, `unknown placeholder {${match[1]}}; use one of: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
    }
  }

  return problems;
}

/** The placeholders a wording template may use; a capital first letter capitalises the value. */
const PLACEHOLDERS = [
  'aim',
  'start',
  'ways',
  'way',
  'answers',
  'answer',
  'picks',
  'when',
  'date',
  'partner',
  'count',
  'text',
  'statements',
  'quoted',
  'points',
  'because',
  'thing',
  'detail',
  'was',
  'have',
  'total',
  'share',
];

/** Every template string in wording.json, with its JSON path. */
function templates(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => templates(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => templates(v, path === '' ? k : `${path}.${k}`));
  return [];
}

/** The first two-character statement key nobody uses yet, to suggest in a message. */
function freeKey(content: Content): string {
  const used = new Set([...content.goals.statements, ...content.outputs.statements].map((s) => s.key));
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  for (const a of chars) for (const b of chars) if (!used.has(a + b)) return a + b;
  return '??';
}

/** Formats problems one per line, as `file at path: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `content/${p.file} at ${p.path}: ${p.message}`).join('\n');
}
