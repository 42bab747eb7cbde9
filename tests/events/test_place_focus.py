"""The article's focus country and place as the events layer uses them, on hand-made analyses
(no spaCy): people's words are not places, the places side's focus outranks a raw count of
country names."""

from __future__ import annotations

from crossbearing.events.incidents import focus_country
from crossbearing.model import Analysis, Article, Place, PlaceMention, Span


def _analysis(text: str) -> Analysis:
    art = Article(id="a1", text=text, published="2022-05-10", published_precision="day")
    sents, pos = [], 0
    for part in text.split(". "):
        end = min(len(text), pos + len(part) + 2)
        sents.append(Span("a1", pos, end, text[pos:end]))
        pos = end
    return Analysis(article=art, sentences=sents)


def _mention(text: str, surface: str, place, kind: str = "place", nth: int = 0) -> PlaceMention:
    i = -1
    for _ in range(nth + 1):
        i = text.index(surface, i + 1)
    return PlaceMention(Span("a1", i, i + len(surface), surface), surface, place, kind=kind)


IRAQ = Place(1, "Iraq", "IQ", lat=33.0, lon=44.0, feature_code="PCLI")
SYRIA = Place(2, "Syria", "SY", lat=35.0, lon=38.0, feature_code="PCLI")
HAMA = Place(3, "Hama", "SY", admin1="Hama", lat=35.1, lon=36.7, feature_code="ADM1")
ALEPPO = Place(4, "Aleppo", "SY", admin1="Aleppo", lat=36.2, lon=37.2)


def _focus(place: Place, src: str, kind: str = "place") -> PlaceMention:
    return PlaceMention(Span("a1:focus", 999, 999, src), "", place, kind=kind, confidence=0.5)


def _placed(text: str, surface: str, place: Place, focus: PlaceMention) -> Place:
    """The place ``choose_place`` gives the first sentence's event when the text names ``surface``
    (read as ``place``) and the article's focus is ``focus``."""
    from crossbearing.events.assemble import choose_place

    return choose_place([_mention(text, surface, place), focus], _analysis(text).sentences, 0).place


def test_demonyms_do_not_make_the_focus_country():
    text = ("Iraqi militias and Iraqi volunteers joined Iraqi officers at the front. "
            "Shelling hit Aleppo, the second city of Syria")
    an = _analysis(text)
    an.places = [_mention(text, "Iraqi", IRAQ, "demonym", k) for k in range(3)]
    an.places += [_mention(text, "Aleppo", ALEPPO), _mention(text, "Syria", SYRIA, "country")]
    assert focus_country(an) == "SY"


def test_the_places_sides_focus_outranks_a_count_of_country_names():
    text = ("Warplanes kill 100 fighters in Hama province. The group came from Iraq, crossing Iraq's "
            "desert; Iraq says its border with Iraq's neighbour is shut")
    an = _analysis(text)
    an.places = [_mention(text, "Hama", HAMA, "province")]
    an.places += [_mention(text, "Iraq", IRAQ, "country", k) for k in range(4)]
    an.places.append(_focus(HAMA, "text", "province"))
    assert focus_country(an) == "SY"



def test_a_place_coded_in_another_country_but_beside_the_focus_town_keeps_the_event(resources):
    # East Jerusalem's Old City is coded in the Palestinian territories; a story filed from
    # Jerusalem about it is not about a foreign place
    from made_up_articles import events, violent

    text = ("JERUSALEM — A Palestinian stabbed two Israeli men to death in Jerusalem's Old City on Saturday "
            "night, police said.")
    evs = violent(events(resources, text, published="2015-10-04"))
    assert evs and evs[0].place is not None


def test_the_city_whose_suburb_a_sentence_names_yields_to_the_datelines_town():
    big = Place(5, "Springfield City", "US", admin1="Ohio", lat=39.9, lon=-83.8)
    town = Place(6, "Elmwood", "US", admin1="Ohio", lat=39.8, lon=-83.7)
    other = Place(7, "Lakeside", "US", admin1="Michigan", lat=42.0, lon=-83.0)
    text = "A man was shot dead outside a bar in a Springfield City suburb early Sunday. Police are looking for a car"
    assert _placed(text, "Springfield City", big, _focus(town, "dateline")) == town
    text2 = "A man was shot dead outside a bar in suburban Springfield City early Sunday. Police are looking for a car"
    assert _placed(text2, "Springfield City", big, _focus(town, "dateline")) == town
    # the city itself keeps the event; so does a suburb's city when the dateline names another state's town
    text3 = "A man was shot dead outside a bar in Springfield City early Sunday. Police are looking for a car"
    assert _placed(text3, "Springfield City", big, _focus(town, "dateline")) == big
    assert _placed(text, "Springfield City", big, _focus(other, "dateline")) == big


def test_a_name_the_gazetteer_cannot_place_yields_to_the_datelines_town():
    from crossbearing.events.assemble import choose_place

    town = Place(8, "Elmwood", "US", admin1="Ohio", lat=39.8, lon=-83.7)
    text = "Two men were killed in the Brookvale-administered Quarter on Monday. Police are looking for a car"
    an = _analysis(text)
    unknown = _mention(text, "Brookvale-administered Quarter", None)
    assert choose_place([unknown, _focus(town, "dateline")], an.sentences, 0).place == town
    # a headline's town is no report's filing place: the sentence's own name stays
    assert choose_place([unknown, _focus(town, "title")], an.sentences, 0) is unknown


def test_a_unit_the_gazetteer_lacks_after_a_known_town_yields_to_the_town():
    from crossbearing.events.assemble import choose_place

    town = Place(9, "Marsden", "KZ", admin1="Atyrau", lat=46.9, lon=54.0)
    region = Place(10, "Atyrau", "KZ", admin1="Atyrau", lat=47.6, lon=51.4, feature_code="ADM1")
    text = "Residents of Marsden town in Okhotny district blocked the highway to protest gas prices. Police came"
    an = _analysis(text)
    known = _mention(text, "Marsden town", town)
    known.geo_precision = 1
    holder = _mention(text, "Okhotny district", None)
    holder.within, holder.geo_precision = region, 3
    assert choose_place([known, holder], an.sentences, 0, near=text.index("blocked")) is known
    # a unit the text puts the event in, with no known town before it, keeps the event
    text2 = "Residents blocked the highway in Okhotny district to protest gas prices. Police came"
    lone = _mention(text2, "Okhotny district", None)
    lone.within, lone.geo_precision = region, 3
    assert choose_place([lone], _analysis(text2).sentences, 0) is lone


def test_a_video_playlists_entry_does_not_date_the_story(resources):
    from named_spans import analysed

    text = ("A man was shot in the arm outside a store on Elm Street, police said. He is expected to survive.\n\n"
            "0:33 Festival-goers brave cold for a fun Sunday\n\n0:41 Police chief swears in new officers\n")
    a = analysed(text, resources, published="2014-04-08")
    assert a.events and all(e.time is None or e.time.start != "2014-04-06" for e in a.events)


def test_the_town_a_person_is_from_yields_to_where_it_happened():
    from crossbearing.events.assemble import choose_place

    home = Place(11, "Millbrook", "US", admin1="Georgia", lat=32.9, lon=-82.8)
    county = Place(12, "Bullard County", "US", admin1="Georgia", lat=32.4, lon=-81.8, feature_code="ADM2")
    text = "Deputies found Tom Reed, 20, of Millbrook, shot dead at a house in Bullard County on Tuesday. Police came"
    an = _analysis(text)
    ms = [_mention(text, "Millbrook", home), _mention(text, "Bullard County", county, kind="region")]
    assert choose_place(ms, an.sentences, 0, near=text.index("shot")).place == county
    # alone, the home still places the event (nothing better is named)
    text2 = "Deputies found Tom Reed, 20, of Millbrook, shot dead on Tuesday. Police came"
    assert choose_place([_mention(text2, "Millbrook", home)], _analysis(text2).sentences, 0).place == home


def test_the_town_a_person_is_from_yields_to_the_datelines_town():
    town = Place(9, "Elmwood", "US", admin1="Ohio", lat=39.8, lon=-83.7)
    home = Place(10, "Lakeside", "US", admin1="Michigan", lat=42.0, lon=-83.0)
    text = "A Lakeside man has been charged in connection with a shooting on Thursday. Police found the gun"
    assert _placed(text, "Lakeside", home, _focus(town, "dateline")) == town
    # a shooting the sentence puts in that town stays there
    text2 = "A man was shot in Lakeside on Thursday. Police found the gun"
    assert _placed(text2, "Lakeside", home, _focus(town, "dateline")) == home
    # without a dateline the person's town is all the text gives
    assert _placed(text, "Lakeside", home, _focus(town, "title")) == home


def test_a_hospital_or_court_is_not_where_it_happened():
    from crossbearing.events.assemble import choose_place

    town = Place(13, "Elmwood", "US", admin1="Ohio", lat=39.8, lon=-83.7)
    text = "A man was shot in Elmwood on Sunday. He died at Saint Clare Medical Center. Police came"
    an = _analysis(text)
    hospital = _mention(text, "Saint Clare Medical Center", None)
    hospital.within, hospital.precision = town, 2  # a building the gazetteer lacks, coded at its town
    ms = [_mention(text, "Elmwood", town), hospital]
    assert choose_place(ms, an.sentences, 1, near=text.index("died")).surface == "Elmwood"
    # a site of another kind (a bar, a church) is where it happened
    text2 = "A man was shot in Elmwood on Sunday. He died at the Hill Haven Event Center. Police came"
    venue = _mention(text2, "Hill Haven Event Center", None)
    venue.within, venue.precision = town, 2
    got = choose_place([_mention(text2, "Elmwood", town), venue], _analysis(text2).sentences, 1,
                       near=text2.index("died"))
    assert got.surface == "Hill Haven Event Center"
