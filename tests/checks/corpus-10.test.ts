// Corpus for module 10 (observability): a src-layout service configured with dictConfig, a monorepo
// service logging through python-json-logger (not installed here), and an instrumented service whose
// logs are plain text and whose alert always fires.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definition, check } from './helpers.js';
import { TIMEOUT, expectVerdicts, repository, solutionAt, rewrite, write } from './corpus.js';

/** An error-rate alert: exit 1 above the threshold, 0 below, 2 on bad input. */
const alertScript = (flagRate = '--error-rate') => [
  '"""Page when the error rate crosses the threshold.',
  '',
  'Exit code: 0 within budget, 1 alert, 2 bad arguments.',
  '"""',
  'from __future__ import annotations',
  '',
  'import argparse',
  'import sys',
  '',
  '',
  'def fraction(text: str) -> float:',
  '    value = float(text)',
  '    if not 0.0 <= value <= 1.0:',
  '        raise argparse.ArgumentTypeError(f"{text} is not a fraction")',
  '    return value',
  '',
  '',
  'def should_page(error_rate: float, threshold: float) -> bool:',
  '    return error_rate > threshold',
  '',
  '',
  'def main(argv: list[str] | None = None) -> int:',
  '    parser = argparse.ArgumentParser(description=__doc__)',
  `    parser.add_argument("${flagRate}", dest="error_rate", type=fraction, required=True)`,
  '    parser.add_argument("--threshold", type=fraction, default=0.05)',
  '    args = parser.parse_args(argv)',
  '    paged = should_page(args.error_rate, args.threshold)',
  '    print("ALERT" if paged else "ok", args.error_rate, args.threshold)',
  '    return 1 if paged else 0',
  '',
  '',
  'if __name__ == "__main__":',
  '    sys.exit(main())',
];

/** Drift by the population stability index per column (ids left out); exit 1 when any column drifts. */
const driftScript = [
  '"""Compare a current sample with the reference one by the population stability index (PSI)."""',
  'from __future__ import annotations',
  '',
  'import argparse',
  'import sys',
  '',
  'import numpy as np',
  'import pandas as pd',
  '',
  'PSI_ALERT = 0.25  # the usual "significant shift" level',
  '',
  '',
  'def psi_of_shares(expected: np.ndarray, actual: np.ndarray) -> float:',
  '    expected = np.clip(expected, 1e-4, None)',
  '    actual = np.clip(actual, 1e-4, None)',
  '    return float(np.sum((actual - expected) * np.log(actual / expected)))',
  '',
  '',
  'def column_psi(reference: pd.Series, current: pd.Series, bins: int = 10) -> float:',
  '    if pd.api.types.is_numeric_dtype(reference):',
  '        edges = np.unique(np.quantile(reference.dropna(), np.linspace(0, 1, bins + 1)))',
  '        if len(edges) < 3:',
  '            return 0.0',
  '        ref = np.histogram(reference.clip(edges[0], edges[-1]), edges)[0]',
  '        cur = np.histogram(current.clip(edges[0], edges[-1]), edges)[0]',
  '        return psi_of_shares(ref / ref.sum(), cur / cur.sum())',
  '    levels = sorted(set(reference.dropna()) | set(current.dropna()))',
  '    ref = reference.value_counts(normalize=True).reindex(levels, fill_value=0).to_numpy()',
  '    cur = current.value_counts(normalize=True).reindex(levels, fill_value=0).to_numpy()',
  '    return psi_of_shares(ref, cur)',
  '',
  '',
  'def main(argv: list[str] | None = None) -> int:',
  '    parser = argparse.ArgumentParser(description=__doc__)',
  '    parser.add_argument("reference")',
  '    parser.add_argument("current")',
  '    args = parser.parse_args(argv)',
  '    reference, current = pd.read_csv(args.reference), pd.read_csv(args.current)',
  '    columns = [c for c in reference.columns if c in current.columns and not c.lower().endswith("id")]',
  '    scores = {c: column_psi(reference[c], current[c]) for c in columns}',
  '    for column, score in sorted(scores.items()):',
  '        print(f"{column}: psi={score:.3f}")',
  '    return 1 if any(score >= PSI_ALERT for score in scores.values()) else 0',
  '',
  '',
  'if __name__ == "__main__":',
  '    sys.exit(main())',
];

const README = (alerts: string, drift: string) => [
  '# Scoring service observability',
  '',
  'The service writes one JSON object per log line (timestamp, level, message and the request fields)',
  'and exposes Prometheus metrics at `/metrics`: a latency histogram and a counter of failed predictions.',
  '',
  `Alerting runs from cron: \`python ${alerts} --error-rate 0.07 --threshold 0.05\`. Its exit code is 1 when`,
  'the error budget is burnt and 0 otherwise, so any scheduler can page on it.',
  '',
  `Drift: \`python ${drift} reference.csv current.csv\` prints the PSI of every column and exits with`,
  'code 1 when one reaches 0.25, the level usually read as a significant shift; below 0.1 is noise.',
];

const ALL_PASS = {
  files: 'pass',
  'json-logs': 'pass',
  metrics: 'pass',
  'alert-breach': 'pass',
  'alert-no-breach': 'pass',
  'drift-shifted': 'pass',
  'drift-unshifted': 'pass',
  'setup-logging': 'pass',
  'alerts-cli': 'pass',
  'drift-method': 'pass',
  readme: 'pass',
  'requirements-pinned': 'pass',
  pyproject: 'pass',
  pytest: 'pass',
} as const;

const REQUIREMENTS = ['fastapi==0.115.6', 'httpx==0.28.1', 'numpy==2.1.3', 'pandas==2.2.3', 'prometheus-client==0.21.1', 'pytest==8.3.4', 'scipy==1.15.3'];

describe('corpus 10: observability', () => {
  it('src-layout: logconfig.py with a dictConfig JSON formatter, telemetry.py, scripts/ named by what they do', { timeout: TIMEOUT }, async () => {
    const place = repository('obs-src', 'scoring-service');
    write(place.dir, {
      'src/scoring/__init__.py': '',
      'src/scoring/logconfig.py': [
        '"""Logging as JSON lines, configured once with dictConfig."""',
        'import json',
        'import logging',
        'import logging.config',
        'from datetime import datetime, timezone',
        '',
        '',
        'class JsonLineFormatter(logging.Formatter):',
        '    def format(self, record: logging.LogRecord) -> str:',
        '        return json.dumps({',
        '            "timestamp": datetime.fromtimestamp(record.created, timezone.utc).isoformat(),',
        '            "level": record.levelname,',
        '            "logger": record.name,',
        '            "message": record.getMessage(),',
        '        })',
        '',
        '',
        'def configure_logging(level: str = "INFO") -> None:',
        '    logging.config.dictConfig({',
        '        "version": 1,',
        '        "disable_existing_loggers": False,',
        '        "formatters": {"json": {"()": JsonLineFormatter}},',
        '        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"}},',
        '        "root": {"level": level, "handlers": ["console"]},',
        '    })',
      ],
      'src/scoring/telemetry.py': [
        '"""Prometheus collectors of the scoring API."""',
        'from prometheus_client import Counter, Histogram',
        '',
        'SCORE_LATENCY = Histogram("score_latency_seconds", "Time to score one request")',
        'SCORE_FAILURES = Counter("score_failures", "Requests that could not be scored")',
      ],
      'src/scoring/api.py': [
        'from fastapi import FastAPI, Response',
        'from prometheus_client import CONTENT_TYPE_LATEST, generate_latest',
        '',
        'from scoring.logconfig import configure_logging',
        'from scoring.telemetry import SCORE_FAILURES, SCORE_LATENCY',
        '',
        'configure_logging()',
        'service = FastAPI(title="scoring")',
        '',
        '',
        '@service.get("/score")',
        'def score(x: float) -> dict:',
        '    with SCORE_LATENCY.time():',
        '        if x < 0:',
        '            SCORE_FAILURES.inc()',
        '            return {"error": "negative"}',
        '        return {"score": min(1.0, x / 10)}',
        '',
        '',
        '@service.get("/metrics")',
        'def metrics() -> Response:',
        '    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)',
      ],
      'scripts/error_rate_alert.py': alertScript(),
      'scripts/drift_report.py': driftScript,
      'tests/test_observability.py': [
        'import json',
        'import logging',
        '',
        'from fastapi.testclient import TestClient',
        '',
        'import drift_report',
        'import error_rate_alert',
        'from scoring.api import service',
        'from scoring.logconfig import configure_logging',
        '',
        '',
        'def test_logs_are_json(capsys):',
        '    configure_logging()',
        '    logging.getLogger("t").warning("hello")',
        '    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["level"] == "WARNING"',
        '',
        '',
        'def test_alert_pages_above_the_threshold():',
        '    assert error_rate_alert.main(["--error-rate", "0.2", "--threshold", "0.05"]) == 1',
        '    assert error_rate_alert.main(["--error-rate", "0.01", "--threshold", "0.05"]) == 0',
        '',
        '',
        'def test_psi_of_equal_shares_is_zero():',
        '    assert drift_report.psi_of_shares(drift_report.np.array([0.5, 0.5]), drift_report.np.array([0.5, 0.5])) == 0',
        '',
        '',
        'def test_metrics_endpoint_lists_the_histogram():',
        '    client = TestClient(service)',
        '    client.get("/score", params={"x": 3})',
        '    assert "score_latency_seconds" in client.get("/metrics").text',
      ],
      'pyproject.toml': ['[project]', 'name = "scoring"', 'version = "1.4.0"', '', '[tool.pytest.ini_options]', 'pythonpath = ["src", "scripts"]'],
      'requirements.txt': REQUIREMENTS,
      'README.md': README('scripts/error_rate_alert.py', 'scripts/drift_report.py'),
    });
    const { item } = await expectVerdicts('10', place, ALL_PASS);
    expect(item('setup-logging').message).toBe('src/scoring/logconfig.py: class JsonLineFormatter(Formatter), logging.config.dictConfig() with a JSON formatter');
  });

  it('monorepo service logging through python-json-logger, which is not installed here: those items are not run; pytest configured in pytest.ini', { timeout: TIMEOUT }, async () => {
    const place = repository('obs-jsonlogger', 'services/scoring');
    write(place.dir, {
      'scoring/__init__.py': '',
      'scoring/log.py': [
        'import logging',
        'import sys',
        '',
        'from pythonjsonlogger import jsonlogger',
        '',
        '',
        'def setup_logger() -> None:',
        '    handler = logging.StreamHandler(sys.stdout)',
        '    handler.setFormatter(jsonlogger.JsonFormatter("%(asctime)s %(levelname)s %(message)s", rename_fields={"asctime": "timestamp", "levelname": "level"}))',
        '    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)',
      ],
      'scoring/prom.py': [
        'from prometheus_client import Counter, Summary',
        '',
        'LATENCY = Summary("scoring_latency_seconds", "Scoring latency")',
        'ERRORS = Counter("scoring_errors", "Scoring errors")',
      ],
      'ops/alert.py': alertScript(),
      'ops/drift_check.py': driftScript,
      'tests/test_log.py': ['from scoring.log import setup_logger', '', '', 'def test_setup_runs():', '    setup_logger()'],
      // pytest's settings in pytest.ini; pyproject.toml holds only the project's metadata.
      'pyproject.toml': ['[project]', 'name = "scoring"', 'version = "0.1.0"'],
      'pytest.ini': ['[pytest]', 'pythonpath = .'],
      'requirements.txt': [...REQUIREMENTS, 'python-json-logger==3.2.1'],
      'README.md': README('ops/alert.py', 'ops/drift_check.py'),
    });
    const { result, item } = await expectVerdicts('10', place, { ...ALL_PASS, 'json-logs': 'not-run', pytest: 'not-run' });
    expect(item('pyproject').message).toContain('pytest.ini');
    expect(item('json-logs').hint).toMatch(/pip install python-json-logger|pythonjsonlogger/);
    expect(item('setup-logging').message).toContain('scoring/log.py: python-json-logger');
    // Scored over what ran: every point that ran was earned.
    expect(result.score).toBe(100);
    expect(result.verifiedPoints).toBe(result.totalPoints - 18);
  });

  it('plain-text logs and an alert that always fires', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('10', 'obs-broken', 'observability');
    write(place.dir, {
      'observability/logging_config.py': [
        '"""Readable logs for the console."""',
        'import logging',
        'import sys',
        '',
        '',
        'def setup_logging(level: int = logging.INFO, stream=None) -> None:',
        '    logging.basicConfig(level=level, stream=stream or sys.stdout, format="%(asctime)s %(levelname)s %(message)s", force=True)',
      ],
    });
    rewrite(join(place.dir, 'alerts.py'), [[/return 1 if breached else 0/, 'return 1']]);
    const { item } = await expectVerdicts('10', place, { ...ALL_PASS, 'json-logs': 'fail', 'alert-no-breach': 'fail', 'setup-logging': 'fail', pytest: 'fail' });
    expect(item('setup-logging').message).toMatch(/emits no JSON logs/);
    expect(item('json-logs').message).toMatch(/not a JSON object/);
  });

  it('hints name the files that were read in a src-layout project, and a skipped item says what to fix first', { timeout: TIMEOUT }, async () => {
    const place = repository('obs-hints', 'svc');
    write(place.dir, {
      'src/svc/__init__.py': '',
      'src/svc/telemetry.py': ['from prometheus_client import Counter', '', 'FAILURES = Counter("svc_failures", "Failed requests")'],
      'pyproject.toml': ['[tool.pytest.ini_options]', 'pythonpath = ["src"]'],
    });
    const def = definition('10');
    const result = await check({ ...def, items: def.items.filter((item) => item.id === 'metrics') }, place.dir, place.root);
    const metrics = result.items[0]!;
    expect(metrics.status).toBe('fail');
    expect(metrics.hint).toContain('in src/svc/telemetry.py');
    expect(metrics.hint).not.toContain('observability/metrics.py');

    // An item whose dependency failed was not evaluated: its hint is what to fix first.
    const skipped = await check(definition('02'), place.dir, place.root);
    const noNulls = skipped.items.find((item) => item.id === 'no-nulls')!;
    expect(noNulls.status).toBe('skip');
    expect(noNulls.hint).toMatch(/^Fix «python etl\.py writes data\/processed\/customers\.csv» first/);
  });
});
