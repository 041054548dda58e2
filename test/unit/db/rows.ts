import { expect } from 'vitest';
import { replyKey, type ProbeDatabase, type ReplyDigest, type ReplyRecord } from '../../../src/db';
import { decodePage, pageStart } from '../../../src/db/digest';

/** A stored reply row; `key` follows the other fields unless given. */
export function row(overrides: Partial<ReplyRecord> = {}): ReplyRecord {
  const base: ReplyRecord = {
    key: '',
    site: 'chatgpt',
    conversation: 'c1',
    message: 'm1',
    version: 1,
    time: Date.UTC(2026, 10, 26, 10),
    model: 'gpt-demo',
    overall: 60,
    flattery: 60,
    emoji: 0,
    agreement: 10,
    capitulation: false,
    language: 'en',
    evidence: [{ dimension: 'flattery', text: 'Great question', start: 0, end: 14, signal: 'opening-praise', weight: 1.2 }],
    scorerVersion: 'test',
    contentHash: 'hash-a',
    url: `https://chatgpt.com/c/${overrides.conversation ?? 'c1'}`,
    origin: 'live',
    ...overrides,
  };
  if (overrides.contentHash === undefined && 'contentHash' in overrides) delete base.contentHash;
  return { ...base, key: overrides.key ?? replyKey(base) };
}

/** Every stored digest, in key order; fails when the two tables disagree, one sits in another hour's page or a page is empty. */
export async function storedDigests(db: ProbeDatabase): Promise<ReplyDigest[]> {
  const [pages, keyPages] = await Promise.all([db.digests.toArray(), db.digestKeys.toArray()]);
  expect(keyPages.map((page) => page.start)).toEqual(pages.map((page) => page.start));
  const digests = pages.flatMap((page, i) => {
    expect(page.figures.length).toBe(keyPages[i]!.keys.length * 6);
    expect(page.figures.length).toBeGreaterThan(0);
    return decodePage(page, keyPages[i]!);
  });
  for (const digest of digests) expect(pages.some((page) => page.start === pageStart(digest.time))).toBe(true);
  return digests.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
