import pytest

from churnkit.scoring import expected_loss, risk_band, validate_probability


@pytest.mark.parametrize(
    ("p", "band"),
    [(0.0, "low"), (0.29, "low"), (0.3, "medium"), (0.69, "medium"), (0.7, "high"), (1.0, "high")],
)
def test_risk_band(p: float, band: str) -> None:
    assert risk_band(p) == band


def test_risk_band_custom_cut_points() -> None:
    assert risk_band(0.45, low=0.5, high=0.9) == "low"
    assert risk_band(0.95, low=0.5, high=0.9) == "high"


@pytest.mark.parametrize("p", [-0.1, 1.5])
def test_invalid_probability_raises(p: float) -> None:
    with pytest.raises(ValueError):
        validate_probability(p)


def test_risk_band_rejects_invalid_probability() -> None:
    with pytest.raises(ValueError, match="out of range"):
        risk_band(2.0)


def test_expected_loss() -> None:
    assert expected_loss(1000.0, 0.25) == 250.0
    assert expected_loss(0.0, 0.9) == 0.0


def test_expected_loss_rejects_negative_balance() -> None:
    with pytest.raises(ValueError):
        expected_loss(-1.0, 0.5)
