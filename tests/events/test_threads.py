"""A round-up's incidents told apart (``crossbearing.events.threads``, applied by
``incidents.consolidate``), on made-up articles through the real extractors: another thread
opened in another town, each town's own toll, a thread after a toll, village-by-village
captures, and what opens no incident."""

from __future__ import annotations

from made_up_articles import events, toll, violent


def test_a_round_ups_other_thread_in_a_nearby_town_is_another_incident(resources):
    # two towns a few km apart: one place at the scale of an incident, unless the words open
    # another thread there ("also", "meanwhile"); the toll told next belongs to the latest one
    text = ("Government air strikes on the town of Harasta killed 12 people on Tuesday, a monitor said. "
            "The regime also carried out air strikes on Douma, another rebel-held town east of the capital. "
            "The strikes killed five people, the monitor said.")
    evs = violent(events(resources, text, "Air strikes kill 12 near Damascus", published="2023-05-17"))
    assert sorted((e.place.surface, toll(e)) for e in evs) == [("Douma", 5), ("Harasta", 12)]


def test_a_toll_told_after_meanwhile_opens_no_incident(resources):
    text = ("Government air strikes on the town of Harasta killed 12 people on Tuesday, a monitor said. "
            "Meanwhile the death toll rose to 15, the monitor said later.")
    evs = violent(events(resources, text, "Air strikes kill 12 near Damascus", published="2023-05-17"))
    assert len(evs) == 1


def test_each_town_of_a_round_up_keeps_its_own_toll(resources):
    # Kafr Zita and Khan Shaykhun lie about 12 km apart, in two provinces: each town's strikes,
    # told with a toll of their own, are an incident of their own; the toll told after a region
    # stays with the strikes in that region, not with those in another province's region
    text = ("Warplanes hit the rebels' positions in the Eastern Ghouta region east of the capital on Monday. "
            "The air force also hit positions of the rebels in Kafr Zita in the northern countryside of Hama "
            "province. Seven fighters were killed in the air strikes. "
            "In the neighbouring Idlib province, 10 fighters were killed in air strikes on Khan Shaykhun.")
    evs = violent(events(resources, text, "Air strikes across Syria", published="2023-05-16"))
    tolls = {(e.place.place or e.place.within).admin1: toll(e) for e in evs}
    assert tolls == {"Rif-dimashq": None, "Hama": 7, "Idlib": 10}
    # two towns a few km apart, each with its toll, are two incidents
    text = ("Air strikes on the town of Harasta killed 12 people on Monday, a monitor said. "
            "In Douma, five people were killed in air strikes, the monitor said.")
    evs = violent(events(resources, text, "Air strikes kill 12 near Damascus", published="2023-05-16"))
    assert sorted((e.place.surface, toll(e)) for e in evs) == [("Douma", 5), ("Harasta", 12)]


def test_a_victim_who_also_turned_up_at_a_hospital_or_came_from_a_town_opens_no_incident(resources):
    # the hospital a victim reached and a victim's home town are not where anything happened
    text = ("Four men were shot outside a restaurant in Newport News on Tuesday night, police said. "
            "Police were later told that a gunshot victim had also arrived at the Hampton VA Hospital. "
            "John Doe, 27, of Hampton was shot in the leg, police said.")
    evs = violent(events(resources, text, "Four shot outside restaurant", published="2023-05-17"))
    assert [e.place.surface for e in evs] == ["Newport News"]


def test_a_new_thread_is_not_the_toll_told_before_it(resources):
    # a toll agrees with any kind of violence; a thread opened after it is not that toll's
    text = ("At least 10 militants were killed in the soldiers' attacks on Monday in a region north of Homs. "
            "The fighter jets meantime targeted the militants' positions in Homs province.")
    evs = violent(events(resources, text, published="2023-05-16"))
    assert sorted((e.sub_event_type, toll(e)) for e in evs) == [("Air/drone strike", None), ("Armed clash", 10)]


def test_ground_is_taken_village_by_village(resources):
    # two captures in one province, of villages the gazetteer lacks, told in two sentences
    text = ("Government forces regained control of the villages of Tell Wazzani and Kfar Soussa in the northern "
            "countryside of Aleppo on Monday. The army also won back the village of Umm Adasiya on Tuesday, in the eastern "
            "countryside of Aleppo.")
    evs = [e for e in events(resources, text, published="2023-05-17") if e.sub_event_type == "Government regains territory"]
    assert len(evs) == 2
    # one village however the words call it
    from crossbearing.events.threads import _village_key

    assert _village_key("Minian town") == _village_key("the town of Minian") == _village_key("al-Minian")


def test_an_earlier_days_attack_on_another_unknown_village_is_another_incident(resources):
    # a Sunday bulletin: the undated attack is the day's; "On Thursday" on another village the
    # gazetteer lacks is Thursday's attack, and does not lend the day's its date
    text = ("A man was injured in a rocket attack on Qarfa village in Quneitra province. "
            "The militants fired three rocket shells on Qarfa village, damaging houses. "
            "On Thursday two children were injured in a rocket attack on Zuwayra village in Quneitra province.")
    evs = violent(events(resources, text, "Rocket attacks in Quneitra", published="2023-05-14"))
    assert sorted(e.time.start[:10] for e in evs) == ["2023-05-11", "2023-05-14"]
    # the same village again on the earlier day is the same attack told with its day
    text = ("A man was injured in a rocket attack on Qarfa village in Quneitra province. "
            "On Thursday the militants fired three rocket shells on Qarfa village, damaging houses.")
    assert len(violent(events(resources, text, "Rocket attack in Quneitra", published="2023-05-14"))) == 1


def test_an_earlier_day_at_a_street_is_no_other_village(resources):
    # a follow-up names the street of the shooting with its day: the same shooting
    text = ("Police have charged a man in a recent shooting in Brockton that killed one man. "
            "Four people were shot in the area of Wexley Street at about 5:45 p.m. on June 27.")
    assert len(violent(events(resources, text, "Man charged in fatal shooting", published="2015-07-09"))) == 1


def test_another_toll_in_an_air_raid_is_another_incident(resources):
    # "Another five … in an air raid on …": more dead of another raid, not of the one just told
    text = ("The air force attacked a crowded market in an eastern district of Aleppo on Friday, killing 11 people. "
            "Another five people were killed in an air raid on a southern neighbourhood of the city.")
    evs = violent(events(resources, text, "Air raids kill 16 in Aleppo", published="2016-07-02"))
    assert sorted(toll(e) for e in evs) == [5, 11]
    # the same raid's further dead are the same incident
    text = ("The air force attacked a crowded market in an eastern district of Aleppo on Friday, killing 11 people. "
            "Another five people were killed in the attack, rescuers said.")
    assert len(violent(events(resources, text, "Air raid kills 16 in Aleppo", published="2016-07-02"))) == 1


def test_a_toll_told_by_itself_goes_on_telling_the_attack_before_it(resources):
    # the sentence before names a village and the city it lies near: the bare toll that follows
    # carries the city's name from it, yet tells the blast in the village, not another incident
    text = ("On Sunday a man threw a grenade into a house in the village of Kafr Nubl, north-west of the "
            "city of Idlib. Three people were killed and four others injured, residents said.")
    evs = violent(events(resources, text, "Grenade attack on a house", published="2023-05-17"))
    assert len(evs) == 1 and toll(evs[0]) == 3
    # a toll that names its own town is that town's, as before
    text = ("On Sunday a man threw a grenade into a house in the village of Kafr Nubl, north-west of the "
            "city of Idlib. In Saraqib, three people were killed in shelling, residents said.")
    evs = violent(events(resources, text, "Attacks in Idlib province", published="2023-05-17"))
    assert len(evs) == 2
    # a place far from the incident that sentence tells ("… blame on Damascus") locates nothing:
    # the toll after it is not the gas attack's
    text = ("Warplanes struck an air base near Homs late on Thursday. The strike was a response to a gas "
            "attack in the town of Khan Shaykhun on Tuesday, which the allies blame on Damascus. "
            "\"Five people were killed and seven others injured,\" the governor said.")
    evs = violent(events(resources, text, "Strike on air base", published="2017-04-07"))
    assert not any(e.sub_event_type == "Chemical weapon" and toll(e) for e in evs)
