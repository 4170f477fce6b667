"""FeatureEngineer: a leak-free, picklable scikit-learn transformer."""

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

NUMERIC = ["age", "balance", "tenure", "num_products", "is_active"]


class FeatureEngineer(TransformerMixin, BaseEstimator):
    """Impute, derive and one-hot encode the customer columns.

    fit() learns medians and the list of countries from the training
    data; transform() only uses those learned values.
    """

    def __init__(self, numeric: list[str] | None = None, category: str = "country",
                 add_ratios: bool = True) -> None:
        # Only store the parameters: no logic here (needed by get_params/clone)
        self.numeric = numeric
        self.category = category
        self.add_ratios = add_ratios

    def fit(self, X: pd.DataFrame, y: pd.Series | None = None) -> "FeatureEngineer":
        """Learn medians and categories from the training data only."""
        numeric = self.numeric if self.numeric is not None else NUMERIC
        self.numeric_ = list(numeric)
        self.medians_ = X[self.numeric_].astype("float64").median().to_dict()
        self.categories_ = sorted(X[self.category].dropna().unique().tolist())
        self.feature_names_out_ = self._output_columns()
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        """Apply what fit() learned; never look at statistics of X itself."""
        check_is_fitted(self)
        out = X[self.numeric_].astype("float64").fillna(self.medians_)
        if self.add_ratios:
            products = out["num_products"].replace(0, np.nan)
            out["balance_per_product"] = (out["balance"] / products).fillna(0.0)
            out["log_balance"] = np.log1p(out["balance"].clip(lower=0))
        for value in self.categories_:
            out[f"{self.category}_{value}"] = (X[self.category] == value).astype("float64")
        return out[self.feature_names_out_]

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """Output column names; also enables set_output(transform="pandas")."""
        check_is_fitted(self)
        return np.asarray(self.feature_names_out_, dtype=object)

    def _output_columns(self) -> list[str]:
        columns = list(self.numeric_)
        if self.add_ratios:
            columns += ["balance_per_product", "log_balance"]
        return columns + [f"{self.category}_{value}" for value in self.categories_]
