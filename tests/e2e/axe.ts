import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { PopupSession } from './popup-session';

// axe-core with every rule it runs by default (WCAG 2 A and AA, and its best practices).

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core inside the popup, injected through DevTools (Playwright has no page for it). */
export async function axePopup(popup: PopupSession): Promise<Violation[]> {
  if (!(await popup.evaluate<boolean>(`typeof axe === 'object'`))) await popup.evaluate(AXE_SOURCE);
  return popup.evaluate<Violation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary),
    })))`,
  );
}

/** axe-core in an extension page that Playwright has (the reader view). */
export async function axePage(page: Page): Promise<Violation[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
}
