from pathlib import Path

import pandas as pd
import pytest

import etl


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out_dir = tmp_path_factory.mktemp("processed")
    etl.run(etl.RAW_PATH, out_dir)
    return out_dir / "customers.csv"


@pytest.fixture(scope="module")
def df(processed: Path) -> pd.DataFrame:
    return pd.read_csv(processed)


def test_columns_in_fixed_order(df: pd.DataFrame) -> None:
    assert list(df.columns) == etl.COLUMNS


def test_required_columns_have_no_nulls(df: pd.DataFrame) -> None:
    assert df[etl.REQUIRED].notna().all().all()


def test_customer_id_is_unique(df: pd.DataFrame) -> None:
    assert df["customer_id"].is_unique


def test_rows_are_sorted(df: pd.DataFrame) -> None:
    assert df["customer_id"].is_monotonic_increasing


def test_values_are_clean(df: pd.DataFrame) -> None:
    assert set(df["country"]) <= etl.VALID_COUNTRIES
    assert df["age"].between(18, 100).all()
    assert (df["balance"] >= 0).all()
    assert set(df["exited"]) <= {0, 1}


def test_same_input_gives_same_bytes(processed: Path, tmp_path: Path) -> None:
    etl.run(etl.RAW_PATH, tmp_path)
    assert (tmp_path / "customers.csv").read_bytes() == processed.read_bytes()


def test_validate_rejects_duplicates() -> None:
    bad = pd.DataFrame({col: [1, 1] for col in etl.COLUMNS})
    with pytest.raises(ValueError, match="not unique"):
        etl.validate(bad)
