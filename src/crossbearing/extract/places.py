"""Places named in an article: detected, resolved against the gazetteer, with precision.

The heavy part (the gazetteer index) is a resource built on first use; the logic lives in
``crossbearing.geo`` (detect → resolve → PlaceMention).
"""

from __future__ import annotations

import re
from typing import Optional

from ..geo import distance_km, open_gazetteer, to_place_mention
from ..events.cues import furniture_lines
from ..geo.detect import detect
from ..geo.focus import resolve_in_article
from ..geo.nonplaces import FORCE_AFTER, a_named_street_again, bracketed_units, fired_from, streets_named
from ..geo.normalise import ARABIC_ARTICLES, key
from ..geo.people import PLACE_NAME_OPENERS
from ..geo.resolve import _LIST_TAIL
from ..link.textfeat import body_retells_headline
from ..model import Analysis, PlaceMention, Span
from .parties import names_a_party
from .registry import extractor, resource

# "the Euphrates Post", "The New York Times", "Miami Herald": a place inside a newspaper's name
# names the paper, not a location of the story. (The geocoding benchmarks do score such
# embedded names, so this filter lives here, in the product, not in ``geo.detect``.)
_PAPER_WORDS = ("Post", "Times", "Herald", "Tribune", "Gazette", "Journal", "News", "Chronicle", "Observer",
                "Telegraph", "Courier", "Star", "Examiner", "Inquirer", "Dispatch", "Daily", "Sentinel",
                "Monitor", "Register", "Bulletin", "Independent", "Mirror", "Express", "Standard", "Record",
                "Enquirer", "Recorder", "Free Press", "Press", "Mail", "Sun")
_PAPER = re.compile(r"(?<![\w’'])((?:[A-Z][\w'’.\-]*\s+){1,4})(?:%s)(?![\w’'-])" % "|".join(_PAPER_WORDS))


def _team_after() -> re.Pattern:
    from ..lang import table

    names = sorted(table("teams", "en")["nicknames"], key=len, reverse=True)
    return re.compile(r"^\s+(?:%s)(?![\w-])" % "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names))


# "the Oakland Raiders", "a Minnesota Vikings defensive tackle": a team's city or state names the
# team, not where anything happened (data/lang/en/teams.json). The geocoding benchmarks score
# such names as toponyms, so, like a newspaper's name, this filter lives here, in the product.
_TEAM_AFTER = _team_after()


def names_a_team(text: str, end: int) -> bool:
    """Whether the place name ending at ``end`` is followed by a sports team's nickname."""
    return bool(_TEAM_AFTER.match(text[end:end + 30]))


# "killed in Damascus Monitor": a headline run into its source's name; a paper is "in the X Times"
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside|at)\s+$")


@resource("gazetteer")
def gazetteer_resource(settings):
    return open_gazetteer(settings)


@extractor("places", requires=("mentions", "sentences"), sets=("places",),
           help="Place mentions resolved to gazetteer entries (or unresolved with a reason), with geo_precision.")
def extract_places(analysis: Analysis, doc, resources) -> None:
    gaz = resources.get("gazetteer")
    text = analysis.article.text
    outlets = outlet_spans(text, analysis.article.outlet)
    # a country inside a company's name ("Air Zimbabwe") names the company, not where the story is;
    # the page's links to other stories after the story ("Related News …") name their places
    end = furniture_start(text)
    # (and the lines that are furniture by their own words: "1:48 Surprise parole makes man's day")
    aside = outlets + furniture_lines(text)
    found = [d for d in detect(doc, gaz) if not any(s <= d.start and d.end <= e for s, e in aside)
             and d.source != "ner:ORG-inner" and d.start < end and not names_a_team(text, d.end)]
    names = surnames(doc, [(d.start, d.end) for d in found]) | given_names(doc, gaz)
    streets = streets_named(text)
    found = [d for d in found if not is_surname(text, d.start, d.end, names)
             and not a_named_street_again(text, d.start, d.end, streets)]
    art = analysis.article
    # a page whose body does not retell its headline (a sign-up wall, another story's video
    # playlist): the towns of that body neither read the headline's towns nor place its event
    headline_only = not body_retells_headline(text, art.title or "")
    resolved, focus = resolve_in_article(gaz, text, [(d.start, d.end) for d in found], art.title, art.outlet,
                                         art.dateline_place, art.url, headline_only)
    # "a Seattle-based company", "the US-led coalition": the name says whose, not where — no
    # place of the article's, though the geocoder reads which place it names
    found, resolved = [d for d, r in zip(found, resolved) if not r.attribute], [r for r in resolved if not r.attribute]
    quals = qualifiers(text, resolved)
    # a local dateline ("MADISON, Wis. —") says where the report was filed: it is the focus
    # (added below, the place of any event whose words name none), not a place of the lead's
    # event when the lead names another ("A Lodi eighth-grader died …")
    dl = focus.dateline if any(src == "dateline" for _, _, src in focus.items) else None
    # a name the words mark as a place once ("the town of Deir al-Adas") is that place wherever
    # the article names it again, known to the gazetteer or not
    marked = {text[d.start:d.end] for d, r in zip(found, resolved) if d.source == "pattern"}
    kept = [r for i, (d, r) in enumerate(zip(found, resolved))
            if (keep(d, r) or text[d.start:d.end] in marked) and i not in quals and not (dl and d.start == dl[0])
            and not owner_of_force(text, r) and not names_a_state(text, r)]
    homes = [r for r in kept if militia_home(text, r)]
    if len(homes) < len(kept):  # "Fano militias clashed with … in Yejube": Yejube is where
        kept = [r for r in kept if r not in homes]
    wires = [r for r in kept if filed_from(text, r)]
    if wires:  # "MOSCOW (Sputnik) —" on a story whose towns are in Syria: where the report was filed
        lead = lead_country([r for r in kept if r not in wires])
        kept = [r for r in kept if not (r in wires and lead and r.chosen.country != lead)]
    analysis.places = [to_place_mention(analysis.article, r, gaz) for r in kept]
    # where a weapon was fired from stays a place of the article, but says nothing of where its story is
    home = focus_place(gaz, focus, resolved, art.outlet, [r for r in kept if not fired_from(text, r.start)],
                       [resolved[i] for i in sorted(quals) if not fired_from(text, resolved[i].start)],
                       headline_only)
    if home is not None:
        analysis.places.append(focus_mention(art, home[0], home[1]))


# a wire dateline inside the text: a place in capitals, then the agency in brackets ("WASHINGTON
# (Sputnik) —", "BEIRUT, Lebanon (AP) -", "MOSCOW (Sputnik) The …" where the dash was stripped)
_AGENCY_AFTER = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*\([A-Z][\w.&' -]{1,30}\)"
                           r"\s*(?:[-—–]|$|[A-Z])")


def filed_from(text: str, r) -> bool:
    """Whether the mention is a wire dateline: where a report was filed, which is where its
    events happened only when the story's own towns say so."""
    surface = text[r.start:r.end]
    return r.chosen is not None and len(surface) >= 3 and surface.isupper() and \
        bool(_AGENCY_AFTER.match(text[r.end:r.end + 50]))


def names_a_state(text: str, r) -> bool:
    """A country's or capital's name (not a people's word: "Syrian" is no place in any case)
    that names a state acting or speaking, or a neighbour of where something happened."""
    return r.kind != "demonym" and (names_a_party(text, r.start, r.end, r.chosen) or beside_a_country(text, r))


_NEAR_BEFORE = re.compile(r"\b(?:near|close\s+to|bordering|next\s+to|(?:border|frontier)\s+with)\s+(?:the\s+)?$",
                          re.I)


def beside_a_country(text: str, r) -> bool:
    """Whether a country is named only as the neighbour of where something happened ("fighting
    near Lebanon", "a camp close to Turkey", "a town near the border with Turkey"): what is near
    a country is not in it."""
    return r.chosen is not None and r.chosen.kind == "country" and \
        bool(_NEAR_BEFORE.search(text[max(0, r.start - 20):r.start]))


# "a US aid worker", "the U.S. citizen", "a UK charity": a country's name before a person or body
# of that nationality says whose, not where — as a demonym does ("an American aid worker")
_NATIONALITY_AFTER = re.compile(r"^(?:[’']s?)?\s+(?:(?:aid|charity|relief|health|news|freelance|former)\s+)?"
                                r"(?:citizens?|nationals?|passport|aid\s+workers?|workers?|journalists?|reporters?|"
                                r"photographers?|hostages?|tourists?|students?|volunteers?|contractors?|"
                                r"charity|charities|NGO)\b", re.I)


def owner_of_force(text: str, r) -> bool:
    """Whether a country's name only says whose force or weapon acts ("US warplanes struck"),
    or whose national a person is ("a US aid worker")."""
    if r.chosen is None or r.chosen.kind != "country":
        return False
    after = text[r.form.end:r.form.end + 40]
    return bool(FORCE_AFTER.match(after) or _NATIONALITY_AFTER.match(after))


_MILITIA_AFTER = re.compile(r"^\s+(?:(?:communal|ethnic|local|armed|youth)\s+)?(?:militias?|militiamen|vigilantes?)\b",
                            re.I)


def militia_home(text: str, r) -> bool:
    """Whether a town or region is named as the home of a militia ("Fano militias", "Zamfara
    militiamen"): who acts, and where only when the text names no other place."""
    return r.chosen is not None and r.chosen.kind != "country" and bool(_MILITIA_AFTER.match(text[r.form.end:r.form.end + 40]))


# headings a news page puts between the story and its links to other stories
_FURNITURE = re.compile(r"\b(?:Related (?:News|Stories|Articles|Content|Coverage|Posts)|More (?:Stories|News) from|"
                        r"Recommended (?:Stories|for you)|You (?:may|might) also like|Most (?:Popular|Read|Viewed)"
                        r"(?: Stories| Articles)?|Trending (?:Now|Stories)|Latest (?:News|Stories|Headlines)|"
                        r"Read (?:More|Next)|Also Read|Top Stories|Editor'?s Picks)\b")
FURNITURE_FROM = 0.3  # a heading counts only after this share of the text (a menu may open the page)


def furniture_start(text: str) -> int:
    """Where the page's furniture after the story begins (``len(text)`` when none is seen):
    the first such heading past the first ``FURNITURE_FROM`` of the text."""
    m = _FURNITURE.search(text, int(len(text) * FURNITURE_FROM))
    return m.start() if m else len(text)


_COMMA_GAP = re.compile(r"^,[ \t\u00a0]*$")


def qualifiers(text: str, resolved) -> set[int]:
    """Indexes of the mentions that only qualify the town before them: "Alturas, Calif.",
    "NOBLE COUNTY, Ind.", "Bell, Fla." — the state says which town is meant; it is not a
    second, coarser place where something happened (the town carries it)."""
    out = set()
    for i in range(1, len(resolved)):
        town, qual = resolved[i - 1], resolved[i]
        inner = town.chosen or town.within
        outer = qual.chosen
        if inner is None or outer is None or outer.kind not in ("province", "country"):
            continue
        if inner.kind not in ("place", "district", "facility", "province") or inner.id == outer.id:
            continue
        if not _COMMA_GAP.match(text[town.form.end:qual.form.start]) or inner.country != outer.country:
            continue
        if outer.kind == "province" and inner.admin1 != outer.admin1:
            continue
        if _LIST_TAIL.match(text[qual.form.end:qual.form.end + 60]):
            continue  # "from Dallas, Ohio and Georgia": a list, not "town, state"
        out.add(i)
    return out | bracketed_qualifiers(text, resolved)


def bracketed_qualifiers(text: str, resolved) -> set[int]:
    """Indexes of the mentions in brackets after a town that name the units it lies in
    ("Piracicaba (Sao Paulo)", "Pune city (Pune, Maharashtra)"): they say which town is meant,
    as a state after a comma does. Kept when the town itself is unknown ("Gargada (Diffa,
    Diffa)" with no Gargada in the gazetteer): then the units are all the text places it by."""
    out = set()
    for i, town in enumerate(resolved):
        inner = town.chosen
        units = bracketed_units(text, town.form.end)
        if inner is None or not units:
            continue
        lo, hi = units[0][0], units[-1][1]
        for j in range(i + 1, len(resolved)):
            unit = resolved[j]
            if unit.form.start >= hi:
                break
            if unit.form.start >= lo:
                out.add(j)
    return out


FOCUS_SUFFIX = ":focus"  # the span of the article's focus place: not in the text, after its end


METRO_KM = 40.0  # an outlet's namesake home towns this close are one metro area


def focus_place(gaz, focus, resolved, outlet: Optional[str] = None, kept=None, qualifying=(),
                headline_only: bool = False):
    """(entry, where read) of the place the article is about: its dateline's town, else its
    headline's town or region, else the town its text names most, else its outlet's home
    town, else the first town or region its text names — only one inside the country the
    text's own places (``kept``: the mentions that are places, not people's words or states
    acting; ``qualifying``: the states and units that only say which town is meant, which
    still say which country the story is in) name most (a "BEIRUT —" dateline on a story
    about Syria says where the reporter sat, not where it happened). ``headline_only``: the
    text is not the story (``textfeat.body_retells_headline``): only the dateline, headline
    and outlet count."""
    from collections import Counter

    from ..geo.article_context import focus_town

    kept = resolved if kept is None else kept
    if headline_only:  # the text's towns and states count for nothing, nor does its country
        kept, qualifying = [], ()
    counted = list(kept) + list(qualifying)
    tally: Counter = Counter(r.chosen.country for r in counted if r.chosen is not None and r.chosen.country
                             and r.kind != "demonym")
    home = tally.most_common(1)[0][0] if tally else focus.country()
    picks = [(e, src) for e, _, src in focus.items if src == "dateline"]
    # a headline's town the text shows to be a part of a city ("shot in Madisonville" in a story
    # of Cincinnati's police) is that city, read from the text
    parts = {key(r.form.core): r.within for r in resolved if r.chosen is None and r.within is not None
             and (r.reason or "").startswith("a neighbourhood")}
    # the headline's own places before those of the outlet suffix after its " - " (the station's town)
    for in_suffix in (False, True):
        titled = [e for e, _, src in focus.items if src == "title" and (e.id in focus.suffix) == in_suffix]
        picks += [(parts[key(e.name)], "text") if key(e.name) in parts else (e, "title")
                  for e in titled if e.kind == "place"]
        picks += [(e, "title") for e in titled if e.kind in ("province", "district")]
    town = None if headline_only else focus_town(resolved)
    if town is not None:
        picks.append((town, "text"))
    homes = [e for e, _, src in focus.items if src == "outlet"]
    if homes and all(distance_km(h, homes[0]) <= METRO_KM for h in homes):
        # one outlet town, or namesakes of one metro area (Kansas City, Missouri and Kansas): the largest
        picks.append((max(homes, key=lambda h: (h.population, -h.id)), "outlet"))
    first = first_named(kept, lead_country(counted))
    for e, src in picks:
        if e.kind in ("place", "district", "province") and (home is None or e.country == home):
            return e, src
    if first is not None:
        return first, "text"
    # a page with no place of its own (a sign-up wall) from a paper named after its state, or
    # a story whose only clue is its tip line's area code
    states = [e for e, _, src in focus.items if src == "outlet-state"]
    phoned = [e for e, _, src in focus.items if src == "phone"]
    states += phoned if len(phoned) == 1 else []
    return (states[0], "outlet") if states and (home is None or states[0].country == home) else None


def lead_country(kept) -> Optional[str]:
    """The country whose towns and regions the story names most (a story that names Iraq thrice
    and Raqqa once is still about Raqqa), when one country leads and the story names it (or
    places in it) twice at least: one "St. Elizabeth" is no story in Jamaica."""
    from collections import Counter

    places = [r.chosen for r in kept if r.chosen is not None and r.chosen.country and r.kind != "demonym"]
    fine = Counter(e.country for e in places if e.kind in ("place", "district", "province")).most_common(2)
    if not fine or (len(fine) > 1 and fine[0][1] == fine[1][1]):
        return None
    return fine[0][0] if sum(e.country == fine[0][0] for e in places) >= 2 else None


FIRST_CONFIDENCE = 0.7  # the first place named counts as the story's only when read this clearly


def first_named(res, home: Optional[str]):
    """The first town, county or province of the ``home`` country the text names by its own
    name and reads clearly: where a wire story's lead puts it ("… killed 49 militants in
    Syria's Idlib province …"), the place of a headline event whose own words name none."""
    if home is None:
        return None
    for r in sorted(res, key=lambda r: r.start):
        e = r.chosen
        if e is None or r.kind == "demonym" or e.kind not in ("place", "district", "province") or \
                e.country != home or r.confidence < FIRST_CONFIDENCE:
            continue
        if any(c.id == e.id and f in ("name", "variant", "abbr") for c, f in r.candidates):
            return e
    return None


def focus_mention(article, entry, src: str) -> PlaceMention:
    """The focus place as a mention of its own, spanning nothing at the end of the text: the
    place an event takes when its own words and the sentences before it name none."""
    n = len(article.text)
    kind = "place" if entry.kind == "place" else ("region" if entry.kind == "district" else "province")
    return PlaceMention(span=Span(article.id + FOCUS_SUFFIX, n, n, src), surface="", place=entry.to_place(),
                        confidence=0.5, kind=kind,
                        geo_precision=(1 if src in ("dateline", "title") else 2) if kind == "place" else
                        (2 if kind == "region" else 3),
                        reason=f"the article's focus (read from its {src})")


def surnames(doc, places: list[tuple[int, int]] = ()) -> set[str]:
    """Last names of the people a text names in full ("Darnae Christon", "Tyrone Walker"); not
    a "person" the tagger reads in place wording ("in Syrias Aleppo", "Idlib's Saraqeb")."""
    out = set()
    text = getattr(doc, "text", "") or ""
    for ent in getattr(doc, "ents", ()):
        words = ent.text.split()
        last_at = len(ent.text) - len(words[-1]) if words else 0  # where the last name starts
        if words and words[-1][-2:] in ("'s", "’s"):
            words[-1] = words[-1][:-2]  # "Martha Rose May Martin’s farm": Martin
        opener = words[0].lower() if words else ""
        if ent.label_ != "PERSON" or len(words) < 2 or not words[-1][:1].isupper() or not words[-1].isalpha() \
                or opener in PLACE_NAME_OPENERS or ("-" in opener and opener.split("-")[0] in ARABIC_ARTICLES):
            continue  # "Grand Dakar" tagged a person names no one called Dakar; nor does a run of
            # neighbourhoods ("al-Midan al-Hamadaniah New Aleppo"): a person's name opens with his own
        start = getattr(ent, "start_char", None)
        if start is not None:
            last = start + last_at
            if _LOCATIVE_BEFORE.search(text[max(0, start - 12):start]) or \
                    any(a < last and b > start for a, b in places):
                continue
        out.add(words[-1])
    return out


_INSTITUTION_WORDS = {"police", "county", "city", "sheriff", "fire", "school", "schools", "high", "university",
                      "department", "council", "court", "state", "township", "mayor", "chief", "officer", "officers"}


def given_names(doc, gaz=None) -> set[str]:
    """First names of the people a text names in full ("Teriah Davis" → "Teriah"): the
    name alone later ("Teriah's mother") is that person, not a town of that name — unless it
    names a country or region ("Jordan", "Georgia" stay places)."""
    from ..geo.namesakes import region_entry

    out = set()
    # a word the tagger reads as a place after "in"/"at"/"near" is no given name there ("Lexington
    # Police Chief" tagged a person, "in Lexington" a place); "Teriah's mother" tagged a place is
    # no such evidence
    text0 = getattr(doc, "text", "") or ""
    placed = {ent.text for ent in getattr(doc, "ents", ()) if ent.label_ in ("GPE", "LOC", "FAC")
              and _LOCATIVE_BEFORE.search(text0[max(0, ent.start_char - 12):ent.start_char])}
    for ent in getattr(doc, "ents", ()):
        words = ent.text.split()
        if ent.label_ != "PERSON" or len(words) < 2 or not words[0].isalpha() or not words[0][:1].isupper():
            continue
        if words[0] in placed or words[1].lower().strip(".,") in _INSTITUTION_WORDS:
            continue
        if words[0].isupper() or (gaz is not None and region_entry(gaz, words[0]) is not None):
            continue
        start = getattr(ent, "start_char", None)
        if start is not None and _LOCATIVE_BEFORE.search(text0[max(0, start - 12):start]):
            continue  # "in Douma Ahmed said": a place the tagger ran into a name
        out.add(words[0])
    return out


_QUALIFIED = re.compile(r"^,\s*[A-Z]")


def is_surname(text: str, start: int, end: int, names: set[str]) -> bool:
    """A one-word name that is the surname of a person the text names in full is that person
    ("Walker then went …" after "Tyrone Walker"), unless a region qualifies it ("Walker, Minn.")."""
    surface = text[start:end]
    return " " not in surface and surface in names and not _QUALIFIED.match(text[end:end + 4])


def outlet_spans(text: str, outlet: Optional[str]) -> list[tuple[int, int]]:
    """Character ranges that name a news outlet: every occurrence of the article's own outlet
    (``article.outlet``), and newspaper-style names ("the X Post", "X Times", "X Herald")."""
    spans = [(m.start(1), m.end()) for m in _PAPER.finditer(text)
             if not _LOCATIVE_BEFORE.search(text[max(0, m.start(1) - 12):m.start(1)])]
    name = (outlet or "").strip()
    if len(name) >= 3:
        pat = re.compile(r"(?<!\w)%s(?!\w)" % r"\s+".join(re.escape(w) for w in name.split()), re.IGNORECASE)
        spans += [(m.start(), m.end()) for m in pat.finditer(text)]
    return spans


def in_outlet_name(text: str, start: int, end: int, outlet: Optional[str]) -> bool:
    """True when the mention ``text[start:end]`` lies inside an outlet's name."""
    return any(s <= start and end <= e for s, e in outlet_spans(text, outlet))


# words that make a name an organisation's ("Syrian Observatory for Human Rights", "Free Syrian Army")
_ORG_WORDS = {"observatory", "ministry", "committee", "commission", "organization", "organisation", "agency",
              "network", "council", "foundation", "institute", "society", "union", "association", "rights",
              "front", "army", "forces", "party", "movement", "coalition", "brigade", "brigades", "battalion",
              "corps", "league", "federation", "bank", "company", "corporation", "group", "news", "television", "tv"}


def keep(d, r) -> bool:
    """Unresolved names are reported only where the wording marks them as places ("the village
    of al-Shahabat", "X province") or places them in a region; spaCy's other guesses
    ("Daesh" as a GPE) are dropped. A people's word that names no country ("Kurdish",
    "Arab", "European": a people across borders) says nothing of where the story is, and is
    dropped too (a Kurdish fighter in Syria is no evidence of Iraq). So is a region that lies in
    no one country (a continent): ACLED codes every event in a country. (A river is kept: the
    text may place a town on it.)"""
    if r.kind == "demonym" and r.chosen is not None and r.chosen.kind not in ("country", "province"):
        return False
    if r.chosen is not None and not r.chosen.country and r.chosen.kind == "region":
        return False  # "Europe", "the Middle East": in no one country, so no place to code an event at
    if (r.reason or "").startswith("part of the name") and \
            _ORG_WORDS & {w.lower().strip(".,'’") for w in r.surface.split()}:
        return False  # "Syrian Observatory for Human Rights": an organisation, not where anything is
    return r.chosen is not None or d.source == "pattern" or r.within is not None or r.form.explicit
