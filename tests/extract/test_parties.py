"""extract/parties: a country or capital named as a state that acts or speaks is no place (made-up text)."""

from types import SimpleNamespace

import pytest

from crossbearing.extract.parties import names_a_party

COUNTRY = SimpleNamespace(kind="country", fcode="PCLI")
CAPITAL = SimpleNamespace(kind="place", fcode="PPLC")
TOWN = SimpleNamespace(kind="place", fcode="PPL")


def _party(text, name, entry):
    i = text.index(name)
    return names_a_party(text, i, i + len(name), entry)


@pytest.mark.parametrize("text,name,entry", [
    ("Russia says it killed seven commanders in Idlib", "Russia", COUNTRY),
    ("Moscow has repeatedly demanded that the alliance be disbanded", "Moscow", CAPITAL),
    ("a row broke out after Washington accused Moscow of the raid", "Moscow", CAPITAL),
    ("a row broke out after Washington accused Moscow of the raid", "Washington", CAPITAL),
    ("The talks are sponsored by Turkey which backs the rebels", "Turkey", COUNTRY),
    ("US Secretary of State John Kerry met his counterpart", "US", COUNTRY),
    ("the ceasefire agreed under the Munich agreement", "Munich", CAPITAL),
    ("rebels walked out of the Astana talks", "Astana", CAPITAL),
    ("Turkey would not allow a Kurdish state", "Turkey", COUNTRY),
    ("the raid showed that Russia is unwilling to change course", "Russia", COUNTRY),
    ("The US involvement has been criticised", "US", COUNTRY),
    ("Tensions between Ankara and the militants grew", "Ankara", CAPITAL),
    ("the attacks prompted Ankara to launch an operation", "Ankara", CAPITAL),
])
def test_a_state_that_acts_or_speaks_is_no_place(text, name, entry):
    assert _party(text, name, entry)


@pytest.mark.parametrize("text,name,entry", [
    ("Damascus was hit by mortar fire", "Damascus", CAPITAL),
    ("Damascus has been shelled for a week", "Damascus", CAPITAL),
    ("Damascus struck by mortars", "Damascus", CAPITAL),
    ("residents in Damascus said the blast shook their homes", "Damascus", CAPITAL),
    ("Fighting raged in Syria on Monday", "Syria", COUNTRY),
    ("Syria strikes kill 15", "Syria", COUNTRY),
    ("He travelled to Turkey last week", "Turkey", COUNTRY),
    ("Aleppo says goodbye to its old market", "Aleppo", TOWN),
    ("Syria is the most dangerous country for aid workers", "Syria", COUNTRY),
    ("shelling along the border between Syria and Turkey", "Syria", COUNTRY),
])
def test_a_place_where_something_happens_stays(text, name, entry):
    assert not _party(text, name, entry)
