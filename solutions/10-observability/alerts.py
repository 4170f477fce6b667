"""Evaluate the error-rate alert rule; exit 1 when it is breached.

Usage: python alerts.py --error-rate 0.2 --threshold 0.05
Exit code: 0 below the threshold, 1 alert (breach), 2 invalid arguments.
"""

from __future__ import annotations

import argparse
import logging
import sys

from observability.logging_config import setup_logging

logger = logging.getLogger("alerts")


def rate(value: str) -> float:
    """argparse type: a float between 0 and 1."""
    number = float(value)  # a ValueError here also makes argparse exit with code 2
    if not 0.0 <= number <= 1.0:  # also rejects nan
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return number


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Error-rate alert check")
    parser.add_argument("--error-rate", type=rate, required=True, help="observed error rate, 0-1")
    parser.add_argument("--threshold", type=rate, default=0.05, help="maximum acceptable error rate")
    args = parser.parse_args(argv)

    setup_logging()
    breached = args.error_rate > args.threshold
    logger.log(
        logging.ERROR if breached else logging.INFO,
        "error rate above threshold" if breached else "error rate ok",
        extra={"error_rate": args.error_rate, "threshold": args.threshold, "alert": breached},
    )
    return 1 if breached else 0


if __name__ == "__main__":
    sys.exit(main())
