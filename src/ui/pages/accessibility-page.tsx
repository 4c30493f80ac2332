import { accessibility } from '../../content/page-texts.ts';
import { Page } from '../page.tsx';

export function AccessibilityPage() {
  return (
    <Page title={accessibility.title}>
      {accessibility.sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
    </Page>
  );
}
