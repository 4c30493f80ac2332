import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/domain/recommend.ts';
import { summaryMarkdown } from '../../src/ui/summary.ts';
import { realContent } from '../helpers/content.ts';

describe('the Markdown summary', () => {
  it('holds the recommendation, fit, reasons, ticked inputs and the link', () => {
    const content = realContent();
    const r = recommend(content, {
      picks: ['g-letter-support'],
      context: { challenge: 'contained', capacity: 'task', relationship: 'none', horizon: 'once', leadership: 'not-yet' },
    });
    if (r === null) throw new Error('expected a result');
    const md = summaryMarkdown({
      content,
      recommendation: r,
      title: 'Cooperation fits your answers best',
      sentence: 'We suggest cooperation.',
      ticks: { 'coop-task': true },
      url: 'https://example.org/#/r/1g.g7.',
      madeOn: '22 November 2026',
      nextSteps: ['Talk it through.'],
    });
    expect(md).toMatch(/^# Cooperation fits your answers best\n/);
    expect(md).toContain('Open the live result: <https://example.org/#/r/1g.g7.>');
    expect(md).toContain('- Cooperation: 100% (best fit)');
    expect(md).toContain('- [x] A clear task with an end point, and staff time set aside for it.');
    expect(md).toContain('- [ ] A person in each service who will follow the task through.');
    expect(md).toContain('which points to cooperation (3 points).');
    expect(md).toContain('- Talk it through.');
  });
});
