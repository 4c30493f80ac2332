/** A level from 1 to 4 drawn as filled dots, with the figure in words for screen readers and print. */
export function LevelDots({ level }: { level: number }) {
  return (
    <span className="level" aria-label={`level ${level} of 4`} role="img">
      {[1, 2, 3, 4].map((n) => (
        <span key={n} className={n <= level ? 'dot is-on' : 'dot'} aria-hidden="true" />
      ))}
    </span>
  );
}
