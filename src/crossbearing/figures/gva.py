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

from .fatalities import main_event_count, text_quantities
from .sentences import split_sentences

LEAD_SENTENCES = 6
_MULTIPLE = re.compile(r"\b(double|triple|quadruple)[\s-]+(?:fatal|homicide|murder|killing|slaying|"
                       r"deadly|death)", re.I)
_MULTIPLE_N = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
# Ways news reports say someone died without a count or a "was killed" clause.
_NEWS_DEATH = re.compile(r"\b(?:found deceased|(?:was|is) deceased|deadly (?:shooting|shot)|fatal(?:ly)?|"
                         r"(?:first|second|third)[- ]degree murder|homicide|manslaughter|mourn(?:ing|s|ed)? "
                         r"(?:the )?(?:loss|death)|death of|killing of|murder of|slaying|slain|"
                         r"lost (?:his|her|their) li(?:fe|ves)|life was taken|wake|funeral)\b", re.I)
_MURDER_SUICIDE = re.compile(r"\bmurder-suicide\b|\b(?:before|then|and then|after)\s+(?:killing|turning the gun on|"
                             r"shooting|fatally shooting|taking)\s+(?:himself|herself|his own life|her own life)|"
                             r",\s*(?:himself|herself|self)\b|\band (?:then )?(?:killed|shot) (?:himself|herself)", re.I)
_MULTI_SHOOTING = re.compile(r"\b(double|triple|quadruple|quintuple)[\s-]+shooting", re.I)
_SELF_INJURY = re.compile(r"\b(?:shoots|shooting|shot) (?:himself|herself)\b|\b\d+-year-old\s+(?:[a-z]+\s+){0,2}"
                          r"(?:was\s+|is\s+)?(?:accidentally\s+)?(?:shot|wounded|injured)\b", re.I)
_SUICIDE = re.compile(r"\b(?:kill(?:ed|ing|s) (?:himself|herself)|took (?:his|her) own life|"
                      r"turn(?:ed|ing) the gun on (?:himself|herself)|murder-suicide|committed suicide|"
                      r"fatally shooting (?:himself|herself)|kills? [\w\s,-]{0,40}\bself|"
                      r"died (?:of|from) a self-inflicted)\b", re.I)


def _count(text: str, kind: str, sents, quantities, fallback: bool) -> int:
    # Every article about the incident counts its toll, whether it reports the shooting, an
    # arrest or a sentencing, so the background filter for ACLED notes is off here.
    return main_event_count(text, kind, quantities, sents, singular_fallback=fallback, background=False).value


def article_casualties(text: str, title: str = "") -> tuple[int, int]:
    """(killed, injured) of the incident an article reports; 0 where it says nothing."""
    title = (title or "").strip()
    body = f"{title}.\n\n{text}" if title else text
    sents = split_sentences(body)[: LEAD_SENTENCES + 1]
    qs = text_quantities(body, "", sents)
    title_sents = sents[:1] if title else []
    title_qs = [q for q in qs if title_sents and q.span.end <= title_sents[0][1]]

    def figure(kind: str) -> int | None:
        for scope_qs in (title_qs, qs):
            hits = [q for q in scope_qs if q.kind == kind and not q.aggregate]
            if hits:
                first = next(i for i, (a, b) in enumerate(sents) if a <= hits[0].span.start < b)
                a, b = sents[first]
                return _count(body, kind, sents, [q for q in hits if a <= q.span.start < b], False)
        return None

    killed = figure("killed")
    lead = body[: sents[-1][1]] if sents else body
    multi = _MULTIPLE.search(lead)
    if multi and (killed or 0) < _MULTIPLE_N[multi.group(1).lower()]:
        killed = _MULTIPLE_N[multi.group(1).lower()]  # "double homicide" is two dead
    if killed is None:
        killed = _count(body, "killed", sents, qs, True)
        if not killed and _NEWS_DEATH.search(lead):
            killed = 1
    if _SUICIDE.search(lead) and not re.search(r"\b(?:accidentally|accidental)\b", lead, re.I):
        # A shooter who also died counts among the dead; a lone suicide is the one death.
        killed = killed + 1 if killed and _MURDER_SUICIDE.search(lead) else max(killed, 1)
    injured = figure("injured")
    if injured is None:
        shot = figure("shot")
        multi_shot = _MULTI_SHOOTING.search(lead)
        if multi_shot:
            shot = max(shot or 0, _MULTIPLE_N[multi_shot.group(1).lower()])
        if shot is not None:
            injured = max(shot - killed, 0)
        elif killed:
            injured = 0  # "shot", "taken to hospital" describe the dead victim here
        else:
            injured = _count(body, "injured", sents, qs, True)
            if not injured and _SELF_INJURY.search(lead):
                injured = 1
    return killed, injured
