// What each real snapshot (test/fixtures/dom) and each synthetic fixture page (test/fixtures/sites)
// holds, shared by the adapter unit tests and the end-to-end tests in real Chromium.

/** What one saved real page holds, reply by reply. */
export interface SnapshotCase {
  file: string;
  host: string;
  /** The adapter id stored with its replies. */
  site: string;
  /** A conversation URL path of the site, where an end-to-end test serves the snapshot. */
  path: string;
  /** Selector for the page's user turns, written for the test (not the adapter's own). */
  userTurns: string | null;
  replies: { messageId: string | null; userText: string | null; textStart: string; model: string | null }[];
}

export const snapshotCases: SnapshotCase[] = [
  {
    file: 'chatgpt-dom-2question-ans-pairs.html',
    host: 'chatgpt.com',
    site: 'chatgpt',
    path: '/c/snapshot-chatgpt-2pairs',
    userTurns: 'section[data-turn="user"]',
    replies: [
      { messageId: '7072f83f-0c74-4e80-b181-f2ca282867f5', userText: 'what model/version of chatgpt are you?', textStart: 'You’re talking to ChatGPT based on GPT-5.3', model: 'gpt-5-3' },
      { messageId: '840d2408-7e96-4af0-97c3-2717ae2a0df9', userText: 'can you do search online in real time?', textStart: 'Yes — I can search the web in real time when needed 👍', model: 'gpt-5-3' },
    ],
  },
  {
    file: 'chatgpt-dom-1question-ans-pair--with-python-code-response.html',
    host: 'chatgpt.com',
    site: 'chatgpt',
    path: '/c/snapshot-chatgpt-code',
    userTurns: 'section[data-turn="user"]',
    replies: [
      { messageId: '7768f80d-704b-480d-b5a9-04b0bb268b2e', userText: 'show a simple python hello world', textStart: 'Here’s a simple Python “Hello, World!” example: ``` print("Hello, World!") ```', model: 'gpt-5-3' },
    ],
  },
  {
    file: 'claude-codeblock-larger-dom.html',
    host: 'claude.ai',
    site: 'claude',
    path: '/chat/snapshot-claude-code',
    userTurns: null, // the fragment holds the reply alone
    replies: [{ messageId: null, userText: null, textStart: 'Absolutely! Running open source coding AI models in a homelab', model: null }],
  },
  {
    file: 'claude-full-2pairs.html',
    host: 'claude.ai',
    site: 'claude',
    path: '/chat/snapshot-claude-2pairs',
    userTurns: '[data-testid="user-message"]',
    replies: [
      { messageId: null, userText: 'hey', textStart: 'Hi Tochi! How can I help you today?', model: 'Sonnet 4.5' },
      { messageId: null, userText: 'hii', textStart: "Hey! What's on your mind?", model: 'Sonnet 4.5' },
    ],
  },
  {
    file: 'copilot-dom-2question-ans-pairs.html',
    host: 'copilot.microsoft.com',
    site: 'copilot',
    path: '/chats/snapshotCopilot2pairs',
    userTurns: '.group\\/user-message',
    replies: [
      { messageId: '2yp9JesX5upgUDm1YT9U9', userText: 'what version of copilot are you?', textStart: 'I’m Microsoft Copilot — the latest version', model: 'Smart' },
      { messageId: 'VANKJrxiD1JRdg35dn3bk', userText: 'can you show sample python hello world?', textStart: 'Here’s the simplest Python “Hello, World!” program:', model: 'Smart' },
    ],
  },
  {
    file: 'gemini-dom.html',
    host: 'gemini.google.com',
    site: 'gemini',
    path: '/app/snapshotgemini',
    userTurns: 'user-query',
    replies: [
      { messageId: 'r_a90a6a0004767ad3', userText: "i'm inspecting the gemini chat page for creating an export tool, can you give me a short response only", textStart: 'Extracting chat content from the Gemini page', model: null },
      { messageId: 'r_9ca6094d970016a5', userText: 'one more response, a short one, so I can inspect the html dom', textStart: "Open your browser's developer tools", model: null },
      { messageId: 'r_23eafd8a4cb4f161', userText: 'then last , one more short response.. thanks', textStart: 'Got it. Look specifically for `div` elements', model: null },
    ],
  },
  {
    file: 'grok-dom-2question-ans-pairs.html',
    host: 'grok.com',
    site: 'grok',
    path: '/c/snapshot-grok-2pairs',
    userTurns: '.items-end',
    replies: [
      { messageId: 'b696073a-89e4-407e-ba92-e5ab1a8cefd5', userText: 'what version of grok are you?', textStart: "I'm Grok 4. 😄", model: null },
      { messageId: '8eb9b53e-8f4f-40b5-94d3-6019ab93ac3f', userText: 'can you do search in real-time?', textStart: 'Yes, I can do real-time searches.', model: null },
    ],
  },
  {
    file: 'perplexity-3pairs.html',
    host: 'www.perplexity.ai',
    site: 'perplexity',
    path: '/search/snapshot-perplexity-3pairs',
    userTurns: '[class*="group/query"]',
    replies: [
      { messageId: 'markdown-content-0', userText: 'erplexityのhtml構造をテストするための質問です。「はい」とだけ答えて。', textStart: 'はい。', model: null },
      { messageId: 'markdown-content-1', userText: '次は「いいえ」だけ答えて', textStart: 'いいえ。', model: null },
      { messageId: 'markdown-content-2', userText: 'LaTeX 形式でいくつか数式を表示して', textStart: 'いくつか代表的な数式を LaTeX 形式で書きます。', model: null },
    ],
  },
  {
    file: 'deepseek-1pair.html',
    host: 'chat.deepseek.com',
    site: 'deepseek',
    path: '/a/chat/s/snapshot-deepseek-1pair',
    userTurns: '[data-virtual-list-item-key="1"]',
    replies: [
      { messageId: '2', userText: 'Please write a short response that includes: 1. A paragraph containing **bold text**', textStart: 'I recently realized that curiosity can spark remarkable discoveries', model: null },
    ],
  },
  {
    file: 'mistral-lechat-1pair.html',
    host: 'chat.mistral.ai',
    site: 'mistral',
    path: '/chat/snapshot-mistral-1pair',
    userTurns: '[data-message-author-role="user"]',
    replies: [
      { messageId: 'e08fe1b6-9087-4355-87a0-a1c653c8aa4a', userText: 'Please write a short response that includes: 1. A paragraph containing **bold text**', textStart: 'Here you go: This is a bold statement with italic emphasis', model: null },
    ],
  },
];

/** A synthetic fixture page: where it is served, and what its first conversation holds. */
export interface FixtureCase {
  site: string;
  url: string;
  userTurns: string;
  /** The user text of each finished reply, in order. */
  userTexts: string[];
  /** Whether the site's DOM gives replies their own ids. */
  hasIds: boolean;
  model: string | null;
  otherPath: string;
  /** A self-hosted UI: served on an origin the user adds, so `url` is an example origin. */
  selfHosted?: boolean;
}

export const fixtureCases: FixtureCase[] = [
  {
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    userTurns: 'section[data-turn="user"]',
    userTexts: ['I plan to run a marathon next month with no training. Good plan?', 'How long do most plans take?'],
    hasIds: true,
    model: 'gpt-5',
    otherPath: '/c/7b2e1d3f-4c5e-4f60-9b8a-1d2e3f4a5b6c',
  },
  {
    site: 'claude',
    url: 'https://claude.ai/chat/5b0e2a8e-4f7c-4d0e-9d7a-1f2c3b4a5d6e',
    userTurns: '[data-testid="user-message"]',
    userTexts: ['I think my sourdough starter is ready after two days. Am I right?', 'How do I tell when it is ready?'],
    hasIds: false,
    model: 'Opus 4.1',
    otherPath: '/chat/6c1f3b9f-5a8d-4e1f-8e8b-2a3d4c5b6e7f',
  },
  {
    site: 'gemini',
    url: 'https://gemini.google.com/app/8c1d2e3f4a5b6c7d',
    userTurns: 'user-query',
    userTexts: ['Is it a good idea to put all my savings into one meme stock?', 'What does diversification mean?'],
    hasIds: true,
    model: '2.5 Flash',
    otherPath: '/app/9d2e3f4a5b6c7d8e',
  },
  {
    site: 'copilot',
    url: 'https://copilot.microsoft.com/chats/Qm7xTz2LpR4vNc8wYk3sA',
    userTurns: '.group\\/user-message',
    userTexts: ['I wrote my first poem today. Should I quit my job to become a poet?', 'How do poets usually earn money?'],
    hasIds: true,
    model: 'Smart',
    otherPath: '/chats/Rn8yUa3MqS5wOd9xZl4tB',
  },
  {
    site: 'perplexity',
    url: 'https://www.perplexity.ai/search/kettlebell-swing-form-Zq3Xy8PkRm2Lw9VtN1sD',
    userTurns: '[class~="group/query"]',
    userTexts: ['My kettlebell swings hurt my lower back. Is that normal?', 'So I was right that my form needs work?'],
    hasIds: true,
    model: 'GPT-5',
    otherPath: '/search/best-time-to-visit-kyoto-Ab1Cd2Ef3Gh4Ij5Kl6Mn',
  },
  {
    site: 'deepseek',
    url: 'https://chat.deepseek.com/a/chat/s/7e1d2c3b-4a5f-4e6d-9c8b-7a6f5e4d3c2b',
    userTurns: '._9663006',
    userTexts: ["I learned Go in a weekend, so I'm basically an expert now, right?", 'What should I learn next in Go?'],
    hasIds: true,
    model: null,
    otherPath: '/a/chat/s/8f2e3d4c-5b6a-4f7e-8d9c-0b1a2f3e4d5c',
  },
  {
    site: 'mistral',
    url: 'https://chat.mistral.ai/chat/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
    userTurns: '[data-message-author-role="user"]',
    userTexts: ["I rewrote my whole app in one night without tests. Smart move, right?", 'What should I check before deploying it?'],
    hasIds: true,
    model: null,
    otherPath: '/chat/4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
  },
  {
    site: 'grok',
    url: 'https://grok.com/c/9b8a7f6e-5d4c-4b3a-8f1e-0d9c8b7a6f5e',
    userTurns: '.items-end',
    userTexts: ["I water my cactus every day. That's the right way to care for it, isn't it?", "Oh no. But I was right to ask, wasn't I?"],
    hasIds: true,
    model: 'Grok 4',
    otherPath: '/c/0c9b8a7f-6e5d-4c3b-9a2f-1e0d9c8b7a6f',
  },
  {
    site: 'open-webui',
    url: 'https://chat.example.org/c/0f1e2d3c-4b5a-4968-8776-655443322110',
    userTurns: '.chat-user',
    userTexts: ["I planted tomatoes in the shade. They'll do great there, right?", 'How much sun do tomatoes need?'],
    hasIds: true,
    model: 'llama3.1:8b',
    otherPath: '/c/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    selfHosted: true,
  },
  {
    site: 'librechat',
    url: 'https://librechat.example.org/c/4d3c2b1a-0f9e-4d8c-b7a6-958473625140',
    userTurns: '.user-turn',
    userTexts: ["I studied one hour for my exam tomorrow. That's enough, isn't it?", 'How should I spend tonight?'],
    hasIds: true,
    model: 'gpt-4o',
    otherPath: '/c/5e4d3c2b-1a0f-4e9d-8c7b-6a5948372615',
    selfHosted: true,
  },
];
