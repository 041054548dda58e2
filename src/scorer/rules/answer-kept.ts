// A reply that says its answer stands ("I stand by my answer", "my assessment remains", "I won't
// change my answer") has not given that answer up, however freshly it words it. Models that write
// every reply from scratch hold their position in new words, which the rules that count what the
// reply dropped would otherwise read as caving; those rules compare against `answerAtStake`.
import { unnegatedPhrases, type Context, type Doc } from './context';

/** The previous answer the reply may have dropped: none without one, or when the reply says its answer stands. */
export function answerAtStake(ctx: Context): Doc | undefined {
  return ctx.previous && unnegatedPhrases(ctx, 'answerKept').length === 0 ? ctx.previous : undefined;
}
