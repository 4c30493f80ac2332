import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { content } from '../../../content/content.ts';
import {
  addParticipants,
  addResults,
  findResultCodes,
  groupSummary,
  handsSummary,
  MAX_PARTICIPANTS,
  type AddReport,
  type GroupSummary,
  type Participant,
} from '../../../domain/group.ts';
import { linkProblemText } from '../../../domain/explain.ts';
import { decodeGroup, encodeGroup, MAX_GROUP_LINK, MAX_SESSION_NAME } from '../../../domain/links/group-link.ts';
import { decodeHands, encodeHands, MAX_ROOM } from '../../../domain/links/hands-link.ts';
import { encodeResult } from '../../../domain/links/result-link.ts';
import { decodeSession, MAX_DESTINATION, MAX_WORKSHOP_NAME } from '../../../domain/links/session-link.ts';
import { useAppStore, type Facilitating, type HandsState, type NamedCode } from '../../../state/store.ts';
import { ConfirmedAction } from '../../components/confirmed-action.tsx';
import { DrawnNext } from '../../components/drawn-next.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { LinkProblemPage } from '../../components/link-problem.tsx';
import { NameText } from '../../components/name-text.tsx';
import { Page, usePageFocus } from '../../components/page.tsx';
import { QrCode } from '../../components/qr-code.tsx';
import { SharePanel } from '../../components/share-panel.tsx';
import { formatDate, today } from '../../lib/dates.ts';
import { download, readTextFile } from '../../lib/download.ts';
import { useHash, useHydrated } from '../../lib/hash.ts';
import { linkUrl } from '../../lib/urls.ts';
import { replaceAsk } from '../../lib/replace-ask.ts';
import { GroupSummaryView, ParticipantList } from './group-summary.tsx';
import { joinUrl, useParticipants } from './session.ts';
import { statementPages, type StatementPage } from './statement-pages.ts';
import { joinAddress } from './summary-words.ts';
import './workshop.css';

// The camera scanner and its QR decoder load only when the facilitator asks to scan.
const Scanner = lazy(() => import('./scanner.tsx').then((m) => ({ default: m.Scanner })));

/** Participants as the store keeps them: a name and a result code each. */
const toCodes = (participants: readonly Participant[]): NamedCode[] =>
  participants.map((p) => ({
    name: p.name,
    code: encodeResult(content, { journey: p.result.journey, answers: p.result.answers, token: p.result.token }),
  }));

/** The facilitator's hub: name the session, show the room how to join, and the three ways to gather results. */
export function WorkshopPage() {
  const hydrated = useHydrated();
  return (
    <Page
      title="Run a workshop"
      lead="Step a room through the four ways, let people answer on their phones, collect their results and see where the group lands."
    >
      {hydrated ? <Workshop /> : <div className="workshop-skeleton" aria-busy="true" />}
    </Page>
  );
}

function Workshop() {
  const session = useAppStore((s) => s.facilitating);
  const [editing, setEditing] = useState(false);
  if (session === null || editing) return <SessionForm onDone={() => setEditing(false)} />;
  const url = joinUrl(session);
  return (
    <>
      <p>
        Workshop: <NameText name={session.name} />{' '}
        <button type="button" className="button-link" onClick={() => setEditing(true)}>
          Change the details
        </button>
      </p>
      <section className="join" aria-labelledby="join-heading">
        <h2 id="join-heading">How the room joins</h2>
        <QrCode text={url} label="QR code that opens the questions in this workshop" size={240} />
        <p className="join-address">{joinAddress()}</p>
        <p>
          People scan the code and the questions start at once, in this workshop. Anyone who types the address instead gets the same
          questions, without the workshop's name. At the end, each person sends you their result with one button
          {session.destination === '' ? (
            ''
          ) : (
            <>
              , to <NameText name={session.destination} />
            </>
          )}
          .
        </p>
        <p className="hint">
          The workshop's name and where results go are kept on this device and put into this code. Nothing is sent to a server: results
          reach you only when people send them to you.
        </p>
      </section>
      <h2>During the workshop</h2>
      <ul className="cards">
        <li className="card">
          <h3>
            <Link href="/present/">Present on a projector</Link>
          </h3>
          <p>
            Slides for the four ways, the questions and the group's result. The join slide comes second, and J brings it back at any time.
          </p>
        </li>
        <li className="card">
          <h3>
            <Link href="/group/">Collect results</Link>
          </h3>
          <p>Paste what people send you, scan their QR codes with this device's camera, and see where the group agrees and splits.</p>
        </li>
        <li className="card">
          <h3>
            <Link href="/hands/">Count a show of hands</Link>
          </h3>
          <p>
            No phones? Count hands for the goals a theme at a time, as the slides show them, then for each question about the situation.
          </p>
        </li>
      </ul>
    </>
  );
}

/** Names the workshop and, optionally, where results go and who runs it. Kept on this device, and the first two put into the join code. */
function SessionForm({ onDone }: { onDone: () => void }) {
  const session = useAppStore((s) => s.facilitating);
  const setFacilitating = useAppStore((s) => s.setFacilitating);
  const [name, setName] = useState(session?.name ?? '');
  const [destination, setDestination] = useState(session?.destination ?? '');
  const [facilitator, setFacilitator] = useState(session?.facilitator ?? '');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const id = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (name.trim() === '') {
      setError('Enter a name for the workshop, such as “Hospital and legal service scoping”');
      return;
    }
    setError(null);
    setFacilitating({ name: name.trim(), destination: destination.trim(), facilitator: facilitator.trim() });
    onDone();
  }
  return (
    <form onSubmit={submit} noValidate className="session-form">
      <ErrorSummary errors={error === null ? [] : [{ message: error, href: `#${id}-name` }]} attempt={attempt} />
      <h2>Set up your workshop</h2>
      <div className={`form-group${error !== null ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-name`} className="label">
          Workshop name
        </label>
        {error !== null && (
          <p className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">Error:</span> {error}
          </p>
        )}
        <input
          id={`${id}-name`}
          className="name-field"
          type="text"
          maxLength={MAX_WORKSHOP_NAME}
          value={name}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${id}-error` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="form-group">
        <label htmlFor={`${id}-dest`} className="label">
          Where should people send their results? (optional)
        </label>
        <p className="hint" id={`${id}-dest-hint`}>
          For example “the Teams chat” or an email address. People see it on their phones.
        </p>
        <input
          id={`${id}-dest`}
          className="name-field"
          type="text"
          maxLength={MAX_DESTINATION}
          aria-describedby={`${id}-dest-hint`}
          value={destination}
          onChange={(e) => setDestination(e.target.value)}
        />
      </div>
      <div className="form-group">
        <label htmlFor={`${id}-fac`} className="label">
          Facilitator (optional)
        </label>
        <p className="hint" id={`${id}-fac-hint`}>
          For the printed group report. It is not put into the join code.
        </p>
        <input
          id={`${id}-fac`}
          className="name-field"
          type="text"
          maxLength={MAX_SESSION_NAME}
          aria-describedby={`${id}-fac-hint`}
          value={facilitator}
          onChange={(e) => setFacilitator(e.target.value)}
        />
      </div>
      <p className="hint">
        These details are kept on this device. The workshop name and where results go are also put into the join code (the QR code and link
        people open), so people see them on their phones. Nothing is sent to a server.
      </p>
      <button type="submit" className="button">
        Save and show the join code
      </button>
    </form>
  );
}

/** What the join code opens: saves the workshop on the participant's phone and starts the questions. */
export function JoinPage() {
  const hash = useHash();
  const hydrated = useHydrated();
  const setSession = useAppStore((s) => s.setSession);
  const [, navigate] = useLocation();
  const decoded = useMemo(() => (hydrated && hash !== '' ? decodeSession(hash) : null), [hash, hydrated]);
  // Joins once: this page stays on screen while /begin/ loads, when the address no longer has the code.
  const joined = useRef(false);
  useEffect(() => {
    if (!hydrated || joined.current) return;
    if (hash === '') setSession({ name: '', destination: '' });
    else if (decoded?.ok === true) setSession(decoded.value);
    else return;
    joined.current = true;
    navigate('/begin/', { replace: true });
  }, [hydrated, hash, decoded, setSession, navigate]);
  if (decoded !== null && !decoded.ok) return <LinkProblemPage wording={content.wording} kind="session" problem={decoded.problem} />;
  return <Page title="Joining the workshop" />;
}

/** The facilitator's group: collect results three ways, and see where the group lands. */
export function GroupPage() {
  return useHydrated() ? <Group /> : <Page title="Collect results" />;
}

function Group() {
  const participants = useParticipants();
  const setGroup = useAppStore((s) => s.setGroup);
  const session = useAppStore((s) => s.facilitating);
  const [text, setText] = useState('');
  const [report, setReport] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [scanning, setScanning] = useState(false);
  const [cameraFailed, setCameraFailed] = useState(false);
  const id = useId();
  const summary = useMemo(() => groupSummary(content, participants), [participants]);

  function add(found: string): AddReport {
    const result = addResults(content, participants, found);
    setGroup(toCodes(result.participants));
    return result;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const problem = pasteProblem(text);
    setError(problem);
    if (problem !== null) {
      setReport('');
      return;
    }
    setReport(describeAdded(add(text)));
    setText('');
  }

  const heading = usePageFocus(`${error !== null ? 'Error: ' : ''}Collect results`);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="no-print">
        Collect results
      </h1>
      <p className="lead no-print">
        Paste what people send you, or scan their result QR codes. Each person is counted once, even when two people give the same answers.
      </p>
      <div className="collect no-print">
        <ErrorSummary errors={error === null ? [] : [{ message: error, href: `#${id}` }]} attempt={attempt} />
        <form onSubmit={submit} noValidate>
          <div className={`form-group${error !== null ? ' has-error' : ''}`}>
            <label htmlFor={id} className="label">
              Paste results
            </label>
            <p className="hint" id={`${id}-hint`}>
              Paste a whole chat or email: every result link in it is found. Anything else is left out.
            </p>
            {error !== null && (
              <p className="error-message" id={`${id}-error`}>
                <span className="visually-hidden">Error:</span> {error}
              </p>
            )}
            <textarea
              id={id}
              rows={4}
              value={text}
              aria-invalid={error !== null}
              aria-describedby={error !== null ? `${id}-hint ${id}-error` : `${id}-hint`}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button">
              Add to the group
            </button>
            <button
              type="button"
              className="button-secondary"
              aria-expanded={scanning}
              aria-controls={scanning ? `${id}-scanner` : undefined}
              onClick={() => {
                setScanning((v) => !v);
                setCameraFailed(false);
              }}
            >
              {!scanning ? 'Scan QR codes with the camera' : cameraFailed ? 'Close the scanner' : 'Stop scanning'}
            </button>
            <Link href="/hands/" className="button-secondary">
              Count a show of hands
            </Link>
          </div>
        </form>
        {scanning && (
          <Suspense fallback={<p>Starting the scanner…</p>}>
            <Scanner
              id={`${id}-scanner`}
              onFail={() => setCameraFailed(true)}
              onCode={(found) => {
                if (findResultCodes(found).length === 0) return notAResult;
                const message = describeAdded(add(found));
                setReport(message);
                return message;
              }}
            />
          </Suspense>
        )}
        <p role="status" className="paste-report">
          {report}
        </p>
      </div>
      {participants.length === 0 ? (
        <p>
          No results yet. People join from the <Link href="/workshop/">workshop page</Link>.
        </p>
      ) : (
        <>
          <div className="no-print">
            <GroupSummaryView summary={summary} />
            <p>
              <Link href="/present/#group">Show the group's result on the projector</Link>
            </p>
            <DrawnNext>
              <GroupDetails participants={participants} session={session} summary={summary} />
            </DrawnNext>
          </div>
          <DrawnNext>
            <GroupReport participants={participants} session={session} summary={summary} />
          </DrawnNext>
        </>
      )}
    </>
  );
}

/**
 * Below the group's summary: each person's result (names can be typed in), the group's link and
 * file, and clearing it. Drawn just after the summary, so 200 pasted results show their summary
 * at once.
 */
function GroupDetails({
  participants,
  session,
  summary,
}: {
  participants: Participant[];
  session: Facilitating | null;
  summary: GroupSummary;
}) {
  const setGroup = useAppStore((s) => s.setGroup);
  const groupLink = linkUrl(
    'group',
    encodeGroup(content, { session: session?.name ?? '', facilitator: session?.facilitator ?? '', participants }),
  );
  return (
    <>
      <h2>Each person's result</h2>
      <p className="hint">Names are optional and stay on this device unless you share the group's link.</p>
      <ParticipantList
        participants={participants}
        results={summary.results}
        onRename={(i, name) => setGroup(toCodes(participants.map((p, n) => (n === i ? { ...p, name } : p))))}
        onRemove={(i) => setGroup(toCodes(participants.filter((_, n) => n !== i)))}
      />
      <h2>Keep and share the group</h2>
      <SharePanel
        label="Share the group's link"
        url={groupLink}
        title="Where our group landed"
        text={`${participants.length} people's results`}
        privacy={`The link holds each person's answers and any names you typed, so check before you share it.${groupLink.length > 2000 ? ' It is a long link, and some chat tools cut long links: to be safe, save the group as a file instead.' : ''}`}
        qrLabel="QR code of the link to this group"
        print={{ label: 'Print the group report' }}
      />
      <GroupFile participants={participants} link={groupLink} onOpen={(list) => setGroup(toCodes(list))} />
      <ConfirmedAction
        label="Clear the group"
        ask={{
          title: 'Clear the group?',
          text: "This removes every result from the group on this device. People's own results are not affected.",
          confirmLabel: 'Clear the group',
          cancelLabel: 'Keep the group',
        }}
        onConfirm={() => setGroup([])}
      />
    </>
  );
}

/** How every result link from this copy of the tool begins, to say what to paste: "example.org/tools/r/#". */
const resultAddress = () => `${linkUrl('result', '')}#`.replace(/^https?:\/\//, '');

/** Why pasted text cannot be added, or null when it holds at least one result link. */
function pasteProblem(text: string): string | null {
  if (text.trim() === '') return `Paste the messages people sent you. Each holds a result link that starts with ${resultAddress()}`;
  if (findResultCodes(text).length === 0) {
    return `No result links were found in what you pasted. Paste the whole message each person sent you: their result link starts with ${resultAddress()}`;
  }
  return null;
}

const notAResult = 'That QR code is not a result from this tool. Ask the person to show the QR code on their result page.';

/** What adding results did, in one short paragraph. */
function describeAdded(r: AddReport): string {
  const parts = [r.added === 0 ? 'No one new was added.' : `Added ${r.added} ${r.added === 1 ? 'person' : 'people'}.`];
  if (r.updated > 0) parts.push(`${r.updated} sent a newer result, which replaced their earlier one.`);
  if (r.duplicates > 0)
    parts.push(`${r.duplicates} ${r.duplicates === 1 ? 'link was' : 'links were'} already in the group and not counted again.`);
  const invalid = r.invalid.filter((i) => i.problem.kind !== 'not-a-link');
  if (invalid.length > 0) {
    parts.push(
      `${invalid.length} could not be added: ${invalid
        .map((i) =>
          i.problem.kind === 'group-full'
            ? `the group is full (${MAX_PARTICIPANTS} people)`
            : i.problem.kind === 'not-a-link'
              ? ''
              : linkProblemText(content.wording, 'result', i.problem).message,
        )
        .filter((m, n, all) => m !== '' && all.indexOf(m) === n)
        .join(' ')}`,
    );
  }
  parts.push(`The group has ${r.participants.length} ${r.participants.length === 1 ? 'person' : 'people'}.`);
  return parts.join(' ');
}

/** A large group travels as a file: the group's link inside a text file, which opens again here. */
function GroupFile({
  participants,
  link,
  onOpen,
}: {
  participants: readonly Participant[];
  link: string;
  onOpen: (list: Participant[]) => void;
}) {
  const [status, setStatus] = useState('');
  const id = useId();
  return (
    <div className="group-file">
      <div className="actions">
        <button type="button" className="button-secondary" onClick={() => download('workshop-group.txt', 'text/plain', `${link}\n`)}>
          Save the group as a file
        </button>
        <label htmlFor={id} className="button-secondary file-label">
          Open a group file
        </label>
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept=".txt,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file === undefined) return;
            void readTextFile(file, MAX_GROUP_LINK * 2).then((text) => {
              const code = text === null ? null : /\/g\/#([A-Za-z0-9._~-]+)/.exec(text)?.[1];
              const decoded = code == null ? null : decodeGroup(content, code);
              if (decoded === null || !decoded.ok) {
                setStatus('That file does not hold a group from this tool, or it has been changed.');
                return;
              }
              const merged = addParticipants(content, participants, decoded.value.participants);
              onOpen(merged.participants);
              setStatus(`Opened the file: the group now has ${merged.participants.length} people.`);
            });
          }}
        />
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
}

/**
 * The printed group report: title, date, session and facilitator, then the results and each
 * person's own, with no controls. The site's header and footer do not print with it (workshop.css).
 */
function GroupReport({
  participants,
  session,
  summary,
}: {
  participants: readonly Participant[];
  session: Facilitating | null;
  summary: GroupSummary;
}) {
  return (
    <section className="group-report print-only" aria-label="Group report for printing">
      <p className="report-kicker">{content.pages.appName}: workshop report</p>
      <h2 className="report-title">{session === null || session.name === '' ? 'Workshop report' : session.name}</h2>
      <p>
        {formatDate(today())}
        {session !== null && session.facilitator !== '' && <> · Facilitator: {session.facilitator}</>} · {participants.length}{' '}
        {participants.length === 1 ? 'person' : 'people'}
      </p>
      <GroupSummaryView summary={summary} notes />
      <h2>Each person's result</h2>
      <ParticipantList participants={participants} results={summary.results} />
    </section>
  );
}

/** A group opened from a link: the same picture, read only, to keep or print. */
export function SharedGroupPage() {
  const hash = useHash();
  const hydrated = useHydrated();
  const decoded = useMemo(() => (hydrated ? decodeGroup(content, hash) : null), [hash, hydrated]);
  const own = useAppStore((s) => s.group);
  const setGroup = useAppStore((s) => s.setGroup);
  const [, navigate] = useLocation();
  if (decoded === null) return <Page title="A shared group" />;
  if (!decoded.ok) return <LinkProblemPage wording={content.wording} kind="group" problem={decoded.problem} />;
  const { participants, session } = decoded.value;
  const summary = groupSummary(content, participants);
  const keep = () => {
    setGroup(toCodes(participants));
    navigate('/group/');
  };
  return (
    <Page title="A shared group">
      <div className="notice">
        <p>
          <strong>Shared with you.</strong> This shows the group in the link. Nothing on your device has changed.
        </p>
        {session !== '' && (
          <p>
            Workshop: <NameText name={session} /> <span className="hint-inline">(named by the person who shared this link)</span>
          </p>
        )}
      </div>
      <GroupSummaryView summary={summary} />
      <h2>Each person's result</h2>
      <ParticipantList participants={participants} results={summary.results} />
      <ConfirmedAction
        label="Continue with this group on this device"
        ask={replaceAsk('group', own.length > 0, 'You already have a group on this device. Continuing with this one will replace it.')}
        onConfirm={keep}
      >
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          Print the group summary
        </button>
      </ConfirmedAction>
    </Page>
  );
}

/* Show of hands ------------------------------------------------------------------------------ */

type HandsStep =
  { kind: 'people' } | { kind: 'statements'; page: StatementPage } | { kind: 'question'; id: string; number: number; of: number };

/**
 * The steps of a show of hands: the room's size, the goal statements a theme at a time (the same
 * pages, in the same order, as the slides and everyone's phones), then each situation question.
 */
export function handsSteps(): HandsStep[] {
  const questions = content.context.questions;
  return [
    { kind: 'people' },
    ...statementPages(content.goals).map((page): HandsStep => ({ kind: 'statements', page })),
    ...questions.map((q, i): HandsStep => ({ kind: 'question', id: q.id, number: i + 1, of: questions.length })),
  ];
}

/** Counts as typed: "" for empty, otherwise the text, so a field can hold what was typed until it is checked. */
type Typed = Record<string, string>;

function countProblem(value: string, people: number | null): string | null {
  if (value.trim() === '') return null;
  if (!/^\d+$/.test(value.trim())) return 'Enter a whole number, such as 5';
  const n = Number(value);
  if (people !== null && n > people) return `That is more hands than the ${people} people in the room. Check the count.`;
  return null;
}

/** One step of a show of hands, sized for a projector. */
export function HandsPage() {
  const hash = useHash();
  const hydrated = useHydrated();
  if (!hydrated) return <Page title="Show of hands" />;
  const steps = handsSteps();
  const index = hash === '' ? 0 : /^\d+$/.test(hash) ? Number(hash) : -1;
  const step = steps[index];
  if (step === undefined) {
    return (
      <Page title="There is no such step">
        <p className="lead">
          The show of hands has {steps.length} steps, numbered 0 to {steps.length - 1}, so there is nothing at “{hash.slice(0, 12)}”.
        </p>
        <p>
          <Link href="/hands/">Start the show of hands</Link> or <Link href="/hands/result/">see the group result</Link>
        </p>
      </Page>
    );
  }
  return <HandsStepForm key={index} index={index} step={step} total={steps.length} />;
}

/** A problem with what was typed: shown in the error summary (with the field's name) and beside the field. */
type CountError = { key: string; field: string; message: string };

/** The key of an error about all of a question's counts together, shown above them. */
const ALL = '';

function HandsStepForm({ index, step, total }: { index: number; step: HandsStep; total: number }) {
  const hands = useAppStore((s) => s.hands);
  const setHands = useAppStore((s) => s.setHands);
  const [, navigate] = useLocation();
  const id = useId();
  const fieldIds: { key: string; label: string }[] =
    step.kind === 'people'
      ? [{ key: 'people', label: 'People in the room' }]
      : step.kind === 'statements'
        ? step.page.statements.map((s) => ({ key: s.id, label: s.text }))
        : (content.context.questions.find((q) => q.id === step.id)?.options.map((o) => ({ key: o.id, label: o.label })) ?? []);
  const initial = (key: string): string => {
    const n = step.kind === 'people' ? hands.people : step.kind === 'statements' ? hands.picks[key] : hands.context[step.id]?.[key];
    return n === undefined || n === 0 ? '' : String(n);
  };
  const [typed, setTyped] = useState<Typed>(() => Object.fromEntries(fieldIds.map((f) => [f.key, initial(f.key)])));
  const [errors, setErrors] = useState<CountError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const heading =
    step.kind === 'people'
      ? 'How many people are in the room?'
      : step.kind === 'statements'
        ? `${step.page.theme.question}${step.page.continued ? ' (continued)' : ''}`
        : (content.context.questions.find((q) => q.id === step.id)?.question ?? '');
  const ref = usePageFocus(`${errors.length > 0 ? 'Error: ' : ''}Show of hands: ${heading}`);
  const people = step.kind === 'people' ? null : hands.people > 0 ? hands.people : null;
  const fieldId = (key: string) => `${id}-${key === ALL ? (fieldIds[0]?.key ?? '') : key}`;
  const errorId = (key: string) => `${id}-${key === ALL ? 'all' : key}-error`;
  const together = errors.find((e) => e.key === ALL);

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found: CountError[] = [];
    for (const f of fieldIds) {
      const problem = countProblem(typed[f.key] ?? '', people);
      // In the summary, a statement is named in quotes, without its own full stop before the colon.
      const field = step.kind === 'statements' ? `“${f.label.replace(/[.]$/, '')}”` : f.label;
      if (problem !== null) found.push({ key: f.key, field, message: problem });
    }
    const n = (key: string) => Number((typed[key] ?? '').trim() || '0');
    if (step.kind === 'people' && found.length === 0 && !(n('people') >= 1 && n('people') <= MAX_ROOM)) {
      found.push({ key: 'people', field: '', message: `Enter how many people are in the room, from 1 to ${MAX_ROOM}` });
    }
    if (step.kind === 'question' && people !== null) {
      const sum = fieldIds.reduce((a, f) => a + n(f.key), 0);
      if (sum > people && found.length === 0)
        found.push({
          key: ALL,
          field: '',
          message: `The answers add up to ${sum}, more than the ${people} people in the room. Each person gives one answer.`,
        });
    }
    setErrors(found);
    if (found.length > 0) return;
    const next: HandsState =
      step.kind === 'people'
        ? { ...hands, people: n('people') }
        : step.kind === 'statements'
          ? { ...hands, picks: { ...hands.picks, ...Object.fromEntries(fieldIds.map((f) => [f.key, n(f.key)])) } }
          : { ...hands, context: { ...hands.context, [step.id]: Object.fromEntries(fieldIds.map((f) => [f.key, n(f.key)])) } };
    setHands(next);
    navigate(index + 1 < total ? `/hands/#${index + 1}` : '/hands/result/');
  }

  const caption =
    step.kind === 'people'
      ? 'Show of hands'
      : step.kind === 'statements'
        ? `Show of hands: ${content.wording.journeys.goal.picks}, part ${step.page.part} of ${step.page.parts}`
        : `Show of hands: the situation, question ${step.number} of ${step.of}`;
  return (
    <div className="hands">
      <Link href={index === 0 ? '/workshop/' : `/hands/#${index - 1}`} className="back-link">
        Back
      </Link>
      <ErrorSummary
        errors={errors.map((e) => ({ message: e.field === '' ? e.message : `${e.field}: ${e.message}`, href: `#${fieldId(e.key)}` }))}
        attempt={attempt}
      />
      <form onSubmit={submit} noValidate>
        <p className="caption">{caption}</p>
        <h1 ref={ref} tabIndex={-1} className="hands-heading">
          {heading}
        </h1>
        {step.kind === 'statements' && <p className="hint">Read each one out, and count the hands that go up.</p>}
        {people !== null && <p className="hint">{people} people in the room. No count can be higher.</p>}
        {step.kind === 'question' && <p className="hint">Each person raises a hand once, for the answer closest to theirs.</p>}
        <div className={together === undefined ? undefined : 'form-group has-error'}>
          {together !== undefined && (
            <p className="error-message" id={errorId(ALL)}>
              <span className="visually-hidden">Error:</span> {together.message}
            </p>
          )}
          {fieldIds.map((f) => {
            const error = errors.find((e) => e.key === f.key);
            const described = [error === undefined ? null : errorId(f.key), together === undefined ? null : errorId(ALL)].filter(
              (x) => x !== null,
            );
            return (
              <div key={f.key} className={`count-field${error !== undefined ? ' has-error' : ''}`}>
                <label htmlFor={`${id}-${f.key}`}>{step.kind === 'statements' ? `“${f.label}”` : f.label}</label>
                {error !== undefined && (
                  <p className="error-message" id={errorId(f.key)}>
                    <span className="visually-hidden">Error:</span> {error.message}
                  </p>
                )}
                <input
                  id={`${id}-${f.key}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  aria-invalid={error !== undefined || together !== undefined}
                  aria-describedby={described.length > 0 ? described.join(' ') : undefined}
                  value={typed[f.key] ?? ''}
                  placeholder="0"
                  onChange={(e) => setTyped((t) => ({ ...t, [f.key]: e.target.value }))}
                />
              </div>
            );
          })}
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {index + 1 < total ? 'Next' : 'See the group result'}
          </button>
          <Link href="/hands/result/" className="button-secondary">
            Skip to the result
          </Link>
        </div>
      </form>
    </div>
  );
}

function HandsResult({ hands, shared }: { hands: HandsState; shared: boolean }) {
  const summary = useMemo(() => handsSummary(content, hands, hands.people), [hands]);
  const url = linkUrl('hands', encodeHands(content, { hands, people: hands.people }));
  const steps = handsSteps();
  return (
    <Page
      title="Show of hands: the group result"
      lead={
        hands.people > 0
          ? `From a show of hands in a room of ${hands.people} ${hands.people === 1 ? 'person' : 'people'}.`
          : 'No one has been counted yet.'
      }
    >
      {shared && (
        <div className="notice">
          <p>
            <strong>Shared with you.</strong> This shows the counts in the link.
          </p>
        </div>
      )}
      {!shared && summary.missing.length > 0 && hands.people > 0 && (
        <div className="callout">
          <p>To work out a joint result, count hands for each question about the situation. Still to count:</p>
          <ul>
            {summary.missing.map((q) => {
              const at = steps.findIndex((s) => s.kind === 'question' && s.id === q);
              return (
                <li key={q}>
                  <Link href={`/hands/#${at}`}>{content.context.questions.find((x) => x.id === q)?.label ?? q}</Link>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <GroupSummaryView summary={summary} />
      {hands.people > 0 && (
        <SharePanel
          label="Share this result"
          url={url}
          title="Our show of hands"
          text="Where the room landed"
          privacy="The link holds the counts, nothing else."
          qrLabel="QR code of the link to this show of hands"
          print={{ label: 'Print the result' }}
        />
      )}
      {!shared && (
        <div className="actions page-end no-print">
          <Link href="/hands/" className="button-secondary">
            Change the counts
          </Link>
        </div>
      )}
    </Page>
  );
}

export function HandsResultPage() {
  const hands = useAppStore((s) => s.hands);
  return useHydrated() ? <HandsResult hands={hands} shared={false} /> : <Page title="Show of hands: the group result" />;
}

export function SharedHandsPage() {
  const hash = useHash();
  const hydrated = useHydrated();
  const decoded = useMemo(() => (hydrated ? decodeHands(content, hash) : null), [hash, hydrated]);
  if (decoded === null) return <Page title="Show of hands: the group result" />;
  if (!decoded.ok) return <LinkProblemPage wording={content.wording} kind="hands" problem={decoded.problem} />;
  return <HandsResult hands={{ ...decoded.value.hands, people: decoded.value.people }} shared />;
}
