import { accessibility } from '../../content/page-texts.ts';
import { Page } from '../page.tsx';
import { Sections } from '../sections.tsx';

export function AccessibilityPage() {
  return (
    <Page title={accessibility.title}>
      <Sections sections={accessibility.sections} />
    </Page>
  );
}
