"""Pure helpers for dashboard.py: no Streamlit and no network, so pytest can test them anywhere.

They build the request body the API expects, check the API's answers, and shape the data for the
charts. dashboard.py keeps everything that touches Streamlit or the network.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

import pandas as pd

DEFAULT_API_URL = "http://localhost:8000"
FEATURES = ["age", "country", "balance", "tenure", "num_products", "is_active"]
COUNTRIES = ["France", "Germany", "Spain"]


def clean_api_url(url: str | None) -> str:
    """The API's base URL without a trailing slash; the default when empty. ValueError if not http(s)."""
    url = (url or "").strip() or DEFAULT_API_URL
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValueError(f"API_URL must look like http://host:port, got {url!r}")
    return url.rstrip("/")


def build_payload(
    age: int, country: str, balance: float, tenure: int, num_products: int, is_active: bool | int
) -> dict[str, Any]:
    """The JSON body of POST /predict: exactly the model's features, with the types the API validates."""
    return {
        "age": int(age),
        "country": str(country),
        "balance": float(balance),
        "tenure": int(tenure),
        "num_products": int(num_products),
        "is_active": as_flag(is_active),  # the API wants 0 or 1, not true/false
    }


def as_flag(value: Any) -> int:
    """True/False, 0/1, "yes"/"no", "true"/"false" -> 1 or 0; ValueError for anything else."""
    text = str(value).strip().lower()
    if text in ("1", "1.0", "true", "yes"):
        return 1
    if text in ("0", "0.0", "false", "no"):
        return 0
    raise ValueError(f"is_active must be 0 or 1, got {value!r}")


def parse_health(body: Any) -> tuple[str, str]:
    """(status, version) from GET /health; ValueError when the body is not what the API returns."""
    if not isinstance(body, dict) or "status" not in body:
        raise ValueError(f"unexpected /health response: {body!r}")
    return str(body["status"]), str(body.get("version", "?"))


def parse_prediction(body: Any) -> dict[str, Any]:
    """Check a POST /predict response and return its useful fields; ValueError when malformed."""
    if not isinstance(body, dict):
        raise ValueError(f"unexpected /predict response: {body!r}")
    try:
        probability = float(body["churn_probability"])
        will_churn = body["will_churn"]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"unexpected /predict response: {body!r}") from exc
    if not 0.0 <= probability <= 1.0 or not isinstance(will_churn, bool):
        raise ValueError(f"unexpected /predict response: {body!r}")
    return {
        "churn_probability": probability,
        "will_churn": will_churn,
        "threshold": float(body.get("threshold", 0.5)),
        "version": str(body.get("version", "?")),
    }


def format_probability(probability: float) -> str:
    """0.3379 -> '33.8%'."""
    return f"{probability:.1%}"


def decision_label(will_churn: bool) -> str:
    return "Will churn" if will_churn else "Will stay"


def age_grid(start: int = 18, stop: int = 90, step: int = 4) -> list[int]:
    """Ages for the what-if chart, inside the API's 18-100 range."""
    return list(range(max(start, 18), min(stop, 100) + 1, step))


def what_if_curve(ages: list[int], probabilities: list[float]) -> pd.DataFrame:
    """A DataFrame indexed by age, ready for st.line_chart."""
    if len(ages) != len(probabilities):
        raise ValueError("one probability per age is needed")
    return pd.DataFrame({"age": ages, "churn_probability": probabilities}).set_index("age")


def prepare_batch(df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """(rows to score, missing columns). Keeps every column, drops rows with nulls in the features."""
    missing = sorted(set(FEATURES) - set(df.columns))
    if missing:
        return df.iloc[0:0], missing
    return df.dropna(subset=FEATURES).reset_index(drop=True), []


def batch_payloads(df: pd.DataFrame) -> list[dict[str, Any]]:
    """One /predict body per row, only the FEATURES columns (the API forbids extra fields)."""
    return [build_payload(**row) for row in df[FEATURES].to_dict(orient="records")]


def mean_by_country(scored: pd.DataFrame) -> pd.Series:
    """Average churn probability per country, for st.bar_chart."""
    return scored.groupby("country")["churn_probability"].mean().sort_index()
