import type { Content, WayId } from '../content/schema.ts';
import type { Contribution, Limit } from '../domain/recommend.ts';
import { statementIndex } from '../domain/recommend.ts';

export type ReasonLine = { key: string; text: string; ways: { way: WayId; points: number }[] };

function wayName(content: Content, way: WayId): string {
  return content.ways.find((w) => w.id === way)?.name ?? way;
}

function pointsText(n: number): string {
  return `${n} point${n === 1 ? '' : 's'}`;
}

/**
 * Turns the scoring's contributions into plain sentences, one per answer, so every point in a
 * result can be read back to the answer that gave it.
 */
export function reasonLines(content: Content, contributions: readonly Contribution[]): ReasonLine[] {
  const statements = statementIndex(content);
  const lines = new Map<string, ReasonLine>();
  for (const c of contributions) {
    const key = c.kind === 'statement' ? c.statementId : `${c.questionId}=${c.optionId}`;
    let line = lines.get(key);
    if (line === undefined) {
      let said: string;
      if (c.kind === 'statement') said = `You chose “${(statements.get(c.statementId)?.text ?? c.statementId).replace(/[.]$/, '')}”`;
      else {
        const option = content.context.questions.find((q) => q.id === c.questionId)?.options.find((o) => o.id === c.optionId);
        said = `You said ${option?.summary ?? c.optionId}`;
      }
      line = { key, text: said, ways: [] };
      lines.set(key, line);
    }
    line.ways.push({ way: c.way, points: c.points });
  }
  for (const line of lines.values()) {
    const parts = line.ways.map((w) => `${wayName(content, w.way).toLowerCase()} (${pointsText(w.points)})`);
    line.text += `, which points to ${parts.join(' and ')}.`;
  }
  return [...lines.values()];
}

/**
 * A sentence for each answer that held the starting point below the aim: the ones that set the
 * start first, then any that would on their own have allowed a little more.
 */
export function limitLines(content: Content, limits: readonly Limit[], start: WayId): { key: string; text: string }[] {
  const setting = limits.filter((l) => l.readyFor === start);
  const others = limits.filter((l) => l.readyFor !== start);
  return [...setting, ...others].map((l) => {
    const option = content.context.questions.find((q) => q.id === l.questionId)?.options.find((o) => o.id === l.optionId);
    const said = `You said ${option?.summary ?? l.optionId}`;
    const way = wayName(content, l.readyFor).toLowerCase();
    return {
      key: l.questionId,
      text:
        l.readyFor === start
          ? `${said}, so ${way} is as far as that supports for now.`
          : `${said}. On its own that would support up to ${way}.`,
    };
  });
}
