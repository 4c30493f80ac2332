import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILES, type ContentFileName } from '../src/content/schema.ts';
import { validateContent, type ContentProblem, type ContentResult } from '../src/content/validate.ts';

/**
 * Reads every content file from a folder and validates it. JSON syntax errors are reported
 * like any other problem, with the file named, so a stray comma never surfaces as a stack trace.
 */
export function checkContentDir(dir: string): ContentResult {
  const raw: Partial<Record<ContentFileName, unknown>> = {};
  const problems: ContentProblem[] = [];
  for (const file of Object.keys(CONTENT_FILES) as ContentFileName[]) {
    const path = join(dir, file);
    if (!existsSync(path)) continue; // validateContent reports the missing file
    try {
      raw[file] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file, path: '(file)', message: `is not valid JSON: ${(error as Error).message}` });
    }
  }
  const result = validateContent(raw);
  if (problems.length === 0) return result;
  return {
    ok: false,
    problems: [
      ...problems,
      ...(result.ok ? [] : result.problems.filter((p) => p.message !== 'file is missing' || !problems.some((q) => q.file === p.file))),
    ],
  };
}
