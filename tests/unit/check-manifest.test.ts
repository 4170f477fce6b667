// mlops-tutor.json: found walking up like package.json, strict (an unknown key is named), and the
// rules that decide which folder a module is graded in.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDefinitions } from '../../src/checks/definitions-source.js';
import {
  inferModule,
  isPlanError,
  locateTarget,
  planCheck,
  type CheckPlan,
  type CheckTarget,
} from '../../src/checks/plan.js';
import { artefactKey, moduleManifest, readManifest, WorkspaceFileError } from '../../src/checks/workspace.js';
import { repoRoot } from '../helpers/syllabus.js';

const definitions = parseDefinitions(repoRoot);
const tmp = () => mkdtempSync(join(tmpdir(), 'mlops-manifest-'));

function write(path: string, content: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

describe('the manifest', () => {
  it('names an unknown key, even inside a module entry', async () => {
    const dir = tmp();
    write(join(dir, 'mlops-tutor.json'), JSON.stringify({ modules: { '06': { path: 'api', aps: 'x:y' } } }));
    await expect(readManifest(join(dir, 'mlops-tutor.json'))).rejects.toThrow(WorkspaceFileError);
    await expect(readManifest(join(dir, 'mlops-tutor.json'))).rejects.toThrow(/unknown key "modules\.06\.aps"/);
    write(join(dir, 'mlops-tutor.json'), JSON.stringify({ module: {} }));
    await expect(readManifest(join(dir, 'mlops-tutor.json'))).rejects.toThrow(/unknown key "module"/);
  });

  it('reads folders, file overrides (spaces or dashes), app, start and sample request', async () => {
    const dir = tmp();
    write(
      join(dir, 'mlops-tutor.json'),
      JSON.stringify({
        modules: {
          '02': 'etl',
          '06': {
            path: ['svc', 'deploy'],
            app: 'svc.main:api',
            files: { 'Model Card': 'docs/m.md' },
            request: { path: '/v1/predict', body: { a: 1 } },
          },
        },
        apps: { '07': 'dash:app' },
      }),
    );
    const manifest = await readManifest(join(dir, 'mlops-tutor.json'));
    expect(moduleManifest(manifest, dir, '02')).toMatchObject({ dirs: [join(dir, 'etl')] });
    expect(moduleManifest(manifest, dir, '06')).toEqual({
      dirs: [join(dir, 'svc'), join(dir, 'deploy')],
      files: { 'model-card': 'docs/m.md' },
      app: 'svc.main:api',
      start: undefined,
      request: { method: 'POST', path: '/v1/predict', body: { a: 1 } },
    });
    expect(moduleManifest(manifest, dir, '07')).toMatchObject({ app: 'dash:app' });
    expect(artefactKey('dataset_card')).toBe('dataset-card');
  });
});

describe('where check looks', () => {
  function plan(target: CheckTarget, id: '03' | '06' | '09', explicitDir = false): CheckPlan {
    const result = planCheck({
      definition: definitions.get(id)!,
      target,
      single: true,
      explicitDir,
      pythonFlag: undefined,
    });
    if (isPlanError(result)) throw new Error(JSON.stringify(result));
    return result;
  }

  it('finds the manifest above the current folder and uses its mapping', async () => {
    const root = tmp();
    write(join(root, 'mlops-tutor.json'), JSON.stringify({ modules: { '06': 'services/api' } }));
    mkdirSync(join(root, 'services', 'api', 'src'), { recursive: true });
    const target = await locateTarget({ cwd: join(root, 'services', 'api', 'src'), profileWorkspace: '/nonexistent' });
    if (isPlanError(target)) throw new Error('plan error');
    expect(target.manifestPath).toBe(join(root, 'mlops-tutor.json'));
    expect(target.workspace).toBe(root);
    expect(inferModule(target, definitions)).toBe('06');
    expect(plan(target, '06').dir).toBe(join(root, 'services', 'api'));
  });

  it('grades a --dir that is not a workspace of module folders as the module itself', async () => {
    const project = tmp();
    write(join(project, 'README.md'), '# cards\n');
    const target = await locateTarget({ dirFlag: project, cwd: '/' });
    if (isPlanError(target)) throw new Error('plan error');
    expect(plan(target, '09', true).dir).toBe(project);
  });

  it('infers the module from an NN-slug folder and grades it there', async () => {
    const workspace = tmp();
    write(join(workspace, '03-feature-engineering', 'features.py'), 'x = 1\n');
    const target = await locateTarget({ cwd: join(workspace, '03-feature-engineering') });
    if (isPlanError(target)) throw new Error('plan error');
    expect(inferModule(target, definitions)).toBe('03');
    expect(plan(target, '03').dir).toBe(join(workspace, '03-feature-engineering'));
  });

  it('says the folder is missing (and the TUI is not graded against an empty workspace)', async () => {
    const workspace = tmp();
    const target = await locateTarget({ dirFlag: workspace, cwd: workspace });
    if (isPlanError(target)) throw new Error('plan error');
    expect(planCheck({ definition: definitions.get('03')!, target, single: true })).toEqual({
      error: 'missing-folder',
      path: join(workspace, '03-feature-engineering'),
    });
  });

  it('reports a broken manifest as a workspace-file error naming the file', async () => {
    const root = tmp();
    write(join(root, 'mlops-tutor.json'), '{ not json');
    expect(await locateTarget({ cwd: root })).toEqual({
      error: 'workspace-file',
      detail: `${join(root, 'mlops-tutor.json')}: not valid JSON`,
    });
  });
});
