"""Values, types and modifiers against the date line (one sentence at a time)."""

from __future__ import annotations

import pytest

from dateline.time import tag


def first(text: str, dct: str | None = "2024-03-17", doc=None):
    found = tag(text, dct, doc=doc)
    assert found, f"nothing found in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, dct, typ, value", [
    # DCT 2024-03-17 is a Sunday
    ("The government announced on Saturday that it was ending the deal.", "2024-03-17", "DATE", "2024-03-16"),
    ("The foreign minister will travel to Moscow on Saturday.", "2024-03-17", "DATE", "2024-03-23"),
    ("Rebels attacked the town on Friday, officials said.", "2024-03-17", "DATE", "2024-03-15"),
    ("The president said on Sunday that the talks had failed.", "2024-03-17", "DATE", "2024-03-17"),
    ("This was read Saturday evening on national television.", "2024-03-17", "DATE", "2024-03-16TEV"),
    ("Two soldiers were killed yesterday.", "2024-03-17", "DATE", "2024-03-16"),
    ("The summit opens tomorrow in Brussels.", "2024-03-17", "DATE", "2024-03-18"),
    ("Blinken made a rare visit to Niger a year ago.", "2024-03-17", "DATE", "2023-03"),
    ("Parliament was dissolved last week.", "2024-03-17", "DATE", "2024-W10"),
    ("Elections are planned for next year.", "2024-03-17", "DATE", "2025"),
    ("Exports collapsed last month.", "2024-03-17", "DATE", "2024-02"),
    ("The coup took place in July 2023.", "2024-03-17", "DATE", "2023-07"),
    ("Troops withdrew in the 1990s.", "2024-03-17", "DATE", "199"),
    ("Fighting broke out in the 19th century.", "2024-03-17", "DATE", "18"),
    ("The deal was signed on March 16, 2024.", "2024-03-17", "DATE", "2024-03-16"),
    ("The deal was signed on March 3.", "2024-03-17", "DATE", "2024-03-03"),
    ("The deadline is Jan. 14.", "2000-01-07", "DATE", "2000-01-14"),
    ("Profit rose in the third quarter.", "1989-10-26", "DATE", "1989-Q3"),
    ("The second half of the year will be weak.", "2013-03-20", "DATE", "2013-H2"),
    ("Losses will continue through the first two quarters of 1990.", "1989-10-26", "DATE", "1990-H1"),
    ("Sales fell in the fourth quarter of last year.", "2013-03-20", "DATE", "2012-Q4"),
    ("The talks are expected to end this summer.", "2024-03-17", "DATE", "2024-SU"),
    ("Christmas was quiet in Bethlehem.", "2023-12-27", "DATE", "2023-12-25"),
    ("The blast happened at 10:35 a.m. on Tuesday.", "1998-08-07", "TIME", "1998-08-04T10:35"),
    # tense from irregular past forms, plans, and signal words before the expression
    ("In January, the company brought in a new chief, who will stay on as chairman.", "1989-10-27", "DATE",
     "1989-01"),
    ("The team planned to leave Nairobi on Thursday for Dar es Salaam.", "1998-09-30", "DATE", "1998-10-01"),
    ("On Friday, the government planned to pay the families.", "1998-09-30", "DATE", "1998-09-25"),
    ("The chairman named a new office of the president, effective Feb. 1.", "1989-10-27", "DATE", "1990-02-01"),
    ('"The father will leave at dawn Thursday," Castro said.', "2000-04-05", "DATE", "2000-04-06"),
    ("Exiles were planning to drive around the airport on Monday.", "2000-01-07", "DATE", "2000-01-10"),
    ("The new law takes effect on July 1, the minister said.", "2013-03-06", "DATE", "2013-07-01"),
    # a part of the story's day
    ("The suspect was arrested the next morning.", "2013-03-06", "TIME", "2013-03-07TMO"),
    ("That night, protesters gathered outside the embassy.", "2013-03-06", "TIME", "2013-03-06TNI"),
    # durations and sets: never dates
    ("following a three-day visit", "2024-03-17", "DURATION", "P3D"),
    ("The troops had been in place for nearly a decade.", "2024-03-17", "DURATION", "P10Y"),
    ("The siege lasted two weeks.", "2024-03-17", "DURATION", "P2W"),
    ("He spoke for 5 1/2 hours.", "2024-03-17", "DURATION", "PT5H30M"),
    ("The unions called a 48-hour strike.", "2024-03-17", "DURATION", "PT48H"),
    ("The weeklong festival ended.", "2024-03-17", "DURATION", "P1W"),
    ("The ban was extended for several years.", "2024-03-17", "DURATION", "PXY"),
    ("The paper is published daily.", "2024-03-17", "SET", "P1D"),
    ("The council meets every Monday.", "2024-03-17", "SET", "XXXX-WXX-1"),
    # vague references
    ("The junta is now in control.", "2024-03-17", "DATE", "PRESENT_REF"),
    ("The military had in the past worked with Washington.", "2024-03-17", "DATE", "PAST_REF"),
    ("Talks will continue in the near future.", "2024-03-17", "DATE", "FUTURE_REF"),
    ("Holders may buy shares at the then current market price.", "2024-03-17", "DATE", "PAST_REF"),
    ("The case may be resolved in a hearing the week of March 6.", "2000-02-24", "DATE", "2000-W10"),
    ("We don't minimize the challenges of the near term.", "2024-03-17", "DATE", "FUTURE_REF"),
    ("The company forecast an earnings increase for the full year.", "2024-03-17", "DATE", "2024"),
    ("Shortages will last well into the summer.", "2024-03-17", "DATE", "2024-SU"),
])
def test_values(text, dct, typ, value):
    t = first(text, dct)
    assert (t.type, t.value) == (typ, value), t


def test_nearly_is_approximate():
    t = first("for nearly a decade")
    assert t.mod == "APPROX"


def test_early_late_positions():
    assert first("in early March 2023").mod == "START"
    assert first("by late 2023").mod == "END"


def test_without_date_line_nothing_is_invented():
    t = first("The government announced on Saturday that it was ending the deal.", dct=None)
    assert t.value == "XXXX-WXX-6" and t.anchor == "none"
    t = first("Two soldiers were killed yesterday.", dct=None)
    assert "X" in t.value and t.anchor == "none"
    # absolute dates still resolve
    t = first("The coup took place in July 2023.", dct=None)
    assert t.value == "2023-07" and t.anchor == "absolute"


def test_tense_from_parse(nlp):
    text = "The committee will meet on Saturday."
    t = first(text, "2024-03-17", doc=nlp(text))
    assert t.value == "2024-03-23"
    text = "The committee met on Saturday."
    t = first(text, "2024-03-17", doc=nlp(text))
    assert t.value == "2024-03-16"


@pytest.mark.parametrize("text, dct, value", [
    # a reduced passive clause is past even inside a future sentence
    ("Under the agreement, announced Friday, holders would receive a special dividend.", "1989-10-30", "1989-10-27"),
    # a participle takes the tense of the clause above it
    ("The boy was found Thanksgiving Day clinging to an inner tube.", "2000-04-03", "1999-11-25"),
    # a perfect progressive reaches into the past
    ("Police have been searching for him since shortly after the Oct. 23 slaying.", "1999-05-06", "1998-10-23"),
    # a plan seen from the past
    ("The offer had been scheduled to expire at midnight Friday.", "1989-10-30", "1989-10-27T24:00"),
    ("The university has scheduled a news conference Thursday.", "1999-05-05", "1999-05-06"),
])
def test_tense_from_parse_clauses(nlp, text, dct, value):
    assert first(text, dct, doc=nlp(text)).value == value


@pytest.mark.parametrize("text, values", [
    ("The accord was signed in 2019. Since then, attacks have doubled.", ["2019"]),  # not annotated in TimeML
    ("The rights will end on Nov. 30. Until then, the stock remains convertible.", ["2024-11-30", "2024-11-30"]),
    # a comparison does not move the story: "a year earlier" is not a year before "a year ago"
    ("The company had a loss of 14 cents a share a year ago. Sales were $348 million compared with "
     "$307 million a year earlier.", ["2023-03", "2023"]),
    # the date that closes a reporting period keeps the story in that period
    ("Profit rose in the third quarter ended Sept. 30. Revenue was $5 million, up from $4 million a year earlier.",
     ["2023-Q3", "2023-09-30", "2022-Q3"]),
    # the reported quarter: "this quarter", "the corresponding period last year", "last year's quarter"
    ("The company reported a loss for the third quarter ended Sept. 30, against a profit for the corresponding "
     "period last year. This quarter's loss includes charges. U.K. sales for last year's quarter were $3 million.",
     ["2023-Q3", "2023-09-30", "2022-Q3", "2023-Q3", "2022-Q3"]),
    # the bound of a state ("through", "until", "since") does not move the story
    ("The company had a loss in the third quarter. Analysts expect losses through the third quarter of 2025. "
     "In the year-ago period, it earned $5 million.", ["2023-Q3", "2025-Q3", "2022-Q3"]),
    ("Troops were deployed in 1959. The day before, the talks failed.", ["1959", "1959-XX-XX"]),
    ("The case of Elian is for today's youth what the blockade was for their parents.", []),
    ("The board meets today, and today's vote is decisive.", ["2024-03-17", "2024-03-17"]),
    ("He was detained for two weeks and released the next day.", ["P2W", "2024-03-18"]),
    # a day within a month the story only knows as a month: no first-of-the-month invented
    ("The site went up in October. It was crossed out that same day.", ["2023-10", "2023-10-XX"]),
    ("The talks began in March 2023. A week later, they collapsed.", ["2023-03", "2023-03"]),
    ("In the 1990s and early 2000s the region was calm; in the 1800s it was not.", ["199", "200", "18"]),
    ("The rebels attacked on Tuesday, March 12, killing 15.", ["2024-03-12"]),
    ("Elections will be held on April 28, the commission said Wednesday.", ["2024-04-28", "2024-03-13"]),
])
def test_sequences(text, values):
    assert [t.value for t in tag(text, "2024-03-17")] == values


def test_day_ranges_share_month_and_year():
    found = tag("The summit will be held on April 24 and 25. Talks ran from March 3 to 5, 2021.", "1999-02-10")
    assert [(t.text, t.value) for t in found] == [
        ("April 24", "1999-04-24"), ("25", "1999-04-25"), ("March 3", "2021-03-03"), ("5, 2021", "2021-03-05")]


def test_plural_part_of_day_is_a_set():
    found = tag("Two new flights would leave Bombay on Monday and Tuesday nights.", "1998-02-13")
    assert [(t.type, t.value) for t in found] == [("SET", "XXXX-WXX-1TNI"), ("SET", "XXXX-WXX-2TNI")]


def test_possessive_weekday_is_past():
    # "Wednesday's ruling" names an event that has happened, even in a future-tense sentence
    [t] = tag("Relatives said they would look for ways to get around Wednesday's ruling.", "2000-01-07")
    assert t.value == "2000-01-05"


def test_decade_words_and_sentence_initial_words():
    found = tag("Yesterday Saddam spoke. Hate groups grew through the nineties. In his sixties he retired.",
                "1998-03-03")
    assert [(t.text, t.value) for t in found] == [("Yesterday", "1998-03-02"), ("the nineties", "199")]


def test_latest_period_is_the_reported_quarter():
    text = "Ralston reported a decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion."
    assert [t.value for t in tag(text, "1989-11-01")] == ["1989-Q4", "1989-Q4"]
