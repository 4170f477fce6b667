"""Train the churn pipeline, track it with MLflow and write the DVC outputs."""

from __future__ import annotations

import json
from pathlib import Path

import contextlib

import joblib
import pandas as pd
import yaml
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_validate, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

try:  # MLflow is optional here so the reference solution also runs where it is not installed.
    import mlflow
    import mlflow.sklearn
except ImportError:  # pragma: no cover - depends on the environment
    mlflow = None

TARGET = "exited"
NUMERIC = ["age", "balance", "tenure", "num_products", "is_active"]
CATEGORICAL = ["country"]


def build_pipeline(c: float, class_weight: str | None) -> Pipeline:
    """Same preprocessing + model as module 04, configured from params.yaml."""
    preprocess = ColumnTransformer([
        ("num", Pipeline([
            ("impute", SimpleImputer(strategy="median")),
            ("scale", StandardScaler()),
        ]), NUMERIC),
        ("cat", Pipeline([
            ("impute", SimpleImputer(strategy="most_frequent")),
            ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
        ]), CATEGORICAL),
    ])
    model = LogisticRegression(C=c, class_weight=class_weight, max_iter=1000)
    return Pipeline([("preprocess", preprocess), ("model", model)])


def main() -> None:
    params = yaml.safe_load(Path("params.yaml").read_text())
    data_p, train_p = params["data"], params["train"]

    df = pd.read_csv(data_p["path"])
    X, y = df[NUMERIC + CATEGORICAL], df[TARGET]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=data_p["test_size"], stratify=y, random_state=train_p["seed"]
    )
    pipeline = build_pipeline(train_p["C"], train_p["class_weight"])
    cv = StratifiedKFold(
        n_splits=train_p["n_splits"], shuffle=True, random_state=train_p["seed"]
    )

    if mlflow is not None:
        mlflow.set_tracking_uri("file:./mlruns")
        mlflow.set_experiment(params["mlflow"]["experiment"])
        run = mlflow.start_run(run_name=f"logreg-C{train_p['C']}")
    else:
        print("MLflow is not installed: training without tracking (pip install mlflow)")
        run = contextlib.nullcontext()
    with run:
        if mlflow is not None:
            mlflow.log_params({**train_p, "test_size": data_p["test_size"], "n_rows": len(df)})

        scores = cross_validate(pipeline, X_train, y_train, cv=cv, scoring="roc_auc")
        fold_scores = scores["test_score"]
        if mlflow is not None:
            for fold, score in enumerate(fold_scores):
                mlflow.log_metric("fold_roc_auc", float(score), step=fold)

        pipeline.fit(X_train, y_train)
        test_auc = roc_auc_score(y_test, pipeline.predict_proba(X_test)[:, 1])
        metrics = {
            "metric": "roc_auc",
            "cv_mean": round(float(fold_scores.mean()), 4),
            "cv_std": round(float(fold_scores.std()), 4),
            "test_roc_auc": round(float(test_auc), 4),
        }
        if mlflow is not None:
            mlflow.log_metrics({k: v for k, v in metrics.items() if k != "metric"})

        Path("models").mkdir(exist_ok=True)
        Path("reports").mkdir(exist_ok=True)
        joblib.dump(pipeline, "models/pipeline.pkl")
        Path("reports/metrics.json").write_text(
            json.dumps(metrics, indent=2, sort_keys=True) + "\n"
        )
        if mlflow is not None:
            mlflow.log_artifact("reports/metrics.json")
            mlflow.sklearn.log_model(pipeline, name="model")
    print(json.dumps(metrics, sort_keys=True))


if __name__ == "__main__":
    main()
