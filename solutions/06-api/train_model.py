"""Rebuild models/model.pkl: the module 04 churn pipeline trained on the module 04 data.

Usage:
    python train_model.py                      # writes models/model.pkl
    python train_model.py --holdout test.csv   # also writes the held-out test split

In the lesson you copy ``04-modeling/outputs/model.pkl`` into ``models/``. This script does the same
training as module 04 (same columns, same split, same pipeline, seed 42), so the folder can rebuild its
own model, and the Dockerfile can rebuild it with the scikit-learn version pinned in requirements.txt.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import joblib
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

ROOT = Path(__file__).resolve().parent
SEED = 42
TARGET = "exited"
NUMERIC = ["age", "balance", "tenure", "num_products", "is_active"]
CATEGORICAL = ["country"]


def build_pipeline() -> Pipeline:
    """The module 04 estimator: impute + scale numbers, one-hot the country, logistic regression."""
    numeric = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
    ])
    categorical = Pipeline([
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
    ])
    preprocess = ColumnTransformer([("num", numeric, NUMERIC), ("cat", categorical, CATEGORICAL)])
    model = LogisticRegression(C=1.0, max_iter=1000, class_weight="balanced")
    return Pipeline([("preprocess", preprocess), ("model", model)])


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description="Train the churn pipeline and save it with joblib")
    parser.add_argument("--data", default=str(ROOT / "data" / "train.csv"))
    parser.add_argument("--out", default=str(ROOT / "models" / "model.pkl"))
    parser.add_argument("--holdout", help="also write the held-out test split (all columns) here")
    args = parser.parse_args(argv)

    df = pd.read_csv(args.data)
    train, test = train_test_split(df, test_size=0.2, stratify=df[TARGET], random_state=SEED)
    pipeline = build_pipeline().fit(train[NUMERIC + CATEGORICAL], train[TARGET])
    scores = pipeline.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1]

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(pipeline, out)
    if args.holdout:
        test.sort_values("customer_id").to_csv(args.holdout, index=False, lineterminator="\n")

    summary = {"model": str(out), "n_train": len(train), "n_test": len(test),
               "test_roc_auc": round(float(roc_auc_score(test[TARGET], scores)), 4)}
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
