// A typical result link for the audit: the guide's case, made with the tool's own encoder.
import { resolve } from 'node:path';
import { checkContentDir } from './read-content.ts';
import { encodeResult } from '../src/domain/links/result-link.ts';

const checked = checkContentDir(resolve(import.meta.dirname, '../content'));
if (!checked.ok) throw new Error('content/ is invalid: run npm run content:check');
const code = encodeResult(checked.content, {
  journey: 'goal',
  answers: {
    picks: ['g-share-info', 'g-shared-clients', 'g-change-systems'],
    context: { partners: 'one', challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' },
  },
  token: 'q7k2m',
});
console.log(JSON.stringify({ code }));
