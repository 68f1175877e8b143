"""A forty-fifth probe, in five rounds: histories of the Napoleonic wars, of 19th-century wars,
of wars of 1939-1991, of early modern wars, of both World Wars' campaigns, of the American Civil
War, of wars in Africa and Latin America and of revolutions; business, world, political, disaster,
sports and culture, Asian and African news of 2013 and its broadcast transcripts; world news of
1996-98, US politics of 1998 and crime and court news of 1998-2000; WSJ news of 1989-91; features
of 1998-2000 that weave a long past into the week's news; company press releases; in the fifth,
US economy and Syria and Iran news of 2013, AP court news of 1989-90, histories of wars in the
Balkans, of wars of 2001-2014 and of ancient and medieval wars (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- "Earlier on Monday" and "Later on Tuesday" are said of the day, as "Earlier Monday" is: no part
  of it ("late on Tuesday" and "early on Friday" still are).
- A clock restated in brackets in a zone of its own is on the day the two zones put it on ("4
  a.m. Sunday (10 p.m. EDT)" is Saturday's 10 p.m.), as one restated in GMT is.
- "the year" in a sentence that has just named the year before or after the DCT's is that year
  ("recover in 2014, ... in the second half of the year"); a season before "or" and a season
  with its year ("late summer or early fall next year") is in that year; "the 1995 Christmas
  holidays" are 1995's.
- "the 1960s and early 70s"; "0:45 a.m."; bad years "before" are no time; "the quarter section"
  is land; a month's name a person bears after a word of kin ("His son August") is no month.
- After a closed quarter the text reported on, a later quarter of its year still open is the
  calendar's, whatever the tense: "The quarter" goes back to the reported one.
- What looks ahead, whatever the tense of its verb: a stance with its deadline ("favored
  slowing the purchases by midyear"), a meeting called for a day, a summit expected or a trip
  planned for a month, a day declared a day of prayer, a vote expected at an hour; a day in
  apposition to "the deadline set by law" is the deadline's; a day's report awaited ("will focus
  on Friday's report") is the coming day's, though the text told a past Friday.
- "that evening" after a paragraph break is the evening of the day told; "at 2:30 a.m. that
  Wednesday" the Wednesday the story is at; "as recently as Wednesday" the one just gone.
- "Friday, the second in two days" is a rank, no day; so are "the 9th and 10th SS Panzer
  Divisions".
- A weekday in apposition to a day of the month ("Oct. 26, a Tuesday") takes the year the text
  told in which the day is that weekday.
- A company's report of its periods reads as news in auto mode, however many years it dates.
- Round four: "announcing three days of mourning starting Wednesday" and "on Wednesday, a process
  officials said could take a week" look ahead; "Election day was marred by attacks" is no
  American Election Day; "drove to Dallas on April 17" is past; "divisible by 400" is no year;
  "Fat Tuesday", "Mardi Gras"; "the favourite for Tuesday's time trial" is the coming Tuesday; in
  a history, "agreed to attack in the coming year" is the story's next year, and "began on 21
  February 1916. On 18 December" is 1916's December.
- Round five: a decision's measure "beginning in January" and "the target date of June 30" are
  still to come; "drank", "drew", "blew", "fed" are past verbs; "(2001-present)"; "the feast of
  Saints Crispin and Crispinian", "the feast of the Nativity of the Virgin", "Passion Sunday",
  "Low Sunday"; in a history, a month in the clause joined by "and" to a day stated with its year
  is that year's ("signed on 3 December 1912 and talks opened in mid-December").
- Histories: a lead that names no end of its war ("The war began on 1 March 1947. It escalated
  on 14 May 1948") does not send a section's first month back to the war's start; a lead's later
  year ("the 1947-1949 war") is within the war; "A century on", "A decade on"; the days of a
  battle given as a range ("July 1-3", "on April 6 and 7", "on May 31, and the battle continued
  into June 1") count from its first, and so does each later one ("On the second day ... On the
  third day"); a day just before the day told in the war's first weeks ("4 October 1853 (23
  September by the Russian calendar)") is in its year; a day a plan was for ("agreed to withdraw
  by 25 February") is no day the story comes to; a day in a sentence that goes on to a stated day
  of the year before is in that year ("opened on 2 October, and ... on 5 December 1941"); feasts
  and days said of every year ("performed every year at Fourth of July concerts", "usually in
  late April or early May", "January 8 was celebrated as a national holiday") are every year's;
  "the New Year" keeps its article; "43 years to the day after independence" is one date.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Earlier on Monday, a farewell ceremony was held at the Tamar site. Later on Tuesday, "
            "Patten left aboard the Britannia."
        ),
        "1997-07-01",
        [("Monday", "DATE", "1997-06-30"), ("Tuesday", "DATE", "1997-07-01")],
    ),
    (
        "Diana was pronounced dead at 4 a.m. Sunday (10 p.m. EDT) at a Paris hospital.",
        "1997-09-01",
        [("4 a.m. Sunday", "TIME", "1997-08-31T04:00"), ("10 p.m. EDT", "TIME", "1997-08-30T22:00-04:00")],
    ),
    (
        "The plane landed at 1 a.m. Monday (6 p.m. EDT Sunday) in Rome.",
        "1997-09-01",
        [
            ("1 a.m. Monday", "TIME", "1997-09-01T01:00"),
            ("6 p.m. EDT Sunday", "TIME", "1997-08-31T18:00-04:00"),
        ],
    ),
    (
        (
            "Sales should recover in 2014, the company said, with most of the gains coming in the "
            "second half of the year."
        ),
        "2013-12-18",
        [("2014", "DATE", "2014"), ("the second half of the year", "DATE", "2014-H2")],
    ),
    (
        (
            "The airline lost money last year, mostly in the first half of the year, and expects a "
            "profit this year."
        ),
        "2013-02-04",
        [
            ("last year", "DATE", "2012"),
            ("the first half of the year", "DATE", "2012-H1"),
            ("this year", "DATE", "2013"),
        ],
    ),
    (
        (
            "Detroit's emergency manager said the city could exit bankruptcy by late summer or early "
            "fall next year."
        ),
        "2013-07-18",
        [("late summer", "DATE", "2014-SU", "END"), ("early fall next year", "DATE", "2014-FA", "START")],
    ),
    (
        "The fleet shrank through the 1960s and early 70s, and the town has lived through bad years before.",
        "1999-07-19",
        [("the 1960s", "DATE", "196"), ("early 70s", "DATE", "197", "START")],
    ),
    (
        (
            "His son August added the quarter section to the east in 1903. August's son, Walter, held "
            "on through the Depression. The auction is set for Feb. 20."
        ),
        "1999-02-08",
        [("1903", "DATE", "1903"), ("Feb. 20", "DATE", "1999-02-20")],
    ),
    (
        (
            "Coca-Cola's first-quarter profit fell 2 percent. A late Easter shifted some sales into "
            "the second quarter. The quarter also had five fewer selling days than the same period "
            "last year."
        ),
        "2013-04-16",
        [
            ("first-quarter", "DATE", "2013-Q1"),
            ("Easter", "DATE", "2013-03-31"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("The quarter", "DATE", "2013-Q1"),
            ("the same period last year", "DATE", "2012-Q1"),
        ],
    ),
    (
        (
            "Minutes released Wednesday showed several members favored slowing the purchases by "
            "midyear and ending them by the end of the year."
        ),
        "2013-04-16",
        [
            ("Wednesday", "DATE", "2013-04-10"),
            ("midyear", "DATE", "2013", "MID"),
            ("the end of the year", "DATE", "2013", "END"),
        ],
    ),
    (
        (
            "Patten left aboard the Britannia at about 0:45 a.m. Tuesday, after the flag was lowered "
            "at midnight."
        ),
        "1997-07-01",
        [
            ("about 0:45 a.m. Tuesday", "TIME", "1997-07-01T00:45", "APPROX"),
            ("midnight", "TIME", "1997-07-01T00:00"),
        ],
    ),
    (
        (
            "The funeral will be held Saturday at Westminster Abbey.\n\nThe family will bury her that "
            "evening at Althorp."
        ),
        "1997-09-01",
        [("Saturday", "DATE", "1997-09-06"), ("that evening", "TIME", "1997-09-06TEV")],
    ),
    (
        "The Communists have called a meeting of their central committee for Saturday to weigh the result.",
        "1996-07-04",
        [("Saturday", "DATE", "1996-07-06")],
    ),
    (
        (
            "The smog settled over Donora on Oct. 26, 1948. On Saturday, 300 people gathered at the "
            "library to remember it. The fog came in on Oct. 26, a Tuesday, and did not lift for five "
            "days."
        ),
        "1998-10-27",
        [
            ("Oct. 26, 1948", "DATE", "1948-10-26"),
            ("Saturday", "DATE", "1998-10-24"),
            ("Oct. 26", "DATE", "1948-10-26"),
            ("Tuesday", "DATE", "1948-10-26"),
            ("five days", "DURATION", "P5D"),
        ],
    ),
    (
        (
            "The last shutdown, over the 1995 Christmas holidays, lasted 21 days. Clinton won "
            "re-election the following November."
        ),
        "2013-10-17",
        [
            ("1995", "DATE", "1995"),
            ("Christmas", "DATE", "1995-12-25"),
            ("21 days", "DURATION", "P21D"),
            ("the following November", "DATE", "1996-11"),
        ],
    ),
    (
        "His lawyers issued a 42-page rebuttal Friday, the second in two days.",
        "1998-09-12",
        [("Friday", "DATE", "1998-09-11"), ("two days", "DURATION", "P2D")],
    ),
    (
        "The attack came on Aug. 21. Rockets were fired at 2:30 a.m. that Wednesday, witnesses said.",
        "2013-09-03",
        [("Aug. 21", "DATE", "2013-08-21"), ("2:30 a.m. that Wednesday", "TIME", "2013-08-21T02:30")],
    ),
    (
        "Sunday was declared a national day of prayer and reflection, and flags will fly at half-staff.",
        "2013-12-06",
        [("Sunday", "DATE", "2013-12-08")],
    ),
    (
        "A vote was expected at 5 p.m. Wednesday, aides said.",
        "2013-10-01",
        [("5 p.m. Wednesday", "TIME", "2013-10-02T17:00")],
    ),
    (
        "Kasich said he wanted to write a budget resolution by April 15, the deadline set by law.",
        "1998-02-03",
        [("April 15", "DATE", "1998-04-15")],
    ),
    (
        (
            "Mr. Wright said he expected a summit in March, and Mr. Brady said he planned a trip to "
            "Tokyo in April."
        ),
        "1989-01-26",
        [("March", "DATE", "1989-03"), ("April", "DATE", "1989-04")],
    ),
    (
        "Stocks fell Friday as bond prices slid. Traders will focus on Friday's producer price report.",
        "1989-03-13",
        [("Friday", "DATE", "1989-03-10"), ("Friday", "DATE", "1989-03-17")],
    ),
    (
        (
            "He became a U.S. citizen on September 11 last year. He had attended classes as recently "
            "as Wednesday, officials said."
        ),
        "2013-04-20",
        [("September 11 last year", "DATE", "2012-09-11"), ("Wednesday", "DATE", "2013-04-17")],
    ),
    (
        "Kenyatta said in an address, announcing three days of mourning starting Wednesday.",
        "2013-09-24",
        [("three days", "DURATION", "P3D"), ("Wednesday", "DATE", "2013-09-25")],
    ),
    (
        (
            "Forensic teams were expected to begin searching the wreckage on Wednesday, a process "
            "officials said could take a week."
        ),
        "2013-09-24",
        [("Wednesday", "DATE", "2013-09-25"), ("a week", "DURATION", "P1W")],
    ),
    ("Election day was marred by attacks on the coast, but turnout was high.", "2013-03-09", []),
    (
        (
            "Prescott told police he drove to Dallas on April 17. Century years are not leap years "
            "unless they are divisible by 400."
        ),
        "1998-03-13",
        [("April 17", "DATE", "1997-04-17")],
    ),
    (
        "Mardi Gras ends with Fat Tuesday, and the parades were moved to avoid the game.",
        "2013-01-30",
        [("Mardi Gras", "DATE", "2013-02-12"), ("Fat Tuesday", "DATE", "2013-02-12")],
    ),
    (
        "Froome is the favourite for Tuesday's time trial, the race's first big test.",
        "2013-06-28",
        [("Tuesday", "DATE", "2013-07-02")],
    ),
    (
        "On Wednesday, Fed officials voted to trim the purchases by $10 billion, beginning in January.",
        "2013-12-20",
        [("Wednesday", "DATE", "2013-12-18"), ("January", "DATE", "2014-01")],
    ),
    (
        "The target date of June 30 remains achievable, the agency said.",
        "2013-12-20",
        [("June 30", "DATE", "2014-06-30")],
    ),
    (
        "Prosecutors said Hazelwood drank three vodkas on March 23 before the tanker sailed.",
        "1990-03-13",
        [("March 23", "DATE", "1989-03-23")],
    ),
]
NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The war began on 1 March 1947. It escalated on 14 May 1948.\n\nFirst phase\n\nBy 29 May the "
            "Egyptians had reached Isdud, and on 11 June a truce began."
        ),
        "2008-05-14",
        [
            ("1 March 1947", "DATE", "1947-03-01"),
            ("14 May 1948", "DATE", "1948-05-14"),
            ("29 May", "DATE", "1948-05-29"),
            ("11 June", "DATE", "1948-06-11"),
        ],
    ),
    (
        (
            "The 1948 war was the final phase of the 1947–1949 Palestine war. It began on 14 May "
            "1948.\n\nFirst phase\n\nBy 29 May the Egyptians had reached Isdud."
        ),
        "2008-05-14",
        [
            ("1948", "DATE", "1948"),
            ("1947", "DATE", "1947"),
            ("1949", "DATE", "1949"),
            ("14 May 1948", "DATE", "1948-05-14"),
            ("29 May", "DATE", "1948-05-29"),
        ],
    ),
    (
        "Japan won the war in 1905. A century on, historians still study its battles.",
        "2010-11-05",
        [("1905", "DATE", "1905"), ("A century on", "DATE", "2005")],
    ),
    (
        "The treaty of Riga was signed in 1921. A decade on, the border was quiet.",
        "2010-11-05",
        [("1921", "DATE", "1921"), ("A decade on", "DATE", "1931")],
    ),
    (
        (
            "The Battle of Leipzig was fought from 16 to 19 October 1813. On the first day Napoleon "
            "attacked at Wachau, and by the afternoon seemed close to breaking through. On the second "
            "day little happened."
        ),
        "2012-06-09",
        [
            ("16", "DATE", "1813-10-16"),
            ("19 October 1813", "DATE", "1813-10-19"),
            ("the first day", "DATE", "1813-10-16"),
            ("the afternoon", "TIME", "1813-10-16TAF"),
            ("the second day", "DATE", "1813-10-17"),
        ],
    ),
    (
        (
            "The Crimean War was fought from October 1853 to February 1856. The Ottomans declared war "
            "on 4 October 1853 (23 September by the Russian calendar). On 30 November the Russian "
            "fleet destroyed the Turkish squadron at Sinope."
        ),
        "2010-11-05",
        [
            ("October 1853", "DATE", "1853-10"),
            ("February 1856", "DATE", "1856-02"),
            ("4 October 1853", "DATE", "1853-10-04"),
            ("23 September", "DATE", "1853-09-23"),
            ("30 November", "DATE", "1853-11-30"),
        ],
    ),
    (
        (
            "The retreat from Moscow ended on 14 December 1812. Tchaikovsky's overture is still "
            "performed every year at Fourth of July concerts."
        ),
        "2011-02-18",
        [
            ("14 December 1812", "DATE", "1812-12-14"),
            ("every year", "SET", "P1Y"),
            ("Fourth of July", "DATE", "XXXX-07-04"),
        ],
    ),
    (
        (
            "Israel signed an armistice with Syria on 20 July 1949. Israel celebrates its independence "
            "by the Hebrew calendar, usually in late April or early May."
        ),
        "2008-05-14",
        [
            ("20 July 1949", "DATE", "1949-07-20"),
            ("late April", "DATE", "XXXX-04", "END"),
            ("early May", "DATE", "XXXX-05", "START"),
        ],
    ),
    (
        (
            "The declaration was signed at Tashkent on 10 January 1966, and both armies agreed to "
            "withdraw by 25 February. Shastri died early the following morning."
        ),
        "2011-09-07",
        [
            ("10 January 1966", "DATE", "1966-01-10"),
            ("25 February", "DATE", "1966-02-25"),
            ("early the following morning", "TIME", "1966-01-11TMO", "START"),
        ],
    ),
    (
        (
            "The Battle of Gettysburg was fought July 1–3, 1863. On the second day of battle, "
            "Longstreet attacked the Union left. On the third day, Pickett charged the center."
        ),
        "2010-07-02",
        [
            ("July 1", "DATE", "1863-07-01"),
            ("3, 1863", "DATE", "1863-07-03"),
            ("the second day of battle", "DATE", "1863-07-02"),
            ("the third day", "DATE", "1863-07-03"),
        ],
    ),
    (
        (
            "The Battle of Shiloh was fought on April 6 and 7, 1862. On the first day, Grant's army "
            "was nearly routed; on the second day it counterattacked."
        ),
        "2009-06-25",
        [
            ("April 6", "DATE", "1862-04-06"),
            ("7, 1862", "DATE", "1862-04-07"),
            ("the first day", "DATE", "1862-04-06"),
            ("the second day", "DATE", "1862-04-07"),
        ],
    ),
    (
        (
            "Johnston attacked at Seven Pines on May 31, 1862, and the battle continued into June 1. "
            "Johnston was wounded on the first day, and the next day Lee took command."
        ),
        "2009-06-25",
        [
            ("May 31, 1862", "DATE", "1862-05-31"),
            ("June 1", "DATE", "1862-06-01"),
            ("the first day", "DATE", "1862-05-31"),
            ("the next day", "DATE", "1862-06-01"),
        ],
    ),
    (
        "The transitional government took office on 30 June 2003, 43 years to the day after independence.",
        "2011-08-07",
        [("30 June 2003", "DATE", "2003-06-30"), ("43 years to the day after independence", "DATE", "2003")],
    ),
    (
        (
            "Operation Market Garden was fought from 17 to 25 September 1944. The Germans were "
            "reinforced by the 9th and 10th SS Panzer Divisions, which had been refitting near Arnhem."
        ),
        "2012-09-17",
        [("17", "DATE", "1944-09-17"), ("25 September 1944", "DATE", "1944-09-25")],
    ),
    (
        (
            "Jackson won at New Orleans on January 8, 1815. For decades afterward, January 8 was "
            "celebrated as a national holiday."
        ),
        "2012-06-18",
        [
            ("January 8, 1815", "DATE", "1815-01-08"),
            ("decades", "DURATION", "PXY"),
            ("January 8", "DATE", "XXXX-01-08"),
        ],
    ),
    (
        "The rebels took Kisangani in December 1996. Mercenaries arrived over the New Year.",
        "2010-01-19",
        [("December 1996", "DATE", "1996-12"), ("the New Year", "DATE", "1997-01-01")],
    ),
    (
        (
            "Operation Barbarossa was the invasion of the Soviet Union that began on 22 June 1941. "
            "Leningrad was cut off on 8 September, and thousands died there in January 1942. Operation "
            "Typhoon, the drive on Moscow, opened on 2 October, and the Red Army counter-attacked on 5 "
            "December 1941."
        ),
        "2008-06-22",
        [
            ("22 June 1941", "DATE", "1941-06-22"),
            ("8 September", "DATE", "1941-09-08"),
            ("January 1942", "DATE", "1942-01"),
            ("2 October", "DATE", "1941-10-02"),
            ("5 December 1941", "DATE", "1941-12-05"),
        ],
    ),
    (
        "In December 1915 the Allies met at Chantilly and agreed to attack in the coming year.",
        "2011-06-04",
        [("December 1915", "DATE", "1915-12"), ("the coming year", "DATE", "1916")],
    ),
    (
        (
            "The Battle of Verdun began on 21 February 1916. On 18 December the French attacked and "
            "retook the forts."
        ),
        "2009-02-21",
        [("21 February 1916", "DATE", "1916-02-21"), ("18 December", "DATE", "1916-12-18")],
    ),
    (
        (
            "The battle was fought on 25 October 1415, the feast of Saints Crispin and Crispinian. "
            "Henry had been crowned at Westminster on 9 April 1413, Passion Sunday."
        ),
        "2012-01-20",
        [
            ("25 October 1415", "DATE", "1415-10-25"),
            ("the feast of Saints Crispin and Crispinian", "DATE", "1415-10-25"),
            ("9 April 1413", "DATE", "1413-04-09"),
            ("Passion Sunday", "DATE", "1413-04-09"),
        ],
    ),
    (
        "Joan attacked Paris in 1429 on the feast of the Nativity of the Virgin.",
        "2008-11-30",
        [("1429", "DATE", "1429"), ("the feast of the Nativity of the Virgin", "DATE", "1429-09-08")],
    ),
    (
        (
            "Ioannina surrendered on 6 March 1913. The armistice was signed on 3 December 1912 and "
            "talks opened in mid-December."
        ),
        "2010-11-05",
        [
            ("6 March 1913", "DATE", "1913-03-06"),
            ("3 December 1912", "DATE", "1912-12-03"),
            ("mid-December", "DATE", "1912-12", "MID"),
        ],
    ),
    (
        "The War in Afghanistan (2001–present) is a conflict that began on 7 October 2001.",
        "2010-06-15",
        [
            ("2001", "DATE", "2001"),
            ("present", "DATE", "PRESENT_REF"),
            ("7 October 2001", "DATE", "2001-10-07"),
        ],
    ),
]
AUTO: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Acme Corp. today announced results for the quarter ended June 30, 2015. Revenue for the "
            "three months ended June 30, 2015 rose from the second quarter of 2014. For the six months "
            "ended June 30, 2015, revenue rose from the first half of 2014. Cash was $311 million as "
            "of June 30, 2015, compared with $287 million at December 31, 2014. For the third quarter "
            "of 2015, Acme expects growth. The 10-K for the year ended December 31, 2014 was filed on "
            "February 27, 2015. Acme was founded in 1998 and went public in 2007. The dividend is "
            "payable on September 15, 2015 to holders of record on September 1, 2015. The annual "
            "meeting is on May 12, 2016. Results in the fourth quarter may vary."
        ),
        "2015-07-22",
        [
            ("today", "DATE", "2015-07-22"),
            ("the quarter", "DATE", "2015-Q2"),
            ("June 30, 2015", "DATE", "2015-06-30"),
            ("the three months", "DURATION", "P3M"),
            ("June 30, 2015", "DATE", "2015-06-30"),
            ("the second quarter of 2014", "DATE", "2014-Q2"),
            ("the six months", "DURATION", "P6M"),
            ("June 30, 2015", "DATE", "2015-06-30"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("June 30, 2015", "DATE", "2015-06-30"),
            ("December 31, 2014", "DATE", "2014-12-31"),
            ("the third quarter of 2015", "DATE", "2015-Q3"),
            ("the year", "DURATION", "P1Y"),
            ("December 31, 2014", "DATE", "2014-12-31"),
            ("February 27, 2015", "DATE", "2015-02-27"),
            ("1998", "DATE", "1998"),
            ("2007", "DATE", "2007"),
            ("September 15, 2015", "DATE", "2015-09-15"),
            ("September 1, 2015", "DATE", "2015-09-01"),
            ("May 12, 2016", "DATE", "2016-05-12"),
            ("the fourth quarter", "DATE", "2015-Q4"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_45(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_45(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), AUTO)
def test_a_company_report_of_its_periods_reads_as_news(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="auto"), expected)
