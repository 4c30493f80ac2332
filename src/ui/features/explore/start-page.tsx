import { Link } from 'wouter';
import pages from 'virtual:content/start';
import spectrum from 'virtual:content/spectrum';
import { Page } from '../../components/page.tsx';
import { Spectrum } from '../../components/spectrum.tsx';
import { useHydrated } from '../../lib/hash.ts';
import { hasSavedAnswers } from '../../lib/saved.ts';

const MORE_HREFS = { explore: '/ways/', review: '/review/current/', workshop: '/workshop/' } as const;

/**
 * The GOV.UK start-page pattern: what the tool does in a sentence or two, one "Start now" above
 * the fold on a phone, then the spectrum, then everything else as plain links. It is built as
 * static HTML, so it paints before any script runs.
 */
export function StartPage() {
  const { start } = pages;
  const hydrated = useHydrated();
  return (
    <Page title={start.title} lead={start.lead}>
      <p className="start-actions">
        <Link href="/begin/" className="button button-start" draggable={false}>
          {start.startButton}
          <svg className="button-start-icon" aria-hidden="true" focusable="false" width="17.5" height="19" viewBox="0 0 33 40">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </Link>
      </p>
      <p className="hint">{start.timeNote}</p>
      <h2>{start.spectrumHeading}</h2>
      <Spectrum ways={spectrum} low={start.spectrumLow} high={start.spectrumHigh} />
      <p>{start.noBest}</p>
      <h2>{start.moreHeading}</h2>
      <ul className="link-list">
        {/* Shown only once the page runs, at the end of the page, so it never moves what is already on screen. */}
        {hydrated && hasSavedAnswers() && (
          <li>
            {start.resume} <Link href="/resume/">{start.resumeLink}</Link>
          </li>
        )}
        {start.more.map((m) => (
          <li key={m.id}>
            <Link href={MORE_HREFS[m.id]}>{m.title}</Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
