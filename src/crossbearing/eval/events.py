"""``crossbearing eval events``: ACLED event typing, actor1 and location, against a baseline.

On dev: 5-fold stratified cross-validation with a fixed seed; within one run the notes are
featurised once per fold and geocoded once. On ``--split test``: the shipped model is applied
to ``acled/test.jsonl`` and the baseline is trained on all of dev.
"""

from __future__ import annotations

import re

import warnings

import numpy as np

from ..events.actor_names import PERIOD_SUFFIX, ActorNamer
from ..events.classifier import SEED, EventTypeModel, baseline_pipeline, features
from .notes import NoteGeocoder
from ..geo.distance import haversine_km
from ..events.taxonomy import SUB_TO_TYPE
from ..events.training import augmented, load_model, normalise_sub
from .registry import EvalContext, task


def actor_key(name: str | None) -> str:
    """Comparison key for ACLED actor names: case-folded, without the period suffix ("(2000-)")."""
    return re.sub(r"\s+", " ", PERIOD_SUFFIX.sub("", name or "")).strip().lower()


def _scores(gold_sub: list[str], pred_sub: list[str], prefix: str) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, f1_score

    gt = [SUB_TO_TYPE.get(s, s) for s in gold_sub]
    pt = [SUB_TO_TYPE.get(s, s) for s in pred_sub]
    return {
        f"{prefix}.event_type_macro_f1": float(f1_score(gt, pt, average="macro", zero_division=0)),
        f"{prefix}.event_type_acc": float(accuracy_score(gt, pt)),
        f"{prefix}.sub_event_type_acc": float(accuracy_score(gold_sub, pred_sub)),
        f"{prefix}.sub_event_type_macro_f1": float(f1_score(gold_sub, pred_sub, average="macro", zero_division=0)),
    }


def _detail(gold: list[str], pred: list[str]):
    from rich.table import Table
    from sklearn.metrics import precision_recall_fscore_support

    labels = sorted(set(gold))
    p, r, f, n = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
    t = Table("sub_event_type", "n", "P", "R", "F1", title="events: per sub-event type")
    for row in zip(labels, n, p, r, f):
        t.add_row(row[0], str(row[1]), *(f"{v:.3f}" for v in row[2:]))
    return t


def _cv_predict(texts, subs, rows, folds: int = 5):
    """Cross-validated sub-type, actor template and baseline predictions (one featurisation per fold)."""
    from sklearn.model_selection import StratifiedKFold

    pred = np.empty(len(texts), dtype=object)
    base = np.empty(len(texts), dtype=object)
    actors: dict[str, list] = {"actor1": [None] * len(texts), "actor2": [None] * len(texts)}
    cv = StratifiedKFold(folds, shuffle=True, random_state=SEED)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # classes with fewer members than folds
        for tr, te in cv.split(texts, subs):
            tr_texts = [texts[i] for i in tr]
            te_texts = [texts[i] for i in te]
            feats = features()
            # the shipped recipe: the training fold's notes plus their news-style rewrites
            aug_texts, aug_subs, aug_w = augmented(tr_texts, [subs[i] for i in tr])
            model = EventTypeModel.fit(None, aug_subs, feats=feats, X=feats.fit_transform(aug_texts), sample_weight=aug_w)
            pred[te] = model.predict_X(feats.transform(te_texts))[0]
            for field in actors:
                namer = ActorNamer.fit(tr_texts, [rows[i] for i in tr], field_name=field)
                for i, t in zip(te, namer.templates(te_texts)):
                    actors[field][i] = (namer, t)
            base[te] = baseline_pipeline().fit(tr_texts, [subs[i] for i in tr]).predict(te_texts)
    return list(pred), list(base), actors


def _fatalities_exact(texts: list[str], rows: list[dict]) -> float:
    """Share of notes whose fatality count the figures issue's main-event reader gets exactly."""
    try:
        from .notes import note_fatalities as main_event_fatalities
    except ImportError:
        return float("nan")
    ok = [main_event_fatalities(t).value == int(r.get("fatalities") or 0) for t, r in zip(texts, rows)]
    return float(np.mean(ok)) if ok else 0.0


_PLOVER_COVERED = {"FIGHT", "ASSAULT", "PROTEST", "COERCE", "AGREE", "CONSULT", "MOBILIZE", "CONCEDE"}


def _plover_scores(ctx: EvalContext, model) -> dict[str, float]:
    """PLOVER GSR (whole file, not split): our detection + typing mapped to PLOVER categories,
    scored on the records whose gold category we can produce at all."""
    from ..events.detect import candidate, decide
    from ..events.taxonomy import plover_of

    try:
        recs = [r for r in EvalContext(ctx.data, ctx.split, limit=ctx.limit).records("plover", "gsr.jsonl")
                if r.get("event") in _PLOVER_COVERED and (r.get("text") or "").strip()]
    except Exception:  # noqa: BLE001 - the PLOVER set is optional for this task
        return {}
    if not recs or model is None:
        return {}
    texts = [r["text"] for r in recs]
    subs, conf = model.predict(texts)
    hit = found = 0
    for r, t, sub, cf in zip(recs, texts, subs, conf):
        c = candidate(t, 0, len(t))
        if c is None:
            continue
        found += 1
        cat, _ = plover_of(decide(c, sub, float(cf))[0])
        hit += cat == r["event"]
    return {"plover.detected": found / len(recs), "plover.category_acc": hit / len(recs), "plover.n": len(recs)}


@task("events", help="ACLED event type/sub-type, actor1, location (5-fold CV on dev) vs TF-IDF+LR baseline.")
def events_task(ctx: EvalContext) -> dict:
    rows = [r for r in ctx.records("acled") if (r.get("text") or "").strip()]
    for r in rows:
        r["sub_event_type"] = normalise_sub(r.get("sub_event_type"))
    texts = [r["text"] for r in rows]
    subs = [r["sub_event_type"] for r in rows]
    geo = NoteGeocoder()
    located = [geo.locate(t) for t in texts]
    countries = [geo.country_of(t, loc) for t, loc in zip(texts, located)]

    if ctx.split == "dev":
        pred, base, fitted = _cv_predict(texts, subs, rows)
        names = {f: [namer.name(t, c) for (namer, t), c in zip(fitted[f], countries)] for f in fitted}
    else:
        bundle = load_model()
        if bundle is None:
            raise RuntimeError("no shipped event model: run `crossbearing train events --data ../shared/data` first")
        pred = bundle["type_model"].predict(texts)[0]
        names = {"actor1": [a for a, _ in bundle["actor_namer"].predict(texts, countries)],
                 "actor2": [a for a, _ in bundle["actor2_namer"].predict(texts, countries)]}
        dev = [r for r in EvalContext(ctx.data, "dev").records("acled") if (r.get("text") or "").strip()]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            base = baseline_pipeline().fit([r["text"] for r in dev],
                                           [normalise_sub(r["sub_event_type"]) for r in dev]).predict(texts)

    out: dict = {"n": len(rows)}
    out.update(_scores(subs, list(pred), "acled"))
    for f in ("actor1", "actor2"):  # actor2: "no actor2" predicted for an event without one counts as a match
        out[f"acled.{f}_match"] = float(np.mean([actor_key(a) == actor_key(r.get(f)) for a, r in zip(names[f], rows)]))
    out["acled.fatalities_exact"] = _fatalities_exact(texts, rows)
    near = [loc is not None and r.get("latitude") is not None
            and haversine_km(loc.lat, loc.lon, float(r["latitude"]), float(r["longitude"])) <= 25.0
            for loc, r in zip(located, rows)]
    out["acled.location_within25km"] = float(np.mean(near))
    out["acled.location_found"] = float(np.mean([loc is not None for loc in located]))
    b = _scores(subs, list(base), "baseline")
    out.update({k: v for k, v in b.items() if k != "baseline.event_type_acc"})
    shipped = load_model()
    out.update(_plover_scores(ctx, shipped["type_model"] if shipped else None))
    out["_per_sub_type"] = _detail(subs, list(pred))
    # news sentences no training step reads (PLOVER GSR, FA-KES headlines), beside the notes figure
    if ctx.options.get("news", True):
        from .news import news_typing

        out.update(news_typing(ctx, with_headlines=True))
    # the figures above type whole notes with the classifier alone (diagnostics); the end-to-end
    # block runs the notes through the pipeline and scores the exported rows
    if ctx.options.get("end_to_end", True):
        out.update(end_to_end_notes(ctx, n=min(len(rows), ctx.options.get("notes", 600))))
    return out


def end_to_end_notes(ctx: EvalContext, n: int = 600) -> dict:
    """ACLED notes fed to ``run`` + ``export`` as if each were a short news report (text only,
    the note's date as publication date), scored on each note's exported main event.

    Held out: the first ``n`` notes with text (file order) are scored with a model trained on
    the other dev notes only (written to a temporary folder and named by the
    ``event_model_dir`` setting), so type, sub-type and actor names are measured on notes the
    classifier never saw; place, fatalities and date come from rules."""
    import dataclasses
    import tempfile
    from pathlib import Path

    from ..events.training import write_bundle
    from .endtoend import as_date, as_float, as_int, run_export, share

    records = list(ctx.records("acled"))
    with_text = [i for i, r in enumerate(records) if (r.get("text") or "").strip()][:n]
    held = set(with_text)
    rows = [records[i] for i in with_text]
    feed = [{"text": r["text"], "published": r.get("event_date")} for r in rows]
    with tempfile.TemporaryDirectory(prefix="crossbearing-heldout-model-") as model_dir:
        write_bundle([r for i, r in enumerate(records) if i not in held], Path(model_dir))
        ex = run_export(feed, dataclasses.replace(ctx.settings, event_model_dir=model_dir))
    hits = {k: 0 for k in ("event_type", "sub_event_type", "actor1", "within25km", "fatalities", "date", "found")}
    for i, r in enumerate(rows):
        ev = ex.main_event(ex.article_of(i))
        if ev is None:
            continue
        hits["found"] += 1
        hits["event_type"] += ev.get("event_type") == r.get("event_type")
        hits["sub_event_type"] += normalise_sub(ev.get("sub_event_type")) == normalise_sub(r.get("sub_event_type"))
        hits["actor1"] += actor_key(ev.get("actor1")) == actor_key(r.get("actor1"))
        lat, lon = as_float(ev.get("latitude")), as_float(ev.get("longitude"))
        hits["within25km"] += lat is not None and r.get("latitude") is not None and \
            haversine_km(lat, lon, float(r["latitude"]), float(r["longitude"])) <= 25
        hits["fatalities"] += as_int(ev.get("fatalities")) == as_int(r.get("fatalities"))
        hits["date"] += as_date(ev.get("event_date")) == as_date(r.get("event_date"))
    return {f"acled.e2e.{k}": share(v, len(rows)) for k, v in hits.items()} | {"acled.e2e.n": float(len(rows))}
