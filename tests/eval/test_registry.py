"""The evaluation context: which records a task reads."""

import json

from crossbearing.eval.registry import EvalContext


def test_skip_and_limit_choose_a_slice_of_each_set(tmp_path):
    (tmp_path / "gva").mkdir()
    lines = [json.dumps({"n": i}) for i in range(10)]
    (tmp_path / "gva" / "dev.jsonl").write_text("\n".join(lines) + "\n")
    read = lambda **kw: [r["n"] for r in EvalContext(data=tmp_path, **kw).records("gva")]  # noqa: E731
    assert read() == list(range(10))
    assert read(limit=3) == [0, 1, 2]
    assert read(skip=4, limit=3) == [4, 5, 6]
    assert read(skip=8) == [8, 9]
