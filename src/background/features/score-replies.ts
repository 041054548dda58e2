import browser from 'webextension-polyfill';
import { scoreReply } from '../../scorer';
import { errorText, messageOfType, type ScoreAnswer } from '../messages';

/**
 * Scores finished replies for the tabs. Answered at once, before (and apart from) storage: a slow
 * or failing database never holds a badge back. A `wake` needs no work; its arrival is the point.
 */
export function start(): void {
  browser.runtime.onMessage.addListener((message: unknown): Promise<ScoreAnswer | true> | undefined => {
    if (messageOfType(message, 'wake')) return Promise.resolve(true);
    const batch = messageOfType(message, 'score-replies');
    if (!batch) return undefined;
    try {
      return Promise.resolve({ ok: true, scores: batch.replies.map((input) => scoreReply(input)) });
    } catch (error) {
      return Promise.resolve({ ok: false, error: errorText(error) });
    }
  });
}
