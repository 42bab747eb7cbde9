"""The people a text names in full, read so that their surnames are not taken for towns
("Chauncey Broadway Jr. … Broadway was shot"), and the words that open place names and never a
person's first name ("Grand Dakar", "Port Harcourt" tagged as people). Read by ``detect``."""

from __future__ import annotations

import re

from .institutions import _capital
from .nonplaces import PEOPLE_WORDS

# Words that may precede a place name inside one capitalised run ("Southern Lebanon").
PRE_PLACE_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "greater", "upper", "lower", "northeast", "northwest", "southeast", "southwest", "northeastern",
                   "northwestern", "southeastern", "southwestern", "downtown", "rural", "in", "at", "from", "to",
                   "near"}
# words that open place names, never a person's first name: "Grand Dakar", "Greater Manchester",
# "Port Harcourt" tagged as people are no one whose surname "Dakar" would be
PLACE_NAME_OPENERS = PRE_PLACE_WORDS | {"grand", "new", "port", "fort", "mount", "lake", "little", "old", "upper",
                                        "lower"}


def names_a_person_in_full(ent) -> bool:
    """A person's name of two or more capitalised words ("Ann Nelson", "George W. Bush"), not a
    place name the tagger read as one ("Grand Dakar")."""
    return ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].lower_ not in PLACE_NAME_OPENERS and \
        all(_capital(t) or t.text.endswith(".") or _joins_a_double_name(t) for t in ent)


def _joins_a_double_name(t) -> bool:
    """The hyphen of "Garcia-Ramires", written without spaces between two capitalised words."""
    doc = t.doc
    return t.text == "-" and not t.whitespace_ and 0 < t.i < len(doc) - 1 and not doc[t.i - 1].whitespace_ and \
        _capital(doc[t.i - 1]) and _capital(doc[t.i + 1])


# "officers found 58-year-old Santa Guerrero suffering from a gunshot wound": capitalised words after
# an age name the person, whatever the tagger calls them; not before a noun for a person ("a
# 58-year-old Santa Rosa man", "a 20-year-old Fort Worth resident": the town qualifies the noun)
_AGE_BEFORE = re.compile(r"\b\d{1,3}[- ]year[- ]old\s+$")  # (news writes "18 year old" too)
_RESIDENT_NOUNS = PEOPLE_WORDS | {"resident", "residents", "native", "local", "student", "driver", "worker"}
_GENERATION = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname(ent) -> list[str]:
    """The family name of a person's full name: "Chauncey Broadway Jr." is a Broadway. A
    double-barrelled one ("Armando Garcia-Ramires") is the person's whole and by each part
    ("Garcia-Ramires", "Garcia", "Ramires"): news may use either alone."""
    tokens = [t for t in ent if t.text != ","]
    while len(tokens) > 1 and tokens[-1].lower_ in _GENERATION:
        tokens.pop()
    k = len(tokens) - 1
    while k >= 3 and _joins_a_double_name(tokens[k - 1]):
        k -= 2
    if k == len(tokens) - 1:
        return [tokens[-1].text]
    parts = [t.text for t in tokens[k:] if t.text != "-"]
    return ["-".join(parts)] + parts


# "Jesus “JJ” Oropeza", "Michael 'Mikey' Smith": a nickname in quotes between a given name and
# a family name
_NICKNAMED = re.compile(r"\b[A-Z][a-z]+\s+[“\"‘'][A-Z][\w.]*[”\"’']\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def ends_with_a_generation(ent) -> bool:
    """A capitalised name that ends in "Jr.", "Sr." or "III" ("Chauncey Broadway Jr."): a
    person's, whatever the tagger calls it; no place takes a generation."""
    tokens = [t for t in ent if t.text not in (",", ".")]
    return len(tokens) >= 2 and tokens[-1].lower_ in _GENERATION and \
        all(_capital(t) for t in tokens[:-1])


def _named_after_age(doc, text: str, ent) -> bool:
    if len(ent) < 2 or not all(_capital(t) for t in ent) or \
            not _AGE_BEFORE.search(text[max(0, ent.start_char - 16):ent.start_char]):
        return False
    return ent.end >= len(doc) or doc[ent.end].lower_ not in _RESIDENT_NOUNS


def surnames_named(doc, text: str) -> set[str]:
    """The last names of the people ``doc`` (over ``text``, spaCy's ``Doc.text`` read once) names
    in full ("George W. Bush", "Ann Nelson", "Jesus “JJ” Oropeza") or after an age."""
    out = {name for ent in doc.ents
           if names_a_person_in_full(ent) or _named_after_age(doc, text, ent) or ends_with_a_generation(ent)
           for name in _surname(ent)}
    for m in _NICKNAMED.finditer(text):
        tokens = doc.char_span(m.start(), m.start() + len(m.group(0).split()[0]))
        if tokens is not None and tokens[0].ent_type_ == "PERSON":  # the given name read as a person's
            out.update([m.group(1)] + m.group(1).split("-"))
    return out


def person_words(doc) -> dict[str, set[str]]:
    """Each word the tagger reads as (part of) a person's name → the words just before it; read
    once per text for ``told_again_by_surname``."""
    out: dict[str, set[str]] = {}
    for t in doc[1:]:
        if t.ent_type_ == "PERSON":
            out.setdefault(t.text, set()).add(doc[t.i - 1].text)
    return out


def told_again_by_surname(ent, persons: dict[str, set[str]]) -> bool:
    """An entity of two capitalised words whose second word the text uses alone for a person
    (``persons``: ``person_words`` of the text; "capture Orlando Collins" … "Collins had been
    linked to armed robberies"): news names a person in full once, then by surname. An
    organisation's last word told alone is its kind ("The European Parliament" … "Parliament is
    expected to vote"), not a person."""
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(words) != 2 or not all(_capital(t) for t in words):
        return False
    first, last = words
    return any(before != first.text for before in persons.get(last.text, ()))


def aged_after(doc, ent) -> bool:
    """A name followed by an age between commas ("Cleveland Smelley, 30, was arrested"): a
    person, whatever the tagger calls the name; no town or organisation takes an age."""
    i = ent.end
    return i + 2 < len(doc) and doc[i].text == doc[i + 2].text == "," and doc[i + 1].text.isdigit() and \
        0 < int(doc[i + 1].text) < 120
