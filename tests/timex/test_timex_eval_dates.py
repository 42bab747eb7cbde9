"""The "dates" eval task on a slice of the shared data (skips without it)."""

from crossbearing.eval.registry import EvalContext, run_task


def test_dates_task_on_a_slice(shared_data):
    out = run_task("dates", EvalContext(data=shared_data, limit=300))
    assert out["acled.exact"] >= 0.97
    for key in ("gva.exact", "gva.within1", "gva.within7"):
        assert 0.0 <= out[key] <= 1.0
    # reading the text must beat taking the publication date as the incident date
    assert out["gva.exact"] > out["gva.anchor_only.exact"]
    assert out["gva.exact"] <= out["gva.within1"] <= out["gva.within7"]
