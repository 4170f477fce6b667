"""Prediction service instrumented with JSON logs and Prometheus metrics.

Run: uvicorn app:app --port 8000   (then GET /metrics)
"""

import logging

from fastapi import FastAPI, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, Field

from observability.logging_config import setup_logging
from observability.metrics import track

setup_logging()
logger = logging.getLogger("churn-api")
app = FastAPI(title="churn-api")


class Customer(BaseModel):
    age: int = Field(ge=18, le=100)
    balance: float = Field(ge=0)
    num_products: int = Field(ge=1, le=4)


def score(customer: Customer) -> float:
    """Stand-in for model.predict_proba; replace with your module 06 model."""
    return min(1.0, 0.01 * customer.age + 0.15 * (customer.num_products >= 3))


@app.post("/predict")
def predict(customer: Customer) -> dict[str, float]:
    with track("/predict"):
        probability = round(score(customer), 3)
        logger.info("prediction served", extra={"churn_probability": probability})
        return {"churn_probability": probability}


@app.get("/metrics")
def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
