"""A probe of narrative mode on histories that are not wars: how encyclopaedia articles tell the
history of a city, a company, a university, a scientific discovery, an empire's economy, an
epidemic, a sports club or a cathedral. They date foundings and charters ("received its charter in
1207", "incorporated on 1 July 1889"), count in centuries and decades ("in the 12th century", "the
1880s", "by the mid-18th century", "over the next two centuries", "the forty years that followed"),
rebuild after fires ("after the fire of 1666", "Three years after the fire"), run through seasons of
a club ("the 1994-95 season", drawn as two years, as WikiWars draws a range of years) and come to the
writer's present ("since the 1990s", "in recent decades", "today").

The narrative-only conventions of TIMEX2, which WikiWars follows, are read here too: the adjectives
"former", "recent" (PAST_REF) and "future" (FUTURE_REF) before a noun, and not where they are a
pronoun ("the former ran the works") or a noun ("its future lay in trade"); ages as lengths ("five
years old"); "at the time" typed as a TIME; and a count drawn as its whole noun phrase ("three years
of rebuilding", "the first decades of the 19th century", "just eleven years"). The dates anchor on
the story, not on the creation date (2024-03-15, as an online encyclopaedia has); values follow
../shared/TIMEX3.md.
"""

from __future__ import annotations

import pytest
from probes import article_tests, assert_valued

from dateline import annotate

DCT = "2024-03-15"

#: (passage, [(span, type, value), ...]): only the listed expressions are checked.
CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    # ---- a city: charters, centuries, fires and rebuilding, the present
    ("The town received its charter from King John in 1207.", [("1207", "DATE", "1207")]),
    (
        "A settlement existed on the site by the 9th century, and in 1154 it was granted a market.",
        [("the 9th century", "DATE", "08"), ("1154", "DATE", "1154")],
    ),
    ("In the 12th century the town grew rich on the wool trade.", [("the 12th century", "DATE", "11")]),
    (
        "By the mid-18th century the port handled a third of the kingdom's sugar.",
        [("the mid-18th century", "DATE", "17")],
    ),
    (
        "During the 1880s the population doubled as the mills drew workers from the countryside.",
        [("the 1880s", "DATE", "188")],
    ),
    (
        "The old walls were pulled down between 1850 and 1914 to make way for boulevards.",
        [("1850", "DATE", "1850"), ("1914", "DATE", "1914")],
    ),
    (
        "Over the next two centuries the city spread along both banks of the river.",
        [("the next two centuries", "DURATION", "P200Y")],
    ),
    ("The great fire of 1666 destroyed four-fifths of the old town.", [("1666", "DATE", "1666")]),
    ("After the fire of 1666 the streets were rebuilt in brick and stone.", [("1666", "DATE", "1666")]),
    (
        "The city was rebuilt after the fire; the work took more than thirty years.",
        [("more than thirty years", "DURATION", "P30Y")],
    ),
    (
        "In the forty years that followed, the town became the chief port of the Baltic.",
        [("the forty years", "DURATION", "P40Y")],
    ),
    (
        "The town was sacked by the Danes in 1013 and was not rebuilt for a generation.",
        [("1013", "DATE", "1013")],
    ),
    (
        "Since the 1990s the old docks have been turned into flats and offices.",
        [("the 1990s", "DATE", "199")],
    ),
    (
        "In recent decades the city has attracted a growing number of tourists.",
        [("recent decades", "DURATION", "PXY")],
    ),
    ("Today the city is the third largest in the country.", [("Today", "DATE", "PRESENT_REF")]),
    (
        "The city walls were begun in the 1220s and finished around 1300.",
        [("the 1220s", "DATE", "122"), ("around 1300", "DATE", "1300")],
    ),
    (
        "The population fell by a third during the plague of 1348–49.",
        [("1348", "DATE", "1348"), ("49", "DATE", "1349")],
    ),
    (
        "By 1500 the town had some 12,000 inhabitants; by 1800 it had 80,000.",
        [("1500", "DATE", "1500"), ("1800", "DATE", "1800")],
    ),
    (
        "The city was the capital of the duchy from 1415 until 1803.",
        [("1415", "DATE", "1415"), ("1803", "DATE", "1803")],
    ),
    (
        "In the early 19th century the harbour was deepened and new quays were built.",
        [("the early 19th century", "DATE", "18")],
    ),
    (
        "In the second half of the 19th century the railway reached the town.",
        [("the second half of the 19th century", "DATE", "18")],
    ),
    (
        "The first tram line opened in 1881, and by the turn of the century the network covered the "
        "whole city.",
        [("1881", "DATE", "1881"), ("the turn of the century", "DATE", "18")],
    ),
    (
        "The town was heavily bombed in 1941 and much of the centre was rebuilt in the 1950s and 1960s.",
        [("1941", "DATE", "1941"), ("the 1950s", "DATE", "195"), ("1960s", "DATE", "196")],
    ),
    ("The population has grown steadily since 1945.", [("1945", "DATE", "1945")]),
    (
        "Between the 14th and 16th centuries the town was a member of the Hanseatic League.",
        [("the 14th", "DATE", "13"), ("16th centuries", "DATE", "15")],
    ),
    (
        "The bridge stood for nearly six centuries until it was replaced in 1831.",
        [("nearly six centuries", "DURATION", "P600Y"), ("1831", "DATE", "1831")],
    ),
    (
        "For much of the 17th century the city was ruled by its archbishops.",
        [("the 17th century", "DATE", "16")],
    ),
    ("The market square was laid out in the 1270s.", [("the 1270s", "DATE", "127")]),
    (
        "Within a decade of the charter the town had built a guildhall.",
        [("a decade of the charter", "DURATION", "P10Y")],
    ),
    (
        "The harbour silted up over the course of the 15th century.",
        [("the 15th century", "DATE", "14")],
    ),
    (
        "The fire of 1666 destroyed the old church. Three years after the fire, work began on a new one.",
        [("1666", "DATE", "1666"), ("Three years after the fire", "DATE", "1669")],
    ),
    (
        "The fire of 1666 destroyed the old church. Rebuilding began in 1670, and the new church was "
        "consecrated in 1677, eleven years after the fire.",
        [("1670", "DATE", "1670"), ("1677", "DATE", "1677"), ("eleven years after the fire", "DATE", "1677")],
    ),
    (
        "The church was completed in 1675, nine years after the Great Fire.",
        [("1675", "DATE", "1675"), ("nine years after the Great Fire", "DATE", "1675")],
    ),
    (
        "The old hall burned down in 1881. It was rebuilt over the next four years.",
        [("1881", "DATE", "1881"), ("the next four years", "DURATION", "P4Y")],
    ),
    (
        "The town was founded in 1189. Within fifty years it had a stone wall, and by 1300 it had three "
        "churches.",
        [("1189", "DATE", "1189"), ("fifty years", "DURATION", "P50Y"), ("1300", "DATE", "1300")],
    ),
    ("The 1880s saw the arrival of the railway.", [("The 1880s", "DATE", "188")]),
    (
        "In the 1920s and 1930s the market drew traders from three counties.",
        [("the 1920s", "DATE", "192"), ("1930s", "DATE", "193")],
    ),
    (
        "At the time, the town had no bishop of its own.",
        [("the time", "TIME", "PAST_REF")],
    ),
    (
        "The town had only two paved streets at the time.",
        [("the time", "TIME", "PAST_REF")],
    ),
    # ---- a company: founding, incorporation, mergers, lean years
    (
        "The company was founded in 1847 by two engineers in a workshop in Berlin.",
        [("1847", "DATE", "1847")],
    ),
    (
        "It was incorporated as a limited company on 1 July 1889.",
        [("1 July 1889", "DATE", "1889-07-01")],
    ),
    (
        "In its first decade the firm made telegraph equipment for the Prussian state.",
        [("first decade", "DURATION", "P10Y")],
    ),
    ("By the 1890s the company employed more than 5,000 people.", [("the 1890s", "DATE", "189")]),
    (
        "The firm went public in 1966 and was listed in New York two years later.",
        [("1966", "DATE", "1966"), ("two years later", "DATE", "1968")],
    ),
    (
        "In 1998 it merged with its largest rival; the combined company had sales of $40 billion.",
        [("1998", "DATE", "1998")],
    ),
    (
        "After three years of losses, the board replaced the chief executive in 2003.",
        [("three years of losses", "DURATION", "P3Y"), ("2003", "DATE", "2003")],
    ),
    (
        "For most of the 20th century the firm was the largest employer in the town.",
        [("the 20th century", "DATE", "19")],
    ),
    (
        "The works were nationalised in 1948 and privatised forty years later.",
        [("1948", "DATE", "1948"), ("forty years later", "DATE", "1988")],
    ),
    (
        "In the early 1970s the company began making calculators; by the end of the decade it was "
        "selling them by the million.",
        [("the early 1970s", "DATE", "197"), ("the end of the decade", "DATE", "197")],
    ),
    (
        "The founder retired in 1902 and died three years later.",
        [("1902", "DATE", "1902"), ("three years later", "DATE", "1905")],
    ),
    ("The firm's future was in doubt for much of the 1930s.", [("the 1930s", "DATE", "193")]),
    (
        "The company opened its first overseas branch in Buenos Aires in 1910.",
        [("1910", "DATE", "1910")],
    ),
    ("The name was changed to its present form in 1919.", [("1919", "DATE", "1919")]),
    (
        "Its shares have been traded on the Frankfurt exchange since 1899.",
        [("1899", "DATE", "1899")],
    ),
    (
        "In recent years the company has sold most of its European plants.",
        [("recent years", "DURATION", "PXY")],
    ),
    ("The firm celebrated its 150th anniversary in 1997.", [("1997", "DATE", "1997")]),
    (
        "The firm was founded in 1856. In the 1870s it began to export to America, and by 1900 half its "
        "output went abroad.",
        [("1856", "DATE", "1856"), ("the 1870s", "DATE", "187"), ("1900", "DATE", "1900")],
    ),
    (
        "The brewery changed hands in 1923. Five years later the new owners closed it.",
        [("1923", "DATE", "1923"), ("Five years later", "DATE", "1928")],
    ),
    (
        "The bank failed in the panic of 1873, after only eleven years of trading.",
        [("1873", "DATE", "1873"), ("only eleven years of trading", "DURATION", "P11Y")],
    ),
    (
        "The works were rebuilt in 1921 after the fire of the previous year.",
        [("1921", "DATE", "1921"), ("the previous year", "DATE", "1920")],
    ),
    (
        "The merger was announced on 4 March 1999 and completed in the autumn of that year.",
        [("4 March 1999", "DATE", "1999-03-04"), ("the autumn of that year", "DATE", "1999-FA")],
    ),
    (
        "The company made a loss in 1931 and again the following year.",
        [("1931", "DATE", "1931"), ("the following year", "DATE", "1932")],
    ),
    (
        "In 1935 the firm moved its head office to London. That year it also bought a rival in Leeds.",
        [("1935", "DATE", "1935"), ("That year", "DATE", "1935")],
    ),
    (
        "The company was wound up in 1970, after 120 years in business.",
        [("1970", "DATE", "1970"), ("120 years", "DURATION", "P120Y")],
    ),
    # ---- a university: bulls and charters, academic years, growth
    (
        "The university was founded by papal bull in 1409 and received a royal charter in 1413.",
        [("1409", "DATE", "1409"), ("1413", "DATE", "1413")],
    ),
    (
        "The college was established by royal charter on 12 March 1832.",
        [("12 March 1832", "DATE", "1832-03-12")],
    ),
    (
        "Teaching began in the autumn of 1836 with forty students and six professors.",
        [("the autumn of 1836", "DATE", "1836-FA")],
    ),
    (
        "In its early decades the university was a small seminary for the clergy.",
        [("early decades", "DURATION", "PXY")],
    ),
    (
        "Women were first admitted in 1878, but they could not take degrees until 1920.",
        [("1878", "DATE", "1878"), ("1920", "DATE", "1920")],
    ),
    (
        "During the 1960s the university tripled in size as new campuses opened.",
        [("the 1960s", "DATE", "196")],
    ),
    ("The medical school, founded in 1726, is the oldest in the country.", [("1726", "DATE", "1726")]),
    (
        "The library was begun in 1598 and took eleven years to build.",
        [("1598", "DATE", "1598"), ("eleven years", "DURATION", "P11Y")],
    ),
    (
        "By the end of the 19th century the university had faculties of law, medicine and science.",
        [("the end of the 19th century", "DATE", "18")],
    ),
    (
        "The university has expanded rapidly in recent decades.",
        [("recent decades", "DURATION", "PXY")],
    ),
    (
        "For the first fifty years of its existence the college had no building of its own.",
        [("the first fifty years of its existence", "DURATION", "P50Y")],
    ),
    (
        "The new campus opened in 1967; a decade later it housed most of the science departments.",
        # (A year ten on from the story's, as "a year later" is one.)
        [("1967", "DATE", "1967"), ("a decade later", "DATE", "1977")],
    ),
    (
        "Since 1992 the polytechnic has been a university in its own right.",
        [("1992", "DATE", "1992")],
    ),
    (
        "The students' union was founded in the 1880s and is one of the oldest in the country.",
        [("the 1880s", "DATE", "188")],
    ),
    (
        "The college closed during the Civil War and reopened in 1866.",
        [("1866", "DATE", "1866")],
    ),
    (
        "The chair of chemistry was established in 1713 and held by the same family for over a century.",
        [("1713", "DATE", "1713"), ("over a century", "DURATION", "P100Y")],
    ),
    (
        "The university was founded in 1460. In its first years it had only four masters.",
        [("1460", "DATE", "1460"), ("first years", "DURATION", "PXY")],
    ),
    (
        "The college moved to its present site in 1877. Two years later the first women students arrived.",
        [("1877", "DATE", "1877"), ("Two years later", "DATE", "1879")],
    ),
    (
        "The observatory was built in 1785 and was in use for the next hundred years.",
        [("1785", "DATE", "1785"), ("the next hundred years", "DURATION", "P100Y")],
    ),
    (
        "The old statutes were revised in 1854, and in the decade that followed the number of students "
        "doubled.",
        [("1854", "DATE", "1854")],
    ),
    # ---- a discovery: papers, decades of doubt, confirmation
    ("The element was discovered in 1898 by a husband and wife in Paris.", [("1898", "DATE", "1898")]),
    (
        "In the early 17th century Kepler showed that the planets move in ellipses.",
        [("the early 17th century", "DATE", "16")],
    ),
    ("The structure of the molecule was published in April 1953.", [("April 1953", "DATE", "1953-04")]),
    (
        "Over the following decades the theory was refined by a generation of physicists.",
        [("the following decades", "DURATION", "PXY")],
    ),
    (
        "The comet was first seen in 1758, as Halley had predicted more than fifty years earlier.",
        [("1758", "DATE", "1758"), ("more than fifty years earlier", "DATE", "1708")],
    ),
    (
        "The vaccine was tested in the summer of 1954 on nearly two million children.",
        [("the summer of 1954", "DATE", "1954-SU")],
    ),
    (
        "For two millennia the Ptolemaic model dominated astronomy.",
        [("two millennia", "DURATION", "P2000Y")],
    ),
    (
        "The experiment was repeated in 1887 and again in the 1920s, with the same result.",
        [("1887", "DATE", "1887"), ("the 1920s", "DATE", "192")],
    ),
    (
        "The theory was largely ignored and rediscovered in 1900, sixteen years after his death.",
        [("1900", "DATE", "1900"), ("sixteen years after his death", "DATE", "1900")],
    ),
    (
        "After eleven years of work he published his book in November 1859.",
        [("eleven years of work", "DURATION", "P11Y"), ("November 1859", "DATE", "1859-11")],
    ),
    (
        "It took nearly two decades for the discovery to be accepted.",
        [("nearly two decades", "DURATION", "P20Y")],
    ),
    (
        "The planet was found on 23 September 1846, within an hour of the search beginning.",
        [
            ("23 September 1846", "DATE", "1846-09-23"),
            ("an hour of the search beginning", "DURATION", "PT1H"),
        ],
    ),
    (
        "By the 1930s most physicists had accepted the new quantum theory.",
        [("the 1930s", "DATE", "193")],
    ),
    ("Future work would show that the effect was real.", [("Future", "DATE", "FUTURE_REF")]),
    ("The findings were confirmed by more recent studies.", [("recent", "DATE", "PAST_REF")]),
    (
        "Early in the 18th century the instrument was improved by a clockmaker in London.",
        [("Early in the 18th century", "DATE", "17")],
    ),
    (
        "Penicillin was discovered in 1928, but it was not made in large amounts until the 1940s.",
        [("1928", "DATE", "1928"), ("the 1940s", "DATE", "194")],
    ),
    (
        "The calendar was reformed in 1582; ten days were dropped from October of that year.",
        [
            ("1582", "DATE", "1582"),
            ("ten days", "DURATION", "P10D"),
            ("October of that year", "DATE", "1582-10"),
        ],
    ),
    (
        "The paper appeared in March 1905. Within a year its author had been offered a chair.",
        [("March 1905", "DATE", "1905-03"), ("a year", "DURATION", "P1Y")],
    ),
    (
        "He first described the effect in 1896; it was confirmed two years later by a team in Cambridge.",
        [("1896", "DATE", "1896"), ("two years later", "DATE", "1898")],
    ),
    (
        "The prize was awarded in 1911, eight years after the discovery.",
        [("1911", "DATE", "1911"), ("eight years after the discovery", "DATE", "1911")],
    ),
    # ---- an empire's economy: reigns, centuries BC and AD, long trends
    (
        "In the 2nd century AD the empire's trade reached from Britain to India.",
        [("the 2nd century AD", "DATE", "01")],
    ),
    (
        "The silver currency was debased over the course of the 3rd century.",
        [("the 3rd century", "DATE", "02")],
    ),
    (
        "From the 1570s onward the silver of the Americas flowed into Seville.",
        [("the 1570s", "DATE", "157")],
    ),
    (
        "The price of grain rose fivefold between 1500 and 1600.",
        [("1500", "DATE", "1500"), ("1600", "DATE", "1600")],
    ),
    (
        "In the last decades of the 16th century the crown went bankrupt three times.",
        [("the last decades of the 16th century", "DURATION", "PXY")],
    ),
    ("Trade with the colonies was opened to all ports in 1778.", [("1778", "DATE", "1778")]),
    (
        "By the mid-19th century the empire had fallen far behind its rivals.",
        [("the mid-19th century", "DATE", "18")],
    ),
    (
        "The tax farms were abolished in 1856, ending a system that had lasted three centuries.",
        [("1856", "DATE", "1856"), ("three centuries", "DURATION", "P300Y")],
    ),
    (
        "During the 18th century the population of the empire nearly doubled.",
        [("the 18th century", "DATE", "17")],
    ),
    (
        "In the 11th century BC the kingdom traded copper with Egypt.",
        [("the 11th century BC", "DATE", "BC10")],
    ),
    ("Coins were first struck in Lydia in the 7th century BC.", [("the 7th century BC", "DATE", "BC06")]),
    (
        "The empire's treasury was empty by the end of the 1690s.",
        [("the end of the 1690s", "DATE", "169")],
    ),
    (
        "In the early years of the dynasty the state took over the salt trade.",
        [("the early years of the dynasty", "DURATION", "PXY")],
    ),
    (
        "The empire's revenues doubled in the forty years after 1660.",
        [("the forty years", "DURATION", "P40Y"), ("1660", "DATE", "1660")],
    ),
    (
        "The mint was reformed in 1696. Over the next decade the new coin drove the clipped silver out of "
        "circulation.",
        [("1696", "DATE", "1696"), ("the next decade", "DURATION", "P10Y")],
    ),
    (
        "The grain dole was introduced in 123 BC. Seventy years later some 300,000 citizens received it.",
        [("123 BC", "DATE", "BC0123"), ("Seventy years later", "DATE", "BC0053")],
    ),
    (
        "Trade with India grew steadily in the first century AD.",
        [("the first century AD", "DATE", "00")],
    ),
    (
        "In the late 12th century the kingdom's revenues came chiefly from the silver mines.",
        [("the late 12th century", "DATE", "11")],
    ),
    (
        "The canal was finished in 1681, after fifteen years of digging.",
        [("1681", "DATE", "1681"), ("fifteen years of digging", "DURATION", "P15Y")],
    ),
    # ---- an epidemic: waves, weeks and months, death tolls
    ("The first cases were reported in the port in June 1832.", [("June 1832", "DATE", "1832-06")]),
    (
        "Over the next three months some 18,000 people died in the city.",
        [("the next three months", "DURATION", "P3M")],
    ),
    (
        "The plague returned in 1361 and again in 1369, each time killing fewer people.",
        [("1361", "DATE", "1361"), ("1369", "DATE", "1369")],
    ),
    (
        "In the 1850s a physician traced an outbreak to a single pump in Soho.",
        [("the 1850s", "DATE", "185")],
    ),
    (
        "The last major outbreak in the country occurred in 1720, when the plague killed half the "
        "population of the port.",
        [("1720", "DATE", "1720")],
    ),
    (
        "The disease killed an estimated 50 million people between 1918 and 1920.",
        [("1918", "DATE", "1918"), ("1920", "DATE", "1920")],
    ),
    (
        "The second wave, in the autumn of 1918, was far deadlier than the first.",
        [("the autumn of 1918", "DATE", "1918-FA")],
    ),
    (
        "Within six weeks of the first case the hospitals were full.",
        [("six weeks of the first case", "DURATION", "P6W")],
    ),
    (
        "For two centuries after the Black Death, plague returned to the city again and again.",
        [("two centuries", "DURATION", "P200Y")],
    ),
    (
        "Quarantine was introduced in Venice in the 14th century; ships were held off the port for forty "
        "days.",
        [("the 14th century", "DATE", "13"), ("forty days", "DURATION", "P40D")],
    ),
    (
        "Smallpox was declared eradicated in 1980, two years after the last natural case.",
        [("1980", "DATE", "1980"), ("two years after the last natural case", "DATE", "1980")],
    ),
    (
        "The pandemic of 1829–1837 reached the island in the autumn of 1831.",
        [("1829", "DATE", "1829"), ("1837", "DATE", "1837"), ("the autumn of 1831", "DATE", "1831-FA")],
    ),
    (
        "By the early 1990s the number of new infections had begun to fall.",
        [("the early 1990s", "DATE", "199")],
    ),
    (
        "The epidemic lasted three years and killed a quarter of the island's people.",
        [("three years", "DURATION", "P3Y")],
    ),
    ("The city was spared during the epidemic of 1665.", [("1665", "DATE", "1665")]),
    ("The disease had been unknown in the islands until the 1870s.", [("the 1870s", "DATE", "187")]),
    (
        "The epidemic began in March 1832. By the end of the year some 6,000 people had died.",
        [("March 1832", "DATE", "1832-03"), ("the end of the year", "DATE", "1832")],
    ),
    (
        "Fever reached the town in June 1849. Within a month, a thousand people were dead.",
        [("June 1849", "DATE", "1849-06"), ("a month", "DURATION", "P1M")],
    ),
    (
        "The outbreak ended in the winter of 1854. That spring the council voted to build new sewers.",
        [("the winter of 1854", "DATE", "1854-WI"), ("That spring", "DATE", "1854-SP")],
    ),
    (
        "The first cases appeared in early August 1918. By the third week of October the schools had closed.",
        [("early August 1918", "DATE", "1918-08"), ("the third week of October", "DATE", "1918-W42")],
    ),
    (
        "The plague reached the city in May 1630 and raged until the following spring.",
        [("May 1630", "DATE", "1630-05"), ("the following spring", "DATE", "1631-SP")],
    ),
    (
        "The hospital was built in 1832, at the height of the cholera, and took only six weeks to finish.",
        [("1832", "DATE", "1832"), ("only six weeks", "DURATION", "P6W")],
    ),
    # ---- a sports club: founding, seasons, titles, grounds
    ("The club was founded in 1878 by workers at a railway depot.", [("1878", "DATE", "1878")]),
    (
        "The club won its first league title in the 1894–95 season.",
        [("1894", "DATE", "1894"), ("95", "DATE", "1895")],
    ),
    (
        "In the 1994–95 season the team finished second in the league.",
        [("1994", "DATE", "1994"), ("95", "DATE", "1995")],
    ),
    (
        "The club was relegated in 1962 and did not return to the top flight for fourteen years.",
        [("1962", "DATE", "1962"), ("fourteen years", "DURATION", "P14Y")],
    ),
    (
        "The stadium was opened on 28 August 1899 and has been the club's home ever since.",
        [("28 August 1899", "DATE", "1899-08-28")],
    ),
    (
        "During the 1980s the club won five league titles and two European Cups.",
        [("the 1980s", "DATE", "198")],
    ),
    (
        "After eleven seasons in the second division, the club was promoted in 1975.",
        [("1975", "DATE", "1975")],
    ),
    ("The team has not won the championship since 1971.", [("1971", "DATE", "1971")]),
    (
        "The club moved to its present stadium in 2006, after a hundred years at the old ground.",
        [("2006", "DATE", "2006"), ("a hundred years", "DURATION", "P100Y")],
    ),
    (
        "In recent seasons the club has struggled near the foot of the table.",
        [("recent", "DATE", "PAST_REF")],
    ),
    (
        "The club's best season was 1920–21, when it won the league and the cup.",
        [("1920", "DATE", "1920"), ("21", "DATE", "1921")],
    ),
    (
        "The derby has been played more than 200 times since the first meeting in 1888.",
        [("1888", "DATE", "1888")],
    ),
    (
        "The cup was first contested in 1872 and has been held every year since, except during the two "
        "world wars.",
        [("1872", "DATE", "1872"), ("every year", "SET", "P1Y")],
    ),
    ("Today the club plays in the third tier.", [("Today", "DATE", "PRESENT_REF")]),
    (
        "The club turned professional in 1885. Three years later it was a founder member of the league.",
        [("1885", "DATE", "1885"), ("Three years later", "DATE", "1888")],
    ),
    (
        "The ground was bought in 1904. Over the next twenty years it was rebuilt stand by stand.",
        [("1904", "DATE", "1904"), ("the next twenty years", "DURATION", "P20Y")],
    ),
    (
        "The club won the league in 1931 and again in 1933; in the years between, it finished second.",
        [("1931", "DATE", "1931"), ("1933", "DATE", "1933")],
    ),
    (
        "The club was dissolved in 1940 and re-formed in the summer of 1945.",
        [("1940", "DATE", "1940"), ("the summer of 1945", "DATE", "1945-SU")],
    ),
    # ---- a cathedral: foundation stones, fires, centuries of building
    (
        "Work on the cathedral began in 1220 and the nave was finished by 1258.",
        [("1220", "DATE", "1220"), ("1258", "DATE", "1258")],
    ),
    (
        "The spire was added in the 14th century and is the tallest in England.",
        [("the 14th century", "DATE", "13")],
    ),
    (
        "The cathedral was largely built over the course of the 13th century.",
        [("the 13th century", "DATE", "12")],
    ),
    (
        "The old cathedral burned down in 1174, and the choir was rebuilt over the next ten years.",
        [("1174", "DATE", "1174"), ("the next ten years", "DURATION", "P10Y")],
    ),
    (
        "After the fire of 1174 the monks brought in a master mason from Sens.",
        [("1174", "DATE", "1174")],
    ),
    (
        "Building stopped in 1473 and the cathedral remained unfinished for nearly four hundred years.",
        [("1473", "DATE", "1473"), ("nearly four hundred years", "DURATION", "P400Y")],
    ),
    (
        "The west front was restored in the 1870s by a leading architect of the day.",
        [("the 1870s", "DATE", "187")],
    ),
    (
        "The roof collapsed in 1861, and the new spire was finished five years later.",
        [("1861", "DATE", "1861"), ("five years later", "DATE", "1866")],
    ),
    (
        "The choir was rebuilt in the Gothic style during the 1250s.",
        [("the 1250s", "DATE", "125")],
    ),
    (
        "The building took more than a century to complete.",
        [("more than a century", "DURATION", "P100Y")],
    ),
    (
        "In the late 12th century a new choir was built in the Gothic style.",
        [("the late 12th century", "DATE", "11")],
    ),
    (
        "The crypt dates from the 11th century and is the oldest part of the building.",
        [("the 11th century", "DATE", "10")],
    ),
    (
        "The stained glass was removed during the war and put back in the late 1940s.",
        [("the late 1940s", "DATE", "194")],
    ),
    ("The cathedral has been a World Heritage Site since 1986.", [("1986", "DATE", "1986")]),
    (
        "Services have been held here daily for over 900 years.",
        [("daily", "SET", "P1D"), ("over 900 years", "DURATION", "P900Y")],
    ),
    (
        "The tower fell in 1210. Three years after the fall, the chapter began a new one.",
        [("1210", "DATE", "1210"), ("Three years after the fall", "DATE", "1213")],
    ),
    (
        "The foundation stone was laid on 15 August 1248. The choir was consecrated in 1322, and the "
        "south tower was begun in the 1350s.",
        [("15 August 1248", "DATE", "1248-08-15"), ("1322", "DATE", "1322"), ("the 1350s", "DATE", "135")],
    ),
    (
        "The nave was vaulted in the early 15th century. By the middle of the century the west towers "
        "had reached their full height.",
        [("the early 15th century", "DATE", "14"), ("the middle of the century", "DATE", "14")],
    ),
    (
        "After three years of rebuilding, the church was reconsecrated in 1669.",
        [("three years of rebuilding", "DURATION", "P3Y"), ("1669", "DATE", "1669")],
    ),
    (
        "The choir was rebuilt in just eleven years.",
        [("just eleven years", "DURATION", "P11Y")],
    ),
    (
        "The chapter house was finished in 1290, thirty years after the work had begun.",
        [("1290", "DATE", "1290")],
    ),
    (
        "After a century of neglect, the castle was restored in the 1890s.",
        [("a century of neglect", "DURATION", "P100Y"), ("the 1890s", "DATE", "189")],
    ),
    # ---- the words of TIMEX2 narratives: "former", "recent", "future" before a noun
    (
        "The former abbey church became the parish church of the town in 1539.",
        [("former", "DATE", "PAST_REF"), ("1539", "DATE", "1539")],
    ),
    ("The museum is housed in the former town hall.", [("former", "DATE", "PAST_REF")]),
    (
        "The club's former ground was sold for housing in 1994.",
        [("former", "DATE", "PAST_REF"), ("1994", "DATE", "1994")],
    ),
    (
        "The former cathedral was demoted to a parish church after the Reformation.",
        [("former", "DATE", "PAST_REF")],
    ),
    (
        "The city's former importance as a port is still visible in its warehouses.",
        [("former", "DATE", "PAST_REF")],
    ),
    (
        "Recent excavations have uncovered the foundations of a Roman villa.",
        [("Recent", "DATE", "PAST_REF")],
    ),
    (
        "Much of the old quarter was destroyed in the recent war.",
        [("recent", "DATE", "PAST_REF")],
    ),
    (
        "The founders hoped that the college would train future clergy.",
        [("future", "DATE", "FUTURE_REF")],
    ),
    (
        "The charter guaranteed the rights of the burgesses and their future heirs.",
        [("future", "DATE", "FUTURE_REF")],
    ),
    (
        "The site was chosen for a future cathedral in 1088.",
        [("future", "DATE", "FUTURE_REF"), ("1088", "DATE", "1088")],
    ),
    (
        "In future years the fair grew into one of the largest in Europe.",
        [("future years", "DURATION", "PXY")],
    ),
    (
        "The recent past of the district is one of decline and renewal.",
        [("The recent past", "DATE", "PAST_REF")],
    ),
    (
        "In the recent past the town has lost most of its industry.",
        [("the recent past", "DATE", "PAST_REF")],
    ),
    ("In the distant past the valley was a lake.", [("the distant past", "DATE", "PAST_REF")]),
    (
        "The future king was born in the castle in 1394.",
        [("future", "DATE", "FUTURE_REF"), ("1394", "DATE", "1394")],
    ),
    (
        "The bridge was at the time the longest in the world.",
        [("the time", "TIME", "PAST_REF")],
    ),
    # ---- ages of founders and of buildings, as lengths
    (
        "The founder retired in 1902, aged 81, and handed the firm to his son.",
        [("1902", "DATE", "1902"), ("81", "DURATION", "P81Y")],
    ),
    (
        "The firm was run by its founder until his death at the age of 87.",
        [("87", "DURATION", "P87Y")],
    ),
    (
        "When the club was only five years old, it won the national cup.",
        [("five years old", "DURATION", "P5Y")],
    ),
    (
        "The university, at nearly 600 years old, is one of the oldest in Europe.",
        [("nearly 600 years old", "DURATION", "P600Y")],
    ),
    ("The bridge is about 400 years old.", [("about 400 years old", "DURATION", "P400Y")]),
    # ---- counts as noun phrases
    (
        "The first decades of the 19th century saw the town's population triple.",
        [("The first decades of the 19th century", "DURATION", "PXY")],
    ),
    (
        "The first decades of the 20th century were the club's most successful.",
        [("The first decades of the 20th century", "DURATION", "PXY")],
    ),
    (
        "In the early decades of the 18th century the port traded chiefly with the Baltic.",
        [("the early decades of the 18th century", "DURATION", "PXY")],
    ),
    (
        "The last years of the 17th century were marked by famine.",
        [("The last years of the 17th century", "DURATION", "PXY")],
    ),
    (
        "After five years of falling sales, the company closed its London works.",
        [("five years of falling sales", "DURATION", "P5Y")],
    ),
    (
        "The town suffered two decades of decline after the mines closed.",
        [("two decades of decline", "DURATION", "P20Y")],
    ),
    (
        "The war brought four years of hardship to the town.",
        [("four years of hardship", "DURATION", "P4Y")],
    ),
    (
        "The harbour was closed for six weeks of repairs in 1912.",
        [("six weeks of repairs", "DURATION", "P6W"), ("1912", "DATE", "1912")],
    ),
    (
        "After ten years of work in the archives, she published the history of the firm.",
        [("ten years of work in the archives", "DURATION", "P10Y")],
    ),
    # A quantity of things a count measures ("three years of rents"): the phrase ends with the
    # things, not at an adverb after them, nor at a preposition after a place.
    (
        "The abbey paid the crown three years of rents in advance.",
        [("three years of rents", "DURATION", "P3Y")],
    ),
    ("The mill ground two days of grain for the garrison.", [("two days of grain", "DURATION", "P2D")]),
    (
        "The mine closed in 1968 after two centuries of digging in the hills above the town.",
        [("1968", "DATE", "1968"), ("two centuries of digging in the hills", "DURATION", "P200Y")],
    ),
    (
        "The museum holds three centuries of letters and ledgers.",
        [("three centuries of letters and ledgers", "DURATION", "P300Y")],
    ),
    (
        "The college was founded in 1460. For the first century of its existence it had no more than "
        "twenty students.",
        [("1460", "DATE", "1460"), ("the first century of its existence", "DURATION", "P100Y")],
    ),
    # The first century of a pair with a part of its own.
    (
        "The late 18th and early 19th centuries were a golden age for the port.",
        [("The late 18th", "DATE", "17"), ("early 19th centuries", "DATE", "18")],
    ),
    # A plural unit alone: with "since" as an adverb, or with the "of" phrase of what filled it.
    (
        "The harbour was closed by the war in 1939. In the years since, it has been rebuilt twice.",
        [("the years since", "DURATION", "PXY")],
    ),
    (
        "After years of decline, the mill closed in 1931.",
        [("years of decline", "DURATION", "PXY"), ("1931", "DATE", "1931")],
    ),
    # A count from an event dated in its "of" phrase, or told in a passive clause.
    (
        "The church was begun in 1670, four years after the fire of 1666.",
        [("1670", "DATE", "1670"), ("four years after the fire of 1666", "DATE", "1670")],
    ),
    (
        "The new cathedral was consecrated on 25 May 1962, twenty-two years after the old one was bombed.",
        [("twenty-two years after the old one was bombed", "DATE", "1962")],
    ),
    (
        "Athens was rebuilt ten years after the sack of 480 BC.",
        [("ten years after the sack of 480 BC", "DATE", "BC0470")],
    ),
    # A range of years of three digits, where the clause goes on as after a date.
    (
        "The great canal was dug between 605 and 611 and carried grain to the capital.",
        [("605", "DATE", "0605"), ("611", "DATE", "0611")],
    ),
    (
        "The dynasty ruled from 618 to 907, when the last emperor was deposed.",
        [("618", "DATE", "0618"), ("907", "DATE", "0907")],
    ),
    (
        "The mill reopened in 1894, three years after the flood of 1890 destroyed it.",
        [("1894", "DATE", "1894"), ("three years", "DURATION", "P3Y"), ("1890", "DATE", "1890")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_history_probe(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert_valued(annotate(text, dct=DCT, domain="narrative"), expected)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # "The former" as a pronoun (the first of two), "future" as a noun: no time words.
        ("Of the two founders, the former ran the works and the latter the books.", []),
        ("Two plans were drawn up in 1830; the former proposed a canal, the latter a railway.", ["1830"]),
        ("Of the two towns, the former was the larger until the 1850s.", ["the 1850s"]),
        ("The two firms merged in 1927; the former's name was kept.", ["1927"]),
        ("The club's future looked bleak in 1985, when the stadium was condemned.", ["1985"]),
        ("Fears for the town's future grew as the mines closed.", []),
        ("Its future lay in the tourist trade.", []),
        ("The city's future seemed assured by 1900.", ["1900"]),
        # A count of things that are no time ("eleven seasons", "four generations", "200 times").
        ("The company has been owned by the same family for four generations.", []),
        ("After eleven seasons in the second division, the club was promoted.", []),
    ],
)
def test_what_a_history_does_not_date(text: str, spans: list[str]) -> None:
    assert [timex.text for timex in annotate(text, dct=DCT, domain="narrative")] == spans


#: Forms this probe found that narrative mode does not read yet.
KNOWN_GAPS: list = [
    pytest.param(
        "The tower fell in 1210. Three years after the fall the chapter began a new one.",
        [("Three years after the fall", "DATE", "1213")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a count from an event that opens its sentence without a comma after the event "
            "('after the fall the chapter began') is not bounded: the subject that follows could "
            "go on the event's noun phrase",
        ),
    ),
    pytest.param(
        "Coal exports fell by half in the decade after the war.",
        [("the decade after the war", "DATE", "XXX")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="'the decade' after an event is not read (it is neither a calendar decade nor "
            "counted from a date the text gives)",
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_GAPS)
def test_history_probe_gaps(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert_valued(annotate(text, dct=DCT, domain="narrative"), expected)


def test_a_clubs_next_season_is_no_summer_of_the_writers_year() -> None:
    """A season of games counted from the story is no quarter of the calendar: only its side of
    the story's time is known, as for "last season" in news."""
    text = "The club won the cup in 1953. The next season it finished bottom of the league."
    found = [(timex.text, timex.value) for timex in annotate(text, dct=DCT, domain="narrative")]
    assert found == [("1953", "1953"), ("The next season", "FUTURE_REF")]


#: Whole articles are dated as a recent online encyclopaedia is.
ARTICLE_DCT = "2024-03-15"

# -- whole articles: a lead and the sections of a history, read in narrative mode and in auto mode
# (which must choose narrative).

TOWN = (
    "Wexham is a market town in the county of Hollin, on the river Ware. It received its charter in "
    "1207 and was one of the chief wool towns of England in the late Middle Ages.\n"
    "\n"
    "History\n"
    "A settlement existed on the site by the 9th century. In 1154 the abbot of Ware was granted a "
    "market there, and in 1207 King John gave the burgesses their charter. In the 13th century the "
    "town grew rich on the wool trade; the stone bridge was built in the 1280s and the town walls "
    "were finished around 1310. The plague of 1349 killed nearly half of the townspeople, and for "
    "the next fifty years the town declined.\n"
    "\n"
    "The great fire of 1603 destroyed most of the timber houses. Three years after the fire, the "
    "guildhall was rebuilt in stone, and by the middle of the century the town had recovered. During "
    "the Civil War it was held for Parliament, and in the autumn of 1644 it withstood a siege of six "
    "weeks.\n"
    "\n"
    "Modern town\n"
    "The canal reached Wexham in 1796, and the railway followed in 1848. Over the next two decades "
    "four mills were built along the river. The former abbey church became the parish church in "
    "1539 and was restored in the 1860s. Since the 1970s the old mills have been turned into flats, "
    "and in recent decades the town has attracted a growing number of visitors. Today it has about "
    "18,000 inhabitants."
)

CLUB = (
    "Harford Rovers F.C. is an English football club based in Harford. Founded in 1882, the club has "
    "played at Mill Lane since 1899.\n"
    "\n"
    "History\n"
    "The club was founded on 12 October 1882 by workers at the Harford railway works. It turned "
    "professional in 1888, and two years later it joined the Football League. The club won its first "
    "league title in the 1894–95 season and the FA Cup in 1901.\n"
    "\n"
    "After the First World War the club declined. It was relegated in 1921 and did not return to the "
    "top flight for fourteen years. In the 1950s the club enjoyed its most successful decade, winning "
    "the league three times. The former ground at Station Road was sold for housing in 1962.\n"
    "\n"
    "Recent history\n"
    "The club went into administration in 2002. After three years of financial difficulty, it was "
    "bought by a local businessman in 2005. Since 2010 the club has played in the third tier, and "
    "today it is owned by its supporters' trust."
)

CATHEDRAL = (
    "St Ælfric's Cathedral is the cathedral of the diocese of Harrowby. The present building was begun "
    "in 1220 and consecrated in 1266.\n"
    "\n"
    "History\n"
    "A church stood on the site by the 7th century. The Norman cathedral was built in the late 11th "
    "century and burned down on 4 September 1174. After the fire of 1174 the monks rebuilt the choir, "
    "which took ten years. Work on the present cathedral began in 1220; the nave was finished by 1258, "
    "and the building was consecrated eight years later.\n"
    "\n"
    "The spire was added in the 14th century and stood for nearly four hundred years until it "
    "collapsed in a storm in 1703. The cathedral was restored in the 1840s and 1850s, and the new "
    "spire was completed in 1861.\n"
    "\n"
    "The stained glass was removed during the Second World War and put back in the late 1940s. Since "
    "1986 the cathedral has been a World Heritage Site, and services have been held here daily for "
    "over 800 years."
)

DOCUMENTS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "town",
        TOWN,
        [
            ("1207", "DATE", "1207"),
            ("the 9th century", "DATE", "08"),
            ("1154", "DATE", "1154"),
            ("1207", "DATE", "1207"),
            ("the 13th century", "DATE", "12"),
            ("the 1280s", "DATE", "128"),
            ("around 1310", "DATE", "1310"),
            ("1349", "DATE", "1349"),
            ("the next fifty years", "DURATION", "P50Y"),
            ("1603", "DATE", "1603"),
            ("Three years after the fire", "DATE", "1606"),
            ("the middle of the century", "DATE", "16"),
            ("the autumn of 1644", "DATE", "1644-FA"),
            ("six weeks", "DURATION", "P6W"),
            ("1796", "DATE", "1796"),
            ("1848", "DATE", "1848"),
            ("the next two decades", "DURATION", "P20Y"),
            ("former", "DATE", "PAST_REF"),
            ("1539", "DATE", "1539"),
            ("the 1860s", "DATE", "186"),
            ("the 1970s", "DATE", "197"),
            ("recent decades", "DURATION", "PXY"),
            ("Today", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        "club",
        CLUB,
        [
            ("1882", "DATE", "1882"),
            ("1899", "DATE", "1899"),
            ("12 October 1882", "DATE", "1882-10-12"),
            ("1888", "DATE", "1888"),
            ("two years later", "DATE", "1890"),
            ("1894", "DATE", "1894"),
            ("95", "DATE", "1895"),
            ("1901", "DATE", "1901"),
            ("1921", "DATE", "1921"),
            ("fourteen years", "DURATION", "P14Y"),
            ("the 1950s", "DATE", "195"),
            ("former", "DATE", "PAST_REF"),
            ("1962", "DATE", "1962"),
            ("2002", "DATE", "2002"),
            ("three years of financial difficulty", "DURATION", "P3Y"),
            ("2005", "DATE", "2005"),
            ("2010", "DATE", "2010"),
            ("today", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        "cathedral",
        CATHEDRAL,
        [
            ("1220", "DATE", "1220"),
            ("1266", "DATE", "1266"),
            ("the 7th century", "DATE", "06"),
            ("the late 11th century", "DATE", "10"),
            ("4 September 1174", "DATE", "1174-09-04"),
            ("1174", "DATE", "1174"),
            ("ten years", "DURATION", "P10Y"),
            ("1220", "DATE", "1220"),
            ("1258", "DATE", "1258"),
            ("eight years later", "DATE", "1266"),
            ("the 14th century", "DATE", "13"),
            ("nearly four hundred years", "DURATION", "P400Y"),
            ("1703", "DATE", "1703"),
            ("the 1840s", "DATE", "184"),
            ("1850s", "DATE", "185"),
            ("1861", "DATE", "1861"),
            ("the late 1940s", "DATE", "194"),
            ("1986", "DATE", "1986"),
            ("daily", "SET", "P1D"),
            ("over 800 years", "DURATION", "P800Y"),
        ],
    ),
]

#: Articles auto mode does not read as histories yet.
AUTO_GAPS: dict[str, str] = {}


test_article_values, test_auto_reads_the_article_as_a_history = article_tests(
    DOCUMENTS, AUTO_GAPS, ARTICLE_DCT
)
