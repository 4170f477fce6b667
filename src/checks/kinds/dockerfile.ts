// dockerfile: a Dockerfile read statically (no Docker needed): pinned base images, a non-root final
// user, no secrets copied into the image, the command it runs.
import { dirname, join } from 'node:path';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { isOutcome, readOr, readProjectFile, type Of } from './shared.js';

export interface Instruction {
  name: string;
  args: string;
  line: number;
}

/** Instructions with their continuation lines joined; comments and blank lines dropped. */
export function dockerInstructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending = '';
  let startLine = 0;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (!line || line.startsWith('#'))) return;
    if (pending && line.startsWith('#')) return;
    if (!pending) startLine = index + 1;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      return;
    }
    const full = `${pending}${line}`.trim();
    pending = '';
    const match = /^(\w+)\s*(.*)$/s.exec(full);
    if (match) out.push({ name: match[1]!.toUpperCase(), args: match[2]!.trim(), line: startLine });
  });
  if (pending.trim()) {
    const match = /^(\w+)\s*(.*)$/s.exec(pending.trim());
    if (match) out.push({ name: match[1]!.toUpperCase(), args: match[2]!.trim(), line: startLine });
  }
  return out;
}

const words = (args: string) => args.split(/\s+/).filter(Boolean);
/** Names that hold credentials, given a literal value (not `${VAR}`, not empty). */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)$/i;

/** The variable of an ENV/ARG line (`K=V …` or the legacy `K V`) that sets a credential to a literal value. */
function secretSetting(args: string): string | undefined {
  const pairs = /^\s*[\w.-]+\s*=/.test(args) ? [...args.matchAll(/([\w.-]+)=("[^"]*"|'[^']*'|\S*)/g)].map((m) => [m[1]!, m[2]!] as const) : [[args.trim().split(/\s+/)[0] ?? '', args.trim().split(/\s+/).slice(1).join(' ')] as const];
  return pairs.find(([name, value]) => SECRET_NAME.test(name) && value.replace(/^["']|["']$/g, '') !== '' && !value.includes('$'))?.[0];
}

const SECRET = /(^|\/)(\.env(\.[\w-]+)?|id_rsa\w*|id_ed25519\w*|credentials(\.\w+)?|secrets?(\.\w+)?|[\w.-]+\.(pem|key|p12|pfx))\/?$/i;

/** Source paths of a COPY/ADD (flags and the destination dropped; JSON form understood). */
function copySources(args: string): { sources: string[]; fromStage: boolean } {
  let parts: string[];
  const flags = words(args).filter((word) => word.startsWith('--'));
  const rest = args.replace(/^(\s*--\S+)+/, '').trim();
  if (rest.startsWith('[')) {
    try {
      parts = JSON.parse(rest) as string[];
    } catch {
      parts = words(rest);
    }
  } else parts = words(rest);
  return { sources: parts.slice(0, -1), fromStage: flags.some((flag) => flag.startsWith('--from=')) };
}

export function dockerfile(item: Of<'dockerfile'>, ctx: KindContext): Outcome {
  const got = readOr(ctx, item.file);
  if (isOutcome(got)) return got;
  const instructions = dockerInstructions(got.text);
  const froms = instructions.filter((i) => i.name === 'FROM');
  if (froms.length === 0) return fail(ctx.t.msg.dockerNoFrom(item.file));
  switch (item.rule) {
    case 'pinned-base': {
      const stages = new Set<string>();
      for (const from of froms) {
        const parts = words(from.args).filter((word) => !word.startsWith('--'));
        const image = parts[0] ?? '';
        const alias = parts[1]?.toUpperCase() === 'AS' ? parts[2] : undefined;
        const fromStage = stages.has(image.toLowerCase());
        if (alias) stages.add(alias.toLowerCase());
        // `FROM builder` starts from an earlier stage, already checked; scratch has no versions.
        if (fromStage || image === 'scratch') continue;
        if (image.includes('@sha256:')) continue;
        const tag = /:([^/:]+)$/.exec(image)?.[1];
        if (!tag || tag === 'latest') return fail(ctx.t.msg.dockerUnpinned(image, from.line));
      }
      return pass(ctx.t.msg.dockerPinned(froms.map((from) => words(from.args).filter((w) => !w.startsWith('--'))[0]).join(', ')));
    }
    case 'non-root-user': {
      // Only the final stage's USER matters: it is the one the container runs as.
      const lastFrom = instructions.lastIndexOf(froms[froms.length - 1]!);
      const users = instructions.slice(lastFrom).filter((i) => i.name === 'USER');
      const user = users.at(-1)?.args.split(':')[0]?.trim();
      if (!user) return fail(ctx.t.msg.dockerNoUser);
      if (user === 'root' || user === '0') return fail(ctx.t.msg.dockerRootUser(users.at(-1)!.line));
      return pass(ctx.t.msg.dockerUser(user));
    }
    case 'no-secrets': {
      // A secret written into ENV/ARG stays in the image's layers and history for anyone who pulls it.
      for (const setting of instructions.filter((i) => i.name === 'ENV' || i.name === 'ARG')) {
        const name = secretSetting(setting.args);
        if (name) return fail(ctx.t.msg.dockerSecretEnv(setting.name, name, setting.line));
      }
      for (const copy of instructions.filter((i) => i.name === 'COPY' || i.name === 'ADD')) {
        const { sources, fromStage } = copySources(copy.args);
        if (fromStage) continue;
        const secret = sources.find((source) => SECRET.test(source.replace(/^\.\//, '')));
        if (secret) return fail(ctx.t.msg.dockerSecret(secret, copy.line));
        // `COPY . .` sends the whole folder: a .env in it goes too unless .dockerignore excludes it.
        if (sources.some((source) => source === '.' || source === './')) {
          // .dockerignore sits beside the build context, which is the Dockerfile's folder in the lessons.
          const ignore = readProjectFile(ctx, join(dirname(item.file), '.dockerignore'));
          const ignored = ignore.ok && ignore.text.split(/\r?\n/).some((line) => /^\s*(\*\*\/)?\.env\*?\s*$/.test(line));
          if (!ignored) return fail(ctx.t.msg.dockerCopyAll(copy.line));
        }
      }
      return pass(ctx.t.msg.dockerNoSecrets);
    }
    case 'cmd': {
      const last = instructions.filter((i) => i.name === 'CMD' || i.name === 'ENTRYPOINT').at(-1);
      if (!last) return fail(ctx.t.msg.dockerNoCmd);
      const pattern = new RegExp(item.cmd ?? '.', 'i');
      return pattern.test(last.args) ? pass(`${last.name} ${last.args}`.slice(0, 120)) : fail(ctx.t.msg.dockerCmd(`${last.name} ${last.args}`.slice(0, 80), item.cmd ?? ''));
    }
  }
}

