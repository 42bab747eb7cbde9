"""Claims: for each sentence that holds a fact, who the outlet says asserts it, and how firmly.

Article-level resolution on top of ``attribution``: pronouns and descriptions ("he",
"the UK-based group", "the head of Russian troops in Syria") resolve to the claimant
named nearby; surnames join full names ("Lapin" → "Aleksandr Lapin"); names go through the
alias table; a direct quote split by "he added" gets one speaker, and a clause the
sentence splitter cut off ("... and that “The Syrian military will ...”") keeps its
speaker; a sentence hedged "allegedly" with no cue goes to the article's principal
claimant. Any other sentence with no claimant is the outlet's own assertion — including a figure
stated without a cue right after reported speech: the text does not attribute it, so
neither do we.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..model import Analysis, Claim, Entity, Quantity, Span
from .aliases import ActorEntry, AliasTable, normalise
from .attribution import PRONOUN_RE, ROLE_WORDS, UNNAMED_RE, SourceGuess, attribute, find_quotes

_NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE")
_TITLE_WORDS = (r"(?:(?:Chief|Officer|Sgt\.?|Sergeant|Detective|Det\.|Deputy|Sheriff|Mayor|Governor|Gov\.|"
                r"Senator|Sen\.|Rep\.|Judge|Lt\.|Capt\.|Captain|Lieutenant|Colonel|Col\.|General|Gen\.|"
                r"Major|Maj\.|President|Minister|Commander|Spokesman|Spokeswoman|Dr\.|Mr\.|Mrs\.|Ms\.)\s+)+")
_NAME_AT_END = re.compile(r"(?<![\w.])(?!(?:The|A|An|Police|Officials?|Authorities|Friends|Neighbou?rs|Investigators)\b)"
                          r"[A-Z][a-z'’]+(?:\s+[A-Z]\.)?\s+(?:(?:de|van|von|al-|bin)\s*)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
                          r"(?=\s*(?:,[^,]*)?$)")


@dataclass
class _Who:
    name: str
    kind: str  # person, organisation, unnamed
    key: str
    span: Span
    role: Optional[str] = None
    entry: Optional[ActorEntry] = None


class _Registry:
    """Entities of one article, keyed by canonical id."""

    def __init__(self, article_id: str):
        self.aid = article_id
        self.entities: dict[str, Entity] = {}

    def add(self, key: str, kind: str, name: str, span: Optional[Span], entry: Optional[ActorEntry] = None) -> str:
        ent = self.entities.get(key)
        if ent is None:
            ids = {}
            if entry is not None:
                if entry.acled:
                    ids["acled"] = entry.acled
                if entry.inter is not None:
                    ids["inter"] = str(entry.inter)
                if entry.affiliation:
                    ids["affiliation"] = entry.affiliation
            ent = self.entities[key] = Entity(key, kind, name, [], ids, [])
        if span is not None:
            if span.text and span.text not in ent.aliases:
                ent.aliases.append(span.text)
            if all((m.start, m.end) != (span.start, span.end) for m in ent.mentions):
                ent.mentions.append(span)
        return key

    def person_by_surname(self, surname: str) -> Optional[Entity]:
        s = normalise(surname)
        for ent in self.entities.values():
            if ent.kind == "person" and normalise(ent.name).split()[-1:] == [s]:
                return ent
        return None


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise(name)).strip("-")[:60] or "x"


def _entity_kind(entry: ActorEntry) -> str:
    return "person" if entry.kind == "person" else "organisation"


class _Resolver:
    def __init__(self, text: str, aid: str, sentences, mentions, table: AliasTable, reg: _Registry):
        self.text, self.aid, self.sents, self.table, self.reg = text, aid, sentences, table, reg
        self.mentions = [(s, e, lab) for s, e, lab in mentions if lab in _NAME_LABELS]
        self.last_person: Optional[_Who] = None
        self.last_org: Optional[_Who] = None

    def span(self, s: int, e: int) -> Span:
        return Span(self.aid, s, e, self.text[s:e])

    def from_entry(self, entry: ActorEntry, s: int, e: int, role=None) -> _Who:
        key = f"actor:{_slug(entry.name)}"
        self.reg.add(key, entry.kind, entry.name, self.span(s, e), entry)
        return _Who(entry.name, _entity_kind(entry), key, self.span(s, e), role, entry)

    def person(self, name: str, s: int, e: int, role=None) -> _Who:
        entry = self.table.lookup(name)
        if entry is not None:
            return self.from_entry(entry, s, e, role)
        clean = re.sub(r"^(?:(?:Lt|Lieut|Gen|Col|Maj|Capt|Dr|Mr|Mrs|Ms)\.?\s+|(?:Lieutenant|Colonel|General|"
                       r"Major|Captain|President|Minister)\s+)+", "", name).strip()
        known = self.reg.person_by_surname(clean.split()[-1]) if clean else None
        if known is not None:
            self.reg.add(known.id, "person", known.name, self.span(s, e))
            if len(clean.split()) > len(known.name.split()):
                known.name = clean
            return _Who(known.name, "person", known.id, self.span(s, e), role)
        key = f"person:{_slug(clean)}"
        self.reg.add(key, "person", clean, self.span(s, e))
        return _Who(clean, "person", key, self.span(s, e), role)

    def resolve(self, src: SourceGuess, sent_index: int) -> Optional[_Who]:
        phrase = re.sub(r"^(?:the\s+)?so-called\s+", "", src.text.strip(), flags=re.I)
        if PRONOUN_RE.match(phrase) or re.fullmatch(r"(?:the\s+)?[\w-]+(?:-based)?\s+(?:group|monitor|"
                                                   r"organi[sz]ation)", phrase, re.I):
            if re.match(r"(?:he|she|the (?:general|commander|official|spokes\w+))$", phrase, re.I):
                return self.last_person
            entry = self.table.lookup(phrase)
            if entry is not None:
                return self.from_entry(entry, src.start, src.end)
            return self.last_org or self.last_person
        entry = self.table.by_role(phrase)
        if entry is not None:
            return self.from_entry(entry, src.start, src.end, phrase)
        if re.match(rf"(?:the|a|an)?\s*(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b", phrase, re.I):
            who = self._role_coreference(phrase, sent_index)
            if who is not None:
                return who
        hits = [(s, e, en) for s, e, en in self.table.scan(self.text[src.start:src.end])]
        if hits:
            s, e, en = hits[-1] if src.via != "according" else hits[0]
            return self.from_entry(en, src.start + s, src.start + e, src.role)
        names = [(s, e, lab) for s, e, lab in self.mentions if src.start <= s and e <= src.end]
        persons = [(s, e) for s, e, lab in names if lab == "PERSON"]
        orgs_as_names = [(s, e) for s, e, lab in names if lab != "PERSON" and (
            (lab == "ORG" and _looks_like_person(self.text[s:e]))
            or (" " not in self.text[s:e] and self.reg.person_by_surname(self.text[s:e])))]
        if persons or orgs_as_names:
            s, e = max(persons + orgs_as_names, key=lambda t: t[0])
            role = self.text[src.start:s].strip(" ,–—-") or src.role
            return self.person(self.text[s:e], s, e, role or None)
        name = None if self.mentions else _NAME_AT_END.search(phrase)
        if name:  # no NER available: "neighbor Juan Uribe", "Police Chief Phillip Sanchez"
            full = name.group(0)
            title = re.match(_TITLE_WORDS, full)
            if title:
                full = full[title.end():]
            s0 = src.start + src.text.find(full) if full in src.text else src.start
            role = (phrase[:phrase.find(full)] if full in phrase else "").strip(" ,") or src.role
            return self.person(full, s0, s0 + len(full), role or None)
        # An organisation or place named in the phrase is the claimant only as its head:
        # "Sacramento sheriff's deputies" are deputies (unnamed), not Sacramento.
        orgs = [(s, e) for s, e, lab in names if lab != "PERSON" and not self.text[e:src.end].strip(" ,")]
        if orgs:
            s, e = orgs[-1]
            key = f"org:{_slug(self.text[s:e])}"
            self.reg.add(key, "organisation", self.text[s:e], self.span(s, e))
            return _Who(self.text[s:e], "organisation", key, self.span(s, e), src.role)
        if UNNAMED_RE.search(phrase) and len(phrase.split()) <= 8:
            return _Who(phrase, "unnamed", f"unnamed:{_slug(phrase)}", self.span(src.start, src.end), src.role)
        if re.match(r"[A-Z]", phrase) and len(phrase.split()) <= 6 and not re.match(r"(?:The|This|It|That)\b", phrase):
            kind = "person" if re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}", phrase) else "organisation"
            if kind == "person":
                return self.person(phrase, src.start, src.end, src.role)
            key = f"org:{_slug(phrase)}"
            self.reg.add(key, kind, phrase, self.span(src.start, src.end))
            return _Who(phrase, kind, key, self.span(src.start, src.end), src.role)
        return None

    def _role_coreference(self, phrase: str, i: int) -> Optional[_Who]:
        """'The head of Russian troops' ↔ 'Alexander Lapin – head of Russia's operations'."""
        words = {w.lower() for w in re.findall(rf"\b(?:{ROLE_WORDS})\b", phrase, re.I)}
        for j in [i + 1, i + 2, i - 1, i - 2]:
            if not 0 <= j < len(self.sents):
                continue
            s, e = self.sents[j]
            for ms, me, lab in self.mentions:
                if lab != "PERSON" or not (s <= ms < e):
                    continue
                appos = self.text[me:me + 100]
                am = re.match(r"\s*(?:,|–|—|-)\s*([^,–—.]{3,90})", appos)
                if am and words & {w.lower() for w in re.findall(rf"\b(?:{ROLE_WORDS})\b", am.group(1), re.I)}:
                    return self.person(self.text[ms:me], ms, me, phrase)
        return None

    def remember(self, who: _Who) -> None:
        if who.kind == "person":
            self.last_person = who
        elif who.kind == "organisation":
            self.last_org = who


def build_claims(text: str, article_id: str, sentences: list[tuple[int, int]],
                 mentions: list[tuple[int, int, str]], quantities: list[Quantity],
                 table: AliasTable, dateline: Optional[tuple[int, int]] = None
                 ) -> tuple[list[Claim], list[Entity]]:
    """Claims for the fact-bearing sentences of one article, and the entities they name."""
    reg = _Registry(article_id)
    res = _Resolver(text, article_id, sentences, mentions, table, reg)
    quotes = find_quotes(text)
    qty_starts = [q.span.start for q in quantities]
    claims: dict[int, Claim] = {}
    last_attr: Optional[tuple[int, Claim]] = None
    for i, (s, e) in enumerate(sentences):
        if dateline and s < dateline[1] <= e:
            s = dateline[1] + len(text[dateline[1]:e]) - len(text[dateline[1]:e].lstrip())
            # "Damascus (GPA– The head of ...": the dateline names no claimant
        att = attribute(text, s, e)
        in_quote = next(((a, b) for a, b in quotes if a < e and s < b), None)
        has_qty = any(s <= p < e for p in qty_starts)
        if not (att.cue or in_quote or att.hedges or has_qty):
            continue
        claim = Claim(span=Span(article_id, s, e, text[s:e]))
        claim.hedges = [h for h, _, _ in att.hedges]
        claim.hedge_spans = [Span(article_id, a, b, text[a:b]) for _, a, b in att.hedges]
        if in_quote:
            claim.quote = Span(article_id, in_quote[0], in_quote[1], text[in_quote[0]:in_quote[1]])
        if att.cue:
            claim.cue = att.cue.cue
            claim.cue_span = Span(article_id, att.cue.start, att.cue.end, text[att.cue.start:att.cue.end])
        who = res.resolve(att.source, i) if att.source else None
        if who is not None:
            _set_claimant(claim, who)
            res.remember(who)
            last_attr = (i, claim)
        elif (last_attr and last_attr[0] == i - 1 and re.match(r"\s*(?:and|but|while|as well)\b", text[s:e])
              and last_attr[1].claimant):
            _copy_claimant(claim, last_attr[1])  # "... and that “The Syrian military ...”"
            claim.cue, claim.cue_span = last_attr[1].cue, last_attr[1].cue_span
            last_attr = (i, claim)
        claims[i] = claim
    _quote_speakers(claims, sentences, quotes, article_id, text)
    _hedged_to_main_claimant(claims)
    return [claims[i] for i in sorted(claims)], list(reg.entities.values()) + _mentioned_actors(text, table, reg)


_REPORTING_HEDGES = {"allegedly", "reportedly", "purportedly", "supposedly", "claimed"}


def _hedged_to_main_claimant(claims: dict[int, Claim]) -> None:
    """"X was allegedly destroyed" with no cue: the outlet marks it as someone's claim
    without naming them. When the article has one principal named claimant (at least two
    cued claims, more than anyone else), that is the best reading; cue stays None so the
    inference is visible. Otherwise the sentence stays the outlet's."""
    counts: dict[str, int] = {}
    for c in claims.values():
        if c.claimant and c.cue and c.claimant_kind in ("person", "organisation"):
            counts[c.claimant] = counts.get(c.claimant, 0) + 1
    if not counts:
        return
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    main = next(c for c in claims.values() if c.claimant == ranked[0][0] and c.cue)
    for c in claims.values():
        if c.claimant is None and not c.cue and _REPORTING_HEDGES & set(c.hedges):
            _copy_claimant(c, main)


_ORG_WORDS = re.compile(r"\b(?:police|department|army|forces?|office|ministry|council|group|front|party|"
                        r"brigades?|agency|news|corp|inc|university|church|school|hospital|observatory|"
                        r"committee|commission|court|union|association|bureau|service|guard|militia|"
                        r"movement|organi[sz]ation|network|institute|foundation|company|bank|state|"
                        r"republic|government|coalition|alliance|command|unit|battalion|division|"
                        r"TV|radio|times|post|press|herald|tribune|journal)\b", re.I)


def _looks_like_person(name: str) -> bool:
    """spaCy's small model often tags people as ORG: 'Angelo Mares' reads as a person name."""
    return bool(re.fullmatch(r"[A-Z][a-z'’]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}", name)) and not _ORG_WORDS.search(name)


def _set_claimant(claim: Claim, who: _Who) -> None:
    claim.claimant = who.name
    claim.claimant_kind = who.kind
    claim.claimant_span = who.span
    claim.claimant_role = who.role
    claim.claimant_entity_id = who.key if who.kind != "unnamed" else None


def _copy_claimant(claim: Claim, other: Claim) -> None:
    claim.claimant, claim.claimant_kind = other.claimant, other.claimant_kind
    claim.claimant_span, claim.claimant_role = other.claimant_span, other.claimant_role
    claim.claimant_entity_id = other.claimant_entity_id


def _quote_speakers(claims: dict[int, Claim], sentences, quotes, aid: str, text: str) -> None:
    """One speaker for a quote that runs over several sentences ("“... ongoing. ...,” he added")."""
    for a, b in quotes:
        idx = [i for i, (s, e) in enumerate(sentences) if s < b and a < e and i in claims]
        speaker = next((claims[i] for i in idx if claims[i].claimant and claims[i].cue), None)
        if speaker is None:
            continue
        for i in idx:
            c = claims[i]
            if c.claimant is None:
                _copy_claimant(c, speaker)
                c.cue, c.cue_span = speaker.cue, speaker.cue_span
            if c.quote is None:
                c.quote = Span(aid, a, b, text[a:b])


def _mentioned_actors(text: str, table: AliasTable, reg: _Registry) -> list[Entity]:
    """Actors named anywhere in the text (not only as claimants), grouped by canonical entry."""
    before = set(reg.entities)
    for s, e, entry in table.scan(text):
        reg.add(f"actor:{_slug(entry.name)}", entry.kind, entry.name, Span(reg.aid, s, e, text[s:e]), entry)
    return [reg.entities[k] for k in reg.entities if k not in before]


def claim_for(analysis: Analysis, start: int, end: int) -> Optional[Claim]:
    """The claim whose sentence covers characters ``[start, end)`` (the tightest), else the
    one overlapping them most; None means the outlet asserts it unattributed."""
    covering = [c for c in analysis.claims if c.span.start <= start and end <= c.span.end]
    if covering:
        return min(covering, key=lambda c: c.span.end - c.span.start)
    overlap = [(min(end, c.span.end) - max(start, c.span.start), c) for c in analysis.claims]
    overlap = [(o, c) for o, c in overlap if o > 0]
    return max(overlap, key=lambda t: t[0])[1] if overlap else None


def quotes_match(a: Optional[Span], b: Optional[Span], threshold: float = 90.0) -> bool:
    """Whether two quotes (from two reports) are the same passage, allowing for the small
    edits outlets make ("Over 450 terrorists, five tanks and" / "450 terrorists, five tanks, and")."""
    if a is None or b is None:
        return False
    from rapidfuzz import fuzz

    na, nb = normalise(a.text), normalise(b.text)
    if len(na) < 12 or len(nb) < 12:
        return na == nb
    return fuzz.partial_ratio(na, nb) >= threshold if min(len(na), len(nb)) >= 0.5 * max(len(na), len(nb)) \
        else False
