"""The worked example end to end: the real extractors (``seed_analyses``) + every linker.

Rows are identified by content, not by event ids, so the test survives changes in how many
events the extractors find; it pins what the issue asks of the link stage."""

import pytest

from crossbearing.link import link_store
from crossbearing.link.align import details_only_in, hedged_in, status_of
from crossbearing.model import CrossEvent, from_dict
from crossbearing.settings import Settings
from crossbearing.store import Store


@pytest.fixture(scope="module")
def real(seed_analyses):
    import json

    store = Store(":memory:")
    store.write_analyses([seed_analyses["000"], seed_analyses["001"]])
    link_store(store, Settings.load())
    ces = [from_dict(CrossEvent, json.loads(r["data"])) for r in store.query("SELECT data FROM cross_events")]
    evidence = {e.id: " ".join(s.text for s in e.evidence) for an in seed_analyses.values() for e in an.events}
    yield store, ces, evidence, seed_analyses
    store.close()


def _find(ces, evidence, needle, multi=True):
    for ce in ces:
        if (ce.n_outlets > 1) == multi and any(needle in evidence.get(i, "") for i in ce.event_ids):
            return ce
    return None


def test_one_story_and_shared_passages(real):
    store = real[0]
    assert store.count("stories") == 1
    spans = store.query("SELECT data FROM reuse")[0]["data"]
    assert "five tanks" in spans and "the operation to free the city is ongoing" in spans


def test_rows_across_outlets(real):
    _, ces, evidence, an = real
    op = next(ce for ce in ces if "fatalities" in ce.fields and ce.n_outlets == 2
              and {v.value["best"] for v in ce.fields["fatalities"].values} == {450})
    assert status_of(op) == "agree" and op.n_origins == 1 and op.n_claimants == 1  # row 2
    territory = next(ce for ce in ces if "percent" in ce.fields and ce.n_outlets == 2)
    assert status_of(territory) == "agree" and territory.n_origins == 1  # row 1
    cruise = _find(ces, evidence, "cruise missile")
    assert cruise is not None and status_of(cruise) == "agree"  # row 4
    assert {"Kalibr", "Admiral Essen"} <= set(details_only_in(cruise).get(an["001"].article.id, []))
    assert hedged_in(cruise) == [an["000"].article.id]
    assert any("siege" in evidence.get(i, "") for ce in ces if ce.n_outlets == 2 for i in ce.event_ids)  # row 3
    astana = [ce for ce in ces if ce.n_outlets == 2 and "place" in ce.fields
              and ce.fields["place"].values[0].value == "Astana"]
    assert astana and status_of(astana[0]) == "agree"  # row 7


def test_only_in_one_rows(real):
    _, ces, evidence, _ = real
    strike = _find(ces, evidence, "12 members of a single family", multi=False)
    assert strike is not None and status_of(strike) == "single"  # row 5
    total = _find(ces, evidence, "42,234", multi=False)
    assert total is not None and status_of(total) == "single"  # row 6
