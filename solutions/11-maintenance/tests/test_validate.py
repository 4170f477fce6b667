"""scripts/validate.py must pass on the release and fail (exit 1) on broken data, model or metrics."""

import subprocess
import sys
import warnings

import joblib
import numpy as np
import pandas as pd
import pytest

from scripts import validate
from scripts.validate import DATA, MODEL, ROOT, check_data, main


@pytest.fixture()
def df() -> pd.DataFrame:
    return pd.read_csv(DATA)


def test_release_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert "OK: data, model and metrics checks passed" in capsys.readouterr().out


def test_cli_exit_code() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "validate.py")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_data_checks(df: pd.DataFrame) -> None:
    assert check_data(df) == []
    broken = df.copy()
    broken.loc[0, "age"] = np.nan
    broken.loc[1, "customer_id"] = broken.loc[2, "customer_id"]
    broken.loc[3, "exited"] = 2
    assert check_data(broken) == [
        "data: 1 nulls in age",
        "data: duplicated customer_id",
        "data: exited is not binary 0/1",
    ]
    assert check_data(df.drop(columns=["country"])) == ["data: missing columns ['country']"]
    assert check_data(df.assign(age=df["age"] + 40)) == ["data: age outside 18-100"]


def write(df: pd.DataFrame, path) -> list[str]:
    df.to_csv(path, index=False)
    return ["--data", str(path)]


def test_broken_data_exits_1(df: pd.DataFrame, tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(write(df.drop(columns=["balance"]), tmp_path / "d.csv")) == 1
    assert "FAIL data: missing columns ['balance']" in capsys.readouterr().out


def test_missing_files_exit_1(tmp_path) -> None:
    assert main(["--model", str(tmp_path / "nope.pkl")]) == 1
    assert main(["--data", str(tmp_path / "nope.csv")]) == 1


def test_corrupt_model_exits_1(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "model.pkl").write_bytes(b"not a pickle")
    assert main(["--model", str(tmp_path / "model.pkl")]) == 1
    assert "FAIL model: cannot load or predict" in capsys.readouterr().out


def test_model_that_cannot_predict_on_the_data_exits_1(df: pd.DataFrame, tmp_path) -> None:
    assert main(write(df.drop(columns=["is_active"]), tmp_path / "d.csv")) == 1


def test_worse_model_exits_1(df: pd.DataFrame, tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    shuffled = df.copy()
    shuffled["exited"] = shuffled["exited"].sample(frac=1, random_state=0).to_numpy()  # labels lose meaning
    assert main(write(shuffled, tmp_path / "d.csv")) == 1
    out = capsys.readouterr().out
    assert "FAIL metrics: roc_auc" in out and "< minimum 0.7" in out


def test_drop_from_reference_exits_1(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    (tmp_path / "metrics.json").write_text('{"roc_auc": 0.9}')  # a reference the model no longer reaches
    monkeypatch.setattr(validate, "REFERENCE_METRICS", tmp_path / "metrics.json")
    assert main([]) == 1


def test_version_mismatch_warning_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    real_load = joblib.load

    def load_with_warning(path):
        warnings.warn("Trying to unpickle estimator LogisticRegression from version 0.24 when using version 1.2.1")
        return real_load(path)

    monkeypatch.setattr(validate.joblib, "load", load_with_warning)
    with pytest.raises(RuntimeError, match="another scikit-learn version"):
        validate.load_model(MODEL)
    assert main([]) == 1
