"""extract/places: newspaper names vs headlines that end in a source's name (made-up text)."""

from crossbearing.extract.places import outlet_spans


def test_a_paper_is_named_with_its_article():
    text = "the Springfield Herald reported"
    assert (4, 22) in outlet_spans(text, None)


def test_a_place_after_in_is_no_paper():
    text = "Shelling kills four in Damascus Monitor AFP"
    assert outlet_spans(text, None) == []
