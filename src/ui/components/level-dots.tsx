/**
 * A level from 1 to 4 drawn as dots, with the figure also in text ("2 of 4"), so it survives
 * forced colours (where the dots' fill can vanish), screen readers and print.
 */
export function LevelDots({ level }: { level: number }) {
  return (
    <span className="level">
      <span className="level-dots" aria-hidden="true">
        {[1, 2, 3, 4].map((n) => (
          <span key={n} className={n <= level ? 'dot is-on' : 'dot'} />
        ))}
      </span>
      <span className="level-text">{level} of 4</span>
    </span>
  );
}
