"""Fit the feature pipeline on the training split and save it with joblib."""

import sys
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from features import FeatureEngineer

BASE_DIR = Path(__file__).resolve().parent
ARTIFACT = BASE_DIR / "artifacts" / "feature_pipeline.pkl"
TARGET = "exited"
RANDOM_STATE = 42


def make_demo_data(n_rows: int = 500, seed: int = RANDOM_STATE) -> pd.DataFrame:
    """Synthetic customers with the same columns as module 02's output."""
    rng = np.random.default_rng(seed)
    df = pd.DataFrame({
        "customer_id": np.arange(1, n_rows + 1),
        "age": rng.integers(18, 80, n_rows).astype("float64"),
        "country": rng.choice(["France", "Spain", "Germany"], n_rows),
        "balance": rng.gamma(2.0, 40_000, n_rows).round(2),
        "tenure": rng.integers(0, 11, n_rows).astype("float64"),
        "num_products": rng.integers(1, 5, n_rows),
        "is_active": rng.integers(0, 2, n_rows),
        "exited": rng.integers(0, 2, n_rows),
    })
    df.loc[rng.random(n_rows) < 0.05, "tenure"] = np.nan
    return df


def build_pipeline() -> Pipeline:
    """FeatureEngineer followed by scaling; outputs pandas DataFrames."""
    pipeline = Pipeline([
        ("features", FeatureEngineer()),
        ("scale", StandardScaler()),
    ])
    return pipeline.set_output(transform="pandas")


def main(data_path: str | None = None) -> None:
    """Split, fit on the training split only, save, and report."""
    df = pd.read_csv(data_path) if data_path else make_demo_data()
    X = df.drop(columns=["customer_id", TARGET])
    y = df[TARGET]
    X_train, X_test, y_train, _ = train_test_split(
        X, y, test_size=0.2, random_state=RANDOM_STATE, stratify=y
    )
    pipeline = build_pipeline().fit(X_train, y_train)
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(pipeline, ARTIFACT)
    features = pipeline.transform(X_test)
    print(f"train={len(X_train)} test={len(X_test)} features={features.shape[1]}")
    print(f"saved {ARTIFACT.relative_to(BASE_DIR)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
