"""Clean: reader comments, link lists, page widgets and results tables are excluded (invented texts)."""

from __future__ import annotations

from dateline.clean import find_excluded
from dateline.model import Article

ARTICLE = ("Rebels attacked a police post near the border on Monday, the army said.\n"
           "The government condemned the attack and promised to send more troops.\n"
           "Officials said talks with the rebel leadership would resume next week.\n")


def _excluded(text):
    return [(r.kind, r.reason, text[r.start:r.end]) for r in find_excluded(text)]


def test_comment_disclaimer_excludes_everything_after_it():
    comments = ("Views expressed in the comments do not represent those of Example News .\n"
                "The president should resign and the army should arrest him .\n"
                "This discussion is now closed .\n"
                "A connected approach to trading and data")
    text = ARTICLE + comments + "\n"
    (found,) = _excluded(text)
    assert found == ("comments", "comments.disclaimer", comments)


def test_comment_reply_header_starts_the_section_mid_line():
    text = ARTICLE + ("March 3 , 2011 at 12:44 pm | Reply The UN should impose sanctions on them .\n"
                      "March 3 , 2011 at 1:02 pm | Report abuse | Reply Nonsense , the army will win .\n")
    (found,) = _excluded(text)
    assert found[1] == "comments.reply_header"
    assert found[2].startswith("March 3 , 2011 at 12:44 pm | Reply The UN")
    assert found[2].endswith("the army will win .")


def test_blog_signature_keeps_the_post_and_excludes_the_comments_after_it():
    post = "The minister resigned on Friday after the vote, his office said."
    text = (post + " Posted by : Jane Roe | September 17 , 2008 10:00 AM | Report abuse"
            " The opposition should now call for elections. Posted by : kirk | September 18 , 2008\n")
    (found,) = _excluded(text)
    assert found[1] == "comments.posted_by"
    assert text[:text.index(found[2])].startswith(post)
    assert found[2].strip().startswith("The opposition should now call")


def test_blog_comment_wrote_header():
    text = ARTICLE + "At 12:19 26th Apr 2009 , reader42 wrote : The police should arrest them all .\n"
    assert [f[1] for f in _excluded(text)] == ["comments.wrote_header"]


def test_comment_form_lines_open_a_section():
    text = ARTICLE + ("Have you been affected by the fighting?\n"
                      "Send us your comments and experiences using the form below.\n"
                      "The BBC may edit your comments and not all emails will be published.\n")
    (found,) = _excluded(text)
    assert found[1] == "comments.form"
    assert found[2].startswith("Send us your comments")


def test_prose_about_comments_is_reporting():
    text = ("The ministry declined to comment on the arrests.\n"
            "Comments by the president angered the opposition, which called for protests.\n"
            "He posted by mail a letter to the court, his lawyer said.\n")
    assert find_excluded(text) == []


def test_link_list_after_related_header():
    text = ("Police said a man was shot dead outside a bar on Friday night.\n\n"
            "No arrests have been made.\n\n"
            "Related\n\n"
            "Gunman shoots two men in downtown parking lot\n\n"
            "Teenager arrested after school shooting threat\n\n"
            "Advertisement\n\n"
            "Detectives asked anyone with information to call them.\n")
    found = _excluded(text)
    assert [f[2] for f in found] == ["Related", "Gunman shoots two men in downtown parking lot",
                                     "Teenager arrested after school shooting threat", "Advertisement"]
    # "Advertisement" is named by its own line rule; the headlines by the list rule
    assert [f[1] for f in found] == ["headline.link_list"] * 3 + ["boilerplate.social"]


def test_related_header_with_its_list_on_one_line():
    text = ARTICLE + "RELATED ARTICLES: Police kill two suspects | Mayor calls for calm\n" + ARTICLE
    assert [f[1] for f in _excluded(text)] == ["read_more.link"]
    text = ARTICLE + "Trending on ExampleNews.com:\n" + ARTICLE
    assert [f[1] for f in _excluded(text)] == ["read_more.link"]


def test_title_case_last_line_is_a_related_headline_but_a_sentence_is_not():
    assert [f[2] for f in _excluded(ARTICLE + "Army Readies New Offensive Against Rebels")] == [
        "Army Readies New Offensive Against Rebels"]
    assert _excluded(ARTICLE + "The army said it would send more troops to the border") == []


def test_sentence_broken_into_short_lines_is_kept():
    text = ("The film opened in Germany and Australia on Friday.\n"
            "Warner Bros'\n"
            "We Are\n"
            "Your Friends adds to the dance-music genre, with a young star in the lead.\n"
            "It opens in 15 countries next week.\n")
    assert find_excluded(text) == []


def test_page_widgets_share_bars_markup_and_sign_offs():
    text = ("This story is from March 18, 2002\n\n"
            "Police arrested two men after the riot, officials said.\n\n"
            "Facebook Twitter Linkedin Mail\n\n"
            "Please enable Javascript to watch this video\n\n"
            "The army said it would deploy troops.\n\n"
            "Read or Share this story: http://exam.pl/1abc\n\n"
            "{publish}}\n\n"
            "Reuter\n")
    assert [f[1] for f in _excluded(text)] == [
        "dateline.story_from", "boilerplate.share_bar", "boilerplate.page_widget", "read_more.bare",
        "boilerplate.wiki_markup", "boilerplate.agency_signoff"]


def test_contributors_disclaimers_and_escaped_editing_line():
    text = ARTICLE + ("Example News's Jane Roe and John Doe contributed to this report .\n"
                      "The opinions expressed in this commentary are solely those of John Doe .\n"
                      "-LRB- Editing by Jane Roe -RRB- A connected approach to governance , risk and compliance\n")
    assert [f[1] for f in _excluded(text)] == ["boilerplate.disclaimer", "boilerplate.disclaimer",
                                               "byline.reporting_by"]


def test_results_table_lines_but_not_prose_with_vs():
    text = ("Acme Corp said its first quarter profit rose on higher sales.\n"
            "Shr 44 cts vs 23 cts\n"
            "Net 3,050,000 vs 1,555,000\n"
            "Revs 21.0 mln vs 19.2 mln\n"
            "The company said it expected growth to continue.\n"
            "Unemployment fell to 7.2 pct vs 7.5 pct a year earlier, the ministry said.\n")
    found = _excluded(text)
    assert [f[2] for f in found] == ["Shr 44 cts vs 23 cts", "Net 3,050,000 vs 1,555,000", "Revs 21.0 mln vs 19.2 mln"]
    assert {f[0] for f in found} == {"table"}


def test_team_sheets_and_score_lines_but_not_prose_lists():
    text = ("Celtic beat Rangers in the derby on Sunday, the club said.\n"
            "Celtic: Douglas; Agathe, Balde, Varga, Hedman, Petrov\n"
            "Subs: Marshall, Henchoz, Lambert, Maloney.\n"
            "Celtic 2-1 Rangers\n"
            "The minister said: France, Germany and Italy will send troops.\n")
    assert [f[1] for f in _excluded(text)] == ["table.lineup", "table.lineup", "table.score_line"]


def test_no_event_is_coded_from_reader_comments(pipeline):
    text = ARTICLE + ("Views expressed in the comments do not represent those of Example News .\n"
                      "France should impose sanctions on Russia and the army should arrest the president .\n")
    result = pipeline.process(Article(id="t", text=text, date="2011-03-01"))
    (region,) = result.excluded
    assert any(e.trigger.start < region.start for e in result.events)
    assert not any(region.start <= e.trigger.start < region.end for e in result.events)


def test_web_dateline_stamp_is_cut_from_the_lede_but_not_the_headline_or_the_wire_credit():
    headline = "U.S. warns of civil war in Libya unless Gaddafi goes "
    stamp = "TRIPOLI , March 1 | Tue Mar 1 , 2011 3:50 pm EST TRIPOLI , March 1"
    lede = " -LRB- Reuters -RRB- - Turkey said on Wednesday it would impose sanctions on Syria ."
    text = headline + stamp + lede + "\nThe Pentagon declined to comment .\n"
    (found,) = _excluded(text)
    assert found == ("dateline", "dateline.web_header", stamp)
    # a bar in the text is no stamp without the site's time and the wire's dateline
    text = "Rebels | the army said | fought on Saturday -LRB- Reuters -RRB- - in the north .\n"
    assert find_excluded(text) == []


def test_embedded_social_posts():
    text = ARTICLE + ("Police bring dogs to search the area after the shooting. #news pic.twitter.com/Ab12Cd "
                      "— Jane Roe (@JaneRoe11) January 31, 2017\n") + ARTICLE
    assert [f[1] for f in _excluded(text)] == ["embed.tweet"]
    text = ARTICLE + "Back home! A photo posted by Jane Roe (@jane.roe) on Jan 3, 2016 at 10:02am PST\n" + ARTICLE
    assert [f[1] for f in _excluded(text)] == ["embed.tweet"]
