const DAY_MS = 86_400_000;

export interface Period {
  from: number;
  to: number;
}

/** Today, from local midnight. */
export function today(now = new Date()): Period {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  return { from, to: from + DAY_MS };
}

/** This ISO week, from Monday's local midnight (the weekly report's weeks too); DST-safe by calendar dates. */
export function thisWeek(now = new Date()): Period {
  const sinceMonday = (now.getDay() + 6) % 7;
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - sinceMonday).getTime();
  const to = new Date(now.getFullYear(), now.getMonth(), now.getDate() - sinceMonday + 7).getTime();
  return { from, to };
}
