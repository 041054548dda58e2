import type { ReplyRecord } from '../../../src/db/record';
import { buildWeeklyReport } from '../../../src/report';
import { row } from './fixtures';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(1)>';
export const HOSTILE_TEXT = `Great question! ${SCRIPT} ${IMG} [click](javascript:alert(1)) **bold** | pipe`;

/** A week whose worst reply, phrase, site, model and user turn are all attacker-controlled text. */
export function hostileRows(): ReplyRecord[] {
  const phrase = '<b>Great</b> idea';
  const start = HOSTILE_TEXT.indexOf(SCRIPT);
  return [
    row({
      time: Date.parse('2026-11-18T10:00:00Z'),
      overall: 99,
      capitulation: true,
      site: '<i>site</i>',
      model: '=HYPERLINK("http://evil","x")',
      text: HOSTILE_TEXT,
      userText: `-2+3 ${IMG}`,
      url: 'javascript:alert(1)',
      evidence: [
        { dimension: 'flattery', text: phrase, start: 0, end: 15 },
        { dimension: 'agreement', text: SCRIPT, start, end: start + SCRIPT.length },
      ],
    }),
    row({ time: Date.parse('2026-11-18T11:00:00Z'), overall: 70, text: '@SUM(1+1) fine', evidence: [{ dimension: 'flattery', text: phrase, start: 0, end: 4 }] }),
  ];
}

export const hostileReport = () => buildWeeklyReport(hostileRows(), { now: Date.parse('2026-11-25T10:00:00Z'), period: '2026-W47', zone: 'UTC' });
