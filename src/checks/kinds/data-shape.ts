// data-shape: a JSON or YAML file parsed, with rules on its fields (metrics.json, dvc.yaml, params.yaml).
import { parseYaml } from '../parse/yaml.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { ruleProblem, valuesAt } from './field-rules.js';
import { isOutcome, readOr, type Of } from './shared.js';

export function dataShape(item: Of<'data-shape'>, ctx: KindContext): Outcome {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  let data: unknown;
  try {
    data = item.format === 'json' ? JSON.parse(read.text) : parseYaml(read.text, { maxAliasCount: 100 });
  } catch (error) {
    return fail(ctx.t.msg.parseError(item.file, String((error as Error).message).split('\n')[0]!));
  }
  const problems = item.fields.map((rule) => ruleProblem(rule, valuesAt(data, rule.path), ctx)).filter((p): p is string => p !== undefined);
  if (problems.length) return fail(`${item.file}: ${problems.join('; ')}`);
  const figures = item.fields.filter((rule) => rule.min !== undefined).map((rule) => `${rule.label ?? rule.path} = ${JSON.stringify(valuesAt(data, rule.path)[0])}`);
  return pass(`${item.file}: ${figures.length ? figures.join(', ') : ctx.t.msg.ok}`);
}

