"""Clean: CNN archive pages run the lead photo's caption into the date-and-byline line, Reuters video pages list their
other videos (title, running time, dated blurb) after the script, and newspaper pages head a video's caption with its
running time.  None of it is the article's reporting: the events stage codes nothing from it."""

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


def test_a_video_teaser_with_its_running_time_and_date_is_excluded():
    teaser = ("Jane Roe , Reuters Ministers meet after the league suspends its member -LRB- 1:46 -RRB- Nov. 16 - "
              "Foreign ministers met in the capital , calling for an end to the violence .")
    plain = "Ministers meet over the crisis (2:03) Apr 24 - Foreign ministers met in the capital on Sunday ."
    text = f"{LEDE}\n{MORE}\n{teaser}\n{plain}\n"
    assert _excluded(text) == [("embed.video_teaser", teaser), ("embed.video_teaser", plain)]


def test_a_running_time_without_a_dated_blurb_is_kept():
    # a verse number, and a clip's length told in a sentence of reporting
    verse = "The preacher quoted the Quran -LRB- 4:29 -RRB- O you who believe , do not consume each others ' property ."
    told = "The group posted a short ( 3:47 ) video of the march on Tuesday , the organisers said ."
    text = f"{LEDE}\n{verse}\n{told}\n{MORE}\n"
    assert find_excluded(text) == []


def test_a_video_caption_headed_by_its_running_time_is_excluded():
    caption = "Video (02:18) : Protesters said at least two gunmen opened fire outside the encampment."
    text = f"{caption}\n\n{LEDE}\n\n{MORE}\n"
    assert _excluded(text) == [("caption.video_running_time", caption)]


def test_no_event_is_coded_from_the_byline_caption_or_the_teaser(pipeline):
    from dateline.model import Article

    text = ("January 25 , 2011 | By Jane Roe , CNN Demonstrators clash with Egyptian police in central Cairo during a "
            "protest over the economy .\n"
            "People across Egypt took to the streets on Tuesday in demonstrations against corruption .\n"
            "Jane Roe , Reuters .\n"
            "Arab League meets after Syria 's suspension -LRB- 1:46 -RRB- Nov. 16 - Arab foreign ministers met in "
            "Morocco , calling for an end to violence in Syria .\n")
    result = pipeline.process(Article(id="t", text=text, date="2011-01-25"))
    triggers = {e.trigger.text for e in result.events}
    assert "took to the streets" in triggers or "demonstrations" in triggers
    assert not triggers & {"clash", "met", "meets", "calling"}
