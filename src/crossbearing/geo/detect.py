"""Which stretches of an article name places.

Two sources, precision first: spaCy's GPE/LOC/FAC entities (plus NORP nationality words the
gazetteer knows as demonyms, and PERSON/ORG entities that are plainly a country, province or
large city — the small English model often mislabels "Deir Ezzor"), and a gazetteer scan
over capitalised proper-noun runs spaCy left untagged, which accepts a run only when it names
something prominent (a country, province, sea, known facility, or a town of some size).
Last, named buildings the tagger read as an organisation or a person (``sites``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from .forms import mention_form
from .entity_parts import abbreviated_opener_end, joined_places
from .casing import DATELINE_DASH, in_title_cased_sentence, opens_after_a_dateline
from .institutions import (_COMMON_HEADS, _SITE_HEAD, MIN_LOCATIVE_POPULATION, _bare_county, _capital,
                           _inner_capital, _institution_head, _institution_unit_word, _strong, names_kind,
                           only_a_memorial)
from .marked import marked_names
from .gazetteer import Gazetteer
from .nonplaces import TOWN_INSTITUTIONS
from .normalise import ARABIC_ARTICLES, CALENDAR_WORDS, GENERIC_WORDS, WORLD_WORDS, keys, loose_key
from .people import (PRE_PLACE_WORDS, aged_after, ends_with_a_generation, person_words, surnames_named,
                     told_again_by_surname)
from .sites import named_sites
from .runs import (_longest_prefix, attribute_places, bracketed_chain, hyphen_part_by_other_name, named_before_kind,
                   party_homes, possessive_places, prefix_places, read_names_again)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_CONNECTORS = {"al", "el", "ad", "ar", "as", "az", "ash", "ez", "es", "ed", "er", "ibn", "bin", "de", "del", "la",
               "of", "-", "upon", "on", "le", "les", "du", "da", "do", "dos", "das"}
# lower-case words inside a region's name that English also uses as words: "Rio Grande do Norte",
# "Mato Grosso do Sul" (the name is taken only when the gazetteer knows the whole of it)
_NAME_LINKS = {"do"}
# Words that may follow a place name inside an organisation's name ("Alexandria Police").
_INSTITUTION = {"police", "department", "county", "city", "council", "school", "schools", "high", "university",
                "college", "fire", "sheriff", "gazette", "times", "post", "news", "herald", "tribune", "journal",
                "board", "commission", "hospital", "medical", "airport", "museum", "library", "court", "state",
                "public", "regional", "community", "chamber", "zoo", "government", "ministry", "army", "navy",
                "authorities", "officials", "province", "governorate", "river", "sea", "parish", "township",
                "district", "municipal", "metropolitan", "area", "region", "national", "international",
                # offices and bodies a town or county heads ("Tillsonburg Mayor", "Licking County Prosecutor")
                "mayor", "governor", "prosecutor", "prosecutors", "commissioner", "commissioners", "coroner",
                "judge", "attorney", "clerk", "superintendent", "republican", "republicans", "democrat",
                "democrats", "democratic", "memorial", "volunteer", "rescue", "family", "juvenile", "circuit",
                "superior", "housing", "parks", "transit", "library", "health", "emergency"}
_AND_TAIL = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?!\w)")
_PAIRED_PEOPLE = re.compile(r"[-‐‑]([A-Z][a-z]+)(?![\w-])")
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
# ("LOUISVILLE, KY--(Marketwire)": a press release's dateline runs the state into its dashes)
_ABBREVIATED_STATE = re.compile(r",\s*((?:[A-Z][a-z]{1,4}|[A-Z]\.(?:[A-Z]\.){1,2}|[A-Z]{2})\.?)(?=[\s,;)\-–—]|$)")
_NUMERIC_LABELS = {"CARDINAL", "PERCENT", "QUANTITY", "MONEY", "ORDINAL"}
MIN_SCAN_POPULATION = 15_000
MIN_ENTITY_POPULATION = 100_000
ORG_HEAD_POPULATION = 100_000  # "Toronto Raptors", "Houston Police Department": a city heads many organisations
DATELINE_POPULATION = 1  # "FALLS VILLAGE —": a dateline in capitals names where the report is from, however small
_LOCATIVE = {"in", "near", "outside", "at", "from", "across", "around", "toward", "towards", "into", "through"}
_IN_A_TOWN = {"in", "near", "outside"}  # the words before a name that make it a town's rather than a person's
MAX_TOKENS = 5
@dataclass(frozen=True)
class Detected:
    start: int
    end: int
    source: str  # "ner:GPE", "ner:NORP", "gazetteer", …


# Arabic place names built on a common noun ("Tel Abyad": hill, "Kafr Nabl": village, "Jisr
# al-Shughour": bridge, "Maarat al-Numan"): transliterated a dozen ways, so such a run is also
# looked up by its loose key ("Tel Abyad" ~ "Tall Abyaḑ")
_ARABIC_HEADS = {"tal", "tel", "tell", "kafr", "kfar", "deir", "dayr", "jabal", "jebel", "wadi", "ras", "beit", "bayt",
                 "bir", "khirbet", "ain", "ein", "maarat", "maaret", "maarrat", "khan", "jisr", "qasr", "qalaat",
                 "marj", "hayy", "sheikh", "umm", "abu", "bab", "burj", "dar", "mazraat"}
LOOSE_SCAN_POPULATION = 0  # many Syrian towns carry no population figure in the embedded data


# the rest of a name after its common-noun head: "Bab al-Nayrab", "Kafr el-Sheikh"
_HEAD_TAIL = re.compile(r"[ ](?:%s)[-‐‑][A-Z][\w'’]+" % "|".join(sorted(set(ARABIC_ARTICLES), key=len, reverse=True)))


def _arabic_compound(t: str) -> bool:
    words = t.split()
    return len(words) >= 2 and words[0].lower() in _ARABIC_HEADS


def _loose_town(gaz: Gazetteer, t: str) -> Optional[str]:
    k = loose_key(t)
    if len(k) < 6:
        return None
    hits = gaz.lookup_loose(k)
    return "place" if any(e.kind == "place" and e.population >= LOOSE_SCAN_POPULATION for e, _ in hits) else None


# words of going somewhere: "to" after one of them leads to a place ("moved to Thornhill",
# "flights to Lima", "on the way to Cirencester"); after other words it often leads to a person
# ("spoke to Jones", "sent to Miller")
_GOING = {"travel", "travels", "travelled", "traveled", "travelling", "traveling", "drive", "drives", "drove",
          "driving", "driven", "move", "moves", "moved", "moving", "relocate", "relocated", "relocating", "head",
          "heads", "headed", "heading", "fly", "flies", "flew", "flown", "flying", "flight", "flights", "return",
          "returns", "returned", "returning", "commute", "commuted", "commuting", "flee", "flees", "fled",
          "fleeing", "come", "comes", "came", "coming", "go", "goes", "went", "gone", "going", "walk", "walked",
          "walking", "sail", "sailed", "sailing", "emigrate", "emigrated", "emigrating", "migrated", "trip",
          "trips", "journey", "way", "route", "routes", "road", "bus", "buses", "train", "trains", "ferry",
          "deported", "evacuated", "transferred", "airlifted", "switching", "switched", "bound", "en"}


def _after_locative(doc, i: int) -> bool:
    """After "in"/"near"/…, after "to" on a way somewhere ("moved to Thornhill"), or after ", of"
    ("Stephen Davis, of Chiefland,": where a person is from)."""
    if i > 1 and doc[i - 1].lower_ == "of" and (doc[i - 2].text == "," or doc[i - 2].ent_type_ == "PERSON"):
        return True  # "Stephen Davis, of Chiefland", "Daniel Hufstetler of Roswell
    if i > 1 and doc[i - 1].lower_ == "to":
        return any(doc[j].lower_ in _GOING for j in range(max(0, i - 4), i - 1))
    return i > 0 and doc[i - 1].lower_ in _LOCATIVE


# title-case words after a town's name in the name of its own local institution: "Grovetown
# Department of Public Safety", "Bloomfield Town Council", "Cookville Fire Chief"
_CIVIC_HEAD = TOWN_INSTITUTIONS | {"parish", "sheriff’s", "superior", "recreation", "historical", "circuit",
                                  "commonwealth's", "commonwealth’s", "selectman", "selectmen", "memorial",
                                  "regional", "independent", "first"}
_AFTER_CAPITALS = DATELINE_DASH | {",", "(", ":"}  # "TORRINGTON —", "MOUNT GILEAD (AP)", "CLINTON, Conn."


def _agency_bracket(doc, i: int) -> bool:
    """Whether the tokens from ``i`` are a wire agency's bracket: "(AP)", "(Reuters)"."""
    return i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")"


def _dateline(doc, start: int, end: int) -> bool:
    """"CROMWELL — Police said …", "MOUNT GILEAD (AP) -- A city court …": a name in capitals
    opening a line or sentence, before a dash or the agency's bracket and its dash."""
    first = doc[start]
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    dash = after is not None and (after.text in DATELINE_DASH or (
        _agency_bracket(doc, end) and end + 3 < len(doc) and doc[end + 3].text in DATELINE_DASH))
    return all(t.is_upper or not t.is_alpha for t in doc[start:end]) and dash and \
        (before is None or first.is_sent_start or "\n" in before.text or before.text in (".", "|"))


def _the_person_again(gaz: Gazetteer, name: str, surnames: set[str]) -> bool:
    """The surname of a person the text names in full, alone again ("James Barnes … Barnes was
    cited"), and no city of some size: the person, not a town."""
    return name in surnames and not _strong(gaz, name, MIN_ENTITY_POPULATION, allow_demonym=False, alt_places=False)


def _unit_named(gaz: Gazetteer, surface: str) -> bool:
    """"Sokoto State", "Orange County": a name and the unit word that says its kind, and the
    gazetteer knows a unit of that kind by the name ("Sokoto" the state, not only the city)."""
    form = mention_form(surface, 0, len(surface))
    if form.kind not in ("province", "district") or form.core == surface:
        return False
    kinds = ("province",) if form.kind == "province" else ("district", "province")
    return any(e.kind in kinds for k in keys(form.core) for e, f in gaz.lookup(k) if f in ("name", "variant", "alt"))


def _wire_dateline_tail(doc, ent) -> Optional[tuple[int, int]]:
    """"By JILL COLVIN, Associated Press WASHINGTON (AP) —": the tagger ran the byline's agency
    and the dateline into one name; the words in capitals before the agency's bracket or the
    dash are where the report was filed."""
    if ent.end >= len(doc) or not (doc[ent.end].text in DATELINE_DASH or _agency_bracket(doc, ent.end)):
        return None
    tail = []
    for t in reversed(ent):
        if not (t.is_upper and t.is_alpha and len(t) > 1):
            break
        tail.insert(0, t)
    if not tail or len(tail) == len(ent) or not ent[len(ent) - len(tail) - 1].is_title:
        return None
    return tail[0].idx, tail[-1].idx + len(tail[-1])


def _civic_after(doc, end: int) -> bool:
    """Whether the tokens after ``end`` name the town's people or institutions: "Raytown police",
    "Lindsay residents" (lower case), "Cookville Fire Chief" (an institution's name)."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return (nxt.lower_ in _CIVIC_AFTER and not nxt.is_title) or (nxt.is_title and nxt.lower_ in _CIVIC_HEAD)


def _run_ok(tokens) -> bool:
    first, last = tokens[0], tokens[-1]
    arabic_start = first.lower_ in ARABIC_ARTICLES and len(tokens) > 2 and tokens[1].text in "-‐‑"
    if not (_capital(first) or arabic_start) or not _capital(last):
        return False
    if not any(t.pos_ == "PROPN" for t in tokens) and not _name_by_position(tokens):
        return False
    if not all(_capital(t) or t.lower_ in _CONNECTORS for t in tokens):
        return False
    doc = first.doc
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    # "Al-" of "Al-Sakhour": an Arabic article is the start of a name, never a name itself
    if last.lower_ in ARABIC_ARTICLES and last.i + 1 < len(last.doc) and last.doc[last.i + 1].text in "-‐‑" \
            and not last.whitespace_:
        return False
    # a fragment of a longer name ("Admiral Essen", "Damascus Gate") is not a place mention
    if before is not None and _capital(before) and not before.is_sent_start and before.lower_ not in PRE_PLACE_WORDS \
            and before.lower_ not in CALENDAR_WORDS and not opens_after_a_dateline(before):
        return False
    return not (after is not None and _capital(after) and after.lower_ not in _INSTITUTION)


# lower-case words that follow a town's name when the town heads a local institution or
# people ("Albuquerque police said", "Raytown officials"): the name before them is a place
_CIVIC_AFTER = {"police", "officers", "officer", "detectives", "deputies", "firefighters", "fire", "officials",
                "residents", "authorities", "prosecutors", "mayor", "man", "woman", "boy", "girl", "teen",
                "teenager", "family", "resident", "native", "city", "town", "township", "village", "county",
                "area", "neighborhood", "neighbourhood", "community", "schools", "school", "council", "store",
                "couple", "church", "senior", "seniors", "student", "students", "teens", "youth", "voters",
                "homeowners", "businesses", "leaders", "native", "natives"}


def _name_by_position(tokens) -> bool:
    """A capitalised run the tagger did not read as a proper noun ("Albuquerque" tagged an
    adjective) is still a name where English capitalisation says so: in mid-sentence (an
    ordinary word is written in lower case there), as a dateline in capitals ("TORRINGTON —"),
    or at a sentence's start before a local institution or people ("Albuquerque police said")."""
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if any(t.is_stop or not t.is_alpha for t in tokens if t.lower_ not in _CONNECTORS):
        return False  # "The", "It", "U.S."-like runs are left to the tagger
    before = doc[first.i - 1] if first.i > 0 else None
    if not first.is_sent_start and before is not None and (not before.is_punct or before.text == ",") \
            and "\n" not in before.text and not in_title_cased_sentence(first):
        return all(t.is_title or _inner_capital(t) or t.lower_ in _CONNECTORS for t in tokens)
    if all(t.is_upper for t in tokens if t.lower_ not in _CONNECTORS) and after is not None and \
            after.text in _AFTER_CAPITALS:
        return True
    return after is not None and after.lower_ in _CIVIC_AFTER and not after.is_title


def scan_ngrams(doc) -> Iterable[tuple[int, int, str]]:
    """Every capitalised token n-gram (longest first at each position) with its text."""
    n_tok = len(doc)
    # a run starts with a capital (or an Arabic article) and ends with a capital, as ``_run_ok``
    # requires first: most tokens are neither, so their spans are never built
    capital = [_capital(t) for t in doc]
    for i in range(n_tok):
        if not capital[i] and doc[i].lower_ not in ARABIC_ARTICLES:
            continue
        for n in range(min(MAX_TOKENS, n_tok - i), 0, -1):
            if not capital[i + n - 1]:
                continue
            toks = doc[i:i + n]
            if _run_ok(toks):
                yield toks.start_char, toks.end_char, toks.text


def detect(doc, gaz: Gazetteer) -> list[Detected]:
    """Place mention spans in ``doc`` (a spaCy Doc over the article text), sorted, non-overlapping."""
    text = doc.text
    grams = list(scan_ngrams(doc))
    token_end = {t.idx + len(t): t.i for t in doc}

    def extensions(s: int, e: int) -> list[tuple[int, str]]:
        """Up to two following word tokens: "Deir" + "ezzor"."""
        out, i = [], token_end.get(e)
        if i is None:
            return out
        for j in (i + 1, i + 2):
            if j >= len(doc) or not (doc[j].is_alpha or doc[j].text in "-‐‑") or \
                    (doc[j].is_stop and not (j == i + 1 and doc[j].lower_ in _NAME_LINKS)):
                break
            end = doc[j].idx + len(doc[j])
            out.append((end, text[s:end]))
        return out

    char_tok = {t.idx: t.i for t in doc}
    marked = marked_names(text)
    ent_spans = [(x.start_char, x.end_char) for x in doc.ents]
    gaz.prefetch(k for s, e in ent_spans + marked for k in keys(text[s:e]))
    gaz.prefetch(k for s, e in ent_spans + marked for _, t in extensions(s, e) for k in keys(t))
    gaz.prefetch(k for _, _, t in grams for k in keys(t))
    found: list[Detected] = []
    taken = bytearray(len(text) + 1)

    def take(s: int, e: int, source: str) -> None:
        if text[s:e].lower() in WORLD_WORDS:
            return  # "thank God", "on Earth": no Göd in Hungary, no Earth in Texas
        for end, t in reversed(extensions(s, e)):
            if t[-1:] in "-‐‑":
                continue  # "Watertown-Mayer": a name does not end on its hyphen
            if _institution_unit_word(gaz, text, s, end):
                continue  # "Hanover Town Hall": the town's hall, not a "Hanover Town"
            if any(f != "demonym" for k in keys(t) for _, f in gaz.lookup(k)):
                e = end
                break
        joined = _AND_TAIL.match(text, e)  # "Trinidad and Tobago", "Antigua and Barbuda": one country's name
        if joined is not None and not any(taken[e:joined.end()]) and \
                names_kind(gaz, text[s:joined.end()], ("country", "province")):
            e = joined.end()
        of_tail = _OF_TAIL.match(text, e)  # "Democratic Republic" + "of the Congo": one country's name
        if of_tail is not None and not any(taken[e:of_tail.end()]):
            for end in sorted((of_tail.start() + w.end() for w in re.finditer(r"\S+", of_tail.group(0))), reverse=True):
                if names_kind(gaz, text[s:end], ("country", "province", "region")):
                    e = end
                    break
        tail = _HEAD_TAIL.match(text, e)
        if tail is not None and text[s:e].lower() in _ARABIC_HEADS:
            e = tail.end()  # "Bab al-Nayrab": a common-noun head ("gate") is never the name alone
        f = mention_form(text, s, e)  # take in "province", "River", "Air Base"
        if not (f.kind_after and source == "ner:NORP"):  # ("the Syrian city of Palmyra": a people's word)
            s, e = min(s, f.start), max(e, f.end)
        if any(taken[s:e]):
            return
        found.append(Detected(s, e, source))
        taken[s:e] = b"\x01" * (e - s)

    for s, e, source in possessive_places(text, gaz) + prefix_places(text, gaz) + party_homes(text, gaz) + \
            attribute_places(text, gaz):
        take(s, e, source)
    for s, e in marked + named_before_kind(doc, gaz):
        if not _strong(gaz, text[s:e], 0, allow_demonym=True) == "demonym":
            take(s, e, "pattern")
    # the last names of people the text names in full ("George W. Bush", "Ann Nelson")
    surnames = surnames_named(doc, text)
    for ent in doc.ents:
        s, e = ent.start_char, ent.end_char
        if text[s:s + 4].lower() == "the ":
            s += 4
        if text[e - 2:e] in ("'s", "’s") and e - s > 4:
            e -= 2  # "Sri Lanka's former president": the name without its possessive
        if "(" in text[s + 1:e]:  # "Rimini (Rimini, Emilia-Romagna" tagged one work of art: the name before the bracket
            e = s + 1 + text[s + 1:e].index("(")
            while e > s and text[e - 1].isspace():
                e -= 1
        if ent.label_ in PLACE_LABELS:
            if ends_with_a_generation(ent):
                continue  # "Chauncey Broadway Jr." tagged a place: a person
            if _the_person_again(gaz, text[s:e], surnames) and not (
                    ent.start > 0 and doc[ent.start - 1].lower_ in _IN_A_TOWN):
                continue  # "Chauncey Broadway Jr. … Broadway was shot": the person again, tagged a
                # place (a city of some size, or a name after "in", stays a place; "pointed it at
                # Oropeza", "searched through Oropeza's pockets" are the person's)
            e = abbreviated_opener_end(text, s, e) or e  # "ST. PAUL" tagged "ST"
            if hyphen_part_by_other_name(gaz, text, s, e):
                continue
            parts = joined_places(gaz, text, s, e)
            if parts is not None:  # "Thruxton, Hampshire", "Asia-Pacific": two places, two mentions
                for ps, pe in parts:
                    take(ps, pe, f"ner:{ent.label_}-part")
                continue
            head = _institution_head(text, ent, gaz)  # (Doc.text joins every token on each call)
            if head is not None:  # "Titus County Sheriff's Office": the county it serves
                take(head[0], head[1], f"ner:{ent.label_}-head")
            else:
                take(s, e, f"ner:{ent.label_}")
        elif ent.label_ == "NORP":
            parts = list(re.finditer(r"[^\W\d_]+", text[s:e]))
            if len(parts) > 1 and re.fullmatch(r"[^\W\d_]+(?:-\s?[^\W\d_]+)+", text[s:e]) and \
                    all(_strong(gaz, p.group(0), 10**12, allow_demonym=True) == "demonym" for p in parts):
                for p in parts:  # "Turkish-Russian relations", "a German-Iraqi boy": each people's country
                    take(s + p.start(), s + p.end(), "ner:NORP")
            elif _strong(gaz, text[s:e], 10**12, allow_demonym=True):
                take(s, e, "ner:NORP")
                pair = _PAIRED_PEOPLE.match(text, e)
                if pair is not None and _strong(gaz, pair.group(1), 10**12, allow_demonym=True) == "demonym":
                    take(pair.start(1), pair.end(1), "ner:NORP-pair")  # "the Syrian-Turkish border", tagged "Syrian"
            elif _strong(gaz, text[s:e], MIN_LOCATIVE_POPULATION if _after_locative(doc, ent.start)
                         else MIN_ENTITY_POPULATION, allow_demonym=False, alt_places=False):
                # "A Memphis man": a city as a modifier, tagged a people; "nuns in Pewaukee": a town
                take(s, e, "ner:NORP+gazetteer")
        elif ent.label_ == "LANGUAGE" and _after_locative(doc, ent.start):
            if _strong(gaz, text[s:e], MIN_LOCATIVE_POPULATION, allow_demonym=False, alt_places=False) == "place":
                take(s, e, "ner:LANGUAGE+locative")  # "… in Syria, in Aleppo?" tagged a language
        elif ent.label_ in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART"):
            if ent.label_ == "PERSON" and text[s:e] in surnames:
                continue  # "George W. Bush … Bush said": the person again, not a town
            before = doc[ent.start - 1] if ent.start > 0 else None
            if before is not None and _capital(before) and not before.is_sent_start and \
                    before.lower_ not in CALENDAR_WORDS:
                continue  # "Admiral Essen": a title before a name
            after = doc[ent.end] if ent.end < len(doc) else None
            if ent.label_ == "ORG" and after is not None and after.is_alpha and after.is_title and \
                    not any(gaz.lookup(k) for k in keys(text[s:after.idx + len(after)])) and \
                    not after.is_sent_start and after.lower_ not in _INSTITUTION | _CIVIC_HEAD | _SITE_HEAD and \
                    not in_title_cased_sentence(doc[ent.start]) and \
                    not names_kind(gaz, text[s:e], ("country", "province", "region")):
                continue  # "a Toyota Camry": a maker's name before its model's, not the city (a
                # country's or region's name stays: "EU Transport Commissioner")
            floor = DATELINE_POPULATION if _dateline(doc, ent.start, ent.end) else MIN_LOCATIVE_POPULATION if \
                _after_locative(doc, ent.start) or _civic_after(doc, ent.end) else MIN_ENTITY_POPULATION
            kind = _strong(gaz, text[s:e], floor, allow_demonym=ent.label_ == "PERSON" and len(ent) <= 2)
            wire = _wire_dateline_tail(doc, ent) if kind is None and ent.label_ in ("ORG", "PERSON") else None
            if wire is not None and _strong(gaz, text[wire[0]:wire[1]], MIN_LOCATIVE_POPULATION, False) == "place":
                take(wire[0], wire[1], "dateline")
            elif kind is None and ent.label_ == "ORG" and _bare_county(gaz, text, s, e, after):
                take(s, e, "ner:ORG+county")  # "DuPage Sheriff John Zaruba"
            elif kind is None and _unit_named(gaz, text[s:e]):
                take(s, e, f"ner:{ent.label_}+unit")  # "Governor of Sokoto State" tagged a person
            elif kind == "place":
                take(s, e, f"ner:{ent.label_}+gazetteer")
            elif kind == "demonym":
                take(s, e, f"ner:{ent.label_}+demonym")  # "Sri Lankan political developments" tagged a person
            elif _arabic_compound(text[s:e]) and _loose_town(gaz, text[s:e]):
                take(s, e, f"ner:{ent.label_}+loose")  # "Tel Abyad" tagged a person
    # an organisation named after a country, region or people ("Zimbabwe Electoral Commission",
    # "Nigerian Army", "Cauvery Water Management Board"): its leading name is a place mention
    persons = person_words(doc)
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "PERSON", "WORK_OF_ART") or len(ent) < 2:
            continue
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        for n in range(min(3, len(toks) - 1), 0, -1):
            head = toks[:n]
            if not all(_capital(t) for t in head):
                continue
            s, e = head[0].idx, head[-1].idx + len(head[-1])
            if n > 1 and _institution_unit_word(gaz, text, s, e):
                continue  # "Dublin City Council": Dublin's council, not the Irish district "Dublin City"
            if toks[n].lower_ == "of" or head[0].lower_ in _COMMON_HEADS:
                continue  # "Bank of Mexico", "Airport Courthouse": the kind of institution, not a town
                # called Bank or Airport
            if only_a_memorial(text, s, e):
                continue  # "Lincoln Memorial Hospital": a memorial honours a person, not a town
            if text[s:e].lower() in GENERIC_WORDS and \
                    not any(gaz.lookup(k) for k in keys(text[s:toks[n].idx + len(toks[n])])):
                continue  # "South Kilburn Estate", "Central Mental Hospital": a direction or kind, not
                # a province called South or Central (but "East Bank Middle School": East Bank)
            civic = _civic_after(doc, head[-1].i + 1)
            if ent.label_ != "ORG" and not civic:
                continue  # "George Washington": a person's name holds no place unless a town's office follows
                # ("Dublin Mayor Jane Roe" tagged a work of art)
            if not civic and (told_again_by_surname(ent, persons) or aged_after(doc, ent)):
                break  # "Orlando Collins" (tagged an organisation) is "Collins" from then on, or "…, 30,": a person
            floor = MIN_LOCATIVE_POPULATION if civic else ORG_HEAD_POPULATION
            if _strong(gaz, text[s:e], floor, allow_demonym=True, alt_places=False) or \
                    _bare_county(gaz, text, s, e, toks[n]):  # "Kanawha Circuit Court"
                take(s, e, "ner:ORG-head")
                break
        if ent.label_ == "WORK_OF_ART":
            continue  # a title's other words are a title's ("The Road to Kabul")
        # "Air Zimbabwe", "HSBC Malta plc": a country's own name inside an organisation's
        for t in toks[1:]:
            if _capital(t) and len(t) >= 2 and not any(taken[t.idx:t.idx + len(t)]) and \
                    any(e.kind == "country" and f in ("name", "abbr") for k in keys(t.text) for e, f in gaz.lookup(k)) \
                    and (t.is_upper is False or len(t) <= 3):
                take(t.idx, t.idx + len(t), "ner:ORG-inner")
        # "Reserve Bank of Zimbabwe", "University of Arizona": the name after a final "of"
        ofs = [i for i, t in enumerate(toks) if t.lower_ == "of"]
        if ofs and 0 < len(toks) - ofs[-1] - 1 <= 3:
            tail = toks[ofs[-1] + 1:]
            if all(_capital(t) for t in tail):
                s, e = tail[0].idx, tail[-1].idx + len(tail[-1])
                if _strong(gaz, text[s:e], ORG_HEAD_POPULATION, allow_demonym=False, alt_places=False) == "place":
                    take(s, e, "ner:ORG-of")
    # a headline run together into one entity ("Civilians Killed in US Warplanes Bombardments
    # in Manbij", tagged as one organisation or title): the name after its last "in"/"near"
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS or ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
            continue
        for m in _LOCATIVE_IN_ENT.finditer(ent.text):
            s0 = ent.start_char + m.start(1)
            hit = _longest_prefix(gaz, text, s0, m.group(1), MIN_LOCATIVE_POPULATION)
            if hit is not None:
                take(hit[0], hit[1], "ner:" + ent.label_ + "+locative")
    # inside an organisation's name a place may be named ("Alexandria Police Department");
    # inside a person's name it is not ("George Washington")
    ent_cover = bytearray(len(text) + 1)
    org_cover = bytearray(len(text) + 1)
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and not _DATE_WORD.search(ent.text):
            continue  # "in Manbij" tagged a date: no digit, no calendar word, no date
        cover = org_cover if ent.label_ == "ORG" else ent_cover
        if (ent.label_ in _NUMERIC_LABELS or ent.label_ == "TIME") and any(c.isdigit() for c in ent.text):
            # "706 Orange County residents" tagged a percent: the name is free (a tag with no number
            # at all, "Ulus square" as a quantity, stays as it was read)
            for t in ent:
                if not _capital(t):
                    cover[t.idx:t.idx + len(t)] = b"\x01" * len(t)
            continue
        cover[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    for s, e, t in grams:
        if any(taken[s:e]) or any(ent_cover[s:e]) or t.lower() in GENERIC_WORDS:
            continue  # "Western", "Central": province names somewhere, adjectives here
        if _the_person_again(gaz, t, surnames):
            # "James Barnes … Barnes was cited": the person again, not a town (a province's or
            # a city's name stays, though the tagger made "Tags Aleppo" a person)
            continue
        in_org = any(org_cover[s:e])
        if in_org and t.split()[0].lower() in _COMMON_HEADS:
            continue  # "the Bank of Mexico": the kind of institution, not a town called Bank
        first, last = char_tok[s], token_end[e]
        if in_org and only_a_memorial(text, s, e):
            continue  # "Lincoln Memorial Hospital": a memorial honours a person, not a town
        floor = DATELINE_POPULATION if _dateline(doc, first, last + 1) else MIN_LOCATIVE_POPULATION if (
            not in_org and _after_locative(doc, first)) or _civic_after(doc, last + 1) else MIN_SCAN_POPULATION
        kind = _strong(gaz, t, floor, allow_demonym=not in_org, alt_places=False)
        if not kind and not in_org and _arabic_compound(t):
            kind = _loose_town(gaz, t)
        if kind:
            take(s, e, "gazetteer")
    named = bytearray(len(text) + 1)
    for x in doc.ents:
        if x.label_ in ("PERSON", "NORP", "ORG") and "(" not in x.text:
            named[x.start_char:x.end_char] = b"\x01" * (x.end_char - x.start_char)
    for s, e in bracketed_chain(text, gaz, named):
        if not any(taken[s:e]):
            take(s, e, "brackets")
    # "Gainesville and Lindsay", "Athens, McMinn County and Etowah": a name listed with places
    # is a place of the same list (the small English model tags such a name a person)
    spans = sorted({(x.start_char, x.end_char) for x in doc.ents if x.label_ in ("PERSON", "ORG", "PRODUCT",
                                                                                   "WORK_OF_ART", "NORP")}
                   | {(s, e) for s, e, _ in grams})
    # "Clarke, Madison, Oconee and Oglethorpe counties": each name of the list is a county
    for m in _COUNTY_LIST.finditer(text):
        for w in re.finditer(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?", m.group(1)):
            s, e = m.start(1) + w.start(), m.start(1) + w.end()
            suffix = " Parish" if m.group(2).lower().startswith("parish") else " County"
            if not any(taken[s:e]) and _strong(gaz, w.group(0) + suffix, 0, allow_demonym=False) == "place":
                take(s, e, "county-list")
    for _ in range(3):
        added = False
        for s, e in spans:
            if any(taken[s:e]) or not _listed_with_place(text, s, e, taken):
                continue
            if _strong(gaz, text[s:e], MIN_LOCATIVE_POPULATION, allow_demonym=False, alt_places=False) == "place":
                take(s, e, "list")
                added = True
        if not added:
            break
    # "Gatineau, Que.", "Barrie, Ont.": a state's abbreviation after a town and its comma is a
    # mention of the state (the tagger reads "Que" as a person and drops the full stop)
    for d in list(found):
        m = _ABBREVIATED_STATE.match(text, d.end)
        if m is not None and not any(taken[m.start(1):m.end(1)]) and \
                any(f == "abbr" and x.kind == "province" for k in keys(m.group(1)) for x, f in gaz.lookup(k)):
            take(m.start(1), m.end(1), "abbreviation")
    read_names_again(doc, text, list(found), taken, surnames, take)  # "in Minnesota" … "Education Minnesota"
    for s, e in named_sites(doc, gaz):  # "at Barclays Center": a building tagged an organisation
        if not any(taken[s:e]):
            take(s, e, "ner:site")
    found.sort(key=lambda d: d.start)
    return found


_COUNTY_LIST = re.compile(r"((?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?,\s+){0,6}[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?"
                          r",?\s+(?:and|or)\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+(counties|parishes)\b")
_LIST_BEFORE = re.compile(r"(?:,|,? and|,? or|/)\s+$")
_LIST_AFTER = re.compile(r"^(?:,|\s+and\b|\s+or\b|/)\s*(?=[A-Z])")


def _listed_with_place(text: str, s: int, e: int, taken: bytearray) -> bool:
    """Whether ``text[s:e]`` is a member of a list ("X, Y and Z") whose neighbour is a place
    already found."""
    m = _LIST_BEFORE.search(text[max(0, s - 6):s])
    if m is not None:
        p = s - (len(text[max(0, s - 6):s]) - m.start())
        if p > 0 and taken[p - 1]:
            return True
    m = _LIST_AFTER.match(text[e:e + 8])
    return m is not None and e + m.end() < len(text) and bool(taken[e + m.end()])


_DATE_WORD = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|"
                        r"\b(?:year|years|month|months|week|weeks|day|days|today|yesterday|tomorrow|tonight|morning|"
                        r"afternoon|evening|night|ago|last|next|earlier|later|season|decade|century|hour|hours|"
                        r"ramadan|eid|christmas|easter|new)\b", re.IGNORECASE)
_LOCATIVE_IN_ENT = re.compile(r"\b(?:in|near|outside)\s+((?:[A-Z][\w'’\-]*)(?:\s+[A-Z][\w'’\-]*){0,3})")
