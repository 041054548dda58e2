import type { Settings } from '../../settings';
import { chooseLanguage, LOCALES, t, weekdayName } from '../../i18n/browser';
import { Section, Select } from './controls';

/** Each language named in itself, so people find their own. */
function nativeName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function ReportSection({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  // Sunday first: the settings' numbering.
  const names = Array.from({ length: 7 }, (_, day) => weekdayName(day));
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
