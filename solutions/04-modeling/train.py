"""Train a churn classifier, cross-validate it and save model + metrics."""

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
from sklearn.model_selection import (
    GridSearchCV,
    StratifiedKFold,
    cross_validate,
    train_test_split,
)
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SEED = 42
TARGET = "exited"
NUMERIC = ["age", "balance", "tenure", "num_products", "is_active"]
CATEGORICAL = ["country"]


def build_pipeline(c: float = 1.0) -> Pipeline:
    """Preprocessing and model in one estimator."""
    numeric = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
    ])
    categorical = Pipeline([
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
    ])
    preprocess = ColumnTransformer([
        ("num", numeric, NUMERIC),
        ("cat", categorical, CATEGORICAL),
    ])
    model = LogisticRegression(C=c, max_iter=1000, class_weight="balanced")
    return Pipeline([("preprocess", preprocess), ("model", model)])


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="data/train.csv")
    parser.add_argument("--out-dir", default="outputs")
    parser.add_argument("--tune", action="store_true", help="run GridSearchCV")
    args = parser.parse_args(argv)

    df = pd.read_csv(args.data)
    X = df[NUMERIC + CATEGORICAL]  # customer_id is dropped on purpose
    y = df[TARGET]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=SEED
    )

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    pipeline = build_pipeline()
    best_params: dict = {}
    if args.tune:
        search = GridSearchCV(
            pipeline,
            param_grid={"model__C": [0.01, 0.1, 1.0, 10.0]},
            scoring="roc_auc",
            cv=cv,
        )
        search.fit(X_train, y_train)
        pipeline = search.best_estimator_
        best_params = search.best_params_

    scores = cross_validate(pipeline, X_train, y_train, cv=cv, scoring="roc_auc")
    pipeline.fit(X_train, y_train)
    test_auc = roc_auc_score(y_test, pipeline.predict_proba(X_test)[:, 1])

    metrics = {
        "metric": "roc_auc",
        "cv_mean": round(float(scores["test_score"].mean()), 4),
        "cv_std": round(float(scores["test_score"].std()), 4),
        "cv_folds": 5,
        "test_roc_auc": round(float(test_auc), 4),
        "best_params": best_params,
        "n_train": int(len(X_train)),
    }
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    joblib.dump(pipeline, out / "model.pkl")
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    print(json.dumps(metrics, sort_keys=True))
    return metrics


if __name__ == "__main__":
    main()
