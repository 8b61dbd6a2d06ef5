import pytest

from lagebild.clean.language import identify_language

GERMAN = ("Die Wirtschaftsweise Veronika Grimm hat vor einer längeren Rezession in Deutschland gewarnt. "
          "„Die Lage ist ernster, als viele glauben“, sagte die Ökonomin am Dienstag in Berlin.")
ENGLISH = ("The economist Veronika Grimm warned of a prolonged recession in Germany. "
           "The situation is more serious than many believe, she said in Berlin on Tuesday.")
FRENCH = ("L'économiste Veronika Grimm a mis en garde contre une récession prolongée en Allemagne. "
          "La situation est plus grave que beaucoup ne le pensent, a-t-elle déclaré mardi à Berlin.")
GERMAN_WITH_ENGLISH = ("Das Start-up launcht ein neues Feature für Machine Learning, sagte der CEO im Meeting. "
                       "Der Deal soll das Business Development im Home Office voranbringen.")


@pytest.mark.parametrize(
    ("text", "lang"),
    [(GERMAN, "de"), (ENGLISH, "en"), (FRENCH, "fr"), (GERMAN_WITH_ENGLISH, "de")],
)
def test_identify_language(text: str, lang: str) -> None:
    assert identify_language(text) == lang


@pytest.mark.parametrize("text", ["", "   \n", "2024 – 3,5 % | 12:30"])
def test_text_without_letters_is_undetermined(text: str) -> None:
    assert identify_language(text) == "und"


def test_short_german_keeps_german() -> None:
    assert identify_language("Merz tritt zurück") == "de"
    assert identify_language("Berlin") == "de"


def test_short_english_is_still_english() -> None:
    assert identify_language("The chancellor said he would resign.") == "en"


def test_only_a_bounded_prefix_decides() -> None:
    assert identify_language(GERMAN * 20 + ENGLISH * 200) == "de"
