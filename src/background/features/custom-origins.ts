// Self-hosted chats (Open WebUI, LibreChat) the user adds in the options: the content script is
// registered on each added origin whose host permission the user granted, and taken off again
// when the origin is removed or the permission revoked. The registrations are brought in line
// with the settings every time the background starts, so they survive restarts and updates.
import browser from 'webextension-polyfill';
import { customOriginPattern, loadSettings, onSettingsChanged, type CustomOrigin } from '../../settings';
import { contentScriptFiles } from './lib/content-script-files';

/** Our registrations' ids start with this, so scripts registered for anything else are left alone. */
const ID_PREFIX = 'custom-origin:';

export interface RegistrationPlan {
  /** Origins that need the content script registered. */
  register: string[];
  /** Registration ids to take away. */
  unregister: string[];
}

/** What to change so that exactly the added origins with a granted permission have the content script. */
export function registrationPlan(registeredIds: readonly string[], wanted: readonly CustomOrigin[], grantedPatterns: ReadonlySet<string>): RegistrationPlan {
  const keep = new Set(wanted.map((custom) => custom.origin).filter((origin) => grantedPatterns.has(customOriginPattern(origin))));
  const ours = registeredIds.filter((id) => id.startsWith(ID_PREFIX));
  const registered = new Set(ours.map((id) => id.slice(ID_PREFIX.length)));
  return {
    register: [...keep].filter((origin) => !registered.has(origin)),
    unregister: ours.filter((id) => !keep.has(id.slice(ID_PREFIX.length))),
  };
}

async function sync(wanted: readonly CustomOrigin[]): Promise<void> {
  const [scripts, granted] = await Promise.all([browser.scripting.getRegisteredContentScripts(), browser.permissions.getAll()]);
  const plan = registrationPlan(
    scripts.map((script) => script.id),
    wanted,
    new Set(granted.origins ?? []),
  );
  if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length === 0) return;
  await browser.scripting.registerContentScripts(
    plan.register.map((origin) => ({ id: ID_PREFIX + origin, matches: [customOriginPattern(origin)], js: contentScriptFiles(), runAt: 'document_idle' as const })),
  );
}

// One sync at a time: two overlapping ones would register the same id twice.
let queue: Promise<void> = Promise.resolve();
function syncLater(wanted: () => Promise<readonly CustomOrigin[]>): void {
  queue = queue
    .then(async () => sync(await wanted()))
    .catch((error: unknown) => console.warn('Sycophancy Probe: could not update the content scripts of custom origins', error));
}

const fromSettings = async () => (await loadSettings()).customOrigins;

export function start(): void {
  onSettingsChanged((settings) => syncLater(async () => settings.customOrigins));
  browser.permissions.onAdded.addListener(() => syncLater(fromSettings));
  browser.permissions.onRemoved.addListener(() => syncLater(fromSettings));
  syncLater(fromSettings);
}
