"""Typed, validated configuration loaded from YAML or JSON.

Written against the API that pydantic 1.10 and 2.x share (``class Config``, ``validator``,
``AppConfig(**data)``), so it runs on Debian 12's pydantic 1.10 and on current pydantic 2.
"""

import json
from pathlib import Path
from typing import Any, List

import yaml
from pydantic import BaseModel, Field, validator


class AppConfig(BaseModel):
    """Settings for a training run."""

    project_name: str = Field(..., min_length=1)
    data_path: Path = Path("data/raw/customers.csv")
    target: str = "exited"
    features: List[str] = Field(default_factory=list)
    test_size: float = Field(0.2, gt=0, lt=1)
    learning_rate: float = Field(0.1, gt=0, le=1)
    n_estimators: int = Field(100, ge=1, le=5000)
    random_state: int = Field(42, ge=0)

    class Config:
        # A typo such as "learnin_rate" is an error, and settings cannot change mid-run.
        extra = "forbid"
        frozen = True

    @validator("features")
    def features_are_unique(cls, value: List[str]) -> List[str]:
        """Reject repeated feature names."""
        if len(set(value)) != len(value):
            raise ValueError("features must not contain duplicates")
        return value


def load_config(path: "str | Path") -> AppConfig:
    """Read a YAML or JSON file and return a validated AppConfig.

    Raises:
        ValueError: if the file extension is not supported.
        pydantic.ValidationError: if the content breaks the schema.
    """
    file_path = Path(path)
    text = file_path.read_text(encoding="utf-8")
    data: Any
    if file_path.suffix in {".yaml", ".yml"}:
        data = yaml.safe_load(text)
    elif file_path.suffix == ".json":
        data = json.loads(text)
    else:
        raise ValueError(f"unsupported config format: {file_path.suffix!r}")
    if not isinstance(data, dict):
        raise ValueError("the configuration file must contain a mapping")
    return AppConfig(**data)
