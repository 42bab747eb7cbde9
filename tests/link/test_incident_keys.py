"""Incident keys (town and day of a violent event) let a follow-up weeks later rejoin the story
of the incident it refers back to (made-up local news)."""

from datetime import date

import pytest

from crossbearing.link.grouping import StoryGrouper
from crossbearing.link.stories_linker import incident_keys

FIRST = ("Two men were wounded when gunfire erupted outside the Blue Heron tavern on Kettle Road in "
         "Millbrook late Saturday. Officers found shell casings in the parking lot and said the gunman fled "
         "on foot. Both men were taken to Mercy Hospital.")
FOLLOW_UP = ("Prosecutors charged a suspect in the shooting outside the Blue Heron tavern on Kettle Road in "
             "Millbrook that wounded two men. The gunman fled on foot from the tavern parking lot, officers "
             "said at the time.")
OTHER = ("A man was wounded in a shooting at a gas station on Route 9 in Millbrook on Monday. Police said the "
         "gunman fled on foot and asked witnesses to call.")


def test_keys_of_events_a_day_apart_meet_and_two_days_apart_do_not():
    rows = [("a", "Millbrook", "Ohio", "US", date(2016, 5, 7)), ("b", "Millbrook", "Ohio", "US", date(2016, 5, 8)),
            ("c", "Millbrook", "Ohio", "US", date(2016, 5, 9)), ("d", "Millbrook", "Texas", "US", date(2016, 5, 7))]
    k = {aid: set(v) for aid, v in incident_keys(rows).items()}
    assert k["a"] & k["b"] and k["b"] & k["c"]
    assert not k["a"] & k["c"]  # two days apart: another incident
    assert not k["a"] & k["d"]  # another state's Millbrook


def _grouper():
    # a follow-up six weeks later, after the story has left the window; no one named with an age
    return StoryGrouper(window_days=7, threshold=0.25)


# six weeks later, past the window; a trial two years later (trials and pleas come a year or two
# after the shooting, and the report dates the incident again)
@pytest.mark.parametrize("between, follow_up_day", [("2016-06-10", "2016-06-20"), ("2017-06-10", "2018-04-20")])
def test_follow_up_weeks_or_years_later_rejoins_the_story_of_its_incident(between, follow_up_day):
    keys = incident_keys([("a", "Millbrook", "Ohio", "US", date(2016, 5, 7))])["a"]
    g = _grouper()
    s1, _ = g.add("a", FIRST, "2016-05-08", "herald.com", None, keys)
    g.add("x", "The county fair opens on Friday with rides and a livestock show.", between, "herald.com")
    s2, _ = g.add("b", FOLLOW_UP, follow_up_day, "wxyz.com", None, keys)
    assert s2 == s1


def test_follow_up_of_another_day_does_not_rejoin():
    g = _grouper()
    s1, _ = g.add("a", FIRST, "2016-05-08", "herald.com", None,
                  incident_keys([("a", "Millbrook", "Ohio", "US", date(2016, 5, 7))])["a"])
    g.add("x", "The county fair opens on Friday with rides and a livestock show.", "2016-06-10", "herald.com")
    s2, _ = g.add("c", OTHER, "2016-06-20", "wxyz.com", None,
                  incident_keys([("c", "Millbrook", "Ohio", "US", date(2016, 6, 19))])["c"])
    assert s2 != s1


def test_a_toll_of_two_or_more_adds_a_key_of_town_day_and_toll():
    rows = [("a", "Millbrook", "Ohio", "US", date(2016, 5, 7), 2, 2), ("b", "Millbrook", "Ohio", "US", date(2016, 5, 7), 2, 2),
            ("c", "Millbrook", "Ohio", "US", date(2016, 5, 7), 1, 0), ("d", "Millbrook", "Ohio", "US", date(2016, 5, 7), 0, 3)]
    k = {aid: {x for x in v if "|k" in x} for aid, v in incident_keys(rows).items()}
    assert k["a"] & k["b"]
    assert not k["c"]  # one dead: too common a toll in a city to tell incidents apart
    assert not k["a"] & k["d"]


TWO_DEAD = ("Two men died and two women were wounded when gunfire broke out at a house party on Elm Court in "
            "Millbrook early Sunday, police said. Officers found casings in the driveway.")
TWO_DEAD_OTHER_WORDS = ("A weekend gathering ended in bloodshed: detectives are looking for whoever opened fire "
                        "inside a crowded home, leaving a pair of victims dead and two more hurt.")


def test_reports_of_one_town_day_and_toll_join_one_story():
    keys = lambda aid, toll: incident_keys([(aid, "Millbrook", "Ohio", "US", date(2016, 5, 8), *toll)])[aid]
    g = StoryGrouper(window_days=7, threshold=0.35)
    s1, _ = g.add("a", TWO_DEAD, "2016-05-08", "herald.com", None, keys("a", (2, 2)))
    s2, _ = g.add("b", TWO_DEAD_OTHER_WORDS, "2016-05-08", "wxyz.com", None, keys("b", (2, 2)))
    assert s2 == s1
    g = StoryGrouper(window_days=7, threshold=0.35)
    s1, _ = g.add("a", TWO_DEAD, "2016-05-08", "herald.com", None, keys("a", (2, 2)))
    s2, _ = g.add("b", TWO_DEAD_OTHER_WORDS, "2016-05-08", "wxyz.com", None, keys("b", (1, 3)))
    assert s2 != s1  # the same town and day, another toll: the wording alone must join them


MANY_NAMES = ("Two men died and two women were wounded when gunfire broke out at a house party on Elm Court in "
              "Millbrook early Sunday, police said. Chief Dana Whitcombe said detectives from the Harmon County "
              "task force and Sergeant Lyle Ostrander were canvassing Elm Court.")
OTHER_NAMES = ("A weekend gathering ended in bloodshed: detectives are looking for whoever opened fire inside a "
               "crowded home, leaving a pair of victims dead and two more hurt. Neighbours Rosalind Achterberg "
               "and Tobias Quennell heard a dozen shots; pastor Ignatius Fairweather urged calm, and councilwoman "
               "Henrietta Vanderslice called a vigil at Saint Brendan Chapel with deacon Octavius Pemberton.")


def test_reports_of_one_town_day_and_toll_are_compared_though_their_rarest_words_differ():
    # few blocking keys, so each report's rarest words are names the other never uses
    keys = lambda aid, toll: incident_keys([(aid, "Millbrook", "Ohio", "US", date(2016, 5, 8), *toll)])[aid]

    def joined(toll_b, block=True):
        g = StoryGrouper(window_days=7, threshold=0.35, n_keys=4, block_on_incidents=block)
        s1, _ = g.add("a", MANY_NAMES, "2016-05-08", "herald.com", None, keys("a", (2, 2)))
        return g.add("b", OTHER_NAMES, "2016-05-08", "wxyz.com", None, keys("b", toll_b))[0] == s1

    assert joined((2, 2))
    assert not joined((2, 2), block=False)  # looked up by its rarest words only: never compared
    assert not joined((0, 1))  # another toll: nothing to look it up by


def test_a_report_placed_only_in_the_county_meets_the_report_that_names_the_town():
    rows = [("a", "Brookfield", "Texas", "US", date(2016, 5, 7), 1, None, "Harlan County"),
            ("b", "Harlan County", "Texas", "US", date(2016, 5, 7), 1, None, "Harlan County"),
            ("c", "Harlan County", "Texas", "US", date(2016, 5, 9), 1, None, "Harlan County"),
            ("d", "Brookfield", "Texas", "US", date(2016, 5, 7), 1, None, None)]
    k = {aid: set(v) for aid, v in incident_keys(rows).items()}
    assert k["a"] & k["b"]  # one county, one day: with a victim of one age, one story
    assert not k["a"] & k["c"]  # two days later
    assert not k["d"] & k["b"]  # no county known for the town: nothing to meet on


def test_a_county_day_and_a_victims_age_join_the_town_report_to_the_county_report():
    town = ("A 3-year-old boy shot himself with a pistol he found in a nightstand at a Brookfield home on "
            "Friday, police said. He died at a hospital.")
    county = ("Deputies: toddler, 3, dies after finding grandfather's handgun. The sheriff said the child "
              "got hold of the weapon in a bedroom in the north of the county.")
    rows = [("a", "Brookfield", "Texas", "US", date(2016, 5, 6), 1, None, "Harlan County"),
            ("b", "Harlan County", "Texas", "US", date(2016, 5, 6), 1, None, "Harlan County")]
    keys = incident_keys(rows)
    g = StoryGrouper(window_days=7, threshold=0.35)
    s1, _ = g.add("a", town, "2016-05-06", "herald.com", None, keys["a"])
    assert g.add("b", county, "2016-05-07", "wxyz.com", None, keys["b"])[0] == s1
    g = StoryGrouper(window_days=7, threshold=0.35)
    s1, _ = g.add("a", town, "2016-05-06", "herald.com", None, keys["a"])
    assert g.add("b", county.replace("3", "13"), "2016-05-07", "wxyz.com", None, keys["b"])[0] != s1


def test_reports_of_one_town_day_and_victims_age_are_compared_though_their_rarest_words_differ():
    first = ("A 7-year-old girl was struck by a stray bullet on Elm Court in Millbrook on Sunday. Chief Dana "
             "Whitcombe said Sergeant Lyle Ostrander and the Harmon County task force were canvassing Elm Court.")
    other = ("Girl, 7, hurt as gunfire erupts outside birthday party. Neighbours Rosalind Achterberg and Tobias "
             "Quennell heard a dozen shots; pastor Ignatius Fairweather urged calm at Saint Brendan Chapel.")
    keys = lambda aid: incident_keys([(aid, "Millbrook", "Ohio", "US", date(2016, 5, 8), 0, 1)])[aid]

    def joined(other_text, block=True):
        g = StoryGrouper(window_days=7, threshold=0.35, n_keys=4, block_on_incidents=block)
        s1, _ = g.add("a", first, "2016-05-08", "herald.com", None, keys("a"))
        return g.add("b", other_text, "2016-05-08", "wxyz.com", None, keys("b"))[0] == s1

    assert joined(other)
    assert not joined(other, block=False)  # looked up by its rarest words only: never compared
    assert not joined(other.replace("7", "17"))  # another age: nothing ties them


def test_an_archived_story_found_through_its_town_and_day_or_its_street_asks_less_of_the_wording():
    keys = incident_keys([("a", "Millbrook", "Ohio", "US", date(2016, 5, 7))])["a"]
    new_shooting = ("A man was wounded in a shooting on Kettle Road in Millbrook on Monday, police said. "
                    "Officers found shell casings near the tavern parking lot.")

    def joined(text, later_keys, **bars):
        # bars that make the difference plain: any wording passes the lower one, none the higher
        g = StoryGrouper(window_days=7, threshold=0.25, long_name_threshold=0.99, **bars)
        s1, _ = g.add("a", FIRST, "2016-05-08", "herald.com", None, keys)
        g.add("x", "The county fair opens on Friday with rides and a livestock show.", "2016-06-10", "herald.com")
        return g.add("b", text, "2016-06-20", "wxyz.com", None, later_keys)[0] == s1

    assert joined(FOLLOW_UP, keys, long_place_threshold=0.0)  # the incident's town and day
    assert not joined(FOLLOW_UP, keys, long_place_threshold=0.99)
    assert joined(FOLLOW_UP, [], long_place_threshold=0.0)  # a charge in the Kettle Road shooting: its street
    assert not joined(new_shooting, [], long_place_threshold=0.0)  # a new shooting on that street


def test_a_toll_of_four_or_more_keys_the_region_so_a_report_placed_only_in_the_state_meets_the_town_report():
    rows = [("town", "Millbrook", "Ohio", "US", date(2016, 5, 7), 1, 9, None, 1),
            ("state", "Ohio", "Ohio", "US", date(2016, 5, 8), 1, 9, None, 3),
            ("next town", "Fairview", "Ohio", "US", date(2016, 5, 7), 1, 9, None, 1),
            ("other toll", "Ohio", "Ohio", "US", date(2016, 5, 7), 1, 8, None, 3),
            ("other state", "Dayton", "Indiana", "US", date(2016, 5, 7), 1, 9, None, 1),
            ("small", "Ohio", "Ohio", "US", date(2016, 5, 7), 1, 1, None, 3),
            ("later", "Ohio", "Ohio", "US", date(2016, 5, 10), 1, 9, None, 3)]
    k = {aid: set(v) for aid, v in incident_keys(rows).items()}
    assert k["town"] & k["state"] and k["town"] & k["next town"]
    assert not k["other toll"] & k["town"] and not k["other state"] & k["town"] and not k["later"] & k["town"]
    assert "small" not in k  # a region and a day alone are no incident; two shot there is no rare toll
    # a region's event gives no town key: "Ohio" is no town where every Ohio report would meet
    assert all("|k" in x for x in k["state"])
    assert not any(x.startswith("x:|") for x in incident_keys([rows[0][:5] + (1, 1)])["town"])
