/**
 * Scrolls a linked panel into view once it has drawn (its heading is there and nothing in its section is loading),
 * the way a link to a part of a page should open; stops early if the reader scrolls first. Returns a stop function.
 */
export function scrollToPanelWhenReady(headingId: string, timeoutMs = 60_000): () => void {
  let done = false;
  const ready = () => {
    const heading = document.getElementById(headingId);
    const section = heading?.closest('section');
    if (heading === null || section == null) return false;
    return section.querySelector('[role="status"].status') === null;
  };
  const stop = () => {
    done = true;
    observer.disconnect();
    window.removeEventListener('wheel', stop);
    window.removeEventListener('touchmove', stop);
    window.removeEventListener('keydown', stop);
    clearTimeout(timer);
  };
  const attempt = () => {
    if (done || !ready()) return;
    document.getElementById(headingId)?.scrollIntoView({ block: 'start' });
    stop();
  };
  const observer = new MutationObserver(attempt);
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('wheel', stop, { passive: true });
  window.addEventListener('touchmove', stop, { passive: true });
  window.addEventListener('keydown', stop);
  const timer = setTimeout(stop, timeoutMs);
  attempt();
  return stop;
}
