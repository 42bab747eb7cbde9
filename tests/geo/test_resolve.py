from crossbearing.geo import distance_km, resolve_mentions


def _resolve(gaz, text, names, **kw):
    spans = []
    for n in names:
        i = text.index(n)
        spans.append((i, i + len(n)))
    return resolve_mentions(gaz, text, spans, **kw)


def test_context_picks_the_syrian_damascus(tiny_gaz):
    text = "Syrian troops advanced from Damascus towards Deir ez-Zor."
    r = _resolve(tiny_gaz, text, ["Syrian", "Damascus", "Deir ez-Zor"])
    assert r[1].chosen.country == "SY" and r[1].chosen.id == 170654
    assert r[0].kind == "demonym" and r[0].chosen.country == "SY"
    assert r[2].chosen.kind == "place" and r[2].precision == 1


def test_qualifier_after_a_comma_wins_over_population(tiny_gaz):
    r = _resolve(tiny_gaz, "A fire in Alexandria, Louisiana, on Monday.", ["Alexandria"])
    assert r[0].chosen.id == 4314550
    r = _resolve(tiny_gaz, "A fire in Alexandria on Monday.", ["Alexandria"])
    assert r[0].chosen.id == 361058


def test_province_wording_and_unresolved_within(tiny_gaz):
    text = "a village on the Euphrates, the village of al-Shahabat in Deir ezzor province."
    r = _resolve(tiny_gaz, text, ["al-Shahabat", "Deir ezzor"])
    prov = r[1]
    assert prov.chosen.kind == "province" and prov.precision == 3
    assert text[prov.form.start:prov.form.end] == "Deir ezzor province"
    village = r[0]
    assert village.chosen is None and "not in the gazetteer" in village.reason
    assert village.within.name == "Deir ez-Zor" and village.precision == 3


def test_alternate_spelling_resolves(tiny_gaz):
    r = _resolve(tiny_gaz, "Shelling hit Dayr az Zawr.", ["Dayr az Zawr"])
    assert r[0].chosen.id == 170794


def test_distance_km():
    assert abs(distance_km((33.51, 36.29), (35.336, 40.141)) - 405) < 15
    assert distance_km(None, (0, 0)) is None


def test_a_province_named_after_its_capital_is_the_province_of_the_town_the_name_means(real_gaz):
    from named_spans import resolve_named

    # "Idlib province": the province of the town of Idlib
    r = resolve_named(real_gaz, "Warplanes struck villages in Raqa province.", ["Raqa province"])[0]
    assert r.chosen is not None and r.chosen.kind == "province" and r.chosen.country == "SY"
    # no state is named after a town: "Cleveland State" (a university) is no province some
    # Cleveland lies in (British Columbia's, Tennessee's …)
    r = resolve_named(real_gaz, "He taught art at Cleveland State for years.", ["Cleveland State"])[0]
    assert r.chosen is None or r.chosen.kind != "province"
    r = resolve_named(real_gaz, "He taught art at Ohio State for years.", ["Ohio State"])[0]
    assert r.chosen is not None and (r.chosen.kind, r.chosen.name) == ("province", "Ohio")
