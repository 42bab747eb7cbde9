"""Incremental story grouping: each new article joins the most similar open story or starts one.

The three public steps, usable alone:

* ``StoryGrouper.features(text, ...)`` — a sparse, L2-normalised TF-IDF vector over content
  words, capitalised-name keys and incident keys (people named with an age ``v:``, streets
  ``a:``, ages ``g:``; see ``textfeat``), with page boilerplate (paragraphs the same outlet
  repeats, or that several articles of any outlet carry) removed. IDF is learnt from the
  stream itself, so nothing is fitted ahead.
* ``StoryGrouper.candidates(vec, day)`` — blocking: only stories still open inside the time
  window (``story_window_days``) that share one of the article's rarest keys. Stories that
  fall out of the window are dropped from memory, so cost per article is bounded by what is
  open in the window, and total time grows about linearly with the stream.
* ``StoryGrouper.add(...)`` — scores the candidates (cosine to the story centroid, or to the
  closest member) and joins the best one above ``story_threshold``. A page whose body does not
  retell its headline (a sign-up wall under the story's title) is scored by how much of its
  headline the story's reports share, when that includes a rare word (``headline_cover``).

A story that leaves the window and named a person with an age, or reported an incident (an
``x:`` key from the extractors: town and day of a violent event, see ``stories_linker``), is
kept, compacted (top ``archive_terms`` centroid terms, no members), in an archive reachable
only through those people and incidents, and the rare named streets it gave, for
``long_window_days`` (three years: a trial or a plea often comes two years on): a follow-up
months or years later (arrest, charges, trial) that dates and places the incident it refers
back to, or (a report headlined with an arrest, a charge, a trial) names the incident's street
or rare names again, rejoins it when nothing in the window fits; a report that names the victim
or suspect again with the same age, or any other report that names the street or the names,
does so within ``names_window_days`` (a year: a year on, a person is a year older, and a name or
a street has seen other incidents). Inside the window, a report headlined with what
followed (an arrest, a charge) is not held back by its days since the story's last report. The archive is
bounded by time and by ``max_archive`` stories.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..timex.event import JUSTICE_NEWS, reads_as_follow_up
from . import textfeat as tf


@dataclass
class OpenStory:
    id: str
    first_day: Optional[int]
    last_day: Optional[int]
    centroid: dict[str, float]  # sum of member vectors (unnormalised), truncated
    keys: set[str] = field(default_factory=set)
    strong: set[str] = field(default_factory=set)  # rare full names and street addresses
    members: list[tuple[str, dict[str, float]]] = field(default_factory=list)  # last few only
    size: int = 0
    outlets: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # ``v:`` keys: people named with an age
    incidents: set[str] = field(default_factory=set)  # ``x:`` keys: town and day of its incidents
    ages: set[str] = field(default_factory=set)  # ``g:`` keys: the ages its reports give
    rare: set[str] = field(default_factory=set)  # rare multi-word names that are not places
    # every report so far is a page that carries only its headline: its centroid is what the
    # headlines say, which a later report is compared with (``headline_cover``)
    headline_only: bool = False


def day_number(value) -> Optional[int]:
    """ISO date/datetime string or date → proleptic day ordinal (None when unknown)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().toordinal()
    if isinstance(value, dt.date):
        return value.toordinal()
    try:
        return dt.date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


# Ages a report gives that make blocking keys with its incidents (a report listing a family's
# ages stays bounded).
MAX_AGES_PER_REPORT = 4


class StoryGrouper:
    """Streaming, blocked story grouping with bounded memory (see module docstring)."""

    def __init__(self, window_days: int = 7, threshold: float = 0.35, *, name_weight: float = 1.5,
                 n_keys: int = 12, max_postings: int = 400, centroid_terms: int = 400,
                 link: str = "centroid", boilerplate_min: int = 2, keep_members: int = 8,
                 id_prefix: str = "S-", title_weight: float = 2.0, lead_chars: int = 1200,
                 rest_weight: float = 0.3, memory_cap: int = 300_000, same_outlet_margin: float = 0.0,
                 gap_penalty: float = 0.2,
                 strong_bonus: float = 0.1, strong_df: int = 5, person_weight: float = 3.0,
                 long_window_days: int = 3 * 365, names_window_days: int = 365, long_threshold: float = 0.15,
                 long_bonus: float = 0.1,
                 long_max_stories: int = 3, archive_terms: int = 120, max_archive: int = 200_000,
                 global_boilerplate_min: int = 3, street_weight: float = 3.0, age_weight: float = 2.0,
                 long_name_threshold: float = 0.3, incident_age_bonus: float = 0.25,
                 incident_toll_bonus: float = 0.25, block_on_incidents: bool = True,
                 archive_strong: bool = True, follow_up_gap_penalty: float = 0.0, person_bonus: float = 0.25,
                 long_place_threshold: float = 0.25, headline_cover_min: float = 0.25,
                 headline_rare_df: int = 3, headline_rare_share: float = 0.005):
        self.window = window_days
        self.threshold = threshold
        self.name_weight = name_weight
        self.n_keys = n_keys
        self.max_postings = max_postings
        self.centroid_terms = centroid_terms
        self.link = link
        self.boilerplate_min = boilerplate_min
        self.keep_members = keep_members
        self.id_prefix = id_prefix
        self.title_weight = title_weight
        self.lead_chars = lead_chars
        self.rest_weight = rest_weight
        self.memory_cap = memory_cap
        self.same_outlet_margin = same_outlet_margin
        self.gap_penalty = gap_penalty
        self.strong_bonus = strong_bonus
        self.strong_df = strong_df
        self.person_weight = person_weight
        self.long_window = long_window_days
        self.names_window = names_window_days
        self.long_threshold = long_threshold
        self.long_bonus = long_bonus
        self.long_max_stories = long_max_stories
        self.archive_terms = archive_terms
        self.max_archive = max_archive
        self.global_boilerplate_min = global_boilerplate_min
        self.street_weight = street_weight
        self.age_weight = age_weight
        self.long_name_threshold = long_name_threshold
        self.incident_age_bonus = incident_age_bonus
        self.incident_toll_bonus = incident_toll_bonus
        self.block_on_incidents = block_on_incidents
        self.archive_strong = archive_strong
        self.follow_up_gap_penalty = follow_up_gap_penalty
        self.person_bonus = person_bonus
        self.long_place_threshold = long_place_threshold
        self.headline_cover_min = headline_cover_min
        self.headline_rare_df = headline_rare_df
        self.headline_rare_share = headline_rare_share
        # Stories past the window, reachable only through the people they name (``v:`` keys).
        self.archive: dict[str, OpenStory] = {}
        self.arch_postings: dict[str, set[str]] = {}
        self._arch_expiry: deque[tuple[int, str]] = deque()
        self.n_docs = 0
        self.df: Counter = Counter()
        self.seen_paras: Counter = Counter()  # (outlet, paragraph hash) → articles seen with it
        # paragraph hash → (stories it was seen in, last one): a paragraph that several stories
        # carry, whatever the outlet, is page furniture (sister sites on one CMS); wire copy
        # repeated across outlets within one story is not.
        self.para_stories: dict[str, tuple[int, str]] = {}
        self._hashes: set[str] = set()
        self._place_names: set[str] = set()  # the current article's place names, as ``n:`` keys
        self.stories: dict[str, OpenStory] = {}
        self.postings: dict[str, set[str]] = {}
        self._expiry: deque[tuple[int, str]] = deque()
        self._next = 0
        self.n_compared = 0

    # --- features -------------------------------------------------------------------
    def content(self, text: str, outlet: Optional[str]) -> str:
        """Text without repeated paragraphs (in the article itself or in the outlet's others)."""
        kept, here = [], set()
        for s, e in tf.paragraphs(text):
            h = tf.para_hash(text[s:e])
            if h in here:
                continue
            here.add(h)
            key = (outlet or "", h)
            if self.seen_paras[key] < self.boilerplate_min and \
                    (not self.global_boilerplate_min or self.para_stories.get(h, (0, ""))[0] < self.global_boilerplate_min):
                kept.append(text[s:e])
            self.seen_paras[key] += 1
        self._hashes = here
        if len(self.seen_paras) > self.memory_cap:  # bound memory: forget paragraphs seen once
            self.seen_paras = Counter({k: v for k, v in self.seen_paras.items() if v > 1})
        if len(self.para_stories) > self.memory_cap:
            self.para_stories = {k: v for k, v in self.para_stories.items() if v[0] > 1}
        return "\n".join(kept)

    def features(self, text: str, outlet: Optional[str] = None, title: Optional[str] = None,
                 learn: bool = True, extra: Iterable[str] = (), *, headline_only: bool = False) -> dict[str, float]:
        """``extra``: keys from the extractors when they ran (resolved places as ``p:<geonameid>``,
        entities), weighted like names. ``headline_only``: the vector of the title and ``extra``
        alone (the body is not read)."""
        body = "" if headline_only else self.content(text, outlet)
        head = tf.clean_title(title)
        lead, rest = body[:self.lead_chars], body[self.lead_chars:]
        parts = [(head, self.title_weight), (lead, 1.0), (rest, self.rest_weight)]
        raw: dict[str, float] = {}
        for part, weight in parts:
            if not part or not weight:
                continue
            for k, v in tf.tf_vector(tf.tokens(part)).items():
                raw[k] = raw.get(k, 0.0) + weight * v
            for k, v in tf.tf_vector(tf.name_keys(part)).items():
                raw[k] = raw.get(k, 0.0) + weight * self.name_weight * v
        extra = list(extra)
        self._place_names = {"n:" + k[2:] for k in extra if k.startswith("q:")}
        for k, v in tf.tf_vector([k for k in extra if not k.startswith("q:")]).items():
            raw[k] = raw.get(k, 0.0) + self.name_weight * v
        if self.person_weight or self.long_window:
            for k, v in tf.tf_vector(tf.person_keys(head + "\n" + body)).items():
                raw[k] = raw.get(k, 0.0) + (self.person_weight or 1e-3) * v
        if self.age_weight:
            for k, v in tf.tf_vector(tf.age_keys(head + "\n" + body)).items():
                raw[k] = raw.get(k, 0.0) + self.age_weight * v
        if self.street_weight:
            for k, v in tf.tf_vector(tf.street_keys(head + "\n" + body)).items():
                raw[k] = raw.get(k, 0.0) + self.street_weight * v
        if learn:
            self.n_docs += 1
            self.df.update(raw.keys())
            if len(self.df) > self.memory_cap:  # rare terms keep a high IDF when forgotten
                self.df = Counter({k: v for k, v in self.df.items() if v > 1})
        n = self.n_docs + 1
        vec = {t: w * (math.log(n / (self.df.get(t, 0) + 1)) + 1.0) for t, w in raw.items()}
        return tf.normalise(vec)

    def strong_keys(self, vec: dict[str, float]) -> set[str]:
        """Multi-word names and streets few articles have used so far ("n:north homan", "n:frank
        gomez", "a:gherald street"): two reports sharing one are very likely about the same
        incident; so are two pages under one long headline (``textfeat.headline_key``, added
        in ``add``)."""
        return {k for k in vec if k[:2] in ("n:", "a:") and " " in k and self.df.get(k, 0) <= self.strong_df}

    @staticmethod
    def is_headline_only(text: str, title: Optional[str]) -> bool:
        """The page's body is not its story (``textfeat.body_retells_headline``)."""
        return not tf.body_retells_headline(text, title or "")

    def headline_cover(self, hvec: dict[str, float], terms) -> float:
        """How much of a headline-only page's weight (``hvec``: its headline and extractor keys)
        the other side uses (``terms``: a story's centroid, or a report's vector when the story
        is the page), 0 to 1; 0 unless a word or key few articles have used so far is among it
        (a town, a name, the town and day of its incident: a headline of generic words —
        "man", "killed", "police" — fits any story of its kind), or below ``headline_cover_min``.
        The words of what followed ("charged", "pleads") count for nothing: another story's plea
        uses them too."""
        rare = max(self.headline_rare_df, self.headline_rare_share * self.n_docs)
        # (the news of the courts and the police says what followed, not which incident: "pleads")
        shared = [t for t in hvec if t in terms and not JUSTICE_NEWS.fullmatch(t)]
        if not any(self.df.get(t, 0) <= rare for t in shared):
            return 0.0
        cover = sum(hvec[t] ** 2 for t in shared)
        return cover if cover >= self.headline_cover_min else 0.0

    def headline_score(self, hvec: dict[str, float], terms) -> float:
        """A ``headline_cover`` as a score: the threshold at ``headline_cover_min``, 0 below."""
        cover = self.headline_cover(hvec, terms)
        return self.threshold + cover - self.headline_cover_min if cover else 0.0

    def keys_of(self, vec: dict[str, float]) -> list[str]:
        """Blocking keys: the article's highest-weighted (rarest, most repeated) terms."""
        return list(tf.top_terms(vec, self.n_keys))

    # --- candidates and scores ------------------------------------------------------
    def expire(self, day: Optional[int]) -> None:
        if day is None:
            return
        while self._expiry and self._expiry[0][0] < day - self.window:
            last, sid = self._expiry.popleft()
            st = self.stories.get(sid)
            if st is None or (st.last_day is not None and st.last_day >= day - self.window):
                continue  # it was extended since; a newer expiry entry exists
            for k in st.keys:
                p = self.postings.get(k)
                if p is not None:
                    p.discard(sid)
                    if not p:
                        del self.postings[k]
            del self.stories[sid]
            self._to_archive(st)
        self._expire_archive(day)

    # --- archive: stories past the window, found again only by a person they name ----
    @staticmethod
    def _people(vec) -> set[str]:
        return {k for k in vec if k.startswith("v:")}

    @staticmethod
    def _incidents(vec) -> set[str]:
        return {k for k in vec if k.startswith("x:")}

    @staticmethod
    def _towns(incidents: Iterable[str]) -> set[str]:
        """The towns and counties of incident keys without their days (``y:<town>|<region>|
        <country>``): what a report of what followed looks its incident up by when it does not
        say the incident's day (a headline-only page dated by its own news)."""
        return {"y:" + k[2:k.rindex("|")] for k in incidents if "|k" not in k}

    @staticmethod
    def _tolled_incidents(vec) -> set[str]:
        """Incident keys with the toll (``…|k2|i2``): a town and a day alone are shared by every
        report from a city at war, or from a big city's crime beat, that day."""
        return {k for k in vec if k.startswith("x:") and "|k" in k}

    def _same_incident_and_age(self, incidents: set[str], ages: set[str], st: OpenStory) -> bool:
        """The article and the story report an incident of one town and day and give a victim
        the same age."""
        return bool(self.incident_age_bonus and incidents & st.incidents and ages & st.ages)

    def _same_incident_and_toll(self, incidents: set[str], st: OpenStory) -> bool:
        """The article and the story report an incident of one town and day with the same toll
        of two or more people (``incident_keys`` adds the toll to the key)."""
        return bool(self.incident_toll_bonus) and any("|k" in k for k in incidents & st.incidents)

    def _archive_keys(self, st: OpenStory) -> set[str]:
        """What an archived story is found again by: the people it named with an age, its
        incidents and their towns, the rare named streets and the rare names (not places) it
        gave: a follow-up weeks later often names the street or the store of the shooting but no
        victim's age, and dates it by its own news."""
        return st.people | st.incidents | self._towns(st.incidents) | self._named_streets(st.strong) | st.rare

    def _to_archive(self, st: OpenStory) -> None:
        if not self.long_window or st.last_day is None:
            return
        if not (st.people or st.incidents):
            return
        st.centroid = tf.top_terms(st.centroid, self.archive_terms)
        st.members = []
        self.archive[st.id] = st
        for k in self._archive_keys(st):
            self.arch_postings.setdefault(k, set()).add(st.id)
        self._arch_expiry.append((st.last_day, st.id))

    def _drop_archived(self, sid: str) -> Optional[OpenStory]:
        st = self.archive.pop(sid, None)
        if st is None:
            return None
        for k in self._archive_keys(st):
            p = self.arch_postings.get(k)
            if p is not None:
                p.discard(sid)
                if not p:
                    del self.arch_postings[k]
        return st

    def _expire_archive(self, day: int) -> None:
        while self._arch_expiry and (self._arch_expiry[0][0] < day - self.long_window
                                     or len(self.archive) > self.max_archive):
            last, sid = self._arch_expiry.popleft()
            st = self.archive.get(sid)
            if st is not None and st.last_day == last:
                self._drop_archived(sid)

    def _looked_up(self, vec, strong: set[str], rare: set[str]) -> set[str]:
        out = self._people(vec) | self._incidents(vec)
        if self.long_name_threshold:
            out |= {"v:" + k[2:] for k in vec if k.startswith("n:") and k.count(" ") == 1}
        return out | rare | self._named_streets(strong)

    def _rare_names(self, keys: Iterable[str]) -> set[str]:
        """The rare multi-word names among strong keys ("n:minyard food store", "n:adonis brown"):
        found again only by a report of what followed, and never through a place name (the
        extractors' ``q:`` keys; a new incident in the same city names the same places)."""
        if not self.archive_strong:
            return set()
        return {k for k in keys if k.startswith("n:")}

    def _named_streets(self, keys: Iterable[str]) -> set[str]:
        """The named streets among rare keys ("a:gherald street", not "a:12th avenue": a
        numbered street runs through a city's whole grid and sees many incidents)."""
        if not self.archive_strong:
            return set()
        return {k for k in keys if k.startswith("a:") and not k[2].isdigit()}

    def archived_candidates(self, vec: dict[str, float], strong: Optional[set[str]] = None,
                            rare: Iterable[str] = (), day: Optional[int] = None,
                            follow_up: bool = False) -> set[str]:
        """Archived stories sharing a person, an incident, a named street (of ``strong``, the
        article's strong keys) or one of ``rare`` (the rare names, or the towns, a follow-up
        looks up by). An incident (its town and day) reaches back the whole ``long_window_days``,
        and so do the names, streets and towns of a report of what followed (an arrest, a trial:
        ``follow_up``); a person named with an age, and any other report's names and streets,
        reach back ``names_window_days`` (a person is a year older a year on; a name or a street
        sees other incidents over the years)."""
        strong = self.strong_keys(vec) if strong is None else strong
        out: set[str] = set()
        for k in self._looked_up(vec, strong, set(rare)):
            p = self.arch_postings.get(k)
            # (a town is looked up only by a headline-only follow-up, which its cover scores: more may pass)
            if not p or len(p) > (3 * self.long_max_stories if k.startswith("y:") else self.long_max_stories):
                continue
            whole_window = k.startswith("x:") or (follow_up and not k.startswith("v:"))
            if day is not None and not whole_window:
                p = {sid for sid in p if self.archive[sid].last_day is None
                     or day - self.archive[sid].last_day <= self.names_window}
            out.update(p)
        return out

    def _revive(self, sid: str) -> None:
        st = self._drop_archived(sid)
        self.stories[sid] = st
        for k in st.keys:
            self.postings.setdefault(k, set()).add(sid)

    def _incident_blocking(self, vec: dict[str, float]) -> set[str]:
        """What ties a report to another whatever its wording: an incident with its toll (town,
        day, dead and hurt), an incident with a victim's age (town or county, day, age: the pairs
        the scores reward), a person named with an age."""
        if not self.block_on_incidents:
            return set()
        ages = sorted(k[2:] for k in vec if k.startswith("g:"))[:MAX_AGES_PER_REPORT]
        aged = {f"{k}|g{a}" for k in self._incidents(vec) if "|k" not in k for a in ages}
        return self._tolled_incidents(vec) | aged | self._people(vec)

    def blocking_keys(self, vec: dict[str, float], ties: Optional[set[str]] = None) -> list[str]:
        """The keys an article is looked up by: its top terms, and what ties it to a report of the
        same incident (``ties``, ``_incident_blocking``'s keys): two local outlets may word one
        shooting so differently that no rare term is common to both, yet give it the same town,
        day and toll."""
        ties = self._incident_blocking(vec) if ties is None else ties
        keys = self.keys_of(vec)
        keys += sorted(k for k in ties if k not in keys)
        return keys

    def candidates(self, vec: dict[str, float], day: Optional[int], ties: Optional[set[str]] = None) -> set[str]:
        out: set[str] = set()
        for k in self.blocking_keys(vec, ties):
            p = self.postings.get(k)
            if p and len(p) <= self.max_postings:
                out.update(p)
        if day is None:
            return out
        return {s for s in out if self._in_window(self.stories[s], day)}

    def _in_window(self, st: OpenStory, day: int) -> bool:
        if st.first_day is None:
            return True
        return st.first_day - self.window <= day <= st.last_day + self.window

    def score(self, vec: dict[str, float], st: OpenStory) -> float:
        self.n_compared += 1
        if self.link == "max":
            return max(tf.cosine(vec, m) for _, m in st.members)
        cen = tf.normalise(st.centroid)
        s = tf.cosine(vec, cen)
        if self.link == "both":
            s = max(s, max(tf.cosine(vec, m) for _, m in st.members))
        return s

    # --- clustering -----------------------------------------------------------------
    def new_story_id(self, doc_id: str) -> str:
        """The id of a story this article starts: a counter here; the store's linker derives it
        from the article's id instead, so it does not depend on what was linked before."""
        self._next += 1
        return f"{self.id_prefix}{self._next}"

    def add(self, doc_id: str, text: str, published=None, outlet: Optional[str] = None,
            title: Optional[str] = None, extra: Iterable[str] = ()) -> tuple[str, float]:
        """Assign one article; returns (story id, similarity to it, 1.0 for a new story)."""
        day = day_number(published)
        self.expire(day)
        extra = list(extra)  # read twice for a headline-only page
        vec = self.features(text, outlet, title, extra=extra)
        strong = self.strong_keys(vec) | set(tf.headline_key(tf.clean_title(title)))
        incidents, ages = self._incidents(vec), {k for k in vec if k.startswith("g:")}
        people, ties = self._people(vec), self._incident_blocking(vec)
        rare = self._rare_names(strong) - self._place_names
        best, best_s = None, 0.0
        follow_up = reads_as_follow_up(text, title or "")
        # A page that carries only its headline is compared by what that headline says: its
        # few words against a story's many give a low cosine even when every one of them fits.
        hvec = self.features(text, outlet, title, learn=False, extra=extra, headline_only=True) \
            if self.headline_cover_min and self.is_headline_only(text, title) else None
        # It is looked up by the town and day of its incident too (the few words of its headline
        # are seldom a story's top terms), by its town alone when it reports what followed (the
        # day it gives is its own news's), and a report looks up the pages of its town and day
        # that no report has joined yet.
        towns = self._towns(incidents)  # (looked up only by a headline-only report of what followed)
        found = self.candidates(vec, day, ties)
        if hvec:
            found |= self.candidates(hvec, day, ties | incidents | (towns if follow_up else set()))
        else:
            found |= {sid for sid in self.candidates({}, day, incidents) if self.stories[sid].headline_only}
        for sid in sorted(found):  # sorted: ties go the same way in every process
            st = self.stories[sid]
            s = self.score(vec, st)
            if hvec:
                s = max(s, self.headline_score(hvec, st.centroid))
            elif st.headline_only:
                s = max(s, self.headline_score(tf.normalise(st.centroid), vec))
            if day is not None and st.last_day is not None and self.gap_penalty:
                # Far-apart reports need more shared wording: a follow-up weeks later must name names.
                gap = max(0, st.first_day - day, day - st.last_day)
                # ... unless it reports an arrest or a charge: that news comes days after the shooting
                penalty = self.follow_up_gap_penalty if follow_up and day > st.last_day else self.gap_penalty
                s -= penalty * gap / max(1, self.window)
            if self.strong_bonus and strong & st.strong:
                s += self.strong_bonus * min(2, len(strong & st.strong))
            if self._same_incident_and_age(incidents, ages, st):
                # Two reports of an incident in one town on one day that give a victim the same
                # age: local outlets word the same shooting very differently, but a city seldom
                # has two such shootings of a person that age on one day.
                s += self.incident_age_bonus
            elif self._same_incident_and_toll(incidents, st):
                # The same town, day and toll (two dead and two wounded): as telling as an age.
                s += self.incident_toll_bonus
            elif people & st.people:
                # A person named with the same age ("Arie Lee, 34"): as telling, whatever the day.
                s += self.person_bonus
            if outlet and st.outlets == {outlet}:
                s -= self.same_outlet_margin  # an outlet's own pages share style and page furniture
            if s > best_s:
                best, best_s = sid, s
        if self.long_window and (best is None or best_s < self.threshold):
            # A follow-up past the window (arrest, charges, trial) that names a person an
            # archived story named: join it when the wording agrees at least a little.
            streets = self._named_streets(strong)
            # a report of an arrest or a trial also looks up any rare name the incident's story gave
            wanted = (rare | towns if hvec else rare) if follow_up else ()
            for sid in sorted(self.archived_candidates(vec, strong, wanted, day, follow_up)):
                st = self.archive[sid]
                self.n_compared += 1
                if hvec is not None:  # a headline-only page: by how much of its headline the story covers
                    s = self.headline_score(hvec, st.centroid)
                    if s > best_s:
                        best, best_s = sid, s
                    continue
                shared = people & st.people
                if not shared and (self._same_incident_and_age(incidents, ages, st)
                                   or self._same_incident_and_toll(incidents, st)):
                    shared = {"incident"}  # its town and day, and a victim's age or the toll: as good as a name
                cos = tf.cosine(vec, tf.normalise(st.centroid))
                # (a street counts for a report of what followed, an arrest or a trial: another
                # report naming the street may be of a new incident there)
                placed = bool(incidents & st.incidents) or bool(
                    follow_up and streets & self._named_streets(st.strong))
                if not shared and cos < (self.long_place_threshold if placed else self.long_name_threshold):
                    # named without an age here, or found through the town and day of an
                    # incident (many in a city) or its street: the wording must agree more
                    # (a little less when the incident's town and day or street agree)
                    continue
                shared = shared or {"name"}
                s = cos + self.long_bonus * min(2, len(shared))
                if s >= self.long_threshold and s + self.threshold - self.long_threshold > best_s:
                    best, best_s = sid, s + self.threshold - self.long_threshold
        if best in self.archive:
            self._revive(best)
        if best is None or best_s < self.threshold:
            best = self.new_story_id(doc_id)
            self.stories[best] = OpenStory(best, day, day, {}, headline_only=hvec is not None)
            best_s = 1.0
        # a headline-only page's body is not its story: what the story holds of it is its headline
        self._join(self.stories[best], doc_id, hvec or vec, day, ties | incidents | towns)
        st = self.stories[best]
        st.headline_only = st.headline_only and hvec is not None
        if len(st.strong) < 200:
            st.strong |= strong
        if len(st.people) < 50:
            st.people |= self._people(vec)
        if len(st.incidents) < 50:
            st.incidents |= incidents
        if len(st.ages) < 50:
            st.ages |= ages
        if len(st.rare) < 50:
            st.rare |= rare
        if self.global_boilerplate_min:
            for h in self._hashes:
                n, last = self.para_stories.get(h, (0, ""))
                if last != best:
                    self.para_stories[h] = (n + 1, best)
        if outlet:
            self.stories[best].outlets.add(outlet)
        return best, best_s

    def _join(self, st: OpenStory, doc_id: str, vec: dict[str, float], day: Optional[int],
              ties: Iterable[str] = ()) -> None:
        for t, w in vec.items():
            st.centroid[t] = st.centroid.get(t, 0.0) + w
        if len(st.centroid) > self.centroid_terms:
            st.centroid = tf.top_terms(st.centroid, self.centroid_terms)
        st.members.append((doc_id, vec))
        if len(st.members) > self.keep_members:
            st.members.pop(0)
        st.size += 1
        self._post(st, self.keys_of(vec), 8 * self.n_keys)
        self._post(st, sorted(ties), 12 * self.n_keys)  # (room beyond the terms' share)
        if day is not None:
            st.first_day = day if st.first_day is None else min(st.first_day, day)
            st.last_day = day if st.last_day is None else max(st.last_day, day)
            self._expiry.append((st.last_day, st.id))

    def _post(self, st: OpenStory, keys: Iterable[str], cap: int) -> None:
        """Make ``st`` found by ``keys`` while it holds fewer than ``cap`` keys."""
        for k in keys:
            if k not in st.keys and len(st.keys) < cap:
                st.keys.add(k)
                self.postings.setdefault(k, set()).add(st.id)


def group_stream(items, window_days: int = 7, threshold: float = 0.35, **kw) -> dict[str, str]:
    """Group ``(id, text, published, outlet, title)`` tuples (in stream order) → {id: story}."""
    g = StoryGrouper(window_days, threshold, **kw)
    return {doc_id: g.add(doc_id, text, pub, outlet, title)[0] for doc_id, text, pub, outlet, title in items}
