import { describe, expect, it } from 'vitest';
import { codePointLength, truncate, wrapCode, wrapText } from '../../src/ui/layout.js';
import { prose } from '../../src/ui/practice/lines.js';
import { loadContent } from '../../src/content/load.js';
import { repoRoot } from '../helpers/syllabus.js';
import { appReducer, currentRoute, initialAppState } from '../../src/ui/app-state.js';
import { emptyState } from '../../src/state/schema.js';
import { fitHints } from '../../src/ui/components/frame.js';

describe('wrapping and truncation', () => {
  it('counts code points as the screen shows them: accents, emoji and a lone surrogate each count once', () => {
    for (const text of ['', 'pipeline', 'métricas ñandú', '🚀 deploy 🐍', 'a\u{1F600}b', '\ud83d', 'x\udc00y'])
      expect(codePointLength(text)).toBe([...text].length);
    expect(wrapText('🚀 uno dos tres 🐍 cuatro', 10)).toEqual(['🚀 uno dos', 'tres 🐍', 'cuatro']);
  });
  it('never produces a line wider than the width, even for long words', () => {
    const text =
      'Construir pipelines serializables con ColumnTransformer y un transformador_personalizado_muy_largo_que_no_cabe';
    for (const width of [20, 33, 60])
      for (const line of wrapText(text, width, '  ')) expect([...line].length).toBeLessThanOrEqual(width);
    expect(wrapText('• uno dos tres cuatro', 12, '  ')).toEqual(['• uno dos', '  tres', '  cuatro']);
  });

  it('truncates with an ellipsis', () => {
    expect(truncate('Ingeniería de datos', 10)).toBe('Ingenierí…');
    expect(truncate('corto', 10)).toBe('corto');
  });

  it('fits as many key hints as the width allows, in order', () => {
    expect(fitHints(['↑↓ move', 'Enter open', '? help', 'q quit'], 40)).toBe('↑↓ move · Enter open · ? help · q quit');
    expect(fitHints(['↑↓ move', 'Enter open', '? help'], 24)).toBe('↑↓ move · Enter open');
  });

  it('keeps the ways out (b, q, Esc) when hints drop for width, wherever the screen lists them', () => {
    expect(fitHints(['↑↓ move', 'Enter open', '? help', 'q quit'], 24)).toBe('↑↓ move · q quit');
    expect(fitHints(['PgUp/PgDn desplazar', 'b volver', '? ayuda', 'q salir'], 30)).toBe('b volver · q salir');
    expect(fitHints(['↵ confirm', 'Esc cancel'], 12)).toBe('Esc cancel');
    // Not even the ways out fit: as many of them as do
    expect(fitHints(['x', 'b back', 'q quit'], 8)).toBe('b back');
  });
});

describe('navigation reducer', () => {
  it('starts with onboarding until a profile exists, then at home', () => {
    expect(currentRoute(initialAppState(emptyState(), 'es')).name).toBe('onboarding');
    const withProfile = {
      ...emptyState(),
      profile: {
        language: 'en' as const,
        startDate: '2026-11-02',
        paceWeeks: 8 as const,
        workspace: '/w',
        createdAt: 'x',
      },
    };
    expect(currentRoute(initialAppState(withProfile, 'es')).name).toBe('home');
  });

  it('opens screens on a stack, goes back, and never pops the root', () => {
    let state = initialAppState(
      {
        ...emptyState(),
        profile: { language: 'en', startDate: '2026-11-02', paceWeeks: 8, workspace: '/w', createdAt: 'x' },
      },
      'en',
    );
    state = appReducer(state, { type: 'open', route: { name: 'module', id: '03' } });
    expect(currentRoute(state)).toEqual({ name: 'module', id: '03' });
    state = appReducer(state, { type: 'toggle-help' });
    state = appReducer(state, { type: 'back' });
    expect(state.help).toBe(false);
    expect(currentRoute(state).name).toBe('module');
    state = appReducer(appReducer(state, { type: 'back' }), { type: 'back' });
    expect(state.stack).toEqual([{ name: 'home' }]);
  });
});

describe('code lines and URLs that do not fit', () => {
  it('break at a token boundary, keep the indentation and mark the continuation', () => {
    const line = '    return {"p": float(model.predict_proba(X)[0, 1]), "version": settings.model_version}';
    const wrapped = wrapCode(line, 40);
    for (const part of wrapped) expect([...part].length).toBeLessThanOrEqual(40);
    expect(wrapped[0]).toBe('    return {"p":');
    expect(wrapped.slice(1).every((part) => part.startsWith('    ↳ '))).toBe(true);
    // Nothing is lost but the spaces at the breaks
    expect(wrapped.map((part, index) => (index === 0 ? part : part.slice(6))).join(' ')).toBe(line);
  });

  it('a long token breaks after its own punctuation, never in the middle of a word', () => {
    const url = 'https://scikit-learn.org/stable/modules/generated/sklearn.model_selection.TimeSeriesSplit.html';
    const wrapped = wrapText(`See ${url}`, 30);
    for (const part of wrapped) expect([...part].length).toBeLessThanOrEqual(30);
    expect(wrapped[0]).toBe('See');
    expect(wrapped[1]).toMatch(/[/.-]$/);
    expect(wrapped.slice(2).every((part) => part.startsWith('↳ '))).toBe(true);
    expect(
      wrapped
        .slice(1)
        .map((part) => part.replace(/^↳ /, ''))
        .join(''),
    ).toBe(url);
  });
});

describe('bank text with code', () => {
  it('keeps a Makefile’s lines and recipe indentation; prose around it is re-flowed', () => {
    const text =
      'About this Makefile, what is true?\nSelect all that apply.\n\n.PHONY: setup test\nsetup:\n\tpython -m venv .venv\ntest:\n\t.venv/bin/pytest -q\n';
    const shown = prose(text, 60).map((line) => line.map((segment) => segment.text).join(''));
    expect(shown).toEqual([
      'About this Makefile, what is true? Select all that apply.',
      '',
      '.PHONY: setup test',
      'setup:',
      '    python -m venv .venv',
      'test:',
      '    .venv/bin/pytest -q',
    ]);
  });

  it('keeps a snippet without indentation as code when every line reads as code', () => {
    const shown = prose('What does it print?\n\nadd(1)\nprint(add(2))', 60).map((line) =>
      line.map((segment) => segment.text).join(''),
    );
    expect(shown).toEqual(['What does it print?', '', 'add(1)', 'print(add(2))']);
  });
});

describe('every bank at 60 columns', () => {
  type Text = { es: string; en: string } | undefined;
  const questions = loadContent(repoRoot).questions as unknown as {
    id: string;
    prompt: Text;
    explanation?: Text;
    modelAnswer?: Text;
  }[];
  it('shows each indented source line of a prompt or explanation indented, on a line of its own, never wider than 60', () => {
    let checked = 0;
    for (const question of questions)
      for (const field of [question.prompt, question.explanation, question.modelAnswer])
        for (const lang of ['es', 'en'] as const) {
          const text = field?.[lang];
          if (!text) continue;
          const shown = prose(text, 60).map((line) => line.map((segment) => segment.text).join(''));
          for (const line of shown) expect([...line].length, `${question.id}: ${line}`).toBeLessThanOrEqual(60);
          for (const source of text
            .split('\n')
            .filter((line) => /^(\t| {2,})\S/.test(line) && !/^\s*([-*•]|\d+[.)]) /.test(line))) {
            const expected = source.replace(/\t/g, '    ').trimEnd();
            const head = expected.slice(0, 60);
            expect(
              shown.some((line) => line.startsWith(head.split(' ').slice(0, -1).join(' ') || head)),
              `${question.id} ${lang}: ${expected}`,
            ).toBe(true);
            checked += 1;
          }
        }
    expect(checked).toBeGreaterThan(20);
  });
});
