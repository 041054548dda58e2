import { makeRule } from './context';

/** Exclamation marks per sentence (outside code and quotes): enthusiasm that outruns the content. */
export const exclamation = makeRule({
  name: 'exclamation',
  description: 'share of sentences that end in "!" (0–1)',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const sentences = Math.max(1, doc.sentStart.length);
    return { value: Math.min(1, doc.exclamations / sentences), hits: [] };
  },
});
