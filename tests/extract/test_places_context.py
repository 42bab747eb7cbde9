"""extract/places: newspaper names vs headlines that end in a source's name (made-up text)."""

from crossbearing.extract.places import outlet_spans


def test_a_paper_is_named_with_its_article():
    text = "the Springfield Herald reported"
    assert (4, 22) in outlet_spans(text, None)


def test_a_place_after_in_is_no_paper():
    text = "Shelling kills four in Damascus Monitor AFP"
    assert outlet_spans(text, None) == []


def _sentences(text):
    from crossbearing.model import Span

    sents, pos = [], 0
    for part in text.split(". "):
        end = min(len(text), pos + len(part) + 2)
        sents.append(Span("a1", pos, end, text[pos:end]))
        pos = end
    return sents


def _pm(text, name, place, kind="place"):
    from crossbearing.model import PlaceMention, Span

    i = text.index(name)
    return PlaceMention(Span("a1", i, i + len(name), name), name, place, kind=kind, geo_precision=1)


def _focus(place, src):
    from crossbearing.model import PlaceMention, Span

    return PlaceMention(Span("a1:focus", 999, 999, src), "", place, kind="place", geo_precision=1)


def test_an_event_with_no_place_in_view_takes_the_headlines_town():
    from crossbearing.events.assemble import choose_place
    from crossbearing.model import Place

    text = "A man was shot on Friday night. He died at the hospital"
    town = Place(1, "Springfield", "US", admin1="Illinois", lat=39.8, lon=-89.6)
    got = choose_place([_focus(town, "title")], _sentences(text), 0)
    assert got is not None and got.place.name == "Springfield"


def test_a_lead_with_no_place_takes_the_town_the_next_sentence_names():
    from crossbearing.events.assemble import choose_place
    from crossbearing.model import Place

    text = "Ten soldiers killed in clashes. The fighting raged near Mayadin on Tuesday"
    mayadin = _pm(text, "Mayadin", Place(2, "Mayadin", "SY", admin1="Deir ez-Zor", lat=35.0, lon=40.4))
    other = Place(3, "Damascus", "SY", admin1="Dimashq", lat=33.5, lon=36.3)
    got = choose_place([mayadin, _focus(other, "text")], _sentences(text), 0)
    assert got is mayadin  # the next sentence's town before the town the text names most


def test_a_country_level_event_takes_the_dateline_town_inside_it():
    from crossbearing.events.assemble import choose_place
    from crossbearing.model import Place

    text = "Car bomb kills 20 in Syria. Officials gave no details"
    syria = _pm(text, "Syria", Place(4, "Syria", "SY", lat=35.0, lon=38.0, feature_code="PCLI"), kind="country")
    homs = Place(5, "Homs", "SY", admin1="Homs", lat=34.7, lon=36.7)
    assert choose_place([syria, _focus(homs, "dateline")], _sentences(text), 0).place.name == "Homs"
    assert choose_place([syria, _focus(homs, "text")], _sentences(text), 0).place.name == "Syria"


def test_a_persons_surname_is_no_town():
    from crossbearing.extract.places import is_surname

    text = "Tyrone Walker, 31, was charged. Walker then drove to Walker, Minn."
    names = {"Walker"}
    first = text.index("Walker then")
    assert is_surname(text, first, first + 6, names)
    last = text.rindex("Walker")
    assert not is_surname(text, last, last + 6, names)  # "Walker, Minn." is the town


def test_surnames_come_from_full_person_names():
    from types import SimpleNamespace

    from crossbearing.extract.places import surnames

    doc = SimpleNamespace(ents=[SimpleNamespace(text="Tyrone Walker", label_="PERSON"),
                                SimpleNamespace(text="Madison", label_="GPE"),
                                SimpleNamespace(text="Cher", label_="PERSON")])
    assert surnames(doc) == {"Walker"}
    # a possessive after the full name ("Martha Rose May Martin’s farm") leaves the surname
    doc = SimpleNamespace(ents=[SimpleNamespace(text="Martha Rose May Martin’s", label_="PERSON")])
    assert surnames(doc) == {"Martin"}


def test_a_person_read_in_place_wording_gives_no_surname():
    from types import SimpleNamespace

    from crossbearing.extract.places import surnames

    text = "Rebel fire in Syrias Aleppo kills 14. Tyrone Walker was hurt."
    a, w = text.index("Syrias"), text.index("Tyrone")
    doc = SimpleNamespace(text=text, ents=[SimpleNamespace(text="Syrias Aleppo", label_="PERSON", start_char=a),
                                           SimpleNamespace(text="Tyrone Walker", label_="PERSON", start_char=w)])
    assert surnames(doc, [(a, a + 5), (a + 7, a + 13)]) == {"Walker"}


def test_a_run_of_arabic_neighbourhood_names_gives_no_surname():
    from types import SimpleNamespace

    from crossbearing.extract.places import surnames

    # "shells fired on al-Midan al-Hamadaniah New Aleppo" tagged one person; "Al Franken" is one
    doc = SimpleNamespace(ents=[SimpleNamespace(text="al-Midan al-Hamadaniah New Aleppo", label_="PERSON"),
                                SimpleNamespace(text="Al Franken", label_="PERSON")])
    assert surnames(doc) == {"Franken"}


def test_a_sentence_naming_a_capital_abroad_is_placed_in_the_storys_country():
    from crossbearing.events.assemble import choose_place
    from crossbearing.model import Place

    text = "A jet was shot down over Syria in the worst loss for Moscow. Fighting raged outside Aleppo"
    syria = _pm(text, "Syria", Place(4, "Syria", "SY", lat=35.0, lon=38.0, feature_code="PCLI"), kind="country")
    moscow = _pm(text, "Moscow", Place(6, "Moscow", "RU", admin1="Moscow", lat=55.7, lon=37.6))
    aleppo = _pm(text, "Aleppo", Place(7, "Aleppo", "SY", admin1="Aleppo", lat=36.2, lon=37.2))
    focus = _focus(Place(7, "Aleppo", "SY", admin1="Aleppo", lat=36.2, lon=37.2), "text")
    assert choose_place([syria, moscow, aleppo, focus], _sentences(text), 0).surface == "Aleppo"


def test_a_place_abroad_the_words_put_the_event_at_stays():
    from crossbearing.events.assemble import choose_place
    from crossbearing.model import Place

    text = "Talks on Syria will be held in the Kazakh capital city, Astana, next week"
    syria = _pm(text, "Syria", Place(4, "Syria", "SY", lat=35.0, lon=38.0, feature_code="PCLI"), kind="country")
    astana = _pm(text, "Astana", Place(8, "Astana", "KZ", admin1="Astana", lat=51.2, lon=71.4))
    focus = _focus(Place(7, "Aleppo", "SY", admin1="Aleppo", lat=36.2, lon=37.2), "text")
    assert choose_place([syria, astana, focus], _sentences(text), 0).surface == "Astana"


def test_a_country_owning_a_force_is_no_place():
    from types import SimpleNamespace

    from crossbearing.extract.places import owner_of_force

    def res(text, name):
        i = text.index(name)
        return SimpleNamespace(chosen=SimpleNamespace(kind="country"), form=SimpleNamespace(end=i + len(name)))

    text = "Forty civilians killed as US warplanes bombed the town. Turkey's army shelled it. Fighting in Turkey"
    assert owner_of_force(text, res(text, "US"))
    assert owner_of_force(text, res(text, "Turkey's"[:6]))
    t2 = "Fighting in Turkey went on."
    assert not owner_of_force(t2, res(t2, "Turkey"))
    # a country's name before a person of that nationality says whose, not where
    t3 = "Gunmen seized a US aid worker near the border; the UK citizen with him was freed in Canada."
    assert owner_of_force(t3, res(t3, "US")) and owner_of_force(t3, res(t3, "UK"))
    assert not owner_of_force(t3, res(t3, "Canada"))


def test_a_people_across_borders_and_an_organisation_name_are_no_places():
    from types import SimpleNamespace

    from crossbearing.extract.places import keep

    d = SimpleNamespace(source="ner:NORP")
    form = SimpleNamespace(explicit=False)
    kurdish = SimpleNamespace(kind="demonym", chosen=SimpleNamespace(kind="region"), reason=None, surface="Kurdish",
                              within=None, form=form)
    syrian = SimpleNamespace(kind="demonym", chosen=SimpleNamespace(kind="country", country="SY"), reason=None,
                             surface="Syrian", within=None, form=form)
    monitor = SimpleNamespace(kind="country", chosen=SimpleNamespace(kind="country", country="SY"), within=None,
                              form=form, reason="part of the name matched: Syria",
                              surface="Syrian Observatory for Human Rights")
    surrey = SimpleNamespace(kind="province", chosen=SimpleNamespace(kind="province", country="GB"), within=None,
                             form=form, reason="part of the name matched: Surrey", surface="West Surrey")
    assert not keep(d, kurdish) and keep(d, syrian)
    assert not keep(d, monitor) and keep(d, surrey)


def test_a_region_in_no_one_country_is_no_place():
    """"beheadings that shocked Europe": ACLED codes an event in a country, and Europe is in none;
    a region inside one country stays."""
    from types import SimpleNamespace

    from crossbearing.extract.places import keep

    d = SimpleNamespace(source="ner:LOC")
    form = SimpleNamespace(explicit=False)

    def res(kind, country):
        return SimpleNamespace(kind=kind, chosen=SimpleNamespace(kind=kind, country=country), reason=None,
                               surface="X", within=None, form=form)

    assert not keep(d, res("region", None))
    assert keep(d, res("region", "SY")) and keep(d, res("country", "SY"))


def test_a_country_level_event_takes_the_region_the_story_names_most():
    from crossbearing.events.assemble import choose_place
    from crossbearing.model import Place

    text = ("Air strikes kill 7 in Syria. Officials spoke. Nobody denied it. "
            "Raids hit Idlib province again. Aleppo was calm. More raids hit Idlib province")
    syria = _pm(text, "Syria", Place(4, "Syria", "SY", lat=35.0, lon=38.0, feature_code="PCLI"), kind="country")
    idlib = Place(6, "Idlib", "SY", admin1="Idlib", lat=35.9, lon=36.6, feature_code="ADM1")
    i1 = _pm(text, "Idlib province", idlib, kind="province")
    j = text.rindex("Idlib province")
    from crossbearing.model import PlaceMention, Span
    i2 = PlaceMention(Span("a1", j, j + 14, "Idlib province"), "Idlib province", idlib, kind="province")
    aleppo = _pm(text, "Aleppo", Place(7, "Aleppo", "SY", admin1="Aleppo", lat=36.2, lon=37.2))
    assert choose_place([syria, i1, aleppo, i2], _sentences(text), 0) is i1
    assert choose_place([syria, i1, aleppo], _sentences(text), 0) is syria  # one each: no main region


def test_links_to_other_stories_after_the_story_are_not_its_places():
    from crossbearing.extract.places import furniture_start

    story = "Shelling killed five people in Aleppo on Monday, rescuers said. " * 4
    page = story + "Related News Summit in Tehran calls for a political solution"
    assert furniture_start(page) == len(story)
    assert furniture_start("Related News Aleppo " + story) == len("Related News Aleppo " + story)


def test_a_country_named_as_a_neighbour_is_no_place():
    from types import SimpleNamespace

    from crossbearing.extract.places import beside_a_country

    def res(text, name, kind="country"):
        i = text.index(name)
        return SimpleNamespace(chosen=SimpleNamespace(kind=kind), start=i, end=i + len(name))

    text = "Troops killed 30 fighters near Lebanon overnight, and more in Jordan near the border with Iraq."
    assert beside_a_country(text, res(text, "Lebanon")) and beside_a_country(text, res(text, "Iraq"))
    assert not beside_a_country(text, res(text, "Jordan"))
    t2 = "A market near Idlib was hit."
    assert not beside_a_country(t2, res(t2, "Idlib", kind="place"))


def test_a_peoples_word_is_never_read_as_a_state():
    from types import SimpleNamespace

    from crossbearing.extract.places import names_a_state

    text = "fighters backed by Lebanese militias and by Lebanon"
    lebanon = SimpleNamespace(kind="country", fcode="PCLI", country="LB")
    i, j = text.index("Lebanese"), text.rindex("Lebanon")
    assert not names_a_state(text, SimpleNamespace(kind="demonym", chosen=lebanon, start=i, end=i + 8))
    assert names_a_state(text, SimpleNamespace(kind="country", chosen=lebanon, start=j, end=j + 7))


def test_the_first_clearly_read_place_at_home_is_the_last_resort_focus():
    """"Russia says it killed 7 commanders … in Syria's Idlib province": with no dateline, headline
    town or repeated town, the story's place is the first town or region of its country it names."""
    from types import SimpleNamespace

    from crossbearing.extract.places import first_named

    def res(start, name, kind, country, conf=0.9, form="name", rkind="place"):
        e = SimpleNamespace(id=start, name=name, kind=kind, country=country)
        return SimpleNamespace(start=start, chosen=e, confidence=conf, candidates=[(e, form)], kind=rkind)

    moscow = res(5, "Moscow", "place", "RU")
    syrian = res(10, "Syria", "country", "SY", rkind="demonym")
    unclear = res(20, "Zahra", "place", "SY", conf=0.5)
    idlib = res(30, "Idlib", "province", "SY", rkind="province")
    assert first_named([idlib, unclear, syrian, moscow], "SY").name == "Idlib"
    assert first_named([idlib], None) is None


def test_the_last_resort_focus_follows_the_towns_not_the_country_names():
    """A story that names Iraq three times and Raqqa and Syria once is about Raqqa; one that names
    Raqqa and Mosul once each has no first place to fall back on, nor one that names one place once."""
    from types import SimpleNamespace

    from crossbearing.extract.places import focus_place
    from crossbearing.geo.focus import Focus

    def res(start, name, kind, country):
        e = SimpleNamespace(id=start, name=name, kind=kind, country=country)
        return SimpleNamespace(start=start, chosen=e, confidence=0.95, candidates=[(e, "name")], kind=kind,
                               surface=name)

    iraq = [res(i, "Iraq", "country", "IQ") for i in (1, 2, 3)]
    raqa, mosul = res(10, "Raqa", "place", "SY"), res(20, "Mosul", "place", "IQ")
    syria = res(25, "Syria", "country", "SY")
    got = focus_place(None, Focus(), iraq + [raqa, syria], kept=iraq + [raqa, syria])
    assert got is not None and got[0].name == "Raqa" and got[1] == "text"
    assert focus_place(None, Focus(), iraq + [raqa, mosul], kept=iraq + [raqa, mosul]) is None
    lone = res(30, "St. Elizabeth", "province", "JM")
    assert focus_place(None, Focus(), [lone], kept=[lone]) is None


def test_a_wire_dateline_abroad_is_where_the_report_was_filed():
    from types import SimpleNamespace

    from crossbearing.extract.places import filed_from, lead_country

    text = "Raids hit Idlib and Saraqeb in Syria. MOSCOW (Sputnik) The strikes went on. Moscow denied it."

    def res(name, kind, country, last=False):
        i = text.rindex(name) if last else text.index(name)
        e = SimpleNamespace(kind=kind, country=country)
        return SimpleNamespace(chosen=e, start=i, end=i + len(name), kind=kind)

    idlib, saraqeb, syria = res("Idlib", "province", "SY"), res("Saraqeb", "place", "SY"), res("Syria", "country", "SY")
    assert filed_from(text, res("MOSCOW", "place", "RU")) and not filed_from(text, res("Moscow", "place", "RU", True))
    assert lead_country([idlib, saraqeb, syria]) == "SY"


def test_a_town_the_words_mark_once_is_that_town_wherever_it_is_named_again(resources):
    # a village no gazetteer knows: "the village of X" marks it once; later sentences name it
    # bare, and those mentions are the village too (evidence for where their events were)
    from crossbearing.ingest.text import article_from_text
    from crossbearing.pipeline import analyse

    text = ("Government troops pushed the rebels from the village of Tell Wazzani on Monday. "
            "Fierce fighting went on around Tell Wazzani all day, a monitor said. "
            "The rebels said they would try to retake Tell Wazzani.")
    an = analyse(article_from_text(text, outlet="Test Wire", published="2023-05-16"), resources)
    starts = [pm.span.start for pm in an.places if pm.surface == "Tell Wazzani"]
    assert len(starts) == 3


def test_a_name_read_as_a_place_is_that_place_where_an_organisation_or_a_possessive_names_it(resources):
    from crossbearing.geo.detect import detect

    nlp, gaz = resources.get("nlp"), resources.get("gazetteer")
    text = ("Teachers in Minnesota rallied on Monday. The head of Education Minnesota said the union "
            "would go on.")
    spans = {(d.start, d.end) for d in detect(nlp(text), gaz)}
    i = text.index("Education Minnesota") + len("Education ")
    assert (i, i + len("Minnesota")) in spans
    # a person's name holds no place however the article reads the name elsewhere
    for person in ("George Washington", "Washington Irving"):  # a surname, a given name
        text = f"Protesters gathered in Washington on Monday. The writer {person} was born there."
        spans = {(d.start, d.end) for d in detect(nlp(text), gaz)}
        assert (text.index("Washington"), text.index("Washington") + 10) in spans
        i = text.index(person) + person.index("Washington")
        assert (i, i + 10) not in spans, person


def test_a_place_name_again_in_a_landmarks_or_a_businesss_name_is_not_read_again(resources):
    from crossbearing.geo.detect import detect

    nlp, gaz = resources.get("nlp"), resources.get("gazetteer")
    for again in ("Tell Wazzani Hospital", "Tell Wazzani Ring Road"):
        text = f"Fighting raged in the village of Tell Wazzani on Monday. The wounded were taken to {again}."
        starts = [d.start for d in detect(nlp(text), gaz) if text[d.start:d.end] == "Tell Wazzani"]
        assert starts == [text.index("Tell Wazzani")], again


def test_a_name_the_text_gave_a_street_is_that_street_after_down_or_on():
    from crossbearing.geo.nonplaces import a_named_street_again, streets_named

    text = ("Shots rang out at the corner of Ridge and Stanton streets. The shooter sped off down Stanton. "
            "He lives on Elm Avenue, not in Stanton.")
    streets = streets_named(text)
    assert {"Ridge", "Elm"} <= streets and "Stanton" in streets
    down = text.index("Stanton.")
    assert a_named_street_again(text, down, down + 7, streets)
    town = text.rindex("Stanton")
    assert not a_named_street_again(text, town, town + 7, streets)  # "in Stanton": the town
