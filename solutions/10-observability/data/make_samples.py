"""Write the sample CSVs used in the README and the tests (deterministic: fixed seeds).

Usage: python data/make_samples.py
  data/reference.csv         500 customers, the distribution the model was trained on
  data/current_no_drift.csv  500 new customers from the same distribution   -> drift.py exits 0
  data/current_drift.csv     500 new customers, 12 years older and more of them in Germany -> exits 1
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
N = 500


def customers(seed: int, age_shift: int = 0, country_p: tuple = (0.5, 0.25, 0.25), first_id: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "customer_id": np.arange(first_id, first_id + N),
        "age": np.clip(rng.integers(18, 80, N) + age_shift, 18, 100),
        "country": rng.choice(["France", "Germany", "Spain"], N, p=list(country_p)),
        "balance": rng.gamma(2.0, 40000.0, N).round(2),
        "tenure": rng.integers(0, 11, N),
        "num_products": rng.integers(1, 5, N),
        "is_active": rng.integers(0, 2, N),
    })


def main() -> None:
    customers(seed=1).to_csv(HERE / "reference.csv", index=False, lineterminator="\n")
    customers(seed=2, first_id=10_001).to_csv(HERE / "current_no_drift.csv", index=False, lineterminator="\n")
    drifted = customers(seed=3, age_shift=12, country_p=(0.3, 0.5, 0.2), first_id=20_001)
    drifted.to_csv(HERE / "current_drift.csv", index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
