import { expect, test } from '../support/sites';

// The options' self-hosted chats: the UI choices come from the self-hosted adapters, and an
// address that is not a web address is refused before any permission is asked for.
test('the options offer Open WebUI and LibreChat and refuse an address that is not a web address', async ({ page, shared }) => {
  await page.goto(`chrome-extension://${shared.extensionId}/options.html`);
  const section = page.locator('#custom-origins');
  await expect(section.getByLabel('Runs').locator('option')).toHaveText(['LibreChat', 'Open WebUI']);
  await section.getByLabel('Address').fill('ftp://files.example.org');
  await section.getByRole('button', { name: 'Add' }).click();
  await expect(section.getByRole('status')).toContainText('Enter a web address');
  expect(await shared.serviceWorker.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
});
