// What `import browser from 'webextension-polyfill'` means in the content script: the global that
// the polyfill's own file (listed before content.js in the manifest) leaves behind — the browser's
// native `browser` where there is one (Firefox, recent Chrome), else the polyfill's wrapper of
// `chrome`. Bundled instead, the polyfill is CommonJS, and the bundler's interop copies every
// property of its export: where that export is the native object, reading each property's
// descriptor sets up every extension API in the page (≈ 3 ms on each chat page load).
export default globalThis.browser;
