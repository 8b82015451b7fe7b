import type { Response } from './assessment';
import type { AnswerOption, Indicator } from './catalogue';

/** How far apart the working group's independent answers are, before the agreed answer. */
export type AnswerSpread = {
  readonly counts: readonly { readonly option: AnswerOption; readonly count: number }[];
  /** Members who gave an answer (a note alone does not count). */
  readonly total: number;
  readonly unanimous: boolean;
  /** The option most members chose; undefined on a tie or with no answers. */
  readonly majority: AnswerOption | undefined;
};

export function answerSpread(indicator: Indicator, response: Pick<Response, 'memberAnswers'>): AnswerSpread {
  const counts = indicator.scale.options.map((option) => ({
    option,
    count: Object.values(response.memberAnswers).filter((answer) => answer.answer === option.value).length,
  }));
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const top = [...counts].sort((a, b) => b.count - a.count);
  const majority = top[0] && top[0].count > 0 && top[0].count !== top[1]?.count ? top[0].option : undefined;
  return { counts, total, unanimous: total > 0 && counts.filter((entry) => entry.count > 0).length === 1, majority };
}
