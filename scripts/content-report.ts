// npm run content:report [folder]: runs every statement and output alone through the scoring with
// every combination of situation answers, and fails if any aims away from its own way or loses a tie.
import { resolve } from 'node:path';
import { checkContentDir } from './read-content.ts';
import { formatProblems } from '../src/content/validate.ts';
import { calibrate } from '../src/domain/calibrate.ts';

const dir = resolve(process.argv[2] ?? 'content');
const checked = checkContentDir(dir);
if (!checked.ok) {
  console.error(`Fix the content first (npm run content:check):\n${formatProblems(checked.problems)}`);
  process.exit(1);
}
const report = calibrate(checked.content);
console.log(
  `Checked ${report.statements} statements and outputs, each alone with all ${report.combinations} combinations of answers about the situation.`,
);
if (report.problems.length === 0) {
  console.log('Every one aims at its own way in every combination, and no tie is broken against it.');
} else {
  for (const p of report.problems) {
    const what =
      p.kind === 'leaves-way'
        ? `meant for ${p.statement.way}, but aims at ${p.example.aim}`
        : `meant for ${p.statement.way}, but a tie is broken towards ${p.example.aim}`;
    const example = Object.entries(p.example.context)
      .map(([q, o]) => `${q}=${o}`)
      .join(', ');
    console.error(`content/${p.file} "${p.statement.id}": ${what} in ${p.combinations} combinations (for example ${example})`);
  }
  console.error(`\n${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}: check the weights of these statements.`);
  process.exitCode = 1;
}
