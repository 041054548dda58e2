// Opens the badge's card on hover or keyboard focus and keeps it usable: Enter, Space or ↓ move
// focus into it, Escape closes it and gives focus back to the badge, leaving with mouse or focus
// closes it. The card is a popover, so it sits in the top layer: never clipped by the reply's
// overflow, never pushing the page's layout.

const OPEN_DELAY_MS = 120;
/** Long enough to move the pointer from the badge onto the card. */
const CLOSE_DELAY_MS = 250;
const MARGIN = 8;
const GAP = 6;
const MAX_WIDTH = 340;
/** A card squeezed below this scrolls rather than shrinking further. */
const MIN_HEIGHT = 120;

export interface CardControls {
  isOpen(): boolean;
  close(): void;
}

function supportsPopover(card: HTMLElement): boolean {
  return typeof card.showPopover === 'function';
}

export function wireCard(root: ShadowRoot, pill: HTMLElement, card: HTMLElement, fill: () => void): CardControls {
  const popover = supportsPopover(card);
  if (popover) card.popover = 'manual';
  else card.hidden = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hovering = false;
  /** Focus given back by Escape must not reopen the card it just closed. */
  let returningFocus = false;

  const isOpen = () => (popover ? card.matches(':popover-open') : !card.hidden);
  const focusInside = () => root.activeElement === pill || card.contains(root.activeElement);

  // Below the badge when it fits, else on the roomier side, scrolling inside when neither fits.
  // Measured in viewport pixels; a page that sets CSS `zoom` scales the card's own pixels, so its
  // size limits and offsets are divided by that zoom.
  const place = () => {
    if (!pill.isConnected) return close(false);
    const zoom = (card as { currentCSSZoom?: number }).currentCSSZoom || 1;
    const anchor = pill.getBoundingClientRect();
    const below = innerHeight - anchor.bottom - GAP - MARGIN;
    const above = anchor.top - GAP - MARGIN;
    card.style.maxWidth = `${Math.min(MAX_WIDTH, innerWidth - 2 * MARGIN) / zoom}px`;
    card.style.maxHeight = 'none';
    const natural = card.getBoundingClientRect().height;
    const downward = natural <= below || below >= above;
    const height = Math.min(natural, Math.max(downward ? below : above, MIN_HEIGHT));
    card.style.maxHeight = `${height / zoom}px`;
    const top = downward ? anchor.bottom + GAP : anchor.top - GAP - height;
    const left = Math.max(MARGIN, Math.min(anchor.left, innerWidth - card.getBoundingClientRect().width - MARGIN));
    card.style.top = `${Math.round(top / zoom)}px`;
    card.style.left = `${Math.round(left / zoom)}px`;
  };

  function open(focusCard: boolean): void {
    clearTimeout(timer);
    if (!isOpen()) {
      fill();
      if (popover) card.showPopover();
      else card.hidden = false;
      pill.setAttribute('aria-expanded', 'true');
      card.tabIndex = 0;
      place();
      addEventListener('scroll', place, { capture: true, passive: true });
      addEventListener('resize', place, { passive: true });
    }
    if (focusCard) card.focus();
  }

  function close(returnFocus: boolean): void {
    clearTimeout(timer);
    removeEventListener('scroll', place, { capture: true });
    removeEventListener('resize', place);
    pill.setAttribute('aria-expanded', 'false');
    card.tabIndex = -1;
    if (isOpen()) {
      if (popover) card.hidePopover();
      else card.hidden = true;
    }
    if (returnFocus) {
      returningFocus = true;
      pill.focus();
      returningFocus = false;
    }
  }

  const later = (action: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
  const closeIfLeft = () => {
    if (!hovering && !focusInside()) close(false);
  };

  for (const target of [pill, card]) {
    target.addEventListener('mouseenter', () => {
      hovering = true;
      if (target === pill) later(() => open(false), OPEN_DELAY_MS);
      else clearTimeout(timer);
    });
    target.addEventListener('mouseleave', () => {
      hovering = false;
      later(closeIfLeft, CLOSE_DELAY_MS);
    });
    // relatedTarget is the element gaining focus; staying between badge and card keeps it open.
    target.addEventListener('focusout', (event) => {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (next !== pill && !(next && card.contains(next)) && !hovering) close(false);
    });
  }
  pill.addEventListener('focus', () => {
    if (!returningFocus) open(false);
  });
  pill.addEventListener('click', () => open(false));
  pill.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') {
      // Ours alone: chat sites listen on the document to send, scroll or focus their composer.
      event.preventDefault();
      event.stopPropagation();
      open(true);
    }
  });
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape' || !isOpen()) return;
    // The site's own Escape handling (stop generating, close its dialogs) must not also fire.
    event.preventDefault();
    event.stopPropagation();
    close(true);
  });

  return { isOpen, close: () => close(false) };
}
