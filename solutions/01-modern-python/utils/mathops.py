"""Small numeric helpers with full type hints."""

import math
from collections.abc import Sequence


def mean(values: Sequence[float]) -> float:
    """Return the arithmetic mean of ``values``.

    Raises:
        ValueError: if ``values`` is empty.
    """
    if not values:
        raise ValueError("mean() needs at least one value")
    return math.fsum(values) / len(values)


def std(values: Sequence[float], ddof: int = 0) -> float:
    """Return the standard deviation (``ddof=1`` for the sample version).

    Raises:
        ValueError: if there are not more values than ``ddof``.
    """
    if len(values) <= ddof:
        raise ValueError("std() needs more values than ddof")
    mu = mean(values)
    squares = math.fsum((x - mu) ** 2 for x in values)
    return math.sqrt(squares / (len(values) - ddof))


def normalize(values: Sequence[float]) -> list[float]:
    """Scale ``values`` to the range [0, 1] (min-max).

    A constant sequence returns all zeros instead of dividing by zero.
    """
    if not values:
        return []
    low, high = min(values), max(values)
    span = high - low
    return [safe_divide(x - low, span) for x in values]


def safe_divide(numerator: float, denominator: float, default: float = 0.0) -> float:
    """Divide, returning ``default`` when ``denominator`` is zero."""
    if denominator == 0:
        return default
    return numerator / denominator
