import { about } from '../../content/page-texts.ts';
import { Page } from '../page.tsx';

export function AboutPage() {
  return (
    <Page title={about.title}>
      {about.sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
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
