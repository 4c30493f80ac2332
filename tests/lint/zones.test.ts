// @vitest-environment node
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// The zones are plain import rules: type information is not needed to check them.
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

/** The import-rule messages ESLint gives for a snippet placed at a path in the tree. */
async function importProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('the lint zones', () => {
  it('refuse one feature importing another feature’s insides', async () => {
    const problems = await importProblems(
      'src/ui/features/plan/zone-fixture.tsx',
      "import { PlanAdder } from '../result/plan-adder.tsx';\nexport const x = PlanAdder;\n",
    );
    expect(problems).toEqual([expect.stringContaining('The plan feature may not import another feature')]);
  });

  it('let a feature use its own pieces, components and lib', async () => {
    const problems = await importProblems(
      'src/ui/features/plan/zone-fixture.tsx',
      "import { PlanAdder } from '../plan/plan-pages.tsx';\nimport { Page } from '../../components/page.tsx';\nimport { appUrl } from '../../lib/urls.ts';\nexport const x = [PlanAdder, Page, appUrl];\n",
    );
    expect(problems).toEqual([]);
  });

  it('keep generic components out of features', async () => {
    const problems = await importProblems(
      'src/ui/components/zone-fixture.tsx',
      "import { PlanPage } from '../features/plan/plan-pages.tsx';\nexport const x = PlanPage;\n",
    );
    expect(problems).toEqual([expect.stringContaining('Generic pieces take props and return markup')]);
  });

  it('keep the domain pure: no React, store, clock, randomness or browser', async () => {
    const problems = await importProblems(
      'src/domain/zone-fixture.ts',
      "import { useState } from 'react';\nimport { appStore } from '../state/store.ts';\nexport const x = [useState, appStore, Date.now(), performance.now(), crypto.randomUUID(), globalThis];\n",
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Pure code'),
        expect.stringContaining('Only ui/ and app/ may use the store'),
        expect.stringContaining("'Date'"),
        expect.stringContaining("'performance'"),
        expect.stringContaining("'crypto'"),
        expect.stringContaining("'globalThis'"),
      ]),
    );
  });

  it('keep every layer below app/ from importing it', async () => {
    const problems = await importProblems('src/state/zone-fixture.ts', "import { App } from '../app/app.tsx';\nexport const x = App;\n");
    expect(problems).toEqual([expect.stringMatching(/ui\/ is above this layer|app\/ is the top layer/)]);
  });
});
