"""A fiftieth probe: news of 2013 (US cities, labor and courts, accidents and disasters, world
politics and conflict, broadcast transcripts), TimeBank- and AQUAINT-like news of 1989-91 and
1998-2000 (Wall Street Journal corporate copy, the budget and the recession, the Kosovo war and the
Middle East, business and technology), and histories of wars from the Middle Ages to 1945
(colonial wars and wars of independence, campaigns of the 18th and 19th centuries told day by day,
the Pacific War); documents written for the probe.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- In news: a quoted answer that opens on "Maybe" or "Perhaps" ('"Maybe Wednesday," she said') is
  no work's title; "every 4 1/2 hours" is a set with its fraction; "Peace Now says" at a sentence's
  start names a group; "another week or another two months" is a choice of two lengths; "last met
  face-to-face on Wednesday" is gone by (no fixture's "face"); the clocks of the next sentence after
  "early Thursday, in the heaviest raids of the campaign, after leaders on Wednesday rejected an
  offer" are Thursday's; a plan told in the pluperfect and overtaken ("Clinton, who had been
  scheduled to leave at 7 a.m. Wednesday, instead spent hours ... He left Camp David around 11
  p.m.") keeps its day the story's; "had been expected to close by the end of the third quarter"
  is the quarter gone by; "has no intention of staying on beyond the spring" looks ahead; "laid out
  a restructuring plan to creditors in June" is gone by ("plan to" a noun's); "ordered striking
  teachers ... back to their classrooms by Monday" looks ahead; past clocks after a plan told in
  another paragraph are the day told before it ("was elected mayor on Tuesday. He plans ...
  Thursday morning.\n\nPolls opened at 6 a.m."); "racing a Monday deadline", "snow is in the
  forecast for Chicago on Sunday", "if there is no vote over the weekend", "are unlikely to resume
  spending until the spring", "has filed to sell shares in February" look ahead; "but overnight
  there were" is the night before; "Still to come this hour" is the present; "the 10th outflow in
  the past 11 months" is a rank; "to finish the week with a modest gain" is the week; "released at
  4:05 p.m." after "the quarter that ended April 1" is the report's day, as is "after the report
  was released at 8:30 a.m."; "the talks broke off that November over the question" keeps "that";
  "expected glitches over the next several weeks, and possibly through the first quarter" looks
  ahead.
- In a history: "late on the night of 31 May 1902" is the night (without "late"); a day without
  its month after a month a flashback told in its clause is that month's ("who had sailed up the
  Hudson in early October and taken the forts on the 6th"); "The second day opened slowly" is the
  battle's second day; "ten days after the attack" counts from the attack's own day, not from a day
  that told it was still to come; "carried out over a week" spreads across the week (no bound);
  "every day from 3 February" starts from the story's day; "at 1300 on Sunday, 17 September 1944"
  is a military clock.
- Round three, in news: "which reports on Tuesday" (a timetable's present in a relative clause)
  looks ahead; "better now than it was a year ago" is the year before, no reported period; the day
  a first plan was for ("originally scheduled for Nov. 1, was delayed a week") is no day later
  clocks are on; "about the same as in 2012" in a quotation is no year "the prior month" counts
  from; "a final estimate of first-quarter economic growth on Wednesday", written in June, is the
  quarter gone by; "The quarter ends Sunday" is the quarter still running; "about 2.5 billion marks
  had been paid out" has no verb in "marks"; a month after "the gravest since Mr. Gorbachev took
  power in March 1985" is not that year's; "a place in Sunday's World Cup final" looks ahead;
  "meets the Netherlands in the third-place game in Paris on Saturday" is a fixture; "moved from its
  traditional July date" is every year's July; "has updated the phone once a year since then,
  typically in the fall" is every year's fall; "the past 4 billion years" is a length; '"It was a
  lousy Christmas, and January isn't going to be any better"' looks ahead in its own clause.
- Round three, in histories: "Two days after the battle Francis II met Napoleon" is one date
  without a comma before its subject; "5 August" after "Between August 1796 and January 1797" and
  "Christmas Eve" after "through December and January" lie within the span just told.
- Round four, in news: "the third homicide this month and the 19th in the district" is a rank;
  "the final trade figures for 1999 in mid-January" is the coming January; "expect payrolls to have
  risen by 150,000 last month, after a gain in September" is gone by; "Traders are focusing on
  Friday, when the Labor Department reports" looks ahead; "rebounded from last year's drought" is
  the year, no quarter; "For fiscal 1989, which ended June 30" is 1989's June 30; "Draghi, who
  briefs leaders on Friday" looks ahead.
- Round four, in histories: "a new Deutsche Mark would be introduced on 21 June" is that year's
  (no "mark" kept every year); "a naval quarantine, which came into force two days later. ... that
  night" stays on the story's day; "to where it had been in February" goes back; "brought forward
  from 10 August to the 8th" is August's 8th; "and at the end of the day the Allies had advanced" is
  the day, no idiom.
- Round five, in news: "final results from Monday's presidential vote are expected by Thursday" is
  the vote gone by; '"Right now we're focused on Saturday"', '"Blue Heart" begins previews Tuesday'
  and "Starting Friday, ... will hang" look ahead; "every Sunday at 3" is a set with its hour;
  "open relief centers on Monday morning, and Sunday's church services will be held outdoors" is no
  pair of days (Sunday comes first); "fiscal 1990's first-half" is one half; "summer-grade fuel"
  and "winter-blend gasoline" are kinds of fuel; "lined up for hours early Monday" keeps "early".
- Round five, in histories: "the Russians had taken Ardahan in May 1877 and stormed Kars on 18
  November" is 1877's; "The League had been formed in the spring of 1912: the treaty was signed on
  13 March" is 1912's; "in the elections held on 14 November ... the following month" counts from
  the elections; a clock after a plan told in the pluperfect ("the attack had been set for 15 May
  1941 ... The bombardment opened at 0315") is the story's day.
- Round six, in news: "eight a week until the closing" is a rate; "will return to the road next year
  ... runs through December", "The tour will cover ... North America in the fourth quarter" after
  "next year" are next year's; "a strong fall season" is the season; "had moved the opening night
  to March 23" looks ahead; "at 4 a.m. Sunday Saudi time" keeps its zone; "The collection, held
  twice a year, takes place from 8 a.m. to 1 p.m. Sept. 28" is that day's morning; "so far this
  year compared with the same period last year" is the year before; "close at noon Tuesday, Dec.
  24, and remain closed Wednesday" is Christmas Day; "plans to rebuild by fall" is the season.
- Round seven, in news: "had asked for a postponement until next week or even until January"
  looks ahead; "The case grew out of Clinton's Jan. 17 deposition" is the deposition gone by;
  "with less than four weeks remaining before Election Day" looks ahead; "twice a month
  thereafter" is a set; "had continued overnight and resumed early Thursday" is the night before
  Thursday; "a free concert was planned there for the weekend" looks ahead.
- Round seven, in histories: "the summer of that year" after "its 1913 level" is the year told
  before (a possessive's year names a noun); "The night before the battle" is the night before the
  day the text gave the battle, not before the day the story last told.
- Round eight: "closed at a record Friday, finishing the week above 5,000" is the week; in a
  history, "Shortly after 0130 on 9 August" is a military clock.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    (
        "Orr laid out a restructuring plan to creditors in June, offering them pennies on the dollar on "
        "unsecured debt.",
        "2013-07-19",
        [("June", "DATE", "2013-06")],
    ),
    (
        "De Blasio was elected mayor on Tuesday. The mayor-elect plans to announce his transition team "
        "Thursday morning.\n"
        "\n"
        "Polls opened at 6 a.m. and closed at 9 p.m.",
        "2013-11-06",
        [
            ("Tuesday", "DATE", "2013-11-05"),
            ("Thursday morning", "TIME", "2013-11-07TMO"),
            ("6 a.m.", "TIME", "2013-11-05T06:00"),
            ("9 p.m.", "TIME", "2013-11-05T21:00"),
        ],
    ),
    (
        "A Pennsylvania judge on Thursday ordered striking teachers in a suburban Pittsburgh school "
        "district back to their classrooms by Monday.",
        "2013-09-12",
        [("Thursday", "DATE", "2013-09-12"), ("Monday", "DATE", "2013-09-16")],
    ),
    (
        "The sale had been expected to close by the end of the third quarter.",
        "1989-10-19",
        [("the end of the third quarter", "DATE", "1989-Q3", "END")],
    ),
    (
        "He said Sunday that he has no intention of staying on as president beyond the spring.",
        "1989-10-30",
        [("Sunday", "DATE", "1989-10-29"), ("the spring", "DATE", "1990-SP")],
    ),
    (
        "NATO warplanes pounded targets across Serbia early Thursday, in the heaviest raids of the air "
        "campaign, after alliance leaders on Wednesday rejected a Yugoslav offer. Explosions shook the "
        "capital at 2 a.m. and again about 4:30 a.m., witnesses said.",
        "1999-05-13",
        [
            ("early Thursday", "DATE", "1999-05-13", "START"),
            ("Wednesday", "DATE", "1999-05-12"),
            ("2 a.m.", "TIME", "1999-05-13T02:00"),
            ("about 4:30 a.m.", "TIME", "1999-05-13T04:30", "APPROX"),
        ],
    ),
    (
        '"We will continue until he accepts our conditions, whether that takes another week or another '
        'two months," NATO spokesman Jamie Shea said.',
        "1999-05-13",
        [("another week", "DURATION", "P1W"), ("another two months", "DURATION", "P2M")],
    ),
    (
        "The negotiators last met face-to-face on Wednesday, for 20 minutes.",
        "1999-02-20",
        [("Wednesday", "DATE", "1999-02-17"), ("20 minutes", "DURATION", "PT20M")],
    ),
    (
        "Mr. Clinton, who had been scheduled to leave for Okinawa at 7 a.m. Wednesday, instead spent "
        "hours shuttling between the cabins. He left Camp David around 11 p.m. and was to fly out of "
        "Andrews Air Force Base early this morning.",
        "2000-07-20",
        [
            ("7 a.m. Wednesday", "TIME", "2000-07-19T07:00"),
            ("hours", "DURATION", "PTXH"),
            ("around 11 p.m.", "TIME", "2000-07-19T23:00", "APPROX"),
            ("early this morning", "TIME", "2000-07-20TMO", "START"),
        ],
    ),
    (
        "Settlers now number some 170,000 in the West Bank and Gaza, up from about 110,000 in 1993; "
        "Peace Now says the number grows every year.",
        "1999-09-05",
        [("now", "DATE", "PRESENT_REF"), ("1993", "DATE", "1993"), ("every year", "SET", "P1Y")],
    ),
    (
        "Mr. Koskinen said he expected glitches over the next several weeks, and possibly through the "
        "first quarter.",
        "1999-12-28",
        [("the next several weeks", "DURATION", "PXW"), ("the first quarter", "DATE", "2000-Q1")],
    ),
    (
        "Intel said Tuesday that its first-quarter profit rose 40 percent. The chipmaker earned $2.7 "
        "billion in the quarter that ended April 1. The results, released at 4:05 p.m. EDT, beat "
        "forecasts.",
        "2000-04-18",
        [
            ("Tuesday", "DATE", "2000-04-18"),
            ("first-quarter", "DATE", "2000-Q1"),
            ("the quarter", "DATE", "2000-Q1"),
            ("April 1", "DATE", "2000-04-01"),
            ("4:05 p.m. EDT", "TIME", "2000-04-18T16:05-04:00"),
        ],
    ),
    (
        "HomeGrocer.com has filed to sell shares early in the new year, probably in late January or "
        "February.",
        "1999-12-09",
        [
            ("early in the new year", "DATE", "2000", "START"),
            ("late January", "DATE", "2000-01", "END"),
            ("February", "DATE", "2000-02"),
        ],
    ),
    (
        "Executives said they had first discussed a combination in the summer of 1997, but the talks "
        "broke off that November over the question of who would run the new company.",
        "1998-10-13",
        [("the summer of 1997", "DATE", "1997-SU"), ("that November", "DATE", "1997-11")],
    ),
    ("Lawmakers in Cyprus are racing a Monday deadline.", "2013-03-22", [("Monday", "DATE", "2013-03-25")]),
    (
        "MONTAGNE: And if there is no vote over the weekend?",
        "2013-03-22",
        [("the weekend", "DATE", "2013-W12-WE")],
    ),
    (
        "Forecasters say snow is in the forecast for Chicago on Sunday.",
        "2013-03-22",
        [("Sunday", "DATE", "2013-03-24")],
    ),
    (
        "Carol, it has been quiet here in the last few hours, but overnight there were some tense "
        "moments in Los Angeles.",
        "2013-07-15",
        [("the last few hours", "DURATION", "PTXH"), ("overnight", "TIME", "2013-07-14TNI")],
    ),
    ("Still to come this hour: the royal baby watch.", "2013-07-15", [("this hour", "DATE", "PRESENT_REF")]),
    (
        "The unemployment rate rose to 5.9 percent in November, the Labor Department reported today. "
        "Michael J. Boskin told a House committee on Wednesday that he expected growth to resume by the "
        "middle of next year. Bond prices rallied after the report was released at 8:30 a.m.",
        "1990-12-07",
        [
            ("November", "DATE", "1990-11"),
            ("today", "DATE", "1990-12-07"),
            ("Wednesday", "DATE", "1990-12-05"),
            ("the middle of next year", "DATE", "1991", "MID"),
            ("8:30 a.m.", "TIME", "1990-12-07T08:30"),
        ],
    ),
    (
        "Thrifts lost $5.1 billion in deposits in September, the 10th outflow in the past 11 months.",
        "1989-11-15",
        [("September", "DATE", "1989-09"), ("the past 11 months", "DURATION", "P11M")],
    ),
    (
        "The Dow Jones industrial average, which had closed at 2,736.39 on Thursday, climbed 27.41 "
        "points by 11 a.m. today before slipping back to finish the week with a modest gain.",
        "1991-02-01",
        [
            ("Thursday", "DATE", "1991-01-31"),
            ("11 a.m. today", "TIME", "1991-02-01T11:00"),
            ("the week", "DATE", "1991-W05"),
        ],
    ),
    (
        '"It was a lousy Christmas, and January isn\'t going to be any better," said Walter F. Loeb, a '
        "retail consultant in New York.",
        "1990-12-27",
        [("Christmas", "DATE", "1990-12-25"), ("January", "DATE", "1991-01")],
    ),
    (
        "Economists said consumers are unlikely to resume spending until the spring.",
        "1990-12-27",
        [("the spring", "DATE", "1991-SP")],
    ),
    (
        "Rival Kessler Machinery, which reports on Tuesday, said last week it was seeing similar weakness.",
        "2013-10-24",
        [("Tuesday", "DATE", "2013-10-29"), ("last week", "DATE", "2013-W42")],
    ),
    (
        "Hiring has averaged 180,000 a month over the past three months, compared with 205,000 in the "
        "first half of the year. \"The economy is better now than it was a year ago, but it isn't where "
        'we want it," said Diane Swonk.',
        "2013-09-18",
        [
            ("the past three months", "DURATION", "P3M"),
            ("the first half of the year", "DATE", "2013-H1"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year ago", "DATE", "2012"),
        ],
    ),
    (
        "The report, originally scheduled for Nov. 1, was delayed a week because of the shutdown. The "
        "Standard & Poor's 500 Index rose 0.4 percent to 1,754.95 at 11:32 a.m. in New York, after "
        "falling yesterday.",
        "2013-11-08",
        [
            ("Nov. 1", "DATE", "2013-11-01"),
            ("a week", "DURATION", "P1W"),
            ("11:32 a.m.", "TIME", "2013-11-08T11:32"),
            ("yesterday", "DATE", "2013-11-07"),
        ],
    ),
    (
        "Payrolls rose by 204,000 last month. \"We're now on track for about 2.2 million jobs this year, "
        'about the same as in 2012," said Ryan Sweet. Average earnings rose 0.1 percent from the prior '
        "month.",
        "2013-11-08",
        [
            ("last month", "DATE", "2013-10"),
            ("now", "DATE", "PRESENT_REF"),
            ("this year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("the prior month", "DATE", "2013-09"),
        ],
    ),
    (
        "Investors will get a final estimate of first-quarter economic growth on Wednesday.",
        "2013-06-25",
        [("first-quarter", "DATE", "2013-Q1"), ("Wednesday", "DATE", "2013-06-26")],
    ),
    (
        "The quarter ends Sunday.",
        "2013-06-25",
        [("The quarter", "DATE", "2013-Q2"), ("Sunday", "DATE", "2013-06-30")],
    ),
    (
        "The currency union took effect at midnight Saturday. Some branches of Deutsche Bank opened "
        "Sunday so that customers could collect the new money, and by Sunday evening about 2.5 billion "
        "marks had been paid out, the bank said.",
        "1990-07-02",
        [
            ("midnight Saturday", "TIME", "1990-06-30T24:00"),
            ("Sunday", "DATE", "1990-07-01"),
            ("Sunday evening", "TIME", "1990-07-01TEV"),
        ],
    ),
    (
        "The crisis is the gravest since Mr. Gorbachev took power in March 1985. Western diplomats noted "
        "that hard-liners had warned for months that the union treaty would destroy the country, and "
        'that in December Foreign Minister Eduard A. Shevardnadze resigned, saying "dictatorship is '
        'coming."',
        "1991-08-20",
        [("March 1985", "DATE", "1985-03"), ("months", "DURATION", "PXM"), ("December", "DATE", "1990-12")],
    ),
    (
        "Lilian Thuram got two goals in the second half Wednesday night to give the host nation a 2-1 "
        "win over Croatia and a place in Sunday's World Cup final against Brazil.",
        "1998-07-09",
        [("Wednesday night", "TIME", "1998-07-08TNI"), ("Sunday", "DATE", "1998-07-12")],
    ),
    (
        "Croatia, which became independent in 1991 and is playing its first World Cup this year, meets "
        "the Netherlands in the third-place game in Paris on Saturday.",
        "1998-07-09",
        [("1991", "DATE", "1991"), ("this year", "DATE", "1998"), ("Saturday", "DATE", "1998-07-11")],
    ),
    (
        "The British Grand Prix at Silverstone will be held on April 23, moved from its traditional July "
        "date for the first time.",
        "2000-04-09",
        [("April 23", "DATE", "2000-04-23"), ("July", "DATE", "XXXX-07")],
    ),
    (
        "The company has updated the phone once a year since then, typically in the fall.",
        "2013-09-10",
        [("once a year", "SET", "P1Y"), ("the fall", "DATE", "XXXX-FA")],
    ),
    (
        "NASA launched a probe on Monday to learn how the planet lost most of its atmosphere over the "
        "past 4 billion years.",
        "2013-11-18",
        [("Monday", "DATE", "2013-11-18"), ("the past 4 billion years", "DURATION", "P4000000000Y")],
    ),
    (
        "It was the city's third homicide this month and the 19th in the Beale Street entertainment "
        "district since 2009, according to police figures.",
        "2013-11-18",
        [("this month", "DATE", "2013-11"), ("2009", "DATE", "2009")],
    ),
    (
        "Shi called for efforts to raise exports by 8 percent next year. The ministry will publish the "
        "final trade figures for 1999 in mid-January.",
        "1999-12-28",
        [("next year", "DATE", "2000"), ("1999", "DATE", "1999"), ("mid-January", "DATE", "2000-01", "MID")],
    ),
    (
        "Economists expect nonfarm payrolls to have risen by 150,000 last month, after a 209,000 gain in "
        "September.",
        "1989-11-03",
        [("last month", "DATE", "1989-10"), ("September", "DATE", "1989-09")],
    ),
    (
        "The dollar was quoted at 1.8355 marks, down from 1.8510 marks late Friday. Traders are focusing "
        "on Friday, when the Labor Department reports October employment figures.",
        "1989-10-31",
        [
            ("late Friday", "DATE", "1989-10-27", "END"),
            ("Friday", "DATE", "1989-11-03"),
            ("October", "DATE", "1989-10"),
        ],
    ),
    (
        "In the first quarter, GNP grew at a 3.7% rate. Excluding farm output, which rebounded from last "
        "year's drought, the economy grew at only a 1.9% rate, the weakest in more than three years.",
        "1989-10-27",
        [
            ("the first quarter", "DATE", "1989-Q1"),
            ("last year", "DATE", "1988"),
            ("more than three years", "DURATION", "P3Y", "MORE_THAN"),
        ],
    ),
    (
        "Hanover said it expects a difficult environment to continue through the first half of fiscal "
        "1990, which ends June 30. For fiscal 1989, which ended June 30, the company earned $211 "
        "million.",
        "1989-11-08",
        [
            ("the first half of fiscal 1990", "DATE", "1990-H1"),
            ("June 30", "DATE", "1990-06-30"),
            ("fiscal 1989", "DATE", "1989"),
            ("June 30", "DATE", "1989-06-30"),
        ],
    ),
    (
        "European Central Bank chief Mario Draghi, who briefs leaders on Friday, said on Wednesday that "
        "interest rates would stay low for as long as needed.",
        "2013-06-27",
        [("Friday", "DATE", "2013-06-28"), ("Wednesday", "DATE", "2013-06-26")],
    ),
    (
        'General manager Steve Phillips said Wednesday that talks would begin after the Series. "Right '
        "now we're focused on Saturday,\" Phillips said.",
        "1998-10-16",
        [
            ("Wednesday", "DATE", "1998-10-14"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("Saturday", "DATE", "1998-10-17"),
        ],
    ),
    (
        "Matinees are every Wednesday at 2 p.m. and every Sunday at 3.",
        "1999-11-04",
        [
            ("every Wednesday at 2 p.m.", "SET", "XXXX-WXX-3T14:00"),
            ("every Sunday at 3", "SET", "XXXX-WXX-7T15:00"),
        ],
    ),
    (
        'Elsewhere on Broadway, "Midnight Express" closes Sunday after 14 months, and the Roundabout\'s '
        '"Blue Hour" begins previews Tuesday.',
        "1999-11-04",
        [
            ("Sunday", "DATE", "1999-11-07"),
            ("14 months", "DURATION", "P14M"),
            ("Tuesday", "DATE", "1999-11-09"),
        ],
    ),
    (
        "Starting Friday, more than 80 of them will hang together at the Whitney Museum of American Art, "
        "in the first retrospective of her work since her death in 1971.",
        "2000-08-30",
        [("Friday", "DATE", "2000-09-01"), ("1971", "DATE", "1971")],
    ),
    (
        "Federal Emergency Management Agency officials plan to open relief centers in Charleston on "
        "Monday morning, and Sunday's church services will be held outdoors at several parishes.",
        "1989-09-23",
        [("Monday morning", "TIME", "1989-09-25TMO"), ("Sunday", "DATE", "1989-09-24")],
    ),
    (
        "Analysts said fiscal 1990's first-half results at Ohio Casualty will also show storm costs.",
        "1989-11-02",
        [("fiscal 1990's first-half", "DATE", "1990-H1")],
    ),
    (
        "Prices typically peak in the spring as refiners switch to summer-grade fuel.",
        "2013-03-11",
        [("the spring", "DATE", "XXXX-SP")],
    ),
    (
        "Lundberg said she expects prices to ease in the fall, when refiners switch to cheaper "
        "winter-blend gasoline, and to hold near $3.50 through the end of the year.",
        "2013-07-07",
        [("the fall", "DATE", "2013-FA"), ("the end of the year", "DATE", "2013", "END")],
    ),
    (
        "At Madrid's Barajas airport, passengers lined up for hours early Monday to rebook.",
        "2013-04-22",
        [("hours", "DURATION", "PTXH"), ("early Monday", "DATE", "2013-04-22", "START")],
    ),
    (
        "Tickets for the remaining performances, eight a week until the closing, go on sale at 10 a.m. "
        "Thursday.",
        "2013-12-04",
        [("10 a.m. Thursday", "TIME", "2013-12-05T10:00")],
    ),
    (
        "British rock band Velvet Arcade will return to the road next year with a 60-date trek that "
        "kicks off Feb. 5 in Dublin and runs through December, the group said on Tuesday.",
        "2013-08-27",
        [
            ("next year", "DATE", "2014"),
            ("Feb. 5", "DATE", "2014-02-05"),
            ("December", "DATE", "2014-12"),
            ("Tuesday", "DATE", "2013-08-27"),
        ],
    ),
    (
        "Velvet Arcade will return to the road next year for a 60-date world tour. The tour will cover "
        "Europe through the spring and wrap up with shows in Australia and Japan in the fourth quarter.",
        "2013-08-27",
        [
            ("next year", "DATE", "2014"),
            ("the spring", "DATE", "2014-SP"),
            ("the fourth quarter", "DATE", "2014-Q4"),
        ],
    ),
    ("The closing follows a strong fall season on Broadway.", "2013-12-04", [("fall", "DATE", "2013-FA")]),
    (
        "Producers of the revival, which begins previews in late February, said on Tuesday they had "
        "moved the opening night to March 23.",
        "2013-12-04",
        [
            ("late February", "DATE", "2014-02", "END"),
            ("Tuesday", "DATE", "2013-12-03"),
            ("March 23", "DATE", "2014-03-23"),
        ],
    ),
    (
        "Allied troops launched the ground offensive at 4 a.m. Sunday Saudi time (8 p.m. EST Saturday).",
        "1991-02-24",
        [
            ("4 a.m. Sunday Saudi time", "TIME", "1991-02-24T04:00+03:00"),
            ("8 p.m. EST Saturday", "TIME", "1991-02-23T20:00-05:00"),
        ],
    ),
    (
        "Bush said the allies would stop firing at 8 a.m. Thursday Saudi time.",
        "1991-02-28",
        [("8 a.m. Thursday Saudi time", "TIME", "1991-02-28T08:00+03:00")],
    ),
    (
        "The county's household hazardous waste collection, held twice a year, takes place from 8 a.m. "
        "to 1 p.m. Sept. 28 at the highway garage.",
        "2013-09-18",
        [
            ("twice a year", "SET", "P1Y"),
            ("8 a.m.", "TIME", "2013-09-28T08:00"),
            ("1 p.m. Sept. 28", "TIME", "2013-09-28T13:00"),
        ],
    ),
    (
        "Police said burglaries in the township are down 15 percent so far this year compared with the "
        "same period last year.",
        "2013-10-02",
        [("this year", "DATE", "2013"), ("the same period last year", "DATE", "2012")],
    ),
    (
        "City offices will close at noon Tuesday, Dec. 24, and remain closed Wednesday for Christmas.",
        "2013-12-12",
        [
            ("noon Tuesday, Dec. 24", "TIME", "2013-12-24T12:00"),
            ("Wednesday", "DATE", "2013-12-25"),
            ("Christmas", "DATE", "2013-12-25"),
        ],
    ),
    (
        "Keller said he plans to rebuild by fall, in time to house the herd for the winter.",
        "2013-06-05",
        [("fall", "DATE", "2013-FA"), ("the winter", "DATE", "2013-WI")],
    ),
    (
        "Democrats, who had asked for a postponement until next week or even until January, called the "
        'timing "unconscionable."',
        "1998-12-17",
        [("next week", "DATE", "1998-W52"), ("January", "DATE", "1999-01")],
    ),
    (
        "The case grew out of Clinton's Jan. 17 deposition in the Paula Jones sexual harassment lawsuit, "
        "in which he denied having sexual relations with former White House intern Monica Lewinsky.",
        "1998-12-17",
        [("Jan. 17", "DATE", "1998-01-17")],
    ),
    (
        "The two men, locked in a close race with less than four weeks remaining before Election Day, "
        "sat at a table with the moderator, Jim Lehrer.",
        "2000-10-12",
        [("less than four weeks", "DURATION", "P4W", "LESS_THAN"), ("Election Day", "DATE", "2000-11-07")],
    ),
    (
        "The directors will meet again on Jan. 17, and twice a month thereafter through the spring, a "
        "spokeswoman said.",
        "1989-12-14",
        [
            ("Jan. 17", "DATE", "1990-01-17"),
            ("twice a month", "SET", "P1M"),
            ("the spring", "DATE", "1990-SP"),
        ],
    ),
    (
        "The attack began at about 3 a.m. on Wednesday. Residents said the shelling had continued "
        "overnight and resumed early Thursday.",
        "2013-08-22",
        [
            ("about 3 a.m. on Wednesday", "TIME", "2013-08-21T03:00", "APPROX"),
            ("overnight", "TIME", "2013-08-21TNI"),
            ("early Thursday", "DATE", "2013-08-22", "START"),
        ],
    ),
    (
        "Activists said a free concert was planned there for the weekend.",
        "2013-06-04",
        [("the weekend", "DATE", "2013-W23-WE")],
    ),
    (
        "The Nasdaq composite index closed at a record for the second straight day Friday, finishing the "
        "week above 5,000 as investors kept pouring money into technology stocks.",
        "2000-03-10",
        [("Friday", "DATE", "2000-03-10"), ("the week", "DATE", "2000-W10")],
    ),
    ('"Maybe Wednesday," she said.', "2013-03-22", [("Wednesday", "DATE", "2013-03-20")]),
    ('He said: "Perhaps on Wednesday."', "2013-03-22", [("Wednesday", "DATE", "2013-03-20")]),
    ('She sang "Ruby Tuesday" again.', "2013-03-22", []),
    ("The drug is given every 4 1/2 hours.", "2013-03-22", [("every 4 1/2 hours", "SET", "PT4H30M")]),
    ("Peace Now says the number of settlers grows every year.", "1999-09-05", [("every year", "SET", "P1Y")]),
    ("Orr plans to meet creditors in June.", "2013-07-19", [("June", "DATE", "2014-06")]),
    ("HomeGrocer.com has filed to sell shares in February.", "1999-12-09", [("February", "DATE", "2000-02")]),
    (
        "Boats were ordered back to port on Friday evening.",
        "2013-09-12",
        [("Friday evening", "TIME", "2013-09-06TEV")],
    ),
    (
        "Mr. Clinton had been scheduled to leave for Okinawa at 7 a.m. Wednesday. He left Camp David "
        "around 11 p.m.",
        "2000-07-20",
        [
            ("7 a.m. Wednesday", "TIME", "2000-07-19T07:00"),
            ("around 11 p.m.", "TIME", "2000-07-19T23:00", "APPROX"),
        ],
    ),
    (
        "The talks broke off that November because of the question of pay, after a first round in the "
        "summer of 1997.",
        "1998-10-13",
        [("that November", "DATE", "1998-11"), ("the summer of 1997", "DATE", "1997-SU")],
    ),
    ("It took a billion years.", "2013-11-18", [("a billion years", "DURATION", "P1000000000Y")]),
    ("The rocks are 3.5 billion years old.", "2013-11-18", []),
    ("Services are every Sunday at 10.", "1999-11-05", [("every Sunday at 10", "SET", "XXXX-WXX-7T10:00")]),
    ("He climbed every Sunday at 3,000 feet.", "1999-11-05", [("every Sunday", "SET", "XXXX-WXX-7")]),
    ("At the end of the day, voters decide.", "2013-03-22", []),
    ("Prices fall season after season.", "2013-12-03", []),
    ("The project should be finished by fall.", "2013-07-10", [("fall", "DATE", "2013-FA")]),
]

NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        "Peace talks opened at Vereeniging in April 1902. After several weeks of debate the Boer "
        "delegates accepted the British terms, and the Treaty of Vereeniging was signed late on the "
        "night of 31 May 1902 in Pretoria.",
        "2009-12-19",
        [
            ("April 1902", "DATE", "1902-04"),
            ("several weeks of debate", "DURATION", "PXW"),
            ("the night of 31 May 1902", "TIME", "1902-05-31TNI"),
        ],
    ),
    (
        "The first battle was fought on 19 September 1777. Burgoyne waited for news of Henry Clinton, "
        "who had sailed up the Hudson in early October and taken Forts Clinton and Montgomery on the "
        "6th.",
        "2009-12-19",
        [
            ("19 September 1777", "DATE", "1777-09-19"),
            ("early October", "DATE", "1777-10", "START"),
            ("the 6th", "DATE", "1777-10-06"),
        ],
    ),
    (
        "The battle began on Wednesday, July 1, 1863, and by 4 p.m. the Union line had collapsed. The "
        "second day opened slowly. Longstreet's assault did not begin until about 4 p.m., and fighting "
        "continued into the night.",
        "2009-12-19",
        [
            ("Wednesday, July 1, 1863", "DATE", "1863-07-01"),
            ("4 p.m.", "TIME", "1863-07-01T16:00"),
            ("The second day", "DATE", "1863-07-02"),
            ("about 4 p.m.", "TIME", "1863-07-02T16:00", "APPROX"),
            ("the night", "TIME", "1863-07-02TNI"),
        ],
    ),
    (
        "Mansfeld arrived in late November 1588. He blockaded the town through December and January "
        "while his engineers built a dam across the Mark, which was finished on Christmas Eve. A thaw in "
        "mid-January broke the dam twice.",
        "2009-12-19",
        [
            ("late November 1588", "DATE", "1588-11", "END"),
            ("December", "DATE", "1588-12"),
            ("January", "DATE", "1589-01"),
            ("Christmas Eve", "DATE", "1588-12-24"),
            ("mid-January", "DATE", "1589-01", "MID"),
        ],
    ),
    (
        "In February 1589 Mansfeld changed his tactics. His batteries fired on the walls every day from "
        "3 February, and by the end of the month a breach had been opened.",
        "2009-12-19",
        [
            ("February 1589", "DATE", "1589-02"),
            ("every day", "SET", "P1D"),
            ("3 February", "DATE", "1589-02-03"),
            ("the end of the month", "DATE", "1589-02", "END"),
        ],
    ),
    (
        "The attack on Pearl Harbor took place on 7 December 1941. On 2 December the fleet received the "
        "signal confirming that the attack would go ahead. Kimmel was relieved of his command ten days "
        "after the attack.",
        "2009-12-19",
        [
            ("7 December 1941", "DATE", "1941-12-07"),
            ("2 December", "DATE", "1941-12-02"),
            ("ten days after the attack", "DATE", "1941-12-17"),
        ],
    ),
    (
        "The evacuation, Operation Ke, was carried out over a week in early February 1943.",
        "2009-12-19",
        [("a week", "DURATION", "P1W"), ("early February 1943", "DATE", "1943-02", "START")],
    ),
    (
        "The battle opened at around 7:00 a.m. on 2 December 1805 in thick fog. Two days after the "
        "battle Francis II met Napoleon at a windmill and agreed to an armistice.",
        "2009-12-19",
        [
            ("around 7:00 a.m. on 2 December 1805", "TIME", "1805-12-02T07:00", "APPROX"),
            ("Two days after the battle", "DATE", "1805-12-04"),
        ],
    ),
    (
        "On 10 May 1796 Bonaparte forced the bridge at Lodi. Between August 1796 and January 1797 the "
        "Austrians sent four armies to relieve Mantua. Wurmser's first attempt was beaten at Castiglione "
        "on 5 August.",
        "2009-12-19",
        [
            ("10 May 1796", "DATE", "1796-05-10"),
            ("August 1796", "DATE", "1796-08"),
            ("January 1797", "DATE", "1797-01"),
            ("5 August", "DATE", "1796-08-05"),
        ],
    ),
    (
        "On 18 June 1948 the United States, Britain and France announced that a new Deutsche Mark would "
        "be introduced on 21 June. The Soviets responded the next day by halting all passenger trains.",
        "2009-12-19",
        [
            ("18 June 1948", "DATE", "1948-06-18"),
            ("21 June", "DATE", "1948-06-21"),
            ("the next day", "DATE", "1948-06-19"),
        ],
    ),
    (
        "Kennedy addressed the nation at 7 p.m. on 22 October 1962 and announced a naval quarantine of "
        "Cuba, which came into force two days later. In Moscow, the Presidium met that night and again "
        "the following evening.",
        "2009-12-19",
        [
            ("7 p.m. on 22 October 1962", "TIME", "1962-10-22T19:00"),
            ("two days later", "DATE", "1962-10-24"),
            ("that night", "TIME", "1962-10-22TNI"),
            ("the following evening", "TIME", "1962-10-23TEV"),
        ],
    ),
    (
        "A last attack between 15 and 18 December 1916 pushed the line back almost to where it had been "
        "in February.",
        "2009-12-19",
        [
            ("15", "DATE", "1916-12-15"),
            ("18 December 1916", "DATE", "1916-12-18"),
            ("February", "DATE", "1916-02"),
        ],
    ),
    (
        "The plan for Amiens was settled on 28 July 1918, and the date was brought forward from 10 "
        "August to the 8th.",
        "2009-12-19",
        [
            ("28 July 1918", "DATE", "1918-07-28"),
            ("10 August", "DATE", "1918-08-10"),
            ("the 8th", "DATE", "1918-08-08"),
        ],
    ),
    (
        "At 4:20 a.m. on Thursday, 8 August 1918, over 2,000 guns opened fire. By 11:00 a.m. the "
        "Australians had reached their final objective, and at the end of the day the Allies had "
        "advanced 11 km.",
        "2009-12-19",
        [
            ("4:20 a.m. on Thursday, 8 August 1918", "TIME", "1918-08-08T04:20"),
            ("11:00 a.m.", "TIME", "1918-08-08T11:00"),
            ("the end of the day", "DATE", "1918-08-08", "END"),
        ],
    ),
    (
        "Gurko took Sofia on 4 January 1878. In the Caucasus, the Russians had taken Ardahan in May 1877 "
        "and stormed Kars on 18 November.",
        "2009-12-19",
        [
            ("4 January 1878", "DATE", "1878-01-04"),
            ("May 1877", "DATE", "1877-05"),
            ("18 November", "DATE", "1877-11-18"),
        ],
    ),
    (
        "The First Balkan War ended in May 1913. The League had been formed in the spring of 1912: the "
        "Serbian–Bulgarian treaty was signed on 13 March, and the Greek–Bulgarian alliance followed at "
        "the end of May.",
        "2009-12-19",
        [
            ("May 1913", "DATE", "1913-05"),
            ("the spring of 1912", "DATE", "1912-SP"),
            ("13 March", "DATE", "1912-03-13"),
            ("the end of May", "DATE", "1912-05", "END"),
        ],
    ),
    (
        "King Alexander died of sepsis on 25 October 1920, and in the elections held on 14 November "
        "Venizelos was defeated. Constantine I returned to the throne the following month.",
        "2009-12-19",
        [
            ("25 October 1920", "DATE", "1920-10-25"),
            ("14 November", "DATE", "1920-11-14"),
            ("the following month", "DATE", "1920-12"),
        ],
    ),
    (
        "Operation Barbarossa, the German invasion of the Soviet Union, began on Sunday, 22 June 1941. "
        "The attack had been set for 15 May 1941 before the Balkan campaign forced a delay of more than "
        "five weeks. The artillery bombardment opened at 0315 along a front of some 2,900 kilometres.",
        "2009-12-19",
        [
            ("Sunday, 22 June 1941", "DATE", "1941-06-22"),
            ("15 May 1941", "DATE", "1941-05-15"),
            ("more than five weeks", "DURATION", "P5W", "MORE_THAN"),
            ("0315", "TIME", "1941-06-22T03:15"),
        ],
    ),
    (
        "Operation Barbarossa began on Sunday, 22 June 1941; the attack had been set for 15 May 1941 "
        "before the Balkan campaign forced a delay. The Luftwaffe destroyed about 1,200 Soviet aircraft "
        "on the first day. At noon Vyacheslav Molotov announced the invasion on Soviet radio.",
        "2009-12-19",
        [
            ("Sunday, 22 June 1941", "DATE", "1941-06-22"),
            ("15 May 1941", "DATE", "1941-05-15"),
            ("the first day", "DATE", "1941-06-22"),
            ("noon", "TIME", "1941-06-22T12:00"),
        ],
    ),
    (
        "In 1921 industrial production stood at about a fifth of its 1913 level, and in the summer of "
        "that year famine spread along the Volga.",
        "2009-12-19",
        [("1921", "DATE", "1921"), ("1913", "DATE", "1913"), ("the summer of that year", "DATE", "1921-SU")],
    ),
    (
        "The Battle of Blenheim was fought on 13 August 1704. Eugene and Marlborough united their armies "
        "on 11 August. The night before the battle Marlborough spent several hours in prayer.",
        "2009-12-19",
        [
            ("13 August 1704", "DATE", "1704-08-13"),
            ("11 August", "DATE", "1704-08-11"),
            ("The night before the battle", "TIME", "1704-08-12TNI"),
            ("several hours", "DURATION", "PTXH"),
        ],
    ),
    (
        "The airfield was captured on 8 August 1942. Shortly after 0130 on 9 August a cruiser force "
        "opened fire off Savo Island.",
        "2009-12-19",
        [("8 August 1942", "DATE", "1942-08-08"), ("0130 on 9 August", "TIME", "1942-08-09T01:30")],
    ),
    (
        "The attack began at 1300 on Sunday, 17 September 1944.",
        "2009-12-19",
        [("1300 on Sunday, 17 September 1944", "TIME", "1944-09-17T13:00")],
    ),
    (
        "The first battle was fought on 19 September 1777. Clinton had sailed up the Hudson in early "
        "October and taken the forts on the 6th.",
        "2009-12-19",
        [
            ("19 September 1777", "DATE", "1777-09-19"),
            ("early October", "DATE", "1777-10", "START"),
            ("the 6th", "DATE", "1777-10-06"),
        ],
    ),
    (
        "The siege began on 6 April 1453. The second day passed quietly.",
        "2009-12-19",
        [("6 April 1453", "DATE", "1453-04-06"), ("The second day", "DATE", "1453-04-07")],
    ),
    (
        "The fort fell on 3 May 1809. The night after the assault, the garrison slipped away.",
        "2009-12-19",
        [("3 May 1809", "DATE", "1809-05-03"), ("The night after the assault", "TIME", "1809-05-03TNI")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_50(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_50(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)
