import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from utils.config import AppConfig, load_config


def test_load_yaml(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("project_name: churn\nlearning_rate: 0.05\n", encoding="utf-8")
    config = load_config(path)
    assert config.project_name == "churn"
    assert config.learning_rate == 0.05
    assert config.random_state == 42


def test_load_json(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"project_name": "churn", "n_estimators": 300}), encoding="utf-8")
    assert load_config(path).n_estimators == 300


@pytest.mark.parametrize("bad", [{"learning_rate": 0}, {"learning_rate": 1.5}, {"test_size": 1}])
def test_invalid_values_are_rejected(bad: dict[str, float]) -> None:
    data: dict[str, Any] = {"project_name": "churn", **bad}
    with pytest.raises(ValidationError):
        AppConfig(**data)


def test_unknown_keys_are_rejected() -> None:
    data: dict[str, Any] = {"project_name": "churn", "learnin_rate": 0.1}
    with pytest.raises(ValidationError):
        AppConfig(**data)


def test_duplicate_features_are_rejected() -> None:
    with pytest.raises(ValidationError):
        AppConfig(project_name="churn", features=["age", "age"])


def test_round_trip_with_dict() -> None:
    config = AppConfig(project_name="churn", features=["age", "balance"])
    assert AppConfig(**config.dict()) == config


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "config.txt"
    path.write_text("project_name: churn", encoding="utf-8")
    with pytest.raises(ValueError):
        load_config(path)
