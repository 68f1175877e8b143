"""A thirty-sixth probe of narrative: Wikipedia-style histories of wars less often written about
(the Thirty Years' War, the Boer War, the Chaco War, the Falklands, the Balkan Wars, the
Peloponnesian War) and of modern ones (Inchon, the Bulge, Tet, Iraq), biographies of scientists,
artists, athletes, officers and writers, and histories of cities, companies, ships and
dynasties, and, in a fourth round, histories of the Crimean, Franco-Prussian, Russo-Japanese,
Winter, Algerian and Bangladesh wars, and in a fifth, histories of the Russian Civil, Spanish-American,
Philippine-American, Iran-Iraq and Soviet-Afghan wars and biographies of politicians and
explorers (documents written for the probe).

Passages written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Cases run with
``domain="narrative"`` and ``domain="auto"``; those a short passage cannot tell a history from
run in narrative mode only.

Readings these cases pin down:
- A story's year: "In late 1967 ... in November" is that November; a month told back from a year
  the sentence stands in is that year's ("In 1949 the army had crossed the river in November");
  a sentence that opens on looking back ("Earlier, on 2 February, the North had asked") goes
  back; a later time a possessive's or a concessive clause tells by the way ("whose bodies were
  found the following year", "although ... not removed until the following year") moves no
  story; an event's year in its subject dates its day ("The war of 1967 began on 5 June").
- BC stories: "In 415 Athens sent", "in 406 but lost", "the winter of 427/426" (the years' order
  gives the era), a count in apposition to a BC year ("in 421, ten years after the war had
  begun").
- Counts from events: "the second day of the battle" after "The offensive opened on"; "the first
  winter of the war"; regnal years from a reign's span ("(1512-1547)", "reigned 1509-1547", "ruled
  from 1581 to 1632", "was succeeded by his son") and a ruler's possessive ("the fiftieth year of
  Queen Victoria's reign").
- Words: "the night of 29 to 30 June"; "that July" after an attack's object; "that November with
  58 percent", "that September, at Hollandia"; "most of the month", "the closing days of the
  month"; "that December" just told; "later years", "subsequent years"; "the next
  quarter-century"; "spent his winters"; seasons of a yearly round ("Each year she ran to
  Archangel in the summer"); days kept ("Today the islanders mark 14 June as Liberation Day");
  names and titles ("The Friday Mosque", "the Tuesday Club", "the album Midnight at the
  Vanguard", "Her first novel, Winter Roses,", "Harriet May. May's father").
- A fourth round: what had gone on "since" a day began before the story's ("The treaty was signed
  on 13 March 1940. Negotiations had been going on since 12 October"); a flashback's next event
  stays in its year ("had begun on 1 August 1904, and the first assault failed on 24 August");
  a day kept until a year gone by is any year's ("2 September was celebrated as a national holiday
  until 1919"); "the early hours of the following morning"; a count's phrase ends before a present
  verb ("The 105 days of the Winter War hold a central place").
- A fifth round: surnames a name gave ("married Harriet May ...; May died in 1879", "Henry March
  ... March sold it"); places named by a time word ("Thursday Bluff", "the Good Friday Springs",
  "the Christmas Range", "Easter Creek"); seasons spent ("spending his winters in London and his
  summers in Newcastle", "passed his winters in Menton"); an age apart from the count after it
  ("aged 73, four months after his wife"); "that September by his deputy"; "for most of the
  century"; "the first day of the new Parliament" and "of the 37th Congress" whole; "a stalemate
  for the rest of 496".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "His breakthrough came in 1955 with the album Midnight at the Vanguard.",
        "2012-03-10",
        [("1955", "DATE", "1955")],
    ),
    (
        "The group's 1959 album Blue Thursday sold more than 100,000 copies.",
        "2012-03-10",
        [("1959", "DATE", "1959")],
    ),
    (
        "He took office in 1967. He was re-elected that November with 58 percent of the vote.",
        "2013-01-07",
        [("1967", "DATE", "1967"), ("that November", "DATE", "1967-11")],
    ),
    (
        "She graduated in 1955. She married that June with little ceremony.",
        "2013-01-07",
        [("1955", "DATE", "1955"), ("that June", "DATE", "1955-06")],
    ),
    (
        "She spent her summers at a cabin on Lake Superior.",
        "2011-06-15",
        [("summers", "SET", "XXXX-SU")],
    ),
    (
        "After 1960 he spent his winters in Florida.",
        "2011-06-15",
        [("1960", "DATE", "1960"), ("winters", "SET", "XXXX-WI")],
    ),
    (
        (
            "The first assault failed in January 1933. A second attack on the fort that July cost "
            "the army 2,000 men."
        ),
        "2012-10-05",
        [("January 1933", "DATE", "1933-01"), ("that July", "DATE", "1933-07")],
    ),
    (
        ("The fort was taken in 1916. The counter-attack against the fort that September cost 3,000 lives."),
        "2012-10-05",
        [("1916", "DATE", "1916"), ("that September", "DATE", "1916-09")],
    ),
    (
        (
            "The fleet sailed on 5 April 1982. Haig shuttled between London and Buenos Aires for "
            "most of the month, without result."
        ),
        "2013-04-02",
        [("5 April 1982", "DATE", "1982-04-05"), ("the month", "DATE", "1982-04")],
    ),
    (
        "The strike began on 3 March 1921 and lasted for most of the month.",
        "2013-04-02",
        [("3 March 1921", "DATE", "1921-03-03"), ("the month", "DATE", "1921-03")],
    ),
    (
        (
            "The Bulgarians won at Kirk Kilisse on 24 October 1912 and at Lule Burgas in the last "
            "days of the month."
        ),
        "2010-11-18",
        [("24 October 1912", "DATE", "1912-10-24"), ("the last days of the month", "DATE", "1912-10", "END")],
    ),
    (
        "The siege began in June 1863. The town fell in the closing days of the month.",
        "2010-11-18",
        [("June 1863", "DATE", "1863-06"), ("the closing days of the month", "DATE", "1863-06", "END")],
    ),
    (
        "The treaty was signed on 30 May 1913. On the night of 29 to 30 June, Bulgaria attacked.",
        "2010-11-18",
        [("30 May 1913", "DATE", "1913-05-30"), ("the night of 29 to 30 June", "TIME", "1913-06-29TNI")],
    ),
    (
        "The raid came on the night of 8 to 9 May 1917.",
        "2010-11-18",
        [("the night of 8 to 9 May 1917", "TIME", "1917-05-08TNI")],
    ),
    (
        (
            "The war began in 431 BC. In 415 Athens sent a huge expedition to Sicily. It ended in "
            "disaster in September 413."
        ),
        "2008-06-30",
        [("431 BC", "DATE", "BC0431"), ("415", "DATE", "BC0415"), ("September 413", "DATE", "BC0413-09")],
    ),
    (
        "The war began in 431 BC. In 425 Athens trapped a Spartan force.",
        "2008-06-30",
        [("431 BC", "DATE", "BC0431"), ("425", "DATE", "BC0425")],
    ),
    (
        (
            "The war began in 431 BC. Athens won at Arginusae in 406 but lost its last fleet the "
            "following year."
        ),
        "2008-06-30",
        [("431 BC", "DATE", "BC0431"), ("406", "DATE", "BC0406"), ("the following year", "DATE", "BC0405")],
    ),
    (
        "The Vandals crossed into Africa in 429 but failed to take Hippo.",
        "2008-06-30",
        [("429", "DATE", "0429")],
    ),
    (
        "The war began in 431 BC. The plague returned in the winter of 427/426.",
        "2008-06-30",
        [("431 BC", "DATE", "BC0431"), ("the winter of 427/426", "DATE", "BC0427-WI")],
    ),
    (
        "Xerxes invaded Greece in 480 BC. The Greek fleet spent the winter of 480/479 at Salamis.",
        "2008-06-30",
        [("480 BC", "DATE", "BC0480"), ("the winter of 480/479", "DATE", "BC0480-WI")],
    ),
    (
        (
            "The war began in 431 BC. The Peace of Nicias was concluded in 421, ten years after the "
            "war had begun."
        ),
        "2008-06-30",
        [
            ("431 BC", "DATE", "BC0431"),
            ("421", "DATE", "BC0421"),
            ("ten years after the war had begun", "DATE", "BC0421"),
        ],
    ),
    (
        "The war began in 264 BC. Rome made peace in 241, twenty-three years after it began.",
        "2008-06-30",
        [
            ("264 BC", "DATE", "BC0264"),
            ("241", "DATE", "BC0241"),
            ("twenty-three years after it began", "DATE", "BC0241"),
        ],
    ),
    (
        "The Friday Mosque, begun in 1521, was completed in 1530.",
        "2008-11-30",
        [("1521", "DATE", "1521"), ("1530", "DATE", "1530")],
    ),
    (
        "The Saturday Club, a Boston dining society, was founded in 1855.",
        "2009-04-02",
        [("1855", "DATE", "1855")],
    ),
    (
        ("Members of the Tuesday Club met at the Sign of the Ship tavern in Annapolis from 1745 to 1756."),
        "2012-01-20",
        [("1745", "DATE", "1745"), ("1756", "DATE", "1756")],
    ),
    (
        (
            "The liner entered service in 1907. In her early years she sailed to Quebec in the "
            "summer months and to Saint John in winter, when the river was closed by ice."
        ),
        "2012-05-17",
        [
            ("1907", "DATE", "1907"),
            ("early years", "DURATION", "PXY"),
            ("the summer months", "DATE", "XXXX-SU"),
            ("winter", "DATE", "XXXX-WI"),
        ],
    ),
    (
        (
            "The steamer was launched in 1852. Each year she ran to Archangel in the summer and lay "
            "up at Hull in winter."
        ),
        "2010-09-03",
        [
            ("1852", "DATE", "1852"),
            ("Each year", "SET", "P1Y"),
            ("the summer", "DATE", "XXXX-SU"),
            ("winter", "DATE", "XXXX-WI"),
        ],
    ),
    (
        (
            "The ferry entered service in 1964. For thirty years she sailed to the islands in the "
            "summer months and served as a training ship in winter."
        ),
        "2013-04-22",
        [
            ("1964", "DATE", "1964"),
            ("thirty years", "DURATION", "P30Y"),
            ("the summer months", "DATE", "XXXX-SU"),
            ("winter", "DATE", "XXXX-WI"),
        ],
    ),
    (
        (
            "War broke out in August 1914. In the second winter of the war the ship was sent to the "
            "Mediterranean."
        ),
        "2012-05-17",
        [("August 1914", "DATE", "1914-08"), ("the second winter of the war", "DATE", "1915-WI")],
    ),
    (
        (
            "In 1846 he married Harriet May, the daughter of a mill agent. May's father lent him the "
            "money for his first workshop."
        ),
        "2009-06-02",
        [("1846", "DATE", "1846")],
    ),
    (
        (
            "In 1903 he hired a young draughtsman, Thomas March. March's drawings of the engine "
            "survive in the Science Museum."
        ),
        "2012-04-11",
        [("1903", "DATE", "1903")],
    ),
    (
        "Her first novel, Winter Roses, appeared in three volumes in 1889 and sold poorly.",
        "2012-10-09",
        [("1889", "DATE", "1889")],
    ),
    (
        "His best-known poem, Autumn Fires, was written in 1911.",
        "2012-10-09",
        [("1911", "DATE", "1911")],
    ),
    (
        "An unfinished novel, Michaelmas, was published posthumously in 1934.",
        "2012-10-09",
        [("1934", "DATE", "1934")],
    ),
    (
        "His second collection, Christmas at Thornby, appeared in 1902.",
        "2012-10-09",
        [("1902", "DATE", "1902")],
    ),
    (
        "His memoir, Ten Days in Petrograd, appeared in 1919.",
        "2013-02-26",
        [("1919", "DATE", "1919")],
    ),
    (
        "In 1887, the fiftieth year of Queen Victoria's reign, she published a volume of verse.",
        "2012-10-09",
        [("1887", "DATE", "1887"), ("the fiftieth year of Queen Victoria's reign", "DATE", "1887")],
    ),
    (
        (
            "The landings took place in April 1944. He took command of the division that September, "
            "at Hollandia."
        ),
        "2008-11-17",
        [("April 1944", "DATE", "1944-04"), ("that September", "DATE", "1944-09")],
    ),
    (
        (
            "She married in 1891 and published her first book that October, at the height of the "
            "Home Rule crisis."
        ),
        "2012-10-09",
        [("1891", "DATE", "1891"), ("that October", "DATE", "1891-10")],
    ),
    (
        "He retired in 1956 and spent the next quarter-century on his farm.",
        "2008-11-17",
        [("1956", "DATE", "1956"), ("the next quarter-century", "DURATION", "P25Y")],
    ),
    (
        "The bank failed in 1893. Over the following quarter century the town slowly recovered.",
        "2009-06-02",
        [("1893", "DATE", "1893"), ("the following quarter century", "DURATION", "P25Y")],
    ),
    (
        "Pell spent his winters in Florida and returned to Lowell every spring.",
        "2009-06-02",
        [("winters", "SET", "XXXX-WI"), ("every spring", "SET", "XXXX-SP")],
    ),
    (
        "After 1890 she spent her summers at Bar Harbor.",
        "2012-10-09",
        [("1890", "DATE", "1890"), ("summers", "SET", "XXXX-SU")],
    ),
    (
        (
            "The offensive was launched on 30 January 1968. In late 1967 North Vietnamese units "
            "fought a battle at Dak To in November."
        ),
        "2013-01-30",
        [
            ("30 January 1968", "DATE", "1968-01-30"),
            ("late 1967", "DATE", "1967", "END"),
            ("November", "DATE", "1967-11"),
        ],
    ),
    (
        (
            "The war broke out on 25 June 1950. Late in 1949 the North moved two divisions to the "
            "border in November."
        ),
        "2012-09-20",
        [
            ("25 June 1950", "DATE", "1950-06-25"),
            ("Late in 1949", "DATE", "1949", "END"),
            ("November", "DATE", "1949-11"),
        ],
    ),
    (
        "The war broke out on 25 June 1950. In 1949 the army had crossed the river in November.",
        "2012-09-20",
        [("25 June 1950", "DATE", "1950-06-25"), ("1949", "DATE", "1949"), ("November", "DATE", "1949-11")],
    ),
    (
        ("The offensive was launched on 30 January 1968. In 1967 the units had fought at Dak To in May."),
        "2013-01-30",
        [("30 January 1968", "DATE", "1968-01-30"), ("1967", "DATE", "1967"), ("May", "DATE", "1967-05")],
    ),
    (
        (
            "Egypt and Syria attacked again on 6 October 1973. The war of 1967 began on 5 June with "
            "an air strike."
        ),
        "2009-06-05",
        [
            ("6 October 1973", "DATE", "1973-10-06"),
            ("1967", "DATE", "1967"),
            ("5 June", "DATE", "1967-06-05"),
        ],
    ),
    (
        (
            "The Japanese struck Pearl Harbor on 7 December 1941. The attack of 1937 on Shanghai had "
            "begun on 13 August."
        ),
        "2011-12-07",
        [
            ("7 December 1941", "DATE", "1941-12-07"),
            ("1937", "DATE", "1937"),
            ("13 August", "DATE", "1937-08-13"),
        ],
    ),
    (
        (
            "The Chinese crossed the Yalu in October 1950. Earlier, on 2 February, the North had "
            "secretly asked Moscow for tanks."
        ),
        "2012-09-20",
        [("October 1950", "DATE", "1950-10"), ("2 February", "DATE", "1950-02-02")],
    ),
    (
        (
            "The offensive began on 30 January 1968. A third phase followed in August. Earlier, on "
            "27 February, Walter Cronkite had told viewers that the war was a stalemate."
        ),
        "2013-01-30",
        [
            ("30 January 1968", "DATE", "1968-01-30"),
            ("August", "DATE", "1968-08"),
            ("27 February", "DATE", "1968-02-27"),
        ],
    ),
    (
        (
            "The offensive opened on 16 December 1944, and the front was restored by 25 January "
            "1945. The retreat that December was costly."
        ),
        "2010-12-16",
        [
            ("16 December 1944", "DATE", "1944-12-16"),
            ("25 January 1945", "DATE", "1945-01-25"),
            ("that December", "DATE", "1944-12"),
        ],
    ),
    (
        (
            "The town was relieved on 26 December 1944. In later years veterans returned to lay "
            "wreaths in Bastogne."
        ),
        "2010-12-16",
        [("26 December 1944", "DATE", "1944-12-26"), ("later years", "DURATION", "PXY")],
    ),
    (
        ("The town was relieved on 26 December 1944. In subsequent years veterans returned to lay wreaths."),
        "2010-12-16",
        [("26 December 1944", "DATE", "1944-12-26"), ("subsequent years", "DURATION", "PXY")],
    ),
    (
        (
            "The Communists held the Citadel of Hue until 24 February 1968 and executed some 2,800 "
            "civilians, whose bodies were found in mass graves the following year. On 5 May the "
            "second wave of the offensive began."
        ),
        "2013-01-30",
        [
            ("24 February 1968", "DATE", "1968-02-24"),
            ("the following year", "DATE", "1969"),
            ("5 May", "DATE", "1968-05-05"),
        ],
    ),
    (
        (
            "The Marines cleared Seoul on 27 September 1950, although the last booby traps in the "
            "city were not removed until the following year. On 1 October South Korean troops "
            "crossed the 38th parallel."
        ),
        "2012-09-20",
        [
            ("27 September 1950", "DATE", "1950-09-27"),
            ("the following year", "DATE", "1951"),
            ("1 October", "DATE", "1950-10-01"),
        ],
    ),
    (
        "The treaty was signed on 13 March 1940. Negotiations had been going on since 12 October.",
        "2012-11-30",
        [("13 March 1940", "DATE", "1940-03-13"), ("12 October", "DATE", "1939-10-12")],
    ),
    (
        ("The fortress surrendered on 2 January 1905. The garrison had been under siege since 1 August."),
        "2009-02-08",
        [("2 January 1905", "DATE", "1905-01-02"), ("1 August", "DATE", "1904-08-01")],
    ),
    (
        "The city fell on 8 September 1855. The allies had been shelling it since 17 October.",
        "2010-03-14",
        [("8 September 1855", "DATE", "1855-09-08"), ("17 October", "DATE", "1854-10-17")],
    ),
    (
        (
            "The fortress fell on 2 January 1905. The siege had begun on 1 August 1904, and the "
            "first assault failed on 24 August."
        ),
        "2009-02-08",
        [
            ("2 January 1905", "DATE", "1905-01-02"),
            ("1 August 1904", "DATE", "1904-08-01"),
            ("24 August", "DATE", "1904-08-24"),
        ],
    ),
    (
        (
            "The war ended with a treaty on 13 March 1940. Talks had opened in Moscow on 12 October "
            "1939, but they broke down in mid-November."
        ),
        "2012-11-30",
        [
            ("13 March 1940", "DATE", "1940-03-13"),
            ("12 October 1939", "DATE", "1939-10-12"),
            ("mid-November", "DATE", "1939-11", "MID"),
        ],
    ),
    (
        (
            "Napoleon III surrendered at Sedan on 2 September 1870. In Germany, 2 September was "
            "celebrated as a national holiday until 1919."
        ),
        "2011-07-19",
        [
            ("2 September 1870", "DATE", "1870-09-02"),
            ("2 September", "DATE", "XXXX-09-02"),
            ("1919", "DATE", "1919"),
        ],
    ),
    (
        (
            "The Boers surrendered on 31 May 1902. In the Transvaal, 16 December was a public "
            "holiday until 1994."
        ),
        "2011-07-19",
        [
            ("31 May 1902", "DATE", "1902-05-31"),
            ("16 December", "DATE", "XXXX-12-16"),
            ("1994", "DATE", "1994"),
        ],
    ),
    (
        (
            "Troops attacked the university on the night of 25 March 1971, and Mujib was arrested in "
            "the early hours of the following morning."
        ),
        "2011-12-16",
        [
            ("the night of 25 March 1971", "TIME", "1971-03-25TNI"),
            ("the early hours of the following morning", "TIME", "1971-03-26TMO", "START"),
        ],
    ),
    (
        (
            "The fleet entered the strait on 26 May 1905 and was attacked in the early hours of the "
            "next morning."
        ),
        "2009-02-08",
        [
            ("26 May 1905", "DATE", "1905-05-26"),
            ("the early hours of the next morning", "TIME", "1905-05-27TMO", "START"),
        ],
    ),
    (
        (
            "In 1859 he married Harriet May, the daughter of a Sunderland banker; May died in 1879, "
            "leaving him with four children."
        ),
        "2010-06-14",
        [("1859", "DATE", "1859"), ("1879", "DATE", "1879")],
    ),
    (
        "The estate passed to his nephew, Henry March, in 1902. March sold it in 1911.",
        "2011-05-02",
        [("1902", "DATE", "1902"), ("1911", "DATE", "1911")],
    ),
    (
        "The party reached the depot below Thursday Bluff on 25 December 1910.",
        "2011-03-02",
        [("25 December 1910", "DATE", "1910-12-25")],
    ),
    (
        "On 19 September 1861 he found a chain of rock holes he named the Good Friday Springs.",
        "2008-09-30",
        [("19 September 1861", "DATE", "1861-09-19")],
    ),
    (
        "The expedition crossed the Christmas Range on 4 June 1874.",
        "2010-04-11",
        [("4 June 1874", "DATE", "1874-06-04")],
    ),
    (
        "They rested for a week at Easter Creek in April 1861.",
        "2010-04-11",
        [("a week", "DURATION", "P1W"), ("April 1861", "DATE", "1861-04")],
    ),
    (
        (
            "For most of the 1860s he practised on the Northern Circuit, spending his winters in "
            "London and his summers in Newcastle."
        ),
        "2010-06-14",
        [("the 1860s", "DATE", "186"), ("winters", "SET", "XXXX-WI"), ("summers", "SET", "XXXX-SU")],
    ),
    (
        "After 1880 he spent his winters in Nice and his summers in Scotland.",
        "2010-06-14",
        [("1880", "DATE", "1880"), ("winters", "SET", "XXXX-WI"), ("summers", "SET", "XXXX-SU")],
    ),
    (
        "After his retirement in 1905 he passed his winters in Menton.",
        "2012-08-05",
        [("1905", "DATE", "1905"), ("winters", "SET", "XXXX-WI")],
    ),
    (
        ("A mutiny broke out in Herat in March 1979. Taraki was overthrown that September by his deputy."),
        "2008-10-30",
        [("March 1979", "DATE", "1979-03"), ("that September", "DATE", "1979-09")],
    ),
    (
        (
            "The rebellion was put down in June 1913. The war shaped relations between the two "
            "countries for most of the century."
        ),
        "2010-11-05",
        [("June 1913", "DATE", "1913-06"), ("the century", "DATE", "19")],
    ),
    (
        "The rebellion broke out in 1912 and the tension lasted for much of the century.",
        "2010-01-01",
        [("1912", "DATE", "1912"), ("the century", "DATE", "19")],
    ),
]

NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Ibrahim's reign (1512–1547) was the dynasty's golden age. In the third year of his "
            "reign he concluded a trade treaty with the Portuguese at Goa."
        ),
        "2008-11-30",
        [("1512", "DATE", "1512"), ("1547", "DATE", "1547"), ("the third year of his reign", "DATE", "1514")],
    ),
    (
        (
            "Henry VIII (reigned 1509–1547) founded the college. In the fifth year of his reign he "
            "went to war with France."
        ),
        "2010-06-11",
        [("1509", "DATE", "1509"), ("1547", "DATE", "1547"), ("the fifth year of his reign", "DATE", "1513")],
    ),
    (
        ("Mahmud II ruled from 1581 to 1632. In the tenth year of his reign he moved the capital to Bidar."),
        "2011-02-07",
        [("1581", "DATE", "1581"), ("1632", "DATE", "1632"), ("the tenth year of his reign", "DATE", "1590")],
    ),
    (
        (
            "The old king died in 1581 and was succeeded by his son Mahmud. In the tenth year of his "
            "reign Mahmud moved the capital to Bidar."
        ),
        "2011-02-07",
        [("1581", "DATE", "1581"), ("the tenth year of his reign", "DATE", "1590")],
    ),
    (
        ("War broke out in August 1914. The ship spent the first winter of the war patrolling off Iceland."),
        "2012-05-17",
        [("August 1914", "DATE", "1914-08"), ("the first winter of the war", "DATE", "1914-WI")],
    ),
    (
        ("The war began in 1861. During the first winter of the war the regiment camped near Washington."),
        "2009-10-05",
        [("1861", "DATE", "1861"), ("the first winter of the war", "DATE", "1861-WI")],
    ),
    (
        (
            "George III came to the throne in 1760. In the fortieth year of King George's reign the "
            "Act of Union was passed."
        ),
        "2011-03-14",
        [("1760", "DATE", "1760"), ("the fortieth year of King George's reign", "DATE", "1799")],
    ),
    (
        (
            "The offensive opened on 16 December 1944. On the second day of the battle, German "
            "troops shot about 84 prisoners near Malmedy."
        ),
        "2010-12-16",
        [("16 December 1944", "DATE", "1944-12-16"), ("the second day of the battle", "DATE", "1944-12-17")],
    ),
    (
        (
            "The landings began on 15 September 1950. On the third day of the operation the Marines "
            "took Kimpo airfield."
        ),
        "2012-09-20",
        [
            ("15 September 1950", "DATE", "1950-09-15"),
            ("the third day of the operation", "DATE", "1950-09-17"),
        ],
    ),
    (
        ("Pakistan surrendered on 16 December 1971. Today Bangladeshis mark 16 December as Victory Day."),
        "2011-03-14",
        [
            ("16 December 1971", "DATE", "1971-12-16"),
            ("Today", "DATE", "PRESENT_REF"),
            ("16 December", "DATE", "XXXX-12-16"),
            ("Victory Day", "DATE", "XXXX-12-16"),
        ],
    ),
    (
        (
            "The war ended in March 1940. The 105 days of the Winter War hold a central place in "
            "Finnish memory."
        ),
        "2012-11-30",
        [("March 1940", "DATE", "1940-03"), ("The 105 days of the Winter War", "DURATION", "P105D")],
    ),
    (
        ("The war ended in December 1971. The nine months of the Liberation War shape Bangladeshi politics."),
        "2011-12-16",
        [("December 1971", "DATE", "1971-12"), ("The nine months of the Liberation War", "DURATION", "P9M")],
    ),
    (
        "He retired on March 3, 1905, the last day of the 58th Congress.",
        "2012-08-05",
        [
            ("March 3, 1905", "DATE", "1905-03-03"),
            ("the last day of the 58th Congress", "DATE", "1905-03-03"),
        ],
    ),
    (
        "He took his seat on March 4, 1861, the first day of the 37th Congress.",
        "2012-08-05",
        [
            ("March 4, 1861", "DATE", "1861-03-04"),
            ("the first day of the 37th Congress", "DATE", "1861-03-04"),
        ],
    ),
    (
        "He took his seat on 31 January 1911, the first day of the new Parliament.",
        "2010-06-14",
        [
            ("31 January 1911", "DATE", "1911-01-31"),
            ("the first day of the new Parliament", "DATE", "1911-01-31"),
        ],
    ),
    (
        "He took his seat on 31 January 1911, the first day of the new Reichstag.",
        "2009-11-20",
        [
            ("31 January 1911", "DATE", "1911-01-31"),
            ("the first day of the new Reichstag", "DATE", "1911-01-31"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_36(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_36_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
