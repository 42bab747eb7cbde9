"""``crossbearing eval fakes``: FA-KES Syrian-war articles through ``run`` + ``export``.

Per article, the exported *lead* event (the main event of ``endtoend``) against the one
incident the crowd coded for it: fatalities exact and within 10 %, date within 3 days,
governorate, an event type plausible for the cause of death, and actor1's category among the
Violations Documentation Center's seven. Over the export: events per article, events outside
Syria, events with 1,000+ deaths. Naive baselines in the same run: the first governorate the
text names, and the first "N killed" number.

The adapters below translate between the data set's vocabulary and ACLED's: its governorate
names (the crowd coded rural Damascus as "damascus"), its actor categories and its causes of
death. They exist only to read this data set, so they live here and nowhere in the product.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from .endtoend import as_date, as_int, first_n_killed, run_export, share, table
from .registry import EvalContext, task

# governorate as FA-KES writes it → the spellings a text or a gazetteer's admin1 may use
GOVERNORATES = {
    "aleppo": ("aleppo", "halab"),
    "damascus": ("damascus", "dimashq", "rif dimashq", "rif-dimashq", "rural damascus", "damascus countryside"),
    "idlib": ("idlib", "idleb"),
    "deir ezzor": ("deir ezzor", "deir ez-zor", "deir ez zor", "deir el-zor", "deir al-zor", "dayr az zawr",
                   "deir ezzor", "deir-ez-zor", "deir el zour"),
    "raqqa": ("raqqa", "raqqah", "ar-raqqah", "ar raqqah", "raqa", "rakka"),
    "homs": ("homs", "hims"),
    "hasakeh": ("hasakeh", "hasaka", "hasakah", "al-hasakah", "al hasakah", "hassakeh", "al-hasakeh"),
    "daraa": ("daraa", "deraa", "dara'a", "dar'a"),
    "hama": ("hama", "hamah"),
    "lattakia": ("lattakia", "latakia", "al-ladhiqiyah", "latakia governorate"),
    "quneitra": ("quneitra", "al-qunaytirah", "qunaitra"),
    "tartous": ("tartous", "tartus", "tartous governorate"),
    "suwayda": ("suwayda", "sweida", "as-suwayda", "as suwayda"),
}
_GOV_RE = re.compile(r"\b(" + "|".join(sorted({re.escape(v) for vs in GOVERNORATES.values() for v in vs},
                                               key=len, reverse=True)) + r")\b", re.I)

# cause of death → ACLED event types that can describe it
PLAUSIBLE_TYPES = {
    "shelling": {"Explosions/Remote violence", "Battles"},
    "explosion": {"Explosions/Remote violence"},
    "chemical and toxic gases": {"Explosions/Remote violence"},
    "execution": {"Violence against civilians", "Battles"},
    "shooting": {"Battles", "Violence against civilians"},
    "unknown": {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"},
}

# VDC actor category → words in an ACLED-style actor name
_CATEGORIES = [
    ("the organization of the islamic state in iraq and the levant - isis", r"islamic state|\bisis\b|\bisil\b|daesh"),
    ("al-nusra front", r"nusra|tahrir al-sham|fateh al-sham|\bhts\b"),
    ("self administration forces", r"\bsdf\b|syrian democratic|\bypg\b|kurd|self[- ]administration|asayish"),
    ("international coalition forces", r"coalition|united states|\bus\b|france|united kingdom"),
    ("syrian government or russian troops", r"syria|russia|government|regime|pro-government|hezbollah|iran"),
    ("armed opposition groups", r"rebel|opposition|free syrian|\bfsa\b|islamist|jaish|ahrar|faylaq|turkey|militia"),
]


def governorate(name: Optional[str]) -> Optional[str]:
    """The FA-KES governorate an admin1 (or place) name falls in, if any."""
    if not name:
        return None
    low = " ".join(name.lower().replace("governorate", "").split())
    for gov, spellings in GOVERNORATES.items():
        if low in spellings:
            return gov
    m = _GOV_RE.search(low)
    return _gov_of(m.group(1)) if m else None


def _gov_of(spelling: str) -> Optional[str]:
    low = spelling.lower()
    return next((g for g, vs in GOVERNORATES.items() if low in vs), None)


def first_governorate(text: str) -> Optional[str]:
    """Baseline: the first governorate the text names."""
    m = _GOV_RE.search(text or "")
    return _gov_of(m.group(1)) if m else None


def actor_category(actor1: Optional[str]) -> str:
    if not actor1 or re.search(r"unidentified|unknown", actor1, re.I):
        return "unknown"
    # ACLED names a crowd or civilians after their country ("Protesters (Syria)"): the country
    # says where they acted, not whose side they are on
    actor1 = re.sub(r"^(Protesters|Rioters|Civilians) \(.*\)$", r"\1", actor1)
    for cat, pattern in _CATEGORIES:
        if re.search(pattern, actor1, re.I):
            return cat
    return "unknown"


def score_fakes(records: list[dict], ex) -> dict[str, Any]:
    n = f_exact = f_10 = d3 = n_date = gov = typ = actor = has_event = r_exact = 0
    b_f_exact = b_gov = 0
    misses: list[tuple] = []
    for i, rec in enumerate(records):
        g = rec.get("gold") or {}
        aid = ex.article_of(i)
        ev = ex.main_event(aid)
        n += 1
        has_event += ev is not None
        gold_k = as_int(g.get("fatalities_total"))
        pk = as_int(ev.get("fatalities")) if ev else None
        own = ex.main_report(aid)
        if gold_k is not None:
            r_exact += own is not None and (as_int(own.get("fatalities")) or 0) == gold_k  # no figure: 0, as ACLED
            f_exact += pk == gold_k
            f_10 += pk is not None and abs(pk - gold_k) <= 0.1 * gold_k
            b_f_exact += first_n_killed(rec.get("text") or "") == gold_k
        gd = as_date(g.get("date"))
        if gd is not None:
            n_date += 1
            pd = as_date(ev.get("event_date")) if ev else None
            d3 += pd is not None and abs((pd - gd).days) <= 3
        gg = g.get("location")
        got = governorate(ev.get("admin1")) or governorate(ev.get("location")) if ev else None
        gov += got == gg
        b_gov += first_governorate(rec.get("text") or "") == gg
        typ += ev is not None and ev.get("event_type") in PLAUSIBLE_TYPES.get(g.get("cause_of_death"), set())
        actor += ev is not None and actor_category(ev.get("actor1")) == g.get("actor")
        if ev is not None and (pk != gold_k or got != gg) and len(misses) < 20:
            misses.append((aid, gold_k, pk, gg, got, (rec.get("title") or "")[:50]))
    rows = ex.rows
    n_articles = len(set(ex.record_article.values()))
    metrics: dict[str, Any] = {
        "fakes.lead.fatalities_exact": share(f_exact, n),
        # the article's own figure in the exported reports table (before merging with other outlets')
        "fakes.report.fatalities_exact": share(r_exact, n),
        "fakes.lead.fatalities_within10pct": share(f_10, n),
        "fakes.lead.date_within3": share(d3, n_date),
        "fakes.lead.admin1_ok": share(gov, n),
        "fakes.lead.type_plausible": share(typ, n),
        "fakes.lead.actor1_category": share(actor, n),
        "fakes.articles_with_event": share(has_event, n),
        "fakes.events_per_article": share(len(rows), n_articles),
        "fakes.sanity.outside_country_share": share(sum(1 for r in rows if r.get("country") and r["country"] != "Syria"),
                                                    len(rows)),
        "fakes.sanity.events_1000plus": float(sum(1 for r in rows if (as_int(r.get("fatalities")) or 0) >= 1000)),
        "fakes.sanity.events_10000plus": float(sum(1 for r in rows if (as_int(r.get("fatalities")) or 0) >= 10000)),
        "fakes.baseline.fatalities_exact": share(b_f_exact, n),
        "fakes.baseline.admin1_ok": share(b_gov, n),
        "fakes.baseline.actor1_category": share(sum((r.get("gold") or {}).get("actor") ==
                                                    "syrian government or russian troops" for r in records), n),
        "fakes.n_articles": float(n),
        "fakes.seconds": ex.seconds,
    }
    metrics["_summary"] = table(
        "FA-KES end to end (run + export) vs naive baselines", ("metric", "crossbearing", "baseline"),
        [("lead event fatalities exact", metrics["fakes.lead.fatalities_exact"], metrics["fakes.baseline.fatalities_exact"]),
         ("lead event governorate", metrics["fakes.lead.admin1_ok"], metrics["fakes.baseline.admin1_ok"]),
         ("lead event actor1 category", metrics["fakes.lead.actor1_category"],
          metrics["fakes.baseline.actor1_category"])])
    metrics["_misses"] = table("misses (first 20)", ("article", "gold killed", "exported", "gold gov", "exported gov",
                                                     "title"), misses)
    return metrics


@task("fakes", help="FA-KES Syrian-war news end to end (run + export): lead event vs the coded incident; baselines.")
def fakes(ctx: EvalContext) -> dict[str, Any]:
    """FA-KES Syrian-war news end to end (run + export): lead event vs the coded incident; baselines."""
    records = list(ctx.records("fakes"))
    return score_fakes(records, run_export(records, ctx.settings))
