import { type ReactNode, useEffect, useRef, useState } from 'react';

interface WhenVisibleProps {
  /** What is waiting, for the placeholder, e.g. "the US daily series". */
  readonly what: string;
  /** Names the placeholder for tests, e.g. `lazy-us-daily`. */
  readonly testId: string;
  /** True renders at once: the panel a link points to. */
  readonly eager?: boolean;
  readonly children: ReactNode;
}

/** Renders its children once the placeholder nears the viewport, so below-the-fold code loads only when needed. */
export function WhenVisible({ what, testId, eager = false, children }: WhenVisibleProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => eager || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (visible || element === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  if (visible) return <>{children}</>;
  return (
    <div ref={ref} className="panel placeholder" data-testid={testId}>
      <p className="status">{what} loads when you scroll here.</p>
    </div>
  );
}
