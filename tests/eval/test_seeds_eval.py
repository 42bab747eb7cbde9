"""The worked example of DESIGN.md end to end: every row found, every cross-outlet status right."""

from crossbearing.eval.registry import EvalContext, run_task


def test_worked_example_all_rows(shared_data):
    metrics = run_task("seeds", EvalContext(data=shared_data))
    assert "_link_errors" not in metrics and "_extractor_errors" not in metrics
    assert metrics["articles_right"] == 2  # outlets from datelines, publication dates inferred
    assert metrics["rows_found"] == 8, metrics["_rows"]
    assert metrics["rows_cross_outlet_right"] == 8, metrics["_rows"]


def test_eval_json_output(shared_data, tmp_path):
    import json

    from click.testing import CliRunner

    from crossbearing.cli import cli

    out = tmp_path / "m.json"
    res = CliRunner().invoke(cli, ["eval", "seeds", "--data", str(shared_data), "--json", str(out)])
    assert res.exit_code == 0, res.output
    doc = json.loads(out.read_text())
    assert doc["task"] == "seeds" and doc["split"] == "dev"
    assert set(doc["metrics"]) >= {"rows_found", "rows_cross_outlet_right"}
    assert all(isinstance(v, (int, float)) for v in doc["metrics"].values())
    missing = CliRunner().invoke(cli, ["eval", "seeds", "--data", str(tmp_path / "nowhere")])
    assert missing.exit_code != 0 and "not found" in missing.output
