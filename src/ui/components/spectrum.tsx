import { Link } from 'wouter';
import type { Way } from '../content/schema.ts';

/**
 * The four ways drawn as one rising spectrum: each step is taller than the last, from less
 * to more commitment and risk. Each step links to that way's page.
 */
export function Spectrum({ ways, low, high }: { ways: readonly Way[]; low: string; high: string }) {
  return (
    <figure className="spectrum" aria-labelledby="spectrum-caption">
      <figcaption id="spectrum-caption" className="spectrum-axis">
        <span>{low}</span>
        <span aria-hidden="true" className="spectrum-arrow" />
        <span>{high}</span>
      </figcaption>
      <ol className="spectrum-steps">
        {ways.map((way, i) => (
          <li key={way.id} className={`spectrum-step way-${way.id}`} style={{ '--level': i + 1 } as React.CSSProperties}>
            <span className="spectrum-bar" aria-hidden="true" />
            <Link href={`/ways/${way.id}`} className="spectrum-name">
              {way.name}
            </Link>
            <span className="spectrum-tagline">{way.tagline}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
