"""build_events over hand-made analyses (no spaCy): rules-only mode, no events, planned dates."""

from __future__ import annotations

import pytest

from crossbearing.events.assemble import build_events
from crossbearing.model import Analysis, Article, Place, PlaceMention, Span, TimeRef


def _analysis(text: str) -> Analysis:
    art = Article(id="a1", text=text, published="2022-05-10", published_precision="day")
    sents, pos = [], 0
    for part in text.split(". "):
        end = pos + len(part) + (2 if pos + len(part) < len(text) else 0)
        sents.append(Span("a1", pos, min(end, len(text)), text[pos:min(end, len(text))]))
        pos = end
    return Analysis(article=art, sentences=sents)


def test_no_events_in_plain_prose():
    an = _analysis("The minister opened a new school. Pupils sang a song")
    assert build_events(an, None) == []
    assert build_events(_analysis(""), None) == []


def test_rules_only_mode_types_and_places():
    text = "Drones struck a fuel depot in Kherson on Monday. Talks are scheduled to be held in Geneva next week"
    an = _analysis(text)
    k = text.index("Kherson")
    g = text.index("Geneva")
    an.places = [
        PlaceMention(Span("a1", k, k + 7, "Kherson"), "Kherson", Place(1, "Kherson", "UA", lat=46.63, lon=32.61),
                     geo_precision=1),
        PlaceMention(Span("a1", g, g + 6, "Geneva"), "Geneva", Place(2, "Geneva", "CH", lat=46.2, lon=6.14),
                     geo_precision=1),
    ]
    mon = text.index("Monday")
    an.times = [TimeRef(Span("a1", mon, mon + 6, "Monday"), "2022-05-09", "2022-05-09", "day", relative=True)]

    def time_fn(analysis, clause):
        refs = [t for t in analysis.times if clause[0] <= t.span.start < clause[1]]
        if refs:
            return refs[0], 1
        return TimeRef(Span("a1", 0, 0, ""), "2022-05-10", "2022-05-10", "day"), 2

    evs = build_events(an, None, time_fn)
    assert [e.sub_event_type for e in evs] == ["Air/drone strike", "Other"]
    strike, talks = evs
    assert (strike.latitude, strike.longitude, strike.geo_precision) == (46.63, 32.61, 1)
    assert strike.time.start == "2022-05-09" and strike.time_precision == 1
    assert strike.trigger.text == "Drones" and strike.id == "a1-e0"
    assert talks.planned and talks.time is None  # never back-filled from the publication date
    assert talks.place.surface == "Geneva"


def test_region_level_place_exported_at_capital():
    text = "Shelling hit villages in Donetsk province"
    an = _analysis(text)
    d = text.index("Donetsk province")
    prov = Place(3, "Donetsk", "UA", admin1="Donetsk", lat=48.0, lon=37.8, feature_code="ADM1")
    an.places = [PlaceMention(Span("a1", d, d + 16, "Donetsk province"), "Donetsk province", prov,
                              geo_precision=3, kind="province")]
    capital = Place(4, "Kramatorsk", "UA", lat=48.72, lon=37.56)
    ev = build_events(an, None, capital=lambda p: capital)[0]
    assert (ev.latitude, ev.longitude, ev.geo_precision) == (48.72, 37.56, 3)
    assert ev.place.place.lat == 48.0  # the place keeps its own coordinates


def test_protest_roles_and_no_cross_paragraph_carry():
    text = ("Hundreds of people protested in the capital on Sunday; police detained 50 protesters. "
            "Russian forces shelled the port. Officials met in the afternoon. Nothing else happened. "
            "The weather was fine. The market was busy. "
            "A roadside bomb killed four soldiers near the border")
    an = _analysis(text)
    evs = build_events(an, None)
    protest = evs[0]
    assert protest.event_type == "Protests" and protest.actor1 == "Protesters" and protest.inter1 == 6
    assert evs[1].actor1 == "Military Forces of Russia"
    assert protest.actor2 == "Police Forces"
    bomb = evs[-1]
    assert bomb.sub_event_type == "Remote explosive/landmine/IED" and bomb.actor1 is None


def test_two_events_in_one_sentence_split_at_clauses():
    text = "Russian forces shelled the port, killing three civilians; Ukrainian troops repelled an attack near the river"
    an = _analysis(text)
    evs = build_events(an, None)
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Shelling/artillery/missile attack", "Military Forces of Russia"),
        ("Armed clash", "Military Forces of Ukraine")]
    assert evs[0].evidence[0].text.endswith("civilians") and evs[1].evidence[0].text.startswith("Ukrainian")


def test_country_level_headline_takes_the_town_named_next():
    from crossbearing.events.assemble import choose_place

    text = "Car bomb kills 20 in Syria. The blast hit the town of Azaz near the border"
    an = _analysis(text)
    c, t = text.index("Syria"), text.index("Azaz")
    syria = PlaceMention(Span("a1", c, c + 5, "Syria"), "Syria", Place(1, "Syria", "SY", lat=35.0, lon=38.0,
                                                                       feature_code="PCLI"), kind="country")
    azaz = PlaceMention(Span("a1", t, t + 4, "Azaz"), "Azaz", Place(2, "Azaz", "SY", admin1="Aleppo", lat=36.59,
                                                                     lon=37.04), geo_precision=1)
    assert choose_place([syria, azaz], an.sentences, 0).surface == "Azaz"
    other = PlaceMention(Span("a1", t, t + 4, "Azaz"), "Azaz", Place(3, "Azaz", "TR", lat=40.0, lon=30.0))
    assert choose_place([syria, other], an.sentences, 0).surface == "Syria"  # not a town abroad


def test_county_level_place_is_finer_than_its_state():
    text = "A boy was shot in Clay County on Friday"
    an = _analysis(text)
    d = text.index("Clay County")
    county = Place(5, "Clay County", "US", admin1="Missouri", lat=39.3, lon=-94.4, feature_code="ADM2")
    an.places = [PlaceMention(Span("a1", d, d + 11, "Clay County"), "Clay County", county, geo_precision=2,
                              kind="region")]
    ev = build_events(an, None)[0]
    assert (ev.latitude, ev.longitude, ev.geo_precision) == (39.3, -94.4, 2)


def test_state_level_event_takes_the_headlines_county_inside_it():
    from crossbearing.events.assemble import choose_place

    text = "A baby was shot in Missouri. Nobody was charged"
    an = _analysis(text)
    m = text.index("Missouri")
    state = PlaceMention(Span("a1", m, m + 8, "Missouri"), "Missouri",
                         Place(6, "Missouri", "US", admin1="Missouri", lat=38.3, lon=-92.4, feature_code="ADM1"),
                         kind="province", geo_precision=3)
    county = Place(7, "Clay County", "US", admin1="Missouri", lat=39.3, lon=-94.4, feature_code="ADM2")
    elsewhere = Place(8, "Clay County", "US", admin1="Florida", lat=30.0, lon=-81.9, feature_code="ADM2")

    def focus(place, src):
        return PlaceMention(Span("a1:focus", 99, 99, src), "", place, kind="region", geo_precision=2)

    assert choose_place([state, focus(county, "title")], an.sentences, 0).place.name == "Clay County"
    assert choose_place([state, focus(elsewhere, "title")], an.sentences, 0) is state
    assert choose_place([state, focus(county, "outlet")], an.sentences, 0) is state


def test_a_wire_dateline_run_into_the_headline_is_not_the_events_place():
    from crossbearing.events.assemble import choose_place

    text = "Airstrikes kill 100 fighters in Hama Province WASHINGTON (Sputnik) - The strikes hit bases"
    an = _analysis(text)
    h, w = text.index("Hama Province"), text.index("WASHINGTON")
    hama = PlaceMention(Span("a1", h, h + 13, "Hama Province"), "Hama Province",
                        Place(9, "Hama", "SY", admin1="Hama", lat=35.1, lon=36.7, feature_code="ADM1"),
                        kind="province", geo_precision=3)
    wash = PlaceMention(Span("a1", w, w + 10, "WASHINGTON"), "WASHINGTON",
                        Place(10, "Washington", "US", admin1="Washington, D.C.", lat=38.9, lon=-77.0), geo_precision=1)
    assert choose_place([hama, wash], an.sentences, 0) is hama


def test_the_attackers_own_death_told_with_the_attack_is_one_more_death_of_the_event():
    from crossbearing.pipeline import analyse_text

    def tolls(t):
        return [e.fatalities.best for e in analyse_text(t, published="2016-03-03").events
                if not e.aggregate and e.fatalities is not None]

    assert tolls("A man shot and killed his neighbour before turning the gun on himself in Akron on Friday.") == [2.0]
    assert tolls("A gunman fatally shot two clerks at a bakery in Tulsa on Monday before he was shot dead by police.") == [3.0]
    assert tolls("A gunman fatally shot two clerks at a bakery in Tulsa on Monday.") == [2.0]


def test_groups_of_people_joined_by_and_that_share_one_fate_are_added_up():
    from crossbearing.pipeline import analyse_text

    def toll(t):
        [ev] = [e for e in analyse_text(t, published="2022-02-17").events if not e.aggregate]
        return ev.fatalities.best if ev.fatalities else None

    assert toll("Militants killed a farmer and his nephew near Beni on Thursday.") == 2.0
    assert toll("Four soldiers and three civilians were killed in the blast in Kabul on Monday.") == 7.0
    assert toll("At least 10 people, including a six-year-old boy, were killed in the blast in Kabul on Monday.") == 10.0


def test_a_list_of_victims_closed_by_and_is_added_up_with_the_attacker_who_died():
    from crossbearing.pipeline import analyse_text

    def toll(t):
        [ev] = [e for e in analyse_text(t, published="2019-06-14").events if not e.aggregate]
        return ev.fatalities.best if ev.fatalities else None

    # "X, Y and himself": the list before the "and" is one group of the dead, the attacker among them
    assert toll("Police say a farmer killed two of his neighbours, his brother-in-law and himself at a ranch "
                "near Odessa on Tuesday.") == 4.0
    # "fatally shot A and their B": a killing verb with a list of kin as its object
    assert toll("A man fatally shot his partner and their three children before setting the house in Tulsa "
                "on fire and killing himself.") == 5.0
    # a comma alone is no list: the second count may be part of the first
    assert toll("Gunmen killed nine villagers, four children among them, near Beni on Sunday.") == 9.0


def test_a_count_in_an_aside_between_dashes_is_not_the_clauses_toll():
    from crossbearing.pipeline import analyse_text

    [ev] = [e for e in analyse_text(
        "A gunman -- he had served a prison term for the killing of his cousin -- killed three people at a "
        "bar in Tulsa on Friday.", published="2019-06-14").events if not e.aggregate]
    assert ev.fatalities.best == 3.0


def _town(text: str, name: str, pid: int, admin1: str) -> PlaceMention:
    i = text.index(name)
    return PlaceMention(Span("a1", i, i + len(name), name), name,
                        Place(pid, name, "SY", admin1=admin1, lat=36.0, lon=37.0), geo_precision=1)


def test_a_place_the_sentence_recalls_from_an_earlier_incident_is_not_the_events():
    from crossbearing.events.assemble import choose_place

    text = "Rockets hit a school in Aleppo on Thursday, just a day after airstrikes on a school in Idlib killed 22"
    an = _analysis(text)
    places = [_town(text, "Aleppo", 1, "Aleppo"), _town(text, "Idlib", 2, "Idlib")]
    # (the death word that made the event is the recalled incident's, nearest Idlib)
    assert choose_place(places, an.sentences, 0, near=text.index("killed")).surface == "Aleppo"


def test_a_headline_place_in_another_region_outranks_the_next_sentences_town():
    from crossbearing.events.assemble import choose_place

    text = "At least four people were killed in airstrikes in Syria. A mosque was destroyed near Hama"
    an = _analysis(text)
    c = text.index("Syria")
    syria = PlaceMention(Span("a1", c, c + 5, "Syria"), "Syria", Place(9, "Syria", "SY", lat=35.0, lon=38.0,
                                                                       feature_code="PCLI"), kind="country")
    hama = _town(text, "Hama", 3, "Hama")
    headline = PlaceMention(Span("a1:focus", len(text), len(text), "title"), "Idlib",
                            Place(2, "Idlib", "SY", admin1="Idlib", lat=35.9, lon=36.6), geo_precision=1)
    assert choose_place([syria, hama, headline], an.sentences, 0).surface == "Idlib"
    same_region = PlaceMention(Span("a1:focus", len(text), len(text), "title"), "Hama province",
                               Place(4, "Hama", "SY", admin1="Hama", lat=35.1, lon=36.7), geo_precision=3)
    assert choose_place([syria, hama, same_region], an.sentences, 0).surface == "Hama"  # the finer town


def _between_two_towns(text: str, first: str, second: str, trigger: str) -> str:
    """The place ``choose_place`` gives the sentence ``text`` naming the towns ``first`` and
    ``second`` (same rank, one region), its trigger word at ``trigger``."""
    from crossbearing.events.assemble import choose_place

    places = [_town(text, first, 1, "A"), _town(text, second, 2, "A")]
    return choose_place(places, _analysis(text).sentences, 0, near=text.index(trigger)).surface


@pytest.mark.parametrize("text, first, second, trigger, expected", [
    # the trigger is nearer the farmers' district, but the sentence puts the blockade in Lerida
    ("In Lerida dozens of farmers from the Tavira district's cooperatives blocked the main road",
     "Lerida", "Tavira", "blocked", "Lerida"),
    # a route named after its ends does not place the event over the town it is in
    ("Drivers blocked the Vardan-Orlov highway in Kesta with their trucks", "Orlov", "Kesta", "blocked", "Kesta"),
    # the struck place; "in the city of X" before "near Y"
    ("Jets pound Rastan as fighting rages in Talbiseh", "Rastan", "Talbiseh", "pound", "Rastan"),
    ("A jet hit a building in the city of Rastan near Talbiseh, killing five", "Rastan", "Talbiseh", "killing",
     "Rastan"),
    # the town before its bracketed units outranks them when it is known
    ("In Varo township (Keld district, Orsa region), students protested against the coup", "Varo", "Keld",
     "protested", "Varo"),
    # a town that owns a venue's name, or marks a border, is not where the venue is
    ("Four people were shot when a fight broke out at Lorton's Finest hall in Varo", "Lorton", "Varo", "shot", "Varo"),
    ("Police in Varo say four people were shot at a hall near the Lorton border", "Varo", "Lorton", "shot", "Varo"),
    # an apostrophe of the name itself owns nothing
    ("A bomb exploded in Kafr' town in Varo countryside", "Kafr", "Varo", "bomb", "Kafr"),
])
def test_the_place_the_sentence_puts_the_event_in_is_its_place(text, first, second, trigger, expected):
    assert _between_two_towns(text, first, second, trigger) == expected


def test_the_units_in_brackets_after_the_events_town_share_its_locative():
    from crossbearing.events.assemble import choose_place

    text = "Teachers held a protest at Morvi town (Darsi district) over a killing in Keld district"
    an = _analysis(text)
    darsi = _town(text, "Darsi district", 1, "A")
    keld = _town(text, "Keld district", 2, "B")
    for p in (darsi, keld):
        p.kind = "region"
    assert choose_place([darsi, keld], an.sentences, 0, near=text.index("protest")).surface == "Darsi district"


def test_the_town_the_triggers_noun_phrase_names_outranks_where_a_suspect_went():
    from crossbearing.events.assemble import choose_place

    text = "The Charleston church shooting suspect was captured in Shelby on Thursday"
    an = _analysis(text)

    def town(name, admin1, pid):
        i = text.index(name)
        return PlaceMention(Span("a1", i, i + len(name), name), name,
                            Place(pid, name, "US", admin1=admin1, lat=34.0, lon=-80.0), geo_precision=1)

    charleston = town("Charleston", "South Carolina", 11)
    near = text.index("shooting")
    shelby = town("Shelby", "North Carolina", 12)
    assert choose_place([charleston, shelby], an.sentences, 0, near=near) is charleston
    # in the same state the place the sentence puts it in is the finer reading
    same = town("Shelby", "South Carolina", 13)
    assert choose_place([charleston, same], an.sentences, 0, near=near) is same
