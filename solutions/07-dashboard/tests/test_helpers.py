import pandas as pd
import pytest

from dashboard_helpers import (
    DEFAULT_API_URL,
    FEATURES,
    age_grid,
    as_flag,
    batch_payloads,
    build_payload,
    clean_api_url,
    decision_label,
    format_probability,
    mean_by_country,
    parse_health,
    parse_prediction,
    prepare_batch,
    what_if_curve,
)


def test_clean_api_url_default_and_trailing_slash() -> None:
    assert clean_api_url(None) == DEFAULT_API_URL == "http://localhost:8000"
    assert clean_api_url("  ") == DEFAULT_API_URL
    assert clean_api_url("http://api:8000/") == "http://api:8000"


@pytest.mark.parametrize("bad", ["localhost:8000", "ftp://api", "http://"])
def test_clean_api_url_rejects_non_http(bad: str) -> None:
    with pytest.raises(ValueError):
        clean_api_url(bad)


def test_build_payload_matches_the_api_contract() -> None:
    payload = build_payload(42, "Germany", 83000.5, 3, 2, True)
    assert payload == {
        "age": 42, "country": "Germany", "balance": 83000.5, "tenure": 3, "num_products": 2, "is_active": 1,
    }
    assert list(payload) == FEATURES
    assert type(payload["is_active"]) is int and type(payload["balance"]) is float


@pytest.mark.parametrize(("value", "flag"), [(True, 1), (False, 0), (1, 1), (0, 0), ("yes", 1), ("no", 0), (1.0, 1)])
def test_as_flag(value: object, flag: int) -> None:
    assert as_flag(value) == flag


@pytest.mark.parametrize("value", [2, "maybe", None])
def test_as_flag_rejects_other_values(value: object) -> None:
    with pytest.raises(ValueError):
        as_flag(value)


def test_parse_health() -> None:
    assert parse_health({"status": "ok", "version": "0.1.0"}) == ("ok", "0.1.0")
    assert parse_health({"status": "ok"}) == ("ok", "?")
    with pytest.raises(ValueError):
        parse_health(["ok"])


def test_parse_prediction_valid() -> None:
    body = {"churn_probability": 0.3379, "will_churn": False, "threshold": 0.5, "version": "0.1.0"}
    assert parse_prediction(body) == body


@pytest.mark.parametrize(
    "body",
    [None, {}, {"churn_probability": 1.5, "will_churn": True}, {"churn_probability": "x", "will_churn": True},
     {"churn_probability": 0.2, "will_churn": "no"}, {"detail": [{"loc": ["body", "age"]}]}],
)
def test_parse_prediction_rejects_malformed(body: object) -> None:
    with pytest.raises(ValueError):
        parse_prediction(body)


def test_formatting() -> None:
    assert format_probability(0.3379) == "33.8%"
    assert format_probability(1.0) == "100.0%"
    assert decision_label(True) == "Will churn"
    assert decision_label(False) == "Will stay"


def test_age_grid_stays_in_the_api_range() -> None:
    ages = age_grid()
    assert ages[0] == 18 and ages[-1] <= 90 and len(ages) == 19
    assert age_grid(10, 120, 30) == [18, 48, 78]


def test_what_if_curve() -> None:
    curve = what_if_curve([18, 22], [0.1, 0.2])
    assert curve.index.name == "age"
    assert curve["churn_probability"].tolist() == [0.1, 0.2]
    with pytest.raises(ValueError):
        what_if_curve([18], [0.1, 0.2])


def test_prepare_batch_drops_nulls_and_keeps_extra_columns() -> None:
    df = pd.DataFrame({
        "customer_id": [1, 2, 3],
        "age": [30, None, 50],
        "country": ["France", "Spain", "Germany"],
        "balance": [10.0, 20.0, 30.0],
        "tenure": [1, 2, 3],
        "num_products": [1, 2, 3],
        "is_active": [1, 0, 1],
    })
    batch, missing = prepare_batch(df)
    assert missing == []
    assert batch["customer_id"].tolist() == [1, 3]
    payloads = batch_payloads(batch)
    assert [set(p) for p in payloads] == [set(FEATURES)] * 2  # customer_id is not sent
    assert payloads[1]["age"] == 50 and type(payloads[1]["age"]) is int


def test_prepare_batch_reports_missing_columns() -> None:
    batch, missing = prepare_batch(pd.DataFrame({"age": [30], "country": ["France"]}))
    assert missing == ["balance", "is_active", "num_products", "tenure"]
    assert batch.empty


def test_mean_by_country() -> None:
    scored = pd.DataFrame({"country": ["Spain", "France", "Spain"], "churn_probability": [0.2, 0.5, 0.4]})
    means = mean_by_country(scored)
    assert means.index.tolist() == ["France", "Spain"]
    assert means["Spain"] == pytest.approx(0.3)
