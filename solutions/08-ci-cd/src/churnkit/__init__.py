"""churnkit: small, tested helpers for the churn service."""
