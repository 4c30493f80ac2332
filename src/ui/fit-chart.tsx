import { useId } from 'react';
import type { Way, WayId } from '../content/schema.ts';
import type { WayFit } from '../domain/recommend.ts';

/** Whole percentages for display. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/**
 * How strongly the answers point to each way, across the whole spectrum, as a percentage of the
 * best fit. A list of labelled bars, so the figures are read out and printed, not only drawn.
 */
export function FitChart({
  fit,
  ways,
  highlight,
  label,
}: {
  fit: readonly WayFit[];
  ways: readonly Way[];
  highlight: WayId;
  label: string;
}) {
  const id = useId();
  return (
    <figure className="fit" aria-labelledby={id}>
      <figcaption className="fit-caption" id={id}>
        {label}
      </figcaption>
      <ul className="fit-list">
        {fit.map((f) => {
          const way = ways.find((w) => w.id === f.way);
          return (
            <li key={f.way} className={`fit-row way-${f.way}${f.way === highlight ? ' is-highlight' : ''}`}>
              <span className="fit-name">{way?.name ?? f.way}</span>
              <span className="fit-track" aria-hidden="true">
                <span className="fit-bar" style={{ width: `${Math.max(f.fit * 100, f.fit > 0 ? 2 : 0)}%` }} />
              </span>
              <span className="fit-value">{percent(f.fit)}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
