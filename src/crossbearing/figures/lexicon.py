"""Word lists for the quantity grammar: what a number counts and what happened to it.

Kept apart from the grammar so the lists can grow without touching the logic. Every
pattern is matched case-insensitively on word boundaries.
"""

from __future__ import annotations

import re

from ..lang import joined, table

# Nouns for people (a number in front of one counts persons) and their singulars: language
# data in data/lang/en/figures.json.
PERSON_NOUNS = joined("figures", "person_nouns")
SINGULAR_PERSON = joined("figures", "singular_person")
# one word that is a person noun ("civilians", "grandchildren")
PERSON_RE = re.compile(rf"^(?:{PERSON_NOUNS})$", re.I)
# one word or phrase that names one person ("wife", "partner", "shop owner")
ONE_PERSON_RE = re.compile(rf"^(?:{SINGULAR_PERSON})$", re.I)

# Materiel nouns → the type used in ``materiel:<type>``.
MATERIEL = [
    (r"tanks?", "tank"),
    (r"pick-?ups?|pick-?up trucks?|technicals?", "pickup"),
    (r"(?:armou?red )?personnel carriers?|apcs?|bmps?|ifvs?|armou?red vehicles?|"
     r"infantry fighting vehicles?", "armoured_vehicle"),
    (r"helicopters?|choppers?", "helicopter"),
    (r"aircraft|planes?|jets?|warplanes?|fighter jets?|bombers?", "aircraft"),
    (r"drones?|uavs?|unmanned aerial vehicles?", "drone"),
    (r"artillery(?: pieces| guns| systems)?|howitzers?|mortars?|cannons?|"
     r"rocket launchers?|launchers?|mlrs|grads?", "artillery"),
    (r"missiles?|rockets?", "missile"),
    (r"vehicles?|trucks?|cars?|lorries|lorry|motorcycles?|motorbikes?|buses|bus", "vehicle"),
    (r"boats?|ships?|vessels?|warships?|frigates?", "vessel"),
    (r"(?:machine )?guns|rifles|weapons|firearms|ammunition depots?|depots?", "weapon"),
]
MATERIEL_RE = [(re.compile(rf"^(?:{pat})$", re.IGNORECASE), name) for pat, name in MATERIEL]

COUNTED_EVENTS = [
    (re.compile(r"^(?:air ?strikes?|air[- ]raids?|strikes?|sorties|bombings?|bombardments?)$", re.I),
     "airstrikes"),
    (re.compile(r"^(?:attacks?|assaults?|raids?|ambushe?s?|incidents?|clashes|explosions?|"
                r"blasts?|shellings?|shells|shootings|stabbings|shootouts|gunfights|carjackings|robberies)$", re.I),
     "attacks"),
]

# Verbs / nouns that say what happened to the counted people.
# What happened to counted people, in order (earlier fates win): data/lang/en/figures.json.
# A victim's condition ("in critical condition") is a fate of the hurt.
_FIGURES = table("figures")
CONDITION = "|".join(_FIGURES["condition"])
FATE = [(kind, "|".join(alternatives + (_FIGURES["condition"] if kind == "injured" else [])))
        for kind, alternatives in _FIGURES["fate"]]
FATE_RE = re.compile("|".join(rf"(?P<{k}>\b(?:{p})\b)" for k, p in FATE), re.IGNORECASE)

CROWD_RE = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ied|ies)|marche[ds]|marchers|marching|gather\w*|"
                      r"sit-in|took to the streets|picket\w*|strik(?:e|ing)|crowd)\b", re.I)

AREA_UNITS = [
    (re.compile(r"^\s*(?:square\s+kilomet(?:er|re)s?|sq\.?\s*km|km2|km²|square\s+km)\b", re.I), 1.0),
    (re.compile(r"^\s*(?:square\s+miles?|sq\.?\s*mi(?:les?)?)\b", re.I), 2.589988),
    (re.compile(r"^\s*(?:hectares?|ha)\b", re.I), 0.01),
    (re.compile(r"^\s*acres?\b", re.I), 0.00404686),
    (re.compile(r"^\s*(?:square\s+met(?:er|re)s?|m2|m²|sq\.?\s*m)\b", re.I), 1e-6),
]
PERCENT_RE = re.compile(r"^\s*(?:%|per\s?cent\b|pct\b)", re.I)
# Units that make a number a measurement, not a count.
MEASURE_RE = re.compile(r"^\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m\b|kg|kilos?|"
                        r"kilograms?|tons?|tonnes?|pounds?|lbs?|feet|ft|inch(?:es)?|hours?|"
                        r"minutes?|seconds?|days?|weeks?|months?|years?|decades?|times|"
                        r"dollars?|euros?|usd|naira|rupees?|lakhs?|crores?|degrees?|rounds?|shots\s+(?:were\s+)?fired|bullets?|"
                        r"°|x\b|-year|-month|-day|-hour|-week|-minute|-member|-story|-storey)", re.I)

# Words that introduce a subset of the number before: "12 ..., among them five children".
OF_WHICH_RE = re.compile(r"(?:including|among them|among whom|of whom|of them|among those|"
                         r"among the dead|among the victims|mostly|most of them|all of them|"
                         r"including at least)\s*$", re.I)
# a counted part listed after parts no number counts ("18 people including children and two
# hospital staffers"): the list still names parts of the count before, not more people
OF_WHICH_LIST_RE = re.compile(r"\b(?:including|among them|among whom|of whom)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+"
                              r"(?:\s*,\s*|\s+and\s+)$", re.I)

# a relative clause that dates a state of a thing the sentence names ("the city, which has been
# divided since July 2012") and a toll told in the perfect ("have been killed")
STATE_SINCE_RE = re.compile(r"\b(?:that|which)\s+(?:has|have|had)\s+been\s+(?:[\w-]+\s+){1,5}?since\s+"
                            r"(?:(?:early|late|mid-?)\s+)?(?:\w+\s+)?(?:19|20)\d\d\b", re.I)
PERFECT_TOLL_RE = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?(?:killed|died|left|claimed)\b", re.I)

_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"

AGGREGATE_RE = re.compile(
    r"\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b|\bsince\s+(?:(?:early|late|mid-?)\s+)?"
    r"(?:\w+\s+)?(?:19|20)\d\d\b|\bsince the (?:start|beginning|outbreak)\b|\bto date\b|"
    r"\bin total\b|\ba total of\b|\bcumulative\b|\bper (?:year|month)\b|\bannually\b|"
    r"\b(?:19|20)\d\d\s*(?:-|–|to)\s*(?:19|20)\d\d\b|\bover the (?:past|last) (?:(?:couple|few) of |\w+ )?(?:years|months|weeks|days)\b|"
    r"\bsince the (?:war|conflict|campaign)\b|"
    # a toll gathered over a week or more ("during the past week", "in one week"): a week's
    # incidents, not one (a toll "since Monday" stays the fighting's own: one battle's days)
    # (not "in last week's shooting": that is one incident, dated)
    r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:week|month|year)\b(?!['’]s)|"
    r"\bin\s+(?:one|a|a single|just one)\s+week\b|"
    # a span of years ("In two-and-a-half years ending this past summer, … eleven killed"), or
    # since a dated day ("Since January 1, 2014, there have been more than 1,000 …")
    r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?(?:\d+(?:\.\d+)?|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|a\s+few|(?:a\s+)?couple\s+of)(?:-and-a-half)?\s+years\b|"
    r"\bsince\s+" + _MONTH + r"\s+"
    r"\d{1,2},?\s+(?:19|20)\d\d\b|"
    # a month's or a year's toll of a city ("At least 80 people were killed in the city in November
    # alone", "so far this year"): a period's incidents, not one
    r"\bin\s+" + _MONTH + r"\s+alone\b|"
    r"\b(?:this|last)\s+(?:year|month),?\s+(?:alone|so\s+far)\b|"
    # a month named without its day ("since January", "since January of this year"): months of incidents
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?" + _MONTH + r"\b(?!\s+\d{1,2}\b)|\bso\s+far\s+(?:this|in\s+(?:19|20)\d\d)\b|"
    r"\byear[- ]to[- ]date\b|"
    # a whole year's count that opens its sentence ("Last year in Chicago, 4,368 people were shot.",
    # "This year, 700 more have been shot"): a city's year, not one incident
    r"(?:^|[.?!;:][\"”“'’\s]*)\s*(?:last|this|that)\s+year(?:\s+(?:in|across)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*,|"
    # a count kept up to a day ("As of July 15, 126 people had been murdered in the city") or
    # over the year in the perfect ("… have been shot in the county this year")
    r"\bas\s+of\s+(?:" + _MONTH + r"\s+\d{1,2}\b|(?:the\s+)?end\s+of\b)|"
    r"\b(?:has|have|had)\s+been\s+(?:\w+\s+){0,2}?(?:killed|murdered|slain|shot|wounded|injured)\b[^.;]{0,60}?"
    r"\bthis\s+year\b",
    re.I,
)

# --- counts in news sentences that the quantity grammar (``figures.grammar``) reads ---

# "the death toll has risen to", "the toll from the strikes reached": the count that follows is
# of the dead, whatever noun it takes ("82 people").
TOLL_TO = r"toll (?:[\w-]+ ){0,5}?(?:to|of|at|reached|hit|is|was)"
TOLL_BEFORE = re.compile(r"\b(?:death|casualty|the|its|a) toll\b[^.;:]{0,140}?\b(?:risen|rose|rises|climbed|climbs|jumped|jumps|increased|increases|reached|reaches|hit|hits|stood|stands|"
                         r"is|was|has been|had been)\s+(?:at\s+|to\s+)?(?:(?:at least|more than|over|nearly|about|"
                         r"some|around)\s+)?$", re.I)

# "leading to the death of five civilians", "caused the deaths of 12 people", "charged in the
# killings of four women", "the fatal shootings of two teens": a killing named as a noun
DEATH_OF = re.compile(r"(?<!attempted )\b(?:the\s+)?(?:deaths?|killings?|slayings?|murders?|homicides?|shooting\s+deaths?|"
                      r"(?:fatal|deadly)\s+(?:shootings?|stabbings?))\s+of\s+"
                      r"(?:(?:at least|more than|over|nearly|about|some|around)\s+)?$", re.I)

# "Police found the bodies of 17 men", "the bodies of 17 men were found": the dead, where the
# words tell the bodies found (not "to hand over the bodies of nine fighters", dead long before)
_BODIES_OF = r"\b(?:bodies|corpses|remains)\s+of\s+(?:(?:at least|more than|over|nearly|about|some|around)\s+)?$"
BODIES_FOUND = re.compile(r"\b(?:found|discovered|recovered|pulled|retrieved|unearthed|exhumed|dug\s+up|identified)\b"
                          r"[^.;]{0,40}" + _BODIES_OF, re.I)
BODIES_OF = re.compile(_BODIES_OF, re.I)
FOUND_AFTER = re.compile(r"[^.;]{0,40}?\b(?:were|was|have\s+been|had\s+been|are|being)\s+(?:later\s+)?"
                         r"(?:found|discovered|recovered|pulled|retrieved|unearthed|exhumed|dug\s+up)\b", re.I)


# A later member of a list of the dead: "the deaths of a pastor, his wife and their three
# children" makes each listed person dead, whatever a relative clause after the last one says.
LISTED_DEAD = re.compile(
    r"\b(?:deaths|killings|murders|slayings|bodies)\s+of\s+"
    r"(?:(?:(?!(?:who|which|that|was|were|is|are|had|has|have|in|at|on|by|after|before|from)\b)[\w'’-]+\s*){1,5}"
    r"(?:,\s*(?:and\s+)?|\band\s+)){1,4}(?:(?:their|his|her|the|a|an)\s+)?$", re.I)

# "multiple capital murder charges", "two counts of murder", "three felony warrants": a number of
# charges is no number of people, though the charge names a death
CHARGES_AFTER = re.compile(r"\s+(?:(?:capital|attempted|felony|criminal|federal|state|additional|new|separate|related|"
                           r"(?:first|second|third)-degree|murder|manslaughter|homicide|assault|weapons?|gun|drug)\s+){0,3}"
                           r"(?:charges?|counts?|indictments?|warrants?|convictions?)\b", re.I)

# the people a shooting's report says are sought, held or fled: its perpetrators. A count of them
# takes no fate from a verb told of the victims before it ("Four wounded in shooting, two
# suspects at large"), only from its own words ("two gunmen were killed", "police shot two suspects")
PERPETRATOR_HEAD = re.compile(r"(?:suspect|gunman|gunmen|shooter|attacker|assailant|robber|burglar|perpetrator|"
                              r"carjacker|hijacker)s?", re.I)


# "One of the five men shot at the bowling alley described …": a part of a group whose count and
# fate come next — counted there, not twice (but "one of the three people shot has died" tells
# the part's own fate)
ONE_OF_THE_HURT = re.compile(r"\s+of\s+(?:the|those|these)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|dozen)\s+(?:[\w-]+\s+){0,2}?(?:shot|killed|wounded|injured|hurt|stabbed)\b"
                             r"(?![^.;,]{0,40}?\b(?:died|dies|has|have|had|was|were|is|are|remains?)\b)", re.I)

# "the shooting that sent five people to the hospital (has …)": they were hurt, whatever the
# verb after the clause says of someone else
SENT_BEFORE = re.compile(r"\b(?:sent|sends|send|sending|put|puts|landed|lands)\s+$", re.I)
TO_HOSPITAL = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:to|in)\s+(?:the\s+|area\s+|local\s+|a\s+)?hospitals?\b", re.I)
# the group a part is taken from, with its own harm after it: "one of three people hit by gunfire"
PART_BEFORE = re.compile(r"\b(?:one|two|three|four|five|\d+)\s+of\s+(?:the\s+|those\s+)?$", re.I)
# "one of five victims in Thursday's shooting dies", "one of the three men in the car has died": the
# part's own death, told by the clause's verb; it is not the group's
PART_DIES_AFTER = re.compile(r"\s*(?:[\w'’,-]+\s+){0,6}?(?:(?:has|have|had)\s+)?(?:died|dies|succumbed)\b", re.I)
VICTIM_HEADS = frozenset({"victim", "victims"})
GROUP_HURT_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(shot|wounded|injured|hurt|hit|struck)\b(?!\s+(?:and\s+)?killed)",
                              re.I)
# "told FOX 4", "WSB-TV 2 reported", "Channel 8 learned": a broadcaster's channel number
STATION_BEFORE = re.compile(r"(?:\b(?:FOX|Fox|Channel|NBC|CBS|ABC|CW|PIX)|\b[KW][A-Z]{2,3}(?:-(?:TV|DT|FM))?)\s*$")
# "trying to kill two others", "the attempted murder of a deputy", "threatened to shoot three
# people", "he was going to kill his wife": the verb names what was tried or meant, not what
# happened; the people it takes were not killed
# a fate that nearly came ("bullets that nearly killed him", "was almost killed"): he lived
NEAR_MISS = r"nearly|almost|narrowly"
ATTEMPT_BEFORE = re.compile(r"\b(?:(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|threat(?:en|ens|ened|ening)|"
                            r"plot(?:s|ted|ting)?|plan(?:s|ned|ning)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|"
                            r"conspir(?:e|es|ed|ing)|vow(?:s|ed|ing)?|intent|go(?:ing|es)?|about|ready|prepared|"
                            r"hop(?:e|es|ed|ing)|s(?:eek|eeks|eeking|ought)|determined)\s+to|"
                            r"attempted\s+(?:[\w]+[- ])?(?:degree\s+)?|" + NEAR_MISS + r")\s*$", re.I)
# a count that speaks ("… the number of wounded, one medic told AFP"): a source, not a victim
SPEAKS_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:told|said|says|tells|added|explained|recalled)\b", re.I)


# The people counted as the object of one verb, then killed by the next: "ordered 14 passengers
# off the bus and shot them dead", "rounded up six men and executed them".
KILLED_THEM = re.compile(r"[^.;,]{0,50}?\band\s+(?:then\s+|later\s+)?(?:(?:killed|executed|murdered|beheaded|"
                         r"slaughtered|massacred)\s+(?:them|all\s+of\s+them)\b|shot\s+(?:them|all\s+of\s+them)\s+dead\b|"
                         r"gunned\s+them\s+down\b)", re.I)


# The verb before the people and "to death" after them: "beat two suspected thieves to death"
TO_DEATH_BEFORE = re.compile(r"\b(?:beat|beating|stabbed|stabbing|hacked|hacking|stoned|stoning|burned|burnt|burning|"
                             r"clubbed|bludgeoned|kicked|trampled|crushed|starved|tortured|shot|shoots|shooting)\s+"
                             r"(?:(?:at least|some|about|nearly)\s+)?$", re.I)
TO_DEATH_AFTER = re.compile(r"[^.;,]{0,40}?\bto\s+death\b", re.I)

# "125 people were injured, 100 of them civilians": a part of the count before
PART_OF_THEM = re.compile(r"\s*of\s+(?:them|whom)\s+(?:[a-z-]+\s*){1,2}(?=[,.;)]|$|\s+(?:and|were|are)\b)", re.I)
