// Corpus for module 02 (data engineering): a cookiecutter-style src/ package run through make, an ETL of
// another dataset inside a monorepo, and a sloppy ETL whose faults each item must catch.
import { describe, expect, it } from 'vitest';
import { TIMEOUT, expectVerdicts, repository, rewrite, solutionAt, write } from './corpus.js';
import { join } from 'node:path';
import { rmSync } from 'node:fs';

/** An ETL of the project's own, typed and documented, writing `out` sorted and without timestamps. */
function etlModule(spec: { raw: string; out: string; key: string; required: string[]; numeric: string[]; contract: string }): string[] {
  return [
    `"""Clean ${spec.raw} into ${spec.out}: typed columns, no missing keys, one row per ${spec.key}."""`,
    'from __future__ import annotations',
    '',
    'from pathlib import Path',
    '',
    'import pandas as pd',
    '',
    'PROJECT = Path.cwd()',
    `REQUIRED = ${JSON.stringify(spec.required)}`,
    `NUMERIC = ${JSON.stringify(spec.numeric)}`,
    '',
    '',
    'def extract(path: Path) -> pd.DataFrame:',
    '    """Read the raw file as text: parsing is our decision, not pandas\' guess."""',
    '    return pd.read_csv(path, dtype=str).apply(lambda column: column.str.strip())',
    '',
    '',
    'def transform(raw: pd.DataFrame) -> pd.DataFrame:',
    '    """Coerce numbers, drop rows missing a required field, keep the first row of each key."""',
    '    frame = raw.copy()',
    '    for column in NUMERIC:',
    '        frame[column] = pd.to_numeric(frame[column], errors="coerce")',
    '    frame = frame.dropna(subset=REQUIRED)',
    `    frame = frame.drop_duplicates(subset="${spec.key}", keep="first")`,
    `    return frame.sort_values("${spec.key}").reset_index(drop=True)`,
    '',
    '',
    `def ${spec.contract}(frame: pd.DataFrame) -> None:`,
    '    """The output contract: required fields present and filled, keys unique."""',
    '    missing = [column for column in REQUIRED if column not in frame.columns]',
    '    if missing:',
    '        raise ValueError(f"missing columns: {missing}")',
    '    if frame[REQUIRED].isna().any().any():',
    '        raise ValueError("required fields have nulls")',
    `    if frame["${spec.key}"].duplicated().any():`,
    `        raise ValueError("${spec.key} is not unique")`,
    '',
    '',
    'def load(frame: pd.DataFrame, path: Path) -> None:',
    '    """Write without the index so that two runs give the same bytes."""',
    '    path.parent.mkdir(parents=True, exist_ok=True)',
    '    frame.to_csv(path, index=False, lineterminator="\\n")',
    '',
    '',
    `def main(raw: Path = PROJECT / "${spec.raw}", out: Path = PROJECT / "${spec.out}") -> int:`,
    '    """Run extract → transform → contract → load."""',
    '    frame = transform(extract(raw))',
    `    ${spec.contract}(frame)`,
    '    load(frame, out)',
    '    print(f"{len(frame)} rows written to {out}")',
    '    return 0',
    '',
    '',
    'if __name__ == "__main__":',
    '    raise SystemExit(main())',
  ];
}

/** Integrity tests of the module `module` (imported as the project imports it). */
function integrityTests(module: string, key: string, required: string[], numeric: string[]): string[] {
  return [
    'import pandas as pd',
    'import pytest',
    '',
    `from ${module} import extract, main, transform`,
    '',
    '',
    '@pytest.fixture()',
    'def clean(tmp_path):',
    '    out = tmp_path / "clean.csv"',
    '    main(out=out)',
    '    return pd.read_csv(out)',
    '',
    '',
    'def test_required_fields_are_filled(clean):',
    `    assert clean[${JSON.stringify(required)}].notna().all().all()`,
    '',
    '',
    'def test_keys_are_unique(clean):',
    `    assert clean["${key}"].is_unique`,
    '',
    '',
    'def test_rows_are_sorted(clean):',
    `    assert clean["${key}"].is_monotonic_increasing`,
    '',
    '',
    'def test_a_row_without_a_key_is_dropped():',
    `    raw = pd.DataFrame({column: ["1", None] for column in ${JSON.stringify([...new Set([...required, ...numeric])])}})`,
    '    assert len(transform(raw)) == 1',
    '',
  ];
}

const ALL_PASS = {
  files: 'pass',
  'etl-runs': 'pass',
  'no-nulls': 'pass',
  'unique-ids': 'pass',
  'etl-typed': 'pass',
  'etl-contract': 'pass',
  readme: 'pass',
  reproducible: 'pass',
  'requirements-pinned': 'pass',
  pytest: 'pass',
} as const;

describe('corpus 02: data engineering', () => {
  it('cookiecutter-style: src/churn_data/make_dataset.py, run as `make dataset`, contract in check_contract()', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('02', 'cookiecutter', 'churn-data');
    const { dir } = place;
    rmSync(join(dir, 'etl.py'));
    rmSync(join(dir, 'tests'), { recursive: true });
    const spec = { raw: 'data/raw/customers.csv', out: 'data/processed/customers.csv', key: 'customer_id', required: ['customer_id', 'age', 'country', 'balance', 'exited'], numeric: ['customer_id', 'age', 'balance', 'tenure', 'num_products', 'exited'], contract: 'check_contract' };
    write(dir, {
      'src/churn_data/__init__.py': '',
      'src/churn_data/make_dataset.py': etlModule(spec),
      'tests/test_make_dataset.py': integrityTests('churn_data.make_dataset', spec.key, spec.required, spec.numeric),
      'pyproject.toml': ['[project]', 'name = "churn-data"', 'version = "0.1.0"', 'requires-python = ">=3.10"', '', '[tool.pytest.ini_options]', 'pythonpath = ["src"]', 'testpaths = ["tests"]'],
      Makefile: ['PYTHON ?= python3', '', '.PHONY: dataset test', '', 'dataset: data/raw/customers.csv', '\t$(PYTHON) src/churn_data/make_dataset.py', '', 'test:', '\t$(PYTHON) -m pytest -q'],
      'README.md': [
        '# churn-data',
        '',
        'Turns the raw bank-customer export into a clean table the models can trust.',
        '',
        '## Usage',
        '',
        '    make dataset   # writes data/processed/customers.csv',
        '    make test      # integrity tests',
        '',
        '## Contract',
        '',
        'Every row has customer_id, age, country, balance and exited; customer_id is unique and rows are',
        'sorted by it, so two runs on the same input give byte-identical files.',
      ],
    });
    const { item } = await expectVerdicts('02', place, ALL_PASS);
    // The README's `make dataset` counted because its recipe runs the ETL; the files read are named.
    expect(item('readme').message).toMatch(/python etl\.py through make dataset/);
    expect(item('etl-contract').message).toContain('src/churn_data/make_dataset.py: def check_contract()');
  });

  it('another dataset (rental listings) in a monorepo: pipelines/rentals/pipeline.py', { timeout: TIMEOUT }, async () => {
    const place = repository('rentals', 'pipelines/rentals');
    const { dir } = place;
    const cities = ['Madrid', 'Valencia', 'Sevilla', 'Bilbao'];
    const rows = Array.from({ length: 60 }, (_, i) => {
      const id = 5000 + (i % 55); // five listings appear twice
      const rooms = i % 9 === 0 ? '' : String(1 + (i % 4));
      const price = i % 13 === 0 ? '' : String(600 + ((i * 37) % 900));
      return `${id},${cities[i % 4]},${rooms},${40 + ((i * 11) % 80)},${price}`;
    });
    const spec = { raw: 'data/raw/listings.csv', out: 'data/processed/listings.csv', key: 'listing_id', required: ['listing_id', 'city', 'price'], numeric: ['listing_id', 'rooms', 'area_m2', 'price'], contract: 'assert_schema' };
    write(dir, {
      'data/raw/listings.csv': `listing_id,city,rooms,area_m2,price\n${rows.join('\n')}\n`,
      'pipeline.py': etlModule(spec),
      'tests/test_pipeline.py': integrityTests('pipeline', spec.key, spec.required, spec.numeric),
      'pyproject.toml': ['[tool.pytest.ini_options]', 'pythonpath = ["."]'],
      'requirements.txt': ['pandas==2.2.3', 'pytest==8.3.4'],
      'README.md': [
        '# Rental listings pipeline',
        '',
        'Cleans the weekly scrape of rental listings before the pricing model reads it.',
        '',
        '    pip install -r requirements.txt',
        '    python pipeline.py',
        '    python -m pytest -q',
        '',
        'Contract: listing_id, city and price are never empty and listing_id is unique; the output is',
        'sorted by listing_id and carries no run dates, so it is reproducible byte for byte.',
      ],
    });
    const { item } = await expectVerdicts('02', place, ALL_PASS);
    expect(item('unique-ids').message).toMatch(/another dataset: checked by its key columns \(listing_id\)/);
    expect(item('no-nulls').message).toMatch(/listing_id, price/);
  });

  it('a sloppy ETL: no dedup, a run timestamp in the output, no contract', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('02', 'sloppy', 'etl');
    const etl = join(place.dir, 'etl.py');
    rewrite(etl, [
      [/    df = df\.drop_duplicates\(subset="customer_id", keep="first"\)\n/, ''],
      [/def validate\(df: pd\.DataFrame\) -> None:[\s\S]*?raise ValueError\("; "\.join\(errors\)\)\n/, ''],
      [/    validate\(df\)\n/, '    df["processed_at"] = pd.Timestamp.now().isoformat()\n'],
    ]);
    const { result, item } = await expectVerdicts('02', place, {
      ...ALL_PASS,
      'unique-ids': 'fail',
      'etl-contract': 'fail',
      reproducible: 'fail',
      pytest: 'fail',
    });
    expect(item('unique-ids').message).toMatch(/customer_id/);
    // The hint of what failed speaks of the file that was read.
    expect(item('etl-contract').hint).toMatch(/validate\(df\)/);
    expect(result.score).toBeLessThan(70);
  });
});
