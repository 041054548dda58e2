// The badge beside each scored reply. Its host is a plain element in the page (marked with
// data-sycophancy-probe="badge" and data-overall, which tests and people can find), hanging from an
// anchor at the end of the reply (badge-place.ts: where it sits, and why that moves nothing);
// everything visible is inside a closed shadow root, out of reach of the page's CSS and scripts,
// and text goes in through textContent only: reply text never becomes markup.
import { currentLanguage, t } from '../i18n/browser';
import { DIMENSIONS, FLAG_THRESHOLD } from '../scorer/types';
import { badgeLabel, band, DIMENSION_NAME, dimensionValue, type BadgeData, type BadgeOptions } from './badge-model';
import { BADGE_ATTRIBUTE, createAnchor, placeAnchor, recheckAnchor, reserveAnchor, unwatchAll } from './badge-place';
import { adoptStyles, BADGE_CSS } from './badge-style';
import { themeAround } from './badge-theme';
import { fillCard } from './card';
import { wireCard, type CardControls } from './card-popover';
import { clearHighlights, highlightEvidence } from './highlight';

export type { BadgeData, BadgeOptions } from './badge-model';

export { BADGE_ATTRIBUTE } from './badge-place';
const BADGE_SELECTOR = `[${BADGE_ATTRIBUTE}="badge"]`;
/** Anchors, and the lines held for replies still being written (not yet badges: tests count badges). */
const ANCHOR_SELECTOR = `[${BADGE_ATTRIBUTE}="anchor"], [${BADGE_ATTRIBUTE}="pending"]`;

interface BadgeParts {
  data: BadgeData;
  /** What the host hangs from at the end of its reply; the reply is the anchor's parent. */
  anchor: HTMLElement;
  wrapper: HTMLElement;
  pill: HTMLElement;
  card: CardControls;
}

const parts = new WeakMap<HTMLElement, BadgeParts>();
/**
 * Set once this tab's script has lost its extension (updated, reloaded or removed while the tab
 * stayed open): the scores shown are still true, but no new reply will be scored until a reload.
 */
let outdated = false;
let options: BadgeOptions = { badgeStyle: 'compact', flagThreshold: FLAG_THRESHOLD, highlightEvidence: false };

function span(className: string, text: string): HTMLSpanElement {
  const node = document.createElement('span');
  node.className = className;
  node.textContent = text;
  return node;
}

function pillContent(data: BadgeData): Node[] {
  const { overall, dimensions } = data.score;
  const dot = span('dot', '');
  dot.setAttribute('aria-hidden', 'true');
  const content: Node[] = [dot, span('label', t('badgeLabel'))];
  if (overall === null) return [...content, span('unsupported', t('badgeUnsupported'))];
  content.push(span('score', String(overall)));
  if (overall >= options.flagThreshold) content.push(span('flag', `⚑ ${t('badgeFlag')}`));
  if (options.badgeStyle === 'detailed') {
    const values = DIMENSIONS.map((d) => `${t(DIMENSION_NAME[d])} ${dimensionValue(dimensions[d])}`);
    content.push(span('dims', `· ${values.join(' · ')}`));
  }
  return content;
}

function render(host: HTMLElement, badge: BadgeParts): void {
  const { score } = badge.data;
  host.setAttribute('data-overall', score.overall === null ? 'unsupported' : String(score.overall));
  host.setAttribute('data-badge-style', options.badgeStyle);
  badge.anchor.setAttribute('data-badge-style', options.badgeStyle);
  badge.wrapper.lang = currentLanguage();
  badge.wrapper.setAttribute('data-band', band(score.overall, options.flagThreshold));
  badge.wrapper.setAttribute('data-theme', themeAround(badge.anchor.parentElement ?? document.body));
  host.toggleAttribute('data-outdated', outdated);
  badge.pill.setAttribute('aria-label', outdated ? `${badgeLabel(score, options.flagThreshold)}. ${t('badgeOutdated')}` : badgeLabel(score, options.flagThreshold));
  if (outdated) badge.pill.title = t('badgeOutdated');
  badge.pill.replaceChildren(...pillContent(badge.data));
  if (options.badgeStyle === 'off') badge.card.close();
}

function syncHighlights(badge: BadgeParts): void {
  const reply = badge.anchor.parentElement;
  const data = badge.data;
  if (!reply) return;
  if (!options.highlightEvidence || data.score.overall === null) return clearHighlights(reply);
  // A dimension that stayed low has only faint signals: marking them would be noise in the text.
  const notable = data.score.evidence.filter((e) => band(data.score.dimensions[e.dimension], options.flagThreshold) !== 'low');
  highlightEvidence(reply, notable, data.replyLength);
}

export function createBadge(data: BadgeData): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute(BADGE_ATTRIBUTE, 'badge');
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, BADGE_CSS, root);
  const wrapper = document.createElement('div');
  wrapper.className = 'badge';
  const pill = document.createElement('button');
  pill.type = 'button';
  pill.className = 'pill';
  pill.setAttribute('aria-expanded', 'false');
  pill.setAttribute('aria-controls', 'card');
  const card = document.createElement('div');
  card.id = 'card';
  card.className = 'card';
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', t('cardLabel'));
  wrapper.append(pill, card);
  root.append(wrapper);
  const badge: BadgeParts = {
    data,
    anchor: createAnchor('unchecked'),
    wrapper,
    pill,
    card: wireCard(root, pill, card, () => fillCard(card, badge.data, options.flagThreshold, outdated)),
  };
  parts.set(host, badge);
  render(host, badge);
  return host;
}

export function updateBadge(host: HTMLElement, data: BadgeData): void {
  const badge = parts.get(host);
  if (!badge) return;
  badge.data = data;
  badge.card.close();
  render(host, badge);
  syncHighlights(badge);
  recheckAnchor(badge.anchor);
}

/**
 * Holds a line for the badge at the end of a reply that is still being written (the reply grows
 * anyway), so the badge takes exactly that box when the reply is scored and nothing below it moves.
 */
export function reserveBadge(reply: Element): void {
  if (options.badgeStyle !== 'off') reserveAnchor(reply);
}

/** Puts the badge at the end of its reply (in its reserved line, or again after a re-render) with current theme and highlights. */
export function attachBadge(reply: Element, host: HTMLElement): void {
  const badge = parts.get(host);
  if (!badge) return;
  badge.anchor = placeAnchor(reply, badge.anchor, host);
  render(host, badge);
  syncHighlights(badge);
}

function badgesOnPage(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(BADGE_SELECTOR)].filter((host) => parts.has(host));
}

/** Applies changed settings to every badge on the page, without a reload. */
export function configureBadges(next: BadgeOptions): void {
  options = { ...next };
  for (const host of badgesOnPage()) {
    const badge = parts.get(host)!;
    if (!badge.anchor.parentElement) continue;
    attachBadge(badge.anchor.parentElement, host);
    // Another style or shown again: the badge may no longer fit where it was.
    recheckAnchor(badge.anchor);
  }
}

/** Re-reads the page's theme (and language) for every badge. */
export function refreshBadges(): void {
  configureBadges(options);
}

/** Says on every badge that new replies are no longer scored here, and how to resume. */
export function markBadgesOutdated(): void {
  outdated = true;
  for (const host of badgesOnPage()) render(host, parts.get(host)!);
}

/**
 * Takes every badge and highlight off the page: the site was paused, or a copy of this script
 * that lost its extension (an update in Firefox, which injects the new one) left its badges behind.
 */
export function removeBadges(): void {
  clearHighlights();
  unwatchAll();
  for (const anchor of document.querySelectorAll(ANCHOR_SELECTOR)) anchor.remove();
}

export function isBadge(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(BADGE_ATTRIBUTE);
}
