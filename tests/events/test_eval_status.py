"""``dateline eval status``: gold status from TimeML polarity, modality, tense and SLINKs, and the score of
status.modality against it, on tiny TimeML files written for these tests (sentences of our own)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from dateline.eval.status import evaluate, gold_statuses, polarity_inverted, run


def _tml(text: str, instances: list[str], slinks: list[str] = ()) -> str:
    """A TimeML file: ``text`` with inline EVENT tags, one MAKEINSTANCE attribute string per event e1, e2, ..."""
    lines = [f'<MAKEINSTANCE eventID="e{i}" eiid="ei{i}" {attrs}/>' for i, attrs in enumerate(instances, start=1)]
    links = [f'<SLINK lid="l{i}" relType="{rel}" eventInstanceID="ei{g}" subordinatedEventInstance="ei{s}"/>'
             for i, (rel, g, s) in enumerate(slinks, start=1)]
    return ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>t</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" '
            'value="2001-05-04" temporalFunction="false" functionInDocument="CREATION_TIME">2001-05-04</TIMEX3></DCT>\n'
            f"<TEXT>{text}</TEXT>\n" + "\n".join(lines + links) + "\n</TimeML>\n")


def _ev(i: int, word: str) -> str:
    return f'<EVENT eid="e{i}" class="OCCURRENCE">{word}</EVENT>'


POS = 'tense="PAST" aspect="NONE" polarity="POS" pos="VERB"'
NEG = 'tense="PAST" aspect="NONE" polarity="NEG" pos="VERB"'


def _by_word(source: str) -> dict[str, str]:
    return {g.text: g.status for g in gold_statuses(source)}


def test_gold_polarity_modality_tense():
    text = (f"The army {_ev(1, 'shelled')} the port. The rebels did not {_ev(2, 'attack')} the town. "
            f"Envoys could {_ev(3, 'meet')} soon. Troops will {_ev(4, 'withdraw')} next week.")
    src = _tml(text, [POS, NEG, 'tense="NONE" aspect="NONE" polarity="POS" modality="COULD"',
                      'tense="FUTURE" aspect="NONE" polarity="POS"'])
    assert _by_word(src) == {"shelled": "factual", "attack": "negated", "meet": "hypothetical",
                             "withdraw": "future"}


def test_gold_slinks():
    text = (f"The minister {_ev(1, 'said')} the police {_ev(2, 'arrested')} ten men and {_ev(3, 'planned')} to "
            f"{_ev(4, 'release')} them, {_ev(5, 'urged')} the mayor to {_ev(6, 'resign')}, {_ev(7, 'refused')} to "
            f"{_ev(8, 'sign')} the deal and {_ev(9, 'accused')} the guards of {_ev(10, 'beating')} them. If the "
            f"talks {_ev(11, 'fail')}, the union would {_ev(12, 'strike')}. He {_ev(13, 'said')} it would "
            f"{_ev(14, 'retaliate')}.")
    would = 'tense="NONE" aspect="NONE" polarity="POS" modality="would"'
    src = _tml(text, [POS] * 11 + [would, POS, would],
               [("EVIDENTIAL", 1, 2), ("MODAL", 3, 4), ("MODAL", 5, 6), ("COUNTER_FACTIVE", 7, 8),
                ("EVIDENTIAL", 9, 10), ("CONDITIONAL", 11, 12), ("EVIDENTIAL", 13, 14)])
    got = _by_word(src)
    assert got["arrested"] == "factual"  # a plain report is no claim
    assert got["release"] == "future"  # planned
    assert got["resign"] == "hypothetical"  # asked of another
    assert got["sign"] == "negated"  # refused
    assert got["beating"] == "claimed"  # accused
    assert got["fail"] == got["strike"] == "hypothetical"  # both sides of a condition
    assert got["retaliate"] == "future"  # a reported "would"


def test_inverted_polarity_file():
    # a file whose NEG marks nearly every instance: there the POS ones are the negated events
    text = " ".join(f"They {_ev(i, 'met')} again." for i in range(1, 25)) + f" They did not {_ev(25, 'sign')} it."
    src = _tml(text, [NEG] * 24 + [POS])
    assert polarity_inverted(src)
    assert [g.status for g in gold_statuses(src)] == ["factual"] * 24 + ["negated"]
    # a short file with many negations is read as written
    short = _tml(" ".join(f"They did not {_ev(i, 'meet')}." for i in range(1, 4)), [NEG] * 3)
    assert not polarity_inverted(short) and {g.status for g in gold_statuses(short)} == {"negated"}


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("tbaq")
    even = (f"The rebels did not {_ev(1, 'attack')} the town on Monday. Soldiers {_ev(2, 'killed')} two men. "
            f"The president will {_ev(3, 'visit')} Paris next week.")
    odd = f"Police {_ev(1, 'arrested')} a man. The mayor may {_ev(2, 'resign')}."
    (root / "a.tml").write_text(_tml(even, [NEG, POS, 'tense="FUTURE" aspect="NONE" polarity="POS"']))
    (root / "b.tml").write_text(_tml(odd, [POS, 'tense="NONE" aspect="NONE" polarity="POS" modality="may"']))
    return root


def test_scores_status_modality_with_the_real_parse(tiny_dir, nlp):
    report = evaluate(tiny_dir, half="even", listing=True, nlp=nlp)
    assert report.documents == 1 and report.total() == 3
    assert report.pairs == {("negated", "negated"): 1, ("factual", "factual"): 1, ("future", "future"): 1}
    assert report.listing == []
    per, acc = report.scores()
    assert acc == 1.0 and per["negated"][:3] == (1.0, 1.0, 1.0)
    both = evaluate(tiny_dir, nlp=nlp)
    assert both.documents == 2 and both.total() == 5
    assert both.pairs[("hypothetical", "hypothetical")] == 1


def test_listing_names_a_wrong_status(tiny_dir, nlp, tmp_path):
    # gold says the killing was negated; dateline reads it factual: one listed row, precision of negated drops
    src = (tiny_dir / "a.tml").read_text().replace('eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS"',
                                                   'eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="NEG"')
    (tmp_path / "a.tml").write_text(src)
    report = evaluate(tmp_path, half="even", listing=True, nlp=nlp)
    assert len(report.listing) == 1 and "gold=negated\tsys=factual\tkilled" in report.listing[0]
    assert report.scores()[0]["negated"][1] == 0.5


def test_odd_listing_refused(tiny_dir):
    with pytest.raises(ValueError, match="score-only"):
        run(tiny_dir, half="odd", listing=True)


def test_cli_command(tiny_dir):
    from dateline.cli import app

    result = CliRunner().invoke(app, ["eval", "status", str(tiny_dir), "--half", "odd", "--list"])
    assert result.exit_code == 2
    result = CliRunner().invoke(app, ["eval", "status", str(tiny_dir), "--half", "odd"])
    assert result.exit_code == 0, result.output
    assert "event status on 1 TimeML files: 2 gold events" in result.output
    assert "accuracy 100.0%" in result.output


@pytest.mark.parametrize("text, word, status", [
    ("The council rejected the offer of the union.", "offer", "factual"),  # the offer rejected was made
    ("The rebels refused to sign the truce.", "sign", "negated"),  # a refusal: not signed
    ("The ministry declined to comment on the case.", "comment", "negated"),  # the statement refused
    ("The ministry declined to comment on the case.", "declined", "factual"),  # the refusal itself happened
    ("Japan is considering sending aid to the region.", "sending", "future"),  # an option for later
    ("Iran threatened to attack the tankers.", "attack", "future"),  # threatened: still to come
])
def test_dateline_side_of_the_score(nlp, text, word, status):
    from dateline.eval.status import system_status

    tok = next(t for t in nlp(text) if t.text == word)
    assert system_status(tok)[0] == status
