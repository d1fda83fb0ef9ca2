"""Clean: captions, inserted headlines, bylines and furniture are excluded; reporting is not."""

from __future__ import annotations

from dateline.clean import find_excluded, paragraphs
from dateline.ingest import read_path


def _excluded_texts(text):
    return [(r.kind, text[r.start:r.end]) for r in find_excluded(text)]


def test_founding_example_caption_and_related_headline(sample_path):
    (article,) = list(read_path(str(sample_path)))
    found = _excluded_texts(article.text)
    kinds = [k for k, _ in found]
    assert kinds == ["caption", "related_headline"]
    assert found[0][1].startswith("U.S. Secretary of State Antony Blinken (left) poses for a photo")
    assert found[0][1].endswith("Photo: AP")
    assert found[1][1] == "France will end its military presence in Niger after the coup"


def test_offsets_point_into_unchanged_text():
    text = "Rebels seized the town.\n\nBy Jane Doe, Reuters\n\nThe army said it would retake it.\n"
    for r in find_excluded(text):
        assert text[r.start:r.end] == text[r.start:r.end].strip()
    assert _excluded_texts(text) == [("byline", "By Jane Doe, Reuters")]


def test_reporting_paragraphs_are_kept():
    text = ("The minister met his counterpart in Paris on Monday.\n\n"
            "Talks focused on trade and security.\n\n"
            "Both sides agreed to meet again in May.\n")
    assert find_excluded(text) == []


def test_hard_wrapped_text_is_not_mistaken_for_headlines():
    text = ("Guerrillas attacked a police post in the north of the\n"
            "country on Tuesday, killing three officers, the army\n"
            "said in a statement issued in the capital.\n")
    assert find_excluded(text) == []


def test_long_paragraph_mentioning_a_photo_is_reporting():
    text = ("The minister, who refused to pose for a photo with the visiting delegation, said the talks "
            "had failed and that the government would recall its ambassador, a decision opposition "
            "parties condemned as rash and which analysts said could harm trade between the two "
            "countries for years to come, according to officials who spoke on condition of anonymity "
            "because they were not authorised to speak to the press about the matter.")
    assert find_excluded(text) == []


def test_read_more_reporting_by_and_credits():
    text = ("Protesters marched in the capital.\n"
            "Read more: Opposition calls for new elections\n"
            "Police used tear gas. REUTERS/John Smith\n"
            "Reporting by Jane Doe; Editing by Mark Roe\n")
    kinds = [k for k, _ in _excluded_texts(text)]
    assert kinds == ["read_more", "caption", "byline"]


def test_a_related_story_label_run_into_its_headline():
    # (session 50: a gva page opens with "Related Coverage" run into the linked headline, no colon between them)
    text = ("Related Coverage Police continue investigation into 4-year-old accidentally shot\n\n"
            "ORCHARD PARK, N.Y. (WIVB) - No one will be criminally charged in the accidental discharge of a gun.\n\n"
            "Related news reports said the girl was recovering.\n")
    assert _excluded_texts(text) == [
        ("read_more", "Related Coverage Police continue investigation into 4-year-old accidentally shot")]


def test_paragraphs_split_on_blank_lines_when_present():
    text = "First line\nsame paragraph.\n\nSecond."
    assert [p.text for p in paragraphs(text)] == ["First line\nsame paragraph.", "Second."]
