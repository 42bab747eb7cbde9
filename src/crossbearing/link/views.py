"""Read-side views of the link tables: stories, a story's outlets side by side, cross-events.

Plain data (dicts and strings) so the CLI, the REST API and the web UI render the same thing.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from ..model import CrossEvent, FieldAlignment, Reuse, from_dict
from .align import coding_differences, details_only_in, hedged_in, status_of


def list_stories(store, limit: int = 50, min_outlets: int = 1) -> list[dict]:
    return store.query("SELECT id, title, first_seen, last_seen, n_articles, n_outlets FROM stories "
                       "WHERE n_outlets >= ? ORDER BY n_outlets DESC, n_articles DESC, first_seen, id LIMIT ?",
                       [min_outlets, limit])


def _num(v: dict) -> str:
    best = v.get("best")
    if best is None:
        return "?"
    s = f"{best:,.0f}" if float(best).is_integer() else f"{best:g}"
    qual = (v.get("qualifier") or "").lower()
    if qual.startswith(("over", "more than", "at least", "above")):
        s = ">" + s
    elif qual.startswith(("about", "around", "approximately", "some", "roughly", "nearly", "almost")):
        s = "~" + s
    if v.get("subject") and "remain" in (v.get("subject") or ""):
        s = "rest " + s
    extra = ", ".join(f"{k} {n:g}" for k, n in (v.get("of_which") or {}).items())
    return s + (f" ({extra})" if extra else "")


def value_text(f: FieldAlignment, value: Any) -> str:
    if isinstance(value, dict):
        return _num(value)
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)


def fact_label(ce: CrossEvent) -> str:
    """A short human name for a fact: what, where, which figures."""
    f = ce.fields
    what = None
    for name in ("sub_event_type", "event_type"):
        if name in f:
            what = f[name].values[0].value
            break
    where = f["place"].values[0].value if "place" in f else None
    figures = [k.replace("materiel:", "") for k in f if k not in
               ("event_type", "sub_event_type", "actor1", "actor2", "place", "date", "detail")]
    label = what or "figures"
    if where:
        label += f" @ {where}"
    if figures:
        label += ": " + " / ".join(figures)
    return label


def cell(ce: CrossEvent, article_id: str) -> str:
    """What one article says about a fact: its figures, place, date, claimant, hedge."""
    parts, claimant, hedged = [], None, False
    for name, f in ce.fields.items():
        for v in f.values:
            if v.article_id != article_id:
                continue
            claimant = claimant or v.claimant
            hedged = hedged or v.hedged
            if name in ("event_type", "sub_event_type", "actor1", "actor2"):
                continue
            short = name.replace("materiel:", "")
            parts.append(value_text(f, v.value) if name in ("place", "date", "detail")
                         else f"{short} {value_text(f, v.value)}")
    if not parts and article_id not in ce.article_ids:
        return "—"
    text = "; ".join(dict.fromkeys(parts)) or "reported"  # one article's merged claims may repeat a value
    if claimant:
        text += f" ({claimant})"
    if hedged:
        text += " [hedged]"
    return text


def status_text(ce: CrossEvent, outlets: dict[str, str]) -> str:
    st = status_of(ce)
    if st == "single":
        return "only " + ", ".join(outlets.get(a, a) for a in ce.article_ids)
    extra = []
    if coding_differences(ce):
        extra.append("coded differently: " + ", ".join(coding_differences(ce)))
    if details_only_in(ce):
        extra.append("detail")
    if hedged_in(ce):
        extra.append("hedged in " + ", ".join(outlets.get(a, a) for a in hedged_in(ce)))
    return st + (" +" + ", ".join(extra) if extra else "")


def origins_text(ce: CrossEvent) -> str:
    """"1 of 2 outlets" when outlets share a claimant or a passage: reported twice, one source."""
    if ce.n_outlets > ce.n_origins:
        return f"{ce.n_origins} of {ce.n_outlets} outlets"
    return str(ce.n_origins)


def story_view(store, story_id: str) -> Optional[dict]:
    """Everything ``crossbearing story`` shows, as plain data."""
    rows = store.query("SELECT * FROM stories WHERE id = ? OR id LIKE ? || '%' ORDER BY id LIMIT 2",
                       [story_id, story_id])
    if len(rows) != 1:
        return None
    story = rows[0]
    arts = store.query("SELECT a.id, a.outlet, a.published, a.published_precision, a.published_source, a.title "
                       "FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? "
                       "ORDER BY a.published NULLS LAST, a.id", [story["id"]])
    outlets = {a["id"]: a["outlet"] or a["id"][:8] for a in arts}
    ces = [from_dict(CrossEvent, json.loads(r["data"])) for r in
           store.query("SELECT data FROM cross_events WHERE story_id = ? ORDER BY n_outlets DESC, id", [story["id"]])]
    ids = [a["id"] for a in arts]
    reuses = [from_dict(Reuse, json.loads(r["data"])) for r in
              store.query("SELECT data FROM reuse WHERE list_contains(?, a) AND list_contains(?, b) "
                          "ORDER BY same_outlet, score DESC", [ids, ids])]
    facts = [{"id": ce.id, "fact": fact_label(ce), "cells": {a: cell(ce, a) for a in ids},
              "status": status_text(ce, outlets), "n_outlets": ce.n_outlets, "n_origins": ce.n_origins,
              "origins": origins_text(ce), "n_claimants": ce.n_claimants} for ce in ces]
    passages = [{"a": r.a, "b": r.b, "same_outlet": r.same_outlet, "text_a": sa.text, "text_b": sb.text,
                 "span_a": (sa.start, sa.end), "span_b": (sb.start, sb.end)}
                for r in reuses for sa, sb in zip(r.spans_a, r.spans_b)]
    return {"story": story, "articles": arts, "outlets": outlets, "facts": facts, "passages": passages}


def corroborated(store, min_origins: int = 2, limit: int = 100) -> list[dict]:
    """Cross-events backed by at least ``min_origins`` independent origins."""
    rows = store.query("SELECT data FROM cross_events WHERE n_origins >= ? ORDER BY n_origins DESC, "
                       "n_outlets DESC, id LIMIT ?", [min_origins, limit])
    out = []
    for r in rows:
        ce = from_dict(CrossEvent, json.loads(r["data"]))
        out.append({"id": ce.id, "story_id": ce.story_id, "fact": fact_label(ce), "status": status_of(ce),
                    "n_outlets": ce.n_outlets, "n_origins": ce.n_origins, "n_claimants": ce.n_claimants,
                    "outlets": ce.outlets})
    return out
