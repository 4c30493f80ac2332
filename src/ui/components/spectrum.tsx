import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { SpectrumWay, WayId } from '../../content/schema.ts';

type Props = {
  ways: readonly SpectrumWay[];
  low: string;
  high: string;
  /** Each way's name links to its page (on slides, names are plain text). */
  linked?: boolean;
  /** Marks for a result: where to start, and where to aim when that is deeper. */
  marks?: { start: WayId; aim: WayId; startLabel: string; aimLabel: string; bothLabel: string };
  caption?: ReactNode;
  /** Keep the caption for screen readers only, when the page already says it in a heading. */
  captionHidden?: boolean;
};

/**
 * The four ways drawn as one rising spectrum: each step is taller than the last, from less to
 * more commitment and risk. Heights come from classes, not style attributes, so the static HTML
 * passes the Content Security Policy. Every step has a border and a number, and the marks are
 * words, so the picture keeps its meaning in forced colours and in print.
 */
export function Spectrum({ ways, low, high, linked = true, marks, caption, captionHidden = false }: Props) {
  return (
    <figure className={`spectrum${marks !== undefined ? ' has-marks' : ''}`}>
      {caption !== undefined && <figcaption className={captionHidden ? 'visually-hidden' : 'spectrum-caption'}>{caption}</figcaption>}
      <p className="spectrum-axis" aria-hidden={caption === undefined ? undefined : true}>
        <span>{low}</span>
        <span className="spectrum-arrow" aria-hidden="true" />
        <span>{high}</span>
      </p>
      <ol className="spectrum-steps">
        {ways.map((way, i) => {
          const mark =
            marks === undefined
              ? null
              : marks.start === way.id && marks.aim === way.id
                ? marks.bothLabel
                : marks.start === way.id
                  ? marks.startLabel
                  : marks.aim === way.id
                    ? marks.aimLabel
                    : null;
          return (
            <li key={way.id} className={`spectrum-step level-${i + 1} way-${way.id}${mark !== null ? ' is-marked' : ''}`}>
              <span className="spectrum-bar" aria-hidden="true">
                <span className="spectrum-number">{i + 1}</span>
              </span>
              {linked ? (
                <Link href={`/ways/${way.id}/`} className="spectrum-name">
                  {way.name}
                </Link>
              ) : (
                <span className="spectrum-name">{way.name}</span>
              )}
              <span className="spectrum-tagline">{way.tagline}</span>
              {mark !== null && <strong className="spectrum-mark">{mark}</strong>}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
