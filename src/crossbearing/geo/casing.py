"""How English capitalisation marks names, read once per document: a headline in title case
marks none, and a dateline in capitals runs into the sentence it opens. Read by ``detect``."""

from __future__ import annotations

from bisect import bisect_right

DATELINE_DASH = frozenset({"—", "–", "-", "--"})  # "TORRINGTON —": the dash after a dateline


def opens_after_a_dateline(token) -> bool:
    """"FRONTON - The Starr County …": the word after a dateline's dash opens the sentence,
    though the tagger runs the dateline into it."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in DATELINE_DASH and doc[token.i - 2].is_upper


def title_cased(sent) -> bool:
    """A headline in title case ("Miami Boy Killed After Gunplay Turns Fatal"): capitals there
    mark no names. A dateline in capitals opening the sentence ("FRONTON - The Starr County
    Sheriff's Office confirmed …") is not counted: it is no part of the sentence's casing."""
    tokens = list(sent)
    k = 0
    while k < len(tokens) and (tokens[k].is_upper or tokens[k].text == ","):
        k += 1
    if 0 < k < len(tokens) and tokens[k].text in DATELINE_DASH:
        tokens = tokens[k + 1:]
    words = [t for t in tokens if t.is_alpha and not t.is_stop]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) > 0.6 * len(words)


def in_title_cased_sentence(token) -> bool:
    """``title_cased`` of the token's sentence, worked out once per document: ``Token.sent``
    walks the document's sentences on every call."""
    doc = token.doc
    table = doc.user_data.get("crossbearing_title_cased")
    if table is None:
        sents = list(doc.sents)
        table = ([s.start for s in sents], [title_cased(s) for s in sents])
        doc.user_data["crossbearing_title_cased"] = table
    starts, flags = table
    return flags[bisect_right(starts, token.i) - 1]
