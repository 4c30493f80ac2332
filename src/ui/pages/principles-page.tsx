import '../share.css';
import { Link } from 'wouter';
import { principles } from '../../content/principles.ts';
import { Page } from '../page.tsx';

/** The five principles, the common challenges with what helps, and the benefits, from seeds 001 to 003. */
export function PrinciplesPage() {
  return (
    <Page title={principles.title} lead={principles.lead}>
      <nav aria-label="On this page" className="contents">
        <ul>
          <li>
            <a href="#principles" onClick={(e) => jump(e, 'principles')}>
              Five principles
            </a>
          </li>
          <li>
            <a href="#challenges" onClick={(e) => jump(e, 'challenges')}>
              {principles.challenges.title}
            </a>
          </li>
          <li>
            <a href="#benefits" onClick={(e) => jump(e, 'benefits')}>
              {principles.benefits.title}
            </a>
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
        <Link href="/ways">Explore the four ways</Link> or <Link href="/review/current">review a way of working you already have</Link>.
      </p>
    </Page>
  );
}

/** In-page links in a hash-routed app: move focus and scroll without changing the route. */
function jump(event: React.MouseEvent, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView();
}
