"""The non-English check: other languages and scripts are named; English news passes."""

from __future__ import annotations

import pytest

from dateline.clean.language import detect_non_english
from dateline.engine.local import code_batch
from dateline.model import Article, InputProblem, Origin

FOREIGN = {
    "French": "Le gouvernement nigérien a annoncé samedi qu'il mettait fin avec effet immédiat à son accord de "
              "coopération militaire avec les États-Unis. Cette déclaration intervient au lendemain du départ "
              "d'une délégation américaine de haut niveau, après une visite de trois jours.",
    "Spanish": "El gobierno de Níger anunció el sábado que pone fin con efecto inmediato a su acuerdo de "
               "cooperación militar con Estados Unidos. La declaración se produce un día después de que una "
               "delegación estadounidense de alto nivel abandonara el país tras una visita de tres días.",
    "German": "Die Regierung von Niger hat am Samstag angekündigt, dass sie ihr Abkommen über die militärische "
              "Zusammenarbeit mit den Vereinigten Staaten mit sofortiger Wirkung beendet. Die Erklärung kommt "
              "einen Tag nachdem eine hochrangige Delegation das Land verlassen hat.",
    "Cyrillic": "Правительство Нигера объявило в субботу о прекращении соглашения о военном сотрудничестве с "
                "США с немедленным вступлением в силу. Заявление прозвучало после визита делегации.",
    "Arabic": "أعلنت حكومة النيجر يوم السبت أنها ستنهي اتفاقية التعاون العسكري مع الولايات المتحدة بأثر فوري "
              "وذلك بعد يوم من مغادرة وفد أمريكي رفيع المستوى.",
    "CJK": "尼日尔政府周六宣布，立即终止与美国的军事合作协议。此前一天，美国高级代表团结束了为期三天的访问，"
           "旨在与推翻总统的军政府重新建立联系。",
}

ENGLISH = [
    "The Nigerien government announced on Saturday that it was terminating its military cooperation agreement "
    "with the United States with immediate effect. The statement comes just a day after a senior U.S. "
    "delegation left Niger, following a three-day visit.",
    # English with many names and a French quotation: still English.
    "Emmanuel Macron told Le Monde that France \"ne partira pas\" from the Sahel, but aides in Paris said the "
    "withdrawal of troops from Mali and Burkina Faso would be completed by the end of the year, and that the "
    "embassy in Niamey would stay closed.",
    "Short headline: Niger junta ends US pact",  # too short to judge
    "",
]


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_other_languages_and_scripts_are_named(language):
    reason = detect_non_english(FOREIGN[language])
    assert reason is not None and language in reason


@pytest.mark.parametrize("text", ENGLISH)
def test_english_passes(text):
    assert detect_non_english(text) is None


def test_founding_example_is_english(sample_path):
    assert detect_non_english(sample_path.read_text(encoding="utf-8")) is None


@pytest.mark.model
def test_code_batch_reports_non_english_in_place(sample_path, pipeline):
    text = sample_path.read_text(encoding="utf-8").split("\n", 1)[1]
    articles = [Article("en-1", text, "2024-03-17", origin=Origin("a.jsonl", 1)),
                Article("fr-1", FOREIGN["French"], "2024-03-17", origin=Origin("a.jsonl", 2)),
                Article("en-2", text, "2024-03-17", origin=Origin("a.jsonl", 3))]
    out = code_batch(articles)
    assert [getattr(o, "id", None) for o in out] == ["en-1", None, "en-2"]
    problem = out[1]
    assert isinstance(problem, InputProblem)
    assert str(problem).startswith("a.jsonl:2: ") and "'fr-1' is not English" in problem.message
    assert "French" in problem.message and problem.message.endswith("not coded")
