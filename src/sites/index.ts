import type { SiteAdapter } from './types';

export type { ReplyReading, SiteAdapter } from './types';

// Every adapter file in this folder registers itself: adding a site is adding one file.
// Shared helpers live in ./lib so they are not mistaken for adapters.
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./index.ts', '!./types.ts'], { eager: true });

function isAdapter(value: unknown): value is SiteAdapter {
  return typeof value === 'object' && value !== null && 'hosts' in value && 'replyElements' in value && 'readReply' in value;
}

export const adapters: SiteAdapter[] = Object.values(modules)
  .flatMap((module) => Object.values(module).filter(isAdapter))
  // Ids are plain ASCII: a code-unit sort spares every page the collator's start-up (about 18 ms).
  .sort((a, b) => (a.id < b.id ? -1 : 1));

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  return adapters.find((a) => a.hosts.includes(hostname));
}

/** UIs people host themselves, offered when the user adds an origin of their own. */
export const selfHostedAdapters: SiteAdapter[] = adapters.filter((a) => a.selfHosted);

/** The adapter for a page on `origin` when the user added it as a self-hosted chat (see settings). */
export function adapterForCustomOrigin(origin: string, customOrigins: readonly { origin: string; site: string }[]): SiteAdapter | undefined {
  const site = customOrigins.find((custom) => custom.origin === origin)?.site;
  return selfHostedAdapters.find((a) => a.id === site);
}

/** Manifest match patterns for every supported site. */
export function contentScriptMatches(): string[] {
  return adapters.flatMap((a) => a.hosts.map((host) => `https://${host}/*`));
}
