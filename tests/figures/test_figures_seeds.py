"""The worked example (DESIGN.md rows 1, 2, 5, 6) pinned on the two seed reports."""

import pytest

from crossbearing.figures.claims import claim_for, quotes_match

LAPIN = "Aleksandr Lapin"
SOHR = "Syrian Observatory for Human Rights"


def figures(analysis, kind):
    return [q for q in analysis.quantities if q.kind == kind]


def claimant_of(analysis, q):
    c = claim_for(analysis, q.span.start, q.span.end)
    return c.claimant if c else None


@pytest.mark.parametrize("which", ["000", "001"])
def test_row2_deir_ez_zor_operation(seed_analyses, which):
    an = seed_analyses[which]
    (killed,) = [q for q in figures(an, "killed") if q.subject == "terrorists"]
    assert killed.low == 450 and killed.best == 450
    (tanks,) = figures(an, "materiel:tank")
    (pickups,) = figures(an, "materiel:pickup")
    assert (tanks.best, pickups.best) == (5, 42)
    for q in (killed, tanks, pickups):
        assert claimant_of(an, q) == LAPIN
        assert an.article.text[q.span.start:q.span.end] == q.span.text


def test_row2_same_quote_in_both_outlets(seed_analyses):
    quotes = []
    for which in ("000", "001"):
        an = seed_analyses[which]
        (killed,) = [q for q in figures(an, "killed") if q.subject == "terrorists"]
        quotes.append(claim_for(an, killed.span.start, killed.span.end).quote)
    assert quotes_match(*quotes)


def test_row5_family_killed_by_coalition_airstrikes(seed_analyses):
    an = seed_analyses["001"]
    (q,) = [q for q in figures(an, "killed") if q.best == 12]
    assert q.of_which == {"children": 5} and not q.aggregate
    c = claim_for(an, q.span.start, q.span.end)
    assert c.claimant == SOHR and c.claimant_kind == "organisation" and "so-called" in c.hedges


def test_row6_aggregate(seed_analyses):
    an = seed_analyses["001"]
    (strikes,) = figures(an, "airstrikes")
    assert strikes.best == 42234 and strikes.aggregate
    (civ,) = [q for q in figures(an, "killed") if q.subject == "civilians"]
    assert civ.low == 7000 and civ.aggregate
    assert claimant_of(an, strikes) == claimant_of(an, civ) == SOHR


def test_row1_territory(seed_analyses):
    gpa, ptv = seed_analyses["000"], seed_analyses["001"]
    (p85,) = figures(gpa, "percent")
    assert p85.low == 85 and claimant_of(gpa, p85) == LAPIN
    p15, p85_derived = figures(ptv, "percent")
    (area,) = figures(ptv, "area_km2")
    assert p15.best == 15 and area.best == 27000
    assert (p85_derived.low, p85_derived.qualifier) == (85, "complement")  # "the remaining 15 percent"
    assert claimant_of(ptv, p15) == claimant_of(ptv, area) == LAPIN
    # GPA states the area itself, with no cue: the outlet, not Lapin.
    (gpa_area,) = figures(gpa, "area_km2")
    assert gpa_area.best == 27000 and claimant_of(gpa, gpa_area) is None


def test_entities_group_aliases(seed_analyses):
    for which in ("000", "001"):
        ents = {e.name: e for e in seed_analyses[which].entities}
        assert LAPIN in ents and ents[LAPIN].kind == "person"
        assert "Islamic State" in ents and ents["Islamic State"].ids.get("inter") == "2"
    gpa_isis = {e.name: e for e in seed_analyses["000"].entities}["Islamic State"]
    assert {"Daesh", "IS"} <= set(gpa_isis.aliases)


def test_main_event_count_on_seeds(seed_analyses):
    from crossbearing.figures import main_event_count

    def main_event_fatalities(text, qs, sents):
        return main_event_count(text, "killed", qs, sents, singular_fallback=True)

    g = seed_analyses["000"]
    gpa = main_event_fatalities(g.article.text, g.quantities, [(s.start, s.end) for s in g.sentences])
    assert gpa.value == 450 and gpa.quantities[0].subject == "terrorists"
    # One event's sentence: the SOHR family of 12; the 7,000 aggregate never counts.
    an = seed_analyses["001"]
    sent = next(s for s in an.sentences if "12 members" in s.text)
    toll = main_event_fatalities(an.article.text, an.quantities, [(sent.start, sent.end)])
    assert toll.value == 12
    agg = next(s for s in an.sentences if "7,000" in s.text)
    assert main_event_fatalities(an.article.text, an.quantities, [(agg.start, agg.end)]).value == 0
