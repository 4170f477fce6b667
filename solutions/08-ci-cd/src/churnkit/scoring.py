"""Pure helpers used by the churn service."""

from __future__ import annotations


def validate_probability(p: float) -> float:
    """Return p if it is a valid probability, else raise ValueError."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"probability out of range: {p}")
    return p


def risk_band(p: float, low: float = 0.3, high: float = 0.7) -> str:
    """Map a churn probability to 'low', 'medium' or 'high'."""
    validate_probability(p)
    if p < low:
        return "low"
    if p < high:
        return "medium"
    return "high"


def expected_loss(balance: float, p: float) -> float:
    """Expected balance lost if the customer churns."""
    if balance < 0:
        raise ValueError("balance must be non-negative")
    return round(balance * validate_probability(p), 2)
