import { about } from '../../content/page-texts.ts';
import { Page } from '../page.tsx';
import { Sections } from '../sections.tsx';

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
