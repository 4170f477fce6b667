import { describe, expect, it } from 'vitest';
import { scrollOffset, truncate, wrapText } from '../../src/ui/layout.js';
import { appReducer, currentRoute, initialAppState } from '../../src/ui/app-state.js';
import { emptyState } from '../../src/state/schema.js';
import { fitHints } from '../../src/ui/components/frame.js';

describe('wrapping and truncation', () => {
  it('never produces a line wider than the width, even for long words', () => {
    const text = 'Construir pipelines serializables con ColumnTransformer y un transformador_personalizado_muy_largo_que_no_cabe';
    for (const width of [20, 33, 60]) for (const line of wrapText(text, width, '  ')) expect([...line].length).toBeLessThanOrEqual(width);
    expect(wrapText('• uno dos tres cuatro', 12, '  ')).toEqual(['• uno dos', '  tres', '  cuatro']);
  });

  it('truncates with an ellipsis', () => {
    expect(truncate('Ingeniería de datos', 10)).toBe('Ingenierí…');
    expect(truncate('corto', 10)).toBe('corto');
  });

  it('fits as many key hints as the width allows, in order', () => {
    expect(fitHints(['↑↓ move', 'Enter open', '? help', 'q quit'], 24)).toBe('↑↓ move · Enter open');
  });
});

describe('scroll window', () => {
  it('keeps the selected row visible', () => {
    expect(scrollOffset(0, 0, 5, 20)).toBe(0);
    expect(scrollOffset(7, 0, 5, 20)).toBe(3);
    expect(scrollOffset(2, 3, 5, 20)).toBe(2);
    expect(scrollOffset(19, 0, 5, 20)).toBe(15);
    expect(scrollOffset(3, 0, 10, 4)).toBe(0);
  });
});

describe('navigation reducer', () => {
  it('starts with onboarding until a profile exists, then at home', () => {
    expect(currentRoute(initialAppState(emptyState(), 'es')).name).toBe('onboarding');
    const withProfile = { ...emptyState(), profile: { language: 'en' as const, startDate: '2026-11-02', paceWeeks: 8 as const, workspace: '/w', createdAt: 'x' } };
    expect(currentRoute(initialAppState(withProfile, 'es')).name).toBe('home');
  });

  it('opens screens on a stack, goes back, and never pops the root', () => {
    let state = initialAppState({ ...emptyState(), profile: { language: 'en', startDate: '2026-11-02', paceWeeks: 8, workspace: '/w', createdAt: 'x' } }, 'en');
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
