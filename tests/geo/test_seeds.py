"""The worked example: every place of the two seed reports comes out right (issue 3)."""

import pytest

from crossbearing.geo import distance_km, region_capital


def _by_surface(analysis):
    out = {}
    for p in analysis.places:
        out.setdefault(p.surface.replace("\xa0", " ").lower(), []).append(p)
    return out


def _one(places, name):
    assert name in places, f"{name!r} not found among {sorted(places)}"
    return places[name][0]


def test_seed_places(seed_analyses):
    a0, a1 = _by_surface(seed_analyses["000"]), _by_surface(seed_analyses["001"])
    dz = _one(a0, "deir ezzor")
    assert dz.place.country == "SY" and distance_km(dz.place, (35.336, 40.141)) < 50 and dz.geo_precision == 1
    for art in (a0, a1):  # 000: "the Hmeymim Air Base in Latakia"; 001: "western province of Latakia"
        lat = _one(art, "latakia")
        assert lat.kind == "province" and lat.place.admin1 == "Latakia" and lat.geo_precision == 3
    for art in (a0, a1):
        hm = _one(art, "hmeymim air base")
        assert hm.kind == "facility" and hm.geo_precision <= 2 and hm.place.admin1 == "Latakia"
        assert hm.within.name == "Jablah" and distance_km(hm.place, hm.within) < 20
    dam = _one(a1, "damascus")
    assert dam.place.country == "SY" and distance_km(dam.place, (33.51, 36.29)) < 20
    for art in (a0, a1):
        ale = _one(art, "aleppo")
        assert ale.place.country == "SY" and distance_km(ale.place, (36.2, 37.16)) < 50
        ast = _one(art, "astana")
        assert ast.place.country == "KZ" and distance_km(ast.place, (51.18, 71.45)) < 50
    idl = _one(a1, "idlib")
    assert idl.place.country == "SY" and idl.kind == "province"
    assert _one(a1, "black sea").kind == "water"
    eu = _one(a1, "euphrates river")
    assert eu.kind == "water" and eu.place.name == "Euphrates"
    sh = _one(a1, "al-shahabat")
    assert sh.place is None and sh.reason.startswith("not in the gazetteer")
    assert sh.within is not None and sh.within.name == "Deir ez-Zor" and sh.within.feature_code == "ADM1"
    assert sh.geo_precision == 3
    dzp = _one(a1, "deir ezzor province")
    assert dzp.kind == "province" and dzp.geo_precision == 3
    # every mention keeps its span and the span's text
    for art in (seed_analyses["000"], seed_analyses["001"]):
        for p in art.places:
            assert art.article.text[p.span.start:p.span.end] == p.surface


def test_no_person_or_group_taken_for_a_place(seed_analyses):
    surfaces = {p.surface for a in seed_analyses.values() for p in a.places}
    for wrong in ("Daesh", "Essen", "Lapin", "Base", "Deir"):
        assert wrong not in surfaces


def test_region_capital(real_gaz, seed_analyses):
    a1 = _by_surface(seed_analyses["001"])
    cap = region_capital(_one(a1, "deir ezzor province").place, real_gaz)
    assert cap is not None and cap.name == "Deir ez-Zor" and cap.feature_class == "P"
    syria = _one(a1, "syria").place
    assert region_capital(syria, real_gaz).name == "Damascus"
    assert region_capital(_one(a1, "damascus").place, real_gaz) is None


@pytest.mark.parametrize("name,country", [("Raqqa", "SY"), ("Palmyra", "SY"), ("Kyiv", "UA"), ("Mosul", "IQ")])
def test_variants_find_the_conflict_town(real_gaz, name, country):
    from crossbearing.geo import resolve_mentions

    text = f"Fighting in Syria and Iraq: clashes near {name} on Monday."
    i = text.index(name)
    r = resolve_mentions(real_gaz, text, [(text.index("Syria"), text.index("Syria") + 5), (i, i + len(name))])
    assert r[1].chosen.country == country and r[1].chosen.kind == "place"
    assert r[1].precision == 2  # "near X"
