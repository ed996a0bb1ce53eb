import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { sharedDir } from '../../bench/corpus';

// The command's contract lives in the repository, so that a clone stands alone; the
// shared copy is the one tools outside the project read. The two are kept in step.
const shared = join(sharedDir(), 'CONTRACT.md');

test.skipIf(!existsSync(shared))('docs/CONTRACT.md is the shared contract, word for word', () => {
  expect(readFileSync('docs/CONTRACT.md', 'utf8')).toBe(readFileSync(shared, 'utf8'));
});

if (!existsSync(shared)) console.warn(`Skipped: the shared contract is not at ${shared} (set SHARED_DIR).`);
