"""The geocode task on a handful of real benchmark documents (needs ../shared/data)."""

import json


def _first(shared_data, name, n):
    with open(shared_data / "geo" / f"{name}.jsonl", encoding="utf-8") as fh:
        return [json.loads(next(fh)) for _ in range(n)]


def test_evaluate_set_reports_every_metric(shared_data, resources):
    from crossbearing.eval.geocode import evaluate_set

    recs = _first(shared_data, "trnews", 4)
    m = evaluate_set(recs, resources.get("gazetteer"), resources.get("nlp"))
    for k in ("acc161_gold", "acc161_e2e", "recall", "median_km_gold", "mean_km_gold", "precision"):
        assert k in m and m[k] >= 0
    assert 0.5 < m["acc161_gold"] <= 1.0  # most gold toponyms of TR-News resolve within 161 km
    assert 0.3 < m["recall"] <= 1.0
    assert m["acc161_e2e"] <= m["recall"] + 1e-9 or m["acc161_e2e"] <= 1.0


def test_task_is_registered():
    from crossbearing.eval.registry import load_all

    assert "geocode" in load_all()


def test_unresolved_counts_as_a_miss(tiny_gaz):
    from crossbearing.eval.geocode import MISS_KM, evaluate_set

    rec = {"text": "Snow fell on Nowhereville.", "toponyms": [
        {"start": 13, "end": 25, "surface": "Nowhereville", "lat": 10.0, "lon": 10.0}]}
    m = evaluate_set([rec], tiny_gaz, None, e2e=False)
    assert m["acc161_gold"] == 0.0 and m["median_km_gold"] == MISS_KM


def test_the_end_to_end_reading_learns_each_outlets_home_from_its_other_articles(resources):
    from crossbearing.eval.geocode import evaluate_set

    def page(i, text, name=None, lat=None, lon=None):
        tops = [{"start": text.index(name), "end": text.index(name) + len(name), "lat": lat, "lon": lon}] if name else []
        return {"text": text, "url": f"http://www.bluegrassherald.example/news/{i}", "toponyms": tops}

    records = [
        page(1, "Owensboro firefighters put out a barn fire on Tuesday, the fire chief said."),
        page(2, "Louisville police arrested two men after a robbery downtown on Friday night."),
        page(3, "Bowling Green schools will open two hours late on Monday because of the snow."),
        # read alone, a bare Georgetown is Guyana's capital; this paper's is the Kentucky town of 30,000
        page(4, "The Georgetown city commission voted to repave Main Street on Tuesday.", "Georgetown", 38.21, -84.56),
    ]
    m = evaluate_set(records, resources.get("gazetteer"), resources.get("nlp"))
    assert m["acc161_e2e_alone"] == 0.0
    assert m["acc161_e2e"] == 1.0
