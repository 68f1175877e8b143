"""Whole news articles written the way the wires and the online papers wrote them in the 2010s:
a dateline ("BOSTON (AP) —", "SAN FRANCISCO, July 23 (Reuters) -"), a lead that dates the news
by its weekday, a story that moves on from a named day ("the day before", "that day", "the next
morning", "two days later"), a quoted speaker's "yesterday", a background paragraph that reaches
back years ("In 2006 ... Three years later ..."), a timeline of hours, a table of results and a
closing paragraph about what comes next ("The trial resumes on Monday"). A second round adds
other genres: an obituary (a life from its birth date, "Two years later", "Last spring"), a
markets wrap (the session's hours, "the year", "Wednesday's close", a background of last year),
a crime story's police timeline ("about 11:40 p.m. Saturday", "Shortly after midnight", "the
following morning"), a health study ("over a 10-year period", "every six months"), a broadcast
transcript in lower case with spoken years, and a UK policy story ("the 2014-15 financial year",
"from April", "within 18 months", "next spring"). A third round adds a political scandal over
four weeks ("on Jan. 12 ... The following Tuesday ... a week later ... By the end of the month ...
On Monday"), a takeover with fiscal dates ("fiscal 2014 ended Sept. 27", "the 12 months to June",
"within 90 days"), a foreign wire story in local time and GMT ("BEIJING, Nov. 3 (Xinhua) --", "at
9:30 a.m. local time (0130 GMT) Tuesday"), a feature over decades ("in the 1980s. A decade later",
"By the turn of the century", "six days a week"), a product launch ("in the coming weeks", "later
this year", "Q4") and a transfer on deadline day ("last season", "the 2015-16 season", "next
summer"). A fourth round adds a 1990s wire story in the TimeBank register ("the Clinton
administration said Tuesday", "last month's", "the fourth quarter of 1997", "as early as next
week"), a diplomatic visit from a Xinhua dateline ("On Monday ... The previous day", "the three-day
visit"), a monthly climate report ("since records began in 1880", "the 20th-century average", "this
decade"), a Mars landing ("launched on Nov. 26, 2011", "T-minus 10 minutes", "for at least two
years"), an airline strike ("from Friday until Sunday midnight", "a 48-hour strike", "every weekend
in December") and a regulatory rule ("takes effect Jan. 1", "within 30 days of", "retroactive to
2012, the year ..."). A fifth round adds the wire and web news of 2013 that TempEval-3 scores: a
breaking story with its updates in one text ("Updated 0412 GMT (1212 HKT) March 22, 2013", "late
Thursday", "overnight", "within the next 24 hours"), an economy story ("the final three months of
2012", "the Fed's two-day meeting ending Wednesday", "since late 2008", "the December jobs
report"), an earthquake in Asia told across the date line ("on Friday local time - Thursday evening
UK time", "in the coming days") and a trial's week ("testified Monday", "On the stand Tuesday", "the
trial, which began Jan. 7, is expected to last six weeks", "last April").

Each article has its own creation date and lists every expression it must give (span, type,
value, and the mod where there is one), in order, in news mode and in auto mode (which must
choose news). Single sentences never show how the dates of a report anchor on one another: a
weekday after the story's date, a day counted from a named day rather than from the DCT, a
speaker's "yesterday" that is the day before the day the speaker spoke. Values follow
../shared/TIMEX3.md and the TimeML 1.2.1 guidelines: a report's own days anchor on the DCT, an
expression counted from a named day ("the day before" after "Thursday evening") on that day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from probes import keyed

from dateline import annotate, annotate_document

# --- a court case (AP); DCT Wednesday 18 March 2015 (ISO week 12) ---
COURT_DCT = "2015-03-18"
COURT = (
    "BOSTON (AP) — A former state lottery official was convicted Wednesday of stealing more "
    "than $2 million in unclaimed prize money, ending a federal trial that lasted six weeks.\n"
    "\n"
    "The jury deliberated for about 11 hours over three days before finding Daniel Kearney, "
    "58, of Quincy, guilty on 14 of the 16 counts against him. He faces up to 20 years in "
    "prison on the most serious charge. Sentencing was set for June 24.\n"
    "\n"
    "Prosecutors said Kearney began moving unclaimed prizes into accounts he controlled in "
    "2006, shortly after he was promoted to deputy director. Three years later he paid cash "
    "for a vacation home on Cape Cod. Auditors reported gaps in the agency's 2013 accounts to "
    "the inspector general on Sept. 8, 2014, and two days later Kearney was put on leave. He "
    "was arrested in October.\n"
    "\n"
    'Kearney took the stand in his own defense on March 10. "I never took a dime for myself," '
    "he told jurors that day. On cross-examination the next morning, he admitted that he had "
    "never reported the house on his ethics filings.\n"
    "\n"
    "The jury began deliberating Monday afternoon. On Tuesday it asked to hear the testimony of "
    "a bank examiner again, and the judge sent the jurors home at 4:30 p.m. They reached their "
    "verdict at 11:40 a.m. the next day.\n"
    "\n"
    '"Yesterday I honestly did not know which way they would go," defense attorney Maria '
    "Chen said outside the courthouse. She said she would file an appeal within 14 days.\n"
    "\n"
    "The U.S. attorney's office said it has charged six public officials with corruption since "
    "January. A spokeswoman said the office does not comment on cases that are still pending.\n"
    "\n"
    "Kearney, who has been free on bail since his arrest, was ordered to surrender his "
    "passport. He is due back in court next month for a hearing on the forfeiture of the Cape "
    "Cod house.\n"
    "\n"
    "The lottery said Wednesday that it had tightened its controls since the arrest. Its "
    "director, who was appointed two years ago, said the agency now reviews every transfer of "
    "unclaimed prizes weekly.\n"
    "\n"
    "In a separate case, the trial of two former lottery clerks accused of cashing stolen "
    "tickets resumes on Monday."
)

# --- a quarterly earnings story (Reuters); DCT Wednesday 23 July 2014 ---
EARNINGS_DCT = "2014-07-23"
EARNINGS = (
    "SAN FRANCISCO, July 23 (Reuters) - Chipmaker Corvalis Systems Inc reported a 12 percent "
    "rise in second-quarter profit on Wednesday, helped by strong demand for data-center "
    "processors, and forecast revenue for the current quarter above Wall Street estimates.\n"
    "\n"
    "Shares of the company rose 6 percent to $41.20 in extended trading after closing at a "
    "record high in regular trading.\n"
    "\n"
    "Net income in the quarter, which ended June 28, rose to $418 million, or 71 cents per "
    "share, from $373 million, or 63 cents per share, a year earlier. Revenue climbed 9 percent "
    "to $2.31 billion.\n"
    "\n"
    "Analysts had on average expected revenue of $2.24 billion, according to Thomson Reuters "
    "I/B/E/S.\n"
    "\n"
    "Corvalis forecast third-quarter revenue of $2.35 billion to $2.45 billion. It also raised "
    "its outlook for the full year, saying sales in 2014 would grow about 8 percent, compared "
    "with the 5 percent it forecast in April.\n"
    "\n"
    '"The second half has started well," Chief Executive Ann Whitlock told analysts on a '
    'conference call. "We shipped more server chips in the past three months than in all of '
    '2012."\n'
    "\n"
    "Corvalis has been cutting costs since early last year, when it closed two plants in Oregon "
    "and laid off about 1,500 workers. Whitlock said the savings would reach $300 million a "
    "year by the end of 2015.\n"
    "\n"
    "Rival Telmark Corp reported results on Tuesday, posting its fifth straight quarterly loss. "
    "Its shares have fallen 22 percent this year.\n"
    "\n"
    "Corvalis, which was founded in 1987, will pay a dividend of 14 cents per share on Aug. 15 "
    "to shareholders of record as of Aug. 1. It plans to hold its annual investor day in New "
    "York on Nov. 12.\n"
    "\n"
    "Up to Tuesday's close, the stock had gained 18 percent since the beginning of the year.\n"
    "\n"
    "(Reporting by Nadia Osman in San Francisco; Editing by Ted Kerr)"
)

# --- a storm and its timeline of hours (CNN); DCT Sunday 9 October 2016 ---
STORM_DCT = "2016-10-09"
STORM = (
    "(CNN) — Floodwaters were still rising in eastern North Carolina on Sunday as Hurricane "
    "Delia moved out to sea, after dumping more than a foot of rain on the region in less than "
    "24 hours.\n"
    "\n"
    "At least 11 people have died in the state since Friday, the governor said at a news "
    "conference Sunday morning. Nearly 400,000 homes and businesses were without power.\n"
    "\n"
    "Delia made landfall near Cape Lookout at 2:15 a.m. Saturday as a Category 2 storm with "
    "winds of 100 mph. By 8 a.m., the National Hurricane Center said, it had weakened to a "
    "Category 1, but the rain did not let up. Forecasters had warned on Thursday that the storm "
    "could stall over the coast for two days.\n"
    "\n"
    "How the storm unfolded:\n"
    "\n"
    "Friday, 6 p.m.: The governor orders the evacuation of the barrier islands.\n"
    "Saturday, 2:15 a.m.: The eye crosses the coast near Cape Lookout.\n"
    "Saturday, 11 a.m.: The Neuse River tops its banks in New Bern.\n"
    "Saturday night: Rescue crews pull more than 300 people from flooded homes.\n"
    "Sunday, 5 a.m.: The storm moves out to sea.\n"
    "\n"
    '"Last night was the worst I\'ve seen in 30 years," said Linda Pruitt, 64, who was '
    'rescued from the roof of her home in Kinston late Saturday. "The water came up two feet '
    'in an hour."\n'
    "\n"
    "The Neuse is expected to crest at 27 feet on Tuesday, two feet above the record set during "
    "Hurricane Floyd in 1999. Officials warned that rivers would keep rising for several days "
    "even though the skies have cleared.\n"
    "\n"
    "The storm struck five weeks after Tropical Storm Hermine brought heavy rain to the same "
    "counties in early September. Insurers said it was too early to estimate the losses.\n"
    "\n"
    "Schools in 20 counties will stay closed through Wednesday. The president declared a "
    "federal emergency on Saturday afternoon, and the head of the Federal Emergency Management "
    "Agency is expected to tour the area on Monday.\n"
    "\n"
    "The Atlantic hurricane season ends on Nov. 30."
)

# --- a summit over three days (AFP); DCT Friday 15 June 2018 ---
SUMMIT_DCT = "2018-06-15"
SUMMIT = (
    "Brussels (AFP) - European and African leaders wrapped up three days of talks in Brussels on "
    "Friday with a pledge to double trade between the two continents within a decade, but they "
    "failed to agree on how to share out migrants rescued at sea.\n"
    "\n"
    "The summit opened on Wednesday, June 13, with a dinner hosted by the Belgian king. The "
    "next morning, the leaders of 55 African states and 28 EU members sat down for the first "
    "working session, which ran late into the night.\n"
    "\n"
    "Diplomats said the talks nearly collapsed on Thursday evening, when Italy threatened to "
    "block the final statement. The day before, Rome had turned away a rescue ship carrying 600 "
    "migrants.\n"
    "\n"
    '"Yesterday was very hard, but this morning we found a compromise," the president of the '
    "European Council told reporters on Friday. The text was approved at 11:20 am, almost five "
    "hours behind schedule.\n"
    "\n"
    "Under the deal, the EU will set up a 10-billion-euro investment fund next year and review "
    "progress every two years. The leaders agreed to meet again in Kigali in 2020.\n"
    "\n"
    "The last EU-Africa summit, held in Ivory Coast in November 2017, ended with a similar "
    "promise. Since then the number of migrants reaching Italy has fallen sharply, from 119,000 "
    "in 2017 to fewer than 15,000 this year.\n"
    "\n"
    "Ties between the two continents have come a long way since the first summit, in Cairo in "
    "April 2000. Seven years later, the leaders adopted a joint strategy in Lisbon.\n"
    "\n"
    "Earlier this month, EU foreign ministers met in Luxembourg to prepare the talks, and EU "
    "leaders will hold their own summit in Brussels on June 28 and 29.\n"
    "\n"
    "Several African leaders left Brussels on Friday afternoon. The Senegalese president will "
    "fly to Paris on Saturday for talks with his French counterpart, his office said.\n"
    "\n"
    "Rwanda, which will host the next summit, said it would begin preparations within weeks."
)

# --- a football weekend and its table of results (BBC Sport); DCT Monday 8 April 2019 ---
FOOTBALL_DCT = "2019-04-08"
FOOTBALL = (
    "Celtic need two more wins to clinch an eighth successive Scottish Premiership title after "
    "beating Hibernian 2-0 at Easter Road on Sunday.\n"
    "\n"
    "Second-placed Rangers were held 1-1 by Kilmarnock at Ibrox on Saturday and now trail the "
    "leaders by 13 points with five games left.\n"
    "\n"
    "Callum Reid opened the scoring after 23 minutes and added a second from the penalty spot "
    "eight minutes after the break. It was his 19th goal in all competitions and his first "
    "since February.\n"
    "\n"
    '"Today we showed what this team is about," Celtic manager Alan Crerand said on Sunday. '
    '"We go again on Wednesday."\n'
    "\n"
    "Crerand, who took charge in late February, has won eight of his nine league games. Celtic "
    "last went a whole league season unbeaten in 2017.\n"
    "\n"
    "Celtic host Aberdeen on Wednesday night before a trip to Ibrox on 21 April. If they win "
    "both, the title will be decided with four weeks to spare.\n"
    "\n"
    "Results\n"
    "\n"
    "Saturday 6 April\n"
    "Rangers 1-1 Kilmarnock\n"
    "Hearts 0-2 Aberdeen\n"
    "St Mirren 1-0 Dundee\n"
    "Livingston 2-2 Motherwell\n"
    "\n"
    "Sunday 7 April\n"
    "Hibernian 0-2 Celtic\n"
    "St Johnstone 3-1 Hamilton\n"
    "\n"
    "Aberdeen remain third, a point ahead of Kilmarnock, who have not finished in the top three "
    "since 2000. The league splits after next weekend's fixtures, and the final round of games "
    "is on 19 May.\n"
    "\n"
    "Hearts have won one of their last nine games, and the club's board is expected to meet "
    "later this week to discuss the manager's future. The side lost the Scottish Cup final in "
    "2012 to Hibernian's great rivals and have not won a trophy since."
)

# --- an election night (WSJ); DCT Wednesday 7 November 2012 ---
ELECTION_DCT = "2012-11-07"
ELECTION = (
    "Democrat Elena Ruiz was elected mayor of San Marcos on Tuesday night, defeating two-term "
    "Republican incumbent Frank Dolan in a race that remained too close to call for nearly five "
    "hours after the polls closed.\n"
    "\n"
    "Ms. Ruiz, a former school-board president, declared victory at 12:45 a.m. Wednesday before "
    "several hundred supporters at a downtown hotel. With all 212 precincts reporting, she led "
    "by 3,118 votes, or about 2 percentage points.\n"
    "\n"
    'Mr. Dolan conceded in a phone call at about 2 a.m. "The voters have spoken, and I respect '
    'their choice," he said in a statement.\n'
    "\n"
    "Polls closed at 7 p.m. Early returns, which included ballots cast before Election Day, "
    "showed Mr. Dolan ahead by nine points. His lead narrowed steadily after 10 p.m. as "
    "precincts on the city's east side reported.\n"
    "\n"
    "Turnout was 61%, the highest in a mayoral race since 1992, according to the county clerk. "
    "More than 40,000 residents voted early, twice as many as four years ago.\n"
    "\n"
    "Ms. Ruiz will be sworn in on Jan. 2 and will serve a four-year term. Her first budget is "
    "due by the end of March.\n"
    "\n"
    "The campaign was the most expensive in the city's history. Mr. Dolan, first elected in "
    "2004, raised $3.2 million, while Ms. Ruiz raised $2.7 million, much of it in the last three "
    "weeks. Outside groups spent another $1.5 million on television ads in October alone.\n"
    "\n"
    "Voters also approved a measure that will raise the sales tax by half a cent for 10 years to "
    "pay for road repairs. The tax takes effect next July.\n"
    "\n"
    "The City Council, which now has a Democratic majority for the first time since the 1980s, "
    "meets next Monday to certify the results. A recount is unlikely, the clerk said Wednesday "
    "morning."
)

# --- an obituary (NYT); DCT Thursday 9 February 2017 ---
OBITUARY_DCT = "2017-02-09"
OBITUARY = (
    "Margaret Ellison, a marine biologist whose surveys of dying reefs in the 1980s helped "
    "alert the world to the warming of the oceans, died on Tuesday at her home in Falmouth, "
    "Mass. She was 84.\n"
    "\n"
    "Her daughter, Ruth Ellison, said the cause was heart failure.\n"
    "\n"
    "Dr. Ellison spent more than four decades at the Woods Hole Oceanographic Institution, "
    "where she arrived in 1962 as a research assistant. In the summer of 1983 she led an "
    "expedition to the reefs off Belize and found that large stretches of coral had turned "
    "white within a few weeks. Two years later she published the paper that made her name.\n"
    "\n"
    "Margaret Anne Ellison was born on March 3, 1932, in Duluth, Minn., the youngest of five "
    "children. Her father, a ferry captain, died when she was 9. She graduated from the "
    "University of Minnesota in 1953 and earned her doctorate at Yale five years later.\n"
    "\n"
    "In the 1960s, few women went to sea on research ships. Dr. Ellison said in a 2009 "
    'interview that she had spent her first cruise in the galley "because the captain did not '
    'know where else to put me."\n'
    "\n"
    "She retired in 2004 but kept diving until the age of 78. Last spring she gave her last "
    "lecture, to a hall of students at Woods Hole, and she was still answering letters from "
    "scientists until a few days before her death.\n"
    "\n"
    "Her husband of 51 years, Thomas Ellison, died in 2011. In addition to her daughter, she is "
    "survived by a son, Peter; a sister, Joan Harlow; and four grandchildren.\n"
    "\n"
    "A memorial service will be held at Woods Hole on Saturday, Feb. 25."
)

# --- a markets wrap (Reuters); DCT Wednesday 10 February 2016 ---
MARKETS_DCT = "2016-02-10"
MARKETS = (
    "NEW YORK, Feb 10 (Reuters) - Wall Street ended a choppy session little changed on "
    "Wednesday as a rally in bank shares faded in the final hour of trading and oil prices "
    "fell for a third straight day.\n"
    "\n"
    "The Dow Jones industrial average fell 99.64 points, or 0.6 percent, to 15,914.74, the S&P "
    "500 lost 0.03 points to 1,851.86 and the Nasdaq Composite added 0.35 percent to 4,283.59.\n"
    "\n"
    "Stocks had opened higher after Federal Reserve Chair Janet Yellen told lawmakers in the "
    "morning that the central bank did not expect to reverse course on interest rates. By "
    "midday the S&P was up 1.2 percent, but the gains vanished after 3 p.m. as crude slid "
    "below $28 a barrel.\n"
    "\n"
    "The S&P has fallen 9.4 percent in the year to date and closed on Tuesday at its lowest "
    "since April 2014. Bank stocks are down 18 percent since Dec. 31, their worst start since "
    "2009. The index gained 2.9 percent in the first half of last year before tumbling in August.\n"
    "\n"
    '"Every rally in the past six weeks has been sold," said Ann Cho, chief investment '
    'officer at Harbor Ridge Capital in Boston. "Until oil finds a floor, nobody wants to own '
    'risk."\n'
    "\n"
    "Energy shares rose in the first half of the session but ended 1.1 percent lower. "
    "Financials, which rallied 2.1 percent in the morning, finished up 0.3 percent.\n"
    "\n"
    "About 9.2 billion shares changed hands on U.S. exchanges, above the 8.4 billion daily "
    "average over the last 20 trading days.\n"
    "\n"
    "Yellen testifies again on Thursday, before a Senate panel. Investors will also watch "
    "January retail sales, due on Friday, and the markets will be closed on Monday for "
    "Presidents Day.\n"
    "\n"
    "Wednesday's close left the Dow down 8.7 percent for the year.\n"
    "\n"
    "(Reporting by Caroline Valetkevitch; Editing by Nick Zieminski)"
)

# --- a crime story and its police timeline (local paper); DCT Monday 16 July 2018 ---
CRIME_DCT = "2018-07-16"
CRIME = (
    "Police on Monday identified the man who was shot and killed outside a bar on Grant Street "
    "early Sunday as a 27-year-old from Hamilton Township.\n"
    "\n"
    "Officers were called to the Anchor Tavern at about 11:40 p.m. Saturday after a fight broke "
    "out in the parking lot, police Capt. Ray Dunleavy said at a news conference. The crowd had "
    "broken up by the time they arrived.\n"
    "\n"
    "Shortly after midnight, a car pulled into the lot and a passenger fired at least six shots "
    "at a group standing near the door. Kevin Marsh was hit twice in the chest. He was taken to "
    "Capital Health Regional Medical Center, where he died an hour later.\n"
    "\n"
    "Detectives found the car abandoned in a field in Ewing the following morning. A 19-year-old "
    "man was arrested at his home on Sunday afternoon and charged with murder, Dunleavy said. "
    "Police are still looking for the driver.\n"
    "\n"
    '"We believe this was a dispute that started inside the bar earlier that night," Dunleavy '
    'said. "It was not random."\n'
    "\n"
    "Sunday's shooting was the city's 14th homicide this year, compared with 22 in all of "
    "2017. The Anchor Tavern was cited twice last year for serving minors, and the "
    "city ordered it to close early for 90 days.\n"
    "\n"
    "Marsh's mother, Denise, said her son had worked nights at a warehouse for the past two "
    "years and was saving to go back to school in the fall.\n"
    "\n"
    "The suspect is being held at the county jail and is due in court on Wednesday. A vigil is "
    "planned for 7 p.m. Tuesday outside the bar."
)

# --- a health study (AP); DCT Wednesday 17 June 2015 ---
STUDY_DCT = "2015-06-17"
STUDY = (
    "NEW YORK (AP) — Older adults who walk briskly for at least 20 minutes a day are far less "
    "likely to end up in a nursing home, a large study published Wednesday suggests.\n"
    "\n"
    "Researchers followed more than 14,000 men and women aged 65 and older over a 10-year "
    "period. Those who walked the most were 30 percent less likely to lose the ability to live "
    "on their own, according to the study in the journal Health Affairs.\n"
    "\n"
    "The volunteers were recruited between 2001 and 2012 in four states. Nurses visited them "
    "every six months, and each wore a step counter for one week each year.\n"
    "\n"
    '"The benefit showed up within two years and lasted to the end of the study," said the '
    'lead author, Dr. Sunil Rao of the University of Michigan. "It did not matter when they '
    'started."\n'
    "\n"
    "The number of Americans aged 85 and older is expected to double in the coming decade, and "
    "nursing-home care now costs more than $80,000 annually on average. Medicare spent $29 billion "
    "on such care in 2013.\n"
    "\n"
    "Earlier studies have linked exercise to a lower risk of falls, but most of them lasted only "
    "a few months. A trial that ended last year found that a program of supervised walking "
    "three times a week cut disabling injuries by about a fifth.\n"
    "\n"
    "The new study was paid for by the National Institute on Aging. Its authors plan to follow "
    "the same people until 2020 and will report on memory loss next spring.\n"
    "\n"
    "Federal guidelines issued in 2008 recommend that older adults get 150 minutes of moderate "
    "exercise each week. Fewer than one in six do, according to a government survey."
)

# --- a broadcast transcript (lower case, spoken numbers); DCT Thursday 5 March 1998 ---
BROADCAST_DCT = "1998-03-05"
BROADCAST = (
    "good evening. we begin tonight with the weather, because for millions of people in the "
    "south it is the only story that matters. the storm that flattened homes in central florida "
    "this morning has now moved into georgia, and forecasters say it will reach the carolinas "
    "before dawn.\n"
    "\n"
    "at least nine people were killed when tornadoes tore through three counties shortly after "
    "four o'clock this afternoon. our correspondent is in kissimmee. what did you see there?\n"
    "\n"
    "peter, it came without warning. people here told me they had about two minutes to get "
    "into a closet or a bathtub. i spoke to a woman this evening whose trailer was thrown a "
    "hundred yards. she said the last time anything like this happened was in nineteen "
    "ninety-three, and that was nothing compared with today.\n"
    "\n"
    "thank you. the governor has declared a state of emergency and says the national guard "
    "will be here by tomorrow morning. the el nino pattern has given florida its wettest "
    "winter since nineteen eighty-three, and forecasters say the danger will "
    "last through the spring.\n"
    "\n"
    "in washington today, the senate voted to extend the highway bill for another six months. "
    "the vote was seventy to twenty-nine. the house takes up the measure next week.\n"
    "\n"
    "on wall street, the dow fell forty-five points. it is down two days in a row, but still up "
    "nearly five percent since january.\n"
    "\n"
    "we will have more on the storm at the top of the hour. and on the program tomorrow night, "
    "a look back at the flood of nineteen ninety-seven, one year later. i'm peter jennings. good "
    "night."
)

# --- a UK government/policy story (Guardian/BBC); DCT Wednesday 3 December 2014 ---
POLICY_DCT = "2014-12-03"
POLICY = (
    "The chancellor has announced an overhaul of stamp duty that will cut the tax for 98% of "
    "people who buy a home, in an autumn statement that also confirmed austerity will continue "
    "well into the next parliament.\n"
    "\n"
    'From midnight on Wednesday, the old "slab" system will be replaced by rates that apply '
    "only to the part of the price within each band, George Osborne told MPs. The change will "
    "cost the Treasury about £800m.\n"
    "\n"
    "The Office for Budget Responsibility said borrowing would be £91.3bn in the 2014-15 "
    "financial year, £5.3bn more than it forecast in March. It expects the deficit to be closed "
    "by 2018-19 and a surplus of £23bn by 2020.\n"
    "\n"
    "The personal allowance will rise to £10,600 from April, and the threshold for the higher "
    "rate of income tax will rise by 1% in each of the next two years.\n"
    "\n"
    "The chancellor also said the government would build a new road tunnel under Stonehenge "
    "and that work on the first of 84 road schemes would start within 18 months. A consultation "
    "on the tunnel will open next spring.\n"
    "\n"
    "Labour said living standards had fallen since 2010 and that the chancellor had broken his "
    'promise to clear the deficit by the end of this parliament. "He has borrowed more in the '
    'last four years than Labour did in 13," the shadow chancellor, Ed Balls, said.\n'
    "\n"
    "Public spending is set to fall to 35.2% of national income in 2019-20, its lowest level "
    "since the late 1930s, according to the OBR.\n"
    "\n"
    "The Institute for Fiscal Studies will publish its analysis of the statement on Thursday "
    "morning. The next budget, the last before the general election on 7 May, is expected in "
    "mid-March."
)

# --- a political scandal over four weeks (AP); DCT Wednesday 8 February 2017 ---
SCANDAL_DCT = "2017-02-08"
SCANDAL = (
    "HARTFORD, Conn. (AP) — Gov. Richard Hale resigned on Wednesday, four weeks after a newspaper "
    "reported that his campaign had paid for his family's vacations, ending a scandal that "
    "unfolded in less than a month.\n"
    "\n"
    'The Courant first reported the payments on Jan. 12. Hale called the story "a smear" that '
    "afternoon and said he had done nothing wrong. The following Tuesday, the state ethics "
    "commission opened an inquiry, and a week later two of his top aides resigned.\n"
    "\n"
    "By the end of the month, 40 of the 63 members of his own party in the legislature had "
    "called on him to step down. On Monday, the House speaker said impeachment hearings would "
    "begin on Feb. 16 if the governor did not leave office.\n"
    "\n"
    'Hale announced his decision at a brief news conference at 2 p.m. "For the last three weeks '
    'my family has been through hell," he said. "Today I am putting them first." He took no '
    "questions.\n"
    "\n"
    "Lt. Gov. Ellen Park will be sworn in on Friday and will serve the remaining 23 months of "
    "Hale's term, which ends in January 2019. Park, 52, served two terms in the state Senate "
    "before she was elected lieutenant governor in 2014.\n"
    "\n"
    "Hale, a former prosecutor, was first elected in 2010 and won a second term by 14 points in "
    "November 2014. Until this year he had been seen as a likely candidate for the Senate in "
    "2018.\n"
    "\n"
    "The ethics commission said Wednesday that its inquiry would continue. Its chairman said he "
    "expected to release a report within 60 days. Federal prosecutors have also subpoenaed the "
    "campaign's bank records for the past four years, according to two people familiar with the "
    "matter."
)

# --- a takeover with fiscal dates (Reuters); DCT Monday 17 November 2014 ---
DEAL_DCT = "2014-11-17"
DEAL = (
    "NEW YORK, Nov 17 (Reuters) - Harlow Foods Inc agreed on Monday to buy snack maker "
    "Brightwater Brands Co for about $6.2 billion in cash, its biggest acquisition in more than "
    "a decade, as it seeks to grow beyond its slow-selling cereals.\n"
    "\n"
    "The deal, expected to close in the first half of 2015, values Brightwater at $58 per share, "
    "a premium of 31 percent to its closing price on Friday. Brightwater's shares jumped 27 "
    "percent in early trading.\n"
    "\n"
    "Harlow said the acquisition would add to its earnings within a year of closing and that it "
    "expected to cut about $250 million in costs by fiscal 2017.\n"
    "\n"
    "Brightwater, whose fiscal 2014 ended Sept. 27, reported net sales of $2.9 billion for the "
    "year, up 11 percent. Sales in its snacks unit rose 15 percent in the 12 months to June, the "
    "company said in August.\n"
    "\n"
    "Harlow will finance the purchase with cash on hand and new debt. It said it would suspend "
    "its share buyback program for two years to pay down the borrowing.\n"
    "\n"
    '"We have looked at this business for years," Harlow Chief Executive Mark Devlin said on a '
    'call with analysts. "Today is a big day for us."\n'
    "\n"
    "Under the terms of the agreement, Brightwater can seek rival offers during a 45-day "
    '"go-shop" period. If it accepts a better bid, it must pay Harlow a breakup fee of $190 '
    "million. Harlow must file for antitrust approval within 90 days.\n"
    "\n"
    "Harlow's fiscal 2015 began in June. In the quarter ended Aug. 30, its first of the fiscal "
    "year, its net income fell 4 percent from a year earlier.\n"
    "\n"
    "The company last made a major purchase in 2003, when it bought a frozen-food maker for "
    "$3.1 billion. It sold that business seven years later.\n"
    "\n"
    "Harlow shares were down 2.1 percent at $71.40 on Monday afternoon on the New York Stock "
    "Exchange.\n"
    "\n"
    "(Reporting by Lisa Baird in New York; Editing by Don Sebastian)"
)

# --- an earthquake abroad, in local time and GMT (Xinhua); DCT Tuesday 3 November 2015 ---
QUAKE_DCT = "2015-11-03"
QUAKE = (
    "BEIJING, Nov. 3 (Xinhua) -- A 5.8-magnitude earthquake jolted a mountainous county in "
    "southwest China's Sichuan Province at 9:30 a.m. local time (0130 GMT) Tuesday, killing at "
    "least four people and injuring 67, local authorities said.\n"
    "\n"
    "The epicenter, at a depth of 10 km, was in Baoxing County, according to the China "
    "Earthquake Networks Center. More than 40 aftershocks had been recorded by 3 p.m., the "
    "strongest a 4.1-magnitude tremor at 11:12 a.m.\n"
    "\n"
    "Rescuers from neighboring Ya'an city reached the worst-hit township about two hours after "
    "the quake. Roads into the area, cut by landslides, were reopened late Tuesday afternoon.\n"
    "\n"
    "The quake came after days of heavy rain in the region. Local meteorological authorities had "
    "issued an alert for landslides late Monday night, and some 3,000 villagers were moved to "
    "safer ground early Tuesday.\n"
    "\n"
    '"The house shook for about 20 seconds. I ran out with my daughter," said a villager '
    "surnamed Li.\n"
    "\n"
    "Premier Li Keqiang urged all-out efforts to search for survivors and asked local "
    "governments to resettle those affected before winter sets in.\n"
    "\n"
    "Baoxing was one of the counties hit hardest by a 7.0-magnitude earthquake in April 2013, "
    "which killed 196 people. A 2008 quake in Wenchuan, about 200 km to the north, left more "
    "than 69,000 people dead.\n"
    "\n"
    "The provincial government said it would allocate 50 million yuan (7.9 million U.S. "
    "dollars) for relief work and send 2,000 tents by Wednesday. Schools in the county will "
    "remain closed until Monday.\n"
    "\n"
    "The weather bureau forecast more rain over the next 72 hours."
)

# --- a feature over decades (a Sunday paper); DCT Sunday 19 May 2013 ---
FEATURE_DCT = "2013-05-19"
FEATURE = (
    "When Margaret Olsen opened her bakery on Fulton Street in the 1980s, the neighborhood had "
    "two banks, a hardware store and a movie theater. A decade later, only the bakery was left.\n"
    "\n"
    '"People told me I was crazy to stay," said Olsen, who was in her twenties when she signed '
    'the first lease. "I had no other plan."\n'
    "\n"
    "She has now run the shop for nearly 30 years, and the line for her rye bread still "
    "stretches out the door on Saturday mornings.\n"
    "\n"
    "The street's decline began in the late 1970s, when the shipyard that employed half the "
    "town cut its work force. It closed for good in 1984. By the turn of the century, a third of "
    "the storefronts on Fulton Street stood empty, and the theater had been torn down.\n"
    "\n"
    "Things began to change in the mid-2000s. A commuter rail station opened in 2006, and young "
    "families priced out of the city started buying the old row houses. Since the mid-1990s the "
    "town's population has grown by almost a quarter, to 18,400.\n"
    "\n"
    "Olsen, now 57, still bakes six days a week. For 12 years her late husband, Tom, drove the "
    "delivery van; since his death in 2011 her nephew has done it.\n"
    "\n"
    "Rents on the street have doubled in the past five years, and a chain coffee shop opened "
    "across the road last fall. Olsen owns her building, which she bought in 1996 for $85,000. "
    "It was appraised last year at $640,000.\n"
    "\n"
    'She says she has no plans to sell. "Maybe in ten years I\'ll think about it," she said. '
    '"Maybe."\n'
    "\n"
    "The town will mark the 150th anniversary of its founding this summer, and Olsen has been "
    "asked to bake for the parade on July 4."
)

# --- a product launch (tech press); DCT Tuesday 17 October 2017 ---
LAUNCH_DCT = "2017-10-17"
LAUNCH = (
    "Pixelon Inc. on Tuesday unveiled a second version of its Halo smart speaker, two years "
    "after the original became a surprise hit, and said the device would reach stores in the "
    "coming weeks, in time for the holiday season.\n"
    "\n"
    "The new speaker, which goes on sale in the U.S. on Nov. 2, will cost $129, $20 less than "
    "the first model did at its launch in October 2015. A larger version with a screen will "
    "follow later this year, and the company plans to launch both in Europe and Japan early "
    "next year.\n"
    "\n"
    '"We\'ve sold more than 12 million Halos since launch," Chief Executive Priya Raman said at '
    'an event in San Francisco. "This fall is going to be our biggest quarter ever."\n'
    "\n"
    "Pixelon expects revenue of $1.4 billion to $1.5 billion in the fourth quarter, which "
    "includes the holiday shopping season. Analysts expect Q4 sales of $1.38 billion. In the "
    "third quarter, which ended Sept. 30, revenue rose 38 percent.\n"
    "\n"
    "The company also said it would release a software update this week that lets owners "
    "control their lights and thermostats by voice, and that it would begin to offer a monthly "
    "music subscription in December. Subscribers will pay $9.99 each month.\n"
    "\n"
    "The launch comes a week after rival Verdant Labs cut the price of its own speaker by a "
    "third. Verdant said in August that it had shipped 5 million units in the first half of the "
    "year.\n"
    "\n"
    "Raman, who co-founded Pixelon in 2011 after eight years at a chip company, said the firm "
    "was spending more than ever on research. Its first product, a wireless camera, flopped in "
    "2013, and the company nearly ran out of money the following year.\n"
    "\n"
    "The Halo 2 will be available for pre-order from 9 a.m. Pacific time on Wednesday. "
    "Pixelon's shares rose 4 percent in late trading."
)

# --- a transfer on deadline day (BBC Sport); DCT Wednesday 2 September 2015 ---
TRANSFER_DCT = "2015-09-02"
TRANSFER = (
    "Northfield United have signed France forward Julien Baptiste from Monaco for an initial "
    "£34m on a four-year deal, a club record fee, after talks that went on until the final hours "
    "of deadline day.\n"
    "\n"
    "The 20-year-old passed a medical on Tuesday morning, and the deal was completed shortly "
    "before the window closed at 18:00 BST. He could make his debut against Stoke on 12 "
    "September, after the international break.\n"
    "\n"
    "Baptiste scored 14 goals for Monaco last season and his contract there ran until 2019. "
    "United had tried to sign him in the January transfer window, but Monaco refused to sell "
    "him in the middle of the season.\n"
    "\n"
    '"It has been a long summer," manager Ian Cowdrey said on Wednesday. "We wanted him in '
    'June, and we got him in the end."\n'
    "\n"
    "Northfield finished fourth in 2014-15 and have taken seven points from their first four "
    "games of the 2015-16 season. They begin their Champions League campaign on 15 September.\n"
    "\n"
    "United also sold defender Marco Silva to Porto, who gave him a three-year deal, and sent "
    "midfielder Tom Aldred on a season-long loan to Celta Vigo. Goalkeeper Dan Rees, who has a "
    "year left on his contract, will be allowed to leave next summer.\n"
    "\n"
    "The club has spent more than £250m on players in the past two years, more than any other "
    "side in the Premier League. It last won the title in 2011 and has not reached a Champions "
    "League final since 2009.\n"
    "\n"
    "Cowdrey, whose own contract runs until the summer of 2017, said he expected the squad to "
    'stay as it is until the January window reopens. "Nobody else is coming in," he said. '
    '"Now we focus on the football."'
)

# --- a 1990s wire story (AP); DCT Wednesday 11 February 1998 ---
WIRE_DCT = "1998-02-11"
WIRE = (
    "WASHINGTON (AP) — The Clinton administration said Tuesday it will ask Congress for $1.2 "
    "billion to modernize the nation's air traffic control system, after a string of radar "
    "failures that delayed thousands of flights.\n"
    "\n"
    "Transportation Secretary Rodney Slater told a House panel that the first grants could go out "
    "as early as next week if lawmakers act quickly. The request comes on top of last month's "
    "emergency payment of $300 million to the Federal Aviation Administration.\n"
    "\n"
    "Air travel has grown steadily for the past two years, and the agency expects a record 640 "
    "million passengers in 1998. In recent weeks, outages at control centers in Chicago and "
    "Oakland have grounded planes for hours at a time.\n"
    "\n"
    "The FAA reported 42 equipment failures in the fourth quarter of 1997, up from 27 a year "
    "earlier. Earlier this year, it promised to replace its aging computers by the end of 1999, "
    "but congressional auditors said in a report released Monday that the project was already "
    "six months behind schedule.\n"
    '"We cannot afford to wait another decade," Slater said. "The equipment in some of these '
    'centers was installed in the 1960s."\n'
    "\n"
    "The airlines, which posted record profits last year, have lobbied against new ticket taxes "
    "to pay for the work. The Air Transport Association said it would respond to the plan "
    "within a few days.\n"
    "\n"
    "The House is expected to vote on the request before the Easter recess, which begins April "
    "3. The Senate approved a similar measure in 1996, but it died in conference at the end of "
    "the session.\n"
    "\n"
    "Shares of the major carriers were mostly higher Wednesday morning on the New York Stock "
    "Exchange. Analysts said the market had expected the request since the president's budget "
    "speech two weeks ago."
)

# --- a diplomatic visit (Xinhua); DCT Tuesday 13 September 2016 ---
VISIT_DCT = "2016-09-13"
VISIT = (
    "HANOI, Sept. 13 (Xinhua) -- Vietnam and Cambodia on Tuesday signed seven agreements on "
    "trade, energy and border management during the three-day visit of Cambodian Prime Minister "
    "Sok Vanna, the Vietnamese Foreign Ministry said.\n"
    "\n"
    "The documents were signed after talks between Sok and his Vietnamese counterpart Nguyen "
    "Minh Quang at the Presidential Palace in Hanoi, which lasted about two hours.\n"
    "\n"
    "Sok arrived in Ho Chi Minh City on Sunday, his first official trip to Vietnam since taking "
    "office in April. On Monday, he flew to Hanoi and laid a wreath at the Ho Chi Minh "
    "Mausoleum. The previous day, he had met Vietnamese and Cambodian business leaders at a "
    "forum in the southern city.\n"
    "\n"
    "Two-way trade reached 3.2 billion U.S. dollars in 2015, up 12 percent year on year, and "
    "the two sides aim to raise it to 5 billion dollars by 2020. In the first eight months of "
    "this year, trade grew by 9 percent, according to Vietnamese customs data.\n"
    "\n"
    "The two leaders agreed to hold a meeting of their joint border committee every year and to "
    "finish marking the land border before the end of 2017. The two countries established "
    "diplomatic relations on June 24, 1967, and will celebrate the 50th anniversary next year.\n"
    "\n"
    "Quang accepted an invitation to visit Phnom Penh in early 2017, the ministry said.\n"
    "\n"
    "Sok will leave Hanoi on Wednesday morning for Vientiane, where he will attend a regional "
    "summit on Sept. 15 and 16."
)

# --- a monthly climate report (AP); DCT Tuesday 16 June 2015 ---
CLIMATE_DCT = "2015-06-16"
CLIMATE = (
    "WASHINGTON (AP) — Last month was the warmest May on Earth since records began in 1880, "
    "federal scientists said Tuesday, and the first five months of 2015 were the hottest "
    "January-to-May stretch on record.\n"
    "\n"
    "The National Oceanic and Atmospheric Administration said the average global temperature in "
    "May was 1.57 degrees Fahrenheit above the 20th-century average. It beat the previous record "
    "for the month, set in 2014, by a quarter of a degree.\n"
    "\n"
    "The past 12 months were also the warmest 12-month period in the agency's records, which "
    "go back 135 years. Nine of the 10 hottest years have come since 2000, and scientists said "
    "2015 is on track to be the warmest year yet.\n"
    "\n"
    '"This decade is running well ahead of the last one," said Jessica Blunden, a NOAA '
    'climate scientist. "A strong El Niño this winter would push temperatures even higher."\n'
    "\n"
    "In the United States, May was the wettest month ever recorded, with Texas and Oklahoma "
    "getting more than twice their normal rainfall. In Phoenix, overnight lows stayed above 85 "
    "degrees for four straight days last week.\n"
    "\n"
    "The agency's monthly report is based on readings from thousands of land stations, ships "
    "and buoys. The figures for June will be released on July 20."
)

# --- a Mars landing (AP); DCT Tuesday 7 August 2012 ---
MARS_DCT = "2012-08-07"
MARS = (
    "PASADENA, Calif. (AP) — NASA's newest Mars rover sent back its first color pictures on "
    "Tuesday, a day after it landed on Aug. 6 in a crater near the Martian equator.\n"
    "\n"
    "The rover was launched on Nov. 26, 2011, from Cape Canaveral, Fla., and traveled 352 "
    'million miles over more than eight months. Engineers called the final descent "seven '
    'minutes of terror" because the craft had to slow from 13,000 mph to a standstill on its '
    "own.\n"
    "\n"
    "At T-minus 10 minutes, the flight team in Pasadena lost contact with the rover as it "
    "passed behind the planet. The signal came back at 1:31 a.m. EDT.\n"
    "\n"
    "\"We've waited eight years for this moment,\" said the mission's project manager, who "
    "joined the team in 2004.\n"
    "\n"
    "The rover is designed to work for at least two years. Each Martian day lasts 24 hours and "
    "39 minutes, and the team in California will work on Mars time for the next three months, "
    "starting its shifts about 40 minutes later each day.\n"
    "\n"
    "Scientists will spend the first weeks testing the instruments. The rover is not expected to "
    "drive until later this month.\n"
    "\n"
    "NASA plans to send another rover to Mars in 2020. The agency's budget for planetary "
    "science was cut by 20 percent this year."
)

# --- an airline strike (Reuters); DCT Wednesday 27 November 2019 ---
STRIKE_DCT = "2019-11-27"
STRIKE = (
    "FRANKFURT, Nov 27 (Reuters) - Cabin crew at German airline Nordwind will walk out from "
    "Friday until Sunday midnight, their union said on Wednesday, escalating a dispute over pay "
    "that has already disrupted travel for the third time this year.\n"
    "\n"
    "The union said the strike would affect all flights departing from Frankfurt and Munich. "
    "It called a 48-hour strike in October, which forced the airline to cancel 1,300 flights "
    "and left about 180,000 passengers stranded.\n"
    "\n"
    "Talks between the two sides broke down last week after the airline refused to extend the "
    "current contract, which expired at the end of June. The union has threatened to strike "
    "every weekend in December if there is no new offer.\n"
    "\n"
    '"We have been negotiating for eight months," the union\'s chairman told reporters in '
    'Frankfurt. "We are not going to wait until Christmas."\n'
    "\n"
    "Nordwind said it would try to operate about half of its schedule on Saturday and Sunday and "
    "advised passengers to check the status of their flights online. Customers booked on "
    "cancelled flights can rebook free of charge until Dec. 8.\n"
    "\n"
    "The airline's shares were down 2.4 percent at 1020 GMT. It cut its profit forecast for "
    "the year in July, citing higher fuel costs.\n"
    "\n"
    "Pilots at the carrier staged a one-day strike in April and agreed on a new contract two "
    "months later."
)

# --- a regulatory rule (Reuters); DCT Thursday 22 October 2015 ---
RULE_DCT = "2015-10-22"
RULE = (
    "WASHINGTON (Reuters) - The U.S. Consumer Financial Protection Bureau on Thursday issued a "
    "final rule requiring mortgage servicers to tell borrowers of any change to their escrow "
    "payments, the agency's latest move to tighten oversight of the industry.\n"
    "\n"
    "The rule takes effect Jan. 1. Under it, servicers must notify a borrower within 30 days of "
    "a change in the payment and must refund any surplus of $50 or more within 45 days. Large "
    "servicers must bring their systems into compliance by the end of the first quarter of 2016, "
    "while smaller firms will have until Jan. 1, 2017.\n"
    "\n"
    "Refunds for overcharges will be retroactive to 2012, the year the bureau began supervising "
    "mortgage servicers. The agency proposed the rule in July 2014 and received more than 4,000 "
    "comments during a 90-day comment period.\n"
    "\n"
    'Industry groups had asked the bureau to delay the rule for at least a year. "Servicers '
    'need time to reprogram their systems," said a spokesman for the Mortgage Bankers '
    "Association, which said it was still reviewing the final text.\n"
    "\n"
    "Borrowers who were overcharged can sue within the statute of limitations of five years. "
    "The bureau said it had returned $21 million to consumers in escrow cases since 2013.\n"
    "\n"
    "Servicers must also file a report with the bureau each quarter. The first reports are due "
    "45 days after the end of the quarter in which the rule takes effect.\n"
    "\n"
    "Last week, the bureau fined a Texas servicer $5 million for failing to pay property taxes "
    "on time for thousands of borrowers between 2011 and 2014."
)

# (name, text, DCT, expected); an expected item is (span, type, value) or (span, type, value, mod).
# --- a breaking story with its updates in one text (CNN); DCT Friday 22 March 2013 ---
FERRY_DCT = "2013-03-22"
FERRY = (
    "Updated 0412 GMT (1212 HKT) March 22, 2013\n"
    "\n"
    "(CNN) -- Rescuers searched through the night for 14 people still missing after a passenger "
    "ferry capsized off the southern Philippines late Thursday, the coast guard said Friday.\n"
    "\n"
    "At least 23 people were killed when the MV Santa Lucia overturned in rough seas about 30 "
    "minutes after leaving the port of Zamboanga at 6:10 p.m. Thursday, officials said. As of "
    "late Thursday, 212 passengers and crew had been pulled from the water.\n"
    "\n"
    "Earlier Thursday, the weather service had warned of gale-force winds in the area within "
    "the next 24 hours, but the coast guard allowed small vessels to sail.\n"
    "\n"
    "[Update: A coast guard spokesman told CNN on Friday morning that divers had recovered two "
    "more bodies overnight, bringing the death toll to 25.]\n"
    "\n"
    "The ferry was licensed to carry 250 people. Its manifest listed 241 passengers, but "
    "survivors said dozens had boarded without tickets.\n"
    '"I was in the water for three hours before a fishing boat found me," said Ana Reyes, a '
    "19-year-old student.\n"
    "\n"
    "It is the country's deadliest sea accident since June 2008, when a ferry sank during a "
    "typhoon, killing more than 800 people. Maritime officials promised then to inspect every "
    "vessel twice a year.\n"
    "\n"
    "President Luis Navarro ordered an investigation and said its findings would be made public "
    "within 30 days. The search will resume at first light Saturday, the coast guard said.\n"
    "\n"
    "CNN's Maria Santos contributed to this report."
)

# --- the economy and the central bank (WSJ); DCT Wednesday 30 January 2013 ---
GDP_DCT = "2013-01-30"
GDP = (
    "WASHINGTON—The U.S. economy unexpectedly shrank in the final three months of 2012, the "
    "Commerce Department said Wednesday, as cuts in military spending and a drop in business "
    "inventories offset solid consumer spending.\n"
    "\n"
    "Gross domestic product fell at a 0.1% annual rate in the fourth quarter, the first "
    "decline since the second quarter of 2009. Economists had expected growth of 1.1%. The "
    "economy grew at a 3.1% rate in the third quarter.\n"
    "\n"
    "The report was released before the close of the Fed's two-day meeting ending Wednesday. In a "
    "statement released at 2:15 p.m., the central bank said it would keep buying $85 billion "
    "of bonds every month until the outlook for the job market improves substantially.\n"
    "\n"
    "The Fed has held short-term interest rates near zero since late 2008, and most officials "
    "expect to keep them there through 2015.\n"
    "\n"
    '"This is a quirk, not a recession," said Ellen Park, chief economist at Harbor Street '
    'Capital. "We expect growth of about 2% in the first three months of the year."\n'
    "\n"
    "Consumer spending, which accounts for about 70% of economic output, rose at a 2.2% pace, "
    "up from 1.6% in the previous quarter. Defense spending fell 22%, the biggest drop since "
    "1972.\n"
    "\n"
    "For all of 2012, the economy grew 2.2%, up from 1.8% in 2011.\n"
    "\n"
    "Investors will get a fresh reading on the labor market Friday, when the Labor Department "
    "releases the January jobs report. The December jobs report showed that employers added "
    "155,000 jobs and that the unemployment rate held at 7.8%.\n"
    "\n"
    "Stocks slipped after the report. The Dow Jones Industrial Average fell 44 points, ending a "
    "five-day winning streak.\n"
    "\n"
    "The Commerce Department will revise its estimate on Feb. 28."
)

# --- an earthquake in Asia told across the date line (BBC); DCT Friday 12 April 2013 ---
TREMOR_DCT = "2013-04-12"
TREMOR = (
    "A strong earthquake has struck off the coast of north-eastern Japan, shaking buildings in "
    "Tokyo and briefly halting bullet trains.\n"
    "\n"
    "The magnitude-6.8 quake hit shortly after 05:30 on Friday local time - Thursday evening UK "
    "time - the Japan Meteorological Agency said. No tsunami warning was issued.\n"
    "\n"
    "There were no immediate reports of deaths, but at least 12 people were hurt, mostly by "
    "falling objects, public broadcaster NHK reported.\n"
    "\n"
    "The quake was centred 40km (25 miles) below the sea floor off Miyagi prefecture, the region "
    "devastated by the earthquake and tsunami of March 2011, which left more than 18,000 people "
    "dead or missing.\n"
    "\n"
    "The Fukushima Daiichi nuclear plant, crippled in the 2011 disaster, reported no new damage. "
    "Its operator said it had checked the cooling systems of all six reactors by 08:00.\n"
    "\n"
    "It was the third tremor above magnitude five to hit the region in the past week, and the "
    "agency warned that strong aftershocks could follow in the coming days.\n"
    "\n"
    "Prime Minister Kenji Sato told reporters on Friday morning that the government was "
    '"doing everything possible". He cancelled a visit to Indonesia planned for the weekend.\n'
    "\n"
    "Bullet train services between Tokyo and Sendai resumed about two hours later.\n"
    "\n"
    'Japan sits on the Pacific "Ring of Fire" and records about 1,500 earthquakes every year. '
    "Seismologists say it will take several weeks to map the fault that moved."
)

# --- a trial's week (AP); DCT Friday 8 February 2013 ---
TRIAL_DCT = "2013-02-08"
TRIAL = (
    "PHOENIX (AP) — A former accountant for a Scottsdale home builder told jurors this week "
    "that she was ordered to hide millions of dollars in losses from investors, the most damaging "
    "testimony so far in the fraud trial of the company's founder.\n"
    "\n"
    "Linda Marsh testified Monday that Raymond Cole, 61, told her in 2011 to move the losses of "
    'three failed projects into a separate set of books. "He said nobody would ever look '
    'there," she said.\n'
    "\n"
    "On the stand Tuesday, Marsh acknowledged under cross-examination that she did not go to "
    "authorities until last April, long after she was fired. Cole's attorney, Mark Hensley, "
    "called her a disgruntled employee.\n"
    "\n"
    "On Wednesday, an FBI forensic accountant spent more than five hours walking jurors through "
    "bank records.\n"
    "\n"
    "Cole has pleaded not guilty to 22 counts of wire fraud and securities fraud. If convicted, "
    "he faces up to 20 years in prison on each count.\n"
    "\n"
    "The trial, which began Jan. 7, is expected to last six weeks. Prosecutors rested their case "
    "Thursday, and the defense began calling witnesses Friday morning. U.S. District Judge Anne "
    "Morales told jurors to expect closing arguments next week.\n"
    "\n"
    "Prosecutors say that between 2008 and 2011, Cole raised more than $40 million from about "
    "300 investors, many of them retirees. The company, Desert Crest Homes, filed for bankruptcy "
    "in March 2012, and FBI agents searched its offices two weeks later.\n"
    "\n"
    '"We\'ve waited nearly two years for this," said Dorothy Kline, 74, who lost her savings '
    "and has attended every day of the trial.\n"
    "\n"
    "Cole is expected to testify in his own defense, his lawyer said Thursday, though he would "
    "not say when."
)

DOCUMENTS: list[tuple[str, str, str, list[tuple[str, ...]]]] = [
    (
        "court",
        COURT,
        COURT_DCT,
        [
            ("Wednesday", "DATE", "2015-03-18"),
            ("six weeks", "DURATION", "P6W"),
            # ("about" sets the mod and stays outside, as TimeBank draws it.)
            ("11 hours", "DURATION", "PT11H", "APPROX"),
            ("three days", "DURATION", "P3D"),
            ("up to 20 years", "DURATION", "P20Y", "EQUAL_OR_LESS"),
            ("June 24", "DATE", "2015-06-24"),
            ("2006", "DATE", "2006"),
            # (Counted from the background's year, not from the DCT.)
            ("Three years later", "DATE", "2009"),
            ("2013", "DATE", "2013"),
            ("Sept. 8, 2014", "DATE", "2014-09-08"),
            ("two days", "DURATION", "P2D"),
            ("October", "DATE", "2014-10"),
            ("March 10", "DATE", "2015-03-10"),
            ("that day", "DATE", "2015-03-10"),
            ("the next morning", "TIME", "2015-03-11TMO"),
            ("Monday afternoon", "TIME", "2015-03-16TAF"),
            ("Tuesday", "DATE", "2015-03-17"),
            ("4:30 p.m.", "TIME", "2015-03-17T16:30"),
            ("11:40 a.m. the next day", "TIME", "2015-03-18T11:40"),
            # (The lawyer speaks on the day of the verdict, the DCT.)
            ("Yesterday", "DATE", "2015-03-17"),
            ("14 days", "DURATION", "P14D"),
            ("January", "DATE", "2015-01"),
            ("next month", "DATE", "2015-04"),
            ("Wednesday", "DATE", "2015-03-18"),
            ("two years ago", "DATE", "2013"),
            ("now", "DATE", "PRESENT_REF"),
            ("weekly", "SET", "P1W"),
            # (A timetable verb in the present: the coming Monday.)
            ("Monday", "DATE", "2015-03-23"),
        ],
    ),
    (
        "earnings",
        EARNINGS,
        EARNINGS_DCT,
        [
            ("July 23", "DATE", "2014-07-23"),
            ("second-quarter", "DATE", "2014-Q2"),
            ("Wednesday", "DATE", "2014-07-23"),
            ("the current quarter", "DATE", "2014-Q3"),
            ("the quarter", "DATE", "2014-Q2"),
            ("June 28", "DATE", "2014-06-28"),
            # (A year before the quarter just reported.)
            ("a year earlier", "DATE", "2013-Q2"),
            ("third-quarter", "DATE", "2014-Q3"),
            ("the full year", "DATE", "2014"),
            ("2014", "DATE", "2014"),
            ("April", "DATE", "2014-04"),
            ("The second half", "DATE", "2014-H2"),
            ("the past three months", "DURATION", "P3M"),
            ("2012", "DATE", "2012"),
            ("early last year", "DATE", "2013", "START"),
            ("a year", "SET", "P1Y"),
            ("the end of 2015", "DATE", "2015", "END"),
            ("Tuesday", "DATE", "2014-07-22"),
            ("this year", "DATE", "2014"),
            ("1987", "DATE", "1987"),
            ("Aug. 15", "DATE", "2014-08-15"),
            ("Aug. 1", "DATE", "2014-08-01"),
            ("Nov. 12", "DATE", "2014-11-12"),
            ("Tuesday", "DATE", "2014-07-22"),
            ("the beginning of the year", "DATE", "2014", "START"),
        ],
    ),
    (
        "storm",
        STORM,
        STORM_DCT,
        [
            ("Sunday", "DATE", "2016-10-09"),
            ("less than 24 hours", "DURATION", "PT24H", "LESS_THAN"),
            ("Friday", "DATE", "2016-10-07"),
            ("Sunday morning", "TIME", "2016-10-09TMO"),
            ("2:15 a.m. Saturday", "TIME", "2016-10-08T02:15"),
            # (The hour of the same morning the story has reached.)
            ("8 a.m.", "TIME", "2016-10-08T08:00"),
            ("Thursday", "DATE", "2016-10-06"),
            ("two days", "DURATION", "P2D"),
            ("Friday, 6 p.m.", "TIME", "2016-10-07T18:00"),
            ("Saturday, 2:15 a.m.", "TIME", "2016-10-08T02:15"),
            ("Saturday, 11 a.m.", "TIME", "2016-10-08T11:00"),
            ("Saturday night", "TIME", "2016-10-08TNI"),
            ("Sunday, 5 a.m.", "TIME", "2016-10-09T05:00"),
            ("Last night", "TIME", "2016-10-08TNI"),
            ("30 years", "DURATION", "P30Y"),
            ("late Saturday", "DATE", "2016-10-08", "END"),
            ("an hour", "DURATION", "PT1H"),
            ("Tuesday", "DATE", "2016-10-11"),
            ("1999", "DATE", "1999"),
            ("several days", "DURATION", "PXD"),
            ("five weeks", "DURATION", "P5W"),
            ("early September", "DATE", "2016-09", "START"),
            ("Wednesday", "DATE", "2016-10-12"),
            ("Saturday afternoon", "TIME", "2016-10-08TAF"),
            ("Monday", "DATE", "2016-10-10"),
            ("Nov. 30", "DATE", "2016-11-30"),
        ],
    ),
    (
        "summit",
        SUMMIT,
        SUMMIT_DCT,
        [
            ("three days", "DURATION", "P3D"),
            ("Friday", "DATE", "2018-06-15"),
            ("a decade", "DURATION", "P10Y"),
            ("Wednesday, June 13", "DATE", "2018-06-13"),
            ("The next morning", "TIME", "2018-06-14TMO"),
            ("the night", "TIME", "2018-06-14TNI"),
            ("Thursday evening", "TIME", "2018-06-14TEV"),
            # (The day before the Thursday just told.)
            ("The day before", "DATE", "2018-06-13"),
            ("Yesterday", "DATE", "2018-06-14"),
            ("this morning", "TIME", "2018-06-15TMO"),
            ("Friday", "DATE", "2018-06-15"),
            ("11:20 am", "TIME", "2018-06-15T11:20"),
            ("almost five hours", "DURATION", "PT5H", "LESS_THAN"),
            ("next year", "DATE", "2019"),
            ("every two years", "SET", "P2Y"),
            ("2020", "DATE", "2020"),
            ("November 2017", "DATE", "2017-11"),
            ("2017", "DATE", "2017"),
            ("this year", "DATE", "2018"),
            ("April 2000", "DATE", "2000-04"),
            ("Seven years later", "DATE", "2007"),
            ("Earlier this month", "DATE", "2018-06", "START"),
            ("June 28", "DATE", "2018-06-28"),
            ("29", "DATE", "2018-06-29"),
            ("Friday afternoon", "TIME", "2018-06-15TAF"),
            ("Saturday", "DATE", "2018-06-16"),
            ("weeks", "DURATION", "PXW"),
        ],
    ),
    (
        "football",
        FOOTBALL,
        FOOTBALL_DCT,
        [
            ("Sunday", "DATE", "2019-04-07"),
            ("Saturday", "DATE", "2019-04-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("23 minutes", "DURATION", "PT23M"),
            ("eight minutes", "DURATION", "PT8M"),
            ("February", "DATE", "2019-02"),
            # (The manager speaks on Sunday, the day before the DCT.)
            ("Today", "DATE", "2019-04-07"),
            ("Sunday", "DATE", "2019-04-07"),
            ("Wednesday", "DATE", "2019-04-10"),
            ("late February", "DATE", "2019-02", "END"),
            ("2017", "DATE", "2017"),
            ("Wednesday night", "TIME", "2019-04-10TNI"),
            ("21 April", "DATE", "2019-04-21"),
            ("four weeks", "DURATION", "P4W"),
            ("Saturday 6 April", "DATE", "2019-04-06"),
            ("Sunday 7 April", "DATE", "2019-04-07"),
            ("2000", "DATE", "2000"),
            ("next weekend", "DATE", "2019-W16-WE"),
            ("19 May", "DATE", "2019-05-19"),
            ("later this week", "DATE", "2019-W15", "END"),
            ("2012", "DATE", "2012"),
        ],
    ),
    (
        "election",
        ELECTION,
        ELECTION_DCT,
        [
            ("Tuesday night", "TIME", "2012-11-06TNI"),
            ("nearly five hours", "DURATION", "PT5H", "APPROX"),
            ("12:45 a.m. Wednesday", "TIME", "2012-11-07T00:45"),
            ("about 2 a.m.", "TIME", "2012-11-07T02:00", "APPROX"),
            # (The evening of election day, before the night the story has told.)
            ("7 p.m.", "TIME", "2012-11-06T19:00"),
            ("Election Day", "DATE", "2012-11-06"),
            ("10 p.m.", "TIME", "2012-11-06T22:00"),
            ("1992", "DATE", "1992"),
            ("four years ago", "DATE", "2008"),
            ("Jan. 2", "DATE", "2013-01-02"),
            # (The noun "term" joins the length, as "a three-year period" does.)
            ("a four-year term", "DURATION", "P4Y"),
            ("the end of March", "DATE", "2013-03", "END"),
            ("2004", "DATE", "2004"),
            ("the last three weeks", "DURATION", "P3W"),
            ("October", "DATE", "2012-10"),
            ("10 years", "DURATION", "P10Y"),
            ("next July", "DATE", "2013-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1980s", "DATE", "198"),
            ("next Monday", "DATE", "2012-11-12"),
            ("Wednesday morning", "TIME", "2012-11-07TMO"),
        ],
    ),
    (
        "obituary",
        OBITUARY,
        OBITUARY_DCT,
        [
            ("the 1980s", "DATE", "198"),
            ("Tuesday", "DATE", "2017-02-07"),
            # (An age, "She was 84", "until the age of 78", is no timex.)
            ("more than four decades", "DURATION", "P40Y", "MORE_THAN"),
            ("1962", "DATE", "1962"),
            ("the summer of 1983", "DATE", "1983-SU"),
            ("a few weeks", "DURATION", "PXW"),
            # (Counted from the summer of 1983, the life's own line, not from the DCT.)
            ("Two years later", "DATE", "1985"),
            ("March 3, 1932", "DATE", "1932-03-03"),
            ("1953", "DATE", "1953"),
            ("five years later", "DATE", "1958"),
            ("the 1960s", "DATE", "196"),
            ("2009", "DATE", "2009"),
            ("2004", "DATE", "2004"),
            ("Last spring", "DATE", "2016-SP"),
            ("a few days", "DURATION", "PXD"),
            ("51 years", "DURATION", "P51Y"),
            ("2011", "DATE", "2011"),
            ("Saturday, Feb. 25", "DATE", "2017-02-25"),
        ],
    ),
    (
        "markets",
        MARKETS,
        MARKETS_DCT,
        [
            ("Feb 10", "DATE", "2016-02-10"),
            ("Wednesday", "DATE", "2016-02-10"),
            ("the final hour", "DURATION", "PT1H"),
            # (The session's morning: the day of the report.)
            ("the morning", "TIME", "2016-02-10TMO"),
            ("midday", "TIME", "2016-02-10T12:00"),
            ("3 p.m.", "TIME", "2016-02-10T15:00"),
            ("the year to date", "DATE", "2016"),
            ("Tuesday", "DATE", "2016-02-09"),
            ("April 2014", "DATE", "2014-04"),
            ("Dec. 31", "DATE", "2015-12-31"),
            ("2009", "DATE", "2009"),
            ("the first half of last year", "DATE", "2015-H1"),
            ("August", "DATE", "2015-08"),
            ("the past six weeks", "DURATION", "P6W"),
            # (Back in the session after a background of last year and a quotation.)
            ("the morning", "TIME", "2016-02-10TMO"),
            ("the last 20 trading days", "DURATION", "P20D"),
            # (A timetable verb in the present: the coming Thursday.)
            ("Thursday", "DATE", "2016-02-11"),
            # (The month a release of figures is named for is over: last month's retail sales.)
            ("January", "DATE", "2016-01"),
            ("Friday", "DATE", "2016-02-12"),
            ("Monday", "DATE", "2016-02-15"),
            ("Presidents Day", "DATE", "2016-02-15"),
            ("Wednesday", "DATE", "2016-02-10"),
            ("the year", "DATE", "2016"),
        ],
    ),
    (
        "crime",
        CRIME,
        CRIME_DCT,
        [
            ("Monday", "DATE", "2018-07-16"),
            ("early Sunday", "DATE", "2018-07-15", "START"),
            ("about 11:40 p.m. Saturday", "TIME", "2018-07-14T23:40", "APPROX"),
            # (The midnight that ends Saturday, the night the story has reached.)
            ("midnight", "TIME", "2018-07-14T24:00"),
            # (A counted "an hour later" is the length, as "two hours later" is.)
            ("an hour", "DURATION", "PT1H"),
            ("the following morning", "TIME", "2018-07-15TMO"),
            ("Sunday afternoon", "TIME", "2018-07-15TAF"),
            # (The night of the fight and the shooting, not the night after the arrest.)
            ("earlier that night", "TIME", "2018-07-14TNI"),
            ("Sunday", "DATE", "2018-07-15"),
            ("this year", "DATE", "2018"),
            ("2017", "DATE", "2017"),
            ("last year", "DATE", "2017"),
            ("90 days", "DURATION", "P90D"),
            # (A habit: every night.)
            ("nights", "SET", "XXXX-XX-XXTNI"),
            ("the past two years", "DURATION", "P2Y"),
            # (A plan told in the past: the coming fall.)
            ("the fall", "DATE", "2018-FA"),
            ("Wednesday", "DATE", "2018-07-18"),
            # (An event planned for a day is still to come.)
            ("7 p.m. Tuesday", "TIME", "2018-07-17T19:00"),
        ],
    ),
    (
        "study",
        STUDY,
        STUDY_DCT,
        [
            ("at least 20 minutes", "DURATION", "PT20M", "EQUAL_OR_MORE"),
            ("a day", "SET", "P1D"),
            ("Wednesday", "DATE", "2015-06-17"),
            ("a 10-year period", "DURATION", "P10Y"),
            ("2001", "DATE", "2001"),
            ("2012", "DATE", "2012"),
            ("every six months", "SET", "P6M"),
            ("one week", "DURATION", "P1W"),
            ("each year", "SET", "P1Y"),
            ("two years", "DURATION", "P2Y"),
            ("the coming decade", "DATE", "202"),
            ("now", "DATE", "PRESENT_REF"),
            ("annually", "SET", "P1Y"),
            ("2013", "DATE", "2013"),
            ("a few months", "DURATION", "PXM"),
            ("last year", "DATE", "2014"),
            ("three times a week", "SET", "P1W"),
            ("2020", "DATE", "2020"),
            ("next spring", "DATE", "2016-SP"),
            ("2008", "DATE", "2008"),
            ("150 minutes", "DURATION", "PT150M"),
            ("each week", "SET", "P1W"),
        ],
    ),
    (
        "broadcast",
        BROADCAST,
        BROADCAST_DCT,
        [
            ("tonight", "TIME", "1998-03-05TNI"),
            ("this morning", "TIME", "1998-03-05TMO"),
            ("now", "DATE", "PRESENT_REF"),
            # (Said in the evening of a storm still to arrive: the next dawn.)
            ("dawn", "TIME", "1998-03-06TMO"),
            ("four o'clock this afternoon", "TIME", "1998-03-05T16:00"),
            ("two minutes", "DURATION", "PT2M", "APPROX"),
            ("this evening", "TIME", "1998-03-05TEV"),
            ("nineteen ninety-three", "DATE", "1993"),
            ("today", "DATE", "1998-03-05"),
            ("tomorrow morning", "TIME", "1998-03-06TMO"),
            ("winter", "DATE", "1997-WI"),
            ("nineteen eighty-three", "DATE", "1983"),
            ("the spring", "DATE", "1998-SP"),
            ("today", "DATE", "1998-03-05"),
            ("another six months", "DURATION", "P6M"),
            ("next week", "DATE", "1998-W11"),
            ("two days", "DURATION", "P2D"),
            ("january", "DATE", "1998-01"),
            # ("at the top of the hour" names no hour the text can tell.)
            ("tomorrow night", "TIME", "1998-03-06TNI"),
            ("nineteen ninety-seven", "DATE", "1997"),
            ("one year later", "DATE", "1998"),
        ],
    ),
    (
        "policy",
        POLICY,
        POLICY_DCT,
        [
            # (The fiscal event is named for its season, as "the spring budget" is.)
            ("autumn", "DATE", "2014-FA"),
            ("midnight on Wednesday", "TIME", "2014-12-03T24:00"),
            # (A financial year written as a range of two years: its two ends.)
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            # (What the office forecast, in the past: this year's March.)
            ("March", "DATE", "2014-03"),
            ("2018", "DATE", "2018"),
            ("19", "DATE", "2019"),
            ("2020", "DATE", "2020"),
            ("April", "DATE", "2015-04"),
            ("the next two years", "DURATION", "P2Y"),
            ("18 months", "DURATION", "P18M"),
            ("next spring", "DATE", "2015-SP"),
            ("2010", "DATE", "2010"),
            ("the last four years", "DURATION", "P4Y"),
            ("2019", "DATE", "2019"),
            ("20", "DATE", "2020"),
            ("the late 1930s", "DATE", "193", "END"),
            ("Thursday morning", "TIME", "2014-12-04TMO"),
            ("7 May", "DATE", "2015-05-07"),
            ("mid-March", "DATE", "2015-03", "MID"),
        ],
    ),
    (
        "scandal",
        SCANDAL,
        SCANDAL_DCT,
        [
            ("Wednesday", "DATE", "2017-02-08"),
            ("four weeks", "DURATION", "P4W"),
            ("less than a month", "DURATION", "P1M", "LESS_THAN"),
            ("Jan. 12", "DATE", "2017-01-12"),
            ("that afternoon", "TIME", "2017-01-12TAF"),
            # (The Tuesday after the Thursday just told, and the week after that.)
            ("The following Tuesday", "DATE", "2017-01-17"),
            ("a week", "DURATION", "P1W"),
            ("the end of the month", "DATE", "2017-01", "END"),
            ("Monday", "DATE", "2017-02-06"),
            ("Feb. 16", "DATE", "2017-02-16"),
            # (The news conference of the lead's Wednesday, not the hearing day just named.)
            ("2 p.m.", "TIME", "2017-02-08T14:00"),
            ("the last three weeks", "DURATION", "P3W"),
            ("Today", "DATE", "2017-02-08"),
            ("Friday", "DATE", "2017-02-10"),
            ("the remaining 23 months", "DURATION", "P23M"),
            ("January 2019", "DATE", "2019-01"),
            ("2014", "DATE", "2014"),
            ("2010", "DATE", "2010"),
            ("November 2014", "DATE", "2014-11"),
            ("this year", "DATE", "2017"),
            ("2018", "DATE", "2018"),
            ("Wednesday", "DATE", "2017-02-08"),
            ("60 days", "DURATION", "P60D"),
            ("the past four years", "DURATION", "P4Y"),
        ],
    ),
    (
        "deal",
        DEAL,
        DEAL_DCT,
        [
            ("Nov 17", "DATE", "2014-11-17"),
            ("Monday", "DATE", "2014-11-17"),
            ("more than a decade", "DURATION", "P10Y", "MORE_THAN"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("Friday", "DATE", "2014-11-14"),
            ("a year", "DURATION", "P1Y"),
            ("fiscal 2017", "DATE", "2017"),
            ("fiscal 2014", "DATE", "2014"),
            ("Sept. 27", "DATE", "2014-09-27"),
            # (The fiscal year just reported on.)
            ("the year", "DATE", "2014"),
            ("the 12 months", "DURATION", "P12M"),
            ("June", "DATE", "2014-06"),
            ("August", "DATE", "2014-08"),
            ("two years", "DURATION", "P2Y"),
            ("years", "DURATION", "PXY"),
            ("Today", "DATE", "2014-11-17"),
            ("45-day", "DURATION", "P45D"),
            ("90 days", "DURATION", "P90D"),
            ("fiscal 2015", "DATE", "2015"),
            ("June", "DATE", "2014-06"),
            # (The calendar quarter the fiscal one that ended Aug. 30 falls in.)
            ("the quarter", "DATE", "2014-Q3"),
            ("Aug. 30", "DATE", "2014-08-30"),
            # (The fiscal year just named: fiscal 2015.)
            ("the fiscal year", "DATE", "2015"),
            ("a year earlier", "DATE", "2013-Q3"),
            ("2003", "DATE", "2003"),
            ("seven years later", "DATE", "2010"),
            ("Monday afternoon", "TIME", "2014-11-17TAF"),
        ],
    ),
    (
        "quake",
        QUAKE,
        QUAKE_DCT,
        [
            ("Nov. 3", "DATE", "2015-11-03"),
            # (A local hour restated in GMT, both on the Tuesday named after them.)
            ("9:30 a.m.", "TIME", "2015-11-03T09:30"),
            ("0130 GMT", "TIME", "2015-11-03T01:30Z"),
            ("Tuesday", "DATE", "2015-11-03"),
            ("3 p.m.", "TIME", "2015-11-03T15:00"),
            ("11:12 a.m.", "TIME", "2015-11-03T11:12"),
            ("two hours", "DURATION", "PT2H", "APPROX"),
            ("late Tuesday afternoon", "TIME", "2015-11-03TAF", "END"),
            ("days", "DURATION", "PXD"),
            ("late Monday night", "TIME", "2015-11-02TNI", "END"),
            ("early Tuesday", "DATE", "2015-11-03", "START"),
            ("20 seconds", "DURATION", "PT20S", "APPROX"),
            # (A winter still to set in, though the premier's urging is told in the past.)
            ("winter", "DATE", "2015-WI"),
            ("April 2013", "DATE", "2013-04"),
            ("2008", "DATE", "2008"),
            ("Wednesday", "DATE", "2015-11-04"),
            ("Monday", "DATE", "2015-11-09"),
            ("the next 72 hours", "DURATION", "PT72H"),
        ],
    ),
    (
        "feature",
        FEATURE,
        FEATURE_DCT,
        [
            ("the 1980s", "DATE", "198"),
            # (Counted from the decade just named, not from the DCT.)
            ("A decade later", "DATE", "199"),
            # ("in her twenties", "now 57": ages, no timex.)
            ("now", "DATE", "PRESENT_REF"),
            ("nearly 30 years", "DURATION", "P30Y", "APPROX"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("the late 1970s", "DATE", "197", "END"),
            ("1984", "DATE", "1984"),
            # (The turn the DCT's century began with, told in the past.)
            ("the turn of the century", "DATE", "19", "END"),
            ("the mid-2000s", "DATE", "200", "MID"),
            ("2006", "DATE", "2006"),
            ("the mid-1990s", "DATE", "199", "MID"),
            ("now", "DATE", "PRESENT_REF"),
            ("six days a week", "SET", "P1W"),
            ("12 years", "DURATION", "P12Y"),
            ("2011", "DATE", "2011"),
            ("the past five years", "DURATION", "P5Y"),
            ("last fall", "DATE", "2012-FA"),
            ("1996", "DATE", "1996"),
            ("last year", "DATE", "2012"),
            ("ten years", "DURATION", "P10Y"),
            ("this summer", "DATE", "2013-SU"),
            ("July 4", "DATE", "2013-07-04"),
        ],
    ),
    (
        "launch",
        LAUNCH,
        LAUNCH_DCT,
        [
            ("Tuesday", "DATE", "2017-10-17"),
            ("two years", "DURATION", "P2Y"),
            ("the coming weeks", "DURATION", "PXW"),
            # ("the holiday season" and "the holiday shopping season" are times of trade that no
            # TIMEX3 value can write (the calendar's seasons are SP, SU, FA, WI): not listed.)
            ("Nov. 2", "DATE", "2017-11-02"),
            ("October 2015", "DATE", "2015-10"),
            ("later this year", "DATE", "2017", "END"),
            ("early next year", "DATE", "2018", "START"),
            ("This fall", "DATE", "2017-FA"),
            ("the fourth quarter", "DATE", "2017-Q4"),
            ("Q4", "DATE", "2017-Q4"),
            ("the third quarter", "DATE", "2017-Q3"),
            ("Sept. 30", "DATE", "2017-09-30"),
            ("this week", "DATE", "2017-W42"),
            ("monthly", "SET", "P1M"),
            ("December", "DATE", "2017-12"),
            ("each month", "SET", "P1M"),
            # (A length before an event, as "two years after the original" is.)
            ("a week", "DURATION", "P1W"),
            ("August", "DATE", "2017-08"),
            ("the first half of the year", "DATE", "2017-H1"),
            ("2011", "DATE", "2011"),
            ("eight years", "DURATION", "P8Y"),
            ("2013", "DATE", "2013"),
            ("the following year", "DATE", "2014"),
            # (Pacific daylight time in October.)
            ("9 a.m. Pacific time on Wednesday", "TIME", "2017-10-18T09:00-07:00"),
        ],
    ),
    (
        "transfer",
        TRANSFER,
        TRANSFER_DCT,
        [
            ("four-year", "DURATION", "P4Y"),
            ("the final hours", "DURATION", "PTXH"),
            # (The window's last day, the Tuesday told next: a named day, as "Election Day" is.)
            ("deadline day", "DATE", "2015-09-01"),
            ("Tuesday morning", "TIME", "2015-09-01TMO"),
            ("18:00 BST", "TIME", "2015-09-01T18:00+01:00"),
            ("12 September", "DATE", "2015-09-12"),
            # (A season of games is no quarter of the calendar: only its side of the DCT is known.)
            ("last season", "DATE", "PAST_REF"),
            ("2019", "DATE", "2019"),
            ("January", "DATE", "2015-01"),
            ("summer", "DATE", "2015-SU"),
            ("Wednesday", "DATE", "2015-09-02"),
            ("June", "DATE", "2015-06"),
            # (Seasons written as ranges of two years: their two ends.)
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("15 September", "DATE", "2015-09-15"),
            ("three-year", "DURATION", "P3Y"),
            ("a year", "DURATION", "P1Y"),
            ("next summer", "DATE", "2016-SU"),
            ("the past two years", "DURATION", "P2Y"),
            ("2011", "DATE", "2011"),
            ("2009", "DATE", "2009"),
            ("the summer of 2017", "DATE", "2017-SU"),
            # (The next January window, still to reopen.)
            ("January", "DATE", "2016-01"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        "wire",
        WIRE,
        WIRE_DCT,
        [
            ("Tuesday", "DATE", "1998-02-10"),
            # ("as early as" says only that it may come later: no mod, as TimeBank draws it.)
            ("next week", "DATE", "1998-W08"),
            # (The possessive's "'s" stays out: "last month's emergency payment".)
            ("last month", "DATE", "1998-01"),
            ("the past two years", "DURATION", "P2Y"),
            ("1998", "DATE", "1998"),
            ("recent weeks", "DURATION", "PXW"),
            ("hours", "DURATION", "PTXH"),
            ("the fourth quarter of 1997", "DATE", "1997-Q4"),
            ("a year earlier", "DATE", "1996-Q4"),
            ("Earlier this year", "DATE", "1998", "START"),
            ("the end of 1999", "DATE", "1999", "END"),
            ("Monday", "DATE", "1998-02-09"),
            ("six months", "DURATION", "P6M"),
            # (One more decade, the "another" of "another three weeks" without its number.)
            ("another decade", "DURATION", "P10Y"),
            ("the 1960s", "DATE", "196"),
            ("last year", "DATE", "1997"),
            ("a few days", "DURATION", "PXD"),
            # (The recess is named for the holiday: Easter Sunday 1998.)
            ("Easter", "DATE", "1998-04-12"),
            ("April 3", "DATE", "1998-04-03"),
            ("1996", "DATE", "1996"),
            ("Wednesday morning", "TIME", "1998-02-11TMO"),
            ("two weeks ago", "DATE", "1998-W05"),
        ],
    ),
    (
        "visit",
        VISIT,
        VISIT_DCT,
        [
            ("Sept. 13", "DATE", "2016-09-13"),
            ("Tuesday", "DATE", "2016-09-13"),
            ("three-day", "DURATION", "P3D"),
            ("two hours", "DURATION", "PT2H", "APPROX"),
            ("Sunday", "DATE", "2016-09-11"),
            ("April", "DATE", "2016-04"),
            ("Monday", "DATE", "2016-09-12"),
            # (The day before the Monday just named, not before the DCT.)
            ("The previous day", "DATE", "2016-09-11"),
            ("2015", "DATE", "2015"),
            ("2020", "DATE", "2020"),
            ("the first eight months", "DURATION", "P8M"),
            ("this year", "DATE", "2016"),
            ("every year", "SET", "P1Y"),
            ("the end of 2017", "DATE", "2017", "END"),
            ("June 24, 1967", "DATE", "1967-06-24"),
            ("next year", "DATE", "2017"),
            ("early 2017", "DATE", "2017", "START"),
            ("Wednesday morning", "TIME", "2016-09-14TMO"),
            ("Sept. 15", "DATE", "2016-09-15"),
            # (The second day of the pair takes the month of the first.)
            ("16", "DATE", "2016-09-16"),
        ],
    ),
    (
        "climate",
        CLIMATE,
        CLIMATE_DCT,
        [
            ("Last month", "DATE", "2015-05"),
            ("May", "DATE", "2015-05"),
            ("1880", "DATE", "1880"),
            ("Tuesday", "DATE", "2015-06-16"),
            ("the first five months", "DURATION", "P5M"),
            ("2015", "DATE", "2015"),
            ("January", "DATE", "2015-01"),
            ("May", "DATE", "2015-05"),
            ("May", "DATE", "2015-05"),
            # (A date a hyphen makes an adjective leaves "the" to its noun: "the 20th-century average".)
            ("20th-century", "DATE", "19"),
            ("2014", "DATE", "2014"),
            ("The past 12 months", "DURATION", "P12M"),
            ("12-month period", "DURATION", "P12M"),
            ("135 years", "DURATION", "P135Y"),
            ("2000", "DATE", "2000"),
            ("2015", "DATE", "2015"),
            ("This decade", "DATE", "201"),
            # (Said in June: the winter to come, which belongs to the year it starts in.)
            ("this winter", "DATE", "2015-WI"),
            ("May", "DATE", "2015-05"),
            ("four straight days", "DURATION", "P4D"),
            ("last week", "DATE", "2015-W24"),
            ("June", "DATE", "2015-06"),
            ("July 20", "DATE", "2015-07-20"),
        ],
    ),
    (
        "mars",
        MARS,
        MARS_DCT,
        [
            ("Tuesday", "DATE", "2012-08-07"),
            ("a day", "DURATION", "P1D"),
            ("Aug. 6", "DATE", "2012-08-06"),
            ("Nov. 26, 2011", "DATE", "2011-11-26"),
            ("more than eight months", "DURATION", "P8M", "MORE_THAN"),
            ("seven minutes", "DURATION", "PT7M"),
            ("10 minutes", "DURATION", "PT10M"),
            # (The night of the landing the lead dates, not the day of the launch named last.)
            ("1:31 a.m. EDT", "TIME", "2012-08-06T01:31-04:00"),
            ("eight years", "DURATION", "P8Y"),
            ("2004", "DATE", "2004"),
            ("at least two years", "DURATION", "P2Y", "EQUAL_OR_MORE"),
            ("24 hours and 39 minutes", "DURATION", "PT24H39M"),
            ("the next three months", "DURATION", "P3M"),
            ("40 minutes", "DURATION", "PT40M", "APPROX"),
            ("each day", "SET", "P1D"),
            # (Some weeks at the start of the mission, measured out by "spend".)
            ("the first weeks", "DURATION", "PXW"),
            ("later this month", "DATE", "2012-08", "END"),
            ("2020", "DATE", "2020"),
            ("this year", "DATE", "2012"),
        ],
    ),
    (
        "strike",
        STRIKE,
        STRIKE_DCT,
        [
            ("Nov 27", "DATE", "2019-11-27"),
            ("Friday", "DATE", "2019-11-29"),
            # (A walkout from this Friday runs until the Sunday after it, whatever the "said" after.)
            ("Sunday midnight", "TIME", "2019-12-01T24:00"),
            ("Wednesday", "DATE", "2019-11-27"),
            ("this year", "DATE", "2019"),
            ("48-hour", "DURATION", "PT48H"),
            ("October", "DATE", "2019-10"),
            ("last week", "DATE", "2019-W47"),
            ("current", "DATE", "PRESENT_REF"),
            ("the end of June", "DATE", "2019-06", "END"),
            # (A set of weekends; "December" is its own timex.)
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("December", "DATE", "2019-12"),
            ("eight months", "DURATION", "P8M"),
            ("Christmas", "DATE", "2019-12-25"),
            ("Saturday", "DATE", "2019-11-30"),
            ("Sunday", "DATE", "2019-12-01"),
            ("Dec. 8", "DATE", "2019-12-08"),
            ("1020 GMT", "TIME", "2019-11-27T10:20Z"),
            ("the year", "DATE", "2019"),
            ("July", "DATE", "2019-07"),
            ("one-day", "DURATION", "P1D"),
            ("April", "DATE", "2019-04"),
            ("two months later", "DATE", "2019-06"),
        ],
    ),
    (
        "rule",
        RULE,
        RULE_DCT,
        [
            ("Thursday", "DATE", "2015-10-22"),
            ("Jan. 1", "DATE", "2016-01-01"),
            ("30 days", "DURATION", "P30D"),
            ("45 days", "DURATION", "P45D"),
            ("the end of the first quarter of 2016", "DATE", "2016-Q1", "END"),
            ("Jan. 1, 2017", "DATE", "2017-01-01"),
            ("2012", "DATE", "2012"),
            # ("2012, the year the bureau began ...": the year before it, in apposition.)
            ("the year", "DATE", "2012"),
            ("July 2014", "DATE", "2014-07"),
            ("90-day", "DURATION", "P90D"),
            ("at least a year", "DURATION", "P1Y", "EQUAL_OR_MORE"),
            ("five years", "DURATION", "P5Y"),
            ("2013", "DATE", "2013"),
            ("each quarter", "SET", "P3M"),
            ("45 days", "DURATION", "P45D"),
            # (The quarter in which the rule takes effect: that of Jan. 1, 2016.)
            ("the end of the quarter", "DATE", "2016-Q1", "END"),
            ("Last week", "DATE", "2015-W42"),
            ("2011", "DATE", "2011"),
            ("2014", "DATE", "2014"),
        ],
    ),
    (
        "ferry",
        FERRY,
        FERRY_DCT,
        [
            # (A web page's header: the hour of the update in GMT and in Hong Kong, then its day.)
            ("0412 GMT", "TIME", "2013-03-22T04:12Z"),
            ("1212 HKT", "TIME", "2013-03-22T12:12+08:00"),
            ("March 22, 2013", "DATE", "2013-03-22"),
            # (Searched "through the night" by noon of the day of writing: the night before it.)
            ("the night", "TIME", "2013-03-21TNI"),
            ("late Thursday", "DATE", "2013-03-21", "END"),
            ("Friday", "DATE", "2013-03-22"),
            ("30 minutes", "DURATION", "PT30M", "APPROX"),
            ("6:10 p.m. Thursday", "TIME", "2013-03-21T18:10"),
            ("late Thursday", "DATE", "2013-03-21", "END"),
            # ("Earlier Thursday": "earlier" is no mod, and stays outside.)
            ("Thursday", "DATE", "2013-03-21"),
            ("the next 24 hours", "DURATION", "PT24H"),
            ("Friday morning", "TIME", "2013-03-22TMO"),
            ("overnight", "TIME", "2013-03-21TNI"),
            ("three hours", "DURATION", "PT3H"),
            ("June 2008", "DATE", "2008-06"),
            ("twice a year", "SET", "P1Y"),
            ("30 days", "DURATION", "P30D"),
            # (The edge of a day and the day named after it are two timexes, as "dawn on 6 June" are.)
            ("first light", "TIME", "2013-03-23TMO"),
            ("Saturday", "DATE", "2013-03-23"),
        ],
    ),
    (
        "gdp",
        GDP,
        GDP_DCT,
        [
            # (A count of months "of 2012" is a length, and its year a DATE of its own.)
            ("the final three months", "DURATION", "P3M"),
            ("2012", "DATE", "2012"),
            ("Wednesday", "DATE", "2013-01-30"),
            # ("a 0.1% annual rate": the adjective of a rate is no timex.)
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("the second quarter of 2009", "DATE", "2009-Q2"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("two-day", "DURATION", "P2D"),
            ("Wednesday", "DATE", "2013-01-30"),
            ("2:15 p.m.", "TIME", "2013-01-30T14:15"),
            ("every month", "SET", "P1M"),
            ("late 2008", "DATE", "2008", "END"),
            ("2015", "DATE", "2015"),
            ("the first three months", "DURATION", "P3M"),
            ("the year", "DATE", "2013"),
            # (The quarter before the one reported, the fourth: not the one before the forecast's year.)
            ("the previous quarter", "DATE", "2012-Q3"),
            ("1972", "DATE", "1972"),
            ("2012", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("Friday", "DATE", "2013-02-01"),
            # (The months the jobs reports are about.)
            ("January", "DATE", "2013-01"),
            ("December", "DATE", "2012-12"),
            ("five-day", "DURATION", "P5D"),
            ("Feb. 28", "DATE", "2013-02-28"),
        ],
    ),
    (
        "tremor",
        TREMOR,
        TREMOR_DCT,
        [
            # (Friday in Japan is Thursday evening in Britain: each on its own day.)
            ("05:30 on Friday", "TIME", "2013-04-12T05:30"),
            ("Thursday evening", "TIME", "2013-04-11TEV"),
            ("March 2011", "DATE", "2011-03"),
            ("2011", "DATE", "2011"),
            ("08:00", "TIME", "2013-04-12T08:00"),
            ("the past week", "DURATION", "P1W"),
            ("the coming days", "DURATION", "PXD"),
            ("Friday morning", "TIME", "2013-04-12TMO"),
            # (A visit planned for the weekend, cancelled on the Friday before it: this week's.)
            ("the weekend", "DATE", "2013-W15-WE"),
            # (A counted "two hours later" is the length, as in the crime story.)
            ("two hours", "DURATION", "PT2H", "APPROX"),
            ("every year", "SET", "P1Y"),
            ("several weeks", "DURATION", "PXW"),
        ],
    ),
    (
        "trial",
        TRIAL,
        TRIAL_DCT,
        [
            ("this week", "DATE", "2013-W06"),
            ("Monday", "DATE", "2013-02-04"),
            ("2011", "DATE", "2011"),
            ("Tuesday", "DATE", "2013-02-05"),
            ("last April", "DATE", "2012-04"),
            ("Wednesday", "DATE", "2013-02-06"),
            ("more than five hours", "DURATION", "PT5H", "MORE_THAN"),
            ("up to 20 years", "DURATION", "P20Y", "EQUAL_OR_LESS"),
            ("Jan. 7", "DATE", "2013-01-07"),
            ("six weeks", "DURATION", "P6W"),
            ("Thursday", "DATE", "2013-02-07"),
            ("Friday morning", "TIME", "2013-02-08TMO"),
            ("next week", "DATE", "2013-W07"),
            ("2008", "DATE", "2008"),
            ("2011", "DATE", "2011"),
            ("March 2012", "DATE", "2012-03"),
            # (Two weeks after a month: some week of that year, which the month cannot tell.)
            ("two weeks", "DURATION", "P2W"),
            ("nearly two years", "DURATION", "P2Y", "APPROX"),
            ("every day", "SET", "P1D"),
            ("Thursday", "DATE", "2013-02-07"),
        ],
    ),
]

#: (document, span, occurrence) -> why the value listed is not reached yet (strict xfails).
KNOWN_GAPS: dict[tuple[str, str, int], str] = {
    ("markets", "the morning", 1): "a session's 'in the morning' after a background paragraph about "
    "last year ('the first half of last year before tumbling in August') anchors on that month; "
    "the report's day would need the session (the DCT) to be told apart from the background's line",
    ("crime", "earlier that night", 0): "a quoted 'earlier that night' after the day of the arrest is the "
    "night of the shooting the quotation is about, not the night after the last day named",
    ("gdp", "the previous quarter", 0): "'up from 1.6% in the previous quarter' in a story about the "
    "fourth quarter is the quarter before the one reported; 'previous' counts back from the story's "
    "last time, here the year of a quoted forecast ('the first three months of the year'), and the "
    "resolver cannot tell the quarter the figures are about when the sentence does not name it",
    ("rule", "the end of the quarter", 0): "'the end of the quarter in which the rule takes effect': the "
    "quarter is the one the relative clause dates (that of Jan. 1, 2016), not the DCT's; the resolver "
    "does not read a date out of a relative clause after the expression",
}

#: (document, span, occurrence) -> (the span dateline gives now, or None where it finds none; why).
#: The list test expects the span given now, and a strict xfail expects the span listed.
KNOWN_SPAN_GAPS: dict[tuple[str, str, int], tuple[str | None, str]] = {
    ("quake", "late Tuesday afternoon", 0): (
        "Tuesday afternoon",
        "'late' before a weekday's part of day is its END (as 'late Tuesday' is); a rule for it "
        "lowered TimeBank strict F1, whose gold leaves 'early'/'late' out ('early Friday morning' -> "
        "'Friday morning')",
    ),
    ("quake", "late Monday night", 0): ("Monday night", "see ('quake', 'late Tuesday afternoon') above"),
    ("earnings", "a year", 0): (
        None,
        "the period of a rate ('$300 million a year') is a SET in TimeML; the dev gold is split "
        "(TimeBank leaves a sum's rate untagged six times, writes SET twice and DURATION once; WikiWars "
        "writes DURATION), so dateline leaves it untagged, as TimeBank mostly does",
    ),
    ("transfer", "deadline day", 0): (
        None,
        "'deadline day' (of a transfer window) is a named day with no rule: its date comes from the "
        "story (the Tuesday told next), not from the calendar as a holiday's does",
    ),
}

Found = tuple[str, str, str | None]


def _found_of(item: tuple[str, ...]) -> Found:
    return (item[1], item[2], item[3] if len(item) > 3 else None)


def _params(domain: str) -> list:
    params = []
    for name, text, dct, expected in DOCUMENTS:
        for (span, occurrence), found in keyed([(item[0], _found_of(item)) for item in expected]).items():
            gap = KNOWN_GAPS.get((name, span, occurrence))
            span_gap = KNOWN_SPAN_GAPS.get((name, span, occurrence))
            if span_gap is not None:
                gap = span_gap[1]
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            params.append(
                pytest.param(
                    domain,
                    text,
                    dct,
                    (span, occurrence),
                    found,
                    id=f"{domain}-{name}-{span}-{occurrence}",
                    marks=marks,
                )
            )
    return params


_CACHE: dict[tuple[str, str, str], dict[tuple[str, int], Found]] = {}


def _found(text: str, dct: str, domain: str) -> dict[tuple[str, int], Found]:
    if (text, dct, domain) not in _CACHE:
        timexes = annotate_document(text, dct=dct, domain=domain).timexes
        _CACHE[(text, dct, domain)] = keyed([(t.text, (t.type, t.value, t.mod)) for t in timexes])
    return _CACHE[(text, dct, domain)]


_IDS = [name for name, _, _, _ in DOCUMENTS]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("name", "text", "dct", "expected"), DOCUMENTS, ids=_IDS)
def test_every_expression_is_found(domain: str, name: str, text: str, dct: str, expected: list) -> None:
    """The article gives exactly the expressions listed, in order (values are checked below), but
    for the known gaps of extent, which give the span they give now."""
    found = [timex.text for timex in annotate(text, dct=dct, domain=domain)]
    assert found == _spans_now(name, [item[0] for item in expected])


def _spans_now(name: str, spans: list[str]) -> list[str]:
    """The listed spans with each known gap of extent replaced by what dateline gives now."""
    seen: dict[str, int] = {}
    now = []
    for span in spans:
        gap = KNOWN_SPAN_GAPS.get((name, span, seen.get(span, 0)))
        seen[span] = seen.get(span, 0) + 1
        if gap is None:
            now.append(span)
        elif gap[0] is not None:
            now.append(gap[0])
    return now


@pytest.mark.parametrize(
    ("name", "span", "occurrence"),
    [
        pytest.param(*key, marks=pytest.mark.xfail(reason=gap[1], strict=True))
        for key, gap in KNOWN_SPAN_GAPS.items()
    ],
)
def test_known_span_gap(name: str, span: str, occurrence: int) -> None:
    """The span listed for a known gap of extent (strict xfail: it passes once the gap is fixed)."""
    _, text, dct, _ = next(document for document in DOCUMENTS if document[0] == name)
    assert (span, occurrence) in _found(text, dct, "news")


@pytest.mark.parametrize(("name", "text", "dct", "expected"), DOCUMENTS, ids=_IDS)
def test_auto_reads_the_article_as_news(name: str, text: str, dct: str, expected: list) -> None:
    assert annotate_document(text, dct=dct, domain="auto").domain == "news"


@pytest.mark.parametrize(("domain", "text", "dct", "key", "expected"), [*_params("news"), *_params("auto")])
def test_value(domain: str, text: str, dct: str, key: tuple[str, int], expected: Found) -> None:
    assert _found(text, dct, domain).get(key) == expected


#: The passages the articles rest on, alone: (text, DCT, expected timexes as above).
PASSAGES: list[tuple[str, str, list[tuple[str, ...]]]] = [
    # A page's header that restates the day of writing leaves its night still to come: a night
    # searched "through" in the past is the one before.
    (
        "Updated 0412 GMT March 22, 2013\n\nRescuers searched through the night, the coast guard said.",
        "2013-03-22",
        [
            ("0412 GMT March 22, 2013", "TIME", "2013-03-22T04:12Z"),
            ("the night", "TIME", "2013-03-21TNI"),
        ],
    ),
    # A span of two weekdays keeps its order by the tense of its start: the verb before it governs
    # both ends, and a "said" after the end is the report's. A weekday's hour counts as its day.
    (
        "Crew will walk out from Friday until Sunday midnight, the union said.",
        "2019-11-27",
        [("Friday", "DATE", "2019-11-29"), ("Sunday midnight", "TIME", "2019-12-01T24:00")],
    ),
    (
        "Crew will walk out from Friday until Sunday, the union said.",
        "2019-11-27",
        [("Friday", "DATE", "2019-11-29"), ("Sunday", "DATE", "2019-12-01")],
    ),
    (
        "Crew walked out from Friday until Sunday midnight, the union said.",
        "2019-11-27",
        [("Friday", "DATE", "2019-11-22"), ("Sunday midnight", "TIME", "2019-11-24T24:00")],
    ),
    # "the year" in apposition to a year is that year, which the clause after it describes.
    (
        "Refunds are retroactive to 2012, the year the bureau began its work.",
        "2015-10-22",
        [("2012", "DATE", "2012"), ("the year", "DATE", "2012")],
    ),
    (
        "The plant opened in 1987, the year the firm went public.",
        "2015-10-22",
        [("1987", "DATE", "1987"), ("the year", "DATE", "1987")],
    ),
    (
        "The firm cut its forecast for the year in July.",
        "2015-10-22",
        [("the year", "DATE", "2015"), ("July", "DATE", "2015-07")],
    ),
    # A date a hyphen makes an adjective leaves "the" to the noun it modifies.
    ("It was above the 20th-century average.", "2015-06-16", [("20th-century", "DATE", "19")]),
    ("The 1990s-era rules were dropped.", "2015-06-16", [("1990s", "DATE", "199")]),
    ("Two wars shaped the 20th century.", "2015-06-16", [("the 20th century", "DATE", "19")]),
    # A date fixed for a hearing or a vote is still to come, whatever the tense of "set".
    ("Sentencing was set for June 24.", "2015-03-18", [("June 24", "DATE", "2015-06-24")]),
    ("The vote was tentatively slated for June 24.", "2015-03-18", [("June 24", "DATE", "2015-06-24")]),
    ("The record set for the race on Feb. 2 still stands.", "2015-03-18", [("Feb. 2", "DATE", "2015-02-02")]),
    # The current quarter is not the one a report is about, though "forecast" looks past.
    (
        "The firm forecast sales for the current quarter above estimates. Profit in the quarter, "
        "which ended June 28, rose from a year earlier.",
        "2014-07-23",
        [
            ("the current quarter", "DATE", "2014-Q3"),
            ("the quarter", "DATE", "2014-Q2"),
            ("June 28", "DATE", "2014-06-28"),
            ("a year earlier", "DATE", "2013-Q2"),
        ],
    ),
    # A present copula puts the hour of a day named after it ahead: the coming Saturday.
    ("Kickoff is at 3 p.m. on Saturday.", "2019-04-08", [("3 p.m. on Saturday", "TIME", "2019-04-13T15:00")]),
    ("The vote is at noon Tuesday.", "2019-04-10", [("noon Tuesday", "TIME", "2019-04-16T12:00")]),
    # A local hour restated in GMT is on the day named after both (the wire's form).
    (
        "The quake struck at 11:56 a.m. local time (0611 GMT) on Saturday.",
        "2015-04-26",
        [
            ("11:56 a.m.", "TIME", "2015-04-25T11:56"),
            ("0611 GMT", "TIME", "2015-04-25T06:11Z"),
            ("Saturday", "DATE", "2015-04-25"),
        ],
    ),
    # A quoted speaker's "today" is the day the attribution says the words were spoken on.
    (
        '"Today we showed what this team is about," the manager said on Sunday.',
        "2019-04-08",
        [("Today", "DATE", "2019-04-07"), ("Sunday", "DATE", "2019-04-07")],
    ),
    (
        'The minister told reporters on Friday: "Yesterday was very hard."',
        "2019-04-08",
        [("Friday", "DATE", "2019-04-05"), ("Yesterday", "DATE", "2019-04-04")],
    ),
    (
        '"Last week was a disaster," he said Sunday.',
        "2019-04-08",
        [("Last week", "DATE", "2019-W13"), ("Sunday", "DATE", "2019-04-07")],
    ),
    (
        '"We will appeal tomorrow," Mr. Dolan told the U.S. press on Sunday.',
        "2019-04-08",
        [("tomorrow", "DATE", "2019-04-08"), ("Sunday", "DATE", "2019-04-07")],
    ),
    # Without a day in the attribution the speaker speaks on the DCT.
    ('"Yesterday was very hard," she said.', "2019-04-08", [("Yesterday", "DATE", "2019-04-07")]),
    # A witness's or a speaker's day in the present is a timetable: the coming Thursday.
    (
        "Yellen testifies again on Thursday, before a Senate panel.",
        "2016-02-10",
        [("Thursday", "DATE", "2016-02-11")],
    ),
    ("The pope speaks on Sunday in St. Peter's Square.", "2016-02-10", [("Sunday", "DATE", "2016-02-14")]),
    # An event planned for a day, told in the present, is still to come.
    (
        "A vigil is planned for 7 p.m. Tuesday.",
        "2018-07-16",
        [("7 p.m. Tuesday", "TIME", "2018-07-17T19:00")],
    ),
    # "it forecast" without its "-s" is the past tense, nearer than the "would" of the clause.
    (
        "The office said borrowing would be £91bn, £5bn more than it forecast in March.",
        "2014-12-03",
        [("March", "DATE", "2014-03")],
    ),
    ("Officials asked how much it would cost in March.", "2014-12-03", [("March", "DATE", "2015-03")]),
    # A plan told in the progressive: what the infinitive says is still to come.
    (
        "Her son was saving to go back to school in the fall.",
        "2018-07-16",
        [("the fall", "DATE", "2018-FA")],
    ),
    ("She was hoping to retire in June.", "2018-07-16", [("June", "DATE", "2019-06")]),
    # The bare morning of a future clause on the day of writing is the next day's.
    (
        "The storm hit Florida this morning. It will reach the Carolinas before dawn.",
        "1998-03-05",
        [("this morning", "TIME", "1998-03-05TMO"), ("dawn", "TIME", "1998-03-06TMO")],
    ),
    ("Talks will resume in the morning.", "1998-03-05", [("the morning", "TIME", "1998-03-06TMO")]),
    ("Talks resumed in the morning.", "1998-03-05", [("the morning", "TIME", "1998-03-05TMO")]),
    (
        "The leaders meet on Thursday. They will sign the deal that morning.",
        "1998-03-05",
        [("Thursday", "DATE", "1998-03-05"), ("that morning", "TIME", "1998-03-05TMO")],
    ),
    (
        "The army will attack on Saturday. The assault will begin at dawn.",
        "1998-03-05",
        [("Saturday", "DATE", "1998-03-07"), ("dawn", "TIME", "1998-03-07TMO")],
    ),
    # An hour of the DCT's own afternoon stays on the DCT, whatever day the text named last.
    (
        "The army will attack on Saturday. Troops left at four o'clock this afternoon.",
        "1998-03-05",
        [("Saturday", "DATE", "1998-03-07"), ("four o'clock this afternoon", "TIME", "1998-03-05T16:00")],
    ),
    # A report's "since" names when a state began, not a day it moves to.
    (
        "Bank stocks are down 18 percent since Dec. 31. Financials rallied in the morning.",
        "2016-02-10",
        [("Dec. 31", "DATE", "2015-12-31"), ("the morning", "TIME", "2016-02-10TMO")],
    ),
    # A count of decades goes on from the decade just named, not from the DCT.
    (
        "When she opened her bakery in the 1980s, the street had two banks. A decade later, only "
        "the bakery was left.",
        "2013-05-19",
        [("the 1980s", "DATE", "198"), ("A decade later", "DATE", "199")],
    ),
    # A bare hour of a past clause is not on a day still to come that a reported plan named.
    (
        "The speaker said hearings would begin on Feb. 16. The governor announced his decision at 2 p.m.",
        "2017-02-08",
        [("Feb. 16", "DATE", "2017-02-16"), ("2 p.m.", "TIME", "2017-02-08T14:00")],
    ),
    (
        "The vote will be held on June 2. Polls open at 7 a.m.",
        "2013-05-19",
        [("June 2", "DATE", "2013-06-02"), ("7 a.m.", "TIME", "2013-06-02T07:00")],
    ),
    # A count before "after" and a noun phrase without its article is a length, not a date.
    (
        "The launch comes a week after rival Verdant Labs cut its price.",
        "2017-10-17",
        [("a week", "DURATION", "P1W")],
    ),
    ("He had resigned two days before.", "2017-10-17", [("two days before", "DATE", "2017-10-15")]),
    # So many days of each week is a frequency.
    ("She still bakes six days a week.", "2013-05-19", [("six days a week", "SET", "P1W")]),
    # A time that comes "before" something is done, in the present, is still ahead.
    (
        "The premier urged officials to resettle the villagers before winter sets in.",
        "2015-11-03",
        [("winter", "DATE", "2015-WI")],
    ),
    ("The troops left before winter came.", "2015-11-03", [("winter", "DATE", "2014-WI")]),
    # A season of games is no quarter of the calendar.
    ("He scored 14 goals for Monaco last season.", "2015-09-02", [("last season", "DATE", "PAST_REF")]),
    # The turn of the century nearest the DCT: the one the 2000s began with, told in the past.
    (
        "By the turn of the century, a third of the shops stood empty.",
        "2013-05-19",
        [("the turn of the century", "DATE", "19", "END")],
    ),
    (
        "She will serve the remaining 23 months of his term.",
        "2017-02-08",
        [("the remaining 23 months", "DURATION", "P23M")],
    ),
    # A quotation that is no speech of that day: the day after it is the story's, not the speaker's.
    (
        'Fans sang "Happy birthday today" and the club won on Sunday.',
        "2019-04-08",
        [("today", "DATE", "2019-04-08"), ("Sunday", "DATE", "2019-04-07")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PASSAGES)
def test_passage(text: str, dct: str, expected: list[tuple[str, ...]]) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in annotate(text, dct=dct)]
    assert found == [(item[0], *_found_of(item)) for item in expected]


def test_a_quoted_today_is_anchored_on_the_day_it_was_said() -> None:
    """The anchor of the speaker's "today" is the timex of the day in the attribution."""
    text = '"Today we showed what we are," he said on Sunday.'
    today, sunday = annotate(text, dct="2019-04-08")
    assert (today.anchor, sunday.anchor) == ("t2", "DCT")


def test_a_reuters_dateline_without_its_year_dates_the_report() -> None:
    """Without a DCT, "SAN FRANCISCO, July 23 (Reuters) -" dates the report, in the year its
    stated years place it: after the years it tells of (2012), at the first it forecasts (2014,
    not the 2015 of a later target)."""
    document = annotate_document(EARNINGS)
    assert (document.dct, document.dct_source) == (dt.date(2014, 7, 23), "dateline")
    assert [(t.text, t.value) for t in document.timexes][:3] == [
        ("July 23", "2014-07-23"),
        ("second-quarter", "2014-Q2"),
        ("Wednesday", "2014-07-23"),
    ]


def test_an_ap_dateline_gives_no_date() -> None:
    document = annotate_document(COURT)
    assert (document.dct, document.dct_source) == (None, "none")


def test_a_dateline_without_its_year_follows_the_past_it_tells_and_the_lead_s_weekday() -> None:
    """ "NEW YORK, Feb 10 (Reuters) -" in a report that closed "at its lowest since April 2014":
    the report is after April 2014, so not of 2014; its lead's "on Wednesday" is the dateline's
    day, a Wednesday in 2016 (not in 2015)."""
    document = annotate_document(MARKETS)
    assert (document.dct, document.dct_source) == (dt.date(2016, 2, 10), "dateline")


def test_a_dateline_year_is_not_moved_far_for_a_weekday() -> None:
    """A lead whose weekday is not the dateline's day (the day before) leaves the year the told
    years give: a weekday recurs on a date only years later."""
    text = "LONDON, March 3 (Reuters) - The finance minister said on Monday that growth in 2015 was weak."
    assert annotate_document(text).dct == dt.date(2015, 3, 3)
