import type { CDPSession } from '@playwright/test';
import { siteFixturePage } from '../../fixtures/sites/page.mjs';
import { fixtureCases } from '../../unit/sites/cases';
import { badges, expect, test } from '../support/sites';

// "One MutationObserver per page": the content script's objects live in its own isolated world,
// which the page cannot reach, so they are counted through the DevTools protocol: every live
// MutationObserver whose prototype is that world's.

/** Live instances of `constructorName` made in the content script's world of the page. */
async function liveInContentScript(cdp: CDPSession, constructorName: string): Promise<number> {
  const contexts: { id: number; auxData?: { type?: string }; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const isolated = contexts.filter((context) => context.auxData?.type === 'isolated' && context.name === 'Sycophancy Probe');
  expect(isolated).toHaveLength(1);
  const prototype = await cdp.send('Runtime.evaluate', { expression: `${constructorName}.prototype`, contextId: isolated[0]!.id });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId! });
  const count = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
  return count.result.value as number;
}

test('the content script watches a chat page with one MutationObserver', async ({ page, shared }) => {
  const chatgpt = fixtureCases.find((c) => c.site === 'chatgpt')!;
  await shared.serve(new URL(chatgpt.url).origin, siteFixturePage('chatgpt'));
  await page.goto(chatgpt.url);
  await expect(badges(page)).toHaveCount(chatgpt.userTexts.length);

  const cdp = await shared.context.newCDPSession(page);
  expect(await liveInContentScript(cdp, 'MutationObserver')).toBe(1);
  await cdp.detach();
});
