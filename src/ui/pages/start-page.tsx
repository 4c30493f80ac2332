import { Link } from 'wouter';
import { content } from '../../content/content.ts';
import { useHasAnswers } from '../../state/selectors.ts';
import { Page } from '../page.tsx';
import { Spectrum } from '../spectrum.tsx';

const HREFS: Record<string, string | null> = {
  goal: '/goal/goals',
  outputs: '/outputs/outputs',
  explore: '/ways',
  review: '/review/current',
  workshop: '/workshop',
};

export function StartPage() {
  const { start } = content.pages;
  const hasAnswers = useHasAnswers();
  return (
    <Page title={start.title} lead={start.lead}>
      <Spectrum ways={content.ways} low={start.spectrumLow} high={start.spectrumHigh} />
      <p className="callout">{start.noBest}</p>
      <h2>{start.waysInHeading}</h2>
      <ul className="cards">
        {start.waysIn.map((w) => {
          const href = HREFS[w.id] ?? null;
          return (
            <li key={w.id} className={`card${href === null ? ' is-disabled' : ''}`}>
              <h3>
                {href === null ? (
                  w.title
                ) : (
                  <Link href={href} className="card-link">
                    {w.title}
                  </Link>
                )}
              </h3>
              <p>{w.text}</p>
              {href === null && <p className="tag">{start.comingSoon}</p>}
            </li>
          );
        })}
      </ul>
      {hasAnswers && (
        <p>
          You have answers saved on this device. <Link href="/goal/check">Check your goal answers</Link> or{' '}
          <Link href="/outputs/check">check your results answers</Link>.
        </p>
      )}
    </Page>
  );
}
