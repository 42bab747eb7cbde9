"""Evaluate casualty counts: ACLED notes (gold ``fatalities``) and GVA articles (gold
``incident.n_killed`` / ``n_injured``).

Uses the light sentence splitter and the quantity grammar directly (no spaCy), so the
whole dev set runs in well under a minute. Nothing is trained, so dev and test are
scored the same way.
"""

from __future__ import annotations

from typing import Any

from .notes import note_fatalities as main_event_fatalities
from ..figures.gva import article_casualties
from .registry import EvalContext, task


def _acled(ctx: EvalContext) -> tuple[dict[str, float], list[tuple]]:
    n = exact = nz = nz_exact = 0
    misses: list[tuple] = []
    for rec in ctx.records("acled"):
        gold = rec.get("fatalities")
        if gold is None:
            continue
        pred = main_event_fatalities(rec.get("text") or "").value
        n += 1
        exact += pred == gold
        if gold > 0:
            nz += 1
            nz_exact += pred == gold
        if pred != gold:
            misses.append((rec.get("id"), gold, pred, (rec.get("text") or "")[:160]))
    return {
        "acled.exact": exact / n if n else 0.0,
        "acled.exact_nonzero": nz_exact / nz if nz else 0.0,
        "acled.n": float(n),
        "acled.n_nonzero": float(nz),
    }, misses


def _gva(ctx: EvalContext) -> tuple[dict[str, float], list[tuple]]:
    n = k_exact = k_within = i_exact = i_exact_prior = ni = 0
    misses: list[tuple] = []
    for rec in ctx.records("gva"):
        inc = rec.get("incident") or {}
        gk, gi = inc.get("n_killed"), inc.get("n_injured")
        if gk is None:
            continue
        # The headline metrics score what the text says. Every GVA incident has at least one
        # casualty, so "no readable toll → one wounded" (``assume_victim``) is a prior about the
        # data set, not extraction: it is reported apart, as injured_exact_with_prior.
        killed, injured = article_casualties(rec.get("text") or "", rec.get("title") or "")
        injured_prior = 1 if not killed and not injured else injured
        n += 1
        k_exact += killed == gk
        k_within += abs(killed - gk) <= 1
        if gi is not None:
            ni += 1
            i_exact += injured == gi
            i_exact_prior += injured_prior == gi
        if killed != gk:
            misses.append((rec.get("article_id"), gk, killed, (rec.get("title") or "")[:100]))
    return {
        "gva.killed_exact": k_exact / n if n else 0.0,
        "gva.killed_within1": k_within / n if n else 0.0,
        "gva.injured_exact": i_exact / ni if ni else 0.0,
        "gva.injured_exact_with_prior": i_exact_prior / ni if ni else 0.0,
        "gva.n": float(n),
    }, misses


def _plover(ctx: EvalContext) -> dict[str, float]:
    """PLOVER gold-standard records that code a death toll (``dead``): a small extra check."""
    n = exact = 0
    try:
        records = list(ctx.records("plover", "gsr.jsonl"))
    except Exception:  # noqa: BLE001 - optional set; the two main sets are required
        return {}
    for rec in records:
        gold = rec.get("dead")
        try:
            gold = int(gold)
        except (TypeError, ValueError):
            continue
        n += 1
        exact += main_event_fatalities(rec.get("text") or "").value == gold
    return {"plover.killed_exact": exact / n if n else 0.0, "plover.n": float(n)}


@task("fatalities", help="Killed/injured counts: ACLED notes (fatalities) and GVA articles.")
def fatalities(ctx: EvalContext) -> dict[str, Any]:
    """Killed/injured counts: ACLED notes (fatalities) and GVA articles."""
    metrics: dict[str, Any] = {}
    a, a_miss = _acled(ctx)
    g, g_miss = _gva(ctx)
    metrics.update(a)
    metrics.update(g)
    metrics.update(_plover(ctx))
    metrics["_acled_misses"] = _table("ACLED misses (first 15)", ("id", "gold", "pred", "note"), a_miss[:15])
    metrics["_gva_misses"] = _table("GVA killed misses (first 15)", ("article", "gold", "pred", "title"), g_miss[:15])
    return metrics


def _table(title: str, cols: tuple[str, ...], rows: list[tuple]):
    from rich.table import Table

    t = Table(title=title)
    for c in cols:
        t.add_column(c)
    for r in rows:
        t.add_row(*[str(x) for x in r])
    return t
