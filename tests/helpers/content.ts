import { resolve } from 'node:path';
import type { Content, ValidatedContent, Way } from '../../src/content/schema.ts';
import { WAY_IDS } from '../../src/content/way-ids.ts';
import { checkContentDir } from '../../scripts/read-content.ts';

/** The real content/ files, validated. Tests on these check the shipped content itself. */
export function realContent(): ValidatedContent {
  const result = checkContentDir(resolve(import.meta.dirname, '../../content'));
  if (!result.ok) throw new Error(`content/ is invalid: ${JSON.stringify(result.problems)}`);
  return result.content;
}

function way(id: (typeof WAY_IDS)[number]): Way {
  return {
    id,
    name: id[0]?.toUpperCase() + id.slice(1),
    tagline: `${id} tagline`,
    definition: `${id} definition`,
    dimensions: {},
    goals: ['a', 'b', 'c'],
    inputs: [
      { id: `${id}-1`, kind: 'time', text: `${id} input 1` },
      { id: `${id}-2`, kind: 'trust', text: `${id} input 2` },
    ],
    outputs: ['x', 'y', 'z'],
    expect: ['e1', 'e2'],
    example: { title: 't', text: 'x' },
  };
}

/**
 * Small inline content for domain tests, so their exact figures do not change when the real
 * wording or weights do. One statement per way (g-net … g-part), one with spillover (g-mix),
 * and two context questions: one that adds weight, one that limits the start.
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
      error: 'Pick one',
      statements: [
        { id: 'g-net', key: 'n1', way: 'networking', weights: { networking: 3 }, text: 'net' },
        { id: 'g-coop', key: 'c1', way: 'cooperation', weights: { cooperation: 3 }, text: 'coop' },
        { id: 'g-coord', key: 'd1', way: 'coordination', weights: { coordination: 3 }, text: 'coord' },
        { id: 'g-part', key: 'p1', way: 'partnership', weights: { partnership: 3 }, text: 'part' },
        { id: 'g-mix', key: 'm1', way: 'coordination', weights: { coordination: 2, partnership: 1 }, text: 'mix' },
      ],
    },
    outputs: {
      question: 'q',
      hint: 'h',
      error: 'Pick one',
      statements: [{ id: 'o-part', key: 'p2', way: 'partnership', weights: { partnership: 2 }, text: 'o part' }],
    },
    context: {
      reviewMonths: 6,
      closeWithin: 0.15,
      questions: [
        {
          id: 'depth',
          key: 'd',
          question: 'How deep?',
          options: [
            { id: 'shallow', key: 's', label: 'Shallow', summary: 'shallow' },
            { id: 'deep', key: 'd', label: 'Deep', summary: 'deep', weights: { partnership: 2, coordination: 1 } },
          ],
        },
        {
          id: 'capacity',
          key: 'c',
          question: 'How much?',
          options: [
            { id: 'little', key: 'l', label: 'Little', summary: 'little', readyFor: 'networking' },
            { id: 'some', key: 's', label: 'Some', summary: 'some', readyFor: 'cooperation' },
            { id: 'lots', key: 't', label: 'Lots', summary: 'lots', readyFor: 'partnership' },
          ],
        },
      ],
    },
  };
}
