"""Reproducible ETL: data/raw/customers.csv -> data/processed/customers.{csv,parquet}."""

from pathlib import Path

import pandas as pd

BASE_DIR = Path(__file__).resolve().parent
RAW_PATH = BASE_DIR / "data" / "raw" / "customers.csv"
OUT_DIR = BASE_DIR / "data" / "processed"

COLUMNS = [
    "customer_id", "age", "country", "balance",
    "tenure", "num_products", "is_active", "exited",
]
REQUIRED = ["customer_id", "age", "country", "balance", "exited"]
COUNTRY_ALIASES = {"fr": "France", "es": "Spain", "de": "Germany"}
VALID_COUNTRIES = {"France", "Spain", "Germany"}
BOOL_MAP = {"1": 1, "true": 1, "yes": 1, "0": 0, "false": 0, "no": 0}


def load_raw(path: Path) -> pd.DataFrame:
    """Read every column as text so that we decide how to parse it."""
    df = pd.read_csv(path, dtype=str)
    missing = set(COLUMNS) - set(df.columns)
    if missing:
        raise ValueError(f"input is missing columns: {sorted(missing)}")
    return df[COLUMNS]


def clean_country(series: pd.Series) -> pd.Series:
    """Trim, fix case and map aliases; unknown countries become NA."""
    text = series.str.strip().str.lower()
    text = text.replace(COUNTRY_ALIASES).str.title()
    return text.where(text.isin(VALID_COUNTRIES))


def clean(raw: pd.DataFrame) -> pd.DataFrame:
    """Parse types, drop invalid rows and duplicates, sort deterministically."""
    # Parse: trim text, then convert (invalid values become NaN)
    df = raw.apply(lambda col: col.str.strip())
    for col in ["customer_id", "age", "balance", "tenure", "num_products", "exited"]:
        df[col] = pd.to_numeric(df[col], errors="coerce")
    df["country"] = clean_country(df["country"])
    df["is_active"] = df["is_active"].str.lower().map(BOOL_MAP)

    # Business rules: out-of-range values become missing
    df.loc[~df["age"].between(18, 100), "age"] = pd.NA
    df.loc[df["balance"] < 0, "balance"] = pd.NA
    df.loc[~df["exited"].isin([0, 1]), "exited"] = pd.NA

    # Drop rows without required fields, then duplicated ids
    df = df.dropna(subset=REQUIRED)
    df = df.drop_duplicates(subset="customer_id", keep="first")

    # Final types, rounding and a stable order
    df = df.astype({
        "customer_id": "int64", "age": "int64", "exited": "int64",
        "tenure": "Int64", "num_products": "Int64", "is_active": "Int64",
    })
    df["balance"] = df["balance"].round(2)
    return df.sort_values("customer_id").reset_index(drop=True)[COLUMNS]


def validate(df: pd.DataFrame) -> None:
    """Output contract: raise ValueError listing every broken rule."""
    errors = []
    if list(df.columns) != COLUMNS:
        errors.append(f"columns must be {COLUMNS}")
    nulls = df[REQUIRED].isna().sum()
    for col, count in nulls[nulls > 0].items():
        errors.append(f"{col} has {count} nulls")
    if df["customer_id"].duplicated().any():
        errors.append("customer_id is not unique")
    if not df["exited"].isin([0, 1]).all():
        errors.append("exited must be 0 or 1")
    if errors:
        raise ValueError("; ".join(errors))


def write_outputs(df: pd.DataFrame, out_dir: Path) -> list[Path]:
    """Write CSV always and Parquet when pyarrow is installed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path = out_dir / "customers.csv"
    df.to_csv(csv_path, index=False, lineterminator="\n")
    written = [csv_path]
    try:
        parquet_path = out_dir / "customers.parquet"
        df.to_parquet(parquet_path, index=False, engine="pyarrow")
        written.append(parquet_path)
    except ImportError:
        print("pyarrow not installed: skipping Parquet")
    return written


def run(raw_path: Path = RAW_PATH, out_dir: Path = OUT_DIR) -> pd.DataFrame:
    """Extract, transform, validate and load. Returns the clean frame."""
    df = clean(load_raw(raw_path))
    validate(df)
    for path in write_outputs(df, out_dir):
        print(f"wrote {path} ({len(df)} rows)")
    return df


if __name__ == "__main__":
    run()
