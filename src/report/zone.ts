/**
 * Time zones without a library: an IANA name ("Europe/Berlin"), "UTC"/"Z", or a fixed offset
 * ("+05:30", "-08:00"). Offsets come from Intl, so DST follows the platform's tz database.
 */

const MINUTE = 60_000;
const FIXED_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone the platform runs in: the default "user's zone". */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function fixedOffsetMinutes(zone: string): number | null {
  if (zone === 'Z' || zone.toUpperCase() === 'UTC') return 0;
  const match = FIXED_OFFSET.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (Number(match[2]) > 18 || Number(match[3]) > 59) throw new RangeError(`invalid UTC offset "${zone}"`);
  return match[1] === '-' ? -minutes : minutes;
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`unknown time zone "${zone}" (use an IANA name like "Europe/Berlin" or an offset like "+02:00")`);
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Throws a RangeError naming the zone when it is neither an IANA zone nor an offset. */
export function assertZone(zone: string): void {
  if (fixedOffsetMinutes(zone) === null) formatterFor(zone);
}

/** Minutes to add to UTC to get local wall-clock time in `zone` at `epochMs`. */
export function offsetMinutes(zone: string, epochMs: number): number {
  const fixed = fixedOffsetMinutes(zone);
  if (fixed !== null) return fixed;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(epochMs)) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  // Intl drops milliseconds, so compare against the instant floored to the second.
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / MINUTE);
}

/**
 * The first instant of a local calendar day. `utcMidnight` is Date.UTC of that day.
 * When midnight falls in a DST gap the day starts at the transition; in an overlap, at the first midnight.
 */
export function startOfLocalDay(zone: string, utcMidnight: number): number {
  const first = offsetMinutes(zone, utcMidnight);
  const second = offsetMinutes(zone, utcMidnight - first * MINUTE);
  const candidates = [...new Set([first, second, offsetMinutes(zone, utcMidnight - second * MINUTE)])];
  const valid = candidates.filter((offset) => offsetMinutes(zone, utcMidnight - offset * MINUTE) === offset);
  if (valid.length > 0) return Math.min(...valid.map((offset) => utcMidnight - offset * MINUTE));
  return utcMidnight - Math.min(...candidates) * MINUTE;
}

/** Wall-clock time of an instant in `zone`, "2026-11-18 14:05": stable across locales and machines. */
export function formatLocalTime(zone: string, epochMs: number): string {
  return new Date(epochMs + offsetMinutes(zone, epochMs) * MINUTE).toISOString().slice(0, 16).replace('T', ' ');
}
