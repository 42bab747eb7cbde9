"""The regular-expression screen: needles every match holds, and never a skipped match."""

from __future__ import annotations

import re

import pytest

from crossbearing.events.actors import _compiled, _state_arms
from crossbearing.events.lexicon import CUES
from crossbearing.prefilter import fold, may_match, needles
from crossbearing.timex.grammar import RULES


def test_needles_read_literals_alternations_and_optional_letters():
    assert needles(re.compile(r"\b(drones?|kamikaze drones?|uavs?)\b", re.I)) == {"drone", "uav"}
    # an optional space joins both spellings; long needles are cut to their first 8 characters
    assert needles(re.compile(r"air ?strikes?")) == {"airstrik", "air stri"}
    # a piece with no literal (the number) leaves the literal after it as the needle
    assert needles(re.compile(r"\d+ (?:people|persons) (?:were )?killed")) == {" people ", " persons"}
    assert needles(re.compile(r"[Ss]hot\b")) == {"shot"}
    assert needles(re.compile(r"\w+ed\b")) == {"ed"}


def test_patterns_that_can_match_without_a_literal_always_run():
    for pattern in (r"\d+", r"\w+", r"(?:killed)?", r"[^.]+", r"(?:\d+|killed)", r"\bkill\w*|\w+"):
        assert needles(re.compile(pattern)) is None
    assert may_match(None, "")


def test_a_text_without_any_needle_is_screened_out_and_one_with_a_needle_is_not():
    lits = needles(re.compile(r"\bgunmen (?:opened fire|shot)\b", re.I))
    assert not may_match(lits, fold("Police said the crowd dispersed."))
    assert may_match(lits, fold("GUNMEN OPENED FIRE on the market."))


def test_fold_matches_what_ignorecase_matches():
    """Under IGNORECASE, dotted and dotless I, the long s and the Kelvin sign match ASCII letters."""
    rx = re.compile(r"islamic state|kurds", re.I)
    for text in ("\u0130slamic State fighters", "\u0131slamic state", "\u212aurds", "Kurd\u017f"):
        assert rx.search(text), text
        assert may_match(needles(rx), fold(text)), text


SENTENCES = [
    "Syrian regime warplanes struck the town of Kafr Nabl on Tuesday, killing 12 civilians.",
    "Russian jets and Iranian-backed militias pressed on toward the city.",
    "Two people were shot and killed late Saturday night near 5th and Main, police said.",
    "The U.S.-led coalition said its air strikes hit Islamic State positions near the border.",
    "Protesters blocked the road and police fired tear gas to disperse them.",
    "A car bomb exploded outside the ministry early on 3 March 2016.",
    "Hezbollah fighters and the Syrian Arab Army retook the hill after heavy clashes.",
    "Deputies arrested a 19-year-old man on Monday, three days after the shooting.",
    "Since mid-April, at least 40 people have died in the fighting, the ministry said on Friday.",
    "Turkish army shelling killed two Kurdish fighters in the countryside, an observatory reported.",
    "HIS LAWYER SAID THE ARMY TROOPS ARRIVED AT ABOUT 10 P.M. LAST WEDNESDAY.",
    "An explosion in the Al-Midan neighbourhood wounded 7 on the 14th of February.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_no_shipped_pattern_is_screened_out_of_a_text_it_matches(sentence):
    """Every actor, cue and date pattern the pipeline runs, on sentences of news wording."""
    patterns = ([rx for rx, _, _ in _compiled()] + [rx for rx, _, _ in _compiled(True)]
                + [rx for rx, _, _ in _state_arms()] + [c.pattern for c in CUES] + [rx for rx, _ in RULES])
    folded = fold(sentence)
    matched = [rx for rx in patterns if rx.search(sentence)]
    assert matched  # the sentences do exercise the patterns
    for rx in matched:
        assert may_match(needles(rx), folded), rx.pattern[:80]
