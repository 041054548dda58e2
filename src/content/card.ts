import { t } from '../i18n/browser';
import { clip, previousAnswerQuotes } from '../display/quotes';
import { AGREEMENT_NEUTRAL, DIMENSIONS, inReply, loweredScore, raisedScore, type Dimension, type Evidence } from '../scorer/types';
import { band, DIMENSION_NAME, dimensionValue, verdict, type BadgeData } from './badge-model';

/** Evidence lines listed in the card; the rest are still highlighted inline. */
const MAX_PHRASES = 8;
/** Phrases where the reply pushed back: a few say why agreement is low; they are never highlighted. */
const MAX_PUSHED_BACK = 3;
/** The user turn is quoted only this far: enough to recognise it. */
const MAX_QUOTE = 240;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function title(data: BadgeData, threshold: number): HTMLElement {
  const { overall, language } = data.score;
  if (overall === null) return el('p', 'title', t('cardUnsupported', language));
  const heading = el('p', 'title', `${t('cardTitle', overall)} `);
  heading.append(el('span', 'verdict', `· ${verdict(overall, threshold)}`));
  return heading;
}

function bars(data: BadgeData, threshold: number): HTMLElement {
  const list = el('ul', 'bars');
  for (const dimension of DIMENSIONS) {
    const value = data.score.dimensions[dimension];
    const item = el('li', '');
    item.setAttribute('data-band', band(value, threshold));
    const bar = el('span', 'bar');
    bar.setAttribute('aria-hidden', 'true');
    const fill = el('span', 'fill');
    fill.style.display = 'block';
    fill.style.width = `${value ?? 0}%`;
    bar.append(fill);
    item.append(el('span', 'name', t(DIMENSION_NAME[dimension])), bar, el('span', 'value', dimensionValue(value)));
    list.append(item);
  }
  return list;
}

type Line = { dimension: Dimension; text: string };

/**
 * One line per phrase of the reply in display order, strongest first; a phrase inside a longer
 * one of the same dimension is dropped, and emoji share one line (a row of single characters says
 * nothing more). Then what the reply dropped from its previous answer, in that answer's order:
 * a capitulation's score can come from that alone, and it has no phrase in the reply.
 */
function phraseLines(evidence: Evidence[]): Line[] {
  const dropped = previousAnswerQuotes(evidence).map(({ dimension, text }) => ({ dimension, text: t('evidenceFromPrevious', text) }));
  return [...replyLines(evidence.filter(raisedScore)).slice(0, MAX_PHRASES - dropped.length), ...dropped];
}

/** The reply's own phrases among `spans`, one line each as phraseLines describes; strongest (largest |weight|) first. */
function replyLines(spans: Evidence[]): Line[] {
  const lines: Line[] = [];
  for (const dimension of DIMENSIONS) {
    const texts = spans
      .filter((e) => e.dimension === dimension && inReply(e))
      .sort((a, b) => Math.abs(b.weight ?? 0) - Math.abs(a.weight ?? 0))
      .map((e) => e.text.trim())
      .filter((text, i, all) => text && all.indexOf(text) === i);
    const kept = texts.filter((text) => !texts.some((other) => other !== text && other.toLowerCase().includes(text.toLowerCase())));
    if (dimension === 'emoji' && kept.length) lines.push({ dimension, text: kept.join(' ') });
    else lines.push(...kept.map((text) => ({ dimension, text: `“${text}”` })));
  }
  return lines;
}

function evidenceList(data: BadgeData): HTMLElement[] {
  const lines = phraseLines(data.score.evidence);
  if (lines.length === 0) return [el('p', 'foot', t('cardNoEvidence'))];
  const list = el('ul', 'evidence');
  for (const line of lines) {
    const item = el('li', '');
    item.append(el('span', 'tag', t(DIMENSION_NAME[line.dimension])), el('span', 'phrase', line.text));
    list.append(item);
  }
  return [el('p', 'section', t('cardEvidence')), list];
}

/**
 * Where the reply pushed back (weighed both sides, sided with the other party, held its earlier
 * answer): what lowered agreement, under a heading of its own and apart from the list above, so
 * it is never read as sycophancy. Nothing when there is none (every row stored before 1.13.0).
 */
function pushedBackList(data: BadgeData): HTMLElement[] {
  const lines = replyLines(data.score.evidence.filter(loweredScore)).slice(0, MAX_PUSHED_BACK);
  if (lines.length === 0) return [];
  const list = el('ul', 'pushed-back');
  for (const line of lines) list.append(el('li', '', line.text));
  return [el('p', 'section', t('cardPushedBack')), list];
}

/** For agreement, the user's claim or pushback the reply answered. */
function answered(data: BadgeData): HTMLElement[] {
  const agreement = data.score.dimensions.agreement ?? 0;
  const text = data.userText?.trim();
  if (!text || (!data.score.capitulation && agreement <= AGREEMENT_NEUTRAL)) return [];
  return [el('p', 'section', t(data.score.capitulation ? 'cardPushback' : 'cardUserClaim')), el('blockquote', 'quote', clip(text, MAX_QUOTE))];
}

/** Rebuilds the card's content. Built only when the card opens: hundreds of badges stay light. */
export function fillCard(card: HTMLElement, data: BadgeData, threshold: number, outdated = false): void {
  const parts: Node[] = [title(data, threshold)];
  if (outdated) parts.push(el('p', 'outdated', t('badgeOutdated')));
  if (data.score.overall !== null) parts.push(bars(data, threshold), ...evidenceList(data), ...pushedBackList(data), ...answered(data));
  parts.push(el('p', 'foot', data.score.overall === null ? t('cardLocal') : `${t('cardThreshold', threshold)} ${t('cardLocal')}`));
  card.replaceChildren(...parts);
}
