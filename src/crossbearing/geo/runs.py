"""Place names found by their wording in runs of text, where the tagger finds none or the
wrong one: a possessive that lost its apostrophe ("Syrias Raqa"), a headline run into the next
words after "in" ("in Damascus Monitor AFP"), a legislator's home after the party letter
("R-Elbow Lake"), a town's name before a lower-case "township" ("Kulsary township"), the
first part of a hyphenated hamlet ("Tungan-Maje"). Read by ``detect``; the finders return
``(start, end, source)`` spans (``named_before_kind`` plain ``(start, end)``)."""

from __future__ import annotations

import re
from typing import Optional

from .gazetteer import Gazetteer
from .institutions import names_kind
from .nonplaces import ATTRIBUTE_WORDS, UNIT_WORD, bracketed_units
from .normalise import GENERIC_WORDS, keys


# "Syrias Raqa", "Aleppos Old City": a possessive whose apostrophe was lost in transmission
POSSESSIVE_OWNER_POPULATION = 1_000_000  # "Aleppos Hamdaniya": a large region owns a name the gazetteer lacks
_BARE_POSSESSIVE = re.compile(r"\b([A-Z][a-z]{2,})s\s+((?:[A-Z][\w'’\-]*)(?:\s+(?:[A-Z][\w'’\-]*|al|el|"
                              r"(?:al|el|az|ez|ad|ed|as|es|ar|er|ash|an|at|ad)-[\w'’\-]+)){0,4})")
# "in Damascus Monitor AFP": a headline run into the next words; its leading name is the place
_LOCATIVE_RUN = re.compile(r"\b(?:in|near|outside)\s+((?:[A-Z][\w'’\-]*)(?:\s+[A-Z][\w'’\-]*){1,4})")
PREFIX_MIN_POPULATION = 100_000
# "in Alexandra Park in Hastings", "in Victoria Square": a name before one of these words is a
# landmark's name (a park, a square, a building), not the town
_LANDMARK_WORDS = (r"Park|Parks|Square|Gardens?|Stadium|Arena|Hospital|Mall|Hotel|Cent(?:er|re)|Station|School|"
                   r"College|University|Church|Cathedral|Mosque|Temple|Bridge|Beach|Street|Road|Avenue|Boulevard|"
                   r"Lane|Drive|Plaza|Market|Prison|Court|Hall")
_LANDMARK_HEAD = re.compile(rf"\s+(?:{_LANDMARK_WORDS})\b")
# "Mount Sinai Hospital", "New Paris Gettysburg Road", "Empire nightclub": a town's name again, but
# a landmark's or a business's this time (up to two more names before the head word)
_LANDMARK_AFTER = re.compile(rf"(?:\s+[A-Z][\w'’.-]*){{0,2}}\s+(?:{_LANDMARK_WORDS}|St\.|Rd\.|Ave\.|Clinic|Highway|"
                             r"Pike|Way)\b|\s+(?:nightclub|club|bar|restaurant|hotel|store|mall|church|school)\b")
# tags that make a place of a name only with a gazetteer hit: a name so read is not read again
_GUESSED_FROM = ("ner:ORG", "ner:PERSON", "ner:PRODUCT", "ner:WORK_OF_ART")


def _known(gaz: Gazetteer, name: str, kinds=("country", "province", "place", "district"), min_pop: int = 0,
           country: Optional[str] = None, forms=("name", "variant", "alt", "abbr")):
    found = [x for k in keys(name) for x in gaz.lookup(k)]
    if not found and country is not None and len(name) >= 4:  # "Raqa" ~ "Raqqah", in the named country only
        found = gaz.lookup_loose_name(name)
    hits = [(e, f) for e, f in found
            if e.kind in kinds and f in forms and (e.kind != "place" or e.population >= min_pop)
            and (country is None or e.country == country)]
    return hits[0][0] if hits else None


def _longest_prefix(gaz: Gazetteer, text: str, start: int, run: str, min_pop: int, country: Optional[str] = None):
    words = list(re.finditer(r"\S+", run))
    for n in range(len(words), 0, -1):
        name = run[:words[n - 1].end()].rstrip(".,;:")
        if name.lower() in GENERIC_WORDS:
            continue
        if _known(gaz, name, min_pop=min_pop, country=country) is not None:
            return start, start + len(name)
    return None


def possessive_places(text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """"Syrias Raqa Monitor" → "Syria" and "Raqa": a country's or region's name with a bare
    possessive "s" before a name the gazetteer knows in that country (the longest such start
    of the capitalised run)."""
    out = []
    for m in _BARE_POSSESSIVE.finditer(text):
        owner = m.group(1)
        if _known(gaz, owner + "s") is not None:
            continue  # "Texas", "Athens": the "s" is the name's own
        e = _known(gaz, owner, kinds=("country", "province"))
        if e is None:  # by a town's own name: "Turns Fatal" is no possessive of Angren (alias "Turn")
            e = _known(gaz, owner, kinds=("place",), min_pop=PREFIX_MIN_POPULATION, forms=("name", "variant"))
        if e is None:
            continue
        inner = _longest_prefix(gaz, text, m.start(2), m.group(2), 0, country=e.country)
        small = e.kind == "place" or (e.kind == "province" and e.population < POSSESSIVE_OWNER_POPULATION)
        if inner is None and small:
            continue  # "Carolinas Medical Center": a small unit's possessive only before a place of its own
        out.append((m.start(1), m.end(1), "possessive"))
        if inner is not None:
            out.append((*inner, "possessive"))
    return out


# "Rep. Torrey Westrom, R-Elbow Lake,", "(D-Kanawha)": a US legislator's party and home town or county
_PARTY_HOME = re.compile(r"(?:,\s*|\()(?:D|R|I|DFL)-([A-Z][a-z'’.]+(?:\s[A-Z][a-z'’.]+)?)(?=\s*[,;)]|\s*[—–]|\.\s)")


def party_homes(text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """The town or county after a legislator's party letter ("R-Elbow Lake"), when the gazetteer
    knows it as such."""
    return [(m.start(1), m.end(1), "party-home") for m in _PARTY_HOME.finditer(text)
            if any(_known(gaz, m.group(1).rstrip(".") + unit, kinds=("place", "district")) is not None
                   for unit in ("", " County"))]  # "D-Braxton": a county named without the word


# "the U.S.-led coalition", "a network of U.S.-based clerics": a name joined by a hyphen to a word
# that makes it say whose (the tagger reads "U.S.-led" as one organisation, or as nothing)
_ATTRIBUTE_COMPOUND = re.compile(r"(?<![\w.’'‐‑-])((?:[A-Z][\w.’']*\s){0,2}[A-Z][\w.’']*)[-‐‑]%s\b" % ATTRIBUTE_WORDS)


_OPENERS = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"}


def attribute_places(text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """The country, state or town (15,000 people or more) that opens a hyphenated attribute
    ("U.S.-led", "New York-based"): the longest run of its last words the gazetteer knows by
    its own name, a variant or an abbreviation. It names a place, though not where anything
    happened (``nonplaces.ATTRIBUTE``)."""
    out = []
    for m in _ATTRIBUTE_COMPOUND.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        for n in range(len(words)):
            s = m.start(1) + words[n].start()
            name = text[s:m.end(1)]
            if name.lower() in GENERIC_WORDS or words[n].group(0).lower() in _OPENERS:
                continue  # "An Atlanta-based company": the name starts after the sentence's article
            if _known(gaz, name, min_pop=15_000, forms=("name", "variant", "abbr")) is not None:
                out.append((s, m.end(1), "attribute"))
                break
    return out


def prefix_places(text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """"in Damascus Monitor": after "in"/"near", a capitalised run the gazetteer does not know
    as a whole but whose leading words name a country, province or large city."""
    out = []
    for m in _LOCATIVE_RUN.finditer(text):
        run = m.group(1)
        if _known(gaz, run) is not None:
            continue
        hit = _longest_prefix(gaz, text, m.start(1), run, PREFIX_MIN_POPULATION)
        if hit is not None and hit[1] - hit[0] < len(run.rstrip(".,;:")) and not _LANDMARK_HEAD.match(text, hit[1]):
            out.append((*hit, "prefix"))
    return out


def hyphen_part_by_other_name(gaz: Gazetteer, text: str, s: int, e: int) -> bool:
    """"Tungan-Ru'a", "Tungan-Maje": the first part of a hyphenated name, tagged alone, that
    the gazetteer knows only as another name of some place (here a Chinese city) is a piece of
    a name it lacks, not that place."""
    if not re.match(r"[-‐‑][^\W\d_]", text[e:e + 2]):
        return False
    forms = {f for k in keys(text[s:e]) for _, f in gaz.lookup(k)}
    return bool(forms) and forms <= {"alt"}


_KIND_AFTER = {"village", "villages", "town", "towns", "city", "township", "hamlet"}


def _name_word(tok) -> bool:
    """A proper noun, or a word the tagger took for an adjective but the entity recogniser for a
    name ("rocket shells on Harfa village": an unfamiliar name is often tagged an adjective) —
    not a people's word ("a Kurdish village", "the Christian town")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and tok.ent_type_ in ("GPE", "LOC", "ORG", "FAC", "PERSON")
                                   and tok.i > tok.sent.start)


def named_before_kind(doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """"Kulsary township", "Jagti town", "Ho Nar villages": proper nouns before a lower-case
    word for a kind of settlement name it (the tagger often leaves such names untagged) — but
    "the Florida town of Bell", "a Syrian city": a state or country there says where the town is."""
    out = []
    text = doc.text  # spaCy rebuilds Doc.text from its tokens on every read
    for t in doc:
        if t.text not in _KIND_AFTER or t.i == 0 or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"):
            continue  # ("the Urals town of Pervouralsk": the town is the name after "of")
        # "a Trump town hall": before a noun the words may name its host; "Mashegu town (…)",
        # tagged a person, is a town all the same
        compound = t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN")
        i = t.i
        while i > 0 and t.i - i < 3 and _name_word(doc[i - 1]) and doc[i - 1].text[:1].isupper() and \
                not (compound and doc[i - 1].ent_type_ in ("PERSON", "ORG")):
            i -= 1
        if i == t.i or doc[i].ent_iob_ == "I":  # not the tail of a longer name ("Lahore - Sabzazar city")
            continue
        s, e = doc[i].idx, doc[t.i - 1].idx + len(doc[t.i - 1])
        if not any(x.kind in ("country", "province") or f == "demonym" for k in keys(text[s:e])
                   for x, f in gaz.lookup(k)):
            out.append((s, e))
    return out


def read_names_again(doc, text: str, found, taken: bytearray, surnames: set[str], take) -> None:
    """One name, one sense in one article: a name read as a place ("the village of Tell Wazzani",
    "in Minnesota") is that place wherever the article names it again, however the tagger read it
    there ("Education Minnesota", "Sri Lanka's former president"). Not inside a person's name
    ("George Washington"), nor a surname named in full, nor before a landmark's or a business's
    head, nor from a name only an organisation's or a person's tag made a place. ``found``: the
    detections so far (``start``, ``end``, ``source``); ``taken``: their characters, which
    ``take(start, end, source)`` (the detector's) marks as it takes each new mention."""
    person = bytearray(len(text) + 1)
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            person[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    seen: set[tuple[str, bool]] = set()
    for d in found:
        name, marked = text[d.start:d.end], d.source == "pattern"
        if len(name) < 3 or name in surnames or d.source.startswith(_GUESSED_FROM) or (name, marked) in seen:
            continue
        seen.add((name, marked))
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(taken[m.start():m.end()]) and not _LANDMARK_AFTER.match(text, m.end()) and \
                    (marked or not any(person[m.start():m.end()])):
                take(m.start(), m.end(), "pattern" if marked else "again")


# "in Elwulobia (Aguata, Anambra)", "Anka LGA (Zamfara)", "Beni city (Myagdi, Gandaki)": agency and
# monitor style names a place, then in brackets the units it lies in, down to a province or a
# country. The name before the brackets is at most four capitalised words (a lower-case word
# ends it: "Fulani militias (Benue)" names people, not a place).
_NAME_BEFORE_BRACKETS = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’.-]*[ ]){0,3}[A-Z][\w'’-]*)(?=" + UNIT_WORD + r"\s*\()")
_NOT_A_NAME_START = {"The", "A", "An", "In", "On", "At", "Near", "From", "Around", "Between", "And", "Or"}


def bracketed_chain(text: str, gaz: Gazetteer, named: bytearray) -> list[tuple[int, int]]:
    """The spans of a name and of the units in the brackets after it ("Elwulobia", "Aguata" in
    "Elwulobia (Aguata, Anambra)") where the last unit is a province or a country the
    gazetteer knows: the brackets then say the names are places, however small or unknown
    (the tagger misses many such names; the gazetteer knows villages with no population).
    The province or country itself is left to the usual readings. ``named`` marks the characters
    the tagger read as a person's, a people's or an organisation's name: with one unit in the
    brackets such a name is qualified, not placed ("Kataib Hezbollah (Iraq)", "Rep. Joe Doe
    (Texas)"); a chain of two or more units places it all the same."""
    out: list[tuple[int, int]] = []
    for m in _NAME_BEFORE_BRACKETS.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split(" ")
        while words and words[0] in _NOT_A_NAME_START:
            s += len(words.pop(0)) + 1
        if not words:
            continue
        units = bracketed_units(text, e)
        if not units or not names_kind(gaz, text[slice(*units[-1])], ("province", "country")):
            continue
        if len(units) == 1 and any(named[s:e]):
            continue
        out.append((s, e))
        out.extend(units[:-1])
    return out
