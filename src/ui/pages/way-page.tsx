import { Link } from 'wouter';
import { content } from '../../content/content.ts';
import { WAY_IDS } from '../../content/way-ids.ts';
import { Page } from '../page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { LevelDots } from '../level-dots.tsx';

export function WayPage({ wayId }: { wayId: string }) {
  const index = content.ways.findIndex((w) => w.id === wayId);
  const way = content.ways[index];
  if (way === undefined) return <NotFoundPage />;
  const prev = content.ways[index - 1];
  const next = content.ways[index + 1];
  return (
    <Page title={way.name} lead={way.tagline}>
      <p className="position">
        Way {index + 1} of {WAY_IDS.length} on the spectrum, from least to most commitment.
      </p>
      <p>{way.definition}</p>

      <h2>Typical goals</h2>
      <ul>
        {way.goals.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>

      <h2>What it takes: the inputs</h2>
      <ul>
        {way.inputs.map((input) => (
          <li key={input.id}>{input.text}</li>
        ))}
      </ul>

      <h2>What it produces: the outputs</h2>
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
      <div className="example">
        <h3>{way.example.title}</h3>
        <p>{way.example.text}</p>
      </div>

      <nav aria-label="Other ways" className="pager">
        <ul>
          {prev !== undefined && (
            <li>
              <Link href={`/ways/${prev.id}`}>
                <span className="pager-label">Lighter:</span> {prev.name}
              </Link>
            </li>
          )}
          {next !== undefined && (
            <li>
              <Link href={`/ways/${next.id}`}>
                <span className="pager-label">Deeper:</span> {next.name}
              </Link>
            </li>
          )}
          <li>
            <Link href="/compare">Compare all four</Link>
          </li>
          <li>
            <Link href="/principles">What helps services work together</Link>
          </li>
        </ul>
      </nav>
    </Page>
  );
}
