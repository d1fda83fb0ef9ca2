"""Clean: a news site's video player and photo-sale buttons left in the text (USA TODAY network pages) mark
captions and playlists, not reporting; the events stage codes nothing from them and takes no actor from the
player's controls ("CLOSE Skip in Skip x Embed x Share" read as the subject of the caption's verb).  Also a list of
related-story links run into the end of the last paragraph (Times of India pages)."""

from __future__ import annotations

from dateline.clean import find_excluded


def _excluded(text):
    return [(r.reason, text[r.start:r.end]) for r in find_excluded(text)]


PLAYER = ("CLOSE Skip in Skip x Embed x Share Neighbours of a man shot dead on Tuesday night gather outside "
          "his house to talk about the attack. Jane Roe/Springfield Gazette")
LEDE = "A 40-year-old man was shot and killed on Tuesday night on the city's east side, police said."
MORE = "Officers arrested two suspects on Wednesday morning, the police chief told reporters."


def test_video_player_caption_is_excluded_and_the_article_kept():
    text = f"{PLAYER}\n\n{LEDE}\n\n{MORE}\n"
    assert _excluded(text) == [("embed.video_player", PLAYER)]


def test_video_playlist_paragraph_is_excluded_whole():
    playlist = ("CLOSE Skip in Skip x Embed x Share TOP STORIES Mayor opens new bridge | 1:12 The mayor cut the "
                "ribbon on the new bridge on Monday. City Desk 1 of 2 CLOSE Skip in Skip x Embed x Share TOP STORIES "
                "Fire guts warehouse | 0:45 Firefighters battled a blaze at a warehouse overnight and rescued two "
                "workers from the roof while crews from three towns kept the flames from the houses next to it. "
                "City Desk 2 of 2 Last VideoNext Video Mayor opens new bridge")
    assert len(playlist.split()) > 80  # longer than any caption: decided by the player's closing controls
    text = f"{LEDE}\n\n{playlist}\n\n{MORE}\n"
    assert _excluded(text) == [("embed.video_playlist", playlist)]


def test_text_that_only_mentions_a_video_or_skipping_is_kept():
    text = (f"{LEDE}\n\n"
            "Skip the queue: the mayor said residents could share the video of the attack with police online.\n\n"
            f"{MORE}\n")
    assert find_excluded(text) == []


def test_buy_photo_caption_with_its_credit_is_excluded():
    caption = ("Buy Photo Police officers stand outside the house where a man was shot dead on Tuesday night. "
               "(Photo: Jane Roe/Springfield Gazette)Buy Photo")
    text = f"{LEDE}\n\n{caption}\n\n{MORE}\n"
    assert _excluded(text) == [("caption.buy_photo", caption)]


def test_buy_photo_without_a_photo_credit_is_not_a_caption():
    # the button alone does not decide: a sentence of reporting that happens to start so is kept
    text = (f"{LEDE}\n\nBuy Photo was the name of the shop where the two suspects were arrested, police said.\n\n"
            f"{MORE}\n")
    assert find_excluded(text) == []


def test_gallery_widget_is_excluded():
    widget = "Buy Photo Buy Photo Buy Photo Like this topic? You may also like these photo galleries: Replay"
    text = f"{LEDE}\n\n{MORE}\n\n{widget}\n"
    assert _excluded(text) == [("boilerplate.gallery_widget", widget)]


def test_no_event_takes_the_video_player_as_actor(pipeline):
    from dateline.model import Article

    # without the rule the caption's verb is coded with the player's controls in its actor ("Share A gunman")
    text = ("CLOSE Skip in Skip x Embed x Share A gunman killed two people at a bar in Dayton on Monday night. "
            "Jane Roe/Dayton Daily\n\n"
            "Police said gunmen shot and killed a six-month-old girl on Saturday afternoon.\n\n"
            "Officers arrested two men in connection with the shooting on Sunday.\n")
    result = pipeline.process(Article(id="t", text=text, date="2016-04-17"))
    player_end = text.index("\n\n")
    assert result.sentences[0].excluded
    for e in result.events:
        assert e.trigger.start > player_end, e
        for p in e.actor:
            assert "Skip" not in p.text and "Share" not in p.text, e


def test_related_stories_run_into_the_last_paragraph_are_excluded_from_the_marker():
    last = ("the toll rose to 34 on friday, police added. related stories\xa0curfew relaxed in the old city"
            "\xa0minister visits riot-hit areas\xa0pray for peace")
    text = f"troops were deployed in the town on thursday, officials said.\n\n{last}\n"
    found = _excluded(text)
    assert found == [("read_more.run_in_list",
                      "related stories\xa0curfew relaxed in the old city\xa0minister visits riot-hit areas\xa0pray for peace")]


def test_related_stories_in_prose_are_kept():
    text = ("Officials said related stories of looting in the market were false.\n\n"
            "Troops were deployed in the town on Thursday, officials said.\n")
    assert find_excluded(text) == []


def test_a_feedback_form_opens_a_section_to_the_end():
    text = ("Protesters marched to the square on Tuesday, witnesses said.\n"
            "Police fired tear gas at the crowd. What do you think of this story ?\n"
            "Select one of the options below .\n"
            "Your feedback will help tell the producers what to do with this report .\n"
            "Sign Up Be sure to fill in everything .\n")
    found = _excluded(text)
    assert [r for r, _ in found] == ["comments.feedback_form"]
    assert found[0][1].startswith("Your feedback will help tell")
    assert found[0][1].endswith("Be sure to fill in everything .")


def test_asking_the_reader_alone_opens_no_section():
    text = ("Protesters marched to the square on Tuesday, witnesses said.\n\n"
            "What do you think of this story? Police fired tear gas at the crowd, officials said.\n\n"
            "The minister resigned on Wednesday.\n")
    assert find_excluded(text) == []


# A news site's video player lists its other videos as lines of running time and title (McClatchy pages in
# semeval2018t5_gva): headlines of other stories, which the link-list rule misses when the page holds nothing else.
PLAYLIST = ["1:09 Law enforcement procession escorts county sergeant to funeral home Pause",
            "1:20 Home care employees protest",
            "0:59 Town officials seek support for tax measure"]


def test_video_playlist_titles_are_excluded_even_with_no_prose_around_them():
    text = "\n\n".join(PLAYLIST) + "\n"
    assert _excluded(text) == [("embed.video_playlist_titles", line) for line in PLAYLIST]


def test_video_playlist_titles_after_the_article_are_excluded_and_the_article_kept():
    text = "\n\n".join([LEDE, MORE, *PLAYLIST]) + "\n"
    assert [reason for reason, _ in _excluded(text)] == ["embed.video_playlist_titles"] * 3
    assert {line for _, line in _excluded(text)} == set(PLAYLIST)


def test_clock_times_and_a_single_timed_line_are_not_a_playlist():
    timeline = ["10:17 PM the shift commander activated the SWAT team",
                "10:32 PM officers lost contact with the suspect"]
    assert find_excluded("\n\n".join(timeline) + "\n") == []
    one_line = find_excluded("\n\n".join([LEDE, "2:30 Police chief speaks to reporters", MORE]) + "\n")
    assert all(r.reason != "embed.video_playlist_titles" for r in one_line)  # an inserted headline, if anything


def test_no_event_is_coded_from_a_video_playlist(pipeline):
    from dateline.model import Article

    result = pipeline.process(Article(id="t", text="\n\n".join([LEDE, *PLAYLIST]) + "\n", date="2016-10-20"))
    triggers = {e.trigger.text for e in result.events}
    assert "protest" not in triggers and "seek" not in triggers
    assert "shot" in triggers or "killed" in triggers


def test_caption_with_a_bare_credit_is_excluded():
    # a TV station's photo caption above the story: the deputies' investigation it shows is the story's, not a new event
    caption = ("Sheriff's deputies investigate a shooting that left three people dead near Lacey, Wash., "
               "June 22, 2016. (Credit: KING)")
    courtesy = "Jesus Oropeza. Photo courtesy Felicia Smith"
    text = f"{caption}\n\n{LEDE}\n\n{courtesy}\n\n{MORE}\n"
    assert _excluded(text) == [("caption.credit_suffix", caption), ("caption.credit_suffix", courtesy)]


def test_credit_in_prose_is_reporting():
    text = (f"{LEDE}\n\nThe chief said the officers deserve credit: two of them ran toward the gunfire.\n\n"
            "Neighbours gave the police little credit (credit where due, one said) for the arrests.\n\n"
            f"{MORE}\n")
    assert find_excluded(text) == []


def test_a_feed_of_other_outlets_headlines_with_their_age_is_excluded():
    feed = ("Judge ends oil drill freeze , White House appeals - 4 hrs ago CNEWS U.S. court blocks Obama ban on deepwater "
            "drilling - 4 hrs ago FeedBurner BP 's secret weapon in the great oil mop-up ?")
    text = f"{LEDE}\n\n{feed}\n\n{MORE}\n"
    assert _excluded(text) == [("read_more.feed_timestamps", feed)]


def test_an_age_in_prose_is_reporting():
    text = f"{LEDE}\n\nThe suspect left the house two hours ago, the chief said at 9 p.m.\n\n{MORE}\n"
    assert find_excluded(text) == []
