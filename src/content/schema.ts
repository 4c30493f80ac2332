import { z } from 'zod';

/*
 * The schemas for every file in content/. Types are derived from them, with the same name,
 * so the app cannot disagree with what the content check accepts.
 * strictObject everywhere: a misspelt key in a content file is an error, not silently ignored.
 */

import { WAY_IDS } from './way-ids.ts';
import { SCENARIO_IDS } from './scenario-ids.ts';
import { JOURNEYS } from './journeys.ts';

export { WAY_IDS, SCENARIO_IDS };
export const WayId = z.enum(WAY_IDS, {
  error: (issue) => `"${String(issue.input)}" is not a way. Use one of: ${WAY_IDS.join(', ')}`,
});
export type WayId = z.infer<typeof WayId>;

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids use lower-case letters, digits and single hyphens, like "g-my-statement"');

export const InputKind = z.enum(['time', 'trust', 'formality', 'resources', 'governance', 'risk']);
export type InputKind = z.infer<typeof InputKind>;

/** A short, stable code for an input, used when ticks travel in a share link. Never change or reuse one. */
const inputKey = z.string().regex(/^[a-z][0-9]$/, 'an input key is a letter then a digit, like "c3"');
export const Input = z.strictObject({ id, key: inputKey, kind: InputKind, text });
export type Input = z.infer<typeof Input>;

export const DimensionPosition = z.strictObject({
  level: z.int().min(1, 'level runs from 1 (least) to 4 (most)').max(4, 'level runs from 1 (least) to 4 (most)'),
  text,
});

export const Way = z.strictObject({
  id: WayId,
  name: text,
  /** The name as it reads inside a sentence ("aim for coordination"). */
  term: text,
  tagline: text,
  definition: text,
  dimensions: z.record(z.string(), DimensionPosition),
  goals: z.array(text).min(3, 'give at least 3 typical goals'),
  inputs: z.array(Input).min(3, 'give at least 3 inputs'),
  outputs: z.array(text).min(3, 'give at least 3 outputs'),
  expect: z.array(text).min(2, 'give at least 2 things to expect'),
  example: z.strictObject({ title: text, text }),
  /** What would have to be true to move one step lighter (every way but the first). */
  toLighter: text.optional(),
  /** What would have to be true to move one step deeper (every way but the last). */
  toDeeper: text.optional(),
});
export type Way = z.infer<typeof Way>;

export const WaysFile = z.strictObject({ ways: z.array(Way) });
export type WaysFileData = z.infer<typeof WaysFile>;
/** What the start page's spectrum needs of each way, served on its own to keep the first page small. */
export type SpectrumWay = Pick<Way, 'id' | 'name' | 'term' | 'tagline'>;

export const Dimension = z.strictObject({ id, label: text, question: text });
export type Dimension = z.infer<typeof Dimension>;
export const DimensionsFile = z.strictObject({ dimensions: z.array(Dimension).min(1) });
export type DimensionsFileData = z.infer<typeof DimensionsFile>;

/** Points for some of the ways, 0 to 10 each. */
const WayPoints = z.partialRecord(WayId, z.number().min(0, 'weights cannot be negative').max(10, 'weights must be 10 or less'));

const Weights = WayPoints.refine((w) => Object.values(w).some((n) => n !== undefined && n > 0), 'give at least one way a weight above 0');

/**
 * A goal statement or an output. `way` is the way it is meant to point to (the calibration
 * report and tests check that its weights really do); `weights` are the points it gives each way.
 */
/**
 * Short, stable codes used in share links. Once a link is published the key is part of it, so a
 * key is never changed or reused; the content check keeps them unique.
 */
const statementKey = z.string().regex(/^[a-z0-9]{2}$/, 'a statement key is exactly 2 lower-case letters or digits, like "g7"');
const singleKey = z.string().regex(/^[a-z0-9]$/, 'this key is exactly 1 lower-case letter or digit');

export const Statement = z.strictObject({ id, key: statementKey, theme: id, way: WayId, weights: Weights, text });
export type Statement = z.infer<typeof Statement>;

/**
 * A page of statements. Themes group statements so each page fits a phone; they cut across the
 * ways (every theme mixes them) so a theme never gives the answer away.
 */
export const Theme = z.strictObject({ id, title: text, question: text });
export type Theme = z.infer<typeof Theme>;

/** goals.json and outputs.json share this shape: a question, its themed pages and its statements. */
export const StatementSet = z.strictObject({
  question: text,
  hint: text,
  /** Added to the hint on every page of statements but the last. */
  moreToCome: text,
  error: text,
  themes: z.array(Theme).min(1),
  statements: z.array(Statement).min(1),
});
export type StatementSet = z.infer<typeof StatementSet>;

/** What every answer to a question has: an id, a short key for links, and its label. */
const optionBase = { id, key: singleKey, label: text };

export const ContextOption = z.strictObject({
  ...optionBase,
  /** The answer as a phrase that reads after "because": "the challenge is deep-rooted". */
  summary: text,
  /** Points that tilt the aim, counted only for ways inside the span of the picks. */
  weights: WayPoints.optional(),
  /** The deepest way this situation supports now. Needs `because`. */
  readyFor: WayId.optional(),
  /** Why it holds the start there, as a phrase after the summary. Shown to the user. */
  because: text.optional(),
  /** For a "not sure" answer: what to find out first. Such answers never hold the start back. */
  findOut: text.optional(),
  /** Months until a review when this answer is given, and optionally how to say when. */
  reviewMonths: z.int().min(1).max(36).optional(),
  reviewWhen: text.optional(),
  /** Whether the work is with one other service or several, for the wording of the advice. */
  partners: z.enum(['one', 'several']).optional(),
});
export type ContextOption = z.infer<typeof ContextOption>;

export const ContextQuestion = z.strictObject({
  id,
  key: singleKey,
  /** A few words for the check-answers list: "Time and resources now". */
  label: text,
  question: text,
  hint: text.optional(),
  /** What the error summary says when Continue is pressed with no answer. */
  error: text,
  options: z.array(ContextOption).min(2, 'a question needs at least 2 options'),
});
export type ContextQuestion = z.infer<typeof ContextQuestion>;

export const ContextFile = z.strictObject({
  /** Months until a review when no answer sets one. */
  reviewMonths: z.int().min(1).max(36),
  closeWithin: z.number().min(0).max(0.5),
  questions: z.array(ContextQuestion).min(1),
});
export type ContextFile = z.infer<typeof ContextFile>;

const Section = z.strictObject({ heading: text, paragraphs: z.array(text).min(1) });

export const JourneyId = z.enum(JOURNEYS);

export const PagesFile = z.strictObject({
  appName: text,
  start: z.strictObject({
    title: text,
    lead: text,
    startButton: text,
    timeNote: text,
    resume: text,
    resumeLink: text,
    spectrumHeading: text,
    noBest: text,
    spectrumLow: text,
    spectrumHigh: text,
    moreHeading: text,
    more: z.array(z.strictObject({ id: z.enum(['explore', 'review', 'workshop']), title: text })),
  }),
  /** The first question: start from goals or from results. */
  begin: z.strictObject({
    question: text,
    hint: text,
    error: text,
    options: z.array(z.strictObject({ id: JourneyId, label: text, hint: text })).length(JOURNEYS.length),
    noneFit: text,
    noneFitOther: z.strictObject({ goal: text, outputs: text }),
    noneFitExplore: text,
  }),
  explore: z.strictObject({ title: text, lead: text, compareTitle: text, compareLead: text }),
});
export type Pages = z.infer<typeof PagesFile>;

/** The About page: kept out of pages.json so its text loads only with the page. */
export const AboutFile = z.strictObject({
  title: text,
  sections: z.array(Section).min(1),
  sources: z.array(z.strictObject({ title: text, note: text })).min(1),
});
export type About = z.infer<typeof AboutFile>;

/** The accessibility statement, likewise loaded only with its page. */
export const AccessibilityFile = z.strictObject({ title: text, sections: z.array(Section).min(1) });
export type Accessibility = z.infer<typeof AccessibilityFile>;

export const PRINCIPLE_IDS = ['authorising-environment', 'system-integration', 'social-capital', 'co-location', 'joint-training'] as const;
export const PrincipleId = z.enum(PRINCIPLE_IDS, {
  error: (issue) => `"${String(issue.input)}" is not a principle. Use one of: ${PRINCIPLE_IDS.join(', ')}`,
});

/** A page's heading and the paragraph under it. */
const pageIntro = { title: text, lead: text };

export const ReadinessItem = z.strictObject({ id, neededFrom: WayId, principle: PrincipleId, text, todo: text });
export type ReadinessItem = z.infer<typeof ReadinessItem>;
export const ReadinessFile = z.strictObject({
  ...pageIntro,
  /** The share of a way's readiness items that must be in place for the readiness check not to hold the start back. */
  threshold: z.number().min(0).max(1),
  items: z.array(ReadinessItem).min(1),
});
export type Readiness = z.infer<typeof ReadinessFile>;

export const PrinciplesFile = z.strictObject({
  ...pageIntro,
  principles: z.array(z.strictObject({ id: PrincipleId, name: text, summary: text, consider: z.array(text).min(1) })),
  challenges: z.strictObject({ title: text, items: z.array(z.strictObject({ challenge: text, helps: text })).min(1) }),
  benefits: z.strictObject({ title: text, items: z.array(text).min(1) }),
  forms: z.strictObject({ title: text, items: z.array(text).min(1) }),
});
export type Principles = z.infer<typeof PrinciplesFile>;

export const ScenarioId = z.enum(SCENARIO_IDS, {
  error: (issue) => `"${String(issue.input)}" is not a change scenario. Use one of: ${SCENARIO_IDS.join(', ')}`,
});
export type ScenarioId = z.infer<typeof ScenarioId>;

export const ReviewOption = z.strictObject({
  ...optionBase,
  summary: text.optional(),
  status: z.enum(['good', 'attention', 'problem']).optional(),
  /** An answer that cannot sit beside the others of a multiple-choice question ("nothing much has changed"). */
  exclusive: z.boolean().optional(),
  weights: z.partialRecord(ScenarioId, z.number().min(0).max(10)).optional(),
});
export type ReviewOption = z.infer<typeof ReviewOption>;
export const ReviewQuestion = z.strictObject({
  id,
  key: singleKey,
  /** A few words for the check-answers list. */
  label: text,
  multiple: z.boolean(),
  area: z.enum(['relationships', 'resources', 'processes']).optional(),
  question: text,
  hint: text.optional(),
  error: text,
  options: z.array(ReviewOption).min(2),
});
export type ReviewQuestion = z.infer<typeof ReviewQuestion>;
export const ReviewFile = z.strictObject({
  ...pageIntro,
  reviewMonths: z.int().min(1).max(36),
  questions: z.array(ReviewQuestion).min(1),
  areas: z
    .array(z.strictObject({ id: z.enum(['relationships', 'resources', 'processes']), name: text, prompts: z.array(text).min(1) }))
    .length(3),
  scenarios: z
    .array(z.strictObject({ id: ScenarioId, name: text, summary: text, discuss: z.array(text).min(1), agree: z.array(text).min(1) }))
    .length(4),
});
export type Review = z.infer<typeof ReviewFile>;

/** One voice: the templates for every sentence a user reads about a recommendation. */
const VoiceTemplates = z.strictObject({
  titleSame: text,
  titleStaged: text,
  picked: text,
  pickedTie: text,
  /** Which picks put the aim ahead, when the picks point to more than one way. */
  ahead: text,
  tiltDeeper: text,
  tiltLighter: text,
  startPicked: text,
  startSupported: text,
  beyondDeeper: text,
  beyondLighter: text,
  closeCall: text,
  tie: text,
});
export const WordingFile = z.strictObject({
  and: text,
  journeys: z.strictObject({
    goal: z.strictObject({ picks: text, pick: text, picksTitle: text }),
    outputs: z.strictObject({ picks: text, pick: text, picksTitle: text }),
  }),
  partners: z.strictObject({ one: text, several: text }),
  review: z.strictObject({ months: text, month: text, line: text, short: text }),
  voices: z.strictObject({ own: VoiceTemplates, shared: VoiceTemplates, group: VoiceTemplates }),
  limit: text,
  several: text,
  shortSame: text,
  shortStaged: text,
  reminderTitle: text,
  reminderSame: text,
  reminderStaged: text,
  nextSteps: z.array(text).min(1),
  /** A statement quoted in a sentence. */
  quoted: text,
  workingsIntro: text,
  workingsPick: text,
  workingsContext: text,
  workingsPoints: text,
  workingsSetAside: text,
  /** What a link that cannot be opened says, for each kind of problem. */
  links: z.strictObject({
    things: z.strictObject({ result: text, plan: text, group: text, hands: text, review: text, session: text }),
    title: text,
    problems: z.strictObject({
      'too-long': text,
      incomplete: text,
      'newer-version': text,
      'unknown-answer': text,
      contradiction: text,
      empty: text,
    }),
    details: z.strictObject({ repeated: text, 'over-room': text, 'nothing-and-changes': text, 'two-answers': text, 'too-many': text }),
    next: text,
    updated: text,
    wasSame: text,
    wasStaged: text,
    missingQuestions: text,
    droppedTicks: text,
  }),
  /** Labels and headings around a recommendation. */
  labels: z.strictObject({
    wayToWork: text,
    startWith: text,
    startNow: text,
    aimFor: text,
    lookAgain: text,
    why: text,
    takes: text,
    takesCount: text,
    takesCountHave: text,
    seeTakes: text,
    moreWhy: text,
    startHere: text,
    aimHere: text,
    bothHere: text,
  }),
  headings: z.strictObject({
    whySame: text,
    whyStaged: text,
    spectrumSame: text,
    spectrumStaged: text,
    takes: text,
    reach: text,
    holding: text,
    expect: text,
    either: text,
    lighter: text,
    deeper: text,
    example: text,
  }),
  /** The optional readiness check, as the result page mentions it. */
  readiness: z.strictObject({ link: text, done: text, heldBack: text, change: text }),
  /** What the app says once about answers saved on the device. */
  saved: z.strictObject({ unreadable: text, dropped: text, 'newer-version': text, 'not-saving': text, keepLink: text, dismiss: text }),
});
export type Wording = z.infer<typeof WordingFile>;
export type Voice = keyof Wording['voices'];

/** The content files, by name, and the schema each must match. */
export const CONTENT_FILES = {
  'ways.json': WaysFile,
  'dimensions.json': DimensionsFile,
  'goals.json': StatementSet,
  'outputs.json': StatementSet,
  'context.json': ContextFile,
  'pages.json': PagesFile,
  'about.json': AboutFile,
  'accessibility.json': AccessibilityFile,
  'readiness.json': ReadinessFile,
  'principles.json': PrinciplesFile,
  'review.json': ReviewFile,
  'wording.json': WordingFile,
} as const;
export type ContentFileName = keyof typeof CONTENT_FILES;

/** The content the app and the scoring use on every page, validated and cross-checked. */
export type Content = {
  ways: Way[];
  dimensions: Dimension[];
  goals: StatementSet;
  outputs: StatementSet;
  context: ContextFile;
  pages: Pages;
  wording: Wording;
};

/** Everything in content/: the core content plus what only some pages use (loaded with them). */
export type ValidatedContent = Content & {
  about: About;
  accessibility: Accessibility;
  readiness: Readiness;
  principles: Principles;
  review: Review;
};
