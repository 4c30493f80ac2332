import { showBidiControls } from '../lib/bidi.ts';

/**
 * A name typed by whoever made a link, shown for what it is: quoted, at body weight, isolated
 * from the text around it, with any direction-changing characters made visible.
 */
export function NameText({ name }: { name: string }) {
  return (
    <q className="typed-name">
      <bdi>{showBidiControls(name)}</bdi>
    </q>
  );
}
