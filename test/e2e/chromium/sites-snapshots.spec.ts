import { snapshotCases } from '../../unit/sites/cases';
import { badges, expect, readRepoFile, scrollThrough, storedRows, test } from '../support/sites';

// Saved pages of the real chat sites (test/fixtures/dom, see its README), each served on its own
// origin: finished replies the extension never saw streaming, as when an old conversation opens.

/** A whole saved document as is, a saved fragment inside a page. */
function asPage(snapshot: string): string {
  return /^\s*(<!doctype|<html)/i.test(snapshot) ? snapshot : `<!doctype html><html><head><meta charset="utf-8"></head><body>${snapshot}</body></html>`;
}

// The sites' own scripts must not run; the extension's content script is not bound by the page's policy.
const NO_PAGE_SCRIPTS = { 'Content-Security-Policy': "script-src 'none'" };

for (const { file, host, site, path, userTurns, replies } of snapshotCases) {
  test(`${file} on ${host}: one badge per assistant reply, none on user turns, one stored row each`, async ({ page, shared }) => {
    const conversation = path.split('/').at(-1)!;
    await shared.serve(`https://${host}`, asPage(await readRepoFile(`test/fixtures/dom/${file}`)), NO_PAGE_SCRIPTS);
    await page.goto(`https://${host}${path}`);
    await scrollThrough(page);

    await expect(badges(page)).toHaveCount(replies.length);
    if (userTurns !== null) await expect(page.locator(userTurns).locator(badges(page))).toHaveCount(0);

    const expected = replies.map((reply, index) => ({ site, conversation, message: reply.messageId ?? `position-${index}`, model: reply.model, version: 1 }));
    await expect.poll(async () => (await storedRows(shared, conversation)).length).toBe(replies.length);
    const rows = await storedRows(shared, conversation);
    expect(rows.map(({ site, conversation, message, model, version }) => ({ site, conversation, message, model, version }))).toEqual(
      expect.arrayContaining(expected),
    );
    // Nothing more arrives once the page has settled.
    await page.waitForTimeout(300);
    await expect(badges(page)).toHaveCount(replies.length);
    expect(await storedRows(shared, conversation)).toHaveLength(replies.length);
  });
}
