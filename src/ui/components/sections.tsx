/** Headed sections of plain paragraphs, as the About and accessibility pages hold them in content/. */
export function Sections({ sections }: { sections: readonly { heading: string; paragraphs: readonly string[] }[] }) {
  return (
    <>
      {sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
    </>
  );
}
