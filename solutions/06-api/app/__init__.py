"""Churn prediction API (module 06)."""
