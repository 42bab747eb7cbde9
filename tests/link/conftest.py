"""Fixtures for the link stage: hand-made seed analyses and a store holding them, linked."""

from __future__ import annotations

import pytest

from link_seed_records import gpa, presstv


@pytest.fixture(scope="module")
def hand_seeds(seeds_dir):
    return gpa(seeds_dir), presstv(seeds_dir)


@pytest.fixture(scope="module")
def linked_store(hand_seeds):
    from crossbearing.link import link_store
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    store = Store(":memory:")
    store.write_analyses(list(hand_seeds))
    summary = link_store(store, Settings.load())
    store.summary = summary
    yield store
    store.close()
