// Projects laid out the way real ones are — other file names, cards in docs/, CI at a monorepo's
// root, an app module that is not app/main.py — are graded on what they contain, not on the
// reference solution's file names. Each variant is built from a reference solution by moving and
// renaming its files the way real projects name them, and every item's expected verdict is listed.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModuleId } from '../../src/core/types.js';
import { repoRoot } from '../helpers/syllabus.js';
import { execFileSync } from 'node:child_process';
import { check, definition, testPython } from './helpers.js';

const TIMEOUT = 240_000;

/** A copy of solution `id` at `<root>/<at>`, with `root` a git repository (a `.git` folder). */
function variantOf(id: ModuleId, at: string): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), `mlops-variant-${id}-`));
  mkdirSync(join(root, '.git'));
  const dir = join(root, at);
  mkdirSync(dirname(dir), { recursive: true });
  cpSync(join(repoRoot, 'solutions', definition(id).path), dir, { recursive: true });
  return { root, dir };
}

function move(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}

function rewrite(path: string, replacements: [string | RegExp, string][]): void {
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${path}: ${String(from)} did not apply`);
    text = next;
  }
  writeFileSync(path, text);
}

const verdicts = (result: Awaited<ReturnType<typeof check>>) => Object.fromEntries(result.items.map((item) => [item.id, item.status]));

describe('checkers find artefacts by what they are', () => {
  it('09: lower-case cards in docs/, a datasheet for the dataset', { timeout: TIMEOUT }, async () => {
    const { root, dir } = variantOf('09', 'ml-portfolio');
    move(join(dir, 'MODEL_CARD.md'), join(dir, 'docs', 'model_card.md'));
    move(join(dir, 'DATASET_CARD.md'), join(dir, 'docs', 'Datasheet.md'));
    const result = await check(definition('09'), dir, root);
    expect(verdicts(result)).toEqual({
      files: 'pass',
      'model-card-sections': 'pass',
      'dataset-card-sections': 'pass',
      'evaluation-figures': 'pass',
      'no-placeholders': 'pass',
      substance: 'pass',
      'model-facts': 'pass',
      'cards-linked': 'pass',
      'training-reproducible': 'pass',
      'dataset-size': 'pass',
      subgroups: 'pass',
    });
    // The messages name the files that were read.
    expect(result.items.find((item) => item.id === 'model-facts')!.message).toContain('docs/model_card.md');
    expect(result.score).toBe(100);
  });

  it('09: a Hugging Face-style model card (YAML header) and a Spanish Data Cards-style datasheet', { timeout: TIMEOUT }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'mlops-variant-hf-'));
    mkdirSync(join(root, '.git'));
    const dir = join(root, 'churn');
    mkdirSync(join(dir, 'docs'), { recursive: true });
    cpSync(join(repoRoot, 'tests', 'fixtures', 'cards', 'hf-model-card.md'), join(dir, 'docs', 'model-card.md'));
    cpSync(join(repoRoot, 'tests', 'fixtures', 'cards', 'data-card.es.md'), join(dir, 'docs', 'datasheet.md'));
    const result = await check(definition('09'), dir, root);
    const problems = result.items.filter((item) => item.status !== 'pass').map((item) => `${item.id}: ${item.message}`);
    expect(problems).toEqual([]);
    // The license and the date came from the card itself (front matter and the details list).
    expect(result.items.find((item) => item.id === 'model-facts')!.message).toMatch(/2\.3\.0.*2026-10-14.*apache-2\.0/i);
  });

  it('09: a missing card fails its items alone and says where it looked', { timeout: TIMEOUT }, async () => {
    const { root, dir } = variantOf('09', 'cards');
    rmSync(join(dir, 'MODEL_CARD.md'));
    const result = await check(definition('09'), dir, root);
    const byId = verdicts(result);
    // Dataset-card items still earn their points: no gate.
    expect(byId).toMatchObject({ files: 'fail', 'model-card-sections': 'fail', 'dataset-card-sections': 'pass', 'dataset-size': 'pass' });
    const message = result.items.find((item) => item.id === 'model-facts')!.message;
    expect(message).toMatch(/cannot find the model card: looked for MODEL_CARD\.md, .*model_card\*\.md.* in \.\/, docs\/, .*the whole project/);
    expect(result.items.find((item) => item.id === 'dataset-size')!.earned).toBe(7);
  });

  it('08: a monorepo keeps CI and the gitleaks config at the git root', { timeout: TIMEOUT }, async () => {
    const { root, dir } = variantOf('08', 'projects/churn-ci');
    move(join(dir, '.github'), join(root, '.github'));
    move(join(dir, '.gitleaks.toml'), join(root, '.gitleaks.toml'));
    const result = await check(definition('08'), dir, root);
    const byId = verdicts(result);
    for (const id of ['files', 'workflow-parses', 'triggers', 'matrix', 'coverage-gate', 'secret-scan', 'dependency-audit', 'workflow-setup', 'gitleaks-config', 'actions-pinned'])
      expect(`${id}: ${byId[id]}`).toBe(`${id}: pass`);
    expect(result.items.find((item) => item.id === 'workflow-setup')!.message).toContain('../../.github/workflows/ci.yml');
  });

  it('08: without a workflow anywhere up to the git root, only the CI items fail', { timeout: TIMEOUT }, async () => {
    const { root, dir } = variantOf('08', 'svc');
    rmSync(join(dir, '.github'), { recursive: true });
    const result = await check(definition('08'), dir, root);
    const byId = verdicts(result);
    expect(byId).toMatchObject({ 'workflow-parses': 'fail', triggers: 'skip', 'gitleaks-config': 'pass', pyproject: 'pass', readme: 'pass', pytest: 'pass' });
    expect(result.items.find((item) => item.id === 'workflow-parses')!.message).toMatch(/GitHub Actions workflows folder: looked for \.github\/workflows/);
  });

  it('06: the app is service/api.py (`api = FastAPI()`), the request model ChurnRequest in contracts.py', { timeout: TIMEOUT }, async () => {
    const { root, dir } = variantOf('06', 'churn-service');
    move(join(dir, 'app'), join(dir, 'service'));
    move(join(dir, 'service', 'main.py'), join(dir, 'service', 'api.py'));
    move(join(dir, 'service', 'schemas.py'), join(dir, 'service', 'contracts.py'));
    rewrite(join(dir, 'service', 'api.py'), [
      [/from app\.schemas import Customer,/, 'from service.contracts import ChurnRequest,'],
      [/^app = FastAPI\(/m, 'api = FastAPI('],
      [/@app\.get/g, '@api.get'],
      [/@app\.post/g, '@api.post'],
      [/customer: Customer/g, 'customer: ChurnRequest'],
    ]);
    rewrite(join(dir, 'service', 'contracts.py'), [[/class Customer\(/, 'class ChurnRequest(']]);
    rewrite(join(dir, 'tests', 'test_api.py'), [
      [/from app import main/, 'from service import api as main'],
      [/from app\.main import app/, 'from service.api import api as app'],
    ]);
    rewrite(join(dir, 'Dockerfile'), [
      [/COPY app\/ \.\/app\//, 'COPY service/ ./service/'],
      [/"app\.main:app"/, '"service.api:api"'],
    ]);
    const result = await check(definition('06'), dir, root);
    const byId = verdicts(result);
    for (const id of ['files', 'health', 'predict-valid', 'predict-invalid-422', 'docs', 'schemas', 'routes', 'dockerfile-cmd', 'pytest'])
      expect(`${id}: ${byId[id]} ${result.items.find((item) => item.id === id)!.message}`).toMatch(new RegExp(`^${id}: pass`));
    expect(result.items.find((item) => item.id === 'schemas')!.message).toContain('service/contracts.py');
  });
  it('03: a src-layout transformer for a car-price dataset is tried on the project\'s own data', { timeout: TIMEOUT }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'mlops-variant-carfeatures-'));
    mkdirSync(join(root, '.git'));
    const dir = join(root, 'car-features');
    const pkg = join(dir, 'src', 'carfeatures');
    mkdirSync(pkg, { recursive: true });
    mkdirSync(join(dir, 'data', 'raw'), { recursive: true });
    const fuels = ['petrol', 'diesel', 'electric', 'hybrid'];
    const rows = Array.from({ length: 240 }, (_, i) => {
      const year = 2005 + (i * 7) % 19;
      const mileage = i % 7 === 0 ? '' : String(10_000 + ((i * 7919) % 180_000));
      const fuel = fuels[i % 4]!;
      return `${year},${mileage},${fuel},${Math.round(32_000 - (2025 - year) * 900 - ((i * 7919) % 180_000) * 0.04 + (fuel === 'electric' ? 6000 : 0))}`;
    });
    writeFileSync(join(dir, 'data', 'raw', 'cars.csv'), `year,mileage_km,fuel,price\n${rows.join('\n')}\n`);
    writeFileSync(join(pkg, '__init__.py'), '');
    const transformer = (fill: string) =>
      [
        '"""Features for used-car prices."""',
        'from __future__ import annotations',
        '',
        'import pandas as pd',
        'from sklearn.base import BaseEstimator, TransformerMixin',
        '',
        '',
        'class CarAgeFeatures(TransformerMixin, BaseEstimator):',
        '    """Age from the year, mileage gaps filled with the training median, fuel one-hot encoded."""',
        '',
        '    def __init__(self, reference_year: int = 2025) -> None:',
        '        self.reference_year = reference_year',
        '',
        '    def fit(self, X: pd.DataFrame, y: object = None) -> "CarAgeFeatures":',
        '        """Learn the median mileage and the fuel types of the training data."""',
        '        self.mileage_median_ = float(X["mileage_km"].median())',
        '        self.fuels_ = sorted(X["fuel"].dropna().unique())',
        '        return self',
        '',
        '    def transform(self, X: pd.DataFrame) -> pd.DataFrame:',
        '        """Numbers only: age, mileage and one column per known fuel."""',
        '        out = pd.DataFrame(index=X.index)',
        '        out["age"] = self.reference_year - X["year"]',
        `        out["mileage_km"] = X["mileage_km"].fillna(${fill})`,
        '        for fuel in self.fuels_:',
        '            out[f"fuel_{fuel}"] = (X["fuel"] == fuel).astype(float)',
        '        return out',
        '',
      ].join('\n');
    writeFileSync(join(pkg, 'transformers.py'), transformer('self.mileage_median_'));
    const def = definition('03');
    const wanted = ['transformer-class', 'in-pipeline', 'pickle-round-trip', 'no-leakage', 'features-typed'];
    const result = await check({ ...def, items: def.items.filter((item) => wanted.includes(item.id)) }, dir, root);
    for (const item of result.items) expect(`${item.id}: ${item.status} ${item.message}`).toMatch(new RegExp(`^${item.id}: pass`));
    expect(result.items.find((item) => item.id === 'transformer-class')!.message).toContain('src/carfeatures/transformers.py');

    // The same transformer filling gaps with the median of the data it transforms: the leak is caught.
    writeFileSync(join(pkg, 'transformers.py'), transformer('X["mileage_km"].median()'));
    const leaky = await check({ ...def, items: def.items.filter((item) => item.id === 'no-leakage') }, dir, root);
    expect(leaky.items[0]).toMatchObject({ status: 'fail', message: expect.stringContaining("a row's output depends on the other rows transformed") });
  });
  it('04: the training script lives in scripts/, reads data/raw/ and writes its model and metrics to artifacts/', { timeout: TIMEOUT }, async () => {
    const { root, dir } = variantOf('04', 'churn-model');
    move(join(dir, 'train.py'), join(dir, 'scripts', 'train_model.py'));
    move(join(dir, 'data', 'train.csv'), join(dir, 'data', 'raw', 'churn.csv'));
    rewrite(join(dir, 'scripts', 'train_model.py'), [
      [/default="data\/train\.csv"/, 'default="data/raw/churn.csv"'],
      [/default="outputs"/, 'default="artifacts"'],
    ]);
    rewrite(join(dir, 'tests', 'test_train.py'), [
      [/sys\.path\.insert\(0, str\(Path\(__file__\)\.resolve\(\)\.parents\[1\]\)\)\nimport train {2}# noqa: E402/, 'sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))\nimport train_model as train  # noqa: E402'],
    ]);
    // The README tells how to train through a make target, as many projects do.
    rewrite(join(dir, 'README.md'), [[/python train\.py/g, 'make train']]);
    const result = await check(definition('04'), dir, root);
    const problems = result.items.filter((item) => item.status !== 'pass').map((item) => `${item.id}: ${item.message}`);
    expect(problems).toEqual([]);
    expect(result.items.find((item) => item.id === 'train-runs')!.message).toBeTruthy();
    expect(result.items.find((item) => item.id === 'metrics-shape')!.message).toContain('artifacts/metrics.json');
  });
});

describe('checkers parse what they judge instead of grepping it', () => {
  const ci = (dir: string) => join(dir, '.github', 'workflows', 'ci.yml');

  it('08: a coverage threshold in an env variable is a gate; a repository variable is said to be unreadable', { timeout: TIMEOUT }, async () => {
    const { root, dir } = variantOf('08', 'env-gate');
    rewrite(ci(dir), [
      [/^jobs:/m, 'env:\n  COV_MIN: 85\n\njobs:'],
      [/--cov-fail-under=80/, '--cov-fail-under=${{ env.COV_MIN }}'],
    ]);
    const result = await check(definition('08'), dir, root);
    const gate = result.items.find((item) => item.id === 'coverage-gate')!;
    expect(gate.status, gate.message).toBe('pass');
    expect(gate.message).toMatch(/85 %/);

    const vars = variantOf('08', 'vars-gate');
    rewrite(ci(vars.dir), [[/--cov-fail-under=80/, '--cov-fail-under=${{ vars.COVERAGE_MIN }}']]);
    const unresolved = (await check(definition('08'), vars.dir, vars.root)).items.find((item) => item.id === 'coverage-gate')!;
    expect(unresolved.status).toBe('fail');
    expect(unresolved.message).toMatch(/vars\.COVERAGE_MIN/);
    expect(unresolved.message).not.toMatch(/absent|missing/i);
  });

  it('08: a scan that cannot fail the build (continue-on-error, || true) fails the scan items with the reason', { timeout: TIMEOUT }, async () => {
    const { root, dir } = variantOf('08', 'soft-scans');
    rewrite(ci(dir), [
      [/        uses: gitleaks\/gitleaks-action@v3\n/, '        uses: gitleaks/gitleaks-action@v3\n        continue-on-error: true\n'],
      [/pip-audit -r requirements\.txt/, 'pip-audit -r requirements.txt || true'],
    ]);
    const result = await check(definition('08'), dir, root);
    const byId = Object.fromEntries(result.items.map((item) => [item.id, item]));
    expect(byId['secret-scan']).toMatchObject({ status: 'fail', message: expect.stringMatching(/gitleaks runs but cannot fail the build: .*continue-on-error/) });
    expect(byId['dependency-audit']).toMatchObject({ status: 'fail', message: expect.stringMatching(/pip-audit runs but cannot fail the build: .*\|\| true/) });
    expect(byId['workflow-parses']!.status).toBe('pass');
  });

  it('08: pip-compile output with hashes and continuation lines is pinned', { timeout: TIMEOUT }, async () => {
    const { root, dir } = variantOf('08', 'hashed');
    const pinned = readFileSync(join(dir, 'requirements.txt'), 'utf8')
      .split('\n')
      .filter((line) => /==/.test(line))
      .map((line, index) => `${line.trim()} \\\n    --hash=sha256:${String(index).padStart(64, 'a')}\n    # via -r requirements.in`);
    writeFileSync(join(dir, 'requirements.txt'), `#\n# This file is autogenerated by pip-compile with Python 3.12\n# by the following command:\n#\n#    pip-compile --generate-hashes requirements.in\n#\n${pinned.join('\n')}\n`);
    writeFileSync(join(dir, 'requirements.in'), 'pytest\npytest-cov\n');
    const item = (await check({ ...definition('08'), items: definition('08').items.filter((i) => i.id === 'requirements-pinned') }, dir, root)).items[0]!;
    expect(item.status, item.message).toBe('pass');
    expect(item.message).toMatch(/pip-compile/);
  });

  it('a range in requirements.txt fails the pinning item, naming the line', { timeout: TIMEOUT }, async () => {
    const { root, dir } = variantOf('03', 'ranges');
    rewrite(join(dir, 'requirements.txt'), [[/^pandas==.*$/m, 'pandas>=2.0']]);
    const item = (await check({ ...definition('03'), items: definition('03').items.filter((i) => i.id === 'requirements-pinned') }, dir, root)).items[0]!;
    expect(item.status).toBe('fail');
    expect(item.message).toMatch(/requirements\.txt:\d+: pandas >=2\.0 is not pinned/);
  });
  it('pytest: a test module that imports a package missing here is "not run", with the root cause, not "Interrupted"', { timeout: TIMEOUT }, async () => {
    const { root, dir } = variantOf('03', 'tracking');
    writeFileSync(join(dir, 'tests', 'test_tracking.py'), 'import mlflow\n\n\ndef test_logs_a_run():\n    assert mlflow is not None\n');
    const result = await check({ ...definition('03'), items: definition('03').items.filter((i) => i.id === 'pytest') }, dir, root);
    const pytest = result.items[0]!;
    expect(pytest.status).toBe('not-run');
    expect(pytest.message).toContain('mlflow');
    expect(pytest.hint).toMatch(/pip install mlflow/);
    expect(result.verifiedPoints).toBe(0);

    // A test of the project's own that fails is named, with where and why.
    rmSync(join(dir, 'tests', 'test_tracking.py'));
    writeFileSync(join(dir, 'tests', 'test_broken.py'), 'def test_total():\n    assert 1 + 1 == 3\n');
    const failed = (await check({ ...definition('03'), items: definition('03').items.filter((i) => i.id === 'pytest') }, dir, root)).items[0]!;
    expect(failed.status).toBe('fail');
    expect(failed.message).toMatch(/test_total/);
  });
});

describe('behaviour probed through the project\'s own contract', () => {
  it('06: a car-price API with other fields and paths is probed from its /openapi.json', { timeout: TIMEOUT }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'mlops-variant-cars-'));
    mkdirSync(join(root, '.git'));
    const dir = join(root, 'car-prices');
    const pkg = join(dir, 'src', 'carprice');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, '__init__.py'), '');
    writeFileSync(
      join(pkg, 'contracts.py'),
      [
        '"""Request and response of the price service."""',
        'from typing import Literal',
        '',
        'from pydantic import BaseModel, Field',
        '',
        '',
        'class CarListing(BaseModel):',
        '    year: int = Field(ge=1990, le=2025)',
        '    mileage_km: float = Field(ge=0)',
        '    fuel: Literal["petrol", "diesel", "electric"]',
        '',
        '',
        'class Quote(BaseModel):',
        '    price_eur: float',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(pkg, 'service.py'),
      [
        '"""Price quotes for used cars."""',
        'from fastapi import FastAPI',
        '',
        'from carprice.contracts import CarListing, Quote',
        '',
        'api = FastAPI(title="Car prices")',
        '',
        '',
        '@api.get("/healthz")',
        'def healthz() -> dict:',
        '    return {"status": "ok"}',
        '',
        '',
        '@api.get("/health")',
        'def health() -> dict:',
        '    return {"status": "ok"}',
        '',
        '',
        '@api.post("/v1/quote", response_model=Quote)',
        'def quote(car: CarListing) -> Quote:',
        '    base = 30000.0 if car.fuel == "electric" else 20000.0',
        '    return Quote(price_eur=max(500.0, base - 800.0 * (2025 - car.year) - 0.05 * car.mileage_km))',
        '',
      ].join('\n'),
    );
    const def = definition('06');
    const result = await check({ ...def, items: def.items.filter((item) => ['health', 'predict-valid', 'predict-invalid-422', 'docs', 'schemas', 'routes'].includes(item.id)) }, dir, root);
    const byId = Object.fromEntries(result.items.map((item) => [item.id, item]));
    for (const id of ['health', 'predict-valid', 'predict-invalid-422', 'docs', 'schemas']) expect(`${id}: ${byId[id]!.status} ${byId[id]!.message}`).toMatch(new RegExp(`^${id}: pass`));
    expect(byId['predict-valid']!.message).toContain('POST /v1/quote → 200');
    // Each invalid body broke one constraint of the app's own schema.
    expect(byId['predict-invalid-422']!.message.match(/POST \/v1\/quote → 422/g)!.length).toBeGreaterThanOrEqual(2);
    expect(byId.schemas!.message).toContain('src/carprice/contracts.py');

    // The same API answering 200 to anything: the invalid probe says what it sent and what came back.
    rewrite(join(pkg, 'service.py'), [[/def quote\(car: CarListing\) -> Quote:/, 'def quote(car: dict) -> Quote:'], [/car\.fuel == "electric"/, 'False'], [/car\.year/, '2020'], [/car\.mileage_km/, '1000'], [/import CarListing, Quote/, 'import Quote']]);
    const lax = (await check({ ...def, items: def.items.filter((item) => item.id === 'predict-invalid-422') }, dir, root)).items[0]!;
    expect(lax.status).toBe('fail');
    expect(lax.message).toMatch(/the schema of POST \/v1\/quote has no constraint to break/);
  });
  it('06: FastAPI(lifespan=…) on a FastAPI that never runs it is flagged beside the verdict', { timeout: TIMEOUT }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'mlops-variant-lifespan-'));
    const dir = join(root, 'api');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'main.py'),
      [
        'from contextlib import asynccontextmanager',
        '',
        'from fastapi import FastAPI',
        '',
        'STATE = {"model": None}',
        '',
        '',
        '@asynccontextmanager',
        'async def lifespan(app):',
        '    STATE["model"] = object()',
        '    yield',
        '',
        '',
        'app = FastAPI(lifespan=lifespan)',
        '',
        '',
        '@app.get("/health")',
        'def health() -> dict:',
        '    return {"status": "ok" if STATE["model"] is not None else "degraded"}',
        '',
      ].join('\n'),
    );
    const version = execFileSync(testPython(), ['-c', 'import fastapi; print(fastapi.__version__)'], { encoding: 'utf8' }).trim();
    const [major, minor] = version.split('.').map(Number);
    const health = (await check({ ...definition('06'), items: definition('06').items.filter((item) => item.id === 'health') }, dir, root)).items[0]!;
    expect(health.status).toBe('pass');
    if (major === 0 && minor! < 93) expect(health.message).toContain(`FastAPI ${version} accepts FastAPI(lifespan=…) but never runs it`);
    else expect(health.message).not.toContain('never runs it');
  });
});
