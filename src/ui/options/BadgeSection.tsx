import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../settings';
import { t } from '../../i18n/browser';
import { Checkbox, RadioGroup, Section } from './controls';

const THRESHOLD = { min: 20, max: 90, step: 5 };

/** The threshold shows while it is dragged and is saved once, when it is let go. */
function ThresholdSlider({ value, onSave }: { value: number; onSave: (value: number) => void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <div class="field">
      <label for="flag-threshold">{t('optionsThresholdLabel', draft)}</label>
      <input
        type="range"
        id="flag-threshold"
        {...THRESHOLD}
        value={draft}
        aria-describedby="flag-threshold-hint"
        onInput={(e) => setDraft(Number(e.currentTarget.value))}
        onChange={(e) => onSave(Number(e.currentTarget.value))}
      />
      <p class="scale muted" aria-hidden="true">
        <span>{t('optionsThresholdSensitive')}</span>
        <span>{t('optionsThresholdStrict')}</span>
      </p>
      <p class="hint" id="flag-threshold-hint">
        {t('optionsThresholdHint')}
      </p>
    </div>
  );
}

export function BadgeSection({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  return (
    <Section id="badges" title="optionsBadgesTitle">
      <RadioGroup
        name="badge-style"
        legend="optionsBadgeStyle"
        value={settings.badgeStyle}
        onChange={(badgeStyle) => save({ badgeStyle })}
        choices={[
          { value: 'compact', label: 'optionsBadgeCompact', hint: 'optionsBadgeCompactHint' },
          { value: 'detailed', label: 'optionsBadgeDetailed', hint: 'optionsBadgeDetailedHint' },
          { value: 'off', label: 'optionsBadgeOff', hint: 'optionsBadgeOffHint' },
        ]}
      />
      <ThresholdSlider value={settings.flagThreshold} onSave={(flagThreshold) => save({ flagThreshold })} />
      <Checkbox
        id="highlight-evidence"
        label={t('optionsHighlight')}
        hint={t('optionsHighlightHint')}
        checked={settings.highlightEvidence}
        onChange={(highlightEvidence) => save({ highlightEvidence })}
      />
    </Section>
  );
}
