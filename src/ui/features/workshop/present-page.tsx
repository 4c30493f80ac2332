import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { usePageTitle } from '../../components/page.tsx';
import { useLocation } from 'wouter';
import { content } from '../../../content/content.ts';
import { statementOf } from '../../../content/lookups.ts';
import { groupSummary, handsSummary, type GroupSummary } from '../../../domain/group.ts';
import { useAppStore } from '../../../state/store.ts';
import { NameText } from '../../components/name-text.tsx';
import { QrCode } from '../../components/qr-code.tsx';
import { Spectrum } from '../../components/spectrum.tsx';
import { useHash, useHydrated } from '../../lib/hash.ts';
import { jointWords, SpreadChart } from './group-summary.tsx';
import { joinUrl, useParticipants } from './session.ts';
import { statementPages } from './statement-pages.ts';
import { discussPrompt, joinAddress, spreadNote } from './summary-words.ts';
import './present.css';

type Slide = {
  id: string;
  title: string;
  body: ReactNode;
  way?: string | undefined;
  /** A line above the title, as the phones show above their questions ("Your goals: part 1 of 4"). */
  caption?: string;
  /** A layout of its own: the join slide gives its QR code all the room there is; the joint result is compact. */
  kind?: 'join' | 'joint';
};

function JoinBody() {
  const session = useAppStore((s) => s.facilitating);
  return (
    <div className="slide-join">
      <QrCode text={joinUrl(session)} label="QR code that opens the questions in this workshop" size={480} />
      <div className="slide-join-text">
        <p className="join-address">{joinAddress()}</p>
        {session !== null && session.name !== '' && (
          <p>
            Workshop: <NameText name={session.name} />
          </p>
        )}
        <p>Answer the questions on your phone, then press “Send to the facilitator”.</p>
        {session !== null && session.destination !== '' && (
          <p>
            Results go to: <NameText name={session.destination} />
          </p>
        )}
      </div>
    </div>
  );
}

/** The group's slides: how results spread, the joint result and its close call, and a slide per split. */
function groupSlides(summary: GroupSummary, source: string): Slide[] {
  const joint = summary.joint;
  const words = joint === null ? null : jointWords(joint, summary.journey);
  const note = spreadNote(summary);
  const slides: Slide[] = [];
  if (summary.byWay.length > 0) {
    slides.push({
      id: 'group',
      title: 'Where each of you landed',
      body: <SpreadChart summary={summary} caption={`${source}: where each person's answers point`} />,
    });
  }
  slides.push({
    id: slides.length === 0 ? 'group' : 'joint',
    title: words === null ? 'Where the group lands' : words.title,
    way: joint?.start,
    kind: 'joint',
    body:
      joint === null || words === null ? (
        <p className="slide-lead">
          {summary.missing.length > 0 ? 'Count hands for every question about the situation to see a joint result.' : 'No results yet.'}
        </p>
      ) : (
        <>
          <Spectrum
            ways={content.ways}
            low={content.pages.start.spectrumLow}
            high={content.pages.start.spectrumHigh}
            linked={false}
            marks={{ start: joint.start, aim: joint.aim, startLabel: 'Start here', aimLabel: 'Aim', bothLabel: 'Start and aim here' }}
          />
          {words.closeCall !== null && <p className="slide-note">{words.closeCall}</p>}
          {note !== null && <p>{note}</p>}
          <p className="slide-lead">{words.why.join(' ')}</p>
        </>
      ),
  });
  summary.split.forEach((s, i) => {
    slides.push({
      id: `split-${i + 1}`,
      title: `Where you split (${i + 1} of ${summary.split.length})`,
      body: (
        <>
          <p className="slide-quote">“{statementOf(content, s.id)?.text}”</p>
          <p className="slide-lead">
            Chosen by {s.count} of {s.of}.
          </p>
          <p className="slide-prompt">Discuss: {discussPrompt(s.id)}</p>
        </>
      ),
    });
  });
  return slides;
}

/** Every slide: the spectrum, joining, each way, the statements, the situation questions, and the group. */
function useSlides(): Slide[] {
  const participants = useParticipants();
  const hands = useAppStore((s) => s.hands);
  return useMemo(() => {
    const pages = statementPages(content.goals);
    const { start } = content.pages;
    const slides: Slide[] = [
      {
        id: 'title',
        title: 'Four ways of working together',
        body: (
          <>
            <Spectrum ways={content.ways} low={start.spectrumLow} high={start.spectrumHigh} linked={false} />
            <p className="slide-lead">{start.noBest}</p>
          </>
        ),
      },
      { id: 'join', title: 'Join on your phone', body: <JoinBody />, kind: 'join' },
      ...content.ways.map((way) => ({
        id: `way-${way.id}`,
        title: way.name,
        way: way.id,
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
      // The goals as the phones show them: a theme a slide, under the theme's question, in the same order.
      ...pages.map((page, i): Slide => ({
        id: `goals-${i + 1}`,
        caption: `${content.wording.journeys.goal.picksTitle}: part ${page.part} of ${page.parts}`,
        title: `${page.theme.question}${page.continued ? ' (continued)' : ''}`,
        body: (
          <ol className="slide-statements" start={page.first}>
            {page.statements.map((s) => (
              <li key={s.id}>{s.text}</li>
            ))}
          </ol>
        ),
      })),
      ...content.context.questions.map((q) => ({
        id: `q-${q.id}`,
        title: q.question,
        body: (
          <ul className="slide-options">
            {q.options.map((o) => (
              <li key={o.id}>{o.label}</li>
            ))}
          </ul>
        ),
      })),
    ];
    if (participants.length > 0)
      slides.push(...groupSlides(groupSummary(content, participants), `The group's ${participants.length} results`));
    else if (hands.people > 0) slides.push(...groupSlides(handsSummary(content, hands, hands.people), 'The show of hands'));
    else
      slides.push({
        id: 'group',
        title: 'Where the group lands',
        body: <p className="slide-lead">Collect results or count a show of hands, and the group's slides appear here.</p>,
      });
    return slides;
  }, [participants, hands]);
}

const KEYS: [string, string][] = [
  ['→, Page Down, Space', 'Next slide'],
  ['←, Page Up', 'Previous slide'],
  ['↑, ↓', 'Scroll a long slide'],
  ['Home, End', 'First or last slide'],
  ['J', 'Show or hide how to join'],
  ['F', 'Full screen'],
  ['?', 'Show or hide these keys'],
  ['Esc', 'Close, or leave presentation mode'],
];

/**
 * Presentation mode for a projector: one slide at a time in large type. Arrow keys, Page Up and
 * Down and Space step; Home and End jump; J shows how to join from any slide; F toggles full screen;
 * ? lists the keys; Esc leaves. Every action has a visible button too. In full screen the buttons
 * hide until the mouse moves or a key is pressed. A slide too long for a small screen can be
 * focused and scrolled with the keyboard.
 */
export function PresentPage() {
  return useHydrated() ? <Presentation /> : <PresentFrame />;
}

/** The slides' frame until they can be drawn from what is saved on this device. */
function PresentFrame() {
  usePageTitle('Slides');
  return <div className="present" />;
}

function Presentation() {
  const slides = useSlides();
  const hash = useHash();
  const [, navigate] = useLocation();
  const [fullscreen, setFullscreen] = useState(false);
  const [controls, setControls] = useState(true);
  const [help, setHelp] = useState(false);
  const [join, setJoin] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const byId = slides.findIndex((s) => s.id === hash);
  const index = byId >= 0 ? byId : Math.min(Math.max(Number.parseInt(hash, 10) || 1, 1), slides.length) - 1;
  const current = slides[index];

  const go = useCallback(
    (n: number) => navigate(`/present/#${Math.min(Math.max(n, 1), slides.length)}`, { replace: true }),
    [navigate, slides.length],
  );
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement === null) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    else void document.exitFullscreen().catch(() => undefined);
  }, []);

  // In full screen the controls step aside; any movement or key brings them back for a while.
  const wake = useCallback(() => {
    setControls(true);
    clearTimeout(hideTimer.current);
    if (document.fullscreenElement !== null) hideTimer.current = setTimeout(() => setControls(false), 3000);
  }, []);

  useEffect(() => {
    const onChange = () => {
      setFullscreen(document.fullscreenElement !== null);
      wake();
    };
    document.addEventListener('fullscreenchange', onChange);
    document.addEventListener('mousemove', wake);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.removeEventListener('mousemove', wake);
      clearTimeout(hideTimer.current);
    };
  }, [wake]);

  useEffect(() => {
    stage.current?.focus();
    stage.current?.scrollTo?.(0, 0);
  }, [index]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      wake();
      // Buttons keep their own Space and Enter.
      const onButton = e.target instanceof HTMLButtonElement;
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          go(index + 2);
          break;
        case ' ':
          if (onButton) return;
          go(index + 2);
          break;
        case 'ArrowLeft':
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
        case 'j':
        case 'J':
          setJoin((v) => !v);
          break;
        case '?':
          setHelp((v) => !v);
          break;
        case 'Escape':
          if (help || join) {
            setHelp(false);
            setJoin(false);
            break;
          }
          if (document.fullscreenElement !== null) return; // the browser leaves full screen first
          navigate('/workshop/');
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, index, navigate, slides.length, toggleFullscreen, wake, help, join]);

  useEffect(() => {
    if (current !== undefined) document.title = `${current.title} – Presentation – ${content.pages.appName}`;
  }, [current]);

  if (current === undefined) return null;
  return (
    <div className={`present${fullscreen ? ' is-fullscreen' : ''}${controls ? '' : ' controls-hidden'}`}>
      <div
        className={`slide${current.way !== undefined ? ` way-${current.way}` : ''}${current.kind === undefined ? '' : ` slide-${current.kind}-page`}`}
        ref={stage}
        tabIndex={0}
        role="region"
        aria-roledescription="slide"
        aria-labelledby="slide-title"
      >
        {current.caption !== undefined && <p className="slide-caption">{current.caption}</p>}
        <h1 id="slide-title">{current.title}</h1>
        {current.body}
      </div>
      {join && (
        <div className="overlay" role="dialog" aria-modal="false" aria-labelledby="join-overlay-title">
          <h2 id="join-overlay-title">Join on your phone</h2>
          <JoinBody />
          <button type="button" className="present-button" onClick={() => setJoin(false)}>
            Close (J)
          </button>
        </div>
      )}
      {help && (
        <div className="overlay" role="dialog" aria-modal="false" aria-labelledby="help-title">
          <h2 id="help-title">Keys</h2>
          <dl className="keys">
            {KEYS.map(([k, what]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="present-button" onClick={() => setHelp(false)}>
            Close (?)
          </button>
        </div>
      )}
      <div className="present-bar" aria-label="Presentation controls" role="toolbar">
        <button type="button" className="present-button" onClick={() => go(index)} disabled={index === 0}>
          Previous
        </button>
        <p aria-live="polite" className="present-count">
          Slide {index + 1} of {slides.length}
        </p>
        <button type="button" className="present-button" onClick={() => go(index + 2)} disabled={index === slides.length - 1}>
          Next
        </button>
        <button type="button" className="present-button" aria-pressed={join} onClick={() => setJoin((v) => !v)}>
          Join (J)
        </button>
        <button type="button" className="present-button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
          Full screen (F)
        </button>
        <button type="button" className="present-button" aria-pressed={help} onClick={() => setHelp((v) => !v)}>
          Keys (?)
        </button>
        <button type="button" className="present-button" onClick={() => navigate('/workshop/')}>
          Leave (Esc)
        </button>
      </div>
    </div>
  );
}
