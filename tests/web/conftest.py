"""Fixtures of the web UI tests: the seeds' database, built once."""

from __future__ import annotations

import os

import pytest


def build_db(inputs: list[str], db: str) -> None:
    from crossbearing.pipeline import run
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    os.environ.setdefault("CROSSBEARING_WORKERS", "1")
    with Store(db) as store:
        run(inputs, store, Settings.load(db=db))


@pytest.fixture(scope="session")
def build():
    """build(inputs, db): the pipeline over ``inputs`` into a new store at ``db``."""
    return build_db


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory, seeds_dir) -> str:
    db = str(tmp_path_factory.mktemp("seeds-web") / "seeds.duckdb")
    build_db([str(seeds_dir)], db)
    return db
