"""Page furniture (``crossbearing.events.cues``) read with the text around a sentence."""

from __future__ import annotations

from crossbearing.events.cues import is_furniture


def test_a_wire_agencys_photo_credit_closes_the_caption_before_it():
    # a credit that opens the next sentence closes the caption before it; the story after it stays
    caption = "A fighter rests beside the grain silos after the group took control of the town on July 1."
    page = caption + " (Reuters Photo) Airstrikes on two villages killed 40 civilians on Tuesday."
    assert is_furniture(page, 0, caption)
    lead = page[len(caption) + 1:]
    assert not is_furniture(page, len(caption) + 1, lead)
    assert not is_furniture(caption + " Reuters reported the strikes.", 0, caption)
    # a local paper's "(Photo: name)" credit often follows a caption of the story's own scene
    assert not is_furniture(caption + " (Photo: Jane Doe, The Daily Star) Police said four were shot.", 0, caption)
