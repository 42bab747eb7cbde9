"""Shared fixtures. Tests that read ../shared/data skip with a reason when it is absent
(a user's clone has no ../shared; CI has it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("CROSSBEARING_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"evaluation data not found at {SHARED_DATA} (set CROSSBEARING_SHARED_DATA or clone beside ../shared)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def seeds_dir(shared_data: Path) -> Path:
    return shared_data / "seeds"


@pytest.fixture(scope="session")
def resources():
    """One Resources (spaCy pipeline, gazetteer, models) for the whole test session."""
    from crossbearing.extract.registry import Resources

    return Resources()


@pytest.fixture(scope="session")
def seed_analyses(seeds_dir, resources):
    """Both seed articles ingested and analysed with every registered extractor."""
    from crossbearing.ingest import iter_articles
    from crossbearing.model import Article
    from crossbearing.pipeline import analyse

    arts = [a for a in iter_articles([str(seeds_dir)]) if isinstance(a, Article)]
    by_file = {Path(a.source_path).name[:3]: analyse(a, resources) for a in arts}
    return by_file  # {"000": Analysis, "001": Analysis}
