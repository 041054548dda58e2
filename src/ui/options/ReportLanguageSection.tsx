import type { Settings } from '../../settings';
import { chooseLanguage, currentLanguage, LOCALES, t } from '../lib/i18n';
import { Section, Select } from './controls';

/** Weekday names in the page's language, Sunday first (the settings' numbering). */
function weekdays(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2023, 0, 1 + day)));
}

/** Each language named in itself, so people find their own. */
function nativeName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function ReportSection({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  const names = weekdays(currentLanguage());
  return (
    <Section id="report" title="optionsReportTitle" intro="optionsReportIntro">
      <Select
        id="report-day"
        label="optionsReportDay"
        value={settings.weeklyReportDay}
        options={names.map((label, day) => ({ value: day, label }))}
        onChange={(weeklyReportDay) => save({ weeklyReportDay })}
      />
    </Section>
  );
}

export function LanguageSection({ chosen, onChosen }: { chosen: string | null; onChosen: () => void }) {
  return (
    <Section id="language" title="optionsLanguageTitle" intro="optionsLanguageIntro">
      <Select
        id="language-select"
        label="optionsLanguage"
        value={chosen ?? 'browser'}
        options={[{ value: 'browser', label: t('optionsLanguageBrowser') }, ...LOCALES.map((code) => ({ value: code, label: nativeName(code) }))]}
        onChange={(code) => void chooseLanguage(code === 'browser' ? null : code).then(onChosen)}
      />
    </Section>
  );
}
