"""CI quality gate (trafilatura-style): the exported dataset on small fixed samples of the dev
sets must stay above the floors pinned in src/crossbearing/eval/floors.json."""

from crossbearing.eval.gate import check, floors, measure


def test_floors_file_names_real_metrics():
    spec = floors()
    assert spec["samples"]["gva"] >= 20 and spec["samples"]["fakes"] >= 20
    assert spec["min"] and spec["max"]


def test_check_reports_each_broken_floor():
    spec = floors()
    name = next(iter(spec["min"]))
    assert check({name: -1.0, **{k: 0.0 for k in spec["max"]}})[0].startswith(name)


def test_exported_dataset_meets_the_floors(shared_data):
    metrics = measure(shared_data)
    failures = check(metrics)
    assert not failures, "\n".join(failures)
