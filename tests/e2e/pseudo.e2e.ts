/**
 * The pseudo-locale in Chromium (`?lang=pseudo`): `<html lang="en-XA">`, no plain English word in `main` outside code
 * blocks, and screenshots of the home page and a flow page to look at (longer strings must not break the layout).
 * Not checked (as in tests/i18n/pseudo.test.tsx): dates and times (the browser's Intl); after a paste, the paste box
 * itself and the words the paste holds, quoted back (DC names, dsregcmd's field names and values as printed).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, stepId } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = process.env.E2E_SHOTS_DIR ?? '/tmp';

/** The visible text of `main` outside code blocks and the given exempt elements, as text lines. */
async function mainText(page: Page, skip: string): Promise<string[]> {
  return page.evaluate((skipSelector) => {
    const out: string[] = [];
    const walk = (el: Element) => {
      if (el.matches(['pre, code, script, style', skipSelector].filter(Boolean).join(', '))) return;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(attr);
        if (v?.trim()) out.push(v);
      }
      for (const n of el.childNodes) {
        if (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) out.push(n.textContent.trim());
        else if (n.nodeType === Node.ELEMENT_NODE) walk(n as Element);
      }
    };
    walk(document.querySelector('main')!);
    return out;
  }, skip);
}

const plain = /(?:^|[^A-Za-z\u00C0-\u024F])[A-Za-z]{3,}(?![A-Za-z\u00C0-\u024F])/;
const TIME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|AM|PM)\b/g;

function english(lines: string[], exempt: string[]): string[] {
  return lines.map((l) => exempt.reduce((acc, x) => acc.split(x).join(' '), l).replace(TIME, ' ')).filter((l) => plain.test(l));
}

describe('pseudo-locale in Chromium', () => {
  it('home and a flow page show no plain English in main, with <html lang="en-XA">', async () => {
    const { page, errors, context } = await openPage(browser, '/?lang=pseudo', { viewport: { width: 1280, height: 900 } });
    await page.locator('#root:not([data-prerendered]) a[data-flow-id]').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en-XA');
    // The catalog's cards (each flow's meta.yaml) are words like any other.
    expect(english(await mainText(page, ''), [])).toEqual([]);
    // Accented (each letter carries a combining accent): the pseudo-locale really ran.
    expect(await page.locator('main').textContent()).toMatch(/\p{L}\u0301/u);
    await page.screenshot({ path: `${SHOTS}/pseudo-home.png`, fullPage: true });

    await page.locator('a[href$="/flows/pin-reset-allowed-urls"]').first().click();
    expect(await stepId(page)).toBe('joined');
    expect(english(await mainText(page, ''), [])).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/pseudo-flow.png`, fullPage: true });

    // A narrow phone: the longer words still fit (no sideways scrolling).
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}/pseudo-flow-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a paste on the home page: the Suggestions and what was recognised show no plain English', async () => {
    const paste = ['udr-362-copy-details.txt', 'dsregcmd-entra-policy-off.txt', 'builds-dcs-format-table.txt']
      .map((f) => readFileSync(new URL(`../../src/evidence/fixtures/${f}`, import.meta.url), 'utf8'))
      .join('\n\n');
    const { page, errors, context } = await openPage(browser, '/?lang=pseudo', { viewport: { width: 1280, height: 900 } });
    await page.locator('#root:not([data-prerendered]) a[data-flow-id]').first().waitFor();
    // Set the value and dispatch input (typing 5 KB with fill would be slow); React reads it through the native setter.
    await page.locator('textarea#home-evidence').evaluate((el, text) => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, text);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, paste);
    const suggestions = page.locator('main section[aria-label] li').first();
    await suggestions.waitFor();
    // What the paste holds, quoted back (DC names, dsregcmd's field names and values as printed), is not a word to
    // translate: names with digits, dots or inner capitals, and capitals (NO) found in the paste; never a plain word.
    const NOT_A_WORD = /[0-9._-]|[a-z][A-Z]|^[A-Z]+$/;
    const squeezed = paste.replace(/\s+/g, '');
    const quoted = (await page.locator('main section[aria-label] li, main td, main th').allTextContents()).flatMap((t) => t.split(/[\s,;:()]+/)).filter((w) => w.length > 1 && squeezed.includes(w) && NOT_A_WORD.test(w));
    expect(english(await mainText(page, 'textarea'), [...new Set(quoted)].sort((a, b) => b.length - a.length))).toEqual([]);
    expect(await page.locator('main section[aria-label]').textContent()).toMatch(/\p{L}\u0301/u);
    await page.screenshot({ path: `${SHOTS}/pseudo-paste.png`, fullPage: true });

    // A big paste is read in a worker (src/evidence/worker.ts), told the page's language: its words are accented too.
    const ntauth = readFileSync(new URL('../../src/evidence/fixtures/ntauth-certutil-store.txt', import.meta.url), 'utf8');
    await page.locator('textarea#home-evidence').evaluate((el, text) => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, text);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, `${ntauth}\n${'filler line\n'.repeat(25_000)}`);
    await page.locator('main section[aria-label] a[href$="/flows/ntauth-ca-missing"]').waitFor();
    const reasons = await page.locator('main section[aria-label] li').allTextContents();
    expect(reasons.join(' ')).toMatch(/\p{L}\u0301/u);
    // The CAs' names are the paste's own (certificate subjects).
    expect(english(reasons, ['Contoso Issuing CA 1', 'Contoso Root CA', 'NTAuth'])).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stays English without ?lang (the prerendered page is hydrated as before)', async () => {
    const { page, errors, context } = await openPage(browser, '/');
    await page.locator('#root:not([data-prerendered]) a[data-flow-id]').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Windows Hello for Business troubleshooting' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
