"""Word lists for the quantity grammar: what a number counts and what happened to it.

Kept apart from the grammar so the lists can grow without touching the logic. Every
pattern is matched case-insensitively on word boundaries.
"""

from __future__ import annotations

import re

# Nouns for people: a number in front of one of these counts persons.
PERSON_NOUNS = (
    "people|persons?|civilians?|soldiers?|troops|servicem[ae]n|militants?|terrorists?|fighters?|"
    "insurgents?|rebels?|members?|m[ae]n|wom[ae]n|children|child|kids?|boys?|girls?|babies|baby|"
    "infants?|teenagers?|teens?|students?|villagers?|residents?|inhabitants?|policem[ae]n|"
    "police(?:\\s+officers?)?|officers?|guards?|workers?|jihadists?|gunm[ae]n|attackers?|"
    "assailants?|suspects?|protesters?|protestors?|demonstrators?|refugees?|migrants?|victims?|"
    "individuals?|others|relatives?|family members?|brothers?|sisters?|sons?|daughters?|"
    "worshippers?|pilgrims?|farmers?|herders?|miners?|journalists?|reporters?|traders?|"
    "passengers?|pupils?|patients?|prisoners?|detainees?|hostages?|captives?|combatants?|"
    "recruits?|cadets?|commanders?|officials?|leaders?|priests?|christians?|muslims?|"
    "militiam[ae]n|militia members?|paramilitaries|gendarmes?|policewom[ae]n|elders?|"
    "youths?|adults?|persons|personnel|staff|employees?|volunteers?|activists?|supporters?|"
    "teachers?|doctors?|nurses?|clerics?|chiefs?|bandits?|robbers?|kidnappers?|"
    "dead|bodies|corpses|casualties|fatalities|deaths|souls|lives|sailors?|pilots?|"
    "marines?|paratroopers?|mercenaries|contractors?|settlers?|peacekeepers?|"
    "families|family|households?|couples?|pairs?|nationals?|pastoralists?|hunters?|fishermen|fisherm[ae]n|idps|"
    "raiders?|drivers?|co-drivers?|motorists?|vendors?|traders?|shepherds?|loggers?|herdsm[ae]n|"
    "worshipers?|believers?|congregants?|abductees?|inmates?|tourists?|foreigners?|expatriates?|"
    "dissidents?|opponents?|defectors?|informants?|spies|smugglers?|traffickers?|gangsters?|"
    "gang members?|vigilantes?|guardsm[ae]n|rangers?|warriors?|combatants?|Ukrainians?|Russians?"
)
SINGULAR_PERSON = (
    "man|woman|boy|girl|child|baby|infant|teenager|teen|student|civilian|soldier|serviceman|"
    "militant|fighter|rebel|member|villager|resident|policeman|police officer|officer|guard|"
    "worker|suspect|protester|demonstrator|refugee|migrant|victim|individual|person|farmer|"
    "herder|journalist|reporter|trader|driver|passenger|pupil|prisoner|detainee|commander|"
    "official|leader|priest|pastor|imam|cleric|chief|elder|youth|teacher|doctor|nurse|"
    "militiaman|gendarme|businessman|businesswoman|motorist|cyclist|pedestrian|neighbor|"
    "neighbour|father|mother|son|daughter|husband|wife|brother|sister|girlfriend|boyfriend|"
    "toddler|security guard|shopkeeper|vendor|driver|bandit|robber|kidnapper|student|"
    "contractor|engineer|pilot|sailor|councillor|councilor|mayor|lawyer|judge|activist|teen|"
    "co-driver|national|pastoralist|hunter|fisherman|herdsman|raider|shepherd|trader|worshipper|"
    "nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandfather|grandmother|relative|"
    "associate|colleague|friend|partner|roommate|customer|employee|owner|resident|inmate|"
    "abductee|hostage|tourist|foreigner|informant|vigilante|ranger|warrior|combatant|student"
)

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
                r"blasts?|shellings?|shells)$", re.I), "attacks"),
]

# Verbs / nouns that say what happened to the counted people.
FATE = [
    ("killed", r"killed|killing|kills?|dead|died|dies|die|deaths?|fatalit(?:y|ies)|liquidated|"
               r"eliminated|neutrali[sz]ed|slain|slaughtered|massacred|executed|execution|executes?|executing|"
               r"crucif(?:y|ies|ied|ying)|beheads?|beheading|murdered|murdering|"
               r"murder|lost (?:their|his|her) lives?|lost (?:his|her) life|perished|bodies|body (?:of|was|were)|"
               r"corpses|beheaded|lynched|succumbed|death toll|toll|lifeless|shot dead|"
               r"gunned down|burned alive|burnt alive|fatally|shot and killed|shot to death|stabbed to death|"
               r"beaten to death|were killed|claimed (?:\w+ )?lives"),
    ("injured", r"injured|injuring|injuries|injury|wounded|wounding|wounds|hurt|hospitali[sz]ed|"
                r"treated for|maimed|casualties|shot and wounded|shot and injured"),
    # "Five people shot, one dead": shot covers both the dead and the wounded.
    ("shot", r"shot|shooting victims|gunshot victims"),
    ("arrested", r"arrested|arresting|arrests?|detained|detaining|detention|apprehended|"
                 r"rounded up|taken into custody|captured|capturing|custody"),
    ("abducted", r"abducted|abducting|abductions?|kidnapp?ed|kidnapp?ing|taken hostage|"
                 r"hostages?|seized|taken captive"),
    ("displaced", r"displaced|displacing|fled|fleeing|homeless|evacuated|uprooted|"
                  r"forced (?:out|from)|refugees"),
    ("missing", r"missing|unaccounted"),
]
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

AGGREGATE_RE = re.compile(
    r"\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b|\bsince\s+(?:(?:early|late|mid-?)\s+)?"
    r"(?:\w+\s+)?(?:19|20)\d\d\b|\bsince the (?:start|beginning|outbreak)\b|\bto date\b|"
    r"\bin total\b|\ba total of\b|\bcumulative\b|\bper (?:year|month)\b|\bannually\b|"
    r"\b(?:19|20)\d\d\s*(?:-|–|to)\s*(?:19|20)\d\d\b|\bover the (?:past|last) \w+ (?:years|months)\b|"
    r"\bsince the (?:war|conflict|campaign)\b",
    re.I,
)
