"""The light sentence splitter the figure readers use."""

from crossbearing.figures.sentences import split_sentences


def _split(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_sentence_end_glued_to_the_next_paragraph_still_ends_the_sentence():
    # scraped pages often lose the space between paragraphs
    text = "Three people were killed, officials said.The gunman, 38, had shot 30 rounds at the plant."
    assert _split(text) == ["Three people were killed, officials said.",
                            "The gunman, 38, had shot 30 rounds at the plant."]


def test_abbreviations_and_names_with_a_dot_stay_whole():
    assert _split("Mr.Smith went to St.Louis on Friday. He booked on Hotels.com today.") == [
        "Mr.Smith went to St.Louis on Friday.", "He booked on Hotels.com today."]
    assert _split("Troops of the U.S. Army arrived at 9 a.m. Monday.") == [
        "Troops of the U.S. Army arrived at 9 a.m. Monday."]
