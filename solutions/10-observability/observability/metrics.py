"""Prometheus metrics for the prediction service."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from prometheus_client import Counter, Histogram

REQUESTS = Counter("prediction_requests", "Prediction requests received", ["endpoint"])
ERRORS = Counter("prediction_errors", "Prediction requests that raised an error", ["endpoint"])
LATENCY = Histogram(
    "prediction_latency_seconds",
    "Time spent serving a prediction",
    ["endpoint"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)

# Create the /predict series now, at 0: otherwise prediction_errors_total only appears after the
# first error, and an error-rate alert has nothing to compute until then.
for _metric in (REQUESTS, ERRORS, LATENCY):
    _metric.labels(endpoint="/predict")


@contextmanager
def track(endpoint: str) -> Iterator[None]:
    """Count the request, time it, and count an error if the block raises."""
    REQUESTS.labels(endpoint=endpoint).inc()
    start = time.perf_counter()
    try:
        yield
    except Exception:
        ERRORS.labels(endpoint=endpoint).inc()
        raise
    finally:
        LATENCY.labels(endpoint=endpoint).observe(time.perf_counter() - start)
