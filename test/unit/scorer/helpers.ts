import { en } from '../../../src/scorer/lang/en';
import { makeContext, type Rule } from '../../../src/scorer/rules/context';

/**
 * Runs one rule alone on a reply and returns its value, the matched texts of the reply and the
 * texts of the previous answer it points at (`dropped`: what the reply no longer says).
 */
export function run(rule: Rule, reply: string, user?: string, previous?: string): { value: number; texts: string[]; dropped: string[] } {
  const ctx = makeContext(reply, en, user, previous);
  const r = rule.run(ctx);
  return {
    value: r.value,
    texts: r.hits.map((h) => reply.slice(h.start, h.end)),
    dropped: (r.previousHits ?? []).map((h) => (previous ?? '').slice(h.start, h.end)),
  };
}
