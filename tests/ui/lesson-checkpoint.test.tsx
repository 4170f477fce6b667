// Checkpoints inside the lesson reader, through ink-testing-library at 60×20: answered with the
// explanation shown, passed sections marked in the contents, misses in the review queue, and never a trap.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dueIds } from '../../src/core/practice.js';
import type { BankQuestion } from '../../src/core/quiz.js';
import type { Lang } from '../../src/core/types.js';
import type { State } from '../../src/state/schema.js';
import { Store } from '../../src/state/store.js';
import { App } from '../../src/ui/app.js';
import { realSyllabus } from '../helpers/syllabus.js';
import { renderUi } from '../helpers/ui.js';

const titles = {
  en: ['Goals', 'Concepts', 'Mini-project step by step', 'How to validate', 'Common mistakes', 'Further reading'],
  es: [
    'Objetivos',
    'Conceptos',
    'Mini-proyecto paso a paso',
    'Cómo validar',
    'Errores comunes',
    'Lecturas recomendadas',
  ],
};
// Six sections of twelve numbered paragraphs: several pages each at 60×20.
const body = (lang: Lang) =>
  titles[lang]
    .map((title, s) =>
      [`## ${title}`, ...Array.from({ length: 12 }, (_, p) => `Paragraph ${s}.${p} of ${title}.`)].join('\n\n'),
    )
    .join('\n\n');

const both = (text: string) => ({ es: text, en: text });
const question = (id: string, right: string, explanation: string): BankQuestion => ({
  id,
  level: 'junior',
  topic: 'data-preprocessing',
  modules: ['03'],
  type: 'single',
  difficulty: 1,
  prompt: both(`Prompt of ${id}?`),
  options: [both(`Wrong A of ${id}`), both(right), both(`Wrong B of ${id}`), both(`Wrong C of ${id}`)],
  answer: [1],
  explanation: both(explanation),
});
const bank = [
  question('jr-data-01', 'Fit on the training split', 'Because fitting sees only training rows.'),
  question('jr-data-02', 'Split before fitting', 'Splitting first keeps the test set unseen.'),
];
const checkpoints = { concepts: ['jr-data-01'], 'mini-project': ['jr-data-02'] };
const profile = (language: Lang) => ({
  language,
  startDate: '2026-11-02',
  paceWeeks: 8 as const,
  workspace: tmpdir(),
  createdAt: 'x',
});
const NOW = Date.parse('2026-12-02T10:00:00Z');

function setup(lang: Lang, state: Partial<State> = {}) {
  const store = Store.open(mkdtempSync(join(tmpdir(), 'mlops-ui-')));
  store.update((current) => ({ ...current, profile: profile(lang), ...state }));
  const ui = renderUi(
    <App
      store={store}
      syllabus={realSyllabus()}
      fallbackLang={lang}
      today={() => '2026-12-02'}
      defaultWorkspace={tmpdir()}
      initialRoute={{ name: 'lesson', id: '03' }}
      lessons={async () => ({ title: 'Feature engineering', body: body(lang), checkpoints })}
      questions={async () => bank}
      clock={() => NOW}
      seed={7}
    />,
    { columns: 60, rows: 20 },
  );
  return { ...ui, store };
}

/** Pages down until `text` is on screen (a checkpoint stops the paging). */
async function pageUntil(ui: ReturnType<typeof setup>, text: string): Promise<string> {
  for (let i = 0; i < 30 && !ui.frame().includes(text); i++) {
    const before = ui.frame();
    await ui.press('pageDown');
    await ui.waitFor((frame) => frame !== before || frame.includes(text), 2000).catch(() => undefined);
  }
  return ui.waitFor(text);
}

/** The number on screen of the option whose text is `text`. */
const optionNumber = (frame: string, text: string) => new RegExp(`(\\d)\\. ${text}`).exec(frame)?.[1];
const widest = (frame: string) => Math.max(...frame.split('\n').map((line) => [...line].length));

describe('a checkpoint at the end of a lesson section', () => {
  it('stops at the end of Concepts, shows the explanation once answered, and the contents mark the section', async () => {
    const ui = setup('en');
    await ui.waitFor('Paragraph 0.0 of Goals.');
    let frame = await pageUntil(ui, 'Checkpoint · Concepts');
    expect(frame).toContain('Prompt of jr-data-01?');
    expect(frame).toContain('s skip');
    expect(widest(frame)).toBeLessThanOrEqual(60);
    const right = optionNumber(frame, 'Fit on the training split');
    expect(right).toBeDefined();
    await ui.press({ text: right! });
    frame = await ui.waitFor('✓ Correct');
    expect(frame).toContain('Because fitting sees only training rows.');
    expect(frame).toContain('Enter continue reading');
    await ui.press('enter');
    await ui.waitFor((text) => !text.includes('Checkpoint'));
    // The answer went to the history like a quiz answer; the section is passed
    await vi.waitFor(() => expect(ui.store.read().modules['03']?.checkpoints?.passed).toEqual([1]));
    expect(ui.store.read().questions['jr-data-01']?.history).toMatchObject([{ score: 1, mode: 'quiz' }]);
    // Reading goes on past the section, into the next one
    await ui.press('pageDown');
    await ui.waitFor('Paragraph 2.');
    await ui.press({ text: 't' });
    frame = await ui.waitFor('Contents');
    expect(frame).toContain('Concepts ✓');
    expect(frame).not.toContain('Goals ✓');
    expect(frame).not.toContain('Mini-project step by step ✓');
  });

  it('a miss goes to the review queue; PgUp goes back to the text, t opens the contents and s skips', async () => {
    const ui = setup('en');
    await ui.waitFor('Paragraph 0.0 of Goals.');
    let frame: string;
    await pageUntil(ui, 'Checkpoint · Concepts');
    // PgUp: back to the text, the checkpoint comes back on the way down
    await ui.press('pageUp');
    await ui.waitFor((text) => !text.includes('Checkpoint') && text.includes('Paragraph 1.'));
    frame = await pageUntil(ui, 'Checkpoint · Concepts');
    // Missed: the explanation shows and the question is due for review
    const wrong = optionNumber(frame, 'Wrong A of jr-data-01');
    await ui.press({ text: wrong! });
    frame = await ui.waitFor('✗');
    expect(frame).toContain('Fit on the training split');
    await vi.waitFor(() => expect(dueIds(ui.store.read().cards, new Date(NOW))).toEqual(['jr-data-01']));
    await ui.press('enter');
    await ui.waitFor((text) => !text.includes('Checkpoint'));
    // The next checkpoint: t opens the contents from it, b closes them, and it is still there on the way down
    await pageUntil(ui, 'Checkpoint · Mini-project step by step');
    await ui.press({ text: 't' });
    await ui.waitFor('Contents');
    await ui.press({ text: 'b' });
    await ui.waitFor((text) => !text.includes('Contents'));
    await pageUntil(ui, 'Checkpoint · Mini-project step by step');
    // Skipped with s: nothing recorded, and the next pages are the next section
    await ui.press({ text: 's' });
    await ui.waitFor((text) => !text.includes('Checkpoint'));
    await pageUntil(ui, 'Paragraph 3.0 of How to validate.');
    expect(ui.store.read().questions['jr-data-02']).toBeUndefined();
    expect(ui.store.read().modules['03']?.checkpoints).toBeUndefined();
  });

  it('a checkpoint passed on an earlier visit is marked in the contents and not asked again', async () => {
    const ui = setup('en', { modules: { '03': { checkpoints: { passed: [1], updatedAt: 'x' } } } });
    await ui.waitFor('Paragraph 0.0 of Goals.');
    await ui.press({ text: 't' });
    expect(await ui.waitFor('Contents')).toContain('Concepts ✓');
    await ui.press({ text: 'b' });
    await ui.waitFor((text) => !text.includes('Contents'));
    // Paging goes past the end of Concepts to the next checkpoint
    const frame = await pageUntil(ui, 'Checkpoint · Mini-project step by step');
    expect(frame).toContain('Prompt of jr-data-02?');
    expect(ui.store.read().questions['jr-data-01']).toBeUndefined();
  });

  it('speaks Spanish: the section, the skip key and the explanation', async () => {
    const ui = setup('es');
    await ui.waitFor('Paragraph 0.0 of Objetivos.');
    let frame = await pageUntil(ui, 'Punto de control · Conceptos');
    expect(frame).toContain('s saltar');
    expect(frame).toContain('Comprueba lo que acabas de leer:');
    await ui.press({ text: optionNumber(frame, 'Fit on the training split')! });
    frame = await ui.waitFor('Enter seguir leyendo');
    expect(frame).toContain('Because fitting sees only training rows.');
    await ui.press('enter');
    await ui.waitFor((text) => !text.includes('Punto de control'));
    await ui.press({ text: 't' });
    frame = await ui.waitFor('Índice');
    expect(frame).toContain('Conceptos ✓');
    await ui.press({ text: 'b' });
    await ui.waitFor((text) => !text.includes('Índice'));
    // b leaves the lesson from inside a checkpoint, as from anywhere in the reader
    frame = await pageUntil(ui, 'Punto de control · Mini-proyecto paso a paso');
    // At 60 columns the hints that drop are the others: the ways out stay on the bar
    expect(frame.split('\n').at(-1)).toBe('1–4/↑↓ Enter responder · s saltar · b volver · q salir');
    await ui.press({ text: 'b' });
    await ui.waitFor('Continuar');
  });
});
