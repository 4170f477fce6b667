// The real question banks, in Spanish, on a 60×20 terminal: every question and feedback screen of a
// module quiz fits (no line wider than the terminal) and the quiz reaches its score.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/state/store.js';
import { App } from '../../src/ui/app.js';
import { realSyllabus } from '../helpers/syllabus.js';
import { renderUi } from '../helpers/ui.js';

const fits = (frame: string, columns: number, rows = 20) =>
  frame.split('\n').length <= rows && frame.split('\n').every((line) => [...line].length <= columns);

describe('module quizzes in Spanish at 60 columns', () => {
  for (const id of ['00', '01', '02', '03', '09', '11'] as const) {
    it(`quiz ${id}: ten questions, each question and its feedback fit`, { timeout: 60_000 }, async () => {
      const store = Store.open(mkdtempSync(join(tmpdir(), 'mlops-ui-')));
      store.update((state) => ({
        ...state,
        profile: { language: 'es', startDate: '2026-11-02', paceWeeks: 8, workspace: tmpdir(), createdAt: 'x' },
      }));
      const ui = renderUi(
        <App
          store={store}
          syllabus={realSyllabus()}
          fallbackLang="es"
          today={() => '2026-11-26'}
          defaultWorkspace={tmpdir()}
          initialRoute={{ name: 'quiz', id }}
          seed={7}
        />,
        { columns: 60, rows: 20 },
      );
      for (let n = 1; n <= 10; n++) {
        const question = await ui.waitFor(`Pregunta ${n}/10`);
        expect(fits(question, 60), question).toBe(true);
        // Answer with the first option (a multi needs a mark first), then read the feedback
        if (question.includes('[ ]')) {
          await ui.press({ text: ' ' });
          await ui.waitFor('[x]');
        } else await ui.press({ text: '1' });
        if (question.includes('[ ]')) await ui.press('enter');
        const feedback = await ui.waitFor(/✓ Correcto|✗ |◐ /);
        expect(fits(feedback, 60), feedback).toBe(true);
        await ui.press('enter');
      }
      const result = await ui.waitFor(/\d+ %/);
      expect(fits(result, 60)).toBe(true);
    });
  }
});
