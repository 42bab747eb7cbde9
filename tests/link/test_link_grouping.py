import datetime as dt

from crossbearing.eval.grouping import bcubed, pairwise
from crossbearing.link.grouping import StoryGrouper, group_stream

A = ("Police said John Marsh, 24, was shot dead outside the Cedar Lounge on Elm Street in Dayton late Friday. "
     "Detective Ann Briggs said a suspect fled in a silver sedan.")
A2 = ("Dayton police identified the man killed outside the Cedar Lounge as John Marsh. Detective Ann Briggs "
      "asked witnesses of the Elm Street shooting to call.")
B = ("A 16-year-old girl was wounded by a stray bullet at Riverside Park in Tulsa on Sunday, officer Tom Reyes "
     "said. The girl, Maria Lopez, is in stable condition.")
B2 = ("Maria Lopez, the Tulsa teen hit by a stray bullet in Riverside Park, is recovering, officer Tom Reyes "
      "told reporters.")


def test_two_incidents_two_stories():
    items = [("a1", A, "2016-05-01", "x.com", None), ("b1", B, "2016-05-01", "y.com", None),
             ("a2", A2, "2016-05-02", "z.com", None), ("b2", B2, "2016-05-03", "x.com", None)]
    pred = group_stream(items, window_days=7, threshold=0.2)
    assert pred["a1"] == pred["a2"] and pred["b1"] == pred["b2"] and pred["a1"] != pred["b1"]


def test_window_keeps_far_apart_articles_apart_and_frees_memory():
    g = StoryGrouper(window_days=7, threshold=0.2, long_window_days=0)  # no person archive
    s1, _ = g.add("a1", A, "2016-05-01")
    s2, _ = g.add("a2", A2, "2016-07-01")  # two months later: outside the window
    assert s1 != s2
    assert s1 not in g.stories  # the expired story no longer takes memory
    day = dt.date(2016, 7, 1)
    for i in range(200):
        g.add(f"n{i}", f"Filler story number {i} about topic{i} and place{i}.", day + dt.timedelta(days=i))
    assert len(g.stories) <= 20


def test_boilerplate_paragraphs_are_ignored():
    g = StoryGrouper(window_days=7, threshold=0.3)
    footer = "\n\nSubscribe to the Daily Herald newsletter for breaking news alerts and weather updates."
    sa, _ = g.add("a1", A + footer, "2016-05-01", "herald.com")
    g.add("x", "Unrelated council budget vote on parks." + footer, "2016-05-01", "herald.com")
    sb, _ = g.add("b1", B + footer, "2016-05-01", "herald.com")
    assert sa != sb


def test_bcubed_and_pairwise_metrics():
    gold = {"a": {"1"}, "b": {"1"}, "c": {"2"}}
    assert bcubed({"a": "x", "b": "x", "c": "y"}, gold) == (1.0, 1.0, 1.0)
    p, r, f = bcubed({"a": "x", "b": "x", "c": "x"}, gold)
    assert round(p, 3) == round((2 / 3 * 2 + 1 / 3) / 3, 3) and r == 1.0
    assert pairwise({"a": "x", "b": "y", "c": "z"}, gold)[1] == 0.0


def test_eval_grouping_on_gva_subset(shared_data):
    from crossbearing.eval.registry import EvalContext, run_task

    m = run_task("grouping", EvalContext(data=shared_data, limit=300))
    for k in ("gva.bcubed_p", "gva.bcubed_r", "gva.bcubed_f1", "gva.pairwise_f1", "baseline.bcubed_f1"):
        assert 0.0 <= m[k] <= 1.0
    assert m["gva.bcubed_f1"] > 0.5


def test_eval_crossevents_small(shared_data, resources):
    from crossbearing.eval.registry import EvalContext, run_task

    m = run_task("crossevents", EvalContext(data=shared_data, limit=6, options={"resources": resources}))
    assert m["coref.articles"] >= 4 and m["coref.incidents"] >= 2
    for k in ("coref.incidents_merged", "coref.mixed_incident_crossevents", "coref.killed_exact_merged"):
        assert 0.0 <= m[k] <= 1.0


def test_extractor_keys_link_articles_with_little_shared_wording():
    a = "Shots rang out on Friday night and one man died at the scene."
    b = "A teenager was arrested on Saturday over the killing, detectives said."
    plain = StoryGrouper(window_days=7, threshold=0.3)
    assert plain.add("a", a, "2016-05-01")[0] != plain.add("b", b, "2016-05-02")[0]
    keyed = StoryGrouper(window_days=7, threshold=0.3)
    places = ["p:4509177", "p:4509177", "p:5000001"]
    assert keyed.add("a", a, "2016-05-01", extra=places)[0] == keyed.add("b", b, "2016-05-02", extra=places)[0]


def test_incident_keys():
    from crossbearing.link import textfeat as tf

    text = ("Police said Jermaine Sims, 31, died in the 100 block of Rockingham St. near 5th Ave. "
            "A 3-year-old boy and 36-year-old Edward Johnson were hurt. Kansas City, 2 people.")
    assert tf.person_keys(text) == ["v:jermaine sims", "v:edward johnson"]
    assert tf.street_keys(text) == ["a:rockingham street", "a:5th avenue"]
    assert tf.age_keys(text) == ["g:31", "g:3", "g:36"]


def test_follow_up_past_the_window_joins_through_a_named_person():
    first = ("Jermaine Sims, 31, was shot dead outside a bar on Hollow Road in Brookhaven on Friday. "
             "Police said a suspect was seen running from the scene.")
    later = ("A jury on Tuesday convicted Kevin Lyons of murder in the death of Jermaine Sims, 31, "
             "who was shot outside a Brookhaven bar last spring.")
    other = "Marcus Dell, 40, was sentenced in a Tulsa robbery case, prosecutors said."
    g = StoryGrouper(window_days=7, threshold=0.25)
    s1, _ = g.add("a1", first, "2016-03-01", "x.com")
    s3, _ = g.add("o1", other, "2016-03-02", "z.com")
    s2, _ = g.add("a2", later, "2016-09-20", "y.com")  # months later: outside the window
    assert s2 == s1 and s3 != s1
    assert s1 in g.stories and s3 in g.archive  # the old story was revived; the other stays archived
    g.add("n1", "Unrelated note about a parade.", "2020-01-01")
    assert not g.archive and not g.arch_postings  # the archive forgets after long_window_days


def test_archive_is_off_without_long_window():
    first = "Jermaine Sims, 31, was shot dead outside a bar in Brookhaven on Friday."
    later = "A jury convicted a man of murder in the death of Jermaine Sims, 31, in Brookhaven."
    g = StoryGrouper(window_days=7, threshold=0.25, long_window_days=0)
    assert g.add("a1", first, "2016-03-01")[0] != g.add("a2", later, "2016-09-20")[0]


def test_furniture_shared_across_outlets_is_dropped_but_wire_copy_is_kept():
    footer = "Just one more thing. We have sent you a verification email, please check your inbox."
    g = StoryGrouper(window_days=7, threshold=0.25)
    for i, body in enumerate((A, B, "Council votes on the new parks budget for Dayton schools.")):
        g.add(f"f{i}", body + "\n\n" + footer, "2016-05-01", f"site{i}.com")
    assert footer not in g.content(A2 + "\n\n" + footer, "site9.com")  # three stories carried it
    g2 = StoryGrouper(window_days=7, threshold=0.25)
    for i in range(5):  # one AP report carried by five outlets: one story, so it stays content
        g2.add(f"w{i}", A, "2016-05-01", f"paper{i}.com")
    assert len(g2.stories) == 1
    assert "Cedar Lounge" in g2.content(A, "paper9.com")


def test_follow_up_naming_the_victim_without_age_needs_more_shared_wording():
    g = StoryGrouper(window_days=7, threshold=0.25)
    s1, _ = g.add("a1", A, "2016-05-01")  # "John Marsh, 24,"
    assert g.add("a2", A2, "2016-07-01")[0] == s1  # "as John Marsh" + Cedar Lounge, Elm Street, Ann Briggs
    g = StoryGrouper(window_days=7, threshold=0.25)
    s1, _ = g.add("a1", A, "2016-05-01")
    assert g.add("x", "John Marsh opened a bakery downtown this week.", "2016-07-01")[0] != s1


def test_same_town_and_day_and_a_victims_age_join_differently_worded_reports():
    a = ("A 9-year-old boy died Monday after he was shot inside a home on the east side, police said. "
         "Officers found the child with a wound to the chest.")
    b = ("Boy, 9, killed in accidental shooting. Investigators believe a teenage cousin was handling a "
         "handgun when it went off in the kitchen.")
    town_and_day = ["x:maplewood|oh|us|2016-05-02"]

    def story_of_b(b_text, bonus=0.25):
        g = StoryGrouper(window_days=7, threshold=0.35, incident_age_bonus=bonus)
        return g.add("a", a, "2016-05-02", extra=town_and_day)[0] == g.add("b", b_text, "2016-05-02", extra=town_and_day)[0]

    assert story_of_b(b)
    assert not story_of_b(b, bonus=0.0)  # the wording alone is too different
    assert not story_of_b(b.replace("9", "14"))  # another victim's age: maybe another shooting


def test_follow_up_past_the_window_joins_through_its_incidents_town_day_and_age():
    first = ("A 3-year-old girl was shot in the abdomen at a home in the east of the city on Wednesday, "
             "police said. She was taken to a hospital in critical condition.")
    later = ("Prosecutors on Thursday charged the owner of the loaded pistol that went off in the hands of "
             "his 3-year-old daughter last week, court papers show.")
    incident = ["x:northfield|mo|us|2015-01-07"]

    def joined(later_text, keys, bonus=0.25):
        # a wording bar no report can pass: only a shared person, or what stands for one, joins
        g = StoryGrouper(window_days=7, threshold=0.35, long_name_threshold=0.99, long_place_threshold=0.99,
                         incident_age_bonus=bonus)
        s1 = g.add("a1", first, "2015-01-07", "x.com", extra=incident)[0]
        g.add("o1", "A parade closed Main Street in Southam on Saturday.", "2015-01-17", "z.com")  # moves time on
        return g.add("a2", later_text, "2015-01-22", "y.com", extra=keys)[0] == s1

    assert joined(later, incident)
    assert not joined(later, incident, bonus=0.0)
    assert not joined(later, ["x:northfield|mo|us|2015-01-09"])  # another day's incident in that town
    assert not joined(later.replace("3-year-old", "14-year-old"), incident)  # another victim


def test_follow_up_past_the_window_joins_through_the_named_street_of_the_shooting():
    first = ("Two men were wounded when shots were fired outside a corner store on Gherald Street in "
             "Bellmont on Friday night. Police said the gunman ran toward the rail yard.")
    later = ("Police arrested a 19-year-old in the Gherald Street shooting that wounded two men outside a "
             "corner store in Bellmont in March, the department said.")

    def joined(first_text, later_text, **kw):
        g = StoryGrouper(window_days=7, threshold=0.25, **kw)
        s1 = g.add("a1", first_text, "2016-03-04", "x.com", extra=["x:bellmont|oh|us|2016-03-04"])[0]
        g.add("o1", "A parade closed the high street in Southam on Saturday.", "2016-04-20", "z.com")
        return g.add("a2", later_text, "2016-06-01", "y.com")[0] == s1

    assert joined(first, later)
    assert not joined(first, later, archive_strong=False)  # no person, no incident key: not found
    numbered = (first.replace("Gherald Street", "12th Street"), later.replace("Gherald Street", "12th Street"))
    assert not joined(*numbered)  # a numbered street runs through the whole city


def test_a_report_of_an_arrest_days_later_is_not_held_back_by_the_gap():
    first = ("A 9-year-old girl was shot in the leg at a home on the north side of Barrow on Monday, "
             "deputies said. She was taken to a hospital in stable condition.")
    later = ("Deputies said the man fired a handgun inside the home in Barrow, hitting the girl. He was booked "
             "into the county jail on Friday.")

    def joined(title, **kw):
        g = StoryGrouper(window_days=7, threshold=0.25, **kw)
        s1 = g.add("a1", first, "2016-03-07", "x.com", title="Girl, 9, shot in Barrow")[0]
        return g.add("a2", later, "2016-03-14", "y.com", title=title)[0] == s1  # a week later

    assert joined("Man charged after girl shot")
    assert not joined("Man questioned after girl shot")  # not a follow-up: a week apart weighs
    assert not joined("Man charged after girl shot", follow_up_gap_penalty=0.2)


def test_two_pages_under_one_long_headline_join_though_one_is_a_sign_up_form(monkeypatch):
    from crossbearing.link import textfeat

    title = "Five people shot after children's football game in Riverton"
    report = ("Five people were shot Tuesday evening in a parking lot after a youth football game at Lakeside "
              "Park in Riverton, police said. All are expected to survive. Investigators believe an argument "
              "between two adults in the bleachers spilled into the lot, where a man pulled a pistol and fired "
              "repeatedly toward a group standing beside a minivan. Coaches rushed dozens of young players back "
              "into the gymnasium while parents dialled emergency services. Detective Marlon Whitfield asked "
              "anyone with phone video to contact the precinct; no arrest had been made by Wednesday morning.")
    form = ("Thank you for registering! We look forward to seeing you frequently. Visit us and sign in to update "
            "your profile, receive the latest news and keep up to date with mobile alerts. Email notifications "
            "are only sent once a day, and only if there are new matching items.")

    def joined():
        # a bar set where the shared headline words alone fall short (in a stream of shooting news
        # "people", "shot" and "game" weigh little; here a higher bar stands for that)
        g = StoryGrouper(window_days=7, threshold=0.55)
        s1 = g.add("a1", form, "2016-03-08", "x.com", title=title)[0]
        g.add("o1", "The Riverton council approved a budget for the new library on Tuesday.", "2016-03-08",
              "z.com", title="Council approves library budget")
        return g.add("a2", report, "2016-03-08", "y.com", title=title)[0] == s1

    assert joined()
    monkeypatch.setattr(textfeat, "HEADLINE_KEY_MIN_WORDS", 99)
    assert not joined()
    assert textfeat.headline_key("Man shot and killed") == []  # short headlines recur across incidents


def test_a_person_named_with_the_same_age_ties_reports_days_apart():
    first = ("Arlo Pennick, 34, was shot dead by his neighbour at a house on Tamarack Lane on Friday, deputies "
             "said. The neighbour then turned the gun on himself. Investigators said the two men had argued for "
             "months over a fence line, and a county commissioner called for mediation services.")
    later = ("Relatives gathered at a church on Wednesday to remember Arlo Pennick, 34, a welder and father of "
             "two who coached youth hockey, restored vintage motorcycles and volunteered at the food pantry. "
             "His former teammates wore their old jerseys, and the choir sang the hymns his grandmother loved.")

    def joined(**kw):
        # a bar the shared wording alone does not pass six days apart (in a two-article stream the
        # name itself weighs more than it would in a real one)
        g = StoryGrouper(window_days=7, threshold=0.55, **kw)
        s1 = g.add("a1", first, "2016-03-04", "x.com")[0]
        return g.add("a2", later, "2016-03-10", "y.com")[0] == s1

    assert joined()
    assert not joined(person_bonus=0.0)


def test_a_report_of_an_arrest_finds_its_story_again_through_a_rare_name_but_not_a_place_name():
    first = ("A security guard was wounded when a robber opened fire inside the Quillfeather Food Store in "
             "Dorrance on Friday night. Manager Odalys Brightwater said the guard fired back.")
    arrest = ("Police arrested an 18-year-old in the shooting of a security guard at the Quillfeather Food Store, "
              "manager Odalys Brightwater said, weeks after the robbery in Dorrance.")
    other = ("A security guard was shot at a pawn shop on Friday in Dorrance; manager Odalys Brightwater said the "
             "guard had worked at the Quillfeather Food Store for years.")
    places = ["q:dorrance"]

    def joined(later, extra=places, title="Teen arrested in store shooting"):
        g = StoryGrouper(window_days=7, threshold=0.25, long_name_threshold=0.0)
        s1 = g.add("a1", first, "2016-03-04", "x.com", extra=places + ["x:dorrance|ks|us|2016-03-04"])[0]
        g.add("o1", "A parade closed the high street in Southam on Saturday.", "2016-04-20", "z.com")
        return g.add("a2", later, "2016-06-01", "y.com", title=title, extra=extra)[0] == s1

    assert joined(arrest)
    assert not joined(other, title="Guard shot at pawn shop")  # a new shooting: not looked up by names
    # the same report where the rare names are places the extractors resolved
    as_places = places + ["q:quillfeather food store", "q:odalys brightwater"]
    assert not joined(arrest, extra=as_places)


SIGN_UP = ("Just one more step. We have sent you a verification email: click the link inside to activate your "
           "profile. If the message has not arrived within a few minutes, check your spam or junk folder.")


def test_a_page_whose_body_does_not_retell_its_headline_is_headline_only():
    report = "Deputies said a woman was shot and killed at a home outside Tallowford on Saturday night."
    assert StoryGrouper.is_headline_only(SIGN_UP, "Woman killed in Tallowford shooting")
    assert not StoryGrouper.is_headline_only(report, "Woman killed in Tallowford shooting")
    assert not StoryGrouper.is_headline_only(SIGN_UP, "Shooting")  # too short to tell


def test_a_body_that_retells_its_headline_in_other_words_or_under_a_long_site_name_is_the_story():
    report = ("Deputies said a woman accidentally shot her brother while cleaning a rifle at their home "
              "outside Tallowford on Saturday; the shooting left him in critical condition.")
    assert not StoryGrouper.is_headline_only(report, "Woman accidentally shoots brother in Tallowford")
    # the site's name is the title's longest part
    assert not StoryGrouper.is_headline_only(
        report, "Woman shoots brother - KXYZ-TV Channel 9 Tallowford Weather, Traffic, Sports and Community")
    assert StoryGrouper.is_headline_only(SIGN_UP, "Woman accidentally shoots brother in Tallowford")


HEADLINE_ONLY_STORY = ("Deputies said a 41-year-old woman was shot and killed late Saturday at a home on Cobb "
                       "Ridge Road outside Tallowford. A neighbour heard several shots and called 911. The sheriff "
                       "said the shooting followed an argument and that detectives were questioning a relative.")
TALLOWFORD_DAY = ["x:tallowford|ohio|us|2016-05-01", "x:tallowford|ohio|us|2016-05-02"]


def test_a_report_joins_the_headline_only_page_of_its_incident_that_came_first():
    def joined(text, title):
        g = StoryGrouper(window_days=7, threshold=0.35)
        page = g.add("p", SIGN_UP, "2016-05-01", "y.com", title="Woman shot dead at Cobb Ridge home",
                     extra=TALLOWFORD_DAY)[0]
        g.add("o", "Council approves a new library budget for Marston after a long debate", "2016-05-01",
              "z.com", title="Marston library budget approved")
        return g.add("a", text, "2016-05-01", "x.com", title=title, extra=TALLOWFORD_DAY)[0] == page

    # the report is found through the town and day of its incident and covers the page's headline
    assert joined(HEADLINE_ONLY_STORY, "Deputies name woman killed outside Tallowford")
    # another incident of that town and day, whose words do not cover the headline
    other = ("A teenager was hurt when his car left Route 9 near Tallowford on Saturday and struck a tree, the "
             "state patrol said.")
    assert not joined(other, "Teen hurt in Route 9 crash")


def test_a_headline_only_page_joins_the_story_its_headline_names():
    story = ("Deputies said a 41-year-old woman was shot and killed late Saturday at a home on Cobb Ridge Road "
             "outside Tallowford. A neighbour heard several shots and called 911. The sheriff said the "
             "shooting followed an argument and that detectives were questioning a relative. The coroner said "
             "the victim would be identified once her family had been told.")
    others = [("Council approves a new library budget for Marston after a long debate", "Marston library budget approved"),
              ("Floodwater closed the river road near Eastfold for a second day, officials said.", "River road closed by flood")]

    def joined(**kw):
        g = StoryGrouper(window_days=7, threshold=0.35, **kw)
        s1 = g.add("a1", story, "2016-05-01", "x.com", title="Woman killed in Tallowford shooting")[0]
        for i, (text, title) in enumerate(others):
            g.add(f"o{i}", text, "2016-05-01", "z.com", title=title)
        page = g.add("a2", SIGN_UP, "2016-05-02", "y.com", title="Tallowford shooting victim identified by coroner")
        return page[0] == s1

    assert joined()
    assert not joined(headline_cover_min=0.0)  # its cosine alone is far below the bar


def test_a_headline_only_page_of_generic_words_joins_no_story():
    towns = ["Ardmore Heights", "Bellwick", "Corran Falls", "Dunmere", "Eastleigh Park", "Farrowdale"]

    def joined(**kw):
        g = StoryGrouper(window_days=7, threshold=0.35, **kw)
        firsts = set()
        for i, town in enumerate(towns):  # a crime beat: every story says "man", "killed", "shooting", "police"
            text = (f"A man was killed in a shooting in {town} on Friday night, police said. Officers found him "
                    f"in a parked car. Police have not named a suspect in the {town} killing.")
            firsts.add(g.add(f"a{i}", text, "2016-05-06", f"o{i}.com", title=f"Man killed in {town} shooting")[0])
        page = g.add("p", SIGN_UP, "2016-05-07", "y.com", title="Man killed in shooting, police say")
        return page[0] in firsts

    assert not joined()
    assert joined(headline_rare_df=10**6)  # with no rare word asked for, generic words would do


def test_a_person_named_with_an_age_reaches_back_one_year_an_incident_three():
    # a year on a person is a year older: the same name with the same age two years later is
    # someone else's story (the incident's own town and day still reach back three years)
    first = ("Jermaine Sims, 31, was shot dead outside a bar on Hollow Road in Brookhaven on Friday. "
             "Police said a suspect was seen running from the scene.")
    later = ("Jermaine Sims, 31, was wounded in a shooting outside a Brookhaven bar on Hollow Road, "
             "police said.")
    g = StoryGrouper(window_days=7, threshold=0.25)
    s1, _ = g.add("a1", first, "2016-03-01", "x.com")
    g.add("o1", "Marcus Dell, 40, was sentenced in a Tulsa robbery case, prosecutors said.", "2016-03-02", "z.com")
    assert g.add("a2", later, "2016-09-20", "y.com")[0] == s1  # months later: the same story
    g2 = StoryGrouper(window_days=7, threshold=0.25)
    s1, _ = g2.add("a1", first, "2016-03-01", "x.com")
    g2.add("o1", "Marcus Dell, 40, was sentenced in a Tulsa robbery case, prosecutors said.", "2016-03-02", "z.com")
    assert g2.add("a2", later, "2018-03-20", "y.com")[0] != s1  # two years later: not by the name alone


def test_a_headline_only_plea_months_later_finds_its_incident_through_its_town():
    shooting = ("A man was shot dead and seven people were wounded at the Lantern bar in Tallowford early Sunday, "
                "police said. Officers said an argument inside the bar spilled onto the street before the shots.")
    accident = ("A teenager pleaded guilty on Thursday in the accidental shooting of a 14-year-old friend at a home "
                "in Tallowford in June, prosecutors said.")

    def story_of(title):
        g = StoryGrouper(window_days=7, threshold=0.35)
        first = g.add("a1", shooting, "2016-07-24", "x.com", title="One dead, seven hurt in Tallowford bar shooting",
                      extra=["x:tallowford|ohio|us|2016-07-24", "x:tallowford|ohio|us|2016-07-25"])[0]
        plea = g.add("a2", accident, "2016-09-01", "y.com", title="Teen pleads guilty in Tallowford accidental shooting",
                     extra=["x:tallowford|ohio|us|2016-06-12", "x:tallowford|ohio|us|2016-06-13"])[0]
        g.add("o1", "A parade closed the high street in Southam on Saturday.", "2016-12-01", "z.com",
              title="Parade closes Southam high street")
        # the page carries only its headline, dated by its own news day
        page = g.add("p", SIGN_UP, "2017-01-10", "w.com", title=title,
                     extra=["x:tallowford|ohio|us|2017-01-10", "x:tallowford|ohio|us|2017-01-11"])[0]
        return {first: "shooting", plea: "plea"}.get(page, "new")

    # "pleads" is what followed, shared by the other plea: the bar and the town say which incident
    assert story_of("Third person pleads in deadly Tallowford bar shooting") == "shooting"
    # not a report of what followed: a new shooting at a bar of that town
    assert story_of("Man wounded in shooting at Tallowford bar") == "new"


def test_a_headline_only_plea_finds_its_incident_in_a_town_of_several_stories():
    # a busy town: five archived stories share its town key; the headline's cover picks among them
    g = StoryGrouper(window_days=7, threshold=0.35)
    first = g.add("a1", "A man was shot dead and seven people were wounded at the Lantern bar in Tallowford early "
                        "Sunday, police said.", "2016-07-24", "x.com", title="One dead, seven hurt in Tallowford bar shooting",
                  extra=["x:tallowford|ohio|us|2016-07-24"])[0]
    for i, (what, day) in enumerate([("A woman was wounded by a stray bullet on Elm Street", "2016-08-02"),
                                     ("Two teens were hurt in a drive-by near the rail depot", "2016-08-20"),
                                     ("A clerk was shot during a robbery of a gas station", "2016-09-11"),
                                     ("A hunter was hurt when his rifle fired as he climbed a fence", "2016-10-05")]):
        g.add(f"o{i}", f"{what} in Tallowford, police said.", day, "z.com", title=f"{what} in Tallowford",
              extra=[f"x:tallowford|ohio|us|{day}"])
    page = g.add("p", SIGN_UP, "2017-01-10", "w.com", title="Third person pleads in deadly Tallowford bar shooting",
                 extra=["x:tallowford|ohio|us|2017-01-10"])[0]
    assert page == first
