"""Where a person lives, as a sentence names it ("Blake Roe, 20, of Tennille", "a Brooklyn
man"): the person's home, not where the incident happened. Read by ``assemble.choose_place``."""

from __future__ import annotations

import re

from ..model import PlaceMention, Span

# after a person's age or name and a comma: "Blake Roe, 20, of Tennille", "Ahmad Doe, of Maplewood,"
# ("residents of Kulsary protested": no comma, their town is the place)
_HOME_BEFORE = re.compile(r"(?:\b\d{1,3}|\b[A-Z][a-z][\w'’-]*)\s*,\s*of\s+$")

# a town before a word for one person ("a Brooklyn man has been charged"): where the person lives
_HOME_PERSON = re.compile(r"\b(?:an?|the)\s+$", re.I)
_PERSON_AFTER_HOME = re.compile(r"\s+(?:man|woman|teen|teenager|boy|girl|youth|resident|native|father|mother|couple)\b")


def home_of_a_person(sent: Span, p: PlaceMention) -> bool:
    """``p`` follows a person's age or name ("Blake Roe, 20, of Tennille"): a home."""
    text, i = sent.text or "", p.span.start - sent.start
    return 0 <= i <= len(text) and bool(_HOME_BEFORE.search(text[max(0, i - 30):i]))


def town_of_a_person(sent: Span, p: PlaceMention) -> bool:
    """``p`` names where a person lives ("a Brooklyn man", "an Albany woman")."""
    text, i, j = sent.text or "", p.span.start - sent.start, p.span.end - sent.start
    return 0 <= i <= j <= len(text) and bool(_HOME_PERSON.search(text[max(0, i - 8):i])) and \
        bool(_PERSON_AFTER_HOME.match(text, j))


def a_home_in_its_sentence(sentences: list[Span], p: PlaceMention) -> bool:
    """``p`` names a person's home in whichever of ``sentences`` holds it."""
    return any(s.start <= p.span.start < s.end and home_of_a_person(s, p) for s in sentences)
