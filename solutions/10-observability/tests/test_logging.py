import io
import json
import logging

from observability.logging_config import setup_logging


def test_each_record_is_one_json_line() -> None:
    stream = io.StringIO()
    setup_logging(stream=stream)
    logging.getLogger("test").info("prediction served", extra={"latency_ms": 12.5})
    record = json.loads(stream.getvalue().strip().splitlines()[-1])
    assert record["level"] == "INFO"
    assert record["message"] == "prediction served"
    assert record["latency_ms"] == 12.5
    assert "timestamp" in record


def test_quotes_newlines_and_exceptions_stay_on_one_line() -> None:
    stream = io.StringIO()
    setup_logging(stream=stream)
    log = logging.getLogger("test")
    log.warning('odd "message"\nwith a newline', extra={"path": object()})
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("division failed")
    lines = stream.getvalue().strip().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["message"] == 'odd "message"\nwith a newline'
    assert first["level"] == "WARNING"
    assert second["level"] == "ERROR"
    assert "ZeroDivisionError" in second["exception"]


def test_setup_twice_does_not_duplicate_lines() -> None:
    stream = io.StringIO()
    setup_logging(stream=stream)
    setup_logging(stream=stream)
    logging.getLogger("test").info("once")
    assert len(stream.getvalue().strip().splitlines()) == 1


def test_level_filters_records() -> None:
    stream = io.StringIO()
    setup_logging(level="WARNING", stream=stream)
    logging.getLogger("test").info("hidden")
    logging.getLogger("test").error("shown")
    assert [json.loads(line)["message"] for line in stream.getvalue().splitlines()] == ["shown"]
