"""A thirty-seventh probe of narrative: Wikipedia-style histories of lesser-known wars, of
20th-century conflicts and revolutions, of major wars and campaigns, of ancient and medieval wars,
and of institutions, cities, companies and ships; and biographies of scientists, artists,
politicians, musicians, athletes, generals and business people (documents written for the
probe, in four rounds).

Passages written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Cases run with
``domain="narrative"`` and ``domain="auto"``; those a short passage cannot tell a history from
run in narrative mode only.

Readings these cases pin down:
- A story's time: "the winter" told in a story's March is the one just ended; a pluperfect month
  of a second clause ("and in December the emperor had agreed") or after a season; "the following
  April" after "the spring of 1986" is 1987's; an earlier date a participle set off by commas tells
  of a noun moves no story ("the First Dáil, elected in December 1918,"); years a comparison
  names ("more deaths than in 1919 and 1920"); "that October" of a year just named by the way ("The
  budget crisis of 1990 forced him to resign that October"); a pluperfect in the other clause
  leaves "that night" the story's day.
- The writer's present in a history: "earlier this month", "this week"; "will close for the
  winter at the end of October"; habits of the present ("still visits Bergen once a year, usually
  in August"; "usually setting out in late June"; "takes August off every year"); feasts kept
  every year ("a date now commemorated as Anzac Day").
- Extents and words: "six in the morning of 7 September 1812", "7:30 in the morning of 1 July
  1916", "early on the morning of 25 April 1915"; "that single day", "that one day"; "the first
  weeks of March" after "spent"; a count's "of" phrase ends before a verb's -ing with its object
  ("the final months of the war moving from village to village") and before where a possessive's
  noun was ("the first weeks of his reign in London"), but takes a place's own "of" ("ten days of
  fighting in the heart of Mexico City"); "until evening to go ashore"; "the 18th and shot on the
  22nd" (a day, no rank); "the campaign of 217", "the plague of 430"; reigns from "had been king
  since" and "was elected Great Khan"; "that July" after a name and an irregular past; "a final
  year"; "winters in Arizona and summers at a lake house"; water springs ("held the spring at
  Juchitengo"); album titles set off by commas ("Their debut album, December, reached"); surnames
  a month gave ("Captain Arthur May ... May commanded her"); "Michaelmas Day 1889"; "reaching 300
  by 1938"; "one day" hoped for.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Her painting was shown in 1905. One critic compared her to a Sunday painter who had "
            "strayed among wild beasts."
        ),
        "2012-09-03",
        [("1905", "DATE", "1905")],
    ),
    (
        "In 1921 he took up watercolours as a Sunday painter.",
        "2012-09-03",
        [("1921", "DATE", "1921")],
    ),
    (
        "He suffered a stroke in the spring of 1986 and died the following April.",
        "2013-02-11",
        [("the spring of 1986", "DATE", "1986-SP"), ("the following April", "DATE", "1987-04")],
    ),
    (
        "She moved to Lyon in the summer of 1950 and married a printer the following July.",
        "2013-02-11",
        [("the summer of 1950", "DATE", "1950-SU"), ("the following July", "DATE", "1951-07")],
    ),
    (
        "The school opened in the autumn of 1920; the following October it burned down.",
        "2013-02-11",
        [("the autumn of 1920", "DATE", "1920-FA"), ("the following October", "DATE", "1921-10")],
    ),
    (
        (
            "Ruiz died in March 2007. Haugland now lives in Palo Alto and still visits Bergen once a "
            "year, usually in the second half of August."
        ),
        "2010-11-20",
        [
            ("March 2007", "DATE", "2007-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("once a year", "SET", "P1Y"),
            ("the second half of August", "DATE", "XXXX-08", "END"),
        ],
    ),
    (
        (
            "The siege began on 19 February 1812. Galeana's men held the spring at Juchitengo, which "
            "supplied the town with water."
        ),
        "2013-05-02",
        [("19 February 1812", "DATE", "1812-02-19")],
    ),
    (
        (
            "The siege began on 19 February 1812. The defenders drew their water from the spring "
            "below the north wall."
        ),
        "2013-05-02",
        [("19 February 1812", "DATE", "1812-02-19")],
    ),
    (
        "The fort stood on a hill above a spring. It was besieged in 1812.",
        "2013-05-02",
        [("1812", "DATE", "1812")],
    ),
    (
        (
            "The Russians occupied Helsingfors on 2 March 1808, and the bombardment started on 19 "
            "March. However, the besiegers used the winter ice to move troops close to the walls. On "
            "6 April the commander signed an armistice."
        ),
        "2011-02-15",
        [
            ("2 March 1808", "DATE", "1808-03-02"),
            ("19 March", "DATE", "1808-03-19"),
            ("the winter", "DATE", "1807-WI"),
            ("6 April", "DATE", "1808-04-06"),
        ],
    ),
    (
        (
            "The army halted at the river on 20 March 1812. The winter was not yet over, and on 9 "
            "April a blizzard struck the camp."
        ),
        "2011-02-15",
        [
            ("20 March 1812", "DATE", "1812-03-20"),
            ("The winter", "DATE", "1811-WI"),
            ("9 April", "DATE", "1812-04-09"),
        ],
    ),
    (
        (
            "The siege began on 19 February 1812. The royalists spent the first weeks of March "
            "digging trenches."
        ),
        "2013-05-02",
        [
            ("19 February 1812", "DATE", "1812-02-19"),
            ("the first weeks of March", "DATE", "1812-03", "START"),
        ],
    ),
    (
        ("The siege began on 2 May 1770. The garrison spent the last days of May repairing the walls."),
        "2013-05-02",
        [("2 May 1770", "DATE", "1770-05-02"), ("the last days of May", "DATE", "1770-05", "END")],
    ),
    (
        (
            "The siege began in July 1686, and by the following May the garrison had nearly starved. "
            "Envoys had reached Beijing, and in December the emperor had agreed to a truce."
        ),
        "2010-11-20",
        [
            ("July 1686", "DATE", "1686-07"),
            ("the following May", "DATE", "1687-05"),
            ("December", "DATE", "1686-12"),
        ],
    ),
    (
        (
            "The fort fell in June 1781, and by the following spring the army had marched north. The "
            "French had landed, and in September their fleet had blockaded the bay."
        ),
        "2010-11-20",
        [
            ("June 1781", "DATE", "1781-06"),
            ("the following spring", "DATE", "1782-SP"),
            ("September", "DATE", "1781-09"),
        ],
    ),
    (
        "In February 1913 Madero was arrested on the 18th and shot on the night of the 22nd.",
        "2010-11-20",
        [
            ("February 1913", "DATE", "1913-02"),
            ("the 18th", "DATE", "1913-02-18"),
            ("the night of the 22nd", "TIME", "1913-02-22TNI"),
        ],
    ),
    (
        (
            "Parliament's army reached the town in June 1645. Its governor was wounded on the 14th "
            "and killed two days later."
        ),
        "2012-03-01",
        [
            ("June 1645", "DATE", "1645-06"),
            ("the 14th", "DATE", "1645-06-14"),
            ("two days later", "DATE", "1645-06-16"),
        ],
    ),
    (
        (
            "The rising began in April 1916. Its leaders surrendered on the 29th and were executed "
            "in Kilmainham the following month."
        ),
        "2013-01-21",
        [
            ("April 1916", "DATE", "1916-04"),
            ("the 29th", "DATE", "1916-04-29"),
            ("the following month", "DATE", "1916-05"),
        ],
    ),
    (
        (
            "Congress met in March 1861. Lincoln was inaugurated on the 4th and appointed his "
            "cabinet the next day."
        ),
        "2011-03-04",
        [
            ("March 1861", "DATE", "1861-03"),
            ("the 4th", "DATE", "1861-03-04"),
            ("the next day", "DATE", "1861-03-05"),
        ],
    ),
    (
        (
            "The first half of 1921 was the bloodiest period of the war, with more deaths than in "
            "1919 and 1920 combined. On 25 May the IRA burned the Custom House."
        ),
        "2013-01-21",
        [
            ("The first half of 1921", "DATE", "1921-H1"),
            ("1919", "DATE", "1919"),
            ("1920", "DATE", "1920"),
            ("25 May", "DATE", "1921-05-25"),
        ],
    ),
    (
        (
            "Losses in 1917 were heavier than in 1915 and 1916 together. On 9 April the Canadians "
            "stormed Vimy Ridge."
        ),
        "2012-04-09",
        [
            ("1917", "DATE", "1917"),
            ("1915", "DATE", "1915"),
            ("1916", "DATE", "1916"),
            ("9 April", "DATE", "1917-04-09"),
        ],
    ),
    (
        (
            "The war began on 21 January 1919, when the First Dáil, elected in December 1918, met in "
            "Dublin. For most of that year, however, violence remained sporadic."
        ),
        "2013-01-21",
        [
            ("21 January 1919", "DATE", "1919-01-21"),
            ("December 1918", "DATE", "1918-12"),
            ("that year", "DATE", "1919"),
        ],
    ),
    (
        (
            "The revolt broke out on 18 March 1871, when the National Guard, formed in September "
            "1870, refused to give up its guns. That spring Paris was besieged again."
        ),
        "2011-03-18",
        [
            ("18 March 1871", "DATE", "1871-03-18"),
            ("September 1870", "DATE", "1870-09"),
            ("That spring", "DATE", "1871-SP"),
        ],
    ),
    (
        "In a 2018 interview she said she takes August off every year to walk in the Pennines.",
        "2022-08-15",
        [("2018", "DATE", "2018"), ("August", "DATE", "XXXX-08"), ("every year", "SET", "P1Y")],
    ),
    (
        (
            "She moved to Berkeley in 1924. Over the next decade she made forty trips into the "
            "Sierra, usually setting out in late June and returning in October."
        ),
        "2021-06-10",
        [
            ("1924", "DATE", "1924"),
            ("the next decade", "DURATION", "P10Y"),
            ("late June", "DATE", "XXXX-06", "END"),
            ("October", "DATE", "XXXX-10"),
        ],
    ),
    (
        (
            "She was appointed editor in March 2001. Its 2004 investigation into payments to "
            "councillors won the Paul Foot Award that November."
        ),
        "2022-08-15",
        [("March 2001", "DATE", "2001-03"), ("2004", "DATE", "2004"), ("that November", "DATE", "2004-11")],
    ),
    (
        ("He became mayor in January 1987. The budget crisis of 1990 forced him to resign that October."),
        "2022-08-15",
        [("January 1987", "DATE", "1987-01"), ("1990", "DATE", "1990"), ("that October", "DATE", "1990-10")],
    ),
    (
        'The band released the single "Tuesday\'s Ghosts" in March 1978.',
        "2014-04-22",
        [("March 1978", "DATE", "1978-03")],
    ),
    (
        'In 1964 she recorded "Sunday Kind of Love," which became her signature song.',
        "2012-03-15",
        [("1964", "DATE", "1964")],
    ),
    (
        "Their debut album, December, reached number 14 in the UK in November 1979.",
        "2014-04-22",
        [("November 1979", "DATE", "1979-11")],
    ),
    (
        "Their second album, August, was recorded in 1985.",
        "2014-04-22",
        [("1985", "DATE", "1985")],
    ),
    (
        (
            "In 2011 she pledged $50 million to the university. In an interview last month, she said "
            "she had no plans to sell her stake this year."
        ),
        "2014-02-10",
        [("2011", "DATE", "2011"), ("last month", "DATE", "2014-01"), ("this year", "DATE", "2014")],
    ),
    (
        "Mayhew has said that he hopes to manage in the Premier League one day.",
        "2013-06-20",
        [("one day", "DATE", "FUTURE_REF")],
    ),
    (
        "She hopes one day to coach the national team.",
        "2013-06-20",
        [("one day", "DATE", "FUTURE_REF")],
    ),
    (
        ("He spent a final year at Tranmere Rovers before announcing his retirement on 4 June 2009."),
        "2013-06-20",
        [("a final year", "DURATION", "P1Y"), ("4 June 2009", "DATE", "2009-06-04")],
    ),
    (
        "She played one final year in Italy before retiring in 2004.",
        "2013-06-20",
        [("one final year", "DURATION", "P1Y"), ("2004", "DATE", "2004")],
    ),
    (
        "She currently spends winters in Arizona and summers at a lake house in Wisconsin.",
        "2014-02-10",
        [("currently", "DATE", "PRESENT_REF"), ("winters", "SET", "XXXX-WI"), ("summers", "SET", "XXXX-SU")],
    ),
    (
        "He spends summers in Maine and winters in Florida.",
        "2014-02-10",
        [("summers", "SET", "XXXX-SU"), ("winters", "SET", "XXXX-WI")],
    ),
    (
        "The battle opened at six in the morning of 7 September 1812.",
        "2011-03-14",
        [("six in the morning of 7 September 1812", "TIME", "1812-09-07T06:00")],
    ),
    (
        "The assault began at 7:30 in the morning of 1 July 1916.",
        "2011-03-14",
        [("7:30 in the morning of 1 July 1916", "TIME", "1916-07-01T07:30")],
    ),
    (
        ("The offensive opened on 1 July 1916. On that single day the British army lost 57,000 men."),
        "2011-03-14",
        [("1 July 1916", "DATE", "1916-07-01"), ("that single day", "DATE", "1916-07-01")],
    ),
    (
        (
            "The battle was fought on 7 September 1812. On that one day more men fell than in any "
            "battle before it."
        ),
        "2011-03-14",
        [("7 September 1812", "DATE", "1812-09-07"), ("that one day", "DATE", "1812-09-07")],
    ),
    (
        "The landings took place early on the morning of 25 April 1915.",
        "2010-04-25",
        [("early on the morning of 25 April 1915", "TIME", "1915-04-25TMO", "START")],
    ),
    (
        "The fleet sailed late on the evening of 4 June 1944.",
        "2010-04-25",
        [("late on the evening of 4 June 1944", "TIME", "1944-06-04TEV", "END")],
    ),
    (
        "The landings took place on 25 April 1915, a date now commemorated as Anzac Day.",
        "2010-04-25",
        [
            ("25 April 1915", "DATE", "1915-04-25"),
            ("now", "DATE", "PRESENT_REF"),
            ("Anzac Day", "DATE", "XXXX-04-25"),
        ],
    ),
    (
        ("The armistice took effect on 11 November 1918, a date still marked in Britain as Remembrance Day."),
        "2010-04-25",
        [("11 November 1918", "DATE", "1918-11-11"), ("Remembrance Day", "DATE", "XXXX-11-11")],
    ),
    (
        "The troops landed on 25 April 1915. The rest waited until evening to go ashore.",
        "2010-04-25",
        [("25 April 1915", "DATE", "1915-04-25"), ("evening", "TIME", "1915-04-25TEV")],
    ),
    (
        ("The town was stormed on 2 May 1863. The defenders held out until evening to cover the retreat."),
        "2010-04-25",
        [("2 May 1863", "DATE", "1863-05-02"), ("evening", "TIME", "1863-05-02TEV")],
    ),
    (
        (
            "The fort fell on 3 May 1808. The garrison had prepared for a long siege, but it "
            "surrendered that night."
        ),
        "2013-01-30",
        [("3 May 1808", "DATE", "1808-05-03"), ("that night", "TIME", "1808-05-03TNI")],
    ),
    (
        (
            "The town was stormed on 3 May 1808. The defenders had fought well, but they lost the "
            "walls in a single night."
        ),
        "2013-01-30",
        [("3 May 1808", "DATE", "1808-05-03"), ("a single night", "TIME", "1808-05-03TNI")],
    ),
    (
        (
            "The attacks came on 30 January 1968. Commanders had expected trouble, but the scale of "
            "the assault, against 100 towns in a single night, was a surprise."
        ),
        "2013-01-30",
        [("30 January 1968", "DATE", "1968-01-30"), ("a single night", "TIME", "1968-01-30TNI")],
    ),
    (
        (
            "A biography of her longest-serving master, Captain Arthur May, was published in 2008. "
            "May commanded her from 1919 to 1934."
        ),
        "2012-03-15",
        [("2008", "DATE", "2008"), ("1919", "DATE", "1919"), ("1934", "DATE", "1934")],
    ),
    (
        "The firm's chairman, Sir Thomas May, resigned in 1931. May had led the board since 1904.",
        "2011-09-20",
        [("1931", "DATE", "1931"), ("1904", "DATE", "1904")],
    ),
    (
        ("The regiment was led by Colonel Henry May in 1915. May was killed at Loos that September."),
        "2012-03-15",
        [("1915", "DATE", "1915"), ("that September", "DATE", "1915-09")],
    ),
    (
        ("The college moved to its present site in 1884. The chapel was consecrated on Michaelmas Day 1889."),
        "2014-02-10",
        [("1884", "DATE", "1884"), ("Michaelmas Day 1889", "DATE", "1889-09-29")],
    ),
    (
        "The guild was founded in 1420. Its charter was sealed on Candlemas Day 1423.",
        "2014-02-10",
        [("1420", "DATE", "1420"), ("Candlemas Day 1423", "DATE", "1423-02-02")],
    ),
    (
        "Student numbers grew steadily, reaching 300 by 1938.",
        "2014-02-10",
        [("1938", "DATE", "1938")],
    ),
    (
        "Enrolment rose to 450 by 1962.",
        "2014-02-10",
        [("1962", "DATE", "1962")],
    ),
    (
        (
            "The society reopened two miles of line in May 1988. Its newest locomotive returned to "
            "steam earlier this month after a seven-year overhaul."
        ),
        "2013-11-18",
        [
            ("May 1988", "DATE", "1988-05"),
            ("earlier this month", "DATE", "2013-11", "START"),
            ("seven-year", "DURATION", "P7Y"),
        ],
    ),
    (
        ("The company was acquired in 1965. Its owners announced this week that the brand would be revived."),
        "2013-09-20",
        [("1965", "DATE", "1965"), ("this week", "DATE", "2013-W38")],
    ),
    (
        "The pier was rebuilt in 1904 and again in 1987. Repairs began this month.",
        "2014-02-10",
        [("1904", "DATE", "1904"), ("1987", "DATE", "1987"), ("this month", "DATE", "2014-02")],
    ),
    (
        (
            "The station was automated in 1996. The heritage centre will close for the winter at the "
            "end of October."
        ),
        "2010-09-20",
        [
            ("1996", "DATE", "1996"),
            ("the winter", "DATE", "2010-WI"),
            ("the end of October", "DATE", "2010-10", "END"),
        ],
    ),
    (
        (
            "The hotel was built in 1889 and extended in 1926. It will reopen in the spring after a "
            "long renovation."
        ),
        "2013-09-20",
        [("1889", "DATE", "1889"), ("1926", "DATE", "1926"), ("the spring", "DATE", "2014-SP")],
    ),
    (
        "The theatre was restored in 1985. The company will tour Scotland in November.",
        "2010-09-20",
        [("1985", "DATE", "1985"), ("November", "DATE", "2010-11")],
    ),
    (
        (
            "Hannibal won at Cannae in 216 BC. Historians still debate whether the campaign of 217 "
            "was the decisive one."
        ),
        "2011-03-14",
        [("216 BC", "DATE", "BC0216"), ("217", "DATE", "BC0217")],
    ),
    (
        "The war began in 431 BC. The plague of 430 killed Pericles' sons.",
        "2012-06-02",
        [("431 BC", "DATE", "BC0431"), ("430", "DATE", "BC0430")],
    ),
    (
        "The Vikings sacked Lindisfarne in 793. The raids of 794 struck Jarrow.",
        "2012-06-02",
        [("793", "DATE", "0793"), ("794", "DATE", "0794")],
    ),
    (
        (
            "Edward III had been king of England since January 1327. In the twentieth year of his "
            "reign he landed in Normandy."
        ),
        "2010-09-20",
        [("January 1327", "DATE", "1327-01"), ("the twentieth year of his reign", "DATE", "1346")],
    ),
    (
        (
            "Jerusalem surrendered to Saladin on 2 October 1187. News of the defeat at Hattin that "
            "July had already reached the West."
        ),
        "2012-10-15",
        [("2 October 1187", "DATE", "1187-10-02"), ("that July", "DATE", "1187-07")],
    ),
]

NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        "The prince spent the final months of the war moving from village to village.",
        "2012-03-02",
        [("the final months of the war", "DURATION", "PXM")],
    ),
    (
        "The regiment passed the first weeks of the siege digging trenches.",
        "2012-03-02",
        [("the first weeks of the siege", "DURATION", "PXW")],
    ),
    (
        "The old king spent the last years of his reign quarrelling with his sons.",
        "2012-03-02",
        [("the last years of his reign", "DURATION", "PXY")],
    ),
    (
        (
            "In February 1913 the Decena Trágica, ten days of fighting in the heart of Mexico City, "
            "ended with Huerta's betrayal of the president."
        ),
        "2010-11-20",
        [
            ("February 1913", "DATE", "1913-02"),
            ("ten days of fighting in the heart of Mexico City", "DURATION", "P10D"),
        ],
    ),
    (
        (
            "The siege of the town began in May 1809 and ended after three weeks of fighting in the "
            "streets of the old quarter."
        ),
        "2012-05-01",
        [
            ("May 1809", "DATE", "1809-05"),
            ("three weeks of fighting in the streets of the old quarter", "DURATION", "P3W"),
        ],
    ),
    (
        ("The Warsaw rising of August 1944 became two months of fighting in the ruins of the Old Town."),
        "2012-08-01",
        [
            ("August 1944", "DATE", "1944-08"),
            ("two months of fighting in the ruins of the Old Town", "DURATION", "P2M"),
        ],
    ),
    (
        ("Exports in 1923 were larger than in the whole of 1921. In March the government cut tariffs."),
        "2011-06-01",
        [("1923", "DATE", "1923"), ("1921", "DATE", "1921"), ("March", "DATE", "1923-03")],
    ),
    (
        (
            'He died in 2011. His compositions, including "Second Avenue Sunday" and "Winter Light," '
            "are still widely performed today."
        ),
        "2012-03-15",
        [("2011", "DATE", "2011"), ("today", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "Kutuzov chose to stand at Borodino in 1812. The battle opened at about six in the "
            "morning of 7 September and raged until nightfall."
        ),
        "2011-03-14",
        [
            ("1812", "DATE", "1812"),
            ("about six in the morning of 7 September", "TIME", "1812-09-07T06:00", "APPROX"),
            ("nightfall", "TIME", "1812-09-07TEV"),
        ],
    ),
    (
        "Ögedei was elected Great Khan in 1229. In the thirteenth year of his reign he died.",
        "2011-11-23",
        [("1229", "DATE", "1229"), ("the thirteenth year of his reign", "DATE", "1241")],
    ),
    (
        (
            "Richard I succeeded his father in July 1189. He spent the first months of his reign "
            "raising money."
        ),
        "2012-10-15",
        [("July 1189", "DATE", "1189-07"), ("the first months of his reign", "DURATION", "PXM")],
    ),
    (
        "Henry V became king in March 1413. He spent the first weeks of his reign in London.",
        "2010-09-20",
        [("March 1413", "DATE", "1413-03"), ("the first weeks of his reign", "DURATION", "PXW")],
    ),
    (
        "Godfrey took Jerusalem in July 1099. He spent the last months of his life in Jerusalem.",
        "2013-01-08",
        [("July 1099", "DATE", "1099-07"), ("the last months of his life", "DURATION", "PXM")],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_37(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_37_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
