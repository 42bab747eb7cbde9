"""Fast tests of the events building blocks: taxonomy, lexicon, detection, roles, model file."""

from __future__ import annotations

import json

import pytest

from crossbearing.events import taxonomy
from crossbearing.events.actor_names import template_of
from crossbearing.eval.events import actor_key
from crossbearing.events.actors import assign_roles, find_actors
from crossbearing.events.detect import candidate, decide
from crossbearing.events.lexicon import cue_tokens, find_cues
from crossbearing.events.training import LEGACY_MODEL_FILE, MODEL_DIR, MODEL_FILE, load_model, save_bundle


def test_taxonomy_tables_consistent():
    assert len(taxonomy.SUB_TO_TYPE) == 25 and len(taxonomy.EVENT_TYPES) == 6
    assert set(taxonomy.PLOVER) == set(taxonomy.SUB_TO_TYPE)
    assert taxonomy.disorder_type("Peaceful protest") == "Demonstrations"
    assert taxonomy.disorder_type("Mob violence") == "Political violence"
    assert taxonomy.disorder_type("Arrests") == "Strategic developments"
    assert taxonomy.disorder_type("nonsense") is None
    assert taxonomy.plover_of("Air/drone strike") == ("FIGHT", "aerial")
    assert taxonomy.plover_of("Air/drone strike", civilians_targeted=True) == ("ASSAULT", "aerial")
    assert taxonomy.interaction(1, 2) == 12 and taxonomy.interaction(8, 1) == 18
    assert taxonomy.interaction(6, None) == 60 and taxonomy.interaction(None, None) == 0


def test_lexicon_cues_and_tokens():
    names = {h.cue for h in find_cues("Warplanes carried out airstrikes and shelled the village with mortars.")}
    assert {"airstrike", "shelling"} <= names
    toks = cue_tokens("On 3 May 2022, residents protested in X. [size=no report]").split()
    assert "cue_protest" in toks and "size_noreport" in toks


def test_candidate_planned_and_aggregate_flags():
    t = "The next round of these talks is slated to begin Thursday in Astana."
    c = candidate(t, 0, len(t))
    assert c is not None and c.planned and c.trigger.cue == "talks"
    t2 = "Coalition airstrikes had killed 7,000 civilians between 2014 and 2017."
    c2 = candidate(t2, 0, len(t2))
    assert c2 is not None and c2.multi_year and c2.rule_sub == "Air/drone strike"
    assert candidate("Lapin addressed the press on Tuesday.", 0, 37) is None


def test_decide_rules_and_classifier():
    t = "Drones struck a convoy near the town."
    c = candidate(t, 0, len(t))
    assert decide(c, "Peaceful protest", 0.9)[0] == "Air/drone strike"  # a strong cue wins
    t = "Fighters clashed with the army near the town."
    c = candidate(t, 0, len(t))
    assert decide(c, "Armed clash", 0.8) == ("Armed clash", 0.8)
    assert decide(c, "Peaceful protest", 0.8)[0] == "Armed clash"  # type not allowed by the triggers


def test_roles_passive_agent_and_civilians():
    t = "Twelve villagers were killed by Islamic State fighters."
    trig = t.index("killed")
    r = assign_roles(t, 0, len(t), (trig, trig + 6), None, None)
    assert r.actor1 is not None and r.actor1.name == "Islamic State"
    t = "Coalition airstrikes killed 12 members of a single family."
    trig = t.index("airstrikes")
    r = assign_roles(t, 0, len(t), (trig, trig + 10), None, None)
    assert r.actor1.name == "US-led coalition" and r.civilians
    hits = find_actors("The Syrian Arab Army and Russian warplanes pounded Daesh.")
    assert [h.name for h in hits] == ["Military Forces of Syria", "Military Forces of Russia", "Islamic State"]


def test_actor_templates():
    assert template_of("Military Forces of Syria (2000-)", "Syria") == "Military Forces of {C}"
    assert template_of("Protesters (Bolivia)", "Bolivia") == "Protesters ({C})"
    assert actor_key("Military Forces of Russia (2000-)") == actor_key("military forces of russia")


def test_shipped_model_is_small_recorded_and_predicts():
    meta = json.loads((MODEL_DIR / "events.json").read_text())
    assert meta["seed"] == 13 and len(meta["training_data"]["sha256"]) == 64
    assert meta["model"] == MODEL_FILE and (MODEL_DIR / MODEL_FILE).stat().st_size < 8_000_000
    bundle = load_model()
    if bundle is None:
        pytest.skip("model not trained")
    subs, conf = bundle["type_model"].predict([
        "On 3 May 2022, around 200 teachers staged a protest in front of the ministry. [size=around 200]",
        "On 4 May 2022, Russian forces shelled Kharkiv with artillery and MLRS. 2 civilians were injured.",
        "On 5 May 2022, police arrested three members of a gang in the city.",
    ])
    assert subs == ["Peaceful protest", "Shelling/artillery/missile attack", "Arrests"]
    assert all(0.5 <= c <= 1.0 for c in conf)
    names = bundle["actor_namer"].predict(["On 3 May 2022, teachers staged a protest. [size=no report]"], ["Bolivia"])
    assert names[0][0] == "Protesters (Bolivia)" and names[0][1] == 6


def test_allies_are_associated_not_targets():
    t = "In December, Syrian troops, backed by Russian air force, managed to gain full control of Aleppo."
    i = t.index("gain full control")
    r = assign_roles(t, 0, len(t), (i, i + 17), None, None)
    assert r.actor1.name == "Military Forces of Syria" and r.actor2 is None
    assert [h.name for h in r.assoc1] == ["Military Forces of Russia"]


def test_sources_are_not_actors():
    assert find_actors("Police said the gunman fled.")[0].name == "Unidentified Armed Group"
    assert find_actors("Five people were shot, according to police.") == []


def test_alias_table_extends_actor_patterns():
    from crossbearing.events.actors import alias_hits

    t = "JNIM militants attacked a Malian army post near Boni."
    hits = alias_hits(t, [(0, 4)])
    if not hits:
        pytest.skip("figures alias table not available")
    assert hits[0].name == "JNIM: Group for Support of Islam and Muslims" and hits[0].inter == 2
    found = find_actors(t, extra=hits)
    assert found[0].name.startswith("JNIM")



def test_an_actor_namer_with_two_templates_picks_either():
    from crossbearing.events.actor_names import ActorNamer

    notes = ["Unknown gunmen shot dead a trader.", "Unknown gunmen shot dead a farmer.",
             "Unknown gunmen shot dead a driver.", "Unknown gunmen shot dead a teacher.",
             "Students marched demanding lower fees.", "Teachers marched over pay.",
             "Farmers marched against the new law.", "Workers marched over wages."]
    rows = [{"actor1": "Unidentified Armed Group (Ruritania)", "country": "Ruritania", "inter1": 3}] * 4 + \
           [{"actor1": "Protesters (Ruritania)", "country": "Ruritania", "inter1": 6}] * 4
    namer = ActorNamer.fit(notes, rows, min_count=3)
    # one decision function for two classes: it must not always give the first
    assert namer.predict(["Unknown gunmen shot dead two traders.", "Doctors marched over wages."],
                         ["Ruritania", "Ruritania"]) == [("Unidentified Armed Group (Ruritania)", 3),
                                                         ("Protesters (Ruritania)", 6)]


def test_bundle_saved_loads_back_and_a_legacy_joblib_bundle_still_loads(tmp_path):
    """The shipped format is a plain pickle in xz (fast to load in every worker); a folder
    trained by an older version holds events.joblib, and `event_model_dir` may point at it."""
    import joblib

    bundle = load_model()
    if bundle is None:
        pytest.skip("model not trained")
    note = "On 4 May 2022, Russian forces shelled Kharkiv with artillery. 2 civilians were injured."
    want = bundle["type_model"].predict([note])[0]
    (tmp_path / "new").mkdir()
    save_bundle(bundle, tmp_path / "new")
    assert load_model(tmp_path / "new")["type_model"].predict([note])[0] == want
    (tmp_path / "old").mkdir()
    joblib.dump(bundle, tmp_path / "old" / LEGACY_MODEL_FILE)
    assert load_model(tmp_path / "old")["type_model"].predict([note])[0] == want
    assert load_model(tmp_path) is None  # no bundle: rules only


def test_a_bombing_whose_author_no_report_names_is_an_unidentified_armed_groups():
    from crossbearing.events.taxonomy import perpetrator

    assert perpetrator(None, None, "Suicide bomb") == ("Unidentified Armed Group", 3)
    assert perpetrator(None, None, "Remote explosive/landmine/IED") == ("Unidentified Armed Group", 3)
    assert perpetrator("Islamic State", 2, "Suicide bomb") == ("Islamic State", 2)
    assert perpetrator(None, None, "Air/drone strike") == (None, None)  # a state's arm, never guessed
