// The _locales messages bundled into scripts (a language chosen in the options is read from the
// bundle, not from the browser) keep only what formatting needs: `description` and `example` are
// for translators, and in the content script every byte is parsed on every chat page load.
const MESSAGES = /[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/;
/** Stands in a chunk for a locale's messages until the chunk's own code tells which keys it uses. */
const placeholder = (index) => `__SYCOPHANCY_PROBE_MESSAGES_${index}__`;
const PLACEHOLDER_CALL = /JSON\.parse\((['"])__SYCOPHANCY_PROBE_MESSAGES_(\d+)__\1\)/g;

function slim(entry) {
  if (!entry.placeholders) return { message: entry.message };
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders).map(([name, { content }]) => [name, { content }]));
  return { message: entry.message, placeholders };
}

/** As JSON.parse('…') rather than an object literal: V8 parses a JSON string faster. */
function parsed(messages) {
  return `JSON.parse(${JSON.stringify(JSON.stringify(messages))})`;
}

/**
 * Whether `code` names `key` as a string literal. Plural messages are named by their base
 * ("replies" for repliesOne and repliesOther, see pluralKeyIn in src/i18n).
 */
export function namesKey(code, key) {
  const base = /^(.+)(?:One|Other)$/.exec(key)?.[1];
  return [key, base].some((name) => name !== undefined && ["'", '"', '`'].some((quote) => code.includes(`${quote}${name}${quote}`)));
}

/**
 * A Vite plugin; the files in _locales/ themselves are copied whole for the browser. With
 * `onlyUsedKeys`, a single-chunk build (the content script) keeps just the messages its code
 * names: all of the extension's messages are about 40 kB a language, the badge needs a few dozen.
 */
export function bundledMessages({ onlyUsedKeys = false } = {}) {
  const locales = [];
  return {
    name: 'sycophancy-probe:bundled-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!MESSAGES.test(id.split('?')[0])) return null;
      const messages = Object.fromEntries(Object.entries(JSON.parse(code)).map(([key, entry]) => [key, slim(entry)]));
      if (onlyUsedKeys) locales.push(messages);
      const value = onlyUsedKeys ? `JSON.parse('${placeholder(locales.length - 1)}')` : parsed(messages);
      return { code: `export default ${value};`, map: null, moduleType: 'js' };
    },
    renderChunk(code) {
      if (!onlyUsedKeys) return null;
      // Keys are looked for in the code around the messages, not in the messages themselves.
      const around = code.replace(PLACEHOLDER_CALL, '');
      const used = (messages) => Object.fromEntries(Object.entries(messages).filter(([key]) => namesKey(around, key)));
      const filled = code.replace(PLACEHOLDER_CALL, (_, quote, index) => parsed(used(locales[Number(index)])));
      if (filled.includes('__SYCOPHANCY_PROBE_MESSAGES_')) throw new Error('bundled messages: a chunk holds messages it cannot fill in (onlyUsedKeys needs a single-chunk build)');
      return { code: filled, map: null };
    },
  };
}
