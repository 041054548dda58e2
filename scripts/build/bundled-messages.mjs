// The _locales messages bundled into scripts (a language chosen in the options is read from the
// bundle, not from the browser) keep only what formatting needs: `description` and `example` are
// for translators, and in the content script every byte is parsed on every chat page load.
const MESSAGES = /[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/;

function slim(entry) {
  if (!entry.placeholders) return { message: entry.message };
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders).map(([name, { content }]) => [name, { content }]));
  return { message: entry.message, placeholders };
}

/** A Vite plugin; the files in _locales/ themselves are copied whole for the browser. */
export function bundledMessages() {
  return {
    name: 'sycophancy-probe:bundled-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!MESSAGES.test(id.split('?')[0])) return null;
      const messages = JSON.parse(code);
      const json = JSON.stringify(Object.fromEntries(Object.entries(messages).map(([key, entry]) => [key, slim(entry)])));
      // As JSON.parse('…') rather than an object literal: V8 parses a JSON string faster.
      return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: null, moduleType: 'js' };
    },
  };
}
