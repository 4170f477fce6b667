from pathlib import Path

import joblib
import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from build_features import TARGET, build_pipeline, make_demo_data
from features import FeatureEngineer


@pytest.fixture
def data() -> pd.DataFrame:
    return make_demo_data(n_rows=200)


def split(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    X = df.drop(columns=["customer_id", TARGET])
    X_train, X_test, y_train, _ = train_test_split(X, df[TARGET], random_state=0)
    return X_train, X_test, y_train


def test_works_inside_pipeline(data: pd.DataFrame) -> None:
    X_train, X_test, y_train = split(data)
    model = Pipeline([
        ("features", FeatureEngineer()),
        ("scale", StandardScaler()),
        ("clf", LogisticRegression()),
    ])
    model.fit(X_train, y_train)
    assert model.predict(X_test).shape == (len(X_test),)


def test_output_has_no_nulls_and_stable_columns(data: pd.DataFrame) -> None:
    X_train, X_test, _ = split(data)
    fe = FeatureEngineer().fit(X_train)
    out = fe.transform(X_test)
    assert not out.isna().any().any()
    assert list(out.columns) == list(fe.get_feature_names_out())


def test_transform_before_fit_raises(data: pd.DataFrame) -> None:
    with pytest.raises(NotFittedError):
        FeatureEngineer().transform(data)


def test_clone_keeps_params() -> None:
    fe = FeatureEngineer(add_ratios=False)
    assert clone(fe).get_params() == fe.get_params()


def test_pickle_round_trip(data: pd.DataFrame, tmp_path: Path) -> None:
    X_train, X_test, y_train = split(data)
    pipeline = build_pipeline().fit(X_train, y_train)
    path = tmp_path / "feature_pipeline.pkl"
    joblib.dump(pipeline, path)
    restored = joblib.load(path)
    pd.testing.assert_frame_equal(pipeline.transform(X_test), restored.transform(X_test))


def test_no_leakage_from_test_data(data: pd.DataFrame) -> None:
    X_train, X_test, _ = split(data)
    fe = FeatureEngineer().fit(X_train)
    learned = dict(fe.medians_)

    # Test data unlike the training data: gaps, a thousand times the balance, a new country
    X_test = X_test.copy()
    X_test["balance"] = X_test["balance"] * 1000
    gaps = X_test.index[:5]
    X_test.loc[gaps, "balance"] = np.nan
    X_test["country"] = "Narnia"
    out = fe.transform(X_test)

    # The gaps get the training median, never a statistic of the data being transformed
    assert (out.loc[gaps, "balance"] == X_train["balance"].median()).all()
    assert "country_Narnia" not in out.columns
    assert fe.medians_ == learned
