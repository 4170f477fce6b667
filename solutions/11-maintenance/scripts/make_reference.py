"""Freeze the approved model's behaviour as the regression reference.

Usage: python scripts/make_reference.py  (only after a model release is approved)
"""

import hashlib
import json

import pandas as pd
from sklearn.metrics import roc_auc_score

from validate import DATA, ID, MODEL, ROOT, TARGET, load_model, score

REFERENCE = ROOT / "reference"


def main() -> None:
    df = pd.read_csv(DATA)
    scores = score(load_model(MODEL), df)  # refuses a pickle from another scikit-learn
    REFERENCE.mkdir(exist_ok=True)
    pd.DataFrame({ID: df[ID], "score": scores}).to_csv(REFERENCE / "predictions.csv", index=False)
    metrics = {
        "roc_auc": round(float(roc_auc_score(df[TARGET], scores)), 6),
        "n_rows": len(df),
        "model_sha256": hashlib.sha256(MODEL.read_bytes()).hexdigest(),
    }
    (REFERENCE / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    print(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
