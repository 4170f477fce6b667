"""Run dashboard.py top to bottom with a fake Streamlit and a fake API (no server, no browser)."""

import ast
import io
import runpy
import sys
from pathlib import Path

import pytest
import requests

from fake_streamlit import FakeStreamlit, StopRun

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = str(ROOT / "dashboard.py")


class FakeResponse:
    def __init__(self, body: dict, status_code: int = 200) -> None:
        self.body, self.status_code = body, status_code

    def json(self) -> dict:
        return self.body

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise requests.HTTPError(f"{self.status_code} error")


class FakeApi:
    """Answers like the module 06 API: older customers get a higher probability."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.bodies: list[dict] = []

    def get(self, url: str, timeout: float) -> FakeResponse:
        assert timeout, "every call needs a timeout"
        self.urls.append(url)
        return FakeResponse({"status": "ok", "version": "0.1.0"})

    def post(self, url: str, json: dict, timeout: float) -> FakeResponse:
        assert timeout, "every call needs a timeout"
        self.urls.append(url)
        self.bodies.append(json)
        if set(json) != {"age", "country", "balance", "tenure", "num_products", "is_active"}:
            return FakeResponse({"detail": "extra or missing field"}, 422)
        p = round(min(1.0, json["age"] / 100), 4)
        return FakeResponse({"churn_probability": p, "will_churn": p >= 0.5, "threshold": 0.5, "version": "0.1.0"})


@pytest.fixture()
def api(monkeypatch: pytest.MonkeyPatch) -> FakeApi:
    fake = FakeApi()
    monkeypatch.setattr(requests, "get", fake.get)
    monkeypatch.setattr(requests, "post", fake.post)
    return fake


def run_dashboard(monkeypatch: pytest.MonkeyPatch, upload: object = None) -> FakeStreamlit:
    st = FakeStreamlit(upload=upload)
    monkeypatch.setitem(sys.modules, "streamlit", st)
    runpy.run_path(SCRIPT, run_name="__main__")
    return st


def test_reads_api_url_and_draws_the_what_if_chart(monkeypatch: pytest.MonkeyPatch, api: FakeApi) -> None:
    monkeypatch.setenv("API_URL", "http://api.test:9000/")
    st = run_dashboard(monkeypatch)
    assert api.urls[0] == "http://api.test:9000/health"
    assert all(url.startswith("http://api.test:9000/") for url in api.urls)
    assert api.bodies[0] == {
        "age": 42, "country": "France", "balance": 50000.0, "tenure": 3, "num_products": 2, "is_active": 1,
    }
    assert st.cached == ["api_health", "predict"]
    metrics = [args for args, _ in st.called("metric")]
    assert metrics == [("Churn probability", "42.0%"), ("Decision", "Will stay")]
    (curve,), _ = st.called("line_chart")[0]
    assert curve.index.tolist()[:3] == [18, 22, 26]
    assert curve["churn_probability"].is_monotonic_increasing
    assert not st.called("error")


def test_default_api_url(monkeypatch: pytest.MonkeyPatch, api: FakeApi) -> None:
    monkeypatch.delenv("API_URL", raising=False)
    run_dashboard(monkeypatch)
    assert api.urls[0] == "http://localhost:8000/health"


def test_cache_avoids_repeated_calls(monkeypatch: pytest.MonkeyPatch, api: FakeApi) -> None:
    run_dashboard(monkeypatch)
    # 1 prediction for the form + 19 ages (18, 22, ..., 90); age 42 is both, so st.cache_data
    # answers it the second time: 19 POSTs, never the same body twice.
    assert len(api.bodies) == 19
    assert len({tuple(sorted(body.items())) for body in api.bodies}) == 19


def test_api_down_shows_an_error_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise requests.ConnectionError("connection refused")

    monkeypatch.setattr(requests, "get", refuse)
    with pytest.raises(StopRun):
        run_dashboard(monkeypatch)
    st = sys.modules["streamlit"]
    (message,), _ = st.called("error")[0]
    assert "Cannot reach the API" in message and "connection refused" in message


def test_batch_scoring_from_csv(monkeypatch: pytest.MonkeyPatch, api: FakeApi) -> None:
    csv = io.StringIO(
        "customer_id,age,country,balance,tenure,num_products,is_active,exited\n"
        "1,30,France,100.0,1,1,1,0\n"
        "2,70,France,200.0,2,2,0,1\n"
        "3,,Spain,300.0,3,3,1,0\n"
        "4,50,Spain,400.0,4,1,1,0\n"
    )
    st = run_dashboard(monkeypatch, upload=csv)
    (means,), _ = st.called("bar_chart")[0]
    assert means.to_dict() == {"France": pytest.approx(0.5), "Spain": pytest.approx(0.5)}
    (table,), _ = st.called("dataframe")[0]
    assert table["customer_id"].tolist() == [1, 2, 4]  # the row with a null age is dropped
    assert all("customer_id" not in body for body in api.bodies)


def test_batch_with_missing_columns(monkeypatch: pytest.MonkeyPatch, api: FakeApi) -> None:
    with pytest.raises(StopRun):
        run_dashboard(monkeypatch, upload=io.StringIO("age,country\n30,France\n"))
    st = sys.modules["streamlit"]
    (message,), _ = st.called("error")[0]
    assert message.startswith("Missing columns")


def test_static_shape_of_the_script() -> None:
    """What the course checker reads with ast: streamlit as st, API_URL, requests, cache, charts."""
    tree = ast.parse(Path(SCRIPT).read_text())
    imports = {(a.name, a.asname) for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert ("streamlit", "st") in imports and ("requests", None) in imports
    getenv = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "getenv"]
    assert [ast.literal_eval(a) for a in getenv[0].args] == ["API_URL", "http://localhost:8000"]
    attrs = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    assert {"cache_data", "line_chart", "bar_chart"} <= attrs
