import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  coverageGates,
  pythonMatrix,
  scanSteps,
  triggers,
  type WorkflowInput,
} from '../../src/checks/parse/workflow-analysis.js';

const wf = (text: string, file = '.github/workflows/ci.yml', version: '1.1' | '1.2' = '1.2'): WorkflowInput => ({
  file,
  data: parse(text, { version }),
  text,
});

const CI_WITH_ENV = `name: CI
on:
  push:
    branches: [main]
  pull_request:

env:
  COVERAGE_MIN: 85

jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python-version: ["3.11", "3.12"]
    env:
      THRESHOLD: \${{ env.COVERAGE_MIN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: \${{ matrix.python-version }}
      - name: Install
        run: pip install -r requirements.txt
      - name: Run tests
        run: |
          pytest tests/ \\
            --cov=src/churn --cov-report=term-missing \\
            --cov-fail-under=$THRESHOLD
`;

describe('coverageGates', () => {
  it('resolves a shell variable through job env and workflow env to the value and its line', () => {
    const { gates, notes } = coverageGates([wf(CI_WITH_ENV)]);
    expect(gates).toHaveLength(1);
    expect(gates[0]).toMatchObject({
      code: 'coverage.gate',
      value: 85,
      source: 'cov-fail-under',
      raw: '$THRESHOLD',
      job: 'test',
      step: 'Run tests',
      file: '.github/workflows/ci.yml',
      line: 29,
    });
    expect(notes).toEqual([]);
  });

  it('says a repository variable cannot be read, instead of "flag absent"', () => {
    const text = CI_WITH_ENV.replace('COVERAGE_MIN: 85', 'COVERAGE_MIN: ${{ vars.COVERAGE_MIN }}');
    const [gate] = coverageGates([wf(text)]).gates;
    expect(gate).toMatchObject({
      code: 'coverage.gate-unresolved',
      args: { ref: 'vars.COVERAGE_MIN', reason: 'vars', raw: '$THRESHOLD' },
      values: [],
    });
  });

  it('uses the literal fallback of `vars.X || N` and says it is a fallback', () => {
    const text = CI_WITH_ENV.replace('COVERAGE_MIN: 85', "COVERAGE_MIN: ${{ vars.COVERAGE_MIN || '80' }}");
    const [gate] = coverageGates([wf(text)]).gates;
    expect(gate).toMatchObject({ code: 'coverage.gate', value: 80, args: { fallback: 'yes' } });
  });

  it('reads ${{ matrix.x }}, ${{ env.X }} in the flag and step-level env, and takes the lowest of a matrix', () => {
    const text = `on: [push]
jobs:
  unit:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        cov: [80, 90]
    steps:
      - run: python -m pytest --cov=app --cov-fail-under=\${{ matrix.cov }}
  integration:
    runs-on: ubuntu-latest
    steps:
      - name: tests
        env:
          MIN_COV: "75"
        run: pytest --cov=app --cov-fail-under \${{ env.MIN_COV }}
`;
    const { gates } = coverageGates([wf(text)]);
    expect(gates.map((g) => [g.job, g.code, g.value, g.values])).toEqual([
      ['unit', 'coverage.gate', 80, [80, 90]],
      ['integration', 'coverage.gate', 75, [75]],
    ]);
  });

  it('reads a value set earlier in the script or through $GITHUB_ENV, and ${X:-default}', () => {
    const text = `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: echo "COV_MIN=88" >> $GITHUB_ENV
      - run: |
          LIMIT=70
          pytest --cov --cov-fail-under=$LIMIT
      - run: pytest --cov --cov-fail-under=$COV_MIN
      - run: pytest --cov --cov-fail-under=\${UNSET_VALUE:-65}
      - run: pytest --cov --cov-fail-under=$NOWHERE
`;
    const { gates } = coverageGates([wf(text)]);
    expect(gates.map((g) => [g.code, g.value ?? g.args.reason])).toEqual([
      ['coverage.gate', 70],
      ['coverage.gate', 88],
      ['coverage.gate', 65],
      ['coverage.gate-unresolved', 'undefined-variable'],
    ]);
  });

  it('finds `coverage report --fail-under` and says a bare pytest --cov run has no gate', () => {
    const gated = `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: coverage run -m pytest
      - run: coverage report --fail-under=90 -m
`;
    expect(coverageGates([wf(gated)]).gates.map((g) => [g.source, g.value])).toEqual([['coverage-report', 90]]);
    expect(coverageGates([wf(gated)]).notes).toEqual([]);
    const ungated = `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Tests\n        run: pytest --cov=src\n`;
    const { gates, notes } = coverageGates([wf(ungated)]);
    expect(gates).toEqual([]);
    expect(notes).toEqual([
      {
        code: 'coverage.no-gate',
        args: { file: '.github/workflows/ci.yml', line: 7, job: 'test', step: 'Tests', command: 'pytest --cov=src' },
        file: '.github/workflows/ci.yml',
        line: 7,
      },
    ]);
  });

  it('takes fail_under from coverage config (.coveragerc before pyproject) when the step measures coverage', () => {
    const text = `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest --cov=src/churn\n`;
    const pyproject =
      '[tool.coverage.run]\nbranch = true\n\n[tool.coverage.report]\nfail_under = 82\nshow_missing = true\n';
    expect(coverageGates([wf(text)], { pyproject }).gates[0]).toMatchObject({
      code: 'coverage.gate',
      source: 'coverage-config',
      value: 82,
      file: 'pyproject.toml',
      line: 5,
    });
    const coveragerc = '[run]\nsource = src\n\n[report]\nfail_under = 77\n';
    expect(coverageGates([wf(text)], { pyproject, coveragerc }).gates[0]).toMatchObject({
      value: 77,
      file: '.coveragerc',
      line: 5,
    });
    const setupCfg = '[metadata]\nname = churn\n\n[coverage:report]\nfail_under = 60\n';
    expect(coverageGates([wf(text)], { setupCfg }).gates[0]).toMatchObject({ value: 60, file: 'setup.cfg' });
  });

  it('reads --cov and --cov-fail-under from pytest addopts when the workflow runs plain pytest', () => {
    const text = `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: uv run pytest -q\n`;
    const pyproject =
      '[tool.pytest.ini_options]\naddopts = "--cov=src --cov-report=xml --cov-fail-under=91"\ntestpaths = ["tests"]\n';
    expect(coverageGates([wf(text)], { pyproject }).gates[0]).toMatchObject({
      source: 'pytest-addopts',
      value: 91,
      file: 'pyproject.toml',
      line: 2,
    });
    const pytestIni = '[pytest]\naddopts =\n    --cov=app\n    --cov-fail-under=70\n';
    expect(coverageGates([wf(text)], { pytestIni }).gates[0]).toMatchObject({
      source: 'pytest-addopts',
      value: 70,
      file: 'pytest.ini',
      line: 2,
    });
  });

  it('follows `make test` into the Makefile, with its variables', () => {
    const text = `on: push\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make install\n      - run: make test\n`;
    const makefile =
      'COV_MIN ?= 85\n\n.PHONY: install test\ninstall:\n\tpip install -e .[dev]\n\ntest:\n\tpytest --cov=src --cov-fail-under=$(COV_MIN)\n';
    const [gate] = coverageGates([wf(text)], { makefile }).gates;
    expect(gate).toMatchObject({ code: 'coverage.gate', value: 85, file: 'Makefile', line: 8, via: 'make test' });
  });

  it('notes tests run through tox, whose config is not read', () => {
    const text = `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: tox -e py312\n`;
    expect(coverageGates([wf(text)]).notes.map((n) => n.code)).toEqual(['coverage.runner-not-followed']);
  });

  it('reports a threshold that is not a number', () => {
    const text = `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest --cov --cov-fail-under=high\n`;
    expect(coverageGates([wf(text)]).gates[0]).toMatchObject({
      code: 'coverage.gate-not-a-number',
      args: { value: 'high' },
    });
  });
});

const SECURITY = `name: security
on:
  pull_request:
  push:
    branches: [main]
jobs:
  secrets:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - name: gitleaks (blocking)
        uses: gitleaks/gitleaks-action@v2
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
      - name: gitleaks report only
        run: gitleaks detect --source . --exit-code 0 --report-path gl.json
      - name: trufflehog cli
        run: trufflehog filesystem . --only-verified
      - name: trufflehog strict
        if: always()
        run: trufflehog git file://. --since-commit HEAD~1 --fail
  audit:
    runs-on: ubuntu-latest
    continue-on-error: \${{ matrix.experimental }}
    strategy:
      matrix:
        experimental: [false]
    steps:
      - run: pip install pip-audit
      - name: pip-audit
        run: pip-audit -r requirements.txt || true
      - name: safety
        continue-on-error: true
        run: safety check -r requirements.txt
      - name: osv
        run: osv-scanner --lockfile=requirements.txt | tee osv.txt
      - name: osv pipefail
        shell: bash
        run: osv-scanner --lockfile=requirements.txt | tee osv.txt
      - name: trivy
        uses: aquasecurity/trivy-action@0.28.0
        with:
          scan-type: fs
          scanners: vuln
      - name: trivy blocking
        uses: aquasecurity/trivy-action@0.28.0
        with:
          scan-type: fs
          exit-code: "1"
      - name: pip-audit script
        run: |
          set +e
          pip-audit --strict
          echo "audit finished"
      - name: pip-audit keeps status
        run: |
          set +e
          pip-audit --strict
          status=$?
          exit $status
`;

describe('scanSteps', () => {
  it('finds every secret scan and says which block and why the others do not', () => {
    const steps = scanSteps([wf(SECURITY, '.github/workflows/security.yml')], 'secret-scan');
    expect(steps.map((s) => [s.tool, s.step, s.blocking, s.reasons.map((r) => r.code)])).toEqual([
      ['gitleaks', 'gitleaks (blocking)', true, []],
      ['gitleaks', 'gitleaks report only', false, ['scan.exit-code-zero']],
      ['trufflehog', 'trufflehog cli', false, ['scan.trufflehog-no-fail']],
      ['trufflehog', 'trufflehog strict', true, []],
      ['trivy', 'trivy blocking', true, []],
    ]);
    expect(steps[1]).toMatchObject({ file: '.github/workflows/security.yml', line: 18, via: 'run' });
  });

  it('finds every dependency audit with its reason; a matrix flag that is false keeps it blocking', () => {
    const steps = scanSteps([wf(SECURITY, '.github/workflows/security.yml')], 'dependency-audit');
    expect(steps.map((s) => [s.tool, s.step, s.blocking, s.reasons.map((r) => r.code)])).toEqual([
      ['pip-audit', 'pip-audit', false, ['scan.or-true']],
      ['safety', 'safety', false, ['scan.continue-on-error']],
      ['osv-scanner', 'osv', false, ['scan.pipe-without-pipefail']],
      ['osv-scanner', 'osv pipefail', true, []],
      ['trivy', 'trivy', false, ['scan.trivy-exit-code-zero']],
      ['trivy', 'trivy blocking', true, []],
      ['pip-audit', 'pip-audit script', false, ['scan.set-plus-e']],
      ['pip-audit', 'pip-audit keeps status', true, []],
    ]);
    expect(steps[0]!.reasons[0]!.args).toEqual({ suffix: '|| true' });
    expect(steps[1]!.reasons[0]!.args).toEqual({ scope: 'step' });
  });

  it('calls a job-level continue-on-error expression that may be true non-blocking', () => {
    const text = SECURITY.replace('experimental: [false]', 'experimental: [false, true]');
    const [first] = scanSteps([wf(text)], 'pip-audit');
    expect(first!.reasons.map((r) => [r.code, r.args])).toEqual([
      ['scan.continue-on-error-expression', { scope: 'job', expression: '${{ matrix.experimental }}' }],
      ['scan.or-true', { suffix: '|| true' }],
    ]);
  });

  it('recognises `|| exit 0`, `; true`, a reusable OSV workflow and the pip-audit action', () => {
    const text = `on: [pull_request]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: gitleaks detect --no-git -v || exit 0
      - run: pip-audit; true
      - uses: pypa/gh-action-pip-audit@v1.1.0
        with:
          inputs: requirements.txt
          internal-be-careful-allow-failure: true
  osv:
    uses: google/osv-scanner-action/.github/workflows/osv-scanner-reusable.yml@v2
    with:
      fail-on-vuln: false
`;
    expect(scanSteps([wf(text)], 'secret-scan').map((s) => s.reasons.map((r) => r.code))).toEqual([['scan.or-true']]);
    expect(scanSteps([wf(text)], 'dependency-audit').map((s) => [s.via, s.reasons.map((r) => r.code)])).toEqual([
      ['run', ['scan.semicolon-true']],
      ['uses', ['scan.pip-audit-allow-failure']],
      ['reusable-workflow', ['scan.osv-fail-on-vuln-false']],
    ]);
  });

  it('says a scheduled-only scan cannot block a push, and Dependabot config never blocks', () => {
    const nightly = `on:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  audit:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pip-audit -r requirements.txt\n`;
    const dependabot = {
      file: '.github/dependabot.yml',
      data: parse(
        'version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: "/"\n    schedule:\n      interval: weekly\n',
      ),
    };
    const steps = scanSteps([wf(nightly, '.github/workflows/nightly.yml')], 'dependency-audit', { dependabot });
    expect(steps.map((s) => [s.tool, s.blocking, s.reasons.map((r) => [r.code, r.args])])).toEqual([
      ['pip-audit', false, [['scan.not-on-push-or-pr', { events: 'schedule' }]]],
      ['dependabot', false, [['scan.dependabot-config-only', { file: '.github/dependabot.yml' }]]],
    ]);
  });

  it('does not count installing a scanner as running it, and finds nothing in a workflow without scans', () => {
    expect(scanSteps([wf(CI_WITH_ENV)], 'secret-scan')).toEqual([]);
    const install = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pip install pip-audit safety\n`;
    expect(scanSteps([wf(install)], 'dependency-audit')).toEqual([]);
  });
});

describe('pythonMatrix', () => {
  it('reads matrix lists as strings and flags 3.10 written as a number', () => {
    const text = `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python-version: [3.9, 3.10, "3.11", "3.12"]
        os: [ubuntu-latest]
        include:
          - python-version: "3.13"
            os: ubuntu-latest
    steps:
      - uses: actions/setup-python@v5
        with:
          python-version: \${{ matrix.python-version }}
`;
    const result = pythonMatrix([wf(text)]);
    expect(result.versions).toEqual(['3.9', '3.10', '3.11', '3.12', '3.13']);
    expect(result.problems).toEqual([
      {
        code: 'python.float-version',
        args: { file: '.github/workflows/ci.yml', job: 'test', value: '3.1', meant: '3.10' },
        file: '.github/workflows/ci.yml',
        line: 7,
      },
    ]);
  });

  it('reads a version from env, a literal, a python-version-file, and reports a dynamic matrix', () => {
    const text = `on: push
env:
  PYTHON_VERSION: "3.12"
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-python@v5
        with:
          python-version: \${{ env.PYTHON_VERSION }}
  docs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-python@v5
        with:
          python-version-file: .python-version
  pinned:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
  dynamic:
    runs-on: ubuntu-latest
    strategy:
      matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
    steps:
      - uses: actions/setup-python@v5
        with:
          python-version: \${{ vars.PY }}
`;
    const result = pythonMatrix([wf(text)], (path) => (path === '.python-version' ? '3.13\n' : undefined));
    expect(result.jobs.map((j) => [j.job, j.versions])).toEqual([
      ['lint', ['3.12']],
      ['docs', ['3.13']],
      ['pinned', ['3.11']],
    ]);
    expect(result.problems.map((p) => [p.code, p.args.job, p.args.reason])).toEqual([
      ['python.unresolved', 'dynamic', 'matrix-dynamic'],
      ['python.unresolved', 'dynamic', 'vars'],
    ]);
  });

  it('reports a python-version-file that does not exist', () => {
    const text = `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-python@v5\n        with:\n          python-version-file: pyproject.toml\n`;
    expect(pythonMatrix([wf(text)]).problems.map((p) => [p.code, p.args.path])).toEqual([
      ['python.version-file-missing', 'pyproject.toml'],
    ]);
    expect(pythonMatrix([wf(text)], () => '[project]\nrequires-python = ">=3.11"\n').versions).toEqual(['>=3.11']);
  });
});

describe('triggers', () => {
  it('reads `on` as a string, a list and a map with branches and cron', () => {
    expect(triggers(wf('on: push\njobs: {}\n'))).toEqual([{ event: 'push' }]);
    expect(triggers(wf('on: [push, pull_request]\njobs: {}\n')).map((t) => t.event)).toEqual(['push', 'pull_request']);
    const map = triggers(
      wf(
        'on:\n  push:\n    branches: [main]\n    paths: ["src/**"]\n  schedule:\n    - cron: "0 3 * * 1"\n  workflow_dispatch:\njobs: {}\n',
      ),
    );
    expect(map).toEqual([
      { event: 'push', branches: ['main'], paths: ['src/**'] },
      { event: 'schedule', cron: ['0 3 * * 1'] },
      { event: 'workflow_dispatch' },
    ]);
  });

  it('reads the YAML 1.1 `true` key that `on` becomes', () => {
    const input = wf('on:\n  pull_request:\n    branches: [main]\njobs: {}\n', 'ci.yml', '1.1');
    expect(Object.keys(input.data as object)).toContain('true');
    expect(triggers(input)).toEqual([{ event: 'pull_request', branches: ['main'] }]);
  });
});

describe('workflow details a reviewer would catch', () => {
  it('takes pipefail from a workflow-level `defaults.run.shell: bash`', () => {
    const text = `on: push\ndefaults:\n  run:\n    shell: bash\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pip-audit -r requirements.txt | tee audit.txt\n`;
    expect(scanSteps([wf(text)], 'pip-audit')[0]).toMatchObject({ blocking: true, reasons: [] });
    const custom = text.replace('shell: bash', 'shell: bash -e {0}');
    expect(scanSteps([wf(custom)], 'pip-audit')[0]!.reasons.map((r) => [r.code, r.args])).toEqual([
      ['scan.pipe-without-pipefail', { shell: 'bash -e {0}' }],
    ]);
    const setInScript = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          set -euo pipefail\n          pip-audit | tee audit.txt\n`;
    expect(scanSteps([wf(setInScript)], 'pip-audit')[0]!.blocking).toBe(true);
  });

  it('says a matrix of Python versions from a repository variable cannot be read', () => {
    const text = `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        python-version: \${{ fromJSON(vars.PYTHON_VERSIONS) }}\n    steps:\n      - run: pytest\n`;
    expect(pythonMatrix([wf(text)]).problems.map((p) => [p.code, p.args.reason])).toEqual([
      ['python.unresolved', 'vars'],
    ]);
    const plain = text.replace('${{ fromJSON(vars.PYTHON_VERSIONS) }}', '${{ vars.PYTHON_VERSION }}');
    expect(pythonMatrix([wf(plain)]).problems.map((p) => [p.code, p.args.reason])).toEqual([
      ['python.unresolved', 'vars'],
    ]);
  });

  it('resolves a workflow_dispatch input default and reports a secret', () => {
    const text = `on:\n  workflow_dispatch:\n    inputs:\n      min_cov:\n        default: "72"\n  push:\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest --cov --cov-fail-under=\${{ inputs.min_cov }}\n      - run: pytest --cov --cov-fail-under=\${{ secrets.MIN }}\n`;
    expect(coverageGates([wf(text)]).gates.map((g) => [g.code, g.value ?? g.args.reason])).toEqual([
      ['coverage.gate', 72],
      ['coverage.gate-unresolved', 'secrets'],
    ]);
  });
});

describe('scans run through pre-commit or a container', () => {
  const preCommit = {
    file: '.pre-commit-config.yaml',
    data: parse(`repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.8.4
    hooks:
      - id: ruff
  - repo: https://github.com/gitleaks/gitleaks
    rev: v8.21.2
    hooks:
      - id: gitleaks
  - repo: https://github.com/pypa/pip-audit
    rev: v2.7.3
    hooks:
      - id: pip-audit
        args: ["-r", "requirements.txt"]
`),
  };

  it("finds the scanner hooks that `pre-commit run --all-files` runs in CI, with the line's own reasons", () => {
    const text = `on: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pre-commit run --all-files --show-diff-on-failure\n`;
    expect(scanSteps([wf(text)], 'secret-scan', { preCommit }).map((s) => [s.tool, s.via, s.blocking, s.line])).toEqual(
      [['gitleaks', 'pre-commit', true, 7]],
    );
    expect(scanSteps([wf(text)], 'dependency-audit', { preCommit }).map((s) => [s.tool, s.blocking])).toEqual([
      ['pip-audit', true],
    ]);
    const lenient = text.replace('--show-diff-on-failure', '|| true');
    expect(scanSteps([wf(lenient)], 'secret-scan', { preCommit })[0]!.reasons.map((r) => r.code)).toEqual([
      'scan.or-true',
    ]);
  });

  it('honours `pre-commit run <hook>`, SKIP and pre-commit/action', () => {
    const one = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pre-commit run ruff --all-files\n`;
    expect(scanSteps([wf(one)], 'secret-scan', { preCommit })).toEqual([]);
    const skip = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      SKIP: gitleaks,ruff\n    steps:\n      - run: pre-commit run --all-files\n`;
    expect(scanSteps([wf(skip)], 'secret-scan', { preCommit })).toEqual([]);
    const action = `on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: pre-commit/action@v3.0.1\n`;
    expect(scanSteps([wf(action)], 'secret-scan', { preCommit }).map((s) => [s.tool, s.via, s.blocking])).toEqual([
      ['gitleaks', 'pre-commit', true],
    ]);
  });

  it('reads the arguments of a scanner run as a container step', () => {
    const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker://ghcr.io/trufflesecurity/trufflehog:latest\n        with:\n          args: git file://. --only-verified\n      - uses: docker://zricethezav/gitleaks:v8.21.2\n        with:\n          args: detect --source . -v\n`;
    expect(scanSteps([wf(text)], 'secret-scan').map((s) => [s.tool, s.blocking, s.reasons.map((r) => r.code)])).toEqual(
      [
        ['trufflehog', false, ['scan.trufflehog-no-fail']],
        ['gitleaks', true, []],
      ],
    );
  });

  it('reports the working directory of a step in a monorepo', () => {
    const text = `on: push\njobs:\n  api:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n        working-directory: services/churn-api\n    steps:\n      - run: pytest --cov=src --cov-fail-under=80\n      - run: pip-audit\n        working-directory: services/churn-api/deploy\n`;
    expect(coverageGates([wf(text)]).gates[0]).toMatchObject({ value: 80, workingDirectory: 'services/churn-api' });
    expect(scanSteps([wf(text)], 'pip-audit')[0]).toMatchObject({ workingDirectory: 'services/churn-api/deploy' });
  });
});

describe('scan conditions', () => {
  it('calls a scan whose `if:` never lets push or pull_request through non-blocking, and keeps always() blocking', () => {
    const text = `on: [push, pull_request, schedule]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - name: nightly only
        if: github.event_name == 'schedule'
        run: pip-audit
      - name: disabled
        if: \${{ false }}
        run: pip-audit
      - name: pr only
        if: github.event_name == 'pull_request'
        run: pip-audit
      - name: always
        if: always()
        run: pip-audit
`;
    expect(
      scanSteps([wf(text)], 'pip-audit').map((s) => [s.step, s.blocking, s.reasons.map((r) => r.args.condition)]),
    ).toEqual([
      ['nightly only', false, ["github.event_name == 'schedule'"]],
      ['disabled', false, ['${{ false }}']],
      ['pr only', true, []],
      ['always', true, []],
    ]);
  });
});
