// npm run content:report [folder]: the way each statement and output recommends on its own, with any that land off target flagged.
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
const rows = calibrate(checked.content);
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('statement', 30)} ${pad('meant for', 13)} ${pad('recommends', 13)} share  flag`);
for (const row of rows) {
  console.log(
    `${pad(row.statement.id, 30)} ${pad(row.statement.way, 13)} ${pad(row.recommends, 13)} ${`${Math.round(row.share * 100)}%`.padStart(5)}  ${row.flag ?? ''}`,
  );
}
const flagged = rows.filter((r) => r.flag !== null);
if (flagged.length === 0) console.log(`\nAll ${rows.length} statements and outputs land on the way they are meant for.`);
else {
  console.error(`\n${flagged.length} flagged:`);
  for (const r of flagged) console.error(`content/${r.file} "${r.statement.id}": ${r.flag}`);
  process.exitCode = 1;
}
