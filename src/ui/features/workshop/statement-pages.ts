/*
 * The goal statements as a room sees them: a page for each theme, in the order of the themes and,
 * within each, in the same order as on everyone's phone (presentationOrder). The slides and the
 * show of hands both step through these pages, so a facilitator reading out statements is on the
 * same page as the room. A theme is split over two slides only when it would not fit one.
 */
import type { Statement, StatementSet, Theme } from '../../../content/schema.ts';
import { presentationOrder } from '../../../domain/order.ts';

export type StatementPage = {
  theme: Theme;
  statements: Statement[];
  /** Which theme this is, counting from 1, of how many: as the phones' "part 1 of 4". */
  part: number;
  parts: number;
  /** True for the second slide of a theme too long for one. */
  continued: boolean;
  /** The number of this page's first statement within its theme, counting from 1. */
  first: number;
};

/**
 * What fits one slide at 1280 x 720 in slide type (present.css: .slide-statements, 1.6rem, lines
 * 1.3 apart, 0.4em between statements), in ems of that type, measured in Chromium with a wide
 * font (DejaVu Sans; most projector laptops' fonts are narrower): about 84 characters to a line
 * of statement, 60 to a line of title, and 18.6 ems of height under a one-line title. The browser
 * tests check every slide fits.
 */
const STATEMENT_LINE = 84;
const TITLE_LINE = 60;
const HEIGHT = 18.6;
const LINE = 1.3;
const GAP = 0.4;
const TITLE_LINE_HEIGHT = 2.1;

const linesOf = (text: string, per: number) => Math.max(1, Math.ceil(text.length / per));
const height = (statements: readonly Statement[]) => statements.reduce((sum, s) => sum + linesOf(s.text, STATEMENT_LINE) * LINE + GAP, 0);

/** Splits a theme's statements over as few slides as hold them, as evenly as possible: one slide when they fit. */
function fit(theme: Theme, statements: Statement[]): Statement[][] {
  const roomUnder = (title: string) => HEIGHT - (linesOf(title, TITLE_LINE) - 1) * TITLE_LINE_HEIGHT;
  if (height(statements) <= roomUnder(theme.question)) return [statements];
  // Split, every slide has the room under the longer "(continued)" title.
  const room = roomUnder(`${theme.question} (continued)`);
  const slides = Math.ceil(height(statements) / room);
  const per = height(statements) / slides;
  const out: Statement[][] = [[]];
  for (const s of statements) {
    const current = out.at(-1) ?? [];
    if (current.length > 0 && (height([...current, s]) > room || (height(current) >= per && out.length < slides))) out.push([s]);
    else current.push(s);
  }
  return out;
}

/** The pages of a statement set: each theme in order, split only where it would not fit a slide. */
export function statementPages(set: StatementSet): StatementPage[] {
  const parts = set.themes.length;
  return set.themes.flatMap((theme, i) => {
    let first = 1;
    return fit(theme, presentationOrder(set.statements.filter((s) => s.theme === theme.id))).map((statements, n) => {
      const page = { theme, statements, part: i + 1, parts, continued: n > 0, first };
      first += statements.length;
      return page;
    });
  });
}
