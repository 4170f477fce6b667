// What the practice screens show, as wrapped lines of styled segments: pure, so widths are tested
// without Ink. Every line is at most `width` characters wide.
import type { BankQuestion, DrawnQuestion, Response } from '../../core/quiz.js';
import { reflow, reflowLines } from '../../core/text.js';
import type { Lang } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { truncate, wrapCode, wrapText } from '../layout.js';
import type { Segment } from '../markdown/types.js';

export { relativeTime } from '../../core/relative-time.js';

export type Line = Segment[];

/**
 * Bank text wrapped to the width, with a style and an indent: prose is re-flowed from the banks' hard
 * wraps; code keeps its lines and indentation (a Makefile's recipes, a function's body) and wraps at
 * a token boundary with a continuation mark.
 */
export function prose(text: string, width: number, style: Omit<Segment, 'text'> = {}, indent = ''): Line[] {
  const usable = Math.max(10, width - indent.length);
  return reflowLines(text)
    .flatMap((line) =>
      line.text.trim() === ''
        ? [{ text: '', code: false }]
        : (line.code ? wrapCode(line.text, usable) : wrapText(line.text, usable)).map((text) => ({
            text,
            code: line.code,
          })),
    )
    .map((line) =>
      line.text
        ? [
            {
              text: `${indent}${line.text}`,
              ...style,
              ...(line.code ? { bold: false, color: style.color ?? 'yellow' } : {}),
            },
          ]
        : [],
    );
}

/** What the learner typed (notes), wrapped over as many lines as it needs: never read as code. */
export function typed(text: string, width: number, style: Omit<Segment, 'text'> = {}, indent = ''): Line[] {
  return wrapText(text, Math.max(10, width - indent.length)).map((line) => [{ text: `${indent}${line}`, ...style }]);
}

/** A labelled item whose continuation lines align under its text: "❯ 2. text…". */
export function item(prefix: string, text: string, width: number, style: Omit<Segment, 'text'> = {}): Line[] {
  const pad = ' '.repeat([...prefix].length);
  const wrapped = wrapText(reflow(text).replace(/\n+/g, ' '), Math.max(10, width - pad.length));
  return wrapped.map((part, index) => [{ text: `${index === 0 ? prefix : pad}${part}`, ...style }]);
}

export const topicName = (t: Messages, key: string) => {
  const [level = '', topic = key] = key.includes('/') ? key.split('/') : ['', key];
  const name = t.practice.topics[topic] ?? topic;
  return level ? `${name} (${t.levels[level as 'junior'] ?? level})` : name;
};

export interface QuestionView {
  lines: Line[];
  /** Lines of the focused option / key point, kept in view. */
  focus?: [number, number] | undefined;
}

/** The prompt and the options, the cursor on one of them; multi questions show their marks. */
export function questionLines(
  t: Messages,
  lang: Lang,
  drawn: DrawnQuestion,
  cursor: number,
  marks: readonly number[],
  width: number,
): QuestionView {
  const { question } = drawn;
  const lines: Line[] = [
    [
      {
        text: truncate(
          `${topicName(t, `${question.level}/${question.topic}`)} · ${'★'.repeat(question.difficulty)}`,
          width,
        ),
        dim: true,
      },
    ],
  ];
  lines.push(...prose(question.prompt[lang], width, { bold: true }));
  if (question.type === 'multi') lines.push(...prose(t.practice.multiHint, width, { dim: true }));
  if (question.type === 'open') return { lines };
  lines.push([]);
  let focus: [number, number] | undefined;
  drawn.order.forEach((original, shown) => {
    const selected = shown === cursor;
    const mark = question.type === 'multi' ? (marks.includes(shown) ? '[x] ' : '[ ] ') : '';
    const start = lines.length;
    lines.push(
      ...item(
        `${selected ? '❯ ' : '  '}${mark}${shown + 1}. `,
        question.options![original]![lang],
        width,
        selected ? { color: 'cyan', bold: true } : {},
      ),
    );
    if (selected) focus = [start, lines.length - 1];
  });
  return { lines, focus };
}

/** The options marked right, as "2. text" lines. */
export function rightAnswerLines(t: Messages, lang: Lang, drawn: DrawnQuestion, width: number): Line[] {
  const { question } = drawn;
  if (question.type === 'open') return [];
  const lines: Line[] = [
    [{ text: drawn.correct.length > 1 ? t.practice.rightAnswers : t.practice.rightAnswer, bold: true }],
  ];
  for (const shown of drawn.correct)
    lines.push(...item(`  ${shown + 1}. `, question.options![drawn.order[shown]!]![lang], width, { color: 'green' }));
  return lines;
}

export function verdictLine(t: Messages, score: number): Line {
  if (score >= 1) return [{ text: t.practice.correct, color: 'green', bold: true }];
  if (score > 0) return [{ text: t.practice.partial(Math.round(score * 100)), color: 'yellow', bold: true }];
  return [{ text: t.practice.wrong, color: 'red', bold: true }];
}

/** The options the learner picked, as "2. text" lines, each marked right or wrong. */
export function pickedLines(
  t: Messages,
  lang: Lang,
  drawn: DrawnQuestion,
  response: Response | undefined,
  width: number,
): Line[] {
  const { question } = drawn;
  const picked =
    response?.kind === 'single'
      ? [response.choice]
      : response?.kind === 'multi'
        ? [...response.choices].sort((a, b) => a - b)
        : [];
  if (question.type === 'open' || picked.length === 0) return [];
  const lines: Line[] = [[{ text: picked.length > 1 ? t.practice.yourAnswers : t.practice.yourAnswer, bold: true }]];
  for (const shown of picked) {
    const right = drawn.correct.includes(shown);
    lines.push(
      ...item(`  ${right ? '✓' : '✗'} ${shown + 1}. `, question.options![drawn.order[shown]!]![lang], width, {
        color: right ? 'green' : 'red',
      }),
    );
  }
  return lines;
}

/** Verdict, what was picked, the right answer and the explanation, after an auto-graded answer. */
export function feedbackLines(
  t: Messages,
  lang: Lang,
  drawn: DrawnQuestion,
  score: number,
  width: number,
  response?: Response,
): Line[] {
  const lines: Line[] = [verdictLine(t, score), []];
  const picked = pickedLines(t, lang, drawn, response, width);
  if (picked.length) lines.push(...picked, []);
  lines.push(...rightAnswerLines(t, lang, drawn, width));
  const explanation = drawn.question.explanation?.[lang];
  if (explanation) lines.push([], [{ text: t.practice.explanation, bold: true }], ...prose(explanation, width));
  return lines;
}

/** The model answer and the key points with their ticks, the cursor on one point. */
export function revealLines(
  t: Messages,
  lang: Lang,
  question: BankQuestion,
  cursor: number,
  ticked: readonly number[],
  notes: string,
  width: number,
): QuestionView {
  const lines: Line[] = [];
  if (notes) lines.push([{ text: t.practice.notesLabel, dim: true }], ...typed(notes, width, { dim: true }, '  '), []);
  lines.push([{ text: t.practice.modelAnswer, bold: true }], ...prose(question.modelAnswer?.[lang] ?? '', width), []);
  lines.push([{ text: t.practice.keyPoints, bold: true }]);
  let focus: [number, number] | undefined;
  (question.keyPoints ?? []).forEach((point, index) => {
    const selected = index === cursor;
    const start = lines.length;
    lines.push(
      ...item(
        `${selected ? '❯ ' : '  '}${ticked.includes(index) ? '[x]' : '[ ]'} ${index + 1}. `,
        point[lang],
        width,
        selected ? { color: 'cyan', bold: true } : {},
      ),
    );
    if (selected) focus = [start, lines.length - 1];
  });
  return { lines, focus };
}

/** The first line of a prompt, for lists of misses. */
export const promptLine = (question: BankQuestion, lang: Lang) => reflow(question.prompt[lang]).split('\n')[0] ?? '';

/**
 * Misses with what was answered, the right answer and the explanation; for an open question the
 * learner's notes and the key points they did not cover, beside the model answer.
 */
export function missLines(
  t: Messages,
  lang: Lang,
  misses: {
    drawn: DrawnQuestion;
    number: number;
    score?: number | undefined;
    answered: boolean;
    response?: Response | undefined;
  }[],
  width: number,
): Line[] {
  const lines: Line[] = [];
  for (const miss of misses) {
    const { question } = miss.drawn;
    lines.push([], ...item(`${miss.number}. `, promptLine(question, lang), width, { bold: true }));
    lines.push(miss.answered ? verdictLine(t, miss.score ?? 0) : [{ text: t.practice.unanswered, color: 'red' }]);
    if (question.type === 'open') {
      const response = miss.response?.kind === 'open' ? miss.response : undefined;
      if (response?.notes)
        lines.push([{ text: t.practice.notesLabel, bold: true }], ...typed(response.notes, width, {}, '  '));
      const missed = (question.keyPoints ?? []).filter((_, index) => !response?.ticked.includes(index));
      if (missed.length && miss.answered) {
        lines.push([{ text: t.practice.missedPoints, bold: true }]);
        for (const point of missed) lines.push(...item('  • ', point[lang], width, { color: 'yellow' }));
      }
      lines.push(
        [{ text: t.practice.modelAnswer, bold: true }],
        ...prose(question.modelAnswer?.[lang] ?? '', width, { dim: true }),
      );
    } else {
      lines.push(...pickedLines(t, lang, miss.drawn, miss.response, width));
      lines.push(...rightAnswerLines(t, lang, miss.drawn, width));
      if (question.explanation) lines.push(...prose(question.explanation[lang], width, { dim: true }));
    }
  }
  return lines;
}
