"""ACLED and PLOVER taxonomies as small tables, written out by hand.

Why tables and not code: the classifier predicts an ACLED sub-event type; everything else
(event type, disorder type, PLOVER category and mode, ACLED's actor classes) follows from
these tables, so a prediction is always internally consistent (a sub-type never sits under
the wrong parent). The facts come from ACLED's codebook (event categories, inter codes);
the PLOVER correspondence is ours, following the PLOVER manual's category/mode names.
"""

from __future__ import annotations

# ACLED sub-event type -> event type (the codebook's 25 sub-types; "Excessive force against
# protesters" is spelled as in the event-categories table and the data).
SUB_TO_TYPE: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(SUB_TO_TYPE.values()))

# the sub-types that tell a place changing hands (fought for or not)
TERRITORY_TAKEN = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                             "Non-violent transfer of territory"})

# ACLED's disorder_type (the data spells "Demostrations"; we write it correctly on output
# and accept both on input). Mob violence is political violence, violent demonstrations
# are demonstrations (event-categories table: political_violence / demonstrations flags).
_DEMONSTRATION_SUBS = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                       "Violent demonstration"}


def disorder_type(sub_event_type: str | None) -> str | None:
    """ACLED disorder type for a sub-event type (None when the sub-type is unknown)."""
    if sub_event_type not in SUB_TO_TYPE:
        return None
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if sub_event_type in _DEMONSTRATION_SUBS:
        return "Demonstrations"
    if SUB_TO_TYPE[sub_event_type] == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def event_type_of(sub_event_type: str | None) -> str | None:
    return SUB_TO_TYPE.get(sub_event_type or "")


# ACLED sub-event type -> (PLOVER category, PLOVER mode or None).
PLOVER: dict[str, tuple[str, str | None]] = {
    "Armed clash": ("FIGHT", "small-arms"),
    "Government regains territory": ("FIGHT", "occupy"),
    "Non-state actor overtakes territory": ("FIGHT", "occupy"),
    "Chemical weapon": ("ASSAULT", "cbrn"),
    "Air/drone strike": ("FIGHT", "aerial"),
    "Suicide bomb": ("ASSAULT", "suicide-attack"),
    "Shelling/artillery/missile attack": ("FIGHT", "heavy-weapons"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives"),
    "Grenade": ("ASSAULT", "explosives"),
    "Sexual violence": ("ASSAULT", "sexual"),
    "Attack": ("ASSAULT", "firearms"),
    "Abduction/forced disappearance": ("ASSAULT", "abduct"),
    "Peaceful protest": ("PROTEST", "demo"),
    "Protest with intervention": ("PROTEST", "demo"),
    "Excessive force against protesters": ("COERCE", "repression"),
    "Violent demonstration": ("PROTEST", "riot"),
    "Mob violence": ("ASSAULT", "primitive"),
    "Agreement": ("AGREE", None),
    "Arrests": ("COERCE", "arrest"),
    "Change to group/activity": ("MOBILIZE", None),
    "Disrupted weapons use": ("COERCE", "seize"),
    "Headquarters or base established": ("MOBILIZE", "troops"),
    "Looting/property destruction": ("COERCE", "destroy"),
    "Non-violent transfer of territory": ("CONCEDE", "territory"),
    "Other": ("CONSULT", None),
}


def plover_of(sub_event_type: str | None, *, civilians_targeted: bool = False) -> tuple[str | None, str | None]:
    """PLOVER category and mode; air and shelling attacks on civilians are ASSAULT, not FIGHT."""
    cat, mode = PLOVER.get(sub_event_type or "", (None, None))
    if cat == "FIGHT" and civilians_targeted and mode in ("aerial", "heavy-weapons"):
        cat = "ASSAULT"
    return cat, mode


# ACLED inter codes (actor classes).
INTER_CODES: dict[int, str] = {
    1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}
# the classes of armed groups that are no state's forces: rebels, political and identity militias
NON_STATE_ARMED_INTERS = frozenset({2, 3, 4})


def interaction(inter1: int | None, inter2: int | None) -> int:
    """ACLED's two-digit interaction code: the smaller class first, 0 for a missing side."""
    a, b = inter1 or 0, inter2 or 0
    lo, hi = min(a, b), max(a, b)
    return int(f"{lo}{hi}") if lo else (hi * 10 if hi else 0)


# ACLED names an actor that is no particular group after the country it acts in (the codebook's
# "Protesters (Country)", "Civilians (Country)", "Police Forces of Country"): two crowds in two
# countries are two actors. The events layer names them without the country; the exported rows
# add the country of the event's place.
ACLED_COUNTRY_ACTORS: dict[str, str] = {
    "Protesters": "Protesters ({country})",
    "Rioters": "Rioters ({country})",
    "Civilians": "Civilians ({country})",
    "Unidentified Armed Group": "Unidentified Armed Group ({country})",
    "Police Forces": "Police Forces of {country}",
    "Military Forces": "Military Forces of {country}",
}


# ACLED codes a perpetrator no report names as an "Unidentified Armed Group" (of the event's country,
# like a crowd): an attack, a bombing (a suicide bomber's too) or an abduction whose author the
# text does not give. The value says that no one is named; it rests on no span of its own.
UNNAMED_PERPETRATOR_TYPES = frozenset({"Attack", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                                       "Abduction/forced disappearance"})
UNIDENTIFIED_ARMED_GROUP = "Unidentified Armed Group"


def perpetrator(actor: str | None, inter: int | None, sub_event_type: str | None) -> tuple[str | None, int | None]:
    """The actor1 and inter1 an exported row gives: the named one, else for an attack, a bombing
    or an abduction with no author named, ACLED's unidentified armed group (inter 3)."""
    if actor or sub_event_type not in UNNAMED_PERPETRATOR_TYPES:
        return actor, inter
    return UNIDENTIFIED_ARMED_GROUP, 3


# Country names that take the article after "of" ("Military Forces of the United States",
# "Police Forces of the Philippines"); in brackets ACLED writes them bare ("Protesters (United
# States)").
COUNTRIES_WITH_THE = frozenset({
    "United States", "United Kingdom", "Philippines", "Netherlands", "Democratic Republic of Congo",
    "Republic of Congo", "Central African Republic", "Czech Republic", "Dominican Republic",
    "United Arab Emirates", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles", "Solomon Islands",
    "Marshall Islands",
})


def acled_actor_name(name: str | None, country: str | None) -> str | None:
    """ACLED's spelling of an event actor in the country (its name, e.g. "India") where the event
    happened: "Protesters" in India is "Protesters (India)", "Police Forces" in the United States
    "Police Forces of the United States"; a named actor, or any actor of an event with no country,
    keeps its name."""
    template = ACLED_COUNTRY_ACTORS.get(name or "")
    if not template or not country:
        return name
    if " of {country}" in template and country in COUNTRIES_WITH_THE:
        country = "the " + country
    return template.format(country=country)
