"""event_time: the clause's own date, else the article's date one precision coarser."""

from crossbearing.ingest.text import article_from_text
from crossbearing.model import Analysis
from crossbearing.eval.notes import notes_date
from crossbearing.timex.event import event_time, main_event_date
from crossbearing.timex.refs import time_refs
from datetime import date

TEXT = ("Police said a man was shot on Saturday night in Dayton. "
        "The city has seen 40 homicides this year. Officers arrested a suspect.")


def _analysis():
    art = article_from_text(TEXT, published="2016-05-03")  # a Tuesday
    an = Analysis(article=art)
    an.times = time_refs(art)
    return an


def test_clause_date_governs():
    an = _analysis()
    ref, precision = event_time(an, (0, TEXT.index("The city")))
    assert ref.start == "2016-04-30" and ref.precision == "day" and precision == 1


def test_year_only_clause_gives_coarse_precision():
    an = _analysis()
    start = TEXT.index("The city")
    ref, precision = event_time(an, (start, TEXT.index("Officers")))
    assert ref.precision == "year" and precision == 3


def test_no_date_in_clause_falls_back_to_article_date():
    an = _analysis()
    ref, precision = event_time(an, (TEXT.index("Officers"), len(TEXT)))
    assert ref.start == "2016-05-03" and ref.relative and precision == 2


def test_nothing_at_all():
    an = Analysis(article=article_from_text("Officers arrested a suspect."))
    assert event_time(an, (0, 10)) == (None, 3)


def test_notes_date_reads_acled_openings():
    assert notes_date("On 12 March 2022, around 80 people gathered.") == (date(2022, 3, 12), "day")
    assert notes_date("Around 9 February 2022 (between 9 February - 11 February), x")[0] == date(2022, 2, 9)
    assert notes_date("Looting: Around 1 February 2022 (between 1 - 2 February), y")[0] == date(2022, 2, 1)
    assert notes_date("No date here, 42 people.") == (None, None)


def test_main_event_date_prefers_the_shooting_over_the_arrest():
    text = ("A girl was killed when a shooter fired shots into a home February 20. "
            "Police arrested a man Sunday in connection with the shooting.")
    got, _ = main_event_date(text, date(2017, 3, 27))
    assert got == date(2017, 2, 20)


def test_an_attribution_after_a_comma_does_not_govern_the_date_before_it():
    # ", police said" is the source of the killing told before it, not a statement dated Sunday
    text = ("Rebel shelling killed four civilians in the old town on Sunday, police said. "
            "On Wednesday, a suicide bomber killed two people near the market.")
    assert main_event_date(text, date(2017, 10, 16))[0] == date(2017, 10, 15)
    # a statement the date does govern is still no incident's day
    stated = "Police said Sunday that a suicide bomber killed two people near the market on Wednesday."
    assert main_event_date(stated, date(2017, 10, 16))[0] == date(2017, 10, 11)


def test_a_date_opening_its_sentence_governs_the_statement_after_the_comma():
    # "On Wednesday," opens the sentence: the comma closes the phrase, not the clause, and the
    # sheriff's statement is what Wednesday dates
    text = ("On Wednesday, the county sheriff said celebratory gunfire hit the girl. "
            "She was shot in the arm shortly after midnight on Friday.")
    assert main_event_date(text, date(2016, 1, 2))[0] == date(2016, 1, 1)


def test_notes_time_precision():
    from crossbearing.eval.notes import notes_time_precision

    assert notes_time_precision("On 8 June 2022, in Villa Yapacani, residents protested.") == 1
    assert notes_time_precision("Looting: Around 1 February 2022 (between 1 - 2 February), x") == 2
    assert notes_time_precision("Around 15 March 2022 (month of), pastoralists shot at traders") == 3
    assert notes_time_precision("Around 4 February 2022 (between 21 January - 11 February), strikes") == 3


def test_a_follow_up_is_dated_by_the_incident_it_names():
    from datetime import date as _d

    from crossbearing.timex.event import main_event_date

    trial = ("A man was found guilty Monday of murder in the May 25 shooting that killed a "
             "19-year-old outside a store.")
    assert main_event_date(trial, _d(2014, 11, 18))[0] == _d(2014, 5, 25)
    told = "The trial opened Monday. The shooting happened on June 29, 2014, outside a bar."
    assert main_event_date(told, _d(2016, 1, 15))[0] == _d(2014, 6, 29)
    # a recent incident day still wins over an older date the text mentions in passing
    recent = "Police said the man was shot Saturday night on Elm Street. A vigil was held on May 3 at the church."
    assert main_event_date(recent, _d(2016, 1, 18))[0] == _d(2016, 1, 16)


def test_a_day_named_as_the_incidents_own_dates_it():
    from crossbearing.timex.event import main_event_date

    arrest = "Police arrested a man Tuesday in connection with Saturday's shooting that killed a teen."
    assert main_event_date(arrest, date(2015, 3, 11))[0] == date(2015, 3, 7)
    night = "Police arrested a man Tuesday in connection with Saturday night's fatal shooting on Elm Street."
    assert main_event_date(night, date(2015, 3, 11))[0] == date(2015, 3, 7)


def _an(text, published="2014-09-12"):
    art = article_from_text(text, published=published)
    an = Analysis(article=art)
    an.times = time_refs(art)
    return an


def test_a_day_that_dates_the_telling_yields_to_the_events_own():
    text = "A monitoring group said Friday that the strikes on Thursday killed 42 people."
    ref, _ = event_time(_an(text), (0, len(text)))
    assert ref.start == "2014-09-11"


def test_the_pages_own_date_stamp_dates_the_telling_not_the_event():
    text = ("Date of publication 9 August 2016 Five children were killed by air strikes on a clinic. "
            "The clinic was destroyed by air strikes over the weekend.")
    art = article_from_text(text, published="2016-08-09")
    an = Analysis(article=art)
    an.times = time_refs(art)
    ref, precision = event_time(an, (0, text.index("The clinic")))
    # the stand-in publication date, one precision coarser, not the stamp read as the clause's day
    assert ref.start == "2016-08-09" and precision == 2 and ref.span.end == ref.span.start
    # a full date that opens the page is its stamp too; a date inside a sentence is not
    from crossbearing.timex.infer import page_stamps
    assert page_stamps("27 Jul 2016 At least 48 people were killed.") == ((0, 11),)
    assert page_stamps("At least 48 people were killed on 27 Jul 2016.") == ()
    # with the weekday a page header writes before it, abbreviated or not
    assert page_stamps("Tue Mar 8 2016 Shelling kills four in the old town.") == ((4, 14),)
    assert page_stamps("Friday, 8 March 2016 Shelling kills four in the old town.") != ()
    assert page_stamps("Until Mar 8 2016 the road stayed open.") == ()


def test_a_day_an_outlet_reported_dates_the_report_but_a_day_a_shooting_was_reported_dates_it():
    told = ("The minister said inspectors could visit the areas hit by the attack, state television "
            "reported on Sunday. The opposition has accused the army of killing hundreds with gas in the "
            "suburbs on Wednesday.")
    assert main_event_date(told, date(2013, 8, 25))[0] == date(2013, 8, 21)
    happened = "A shooting was reported on Sunday near the park, police said. One man was wounded."
    assert main_event_date(happened, date(2016, 5, 3))[0] == date(2016, 5, 1)


def test_a_toll_or_statement_dated_a_day_after_the_attack_dates_the_attack_a_day_earlier():
    from datetime import date

    from crossbearing.timex.event import main_event_date

    # the toll rose on Thursday (13 February 2020); the blast was on Wednesday
    day, _ = main_event_date("The toll from the market blast rose to 23 on Thursday, a day after a car bomb "
                             "exploded near the main mosque.", date(2020, 2, 14))
    assert day == date(2020, 2, 12)
    # a protest on Sunday a day after a killing is the protest's Sunday
    day, _ = main_event_date("Hundreds marched in the city on Sunday, a day after police shot dead a teenager.",
                             date(2020, 2, 17))
    assert day == date(2020, 2, 16)


def test_a_holiday_in_a_teaser_beside_the_headline_dates_no_incident():
    # a page's list of travel links names a day months back; no incident word is near it
    text = ("Where To Spend Valentine's Day | Ten cities for a weekend away on Valentine's Day | Packing "
            "Tips For Spring: five things to bring on your next trip")
    assert main_event_date(text, date(2019, 7, 2), "Teen Wounded By Gunfire On Elm Street") == (None, None)
    # a calendar day the sentence gives an incident still dates a follow-up months later
    day, _ = main_event_date("He is charged in the Feb. 14 shooting of a clerk.", date(2019, 7, 2), "Man charged")
    assert day == date(2019, 2, 14)
    # an explicit day still dates it when the incident words come in the next sentence
    day, _ = main_event_date("Four men broke into the home around 2 a.m. March 27 on Elm Street. Shots were "
                             "fired, killing a boy.", date(2019, 7, 2), "Man sentenced")
    assert day == date(2019, 3, 27)


def test_a_weekday_that_fits_only_a_year_old_day_is_a_slip():
    # 12 November 2022 was a Saturday; 12 November 2021 a Friday
    day, _ = main_event_date("It happened at noon on Friday, November 12.", date(2022, 11, 20), "Boy shot")
    assert day == date(2022, 11, 12)
    # near the anchor the weekday still picks the year: 30 December 2020 was a Wednesday
    day, _ = main_event_date("The shooting happened on Wednesday, December 30.", date(2021, 1, 4), "Boy shot")
    assert day == date(2020, 12, 30)


def test_holidays_whose_day_moves_are_dated_in_the_papers_year():
    from crossbearing.timex.resolve import floating_day

    assert floating_day({"rule": "easter"}, 2019) == date(2019, 4, 21)
    assert floating_day({"month": 11, "weekday": 3, "nth": 4}, 2019) == date(2019, 11, 28)  # Thanksgiving
    assert floating_day({"month": 5, "weekday": 0, "nth": -1}, 2019) == date(2019, 5, 27)  # Memorial Day
    day, _ = main_event_date("Two men were arrested in the Easter morning shooting of a boy.", date(2019, 5, 2),
                             "Two arrested")
    assert day == date(2019, 4, 21)
    day, _ = main_event_date("A man was shot dead outside a bar on Thanksgiving night.", date(2019, 12, 2),
                             "Man killed")
    assert day == date(2019, 11, 28)
    # a season, a theme or a long weekend is no day
    assert main_event_date("A Thanksgiving dinner ended early.", date(2019, 12, 2), "Dinner")[0] is None
    day, _ = main_event_date("Police braced for the Memorial Day weekend. A man was shot Saturday night.",
                             date(2019, 5, 27), "Man shot")
    assert day == date(2019, 5, 25)


def test_a_holiday_as_a_parties_theme_or_in_an_opening_after_names_no_incidents_day():
    # "in honour of Mother's Day" is the party's theme; the incident's day follows
    day, _ = main_event_date("Six people were wounded when a man opened fire at a cookout held in honor of "
                             "Mother's Day on Elm Street Saturday night.", date(2019, 5, 13), "Six hurt at cookout")
    assert day == date(2019, 5, 11)
    # "After … on Labor Day," tells what came before the news
    day, _ = main_event_date("After two shootings on Labor Day, gunfire broke out again on Wednesday near a "
                             "park.", date(2019, 9, 5), "More gunfire")
    assert day == date(2019, 9, 4)
    # before the incident it names, a bare holiday dates it
    day, _ = main_event_date("Police arrested a man in the Father's Day shooting of a teenager.", date(2019, 7, 1),
                             "Arrest made")
    assert day == date(2019, 6, 16)


def test_a_recent_holiday_in_a_teaser_dates_no_incident_either():
    text = "Guide To The City's St. Patrick's Day Parade | The annual parade returns with three days of events."
    assert main_event_date(text, date(2019, 4, 20), "Four shot during argument on east side") == (None, None)
    # a holiday in the incident's own sentence still dates it
    day, _ = main_event_date("Four people were shot on St. Patrick's Day outside a pub.", date(2019, 4, 20),
                             "Four shot")
    assert day == date(2019, 3, 17)
    # nor does one whose incident the next sentence tells
    day, _ = main_event_date("He went out hunting on Christmas Eve with his father. That is where he was shot "
                             "in the leg.", date(2019, 12, 28), "Hunter hurt")
    assert day == date(2019, 12, 24)


def test_a_calendar_date_right_after_the_incidents_noun_is_its_day():
    plea = ("Jon Reed, 41, pleaded guilty Monday for the shooting Oct. 3, 2014, that left two "
            "brothers dead outside a diner.")
    assert main_event_date(plea, date(2016, 3, 9), "Life sentence in diner double murder")[0] == date(2014, 10, 3)
    on = "A woman was charged Friday in the killing on March 2 of her neighbor."
    assert main_event_date(on, date(2015, 3, 21))[0] == date(2015, 3, 2)


def test_a_court_reports_recent_day_yields_to_the_dated_incident_it_tells():
    text = ("The man who shot three people at a gas station in 2012 was sentenced to a minimum of "
            "60 years and 8 months in prison Thursday.\n\nOn May 14, 2012, Reed shot a clerk and two customers, police said.")
    title = "Gas station gunman sentenced to 60 years"
    assert main_event_date(text, date(2013, 10, 18), title)[0] == date(2012, 5, 14)
    # a vigil is no court: the new shooting at it keeps its own day
    vigil = ("Two people were shot Saturday night during a vigil for a teen who was killed Aug. 9 on "
             "Elm Street, police said.")
    assert main_event_date(vigil, date(2015, 8, 17), "2 hurt in shooting at vigil for slain teen")[0] == \
        date(2015, 8, 15)


def test_a_gun_battle_named_by_its_day_dates_the_report_not_an_attack_it_is_compared_with():
    text = ("A man was charged with murder after Thursday night's gun battle with two officers, police "
            "said on Friday. Unlike the sniper attack that killed three officers on July 2 in another "
            "city, the officers were not targeted.")
    assert main_event_date(text, date(2015, 7, 18), "Accused gunman charged in police shooting")[0] == \
        date(2015, 7, 16)


def test_a_day_an_official_speaks_with_the_media_dates_the_telling():
    text = ("Police Chief Ann Moss speaks with media May 26, 2016 after a man suspected of shooting a "
            "2-year-old was arrested. The girl was shot Wednesday night on Elm Street.")
    assert main_event_date(text, date(2016, 5, 27), "Suspect arrested in shooting of girl")[0] == date(2016, 5, 25)


def test_over_the_weekend_dates_the_weekend_at_week_precision():
    from crossbearing.timex.event import main_event_period

    text = ("Deputies are trying to find whoever opened fire on a crowd of teens over the weekend.\n\n"
            "Investigators canvassed the neighborhood Monday looking for witnesses.")
    # told on Monday 2015-03-09: the weekend before it
    assert main_event_period(text, date(2015, 3, 9))[:3] == (date(2015, 3, 7), date(2015, 3, 8), "week")
    # told on that Sunday, "over the weekend" is the weekend under way; "last weekend" the one before
    assert main_event_period(text, date(2015, 3, 8))[:3] == (date(2015, 3, 7), date(2015, 3, 8), "week")
    last = "A boy died after a rifle went off last weekend near the lake."
    assert main_event_period(last, date(2015, 3, 8))[:2] == (date(2015, 2, 28), date(2015, 3, 1))
    # a day inside the weekend says which; a day as well told outranks it
    sunday = text + " The teen who was shot died Sunday night."
    assert main_event_period(sunday, date(2015, 3, 9))[:3] == (date(2015, 3, 8), date(2015, 3, 8), "day")
    friday = ("Two men were shot Friday night outside a bar. Another shooting over the weekend wounded a "
              "woman.")
    assert main_event_period(friday, date(2015, 3, 9))[:3] == (date(2015, 3, 6), date(2015, 3, 6), "day")


def test_a_weekend_an_offensive_began_on_is_not_the_day_of_its_news():
    from crossbearing.timex.event import main_event_period

    text = ("Kurdish fighters took the town, a spokesman said. They killed at least 175 militants in an "
            "offensive which began last weekend.")
    assert main_event_period(text, date(2015, 2, 27))[0] is None


def test_a_gathering_the_shooting_happened_at_is_its_scene_not_its_follow_up():
    text = ("DAYTON, Ohio (AP) — Gunfire broke out at a vigil held for a man killed in 2015. A 19-year-old man was "
            "fatally shot Friday night at the vigil for Tom Reed, police said. Reed was found dead on May 2, 2015.")
    assert main_event_date(text, date(2016, 9, 10))[0] == date(2016, 9, 9)
    # a gathering told without the shooting right before the day still dates what followed
    text2 = ("A man was shot dead on Main Street early Tuesday. Friends gathered at a vigil Thursday for the man, "
             "who was 24.")
    assert main_event_date(text2, date(2016, 9, 10))[0] == date(2016, 9, 6)


def test_a_day_told_again_with_its_year_keeps_that_year():
    text = ("Charges were dismissed Friday against a teen accused in the deaths of two boys who were shot in a park "
            "on Mar. 13. The boys were gunned down in the park on March 13, 2013, police said.")
    assert main_event_date(text, date(2014, 6, 13))[0] == date(2013, 3, 13)


def test_a_day_told_with_the_incidents_outcome_dates_the_incident():
    from crossbearing.timex.event import main_event_date

    # "left four people hospitalized on Wednesday night": the shooting's outcome, not a follow-up
    text = ("Police are investigating a shooting that left four people hospitalized on Wednesday night, "
            "a lieutenant said. Officers responded to reports of gunfire on Elm Street.")
    assert main_event_date(text, date(2013, 4, 11))[0] == date(2013, 4, 10)



def test_an_occasion_told_as_last_one_weeks_back_is_an_earlier_incident():
    # "last Christmas" in a February report: the killing the suspect is wanted for, not the
    # shooting the report tells (the holiday names an incident, but an earlier one)
    text = ("Two men were wounded in a shooting late Tuesday night on Elm Street. Police said one of "
            "the suspects is also wanted in connection with a killing last Christmas.")
    assert main_event_date(text, date(2016, 2, 24))[0] == date(2016, 2, 23)
