import { content } from '../../../content/content.ts';
import { wayOf } from '../../../content/lookups.ts';
import type { Explanation } from '../../../domain/explain.ts';
import type { Recommendation } from '../../../domain/recommend.ts';
import { Page } from '../../components/page.tsx';
import { QrCode } from '../../components/qr-code.tsx';
import { NameText } from '../../components/name-text.tsx';
import './handout.css';

/*
 * Long results (many reasons) would spill onto a second sheet, so the print type steps down with
 * how much there is to say. Checked by printing to PDF on A4 and US Letter in the browser tests.
 */
function density(lines: number): string {
  if (lines > 16) return ' is-dense';
  if (lines > 11) return ' is-compact';
  return '';
}

/**
 * A one-page printable handout of a result (A4 or US Letter): what to do, why, when to look
 * again, the checklist marked have or need, what to expect, next steps, the date, and the link
 * with its QR code, so the paper leads back to the live result.
 */
export function Handout({
  r,
  words,
  ticks,
  url,
  madeOn,
  services,
}: {
  r: Recommendation;
  words: Explanation;
  ticks: Readonly<Record<string, boolean>>;
  url: string;
  madeOn: string;
  services: { from: string; with: string } | null;
}) {
  const start = wayOf(content, r.start);
  const lines = words.why.length + words.limits.length + words.findOut.length + words.beyond.length + start.inputs.length;
  return (
    <article className={`handout${density(lines)}`} aria-label="Handout">
      <header className="handout-header">
        <p className="handout-kicker">
          {content.pages.appName} · {madeOn}
          {services !== null && (services.from !== '' || services.with !== '') && (
            <>
              {' '}
              · <NameText name={services.from} /> and <NameText name={services.with} />
            </>
          )}
        </p>
        <Page title={words.title}>
          <p className="handout-sentence">{words.review}</p>
        </Page>
      </header>
      <section>
        <h2>Why</h2>
        <ul className="handout-list">
          {[...words.why, ...words.limits, ...(words.closeCall === null ? [] : [words.closeCall]), ...words.beyond].map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </section>
      <div className="handout-columns">
        <section>
          <h2>{words.headings.takes}</h2>
          <ul className="handout-checklist">
            {start.inputs.map((i) => (
              <li key={i.id} className={ticks[i.id] === true ? 'is-have' : ''}>
                <span className="box" aria-hidden="true">
                  {ticks[i.id] === true ? '✓' : ''}
                </span>
                {i.text}
                {'\u00a0'}
                <span className="state-tag">{ticks[i.id] === true ? 'Have' : 'Need'}</span>
              </li>
            ))}
          </ul>
          {words.findOut.length > 0 && (
            <>
              <h2>Find out first</h2>
              <ul className="handout-list">
                {words.findOut.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section>
          <h2>{words.headings.expect}</h2>
          <ul className="handout-list">
            {start.expect.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <h2>Next steps</h2>
          <ul className="handout-list">
            {words.nextSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      </div>
      <footer className="handout-footer">
        <QrCode text={url} label="QR code of the link to this result" size={104} />
        <div>
          <p>
            <strong>Open the live result, or change the answers:</strong>
          </p>
          <p className="handout-url">{url}</p>
          <p>The link holds the answers and ticks. Answers stay on each person's device.</p>
        </div>
      </footer>
    </article>
  );
}
