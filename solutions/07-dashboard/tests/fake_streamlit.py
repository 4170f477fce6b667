"""A stand-in for the few Streamlit calls dashboard.py makes, so its logic runs under pytest.

Widgets return their default value, output calls are recorded in ``calls``, ``st.stop()`` raises
``StopRun`` and ``cache_data`` is a real (if simple) memoising decorator.
"""

from __future__ import annotations

import contextlib
import functools
import json
import types
from typing import Any, Callable


class StopRun(Exception):
    """Raised by st.stop(), as Streamlit does to end the script run."""


class FakeStreamlit(types.ModuleType):
    def __init__(self, upload: Any = None) -> None:
        super().__init__("streamlit")
        self.calls: list[tuple[str, tuple, dict]] = []
        self.cached: list[str] = []
        self.upload = upload
        self.sidebar = self

    # caching -----------------------------------------------------------------------------------
    def cache_data(self, func: Callable | None = None, **options: Any) -> Callable:
        def decorate(f: Callable) -> Callable:
            self.cached.append(f.__name__)
            memo: dict[str, Any] = {}

            @functools.wraps(f)
            def wrapper(*args: Any) -> Any:
                key = json.dumps(args, sort_keys=True, default=str)
                if key not in memo:
                    memo[key] = f(*args)  # exceptions are not cached, as in Streamlit
                return memo[key]

            return wrapper

        return decorate(func) if func is not None else decorate

    # widgets -----------------------------------------------------------------------------------
    def slider(self, label: str, min_value: Any, max_value: Any, value: Any = None, **_: Any) -> Any:
        return min_value if value is None else value

    def selectbox(self, label: str, options: list, index: int = 0, **_: Any) -> Any:
        return options[index]

    def number_input(self, label: str, value: Any = 0.0, **_: Any) -> Any:
        return value

    def checkbox(self, label: str, value: bool = False, **_: Any) -> bool:
        return value

    def form_submit_button(self, label: str, **_: Any) -> bool:
        return False

    def file_uploader(self, label: str, **_: Any) -> Any:
        return self.upload

    # layout and control flow ------------------------------------------------------------------
    @contextlib.contextmanager
    def form(self, key: str, **_: Any):
        yield self

    @contextlib.contextmanager
    def spinner(self, text: str = "", **_: Any):
        yield

    def columns(self, spec: int, **_: Any) -> list["FakeStreamlit"]:
        return [self] * spec

    def stop(self) -> None:
        raise StopRun

    # everything else (title, metric, line_chart, error...) is recorded -----------------------
    def __getattr__(self, name: str) -> Callable[..., None]:
        if name.startswith("__"):
            raise AttributeError(name)

        def record(*args: Any, **kwargs: Any) -> None:
            self.calls.append((name, args, kwargs))

        return record

    def called(self, name: str) -> list[tuple[tuple, dict]]:
        return [(args, kwargs) for n, args, kwargs in self.calls if n == name]
