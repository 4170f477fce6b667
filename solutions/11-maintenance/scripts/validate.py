"""Validate data, model and metrics before a release; exit 1 on any failure.

Usage: python scripts/validate.py [--data CSV] [--model PKL]
       (defaults: data/reference.csv and models/model.pkl; pass --model to vet a candidate model)
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "reference.csv"
MODEL = ROOT / "models" / "model.pkl"
REFERENCE_METRICS = ROOT / "reference" / "metrics.json"
ID, TARGET = "customer_id", "exited"
REQUIRED = [ID, "age", "country", "balance", TARGET]
MIN_ROC_AUC = 0.70
MAX_AUC_DROP = 0.02


def feature_columns(model, df: pd.DataFrame) -> list[str]:
    """Columns the model was fitted on (falls back to all but id and target)."""
    names = getattr(model, "feature_names_in_", None)
    return list(names) if names is not None else [c for c in df.columns if c not in (ID, TARGET)]


def check_data(df: pd.DataFrame) -> list[str]:
    missing = [c for c in REQUIRED if c not in df.columns]
    if missing:
        return [f"data: missing columns {missing}"]
    errors = [f"data: {n} nulls in {c}" for c, n in df[REQUIRED].isna().sum().items() if n]
    if df[ID].duplicated().any():
        errors.append(f"data: duplicated {ID}")
    if not df["age"].dropna().between(18, 100).all():
        errors.append("data: age outside 18-100")
    if not set(df[TARGET].dropna().unique()) <= {0, 1}:
        errors.append(f"data: {TARGET} is not binary 0/1")
    return errors


def score(model, df: pd.DataFrame) -> np.ndarray:
    return model.predict_proba(df[feature_columns(model, df)])[:, 1]


def load_model(path: Path):
    """Load the pickle; a scikit-learn version mismatch warning is raised as an error.

    scikit-learn warns (InconsistentVersionWarning since 1.3, a UserWarning before) when a pickle was
    written by another version: the model may load and still predict differently, so it fails here.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = joblib.load(path)
    for warning in caught:
        text = str(warning.message)
        if warning.category.__name__ == "InconsistentVersionWarning" or "Trying to unpickle" in text:
            raise RuntimeError(f"pickled with another scikit-learn version: {text.split('. ')[0]}")
    return model


def check_model(df: pd.DataFrame, path: Path = MODEL) -> tuple[list[str], np.ndarray | None]:
    try:
        scores = score(load_model(path), df)
    except Exception as exc:  # unreadable pickle, other scikit-learn, incompatible columns
        return [f"model: cannot load or predict ({exc})"], None
    if len(scores) != len(df) or not np.all((scores >= 0) & (scores <= 1)):
        return ["model: predictions are not one probability per row"], None
    return [], scores


def check_metrics(df: pd.DataFrame, scores: np.ndarray) -> list[str]:
    auc = roc_auc_score(df[TARGET], scores)
    errors = []
    if auc < MIN_ROC_AUC:
        errors.append(f"metrics: roc_auc {auc:.3f} < minimum {MIN_ROC_AUC}")
    if REFERENCE_METRICS.exists():
        reference = json.loads(REFERENCE_METRICS.read_text())["roc_auc"]
        if auc < reference - MAX_AUC_DROP:
            errors.append(f"metrics: roc_auc {auc:.3f} dropped more than {MAX_AUC_DROP} from {reference:.3f}")
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Data, model and metrics checks before a release")
    parser.add_argument("--data", type=Path, default=DATA, help="evaluation CSV with the label")
    parser.add_argument("--model", type=Path, default=MODEL, help="pickled model to validate")
    args = parser.parse_args(argv)

    missing = [str(p) for p in (args.data, args.model) if not p.exists()]
    if missing:
        print(f"FAIL files: missing {', '.join(missing)}")
        return 1
    try:
        df = pd.read_csv(args.data)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        print(f"FAIL data: cannot read {args.data} ({exc})")
        return 1
    errors = check_data(df)
    if not errors:
        model_errors, scores = check_model(df, args.model)
        errors += model_errors
        if scores is not None:
            errors += check_metrics(df, scores)
    for error in errors:
        print(f"FAIL {error}")
    print("OK: data, model and metrics checks passed" if not errors else f"{len(errors)} check(s) failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
