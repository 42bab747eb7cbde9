"""Place names that name a party, not a location.

News names a state by its country or its capital when the state acts or speaks: "Russia says
it killed …", "Washington accused Moscow", "Turkey, which backs the rebels", "US Secretary of
State John Kerry", "the Munich agreement". None of these says where anything happened; coded
as places they put a Syrian air strike in Russia or a statement in Washington. Such a mention
is kept out of the article's places (``extract.places``); the geocoding benchmarks, which do
score metonymic names, are not affected (this is product logic, not ``geo``).

Only a country or a national capital is read this way: a town is not a government.
"""

from __future__ import annotations

import re

# a verb of speech or stance after the name, with an optional auxiliary and adverb:
# "Russia says", "Moscow has repeatedly demanded", "Turkey would not allow"
_ADVERB = r"(?:also|repeatedly|reportedly|already|previously|now|still|long|strongly|officially|later|then|again)"
_STANCE = (r"said|says|say|told|tells|claims?|claimed|accused|accuses|blamed|blames|denied|denies|agreed|agrees|"
           r"wants?|wanted|insisted|insists|backs|backed|supports|supported|sponsors|sponsored|brokered|mediated|"
           r"urged|urges|warned|warns|called|calls|demanded|demands|rejected|rejects|welcomed|welcomes|condemned|"
           r"condemns|announced|announces|hinted|hints|vowed|vows|threatened|threatens|emphasi[sz]ed|stressed|"
           r"believes|believed|considers|considered|sees|hopes|hoped|suspects|suspected|denounced|pledged|pledges|"
           r"intervened|responded|retaliated")
# (not "bombed", "struck", "targeted": "Damascus struck by mortar fire" is where it fell)
# "Russia is unwilling to change its stance", "Turkey was determined": a state's will, not a site
_WILL = (r"(?:not\s+)?(?:unwilling|willing|determined|ready|prepared|committed|responsible|keen|reluctant|"
         r"trying|seeking)")
_SUBJECT_AFTER = re.compile(
    rf"^\s+(?:{_ADVERB}\s+)?(?:(?:is|was|are|were)\s+(?:{_ADVERB}\s+)?{_WILL}\b|"
    rf"(?:has|have|had)\s+(?:{_ADVERB}\s+)?(?:not\s+)?(?!been\b)(?:{_STANCE}|\w+ed)\b|"
    rf"(?:would|will|wont|won't|could|can|cannot|can't|must|should|does|did|do)\s+(?:not\s+)?(?:{_ADVERB}\s+)?"
    rf"(?!be\b)[a-z]+\b|(?:{_STANCE})\b)")

# the name as the object of blame or the agent of a passive: "accused Moscow", "sponsored by Turkey"
# "tensions between Ankara and the PKK", "prompting Ankara to launch an operation"
_PARTY_BEFORE = re.compile(r"\b(?:by|accused|accusing|accuses|blamed|blaming|blames|urged|urging|holds|"
                           r"warned|critici[sz]ed|condemned|called\s+on|pressed|asked|asking|prompting|prompted|"
                           r"forcing|pushing|allowing|(?<!border\s)(?<!frontier\s)between)\s+(?:the\s+)?$",
                           re.IGNORECASE)

# whose official or office speaks: "US Secretary of State John Kerry", "Russia's Foreign Ministry"
_OFFICE_AFTER = re.compile(r"^(?:[’']s?)?\s+(?:President|Prime\s+Minister|Foreign\s+Minister|Defen[cs]e\s+Minister|"
                           r"Secretary|Minister|Ministry|officials?|government|authorities|envoy|ambassador|embassy|"
                           r"spokes(?:man|woman|person)|diplomats?|delegation|counterpart|State\s+Department|"
                           r"Defen[cs]e\s+Department|Department|leaders?|leadership|Congress|parliament|"
                           r"intelligence|administration|Foreign\s+Office|"
                           # whose part in it: "the US involvement", "Russia's role", "Turkey's backing"
                           r"involvement|presence|role|policy|position|stance|backing|support|strategy|"
                           r"proposal|initiative|efforts?|allies|ally|proxies)\b", re.IGNORECASE)

# an accord or a diplomatic process named after where it was agreed: "the Munich agreement",
# "the Astana talks", "the Minsk accords", "the Geneva process"
_ACCORD_AFTER = re.compile(r"^(?:[-\s]+)(?:peace\s+)?(?:agreements?|accords?|process|format|declaration|communiqu[eé]|"
                           r"memorandum|protocol|convention|conference|summit|talks|negotiations)\b", re.IGNORECASE)


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|inside|outside|across|into|to|toward|towards)\s+(?:the\s+)?$",
                             re.IGNORECASE)


def is_state(entry) -> bool:
    """A country, or a national capital (the seat a government is named by)."""
    return entry is not None and (entry.kind == "country" or getattr(entry, "fcode", None) == "PPLC")


def names_a_party(text: str, start: int, end: int, entry) -> bool:
    """Whether the mention ``text[start:end]`` of a country or capital ``entry`` names a state
    acting or speaking, an office of it, or an accord named after it — not a location."""
    if not is_state(entry):
        return False
    after = text[end:end + 80]
    if _ACCORD_AFTER.match(after):
        return True  # "in the Astana talks" too
    if _LOCATIVE_BEFORE.search(text[max(0, start - 12):start]):
        return False  # "sources in Moscow said": where the speakers are
    if _OFFICE_AFTER.match(after) or _SUBJECT_AFTER.match(after):
        return True
    return bool(_PARTY_BEFORE.search(text[max(0, start - 20):start]))
