"""The alias table: one canonical name across spellings, and user extensions."""

import json

import pytest

from crossbearing.figures.aliases import canonical_actor, load_table


@pytest.mark.parametrize("name", ["Lapin", "Alexander Lapin", "Aleksandr Lapin", "Alexandr Lapin",
                                  "Lieutenant General Aleksandr Lapin", "Lt. Gen. Lapin"])
def test_lapin_variants(name):
    assert canonical_actor(name)[:2] == ("Aleksandr Lapin", "person")


@pytest.mark.parametrize("name", ["Daesh", "IS", "Isis", "ISIS", "ISIL", "Islamic State"])
def test_islamic_state_variants(name):
    assert canonical_actor(name)[0] == "Islamic State"


def test_acled_names_and_codes():
    assert canonical_actor("SAA") == ("Military Forces of Syria", "state_force", "Military Forces of Syria (2000-)", 1)
    assert canonical_actor("Syrian forces")[2] == "Military Forces of Syria (2000-)"
    assert canonical_actor("the Syrian Observatory for Human Rights")[0] == "Syrian Observatory for Human Rights"
    assert canonical_actor("SOHR")[0] == "Syrian Observatory for Human Rights"
    assert canonical_actor("Hizbollah")[0] == "Hezbollah"
    assert canonical_actor("al-Nusra Front")[0] == canonical_actor("HTS")[0]
    assert canonical_actor("Sergei Shoigu")[0] == canonical_actor("Sergey Shoygu")[0]


def test_unknown_and_common_words():
    assert canonical_actor("is") is None
    assert canonical_actor("Syria") is None
    assert canonical_actor("") is None
    assert canonical_actor("x" * 500) is None


def test_user_extension(tmp_path):
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"entities": [
        {"name": "Aleksandr Lapin", "kind": "person", "aliases": ["A. P. Lapin"]},
        {"name": "Wagner Group", "kind": "armed_group", "aliases": ["Wagner", "PMC Wagner"],
         "acled": "Wagner Group", "inter": 8},
    ]}))
    table = load_table(str(extra))
    assert canonical_actor("PMC Wagner", table) == ("Wagner Group", "armed_group", "Wagner Group", 8)
    assert canonical_actor("A. P. Lapin", table)[0] == "Aleksandr Lapin"
    assert canonical_actor("Alexander Lapin", table)[0] == "Aleksandr Lapin"


def test_unreadable_user_table_says_why(tmp_path):
    with pytest.raises(ValueError, match="cannot read alias table"):
        load_table(str(tmp_path / "missing.json"))
