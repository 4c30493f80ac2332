// npm run content:check [folder]: validates content/ and prints every problem with its file and JSON path.
import { resolve } from 'node:path';
import { checkContentDir } from './read-content.ts';
import { formatProblems } from '../src/content/validate.ts';

const dir = resolve(process.argv[2] ?? 'content');
const result = checkContentDir(dir);
if (result.ok) {
  const c = result.content;
  console.log(
    `Content is valid: ${c.ways.length} ways, ${c.goals.statements.length} goal statements, ` +
      `${c.outputs.statements.length} outputs, ${c.context.questions.length} context questions.`,
  );
} else {
  console.error(`Content has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:\n`);
  console.error(formatProblems(result.problems));
  process.exitCode = 1;
}
