"""Killed and injured counts for a news article about one incident (gun-violence style).

News articles differ from ACLED notes: the toll is in the headline or the lead, victims
are often named rather than counted ("Camarillo was pronounced dead"), and scraped pages
carry boilerplate and links to other stories further down. So the headline is trusted
first, then the first lead sentence that states the toll; a death or an injury stated without a number counts one;
"five people shot, one dead" means four wounded; and a shooter who killed himself counts
among the dead, as the Gun Violence Archive counts him.
"""

from __future__ import annotations

import re

from .fatalities import _sentence_of, main_event_count, text_quantities
from .headline_one import HEADLINE_ONE as _HEADLINE_ONE, ONE_SHOT as _ONE_SHOT
from .lists import SING, headline_hurt_list_count, hurt_list_count, victim_list_count
from .additions import also_after, another_opens, told_also
from .attacker import BY_POLICE, MURDER_SUICIDE, SHOOTER_KILLED, SUICIDE, SUSPECT_DIED, THE_ATTACKER
from .phrased import MULTI_SHOOTING, MULTIPLE, MULTIPLE_N, WORD_NUM, shot_in_the_shooting, stated_toll, word_count
from .sentences import headline_at, in_aside, split_sentences

LEAD_SENTENCES = 6
# Ways news reports say someone died without a count or a "was killed" clause.
_NEWS_DEATH = re.compile(r"\b(?:found deceased|(?:was|is) deceased|"
                         r"deadly (?:[\w'’-]+ ){0,3}?(?:shootings?|shot|gunfire|gunfight|attack|stabbing|ambush|rampage|standoff|"
                         r"encounter|confrontation|incident|violence|robbery|home invasion|assault|spree)|fatal(?:ly)?|"
                         r"(?:first|second|third)[- ]degree murder|manslaughter|mourn(?:ing|s|ed)? "
                         r"(?:the )?(?:loss|death)|death of|killing of|murder of|slaying|slain|"
                         r"lost (?:his|her|their) li(?:fe|ves)|life was taken|claim(?:s|ed)? (?:a |the |his |her |their )?li(?:fe|ves)|"
                         r"(?:taken|removed) off life support|"
                         # any plain death word in the headline or lead, once no figure was found:
                         # "boy who accidentally shot, killed friend", "Eighth grader dead"
                         r"killed|kills|killing|dead|dies|died|dying|murdered|death|pass(?:es|ed|ing)? away|"
                         r"succumb(?:s|ed|ing)?|obituary|used to kill|"
                         # a homicide is a death ("Arrest made in homicide"); its officers and figures are
                         # not (``_MASK_BUT_ATTEMPTS`` has blanked its unit, detectives and investigators already)
                         r"(?:\b(?:a|the|in|after|(?:charge|count) of)|['’]s)\s+(?:[\w-]+\s+)?homicide"
                         r"(?!\s+(?:sergeant|lieutenant|captain|rates?|numbers|counts?|statistics|cases))|"
                         r"charged with (?:\w+[- ])*murder|murder (?:warrant|charges?|suspect|case|investigation))\b", re.I)
# Death words that deny a death: "no one was killed", "non-fatal", "attempted murder".
# An attempt ("trying to kill", "attempted murder") is blanked only where death words are looked
# for; the count grammar reads it itself, since blanked, the people it takes would join the list
# before it ("murdering three people, and trying to kill two others").
_ATTEMPT = (r"attempt(?:ed)? (?:\w+[- ])?(?:degree )?(?:murder|homicide)|"
            r"(?:tried|trying|tries|attempt(?:ed|ing|s)?|threat(?:ened|ening|ens)|plott(?:ed|ing)|wanted) to kill")
_DENIAL = (r"no(?: one|body)? (?:was |were )?(?:killed|dead|died)|non-?fatal|not fatal|dead[- ]ends?|"
           r"no (?:deaths|fatalities)|(?:near|almost)(?:ly)? (?:killed|died|dead)|"
           # a counterfactual: "could have been killed", "there should've been five or six people dead"
           r"(?:could|would|should)(?:\s+not|n['’]t)?(?:\s+have|['’]ve)\s+(?:been\s+)?(?:[\w-]+\s+){0,4}?(?:killed|died|dead)|"
           # nobody hit: "no one hurt", "no one inside was struck", "the officer was not injured"
           r"no(?: one|body)(?: else| inside| aboard)? (?:was |were )?(?:hurt|injured|wounded|struck|hit|shot)|"
           r"(?:was|were) not (?:hurt|injured|wounded|struck|hit)|unhurt|uninjured|"
           # a statute's wording, not a toll: "careless discharge causing injury or death"
           r"(?:(?:serious|great)\s+)?(?:bodily\s+)?(?:injury|harm)\s+or\s+death|"
           r"death\s+or\s+(?:(?:serious|great)\s+)?(?:bodily\s+)?(?:injury|harm)")
_NOT_DEATH = re.compile(rf"\b(?:{_DENIAL}|{_ATTEMPT})\b", re.I)
_ATTEMPTS = re.compile(rf"\b(?:{_ATTEMPT})\b", re.I)
_TOLD_AGAIN = re.compile(r"the\s+(?:\d+-year-old\s+|young\s+|teenage\s+)?(?:victim|teen|teenager|boy|girl|man|woman|"
                         r"child|person|youth|toddler|infant|baby)", re.I)


def dead_told_again(words: str) -> bool:
    """``words`` (a count's span) name a definite person — "the teenager", "the victim" — who,
    after a toll, is the one who died told again, not another one hurt."""
    return _TOLD_AGAIN.fullmatch(words.strip()) is not None


# A headline's list of the dead that opens with one person named without an article ("kills
# Somali lawmaker, two guards", "Blast kills policeman and 3 civilians"): the grammar counts the
# number only.
_BARE_ONE_LISTED = re.compile(rf"\b(?:kills?|killed|leaves?\s+dead)\s+(?:(?!(?:a|an|the|his|her|their|its|one)\b)[\w-]+\s+)?"
                              rf"(?:{SING})\s*(?:,|\band\b|&)\s*"
                              rf"(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s)", re.I)
_THE_REST = re.compile(r"the\s+(?:other|remaining)\b|the\s+rest\b", re.I)
_THE_REST_BEFORE = re.compile(r"\bthe\s+(?:other|remaining|rest\s+of\s+the)\s+$", re.I)
# "Four shot, two critically injured": a count of the badly hurt, told after the count of those
# shot, is a part of them (everyone shot who did not die was hurt)
_SEVERELY = re.compile(r"[\w-]+(?:\s+(?:people|persons|men|women|others|victims|of\s+them))?\s+"
                       r"(?:(?:were|was|are|is|remain|remained)\s+)?(?:critically|seriously|severely|gravely)\b", re.I)
_SELF_INJURY = re.compile(r"\b(?:shoots|shooting|shot) (?:himself|herself|self)\b|\b\d+-year-old\s+(?:[a-z]+\s+){0,2}"
                          r"(?:was\s+|is\s+)?(?:accidentally\s+)?(?:shot|wounded|injured)\b", re.I)


_N = WORD_NUM
# A headline that counts the dead ("Two dead, six injured in shooting rampage") counts everyone who
# died, the gunman police killed among them; "Gunman kills 1 …" counts his victims only.
_ALL_DEAD = re.compile(rf"\b{_N}\s+(?:(?:people|persons)\s+)?(?:are\s+|were\s+|left\s+)?(?:dead|die[sd]?)\b", re.I)
# Injured tolls in news wording the quantity grammar does not read: "left four people wounded",
# "shooting wounds 4", "wounding five of his companions", "sent three others to hospitals",
# "The three other people were treated at ...".
_INJURED_N = re.compile(
    rf"\b(?:left|leaving|leaves)\s+(?:at\s+least\s+)?(?P<a>{_N})\s+(?:\w+\s+){{0,2}}?(?:wounded|injured|hurt|"
    rf"hospitali[sz]ed)\b|"
    rf"\b(?:wound(?:s|ed|ing)?|injur(?:es|ed|ing)|hurt(?:s|ing)?)\s+(?:at\s+least\s+|another\s+)?(?P<b>{_N})"
    rf"(?![-\w]|\s+(?:years|months|times|a\.m|p\.m))|"
    rf"\b(?:sent|sending|sends)\s+(?:at\s+least\s+)?(?P<c>{_N})\s+(?:\w+\s+){{0,3}}?to\s+(?:\w+\s+){{0,2}}?hospitals?\b|"
    rf"\b(?P<d>{_N})\s+(?:other\s+)?(?:\w+\s+){{0,2}}?(?:were|are)\s+(?:\w+ly\s+)?(?:treated|hospitali[sz]ed|"
    rf"taken\s+to\s+(?:\w+\s+){{0,3}}?hospitals?)\b", re.I)
# A second, surviving victim beside the dead one: "Another teen, also 15, was shot in the foot",
# "two men ... suffered nonfatal gunshot wounds".
_OTHER_WOUNDED = re.compile(
    r"\b(?:another|a second|the other|one other|a (?:third|fourth|fifth|sixth|seventh))\s+(?:[\w,-]+\s+){0,4}?"
    r"(?:was|is|were)\s+(?:also\s+)?(?:\w+ly\s+)?(?:shot|wounded|injured|hurt|grazed|hospitali[sz]ed|struck|hit|"
    r"fighting for (?:his|her|their) li(?:fe|ves))\b|"
    r"\b(?:survived|non-?fatal|non-?life[- ]threatening|nonlife-threatening)\b", re.I)
# "accused of shooting four people", "shot two men": victims of the shooting, dead or wounded.
_SHOT_N = re.compile(rf"\b(?:shot|shooting|shoots|opened fire on|opening fire on)\s+(?:at\s+least\s+)?(?P<a>{_N})\s+"
                     r"(?:\w+\s+){0,2}?(?:people|persons|men|women|teens|teenagers|children|kids|boys|girls|others|"
                     r"victims|officers|students|relatives|family members|adults|juveniles)\b", re.I)

def injured_phrase(text: str, pattern: re.Pattern = _INJURED_N) -> int | None:
    """The first toll worded as in ``_INJURED_N`` (or ``pattern``); None when there is none."""
    m = pattern.search(text)
    if not m:
        return None
    return word_count(next(g for g in m.groups() if g))


# Blanked before reading: denials ("could have been killed", "attempted murder"), units and
# pages named for a crime ("Homicide Unit", "Homicide Report"), "brain dead" (alive), and the
# video playlists scraped pages carry ("0:43 Homeless man found dead ...", or the running time
# on a line of its own above the clip's title: other stories).
# (attempts are blanked after the counts are read: ``_ATTEMPTS``)
_MASK_BUT_ATTEMPTS = re.compile(rf"\b(?:{_DENIAL})\b|\bhomicide\s+(?:unit|report|detectives?|investigators?|division|"
                                r"squad|bureau|section|office)\b|\bbrain[- ]dead\b|^[ \t]*\d{1,2}:\d\d\b(?:[ \t]*\n)*.*$",
                                re.I | re.M)
# the dead a gathering mourns or remembers ("a vigil for a teen who was killed Sunday", "gathered
# to mourn the death of a boy"), blanked where the headline tells only of people shot or hurt
_MOURNED = re.compile(r"\b(?:vigil|memorial|funeral|candlelight|mourn(?:s|ed|ing)?|remember(?:s|ed|ing)?|"
                      r"honou?r(?:s|ed|ing)?)\s+(?:for|of|the)\b[^.;!?\n]*", re.I)
_SHOT_OR_HURT = re.compile(r"\b(?:shot|wounded|injured|hurt|grazed|hit by (?:gunfire|a bullet|bullets))\b", re.I)


# "5 dead", "three people found dead", "4 dead, including the gunman", "a man and his 9-year-old
# son were found dead", "five people died in a murder-suicide": a toll of the dead as a state
# counts everybody who died, the shooter too;
# so does the toll of a shooting ("shooting kills 2", "murder-suicide leaves 3"); "killed 3"
# counts his victims.
_DEAD_STATE = re.compile(r"\W*(?:[a-z0-9]+(?:-[a-z0-9]+)*\W+){0,3}?(?:(?:found|are|were|now|lay|left|have|had)\s+)?"
                         r"(?:dead|bodies|died)\b", re.I)
_EVENT_KILLS = re.compile(r"\b(?:shootings?|murder[- /]suicide|gunfire|rampage|spree|standoff)\s+(?:kills|killed|claims|claimed|leaves|left)\s+(?:at\s+least\s+)?$", re.I)
_INCLUDING_SHOOTER = re.compile(r"\bincluding\s+(?:the\s+)?(?:gunman|shooter|suspect|attacker)\b", re.I)


def _counts_everyone(body: str, figure_at: tuple[int, int] | None) -> bool:
    if figure_at is None:
        return False
    start, sentence_end = figure_at
    number_end = re.match(r"[\w.,-]+", body[start:]).end() + start if re.match(r"[\w.,-]+", body[start:]) else start
    return bool(_DEAD_STATE.match(body, number_end, sentence_end)
                or _INCLUDING_SHOOTER.search(body, start, sentence_end)
                or _EVENT_KILLS.search(body[max(0, start - 60):start]))


def _count(text: str, kind: str, sents, quantities, fallback: bool) -> int:
    # Every article about the incident counts its toll, whether it reports the shooting, an
    # arrest or a sentencing, so the background filter for ACLED notes is off here.
    return main_event_count(text, kind, quantities, sents, singular_fallback=fallback, background=False,
                            max_sentences=len(sents) if kind == "killed" else None).value


_TITLE_SEPARATOR = re.compile(r"\s+[-|\u2013\u2014]\s+")
_TOLL_WORD = re.compile(r"\b(?:kill\w*|dead|die[sd]?|death\w*|fatal\w*|murder\w*|slain|slaying|homicide|shot|shoot\w*|"
                        r"wound\w*|injur\w*|hurt|stabb\w*|victims?|gun\w*)\b", re.I)


_STATION_WORDS = re.compile(r"\b(?:News|Weather|Sports|Traffic|TV|Radio|Channel)\b")


def without_site_name(title: str) -> str:
    """A page title without the outlet's name the site appends ("10-year-old shot in leg -
    13 WTHR Indianapolis", "... | KSLA News 12"): the part after the last separator goes when
    it is short and says nothing of the dead or hurt (its numbers are channel numbers)."""
    for _ in range(2):
        parts = _TITLE_SEPARATOR.split(title)
        if len(parts) < 2:
            break
        tail = parts[-1]
        # (a station's long name: "KSLA News 12 Shreveport, Louisiana News Weather & Sports")
        if len(tail.split()) > (14 if _STATION_WORDS.search(tail) else 8) or _TOLL_WORD.search(tail):
            break
        title = title[:title.rfind(tail)].rstrip(" -|\u2013\u2014")
    return title


def _clipped_words() -> list[tuple[str, object]]:
    from ..lang import table

    return [(w, sense) for w, sense in table("figures")["clipped_headline_words"]["words"]]


_CLIPPED = _clipped_words()
_COMPLETE = {w for w, _ in _CLIPPED} | {"shoot", "die"}
_LAST_WORD = re.compile(r"(?<=\s)([a-z]{1,6})\s*$")


def completed_headline(title: str) -> str:
    """A headline a feed cut short, with its clipped last word completed where only one sense
    fits ("2 dead, 6 inj" → "2 dead, 6 injured"; "3 people arr" → "3 people arrested") or its
    clause dropped where senses differ ("Woman shot, 3 s"); any other headline as it is."""
    m = _LAST_WORD.search(title)
    if m is None or m.group(1) in _COMPLETE:
        return title
    fits = [(w, sense) for w, sense in _CLIPPED if w.startswith(m.group(1))]
    if not fits:
        return title  # ("… in her home", "… shot in leg"): a whole word
    if len({sense for _, sense in fits}) == 1:
        return title[:m.start(1)] + fits[0][0]
    cut = max(title.rfind(",", 0, m.start(1)), title.rfind(";", 0, m.start(1)))
    return (title[:cut] if cut > 0 else title[:m.start(1)]).rstrip()


def _whole_of(part, others):
    """The count a chosen figure is a part of, where the lead says so: a headline names the group
    it grieves ("Barrel bomb kills 11 children") and the lead the whole toll with that group
    inside it ("Fifteen civilians, among them 11 children, were killed"). None when no other
    figure holds the chosen one as its ``of_which``."""
    value = part.best if part.best is not None else part.low
    if value is None:
        return None
    return next((q for q in others if q is not part and value in q.of_which.values()
                 and (q.best if q.best is not None else q.low or 0) > value), None)


def _coordinated_whole(text: str, sents, quantities, part: int) -> int | None:
    """The total of a sentence's counts of the dead joined by "and" ("Two soldiers and a militant
    were killed": 3) where one of them is ``part``; None where no such sentence is."""
    for a, b in sents:
        chain = sorted((q for q in quantities if a <= q.span.start < b), key=lambda q: q.span.start)
        for i in range(len(chain) - 1):
            run = [chain[i]]
            while i + len(run) < len(chain) and re.fullmatch(
                    r"\s*(?:,\s*)?(?:and|as well as)\s+", text[run[-1].span.end:chain[i + len(run)].span.start]):
                run.append(chain[i + len(run)])
            values = [q.best if q.best is not None else q.low for q in run]
            if len(run) > 1 and None not in values and part in values:
                return int(sum(values))
    return None


def _floor(q) -> bool:
    """A figure that bounds the toll from below only ("more than 50", "at least 45", "over 80")."""
    return not q.vague and q.high is None and q.low is not None


def _allowed_by(floor_q, later, above: bool = False) -> list:
    """The first of ``later``'s precise counts that the floor ``floor_q`` allows and that is no
    more than half again above it (``above``: strictly above it), as a one-item list, else []."""
    floor = floor_q.low or floor_q.best or 0
    fits = [q for q in later if not q.vague and
            (floor < (q.best or q.low or 0) if above else floor <= (q.best or q.low or 0)) and
            (q.best or q.low or 0) <= 1.5 * floor]
    return fits[:1]


# "Shooting that injured 11-year-old boy …", "Teen recovering after accidental shooting": a headline
# that says the victim was hurt (and names no death) gives the toll even without a number
_TITLE_HURT = re.compile(r"\b(?:injur(?:ed|es|ing|y|ies)|wound(?:ed|s|ing)|hurt|hospitali[sz]ed|"
                         r"(?:in )?critical condition|stable|recovering|expected to survive)\b", re.I)


_TITLE_DEATH = re.compile(r"\b(?:kill\w*|dead|deadly|die[sd]?|death\w*|fatal\w*|murder\w*|slain|slaying|homicide)\b", re.I)


def headline_says_only_hurt(title: str) -> bool:
    """Whether a headline says its victims were hurt and names no death ("Three women shot and
    wounded in two incidents", "South Side shootings: girl, 17, among 8 injured")."""
    title = without_site_name((title or "").strip())
    return bool(_TITLE_HURT.search(title)) and not _TITLE_DEATH.search(title)


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))  # same length, so offsets hold


def article_casualties(text: str, title: str = "", trace: list | None = None, *,
                       assume_victim: bool = False) -> tuple[int, int]:
    """(killed, injured) of the incident an article reports; 0 where it says nothing.

    ``trace``, when given, collects (step, value) pairs saying which rule set each figure.
    ``assume_victim``: the article is known to report a shooting with at least one casualty
    (as every Gun Violence Archive incident has), so when no toll can be read at all the
    answer is one wounded rather than (0, 0)."""
    def note(step: str, value) -> None:
        if trace is not None:
            trace.append((step, value))
    told = headline_at(text, title)
    if told is not None:  # the body opens with the headline again: read once, from the title
        text = text[:told[0]] + " " * (told[1] - told[0]) + text[told[1]:]
    title = completed_headline(without_site_name((title or "").strip()))
    raw = f"{title}.\n\n{text}" if title else text
    if title and not _TITLE_DEATH.search(title) and _SHOT_OR_HURT.search(title):
        # "Girl shot during vigil for a boy who was killed earlier in the day": the headline's
        # victims were hurt; the dead a gathering mourns are another incident's
        raw = raw[:len(title)] + _MOURNED.sub(_blank, raw[len(title):])
    # Death words that report no death are blanked (same length, so offsets hold); the counts
    # read attempts themselves, every other rule reads them blanked too.
    read = _MASK_BUT_ATTEMPTS.sub(_blank, raw)
    body = _ATTEMPTS.sub(_blank, read)
    sents = split_sentences(body)[: LEAD_SENTENCES + 1]
    qs = text_quantities(read, "", sents)
    title_sents = sents[:1] if title else []
    title_qs = [q for q in qs if title_sents and q.span.end <= title_sents[0][1]]

    def usable(q, kind: str) -> bool:
        if q.kind != kind or q.aggregate:
            return False
        if kind != "killed" and q.vague:
            return False  # "multiple people wounded": a later sentence usually gives the number
        # "shot up to ten times", "fired 12 rounds": not people
        return not re.match(r"\s*(?:times|rounds|shots|bullets)\b", body[q.span.end:q.span.end + 12], re.I)

    def figure(kind: str) -> int | None:
        for scope_qs in (title_qs, qs):
            hits = [q for q in scope_qs if usable(q, kind)]
            hits = [q for q in hits if not in_aside(body, q.span.start, q.span.end)] or hits
            if kind == "injured" and "killed" in figure_at:
                # "A boy has died after being stabbed … officers found the teenager with serious
                # injuries": a definite person after the toll is the one who died, told again
                hits = [q for q in hits if not (q.span.start > figure_at["killed"][0] and
                                                dead_told_again(q.span.text))]
            if hits and scope_qs is title_qs and all(q.vague for q in hits):
                # a headline rounds ("Dozens killed in ..."); the lead gives the count
                precise = [q for q in qs if q not in title_qs and usable(q, kind) and not q.vague]
                hits = precise or hits
            elif hits and scope_qs is title_qs and _floor(hits[0]):
                # "More than 50 killed" … "at least 51 civilians were killed": the lead's count
                # that the headline's floor allows, and no more than half again, is the toll
                hits = _allowed_by(hits[0], [q for q in qs if q not in title_qs and usable(q, kind)]) or hits
            elif hits and scope_qs is qs and _floor(hits[0]) and len(hits) > 1 and \
                    (hits[0].qualifier or "").lower() in ("more than", "over"):
                # "killed more than 30 people" … "at least 31 people have been killed": the next
                # count the floor allows (above it: "more than"), and no more than half again
                hits = _allowed_by(hits[0], hits[1:], above=True) or hits
            elif hits and hits[0].vague:
                # so does a lead's first figure ("dozens of civilians were killed ... over 130
                # civilians were killed"): a later count the rounding allows is the toll
                rounded = hits[0].low if hits[0].low is not None else hits[0].best or 0
                precise = [q for q in hits[1:] if not q.vague and (q.best or q.low or 0) >= rounded]
                hits = precise or hits
            whole = _whole_of(hits[0], [q for q in qs if usable(q, kind) and not q.vague]) if hits else None
            if whole is not None:
                hits = [whole]
            if hits:
                first = next(i for i, (a, b) in enumerate(sents) if a <= hits[0].span.start < b)
                a, b = sents[first]
                val = _count(body, kind, sents, [q for q in hits if a <= q.span.start < b], False)
                note(f"{kind}:figure@{first}", val)
                figure_at[kind] = (max(q.span.start for q in hits if a <= q.span.start < b), b)
                return val
        return None

    figure_at: dict[str, tuple[int, int]] = {}
    killed = figure("killed")
    whole = None
    if killed and title and figure_at["killed"][0] < len(title):
        whole = _coordinated_whole(body, sents[1:3], [q for q in qs if usable(q, "killed")], killed)
        if whole:
            # "Two soldiers killed in gunfight" … "Two soldiers and a militant were killed": the
            # lead's coordinated count holds the headline's group and more; it is the toll
            killed = whole
            note("killed:lead_whole", whole)
    bare = _BARE_ONE_LISTED.search(title) if killed and figure_at["killed"][0] < len(title) and \
        not whole else None
    if bare and bare.end() >= figure_at["killed"][0]:
        killed += 1  # "Car bomb kills lawmaker, two guards": a headline drops the lawmaker's article
        note("killed:headline_bare_one", bare.group(0))
    added = told_also(body, qs, sents, "killed", figure_at, len(title), killed)
    if added:
        killed += added  # "killing two officers" … "five insurgents were also killed"
        note("killed:also", added)
    lead = body[: sents[-1][1]] if sents else body
    multi = MULTIPLE.search(lead)
    if multi and (killed or 0) < MULTIPLE_N[multi.group(1).lower()]:
        killed = MULTIPLE_N[multi.group(1).lower()]  # "double homicide" is two dead
        note("killed:multiple", multi.group(0))
    title_hurt = (any(q.kind in ("injured", "shot") for q in title_qs) or _TITLE_HURT.search(title)) and \
        not _TITLE_DEATH.search(title)
    if killed is None and title_hurt:
        killed = 0  # "Five wounded in shooting": the headline gives the toll, and nobody died
        note("killed:title_wounded_only", 0)
    counted = killed is not None  # a number was read, not just a death word
    if killed is None:
        killed = _count(body, "killed", sents, qs, True)
        note("killed:fallback", killed)
        death_word = _NEWS_DEATH.search(_NOT_DEATH.sub(" ", lead)) if not killed else None
        if death_word:
            killed = 1
            note("killed:news_death", death_word.group(0))
    stated = stated_toll(lead, title)
    if stated > killed:
        killed, counted = stated, True
        note("killed:stated", stated)
    # how the lead tells the shooter's own death ("… before killing himself"), if it does
    killer = next((k.group(0).lower() for m in SUICIDE.finditer(lead)
                   for k in [re.search(r"\b(?:him|her)self\b", m.group(0), re.I)] if k), None)
    listed, listed_self = victim_list_count(read[:len(lead)], killer)
    by_list = listed > killed
    if by_list:
        killed, counted = listed, True
        note("killed:victim_list", listed)
    else:
        listed_self = False
    suicide = SUICIDE.search(lead)  # the shooter's own death, read once for the steps below
    if suicide and listed_self:
        pass  # the list already counts the shooter who killed himself
    elif suicide and not re.search(r"\b(?:accidentally|accidental)\b", lead, re.I):
        # A shooter who also died counts among the dead; a lone suicide is the one death.
        # A reported "murder-suicide" toll ("family of 5 dead in murder-suicide") already counts
        # the shooter, but there are at least two dead; "killed X, then himself" adds him.
        # (a list of the victims that leaves the shooter out stands for the figure it outcounts)
        if killed and counted and MURDER_SUICIDE.search(lead) and \
                (by_list or not _counts_everyone(body, figure_at.get("killed"))):
            killed += 1  # (a bare death word may be the shooter's own death: no addition then)
        elif re.search(r"(?<!attempted )\bmurder[- /]suicide\b", lead, re.I):
            killed = max(killed, 2)
        else:
            killed = max(killed, 1)
        note("killed:suicide", suicide.group(0))
    shooter = SHOOTER_KILLED.search(lead)
    # "Two dead, six injured": a headline that counts the dead counts the gunman police killed too
    all_dead = bool(title) and "killed" in figure_at and figure_at["killed"][0] < len(title) and \
        _ALL_DEAD.search(title) is not None
    at_toll = figure_at.get("killed")
    if shooter and killed and (all_dead or at_toll and _INCLUDING_SHOOTER.search(body, at_toll[0], at_toll[1])):
        # ("Six people were killed, including the suspect")
        note("killed:shooter_among_dead", shooter.group(0))
    elif shooter and killed and not listed_self and not suicide:
        killed += 1  # the victims' toll, plus the gunman police killed (the archive counts him)
        note("killed:shooter", shooter.group(0))
    elif killed and counted and not listed_self and not suicide and "killed" in figure_at:
        at = figure_at["killed"]
        start = sents[_sentence_of(at[0], sents)][0]  # the toll's sentence
        told = next((m for m in SUSPECT_DIED.finditer(lead) if not (start <= m.start() < at[1])), None)
        if told is not None and all_dead:
            note("killed:suspect_among_dead", told.group(0))
        elif told is not None and THE_ATTACKER.match(body, at[0]):
            # "… and the suspect was killed in an exchange of gunfire": the toll is the suspect
            note("killed:suspect_is_toll", told.group(0))
        elif told is not None and not BY_POLICE.search(body, start, at[1]):
            # (a toll of people shot by police is the suspect's own death, told twice)
            killed += 1
            note("killed:suspect_died", told.group(0))
    injured = figure("injured")
    at = figure_at.get("injured", (0, 0))[0]
    if injured and (_THE_REST.match(body, at) or _THE_REST_BEFORE.search(body, max(0, at - 25), at)):
        # "five people were shot … two are in critical condition and the other three received
        # minor injuries": the three are a part; everyone shot who did not die was wounded
        shot = figure("shot")
        if shot is not None and figure_at["shot"][0] < figure_at["injured"][0] and shot - (killed or 0) > injured:
            injured = shot - (killed or 0)
            note("injured:rest_of_the_shot", injured)
    if injured and _SEVERELY.match(body, figure_at["injured"][0]):
        shot = figure("shot")
        if shot is None or figure_at["shot"][0] > figure_at["injured"][0]:
            shot = shot_in_the_shooting(title) or shot_in_the_shooting(lead) or None  # ("… in shooting of five")
        if shot is not None and shot - (killed or 0) > injured:
            injured = shot - (killed or 0)
            note("injured:badly_hurt_of_the_shot", injured)
    added = told_also(body, qs, sents, "injured", figure_at, len(title), injured)
    if added:
        injured += added  # "two people were wounded" … "a woman was also hurt"
        note("injured:also", added)
    if injured is None:
        shot = told_shot = figure("shot")
        multi_shot = MULTI_SHOOTING.search(lead)
        if multi_shot:
            shot = max(shot or 0, MULTIPLE_N[multi_shot.group(1).lower()])
        shot_of = max(shot_in_the_shooting(lead), shot_in_the_shooting(title) if title else 0)
        if shot_of > (shot or 0):
            shot = shot_of
            note("shot:shooting_of", shot_of)
        phrased = injured_phrase(title) if title else None
        if phrased is None:
            phrased = injured_phrase(lead)
        if shot is None:
            shot = injured_phrase(lead, _SHOT_N)
            if shot is not None:
                note("shot:phrase", shot)
        if told_shot and killed and figure_at["shot"][0] >= figure_at.get("killed", (0, 0))[1] and \
                (also_after(body, figure_at["shot"][0], figure_at["shot"][1]) or another_opens(body, figure_at["shot"][0])):
            injured = told_shot  # "two people were shot and killed" … "three other people were
            # also shot", "a second man who was shot": others than the dead, so all of them wounded
            note("injured:also_shot", told_shot)
        elif shot is not None:
            injured = max(shot - killed, 0)
        elif phrased is not None:
            injured = phrased
            note("injured:phrase", phrased)
        elif killed:
            # "shot", "taken to hospital" describe the dead victim here, unless a second one survived
            injured = 1 if _OTHER_WOUNDED.search(raw[: len(lead)]) else 0
        else:
            injured = _count(body, "injured", sents, qs, True)
            if not injured and _SELF_INJURY.search(lead):
                injured = 1
    if injured and title and "injured" in figure_at and figure_at["injured"][0] >= len(title):
        # "Four shot outside bar" … "two of them are in critical condition": the body's count is
        # a part of those the headline says were shot, and everyone shot who did not die was hurt
        shot = figure("shot")
        if shot is not None and figure_at["shot"][0] < len(title) and shot - (killed or 0) > injured:
            injured = shot - (killed or 0)
            note("injured:headline_shot", injured)
    hurt = hurt_list_count(lead)
    if not killed and title:
        hurt = max(hurt, headline_hurt_list_count(title))
    if hurt > (injured or 0):
        injured = hurt  # "… and a 69-year-old in the car were also hit": a list the figures do not read
        note("injured:list", hurt)
    # (a headline's other counts, "Two arrested after …", say nothing of the people hurt)
    title_tolls = [q for q in title_qs if q.kind in ("killed", "injured", "shot")]
    one = _HEADLINE_ONE.match(title) if title and not title_tolls else None
    if not one and title and not killed and not injured and not title_tolls and \
            not _TITLE_DEATH.search(title) and not _NEWS_DEATH.search(_NOT_DEATH.sub(" ", lead)):
        shot_one = _ONE_SHOT.search(title)
        if shot_one:
            injured = 1
            note("headline:one_shot", shot_one.group(0))
    if one and not killed and not injured:
        # "Boy, 3, wounded in shooting", "Teen shot in leg": a headline drops the article, so
        # the grammar reads no count; one person is meant
        if one.group("fate").lower() in ("killed", "dies", "died", "dead", "slain"):
            killed = 1
        else:
            injured = 1
        note("headline:one", one.group(0))
    if assume_victim and not killed and not injured:
        # The article reports a shooting with victims (every incident in the archive has one);
        # where no toll can be read, one wounded victim is the likeliest reading.
        injured = 1
        note("injured:default", 1)
    return killed, injured
