import { Link } from 'wouter';
import about from 'virtual:content/about';
import accessibility from 'virtual:content/accessibility';
import principles from 'virtual:content/principles';
import { content } from '../../../content/content.ts';
import { LevelDots } from '../../components/level-dots.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { Page } from '../../components/page.tsx';
import { Sections } from '../../components/sections.tsx';
import { Spectrum } from '../../components/spectrum.tsx';
import './explore.css';

/** The four ways on one spectrum, each with its definition. */
export function ExplorePage() {
  const { explore, start } = content.pages;
  return (
    <Page title={explore.title} lead={explore.lead}>
      <Spectrum ways={content.ways} low={start.spectrumLow} high={start.spectrumHigh} />
      <p>{start.noBest}</p>
      <ul className="cards">
        {content.ways.map((way) => (
          <li key={way.id} className={`card way-${way.id}`}>
            <h2>
              <Link href={`/ways/${way.id}/`}>{way.name}</Link>
            </h2>
            <p>{way.definition}</p>
          </li>
        ))}
      </ul>
      <ul className="link-list">
        <li>
          <Link href="/compare/">{explore.compareTitle}</Link>
        </li>
        <li>
          <Link href="/principles/">What helps services work together: principles, challenges and benefits</Link>
        </li>
        <li>
          <Link href="/begin/">Answer the questions and get a suggestion</Link>
        </li>
      </ul>
    </Page>
  );
}

/** One way, along the same dimensions as the others, with what it takes, produces and asks. */
export function WayPage({ wayId }: { wayId: string }) {
  const index = content.ways.findIndex((w) => w.id === wayId);
  const way = content.ways[index];
  if (way === undefined) return <NotFoundPage />;
  const prev = content.ways[index - 1];
  const next = content.ways[index + 1];
  return (
    <Page title={way.name} lead={way.tagline}>
      <p className="position">
        Way {index + 1} of {content.ways.length} on the spectrum, from least to most commitment.
      </p>
      <p>{way.definition}</p>
      <h2>Typical goals</h2>
      <ul>
        {way.goals.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
      <h2>What it takes</h2>
      <ul>
        {way.inputs.map((input) => (
          <li key={input.id}>{input.text}</li>
        ))}
      </ul>
      <h2>What it produces</h2>
      <ul>
        {way.outputs.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <h2>What to expect</h2>
      <ul>
        {way.expect.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <h2>How it compares</h2>
      <dl className="dimensions">
        {content.dimensions.map((d) => {
          const pos = way.dimensions[d.id];
          return pos === undefined ? null : (
            <div key={d.id}>
              <dt>
                {d.label} <LevelDots level={pos.level} />
              </dt>
              <dd>{pos.text}</dd>
            </div>
          );
        })}
      </dl>
      <h2>An example</h2>
      <div className={`example way-${way.id}`}>
        <h3>{way.example.title}</h3>
        <p>{way.example.text}</p>
      </div>
      <nav aria-label="Other ways" className="pager">
        <ul>
          {prev !== undefined && (
            <li>
              <Link href={`/ways/${prev.id}/`}>
                <span className="pager-label">Lighter:</span> {prev.name}
              </Link>
            </li>
          )}
          {next !== undefined && (
            <li>
              <Link href={`/ways/${next.id}/`}>
                <span className="pager-label">Deeper:</span> {next.name}
              </Link>
            </li>
          )}
          <li>
            <Link href="/compare/">Compare all four</Link>
          </li>
          <li>
            <Link href="/principles/">What helps services work together</Link>
          </li>
        </ul>
      </nav>
    </Page>
  );
}

/**
 * All four ways side by side along each dimension. A real table for wide screens; on a phone the
 * same table reflows into one block per dimension, so nothing scrolls sideways.
 */
export function ComparePage() {
  const { explore } = content.pages;
  return (
    <Page title={explore.compareTitle} lead={explore.compareLead}>
      <table className="compare">
        <caption className="visually-hidden">{explore.compareTitle}</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {content.ways.map((w) => (
              <th scope="col" key={w.id} className={`way-${w.id}`}>
                <Link href={`/ways/${w.id}/`}>{w.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {content.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {d.label}
                <span className="dimension-question">{d.question}</span>
              </th>
              {content.ways.map((w) => {
                const pos = w.dimensions[d.id];
                return (
                  <td key={w.id} data-way={w.name}>
                    {pos !== undefined && (
                      <>
                        <LevelDots level={pos.level} /> {pos.text}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}

/** In-page links that work with and without JavaScript: the page's own address, then the section. */
function Jump({ id, children }: { id: string; children: string }) {
  return (
    <a
      href={`principles/#${id}`}
      onClick={(e) => {
        e.preventDefault();
        const target = document.getElementById(id);
        target?.focus();
        target?.scrollIntoView();
      }}
    >
      {children}
    </a>
  );
}

/** The five principles, the common challenges with what helps, and the benefits, from seeds 001 to 003. */
export function PrinciplesPage() {
  return (
    <Page title={principles.title} lead={principles.lead}>
      <nav aria-label="On this page" className="contents">
        <ul>
          <li>
            <Jump id="principles">Five principles</Jump>
          </li>
          <li>
            <Jump id="challenges">{principles.challenges.title}</Jump>
          </li>
          <li>
            <Jump id="benefits">{principles.benefits.title}</Jump>
          </li>
        </ul>
      </nav>
      <h2 id="principles" tabIndex={-1}>
        Five principles
      </h2>
      {principles.principles.map((p, i) => (
        <details key={p.id} className="principle">
          <summary>
            <span className="principle-number">{i + 1}.</span> {p.name}
          </summary>
          <p>{p.summary}</p>
          <h3>Things to consider</h3>
          <ul>
            {p.consider.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      ))}
      <h2 id="challenges" tabIndex={-1}>
        {principles.challenges.title}
      </h2>
      <dl className="challenges">
        {principles.challenges.items.map((c) => (
          <div key={c.challenge}>
            <dt>{c.challenge}</dt>
            <dd>
              <strong>What helps:</strong> {c.helps}
            </dd>
          </div>
        ))}
      </dl>
      <h2 id="benefits" tabIndex={-1}>
        {principles.benefits.title}
      </h2>
      <ul>
        {principles.benefits.items.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      <h2>{principles.forms.title}</h2>
      <ul>
        {principles.forms.items.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      <p>
        <Link href="/ways/">Explore the four ways</Link> or <Link href="/review/current/">review a way of working you already have</Link>.
      </p>
    </Page>
  );
}

export function AboutPage() {
  return (
    <Page title={about.title}>
      <Sections sections={about.sections} />
      <h2>Sources</h2>
      <ul className="sources">
        {about.sources.map((s) => (
          <li key={s.title}>
            <cite>{s.title}</cite>
            <p>{s.note}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}

export function AccessibilityPage() {
  return (
    <Page title={accessibility.title}>
      <Sections sections={accessibility.sections} />
    </Page>
  );
}

export function NotFoundPage() {
  return <NotFound message="We couldn't find that page. The link may be mistyped or out of date." href="/" label="Go to the start page" />;
}
