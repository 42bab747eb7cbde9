"""People a later sentence of an article's lead adds to its toll (read by ``gva.article_casualties``).

"Killing two officers" … "five insurgents were also killed when security forces returned fire"
is seven dead; "two people were wounded" … "a teenager was also hurt" is three wounded. The
words that mark an addition and those that rule one out are here; the lead reading decides
which toll they add to.
"""

from __future__ import annotations

import re

from .sentences import in_aside

# A count a later sentence adds to the toll: "five insurgents were also killed", "A woman was
# also shot and wounded", "Three other people were also hurt". Not the lone attacker (his own
# rules add him), not "a third person" (a running count, not an addition), not another incident's.
_ALSO_FATE = re.compile(r"\s*(?:,[^,.;]{0,40},\s*)?(?:were|was|have\s+been|has\s+been|had\s+been)\s+also\s+"
                        r"(?:(?:fatally|critically|seriously|badly|severely)\s+)?(?:shot\s+and\s+)?"
                        r"(?:killed|slain|shot|wounded|injured|hurt|struck|hit)\b|"
                        r"\s*also\s+(?:died|(?:were|was)\s+(?:killed|wounded|injured|hurt|shot))\b", re.I)
_NOT_AN_ADDITION = re.compile(r"\b(?:gunman|shooter|suspect|attacker|assailant|second|third|fourth|fifth|"
                              r"sixth|seventh|eighth|ninth|tenth|one of|separate|separately|unrelated|elsewhere|"
                              r"meanwhile|earlier|yesterday|previous\s+day|day\s+before|last\s+(?:week|month|year)|initially|"
                              r"originally|at\s+first|"
                              r"in\s+(?:19|20)\d\d)\b", re.I)
_OPENS_SENTENCE = re.compile(r"\W*(?:(?:[\w'’.-]+\s+){1,5}(?:said|says|added|reported|confirmed)\s+(?:that\s+)?)?$",
                             re.I)
_COUNT_PHRASE = re.compile(r"[\w'’-]+(?:\s+(?!(?:were|was|have|has|had|also)\b)[\w'’-]+){0,4}")


# the words of a count up to a preposition or verb ("12 junta soldiers" in "… kill 12 junta soldiers in
# Myanmar ambush")
_GROUP_PHRASE = re.compile(r"[\w-]+(?:\s+(?!(?:in|at|on|near|after|during|as|and|were|was|from|with|by)\b)[\w'’-]+){0,3}",
                           re.I)
_VICTIM_GROUP = re.compile(r"[\w-]+\s+(?:[\w-]+\s+)?(?:police\s+)?(?:officers|policemen|police|soldiers|troops|"
                           r"guards|civilians|children|students|worshippers|villagers|passengers)", re.I)
_OTHER_SIDE = re.compile(r"\b(?:gunmen|attackers|militants|assailants|insurgents|terrorists|bombers|jihadists|"
                         r"rebels|fighters|raiders)\b", re.I)


def also_after(body: str, start: int, sentence_end: int) -> bool:
    """The count at ``start`` is told as an addition ("were also killed") in a sentence of
    its own that names no attacker, rank of victim or other incident."""
    m = _ALSO_FATE.match(body, _count_end(body, start, sentence_end))
    if m is None:
        return False
    sentence_start = _sentence_start(body, start)
    # the count opens its sentence, or a speaker's words ("The spokesman said five insurgents
    # were also killed"): not a clause about someone else ("a double shooting, in which a woman
    # was also shot")
    return bool(_OPENS_SENTENCE.match(body[sentence_start:start])) and \
        not _NOT_AN_ADDITION.search(body, sentence_start, max(sentence_end, m.end()))


_ANOTHER_ONE = re.compile(r"(?:another|a\s+second|one\s+other|a\s+third)\b", re.I)


def another_opens(body: str, at: int) -> bool:
    """"A second man who was shot …" opens its sentence at ``at``: one more than the dead (not
    "the sheriff and another deputy were shot", where the count is a part of its subject)."""
    return _ANOTHER_ONE.match(body, at) is not None and not body[_sentence_start(body, at):at].strip(" \t\"'“”‘’")


def _sentence_start(body: str, at: int) -> int:
    return max(body.rfind(".", 0, at), body.rfind("\n", 0, at)) + 1


def _count_end(body: str, start: int, sentence_end: int) -> int:
    """The end of the noun phrase of the count at ``start`` ("Three other people")."""
    m = _COUNT_PHRASE.match(body, start, sentence_end)
    return m.end() if m else start


def told_also(body: str, qs, sents, kind: str, figure_at: dict, title_end: int, toll: int | None) -> int:
    """People a later sentence of the lead adds to the ``kind`` toll read at ``figure_at``
    (not to a headline's: a headline states the whole toll, and the body tells its parts —
    "Three rescuers and six children killed" … "six children were also killed"). A count equal
    to the toll tells it again ("four others were injured" … "Three women and a man were also
    shot", also as the dead woman was). Only a toll of one side, the headline's too ("… kills 2
    officers"), takes the other side's dead, however many ("Two attackers were also killed")."""
    if kind not in figure_at or not toll:
        return 0
    at, after = figure_at[kind]
    # a toll of one side ("… kills 2 officers") leaves out the other side's dead ("Two attackers
    # were also killed in the ensuing gunfight"), however many; any other headline toll is whole
    group = _GROUP_PHRASE.match(body, at, after)
    one_side = bool(group and _VICTIM_GROUP.fullmatch(group.group(0)))
    if at < title_end and not one_side:
        return 0
    total = 0
    for q in qs:
        if q.kind != kind or q.aggregate or q.span.start < after or not q.best or in_aside(body, q.span.start, q.span.end):
            continue
        other_side = one_side and bool(_OTHER_SIDE.search(body, q.span.start, _count_end(body, q.span.start, len(body))))
        if (int(q.best) != toll and at >= title_end) or other_side:
            end = next((b for a, b in sents if a <= q.span.start < b), len(body))
            if also_after(body, q.span.start, end):
                total += int(q.best)
    return total
