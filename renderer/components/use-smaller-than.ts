import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is narrower than `width` or lower than `height` (either may be left out),
 * kept up to date as it resizes. While hidden (0 × 0) the last answer stands.
 */
export function useSmallerThan(
  ref: RefObject<HTMLElement | null>,
  { width = 0, height = 0 }: { width?: number; height?: number },
): boolean {
  const [small, setSmall] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      const { clientWidth: w, clientHeight: h } = el;
      if (w === 0 || h === 0) return;
      setSmall(w < width || h < height);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, width, height]);
  return small;
}
