"""Main-event fatalities (ACLED rules) and article casualties, plus the eval task."""

import pytest

from crossbearing.eval.notes import note_fatalities as main_event_fatalities
from crossbearing.figures.gva import article_casualties


@pytest.mark.parametrize("note,expected", [
    ("On 9 March 2022, several armed men shot and killed seven men and three women in a house.", 10),
    ("Militiamen killed 18 people, including five women. CODECO also injured four.", 18),
    ("Six people were injured, 1 person died.", 1),
    ("A man was shot dead by unidentified gunmen.", 1),
    ("Unknown gunmen attacked a patrol, killing and injuring an unknown number of soldiers.", 10),
    ("Russian forces clashed with Ukrainian forces. Unspecified fatalities coded as 10.", 10),
    ("Unclear fatalities coded as 10 and split between 5 locations.", 2),
    ("Al Shabaab claimed killing two soldiers. Other sources reported one soldier was killed.", 1),
    ("30 servicemen were killed. Additionally, 4 DNR servicemen were killed.", 34),
    ("Dozens were killed after police fired on demonstrators.", 12),
    ("Around 150 people demonstrated against police violence after the death of a man.", 0),
    ("Relatives of reporters who were killed ten years ago demonstrated in the plaza.", 0),
    ("On 13 January 2022, forces fired grenades at positions near Chervonyi Yar. There were no injuries or fatalities.", 0),
    ("", 0),
])
def test_acled_style_notes(note, expected):
    assert main_event_fatalities(note).value == expected


def test_article_casualties_from_headline_and_lead():
    assert article_casualties("Police said one person was killed.", "2 dead, 7 wounded in shooting") == (2, 7)
    assert article_casualties("Five people were shot, one fatally, police said.", "") == (1, 4)
    assert article_casualties("A man was shot in the leg on Main Street and taken to hospital.", "") == (0, 1)
    assert article_casualties("Nothing happened here.", "Council meets") == (0, 0)


@pytest.mark.shared
def test_eval_task_runs_on_a_slice(shared_data):
    from crossbearing.eval.registry import EvalContext, run_task

    m = run_task("fatalities", EvalContext(data=shared_data, limit=300))
    for key in ("acled.exact", "acled.exact_nonzero", "gva.killed_exact", "gva.injured_exact", "gva.killed_within1"):
        assert 0.0 <= m[key] <= 1.0
    assert m["acled.exact"] > 0.8  # a floor well below the measured figure, to catch regressions


def test_a_wider_toll_told_amid_reports_is_not_added():
    """"Four guards were killed amid reports that dozens of fighters died": the reports' wider
    toll is another account that may hold the four, not more victims; "and" still adds."""
    assert article_casualties("Four guards have been killed in the province amid reports that dozens of "
                              "fighters were killed in clashes outside the city.", "")[0] == 4
    assert article_casualties("Four guards and two drivers were killed in clashes outside the city.", "")[0] == 6


def test_a_headline_group_the_lead_counts_among_the_dead_gives_way_to_the_whole():
    """Headline "kills 30 children"; lead "30 children were among 39 people killed": the toll is 39."""
    assert article_casualties("At least 30 children were among 39 people killed in the double bombing at the "
                              "school on Wednesday, a monitor said.", "School bombing kills 30 children")[0] == 39


def test_one_toll_told_twice_in_a_run_on_sentence_counts_once():
    """A page's standfirst and lead run together ("… 11 civilians including two children were
    killed … Almost a dozen civilians including two children were killed"): one toll."""
    assert article_casualties("At least 11 civilians including two children were killed in airstrikes on a market "
                              "in the town Tags airstrike market Almost a dozen civilians including two children "
                              "were killed on Sunday following air raids on a marketplace, a monitor said.", "")[0] == 11
    assert article_casualties("Seven soldiers including two officers were killed and five civilians including a "
                              "child were killed in the town.", "")[0] == 12


def test_counts_told_at_two_places_in_one_sentence_are_two_incidents_not_a_sum():
    from crossbearing.figures.fatalities import main_event_count

    t = ("The ministry said the raids killed 14 fighters in Northam near the border, destroying 9 trucks, "
         "and killed more than 30 fighters in the hills of Southam.")
    assert main_event_count(t).value == 14
    # different victims at one place, or at no place, still add up
    assert main_event_count("Gunmen killed seven men and three women in the village of Northam.").value == 10
    assert main_event_count("Three soldiers and two civilians were killed in the clashes.").value == 5
