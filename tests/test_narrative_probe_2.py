"""A second probe of narrative mode: passages of wars the first probe
(tests/test_narrative_probe.py) and the whole articles (tests/test_narrative_documents.py) do not
tell (the Seven Years' War, the Wars of the Roses, the Crusades, the Mongol invasions, the Opium
Wars and the Taiping, the Paraguayan and Chaco wars, the Spanish-American War, the Nigerian and
Algerian wars, the Kosovo and Eritrean-Ethiopian wars, the Pacific island campaigns ...), written
the way an encyclopaedia tells a war, each with the expressions it must give (span, type, value).

The dates anchor on the story, not on the creation date (2012-06-01, as an online encyclopaedia
has); values follow ../shared/TIMEX3.md. Most passages read right already and stay as regression
cases; the first ones are the faults this probe found.
"""

from __future__ import annotations

import pytest
from probes import assert_valued

from dateline import annotate, annotate_document

DCT = "2012-06-01"

#: (passage, [(span, type, value), ...]): only the listed expressions are checked.
CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    # -- faults this probe found
    # "later that summer" keeps "later", as "later that month" does; the season is the story's.
    (
        "Lord Raglan died of cholera on 28 June 1855. Later that summer the Russians abandoned the "
        "south side of Sevastopol.",
        [("Later that summer", "DATE", "1855-SU")],
    ),
    (
        "The Mongols took Kiev in December 1240. Earlier that winter they had crossed the frozen Dnieper.",
        [("Earlier that winter", "DATE", "1240-WI")],
    ),
    # A day or a night next to a story's time that knows only the month stays in that month.
    (
        "Shamil surrendered at Gunib in August 1859. The next morning he was sent north under escort.",
        [("August 1859", "DATE", "1859-08"), ("The next morning", "TIME", "1859-08-XXTMO")],
    ),
    (
        "The Boers struck at Spion Kop in January 1900. The next day the British withdrew.",
        [("The next day", "DATE", "1900-01-XX")],
    ),
    (
        "Saladin took Jerusalem in October 1187. The previous day the patriarch had offered terms.",
        [("The previous day", "DATE", "1187-10-XX")],
    ),
    # ... a count of days may leave it: only the year is known.
    (
        "The Mongols took Baghdad in February 1258. Ten days later the caliph was put to death.",
        [("Ten days later", "DATE", "1258-XX-XX")],
    ),
    # A weekday a medieval history names is that of the Julian date it gives, not of the same
    # numbers in the Gregorian calendar: it does not move the day to another year.
    (
        "Henry landed in France in August 1415. He fought at Agincourt on Friday, 25 October.",
        [("Friday, 25 October", "DATE", "1415-10-25")],
    ),
    (
        "Harold marched south in 1066. On Saturday, 14 October he fought at Hastings.",
        [("Saturday, 14 October", "DATE", "1066-10-14")],
    ),
    (
        "Edward returned in March 1471. He won at Barnet on Easter Sunday, 14 April, and at Tewkesbury "
        "on 4 May.",
        [("Easter Sunday, 14 April", "DATE", "1471-04-14"), ("4 May", "DATE", "1471-05-04")],
    ),
    # ... and a bare weekday after a Julian date counts on from that date's weekday (28 September
    # 1066 was a Thursday).
    (
        "The Normans landed at Pevensey on 28 September 1066. On Saturday the news reached Harold.",
        [("Saturday", "DATE", "1066-09-30")],
    ),
    # A military clock without "hours": "at 0400", or "at 1430" before the day it is on.
    (
        "The marines went ashore on Iwo Jima at 0900 on 19 February 1945. By noon the beach was crowded.",
        [("0900 on 19 February 1945", "TIME", "1945-02-19T09:00"), ("noon", "TIME", "1945-02-19T12:00")],
    ),
    (
        "The British barrage on the Somme began on 24 June 1916. On 1 July the whistles blew at 0730.",
        [("1 July", "DATE", "1916-07-01"), ("0730", "TIME", "1916-07-01T07:30")],
    ),
    # A section on another front that opens years back starts its own story there: its first date
    # is no aside, though the years after it return to the story's time before the heading.
    (
        "Montreal surrendered in September 1760.\n\nIndia\nClive recaptured Calcutta in January 1757 "
        "and won at Plassey on 23 June. The French were beaten at Wandiwash in January 1760, and "
        "Pondicherry fell a year later.",
        [
            ("January 1757", "DATE", "1757-01"),
            ("23 June", "DATE", "1757-06-23"),
            ("a year later", "DATE", "1761"),
        ],
    ),
    # "the summer months of 1917" are that summer, as one expression.
    (
        "The Russian army held its lines through the summer months of 1917. In the winter months of "
        "1917–18 it melted away.",
        [
            ("the summer months of 1917", "DATE", "1917-SU"),
            ("the winter months of 1917–18", "DATE", "1917-WI"),
        ],
    ),
    # "That winter" after a year alone is the winter that begins in it, as "the winter" is (not
    # the one its first day falls in); BC too.
    (
        "Napoleon invaded Russia in 1812. That winter the remnant of his army struggled back to the Niemen.",
        [("That winter", "DATE", "1812-WI")],
    ),
    (
        "Hannibal crossed the Alps in 218 BC. That winter he rested his army in the Po valley.",
        [("That winter", "DATE", "BC0218-WI")],
    ),
    # "the 17th parallel" is a line on the map, not a day of the month.
    (
        "The Geneva Accords of July 1954 divided Vietnam at the 17th parallel. Elections were due "
        "two years later.",
        [("July 1954", "DATE", "1954-07"), ("two years later", "DATE", "1956")],
    ),
    # -- forms that already read right (regression cases)
    (
        "Omar Pasha crossed the Danube in the spring of 1854. That autumn the allies landed in the Crimea.",
        [("the spring of 1854", "DATE", "1854-SP"), ("That autumn", "DATE", "1854-FA")],
    ),
    (
        "The allied armies spent the winter of 1854–55 in the trenches before Sevastopol.",
        [("the winter of 1854–55", "DATE", "1854-WI")],
    ),
    (
        "Kars was besieged from June 1855. Within a fortnight the garrison was short of food.",
        [("June 1855", "DATE", "1855-06"), ("a fortnight", "DURATION", "P2W")],
    ),
    (
        "Napoleon III capitulated at Sedan on 2 September 1870. Two days later a republic was proclaimed "
        "in Paris.",
        [("2 September 1870", "DATE", "1870-09-02"), ("Two days later", "DATE", "1870-09-04")],
    ),
    (
        "By 1871 the German states had been united under the Prussian king.",
        [("1871", "DATE", "1871")],
    ),
    (
        "Frederick invaded Saxony in August 1756. The following year he was beaten at Kolin.",
        [("August 1756", "DATE", "1756-08"), ("The following year", "DATE", "1757")],
    ),
    (
        "The war in North America ended in 1760. Three years later the Treaty of Paris gave Canada to "
        "Britain.",
        [("Three years later", "DATE", "1763")],
    ),
    (
        "Edward of York won at Towton on 29 March 1461. He was crowned that June.",
        [("29 March 1461", "DATE", "1461-03-29"), ("that June", "DATE", "1461-06")],
    ),
    (
        "Henry Tudor landed at Milford Haven on 7 August 1485. Two weeks later he defeated Richard III "
        "at Bosworth.",
        [("Two weeks later", "DATE", "1485-W34")],
    ),
    (
        "The struggle between Lancaster and York lasted for the next three decades.",
        [("the next three decades", "DURATION", "P30Y")],
    ),
    (
        "Hannibal crossed the Alps in 218 BC. Two years later he destroyed a Roman army at Cannae.",
        [("218 BC", "DATE", "BC0218"), ("Two years later", "DATE", "BC0216")],
    ),
    (
        "Scipio landed in Africa in 204 BC, and the war ended with the battle of Zama in 202 BC.",
        [("204 BC", "DATE", "BC0204"), ("202 BC", "DATE", "BC0202")],
    ),
    (
        "Carthage was destroyed in the 2nd century BC.",
        [("the 2nd century BC", "DATE", "BC01")],
    ),
    (
        "The crusaders reached Jerusalem in June 1099. After a siege of five weeks the city fell on 15 July.",
        [
            ("June 1099", "DATE", "1099-06"),
            ("five weeks", "DURATION", "P5W"),
            ("15 July", "DATE", "1099-07-15"),
        ],
    ),
    (
        "Saladin took Jerusalem in October 1187. The news reached the West by the end of the year.",
        [("October 1187", "DATE", "1187-10"), ("the end of the year", "DATE", "1187")],
    ),
    (
        "The Fourth Crusade sacked Constantinople in April 1204. The Latin Empire lasted until 1261.",
        [("April 1204", "DATE", "1204-04"), ("1261", "DATE", "1261")],
    ),
    (
        "Genghis Khan invaded the Khwarazmian Empire in 1219. Within two years its great cities had fallen.",
        [("1219", "DATE", "1219"), ("two years", "DURATION", "P2Y")],
    ),
    (
        "The Mongols sacked Kiev in December 1240. The following spring they invaded Poland and Hungary.",
        [("December 1240", "DATE", "1240-12"), ("The following spring", "DATE", "1241-SP")],
    ),
    (
        "In the early 13th century the Mongols united the steppe tribes.",
        [("the early 13th century", "DATE", "12")],
    ),
    (
        "The First Opium War began in 1839. Hong Kong was ceded to Britain three years later.",
        [("1839", "DATE", "1839"), ("three years later", "DATE", "1842")],
    ),
    (
        "The Taiping rebels took Nanjing in March 1853 and held it for the next eleven years.",
        [("March 1853", "DATE", "1853-03"), ("the next eleven years", "DURATION", "P11Y")],
    ),
    (
        "The rebellion was crushed in the 1860s with the help of foreign officers.",
        [("the 1860s", "DATE", "186")],
    ),
    (
        "Paraguay declared war on Argentina in March 1865. By the end of the month its troops had taken "
        "Corrientes.",
        [("March 1865", "DATE", "1865-03"), ("the end of the month", "DATE", "1865-03")],
    ),
    (
        "Lopez was killed at Cerro Cora on 1 March 1870, and the war ended the same day.",
        [("1 March 1870", "DATE", "1870-03-01"), ("the same day", "DATE", "1870-03-01")],
    ),
    (
        "The Chaco War broke out in June 1932. For the next three years Bolivia and Paraguay fought over "
        "the desert.",
        [("June 1932", "DATE", "1932-06"), ("the next three years", "DURATION", "P3Y")],
    ),
    (
        "A truce was signed on 12 June 1935, and the peace treaty followed in 1938.",
        [("12 June 1935", "DATE", "1935-06-12"), ("1938", "DATE", "1938")],
    ),
    (
        "The Maine exploded in Havana harbour on 15 February 1898. Two months later Congress declared war.",
        [("15 February 1898", "DATE", "1898-02-15"), ("Two months later", "DATE", "1898-04")],
    ),
    (
        "The United States declared war on Spain in April 1898. Dewey destroyed the Spanish squadron at "
        "Manila Bay on 1 May. Santiago fell in mid-July.",
        [("1 May", "DATE", "1898-05-01"), ("mid-July", "DATE", "1898-07")],
    ),
    (
        "The Biafran secession was declared on 30 May 1967. Fighting began in early July.",
        [("30 May 1967", "DATE", "1967-05-30"), ("early July", "DATE", "1967-07")],
    ),
    (
        "Biafra surrendered in January 1970 after two and a half years of war.",
        [("January 1970", "DATE", "1970-01"), ("two and a half years of war", "DURATION", "P2Y6M")],
    ),
    (
        "The Algerian War began on 1 November 1954 with attacks across the country. In the summer of "
        "1955 the fighting spread to the cities.",
        [("1 November 1954", "DATE", "1954-11-01"), ("the summer of 1955", "DATE", "1955-SU")],
    ),
    (
        "De Gaulle returned to power in May 1958. Four years later Algeria became independent.",
        [("May 1958", "DATE", "1958-05"), ("Four years later", "DATE", "1962")],
    ),
    (
        "The Greeks rose against Ottoman rule in March 1821. By the end of that year the Peloponnese was "
        "theirs.",
        [("March 1821", "DATE", "1821-03"), ("the end of that year", "DATE", "1821")],
    ),
    (
        "Marlborough marched to the Danube in the summer of 1704 and won at Blenheim on 13 August.",
        [("the summer of 1704", "DATE", "1704-SU"), ("13 August", "DATE", "1704-08-13")],
    ),
    (
        "The war of the Spanish Succession ended with the treaties of 1713–14.",
        [("1713", "DATE", "1713"), ("14", "DATE", "1714")],
    ),
    (
        "NATO began bombing Yugoslavia on 24 March 1999. The campaign lasted 78 days.",
        [("24 March 1999", "DATE", "1999-03-24"), ("78 days", "DURATION", "P78D")],
    ),
    (
        "Fighting between Eritrea and Ethiopia broke out in May 1998. A second offensive followed in "
        "February 1999, and a third in May 2000.",
        [
            ("May 1998", "DATE", "1998-05"),
            ("February 1999", "DATE", "1999-02"),
            ("May 2000", "DATE", "2000-05"),
        ],
    ),
    (
        "American marines landed on Guadalcanal on 7 August 1942. The campaign lasted six months.",
        [("7 August 1942", "DATE", "1942-08-07"), ("six months", "DURATION", "P6M")],
    ),
    (
        "The marines landed on Iwo Jima at 09:00 on 19 February 1945. Four days later the flag was "
        "raised on Mount Suribachi.",
        [
            ("09:00 on 19 February 1945", "TIME", "1945-02-19T09:00"),
            ("Four days later", "DATE", "1945-02-23"),
        ],
    ),
    (
        "Okinawa was invaded on 1 April 1945. By late June the island was in American hands.",
        [("1 April 1945", "DATE", "1945-04-01"), ("late June", "DATE", "1945-06")],
    ),
    (
        "The Japanese fleet attacked Port Arthur on the night of 8–9 February 1904.",
        [("the night of 8–9 February 1904", "TIME", "1904-02-08TNI")],
    ),
    (
        "Togo met the Russian fleet at Tsushima on 27 May 1905. The battle ended the next day.",
        [("the next day", "DATE", "1905-05-28")],
    ),
    (
        "In the late 18th century Britain fought four wars with Mysore.",
        [("the late 18th century", "DATE", "17")],
    ),
    (
        "Tipu Sultan was killed in May 1799. His father had seized power in 1761.",
        [("May 1799", "DATE", "1799-05"), ("1761", "DATE", "1761")],
    ),
    (
        "The siege of Vienna lasted two months in 1683.",
        [("two months", "DURATION", "P2M"), ("1683", "DATE", "1683")],
    ),
    (
        "The Turks reached Vienna on 14 July 1683. At dawn on 12 September the relief army attacked.",
        [("dawn", "TIME", "1683-09-12TMO"), ("12 September", "DATE", "1683-09-12")],
    ),
    (
        "The Normans landed at Pevensey on 28 September 1066. Harold marched south and reached Hastings "
        "on 13 October. The battle was fought the next day.",
        [("13 October", "DATE", "1066-10-13"), ("the next day", "DATE", "1066-10-14")],
    ),
    (
        "The battlefield is today a national park.",
        [("today", "DATE", "PRESENT_REF")],
    ),
    (
        "The rising of 1848 was crushed within weeks.",
        [("1848", "DATE", "1848"), ("weeks", "DURATION", "PXW")],
    ),
    (
        "Charles XII invaded Russia in 1708. The winter that followed was the coldest in a century.",
        [("1708", "DATE", "1708")],
    ),
    (
        "In the autumn of 1812 the French army retreated from Moscow.",
        [("the autumn of 1812", "DATE", "1812-FA")],
    ),
    (
        "The Bosnian War lasted from April 1992 to December 1995.",
        [("April 1992", "DATE", "1992-04"), ("December 1995", "DATE", "1995-12")],
    ),
    (
        "The Dayton Agreement was initialled on 21 November 1995 and signed in Paris on 14 December.",
        [("21 November 1995", "DATE", "1995-11-21"), ("14 December", "DATE", "1995-12-14")],
    ),
    (
        "Caesar crossed the Rubicon in January 49 BC. By March he controlled Italy.",
        [("January 49 BC", "DATE", "BC0049-01"), ("March", "DATE", "BC0049-03")],
    ),
    (
        "Xerxes invaded Greece in 480 BC. The following year his army was destroyed at Plataea.",
        [("480 BC", "DATE", "BC0480"), ("The following year", "DATE", "BC0479")],
    ),
    (
        "Alexander died in Babylon in June 323 BC, aged 32.",
        [("June 323 BC", "DATE", "BC0323-06")],
    ),
    (
        "The siege of Mafeking began on 13 October 1899 and lasted 217 days.",
        [("13 October 1899", "DATE", "1899-10-13"), ("217 days", "DURATION", "P217D")],
    ),
    (
        "Mafeking was relieved on 17 May 1900. There were wild celebrations in London that night.",
        [("that night", "TIME", "1900-05-17TNI")],
    ),
    (
        "The Balkan League declared war in October 1912. Within six weeks the Ottoman armies had been "
        "driven back to Constantinople.",
        [("six weeks", "DURATION", "P6W")],
    ),
    (
        "The Treaty of Bucharest was signed on 10 August 1913. A year later Europe was at war.",
        [("A year later", "DATE", "1914")],
    ),
    (
        "The Crimean War ended in 1856. In the 1870s Russia rebuilt its Black Sea fleet.",
        [("1856", "DATE", "1856"), ("the 1870s", "DATE", "187")],
    ),
    (
        "The Light Brigade charged at Balaclava on 25 October 1854. Eleven days later the Russians "
        "attacked at Inkerman.",
        [("Eleven days later", "DATE", "1854-11-05")],
    ),
    (
        "The French stormed the Malakoff at noon on 8 September 1855.",
        [("noon on 8 September 1855", "TIME", "1855-09-08T12:00")],
    ),
    (
        "The Boers invaded Natal in October 1899. In the week of 10–15 December they won three battles.",
        [("October 1899", "DATE", "1899-10")],
    ),
    (
        "The first Boer War was fought in 1880–81.",
        [("1880", "DATE", "1880"), ("81", "DATE", "1881")],
    ),
    (
        "Kitchener's columns swept the veld throughout 1901.",
        [("1901", "DATE", "1901")],
    ),
    (
        "Argentina invaded the islands on 2 April 1982. The task force sailed from Portsmouth three days "
        "later.",
        [("three days later", "DATE", "1982-04-05")],
    ),
    (
        "The war ended on 14 June. Galtieri was removed from office within a week.",
        [("a week", "DURATION", "P1W")],
    ),
    (
        "The Japanese fleet left Truk in mid-February 1944. For the next two weeks the base was bombed "
        "from the air.",
        [("mid-February 1944", "DATE", "1944-02"), ("the next two weeks", "DURATION", "P2W")],
    ),
    (
        "Saipan fell on 9 July 1944. Guam was invaded on 21 July and Tinian three days later.",
        [("21 July", "DATE", "1944-07-21"), ("three days later", "DATE", "1944-07-24")],
    ),
    (
        "The Ottomans besieged Constantinople in the spring of 1453, and the city fell on 29 May.",
        [("the spring of 1453", "DATE", "1453-SP"), ("29 May", "DATE", "1453-05-29")],
    ),
    (
        "The Greek fleet was destroyed at Navarino in October 1827. Two years later the Ottomans "
        "recognised Greek autonomy.",
        [("Two years later", "DATE", "1829")],
    ),
    (
        "The Spanish Armada sailed in May 1588. By late July it was in the Channel.",
        [("late July", "DATE", "1588-07")],
    ),
    (
        "The war lasted seven years, from 1756 to 1763.",
        [("seven years", "DURATION", "P7Y"), ("1756", "DATE", "1756"), ("1763", "DATE", "1763")],
    ),
    (
        "The Prussians crossed the Rhine in August 1870. Metz was invested later in the month.",
        [("later in the month", "DATE", "1870-08")],
    ),
    (
        "The Boers struck at Ladysmith on 30 October 1899. The following morning the town was shelled.",
        [("The following morning", "TIME", "1899-10-31TMO")],
    ),
    (
        "Roberts entered Pretoria on 5 June 1900. That evening the British flag was raised.",
        [("That evening", "TIME", "1900-06-05TEV")],
    ),
    (
        "The Boers attacked at Spion Kop in January 1900. The next day the British withdrew.",
        [("January 1900", "DATE", "1900-01")],
    ),
    (
        "The Paraguayan War lasted from 1864 to 1870 and killed most of Paraguay's men.",
        [("1864", "DATE", "1864"), ("1870", "DATE", "1870")],
    ),
    (
        "The Thirty Years' War was fought between 1618 and 1648.",
        [("1618", "DATE", "1618"), ("1648", "DATE", "1648")],
    ),
    (
        "The Varus disaster took place in AD 9 in the Teutoburg Forest.",
        [("AD 9", "DATE", "0009")],
    ),
    (
        "In the mid-19th century the Qing dynasty faced rebellion on every side.",
        [("the mid-19th century", "DATE", "18")],
    ),
    (
        "Around 1450 the Ottomans began to build a new fleet.",
        [("Around 1450", "DATE", "1450")],
    ),
    (
        "The Mongols withdrew from Hungary in the spring of 1242. Ogedei had died the previous December.",
        [("the previous December", "DATE", "1241-12")],
    ),
    (
        "The Austrians attacked at first light on 18 June 1757.",
        [("first light", "TIME", "1757-06-18TMO")],
    ),
    (
        "The Ottoman army appeared before Rhodes on 26 June 1522. The siege lasted six months, and the "
        "knights surrendered on 22 December.",
        [("six months", "DURATION", "P6M"), ("22 December", "DATE", "1522-12-22")],
    ),
    (
        "Jerusalem fell in 1187. Richard I set out on crusade three years later, and reached Acre in "
        "June 1191.",
        [("three years later", "DATE", "1190"), ("June 1191", "DATE", "1191-06")],
    ),
    (
        "The Taiping rebellion lasted from 1850 to 1864. In the summer of 1860 the rebels threatened "
        "Shanghai. A year later they took Hangzhou.",
        [("the summer of 1860", "DATE", "1860-SU"), ("A year later", "DATE", "1861")],
    ),
    (
        "The Crimean War ended with the Treaty of Paris on 30 March 1856. Today the war is remembered "
        "for the Charge of the Light Brigade.",
        [("Today", "DATE", "PRESENT_REF")],
    ),
    (
        "The second Opium War broke out in October 1856. British and French troops burned the Summer "
        "Palace in October 1860.",
        [("October 1856", "DATE", "1856-10"), ("October 1860", "DATE", "1860-10")],
    ),
    (
        "The Seven Years' War began in 1756. In the previous decade Britain and France had fought in India.",
        [("the previous decade", "DATE", "174")],
    ),
    (
        "In the 1740s Britain and France fought in India. The Seven Years' War began in 1756.",
        [("the 1740s", "DATE", "174")],
    ),
    (
        "Bolivia attacked a Paraguayan fort on 15 June 1932. Paraguay retook it in September. The war "
        "lasted until 1935.",
        [("September", "DATE", "1932-09"), ("1935", "DATE", "1935")],
    ),
    (
        "Argentina surrendered on 14 June 1982 after 74 days of fighting.",
        [("74 days of fighting", "DURATION", "P74D")],
    ),
    (
        "The Kosovo War ended on 11 June 1999. The next morning NATO troops entered the province.",
        [("The next morning", "TIME", "1999-06-12TMO")],
    ),
    (
        "The Eritrean-Ethiopian War lasted from May 1998 to June 2000.",
        [("May 1998", "DATE", "1998-05"), ("June 2000", "DATE", "2000-06")],
    ),
    (
        "Ethiopia launched its final offensive in May 2000. Within three weeks the Eritrean army had "
        "been pushed back.",
        [("three weeks", "DURATION", "P3W")],
    ),
    (
        "The Falklands were taken on 2 April 1982. By the end of April a British task force was near.",
        [("the end of April", "DATE", "1982-04")],
    ),
    (
        "Fighting continued through the winter of 1941.",
        [("the winter of 1941", "DATE", "1941-WI")],
    ),
    (
        "The Bosnian Serbs took Srebrenica on 11 July 1995. Over the following days some 8,000 men were "
        "killed.",
        [("the following days", "DURATION", "PXD")],
    ),
    (
        "The Nigerian Civil War began on 6 July 1967. Early in 1968 the federal army took Port Harcourt.",
        [("Early in 1968", "DATE", "1968")],
    ),
    (
        "The war ended in January 1970. In the decades since, Nigeria has remained one state.",
        [("January 1970", "DATE", "1970-01")],
    ),
    (
        "The Algerian War ended with the Evian Accords of 18 March 1962. A ceasefire took effect the "
        "following day.",
        [("18 March 1962", "DATE", "1962-03-18"), ("the following day", "DATE", "1962-03-19")],
    ),
    (
        "Caesar invaded Britain in 55 BC and again the following year.",
        [("55 BC", "DATE", "BC0055"), ("the following year", "DATE", "BC0054")],
    ),
    (
        "The Gallic revolt broke out in the winter of 53–52 BC.",
        [("the winter of 53–52 BC", "DATE", "BC0053-WI")],
    ),
    (
        "Vercingetorix surrendered at Alesia in 52 BC. Six years later he was executed in Rome.",
        [("Six years later", "DATE", "BC0046")],
    ),
    (
        "The Greek fleet won at Salamis in September 480 BC. The following spring the Persians returned.",
        [("The following spring", "DATE", "BC0479-SP")],
    ),
    (
        "The Serbian army retreated across Albania in the winter of 1915. Some 150,000 men were "
        "evacuated to Corfu early the next year.",
        [("the winter of 1915", "DATE", "1915-WI")],
    ),
    (
        "Russia mobilised on 30 July 1914, and Germany declared war on her the next day.",
        [("the next day", "DATE", "1914-07-31")],
    ),
    (
        "The Japanese attacked Pearl Harbor early on the morning of 7 December 1941.",
        # (With its "early on", as the WikiWars gold draws "early in the morning of 29 April 1975".)
        [("early on the morning of 7 December 1941", "TIME", "1941-12-07TMO")],
    ),
    (
        "Midway was fought from 4 to 7 June 1942. The Japanese lost four carriers in a single day.",
        [("a single day", "DURATION", "P1D")],
    ),
    (
        "The Spanish fleet left Santiago on the morning of 3 July 1898 and was destroyed within four hours.",
        [("the morning of 3 July 1898", "TIME", "1898-07-03TMO"), ("four hours", "DURATION", "PT4H")],
    ),
    (
        "The Battle of Towton was fought on Palm Sunday 1461 in a snowstorm.",
        [("Palm Sunday 1461", "DATE", "1461-03-29")],
    ),
    (
        "The siege of Orleans was lifted on 8 May 1429. Joan of Arc was captured the following May.",
        [("the following May", "DATE", "1430-05")],
    ),
    (
        "The Prussians attacked at Spicheren on 6 August 1870. In the early hours of 7 August the French "
        "withdrew.",
        [("6 August 1870", "DATE", "1870-08-06")],
    ),
    (
        "The truce held on Christmas Day 1914 along much of the front.",
        [("Christmas Day 1914", "DATE", "1914-12-25")],
    ),
    (
        "Washington crossed the Delaware on Christmas night 1776.",
        [("Christmas night 1776", "TIME", "1776-12-25TNI")],
    ),
    (
        "Caesar was murdered on the Ides of March 44 BC.",
        [("the Ides of March 44 BC", "DATE", "BC0044-03-15")],
    ),
    (
        "The Boers besieged Kimberley in October 1899. A few days later they cut the railway.",
        [("A few days later", "DATE", "FUTURE_REF")],
    ),
    (
        "The army reached Lucknow in September 1857. Some months later the city was retaken.",
        [("Some months later", "DATE", "FUTURE_REF")],
    ),
    (
        "The Romanian army entered the war in August 1916. Within four months Bucharest had fallen.",
        [("four months", "DURATION", "P4M")],
    ),
    (
        "The 1550s saw renewed war between France and Spain.",
        [("The 1550s", "DATE", "155")],
    ),
    (
        "Late in 1863 the Union army was besieged at Chattanooga.",
        [("Late in 1863", "DATE", "1863")],
    ),
    (
        "By mid-1944 the Japanese navy had lost most of its carriers.",
        [("mid-1944", "DATE", "1944")],
    ),
    (
        "In the first half of 1916 the French bled at Verdun.",
        [("the first half of 1916", "DATE", "1916-H1")],
    ),
    (
        "The Bastille was stormed on 14th July 1789.",
        [("14th July 1789", "DATE", "1789-07-14")],
    ),
    (
        "Paris rose on the 14th of July 1789.",
        [("the 14th of July 1789", "DATE", "1789-07-14")],
    ),
    (
        "The German offensive opened in Spring 1918.",
        [("Spring 1918", "DATE", "1918-SP")],
    ),
    (
        "The Russians invaded Finland in November 1939. In the autumn of that year the Finns had mobilised.",
        [("the autumn of that year", "DATE", "1939-FA")],
    ),
    (
        "Navarino was fought on 20 October 1827. The same month the Sultan refused all terms.",
        [("The same month", "DATE", "1827-10")],
    ),
    (
        "Gettysburg opened on 1 July 1863. On the third day of the battle Pickett charged.",
        [("1 July 1863", "DATE", "1863-07-01")],
    ),
    (
        "The Battle of Leipzig lasted from 16 to 19 October 1813.",
        [("16", "DATE", "1813-10-16"), ("19 October 1813", "DATE", "1813-10-19")],
    ),
    (
        "The Ottoman siege of Malta lasted from 18 May to 11 September 1565.",
        [("18 May", "DATE", "1565-05-18"), ("11 September 1565", "DATE", "1565-09-11")],
    ),
    (
        "Between 1904 and 1905 Japan and Russia fought over Manchuria.",
        [("1904", "DATE", "1904"), ("1905", "DATE", "1905")],
    ),
    (
        "The Mongols reached the Adriatic in early 1242. Batu turned back in the spring, having heard of "
        "the Khan's death.",
        [("early 1242", "DATE", "1242"), ("the spring", "DATE", "1242-SP")],
    ),
    (
        "Kublai Khan sent a fleet against Japan in 1274, and again in 1281. Both were wrecked by storms.",
        [("1274", "DATE", "1274"), ("1281", "DATE", "1281")],
    ),
    (
        "The Taiping capital fell in July 1864. Hong Xiuquan had died a month earlier.",
        [("a month earlier", "DATE", "1864-06")],
    ),
    (
        "The crusaders left Venice in October 1202. After wintering at Zara, they sailed for "
        "Constantinople the next spring.",
        [("the next spring", "DATE", "1203-SP")],
    ),
    (
        "Lisbon fell to the crusaders on 24 October 1147 after a siege of seventeen weeks.",
        [("seventeen weeks", "DURATION", "P17W")],
    ),
    (
        "The Boer commandos fought on for almost two years after Pretoria fell.",
        [("almost two years", "DURATION", "P2Y")],
    ),
    (
        "The Japanese held Singapore for three and a half years.",
        [("three and a half years", "DURATION", "P3Y6M")],
    ),
    (
        "The Allies landed at Gallipoli on 25 April 1915. After eight months of fighting they withdrew "
        "in January 1916.",
        [("eight months of fighting", "DURATION", "P8M"), ("January 1916", "DATE", "1916-01")],
    ),
    (
        "The Spanish–American War lasted just under four months in 1898.",
        [("just under four months", "DURATION", "P4M")],
    ),
    (
        "Paraguay lost perhaps 60 per cent of its people between 1864 and 1870.",
        [("1864", "DATE", "1864")],
    ),
    (
        "The First Crusade was preached at Clermont in November 1095. The armies set out in August 1096, "
        "and the following summer they crossed into Anatolia.",
        [("the following summer", "DATE", "1097-SU")],
    ),
    (
        "Edward III claimed the French throne in 1337. Nine years later he won at Crecy, and in 1347 he "
        "took Calais after an eleven-month siege.",
        [
            ("Nine years later", "DATE", "1346"),
            ("1347", "DATE", "1347"),
            ("eleven-month", "DURATION", "P11M"),
        ],
    ),
    (
        "The Greeks took Tripolitsa in September 1821. In January 1822 a national assembly met at Epidaurus.",
        [("January 1822", "DATE", "1822-01")],
    ),
    (
        "Missolonghi fell in April 1826 after a year-long siege.",
        [("year-long", "DURATION", "P1Y")],
    ),
    (
        "The Russian Baltic Fleet sailed in October 1904 and reached the Sea of Japan seven months later.",
        [("seven months later", "DATE", "1905-05")],
    ),
    (
        "The Crimean War of 1853–56 cost Russia half a million men.",
        [("1853", "DATE", "1853"), ("56", "DATE", "1856")],
    ),
    (
        "Britain and France fought in the summer and autumn of 1916 on the Somme.",
        [("the summer", "DATE", "1916-SU"), ("autumn of 1916", "DATE", "1916-FA")],
    ),
    (
        "The Union armies stalled during the spring and summer of 1862.",
        [("the spring", "DATE", "1862-SP")],
    ),
    (
        "The Germans advanced between June and August 1941.",
        [("June", "DATE", "1941-06"), ("August 1941", "DATE", "1941-08")],
    ),
    (
        "The French were beaten in May and June 1940.",
        [("May", "DATE", "1940-05"), ("June 1940", "DATE", "1940-06")],
    ),
    (
        "The carriers met on 4 and 5 June 1942.",
        [("4", "DATE", "1942-06-04"), ("5 June 1942", "DATE", "1942-06-05")],
    ),
    (
        "Athens and Sparta were rivals through the fifth century BC.",
        [("the fifth century BC", "DATE", "BC04")],
    ),
    (
        "Alexander's empire broke apart in the late 4th century BC.",
        [("the late 4th century BC", "DATE", "BC03")],
    ),
    (
        "Caesar invaded Britain in 55 and 54 BC.",
        [("54 BC", "DATE", "BC0054")],
    ),
    (
        "Titus destroyed the Temple in AD 70.",
        [("AD 70", "DATE", "0070")],
    ),
    (
        "The Temple was destroyed in 70 AD.",
        [("70 AD", "DATE", "0070")],
    ),
    (
        "The first castle on the site was built c. 1200.",
        [("c. 1200", "DATE", "1200")],
    ),
    (
        "The Ottoman Empire declined in the second half of the 19th century.",
        [("the second half of the 19th century", "DATE", "18")],
    ),
    (
        "By the mid-1860s the Taiping had been destroyed.",
        [("the mid-1860s", "DATE", "186")],
    ),
    (
        "Early in the 18th century Sweden lost its Baltic empire.",
        [("Early in the 18th century", "DATE", "17")],
    ),
    (
        "Russia had been at war with Persia for over a century.",
        [("over a century", "DURATION", "P100Y")],
    ),
    (
        "The Habsburgs and the Ottomans fought for nearly two centuries.",
        [("nearly two centuries", "DURATION", "P200Y")],
    ),
    (
        "The German army invaded the Soviet Union at 03:15 on 22 June 1941.",
        [("03:15 on 22 June 1941", "TIME", "1941-06-22T03:15")],
    ),
    (
        "The offensive began at 4 a.m. on 22 June 1941.",
        [("4 a.m. on 22 June 1941", "TIME", "1941-06-22T04:00")],
    ),
    (
        "The Easter Rising began on Easter Monday 1916.",
        [("Easter Monday 1916", "DATE", "1916-04-24")],
    ),
    (
        "Lincoln's proclamation took effect on New Year's Day 1863.",
        [("New Year's Day 1863", "DATE", "1863-01-01")],
    ),
    (
        "The guns fell silent at 11 a.m. on 11 November 1918.",
        [("11 a.m. on 11 November 1918", "TIME", "1918-11-11T11:00")],
    ),
    (
        "The Japanese landed in Malaya on 8 December 1941. Over the next few days they sank two British "
        "battleships.",
        [("the next few days", "DURATION", "PXD")],
    ),
    (
        "Napoleon escaped from Elba in February 1815. The Hundred Days ended at Waterloo.",
        [("February 1815", "DATE", "1815-02")],
    ),
    (
        "The Boers declared war on 11 October 1899. The day before, they had sent an ultimatum.",
        [("The day before", "DATE", "1899-10-10")],
    ),
    (
        "The Ottoman army reached Mohacs on 29 August 1526. A day earlier the Hungarian king had arrived.",
        [("A day earlier", "DATE", "1526-08-28")],
    ),
    (
        "The British army landed in the Crimea in September 1854. That same year cholera swept the camps.",
        [("That same year", "DATE", "1854")],
    ),
    (
        "The fleet left Kronstadt on 15 October 1904. On the night of 21 October it fired on British "
        "trawlers.",
        [("the night of 21 October", "TIME", "1904-10-21TNI")],
    ),
    (
        "The Falklands were invaded on 2 April 1982. On the 3rd the UN demanded a withdrawal.",
        [("the 3rd", "DATE", "1982-04-03")],
    ),
    (
        "Sherman took Atlanta on 2 September 1864. On 15 November he set out for the sea, and reached "
        "Savannah on 21 December.",
        [("15 November", "DATE", "1864-11-15"), ("21 December", "DATE", "1864-12-21")],
    ),
    (
        "Lee invaded Pennsylvania in June 1863. Gettysburg was fought on 1–3 July.",
        [("1", "DATE", "1863-07-01"), ("3 July", "DATE", "1863-07-03")],
    ),
    (
        "The Japanese took Manila on 2 January 1942. Bataan held out until April, and Corregidor until 6 "
        "May.",
        [("April", "DATE", "1942-04"), ("6 May", "DATE", "1942-05-06")],
    ),
    (
        "The war between Iran and Iraq lasted from September 1980 until August 1988.",
        [("September 1980", "DATE", "1980-09"), ("August 1988", "DATE", "1988-08")],
    ),
    (
        "In the Crimean War (1853–1856) Britain and France fought beside the Ottomans.",
        [("1853", "DATE", "1853"), ("1856", "DATE", "1856")],
    ),
    (
        "The fortress was besieged for 349 days, from October 1854 to September 1855.",
        [
            ("349 days", "DURATION", "P349D"),
            ("October 1854", "DATE", "1854-10"),
            ("September 1855", "DATE", "1855-09"),
        ],
    ),
    (
        "The Battle of the Somme (1 July – 18 November 1916) was among the bloodiest in history.",
        [("18 November 1916", "DATE", "1916-11-18")],
    ),
    (
        "Napoleon's Grande Armée crossed the Niemen in June 1812. That winter it perished in the snow.",
        [("That winter", "DATE", "1812-WI")],
    ),
    (
        "Sevastopol fell in September 1855. The previous winter had been the worst of the war.",
        [("The previous winter", "DATE", "1854-WI")],
    ),
    (
        "The army went into winter quarters in November 1777. By February the men were starving.",
        [("February", "DATE", "1778-02")],
    ),
    (
        "The Mongols took Baghdad in February 1258, and the last caliph was put to death ten days later.",
        [("ten days later", "DATE", "1258-XX-XX")],
    ),
    # A dawn after a night the story has told is the next day's ...
    (
        "Wolfe's men climbed the cliffs on the night of 12–13 September 1759 and met the French at dawn.",
        [("the night of 12–13 September 1759", "TIME", "1759-09-12TNI"), ("dawn", "TIME", "1759-09-13TMO")],
    ),
    (
        "The camp fell on 22 January 1879. That night the Zulus attacked the mission, and at dawn they "
        "withdrew.",
        [("That night", "TIME", "1879-01-22TNI"), ("dawn", "TIME", "1879-01-23TMO")],
    ),
    # ... not one after the day itself.
    (
        "The Allies landed in Normandy on 6 June 1944. At dawn the warships opened fire.",
        [("dawn", "TIME", "1944-06-06TMO")],
    ),
]


KNOWN_GAPS: list = []


def test_a_parallel_is_no_day() -> None:
    text = "The Geneva Accords of July 1954 divided Vietnam at the 17th parallel."
    assert [timex.text for timex in annotate(text, dct=DCT, domain="narrative")] == ["July 1954"]


@pytest.mark.parametrize(("text", "expected"), [*CASES, *KNOWN_GAPS])
def test_narrative_probe(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert_valued(annotate(text, dct=DCT, domain="narrative"), expected)


#: Short histories that state one dated month or season and a step or a day by the story: auto
#: must read them as history, and then give the values narrative mode gives.
AUTO_HISTORIES: list[str] = [
    "Marlborough marched to the Danube in the summer of 1704 and won at Blenheim on 13 August.",
    "The Ottomans besieged Constantinople in the spring of 1453, and the city fell on 29 May.",
    "Shamil surrendered at Gunib in August 1859. The next morning he was sent north under escort.",
    "Henry Tudor landed at Milford Haven on 7 August 1485. Two weeks later he defeated Richard III "
    "at Bosworth.",
    # The history of a war a few years before its writing: its years are too few and too recent
    # to tell it from news, but it dates days of the months after an old month without their year.
    "The Russo-Georgian War was fought in August 2008.\n\nBackground\nSouth Ossetia had broken away "
    "in the early 1990s, and in April 2008 NATO promised Georgia that it would one day join. Clashes "
    "grew through July.\n\nThe war\nOn the night of 7 August Georgian guns shelled Tskhinvali. The "
    "next morning Russian troops crossed the Roki Tunnel. By 10 August the Georgians had been driven "
    "out, and a ceasefire was agreed on 12 August. Russian troops left most of Georgia by 8 October.\n"
    "\nAftermath\nOn 26 August Russia recognised South Ossetia. An EU report published in September "
    "2009 found that Georgia had started the war. Today Russian troops remain in the region.",
    # ... or more than a year before it.
    "The Libyan Civil War was fought in 2011.\n\nUprising\nProtests broke out in Benghazi on 15 "
    "February 2011. On 27 February a rebel council was formed. In early March the government struck "
    "back, and by 17 March its troops were at the gates of Benghazi. That evening the UN authorised a "
    "no-fly zone, and French aircraft struck on 19 March.\n\nFall of Tripoli\nRebels entered Tripoli "
    "on 20 August. Gaddafi was killed near Sirte on 20 October.",
]

#: ... and reports that name an old date beside the days of their own writing stay news.
AUTO_NEWS: list[tuple[str, str]] = [
    ("The plant opened in the summer of 1975. It will close at the end of the month.", "1998-03-10"),
    ("The bank was founded in March 1952. Next week it will open its first branch abroad.", "1998-03-10"),
    # ... as does one that dates days of an old month's year but speaks of its own ("on Tuesday").
    (
        "The plant was sold in May 2006. Its owners said on Tuesday that profits rose; on 10 May they cut "
        "200 jobs, on 12 May the union called a strike, and on 20 May talks will open.",
        "2012-05-16",
    ),
    # A report's yearless days after the same month of last year are its own month's.
    (
        "Sales fell in March 1997. On 3 March the company warned of a loss, on 5 March its chief "
        "resigned, and on 9 March its shares were suspended.",
        "1998-03-10",
    ),
]


@pytest.mark.parametrize("text", AUTO_HISTORIES)
def test_auto_reads_a_short_history_as_one(text: str) -> None:
    document = annotate_document(text, dct=DCT, domain="auto")
    assert document.domain == "narrative"
    narrative = [(t.text, t.value) for t in annotate(text, dct=DCT, domain="narrative")]
    assert ("Today", "PRESENT_REF") in narrative or "Today" not in text
    assert [(t.text, t.value) for t in document.timexes] == narrative


@pytest.mark.parametrize(("text", "dct"), AUTO_NEWS)
def test_auto_keeps_news_that_recalls_an_old_date(text: str, dct: str) -> None:
    assert annotate_document(text, dct=dct, domain="auto").domain == "news"
