import type { Settings } from '../../settings';
import { adapters } from '../../sites';
import { withSitePaused } from '../lib/use-settings';
import { Checkbox, Section } from './controls';
import { CustomOrigins } from './CustomOrigins';

export function SitesSection({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  return (
    <Section id="sites" title="optionsSitesTitle" intro="optionsSitesIntro">
      <div class="site-list">
        {/* Self-hosted UIs have no host of their own: they are listed under custom origins below. */}
        {adapters
          .filter((site) => !site.selfHosted)
          .map((site) => (
            <Checkbox
              key={site.id}
              id={`site-${site.id}`}
              label={site.name}
              hint={site.hosts.join(', ')}
              checked={!settings.pausedSites.includes(site.id)}
              onChange={(enabled) => save({ pausedSites: withSitePaused(settings.pausedSites, site.id, !enabled) })}
            />
          ))}
      </div>
      <CustomOrigins settings={settings} save={save} />
    </Section>
  );
}
