"use client";

import { useEffect, useRef, type CSSProperties, type ReactNode } from "react";

/**
 * A chart as a named figure, its figures also in words (`caption`, for those who do not see the
 * bars or lines).
 *
 * Recharts draws each layer of a chart (grid, bars, tooltip …) through a React portal into a <g>
 * of its own, React listens for focus events on every portal's container, and Chromium makes an
 * SVG element with focus listeners a Tab stop: seven empty, unnamed stops per chart, some of them
 * invisible. They are taken out of the Tab order as they appear (the chart draws them once it
 * knows its size, after this component's first render). The chart itself stays one stop, named
 * by its `title`, where the arrow keys move the tooltip.
 */
export function ChartFigure({ label, caption, className, style, children }: { label: string; caption: ReactNode; className: string; style?: CSSProperties; children: ReactNode }) {
  const figure = useRef<HTMLElement>(null);
  useEffect(() => {
    const root = figure.current;
    if (!root) return;
    const untab = () => root.querySelectorAll('g[class*="recharts-zIndex-layer"]:not([tabindex])').forEach((layer) => layer.setAttribute("tabindex", "-1"));
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <figure ref={figure} aria-label={label} className={className} style={style}>
      {children}
      <figcaption className="sr-only">{caption}</figcaption>
    </figure>
  );
}
