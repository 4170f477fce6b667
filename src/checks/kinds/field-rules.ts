// Rules on values inside JSON/YAML data (a dotted path, `*` for any key or index): shared by
// data-shape and the HTTP probe's answers.
import type { FieldRule } from '../../content/check-schema.js';
import type { KindContext } from '../types.js';

/** Every value reached by a dotted path where `*` is any key or index. */
export function valuesAt(data: unknown, path: string): unknown[] {
  let current: unknown[] = [data];
  for (const part of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object') continue;
      if (part === '*') next.push(...Object.values(value as Record<string, unknown>));
      else if (Object.prototype.hasOwnProperty.call(value, part)) next.push((value as Record<string, unknown>)[part]);
    }
    current = next;
  }
  return current;
}

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

export function ruleProblem(rule: FieldRule, values: unknown[], ctx: KindContext): string | undefined {
  const label = rule.label ?? rule.path;
  if (values.length === 0) return ctx.t.msg.fieldMissing(label);
  const satisfies = (value: unknown) =>
    (!rule.type || typeOf(value) === rule.type) &&
    (rule.equals === undefined || value === rule.equals) &&
    (rule.min === undefined || (typeof value === 'number' && value >= rule.min)) &&
    (!rule.has || (typeOf(value) === 'object' && rule.has.every((key) => Object.prototype.hasOwnProperty.call(value, key))));
  if (values.some(satisfies)) return undefined;
  const first = values[0];
  if (rule.type && typeOf(first) !== rule.type) return ctx.t.msg.fieldType(label, rule.type);
  if (rule.equals !== undefined) return ctx.t.msg.fieldEquals(label, JSON.stringify(rule.equals), JSON.stringify(first));
  if (rule.min !== undefined) return ctx.t.msg.fieldMin(label, rule.min, JSON.stringify(first));
  return ctx.t.msg.fieldKeys(label, rule.has!.join(', '));
}

