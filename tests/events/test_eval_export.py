"""The eval task on a small slice (dev CV and the --split test path) and the ACLED export."""

from __future__ import annotations

import csv
import json

from crossbearing.eval.registry import EvalContext, run_task

KEYS = ["acled.event_type_macro_f1", "acled.event_type_acc", "acled.sub_event_type_acc",
        "acled.sub_event_type_macro_f1", "acled.actor1_match", "acled.location_within25km",
        "baseline.event_type_macro_f1", "baseline.sub_event_type_acc", "baseline.sub_event_type_macro_f1"]


def test_eval_events_dev_slice(shared_data):
    out = run_task("events", EvalContext(data=shared_data, split="dev", limit=200,
                                               options={"end_to_end": False}))
    assert all(0.0 <= out[k] <= 1.0 for k in KEYS)
    assert out["acled.sub_event_type_acc"] > 0.6  # loose: 200 notes, 5 folds


def test_eval_events_test_split_uses_shipped_model(shared_data, tmp_path):
    lines = (shared_data / "acled" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    (tmp_path / "acled").mkdir()
    (tmp_path / "acled" / "dev.jsonl").write_text("\n".join(lines[:300]) + "\n", encoding="utf-8")
    (tmp_path / "acled" / "test.jsonl").write_text("\n".join(lines[300:400]) + "\n", encoding="utf-8")
    out = run_task("events", EvalContext(data=tmp_path, split="test", options={"notes": 20}))
    assert out["n"] == 100 and all(k in out for k in KEYS)
    assert out["acled.sub_event_type_acc"] > 0.9  # the shipped model has seen these dev notes


def test_acled_csv_export(seed_analyses, tmp_path):
    from crossbearing.store import Store
    from crossbearing.export import COLUMNS
    from crossbearing.store.export import export

    with Store(str(tmp_path / "x.duckdb")) as store:
        store.write_analyses(list(seed_analyses.values()))
        n = export(store, "acled-csv", str(tmp_path / "e.csv"))
        export(store, "plover-jsonl", str(tmp_path / "e.jsonl"))
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert n == len(rows) > 0 and list(rows[0]) == COLUMNS
    shahabat = [r for r in rows if r["location"] == "al-Shahabat"]
    assert len(shahabat) == 1
    r = shahabat[0]
    assert (r["event_type"], r["sub_event_type"], r["fatalities"], r["interaction"]) == \
        ("Explosions/Remote violence", "Air/drone strike", "12", "78")
    assert r["country"] == "Syria" and r["geo_precision"] == "3"
    assert not any("42,234" in r["notes"] for r in rows)  # the aggregate is not exported
    plover = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert {p["event"] for p in plover} <= {"FIGHT", "ASSAULT", "AGREE", "CONSULT", "COERCE", "PROTEST", "MOBILIZE", "CONCEDE"}
