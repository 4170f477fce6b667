"""Compare a reference CSV with a current CSV and report drift per column.

Usage: python drift.py reference.csv current.csv
Exit code: 0 no drift, 1 drift detected, 2 unusable input.
"""

from __future__ import annotations

import argparse
import json
import sys

import numpy as np
import pandas as pd
from scipy.stats import ks_2samp

EPS = 1e-4  # avoids log(0) for empty bins


def psi_from_shares(ref_share: np.ndarray, cur_share: np.ndarray) -> float:
    ref_share = np.clip(ref_share, EPS, None)
    cur_share = np.clip(cur_share, EPS, None)
    return float(np.sum((cur_share - ref_share) * np.log(cur_share / ref_share)))


def psi_numeric(reference: np.ndarray, current: np.ndarray, bins: int = 10) -> float:
    """PSI with bin edges at the reference deciles."""
    cuts = np.unique(np.quantile(reference, np.linspace(0, 1, bins + 1)[1:-1]))
    n_bins = len(cuts) + 1
    ref_share = np.bincount(np.searchsorted(cuts, reference, side="right"), minlength=n_bins) / len(reference)
    cur_share = np.bincount(np.searchsorted(cuts, current, side="right"), minlength=n_bins) / len(current)
    return psi_from_shares(ref_share, cur_share)


def psi_categorical(reference: pd.Series, current: pd.Series) -> float:
    """PSI over category frequencies; a category missing on one side counts as 0."""
    categories = sorted(set(reference) | set(current))
    ref_share = reference.value_counts(normalize=True).reindex(categories, fill_value=0.0).to_numpy()
    cur_share = current.value_counts(normalize=True).reindex(categories, fill_value=0.0).to_numpy()
    return psi_from_shares(ref_share, cur_share)


def detect_drift(
    reference: pd.DataFrame,
    current: pd.DataFrame,
    psi_threshold: float = 0.25,
    alpha: float = 0.05,
    ignore: tuple[str, ...] = ("customer_id",),
) -> list[dict]:
    """One result per shared column: PSI, KS p-value (numeric only) and a drift flag."""
    results = []
    for column in reference.columns:
        if column not in current.columns or column in ignore:
            continue
        ref, cur = reference[column].dropna(), current[column].dropna()
        if ref.empty or cur.empty:
            continue
        if pd.api.types.is_numeric_dtype(ref) and pd.api.types.is_numeric_dtype(cur):
            ref_values, cur_values = ref.to_numpy(dtype=float), cur.to_numpy(dtype=float)
            psi = psi_numeric(ref_values, cur_values)
            p_value = float(ks_2samp(ref_values, cur_values).pvalue)
            drift = psi >= psi_threshold and p_value < alpha
        else:
            psi = psi_categorical(ref.astype(str), cur.astype(str))
            p_value = None
            drift = psi >= psi_threshold
        results.append({"column": column, "psi": round(psi, 4), "ks_pvalue": p_value, "drift": bool(drift)})
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Data drift check (PSI + KS test)")
    parser.add_argument("reference")
    parser.add_argument("current")
    parser.add_argument("--psi-threshold", type=float, default=0.25)
    parser.add_argument("--alpha", type=float, default=0.05)
    parser.add_argument("--ignore", nargs="*", default=["customer_id"])
    args = parser.parse_args(argv)
    try:
        reference, current = pd.read_csv(args.reference), pd.read_csv(args.current)
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    results = detect_drift(reference, current, args.psi_threshold, args.alpha, tuple(args.ignore))
    if not results:
        print("error: no shared columns to compare", file=sys.stderr)
        return 2
    print(json.dumps(results, indent=2))
    return 1 if any(r["drift"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
