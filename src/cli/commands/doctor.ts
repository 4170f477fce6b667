// `doctor [--json]`: the environment items of module 00, each with an install hint. Exit 1 when a
// required one fails (optional ones, like Docker, are skipped instead).
import { resolve } from 'node:path';
import { runDoctorItems } from '../../checks/doctor.js';
import { explicitPythonMissing } from '../../checks/python.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';

export async function runDoctor(ctx: Context, options: { json?: boolean; python?: string }): Promise<number> {
  const t = ctx.t.check;
  if (explicitPythonMissing(options.python)) throw new UsageError(t.pythonMissing(options.python!));
  const profile = ctx.store().read().profile;
  const workspace = ctx.dir ?? (profile?.workspace ? resolve(profile.workspace) : process.cwd());
  const items = await runDoctorItems({ t, workspace, pythonFlag: options.python, profilePython: profile?.python });
  const failed = items.filter((item) => item.status === 'fail' || item.status === 'error');
  if (options.json) ctx.out(JSON.stringify({ ok: failed.length === 0, items }, null, 2));
  else {
    ctx.out(t.doctor.title);
    for (const item of items) {
      ctx.out(`${t.status[item.status]} ${item.title}: ${item.message}`);
      if (item.hint) ctx.out(`  → ${item.hint}`);
    }
    ctx.out(
      failed.length
        ? t.doctor.notOk(failed.length)
        : t.doctor.ok(items.filter((item) => item.status === 'pass').length, items.length),
    );
  }
  return failed.length ? 1 : 0;
}
