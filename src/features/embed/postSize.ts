/** The message an embed sends its host page when its height changes: AMP's, and this project's own with its id. */
export function postSize(height: number, id: string | null): void {
  if (window.parent === window) return;
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  window.parent.postMessage({ type: 'backlash:embed-size', id, height }, '*');
}

/** Posts the document's height now and on every change; returns a function that stops. */
export function watchSize(id: string | null): () => void {
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) postSize((last = height), id);
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.documentElement);
  post();
  return () => observer.disconnect();
}
