from crossbearing.geo.forms import mention_form
from crossbearing.geo.normalise import key, keys, loose_key, strip_article


def test_spellings_meet_at_one_key():
    assert {key(x) for x in ["Deir Ezzor", "Deir ezzor", "Deir Ez-Zor", "Deir ez-Zor", "DEIR EZ ZOR"]} == {"deirezzor"}
    assert key("Ḩalab") == key("Halab")


def test_arabic_article_is_optional():
    assert strip_article("al-Shahabat") == "Shahabat"
    assert strip_article("Ar Raqqah") == "Raqqah"
    assert strip_article("Alabama") is None
    assert "raqqah" in keys("Ar Raqqah") and "arraqqah" in keys("Ar Raqqah")
    assert loose_key("Raqqa") == loose_key("ar-Raqqah")


def _form(text, name):
    i = text.index(name)
    return mention_form(text, i, i + len(name))


def test_wording_sets_the_kind():
    f = _form("fighting in Latakia province on Monday", "Latakia")
    assert f.kind == "province" and f.core == "Latakia" and f.explicit
    assert _form("in Syria's western province of Idlib, where", "Idlib").kind == "province"
    assert _form("the eastern city of Deir ezzor from", "Deir ezzor").kind == "place"
    w = _form("banks of the Euphrates River,", "Euphrates River")
    assert w.kind == "water" and w.core == "Euphrates"
    assert _form("at the Hmeymim Air Base in", "Hmeymim Air Base").kind == "facility"
    assert _form("clashes near Aleppo.", "Aleppo").near
    assert _form("Damascus is", "Damascus").kind is None
    # an agency's "X southern province": where the province lies, then its level word
    text = "a rocket fell on a village in Quneitra southern province."
    f = _form(text, "Quneitra")
    assert f.kind == "province" and f.core == "Quneitra" and text[f.start:f.end] == "Quneitra southern province"
    f = _form("in Latakia coastal governorate", "Latakia coastal governorate")
    assert f.kind == "province" and f.core == "Latakia"
    assert _form("the Quneitra southern front", "Quneitra").kind is None


def test_a_lower_case_word_for_a_town_after_the_name_says_it_is_a_town():
    f = _form("protests in Varo city (Keld district) on Monday", "Varo")
    assert f.kind == "place" and f.core == "Varo" and f.explicit and f.end == len("protests in Varo city")
    assert _form("residents of Kesta township in", "Kesta").kind == "place"
    assert _form("the Kesta City Council", "Kesta").kind is None  # a name's own word, in capitals
    assert _form("killed in the Florida town of Bell", "Florida").modifier
    assert _form("a small Ohio town outside Lima", "Ohio").modifier
    assert not _form("held a protest in Chittagong city on Monday", "Chittagong").modifier
