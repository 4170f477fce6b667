"""FastAPI service that serves the churn model trained in module 04.

The lesson loads the model in a ``lifespan`` function. ``FastAPI(lifespan=...)`` only exists since
FastAPI 0.93, and Debian 12 ships 0.92, so this solution loads the model lazily instead: the first call
to ``get_model()`` reads the pickle and ``lru_cache`` keeps it for every later request. It works the
same on old and current FastAPI, and importing the module stays cheap (tests and tools that only import
``app`` do not pay for loading the model, and do not fail when the file is missing).
"""

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict

import joblib
import pandas as pd
from fastapi import Depends, FastAPI, HTTPException

from app.schemas import Customer, Prediction, as_dict

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "model.pkl"
MODEL_PATH = Path(os.getenv("MODEL_PATH", str(DEFAULT_MODEL)))
THRESHOLD = float(os.getenv("THRESHOLD", "0.5"))
VERSION = "0.1.0"

app = FastAPI(title="Churn API", version=VERSION, description="Churn probability for one bank customer.")


@lru_cache(maxsize=1)
def _load(path: str) -> Any:
    return joblib.load(path)  # once per path: later calls hit the cache


def get_model() -> Any:
    """The fitted pipeline; 503 (not 500) when the file is missing or unreadable."""
    try:
        return _load(str(MODEL_PATH))
    except Exception as exc:  # missing file, corrupt pickle, incompatible scikit-learn
        raise HTTPException(status_code=503, detail=f"Model not available: {type(exc).__name__}") from exc


@app.get("/health")
def health() -> Dict[str, str]:
    get_model()  # the first health check warms the model up; 503 if it cannot load
    return {"status": "ok", "version": VERSION}


@app.post("/predict")
def predict(customer: Customer, model: Any = Depends(get_model)) -> Prediction:
    # def, not async def: predict_proba is CPU-bound and runs in FastAPI's thread pool.
    features = pd.DataFrame([as_dict(customer)])
    proba = float(model.predict_proba(features)[0, 1])  # NumPy float -> Python float for JSON
    return Prediction(
        churn_probability=round(proba, 4),
        will_churn=proba >= THRESHOLD,
        threshold=THRESHOLD,
        version=VERSION,
    )
