import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from app import main  # noqa: E402
from app.main import app  # noqa: E402

VALID = {
    "age": 42,
    "country": "Germany",
    "balance": 83000.5,
    "tenure": 3,
    "num_products": 2,
    "is_active": 1,
}


@pytest.fixture(scope="module")
def client():
    with TestClient(app) as c:
        yield c


def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": main.VERSION}


def test_predict_valid(client):
    response = client.post("/predict", json=VALID)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"churn_probability", "will_churn", "threshold", "version"}
    assert 0.0 <= body["churn_probability"] <= 1.0
    assert isinstance(body["will_churn"], bool)
    assert body["will_churn"] == (body["churn_probability"] >= body["threshold"])


def test_predict_is_deterministic(client):
    first = client.post("/predict", json=VALID).json()
    second = client.post("/predict", json=VALID).json()
    assert first == second


def test_older_inactive_customer_scores_higher(client):
    young = client.post("/predict", json={**VALID, "age": 25, "is_active": 1}).json()
    old = client.post("/predict", json={**VALID, "age": 70, "is_active": 0}).json()
    assert old["churn_probability"] > young["churn_probability"]


def test_unknown_country_still_predicts(client):
    # the pipeline's OneHotEncoder uses handle_unknown="ignore"
    response = client.post("/predict", json={**VALID, "country": "Portugal"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "change",
    [{"age": -5}, {"age": "old"}, {"country": ""}, {"is_active": 3}, {"balance": -1.0}, {"unknown": 1}],
)
def test_predict_invalid_returns_422(client, change):
    response = client.post("/predict", json={**VALID, **change})
    assert response.status_code == 422
    assert response.json()["detail"]  # FastAPI explains which field failed


def test_predict_missing_field_returns_422(client):
    payload = {k: v for k, v in VALID.items() if k != "age"}
    assert client.post("/predict", json=payload).status_code == 422


def test_predict_not_json_returns_422(client):
    response = client.post("/predict", content=b"age=42", headers={"Content-Type": "application/json"})
    assert response.status_code == 422


def test_docs_and_openapi(client):
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    assert "/predict" in schema["paths"] and "/health" in schema["paths"]


def test_missing_model_gives_503(client, monkeypatch, tmp_path):
    monkeypatch.setattr(main, "MODEL_PATH", tmp_path / "missing.pkl")
    assert client.get("/health").status_code == 503
    assert client.post("/predict", json=VALID).status_code == 503
