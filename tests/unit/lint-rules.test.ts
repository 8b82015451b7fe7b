import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The house rules prove themselves on tests/fixtures/lint/, a tiny src/ with one breach per file,
// linted with the repository's own config and that folder as the working directory.
const fixtureRoot = fileURLToPath(new URL('../fixtures/lint/', import.meta.url));
const config = fileURLToPath(new URL('../tools/eslint.config.js', import.meta.url));

type Finding = { file: string; rule: string | null; message: string };

async function lintFixtures(): Promise<Finding[]> {
  const eslint = new ESLint({ cwd: fixtureRoot, overrideConfigFile: config });
  const results = await eslint.lintFiles(['src']);
  return results.flatMap((result) =>
    result.messages.map((message) => ({ file: result.filePath.slice(fixtureRoot.length), rule: message.ruleId, message: message.message })),
  );
}

describe('lint rules on deliberate breaches', () => {
  it('reports each breach with the rule that forbids it, and nothing in a clean file', { timeout: 180_000 }, async () => {
    const findings = await lintFixtures();
    const rulesIn = (file: string) => findings.filter((finding) => finding.file === file).map((finding) => finding.rule);

    // A dynamic import() across layers is held to the same boundary as a static import.
    expect(findings).toContainEqual({
      file: 'src/domain/loads-the-store-later.ts',
      rule: 'layers/imports',
      message: 'src/domain/ may not import src/db/ (see docs/ARCHITECTURE.md).',
    });
    // Both sides of an import cycle.
    expect(rulesIn('src/report/cycle-model.ts')).toContain('import-x/no-cycle');
    expect(rulesIn('src/report/cycle-sections.ts')).toContain('import-x/no-cycle');
    // Only main.tsx sits at the root of src/.
    expect(rulesIn('src/stray.ts')).toEqual(['layers/placement']);
    // Type-aware: a promise nobody awaits.
    expect(rulesIn('src/features/panel/floating.ts')).toEqual(['@typescript-eslint/no-floating-promises']);
    // jsx-a11y: a key handler on an element that is not a control.
    expect(rulesIn('src/features/panel/panel.tsx')).toEqual(['jsx-a11y/no-noninteractive-element-interactions']);
    // Screens reach chart components only through the lazy module, so recharts loads on demand.
    expect(rulesIn('src/features/summary/eager-chart.ts')).toEqual(['no-restricted-imports']);
    expect(rulesIn('src/features/summary/lazy-chart.ts')).toEqual([]);
    expect(rulesIn('src/domain/clean.ts')).toEqual([]);
    expect(rulesIn('src/db/commands.ts')).toEqual([]);
  });
});
