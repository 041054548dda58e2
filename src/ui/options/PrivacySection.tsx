import type { Settings } from '../../settings';
import { t } from '../../i18n/browser';
import { RadioGroup, Section, Select } from './controls';

const RETENTION_DAYS = [30, 90, 180, 365];

export function PrivacySection({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  return (
    <Section id="privacy" title="optionsPrivacyTitle" intro="optionsPrivacyIntro">
      <RadioGroup
        name="text-storage"
        legend="optionsTextStorage"
        value={settings.textStorage}
        onChange={(textStorage) => save({ textStorage })}
        choices={[
          { value: 'full', label: 'optionsTextFull', hint: 'optionsTextFullHint' },
          { value: 'evidence', label: 'optionsTextEvidence', hint: 'optionsTextEvidenceHint' },
          { value: 'scores', label: 'optionsTextScores', hint: 'optionsTextScoresHint' },
        ]}
      />
      <Select
        id="retention"
        label="optionsRetention"
        value={settings.retentionDays === null ? 'forever' : String(settings.retentionDays)}
        options={[
          { value: 'forever', label: t('optionsRetentionForever') },
          // A period set elsewhere (the history page) is shown too, not silently replaced.
          ...[...new Set([...RETENTION_DAYS, ...(settings.retentionDays === null ? [] : [settings.retentionDays])])]
            .sort((a, b) => a - b)
            .map((days) => ({ value: String(days), label: t('optionsRetentionDays', days) })),
        ]}
        onChange={(value) => save({ retentionDays: value === 'forever' ? null : Number(value) })}
      />
    </Section>
  );
}
