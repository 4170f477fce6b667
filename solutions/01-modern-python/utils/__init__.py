"""Reusable helpers for the MLOps course."""

from utils.config import AppConfig, load_config
from utils.mathops import mean, normalize, safe_divide, std

__all__ = ["AppConfig", "load_config", "mean", "normalize", "safe_divide", "std"]
