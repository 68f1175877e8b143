"""A probe of narrative mode on biographies: how encyclopaedia articles and obituaries tell the life
of a historical person. Early life dates a birth and counts from it ("was born on 4 March 1821 in
Lyon", "The following year", "at the age of twelve", "two years later", "That summer", "By 1850");
a career runs through terms of office and seasons of a year ("from 1861 to 1865", "the next decade",
"in the spring of 1862", "his first months in office"); later life and death date the end and give
the age ("died on 12 May 1890, aged 69", "in his final years", "the last decade of his life",
"posthumously in 1902"); a legacy moves to later centuries and to the writer's present ("to this
day", "In the 20th century", "In recent decades"); and lives before the Common Era are dated in
years BC, often only roughly ("c. 460 BC", "around 399 BC", "the 5th century BC").

An age is a length of time, as TimeML 1.2.1 and the WikiWars gold draw it ("18 years old" P18Y);
after "age" or "aged" the number alone is the expression, as WikiWars draws "at age [seventy-nine]":
"aged [69]", "the age of [twelve]", "[seven years old]" (with an approximation, as narratives draw
counts: "aged [about sixty]"). The dates anchor on the story, not on the creation
date (2009-06-01, as an online encyclopaedia has); values follow ../shared/TIMEX3.md.
"""

from __future__ import annotations

import pytest
from probes import article_tests, assert_valued

from dateline import annotate

DCT = "2009-06-01"

#: (passage, [(span, type, value), ...]): only the listed expressions are checked.
CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    # ---- faults this probe found
    # The rank of an office holder in a line is no day of the month: "the 16th president".
    (
        "Abraham Lincoln (February 12, 1809 – April 15, 1865) was the 16th president of the United States.",
        [("February 12, 1809", "DATE", "1809-02-12"), ("April 15, 1865", "DATE", "1865-04-15")],
    ),
    (
        "He was born on 2 May 1772 and in 1809 succeeded his uncle as the 5th duke.",
        [("2 May 1772", "DATE", "1772-05-02"), ("1809", "DATE", "1809")],
    ),
    # A life's dates in a lead: a day of a year of three digits before a dash and the second day,
    # and a day of a year written with "AD" before it.
    (
        "Marcus Aurelius (26 April 121 – 17 March 180) was Roman emperor and a Stoic philosopher.",
        [("26 April 121", "DATE", "0121-04-26"), ("17 March 180", "DATE", "0180-03-17")],
    ),
    (
        "Augustus (23 September 63 BC – 19 August AD 14) was the first Roman emperor.",
        [("23 September 63 BC", "DATE", "BC0063-09-23"), ("19 August AD 14", "DATE", "0014-08-19")],
    ),
    (
        "Augustus died at Nola in August AD 14, aged 75.",
        [("August AD 14", "DATE", "0014-08"), ("75", "DURATION", "P75Y")],
    ),
    # "his last year" is the end of his life, not the year before the writing.
    (
        "Mozart died in Vienna in December 1791. In his last year he wrote The Magic Flute and most of "
        "the Requiem.",
        [("December 1791", "DATE", "1791-12"), ("last year", "DURATION", "P1Y")],
    ),
    (
        "In her first year at Girton she read only Greek and Latin.",
        [("first year", "DURATION", "P1Y")],
    ),
    # A decade counted within a century.
    (
        "In the first decade of the 20th century he was the most famous painter in Europe.",
        [("the first decade of the 20th century", "DATE", "190")],
    ),
    (
        "She died in poverty in the last decade of the nineteenth century.",
        [("the last decade of the nineteenth century", "DATE", "189")],
    ),
    # A time recalled in a clause of a sentence that a date of the story opened ("who had died in
    # 1843") is no flashback to count on from: "The following year" goes on from the marriage.
    (
        "In 1850 he married Louise Arnaud, the daughter of a banker who had died in 1843. The "
        "following year their first son was born.",
        [("1850", "DATE", "1850"), ("1843", "DATE", "1843"), ("The following year", "DATE", "1851")],
    ),
    (
        "In 1868 she married a widower whose first wife had drowned in 1861. Two years later she left him.",
        [("1868", "DATE", "1868"), ("Two years later", "DATE", "1870")],
    ),
    # ---- life dates in a lead (regression cases)
    (
        "Socrates (470–399 BC) was a Greek philosopher from Athens.",
        [("470", "DATE", "BC0470"), ("399 BC", "DATE", "BC0399")],
    ),
    (
        "Julius Caesar (12 July 100 BC – 15 March 44 BC) was a Roman general and statesman.",
        [("12 July 100 BC", "DATE", "BC0100-07-12"), ("15 March 44 BC", "DATE", "BC0044-03-15")],
    ),
    (
        "Thomas Tallis (c. 1505 – 23 November 1585) was an English composer of sacred music.",
        [("c. 1505", "DATE", "1505"), ("23 November 1585", "DATE", "1585-11-23")],
    ),
    (
        "Ivan IV (r. 1547–84) was the first tsar of all Russia.",
        [("1547", "DATE", "1547"), ("84", "DATE", "1584")],
    ),
    # ---- birth, childhood and schooling
    (
        "Jean-Baptiste Morel was born on 4 March 1821 in Lyon, the son of a silk weaver.",
        [("4 March 1821", "DATE", "1821-03-04")],
    ),
    (
        "Morel was born on 4 March 1821 in Lyon. The following year his family moved to Paris.",
        [("4 March 1821", "DATE", "1821-03-04"), ("The following year", "DATE", "1822")],
    ),
    (
        "He entered the seminary of Saint-Irénée at the age of twelve.",
        [("twelve", "DURATION", "P12Y")],
    ),
    (
        "Born in Rouen in 1821, she was sent to a convent school at the age of nine and left it in 1836.",
        [("1821", "DATE", "1821"), ("nine", "DURATION", "P9Y"), ("1836", "DATE", "1836")],
    ),
    (
        "In his youth he worked on his uncle's farm near Bergen, and in 1838 he went to sea.",
        [("1838", "DATE", "1838")],
    ),
    (
        "He enrolled at the University of Leipzig in 1839; two years later he moved to Berlin to study "
        "under Hegel's successors.",
        [("1839", "DATE", "1839"), ("two years later", "DATE", "1841")],
    ),
    (
        "The family settled in Naples in 1830. That summer the boy fell ill with cholera and nearly died.",
        [("1830", "DATE", "1830"), ("That summer", "DATE", "1830-SU")],
    ),
    (
        "By 1850 he had become the most sought-after portrait painter in Vienna.",
        [("1850", "DATE", "1850")],
    ),
    (
        "Her father drowned in 1829, when she was seven years old.",
        [("1829", "DATE", "1829"), ("seven years old", "DURATION", "P7Y")],
    ),
    (
        "At the age of sixteen, Franklin was apprenticed to his brother, a printer in Boston.",
        [("sixteen", "DURATION", "P16Y")],
    ),
    (
        "He was born in Ulm on 14 March 1879 and spent his childhood in Munich.",
        [("14 March 1879", "DATE", "1879-03-14")],
    ),
    (
        "She was born in Warsaw on 7 November 1867, the youngest of five children of a schoolteacher.",
        [("7 November 1867", "DATE", "1867-11-07")],
    ),
    (
        "In 1881 his father lost his post at the customs house. Two years later the family moved to Milan.",
        [("1881", "DATE", "1881"), ("Two years later", "DATE", "1883")],
    ),
    (
        "He left school in 1835 at the age of fourteen and found work as a clerk in a shipping office.",
        [("1835", "DATE", "1835"), ("fourteen", "DURATION", "P14Y")],
    ),
    (
        "He spent three years at a Jesuit college, and in the autumn of 1840 he entered the army.",
        [("three years", "DURATION", "P3Y"), ("the autumn of 1840", "DATE", "1840-FA")],
    ),
    (
        "In 1843 he married Anna Keller, a pastor's daughter; their first son was born the next year.",
        [("1843", "DATE", "1843"), ("the next year", "DATE", "1844")],
    ),
    (
        "The couple married on 5 June 1846 and had six children over the next decade.",
        [("5 June 1846", "DATE", "1846-06-05"), ("the next decade", "DURATION", "P10Y")],
    ),
    (
        "In the early 1840s he travelled in Italy and Greece, sketching ruins.",
        [("the early 1840s", "DATE", "184")],
    ),
    (
        "He was taught at home by his mother until the age of ten.",
        [("ten", "DURATION", "P10Y")],
    ),
    (
        "As a young man he fought on the barricades during the revolution of 1848.",
        [("1848", "DATE", "1848")],
    ),
    (
        "Mary Brennan was born c. 1795 in County Cork and emigrated to Quebec as a girl.",
        [("c. 1795", "DATE", "1795")],
    ),
    (
        "He was born around 1450 in a village in the hills above Florence.",
        [("around 1450", "DATE", "1450")],
    ),
    (
        "Little is known of his early years; he first appears in the records of the city in 1512.",
        [("1512", "DATE", "1512")],
    ),
    (
        "His father, a notary, died in the winter of 1573, leaving the family deep in debt.",
        [("the winter of 1573", "DATE", "1573-WI")],
    ),
    (
        "In the summer of 1816 she stayed with Byron at a villa on the shores of Lake Geneva.",
        [("the summer of 1816", "DATE", "1816-SU")],
    ),
    (
        "She married Percy in December 1816. Three months later she finished the first draft of the novel.",
        [("December 1816", "DATE", "1816-12"), ("Three months later", "DATE", "1817-03")],
    ),
    (
        "He was born on 21 July 1899, the second of six children, and grew up in a suburb of Chicago.",
        [("21 July 1899", "DATE", "1899-07-21")],
    ),
    (
        "Mozart was born in Salzburg on 27 January 1756. At the age of five he was already composing "
        "short pieces for the keyboard.",
        [("27 January 1756", "DATE", "1756-01-27"), ("five", "DURATION", "P5Y")],
    ),
    (
        "From 1763 to 1766 the family toured the courts of Europe.",
        [("1763", "DATE", "1763"), ("1766", "DATE", "1766")],
    ),
    (
        "Newton was born on Christmas Day 1642 at Woolsthorpe Manor in Lincolnshire.",
        [("Christmas Day 1642", "DATE", "1642-12-25")],
    ),
    (
        "Darwin was born at Shrewsbury on 12 February 1809, the same day as Abraham Lincoln.",
        [("12 February 1809", "DATE", "1809-02-12"), ("the same day", "DATE", "1809-02-12")],
    ),
    (
        "Joan of Arc was born around 1412 in Domrémy, a village in north-eastern France.",
        [("around 1412", "DATE", "1412")],
    ),
    (
        "He was 22 years old when he sailed for India as a cadet of the Company.",
        [("22 years old", "DURATION", "P22Y")],
    ),
    (
        "Her mother died in the spring of 1825. That autumn the two eldest girls were sent home from school.",
        [("the spring of 1825", "DATE", "1825-SP"), ("That autumn", "DATE", "1825-FA")],
    ),
    (
        "She learned to read at four and by the age of eight could recite long passages of Milton.",
        [("eight", "DURATION", "P8Y")],
    ),
    (
        "In 1852 the boy was sent to a boarding school in Hanover. A year later his mother died.",
        [("1852", "DATE", "1852"), ("A year later", "DATE", "1853")],
    ),
    (
        "He was baptised in the parish church of Stratford on 26 April 1564.",
        [("26 April 1564", "DATE", "1564-04-26")],
    ),
    (
        "At seventeen he went up to Oxford, and in 1791 he took his degree.",
        [("1791", "DATE", "1791")],
    ),
    (
        "He was educated at Eton and in 1810 went up to Trinity College, Cambridge, where he spent the "
        "next three years.",
        [("1810", "DATE", "1810"), ("the next three years", "DURATION", "P3Y")],
    ),
    (
        "She spent most of her childhood in India, where her father served in the army until 1864.",
        [("1864", "DATE", "1864")],
    ),
    # ---- education, marriage and the start of a career
    (
        "He graduated from Harvard in 1858 and was admitted to the bar the following year.",
        [("1858", "DATE", "1858"), ("the following year", "DATE", "1859")],
    ),
    (
        "He practised law in Springfield for the next twenty years.",
        [("the next twenty years", "DURATION", "P20Y")],
    ),
    (
        "He was elected to the state legislature in 1834 and served four terms.",
        [("1834", "DATE", "1834")],
    ),
    (
        "In 1874 he became editor of the Gazette, a post he held for eleven years.",
        [("1874", "DATE", "1874"), ("eleven years", "DURATION", "P11Y")],
    ),
    (
        "She was appointed professor of physics in 1906, the first woman to hold the chair.",
        [("1906", "DATE", "1906")],
    ),
    (
        "He settled in Paris in 1851. In the next decade he wrote four operas and a requiem.",
        [("1851", "DATE", "1851"), ("the next decade", "DATE", "186")],
    ),
    (
        "In 1858 the couple moved to Dresden. The following decade brought him his greatest successes.",
        [("1858", "DATE", "1858"), ("The following decade", "DATE", "186")],
    ),
    (
        "Between 1849 and 1853 he lived in exile in London, writing for German newspapers.",
        [("1849", "DATE", "1849"), ("1853", "DATE", "1853")],
    ),
    (
        "She sailed for the Crimea in October 1854 and reached Scutari on 4 November.",
        [("October 1854", "DATE", "1854-10"), ("4 November", "DATE", "1854-11-04")],
    ),
    (
        "She returned to Boston in late 1865 and opened a school the following spring.",
        [("late 1865", "DATE", "1865"), ("the following spring", "DATE", "1866-SP")],
    ),
    (
        "In early 1871 he fell ill, and by the end of that year he could no longer hold a pen.",
        [("early 1871", "DATE", "1871"), ("the end of that year", "DATE", "1871")],
    ),
    (
        "He married in 1867. In the same year he was made a knight of the Legion of Honour.",
        [("1867", "DATE", "1867"), ("the same year", "DATE", "1867")],
    ),
    (
        "He spent most of the 1870s abroad, chiefly in Rome and Munich.",
        [("the 1870s", "DATE", "187")],
    ),
    (
        "From 1902 until his retirement in 1919 he taught chemistry at the Sorbonne.",
        [("1902", "DATE", "1902"), ("1919", "DATE", "1919")],
    ),
    (
        "He was elected a Fellow of the Royal Society in 1663, at the age of thirty.",
        [("1663", "DATE", "1663"), ("thirty", "DURATION", "P30Y")],
    ),
    (
        "In 1640 he travelled to Paris. He returned to London in the autumn, and in December he was "
        "elected to Parliament.",
        [("1640", "DATE", "1640"), ("the autumn", "DATE", "1640-FA"), ("December", "DATE", "1640-12")],
    ),
    (
        "He arrived in Venice in October 1852. That winter he wrote the first act of the opera.",
        [("October 1852", "DATE", "1852-10"), ("That winter", "DATE", "1852-WI")],
    ),
    (
        "In 1856 he was made a partner in the firm. The previous year he had married the daughter of its "
        "founder.",
        [("1856", "DATE", "1856"), ("The previous year", "DATE", "1855")],
    ),
    (
        "The expedition left Plymouth on 27 December 1831 and returned almost five years later.",
        [("27 December 1831", "DATE", "1831-12-27"), ("almost five years later", "DATE", "1836")],
    ),
    (
        "He worked on the dictionary for nine years, from 1746 to 1755.",
        [("nine years", "DURATION", "P9Y"), ("1746", "DATE", "1746"), ("1755", "DATE", "1755")],
    ),
    (
        "He was ordained in 1831. In the autumn of that year he took up a curacy in Yorkshire.",
        [("1831", "DATE", "1831"), ("the autumn of that year", "DATE", "1831-FA")],
    ),
    (
        "He reached Rome in 1786 and stayed almost two years.",
        [("1786", "DATE", "1786"), ("almost two years", "DURATION", "P2Y")],
    ),
    (
        "In the summer of 1786 he left Karlsbad secretly for Italy, where he remained until the spring "
        "of 1788.",
        [("the summer of 1786", "DATE", "1786-SU"), ("the spring of 1788", "DATE", "1788-SP")],
    ),
    (
        "The book appeared in November 1859; within a month the first printing had sold out.",
        [("November 1859", "DATE", "1859-11"), ("a month", "DURATION", "P1M")],
    ),
    (
        "He left Spain in 1823. Two decades later he returned to Madrid as ambassador.",
        [("1823", "DATE", "1823"), ("Two decades later", "DATE", "184")],
    ),
    (
        "The couple separated after eight years of marriage.",
        [("eight years of marriage", "DURATION", "P8Y")],
    ),
    (
        "He was knighted by Queen Anne in 1705 at Trinity College.",
        [("1705", "DATE", "1705")],
    ),
    (
        "In 1665 the university closed because of the plague, and for the next two years he worked "
        "alone at his mother's farm.",
        [("1665", "DATE", "1665"), ("the next two years", "DURATION", "P2Y")],
    ),
    (
        "In 1667 he returned to Cambridge. Two years later he was elected to the chair of mathematics.",
        [("1667", "DATE", "1667"), ("Two years later", "DATE", "1669")],
    ),
    (
        "Bach became cantor of St Thomas in Leipzig in 1723 and held the post for 27 years.",
        [("1723", "DATE", "1723"), ("27 years", "DURATION", "P27Y")],
    ),
    (
        "In his first years in Leipzig he wrote a new cantata almost every week.",
        [("every week", "SET", "P1W")],
    ),
    (
        "He moved to Arles in February 1888. That spring he painted the orchards in blossom.",
        [("February 1888", "DATE", "1888-02"), ("That spring", "DATE", "1888-SP")],
    ),
    (
        "Gauguin joined him in Arles in October 1888. On 23 December, after a quarrel, he cut off part of "
        "his left ear.",
        [("October 1888", "DATE", "1888-10"), ("23 December", "DATE", "1888-12-23")],
    ),
    (
        "He spent the summer of 1888 in Arles, painting sunflowers.",
        [("the summer of 1888", "DATE", "1888-SU")],
    ),
    (
        "In March 1848 revolution broke out in Vienna. On 13 March he addressed the crowd outside the "
        "Landhaus.",
        [("March 1848", "DATE", "1848-03"), ("13 March", "DATE", "1848-03-13")],
    ),
    (
        "He left for America in 1849. In New York that autumn he met the publisher who made his name.",
        [("1849", "DATE", "1849"), ("that autumn", "DATE", "1849-FA")],
    ),
    (
        "In 1860 he bought a house at Gad's Hill, where he lived for the rest of his life.",
        [("1860", "DATE", "1860")],
    ),
    (
        "Her brother was killed at Gettysburg on 3 July 1863, and she left for Washington a week later.",
        [("3 July 1863", "DATE", "1863-07-03"), ("a week later", "DATE", "1863-W28")],
    ),
    (
        "By the mid-1850s his paintings sold for large sums in London and New York.",
        [("the mid-1850s", "DATE", "185")],
    ),
    (
        "He worked as a surveyor until 1837, when he opened a law office in Springfield.",
        [("1837", "DATE", "1837")],
    ),
    # ---- office: terms, elections, the first months
    (
        "He served as governor of Ohio from 1861 to 1865.",
        [("1861", "DATE", "1861"), ("1865", "DATE", "1865")],
    ),
    (
        "In the spring of 1862 his army advanced up the peninsula towards Richmond.",
        [("the spring of 1862", "DATE", "1862-SP")],
    ),
    (
        "He was inaugurated on 4 March 1861. His first months in office were taken up with the crisis at "
        "Fort Sumter.",
        [("4 March 1861", "DATE", "1861-03-04"), ("first months", "DURATION", "PXM")],
    ),
    (
        "He became prime minister on 10 February 1868 and resigned ten months later.",
        [("10 February 1868", "DATE", "1868-02-10"), ("ten months later", "DATE", "1868-12")],
    ),
    (
        "He was re-elected in 1868 and again four years later.",
        [("1868", "DATE", "1868"), ("four years later", "DATE", "1872")],
    ),
    (
        "He held the office of chancellor until his death in 1883.",
        [("1883", "DATE", "1883")],
    ),
    (
        "He was in office for less than a month before the cabinet fell.",
        [("less than a month", "DURATION", "P1M")],
    ),
    (
        "His second term ended on 3 March 1869, and he retired to his farm in Tennessee.",
        [("3 March 1869", "DATE", "1869-03-03")],
    ),
    (
        "In mid-1862 the president began drafting the proclamation.",
        [("mid-1862", "DATE", "1862")],
    ),
    (
        "The party nominated him on 18 May 1860, and he won the election that November.",
        [("18 May 1860", "DATE", "1860-05-18"), ("that November", "DATE", "1860-11")],
    ),
    (
        "The commission he chaired sat for nearly three years.",
        [("nearly three years", "DURATION", "P3Y")],
    ),
    (
        "He signed the proclamation on 1 January 1863. Later that month he replaced the commander of the "
        "Army of the Potomac.",
        [("1 January 1863", "DATE", "1863-01-01"), ("Later that month", "DATE", "1863-01")],
    ),
    (
        "He was wounded by his own pickets on 2 May 1863. Eight days later he was dead.",
        [("2 May 1863", "DATE", "1863-05-02"), ("Eight days later", "DATE", "1863-05-10")],
    ),
    (
        "He took command of the army on 1 June 1862. Six weeks later he was called to Washington.",
        [("1 June 1862", "DATE", "1862-06-01"), ("Six weeks later", "DATE", "1862-W28")],
    ),
    (
        "He sat in the Senate for more than thirty years.",
        [("more than thirty years", "DURATION", "P30Y")],
    ),
    (
        "He succeeded his father in 1603 and reigned until his death in 1625.",
        [("1603", "DATE", "1603"), ("1625", "DATE", "1625")],
    ),
    (
        "He reigned for 35 years, longer than any king before him.",
        [("35 years", "DURATION", "P35Y")],
    ),
    (
        "Victoria came to the throne on 20 June 1837, a month after her eighteenth birthday, and was "
        "crowned the following summer.",
        [("20 June 1837", "DATE", "1837-06-20"), ("the following summer", "DATE", "1838-SU")],
    ),
    (
        "In 1805 the emperor defeated the Austrians at Austerlitz and spent the winter in Vienna.",
        [("1805", "DATE", "1805"), ("the winter", "DATE", "1805-WI")],
    ),
    (
        "He abdicated on 6 April 1814 and was sent to Elba. Less than a year later he escaped.",
        [("6 April 1814", "DATE", "1814-04-06"), ("Less than a year later", "DATE", "1815")],
    ),
    (
        "He landed in France on 1 March 1815 and entered Paris on 20 March; for a hundred days he ruled "
        "France again.",
        [("20 March", "DATE", "1815-03-20"), ("a hundred days", "DURATION", "P100D")],
    ),
    (
        "She ruled as regent for her son from 1649 until 1651.",
        [("1649", "DATE", "1649"), ("1651", "DATE", "1651")],
    ),
    (
        "On the evening of 2 August 1100 the king was killed by an arrow while hunting. The next morning "
        "his brother seized the treasury at Winchester.",
        [
            ("the evening of 2 August 1100", "TIME", "1100-08-02TEV"),
            ("The next morning", "TIME", "1100-08-03TMO"),
        ],
    ),
    (
        "Lincoln was shot on the evening of 14 April 1865 and died the next morning.",
        [
            ("the evening of 14 April 1865", "TIME", "1865-04-14TEV"),
            ("the next morning", "TIME", "1865-04-15TMO"),
        ],
    ),
    (
        "He was elected mayor in 1894 and served two terms.",
        [("1894", "DATE", "1894")],
    ),
    (
        "He served as ambassador in Berlin from 1908 until the outbreak of war in August 1914.",
        [("1908", "DATE", "1908"), ("August 1914", "DATE", "1914-08")],
    ),
    (
        "He held the seat for the next two decades.",
        [("the next two decades", "DURATION", "P20Y")],
    ),
    (
        "She was elected to the Reichstag in January 1919, one of its first women members.",
        [("January 1919", "DATE", "1919-01")],
    ),
    (
        "In 1879 he was named minister of education, and the same month he introduced his schools bill.",
        [("1879", "DATE", "1879")],
    ),
    (
        "He resigned in March 1890 after a quarrel with the young emperor.",
        [("March 1890", "DATE", "1890-03")],
    ),
    (
        "In the elections of 1906 his party won a landslide. He became prime minister two years later.",
        [("1906", "DATE", "1906"), ("two years later", "DATE", "1908")],
    ),
    (
        "He was appointed to the Supreme Court in 1902 and sat on it for almost thirty years.",
        [("1902", "DATE", "1902"), ("almost thirty years", "DURATION", "P30Y")],
    ),
    (
        "Queen Elizabeth I died at Richmond Palace on 24 March 1603, in the 45th year of her reign.",
        [("24 March 1603", "DATE", "1603-03-24")],
    ),
    (
        "His reign of almost fifty years ended with his death in 1910.",
        [("almost fifty years", "DURATION", "P50Y"), ("1910", "DATE", "1910")],
    ),
    (
        "In the winter of 1777 he shared the hardships of his men at Valley Forge.",
        [("the winter of 1777", "DATE", "1777-WI")],
    ),
    (
        "He was elected president in 1788 and took the oath in New York on 30 April 1789.",
        [("1788", "DATE", "1788"), ("30 April 1789", "DATE", "1789-04-30")],
    ),
    (
        "He declined a third term and left office in March 1797.",
        [("March 1797", "DATE", "1797-03")],
    ),
    (
        "The Great Fire broke out on 2 September 1666 and burned for four days.",
        [("2 September 1666", "DATE", "1666-09-02"), ("four days", "DURATION", "P4D")],
    ),
    (
        "Pepys kept his diary for nearly ten years, from 1660 to 1669.",
        [("nearly ten years", "DURATION", "P10Y"), ("1660", "DATE", "1660"), ("1669", "DATE", "1669")],
    ),
    (
        "She reigned for 63 years and 216 days, longer than any monarch before her.",
        [("63 years and 216 days", "DURATION", "P63Y216D")],
    ),
    (
        "He died in office on 12 April 1945, less than three months into his fourth term.",
        [("12 April 1945", "DATE", "1945-04-12"), ("less than three months", "DURATION", "P3M")],
    ),
    # ---- later life and death
    (
        "He died at 8 a.m. on 24 January 1965, seventy years to the day after his father.",
        [("8 a.m. on 24 January 1965", "TIME", "1965-01-24T08:00")],
    ),
    (
        "He was born in the early hours of 6 May 1856 in a small town in Moravia.",
        [("the early hours of 6 May 1856", "DATE", "1856-05-06")],
    ),
    (
        "He died on 12 May 1890, aged 69.",
        [("12 May 1890", "DATE", "1890-05-12"), ("69", "DURATION", "P69Y")],
    ),
    (
        "He died in Paris on 12 May 1890 at the age of 69.",
        [("12 May 1890", "DATE", "1890-05-12"), ("69", "DURATION", "P69Y")],
    ),
    (
        "In his final years he lived quietly on his estate in Kent.",
        [("final years", "DURATION", "PXY")],
    ),
    (
        "He spent the last decade of his life in Florence.",
        # (Where he spent it is the verb's, as the WikiWars gold leaves "in Morelos" out of "only a
        # few years of limited education".)
        [("the last decade of his life", "DURATION", "P10Y")],
    ),
    (
        "The third volume of his memoirs was published posthumously in 1902.",
        [("1902", "DATE", "1902")],
    ),
    (
        "She died of consumption in 1855 at Haworth.",
        [("1855", "DATE", "1855")],
    ),
    (
        "He died at his lodgings in Vienna on the afternoon of 26 March 1827.",
        [("the afternoon of 26 March 1827", "TIME", "1827-03-26TAF")],
    ),
    (
        "He suffered a stroke in 1885. He never fully recovered, and he died the following spring.",
        [("1885", "DATE", "1885"), ("the following spring", "DATE", "1886-SP")],
    ),
    (
        "His health began to fail in the late 1880s.",
        [("the late 1880s", "DATE", "188")],
    ),
    (
        "He died on 2 December 1814. He was buried three days later in the family vault at Lacoste.",
        [("2 December 1814", "DATE", "1814-12-02"), ("three days later", "DATE", "1814-12-05")],
    ),
    (
        "Picasso died on 8 April 1973, aged 91, at his house in Mougins.",
        [("8 April 1973", "DATE", "1973-04-08"), ("91", "DURATION", "P91Y")],
    ),
    (
        "She outlived her husband by twenty years.",
        [("twenty years", "DURATION", "P20Y")],
    ),
    (
        "He spent his last years in poverty in a rented room in Soho.",
        [("last years", "DURATION", "PXY")],
    ),
    (
        "He retired from the bench in 1910 and died five years later.",
        [("1910", "DATE", "1910"), ("five years later", "DATE", "1915")],
    ),
    (
        "He died on 9 January 1895. The funeral was held on 14 January, and thousands lined the streets.",
        [("9 January 1895", "DATE", "1895-01-09"), ("14 January", "DATE", "1895-01-14")],
    ),
    (
        "After the operation he lived for another eleven years.",
        [("another eleven years", "DURATION", "P11Y")],
    ),
    (
        "Napoleon died on Saint Helena on 5 May 1821, six years after Waterloo.",
        [("5 May 1821", "DATE", "1821-05-05")],
    ),
    (
        "She died in 1934 of aplastic anaemia, aged 66.",
        [("1934", "DATE", "1934"), ("66", "DURATION", "P66Y")],
    ),
    (
        "The old queen died on the evening of 22 January 1901 at Osborne House.",
        [("the evening of 22 January 1901", "TIME", "1901-01-22TEV")],
    ),
    (
        "He had lived in the house for forty-two years.",
        [("forty-two years", "DURATION", "P42Y")],
    ),
    (
        "He was survived by his wife, who died in 1911.",
        [("1911", "DATE", "1911")],
    ),
    (
        "Mozart died in Vienna on 5 December 1791, aged 35.",
        [("5 December 1791", "DATE", "1791-12-05"), ("35", "DURATION", "P35Y")],
    ),
    (
        "He shot himself in a wheat field on 27 July 1890 and died two days later.",
        [("27 July 1890", "DATE", "1890-07-27"), ("two days later", "DATE", "1890-07-29")],
    ),
    (
        "She was burned at the stake in Rouen on 30 May 1431. Twenty-five years later a papal court "
        "declared her innocent.",
        [("30 May 1431", "DATE", "1431-05-30"), ("Twenty-five years later", "DATE", "1456")],
    ),
    (
        "In his later years he was Master of the Mint and hunted coiners through the taverns of London.",
        [("later years", "DURATION", "PXY")],
    ),
    (
        "Goethe lived in Weimar from 1775 until his death in 1832.",
        [("1775", "DATE", "1775"), ("1832", "DATE", "1832")],
    ),
    (
        "He retired to his estate in 1796. In the summer of 1799 he caught a chill, and he died on 14 "
        "December.",
        [("the summer of 1799", "DATE", "1799-SU"), ("14 December", "DATE", "1799-12-14")],
    ),
    (
        "In 1892, two years after his death, his letters to his brother were published.",
        [("1892", "DATE", "1892")],
    ),
    (
        "He lost his sight in 1652, at the age of 43, and dictated his later poems to his daughters.",
        [("1652", "DATE", "1652"), ("43", "DURATION", "P43Y")],
    ),
    (
        "The poet died in Missolonghi on 19 April 1824, aged 36, of a fever.",
        [("19 April 1824", "DATE", "1824-04-19"), ("36", "DURATION", "P36Y")],
    ),
    (
        "By the time of his death in 1900 he was almost forgotten.",
        [("1900", "DATE", "1900")],
    ),
    (
        "In 1848, aged only eighteen, he joined the revolution in Vienna.",
        [("1848", "DATE", "1848"), ("eighteen", "DURATION", "P18Y")],
    ),
    (
        "His father died when he was three years old, and the boy was raised by an aunt.",
        [("three years old", "DURATION", "P3Y")],
    ),
    (
        "He was 84 years old when he died.",
        [("84 years old", "DURATION", "P84Y")],
    ),
    (
        "In the last months of her life she dictated her memoirs to a niece.",
        [("the last months of her life", "DURATION", "PXM")],
    ),
    # ---- legacy and the writer's present
    (
        "His house on the Rue Mercière is a museum to this day.",
        [("this day", "DATE", "PRESENT_REF")],
    ),
    (
        "In the 20th century his reputation declined.",
        [("the 20th century", "DATE", "19")],
    ),
    (
        "In recent decades historians have taken a kinder view of his presidency.",
        [("recent decades", "DURATION", "PXY")],
    ),
    (
        "Today he is regarded as one of the founders of modern chemistry.",
        [("Today", "DATE", "PRESENT_REF")],
    ),
    (
        "His sonatas were rediscovered in the 1950s.",
        [("the 1950s", "DATE", "195")],
    ),
    (
        "A statue was unveiled in the market square in 1911, on the centenary of his birth.",
        [("1911", "DATE", "1911")],
    ),
    (
        "Since 1995 a prize in her name has been awarded every two years.",
        [("1995", "DATE", "1995"), ("every two years", "SET", "P2Y")],
    ),
    (
        "By the end of the 19th century his novels were largely forgotten.",
        [("the end of the 19th century", "DATE", "18")],
    ),
    (
        "In the late 20th century feminist scholars revived interest in her work.",
        [("the late 20th century", "DATE", "19")],
    ),
    (
        "The school he founded in Zurich still exists today.",
        [("today", "DATE", "PRESENT_REF")],
    ),
    (
        "In the 21st century several new biographies have appeared.",
        [("the 21st century", "DATE", "20")],
    ),
    (
        "His reputation has grown in recent years.",
        [("recent years", "DURATION", "PXY")],
    ),
    (
        "A crater on the far side of the Moon was named after him in 1935.",
        [("1935", "DATE", "1935")],
    ),
    (
        "As of 2008, most of his manuscripts were held by the British Library.",
        [("2008", "DATE", "2008")],
    ),
    (
        "During the 19th century his plays were performed more often than Shakespeare's.",
        [("the 19th century", "DATE", "18")],
    ),
    (
        "The centenary of her birth was marked in 1921 with an exhibition in Lyon.",
        [("1921", "DATE", "1921")],
    ),
    (
        "Since the 1970s his operas have returned to the stage.",
        [("the 1970s", "DATE", "197")],
    ),
    (
        "His diaries, first published in 1968, are still widely read today.",
        [("1968", "DATE", "1968"), ("today", "DATE", "PRESENT_REF")],
    ),
    (
        "By the middle of the 20th century she was counted among the great novelists.",
        [("the middle of the 20th century", "DATE", "19")],
    ),
    (
        "He is currently buried in the Panthéon, where his remains were moved in 1885.",
        [("currently", "DATE", "PRESENT_REF"), ("1885", "DATE", "1885")],
    ),
    (
        "She was canonised in 1920 and is now one of the patron saints of France.",
        [("1920", "DATE", "1920"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        "His birthplace has been a museum since 1896.",
        [("1896", "DATE", "1896")],
    ),
    (
        "Throughout the 18th century his system of classification was taught in every university.",
        [("the 18th century", "DATE", "17")],
    ),
    (
        "In the early 19th century his work was revived by the Romantics.",
        [("the early 19th century", "DATE", "18")],
    ),
    # ---- lives before the Common Era
    # "the year" in apposition to a year is that year, not the year of the writing.
    (
        "Pericles was elected general in 443 BC, the year his rival was ostracised.",
        [("443 BC", "DATE", "BC0443"), ("the year", "DATE", "BC0443")],
    ),
    (
        "She entered the convent in 1848, the year revolution swept across Europe.",
        [("1848", "DATE", "1848"), ("the year", "DATE", "1848")],
    ),
    (
        "Socrates was born c. 470 BC in Athens, the son of a stonemason.",
        [("c. 470 BC", "DATE", "BC0470")],
    ),
    (
        "He was tried for impiety and executed in 399 BC.",
        [("399 BC", "DATE", "BC0399")],
    ),
    (
        "Pericles was born around 495 BC into one of the great families of Athens.",
        [("around 495 BC", "DATE", "BC0495")],
    ),
    (
        "Herodotus lived in the 5th century BC.",
        [("the 5th century BC", "DATE", "BC04")],
    ),
    (
        "Alexander was born in Pella in July 356 BC.",
        [("July 356 BC", "DATE", "BC0356-07")],
    ),
    (
        "Xenophon was born in Athens around 430 BC and died at Corinth, aged about seventy.",
        [("around 430 BC", "DATE", "BC0430"), ("about seventy", "DURATION", "P70Y")],
    ),
    (
        "He died in Babylon in June 323 BC, aged 32.",
        [("June 323 BC", "DATE", "BC0323-06"), ("32", "DURATION", "P32Y")],
    ),
    (
        "Caesar crossed the Rubicon in January 49 BC.",
        [("January 49 BC", "DATE", "BC0049-01")],
    ),
    (
        "Cicero was born at Arpinum on 3 January 106 BC.",
        [("3 January 106 BC", "DATE", "BC0106-01-03")],
    ),
    (
        "In 66 BC he was praetor. Three years later he was elected consul.",
        [("66 BC", "DATE", "BC0066"), ("Three years later", "DATE", "BC0063")],
    ),
    (
        "In 58 BC he was driven into exile. The following year he was recalled.",
        [("58 BC", "DATE", "BC0058"), ("The following year", "DATE", "BC0057")],
    ),
    (
        "Confucius was born in 551 BC and died in 479 BC.",
        [("551 BC", "DATE", "BC0551"), ("479 BC", "DATE", "BC0479")],
    ),
    (
        "Plato founded the Academy around 387 BC.",
        [("around 387 BC", "DATE", "BC0387")],
    ),
    (
        "Aristotle was born in the early 4th century BC in Stagira.",
        [("the early 4th century BC", "DATE", "BC03")],
    ),
    (
        "Hannibal was born in 247 BC. At the age of nine he swore eternal enmity to the Romans.",
        [("247 BC", "DATE", "BC0247"), ("nine", "DURATION", "P9Y")],
    ),
    (
        "Augustus ruled from 27 BC to AD 14.",
        [("27 BC", "DATE", "BC0027"), ("AD 14", "DATE", "0014")],
    ),
    (
        "In the 3rd century BC the library of Alexandria held hundreds of thousands of scrolls.",
        [("the 3rd century BC", "DATE", "BC02")],
    ),
    (
        "Miltiades won at Marathon in 490 BC. A decade later Themistocles led the fleet at Salamis.",
        # (A year ten on from the story's year, as the WikiWars gold writes "a decade earlier".)
        [("490 BC", "DATE", "BC0490"), ("A decade later", "DATE", "BC0480")],
    ),
    (
        "Archimedes was killed during the sack of Syracuse in 212 BC.",
        [("212 BC", "DATE", "BC0212")],
    ),
    (
        "Cleopatra was born in early 69 BC.",
        [("early 69 BC", "DATE", "BC0069")],
    ),
    (
        "Pythagoras was born on Samos c. 570 BC and left the island around 530 BC.",
        [("c. 570 BC", "DATE", "BC0570"), ("around 530 BC", "DATE", "BC0530")],
    ),
    (
        "In February 44 BC Caesar was named dictator for life; a month later he was dead.",
        [("February 44 BC", "DATE", "BC0044-02"), ("a month later", "DATE", "BC0044-03")],
    ),
    (
        "Seneca was born in Corduba around 4 BC.",
        [("around 4 BC", "DATE", "BC0004")],
    ),
    (
        "Augustine was born in AD 354 in Thagaste, in the province of Numidia.",
        [("AD 354", "DATE", "0354")],
    ),
    (
        "Paul of Tarsus was active in the 1st century AD.",
        [("the 1st century AD", "DATE", "00")],
    ),
    (
        "Virgil worked on the Aeneid for the last ten years of his life and died in 19 BC.",
        [("the last ten years of his life", "DURATION", "P10Y"), ("19 BC", "DATE", "BC0019")],
    ),
    (
        "Sophocles lived for almost ninety years, through the whole of the 5th century BC.",
        [("almost ninety years", "DURATION", "P90Y"), ("the 5th century BC", "DATE", "BC04")],
    ),
    (
        "Demosthenes was born in 384 BC. His father died when he was seven, and at the age of twenty he "
        "sued his guardians.",
        [("384 BC", "DATE", "BC0384"), ("twenty", "DURATION", "P20Y")],
    ),
    (
        "The philosopher died in 347 BC; his nephew led the Academy for the next eight years.",
        [("347 BC", "DATE", "BC0347"), ("the next eight years", "DURATION", "P8Y")],
    ),
    (
        "Ashoka came to the throne around 268 BC, and some eight years later he conquered Kalinga.",
        [("around 268 BC", "DATE", "BC0268"), ("some eight years later", "DATE", "BC0260")],
    ),
    (
        "Nebuchadnezzar took Jerusalem in 587 BC after a siege of eighteen months.",
        [("587 BC", "DATE", "BC0587"), ("eighteen months", "DURATION", "P18M")],
    ),
    (
        "Scipio was born in 236 BC. In 210 BC, at the age of 26, he was given command in Spain.",
        [("236 BC", "DATE", "BC0236"), ("210 BC", "DATE", "BC0210"), ("26", "DURATION", "P26Y")],
    ),
    (
        "Thucydides was elected general in 424 BC and spent the next twenty years in exile.",
        [("424 BC", "DATE", "BC0424"), ("the next twenty years", "DURATION", "P20Y")],
    ),
    (
        "Carthage was founded in the 9th century BC by settlers from Tyre.",
        [("the 9th century BC", "DATE", "BC08")],
    ),
    (
        "Hammurabi ruled Babylon for 42 years in the 18th century BC.",
        [("42 years", "DURATION", "P42Y"), ("the 18th century BC", "DATE", "BC17")],
    ),
    # ---- the middle ages and the early modern period
    (
        "Augustine died on 28 August 430, while the Vandals besieged Hippo.",
        [("28 August 430", "DATE", "0430-08-28")],
    ),
    (
        "William landed at Pevensey on 28 September 1066. Two weeks later he met Harold near Hastings.",
        [("28 September 1066", "DATE", "1066-09-28"), ("Two weeks later", "DATE", "1066-W41")],
    ),
    (
        "Dante was exiled from Florence in 1302 and never returned; he spent his last years in Ravenna.",
        [("1302", "DATE", "1302"), ("last years", "DURATION", "PXY")],
    ),
    (
        "In the 14th century his tomb became a place of pilgrimage.",
        [("the 14th century", "DATE", "13")],
    ),
    (
        "Leonardo left Milan in December 1499. The next spring he was in Venice.",
        [("December 1499", "DATE", "1499-12"), ("The next spring", "DATE", "1500-SP")],
    ),
    (
        "Luther was born in Eisleben on 10 November 1483. The next day he was baptised.",
        [("10 November 1483", "DATE", "1483-11-10"), ("The next day", "DATE", "1483-11-11")],
    ),
    (
        "In 1517 he sent his ninety-five theses to the archbishop of Mainz. Within two months they were "
        "known throughout Germany.",
        [("1517", "DATE", "1517"), ("two months", "DURATION", "P2M")],
    ),
    (
        "Columbus sailed from Palos on 3 August 1492 and sighted land on 12 October.",
        [("3 August 1492", "DATE", "1492-08-03"), ("12 October", "DATE", "1492-10-12")],
    ),
    (
        "He spent the years of his youth at the court of Burgundy and came to England in 1485.",
        [("1485", "DATE", "1485")],
    ),
    (
        "Galileo was condemned on 22 June 1633 and spent the rest of his life under house arrest.",
        [("22 June 1633", "DATE", "1633-06-22")],
    ),
    (
        "Copernicus died on 24 May 1543, the day his book was printed, according to legend.",
        [("24 May 1543", "DATE", "1543-05-24")],
    ),
    (
        "Elizabeth was born on 7 September 1533. Her mother was beheaded less than three years later.",
        [("7 September 1533", "DATE", "1533-09-07"), ("less than three years later", "DATE", "1536")],
    ),
    (
        "In the mid-15th century the family grew rich from the wool trade.",
        [("the mid-15th century", "DATE", "14")],
    ),
    (
        "Rembrandt married Saskia in 1634. Eight years later she died, leaving an infant son.",
        [("1634", "DATE", "1634"), ("Eight years later", "DATE", "1642")],
    ),
    (
        "In his twenty years at the court of Philip IV, Velázquez painted the king many times.",
        [("twenty years", "DURATION", "P20Y")],
    ),
    (
        "During the 60s BC he led the conservatives in the senate.",
        [("the 60s BC", "DATE", "BC006")],
    ),
    (
        "Sappho (c. 630 – c. 570 BC) was a lyric poet from the island of Lesbos.",
        [("c. 630", "DATE", "BC0630"), ("c. 570 BC", "DATE", "BC0570")],
    ),
    (
        "Charlemagne was crowned emperor in Rome on Christmas Day 800.",
        [("Christmas Day 800", "DATE", "0800-12-25")],
    ),
]


#: Forms this probe found that narrative mode does not read yet.
KNOWN_GAPS: list = []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # The rank of an office holder is no day; "at the moment of victory" is a moment of the
        # story, not the writer's present; an age after no "aged" is no length ("at 42").
        ("He became the 16th president of the United States in 1861.", ["1861"]),
        ("He was killed at Trafalgar on 21 October 1805, at the moment of victory.", ["21 October 1805"]),
        ("She was widowed at 42 and never remarried.", []),
    ],
)
def test_what_a_biography_does_not_date(text: str, spans: list[str]) -> None:
    assert [timex.text for timex in annotate(text, dct=DCT, domain="narrative")] == spans


@pytest.mark.parametrize(("text", "expected"), [*CASES, *KNOWN_GAPS])
def test_biography_probe(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert_valued(annotate(text, dct=DCT, domain="narrative"), expected)


#: Whole articles are dated as a recent online encyclopaedia is.
ARTICLE_DCT = "2024-03-15"

# -- whole articles: a lead, Early life, Career, Later life and death, Legacy, read in narrative mode
# and in auto mode (which must choose narrative).

STATESMAN = (
    "Friedrich Adler (4 March 1821 – 12 May 1890) was a Prussian lawyer and statesman who served as "
    "minister of justice from 1861 to 1865.\n"
    "\n"
    "Early life\n"
    "Adler was born on 4 March 1821 in Königsberg, the son of a grain merchant. The following year his "
    "father's firm failed, and the family moved to Danzig. At the age of twelve he was sent to the "
    "gymnasium in Elbing, where he boarded with an uncle. In 1839 he entered the university of Berlin; "
    "two years later he moved to Heidelberg to read law.\n"
    "\n"
    "Career\n"
    "He was admitted to the bar in 1845. During the revolution of 1848 he sat in the Frankfurt "
    "Parliament, and that summer he drafted its report on the rights of the accused. By 1850 he had "
    "returned to private practice. In the next decade he built up the largest practice in Berlin. He "
    "was appointed minister of justice on 18 March 1861; his first months in office were taken up with "
    "the reform of the criminal courts. In the spring of 1862 he quarrelled with the king over the "
    "budget, and in September he offered his resignation, which was refused. He served until 1865 and "
    "was elected to the Reichstag six years later, where he sat for two terms.\n"
    "\n"
    "Later life and death\n"
    "In his final years he lived at his estate near Potsdam and wrote his memoirs. He died on 12 May "
    "1890, aged 69. The memoirs were published posthumously in 1902.\n"
    "\n"
    "Legacy\n"
    "His code of criminal procedure remained in force until 1945. In recent decades historians have "
    "seen him as a forerunner of the liberal jurists of the 20th century, and a street in Königsberg "
    "bears his name to this day."
)

COMPOSER = (
    "Clara Vogt (née Lind; 13 September 1819 – 20 May 1896) was a German pianist and composer.\n"
    "\n"
    "Early life\n"
    "She was born in Leipzig on 13 September 1819. Her parents separated in 1824, when she was four "
    "years old, and her father took charge of her training. She gave her first public concert at the "
    "age of nine, and in the autumn of 1831 she toured as far as Paris. Three years later she met the "
    "young critic August Vogt.\n"
    "\n"
    "Marriage\n"
    "Her father opposed the match, and the couple went to court to be allowed to marry. They married "
    "on 12 September 1840, the day before her 21st birthday. Over the next fourteen years she bore "
    "eight children. In 1844 the family moved to Dresden, and that winter she wrote her piano trio. "
    "August fell ill in February 1854; two years later he died in an asylum near Bonn.\n"
    "\n"
    "Later life\n"
    "For the next forty years she toured Europe, often for months at a time. From 1878 to 1892 she "
    "taught at the conservatory in Frankfurt. In her last years she suffered from deafness, and in "
    "March 1896 she had a stroke. She died on 20 May, aged 76.\n"
    "\n"
    "Legacy\n"
    "Her music was little played in the decades after her death. Since the 1970s it has been recorded "
    "often, and today she is counted among the leading pianists of the 19th century."
)

ATHENIAN = (
    "Theron (c. 460 BC – 399 BC) was an Athenian general and orator of the 5th century BC.\n"
    "\n"
    "Early life\n"
    "Theron was born around 460 BC in the deme of Acharnae. His father was killed at Tanagra in 457 "
    "BC, and he was raised by his mother's brother. At the age of eighteen he served as an ephebe on "
    "the frontier.\n"
    "\n"
    "Career\n"
    "He was first elected general in 431 BC, the year the war with Sparta began. That summer he led the "
    "cavalry against the Spartan raiders in Attica. Two years later he sailed with the fleet to Chalcidice. "
    "In 424 BC he was blamed for the loss of Amphipolis and spent the next eight years in exile. He "
    "returned in 416 BC and opposed the expedition to Sicily the following year.\n"
    "\n"
    "Later life\n"
    "During the rule of the Thirty in 404 BC he fled to Thebes. He came home a year later with the "
    "democrats. He was tried on a charge of impiety around 399 BC and died in prison, aged about sixty.\n"
    "\n"
    "Legacy\n"
    "His speeches were read as models throughout the 4th century BC. In the 19th century scholars "
    "doubted that they were his, and the question is still open today."
)

PHYSICIST = (
    "Helena Sokolow (7 November 1867 – 4 July 1934) was a Polish-born physicist and chemist.\n"
    "\n"
    "Early life and education\n"
    "Sokolow was born in Warsaw on 7 November 1867, the youngest of five children. Her mother died in "
    "1878, when she was ten years old. She left school in 1883 and for the next eight years worked as a "
    "governess. In November 1891 she went to Paris and enrolled at the Sorbonne.\n"
    "\n"
    "Career\n"
    "She took her degree in physics in 1893 and a second in mathematics the following year. In the "
    "spring of 1894 she met the physicist Paul Marchand; they married on 26 July 1895. In 1898 the "
    "couple announced two new elements, and five years later they shared a Nobel Prize. Paul was killed "
    "in a street accident on 19 April 1906. The next month she was given his chair, the first woman to "
    "teach at the Sorbonne. During the war she ran a service of mobile X-ray units, and in the autumn "
    "of 1914 she learned to drive so she could take them to the front herself.\n"
    "\n"
    "Death\n"
    "In her final years her health failed, and she died on 4 July 1934, aged 66, of aplastic anaemia.\n"
    "\n"
    "Legacy\n"
    "In 1995 her remains were moved to the Panthéon. Her notebooks are still radioactive to this day, "
    "and in recent decades she has become one of the best-known scientists of the 20th century."
)

DOCUMENTS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "statesman",
        STATESMAN,
        [
            ("4 March 1821", "DATE", "1821-03-04"),
            ("12 May 1890", "DATE", "1890-05-12"),
            ("1861", "DATE", "1861"),
            ("1865", "DATE", "1865"),
            ("4 March 1821", "DATE", "1821-03-04"),
            ("The following year", "DATE", "1822"),
            ("twelve", "DURATION", "P12Y"),
            ("1839", "DATE", "1839"),
            ("two years later", "DATE", "1841"),
            ("1845", "DATE", "1845"),
            ("1848", "DATE", "1848"),
            ("that summer", "DATE", "1848-SU"),
            ("1850", "DATE", "1850"),
            ("the next decade", "DATE", "186"),
            ("18 March 1861", "DATE", "1861-03-18"),
            ("first months", "DURATION", "PXM"),
            ("the spring of 1862", "DATE", "1862-SP"),
            ("September", "DATE", "1862-09"),
            ("1865", "DATE", "1865"),
            ("six years later", "DATE", "1871"),
            ("final years", "DURATION", "PXY"),
            ("12 May 1890", "DATE", "1890-05-12"),
            ("69", "DURATION", "P69Y"),
            ("1902", "DATE", "1902"),
            ("1945", "DATE", "1945"),
            ("recent decades", "DURATION", "PXY"),
            ("the 20th century", "DATE", "19"),
            ("this day", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        "composer",
        COMPOSER,
        [
            ("13 September 1819", "DATE", "1819-09-13"),
            ("20 May 1896", "DATE", "1896-05-20"),
            ("13 September 1819", "DATE", "1819-09-13"),
            ("1824", "DATE", "1824"),
            ("four years old", "DURATION", "P4Y"),
            ("nine", "DURATION", "P9Y"),
            ("the autumn of 1831", "DATE", "1831-FA"),
            ("Three years later", "DATE", "1834"),
            ("12 September 1840", "DATE", "1840-09-12"),
            ("the next fourteen years", "DURATION", "P14Y"),
            ("1844", "DATE", "1844"),
            ("that winter", "DATE", "1844-WI"),
            ("February 1854", "DATE", "1854-02"),
            ("two years later", "DATE", "1856"),
            ("the next forty years", "DURATION", "P40Y"),
            ("months", "DURATION", "PXM"),
            ("1878", "DATE", "1878"),
            ("1892", "DATE", "1892"),
            ("last years", "DURATION", "PXY"),
            ("March 1896", "DATE", "1896-03"),
            ("20 May", "DATE", "1896-05-20"),
            ("76", "DURATION", "P76Y"),
            ("the 1970s", "DATE", "197"),
            ("today", "DATE", "PRESENT_REF"),
            ("the 19th century", "DATE", "18"),
        ],
    ),
    (
        "athenian",
        ATHENIAN,
        [
            ("c. 460 BC", "DATE", "BC0460"),
            ("399 BC", "DATE", "BC0399"),
            ("the 5th century BC", "DATE", "BC04"),
            ("around 460 BC", "DATE", "BC0460"),
            ("457 BC", "DATE", "BC0457"),
            ("eighteen", "DURATION", "P18Y"),
            ("431 BC", "DATE", "BC0431"),
            ("the year", "DATE", "BC0431"),
            ("That summer", "DATE", "BC0431-SU"),
            ("Two years later", "DATE", "BC0429"),
            ("424 BC", "DATE", "BC0424"),
            ("the next eight years", "DURATION", "P8Y"),
            ("416 BC", "DATE", "BC0416"),
            ("the following year", "DATE", "BC0415"),
            ("404 BC", "DATE", "BC0404"),
            ("a year later", "DATE", "BC0403"),
            ("around 399 BC", "DATE", "BC0399"),
            ("about sixty", "DURATION", "P60Y"),
            ("the 4th century BC", "DATE", "BC03"),
            ("the 19th century", "DATE", "18"),
            ("today", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        "physicist",
        PHYSICIST,
        [
            ("7 November 1867", "DATE", "1867-11-07"),
            ("4 July 1934", "DATE", "1934-07-04"),
            ("7 November 1867", "DATE", "1867-11-07"),
            ("1878", "DATE", "1878"),
            ("ten years old", "DURATION", "P10Y"),
            ("1883", "DATE", "1883"),
            ("the next eight years", "DURATION", "P8Y"),
            ("November 1891", "DATE", "1891-11"),
            ("1893", "DATE", "1893"),
            ("the following year", "DATE", "1894"),
            ("the spring of 1894", "DATE", "1894-SP"),
            ("26 July 1895", "DATE", "1895-07-26"),
            ("1898", "DATE", "1898"),
            ("five years later", "DATE", "1903"),
            ("19 April 1906", "DATE", "1906-04-19"),
            ("The next month", "DATE", "1906-05"),
            ("the autumn of 1914", "DATE", "1914-FA"),
            ("final years", "DURATION", "PXY"),
            ("4 July 1934", "DATE", "1934-07-04"),
            ("66", "DURATION", "P66Y"),
            ("1995", "DATE", "1995"),
            ("this day", "DATE", "PRESENT_REF"),
            ("recent decades", "DURATION", "PXY"),
            ("the 20th century", "DATE", "19"),
        ],
    ),
]

#: Articles auto mode does not read as histories yet.
AUTO_GAPS: dict[str, str] = {}


test_article_values, test_auto_reads_the_article_as_a_history = article_tests(
    DOCUMENTS, AUTO_GAPS, ARTICLE_DCT
)
