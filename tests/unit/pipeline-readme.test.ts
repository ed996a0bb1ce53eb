import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { loadFixtures, parsePage } from './helpers/fixtures';

// The README's "Pipeline" list is the newcomer's map: it must name the stages the
// pipeline runs, in the order it runs them.
function readmeStages(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Pipeline'), readme.indexOf('### Step by step'));
  return [...section.matchAll(/^\d+\. `([a-z-]+)`/gm)].map((m) => m[1]!);
}

test('the README lists the pipeline stages, in order', () => {
  const seed = loadFixtures().find((f) => f.name === 'seed-article')!;
  const timings: Record<string, number> = {};
  const result = analyze(parsePage(seed.html), seed.expected.url, { timings });
  expect(result.ok).toBe(true);
  expect(readmeStages().length).toBeGreaterThanOrEqual(6);
  expect(readmeStages()).toEqual(Object.keys(timings));
});
