import { Link } from 'wouter';
import { content } from '../../content/content.ts';
import { Page } from '../page.tsx';
import { Spectrum } from '../spectrum.tsx';

export function ExplorePage() {
  const { explore, start } = content.pages;
  return (
    <Page title={explore.title} lead={explore.lead}>
      <Spectrum ways={content.ways} low={start.spectrumLow} high={start.spectrumHigh} />
      <p className="callout">{start.noBest}</p>
      <ul className="cards">
        {content.ways.map((way) => (
          <li key={way.id} className={`card way-${way.id}`}>
            <h2>
              <Link href={`/ways/${way.id}`} className="card-link">
                {way.name}
              </Link>
            </h2>
            <p>{way.definition}</p>
          </li>
        ))}
      </ul>
      <ul className="link-list">
        <li>
          <Link href="/compare">{explore.compareTitle}</Link>
        </li>
        <li>
          <Link href="/principles">What helps services work together: principles, challenges and benefits</Link>
        </li>
      </ul>
    </Page>
  );
}
