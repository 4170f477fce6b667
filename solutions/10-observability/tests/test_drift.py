import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from drift import detect_drift, main, psi_categorical, psi_numeric

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


def write_pair(tmp_path: Path, shift: float) -> list[str]:
    rng = np.random.default_rng(42)
    ref = pd.DataFrame({"age": rng.normal(40, 10, 2000), "country": rng.choice(["ES", "FR", "DE"], 2000)})
    cur = pd.DataFrame({"age": rng.normal(40 + shift, 10, 2000), "country": rng.choice(["ES", "FR", "DE"], 2000)})
    ref.to_csv(tmp_path / "reference.csv", index=False)
    cur.to_csv(tmp_path / "current.csv", index=False)
    return [str(tmp_path / "reference.csv"), str(tmp_path / "current.csv")]


def test_psi_of_identical_samples_is_zero() -> None:
    x = np.random.default_rng(0).normal(size=1000)
    assert psi_numeric(x, x) < 1e-9


def test_psi_grows_with_the_shift() -> None:
    rng = np.random.default_rng(1)
    ref = rng.normal(40, 10, 5000)
    small, large = psi_numeric(ref, rng.normal(43, 10, 5000)), psi_numeric(ref, rng.normal(55, 10, 5000))
    assert 0.05 < small < 0.25 < large


def test_psi_on_a_binary_column_and_new_categories() -> None:
    assert psi_numeric(np.array([0, 1] * 50, dtype=float), np.array([0, 1] * 50, dtype=float)) < 1e-9
    ref = pd.Series(["ES"] * 50 + ["FR"] * 50)
    assert psi_categorical(ref, pd.Series(["ES"] * 50 + ["DE"] * 50)) > 0.25  # FR vanished, DE appeared


def test_no_drift_exits_0(tmp_path: Path) -> None:
    assert main(write_pair(tmp_path, shift=0.0)) == 0


def test_shift_exits_1(tmp_path: Path) -> None:
    assert main(write_pair(tmp_path, shift=15.0)) == 1


def test_ids_are_ignored() -> None:
    ref = pd.DataFrame({"customer_id": range(100), "x": [1.0, 2.0] * 50})
    cur = pd.DataFrame({"customer_id": range(1000, 1100), "x": [1.0, 2.0] * 50})
    assert [r["column"] for r in detect_drift(ref, cur)] == ["x"]


def test_shipped_samples() -> None:
    assert main([str(DATA / "reference.csv"), str(DATA / "current_no_drift.csv")]) == 0
    assert main([str(DATA / "reference.csv"), str(DATA / "current_drift.csv")]) == 1
    drifted = {r["column"] for r in detect_drift(pd.read_csv(DATA / "reference.csv"), pd.read_csv(DATA / "current_drift.csv")) if r["drift"]}
    assert drifted == {"age", "country"}


@pytest.mark.parametrize("content", ["", "a,b\n"])
def test_unusable_input_exits_2(tmp_path: Path, content: str) -> None:
    (tmp_path / "empty.csv").write_text(content)
    assert main([str(tmp_path / "empty.csv"), str(DATA / "reference.csv")]) == 2


def test_missing_file_exits_2(tmp_path: Path) -> None:
    assert main([str(tmp_path / "nope.csv"), str(DATA / "reference.csv")]) == 2


def test_cli_exit_codes() -> None:
    run = lambda current: subprocess.run(  # noqa: E731
        [sys.executable, str(ROOT / "drift.py"), str(DATA / "reference.csv"), str(DATA / current)],
        capture_output=True,
    ).returncode
    assert run("current_no_drift.csv") == 0
    assert run("current_drift.csv") == 1
