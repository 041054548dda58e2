import { describe, expect, it, vi } from 'vitest';

// The browser's UI language decides when none is chosen; its getMessage is never needed.
const getMessage = vi.hoisted(() => vi.fn(() => 'from the browser'));
vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage, getUILanguage: () => 'en-GB' }, storage: { local: {}, onChanged: {} } },
}));

const { currentLanguage, formatMessage, formatNumber, plural, shownLocale, t, tParts, useLanguage, weekdayName } = await import('../../../src/i18n/browser');

describe('formatMessage', () => {
  it('fills named placeholders from numbered substitutions, as the browser does', () => {
    const entry = { message: '$scored$ of $replies$ replies scored', placeholders: { scored: { content: '$1' }, replies: { content: '$2' } } };
    expect(formatMessage(entry, ['3', '4'])).toBe('3 of 4 replies scored');
  });

  it('matches placeholder names case-insensitively, keeps $$ as $, and never re-reads substituted text', () => {
    const entry = { message: 'Costs $$5 for $Site$', placeholders: { site: { content: '$1' } } };
    expect(formatMessage(entry, ['$2 shop'])).toBe('Costs $5 for $2 shop');
  });
});

describe('t', () => {
  it("follows the browser's language (en-GB: the English messages) when none is chosen, without asking the browser for each string", () => {
    useLanguage(null);
    expect(t('popupToday')).toBe('Today');
    expect(t('popupPause', 'ChatGPT')).toBe('Pause on ChatGPT');
    expect(currentLanguage()).toBe('en-GB');
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('answers in the chosen language, and goes back to the browser\'s for unknown codes', () => {
    useLanguage('de');
    expect(t('popupToday')).toBe('Heute');
    expect(t('popupPause', 'ChatGPT')).toBe('Auf ChatGPT pausieren');
    expect(currentLanguage()).toBe('de');
    useLanguage('xx');
    expect(t('popupToday')).toBe('Today');
    expect(currentLanguage()).toBe('en-GB');
  });
});

describe('plural', () => {
  it('picks the One or Other message by the language\'s plural rules, with the count formatted in that language', () => {
    useLanguage('en');
    expect(plural('jobReplies', 1)).toBe('1 reply');
    expect(plural('jobReplies', 0)).toBe('0 replies');
    expect(plural('jobReplies', 1234)).toBe('1,234 replies');
    useLanguage('de');
    expect(plural('jobReplies', 1)).toBe('1 Antwort');
    expect(plural('jobReplies', 1234)).toBe('1.234 Antworten');
    expect(formatNumber(1.5, { minimumFractionDigits: 1 })).toBe('1,5');
    expect(plural('healthRecovered', 2, ['QuotaExceededError'])).toContain('2 Schreibvorgänge waren fehlgeschlagen und wurden wiederholt (zuletzt: QuotaExceededError)');
    expect(weekdayName(1)).toBe('Montag');
  });
});

describe('tParts', () => {
  it('puts markup where the translation puts each substitution', () => {
    const added = { element: 'added' };
    const stored = { element: 'stored' };
    useLanguage('en');
    expect(tParts('jobCounts', [added, stored])).toEqual([added, ', ', stored, '.']);
    expect(tParts('jobImported', ['a.json'])).toEqual(['Imported ', 'a.json', ':']);
    useLanguage('de');
    expect(tParts('jobImported', ['a.json'])).toEqual(['a.json', ' importiert:']);
  });
});

describe('translator (src/i18n, shared with the report and the CLI)', () => {
  it('answers from the bundled files in a shipped language, English for any other, without a browser', async () => {
    const { translator } = await import('../../../src/i18n');
    const german = translator('de-AT');
    expect(german.language).toBe('de');
    expect(german.t('reportWeekName', [47, 2026])).toBe('Woche 47, 2026');
    expect(german.plural('reportReplies', 1)).toBe('1 Antwort');
    expect(german.plural('reportReplies', 1234)).toBe('1.234 Antworten');
    expect(german.number(0.725, { style: 'percent', maximumFractionDigits: 1 })).toBe('72,5\u00a0%');
    const fallback = translator('fr');
    expect(fallback.language).toBe('en');
    expect(fallback.plural('reportReplies', 1234)).toBe('1,234 replies');
    expect(translator().t('reportThisWeek')).toBe('this week');
  });

  it('gives the page\'s shipped language to the report: the chosen one, else the browser\'s, else English', () => {
    useLanguage('de');
    expect(shownLocale()).toBe('de');
    useLanguage(null); // the browser says en-GB
    expect(shownLocale()).toBe('en');
  });
});
