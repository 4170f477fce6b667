import math

import pytest

from utils.mathops import mean, normalize, safe_divide, std


def test_mean_of_simple_list() -> None:
    assert mean([1.0, 2.0, 3.0]) == 2.0


def test_mean_rejects_empty_input() -> None:
    with pytest.raises(ValueError):
        mean([])


@pytest.mark.parametrize(
    ("values", "ddof", "expected"),
    [
        ([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0], 0, 2.0),
        ([1.0, 2.0, 3.0, 4.0], 1, math.sqrt(5 / 3)),
    ],
)
def test_std(values: list[float], ddof: int, expected: float) -> None:
    assert std(values, ddof=ddof) == pytest.approx(expected)


def test_normalize_range() -> None:
    assert normalize([10.0, 15.0, 20.0]) == [0.0, 0.5, 1.0]


def test_normalize_constant_values() -> None:
    assert normalize([3.0, 3.0]) == [0.0, 0.0]


def test_safe_divide_by_zero_returns_default() -> None:
    assert safe_divide(1.0, 0.0) == 0.0
    assert safe_divide(1.0, 0.0, default=-1.0) == -1.0
