import { describe, expect, it, vi } from 'vitest';
import { adapterForCustomOrigin, contentScriptMatches, selfHostedAdapters } from '../../../src/sites';

// A browser with just what the custom-origins feature uses: settings in storage.local, granted
// host permissions, and the dynamic content-script registry (which refuses a duplicate id).
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const events = () => {
    const listeners: Listener[] = [];
    return { listeners, addListener: (l: Listener) => listeners.push(l), removeListener: () => {} };
  };
  const state = {
    stored: {} as Record<string, unknown>,
    granted: new Set<string>(),
    scripts: new Map<string, { id: string; matches: string[]; js: string[] }>(),
  };
  const storageChanged = events();
  const permissionsAdded = events();
  const browser = {
    // What the chat sites load is what an added origin gets; Firefox lists the files as full URLs.
    runtime: {
      getManifest: () => ({ content_scripts: [{ js: ['moz-extension://uuid/browser-polyfill.js', 'moz-extension://uuid/content.js'] }] }),
      getURL: (path: string) => `moz-extension://uuid${path}`,
    },
    storage: {
      local: {
        get: async (key: string) => (key in state.stored ? { [key]: state.stored[key] } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) {
            state.stored[key] = value;
            for (const l of storageChanged.listeners) l({ [key]: { newValue: value } }, 'local');
          }
        },
      },
      onChanged: storageChanged,
    },
    permissions: {
      getAll: async () => ({ origins: [...state.granted] }),
      onAdded: permissionsAdded,
      onRemoved: events(),
    },
    scripting: {
      getRegisteredContentScripts: async () => [...state.scripts.values()],
      registerContentScripts: async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
        for (const script of scripts) {
          if (state.scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          state.scripts.set(script.id, script);
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => state.scripts.delete(id)),
    },
  };
  return { state, browser, permissionsAdded };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { registrationPlan, start } = await import('../../../src/background/features/custom-origins');
const { saveSettings } = await import('../../../src/settings');

const WEBUI = { origin: 'https://chat.example.org', site: 'open-webui' };
const LIBRECHAT = { origin: 'http://librechat.lan:3080', site: 'librechat' };

describe('the self-hosted adapters', () => {
  it('have no fixed hosts and add nothing to the manifest', () => {
    expect(selfHostedAdapters.map((a) => a.id).sort()).toEqual(['librechat', 'open-webui']);
    expect(selfHostedAdapters.every((a) => a.hosts.length === 0)).toBe(true);
    expect(contentScriptMatches().some((m) => m.includes('example'))).toBe(false);
  });

  it('serve a custom origin with the UI the user said it runs', () => {
    expect(adapterForCustomOrigin(WEBUI.origin, [WEBUI, LIBRECHAT])?.id).toBe('open-webui');
    expect(adapterForCustomOrigin(LIBRECHAT.origin, [WEBUI, LIBRECHAT])?.id).toBe('librechat');
    expect(adapterForCustomOrigin('https://elsewhere.example', [WEBUI])).toBeUndefined();
    expect(adapterForCustomOrigin(WEBUI.origin, [{ origin: WEBUI.origin, site: 'chatgpt' }])).toBeUndefined();
  });
});

describe('registrationPlan', () => {
  it('registers added origins with a granted permission, and nothing without one', () => {
    const plan = registrationPlan([], [WEBUI, LIBRECHAT], new Set(['https://chat.example.org/*']));
    expect(plan).toEqual({ register: ['https://chat.example.org'], unregister: [] });
  });

  it('takes away removed or no longer permitted origins and leaves other registrations alone', () => {
    const registered = ['custom-origin:https://chat.example.org', 'custom-origin:http://librechat.lan:3080', 'someone-else'];
    const plan = registrationPlan(registered, [LIBRECHAT], new Set());
    expect(plan).toEqual({ register: [], unregister: registered.slice(0, 2) });
  });

  it('changes nothing when the registrations already match', () => {
    expect(registrationPlan(['custom-origin:https://chat.example.org'], [WEBUI], new Set(['https://chat.example.org/*']))).toEqual({ register: [], unregister: [] });
  });
});

describe('the custom-origins feature', () => {
  const registered = () => [...fake.state.scripts.values()].map(({ id, matches, js }) => ({ id, matches, js }));

  it('registers the content script at start-up, follows the settings and permission grants', async () => {
    fake.state.granted.add('https://chat.example.org/*');
    await saveSettings({ customOrigins: [WEBUI, LIBRECHAT] });
    start();
    await vi.waitFor(() => expect(registered()).toEqual([{ id: 'custom-origin:https://chat.example.org', matches: ['https://chat.example.org/*'], js: ['browser-polyfill.js', 'content.js'] }]));

    // The user grants the second origin: it gets the script as well.
    fake.state.granted.add('http://librechat.lan:3080/*');
    for (const listener of fake.permissionsAdded.listeners) listener({ origins: ['http://librechat.lan:3080/*'] });
    await vi.waitFor(() => expect(registered().map((s) => s.id).sort()).toEqual(['custom-origin:http://librechat.lan:3080', 'custom-origin:https://chat.example.org']));

    // Removing an origin in the options takes its script away.
    await saveSettings({ customOrigins: [LIBRECHAT] });
    await vi.waitFor(() => expect(registered().map((s) => s.id)).toEqual(['custom-origin:http://librechat.lan:3080']));
  });
});

describe('parseOrigin (the options field for a self-hosted chat)', async () => {
  const { parseOrigin } = await import('../../../src/ui/options/CustomOrigins');

  it('takes the origin of a typed address, https when no scheme is given', () => {
    expect(parseOrigin(' chat.example.org ')).toBe('https://chat.example.org');
    expect(parseOrigin('http://10.0.0.5:3000/c/123?x=1')).toBe('http://10.0.0.5:3000');
    expect(parseOrigin('HTTPS://Chat.Example.org/')).toBe('https://chat.example.org');
  });

  it('refuses what is not a web address', () => {
    for (const input of ['', '   ', 'ftp://files.example.org', 'file:///etc/passwd', 'http://', 'javascript:alert(1)']) {
      expect(parseOrigin(input)).toBeNull();
    }
  });
});
