// Sentences of the checkers that depend on a number agree with it, in both languages.
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.js';

describe('checker sentences agree with their numbers', () => {
  it('one public function is singular', () => {
    expect(messages('es').check.problems['too-few-functions']('1')).toBe('necesita al menos 1 función pública');
    expect(messages('es').check.problems['too-few-functions']('3')).toBe('necesita al menos 3 funciones públicas');
    expect(messages('en').check.problems['too-few-functions']('1')).toBe('needs at least 1 public function');
  });

  it('doctor says all checks are in order, not 7 of 7', () => {
    expect(messages('en').check.doctor.ok(7, 7)).toBe('All 7 checks are in order.');
    expect(messages('es').check.doctor.ok(7, 7)).toBe('Las 7 comprobaciones están en orden.');
    expect(messages('en').check.doctor.ok(5, 7)).toBe('5 of 7 checks in order.');
  });
});
