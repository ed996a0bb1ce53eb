// `npm run bench`: prints figures, never fails on a number (it is not part of `npm test`).
// Each section is one file of bench/ that prints its own tables; run some with
// `npm run bench -- <section>...`.

import { run as boilerplateRules } from './boilerplate-rules';
import { run as chinese } from './chinese';
import { run as chromium } from './chromium';
import { run as chromiumCore } from './chromium-core';
import { run as command } from './command';
import { run as repeats } from './repeats';
import { run as extraction } from './extraction';
import { run as figures } from './figures';
import { run as highlightsRelated } from './highlights-related';
import { run as huge } from './huge';
import { run as keyFigures } from './key-figures';
import { run as sizes } from './sizes';

interface Section {
  name: string;
  run: () => Promise<void>;
}

const SECTIONS: Section[] = [
  { name: 'extraction', run: extraction },
  { name: 'rules', run: boilerplateRules },
  { name: 'figures', run: figures },
  { name: 'key-figures', run: keyFigures },
  { name: 'repeats', run: repeats },
  { name: 'highlights-related', run: highlightsRelated },
  { name: 'chinese', run: chinese },
  { name: 'sizes', run: sizes },
  { name: 'chromium', run: chromium },
  { name: 'chromium-core', run: chromiumCore },
  { name: 'huge', run: huge },
  { name: 'command', run: command },
];

const wanted = process.argv.slice(2);
for (const section of SECTIONS) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  console.log(`\n## ${section.name}\n`);
  await section.run();
}
