"""A place named inside an outlet's name is not a place of the story."""

from crossbearing.extract.places import in_outlet_name, outlet_spans
from crossbearing.model import Article
from crossbearing.pipeline import analyse


def test_outlet_spans_cover_own_outlet_and_newspaper_names():
    text = "one organiser told the Euphrates Post. The New York Times and the Miami Herald agreed."
    spans = outlet_spans(text, "Euphrates Post")
    covered = lambda w: in_outlet_name(text, text.index(w), text.index(w) + len(w), "Euphrates Post")  # noqa: E731
    assert covered("Euphrates") and covered("New York") and covered("Miami")
    assert not covered("organiser")
    assert spans


def test_own_outlet_is_not_a_place(resources):
    text = ("RAQQA (Euphrates Post) - Hundreds of people demonstrated in central Raqqa on Sunday. "
            "\"We want to know who sent the drone,\" one of the organisers told the Euphrates Post. "
            "Farmers along the Euphrates said the river was low.")
    art = Article(id="t-outlet", text=text, outlet="Euphrates Post")
    places = analyse(art, resources, ["places"]).places
    starts = {p.span.start for p in places}
    for i in (text.index("Euphrates Post"), text.index("the Euphrates Post") + 4):
        assert i not in starts, [(p.surface, p.span.start) for p in places]
    assert any(p.surface.startswith("Raqqa") or p.surface == "RAQQA" for p in places)
    # the river named on its own is still a place
    assert text.rindex("Euphrates") in starts


def test_newspaper_name_is_not_a_place(resources):
    text = "Officials in Damascus denied the report, the Washington Post said on Monday."
    art = Article(id="t-paper", text=text, outlet="Other Outlet")
    places = analyse(art, resources, ["places"]).places
    surfaces = {p.surface for p in places}
    assert "Damascus" in surfaces and "Washington" not in surfaces


def test_unknown_town_in_countrys_province_is_placed_in_the_province(resources):
    text = "A drone struck the market in the town of Qasr Hamdan in Syria's Raqqa province on Saturday."
    art = Article(id="t-within", text=text, outlet="X")
    places = analyse(art, resources, ["places"]).places
    qh = next(p for p in places if p.surface == "Qasr Hamdan")
    assert qh.place is None and qh.within is not None and qh.geo_precision == 3
    assert qh.within.country == "SY" and "Raqq" in qh.within.name and qh.within.feature_code != "PCLI"


def test_curated_spellings_and_regions_of_the_syrian_war(resources):
    # AFP writes "Raqa"; the Qalamoun mountains lie in Rif Dimashq
    text = ("Air strikes hit a training base in Raqa on Monday. Fighting went on in the Qalamoun "
            "mountains near the border.")
    places = analyse(Article(id="t-curated", text=text, outlet="X"), resources, ["places"]).places
    got = {p.surface: (p.place or p.within) for p in places}
    raqa = next(v for k, v in got.items() if k.startswith("Raqa"))
    qalamoun = next(v for k, v in got.items() if k.startswith("Qalamoun"))
    assert raqa.country == "SY" and "Raqq" in raqa.name
    assert qalamoun.country == "SY" and qalamoun.admin1 == "Rif-dimashq"
