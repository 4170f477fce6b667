// Corpus for module 01 (modern Python): a src-layout package (src/mlkit/stats.py + settings.py, a
// multi-line dependencies array), a flat helpers/ package with its tests in test/, and a library whose
// behaviour, types and strictness each item must catch. Written for pydantic 1.10 and 2 alike.
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { TIMEOUT, expectVerdicts, repository, rewrite, solutionAt, write } from './corpus.js';

const stats = [
  '"""Small statistics helpers that raise instead of returning NaN."""',
  'from __future__ import annotations',
  '',
  'import math',
  'from collections.abc import Sequence',
  '',
  '',
  'def mean(values: Sequence[float]) -> float:',
  '    """Arithmetic mean; an empty sequence is an error."""',
  '    if not values:',
  '        raise ValueError("mean of an empty sequence")',
  '    return math.fsum(values) / len(values)',
  '',
  '',
  'def std(values: Sequence[float]) -> float:',
  '    """Population standard deviation."""',
  '    centre = mean(values)',
  '    return math.sqrt(math.fsum((value - centre) ** 2 for value in values) / len(values))',
  '',
  '',
  'def normalize(values: Sequence[float]) -> list[float]:',
  '    """Min-max scaling to [0, 1]; a constant sequence maps to zeros."""',
  '    if not values:',
  '        return []',
  '    low, high = min(values), max(values)',
  '    if high == low:',
  '        return [0.0 for _ in values]',
  '    return [(value - low) / (high - low) for value in values]',
  '',
  '',
  'def safe_divide(numerator: float, denominator: float, default: float = 0.0) -> float:',
  '    """numerator / denominator, or `default` when the denominator is zero."""',
  '    return default if denominator == 0 else numerator / denominator',
];

const settings = (model: string, loader: string) => [
  '"""Validated experiment settings read from YAML or JSON."""',
  'from __future__ import annotations',
  '',
  'import json',
  'from pathlib import Path',
  'from typing import Any',
  '',
  'import yaml',
  'from pydantic import BaseModel, Field',
  '',
  '',
  `class ${model}(BaseModel):`,
  '    """What one training run needs to know."""',
  '',
  '    experiment: str = Field(..., min_length=1)',
  '    learning_rate: float = Field(0.05, gt=0, le=1)',
  '    max_depth: int = Field(6, ge=1, le=64)',
  '    seed: int = Field(0, ge=0)',
  '',
  '',
  `def ${loader}(path: str | Path) -> ${model}:`,
  '    """Parse `path` by its extension and validate it."""',
  '    file = Path(path)',
  '    text = file.read_text(encoding="utf-8")',
  '    data: Any = json.loads(text) if file.suffix == ".json" else yaml.safe_load(text)',
  '    if not isinstance(data, dict):',
  '        raise ValueError(f"{file} does not hold a mapping")',
  `    return ${model}(**data)`,
];

const tests = (pkg: string, model: string, loader: string, statsModule: string, settingsModule: string) => [
  'import json',
  'from pathlib import Path',
  '',
  'import pytest',
  '',
  `from ${pkg}.${settingsModule} import ${loader}`,
  `from ${pkg}.${statsModule} import mean, normalize, safe_divide, std`,
  '',
  '',
  'def test_mean() -> None:',
  '    assert mean([1.0, 2.0, 3.0]) == 2.0',
  '',
  '',
  'def test_mean_of_nothing_is_an_error() -> None:',
  '    with pytest.raises(ValueError):',
  '        mean([])',
  '',
  '',
  'def test_std() -> None:',
  '    assert std([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]) == 2.0',
  '',
  '',
  'def test_normalize_and_divide() -> None:',
  '    assert normalize([10.0, 15.0, 20.0]) == [0.0, 0.5, 1.0]',
  '    assert safe_divide(1.0, 0.0) == 0.0',
  '',
  '',
  'def test_settings_from_json(tmp_path: Path) -> None:',
  '    path = tmp_path / "run.json"',
  '    path.write_text(json.dumps({"experiment": "baseline"}))',
  `    assert ${loader}(path).experiment == "baseline"`,
  '',
  '',
  'def test_a_rate_above_one_is_rejected(tmp_path: Path) -> None:',
  '    path = tmp_path / "run.yaml"',
  '    path.write_text("experiment: x\\nlearning_rate: 3\\n")',
  '    with pytest.raises(ValueError):',
  `        ${loader}(path)`,
];

const pyproject = (name: string, pythonpath: string, mypyPath?: string) => [
  '[project]',
  `name = "${name}"`,
  'version = "0.3.0"',
  'requires-python = ">=3.10"',
  'dependencies = [',
  '    "pydantic>=1.10",',
  '    "PyYAML>=6",',
  ']',
  '',
  '[tool.pytest.ini_options]',
  `pythonpath = ["${pythonpath}"]`,
  '',
  '[tool.mypy]',
  'strict = true',
  ...(mypyPath ? [`mypy_path = "${mypyPath}"`] : []),
  '',
  '[[tool.mypy.overrides]]',
  'module = ["yaml"]',
  'ignore_missing_imports = true',
];

const README = [
  '# ml helpers',
  '',
  'Typed statistics helpers and validated settings shared by the training scripts: a bad learning rate',
  'or a typo in a settings file stops the run before it wastes an hour of compute.',
  '',
  '    pip install -e .',
  '    python -m pytest',
  '    python -m mypy',
];

const ALL_PASS = {
  layout: 'pass',
  'config-model': 'pass',
  'load-config': 'pass',
  'mathops-behaviour': 'pass',
  'mathops-typed': 'pass',
  mypy: 'pass',
  readme: 'pass',
  'config-docstrings': 'pass',
  'mypy-strict': 'pass',
  'project-metadata': 'pass',
  pytest: 'pass',
} as const;

describe('corpus 01: modern Python', () => {
  it('src-layout: src/mlkit/stats.py and settings.py (TrainingSettings, load_settings), multi-line dependencies', { timeout: TIMEOUT }, async () => {
    const place = repository('py-src', 'mlkit');
    write(place.dir, {
      'src/mlkit/__init__.py': '"""Helpers for the training scripts."""',
      'src/mlkit/py.typed': '',
      'src/mlkit/stats.py': stats,
      'src/mlkit/settings.py': settings('TrainingSettings', 'load_settings'),
      'tests/test_mlkit.py': tests('mlkit', 'TrainingSettings', 'load_settings', 'stats', 'settings'),
      'pyproject.toml': pyproject('mlkit', 'src', 'src'),
      'README.md': README,
    });
    await expectVerdicts('01', place, ALL_PASS);
  });

  it('a flat helpers/ package: numeric.py and configuration.py (ExperimentConfig, read_config), tests in test/', { timeout: TIMEOUT }, async () => {
    const place = repository('py-flat', 'helpers-lib');
    write(place.dir, {
      'helpers/__init__.py': '',
      'helpers/numeric.py': stats,
      'helpers/configuration.py': settings('ExperimentConfig', 'read_config'),
      'test/test_helpers.py': tests('helpers', 'ExperimentConfig', 'read_config', 'numeric', 'configuration'),
      'pyproject.toml': pyproject('helpers-lib', '.'),
      'README.md': README,
    });
    await expectVerdicts('01', place, ALL_PASS);
  });

  it('a library that returns 0 for an empty mean, drops its types and strict mode', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('01', 'py-loose', 'utils-lib');
    const mathops = join(place.dir, 'utils', 'mathops.py');
    rewrite(mathops, [[/raise ValueError\("mean\(\) needs at least one value"\)/, 'return 0.0']]);
    rewrite(mathops, [[/def normalize\(values: [^)]*\) -> [^:]+:/, 'def normalize(values):']]);
    rewrite(join(place.dir, 'pyproject.toml'), [[/strict = true\n/, 'warn_unused_ignores = true\n']]);
    await expectVerdicts('01', place, { ...ALL_PASS, 'mathops-behaviour': 'fail', 'mathops-typed': 'fail', 'mypy-strict': 'fail', pytest: 'fail' });
  });
});
