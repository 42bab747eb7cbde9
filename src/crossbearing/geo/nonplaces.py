"""Words that look like place names but name no place where they stand: a name qualifying
an actor ("US-led"), a street ("the 200 block of Monroe"), a person ("Martinez Jr.", "Kash
said"), an institution alone ("Police said"), a part of town ("West Side"), part of a longer
name ("Little Havana"), a town-spelling acronym ("UN"). Read by ``resolve`` before it
chooses among a mention's candidates."""

from __future__ import annotations

import re
from typing import Optional

from .forms import Form
from .normalise import CALENDAR_WORDS, GENERIC_WORDS
from .records import Entry

# a qualifier right after a name: "Alexandria, Louisiana", "Chester, the county seat"
# (a name's own lower-case link does not end it: "Dourados, Mato Grosso do Sul")
QUALIFIER = re.compile(r"^,\s*(?:the\s+)?([A-Z][\w.'’\- ]{1,30}?)"
                       r"(?=[,;.)\n]|\s+(?!(?:do|de|da|dos|das|del)\s+[A-Z])[a-z(]|$)")
# "US warplanes", "Turkey's army", "Russia's air force": a country named as the owner of a force or
# weapon is who acts, not where ("40 killed in US warplanes' bombardment in Manbij"); so is a
# people's word ("Russian forces shelled the village of Pisky, Donetsk")
FORCE_AFTER = re.compile(r"^(?:[’']s?)?\s+(?:(?:military|air|naval|special|armed|ground|war)\s+)?"
                         r"(?:warplanes?|jets?|aircraft|planes?|drones?|helicopters?|choppers?|forces?|troops?|"
                         r"soldiers?|army|navy|air\s+force|artillery|missiles?|bombers?|gunships?|"
                         r"air\s*strikes?|air\s+raids?|coalition|militias?|militiamen|proxies)\b"
                         # "Yemen's Houthi rebels", "Nigeria's jihadists": an armed group of the country
                         r"|^[’']s\s+(?:[A-Z][\w-]+\s+)?(?:rebels|insurgents|militants|fighters|guerrillas|"
                         r"separatists|jihadists)\b(?!-)", re.I)


# "Natal (Rio Grande do Norte)", "Pune city (Pune, Maharashtra)", "Mei Ma Thaw village (Myaung
# township, Sagaing region)": the units a place lies in, in brackets after its name, smallest
# first — how wire copy and event coders say which town they mean
# the word for the kind of place that may stand between the name and its brackets
UNIT_WORD = (r"(?:\s+(?:village|town|city|township|municipality|district|area|sector|locality|commune|county|"
             r"neighbou?rhood|suburb|camp))?")
_BRACKETED = re.compile(UNIT_WORD + r"\s*\(([A-Z][^()\n]{1,80}?)\)")
_UNIT_TAIL = re.compile(r"\s+(?:district|region|state|province|governorate|county|division|department|prefecture|"
                        r"township|municipality|territory|locality|sub-?district|area|LGA)$", re.IGNORECASE)
_AGENCY_LIKE = re.compile(r"^[A-Z]{2,5}$")  # "(AP)", "(AFP)", "(SANA)": who reports, not where


def bracketed_units(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of the names in brackets right after a place name ending at ``end`` ("Tibu (Norte
    de Santander)", "Gargada (Diffa, Diffa)"), each without its unit word ("Shwebo district"
    → "Shwebo"); empty when no such brackets follow, or they hold an agency's initials."""
    m = _BRACKETED.match(text[end:end + 120])
    if m is None:
        return []
    out = []
    base = end + m.start(1)
    for part in re.finditer(r"[^,]+", m.group(1)):
        name = part.group(0).strip()
        name = _UNIT_TAIL.sub("", name).strip()
        if not name or not name[0].isupper() or any(c.isdigit() for c in name) or _AGENCY_LIKE.match(name) or \
                name.lower() in GENERIC_WORDS:  # "Thea Sar (East)": part of the name
            continue
        s = base + part.start() + part.group(0).index(name[:1])
        if another_capital_district(text, s, s + len(name)):
            continue  # "(Bogota, D.C.)": Bogotá's capital district, no second unit
        out.append((s, s + len(name)))
    return out


# "… at Fort Riley, U.S. Attorney Barry Grissom said": a country or state that opens an office's
# title after a comma is the office's, not a qualifier of the place before the comma
_OFFICE_TITLE = re.compile(r"^\.?\s+(?:Attorney|Attorneys|Army|Navy|Marines?|Marshals?|Sen\.|Senator|Rep\.|"
                           r"Representative|Congressman|Congresswoman|Gov\.|Governor|District|Department|Border|"
                           r"Customs|Coast|Air\s+Force|Secret|Postal|Magistrate|Justice|Supreme|Court|Judge|"
                           r"Ambassador|Embassy|Consulate|Park|Forest|Fish|Highway|State\s+Police|Patrol)\b")


_COUNTRY_ADJECTIVES = {"US", "UK", "EU", "UN"}  # (dots dropped: "U.S.")


def country_as_adjective(text: str, start: int, end: int) -> bool:
    """"… in Russia, U.S. officials said": a country's initials before a word in lower case
    modify that word (the officials' country); they qualify no place before the comma."""
    return text[start:end].strip().replace(".", "") in _COUNTRY_ADJECTIVES and \
        bool(re.match(r"\.?\s+[a-z]", text[end:end + 4]))


def opens_office_title(text: str, end: int) -> bool:
    """Whether the words after a place name ending at ``end`` make it part of an office's title
    ("U.S. Attorney", "State Police", "Kansas Highway Patrol")."""
    return bool(_OFFICE_TITLE.match(text[end:end + 40]))


# "Little Havana", "Mount Auburn", "Fort Hood", "Lake Charles": a place named after another
# by a word that makes a new name (not a direction: "East Oakland" is in Oakland)
# Arabic toponyms built the same way: "Ain Tarma" (spring), "Tal/Tell" (hill), "Kafr" (village),
# "Deir" (monastery), "Jabal" (mountain), "Wadi" (valley), "Ras" (cape), "Beit" (house), "Bir" (well)
NAME_MAKERS = {"little", "mount", "mt", "fort", "ft", "port", "lake", "saint", "st", "san", "santa", "glen",
               "ain", "ein", "tal", "tell", "kafr", "kfar", "deir", "dayr", "jabal", "jebel", "wadi", "ras", "beit",
               "bayt", "bir", "khirbet"}


_SPEECH_AFTER = re.compile(r"^\s+(?:said|says|told|testified|added|wrote|explained|recalled|insisted)\b")


def is_speaker(text: str, start: int, end: int, cands: list[tuple[Entry, str]]) -> bool:
    """"Kash said", "Hale told reporters": one name before a verb of speech is a person —
    unless it names a country or region, whose government speaks ("Russia said")."""
    surface = text[start:end]
    if re.search(r"\b(?:the|in|of|at|near|along|from|to|across|outside)\s+$", text[max(0, start - 12):start], re.I):
        return False  # "Farmers along the Euphrates said": the place is where the speakers are
    return " " not in surface.strip() and bool(_SPEECH_AFTER.match(text[end:end + 20])) and \
        not any(e.kind in ("country", "province", "region", "water") for e, _ in cands)


def acronym_ok(surface: str, cands: list[tuple[Entry, str]]) -> list[tuple[Entry, str]]:
    """"UN", "EU", "IS", "U.N.": a short acronym (with or without its dots) names a country or
    region by its abbreviation, never a town whose name it happens to spell — unless the town
    goes by those letters ("LA", "L.A.": a curated variant of Los Angeles)."""
    compact = surface.replace(".", "")  # "U.N.", "U.K.": initials written with their dots
    if len(compact) <= 3 and not compact.isupper():
        # "La." is Louisiana as AP style abbreviates it; "LA", in capitals, is Los Angeles
        return [(e, f) for e, f in cands if f != "variant"]
    if len(compact) <= 3 and compact.isupper() and compact.isalpha() and (surface == compact or "." in surface[1:2]):
        # (a province spelled out in capitals is an acronym too: "SUD Education" is a union)
        return [(e, f) for e, f in cands if f in ("abbr", "variant") or e.kind in ("country", "region")
                or (e.kind == "province" and len(e.name.replace(" ", "")) > len(compact))]
    return cands


def abbreviation_dotted(text: str, start: int, end: int, cands: list[tuple[Entry, str]]) -> list[tuple[Entry, str]]:
    """"Man." is Manitoba and "Ill." Illinois; "Man killed home intruder" and "ill" are words.
    A short mixed-case abbreviation reads as one only with its full stop (capitals: "MN",
    "U.S."; longer short forms such as "Britain" or "Calif" are names in their own right)."""
    surface = text[start:end]
    if surface.isupper() or len(surface) > 4 or surface.endswith(".") or text[end:end + 1] == "." or \
            re.search(r"[A-Za-z],\s$", text[max(0, start - 3):start]):
        return cands  # (and "Louisville, Ky": after a town's comma it is the town's state)
    return [(e, f) for e, f in cands if f != "abbr"]


def capitals_in_prose(text: str, start: int, end: int, cands: list[tuple[Entry, str]]) -> list[tuple[Entry, str]]:
    """"state news agency SANA reported", "NATO said": a word in capitals amid lower-case
    prose is an acronym (an agency, an alliance), not a town written in capitals — unless it
    names a country or region, or opens its line as a dateline ("BEIRUT —")."""
    surface = text[start:end]
    if len(surface) < 4 or not surface.isupper() or not surface.isalpha():
        return cands
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() or re.search(r"[.!?:;|/\"“”]\s*$", text[max(0, start - 4):start]) or \
            re.match(r"(?:\s*(?:[—–:/-]|,|\(|$)|\s{2,})", text[end:end + 3]):
        return cands  # a dateline or a heading ("… counts. CLINTON — A town couple")
    around = text[max(0, start - 60):start] + text[end:end + 60]
    letters = [c for c in around if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > 0.5 * len(letters):
        return cands  # a headline or a page in capitals
    return [(e, f) for e, f in cands if f == "abbr" or (e.kind in ("country", "province", "region") and
                                                        f in ("name", "variant"))]


# the reason ``not_a_place`` gives a name that qualifies an actor ("US-led", "Seattle-based"): the
# name still names its place (the resolver reads it last, with nothing else read by it), but no
# event happened there, so the product keeps it out of the article's places
ATTRIBUTE = "qualifies an actor, not a place of the event"
ATTRIBUTE_WORDS = r"(?:led|backed|based|born|made|funded|brokered|sponsored|allied|bound|owned|run|trained|" \
    r"supported|armed|linked|affiliated|registered|flagged)"
_ATTRIBUTE_AFTER = re.compile(r"^[-‐‑]%s\b" % ATTRIBUTE_WORDS, re.I)
# "the Florida Highway Patrol", "the Kentucky Court of Appeals", "Lebanon Street Superintendent": a
# street word that opens the name of an agency the place runs, not a street of that name
_AGENCY_AFTER = re.compile(r"^\s+(?:Highway|Road|Street|Court)\s+(?:Patrol|Safety|Department|Dept\b|Division|"
                           r"Superintendent|Commission|Authority|Administration|of\s+Appeals|Clerk|Judge)")
_STREET_BEFORE = re.compile(r"\b(?:\d+\s+)?block\s+of\s+(?:(?:north|south|east|west|[NSEW]\.?)\s+)?$", re.I)
# "near the intersection of Gale and Vermont", "at the corner of Main and Elm": two streets, however
# each is named (a street may bear any state's or town's name)
_CORNER_BEFORE = re.compile(r"\b(?:intersection|corner)\s+of\s+(?:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?\s+(?:and|&)\s+)?$")
_CORNER_AFTER = re.compile(r"^\s+(?:and|&)\s+[A-Z0-9]")
_STREET_WORDS = r"(?:St|Ave|Rd|Blvd|Dr|Ln|Ct|Pl|Pkwy|Hwy|Street|Avenue|Road|Boulevard|Drive|Lane|Court|Place|" \
    r"Parkway|Highway|Way|Terrace|Circle|Trail)"
# "California Avenues", and the plural of a crossing in lower case: "at 37th and Nash streets"
_STREET_AFTER = re.compile(r"^\s+(?:%ss?\b\.?|(?:streets|avenues|roads|boulevards|drives)\b)" % _STREET_WORDS)
# the first street of a crossing: "at Franklin and Odessa streets"; "in the area of Van Buren and
# Elm Street" (a town and a street are not a spot one is at, near or in the area of)
_CROSSING_AFTER = re.compile(r"^\s+(?:and|&)\s+(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?)\s+"
                             r"(?:(?:streets|avenues|roads|boulevards|drives)\b|(?P<one>%s\b))" % _STREET_WORDS)
# "was traveling southbound on Cleveland", "driving east on Main": a vehicle goes along a street, not
# along a town (one drives "in" or "through" a town)
_TRAVELLING_ON = re.compile(r"\b(?:(?:north|south|east|west)bound|(?:travel(?:l)?(?:ing|ed)|driving|drove|heading|"
                            r"headed|speeding|sped|fleeing|fled)(?:\s+(?:off|away))?"
                            r"(?:\s+(?:north|south|east|west)(?:bound)?)?)\s+(?:on|along|down)\s+$", re.I)
_AT_A_SPOT = re.compile(r"\b(?:at|near|area\s+of)\s+(?:(?:north|south|east|west)\s+)?$", re.I)
# the second street of a crossing: "Bentanna Drive at Elmont", "Main St. and Jefferson", "37th and Nash"
_CROSSING_BEFORE = re.compile(r"(?:\b%ss?\.?|\b\d+(?:st|nd|rd|th))\s+(?:at|and|&)\s+$" % _STREET_WORDS)
_DAY_AFTER = re.compile(r"^['’]s\s+Day(?:\b|(?=[A-Z]))")  # "St. Patrick's Day", "Valentine's Day": a saint's or a person's day
_PERSON_AFTER = re.compile(r"^,?\s+(?:Jr|Sr|II|III|IV)\b\.?|^,\s*\d{1,3}\s*,")
_PERSON_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sgt|Lt|Capt|Gov|Sen|Rep|Det|Officer|Deputy|Sheriff|Chief|"
                            r"Judge|Coach|President|Mayor|Rev|Pastor)\.?\s+$")
# words that name an institution: alone ("Police said"), never a town of that name
_INSTITUTIONS = {"police", "sheriff", "army", "navy", "court", "council", "government", "military", "congress",
                 "parliament", "senate", "ministry", "coroner", "fire", "prosecutors", "authorities",
                 "metro"}  # "Metro detectives", "Metro Lt. Goodwin": a city's police, not Metro, Indonesia
INSTITUTION_WORDS = frozenset(_INSTITUTIONS)
# words that, alone or only with each other, name a part of town or a direction, not a town
PART_WORDS = GENERIC_WORDS | {"side", "end", "east side", "downtown", "uptown", "midtown", "northeast", "northwest",
                               "southeast", "southwest", "valley", "heights", "village", "summit", "harbor", "harbour",
                               # "Capital Police", "the Capital region": no capital district of any country
                               "capital"}


# a name the text gives a street ("Stanton Street", "Ridge and Stanton streets")
_NAMED_STREET = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:%ss?\b|(?:streets|avenues|roads)\b)" % _STREET_WORDS)
_NAMED_CROSSING = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:and|&)\s+[A-Z][a-z]+\s+(?:streets|avenues|roads)\b")
# how a street alone is named: "sped off down Stanton", "a house on Elm", "walking along Grand"
_ON_A_STREET = re.compile(r"\b(?:down|on|along|onto|off|up|across)\s+$", re.I)


def streets_named(text: str) -> set[str]:
    """The names the text gives streets."""
    return {m.group(1) for pattern in (_NAMED_STREET, _NAMED_CROSSING) for m in pattern.finditer(text)}


def a_named_street_again(text: str, start: int, end: int, streets: set[str]) -> bool:
    """"… the corner of Ridge and Stanton streets. The shooter sped off down Stanton": a name the
    text gave a street is that street where it stands alone after "down", "on", "along"."""
    return text[start:end] in streets and bool(_ON_A_STREET.search(text[max(0, start - 10):start]))


def not_a_place(text: str, start: int, end: int, form: Form) -> Optional[str]:
    """Why the words at ``start:end`` name no place in this sentence, or None: a name that
    qualifies an actor ("US-led"), a street ("the 200 block of Monroe", "Monroe St."), a
    person ("Martinez Jr.", "Lopez, 34,", "Officer Adams"), or words that only name a part
    of town or a direction ("West Side", "East")."""
    after = text[form.end:form.end + 30]
    before = text[max(0, start - 40):start]
    if not any(c.isupper() for c in text[start:end]):
        return "a word in lower case (\"shot in a van\"), not a name"
    if _ATTRIBUTE_AFTER.match(after) or (text[start:end].endswith(("-", "‐", "‑")) and
                                         _ATTRIBUTE_AFTER.match("-" + text[end:end + 30])):
        return ATTRIBUTE
    if _STREET_BEFORE.search(before) or (not form.kind and _STREET_AFTER.match(after)
                                         and not _AGENCY_AFTER.match(after)):
        return "a street name"
    if _TRAVELLING_ON.search(before) and not form.kind:
        return "a street name (travelled along)"
    corner = _CORNER_BEFORE.search(before)
    if corner and (corner.group(0).rstrip().endswith(("and", "&")) or _CORNER_AFTER.match(after)):
        return "a street name (at a street corner)"
    crossing = _CROSSING_AFTER.match(after)
    if crossing and crossing.group("one") and not _AT_A_SPOT.search(before):
        crossing = None  # "the 16th Line of East Zorra-Tavistock and Oxford Road": a township, then a road
    if not form.kind and (_CROSSING_BEFORE.search(before) or crossing) and \
            not QUALIFIER.match(text[end:end + 40]):
        return "a street name (the second street of a crossing)"
    if _PERSON_AFTER.match(text[end:end + 12]) or _PERSON_BEFORE.search(before):
        return "a person's name"
    if _DAY_AFTER.match(text[end:end + 8]):
        return "the name of a day (\"St. Patrick's Day\"), not a place"
    words = [w.lower().strip(".,'’\"“”") for w in text[start:end].split()]
    if re.search(r"\b(?:%s)\.?\s+$" % "|".join(w.title() for w in NAME_MAKERS), before) and not form.kind:
        return "part of a longer name (\"Little Havana\", \"Mount Auburn\")"
    if len(words) == 1 and words[0] in _INSTITUTIONS and not QUALIFIER.match(text[end:end + 40]):
        return "an institution, not a place"  # "Sylvester Police now say": no town of Police
    if another_capital_district(text, start, end):
        return "\"D.C.\" after another city's name: its capital district (\"Bogota, D.C.\"), not Washington"
    if words and all(w in PART_WORDS for w in words) and not form.kind and not street_name(text[start:end]) and \
            not (_last_bracketed_unit(text, start, end) and not DIRECTION_WORDS & set(words)):
        # ("Royal Street", "Market Street": a street all the same, placed where the article is)
        return "a part of town or a direction, not a town"
    return None


# ("(Nyeri, Central)": a unit "Central" is in too many countries to read without them)
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
                   "lower", "northeast", "northwest", "southeast", "southwest"}


def _last_bracketed_unit(text: str, start: int, end: int) -> bool:
    """"Makuudo village (Baydhaba, Bay)", "Othaya (Nyeri, Central)": the last name of a bracketed
    list of units is the first-level unit's, whatever the word means elsewhere."""
    return bool(re.search(r"\([^()]{2,60},\s*$", text[max(0, start - 64):start])) and \
        bool(re.match(r"\s*\)", text[end:end + 3]))


# "D.C." names Washington's district only after Washington or alone; after another capital's
# name it is that city's own capital district (Bogotá, Distrito Capital)
_CAPITAL_DISTRICT = re.compile(r"^D\.\s?C\.?$")
_AFTER_OTHER_CITY = re.compile(r"[A-Z][\w'’-]+,\s*$")


def another_capital_district(text: str, start: int, end: int) -> bool:
    """Whether the "D.C." at ``start:end`` follows another city's name ("Bogota, D.C.")."""
    before = text[max(0, start - 40):start]
    return bool(_CAPITAL_DISTRICT.match(text[start:end].strip()) and _AFTER_OTHER_CITY.search(before)
                and not re.search(r"\bWashington,?\s*$", before))


# Last words that make a name a street or a building: "Royal Street", "Alder Hey Children's Hospital"
SITE_WORDS = {"street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "drive", "lane", "boulevard", "blvd",
              "parade", "square", "place", "way", "hospital", "centre", "center", "church", "chapel", "cathedral",
              "basilica", "mosque", "temple", "court", "courthouse", "hall", "theatre", "theater", "stadium",
              "arena", "school", "college", "university", "academy", "library", "museum", "hotel", "inn", "prison",
              "jail", "tower", "mall", "market", "estate", "canal", "park", "station", "bridge", "club",
              "restaurant", "cinema", "gallery", "campus", "building", "house", "plaza", "elementary", "high",
              "middle", "farm", "farms", "studio", "office", "embassy", "ministry", "palace", "castle",
              # housing complexes ("Eureka Garden", "Magnolia Apartments"): where a shooting is, in a town
              "garden", "gardens", "apartments", "homes", "manor", "towers"}


_STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln", "boulevard", "blvd",
                 "way", "trail", "highway", "hwy", "parkway", "pkwy", "terrace", "circle", "court", "ct", "place", "pl"}


def street_name(surface: str) -> bool:
    """"Clark Avenue", "County Road 934", "Middleton Road NW": a street's name."""
    words = [w.lower().strip(".,'’") for w in surface.split()]
    return len(words) >= 2 and any(w in _STREET_WORDS for w in words[1:])


def site_name(surface: str) -> bool:
    words = surface.split()
    return len(words) >= 2 and words[-1].lower().strip("’'") in SITE_WORDS


# words for people that open a headline or sentence as its subject ("Man sought …", "Teen
# charged …", a reporter's "Male, was in vehicle"): the word, even where the text never writes it
# in lower case
PEOPLE_WORDS = {"man", "woman", "men", "women", "boy", "girl", "teen", "teens", "teenager", "child", "toddler",
                "baby", "mother", "father", "dad", "mom", "son", "daughter", "brother", "sister", "wife",
                "husband", "grandmother", "grandfather", "suspect", "victim", "gunman", "shooter", "officer",
                "deputy", "cop", "trooper", "youth", "male", "female"}
_START_BEFORE = re.compile(r"(?:^|[.!?:;\n×•|\-–—\"“(])\s*$")


def common_word(text: str, start: int, end: int, cands: list[tuple[Entry, str]]) -> bool:
    """"Man accused of shooting four …", "Van riddled with bullets …": a capitalised word that
    opens a sentence or headline, which the same article also writes in lower case ("a
    23-year-old man"), is that word, not a small town of that name. A qualified name
    ("Man, W.Va."), one the article also writes as a name mid-sentence ("shot in Spring"), or
    one that names a country or region, stands."""
    surface = text[start:end]
    if " " in surface or not surface.isalpha() or not surface[:1].isupper() or surface.isupper():
        return False
    if not _START_BEFORE.search(text[max(0, start - 4):start]) or QUALIFIER.match(text[end:end + 40]):
        return False
    if surface.lower() not in PEOPLE_WORDS and \
            not re.search(r"(?<![\w’'-])%s(?![\w’'-])" % re.escape(surface.lower()), text):
        return False
    if re.search(r"\b[a-z]+[ ,]+%s(?![\w’'-])" % re.escape(surface), text):
        return False  # "shot in Spring": the article writes the name as a name somewhere
    # by their own names only: "Man" is not "Man." (Manitoba), nor an alternate spelling
    return not any(e.kind not in ("place", "district") for e, f in cands if f in ("name", "variant"))


_THE_BEFORE = re.compile(r"\bthe\s+$")
ARTICLE_TOWN_MAX_POPULATION = 100_000


_PLACE_NOUN_AFTER = re.compile(r"^\s+(?:neighbou?rhoods?|area|region|community|section|district|suburbs?|"
                               r"village|town|city|county|countryside|outskirts|border|metro|quarter)\b", re.IGNORECASE)


# the word after a name, past a hyphen ("the Watertown-Mayer Royals")
_NEXT_WORD = re.compile(r"^(?:\s+|-)([A-Za-z][\w'’]*)")
# words after "the X" that show X is the whole noun phrase, not a modifier of a noun after it
_NOT_A_HEAD = {"and", "or", "but", "nor", "in", "on", "at", "of", "for", "to", "from", "with", "by", "as", "into",
               "near", "over", "under", "than", "that", "which", "who", "whose", "where", "when", "while", "since",
               "after", "before", "during", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
               "would", "could", "should", "may", "might", "can", "must", "did", "does", "do", "said", "says",
               "say", "also", "then", "now", "again", "itself", "not", "if", "so", "yet", "its",
               "their", "his", "her", "this", "these", "those", "there", "here", "today", "tonight", "yesterday",
               "last", "early", "late", "The", "A", "An", "In", "On", "And", "But"} | \
    {w.title() for w in CALENDAR_WORDS}
# nouns after "the X" that make X the name of an armed group or a family, not of a town:
# "the Nusra Front", "the Levant fighters", "the Assad regime"
_ACTOR_HEADS = {"front", "army", "armies", "brigade", "brigades", "battalion", "battalions", "division", "corps",
                "forces", "force", "legion", "movement", "party", "group", "groups", "faction", "factions",
                "militia", "militias", "militants", "fighters", "rebels", "insurgents", "jihadists", "regime",
                "government", "administration", "family", "clan", "tribe", "brothers", "gang", "cartel", "mafia",
                "dynasty", "loyalists", "supporters", "troops", "terrorist", "terrorists", "terror", "takfiri",
                "jihadist", "extremist", "extremists", "organization", "organisation", "network", "cell", "cells",
                "coalition", "alliance", "branch", "affiliate", "offshoot", "wing"}

# a town's own institutions, which carry its name: "the Laconia Police Department", "Cookville
# Fire Chief" (``detect`` reads a small town before them; here they make "the" the noun's)
TOWN_INSTITUTIONS = frozenset({
    "police", "fire", "sheriff", "sheriff's", "department", "city", "town", "village", "county", "township",
    "borough", "council", "board", "chamber", "mayor", "school", "schools", "high", "middle", "elementary",
    "public", "library", "civic", "community", "senior", "seniors", "volunteer", "district", "municipal", "water",
    "housing", "parks", "area"})
_CIVIC_HEADS = TOWN_INSTITUTIONS | {"dept", "hospital", "medical", "center", "centre", "station", "airport", "marina",
                                    "harbor", "reservoir", "citizens", "food", "rescue", "convention", "court",
                                    "park", "post", "health", "planning", "zoning"}


_WORD_AFTER = re.compile(r"\s+([A-Za-z']+)")


def names_its_own_office(text: str, end: int) -> bool:
    """"the Byesville Volunteer Fire Department", "Laconia Police": a name followed by one of a
    town's own institutions, capitalised, is that town in its own right."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group(1)[0].isupper() and m.group(1).lower() in TOWN_INSTITUTIONS


def modifies_next_noun(text: str, end: int) -> bool:
    """"the Laconia police", "the Cottonport Fire Station", "the Pirbright laboratory", "the
    Woodstock mayor": a name followed by the noun it qualifies — the "the" belongs to that noun,
    and the name may well be the town. Not when the name ends the phrase ("the Levant
    attacked", "the Euphrates on Monday") or names an armed group or a family ("the Nusra Front",
    "the Assad regime")."""
    m = _NEXT_WORD.match(text[end:end + 40])
    if not m:
        return False
    word = m.group(1)
    if word in _NOT_A_HEAD or word.lower() in _NOT_A_HEAD or word.lower() in _ACTOR_HEADS:
        return False
    if word[0].isupper():
        # a capitalised noun: one of a town's own institutions, or a second town joined by a
        # hyphen ("the Greenville-Spartanburg airport"); any other ("the Cedarville Rancheria")
        # makes a longer name of which the town is not the place
        return word.lower() in _CIVIC_HEADS or text[end:end + 1] == "-"
    return not word.lower().endswith("ed")  # "the Levant attacked": a verb


def article_before_town(text: str, start: int, end: int, cands: list[tuple[Entry, str]]) -> bool:
    """"the Islamic State of Iraq and the Levant", "the White House": English puts "the" before
    regions, rivers and buildings, not before a town's name — a name after "the" whose only
    readings are small towns names something else. A known region, water or sizeable town stands,
    and so does a town's name that qualifies the noun after it ("the Laconia police")."""
    if not _THE_BEFORE.search(text[max(0, start - 5):start]):
        return False
    if _PLACE_NOUN_AFTER.match(text[end:end + 30]):
        return False  # "the Lawndale neighborhood", "the Dallas area": "the" goes with the noun
    if modifies_next_noun(text, end):
        return False
    return bool(cands) and all(e.kind == "place" and e.population < ARTICLE_TOWN_MAX_POPULATION for e, _ in cands)


def site_by_alias(surface: str, cands: list[tuple[Entry, str]]) -> list[tuple[Entry, str]]:
    """"White House", "Union Station": a building's name is no town's alternate name."""
    if not site_name(surface):
        return cands
    return [(e, f) for e, f in cands if not (e.kind == "place" and f == "alt")]


# "the missile had been launched from Yemen's Saada province", "rockets fired from the Gaza Strip":
# where a weapon came from, not where it struck
_FIRED_FROM = re.compile(r"\b(?:launched|fired|lobbed|shot)\s+(?:\w+ly\s+)?from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)


def fired_from(text: str, start: int) -> bool:
    """Whether the place name at ``start`` names where a weapon was fired from (the event is
    where it landed)."""
    return bool(_FIRED_FROM.search(text, max(0, start - 60), start))
