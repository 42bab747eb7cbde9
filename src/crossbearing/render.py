"""Terminal rendering of an article with its evidence spans highlighted.

Everything shown comes from the article, so it is untrusted: it goes into ``Text`` objects
(never read as rich markup) with control characters replaced one for one (no escape
sequence reaches the terminal, and the evidence offsets still line up)."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from .model import Analysis
from .safetext import printable

STYLES = {"place": "bold green", "time": "bold cyan", "quantity": "bold yellow", "claim": "magenta",
          "mention": "underline", "event": "bold red"}


def highlighted(an: Analysis) -> Group:
    art = an.article
    text = Text(printable(art.text))
    for m in an.mentions:
        text.stylize(STYLES["mention"], m.span.start, m.span.end)
    for c in an.claims:
        if c.claimant_span:
            text.stylize(STYLES["claim"], c.claimant_span.start, c.claimant_span.end)
    for e in an.events:
        if e.trigger:
            text.stylize(STYLES["event"], e.trigger.start, e.trigger.end)
    for p in an.places:
        text.stylize(STYLES["place"], p.span.start, p.span.end)
    for t in an.times:
        text.stylize(STYLES["time"], t.span.start, t.span.end)
    for q in an.quantities:
        text.stylize(STYLES["quantity"], q.span.start, q.span.end)
    head = Table.grid(padding=(0, 2))
    head.add_row("id", Text(printable(art.id, one_line=True)))
    head.add_row("outlet", Text(printable(art.outlet or "—", one_line=True)))
    pub = art.published or "—"
    if art.published and art.published_end and art.published_end != art.published:
        pub += f" … {art.published_end}"
    head.add_row("published", Text(printable(
        f"{pub} ({art.published_precision or 'unknown'}, {art.published_source or 'no source'})", one_line=True)))
    if art.title:
        head.add_row("title", Text(printable(art.title, one_line=True)))
    if art.meta.get("extracted_chars"):
        head.add_row("note", Text(f"extracted from the first {art.meta['extracted_chars']:,} of "
                                  f"{len(art.text):,} characters only"))
    legend = Text("  ".join(f"[{k}]" for k in STYLES))
    for k, style in STYLES.items():
        i = legend.plain.index(f"[{k}]")
        legend.stylize(style, i, i + len(k) + 2)
    parts = [head, legend, text]
    if an.errors:
        parts.append(Text(printable("extractor errors: " + "; ".join(an.errors)), style="red"))
    return Group(*parts)
