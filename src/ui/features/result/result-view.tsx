import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { content } from '../../../content/content.ts';
import { wayOf } from '../../../content/lookups.ts';
import { fill, type Explanation } from '../../../domain/explain.ts';
import type { Recommendation } from '../../../domain/recommend.ts';
import { usePageTitle } from '../../components/page.tsx';
import { Spectrum } from '../../components/spectrum.tsx';
import { InputsChecklist } from './inputs-checklist.tsx';

/** In-page links that work with and without JavaScript: the page's address, then the section's id. */
export function SectionLink({ path, id, children }: { path: string; id: string; children: ReactNode }) {
  return (
    <a
      href={`${path.replace(/^\//, '')}#${id}`}
      onClick={(e) => {
        e.preventDefault();
        const target = document.getElementById(id);
        if (target instanceof HTMLDetailsElement) target.open = true;
        target?.focus();
        target?.scrollIntoView({ block: 'start' });
      }}
    >
      {children}
    </a>
  );
}

/**
 * The first phone screen of a result: what to do, where to aim, when to look again, one
 * paragraph of why, and how many things it takes, with a link down to them. Close calls and
 * contradictions are one plain sentence each, never a competing box.
 */
export function ResultSummary({
  r,
  words,
  path,
  ticks,
  actions,
}: {
  r: Recommendation;
  words: Explanation;
  /** This page's address, for the link down to what it takes. */
  path: string;
  ticks: Readonly<Record<string, boolean>>;
  /** The share and print actions, placed right under the summary. */
  actions: ReactNode;
}) {
  const start = wayOf(content, r.start);
  const aim = wayOf(content, r.aim);
  const labels = content.wording.labels;
  const have = start.inputs.filter((i) => ticks[i.id] === true).length;
  return (
    <>
      <dl className="result-summary">
        <div className={`result-fact way-${start.id}`}>
          <dt>{r.start === r.aim ? labels.wayToWork : labels.startNow}</dt>
          <dd>
            <strong>{start.name}</strong>
          </dd>
        </div>
        {r.start !== r.aim && (
          <div className={`result-fact way-${aim.id}`}>
            <dt>{labels.aimFor}</dt>
            <dd>
              <strong>{aim.name}</strong>
            </dd>
          </div>
        )}
        <div className="result-fact">
          <dt>{labels.lookAgain}</dt>
          <dd>{words.reviewShort}</dd>
        </div>
        <div className="result-fact">
          <dt>{labels.takes}</dt>
          <dd>
            {words.headings.takesCount(start.inputs.length, have)}{' '}
            <SectionLink path={path} id="takes">
              {words.headings.seeTakes}
            </SectionLink>
          </dd>
        </div>
        <div className="result-fact">
          <dt>{labels.why}</dt>
          <dd>
            {words.whyShort}{' '}
            <SectionLink path={path} id="why">
              {labels.moreWhy}
            </SectionLink>
          </dd>
        </div>
      </dl>
      {[words.closeCall, ...words.beyond].map((sentence) =>
        sentence === null ? null : (
          <p key={sentence} className="result-note">
            {sentence}
          </p>
        ),
      )}
      {actions}
    </>
  );
}

/**
 * Everything below the first screen: the spectrum with "start here" and "aim" marks, one
 * checklist of what the way takes, what to find out first, why (in full) and how it was worked
 * out (both folded away), what to expect, and the ways either side.
 */
export function ResultDetails({
  r,
  words,
  ticks,
  onTick,
  children,
}: {
  r: Recommendation;
  words: Explanation;
  ticks: Readonly<Record<string, boolean>>;
  /** Ticking is for the person's own result; a shared result shows the sender's ticks. */
  onTick?: ((inputId: string, ticked: boolean) => void) | undefined;
  /** Next steps particular to the page: readiness, a plan, a reminder. */
  children?: ReactNode;
}) {
  const start = wayOf(content, r.start);
  const aim = wayOf(content, r.aim);
  const staged = r.start !== r.aim;
  const index = content.ways.findIndex((w) => w.id === start.id);
  const lighter = content.ways[index - 1];
  const deeper = content.ways[index + 1];
  const { start: startText } = content.pages;
  const { labels, headings } = content.wording;
  return (
    <>
      <Spectrum
        ways={content.ways}
        low={startText.spectrumLow}
        high={startText.spectrumHigh}
        marks={{ start: r.start, aim: r.aim, startLabel: labels.startHere, aimLabel: labels.aimHere, bothLabel: labels.bothHere }}
        caption={words.headings.spectrum}
        captionHidden
      />

      <InputsChecklist way={start} heading={words.headings.takes} ticks={ticks} onTick={onTick} />
      {words.several !== null && <p className="result-note">{words.several}</p>}

      {words.findOut.length > 0 && (
        <section aria-labelledby="find-out">
          <h2 id="find-out">Find out first</h2>
          <ul>
            {words.findOut.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
      )}

      <details className="disclosure" id="why" tabIndex={-1}>
        <summary>{words.headings.why}</summary>
        {words.why.map((w) => (
          <p key={w}>{w}</p>
        ))}
        {words.limits.length > 0 && (
          <>
            <h3>{headings.holding}</h3>
            <ul>
              {words.limits.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </>
        )}
        {staged && (
          <>
            <h3>{words.headings.reach}</h3>
            <ul>
              {aim.inputs.map((i) => (
                <li key={i.id}>{i.text}</li>
              ))}
            </ul>
          </>
        )}
      </details>

      <details className="disclosure">
        <summary>How this was worked out</summary>
        <p>{words.workings.intro}</p>
        <ul>
          {[...words.workings.picks, ...words.workings.context].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>{words.workings.note}</p>
        <p>
          <Link href="/about/">How the suggestion is worked out, in full</Link>
        </p>
      </details>

      <h2>{words.headings.expect}</h2>
      <ul>
        {start.expect.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <details className="disclosure">
        <summary>{fill(headings.example, { text: start.example.title })}</summary>
        <p>{start.example.text}</p>
      </details>

      <h2>Next steps</h2>
      <ul>
        {words.nextSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {children}
      <details className="disclosure">
        <summary>{words.headings.either}</summary>
        {lighter !== undefined && start.toLighter !== undefined && (
          <p>
            <strong>{fill(headings.lighter, { way: lighter.term })}</strong> {start.toLighter}{' '}
            <Link href={`/ways/${lighter.id}/`}>About {lighter.term}</Link>
          </p>
        )}
        {deeper !== undefined && start.toDeeper !== undefined && (
          <p>
            <strong>{fill(headings.deeper, { way: deeper.term })}</strong> {start.toDeeper}{' '}
            <Link href={`/ways/${deeper.id}/`}>About {deeper.term}</Link>
          </p>
        )}
        <p>
          <Link href="/compare/">Compare all four ways</Link>
        </p>
      </details>
    </>
  );
}

/** Where the result page's content goes until it can be worked out in the browser: the frame, already in place, under the page's title. */
export function ResultSkeleton({ title }: { title: string }) {
  usePageTitle(title);
  return (
    <div className="result-skeleton" aria-busy="true">
      <p className="visually-hidden">Working out the suggestion…</p>
      <div className="skeleton-heading" />
      <div className="skeleton-block" />
    </div>
  );
}
