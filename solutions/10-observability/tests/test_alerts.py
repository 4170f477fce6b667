import json
import subprocess
import sys
from pathlib import Path

import pytest

from alerts import main

ROOT = Path(__file__).resolve().parents[1]


def test_breach_returns_1() -> None:
    assert main(["--error-rate", "0.2", "--threshold", "0.05"]) == 1


def test_below_threshold_returns_0() -> None:
    assert main(["--error-rate", "0.01", "--threshold", "0.05"]) == 0


def test_equal_to_threshold_is_not_a_breach() -> None:
    assert main(["--error-rate", "0.05", "--threshold", "0.05"]) == 0


def test_default_threshold_is_5_percent() -> None:
    assert main(["--error-rate", "0.06"]) == 1
    assert main(["--error-rate", "0.04"]) == 0


@pytest.mark.parametrize("argv", [["--error-rate", "1.5"], ["--error-rate", "abc"], ["--threshold", "0.1"], []])
def test_invalid_arguments_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_cli_exit_code() -> None:
    cmd = [sys.executable, str(ROOT / "alerts.py"), "--error-rate", "0.2", "--threshold", "0.05"]
    assert subprocess.run(cmd, capture_output=True).returncode == 1


def test_cli_logs_the_decision_as_json() -> None:
    cmd = [sys.executable, str(ROOT / "alerts.py"), "--error-rate", "0.01", "--threshold", "0.05"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    assert result.returncode == 0
    record = json.loads(result.stdout.strip().splitlines()[-1])
    assert record["level"] == "INFO" and record["alert"] is False and record["error_rate"] == 0.01
