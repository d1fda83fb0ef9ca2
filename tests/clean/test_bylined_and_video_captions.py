"""Clean: CNN archive pages run the lead photo's caption into the date-and-byline line, and newspaper pages head an
embedded video's caption with its running time: neither is the article's reporting, and the events stage codes nothing
from them.  A Reuters video page's own title and summary after the script ("... -LRB- 1:46 -RRB- Nov. 16 - ...") is
the page's story, dated as the article, and stays."""

from __future__ import annotations

from dateline.clean import find_excluded

LEDE = ("Thousands of people marched through the capital on Tuesday to demand the resignation of the interior "
        "minister , witnesses said .")
MORE = "Police fired tear gas at the marchers near the parliament building , the witnesses said ."


def _excluded(text):
    return [(r.reason, text[r.start:r.end]) for r in find_excluded(text)]


def test_a_caption_run_into_the_cnn_byline_is_excluded_with_it():
    line = ("March 02 , 2011 | By Jane Roe and John Doe , CNN Protesters clash with riot police outside the "
            "parliament building in the capital on Tuesday .")
    text = f"{line}\n{LEDE}\n{MORE}\n"
    assert _excluded(text) == [("caption.cnn_archive_byline", line)]


def test_a_byline_of_another_outlet_or_without_the_bar_is_not_this_caption():
    text = ("March 02 , 2011 | By Jane Roe , Springfield Gazette Protesters clash with riot police on Tuesday .\n"
            f"{LEDE}\n"
            "The minister , interviewed by Jane Roe , CNN reporter , said he would not resign .\n"
            f"{MORE}\n")
    assert [reason for reason, _ in _excluded(text)] == []


def test_a_video_caption_headed_by_its_running_time_is_excluded():
    caption = "Video (02:18) : Protesters said at least two gunmen opened fire outside the encampment."
    text = f"{caption}\n\n{LEDE}\n\n{MORE}\n"
    assert _excluded(text) == [("caption.video_running_time", caption)]


def test_no_event_is_coded_from_the_byline_caption_but_the_video_summary_stays(pipeline):
    from dateline.model import Article

    text = ("January 25 , 2011 | By Jane Roe , CNN Demonstrators clash with Egyptian police in central Cairo during a "
            "protest over the economy .\n"
            "People across Egypt took to the streets on Tuesday in demonstrations against corruption .\n"
            "Jane Roe , Reuters .\n"
            "Arab League meets after Syria 's suspension -LRB- 1:46 -RRB- Nov. 16 - Arab foreign ministers met in "
            "Morocco , calling for an end to violence in Syria .\n")
    assert [r.reason for r in find_excluded(text)] == ["caption.cnn_archive_byline"]
    result = pipeline.process(Article(id="t", text=text, date="2011-11-16"))
    triggers = {e.trigger.text for e in result.events}
    assert "took to the streets" in triggers or "demonstrations" in triggers
    assert "met" in triggers
    assert "clash" not in triggers
