import json
import sys
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import train  # noqa: E402


@pytest.fixture()
def csv_path(tmp_path: Path) -> Path:
    rng = np.random.default_rng(0)
    n = 400
    df = pd.DataFrame({
        "customer_id": range(n),
        "age": rng.integers(18, 80, n),
        "country": rng.choice(["France", "Germany", "Spain"], n),
        "balance": rng.normal(50000, 20000, n),
        "tenure": rng.integers(0, 11, n),
        "num_products": rng.integers(1, 5, n),
        "is_active": rng.integers(0, 2, n),
    })
    df["exited"] = (df["age"] + rng.normal(0, 10, n) > 55).astype(int)
    path = tmp_path / "train.csv"
    df.to_csv(path, index=False)
    return path


def test_writes_model_and_metrics(csv_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "outputs"
    metrics = train.main(["--data", str(csv_path), "--out-dir", str(out)])
    saved = json.loads((out / "metrics.json").read_text())
    assert saved == metrics
    assert saved["metric"] == "roc_auc"
    assert saved["cv_mean"] >= 0.7
    model = joblib.load(out / "model.pkl")
    sample = pd.read_csv(csv_path).head(3)
    proba = model.predict_proba(sample)[:, 1]
    assert ((proba >= 0) & (proba <= 1)).all()


def test_same_seed_same_metrics(csv_path: Path, tmp_path: Path) -> None:
    first = train.main(["--data", str(csv_path), "--out-dir", str(tmp_path / "a")])
    second = train.main(["--data", str(csv_path), "--out-dir", str(tmp_path / "b")])
    assert first == second
