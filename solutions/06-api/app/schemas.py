"""Request and response models for the churn API.

The lesson configures these models the Pydantic 2 way (``model_config = ConfigDict(...)``). Debian 12
ships Pydantic 1.10, which ignores ``model_config`` and reads an inner ``class Config`` instead, so the
configuration below is written once for each major version; everything else (``BaseModel``, ``Field``
with constraints) is the same in both.
"""

from typing import Any, Dict

from pydantic import VERSION as PYDANTIC_VERSION
from pydantic import BaseModel, Field

# Test the version, not `import ConfigDict`: Pydantic 1.10 also exports a ConfigDict (for type hints
# only), but it ignores `model_config`, so extra="forbid" would be silently lost there.
PYDANTIC_V2 = int(PYDANTIC_VERSION.split(".")[0]) >= 2

EXAMPLE: Dict[str, Any] = {
    "age": 42,
    "country": "Germany",
    "balance": 83000.5,
    "tenure": 3,
    "num_products": 2,
    "is_active": 1,
}


class Customer(BaseModel):
    """One bank customer, with the features the model was trained on."""

    # extra="forbid": an unknown field (a typo such as "agee") is a 422, not silently ignored.
    if PYDANTIC_V2:
        model_config = {"extra": "forbid", "json_schema_extra": {"examples": [EXAMPLE]}}
    else:

        class Config:
            extra = "forbid"
            schema_extra = {"example": EXAMPLE}

    age: int = Field(ge=18, le=100, description="Age in years")
    country: str = Field(min_length=2, max_length=56)
    balance: float = Field(ge=0, description="Account balance")
    tenure: int = Field(ge=0, le=60, description="Years as a customer")
    num_products: int = Field(ge=1, le=10)
    is_active: int = Field(ge=0, le=1, description="1 if active, else 0")


class Prediction(BaseModel):
    """What /predict returns."""

    churn_probability: float = Field(ge=0, le=1)
    will_churn: bool
    threshold: float
    version: str


def as_dict(model: BaseModel) -> Dict[str, Any]:
    """``model.model_dump()`` on Pydantic 2, ``model.dict()`` on Pydantic 1."""
    dump = getattr(model, "model_dump", None)
    return dump() if dump is not None else model.dict()
