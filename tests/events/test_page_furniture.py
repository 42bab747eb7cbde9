"""The page around the story (``events.cues`` furniture, as ``events.incidents`` reads it) on
made-up articles, through the real extractors: captions, related links and headlines, tags,
legal footers, sign-up walls and the page's own date stamp give no incident of their own."""

from __future__ import annotations

from crossbearing.events.incidents import is_furniture
from made_up_articles import events, toll, violent


def test_caption_before_the_lead_does_not_become_the_incident(resources):
    text = ("A view shows the damage at a clinic after an air strike in the north of the province. "
            "Air strikes on the town of Maarat on Tuesday killed 14 people and wounded 30, a monitoring "
            "group said. Rescue workers were searching the rubble on Wednesday.")
    evs = violent(events(resources, text, "Air strikes kill 14 in northern town"))
    assert len(evs) == 1
    assert toll(evs[0]) == 14
    assert not any("A view shows" in s.text for s in evs[0].evidence if s.text)


def test_related_links_are_not_events(resources):
    text = ("The minister opened a new bridge over the river on Monday, officials said.\n"
            "Related: Suicide bomber kills 12 at wedding party\n"
            "Read more: Five soldiers killed in border clash")
    assert violent(events(resources, text, "New bridge opens")) == []


def test_the_related_headlines_of_a_page_scraped_onto_one_line_are_not_events(resources):
    text = ("Air strikes on the town of Maarat killed ten civilians on Tuesday, a monitoring group said. "
            "Two of the victims were children. Rescue workers searched the rubble into the night, and "
            "the wounded were taken to a field hospital outside the town, medics said by telephone. "
            "Coalition Airstrikes Near Northtown Kill at Least 40 Civilians Rebels Repel Army Attack "
            "on Western Suburbs of Hillcrest Tags air strikes civilians")
    evs = violent(events(resources, text, "Strikes kill ten in Maarat"))
    assert [toll(e) for e in evs] == [10]
    links = text.index("Coalition Airstrikes")  # no evidence from the list of other stories
    assert all(s.start < links for e in evs for s in e.evidence)
    # a transcript in capitals is speech, and a sentence that keeps its auxiliaries is prose
    body = text[:links]
    for said in ("WE KNOW THAT SOMEBODY OPENED FIRE ON THE CROWD OUTSIDE THE HOUSE AROUND MIDNIGHT TONIGHT",
                 "A Northtown man was booked into the County Jail on charges of Assault in the First Degree, "
                 "Unlawful Use of a Weapon, Reckless Endangering, Criminal Mischief and Menacing Another Person"):
        assert not is_furniture(body + said, len(body), said), said


def test_a_page_scraped_onto_one_line_is_not_furniture_for_its_legal_footer(resources):
    text = ("Air strikes on the town of Maarat killed ten civilians on Tuesday, a monitoring group said. "
            "Two of the victims were children. Rescue workers searched the rubble into the night. "
            "Copyright notice and Terms of Use apply to this page.")
    assert not is_furniture(text, 0, "Air strikes on the town of Maarat killed ten civilians on Tuesday.")
    evs = violent(events(resources, text, "Strikes kill ten in Maarat"))
    assert evs and toll(evs[0]) == 10


def test_a_page_whose_body_is_a_sign_up_wall_reports_its_headline(resources):
    wall = ("Just one more step. We have sent you a verification email. Please check your inbox and click "
            "the link to activate your account.")
    evs = violent(events(resources, wall, title="Two teens wounded in shooting outside skating rink"))
    assert len(evs) == 1
    ev = evs[0]
    assert ev.evidence[0].article_id.endswith(":title") and ev.evidence[0].text.startswith("Two teens wounded")
    assert ev.injured is not None and int(ev.injured.best) == 2 and toll(ev) in (None, 0)
    assert ev.time_precision == 2  # dated by the publication only


def test_a_sign_up_wall_under_a_headline_without_violence_gives_nothing(resources):
    wall = "We have sent you a verification email. Please check your inbox to activate your account."
    assert violent(events(resources, wall, title="City council approves new library budget")) == []


def test_a_sign_up_wall_under_a_headline_without_a_toll_still_reports_it(resources):
    wall = "You are the owner of this article. Please sign in to continue reading."
    evs = violent(events(resources, wall, title="Deputy hurt in shootout released from hospital"))
    assert len(evs) == 1 and evs[0].evidence[0].article_id.endswith(":title")


def test_a_page_opening_with_its_weekday_and_date_and_an_earlier_month_told_also(resources):
    """"Tue Mar 8 2016 …": the page's stamp dates no event, so the headline joins the lead that
    tells its incident "last week"; a sentence opening "Also in February" tells another one."""
    text = ("Tue Mar 8 2016 Rocket attack on Hillcrest market kills 14. A rocket attack on the market in "
            "Hillcrest killed 14 civilians last week, a monitoring group said. Also in February, shelling "
            "killed 5 farmers and wounded 30 others near Hillcrest.")
    evs = violent(events(resources, text, published="2016-03-08"))
    by_toll = sorted((e.fatalities.best if e.fatalities else None, e.injured.best if e.injured else None) for e in evs)
    assert by_toll == [(5, 30), (14, None)]


def test_a_topic_tag_inside_the_leads_line_reports_nothing(resources):
    """A page scraped onto one line keeps its topic tag, with its count of stories, before the lead."""
    text = ("13.04.2017 Get short URL Topic Operation to Liberate Northtown From Rebels (61) 1120 The coalition "
            "accidentally struck allied fighters near Hillcrest killing 18 of them. The incident occurred on "
            "April 11. Officials said an inquiry was opened.")
    evs = events(resources, text, "Coalition strike kills 18 allied fighters", "2017-04-13")
    assert [(e.sub_event_type, toll(e)) for e in evs] == [("Armed clash", 18)]
