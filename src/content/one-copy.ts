// One running copy of the content script per frame. A second copy of the same version can arrive
// when the background injects into a tab that was reloaded after the update (the manifest's copy
// started meanwhile), or whenever anything injects twice; both copies would badge every reply.
//
// The claim is a global of the script's own world, which the page cannot see or set (a DOM event
// or attribute would let any page switch the extension off). Checked in Chromium 150 and Firefox
// ESR 140: every copy of one extension version in a frame, from the manifest or injected, shares
// one world (Chrome's isolated world, Firefox's sandbox), so a later copy sees the first one's
// claim; an update (in Firefox, installing the add-on again) starts the new version in a fresh
// world, where the cut-off old copy's globals are invisible. So a claim never belongs to a dead
// copy and needs no liveness check: the new version always starts (the update tests in
// sites-open-tabs.spec.ts and firefox/extension-updated.test.ts would fail if it did not).

const CLAIM = 'sycophancyProbeRunning';

/** True for the first copy of this script in this frame, which then runs; false for every later one. */
export function claimFrame(): boolean {
  const world = globalThis as unknown as Record<string, unknown>;
  if (world[CLAIM]) return false;
  world[CLAIM] = true;
  return true;
}
