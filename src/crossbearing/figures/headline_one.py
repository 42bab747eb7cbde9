"""Headlines that tell of one person without a number ("Boy, 3, wounded in shooting", "Teen
accidentally shoots 5-year-old boy in leg"): a news headline drops the article, so the count
grammar reads nothing there, yet one person is meant (read by ``gva.article_casualties``)."""

from __future__ import annotations

import re

from .lists import SING

_AGE = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen)[- ](?:year|month)[- ]old")
# one person as a headline names them: "Boy, 3,", "9-year-old girl", "Four-Year-Old" (an age alone)
_ONE_NAMED = rf"(?:(?:{_AGE}|teenage|young|elderly|off-duty)\s+)?(?:{SING})(?:,\s*\d{{1,3}},)?|{_AGE}"
# where a headline puts the one person hurt: "Child inside Elm Street home grazed by …"
_PLACED = r"(?:\s+(?:in|inside|at|near)(?:\s+(?-i:[A-Z])[\w'’.-]*){1,4}?)?"
HEADLINE_ONE = re.compile(rf"^(?:[^:]{{0,40}}:\s*)?(?:(?:[\w'’]+\s+){{1,3}}(?:say|says|said)\s+)?"
                          rf"(?:{_ONE_NAMED}){_PLACED}\s+(?:(?:was|is|gets|got)\s+)?"
                          rf"(?:(?:critically|seriously|fatally|accidentally|reportedly)\s+)?"
                          rf"(?P<fate>killed|dies|died|dead|slain|wounded|injured|hurt|shot|grazed|"
                          rf"(?:struck|hit)\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|gunfire|gunshots?)|"
                          rf"suffer(?:s|ed)\s+(?:an?\s+)?(?:\w+\s+){{0,2}}?(?:gunshot|bullet)\s+wound(?:s|ed)?|"
                          # the state of the one hurt: "Boy stable after accidental shooting"
                          rf"(?:in\s+)?(?:critical|serious|stable|fair|grave)(?:\s+condition)?|hospitali[sz]ed|"
                          rf"airlifted|recovering)\b", re.I)
# A headline that tells one person shot without a fate ("Teen accidentally shoots 5-year-old boy
# in leg", "Two arrested after child shot", "… investigating accidental shooting of 3-year-old",
# "Teen's shooting under investigation"): one hurt, where nothing in the article tells a death.
ONE_SHOT = re.compile(
    rf"^(?:[^:]{{0,40}}:\s*)?(?:{_ONE_NAMED})\s+(?:(?:accidentally|allegedly|reportedly)\s+)?shoots\s+"
    rf"(?:(?:his|her|a|an|the|other|another|own)\s+)*(?:{_ONE_NAMED})\b|"
    rf"\bafter\s+(?:accidentally\s+)?shooting\s+(?:(?:his|her|a|an|the)\s+)?(?:{_ONE_NAMED})\b|"
    rf"\bafter\s+(?:a\s+|an\s+)?(?:{_ONE_NAMED})\s+(?:(?:is|was)\s+)?(?:accidentally\s+)?shot\b|"
    # (not a list: "shooting of child, father" tells two)
    rf"\bshooting\s+of\s+(?:a\s+|an\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}?(?:{_ONE_NAMED})\b(?!\s*(?:,|and\b|&))|"
    rf"^(?:[^:]{{0,40}}:\s*)?(?:{_ONE_NAMED})['’]s\s+(?:accidental\s+)?shooting\b", re.I)
