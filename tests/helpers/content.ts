import { resolve } from 'node:path';
import type { Content, ContextOption, ValidatedContent, Way, WayId } from '../../src/content/schema.ts';
import { WAY_IDS } from '../../src/content/way-ids.ts';
import { checkContentDir } from '../../scripts/read-content.ts';

let cached: ValidatedContent | undefined;

/** The real content/ files, validated. Tests on these check the shipped content itself. */
export function realContent(): ValidatedContent {
  if (cached !== undefined) return cached;
  const result = checkContentDir(resolve(import.meta.dirname, '../../content'));
  if (!result.ok) throw new Error(`content/ is invalid: ${JSON.stringify(result.problems)}`);
  cached = result.content;
  return cached;
}

const KEYS: Record<WayId, string> = { networking: 'n', cooperation: 'c', coordination: 'd', partnership: 'p' };

function way(id: WayId): Way {
  return {
    id,
    name: (id[0]?.toUpperCase() ?? '') + id.slice(1),
    term: id,
    tagline: `${id} tagline`,
    definition: `${id} definition`,
    dimensions: {},
    goals: ['a', 'b', 'c'],
    inputs: [
      { id: `${id}-1`, key: `${KEYS[id]}1`, kind: 'time', text: `${id} input 1` },
      { id: `${id}-2`, key: `${KEYS[id]}2`, kind: 'trust', text: `${id} input 2` },
    ],
    outputs: ['x', 'y', 'z'],
    expect: ['e1', 'e2'],
    example: { title: 't', text: 'x' },
  };
}

const option = (id: string, key: string, extra: Partial<ContextOption> = {}): ContextOption => ({
  id,
  key,
  label: id,
  summary: `the answer is ${id}`,
  ...extra,
});

/**
 * Small inline content for domain tests, so their exact figures do not change when the real
 * wording or weights do (wording and pages come from the real files).
 *   goals   g-net, g-coop, g-coord, g-part: one per way, 3 points to it
 *           g-mix: coordination 2, partnership 1 (a neighbour's point)
 *   outputs o-part: partnership 2
 *   context depth:    shallow (networking 1, cooperation 2), deep (coordination 1, partnership 2), unsure
 *           capacity: little (ready for cooperation), some (ready for coordination), lots, unsure (find out)
 *           horizon:  once (review 1 month, "once it's over"), years (review 6), unsure
 */
export function tinyContent(): Content {
  const real = realContent();
  return {
    ...real,
    ways: WAY_IDS.map(way),
    dimensions: [],
    goals: {
      question: 'q',
      hint: 'h',
      moreToCome: 'more',
      error: 'Pick one',
      themes: [{ id: 'all', title: 'All', question: 'Which?' }],
      statements: [
        { id: 'g-net', key: 'n1', theme: 'all', way: 'networking', weights: { networking: 3 }, text: 'net' },
        { id: 'g-coop', key: 'c1', theme: 'all', way: 'cooperation', weights: { cooperation: 3 }, text: 'coop' },
        { id: 'g-coord', key: 'd1', theme: 'all', way: 'coordination', weights: { coordination: 3 }, text: 'coord' },
        { id: 'g-part', key: 'p1', theme: 'all', way: 'partnership', weights: { partnership: 3 }, text: 'part' },
        { id: 'g-mix', key: 'm1', theme: 'all', way: 'coordination', weights: { coordination: 2, partnership: 1 }, text: 'mix' },
      ],
    },
    outputs: {
      question: 'q',
      hint: 'h',
      moreToCome: 'more',
      error: 'Pick one',
      themes: [{ id: 'outs', title: 'Outs', question: 'Which outputs?' }],
      statements: [{ id: 'o-part', key: 'p2', theme: 'outs', way: 'partnership', weights: { partnership: 2 }, text: 'o part' }],
    },
    context: {
      reviewMonths: 6,
      closeWithin: 0.15,
      questions: [
        {
          id: 'depth',
          key: 'd',
          label: 'Depth',
          question: 'How deep?',
          error: 'Select how deep',
          options: [
            option('shallow', 's', { weights: { networking: 1, cooperation: 2 } }),
            option('deep', 'd', { weights: { coordination: 1, partnership: 2 } }),
            option('unsure', 'u'),
          ],
        },
        {
          id: 'capacity',
          key: 'c',
          label: 'Capacity',
          question: 'How much?',
          error: 'Select how much',
          options: [
            option('little', 'l', { readyFor: 'cooperation', because: 'there is little' }),
            option('some', 's', { readyFor: 'coordination', because: 'there is some' }),
            option('lots', 't'),
            option('unsure', 'u', { findOut: 'Ask your manager.' }),
          ],
        },
        {
          id: 'horizon',
          key: 'h',
          label: 'Horizon',
          question: 'How long?',
          error: 'Select how long',
          options: [
            option('once', 'o', { reviewMonths: 1, reviewWhen: "once it's over" }),
            option('years', 'y', { reviewMonths: 6 }),
            option('unsure', 'u'),
          ],
        },
      ],
    },
  };
}
