"""A forty-sixth probe, in eight rounds: news of 2013 (elections in Latin America and Europe;
science, health and technology; crime and courts; Britain, Europe and Russia; the Middle East;
short US wires; Africa and South Asia; US politics; the Asia-Pacific; companies and markets;
disasters), AP and WSJ news of 1989-91, AQUAINT-like news of 1998-2000, broadcast transcripts of
1998, government press releases, and histories of wars from Rome to the 2000s, battles told hour
by hour among them (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- "the last century" is the century before, a date, as "the previous century" is ("for most of
  the last century" is the 20th in 2013); "over the last century" is measured out, a length.
- An attribution closed by an adverb ("officials said privately") dates the saying, not what
  was said: "unlikely to be in place before Christmas" is the coming Christmas.
- A timetable's verb after a possessive is a noun ("Gorbachev's state visit May 15 was
  overshadowed"), an event gone by; a perfect with an irregular participle is past ("is believed
  to have won the May 7 election", "has won").
- An election promised for a month is ahead ("Iliescu promised free elections in April"); a
  product that ships on a day, in what was said, is ahead ("said the new version ships Feb. 17";
  not "sank two ships on May 4").
- A day named for its weekday ("Super Tuesday") opens no timetable: "will meet again Wednesday
  night" is this week's.
- "that May" after a year the last time something happened ("last grounded a fleet in 1979,
  after a DC-10 crashed that May") is that year's.
- TimeBank's and AQUAINT's quotation marks (``...'') close a quotation like curly ones: "Today"
  in one the speaker said on Wednesday is Wednesday.
- "overnight around the palace"; "2 a.m. Kuwait time"; a place's relative clause after the
  expression ("..., where he was to speak") tells its own time.
- A participle of an event's holding set off after its noun ("The funeral, held at St Paul's on
  17 April, will be attended") and a subject's relative clause ("Parents who plan to protest on
  Friday said") are dated by their own verbs; so is a participle with its deadline ("Plans
  purchased by Dec. 15 start Jan. 1"); "has to repay the loan Friday" looks ahead.
- In news, a time told in a relative clause set off by commas is background; a year that
  restates the day just told moves no clock off it; a day counted later in the sentence of a
  pluperfect day counts from it; "that year" after "until Jan. 1, 2002" is 2002.
- "the '90s" in 1989 are the coming decade; "the last century" the one before; "hundreds of years
  ago" a vague past; "overnight" at once ("will not change ... overnight", "overnight in 1992")
  no night; a match report that opens on its result has a game's halves and quarters.
- Auto mode reads as histories an attack's or a landing's article dated in its first sentence,
  a war's phase and a lead with its date in apposition; a history's battle day brings the
  section after the background back to it; edges of the day in a habit are every day's.
- "The rally began at 7 p.m. Thursday"; a dateline's country keeps its national day when the
  sentence names no other; a document's number ("No 1303/2013") holds no year.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    (
        "The party ran the country for most of the last century.",
        "2013-04-22",
        [("the last century", "DATE", "19")],
    ),
    ("Sea levels rose over the last century.", "2013-04-22", [("the last century", "DURATION", "P100Y")]),
    (
        "A new government is unlikely to be in place before Christmas, officials said privately.",
        "2013-09-23",
        [("Christmas", "DATE", "2013-12-25")],
    ),
    (
        "Gorbachev's state visit May 15 was overshadowed by the protests.",
        "1989-06-05",
        [("May 15", "DATE", "1989-05-15")],
    ),
    ("The leaders visit Moscow on Friday.", "1989-06-05", [("Friday", "DATE", "1989-06-09")]),
    (
        "Endara, who is believed to have won the May 7 election, was sworn in.",
        "1989-12-21",
        [("May 7", "DATE", "1989-05-07")],
    ),
    (
        "Endara, who has won the May 7 election, was sworn in on Wednesday.",
        "1989-12-21",
        [("May 7", "DATE", "1989-05-07"), ("Wednesday", "DATE", "1989-12-20")],
    ),
    ("Iliescu promised free elections in April.", "1989-12-26", [("April", "DATE", "1990-04")]),
    ("The opposition demanded a vote on Friday.", "1989-12-26", [("Friday", "DATE", "1989-12-22")]),
    ("He said the new version ships Feb. 17.", "1999-11-06", [("Feb. 17", "DATE", "2000-02-17")]),
    ("The navy sank two ships on May 4.", "1999-11-06", [("May 4", "DATE", "1999-05-04")]),
    (
        (
            "Voters head to the polls on Super Tuesday. The candidates will meet again Wednesday night "
            "in a debate."
        ),
        "2000-01-25",
        [("Super Tuesday", "DATE", "2000-03-07"), ("Wednesday night", "TIME", "2000-01-26TNI")],
    ),
    (
        "The FAA last grounded a fleet in 1979, after a DC-10 crashed that May.",
        "2013-01-17",
        [("1979", "DATE", "1979"), ("that May", "DATE", "1979-05")],
    ),
    (
        "``Today is one of the happiest days of my life,'' Kohl said Wednesday.",
        "1990-10-04",
        [("Today", "DATE", "1990-10-03"), ("Wednesday", "DATE", "1990-10-03")],
    ),
    (
        "``Tomorrow we vote,'' Kohl said Wednesday.",
        "1990-10-04",
        [("Tomorrow", "DATE", "1990-10-04"), ("Wednesday", "DATE", "1990-10-03")],
    ),
    (
        "Fighting continued overnight around the palace.",
        "1990-08-03",
        [("overnight", "TIME", "1990-08-02TNI")],
    ),
    (
        "The invasion began at 2 a.m. Kuwait time Thursday.",
        "1990-08-03",
        [("2 a.m. Kuwait time Thursday", "TIME", "1990-08-02T02:00+03:00")],
    ),
    (
        (
            "The president met with his national security advisers for about an hour Thursday morning "
            "before flying to Aspen, where he was to speak."
        ),
        "1990-08-03",
        [("an hour", "DURATION", "PT1H", "APPROX"), ("Thursday morning", "TIME", "1990-08-02TMO")],
    ),
    (
        "With the clock ticking down to midnight Friday, government officials said today they were ready.",
        "1999-12-30",
        [("midnight Friday", "TIME", "1999-12-31T24:00"), ("today", "DATE", "1999-12-30")],
    ),
    (
        "The funeral, held at St Paul's Cathedral on 17 April, will be attended by the Queen.",
        "2013-04-08",
        [("17 April", "DATE", "2013-04-17")],
    ),
    (
        "The summit, held in Vilnius on 28-29 November, is expected to be tense.",
        "2013-04-08",
        [("28", "DATE", "2013-11-28"), ("29 November", "DATE", "2013-11-29")],
    ),
    (
        "Armed Forces Day, an annual event held on the last Saturday of June, will go ahead as planned.",
        "2013-05-23",
        [("the last Saturday of June", "DATE", "2013-06-29")],
    ),
    (
        "Security, tightened after a bomb threat on Thursday, will remain in place.",
        "2013-04-08",
        [("Thursday", "DATE", "2013-04-04")],
    ),
    (
        (
            "The crowds on Sunday were the biggest since 2004, and some demonstrators occupied city "
            "hall overnight."
        ),
        "2013-12-02",
        [("Sunday", "DATE", "2013-12-01"), ("2004", "DATE", "2004"), ("overnight", "TIME", "2013-12-01TNI")],
    ),
    (
        "On Sunday, after rain overnight, the crowds grew.",
        "2013-12-02",
        [("Sunday", "DATE", "2013-12-01"), ("overnight", "TIME", "2013-11-30TNI")],
    ),
    ("Stocks were battered by Friday's plunge.", "1989-10-16", [("Friday", "DATE", "1989-10-13")]),
    ("Bids are due by Friday's deadline.", "1989-10-16", [("Friday", "DATE", "1989-10-20")]),
    ("The next big hurdle is Friday's employment report.", "1989-11-02", [("Friday", "DATE", "1989-11-03")]),
    (
        (
            "Several chains will open on Nov. 24, traditionally the busiest shopping day of the year. "
            "Some stores will open at 7 a.m."
        ),
        "1989-11-14",
        [
            ("Nov. 24", "DATE", "1989-11-24"),
            ("the year", "DATE", "1989"),
            ("7 a.m.", "TIME", "1989-11-24T07:00"),
        ],
    ),
    (
        "The meeting is set for Dec. 12, the last board meeting of 1989. It will start at 10 a.m.",
        "1989-10-19",
        [
            ("Dec. 12", "DATE", "1989-12-12"),
            ("1989", "DATE", "1989"),
            ("10 a.m.", "TIME", "1989-12-12T10:00"),
        ],
    ),
    (
        (
            "Sales rose only 3.8% in October, according to figures released Thursday, compared with "
            "6.1% in the same month a year earlier."
        ),
        "1989-11-14",
        [
            ("October", "DATE", "1989-10"),
            ("Thursday", "DATE", "1989-11-09"),
            ("the same month a year earlier", "DATE", "1988-10"),
        ],
    ),
    (
        (
            "Sales fell 5% in October, the Commerce Department said Friday, after rising 2% in the "
            "same month last year."
        ),
        "1989-11-14",
        [
            ("October", "DATE", "1989-10"),
            ("Friday", "DATE", "1989-11-10"),
            ("the same month last year", "DATE", "1988-10"),
        ],
    ),
    (
        (
            "To help clear the way for this week's meeting, Israel's Cabinet voted on Sunday to "
            "release 104 prisoners."
        ),
        "2013-07-31",
        [("this week", "DATE", "2013-W31"), ("Sunday", "DATE", "2013-07-28")],
    ),
    (
        "Every Friday from now on will be a day of martyrs.",
        "2013-08-15",
        [("Every Friday", "SET", "XXXX-WXX-5"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        "The president spoke at one o'clock this afternoon, and his critics pounced by three o'clock.",
        "1998-01-21",
        [
            ("one o'clock this afternoon", "TIME", "1998-01-21T13:00"),
            ("three o'clock", "TIME", "1998-01-21T15:00"),
        ],
    ),
    (
        "The Heat beat the Spurs 95-88 on Thursday night. Miami went into the fourth quarter tied at 72.",
        "2013-06-21",
        [("Thursday night", "TIME", "2013-06-20TNI")],
    ),
    (
        "The Heat beat the Spurs 95-88 on Thursday night. Miami was behind at the end of the first half.",
        "2013-06-21",
        [("Thursday night", "TIME", "2013-06-20TNI")],
    ),
    (
        "Apple beat estimates. Sales rose in the first half.",
        "2013-06-21",
        [("the first half", "DATE", "2013-H1")],
    ),
    (
        "Union members who plan to march on City Hall in the spring said they were encouraged.",
        "2013-11-06",
        [("the spring", "DATE", "2014-SP")],
    ),
    (
        "Parents who plan to protest on Friday said the board ignored them.",
        "2013-11-06",
        [("Friday", "DATE", "2013-11-08")],
    ),
    (
        "Voters who went to the polls on Tuesday said they were tired.",
        "2013-11-06",
        [("Tuesday", "DATE", "2013-11-05")],
    ),
    (
        "Voters went to the polls Tuesday. Lhota conceded at 10:30 p.m. Polls had opened at 6 a.m.",
        "2013-11-06",
        [
            ("Tuesday", "DATE", "2013-11-05"),
            ("10:30 p.m.", "TIME", "2013-11-05T22:30"),
            ("6 a.m.", "TIME", "2013-11-05T06:00"),
        ],
    ),
    (
        (
            "Serbian state television, which was off the air for several days after an April 23 strike "
            "on its headquarters, broadcast the pullout news at 8 p.m. without comment."
        ),
        "1999-06-10",
        [
            ("several days", "DURATION", "PXD"),
            ("April 23", "DATE", "1999-04-23"),
            ("8 p.m.", "TIME", "1999-06-10T20:00"),
        ],
    ),
    (
        "NEW DELHI, India (AP) -- Clinton delayed his Independence Day holiday to meet Sharif in Washington.",
        "1999-07-12",
        [("Independence Day", "DATE", "1999-07-04")],
    ),
    (
        "Commanders said they wanted the posts secure well before winter.",
        "1999-07-12",
        [("winter", "DATE", "1999-WI")],
    ),
    (
        "The government announced that Friday would be a national holiday.",
        "1998-05-28",
        [("Friday", "DATE", "1998-05-29")],
    ),
    (
        (
            "Mudslides hit on Thursday, Dec. 16. Mr. Chavez, who took office in February, had spent "
            "the previous day campaigning."
        ),
        "1999-12-20",
        [
            ("Thursday, Dec. 16", "DATE", "1999-12-16"),
            ("February", "DATE", "1999-02"),
            ("the previous day", "DATE", "1999-12-15"),
        ],
    ),
    (
        "The fault last produced a major earthquake hundreds of years ago.",
        "1999-09-23",
        [("hundreds of years ago", "DATE", "PAST_REF")],
    ),
    (
        "India set off five devices on May eleventh and thirteenth.",
        "1998-05-28",
        [("May eleventh", "DATE", "1998-05-11"), ("thirteenth", "DATE", "1998-05-13")],
    ),
    ("We met on May eleventh and second, he said.", "1998-05-28", [("May eleventh", "DATE", "1998-05-11")]),
    (
        "Bennett has called drugs the defining domestic issue of the '90s.",
        "1989-09-06",
        [("the '90s", "DATE", "199")],
    ),
    ("It was like the '20s.", "2013-09-06", [("the '20s", "DATE", "192")]),
    (
        (
            "Rescue work continued on Friday. Cracks had appeared on Tuesday, but managers told "
            "workers to return the next day."
        ),
        "2013-04-26",
        [
            ("Friday", "DATE", "2013-04-26"),
            ("Tuesday", "DATE", "2013-04-23"),
            ("the next day", "DATE", "2013-04-24"),
        ],
    ),
    (
        (
            "The judge sentenced the men on Friday. They had been convicted on Tuesday, and the "
            "defence appealed the following day."
        ),
        "2013-09-13",
        [
            ("Friday", "DATE", "2013-09-13"),
            ("Tuesday", "DATE", "2013-09-10"),
            ("the following day", "DATE", "2013-09-11"),
        ],
    ),
    (
        "A death sentence will not change the way women are treated in this country overnight.",
        "2013-09-13",
        [],
    ),
    (
        "The company, which was founded two years ago, has grown since March.",
        "1999-09-23",
        [("two years ago", "DATE", "1997"), ("March", "DATE", "1999-03")],
    ),
    ("Heating oil rose, a bad sign heading into the fall.", "1990-08-03", [("the fall", "DATE", "1990-FA")]),
    (
        "Coverage bought by Dec. 15 will take effect on New Year's Day.",
        "2013-10-01",
        [("Dec. 15", "DATE", "2013-12-15"), ("New Year's Day", "DATE", "2014-01-01")],
    ),
    (
        "Plans purchased by Dec. 15 start Jan. 1.",
        "2013-10-01",
        [("Dec. 15", "DATE", "2013-12-15"), ("Jan. 1", "DATE", "2014-01-01")],
    ),
    ("Prices dropped by Friday.", "2013-10-01", [("Friday", "DATE", "2013-09-27")]),
    ("They need to be back in the market Monday.", "2000-09-22", [("Monday", "DATE", "2000-09-25")]),
    ("Russia has to repay the loan Friday.", "1998-08-18", [("Friday", "DATE", "1998-08-21")]),
    ("The count must end by 5 p.m. Tuesday.", "2000-09-22", [("5 p.m. Tuesday", "TIME", "2000-09-26T17:00")]),
    (
        "Notes will not circulate until Jan. 1, 2002, and coins will be withdrawn by the end of that year.",
        "1998-12-31",
        [("Jan. 1, 2002", "DATE", "2002-01-01"), ("the end of that year", "DATE", "2002", "END")],
    ),
    ("Hyperinflation wiped out savings overnight in 1992.", "1998-08-18", [("1992", "DATE", "1992")]),
    ("The ruble fell overnight in Asian trading.", "1998-08-18", [("overnight", "TIME", "1998-08-17TNI")]),
    (
        (
            "Musharraf spoke shortly before 3 a.m. Friday. The takeover began on Tuesday afternoon. "
            "Troops seized the building at about 5 p.m., and by 8:15 p.m. soldiers had surrounded the "
            "residence."
        ),
        "1999-10-15",
        [
            ("3 a.m. Friday", "TIME", "1999-10-15T03:00"),
            ("Tuesday afternoon", "TIME", "1999-10-12TAF"),
            ("about 5 p.m.", "TIME", "1999-10-12T17:00", "APPROX"),
            ("8:15 p.m.", "TIME", "1999-10-12T20:15"),
        ],
    ),
    ("The rally began at 7 p.m. Thursday.", "1990-06-22", [("7 p.m. Thursday", "TIME", "1990-06-21T19:00")]),
    (
        "HARARE, Zimbabwe (AP) -- Mugabe gave an address marking Independence Day, which falls on Tuesday.",
        "2000-04-16",
        [("Independence Day", "DATE", "2000-04-18"), ("Tuesday", "DATE", "2000-04-18")],
    ),
    (
        (
            "Regulation (EU) No 1303/2013 lays down common provisions, and Council Directive "
            "2006/112/EC applies."
        ),
        "2013-02-27",
        [],
    ),
    ("The 2010/11 season was long.", "2013-02-27", [("2010", "DATE", "2010"), ("11", "DATE", "2011")]),
    (
        (
            "Deliveries accelerated in 2009, and the Department expects to complete delivery by the "
            "end of the year."
        ),
        "2010-03-15",
        [("2009", "DATE", "2009"), ("the end of the year", "DATE", "2010", "END")],
    ),
]
NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        "The treaty of 1815 undid the gains of the previous century. The last century had seen none.",
        "2010-05-04",
        [
            ("1815", "DATE", "1815"),
            ("the previous century", "DATE", "17"),
            ("The last century", "DATE", "17"),
        ],
    ),
    (
        "The teams met in May 1969 in a qualifier for the 1970 World Cup. Honduras won on 8 June.",
        "2010-07-14",
        [("May 1969", "DATE", "1969-05"), ("1970", "DATE", "1970"), ("8 June", "DATE", "1969-06-08")],
    ),
    (
        (
            "In May 1935 the delegates met in Buenos Aires, ahead of the 1936 Olympics. The treaty was "
            "signed on 12 June."
        ),
        "2012-01-10",
        [("May 1935", "DATE", "1935-05"), ("1936", "DATE", "1936"), ("12 June", "DATE", "1935-06-12")],
    ),
    (
        (
            "Eastern Front\n\nOn 5 August 1915 the Germans captured Warsaw.\n\nRussian Revolution\n\nDespite "
            "the success of the June 1916 Brusilov offensive, unrest grew. Romania entered the war on "
            "27 August."
        ),
        "2009-06-02",
        [
            ("5 August 1915", "DATE", "1915-08-05"),
            ("June 1916", "DATE", "1916-06"),
            ("27 August", "DATE", "1916-08-27"),
        ],
    ),
    (
        "Israel celebrates Independence Day each spring according to the Hebrew calendar.",
        "2010-05-01",
        [("each spring", "SET", "XXXX-SP")],
    ),
    (
        (
            "The treaty was signed in February 1763. War broke out that May, and in October the king "
            "issued a proclamation."
        ),
        "2012-06-30",
        [
            ("February 1763", "DATE", "1763-02"),
            ("that May", "DATE", "1763-05"),
            ("October", "DATE", "1763-10"),
        ],
    ),
    (
        (
            "The operation began on 24 April 1954. In the guarded villages, curfews from dusk until "
            "dawn were enforced daily."
        ),
        "2010-05-01",
        [
            ("24 April 1954", "DATE", "1954-04-24"),
            ("dusk", "TIME", "XXXX-XX-XXTEV"),
            ("dawn", "TIME", "XXXX-XX-XXTMO"),
            ("daily", "SET", "P1D"),
        ],
    ),
    (
        "The rising began on 12 January 1904. Patrols went out every night and returned at dawn.",
        "2010-05-01",
        [
            ("12 January 1904", "DATE", "1904-01-12"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("dawn", "TIME", "XXXX-XX-XXTMO"),
        ],
    ),
    (
        "The rising began on 12 January 1904. At dawn the guns fired.",
        "2010-05-01",
        [("12 January 1904", "DATE", "1904-01-12"), ("dawn", "TIME", "1904-01-12TMO")],
    ),
    (
        (
            "The Americans captured Ormoc on 10 December 1944, although mopping-up went on until May "
            "1945. Mindoro was invaded on 15 December."
        ),
        "2011-10-20",
        [
            ("10 December 1944", "DATE", "1944-12-10"),
            ("May 1945", "DATE", "1945-05"),
            ("15 December", "DATE", "1944-12-15"),
        ],
    ),
    (
        "The Bastille fell in July 1789. The French celebrate 14 July annually.",
        "2009-01-17",
        [("July 1789", "DATE", "1789-07"), ("14 July", "DATE", "XXXX-07-14"), ("annually", "SET", "P1Y")],
    ),
]
AUTO: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The final phase of the Sri Lankan Civil War was fought from July 2006 until 18 May 2009. "
            "The rebels' capital fell on 2 January 2009. On 20 April, tens of thousands of civilians "
            "crossed the lagoon. Prabhakaran was killed early on 18 May."
        ),
        "2012-05-18",
        [
            ("July 2006", "DATE", "2006-07"),
            ("18 May 2009", "DATE", "2009-05-18"),
            ("2 January 2009", "DATE", "2009-01-02"),
            ("20 April", "DATE", "2009-04-20"),
            ("18 May", "DATE", "2009-05-18"),
        ],
    ),
    (
        (
            "Attack on Pearl Harbor\n\nThe attack on Pearl Harbor was a surprise military strike by the "
            "Imperial Japanese Navy against the United States naval base at Pearl Harbor, Hawaii, on "
            "Sunday, December 7, 1941.\n\nBackground\n\nThe final order was sent on December 2.\n\nThe "
            "attack\n\nAt 6:00 a.m. the carriers began launching aircraft. The first wave reached the "
            "island at 7:48.\n\nToday survivors gather at the memorial."
        ),
        "2010-12-07",
        [
            ("Sunday, December 7, 1941", "DATE", "1941-12-07"),
            ("December 2", "DATE", "1941-12-02"),
            ("6:00 a.m.", "TIME", "1941-12-07T06:00"),
            ("7:48", "TIME", "1941-12-07T07:48"),
            ("Today", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        (
            "The first day on the Somme, 1 July 1916, was the opening day of the Battle of the Somme. "
            "The bombardment began on 24 June.\n\nThis morning about 1,000 people stood in silence at "
            "the crater."
        ),
        "2009-03-10",
        [
            ("1 July 1916", "DATE", "1916-07-01"),
            ("the opening day of the Battle of the Somme", "DATE", "1916-07-01"),
            ("24 June", "DATE", "1916-06-24"),
            ("This morning", "TIME", "2009-03-10TMO"),
        ],
    ),
    (
        (
            "The attack on the U.S. Embassy in Nairobi was a carefully planned strike, officials said "
            "Tuesday. The bomb went off on Friday, killing 200 people. Investigators said they found "
            "the truck used in 1996."
        ),
        "1998-08-11",
        [("Tuesday", "DATE", "1998-08-11"), ("Friday", "DATE", "1998-08-07"), ("1996", "DATE", "1996")],
    ),
    (
        (
            "Allied invasion of Sicily\n\nThe Allied invasion of Sicily, Operation Husky, was agreed at "
            "the Casablanca Conference in January 1943 and launched on the night of 9-10 July. On 11 "
            "July the Germans counter-attacked at Gela. Patton entered Palermo on 22 July.\n\nThe "
            "anniversary was marked at Paestum this spring."
        ),
        "2009-04-06",
        [
            ("January 1943", "DATE", "1943-01"),
            ("the night of 9-10 July", "TIME", "1943-07-09TNI"),
            ("11 July", "DATE", "1943-07-11"),
            ("22 July", "DATE", "1943-07-22"),
            ("this spring", "DATE", "2009-SP"),
        ],
    ),
    (
        (
            "The invasion of Iraq is costing $2 billion a week, officials said in 2007. Congress voted "
            "on Friday."
        ),
        "2007-03-14",
        [("2007", "DATE", "2007"), ("Friday", "DATE", "2007-03-09")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_46(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_46(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), AUTO)
def test_auto_probe_46(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="auto"), expected)
