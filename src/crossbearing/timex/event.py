"""Which date governs an event: the time expression of its clause, else the article's date.

``event_time`` is what the events extractor calls for each event clause. ``main_event_date``
picks the date of a report's main incident from raw text with a publication anchor (the
incident layer reads it for an article's lead incident).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from typing import Collection, NamedTuple, Optional, Union

from ..figures.running import without_state_since
from ..model import ACLED_TIME_PRECISION, Analysis, Span, TimeRef
from .grammar import scan
from .infer import page_stamps
from .resolve import resolve, tense_at

_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def event_time(analysis: Analysis, clause: Union[Span, tuple[int, int]]) -> tuple[Optional[TimeRef], int]:
    """The TimeRef governing a clause (character range) and its ACLED ``time_precision``
    (1 day, 2 week, 3 month or coarser). Without a dated expression in the clause, the
    article's publication date stands in, one precision step coarser (the report dates the
    telling, not the event); with neither, ``(None, 3)``."""
    start, end = (clause.start, clause.end) if isinstance(clause, Span) else clause
    text = analysis.article.text
    stamps = page_stamps(text)  # the page's own date dates the telling
    refs = [t for t in analysis.times
            if (start <= t.span.start < end or _heads_the_clause(text, t.span.end, start))
            and t.kind != "duration" and t.start is not None
            and not any(a <= t.span.start < b for a, b in stamps)]
    if refs:
        # not the years a relative clause gives for a state of a thing the clause names ("in the
        # city, which has been divided since July 2012")
        told = without_state_since(text[start:end])
        refs = [t for t in refs if t.span.start < start or not told[t.span.start - start].isspace()]
    if refs:
        # a day that dates only the telling ("a monitor said Friday") is the last resort
        best = min(refs, key=lambda t: (dates_a_statement(text, t.span.start), t.kind != "date",
                                        _RANK.get(t.precision or "year", 3), t.span.start))
        return best, ACLED_TIME_PRECISION.get(best.precision or "year", 3)
    art = analysis.article
    if not art.published:
        return None, 3
    span = art.published_evidence[0] if art.published_evidence else Span(art.id, 0, 0, "")
    ref = TimeRef(span=span, start=art.published[:10], end=(art.published_end or art.published)[:10],
                  precision=art.published_precision or "day", kind="date", relative=True)
    return ref, 2 if (art.published_precision or "day") in ("day", "week") else 3


_HEADING_COLON = re.compile(r"[^\S\n]*:[^\S\n]*$")
HEADING_GAP = 4  # at most this many characters (": ") between a heading date and its sentence


def _heads_the_clause(text: str, date_end: int, clause_start: int) -> bool:
    """"1993: Dr. David Gunn is shot to death …": a date set before its line's sentence with a
    colon (a timeline's entry, a caption) dates that sentence."""
    return 0 <= clause_start - date_end <= HEADING_GAP and \
        bool(_HEADING_COLON.match(text[date_end:clause_start]))


_STATEMENT_DAY = re.compile(r"\b(?:said|says|told\s+(?:[\w.]+\s+){1,2}|reported|announced|added|stated|confirmed|"
                            r"claimed|denied)\s+(?:on\s+|late\s+|early\s+)?$", re.I)


def dates_a_statement(text: str, start: int) -> bool:
    """"a monitoring group said Friday": the day of the telling, not of the event."""
    return bool(_STATEMENT_DAY.search(text[max(0, start - 40):start]))


# --- main incident of a report ----------------------------------------------------------

_STRONG = re.compile(
    r"\b(?:shot|shooting|shootings|gunfire|gunshots?|gunman|gunmen|opened\s+fire|fired|slain|stabbed|"
    r"stabbing|killed|killing|wounded|homicide|murder(?:ed)?|attack(?:ed)?|ambush(?:ed)?|exploded|explosion|"
    r"discharged(?!\s+from)|went\s+off|rounds|bullets?)\b",
    re.I,
)
_WEAK = re.compile(r"\b(?:injured|died|dead|death|incident|happened|occurred|struck|hit|responded|found|"
                   r"call(?:ed)?|victims?|police|deputies|officers)\b", re.I)
_FOLLOW_UP = re.compile(
    r"\b(?:arrest(?:ed)?|charged|charges|court|judge|jury|trial|sentenc(?:ed|ing)|pleaded|plea|hearing|"
    r"funeral|vigil|memorial|services?|identified|custody|indict(?:ed|ment)|said|says|told|spoke|speaks|announced|"
    r"(?<!was\s)(?<!were\s)(?<!been\s)reported|"  # "Press TV reported on Sunday" (but "a shooting was reported Sunday")
    r"released|named|booked|arraigned|appeared|surrendered|turned\s+himself|counselors|rally|meeting|died|"
    r"remain(?:ed|s)?|remembered|recovering|hospitalized|mourn(?:ed)?|"
    r"shown|pictured|issued|addressed|briefing|conference|statement|testif(?:ied|y)|discharged\s+from|"
    r"behind\s+bars|jailed|in\s+jail|guilty|verdict|convicted|acquitted)\b",
    re.I,
)
_STAMP = re.compile(r"(?:(?:posted|updated|published|modified|date|copyright|©)(?:\s+on)?\s*:?\s*(?:on\s+)?|"
                    r"\(@\w+\)\s*)$", re.I)  # (an embedded post's signature: "— Name (@handle) May 3, 2015")


_SENT_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.\s+(?=[A-Z\"“])|\n")


def _sentence_start(full: str, pos: int) -> int:
    """Start of the sentence holding ``pos`` (skipping "S." and "Nov." style abbreviations)."""
    window_start = max(0, pos - 300)
    ends = list(_SENT_END.finditer(full[window_start:pos]))
    return window_start + ends[-1].end() if ends else window_start


_CLAUSE_BREAK = re.compile(r"[,;]")
_LEADING_COMMA = re.compile(r"^\s*,")
# what may stand before a date that opens its sentence ("On Wednesday,", "Late Sunday night,")
_OPENS_SENTENCE = re.compile(r"[\s\"“(]*(?:(?:on|early|late|earlier|later|then|and|but|by|at)\s+){0,2}", re.I)


def _sentence_around(full: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a date (at most 160 characters before it and 90 after)."""
    lo = max(_sentence_start(full, start), start - 160)
    m = _SENT_END.search(full[end:end + 90])
    return lo, end + (m.start() + 1 if m else 90)


def dates_a_follow_up(full: str, start: int, end: int, sentence: Optional[tuple[int, int]] = None) -> bool:
    """Whether the date at ``full[start:end]`` is governed by a follow-up or a telling (an
    arrest, a court, a funeral, a statement: "released photos Tuesday") rather than an incident.
    ``sentence``: the bounds ``_sentence_around`` gives, when the caller has them already."""
    lo, hi = sentence or _sentence_around(full, start, end)
    # what follows the date governs it only within its clause: "killed four people on Sunday,
    # police said" dates the killing, "police said Sunday" the statement; in "On Wednesday, the
    # sheriff said …" the comma only closes the opening phrase
    opens = _OPENS_SENTENCE.fullmatch(full[lo:start]) is not None
    following = full[end:min(hi, end + (45 if opens else 25))]
    if opens:
        following = _LEADING_COMMA.sub(" ", following, count=1)
    after = _CLAUSE_BREAK.split(following, maxsplit=1)[0]
    before = _OUTCOME_BEFORE.sub(" ", full[max(lo, start - 45):start])
    if _SHOT_JUST_BEFORE.search(before):
        after = _SCENE.sub(" ", after)
    return bool(_FOLLOW_UP.search(before + " " + after))


# "a shooting that left four people hospitalized on Wednesday night": the incident's outcome, told
# with its day, is no follow-up ("was hospitalized Monday" on its own still is)
_OUTCOME_BEFORE = re.compile(r"\bleft\s+(?:[\w-]+\s+){0,4}?(?:hospitali[sz]ed|in\s+(?:the\s+)?hospital)\b", re.I)


# "was fatally shot Thursday night at the vigil": a gathering that the shooting told right before
# the date happened at is its scene, not a follow-up the date belongs to ("at his bond hearing
# Friday", "gathered at a vigil Sunday" still date what followed)
_SHOT_JUST_BEFORE = re.compile(r"\b(?:shot|killed|wounded|stabbed|slain|opened\s+fire|fired)\s+(?:\w+\s+){0,1}$", re.I)
_SCENE = re.compile(r"\b(?:at|during|outside|near)\s+(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
                    r"(?:vigil|funeral|memorial|wake|rally|party)\b", re.I)


# a sentence that opens on what came before its news: the day in that opening dates the earlier
_AFTER_OPENING = re.compile(r"\s*(?:Days?\s+|Hours?\s+|Weeks?\s+)?After\b[^,;]*$")


def _incident_words(full: str, lo: int, hi: int) -> int:
    """0: strong incident words in ``full[lo:hi]`` ("shot", "killed"); 1: weak ones ("police",
    "found"); 2: none."""
    local = full[lo:hi]
    return 0 if _STRONG.search(local) else 1 if _WEAK.search(local) else 2


def _score(full: str, tx, lag: int) -> Optional[int]:
    """Lower is better: incident vocabulary around the date, no follow-up verb governing it
    (arrests, court, funerals, statements), a plausible lag behind the anchor."""
    if _STAMP.search(full[max(0, tx.start - 25):tx.start]) or _dateline(full, tx):
        return None
    lo, hi = _sentence_around(full, tx.start, tx.end)
    score = _incident_words(full, lo, hi)
    if _AFTER_OPENING.match(full, lo, tx.start):
        score += 1  # "After several shootings on Labor Day, gunfire erupted again on Wednesday"
    if dates_a_follow_up(full, tx.start, tx.end, (lo, hi)):
        score += 2
    if tx.rel == "day" and tx.shift == 0:
        score += 1
    if not -1 <= lag <= 14:
        score += 1 if tx.rel is None else 3
    return score


_DASH_AFTER = re.compile(r"\s*(?:[-\u2013\u2014]{1,2}|/)\s")


def _dateline(full: str, tx) -> bool:
    """A date that opens its paragraph and is followed by a dash, a dateline's ("June 17, 2013 -
    Houston police are investigating …"): it dates the telling."""
    line_start = full.rfind("\n", 0, tx.start) + 1
    return not full[line_start:tx.start].strip() and bool(_DASH_AFTER.match(full, tx.end))


def _incident_words_around(full: str, tx) -> bool:
    """Incident words in the date's sentence or just after it ("went out deer hunting on
    Christmas Eve with his father. That's where he was shot …")."""
    lo, hi = _sentence_around(full, tx.start, tx.end)
    return _incident_words(full, lo, min(len(full), hi + 200)) < 2


def main_event_date(text: str, anchor: date, title: str = "",
                    others: Collection[tuple[int, int]] = ()) -> tuple[Optional[date], Optional[tuple[int, int]]]:
    """``(first day, span)`` of ``main_event_period``."""
    start, _, _, span = main_event_period(text, anchor, title, others)
    return start, span


def main_event_period(text: str, anchor: date, title: str = "", others: Collection[tuple[int, int]] = ()
                      ) -> tuple[Optional[date], Optional[date], Optional[str], Optional[tuple[int, int]]]:
    """``(first day, last day, precision, span)`` of a report's main incident: among past
    expressions of a day (or of a weekend, "over the weekend": the two days at week precision,
    outranked by a day as well told) that land
    from 90 days before to 1 day after the anchor, the best scored (incident vocabulary
    around it, no follow-up verb governing it, within a fortnight), earliest first; else
    ``(None, None)`` and the caller falls back on the anchor. ``others``: ``text`` offsets of
    the days that date the article's other incidents ("On Saturday, half a mile away, a man
    shot his brother" after the lead's four found dead): never the main incident's.

    Offsets index ``title + "\\n" + text`` when a title is given."""
    full = f"{title}\n{text}" if title else text
    offset = len(title) + 1 if title else 0
    skip = [(s + offset, e + offset) for s, e in others]
    near = _best_date(full, anchor, max_lag=90, skip=skip)
    if near is None or near.score >= 0:
        # a follow-up (arrest, trial, sentencing, anniversary) may be months after the
        # incident: an explicit calendar date next to incident words still dates it, and
        # beats a recent day that a follow-up verb governs ("was arraigned Monday")
        back = _best_date(full, anchor, max_lag=FOLLOW_UP_MAX_DAYS, calendar_only=True, max_score=2, skip=skip)
        if back is not None and (near is None or back.score < min(near.score, 0)
                                 or (near.score >= 2 and back.score < near.score)
                                 or (back.score <= 0 and reads_as_justice_news(text, title))):
            # (a report about a sentencing or an arrest: its recent day is the news, "was
            # sentenced … in prison Tuesday"; "On June 21, 2013, Faust shot …" is the incident)
            near = back
    if near is None:
        return None, None, None, None
    first, span, last, precision = near.first, near.span, near.last, near.precision
    after = _DAYS_AFTER.match(full, span[1])
    if precision == "day" and after is not None and _UPDATE_BEFORE.search(full, max(0, span[0] - 80), span[0]):
        # "the toll rose to 19 on Wednesday, a day after gunmen stormed the hospital": the day
        # dates what came after; the incident is that many days before it
        day = first - timedelta(days=_DAY_COUNT[after.group(1).lower()])
        return day, day, "day", span
    return first, last, precision, span


_DAY_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3}
_DAYS_AFTER = re.compile(r"[^.;]{0,30}?,\s+(a|one|two|three)\s+days?\s+after\s+[^.;]{0,60}?\b(?:stormed|attacked|struck|"
                         r"exploded|opened\s+fire|bombed|raided|ambushed|killed|shot|blew\s+(?:himself|themselves)\s+up)\b",
                         re.I)
# what the sentence dates is news of the incident, not the incident: a toll that rose, a statement
_UPDATE_BEFORE = re.compile(r"\b(?:toll|rose|climbed|risen|reached|said|announced|confirmed|reported|died)\b[^.;]*$", re.I)


# words that name an incident, and how a date attaches to one
_INCIDENT_MOD = r"(?:(?:fatal|deadly|double|triple|mass|drive-by|gang)\s+)?"
_INCIDENT_WORDS = (r"shootings?|slayings?|killings?|murders?|homicides?|stabbings?|attacks?|bombings?|"
                   r"massacre|ambush|gunfight|gun\s+battle|firefight|shootout|rampage")
# "the May 25 shooting", "June 29, 2014, shooting"
_NAMES_INCIDENT = re.compile(rf"(?:,?\s*\d{{4}})?,?\s+{_INCIDENT_MOD}(?:{_INCIDENT_WORDS})\b", re.I)
# "Saturday's shooting", "Sunday night's fatal stabbing", "yesterday's attack"
_POSSESSIVE_INCIDENT = re.compile(rf"(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+(?:(?:early|late)[- ]morning\s+)?"
                                  rf"{_INCIDENT_MOD}(?:{_INCIDENT_WORDS}|violence|incident)\b", re.I)


# "the shooting Aug. 20, 2013, that left two dead", "the killing on June 3": a calendar date
# right after the incident's noun is its day, whatever verb governs the sentence ("pleaded
# guilty Monday for the shooting Aug. 20, 2013")
_INCIDENT_BEFORE = re.compile(rf"\b(?:the|a|an|that|this)\s+{_INCIDENT_MOD}(?:{_INCIDENT_WORDS})\s+(?:on\s+)?$", re.I)


def _names_incident_possessively(full: str, tx) -> bool:
    """"Saturday's shooting": the day is the incident's (the scanner may keep the "'s")."""
    if re.search(r"['’]s$", full[tx.start:tx.end]):
        return bool(_POSSESSIVE_INCIDENT.match("'s" + full[tx.end:tx.end + 80]))
    return bool(_POSSESSIVE_INCIDENT.match(full, tx.end))


FOLLOW_UP_MAX_DAYS = 3 * 366  # how far back a follow-up's explicit date may reach
_PAST_WEEKEND = re.compile(r"(?:last|previous|past)\b", re.I)  # "last weekend", not the one under way
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|started|launched|kicked\s+off)\s+(?:on\s+|over\s+)?$", re.I)


class _Dated(NamedTuple):
    """A date read as the main incident's: lower ``score`` is better, then earlier ``start``."""
    score: int
    start: int
    first: date
    span: tuple[int, int]
    last: date
    precision: str  # "day", or "week" for a weekend


def _best_date(full: str, anchor: date, max_lag: int, calendar_only: bool = False, max_score: int = 99,
               skip: Collection[tuple[int, int]] = ()):
    """The best-scored date of a day (or a weekend, a point worse: "over the weekend") not in
    ``skip``, or None."""
    best: Optional[_Dated] = None
    days: list[_Dated] = []
    found = scan(full[:6000])
    # "shot … on Mar. 13" and later "gunned down on March 13, 2013": the day told again with its
    # year is the same day, whatever year the report's own date would give it
    years = {(tx.month, tx.day): tx.year for tx in found if tx.is_date and tx.year and tx.month and tx.day}
    for tx in found:
        if not tx.is_date or any(s < tx.end and tx.start < e for s, e in skip):
            continue
        if tx.kind == "date" and tx.year is None and tx.rel is None and (tx.month, tx.day) in years:
            tx = dataclasses.replace(tx, year=years[(tx.month, tx.day)])
        if tx.kind == "since":
            # "since the Dec. 23 shooting": the date still names the incident
            if tx.rel is not None or not tx.names_a_day or not _NAMES_INCIDENT.match(full, tx.end):
                continue
            tx = dataclasses.replace(tx, kind="date")
        if tx.rel is None and not tx.names_a_day:
            continue
        if tx.rel not in (None, "day", "weekday", "weekend") or \
                (calendar_only and (tx.rel is not None or not tx.names_a_day)):
            continue
        tense = tense_at(full, tx.start, tx.end)
        if tense == "future":
            continue
        s, e, _ = resolve(tx, anchor, tense, next_day=True)
        weekend = tx.rel == "weekend"
        if weekend and _BEGAN_BEFORE.search(full, max(0, tx.start - 25), tx.start):
            continue  # "an offensive which began last weekend": the start of what the news ends
        if weekend and anchor.weekday() >= 5 and not _PAST_WEEKEND.match(tx.text):
            s = anchor - timedelta(days=anchor.weekday() - 5)  # told on a Saturday or a Sunday:
            e = s + timedelta(days=1)  # "over the weekend" is this one
        if s is None or e is None or (s != e and not weekend):
            continue
        lag = (anchor - s).days
        if not -1 <= lag <= max_lag:
            continue
        score = _score(full, tx, lag) if lag <= 90 else _score(full, tx, 0)
        if tx.rel is None and score is not None and not re.search(r"\d", tx.text) and \
                not _incident_words_around(full, tx):
            continue  # "Best destinations for St. Patrick's Day" beside a headline: a holiday
            # that no incident word is near names no incident's day (a number date still may:
            # "broke into the home around 2 a.m. March 27. Shots were fired …")
        # ("wanted in connection with a murder last Mother's Day" in a report of this week: an
        # occasion told as "last …" weeks back is an earlier incident, not the report's own)
        earlier_occasion = tx.direction == -1 and lag > 14
        if score is not None and not earlier_occasion and ((tx.rel is None and (_NAMES_INCIDENT.match(full, tx.end) or
                                                       _INCIDENT_BEFORE.search(full, max(0, tx.start - 60), tx.start)))
                                  or (tx.rel in ("weekday", "day") and _names_incident_possessively(full, tx))):
            score = -1  # "the May 25 shooting": the date names the incident itself
        if score is not None and weekend:
            score += 1  # two days: a day as well told dates it better
        if score is None or score > max_score:
            continue
        found = _Dated(score, tx.start, s, (tx.start, tx.end), e, "week" if weekend else "day")
        if not weekend:
            days.append(found)
        if best is None or (score, weekend, tx.start) < (best.score, best.precision == "week", best.start):
            best = found
    if best is not None and best.precision == "week":
        # "shot over the weekend … died Sunday night": a day inside the weekend says which
        inside = [d for d in days if best.first <= d.first <= best.last]
        if inside:
            return min(inside, key=lambda d: (d.score, d.start))
    return best


# the news of the courts and the police after an incident (not a vigil or a funeral, which may
# be the scene of another shooting)
_JUSTICE_WORDS = (r"arrest(?:ed|s)?|charged?|charges|sentenced|sentencing|pleads?|pleaded|indicted|indictment|"
                  r"trial|convicted|guilty|jury|court|arraigned|verdict|acquitted|mistrial|extradited")
JUSTICE_NEWS = re.compile(rf"\b(?:{_JUSTICE_WORDS})\b", re.I)
# A report about what came after an incident: its headline or first lines say so.
_FOLLOW_UP_NEWS = re.compile(
    rf"\b(?:{_JUSTICE_WORDS}|funeral|vigil|memorial|lawsuit|sues|sued|"
    r"anniversary|remember(?:ed|s)?|prison|jail(?:ed)?|behind\s+bars|admits|admitted|confess(?:es|ed)|"
    r"probation|bond|bail|parole)\b", re.I)
FOLLOW_UP_MIN_LAG = 15  # days: a month that ended this long before the report is not its news day


def reads_as_follow_up(text: str, title: str = "") -> bool:
    """A headline about an arrest, a charge, a trial, a funeral: what followed (the first lines
    when there is no headline; with one, they often tell the incident before what followed)."""
    return bool(_FOLLOW_UP_NEWS.search(title or text[:400]))


def reads_as_justice_news(text: str, title: str = "") -> bool:
    """``reads_as_follow_up`` for the courts' and the police's news only (not a vigil's)."""
    return bool(JUSTICE_NEWS.search(title or text[:400]))


def incident_month(text: str, anchor: date, title: str = ""):
    """(first day, last day, span) of the month a follow-up names for its incident ("the fatal
    shooting of a man in July", "shot and killed two people in October of 2014", "back in
    March"), or None. The month must end at least ``FOLLOW_UP_MIN_LAG`` days before the anchor,
    sit in a sentence with incident words and not be governed by a follow-up verb ("was
    arrested in March" dates the arrest). Offsets index ``title + "\\n" + text`` as in
    ``main_event_date``."""
    full = f"{title}\n{text}" if title else text
    best = None
    for tx in scan(full[:6000]):
        if not tx.is_date or getattr(tx, "day", None) is not None or tx.kind == "since":
            continue
        if tense_at(full, tx.start, tx.end) == "future":
            continue
        start, end, precision = resolve(tx, anchor, "past")
        if start is None or precision != "month" or end is None:
            continue
        if (anchor - end).days < FOLLOW_UP_MIN_LAG or (anchor - start).days > FOLLOW_UP_MAX_DAYS:
            continue
        score = _score(full, tx, 0)
        if score is None or score > 0:
            continue  # no incident words around it, or a follow-up verb governs it
        if best is None or tx.start < best[2][0]:
            best = (start, end, (tx.start, tx.end))
    return best
