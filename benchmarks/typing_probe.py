"""News-sentence typing on made-up sentences, one or more per ACLED sub-event type.

Each sentence (``typing_probe_sets``, where the history of each set is told) is typed the way
``crossbearing run`` types an article: the whole pipeline on a one-sentence article, the first
event it exports. Real held-out news is scored by `crossbearing eval news`; this is a quick
check that each sub-type has a path a news sentence can take.

    .venv/bin/python benchmarks/typing_probe.py [--set fresh] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sets live beside this script
from typing_probe_sets import SENTENCES  # noqa: E402


def type_sentences(rows: list[tuple[str, str]]) -> list[tuple[str, str | None, str]]:
    """(gold, typed, sentence) for each row: the first exported event's sub-type (None: no event)."""
    from crossbearing.ingest.text import article_from_text
    from crossbearing.pipeline import Resources, analyse

    resources = Resources()
    out = []
    for gold, sentence in rows:
        an = analyse(article_from_text(sentence, published="2021-05-04", outlet="Probe"), resources)
        events = [e for e in an.events if not e.aggregate]
        out.append((gold, events[0].sub_event_type if events else None, sentence))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SENTENCES), action="append", help="set(s) to type (default: all)")
    ap.add_argument("--misses", action="store_true", help="print each sentence typed wrong")
    args = ap.parse_args(argv)
    for name in args.set or list(SENTENCES):
        typed = type_sentences(SENTENCES[name])
        right = sum(g == t for g, t, _ in typed)
        print(f"{name}: {right} / {len(typed)} sub-types right")
        if args.misses:
            for g, t, s in typed:
                if g != t:
                    print(f"    {g} -> {t}: {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
