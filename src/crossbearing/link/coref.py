"""Event coreference: which fact mentions in different articles are the same real-world fact.

Public steps, usable alone:

* ``candidate_pairs(mentions)`` — pairs from different articles (callers block by story, so
  this is quadratic only inside a story);
* ``pair_score(a, b, shared)`` — evidence for and against: compatible type, place within the
  precision of both, overlapping dates, compatible actors, figures that agree, the same
  claimant, similar wording or a shared verbatim passage. A hard contradiction (another
  country, dates weeks apart, different actors on both sides, an event vs a non-event claim)
  returns ``None``: such pairs never merge;
* ``same_article_score(a, b)`` — two events of one article are one incident only on stricter
  evidence: a headline, a lead and a later paragraph often each become an event, but a
  round-up article also lists several shootings of one city and day. They must be violent
  events of the same type, on the same day (±1, both dated to the day), at agreeing places,
  with no figure that contradicts and a toll that agrees and is specific (two or more
  people, or the same named place);
* ``cluster(mentions, scores)`` — greedy best-first merging under the constraint that one
  cluster holds two event mentions of one article only when that pair passed
  ``same_article_score``, so two distinct events reported in one article (the Deir ez-Zor
  operation and the al-Shahabat airstrike) stay apart.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import combinations
from typing import Callable, Optional

from . import compare as cmp
from .facts import FactMention

_WORD = re.compile(r"[a-z]{3,}|\d+")
_STOP = frozenset("the and for that with from this have has had was were are said says will into than "
                  "their they them been also over after during which who its his her about".split())

MERGE_THRESHOLD = 1.5
DATE_VETO_DAYS = 7
LEAD_BONUS = 1.0


@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    # cached: each mention's text is compared with every other mention of its story
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def text_similarity(a: FactMention, b: FactMention) -> float:
    """Dice overlap of the evidence's content words (0–1)."""
    wa, wb = _words(a.text), _words(b.text)
    return 2 * len(wa & wb) / (len(wa) + len(wb)) if wa and wb else 0.0


def candidate_pairs(mentions: list[FactMention]) -> list[tuple[int, int]]:
    return [(i, j) for i, j in combinations(range(len(mentions)), 2)
            if mentions[i].article_id != mentions[j].article_id]


def same_article_pairs(mentions: list[FactMention]) -> list[tuple[int, int]]:
    return [(i, j) for i, j in combinations(range(len(mentions)), 2)
            if mentions[i].article_id == mentions[j].article_id and mentions[i].kind == mentions[j].kind == "event"]


def pair_score(a: FactMention, b: FactMention, shared: Callable[[FactMention, FactMention], bool] = lambda a, b: False
               ) -> Optional[float]:
    """Log-odds-like score that ``a`` and ``b`` report the same fact; None = cannot be."""
    if a.kind != b.kind or a.aggregate != b.aggregate or a.planned != b.planned:
        return None
    score = 0.0
    if a.kind == "event":
        if not cmp.types_compatible(a.event_type, b.event_type):
            return None
        score += 1.0 if cmp.types_agree(a.event_type, b.event_type) else -0.5
        if a.sub_event_type and a.sub_event_type == b.sub_event_type:
            score += 0.5
        first, second = cmp.actors_agree(a.actor1, b.actor1), cmp.actors_agree(a.actor2, b.actor2)
        swapped = cmp.actors_agree(a.actor1, b.actor2) or cmp.actors_agree(a.actor2, b.actor1)
        if first is False and not swapped:
            if cmp.is_violent(a.event_type) or cmp.is_violent(b.event_type):
                return None  # different perpetrators: different events
            score -= 0.5  # talks, agreements, protests: several parties, any may be coded first
        score += 0.5 * (first is True) + 0.5 * (second is True) - 0.5 * (second is False)
    place = cmp.places_agree(a.place, b.place)
    if place is False:
        if not _leads_told_alike(a, b):
            return None
        score -= 1.0  # one of two reports of one incident often names the wrong town
    score += 1.0 if place else 0.0
    date = cmp.dates_agree(a.time, b.time)
    follow_up = date is False and place is not False and _follow_up_of(a, b)
    if date is False:
        # Dates resolved against different (often inferred) publication dates drift by days;
        # only a gap well beyond both precisions rules the pair out.
        # ("On 3 March 2022" and "On 7 March 2022" do not drift: two days, two events)
        if ((cmp.days_apart(a.time, b.time) or 0) > DATE_VETO_DAYS or _dated_outright(a) and _dated_outright(b)) \
                and not (place is True and _leads_told_alike(a, b, same_place=True) and _told_alike_weeks_apart(a, b)) \
                and not follow_up:
            return None
        if a.kind == "event" and (_counts_differ(a, b) and not (follow_up and _close_death_counts(a, b))
                                  or _dead_against_hurt(a, b) and not follow_up):
            # Another day and another death toll: in a war or a city's crime news one place sees
            # such incidents day after day, and two reports of one incident rarely get both wrong
            # (a follow-up's date is its own news, and a victim apart is a toll that changed);
            # so do a count of dead and another day's count of only the hurt, unless one is a
            # follow-up (a trial's story may name only the wounded survivors).
            return None
        score -= 0.5
    elif date and a.kind == "event" and (_next_day_other_count(a, b) or _hurt_told_after_dead(a, b)):
        return None
    elif date is None and a.kind == "event" and _undated_other_count(a, b):
        return None
    score += 0.5 if date else 0.0
    shared_kinds = set(a.quantities) & set(b.quantities)
    for k in shared_kinds:
        ok = _figures_agree(k, a.quantities[k], b.quantities[k])
        # A figure claim is nothing but its figures: agreeing ones weigh more there.
        score += (1.0 if a.kind == "event" else 1.5) if ok else (-0.5 if ok is False else 0.0)
    if a.kind == "claim" and not shared_kinds:
        return None  # two figure claims about different things
    if cmp.claimant_keys(a.claimants) & cmp.claimant_keys(b.claimants):
        score += 0.5
    score += 2.0 * text_similarity(a, b)
    if shared(a, b):
        score += 2.0
    if a.lead and b.lead and not _tolls_differ(a, b):
        # Reports grouped into one story lead with the incident they are about: two leads are
        # the likelier match than a lead and a later paragraph of the other report (unless
        # they count different dead: then they may well lead with different incidents).
        score += LEAD_BONUS
    return score


TOLL_KINDS = ("fatalities", "injured")


def _close_counts(qa, qb) -> bool:
    """Two exact counts one apart, or within a tenth of each other (20 and 22 dead)."""
    if qa.best is None or qb.best is None:
        return False
    return abs(qa.best - qb.best) <= max(1.0, 0.1 * max(qa.best, qb.best))


def _figures_agree(kind: str, qa, qb) -> Optional[bool]:
    """``numbers_agree``, except that a toll given as a floor ("at least 9 killed") does not agree
    with a count of more than twice it: the reporters who wrote "at least 9" saw about nine dead,
    and a rising toll seldom doubles between reports of one incident."""
    ok = cmp.numbers_agree(qa, qb)
    if ok is False and kind in TOLL_KINDS and _close_counts(qa, qb):
        return None  # 8 and 9 dead: one more victim died, or one report counted the gunman
    if ok and kind in TOLL_KINDS:
        for floor, other in ((qa, qb), (qb, qa)):
            low, high = cmp.interval(floor)
            if math.isinf(high) and not math.isinf(low) and other.best is not None and other.best > 2 * low + 2:
                return False
    return ok


def _close_death_counts(a: FactMention, b: FactMention) -> bool:
    qa, qb = a.quantities.get("fatalities"), b.quantities.get("fatalities")
    return qa is not None and qb is not None and _close_counts(qa, qb)


def _toll_floors(a: FactMention, b: FactMention) -> Optional[list[tuple[float, float]]]:
    """The lower bounds (a's, b's) of each toll of dead or hurt both give and agree on; None
    when one such toll contradicts the other's."""
    floors = []
    for k in TOLL_KINDS:
        if k in a.quantities and k in b.quantities:
            ok = _figures_agree(k, a.quantities[k], b.quantities[k])
            if ok is False:
                return None
            if ok:
                floors.append((cmp.interval(a.quantities[k])[0], cmp.interval(b.quantities[k])[0]))
    return floors


def _tolls_differ(a: FactMention, b: FactMention) -> bool:
    return _toll_floors(a, b) is None


def _counts_differ(a: FactMention, b: FactMention) -> bool:
    """The two give other numbers of dead: figures that contradict, or "at least" figures whose
    counts differ ("at least 26" and "at least 84" agree only as a rising toll). Counts of the
    hurt are left out: early reports' "several wounded" become "eight" a day later."""
    qa, qb = a.quantities.get("fatalities"), b.quantities.get("fatalities")
    if qa is None or qb is None:
        return False
    return cmp.numbers_agree(qa, qb) is False or (qa.best is not None and qb.best is not None and qa.best != qb.best)


def _dead_against_hurt(a: FactMention, b: FactMention) -> bool:
    """One counts dead, the other only the hurt ("four teens shot", which says nobody died)."""
    return _only_hurt(a) and _dead(b.quantities.get("fatalities")) or \
        _only_hurt(b) and _dead(a.quantities.get("fatalities"))


def _only_hurt(m: FactMention) -> bool:
    hurt = m.quantities.get("injured")
    return m.quantities.get("fatalities") is None and hurt is not None and (hurt.best or 0) >= 1


def _dead(q) -> bool:
    return q is not None and (q.best or 0) >= 1


_RISING_TOLL = re.compile(r"\b(?:toll|ris(?:es|en|ing)|rose|climb(?:s|ed|ing)?|jump(?:s|ed)?|reach(?:es|ed)|"
                          r"died (?:of|from) (?:their |his |her )?(?:wounds|injuries)|succumb)", re.I)


def _next_day_other_count(a: FactMention, b: FactMention) -> bool:
    """The lead incidents of two reports each dated to the day it was published, on days apart (which the date test
    lets agree: a date read against another day's publication drifts by one), that each count
    their dead exactly and count far apart: in a war-torn city's daily bulletins ("one civilian
    killed in terrorist attacks on Aleppo", the next day "nine persons killed") these are two
    days' incidents. A report that dates its incident before its own day (a follow-up, an
    update, a family's story a week on) may be about the other's incident, and a rising toll
    says so ("the death toll rose to 112") or is given as a floor ("at least 100"): neither is
    caught here."""
    if not (a.lead and b.lead and a.on_publication_day and b.on_publication_day):
        return False
    return (cmp.days_apart(a.time, b.time) or 0) >= 1 and _exact_counts_apart(a, b)


def _exact_counts_apart(a: FactMention, b: FactMention) -> bool:
    """Both count their dead exactly (no floor, no rounding), the counts are not close, and
    neither tells a rising toll."""
    if not _counts_differ(a, b) or _close_death_counts(a, b):
        return False
    qa, qb = a.quantities["fatalities"], b.quantities["fatalities"]
    if any(math.isinf(cmp.interval(q)[1]) or q.vague for q in (qa, qb)):
        return False
    return not (_RISING_TOLL.search(a.text) or _RISING_TOLL.search(b.text))


def _undated_other_count(a: FactMention, b: FactMention) -> bool:
    """Two reports' lead incidents, one or both with no date to compare ("killed 13 militants
    near the town" and "killed 23 militants in the town"), that count their dead exactly and far
    apart: with no day to tell them apart, the tolls do — one front sees such a clash each week."""
    return a.lead and b.lead and _exact_counts_apart(a, b)


def _hurt_told_after_dead(a: FactMention, b: FactMention) -> bool:
    """Two leads, one counting dead and the other, published on a later day, only the hurt
    ("girl, 10, shot in the foot" two days after "1 dead, 7 hurt in gang shooting" in the same
    city): a later report would know of the death; it tells another shooting — unless both
    count the same hurt (``_same_hurt``)."""
    if not (a.lead and b.lead) or _same_hurt(a, b):
        return False
    for hurt, dead in ((a, b), (b, a)):
        if _only_hurt(hurt) and _dead(dead.quantities.get("fatalities")) and hurt.published and dead.published \
                and hurt.published > dead.published:
            return True
    return False


def _same_hurt(a: FactMention, b: FactMention) -> bool:
    """Both count the hurt alike, and the count is specific (two or more) or both are dated to
    one and the same day: the later report's hurt are the earlier's, and its silence on the
    dead is the dead left out of its lead (an officer shot, a suspect killed by the police)."""
    qa, qb = a.quantities.get("injured"), b.quantities.get("injured")
    if qa is None or qb is None or not cmp.numbers_agree(qa, qb) or qa.best != qb.best:
        return False
    return (qa.best or 0) >= 2 or _same_day(a, b) and a.time.start == b.time.start


def _dated_outright(m: FactMention) -> bool:
    """Dated to a day by a full date with its year ("on 3 March 2022"), which does not drift
    with the publication date it would otherwise be read against."""
    t = m.time
    return t is not None and (t.precision or "day") == "day" and t.kind == "date" and not t.relative


def _same_toll(a: FactMention, b: FactMention) -> bool:
    """Both give the dead or the hurt, every such figure agrees and one is at least one person."""
    floors = _toll_floors(a, b)
    return bool(floors) and any(low_a >= 1 for low_a, _ in floors)


def _same_day(a: FactMention, b: FactMention) -> bool:
    """Both dated to the day, at most one day apart."""
    if a.time is None or b.time is None or (a.time.precision or "day") != "day" or (b.time.precision or "day") != "day":
        return False
    return (cmp.days_apart(a.time, b.time) or 0) <= 1 and bool(cmp.dates_agree(a.time, b.time))


def _leads_told_alike(a: FactMention, b: FactMention, *, same_place: bool = False) -> bool:
    """Two reports' lead incidents with the same toll of dead or hurt (one or more) and either
    the same day (±1) or the same place: the likeliest reading is one incident whose other
    field one report got wrong (a suburb coded as the city it is near, a town read as its
    namesake; a follow-up weeks later dated by its own news, the arrest or the funeral)."""
    if not (a.lead and b.lead and a.kind == b.kind == "event") or not _same_toll(a, b):
        return False
    return same_place or _same_day(a, b)


def _told_alike_weeks_apart(a: FactMention, b: FactMention) -> bool:
    """Two leads at one place with one toll, dated weeks apart, are one incident only when the
    toll is specific (two or more dead or hurt) or one lead is a follow-up (an arrest, a trial):
    a town sees one man shot dead, or one wounded, many times a year."""
    floors = _toll_floors(a, b) or []
    return a.follow_up or b.follow_up or any(min(low_a, low_b) >= 2 for low_a, low_b in floors)


def _follow_up_of(a: FactMention, b: FactMention) -> bool:
    """One of two reports' leads is a follow-up (an arrest, a charge, a trial) dated after the
    other, by its own news: in one story, it is the other's incident told again when no toll of
    theirs contradicts (a victim who died later is a count that grew, not another shooting)."""
    if not (a.lead and b.lead and a.kind == b.kind == "event") or _tolls_differ(a, b):
        return False
    for later, first in ((a, b), (b, a)):
        if later.follow_up and later.time is not None and first.time is not None \
                and (later.time.start or "") > (first.time.end or first.time.start or "~"):
            return True
    return False


def same_article_score(a: FactMention, b: FactMention,
                       shared: Callable[[FactMention, FactMention], bool] = lambda a, b: False) -> Optional[float]:
    """Score that two event mentions *of one article* are the same incident; None = keep apart."""
    if a.kind != "event" or b.kind != "event" or a.aggregate or b.aggregate or a.planned or b.planned:
        return None
    if not a.event_type or a.event_type != b.event_type or not cmp.is_violent(a.event_type):
        return None
    if not _same_day(a, b) or cmp.places_agree(a.place, b.place) is not True:
        return None
    if cmp.actors_agree(a.actor1, b.actor1) is False or cmp.actors_agree(a.actor2, b.actor2) is False:
        return None
    floors = _toll_floors(a, b)
    if not floors:
        return None
    agreeing = [max(low_a, low_b) for low_a, low_b in floors]
    same_name = bool(cmp.place_names(a.place) & cmp.place_names(b.place))
    if not (same_name or max(agreeing) >= 2):
        return None  # "a man was killed" twice in one city: a round-up may list two such shootings
    return pair_score(a, b, shared)


def cluster(mentions: list[FactMention], scores: dict[tuple[int, int], float],
            threshold: float = MERGE_THRESHOLD) -> list[list[int]]:
    """Greedy best-first merging; an event cluster takes one event mention per article."""
    parent = list(range(len(mentions)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # The reports' lead incidents are matched first: a lead that paired first with a later,
    # toll-less sentence of the other report could no longer join that report's own lead.
    both_leads = {(i, j) for i, j in scores if mentions[i].lead and mentions[j].lead
                  and not _tolls_differ(mentions[i], mentions[j])
                  and cmp.dates_agree(mentions[i].time, mentions[j].time) is not False}
    for (i, j), s in sorted(scores.items(), key=lambda kv: (kv[0] not in both_leads, -kv[1])):
        if s < threshold:
            break
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        # Every pair across the two clusters must be allowed: cross-article pairs have no hard
        # veto, two events of one article passed the stricter same-article test.
        if any((min(x, y), max(x, y)) not in scores for x in members[ri] for y in members[rj]
               if mentions[x].article_id != mentions[y].article_id
               or mentions[x].kind == mentions[y].kind == "event"):
            continue
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def corefer(mentions: list[FactMention], shared=lambda a, b: False,
            threshold: float = MERGE_THRESHOLD) -> list[list[int]]:
    """candidates → score → cluster in one call; returns clusters as lists of mention indexes."""
    scores = {}
    for i, j in candidate_pairs(mentions):
        s = pair_score(mentions[i], mentions[j], shared)
        if s is not None:
            scores[(i, j)] = s
    for i, j in same_article_pairs(mentions):
        s = same_article_score(mentions[i], mentions[j], shared)
        if s is not None:
            scores[(i, j)] = s
    return cluster(mentions, scores, threshold)
