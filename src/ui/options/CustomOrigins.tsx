import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { customOriginPattern, type CustomOrigin, type Settings } from '../../settings';
import { selfHostedAdapters } from '../../sites';
import { t } from '../../i18n/browser';

/** The origin of a typed address ("chat.example.org", "http://10.0.0.5:3000/c/x"), or null when it is not a web address. */
export function parseOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

const siteName = (id: string) => selfHostedAdapters.find((a) => a.id === id)?.name ?? id;

/**
 * Self-hosted chats (Open WebUI, LibreChat) the user adds by address. Access to an address is
 * asked for when it is added — not at install — and given back when it is removed; the
 * background registers the content script there once the permission is granted.
 */
export function CustomOrigins({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => unknown }) {
  const [address, setAddress] = useState('');
  const [site, setSite] = useState(selfHostedAdapters[0]?.id ?? '');
  const [message, setMessage] = useState<string | null>(null);

  // The browser only shows its permission prompt for a request made inside the user's click, so
  // nothing may be awaited before permissions.request.
  const add = (event: Event) => {
    event.preventDefault();
    const origin = parseOrigin(address);
    if (!origin) return setMessage(t('customOriginInvalid'));
    browser.permissions.request({ origins: [customOriginPattern(origin)] }).then(
      async (granted) => {
        if (!granted) return setMessage(t('customOriginDenied', origin));
        const others = settings.customOrigins.filter((custom) => custom.origin !== origin);
        await save({ customOrigins: [...others, { origin, site }] });
        setAddress('');
        setMessage(t('customOriginAdded', origin));
      },
      (error: unknown) => setMessage(t('customOriginRequestFailed', [origin, error instanceof Error ? error.message : String(error)])),
    );
  };

  const remove = async (custom: CustomOrigin) => {
    await save({ customOrigins: settings.customOrigins.filter((other) => other.origin !== custom.origin) });
    await browser.permissions.remove({ origins: [customOriginPattern(custom.origin)] }).catch(() => false);
    setMessage(t('customOriginRemoved', custom.origin));
  };

  return (
    <div class="field custom-origins" id="custom-origins">
      <h3 id="custom-origins-title">{t('customOriginsTitle')}</h3>
      <p class="hint">{t('customOriginsIntro')}</p>
      {settings.customOrigins.length > 0 && (
        <ul class="custom-origin-list" aria-labelledby="custom-origins-title">
          {settings.customOrigins.map((custom) => (
            <li key={custom.origin}>
              <span class="custom-origin">{custom.origin}</span> <span class="muted">{siteName(custom.site)}</span>{' '}
              <button type="button" class="button" aria-label={t('customOriginRemoveLabel', custom.origin)} onClick={() => void remove(custom)}>
                {t('customOriginRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add}>
        <label for="custom-origin-address">{t('customOriginAddress')}</label>
        <input
          id="custom-origin-address"
          type="text"
          inputMode="url"
          placeholder="https://chat.example.org"
          value={address}
          onInput={(e) => setAddress(e.currentTarget.value)}
        />
        <label for="custom-origin-site">{t('customOriginSite')}</label>
        <select id="custom-origin-site" value={site} onChange={(e) => setSite(e.currentTarget.value)}>
          {selfHostedAdapters.map((adapter) => (
            <option key={adapter.id} value={adapter.id}>
              {adapter.name}
            </option>
          ))}
        </select>
        <button type="submit" class="button">
          {t('customOriginAdd')}
        </button>
      </form>
      {message && (
        <p class="hint" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
