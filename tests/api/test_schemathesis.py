"""Schemathesis over the app's own OpenAPI schema, in process (ASGI, no socket, nothing
downloaded): every documented operation, each parameter given schema-valid values, edge values
(its coverage phase: empty, too long, out of range, wrong type, missing) and random ones. No
answer may be a 5xx, and every 4xx says what was wrong in a JSON ``detail`` (a 400 also names
the ``parameter``).

The .json / .ndjson / .geojson twins of a list read their query exactly as its .csv twin does
(one parser), so they get random requests only, not the coverage phase's hundreds of edge cases
each: that keeps the whole file near 30 s.

The schema is read at collection from an app over an empty store (it does not depend on the
data); the requests go to an app over the made-up store of conftest.py (every kind of row,
hostile text included)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the dev extra (pip install -e '.[dev]')")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from crossbearing.api import create_app  # noqa: E402
from crossbearing.api.security import LOOPBACK_HOSTS  # noqa: E402
from crossbearing.store import Store  # noqa: E402

# the ASGI transport sends Host: testserver (the Host allow-list has its own tests)
HOSTS = [*LOOPBACK_HOSTS, "testserver"]


def _schema(phases: list[str]):
    folder = tempfile.mkdtemp(prefix="crossbearing-schema-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = str(Path(folder) / "empty.duckdb")
    Store(db).close()
    loaded = schemathesis.openapi.from_asgi("/openapi.json", create_app(db, allowed_hosts=HOSTS))
    loaded.config.phases.update(phases=phases)
    return loaded


TWINS = r"\.(json|ndjson|geojson)$"
schema = _schema(["examples", "coverage", "fuzzing"]).exclude(path_regex=TWINS)
twins = _schema(["examples", "fuzzing"]).include(path_regex=TWINS)


@pytest.fixture(scope="module")
def app(made_up_db):
    return create_app(made_up_db[0], allowed_hosts=HOSTS)


def _check(case, app) -> None:
    response = case.call(app=app)
    case.validate_response(response, checks=[not_a_server_error])
    assert response.status_code < 500, (case.path, case.query, response.status_code, response.text[:300])
    if 400 <= response.status_code < 500:
        body = response.json()
        assert isinstance(body.get("detail"), str) and body["detail"], (case.path, case.query, response.text[:300])
        if response.status_code == 400:
            assert body.get("parameter"), (case.path, case.query, response.text[:300])


@schema.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_from_the_schema_gets_a_5xx(case, app):
    _check(case, app)


@twins.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_to_a_streamed_twin_gets_a_5xx(case, app):
    _check(case, app)


@pytest.mark.parametrize("path", ["/api/events?=1", "/api/stories.csv?&=x", "/api/acled/read?=null",
                                  "/ogc/collections/events/items?=1"])
def test_a_parameter_without_a_name_is_named_in_the_400(app, path):
    from fastapi.testclient import TestClient

    r = TestClient(app, base_url="http://127.0.0.1").get(path)
    assert r.status_code == 400 and r.json()["parameter"] == "(no name)", r.text
    assert "without a name" in r.json()["detail"]
