import pytest
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from app import app
from observability.metrics import track

client = TestClient(app)


def sample(name: str, endpoint: str) -> float:
    return REGISTRY.get_sample_value(name, {"endpoint": endpoint}) or 0.0


def test_predict_and_metrics() -> None:
    response = client.post("/predict", json={"age": 45, "balance": 1200.0, "num_products": 2})
    assert response.status_code == 200
    assert 0.0 <= response.json()["churn_probability"] <= 1.0
    body = client.get("/metrics").text
    assert 'prediction_requests_total{endpoint="/predict"}' in body
    assert "prediction_latency_seconds_bucket" in body


def test_metrics_content_type() -> None:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")


def test_invalid_request_is_422_and_not_counted() -> None:
    before = sample("prediction_requests_total", "/predict")
    assert client.post("/predict", json={"age": 7, "balance": 1.0, "num_products": 2}).status_code == 422
    assert sample("prediction_requests_total", "/predict") == before


def test_track_counts_errors() -> None:
    before = sample("prediction_errors_total", "/test")
    with pytest.raises(RuntimeError):
        with track("/test"):
            raise RuntimeError("model crashed")
    assert sample("prediction_errors_total", "/test") == before + 1
    assert 'prediction_errors_total{endpoint="/test"} 1.0' in client.get("/metrics").text
