import { useMemo } from 'react';
import { Link } from 'wouter';
import { content } from '../../content/content.ts';
import { addMonths } from '../../domain/calendar.ts';
import { recommend } from '../../domain/recommend.ts';
import { decodeLink } from '../../domain/share-link.ts';
import { useAppStore } from '../../state/store.ts';
import { formatDate, today } from '../dates.ts';
import { percent } from '../fit-chart.tsx';
import { headline, wayOf } from '../headline.ts';
import { Page } from '../page.tsx';
import { QrCode } from '../qr-code.tsx';
import { limitLines, reasonLines } from '../reasons.ts';
import { nextSteps } from '../result-view.tsx';
import { shareUrl } from '../share-url.ts';
import { SharedResultPage } from './shared-result-page.tsx';
import { encodeAnswers } from '../../domain/share-link.ts';
import { journeyAnswers, type Journey } from '../../domain/flow.ts';

/** The handout of the user's own result, from the answers saved on this device. */
export function OwnHandoutPage({ journey }: { journey: Journey }) {
  const answers = useAppStore((s) => s.answers);
  return <HandoutPage code={encodeAnswers(content, journey, journeyAnswers(journey, answers))} backHref={`/${journey}/result`} />;
}
import '../share.css';

/*
 * Long results (many statements chosen) would spill onto a second sheet, so the print type
 * steps down with the number of reasons. Measured on US Letter, the shorter of the two sizes:
 * up to 12 reasons fit at the normal size, up to 18 compact, and beyond that (up to every goal statement) dense.
 */
function density(reasons: number): string {
  if (reasons > 18) return ' is-dense';
  if (reasons > 12) return ' is-compact';
  return '';
}

/**
 * A one-page printable handout of a result (A4 or US Letter): the recommendation, the fit, the
 * reasons, the inputs with what is ticked, what to expect, next steps, the date, and the link
 * with its QR code so the paper leads back to the live result.
 */
export function HandoutPage({ code, backHref }: { code: string; backHref: string }) {
  const decoded = useMemo(() => decodeLink(content, code), [code]);
  const ticks = useAppStore((s) => s.ticks);
  const chosenMonths = useAppStore((s) => s.reviewMonths);
  const r = useMemo(() => (decoded.ok ? recommend(content, decoded.shared.answers) : null), [decoded]);
  // A bad link gets the same explanation as on the result page.
  if (!decoded.ok || r === null) return <SharedResultPage code={code} />;

  const months = chosenMonths ?? r.reviewMonths;
  const { title, sentence } = headline(content, r, months, formatDate(addMonths(today(), months)));
  const start = wayOf(content, r.start);
  const url = shareUrl(code);
  const reasons = [...reasonLines(content, r.contributions), ...(r.start !== r.aim ? limitLines(content, r.limits, r.start) : [])];

  return (
    <div className="handout-page">
      <div className="no-print handout-tools">
        <Link href={backHref} className="back-link">
          Back to the result
        </Link>
        <button type="button" className="button" onClick={() => window.print()}>
          Print this handout
        </button>
      </div>
      <article className={`handout${density(reasons.length)}`} aria-label="Handout">
        <header className="handout-header">
          <p className="handout-kicker">
            {content.pages.appName} · {formatDate(today())}
          </p>
          <Page title={title}>
            <p className="handout-sentence">{sentence}</p>
          </Page>
        </header>
        <div className="handout-columns">
          <section>
            <h2>How well each way fits</h2>
            <ul className="handout-fit">
              {r.fit.map((f) => (
                <li key={f.way} className={`way-${f.way}${f.way === r.aim ? ' is-highlight' : ''}`}>
                  <span>{wayOf(content, f.way).name}</span>
                  <span className="handout-bar" aria-hidden="true">
                    <span style={{ width: `${f.fit * 100}%` }} />
                  </span>
                  <span>{percent(f.fit)}</span>
                </li>
              ))}
            </ul>
            <h2>What {start.name.toLowerCase()} takes</h2>
            <ul className="handout-checklist">
              {r.inputs.map((i) => (
                <li key={i.id} className={ticks[i.id] === true ? 'is-ticked' : ''}>
                  <span className="box" aria-hidden="true" />
                  {i.text}
                  {ticks[i.id] === true ? (
                    <span className="tick-state"> (in place)</span>
                  ) : (
                    <span className="visually-hidden"> (still needed)</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>What to expect</h2>
            <ul className="handout-list">
              {start.expect.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
            <h2>Next steps</h2>
            <ul className="handout-list">
              {nextSteps(r, months).map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </section>
        </div>
        <section>
          <h2>Why</h2>
          <ul className="handout-list handout-why">
            {reasons.map((l) => (
              <li key={l.key}>{l.text}</li>
            ))}
          </ul>
        </section>
        <footer className="handout-footer">
          <QrCode text={url} label="QR code of the link to this result" size={104} />
          <div>
            <p>
              <strong>Open the live result, or change the answers:</strong>
            </p>
            <p className="handout-url">{url}</p>
            <p>The link holds the answers, not the ticks. Answers stay on each person's device.</p>
          </div>
        </footer>
      </article>
    </div>
  );
}
