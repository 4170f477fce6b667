"""Regression tests: the released model must keep behaving like the saved reference."""

import hashlib
import json

import joblib
import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import roc_auc_score

from scripts.validate import DATA, ID, MAX_AUC_DROP, MODEL, ROOT, TARGET, score

REFERENCE = ROOT / "reference"


@pytest.fixture(scope="module")
def scored() -> pd.DataFrame:
    df = pd.read_csv(DATA)
    df["score"] = score(joblib.load(MODEL), df)
    return df


def test_model_file_is_the_released_one() -> None:
    expected = json.loads((REFERENCE / "metrics.json").read_text())["model_sha256"]
    assert hashlib.sha256(MODEL.read_bytes()).hexdigest() == expected


def test_predictions_match_reference(scored: pd.DataFrame) -> None:
    reference = pd.read_csv(REFERENCE / "predictions.csv")
    merged = reference.merge(scored[[ID, "score"]], on=ID, suffixes=("_ref", "_new"), validate="one_to_one")
    assert len(merged) == len(reference)
    np.testing.assert_allclose(merged["score_new"], merged["score_ref"], atol=1e-6)


def test_roc_auc_not_worse_than_reference(scored: pd.DataFrame) -> None:
    reference = json.loads((REFERENCE / "metrics.json").read_text())["roc_auc"]
    assert roc_auc_score(scored[TARGET], scored["score"]) >= reference - MAX_AUC_DROP


def test_reference_covers_the_whole_evaluation_set(scored: pd.DataFrame) -> None:
    metrics = json.loads((REFERENCE / "metrics.json").read_text())
    assert metrics["n_rows"] == len(scored)
    assert set(pd.read_csv(REFERENCE / "predictions.csv")[ID]) == set(scored[ID])
