// What the design promises, read from a real page: the WCAG 2.1 AA audit (axe-core run inside the
// page), the computed type scale, and whether the Create button is in sight without scrolling.
// Shared by design.e2e.ts and the screenshots script (test/screenshots.ts), which runs outside vitest.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now: one line per violation. Run
 *  through the DevTools protocol, so the page's CSP (script-src 'self') does not apply to it. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(`${axeSource}\n;undefined`);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

export interface TypeReport {
  /** Labels, legends, inputs, selects, textareas, tabs and buttons below 13 px: "label Summary 10.5px". */
  tooSmall: string[];
  /** Hints larger than their field's label. */
  hintsOverLabel: string[];
  /** How many elements were measured. */
  measured: number;
}

/** The computed font sizes of the page's visible labels, controls and tabs, and of each field's
 *  hint against its label. */
export function typeReport(page: Page): Promise<TypeReport> {
  return page.evaluate(() => {
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} "${(el.textContent || (el as HTMLInputElement).value || el.id).trim().slice(0, 30)}"`;
    const measured = [...document.querySelectorAll('label, legend, input:not([type=checkbox]):not([type=radio]), select, textarea, [role=tab]')].filter(visible);
    const tooSmall = measured.filter((el) => px(el) < 13).map((el) => `${name(el)} ${px(el)}px`);
    const hintsOverLabel: string[] = [];
    for (const field of document.querySelectorAll('.issue-field, .field')) {
      const label = field.querySelector(':scope > label, :scope > legend');
      if (!label || !visible(label)) continue;
      for (const hint of field.querySelectorAll('.hint')) {
        if (visible(hint) && px(hint) > px(label)) hintsOverLabel.push(`${name(hint)} ${px(hint)}px > ${name(label)} ${px(label)}px`);
      }
    }
    return { tooSmall, hintsOverLabel, measured: measured.length };
  });
}

/** Where the Create button is with the page scrolled to its top, as the popup opens: it must be
 *  whole inside the viewport there. */
export function createButtonPlace(page: Page): Promise<{ top: number; bottom: number; viewport: number; scrollY: number; overflowX: number }> {
  return page.evaluate(() => {
    scrollTo(0, 0);
    const button = [...document.querySelectorAll('form[aria-label="New issue"] button[type=submit]')][0];
    if (!button) throw new Error('no Create button');
    const box = button.getBoundingClientRect();
    // A popup wider than its content would scroll sideways (or Chrome would widen it).
    return { top: box.top, bottom: box.bottom, viewport: innerHeight, scrollY, overflowX: document.documentElement.scrollWidth - innerWidth };
  });
}
