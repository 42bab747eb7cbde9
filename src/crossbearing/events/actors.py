"""Actors in news text: who acted (actor1, initiator) and on whom (actor2, target).

A small pattern table maps the ways outlets name armed actors ("Syrian Arab Army", "SAA",
"government troops", "Daesh", "Isis", "US-led coalition", "Russian warplanes", a Kalibr
missile) to ACLED-style names with ACLED's actor class (inter code). Roles come from word
order and voice: in "X struck Y" X initiates; in "Y were killed by X" the agent after "by"
does. Generic words ("terrorists", "militants") take the most recently named armed group of
the article; victims ("civilians", "members of a family", "children") make actor2 Civilians.
Without a country in view, names carry none (ACLED's "(2000-)" period suffixes are not
guessed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# (regex, ACLED-style name, inter code). Order matters: specific before generic.
_TABLE: tuple[tuple[str, str, int], ...] = (
    (r"saudi[- ]led coalition", "Military Forces of Saudi Arabia", 8),
    (r"(?:us|u\.s\.|american|washington)[- ]led (?:military )?coalition|coalition (?:air ?strikes?|warplanes?|jets?|forces)"
     r"|international coalition|global coalition", "US-led coalition", 8),
    (r"syrian (?:arab )?army|\bsaa\b|syrian (?:government |regime )?(?:forces|troops|military|soldiers)"
     r"|(?:syrian )?government (?:forces|troops)|regime forces|syrian army", "Military Forces of Syria", 1),
    (r"russian (?:forces|troops|military(?: assets)?|air ?force|air power|warplanes?|jets?|navy|aircraft|army|soldiers)"
     r"|kalibr|admiral essen|russia(?:'s|’s)? (?:military|forces)|\brussia\b(?= (?:has |had |have )?"
     r"(?:played|struck|bombed|launched|carried out|attacked|shelled|helped|aided))", "Military Forces of Russia", 8),
    (r"ukrainian (?:forces|troops|military|army|soldiers)", "Military Forces of Ukraine", 1),
    (r"israeli (?:forces|troops|military|army|soldiers|warplanes?|jets?)|\bidf\b", "Military Forces of Israel", 1),
    (r"turkish (?:forces|troops|military|army|soldiers|warplanes?|jets?)", "Military Forces of Turkey", 1),
    (r"(?:united states|u\.s\.|us|american) (?:forces|troops|military|warplanes?|jets?|drones?)"
     r"|the united states and its allies", "US-led coalition", 8),
    (r"islamic state|\bisis\b|\bisil\b|\bis\b(?= (?:fighters|militants|army|“army”|\"army\"|forces|group|terrorists))"
     r"|\bisis\b|\bdaesh\b|\bda'esh\b", "Islamic State", 2),
    (r"al[- ]nusra(?: front)?|nusra front|hay'?at tahrir al[- ]sham|\bhts\b", "Hayat Tahrir al Sham", 2),
    (r"al[- ]shabaab", "Al Shabaab", 2),
    (r"boko haram", "Boko Haram", 2),
    (r"taliban", "Taliban", 2),
    (r"houthis?|ansar allah", "Houthis", 2),
    (r"hamas", "Hamas", 2),
    (r"hezbollah", "Hezbollah", 3),
    (r"\bsdf\b|syrian democratic forces", "QSD: Syrian Democratic Forces", 2),
    (r"\bpkk\b", "PKK: Kurdistan Workers Party", 2),
    (r"\bpolice\b|police (?:forces|officers)|security forces", "Police Forces", 1),
    (r"protesters|demonstrators|protestors", "Protesters", 6),
    (r"rioters", "Rioters", 5),
    (r"gunm[ae]n|shooters?|assailants?|attackers?|unidentified (?:armed )?(?:men|group|attackers)|armed men",
     "Unidentified Armed Group", 3),
)
_COMPILED = tuple((re.compile(p, re.I), n, i) for p, n, i in _TABLE)

# A state's forces named by what they fire or fly: "Syrian regime warplanes", "Iraqi army
# shelling", "Turkish jets"; "regime barrel bombs" and "government helicopters" name the
# government of the country the story is about (GOVERNMENT_FORCES until that is known).
GOVERNMENT_FORCES = "Government forces"
_ARMS = (r"air ?strikes?|air[- ]raids?|raids?|warplanes?|war ?planes?|(?:fighter )?jets?|helicopters?|gunships?|"
         r"aircraft|planes|bombers?|drones?|shelling|bombardment|bombing|artillery|missiles?|rockets?|"
         r"barrel[- ]bombs?|tanks?|forces|troops|soldiers|army|military|air ?force|navy|strikes?|offensive|"
         r"snipers?|security forces")
_STATE_WORDS = r"(?:government|regime|state|army|military|air ?force|navy|government-backed|pro-government)"


@lru_cache(maxsize=1)
def _state_arms() -> tuple[tuple[re.Pattern, str], ...]:
    from ..geo.countries import country_names
    from ..geo.build import read_tsv

    names = country_names()
    by_country: dict[str, list[str]] = {}
    for dem, cc in read_tsv("demonyms.tsv"):
        if cc in names:
            by_country.setdefault(names[cc], []).append(re.escape(dem))
    out = []
    for country, dems in by_country.items():
        dem = "|".join(sorted(dems, key=len, reverse=True))
        out.append((re.compile(rf"\b(?:{dem})(?:\s+{_STATE_WORDS})?(?:\s+(?:and|or)\s+[A-Z][a-z]+(?:\s+{_STATE_WORDS})?)?"
                               rf"\s+(?:{_ARMS})\b"), f"Military Forces of {country}"))
    out.append((re.compile(rf"\b(?:the\s+)?(?:regime|government|pro-government)(?:'s|’s)?\s+(?:{_ARMS})\b", re.I),
                GOVERNMENT_FORCES))
    # "shelling by the regime", "the Assad regime": in conflict news the regime is the state
    out.append((re.compile(r"\b(?:the|by|of)\s+(?:[A-Z][\w-]+\s+)?regime\b(?![-\w])(?!\s+(?:change|official|media|television|tv))"),
                GOVERNMENT_FORCES))
    return tuple(out)


# Generic labels for fighters: resolved to the last named armed (non-state) group.
_GENERIC_ARMED = re.compile(r"\b(terrorists?|militants?|insurgents?|jihadists?|takfiris?|fighters|rebels)\b", re.I)
_VICTIMS = re.compile(r"\b(civilians?|members of (?:a|one|the same) (?:single )?family|famil(?:y|ies)|children|women|"
                      r"villagers|residents|people|worshippers|students|farmers|passers-by|victims?|bystanders?|"
                      r"(?:a|the) (?:man|woman|boy|girl|teen(?:ager)?|toddler|child)|\d+-year-old)\b", re.I)
# a named source, not an actor: "police said", "according to the police", "Police: 6 shot"
_SPEECH_AFTER = re.compile(r"\s*(?:have |has |are |were |is |was )?(?:said|say|says|saying|reported|report|told|stated|"
                           r"confirmed|believe[sd]?|identified|announced|searching|investigating|responded|arrived|"
                           r"found|called|:)", re.I)
_SPEECH_BEFORE = re.compile(r"according to (?:the )?$", re.I)
# an ally, not a party of its own: "Syrian troops, backed by Russian air force, ..."
_ALLY_BEFORE = re.compile(r"(?:backed|aided|supported|assisted|accompanied|joined) by (?:the )?$|"
                          r"with the (?:support|help|backing) of (?:the )?$|alongside (?:the )?$", re.I)
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|been|being|is|are|had been|have been)\b[^.;]{0,60}?\bby\s+(?:the\s+)?", re.I)


@dataclass(frozen=True)
class ActorHit:
    name: str
    inter: int
    start: int
    end: int


def canonical(surface: str) -> tuple[str, int] | None:
    """ACLED-style name and inter code for an actor phrase (None when the table has no entry)."""
    for rx, n, inter in _COMPILED:
        if rx.search(surface):
            return n, inter
    return None


_ARMED_KINDS = ("armed_group", "state_force", "international_force")


def alias_hits(text: str, spans: list[tuple[int, int]]) -> list[ActorHit]:
    """Armed actors among entity mentions (``spans``) that the figures issue's alias table knows;
    they extend the table above to groups it lacks. Named by their ACLED name without the
    period suffix where the alias table gives one."""
    try:
        from ..figures.aliases import canonical_actor
    except ImportError:
        return []
    out = []
    for a, b in spans:
        try:
            hit = canonical_actor(text[a:b])
        except Exception:  # noqa: BLE001 - a broken alias file must not stop event extraction
            return []
        if hit and hit[1] in _ARMED_KINDS and hit[3]:
            name = re.sub(r"\s*\(\d{4}-\d{0,4}\)", "", hit[2] or hit[0]).strip()
            out.append(ActorHit(name, int(hit[3]), a, b))
    return out


def find_actors(text: str, start: int = 0, end: int | None = None, extra: list[ActorHit] = ()) -> list[ActorHit]:
    """Actor phrases in ``text[start:end]`` (offsets into ``text``), leftmost-longest, no overlaps;
    ``extra`` hits (from the alias table) fill in where the pattern table found nothing."""
    end = len(text) if end is None else end
    seg = text[start:end]
    hits: list[ActorHit] = []
    for rx, name, inter in _COMPILED:
        for m in rx.finditer(seg):
            if _SPEECH_AFTER.match(seg, m.end()) or _SPEECH_BEFORE.search(seg[max(0, m.start() - 20):m.start()]):
                continue
            hits.append(ActorHit(name, inter, start + m.start(), start + m.end()))
    for rx, name in _state_arms():
        for m in rx.finditer(seg):
            if not _SPEECH_AFTER.match(seg, m.end()):
                hits.append(ActorHit(name, 1, start + m.start(), start + m.end()))
    for h in extra:
        if start <= h.start < end and not any(o.start < h.end and h.start < o.end for o in hits):
            hits.append(h)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[ActorHit] = []
    for h in hits:
        if not out or h.start >= out[-1].end:
            out.append(h)
    return out


@dataclass
class Roles:
    actor1: ActorHit | None = None
    actor2: ActorHit | None = None
    civilians: bool = False
    assoc1: list[ActorHit] | None = None


def assign_roles(text: str, start: int, end: int, trigger: tuple[int, int],
                 last_armed_group: ActorHit | None, last_initiator: ActorHit | None,
                 extra: list[ActorHit] = (), initiator_after: bool = True) -> Roles:
    """Initiator and target of the event whose trigger is at ``trigger`` in sentence [start, end).
    ``initiator_after=False``: only an actor named before the trigger can initiate (talks,
    announcements, where a group named later is a subject of the talks, not their convener)."""
    hits = find_actors(text, start, end, extra)
    allies = [h for h in hits if _ALLY_BEFORE.search(text[max(start, h.start - 30):h.start])]
    hits = [h for h in hits if h not in allies]
    t0, t1 = trigger
    roles = Roles(assoc1=allies or None)
    # passive with an agent: "... were killed by X" → X initiates
    for m in _PASSIVE_AGENT.finditer(text, t0 - 80 if t0 - 80 > start else start, end):
        agent = next((h for h in hits if m.end() <= h.start <= m.end() + 3), None)
        if agent:
            roles.actor1 = agent
            break
    before = [h for h in hits if h.end <= t1 and h is not roles.actor1]
    after = [h for h in hits if h.start >= t0 and h is not roles.actor1 and h not in before]
    if roles.actor1 is None and before:
        roles.actor1 = before[0]  # the first actor named is usually the subject
    if roles.actor1 is None:
        # nobody named before the trigger: the ongoing initiator of the story acts on whoever
        # comes after ("strikes ... putting Daesh on the back foot"), else the first named does
        carried = last_initiator if last_initiator and all(h.name != last_initiator.name for h in after) else None
        if carried is not None:
            roles.actor1 = carried
        elif after and initiator_after:
            roles.actor1, after = after[0], after[1:]
    tail = text[t0:end]
    victims = _VICTIMS.search(tail)
    generic = _GENERIC_ARMED.search(tail) or _GENERIC_ARMED.search(text[start:t0])
    target = next((h for h in after if roles.actor1 is None or h.name != roles.actor1.name), None)
    if target is not None and (victims is None or target.start <= t0 + victims.start()):
        roles.actor2 = target
    elif victims is not None:
        roles.civilians = True
    elif generic and last_armed_group is not None and (roles.actor1 is None or
                                                       last_armed_group.name != roles.actor1.name):
        roles.actor2 = last_armed_group
    return roles
