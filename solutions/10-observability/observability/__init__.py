"""Structured logging and Prometheus metrics for the churn service."""
