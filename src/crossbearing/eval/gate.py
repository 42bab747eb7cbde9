"""The end-to-end quality gate: a small fixed sample of each dev set through ``run`` +
``export``, scored like the full evaluations, against floors pinned in ``floors.json``.

A change that breaks the exported dataset fails CI here (``tests/eval/test_quality_gate.py``)
even when every unit test passes. Floors sit a little under what the sample measures today;
raise them when the dataset improves, never lower them to let a change through.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .endtoend import run_export
from .fakes import score_fakes
from .incidents import score_incidents
from .registry import EvalContext, task

FLOORS = Path(__file__).with_name("floors.json")


def floors() -> dict[str, Any]:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def measure(data: Path) -> dict[str, float]:
    """The gate's metrics on its fixed samples (the first N records of each dev file)."""
    spec = floors()
    ctx = EvalContext(data=data)
    out: dict[str, float] = {}
    gva = [r for i, r in zip(range(spec["samples"]["gva"]), ctx.records("gva"))]
    out.update(score_incidents(gva, run_export(gva, ctx.settings)))
    fk = [r for i, r in zip(range(spec["samples"]["fakes"]), ctx.records("fakes"))]
    out.update(score_fakes(fk, run_export(fk, ctx.settings)))
    return {k: v for k, v in out.items() if not k.startswith("_")}


def check(metrics: dict[str, float]) -> list[str]:
    """Every floor (``min``) or ceiling (``max``) the metrics break, as readable lines."""
    spec = floors()
    bad = []
    for name, bound in spec.get("min", {}).items():
        if metrics.get(name, float("-inf")) < bound:
            bad.append(f"{name} = {metrics.get(name)} is below its floor {bound}")
    for name, bound in spec.get("max", {}).items():
        if metrics.get(name, float("inf")) > bound:
            bad.append(f"{name} = {metrics.get(name)} is above its ceiling {bound}")
    return bad


@task("gate", help="CI quality gate: fixed small samples of GVA and FA-KES end to end vs floors.json.")
def gate(ctx: EvalContext) -> dict[str, Any]:
    """CI quality gate: fixed small samples of GVA and FA-KES end to end vs floors.json."""
    metrics: dict[str, Any] = dict(measure(ctx.data))
    failures = check(metrics)
    metrics["gate.failures"] = float(len(failures))
    if failures:
        metrics["_failures"] = "gate failures:\n" + "\n".join(f"  - {f}" for f in failures)
    return metrics
