"""Assembly: turn an analysed article into Event records.

For each sentence that reports an event (``detect.candidate``) the event gets its type from
rules + classifier, actors in their roles (``actors``), a place (a PlaceMention of the
sentence, else the most recent specific one before it), a time (the timex helper
``event_time``), its figures (quantities of the sentence), the claims that carry it (with
hedges lowering confidence), and evidence spans. A sentence that counts many events over a
span of years ("42,234 airstrikes between 2014 and 2017") yields an *aggregate*, not an
event; one about the future ("talks slated to begin Thursday") a *planned* event, whose date
is never back-filled from the publication date.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Callable, Optional

from ..geo.nonplaces import fired_from
from ..geo.sites import care_or_custody, in_a_hospitals_name
from ..figures.sentences import in_aside
from ..model import Analysis, Event, PlaceMention, Quantity, Span, TimeRef
from .actors import ActorHit, alias_hits, assign_roles, find_actors
from .clause_order import others_toll_from
from .detect import Candidate, candidate, decide, tells_a_protest
from .homes import a_home_in_its_sentence, home_of_a_person, town_of_a_person
from .listed import second_place_toll
from .taxonomy import disorder_type, event_type_of, plover_of
from .territory import regained

Classify = Callable[[list[str]], tuple[list[str], list[float]]]
_COUNTED_EVENTS = ("airstrikes", "attacks", "strikes", "raids", "sorties")
_ONE_NIGHTS = re.compile(r"\b(?:overnight|last night|(?:this|yesterday) (?:morning|afternoon|evening)|today|yesterday|"
                         r"(?:over|in|during) the (?:past|last) (?:24 hours|day)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
                         re.I)
_PLACE_RANK = {"facility": 0, "place": 0, "province": 2, "region": 3, "country": 4, "water": 5}
_LOOKBACK = 8  # sentences a place is carried forward
_CARRY = 3  # sentences an initiator is carried forward
_OWN_ACTORS_ONLY = ("Agreement", "Other", "Change to group/activity", "Headquarters or base established",
                    "Non-violent transfer of territory")


def _crowd_roles(roles, sub: str | None) -> None:
    """ACLED codes demonstrators as the protest's actor1: Protesters (peaceful) or Rioters."""
    kind = event_type_of(sub)
    if kind not in ("Protests", "Riots"):
        return
    name, inter = ("Protesters", 6) if kind == "Protests" else ("Rioters", 5)
    a1 = roles.actor1
    others = [h for h in (roles.actor1, roles.actor2) if h is not None and h.inter not in (5, 6)]
    pos = a1.start if a1 else 0
    roles.actor1 = ActorHit(name, inter, pos, a1.end if a1 and a1.inter in (5, 6) else pos)
    # the other side is whoever intervened (police, an armed group); a peaceful protest has none
    roles.actor2 = others[0] if others and sub != "Peaceful protest" else None


_CLAUSE_BREAK = re.compile(r";\s+|,\s+while\s+|\s+[–—-]\s+(?=[A-Z])")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence's clauses when more than one of them reports an event of its own
    ("Russian forces shelled Kharkiv; Ukrainian troops repelled an attack near Izium"),
    else the whole sentence: one event per clause, never two triggers merged into one."""
    cuts = [m for m in _CLAUSE_BREAK.finditer(text, start, end)]
    if not cuts:
        return [(start, end)]
    bounds, pos = [], start
    for m in cuts:
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, end))
    found = [(a, b, c) for a, b in bounds if (c := candidate(text, a, b)) is not None]
    cues = {c.trigger.cue for _, _, c in found}
    # "protested …; police detained 50 protesters" is one protest with intervention, not two events
    if cues & {"protest_strict", "riot"} and cues & {"arrest", "intervene", "excessive"}:
        return [(start, end)]
    return [(a, b) for a, b, _ in found] if len(found) > 1 else [(start, end)]


def _within(span: Span, start: int, end: int) -> bool:
    return start <= span.start < end


def _place_rank(pm: PlaceMention, near: int = 0, sent: Optional[Span] = None,
                others: list[PlaceMention] = ()) -> tuple[int, int, int, int]:
    """Resolved before unresolved, towns before regions, then a place the sentence puts
    something in ("in Asuncion", not "people from the Caaguazu district"; "in X near Y": X),
    then the one nearest the trigger."""
    usable = pm.place is not None or pm.within is not None
    return (0 if usable else 1, _PLACE_RANK.get(pm.kind, 2), _at(sent, pm, others) if sent is not None else 2,
            abs(pm.span.start - near))


def choose_place(places: list[PlaceMention], sentences: list[Span], idx: int,
                 actor_spans: list[tuple[int, int]] = (), near: int = 0,
                 dateline: Optional[Span] = None, clause: Optional[tuple[int, int]] = None) -> Optional[PlaceMention]:
    """Most specific place of sentence ``idx``; else the latest specific one of the sentences
    before it (a country only when nothing finer is in view); else the article's focus place
    (its dateline's or headline's town: a mention ``extract.places`` adds after the text's
    end), which also refines an event placed only at the focus's country. Names that act ("Russia played", "Moscow has co-sponsored") are actors, not places:
    ``actor_spans`` are skipped."""
    focus = next((p for p in places if is_focus(p)), None)
    # a hospital or court the gazetteer lacks is where the hurt and the accused went afterwards
    # ("taken to Lutheran Medical Center"): never the incident's place (its town is named apart)
    cand = [p for p in places if p.kind != "demonym" and not is_focus(p)
            and not any(a <= p.span.start < b for a, b in actor_spans)
            and not (p.place is None and care_or_custody(p.surface))]
    s = sentences[idx]
    here = [p for p in cand if _within(p.span, s.start, s.end)]
    if clause is not None:  # a clause's own place first, else its sentence's
        here = [p for p in here if _within(p.span, *clause)] or here
    # "… hit a school in west Aleppo, just a day after airstrikes on a school in Idlib": the
    # places after "a day after" are the earlier incident's, which the sentence recalls
    earlier = _EARLIER_INCIDENT.search(s.text or "")
    if earlier is not None and len(here) > 1 and (clause is None or clause[0] < s.start + earlier.start()):
        here = [p for p in here if p.span.start < s.start + earlier.start()] or here
    # the dateline ("KYIV, May 3 (Reuters) -") says where the report was filed, not the event
    if dateline is not None and len(here) > 1:
        here = [p for p in here if not (dateline.start <= p.span.start < dateline.end)] or here
    if len(here) > 1:  # "… in Hama Province WASHINGTON (Sputnik) –": a wire dateline run into the headline
        here = [p for p in here if not _wire_dateline(p, s)] or here
    # "shot down over Syria … the deadliest incident for Moscow": the story's country first,
    # unless the words put the event at the place abroad ("talks in Astana on Syria")
    if focus is not None and _country(focus) is not None and len(here) > 1:
        here = [p for p in here if _country(p) == _country(focus) or _locative(s, p)] or here
    if len(here) > 1:
        # "deputies found Blake Roe, 20, of Tennille, dead": the town a person is from is not
        # where it happened when the sentence names another place
        here = [p for p in here if not home_of_a_person(s, p)] or here
    if len(here) > 1:
        # "residents of Kulsary township in Zhylyoy district protested": a unit the gazetteer
        # lacks, named as what holds a town it knows, is only coded coarser than that town
        here = [p for p in here if not _unknown_holder(s, p, here)] or here
    if here and focus is not None and focus.span.text == "dateline" and all(town_of_a_person(s, p) for p in here):
        # "ALBANY — A Brooklyn man has been charged in a shooting Thursday": the town a person is
        # from is where he lives; the report's dateline is where it happened
        here = []
    if here and focus is not None:
        # "a shooting in a New York suburb" under a "MOUNT VERNON, N.Y." dateline: the city whose
        # suburbs the sentence names is not where it happened; the story's own town is
        here = [p for p in here if not _suburb_of(s, p, focus)]
    if here:
        best = _named_with_trigger(here, s, near) or min(here, key=lambda p: _place_rank(p, near, s, here))
        if _place_rank(best)[0] == 0:
            if best.kind == "country":  # "Strike kills 15 in Syria": the next sentence names the town
                return _next_or_headline(cand, sentences, idx, best, focus) or _main_region(cand, best) or best
            if best.kind == "province":  # "… in Missouri" in a story headlined "Nodaway County baby"
                return focus_in_region(focus, best) or best
            return best
    lo = sentences[max(0, idx - _LOOKBACK)].start
    before = [p for p in cand if lo <= p.span.start < s.start and _place_rank(p)[0] == 0]
    fine = [p for p in before if p.kind != "country"]
    # "… Doe, of Maplewood, died at a hospital. It happened on Clinton St.": not where he lives
    fine = [p for p in fine if not a_home_in_its_sentence(sentences[max(0, idx - _LOOKBACK):idx], p)] or fine
    if fine:
        return fine[-1]
    if before and before[-1].kind == "country":
        return _next_or_headline(cand, sentences, idx, before[-1], focus) or _main_region(cand, before[-1]) or \
            before[-1]
    if before:
        return before[-1]
    if focus is not None and focus.span.text == "dateline" and here and (focus.place or focus.within) is not None:
        # "SRINAGAR — … in the Kulgam district of Indian-administered Kashmir": a name the
        # gazetteer cannot place gives no point; the town the report was filed from does
        return focus
    if here:
        return min(here, key=lambda p: _place_rank(p, near))
    if focus is not None and focus.span.text in ("dateline", "title"):
        return focus
    # a headline or lead without a place: the story names it in the next sentences
    return _named_next(cand, sentences, idx, focus, any_country=focus is None) or focus


# "the Charleston church shooting", "the Orlando nightclub attack": a town's name, then up to two
# lower-case nouns, then the trigger
_MODIFIER_GAP = re.compile(r"(?:\s+[a-z][\w’'-]*){0,2}\s+$")


def _named_with_trigger(here: list[PlaceMention], s: Span, near: int) -> Optional[PlaceMention]:
    """"Charleston church shooting suspect Dylann Roof was captured in Shelby, North Carolina":
    the town the trigger's own noun phrase names is the event's, not the place the sentence then
    puts someone in — when that place lies in another state or province (it is where the
    suspect went; "Aleppo shelling kills 10 in Bab al-Nairab" keeps the finer place)."""
    text = s.text or ""
    mods = [p for p in here if p.place is not None and p.kind in ("place", "region") and p.span.end <= near
            and p.place.feature_code not in ("PCLI", "ADM1")
            and _MODIFIER_GAP.fullmatch(text[p.span.end - s.start:near - s.start])]
    if not mods:
        return None
    mod = mods[-1]
    after = [p for p in here if p.span.start > near and p.place is not None]
    if after and all((p.place.country, p.place.admin1) != (mod.place.country, mod.place.admin1) for p in after):
        return mod
    return None


_EARLIER_INCIDENT = re.compile(r"\b(?:(?:just|only|barely)\s+)?(?:a|one|two|three|four|five|several|\d{1,2})\s+"
                               r"(?:days?|hours?|weeks?)\s+after\b", re.I)

# "in Astana", "in the Kazakh capital city, Astana" (no other preposition between)
_FILLER = r"(?:(?!(?:for|of|by|to|with|since|after|before|on{})\b)[\w\-’']+[\s,]+){{0,4}}"
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|into|from)\s+" + _FILLER.format("") + "$", re.I)
# where a thing happened — "in X", "in the city of X", "pound X" — not where its people came
# from ("farmers from the X district"); "at Jagti town (Jammu district": the units in brackets
# after such a place are where it is too
_AT = re.compile(r"\b(?P<word>in|at|near|outside|inside|hit|hits|struck|strikes|pound(?:s|ed)?|shell(?:s|ed)?|"
                 r"bomb(?:s|ed)?|target(?:s|ed)?|attack(?:s|ed)?|raid(?:s|ed)?|storm(?:s|ed)?)\s+"
                 r"(?:the\s+(?:[\w\-]+\s+){0,2}(?:city|town|village|province|district|region|governorate|"
                 r"countryside|outskirts|suburbs?|area|neighbou?rhood)\s+of\s+)?"
                 + _FILLER.format("|from|in|at|near|outside|inside") + r"\(?$", re.I)


def _locative(sent: Span, p: PlaceMention) -> bool:
    """Whether the sentence puts something *at* ``p`` ("in Astana", "near the town of X")."""
    text = sent.text or ""
    i = p.span.start - sent.start
    return 0 <= i <= len(text) and bool(_LOCATIVE.search(text[max(0, i - 50):i]))


# a town that owns a name ("Detroit's", "Texas' ", not "Izra' town") or marks a line ("near the
# Detroit border") is not where the thing it qualifies is
_OWNER = re.compile(r"(?:['’]s|(?<=s)['’])\s|\s+(?:border|borders|frontier)\b")


def _at(sent: Span, p: PlaceMention, others: list[PlaceMention]) -> int:
    """0 when the sentence puts something in ``p`` (or strikes it), 1 near or outside it, else 2.
    A unit in brackets after the place something is put in ("at Jagti town (Jammu district") is
    that place's stand-in when the place itself is not among ``others`` (else 1: the town first)."""
    text = sent.text or ""
    i = p.span.start - sent.start
    lo = max(0, i - 80)
    m = _AT.search(text[lo:i]) if 0 <= i <= len(text) else None
    if m is None or _OWNER.match(text, p.span.end - sent.start):
        return 2  # "at Detroit's Finest hall in Warren": the hall is in Warren
    if m.group("word").lower() in ("near", "outside"):
        return 1
    if m.group(0).endswith("("):
        a = sent.start + lo + m.start()
        if any(o is not p and a <= o.span.start < p.span.start for o in others):
            return 1
    return 0


_HOLDER_GAP = re.compile(r"\s*(?:,|\(|in)\s*(?:the\s+)?")


def _unknown_holder(sent: Span, p: PlaceMention, here: list[PlaceMention]) -> bool:
    """``p`` is a name the gazetteer lacks, coded coarser than the known town named right
    before it as the place that holds that town ("Kulsary township in Zhylyoy district",
    "Kulsary (Zhylyoy district")."""
    if p.place is not None or p.within is None:
        return False
    text = sent.text or ""
    return any(o is not p and o.place is not None and o.kind == "place" and o.span.end <= p.span.start
               and (o.geo_precision or 1) < (p.geo_precision or 3)
               and _HOLDER_GAP.fullmatch(text[o.span.end - sent.start:p.span.start - sent.start])
               for o in here)


_SUBURB_BEFORE = re.compile(r"\b(?:suburban|(?:a|one)\s+suburb\s+of|the\s+suburbs\s+of)\s+(?:the\s+)?$", re.I)
_SUBURB_AFTER = re.compile(r"(?:['’]s)?\s+(?:suburbs?|exurbs?|suburban)\b", re.I)


def _suburb_of(sent: Span, p: PlaceMention, focus: PlaceMention) -> bool:
    """``p`` is the city whose suburbs the sentence names ("a New York suburb", "suburban
    Detroit"), and the article's dateline or headline names another town in its state."""
    text, i = sent.text or "", p.span.start - sent.start
    if not (0 <= i <= len(text)) or not (_SUBURB_BEFORE.search(text[max(0, i - 30):i])
                                         or _SUBURB_AFTER.match(text, p.span.end - sent.start)):
        return False
    f, c = focus.place or focus.within, p.place or p.within
    return focus.span.text in ("dateline", "title") and focus.kind not in ("province", "country") and \
        f is not None and c is not None and f != c and (f.country, f.admin1) == (c.country, c.admin1)


def is_focus(p: PlaceMention) -> bool:
    return p.span.article_id.endswith(":focus")


def _country(p: PlaceMention) -> Optional[str]:
    pl = p.place or p.within
    return pl.country if pl is not None else None


def focus_inside_country(focus: Optional[PlaceMention], country: PlaceMention) -> Optional[PlaceMention]:
    """The dateline's or headline's place when it lies in the country an event is placed at:
    finer than the country (the town the text names most is no such evidence)."""
    return focus if focus is not None and focus.span.text in ("dateline", "title") and \
        _country(focus) is not None and _country(focus) == _country(country) else None


_WIRE_AFTER = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*\((?:[A-Z][\w.&' -]{1,30})\)\s*(?:[-—–]|$|[A-Z])")


def _wire_dateline(p: PlaceMention, sent: Span) -> bool:
    """Whether ``p`` is a dateline in capitals before an agency's name ("WASHINGTON (Sputnik) –",
    "BEIRUT, Lebanon (AP)"): where the report was filed, not where the event happened."""
    if not p.surface or not p.surface.isupper() or len(p.surface) < 3 or not sent.text:
        return False
    i = p.span.end - sent.start
    return 0 <= i <= len(sent.text) and bool(_WIRE_AFTER.match(sent.text[i:i + 50]))


def focus_in_region(focus: Optional[PlaceMention], region: PlaceMention) -> Optional[PlaceMention]:
    """The dateline's or headline's town or county when it lies inside the province an event
    is placed at: the finer place of the same story."""
    if focus is None or focus.span.text not in ("dateline", "title") or focus.kind == "province":
        return None
    f, r = focus.place or focus.within, region.place or region.within
    return focus if f is not None and r is not None and f.country == r.country and f.admin1 and \
        f.admin1 == r.admin1 else None


def _main_region(cand: list[PlaceMention], country: PlaceMention) -> Optional[PlaceMention]:
    """For an event the text places only in a country: the first place of the one region
    (province) of that country the article names more often than any other ("… in Syria" in
    a story whose places are two mentions of Idlib province and one of Aleppo: Idlib)."""
    from collections import Counter

    cc = _country(country)
    if cc is None:
        return None
    inside = [p for p in cand if p.kind not in ("country", "water", "region") and (p.place or p.within) is not None
              and _country(p) == cc and (p.place or p.within).admin1]
    counts = Counter((p.place or p.within).admin1 for p in inside)
    if not counts:
        return None
    top = counts.most_common(2)
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    region = top[0][0]
    return next(p for p in inside if (p.place or p.within).admin1 == region)


_LOOKAHEAD = 2  # sentences after a country-level event in which its town may be named


def _next_or_headline(cand: list[PlaceMention], sentences: list[Span], idx: int, country: PlaceMention,
                      focus: Optional[PlaceMention]) -> Optional[PlaceMention]:
    """For an event placed only in a country: the finer place the next sentences name, unless
    the headline's place lies in another region of that country ("… kill 4 in Syria's Idlib" over
    a lead "… killed in Syria" whose next sentence turns to a mosque destroyed near Hama): the
    headline names where its lead incident happened; the next sentence may be another one."""
    nxt = _named_next(cand, sentences, idx, country)
    head = focus_inside_country(focus, country)
    if nxt is not None and head is not None and focus.span.text == "title":
        a, b = nxt.place or nxt.within, head.place or head.within
        if a is not None and b is not None and a.admin1 and b.admin1 and a.admin1 != b.admin1:
            return head
    return nxt or head


def _named_next(cand: list[PlaceMention], sentences: list[Span], idx: int,
                country: Optional[PlaceMention], any_country: bool = False) -> Optional[PlaceMention]:
    """The first finer place inside ``country`` that the next sentences name: a headline or
    lead names the country, the sentence after it the town ("… in northern Syria. The blast
    hit the town of Azaz …")."""
    cc = _country(country) if country is not None else None
    if (cc is None and not any_country) or idx + 1 >= len(sentences):
        return None
    lo, hi = sentences[idx + 1].start, sentences[min(len(sentences) - 1, idx + _LOOKAHEAD)].end
    for p in cand:
        pl = p.place or p.within
        if lo <= p.span.start < hi and pl is not None and (any_country or pl.country == cc) and \
                p.kind not in ("country", "water"):
            return p
    return None


def _coords(pm: Optional[PlaceMention], capital: Callable[[Any], Any]) -> tuple[Optional[float], Optional[float], Optional[int]]:
    """Exported coordinates (ACLED convention): a town's own; a region's at its capital (precision 3).
    An unresolved place inside a known region is also coded at that region's capital with
    precision 3: all the text lets us place is the region; one inside a known town (a site, a
    neighbourhood) at that town, precision 2."""
    if pm is None:
        return None, None, None
    pl = pm.place or pm.within
    if pl is None:
        return None, None, None
    if pm.place is None and (pl.feature_code or "").startswith("PPL"):
        # a site or neighbourhood the gazetteer lacks, coded at the town it is in: the town's
        # point, at the precision that says "part of a town" (2)
        return pl.lat, pl.lon, pm.geo_precision or 2
    region_level = pm.place is None or pm.kind in ("province", "region", "country") or \
        (pl.feature_code or "").startswith(("ADM", "PCL"))
    if region_level:
        cap = capital(pl)
        lat, lon = (cap.lat, cap.lon) if cap is not None and cap.lat is not None else (pl.lat, pl.lon)
        # a county (second-level unit) is finer than its state: precision 2, not 3
        county = pm.place is not None and (pl.feature_code or "").startswith("ADM2")
        return lat, lon, 2 if county else 3
    return pl.lat, pl.lon, pm.geo_precision or 1


def _time(analysis: Analysis, c: Candidate, time_fn, cut: Optional[int] = None) -> tuple[Optional[TimeRef], Optional[int]]:
    """The event's date, read up to ``cut`` (sentence offset) where the rest of the sentence
    tells another time's act: an arrest "in connection with the killings last year" is today's."""
    if time_fn is None:
        return None, None
    ref, precision = time_fn(analysis, (c.start, c.end if cut is None else c.start + cut))
    if ref is not None and c.planned and not _within(ref.span, c.start, c.end):
        return None, None  # a planned event's date must come from its own sentence
    return ref, precision


def _figures(qs: list[Quantity], text: str = "") -> tuple[Optional[Quantity], Optional[Quantity], list[Quantity]]:
    live = [q for q in qs if not q.aggregate]
    return _joined(live, "killed", text), _joined(live, "injured", text), [q for q in live if q.kind.startswith("materiel:")]


def _joined(live: list[Quantity], kind: str, text: str) -> Optional[Quantity]:
    """The clause's first count of ``kind``, summed with the counts joined to it by "and"
    ("killed a driver and his co-driver", "three soldiers and two civilians were killed") or
    listed before an "and" ("killed six of his grandchildren, his daughter and himself"): one
    fate of several groups of people is their total. A comma alone does not join ("killing six
    people, three children": the second may be a part of the first)."""
    of_kind = [q for q in live if q.kind == kind]
    of_kind = [q for q in of_kind if not in_aside(text, q.span.start, q.span.end)] or of_kind
    if not of_kind:
        return None
    chain, closed = [of_kind[0]], 1  # closed: how many of the chain an "and" has closed so far
    for q in of_kind[1:]:
        gap = text[chain[-1].span.end:q.span.start]
        if chain[-1].best is None or q.best is None or not _LIST_GAP.fullmatch(gap):
            break
        chain.append(q)
        if re.search(r"\band\b", gap):
            closed = len(chain)
    if closed < len(chain) and _LIST_ENDS_WITH_SELF.match(text, chain[-1].span.end):
        closed = len(chain)
    first, last = chain[0], chain[closed - 1]
    if closed == 1:
        return first
    parts = chain[:closed]
    lows, highs = [q.low for q in parts], [q.high for q in parts]
    return dataclasses.replace(
        first, span=Span(first.span.article_id, first.span.start, last.span.end, text[first.span.start:last.span.end]),
        best=sum(q.best for q in parts), low=None if None in lows else sum(lows),
        high=None if None in highs else sum(highs))


_LIST_GAP = re.compile(r"(?:\s*,?\s*and\s*|\s*,\s*)(?:(?:their|his|her)\s+)?")
_LIST_ENDS_WITH_SELF = re.compile(r"\s*,?\s*and\s+(?:then\s+)?(?:himself|herself)\b", re.I)


def _with_attackers_death(killed: Optional[Quantity], clause: str) -> Optional[Quantity]:
    """The toll of a clause that also tells the attacker's own death ("shot his wife and two
    neighbours before turning the gun on himself"): the victims counted plus the attacker, as
    ACLED and the Gun Violence Archive count the dead of the event."""
    from ..figures.attacker import attacker_died

    if killed is None or killed.best is None or (killed.subject or "").lower() in ("himself", "herself") or \
            not attacker_died(clause):
        return killed
    return dataclasses.replace(killed, low=None if killed.low is None else killed.low + 1, best=killed.best + 1,
                               high=None if killed.high is None else killed.high + 1)


def _is_aggregate(c: Candidate, qs: list[Quantity]) -> bool:
    if any(q.aggregate for q in qs):
        return True
    if any(q.kind in _COUNTED_EVENTS and (q.best or q.low or 0) >= 20 for q in qs) and \
            not any(h.cue == "defuse" for h in c.cues) and not _ONE_NIGHTS.search(c.text):
        # "fired 40 shells": many strikes; "removed 40 unexploded shells" is one clearance, and
        # "carried out 30 raids on the countryside overnight" one night's operation
        return True
    return c.multi_year


_ASIDE = re.compile(r"^\s*[\[(][^\])]*[\])]\s*\.?\s*$")


def _next_told(sents: list[Span], i: int) -> str:
    """The sentence after sentence ``i`` that tells something (not an aside in brackets: "[photo]")."""
    return next((s.text or "" for s in sents[i + 1:i + 3] if not _ASIDE.match(s.text or "")), "")


def _countries_protested(places: list[PlaceMention], c: Candidate, sub: str) -> list[tuple[int, int]]:
    """A country named in what a crowd protests ("demonstrated against sending weapons to
    Ukraine", "rallied in solidarity with the people of Sudan") is its cause, not where it
    gathered: the spans of such mentions."""
    if c.grievance is None or event_type_of(sub) != "Protests":
        return []
    return [(p.span.start, p.span.end) for p in places
            if p.kind == "country" and c.start + c.grievance <= p.span.start < c.end]


MAX_PROTEST_CONTEXT = 3000  # characters of an article read for a protest word (its lead, not its related links)


def build_events(analysis: Analysis, classify: Optional[Classify], time_fn=None,
                 capital: Callable[[Any], Any] = lambda place: None) -> list[Event]:
    """Events of one article, in text order, ids ``<article_id>-e<n>``."""
    art = analysis.article
    text = art.text
    sents = analysis.sentences or [Span(art.id, 0, len(text), text)]
    all_qs = analysis.quantities
    extra = alias_hits(text, [(m.span.start, m.span.end) for m in analysis.mentions if m.label in ("ORG", "NORP", "PERSON")])
    actor_spans = [(h.start, h.end) for h in find_actors(text, extra=extra) if h.inter in (1, 8)]
    # names that act, the places weapons were fired from ("launched from the Black Sea") and the
    # names inside a hospital's the hurt were taken to ("taken to UK Hospital") are no event's place
    not_sites = actor_spans + [(p.span.start, p.span.end) for p in analysis.places if fired_from(text, p.span.start)
                               or in_a_hospitals_name(text, p.span.start, p.span.end)]
    cands: list[tuple[int, Candidate, list[Quantity]]] = []
    crowd = False  # a protest or riot told so far: the crowd that tear gas after it is fired on
    protest_told = tells_a_protest(text[:MAX_PROTEST_CONTEXT], art.title or "")
    for i, s in enumerate(sents):
        found = []
        for a, b in clauses(text, s.start, s.end):
            qs = [q for q in all_qs if _within(q.span, a, b)]
            death = next((q for q in qs if q.kind == "killed" and not q.aggregate), None)
            c = candidate(text, a, b, has_deaths=death is not None,
                          death_span=(death.span.start, death.span.end) if death else None, crowd_before=crowd,
                          protest_told=protest_told)
            if c is not None:
                found.append((i, c, qs))
                crowd = crowd or any(h.cue in ("protest_strict", "riot") for h in c.cues + [c.trigger])
        cands.extend(found)
    if not cands:
        return []
    preds, confs = classify([text[c.start:c.end] for _, c, _ in cands]) if classify else ([None] * len(cands), [0.5] * len(cands))

    events: list[Event] = []
    last_group: Optional[ActorHit] = None
    last_init: Optional[ActorHit] = None
    init_at = -99  # sentence index where last_init was seen: carried at most _CARRY sentences
    scanned = 0  # sentences whose actors have updated the story state
    for (i, c, qs), clf_sub, clf_conf in zip(cands, preds, confs):
        for j in range(scanned, i):  # actors named in sentences between events
            for h in find_actors(text, sents[j].start, sents[j].end, extra):
                last_group = h if h.inter in (2, 3) else last_group
                if h.inter in (1, 8) and h.name != "Police Forces":
                    last_init, init_at = h, j
        scanned = i + 1
        sub, conf = decide(c, clf_sub, float(clf_conf))
        # talks, agreements, announcements: only the actors the sentence itself names
        own_words = sub in _OWN_ACTORS_ONLY
        carried = last_init if i - init_at <= _CARRY and event_type_of(sub) not in ("Protests", "Riots") \
            and not own_words else None
        roles = assign_roles(text, c.start, c.end, (c.trigger.start, c.trigger.end), last_group, carried, extra,
                             initiator_after=not own_words)
        _crowd_roles(roles, sub)
        sub = regained(c, sub, roles.actor1.inter if roles.actor1 is not None else None, _next_told(sents, i))
        for h in find_actors(text, c.start, c.end, extra):
            last_group = h if h.inter in (2, 3) else last_group
        if roles.actor1 is not None and roles.actor1.inter in (1, 8) and roles.actor1.name != "Police Forces":
            last_init, init_at = roles.actor1, i  # police are carried only within their own sentence
        claims = [cl for cl in analysis.claims if cl.span.start < c.end and c.start < cl.span.end]
        hedged = any(cl.hedges for cl in claims)
        # the deaths a crowd protests ("… after a young man died in police custody") are not its own
        # nor the dead that describe its crowd ("relatives of a man who was shot dead protested")
        own_qs = [q for q in qs if (c.grievance is None or q.span.start < c.start + c.grievance)
                  and (c.mourners is None or not c.start + c.mourners[0] <= q.span.start < c.start + c.mourners[1])]
        if (cut := others_toll_from(c, sub)) is not None:  # nor a deal's feud's, an arrest's crime's
            qs = own_qs = [q for q in own_qs if q.kind not in ("killed", "injured") or q.span.start < c.start + cut]
        killed, injured, materiel = _figures(own_qs, text)
        killed = _with_attackers_death(killed, text[c.start:c.end])
        pm = choose_place(analysis.places, sents, i, not_sites + _countries_protested(analysis.places, c, sub),
                          c.trigger.start, art.dateline_span, (c.start, c.end))
        lat, lon, gp = _coords(pm, capital)
        tref, tprec = _time(analysis, c, time_fn, cut if sub == "Arrests" else None)  # nor the crime's date
        if event_type_of(sub) == "Violence against civilians" and roles.actor2 is None:
            roles.civilians = True  # ACLED: the target of violence against civilians is civilians
        civ = roles.civilians or (roles.actor2 is not None and roles.actor2.inter == 7)
        plover, mode = plover_of(sub, civilians_targeted=civ)
        a1, a2 = roles.actor1, roles.actor2
        ev = Event(
            id=f"{art.id}-e{len(events)}", article_id=art.id,
            event_type=event_type_of(sub), sub_event_type=sub, disorder_type=disorder_type(sub),
            plover_type=plover, plover_mode=mode,
            actor1=a1.name if a1 else None, inter1=a1.inter if a1 else None,
            assoc_actor_1="; ".join(dict.fromkeys(h.name for h in roles.assoc1 if not a1 or h.name != a1.name)) or None
            if roles.assoc1 else None,
            actor2=("Civilians" if roles.civilians else (a2.name if a2 else None)),
            inter2=(7 if roles.civilians else (a2.inter if a2 else None)),
            place=pm, time=tref, time_precision=tprec,
            fatalities=killed, injured=injured, materiel=materiel, quantities=qs, claims=claims,
            confidence=round(conf * (0.8 if hedged else 1.0), 3),
            trigger=Span(art.id, c.trigger.start, c.trigger.end, text[c.trigger.start:c.trigger.end]),
            evidence=[Span(art.id, c.start, c.end, text[c.start:c.end])]
            + [Span(art.id, h.start, h.end, text[h.start:h.end]) for h in (a1, a2) if h is not None
               and c.start <= h.start < c.end and h.end > h.start],
            aggregate=_is_aggregate(c, qs), planned=c.planned, civilian_targeting=civ,
            latitude=lat, longitude=lon, geo_precision=gp,
        )
        listed = second_place_toll(text, (c.start, c.end), killed, analysis.places)
        if listed is not None:  # "killed 19 outside Saraqeb and another 23 in Ehsim": two incidents
            here, count, there = listed
            ev = _placed(ev, here, capital)
            events.append(ev)
            ev = _placed(dataclasses.replace(ev, id=f"{art.id}-e{len(events)}", fatalities=count, injured=None),
                         there, capital)
        events.append(ev)
    return events


def _placed(ev: Event, pm: PlaceMention, capital: Callable[[Any], Any]) -> Event:
    lat, lon, gp = _coords(pm, capital)
    return dataclasses.replace(ev, place=pm, latitude=lat, longitude=lon, geo_precision=gp)

