import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { fixturesDir, loadFixtures, readAsTheCommand } from './helpers/fixtures';

// The whole output, pinned: beside each fixture's expected.json (what the page is about)
// sits analysis.json, the full analyze() result. It catches what the intent does not name
// (which sentences are highlights, figure labels and their order, related-link titles),
// so a change to the core shows every page it moves. `UPDATE_GOLDEN=1 npm run test:unit`
// rewrites the files (as does a missing file); read the diff before committing it.
const update = process.env.UPDATE_GOLDEN === '1';

const serialise = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

describe.each(loadFixtures())('$name', ({ name, html, expected }) => {
  test('analysis.json holds the whole analysis', () => {
    const file = join(fixturesDir, name, 'analysis.json');
    const actual = serialise(analyze(readAsTheCommand(html), expected.url));
    if (update || !existsSync(file)) {
      writeFileSync(file, actual);
      return;
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
