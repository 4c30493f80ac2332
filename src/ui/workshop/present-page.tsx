import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { content } from '../../content/content.ts';
import { groupSummary, handsSummary } from '../../domain/group.ts';
import { presentationOrder } from '../../domain/order.ts';
import type { Recommendation } from '../../domain/recommend.ts';
import { useAppStore } from '../../state/store.ts';
import { FitChart } from '../fit-chart.tsx';
import { wayOf } from '../headline.ts';
import { QrCode } from '../qr-code.tsx';
import { Spectrum } from '../spectrum.tsx';
import { joinUrl, shortAddress } from './workshop-page.tsx';
import { useParticipants } from './use-participants.ts';
import '../share.css';

type Slide = { title: string; body: ReactNode };

// Four statements fit a 1280 x 720 projector at this type size without scrolling.
const PER_SLIDE = 4;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function ResultSlide({ joint, source }: { joint: Recommendation | null; source: string }) {
  if (joint === null) {
    return <p>No results yet. Gather result links in the group view, or count a show of hands, and the group's result appears here.</p>;
  }
  const aim = wayOf(content, joint.aim);
  const start = wayOf(content, joint.start);
  return (
    <>
      <p className="slide-lead">
        {joint.start === joint.aim
          ? `${source} point to ${aim.name.toLowerCase()}.`
          : `${source} call for ${aim.name.toLowerCase()}. Start with ${start.name.toLowerCase()}, and review in ${joint.reviewMonths} months.`}
      </p>
      <FitChart fit={joint.fit} ways={content.ways} highlight={joint.aim} label="How well each way fits" />
    </>
  );
}

/** Every slide: the spectrum, each way, the statements, the context questions, joining, and a result. */
function useSlides(): Slide[] {
  const participants = useParticipants();
  const hands = useAppStore((s) => s.hands);
  return useMemo(() => {
    const joint =
      participants.length > 0
        ? groupSummary(content, participants).joint
        : hands.people > 0
          ? handsSummary(content, hands, hands.people).joint
          : null;
    const source = participants.length > 0 ? `The group's ${participants.length} results` : 'The show of hands';
    const statementPages = chunk(presentationOrder(content.goals.statements), PER_SLIDE);
    return [
      {
        title: 'Four ways of working together',
        body: (
          <>
            <Spectrum ways={content.ways} low={content.pages.start.spectrumLow} high={content.pages.start.spectrumHigh} />
            <p className="slide-lead">{content.pages.start.noBest}</p>
          </>
        ),
      },
      ...content.ways.map((way) => ({
        title: way.name,
        body: (
          <>
            <p className="slide-lead">{way.definition}</p>
            <h2>It takes</h2>
            <ul>
              {way.inputs.slice(0, 3).map((i) => (
                <li key={i.id}>{i.text}</li>
              ))}
            </ul>
          </>
        ),
      })),
      ...statementPages.map((page, i) => ({
        title: `Which of these sound like your goal? (${i + 1} of ${statementPages.length})`,
        body: (
          <ol className="slide-statements" start={i * PER_SLIDE + 1}>
            {page.map((s) => (
              <li key={s.id}>{s.text}</li>
            ))}
          </ol>
        ),
      })),
      ...content.context.questions.map((q) => ({
        title: q.question,
        body: (
          <ul>
            {q.options.map((o) => (
              <li key={o.id}>{o.label}</li>
            ))}
          </ul>
        ),
      })),
      {
        title: 'Join on your phone',
        body: (
          <div className="slide-join">
            <QrCode text={joinUrl()} label="QR code to open this tool on your phone" size={320} />
            <p className="join-address">{shortAddress()}</p>
          </div>
        ),
      },
      { title: 'Where the group lands', body: <ResultSlide joint={joint} source={source} /> },
    ];
  }, [participants, hands]);
}

/**
 * Presentation mode for a projector: one slide at a time in large, high-contrast type. Arrow keys,
 * Page Up/Down and Space step; Home and End jump; F toggles full screen; Esc leaves. Every action
 * also has a visible button, so nothing depends on hover or on knowing the keys.
 */
export function PresentPage({ slide }: { slide: number }) {
  const slides = useSlides();
  const [, navigate] = useLocation();
  const [fullscreen, setFullscreen] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const index = Math.min(Math.max(slide, 1), slides.length) - 1;
  const current = slides[index];

  const go = useCallback(
    (n: number) => navigate(`/present/${Math.min(Math.max(n, 1), slides.length)}`, { replace: true }),
    [navigate, slides.length],
  );
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement === null) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    else void document.exitFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    stage.current?.focus();
  }, [index]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Buttons keep their own Space and Enter.
      const onButton = e.target instanceof HTMLButtonElement;
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
          go(index + 2);
          break;
        case ' ':
          if (onButton) return;
          go(index + 2);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          go(index);
          break;
        case 'Home':
          go(1);
          break;
        case 'End':
          go(slides.length);
          break;
        case 'f':
        case 'F':
          toggleFullscreen();
          break;
        case 'Escape':
          if (document.fullscreenElement !== null) return; // the browser leaves full screen first
          navigate('/workshop');
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, index, navigate, slides.length, toggleFullscreen]);

  useEffect(() => {
    if (current !== undefined) document.title = `${current.title} – Presentation – ${content.pages.appName}`;
  }, [current]);

  if (current === undefined) return null;
  return (
    <div className="present">
      <div className="slide" ref={stage} tabIndex={-1} aria-roledescription="slide" aria-labelledby="slide-title">
        <h1 id="slide-title">{current.title}</h1>
        {current.body}
      </div>
      <div className="present-bar">
        <button type="button" className="present-button" onClick={() => go(index)} disabled={index === 0}>
          Previous
        </button>
        <p aria-live="polite" className="present-count">
          Slide {index + 1} of {slides.length}
        </p>
        <button type="button" className="present-button" onClick={() => go(index + 2)} disabled={index === slides.length - 1}>
          Next
        </button>
        <button type="button" className="present-button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
          Full screen (F)
        </button>
        <button type="button" className="present-button" onClick={() => navigate('/workshop')}>
          Leave (Esc)
        </button>
      </div>
    </div>
  );
}
