"""Actors in news text: who acted (actor1, initiator) and on whom (actor2, target).

The alias table's patterns map the ways outlets name armed actors ("Syrian Arab Army", "SAA",
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
from typing import Optional

from ..prefilter import fold, may_match, needles

# The actor table is data: the entries of ``data/aliases.json`` (the one alias table, which the
# figures' canonical names and link's actor comparison read too) that carry ``patterns`` —
# regular expressions for the ways outlets describe an actor ("Syrian government troops",
# "Russian warplanes", "gunmen") — name the actor as events do (``actor``, else ``name``) with
# its ACLED inter code (``actor_inter`` where it differs from the entry's: a state's forces
# are state forces, 1, at home; assembly recodes them 8 abroad). Entries are tried in file order (specific before generic); a user's
# table (the ``aliases`` setting, CROSSBEARING_ALIASES) adds entries after them, or patterns to
# an entry of the same name.


def _read_entries(extra_path: str) -> list[dict]:
    import json
    from importlib import resources as pkg_resources
    from pathlib import Path

    text = pkg_resources.files("crossbearing").joinpath("data/aliases.json").read_text("utf-8")
    entries = [e for e in json.loads(text).get("entities", []) if isinstance(e, dict) and e.get("name")]
    if extra_path:
        p = Path(extra_path).expanduser()
        try:
            extra = [e for e in json.loads(p.read_text("utf-8")).get("entities", []) if isinstance(e, dict) and e.get("name")]
        except (OSError, ValueError) as exc:
            raise ValueError(f"cannot read alias table {p}: {exc}; fix the file or unset CROSSBEARING_ALIASES") from exc
        by_name = {e["name"].lower(): e for e in entries}
        for e in extra:
            known = by_name.get(e["name"].lower())
            if known is None:
                entries.append(e)
                continue
            known["patterns"] = list(known.get("patterns") or []) + [x for x in e.get("patterns") or []
                                                                      if x not in (known.get("patterns") or [])]
            for k in ("actor", "inter", "actor_inter"):
                if e.get(k) is not None:
                    known[k] = e[k]
    return entries


@lru_cache(maxsize=8)
def actor_patterns(extra_path: str = "", generic: bool = False) -> tuple[tuple[re.Pattern, str, int], ...]:
    """(compiled pattern, event actor name, inter code) from the alias table, in table order:
    the named actors, or (``generic=True``) the descriptions ("rebels") events fall back on."""
    out = []
    for e in _read_entries(extra_path):
        pats = e.get("patterns") or []
        if not pats or bool(e.get("generic")) != generic:
            continue
        if e.get("inter") is None:
            raise ValueError(f"alias table entry {e['name']!r} has patterns but no inter code: add \"inter\" "
                             f"(ACLED actor class 1-8) to it")
        for p in pats:
            try:
                inter = e.get("actor_inter") if e.get("actor_inter") is not None else e["inter"]
                out.append((re.compile(p, re.I), str(e.get("actor") or e["name"]), int(inter)))
            except re.error as exc:
                raise ValueError(f"alias table entry {e['name']!r}: pattern {p!r} is not a regular expression "
                                 f"({exc}); fix it in the alias file") from exc
    return tuple(out)


def _aliases_setting() -> str:
    from ..settings import Settings

    return Settings.value("aliases")


def _compiled(generic: bool = False) -> tuple[tuple[re.Pattern, str, int], ...]:
    return actor_patterns(_aliases_setting(), generic)


def _screened(generic: bool = False) -> tuple[tuple[re.Pattern, str, int, Optional[frozenset]], ...]:
    """``_compiled`` with each pattern's needles (``crossbearing.prefilter``)."""
    return _screened_patterns(_aliases_setting(), generic)


@lru_cache(maxsize=8)
def _screened_patterns(extra_path: str, generic: bool) -> tuple[tuple[re.Pattern, str, int, Optional[frozenset]], ...]:
    # keyed like ``actor_patterns`` (by the alias file), so a sentence's lookup hashes no patterns
    return tuple((rx, name, inter, needles(rx)) for rx, name, inter in actor_patterns(extra_path, generic))


_AGENT_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.I)


def generic_actors(text: str, start: int, end: int) -> list["ActorHit"]:
    """Descriptions of an armed side that name no group ("Syrian rebels", "rebel shelling",
    "opposition fighters") in ``text[start:end]``, as the alias table's generic entries name them."""
    seg = text[start:end]
    folded = fold(seg)
    hits = [ActorHit(name, inter, start + m.start(), start + m.end())
            for rx, name, inter, lits in _screened(True) if may_match(lits, folded) for m in rx.finditer(seg)
            if not _SPEECH_AFTER.match(seg, m.end()) and not _HELD_AFTER.match(seg, m.end())]
    return sorted(hits, key=lambda h: h.start)

# A state's forces named by what they fire or fly: "Syrian regime warplanes", "Iraqi army
# shelling", "Turkish jets"; "regime barrel bombs" and "government helicopters" name the
# government of the country the story is about (GOVERNMENT_FORCES until that is known).
GOVERNMENT_FORCES = "Government forces"
_ARMS = (r"air ?strikes?|air[- ]raids?|raids?|warplanes?|war ?planes?|(?:fighter )?jets?|helicopters?|gunships?|"
         r"aircraft|planes|bombers?|drones?|shelling|bombardment|bombing|artillery|missiles?|rockets?|"
         r"barrel[- ]bombs?|bombs|tanks?|forces|troops|soldiers|army|military|air ?force|navy|strikes?|offensive|"
         r"snipers?|security forces|gunboats?|warships?|naval forces|border guards?")
_STATE_WORDS = r"(?:government|regime|state|army|military|air ?force|navy|government-backed|pro-government)"
# what kind of unit a state's forces are ("Ukrainian special forces", "Afghan National Army",
# "Iraqi counter-terrorism forces"): still the state's forces
_UNIT_WORDS = r"(?:special(?:\s+operations)?|elite|armed|ground|land|federal|national|regular|counter-?terrorism|commando)"
_HARM_VERBS = (r"kill(?:s|ed)?|hit(?:s)?|pound(?:s|ed)?|target(?:s|ed)?|struck|strike|bomb(?:s|ed)?|shell(?:s|ed)?|"
               r"destroy(?:s|ed)?|leave|left|claim(?:s|ed)?|wound(?:s|ed)?")


_WORDS = re.compile(r"\w+")


def _first_word(name: str) -> str:
    """The first word of a demonym or country name as a sentence's words are split below."""
    return (_WORDS.findall(name) or [name])[0]


@lru_cache(maxsize=1)
def _state_arms() -> tuple[tuple[re.Pattern, str, Optional[frozenset]], ...]:
    """(pattern, actor, the words one of which it must start with: None when it may start anywhere)."""
    from ..geo.countries import country_names
    from ..geo.build import read_tsv

    names = country_names()
    by_country: dict[str, list[str]] = {}
    first_words: dict[str, set[str]] = {}
    for dem, cc in read_tsv("demonyms.tsv"):
        if cc in names:
            by_country.setdefault(names[cc], []).append(re.escape(dem))
            first_words.setdefault(names[cc], set()).add(_first_word(dem))
    out = []
    for country, dems in by_country.items():
        dem = "|".join(sorted(dems, key=len, reverse=True))
        # the demonym keeps its capital; the arms may be in a headline's Title Case ("Syrian Airstrikes")
        out.append((re.compile(rf"\b(?:{dem})(?:\s+(?i:{_STATE_WORDS}))?(?:\s+(?:and|or)\s+[A-Z][a-z]+(?:\s+(?i:{_STATE_WORDS}))?)?"
                               rf"(?:\s+(?i:{_UNIT_WORDS}))?\s+(?i:{_ARMS})\b"), f"Military Forces of {country}", frozenset(first_words[country])))
        # a country's name used as an attribute of the arms that act ("Syria air strikes kill 42",
        # "Russia strikes kill 120"); not "a plan for Syria strikes", where the country is the target
        out.append((re.compile(rf"\b{re.escape(country)}(?:'s|’s)?\s+(?i:{_ARMS})(?=\s+(?i:{_HARM_VERBS})\b)"),
                    f"Military Forces of {country}", frozenset({_first_word(country)})))
        # "the Myanmar military", "Myanmar military forces": a country with no people's word of its
        # own in use names its army by its name
        out.append((re.compile(rf"\b{re.escape(country)}(?:'s|’s)?\s+(?:military|army|armed forces|junta)"
                               rf"(?:\s+(?:forces|troops|soldiers))?\b"),
                    f"Military Forces of {country}", frozenset({_first_word(country)})))
    out.append((re.compile(rf"\b(?:the\s+)?(?:regime|government|pro-government)(?:'s|’s)?\s+(?:{_ARMS})\b", re.I),
                GOVERNMENT_FORCES, None))
    # "the military", "military forces", "army troops" with no country named: the state's own
    # ("joined the Army", its capital mid-sentence, names an institution, not who acted)
    out.append((re.compile(r"\b(?:[Tt]he\s+military(?!\s+(?:police|court|prosecutor|junta's))|[Mm]ilitary\s+(?:forces|troops)|"
                           r"[Aa]rmy\s+(?:forces|troops|units?)|"
                           # "the army" acting, lower case as wire copy writes it; not someone's
                           # career ("served in the army", "joined the army", "an army veteran")
                           r"(?<!in )(?<!joined )(?<!from )(?<!left )[Tt]he\s+(?:national\s+|regular\s+|federal\s+)?army(?!\s+(?:veteran|reserve|base|"
                           r"recruit|career|uniform|chief|spokes\w*|statement|said|says))"
                           r")\b"), GOVERNMENT_FORCES, None))
    # "shelling by the regime", "the Assad regime", "Syria's regime": in conflict news the regime is the state
    out.append((re.compile(r"(?:\b(?:the|by|of)\s+(?:[A-Z][\w-]+\s+)?|\b[A-Z][\w-]+(?:'s|’s|s)\s+)regime\b"
                           r"(?![-\w])(?!\s+(?:change|official|media|television|tv))"),
                GOVERNMENT_FORCES, None))
    # barrel bombs are dropped from a state's helicopters: the weapon names its user, as "Kalibr" does
    out.append((re.compile(r"\bbarrel[- ]bombs?\b", re.I), GOVERNMENT_FORCES, None))
    return tuple(out)


@lru_cache(maxsize=1)
def _state_arms_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The state-arms patterns by the words they may start with, and those that may start anywhere
    (only those the latter screen lets through are run: ``crossbearing.prefilter``)."""
    by_word: dict[str, list[int]] = {}
    anywhere: list[int] = []
    for i, (_, _, first) in enumerate(_state_arms()):
        if first is None:
            anywhere.append(i)
        else:
            for w in first:
                by_word.setdefault(w, []).append(i)
    return {w: tuple(ix) for w, ix in by_word.items()}, tuple(anywhere)


def _state_arms_to_try(words: set[str], folded: str) -> list[int]:
    """Indices of the state-arms patterns a sentence with these words (and this ``fold``) can
    match, in table order."""
    by_word, anywhere = _state_arms_index()
    picked = {i for w in words if w in by_word for i in by_word[w]}
    picked.update(anywhere)
    arms = _state_arms()
    # needles are read on first use: most of the 350 patterns name countries no story names
    return sorted(i for i in picked if may_match(needles(arms[i][0]), folded))


# Generic labels for fighters: resolved to the last named armed (non-state) group.
_GENERIC_ARMED = re.compile(r"\b(terrorists?|militants?|insurgents?|jihadists?|takfiris?|fighters|rebels)\b", re.I)
_VICTIMS = re.compile(r"\b(civilians?|members of (?:a|one|the same) (?:single )?family|famil(?:y|ies)|children|women|"
                      # "People's" before a capitalised word names a party, militia or army ("the Luhansk
                      # People's Militia"); "many people's lives" is people's
                      r"villagers|residents|(?-i:people|PEOPLE)|(?-i:People)(?!['’]s\s+(?-i:[A-Z]))|worshippers|students|farmers|passers-by|victims?|bystanders?|"
                      r"(?:a|the) (?:man|woman|boy|girl|teen(?:ager)?|toddler|child)|\d+-year-old)\b", re.I)
# a named source, not an actor: "police said", "according to the police", "Police: 6 shot"
_SPEECH_AFTER = re.compile(r"\s*(?:have |has |are |were |is |was )?(?:said|say|says|saying|reported|report|told|stated|"
                           r"confirmed|believe[sd]?|identified|announced|searching|investigating|responded|arrived|"
                           r"found|called|:)", re.I)
_SPEECH_BEFORE = re.compile(r"according to (?:the )?$", re.I)
# ... unless it tells its own act: "the army announced it had liberated the district", "the group
# said they captured the base" (the police's own words are left to ``roles``: "police said they
# arrested a man" tells no shooting)
_OWN_ACT = re.compile(r"\s*(?:has |have |had )?(?:said|says|announced|claimed|stated|confirmed)\s+(?:that\s+)?"
                      r"(?:it|they|its\s+(?:units|troops|forces|soldiers|fighters|men|jets|aircraft|warplanes))\s+"
                      r"(?:had\s+|has\s+|have\s+)?(?:liberated|captured|recaptured|seized|retook|cleared|"
                      r"regained|overran|took\s+(?:control|over)|shot\s+down|downed|destroyed|killed|struck|"
                      r"carried\s+out|conducted|launched|repelled)\b", re.I)


def _told_as_source(seg: str, m: re.Match, name: str) -> bool:
    """Whether the actor ``m`` matched is named as the teller of the news, not as its agent."""
    if _SPEECH_AFTER.match(seg, m.end()):
        return "Police" in name or not _OWN_ACT.match(seg, m.end())
    return False
# people who tell what they saw are the story's sources, not its victims: "…, villagers said",
# "residents told reporters", "according to local residents" (narrower than ``_SPEECH_AFTER``,
# which a named actor's "identified", "found" or "arrived" also end: "the victim was identified as")
_TOLD_AFTER = re.compile(r"\s*(?:have |has |had )?(?:said|say|says|told|recalled|recounted|described)\b", re.I)
_TOLD_BEFORE = re.compile(r"according\s+to\s+(?:the\s+|some\s+|several\s+)?(?:local\s+|\w+\s+)?$", re.I)


# people of no armed side told as the hurt, with their fate, before the act's word
_HURT_BEFORE = re.compile(_VICTIMS.pattern + r"\s+(?:(?:were|was|have\s+been|had\s+been|are|got)\s+)?"
                          r"(?:killed|martyred|wounded|injured|hurt|dead|died|slain)\b", re.I)


def _witnesses(text: str, m: re.Match) -> bool:
    return bool(_TOLD_AFTER.match(text, m.end()) or _TOLD_BEFORE.search(text, max(0, m.start() - 40), m.start()))
# an ally, not a party of its own: "Syrian troops, backed by Russian air force, ..."
_ALLY_BEFORE = re.compile(r"(?:backed|aided|supported|assisted|accompanied|joined) by (?:the )?$|"
                          r"with the (?:support|help|backing) of (?:the )?$|alongside (?:the )?$", re.I)
_PASSIVE_AGENT = re.compile(r"\b(?:(?:was|were|been|being|is|are|had been|have been)\b[^.;]{0,60}?|"
                            # a weapon's participle: "an IED likely planted by JNIM militants"
                            r"(?:planted|laid|placed|hidden|detonated|remotely detonated|triggered)\s+)\bby\s+(?:the\s+)?",
                            re.I)
_REPELLED = re.compile(r"\b(?:repuls|repell?|pushed back|beaten back|driven back|forced back|thwarted|foiled|fended off|"
                       r"held off|halted|stopped)", re.I)


# "IS-held town", "rebel-controlled district": a place described by who holds it, not an actor
_HELD_AFTER = re.compile(r"\s*-\s*(?:held|controlled|run|dominated|besieged|occupied|ruled)\b", re.I)
# "a town held by the Islamic State group": the holder of the place an event hit, not its agent
_HELD_BY_BEFORE = re.compile(r"\b(?:held|controlled|run|dominated|ruled|occupied|besieged|under the control of|"
                             r"in the hands of)\s+(?:by\s+)?(?:the\s+)?$", re.I)
# an actor named as what the event was done to: "strikes on IS", "jets pound Daesh targets",
# "kills 20 ISIS terrorists", "20 ISIS militants were killed"
_NUMBER_WORDS = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens|scores|hundreds)"
_OBJECT_BEFORE = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|target(?:s|ed|ing)?|against|on|at|pound(?:s|ed|ing)?|hit(?:s|ting)?|struck|"
    r"strik(?:e|es|ing)|bomb(?:s|ed|ing)?|shell(?:s|ed|ing)?|attack(?:s|ed|ing)?|raid(?:s|ed|ing)?|"
    r"besieg(?:e|es|ed|ing)|ambush(?:es|ed|ing)?|over|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?|"
    r"eliminat(?:e|es|ed|ing)|liquidat(?:e|es|ed|ing)|repel(?:s|led|ling)?|"
    # "tried to infiltrate the army's ranks", "stormed regime positions": whom a raid went into
    r"infiltrat(?:e|es|ed|ing)|storm(?:s|ed|ing)?|overr(?:an|un|uns|unning)|invad(?:e|es|ed|ing))\s+"
    r"(?:(?:the|an?|some|several|at least|more than|over|about|up to|nearly|around|of|so-called|alleged|"
    r"suspected|positions|members|fighters|militants|bases?|targets?|strongholds?|hideouts?|"
    r"senior|top|foreign|local|high-ranking|key|prominent|notorious|wanted|" + _NUMBER_WORDS +
    r")\s+){0,5}$", re.I)
_VICTIM_NOUNS = (r"(?:\s+(?:group|terrorists?|militants?|fighters?|members?|jihadists?|gunmen|operatives|troops|"
                 r"soldiers|personnel|elements|commanders?|leaders?|rebels|insurgents|loyalists|officers|policemen|"
                 r"pilots?|men))*\s*")
_DEAD = r"(?:killed|dead|died|slain|wounded|injured|executed|captured|eliminated|liquidated|neutrali[sz]ed)"
# "20 ISIS militants were killed", "ISIS members killed in strikes" (a headline's passive); not
# "ISIS militants killed 20 people", where the group is the subject of an active verb
# "40 Syrian soldiers and pro-regime fighters were killed": a second group shares the fate
_AND_MORE_VICTIMS = (r"(?:and\s+(?:[\w-]+\s+){0,2}?(?:fighters|militiamen|troops|soldiers|militants|members|"
                     r"forces|policemen|police|officers|civilians|gunmen|loyalists)\s+)?")
_VICTIM_AFTER = re.compile(
    _VICTIM_NOUNS + _AND_MORE_VICTIMS + r"(?:(?:were|have been|had been|are|was|is|being)\s+(?:reportedly |also |all )?" + _DEAD +
    r"|" + _DEAD + r"(?=\s*(?:$|[.,;:]|\s(?:in|by|during|as|after|near|when|while|on|and (?:\d+ )?(?:wounded|injured))\b)))\b",
    re.I)
# "a Russian military helicopter was shot down", "a Turkish convoy was hit": the named side's
# aircraft, vehicle or post is what the event was done to
_THINGS = (r"(?:helicopters?|choppers?|planes?|(?:war)?jets?|warplanes?|aircraft|drones?|convoys?|patrols?|tanks?|"
           r"vehicles?|bases?|positions?|checkpoints?|outposts?)")
_HIT_VERB = re.compile(
    r"\s+(?:(?:(?:was|were|is|are|had been|has been|have been)\s+(?:reportedly\s+|also\s+)?)?(?:shot\s+down|downed)|"
    r"(?:was|were|is|are|had been|has been|have been)\s+(?:reportedly\s+|also\s+)?"
    r"(?:hit|targeted|attacked|ambushed|struck|destroyed|bombed|shelled))\b", re.I)
_THINGS_HIT_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+" + _THINGS + _HIT_VERB.pattern, re.I)
# "a Malian army vehicle struck an IED": the side whose vehicle ran onto a mine is its target
_THINGS_ON_A_MINE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:vehicles?|convoys?|patrols?|trucks?|tanks?|jeeps?|cars?)\s+(?:struck|hit|ran (?:over|onto)|"
    r"drove (?:over|onto)|triggered|detonated)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:ieds?|(?:land)?mines?|"
    r"roadside bombs?|explosive devices?|explosives?|bombs?)\b", re.I)
_ENDS_WITH_THING = re.compile(r"\b" + _THINGS + r"$", re.I)
# a count right before the name ("12 gunmen were killed"); a number that a comma closes is no
# count of it ("On 4 April 2022, unknown gunmen killed …")
_NUMBER_BEFORE = re.compile(r"\b" + _NUMBER_WORDS + r"(?<!,)\s+(?:(?:members|fighters|militants) of\s+)?(?:the\s+)?$", re.I)


# "recaptured two towns from the rebels", "wrested the district from IS": who lost the place
_TAKEN_FROM = re.compile(r"\b(?:(?:re)?captur(?:ed|es|ing)|seiz(?:ed|es|ing)|(?:re)?t(?:ook|aken|akes|aking)|"
                         r"wrest(?:ed|s|ing)|regain(?:ed|s|ing)|recover(?:ed|s|ing)|w[oi]n(?:s|ning)?|snatch(?:ed|es)|liberat(?:ed|es|ing))\b"
                         # not what came from someone ("took orders from", "with support from")
                         r"(?:(?!\b(?:support|help|backing|orders?|instructions?|inspiration|money|funds?|funding|"
                         r"weapons|arms|advice|cover|assistance|aid)\b)[^.;]){0,60}?\bfrom\s+(?:the\s+)?"
                         r"(?:control\s+of\s+(?:the\s+)?)?$", re.I)


def is_object(text: str, hit: "ActorHit", lo: int = 0) -> bool:
    """Is ``hit`` named as what an event was done to (a target, the dead, or who lost a place),
    not who did it?"""
    before = text[max(lo, hit.start - 80):hit.start]
    return bool(_OBJECT_BEFORE.search(before) or _TAKEN_FROM.search(before) or _VICTIM_AFTER.match(text, hit.end)
                or _THINGS_HIT_AFTER.match(text, hit.end) or _THINGS_ON_A_MINE_AFTER.match(text, hit.end)
                or (_ENDS_WITH_THING.search(text[hit.start:hit.end]) and _HIT_VERB.match(text, hit.end))
                or _HELD_BY_BEFORE.search(before)
                or (_NUMBER_BEFORE.search(before) and re.match(_VICTIM_NOUNS + _DEAD, text[hit.end:], re.I)))


@dataclass(frozen=True)
class ActorHit:
    name: str
    inter: int
    start: int
    end: int


def canonical(surface: str) -> tuple[str, int] | None:
    """ACLED-style name and inter code for an actor phrase (None when the table has no entry)."""
    for rx, n, inter in _compiled():
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
            named = _event_names().get(hit[0])  # the name the table's own patterns give it
            name = named[0] if named else re.sub(r"\s*\(\d{4}-\d{0,4}\)", "", hit[2] or hit[0]).strip()
            out.append(ActorHit(name, named[1] if named else int(hit[3]), a, b))
    return out


@lru_cache(maxsize=1)
def _event_names() -> dict[str, tuple[str, int]]:
    """Entry name → (event actor name, inter) for entries that give one (``actor``): an actor
    found by its alias is named as its patterns name it ("Houthi rebels" and "the Houthis" are
    one actor, with one spelling)."""
    return {e["name"]: (str(e["actor"]), int(e["actor_inter"] if e.get("actor_inter") is not None else e["inter"]))
            for e in _read_entries("") if e.get("actor") and e.get("inter") is not None}


# "Assad's warplanes", "the Assad regime", "Putin's forces": a leader's forces are the forces of the
# state the alias table affiliates the leader with ("Government of Syria" → Military Forces of Syria)
_LEADER_ARMS = re.compile(r"\b((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+?)(?:'s|’s|s)?\s+"
                          r"(?i:regime|government forces|forces|troops|army|military|loyalists|warplanes?|jets?|"
                          r"aircraft|air ?force|helicopters?|air ?strikes?|air ?raids?|raids?|strikes?|bombs|shelling)\b")
_AFFILIATED_STATE = re.compile(r"^(?:Government|Military Forces) of (.+?)(?:\s*\(\d{4}-\d{0,4}\))?$")


def _leaders_forces(seg: str, offset: int) -> list[ActorHit]:
    try:
        from ..figures.aliases import default_table
        table = default_table()
    except Exception:  # noqa: BLE001 - a broken alias file must not stop event extraction
        return []
    out = []
    for m in _LEADER_ARMS.finditer(seg):
        e = table.lookup(m.group(1))
        if e is None or e.kind != "person" or not e.affiliation:
            continue
        state = _AFFILIATED_STATE.match(e.affiliation)
        if state and not _HELD_AFTER.match(seg, m.end()):
            out.append(ActorHit(f"Military Forces of {state.group(1)}", 1, offset + m.start(), offset + m.end()))
    return out


def find_actors(text: str, start: int = 0, end: int | None = None, extra: list[ActorHit] = ()) -> list[ActorHit]:
    """Actor phrases in ``text[start:end]`` (offsets into ``text``), leftmost-longest, no overlaps;
    ``extra`` hits (from the alias table) fill in where the pattern table found nothing."""
    end = len(text) if end is None else end
    # detection, assembly and roles read the actors of the same text and sentences: the last few
    # hundred answers are kept (hits are frozen), per alias table
    return list(_actors_in(text, start, end, tuple(extra), _aliases_setting()))


@lru_cache(maxsize=512)
def _actors_in(text: str, start: int, end: int, extra: tuple[ActorHit, ...], aliases: str) -> tuple[ActorHit, ...]:
    seg = text[start:end]
    folded = fold(seg)
    hits: list[ActorHit] = []
    for rx, name, inter, lits in _screened():
        if not may_match(lits, folded):
            continue  # none of the words every match holds is here (crossbearing.prefilter)
        for m in rx.finditer(seg):
            if _told_as_source(seg, m, name) or _SPEECH_BEFORE.search(seg[max(0, m.start() - 20):m.start()]) \
                    or _HELD_AFTER.match(seg, m.end()):
                continue
            hits.append(ActorHit(name, inter, start + m.start(), start + m.end()))
    arms = _state_arms()
    for i in _state_arms_to_try(set(_WORDS.findall(seg)), folded):
        rx, name, _ = arms[i]
        for m in rx.finditer(seg):
            if not _told_as_source(seg, m, name) and not _HELD_AFTER.match(seg, m.end()):
                hits.append(ActorHit(name, 1, start + m.start(), start + m.end()))
    hits.extend(_leaders_forces(seg, start))
    for h in extra:
        if start <= h.start < end and not any(o.start < h.end and h.start < o.end for o in hits):
            hits.append(h)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[ActorHit] = []
    for h in hits:
        if not out or h.start >= out[-1].end:
            out.append(h)
    return tuple(out)


# a verb two sides do to each other, and what joins the two when both are its subject
_MUTUAL = re.compile(r"(?:clash|fought|battl|exchang|trad)", re.I)
_JOINED = re.compile(r"\s+(?:forces\s+|troops\s+|members\s+)?and\s+(?:[\w-]+\s+){0,2}", re.I)


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
    objects = [h for h in hits if is_object(text, h, start)]
    # passive with an agent: "... were killed by X" → X initiates
    for m in _PASSIVE_AGENT.finditer(text, t0 - 80 if t0 - 80 > start else start, end):
        if _REPELLED.search(m.group(0)) and any(h.end <= t0 and h not in objects for h in hits):
            continue  # "X attacked the town but were repulsed by Y": Y defended, X initiated
        agent = next((h for h in hits if m.end() <= h.start <= m.end() + 3 and h not in objects), None)
        if agent:
            roles.actor1 = agent
            break
    before = [h for h in hits if h.end <= t1 and h is not roles.actor1 and h not in objects]
    after = [h for h in hits if h.start >= t0 and h is not roles.actor1 and h not in before and h not in objects]
    if objects:  # what the event was done to comes first among the targets
        after = [h for h in objects if h is not roles.actor1] + after
    if roles.actor1 is None and before:
        roles.actor1 = before[0]  # the first actor named is usually the subject
    generic_hits = [h for h in generic_actors(text, start, end) if not _ALLY_BEFORE.search(text[max(start, h.start - 30):h.start])]
    if roles.actor1 is None:
        # a description that holds the trigger names whose it is ("rebel bombardment of
        # government-held districts"), whoever the story's initiator was before
        roles.actor1 = next((h for h in generic_hits if h.start <= t0 and t1 <= h.end), None)
    if roles.actor1 is None:
        # nobody named before the trigger: the ongoing initiator of the story acts on whoever
        # comes after ("strikes ... putting Daesh on the back foot"), else the first named does
        carried = last_initiator if last_initiator and all(h.name != last_initiator.name for h in after) else None
        if carried is not None:
            roles.actor1 = carried
        elif initiator_after:
            first = next((h for h in after if h not in objects), None)
            if first is not None:
                roles.actor1, after = first, [h for h in after if h is not first]
    if roles.actor1 is None and initiator_after:
        # no group named: "rebel shelling kills four", "Syrian rebels fired rockets" → the description
        roles.actor1 = next((h for h in generic_hits if (h.end <= t1 or _AGENT_BEFORE.search(text[max(start, h.start - 12):h.start]))
                             and not is_object(text, h, start)), None)
    if roles.actor1 is not None and _MUTUAL.match(text, t0):
        # "police forces and suspected gang members clashed": the side named with "and" is the other
        other = next((h for h in before if h.start > roles.actor1.end and h.name != roles.actor1.name
                      and _JOINED.fullmatch(text, roles.actor1.end, h.start)), None)
        if other is not None:
            after = [other] + [h for h in after if h is not other]
    tail = text[t0:end]
    victims = next((m for m in _VICTIMS.finditer(tail) if not _witnesses(tail, m)), None)
    generic = _GENERIC_ARMED.search(tail) or _GENERIC_ARMED.search(text[start:t0])
    target = next((h for h in after if roles.actor1 is None or h.name != roles.actor1.name), None)
    if target is not None and (victims is None or target.start <= t0 + victims.start()):
        roles.actor2 = target
    elif victims is not None or _HURT_BEFORE.search(text, start, t0):
        roles.civilians = True  # (the hurt may be told before the act: "Three civilians killed in regime shelling")
    elif generic and last_armed_group is not None and (roles.actor1 is None or
                                                       last_armed_group.name != roles.actor1.name):
        roles.actor2 = last_armed_group
    elif generic and last_armed_group is None:
        roles.actor2 = next((h for h in generic_hits if h.start >= t0 and (roles.actor1 is None or
                                                                          h.name != roles.actor1.name)), None)
    return roles
