import { Link } from 'wouter';
import { content } from '../../content/content.ts';
import { Page } from '../page.tsx';
import { LevelDots } from '../level-dots.tsx';

/**
 * All four ways side by side along each dimension. A real table for wide screens; on a phone
 * the same table reflows into one block per dimension (see styles.css), so nothing scrolls sideways.
 */
export function ComparePage() {
  const { explore } = content.pages;
  return (
    <Page title={explore.compareTitle} lead={explore.compareLead}>
      <table className="compare">
        <caption className="visually-hidden">{explore.compareTitle}</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {content.ways.map((w) => (
              <th scope="col" key={w.id} className={`way-${w.id}`}>
                <Link href={`/ways/${w.id}`}>{w.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {content.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {d.label}
                <span className="dimension-question">{d.question}</span>
              </th>
              {content.ways.map((w) => {
                const pos = w.dimensions[d.id];
                return (
                  <td key={w.id} data-way={w.name}>
                    {pos !== undefined && (
                      <>
                        <LevelDots level={pos.level} /> {pos.text}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
