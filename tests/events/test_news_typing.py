"""News-style rewriting of notes, the news-language cues, and the news typing eval's adapter
(every sentence below is made up for the test)."""

from __future__ import annotations

from crossbearing.events.detect import candidate, decide
from crossbearing.events.lexicon import find_cues
from crossbearing.events.training import augmented, news_style
from crossbearing.eval.news import plover_types, score_sets


def test_news_style_drops_the_coder_template():
    note = ("Property destruction: On 4 March 2021, in Springvale (Northshire), unknown gunmen attacked "
            "a market and killed two traders. The police arrived later. [size=no report] 2 fatalities.")
    body, head = news_style(note)
    assert body.startswith("Unknown gunmen attacked") or body.startswith("In Springvale")
    assert "[size" not in body and "fatalities" not in body and "2021" not in body
    assert head.startswith("Unknown gunmen attack") and "kills two traders" in head
    assert "." not in head


def test_news_style_of_a_plain_sentence_adds_only_the_headline():
    assert news_style("Rebels shelled the town.") == ["Rebels shells town"]
    assert news_style("") == []


def test_augmented_keeps_labels_with_their_rewrites():
    note = "On 2 May 2020, hundreds of people protested in Eastport. [size=hundreds]"
    xs, ys, ws = augmented([note], ["Peaceful protest"], weight=0.3, kinds=("body", "headline"))
    assert len(xs) == 3 and set(ys) == {"Peaceful protest"} and ws == [1.0, 0.3, 0.3]
    xs, _, _ = augmented([note], ["Peaceful protest"], weight=0.3, kinds=("headline",))
    assert xs == [note, "Hundreds of people protests in Eastport"]


def _typed(sentence: str, clf_sub: str = "Peaceful protest") -> str | None:
    c = candidate(sentence, 0, len(sentence), has_deaths="kill" in sentence)
    return decide(c, clf_sub, 0.6)[0] if c else None


def test_a_strike_that_kills_is_an_air_strike_not_a_labour_strike():
    assert _typed("Strike kills 9 including 3 children near Northfield") == "Air/drone strike"
    assert _typed("Regime raids kill 12 in a camp for displaced people") == "Air/drone strike"
    assert "strike_raid" not in {h.cue for h in find_cues("Dockers began an open-ended strike on Monday.")}
    # a work stoppage or a road blockade by a crowd is a protest
    assert _typed("Dockers began an open-ended strike on Monday over pay.", "Other") == "Peaceful protest"
    assert _typed("Farmers blocked roads into the capital on Friday.", "Other") == "Peaceful protest"


def test_bombings_gas_attacks_and_beheadings_open_events():
    assert _typed("Bus bombing kills four in Westbridge", "Attack") == "Remote explosive/landmine/IED"
    assert _typed("Six die in suspected gas attack on Easton", "Attack") == "Chemical weapon"
    assert _typed("Militants behead five captives in Southvale", "Other") == "Attack"
    assert _typed("Twin suicide blasts hit a checkpoint", "Attack") == "Suicide bomb"


def test_plover_mapping_covers_violent_and_protest_modes_only():
    assert plover_types("PROTEST", "strike-hun") == {"Protests"}
    assert plover_types("ASSAULT", "suicide-attack") == {"Explosions/Remote violence"}
    assert plover_types("FIGHT", None) == {"Battles"}
    assert plover_types("DEMAND", None) is None and plover_types("COERCE", "censor") is None


def test_score_sets_counts_plausible_types_alone_and_through_the_rules():
    rows = [("Protesters rallied in the square.", frozenset({"Protests"})),
            ("Town hall elects a new mayor.", frozenset({"Protests"}))]
    out = score_sets({"toy": rows}, {"fixed": lambda xs: (["Peaceful protest"] * len(xs), [0.9] * len(xs))})
    assert out["news.toy.n"] == 2.0
    assert out["news.toy.fixed.type_plausible"] == 1.0
    assert out["news.toy.fixed.pipeline_plausible"] == 0.5  # the rules find no event in the second


def test_an_army_blocking_a_road_is_no_protest():
    assert _typed("Fighters broke into the town after blocking the road south of it.", "Other") != "Peaceful protest"
