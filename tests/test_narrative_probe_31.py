"""A thirty-first probe of narratives: histories of wars from antiquity to the Falklands, of crises,
riots, sieges and disasters told day by day, and biographies (documents written for the probe).

Passages written the way those histories write them, each with every timex it must yield. Every
case in ``CASES`` runs with ``domain="narrative"`` and with ``domain="auto"``; those in
``NARRATIVE_ONLY`` are too short for auto mode to tell them from news and run in narrative mode.

Readings these cases pin down: "A decade later, in 1671" (the year restated); "By evening between
50,000 and 70,000 Romans lay dead"; a plan of the story's time looks ahead ("was due to expire at
the end of April" after July 1925); a history's weekend after any working day; a background
section's pluperfect starts its story; a regnal year by its accession's sentence or the date it
restates; a pluperfect's night before the day; a night after a fate's year falls on the day told
last; "She anchored outside overnight. At 7:30 a.m." (the next day); "Decoration Day"; a campaign
"of 1812" the story comes to; "the July Monarchy" (no month); "that September and October"; a
demand's subjunctive plans only what follows it; a plan's time set off by commas is no point of the
story; a year heading's "The following year"; a heading's range of months starts its section at
its first month; no day in "the 4th and Light Divisions", no length in "a day of violence" or "in
several quarters".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "On the night of 25 August 1661 he observed a lunar eclipse, noting the start of "
            "totality at a quarter to midnight. A decade later, in 1671, he published Van Kansen (On "
            "Chances), a short work in which he calculated that the odds against throwing a double "
            "six with two dice were 35 to 1."
        ),
        "2009-07-20",
        [
            ("the night of 25 August 1661", "TIME", "1661-08-25TNI"),
            ("a quarter to midnight", "TIME", "1661-08-25T23:45"),
            ("A decade later", "DATE", "1671"),
            ("1671", "DATE", "1671"),
        ],
    ),
    (
        (
            "On 2 August 216 BC the consuls Lucius Aemilius Paullus and Gaius Terentius Varro met "
            "Hannibal near Cannae in Apulia. The two consuls held the command daily in turn, and "
            "Varro, who had it that day, chose to give battle. By evening between 50,000 and 70,000 "
            "Romans lay dead, among them Paullus and some eighty senators."
        ),
        "2010-03-14",
        [
            ("2 August 216 BC", "DATE", "BC0216-08-02"),
            ("daily", "SET", "P1D"),
            ("that day", "DATE", "BC0216-08-02"),
            ("evening", "TIME", "BC0216-08-02TEV"),
        ],
    ),
    (
        (
            "It began on February 23, 1836, when Mexican troops under General Antonio López de Santa "
            "Anna entered the town, and ended with the fall of the mission on Sunday, March "
            "6.\n\nPrelude\nTexian forces had taken Béxar in December 1835, after a siege of nearly two "
            "months. Over the winter, many volunteers went home, and the garrison dwindled to about "
            "100 men. Lieutenant Colonel William B. Travis arrived on February 3 with some 30 "
            "cavalrymen; James Bowie had come two weeks earlier with orders to remove the artillery, "
            "but decided to stay."
        ),
        "2010-03-01",
        [
            ("February 23, 1836", "DATE", "1836-02-23"),
            ("Sunday, March 6", "DATE", "1836-03-06"),
            ("December 1835", "DATE", "1835-12"),
            ("nearly two months", "DURATION", "P2M", "APPROX"),
            ("the winter", "DATE", "1835-WI"),
            ("February 3", "DATE", "1836-02-03"),
            ("two weeks earlier", "DATE", "1836-W03"),
        ],
    ),
    (
        (
            "The French Revolution of 1848, known in France as the February Revolution, ended the "
            "July Monarchy of King Louis-Philippe after three days of street fighting, from 22 to 24 "
            "February 1848, and led to the proclamation of the Second Republic."
        ),
        "2010-02-20",
        [
            ("1848", "DATE", "1848"),
            ("February", "DATE", "1848-02"),
            ("three days of street fighting", "DURATION", "P3D"),
            ("22", "DATE", "1848-02-22"),
            ("24 February 1848", "DATE", "1848-02-24"),
        ],
    ),
    (
        (
            "The campaign was followed by a second invasion in the summer of 1417. By the Treaty of "
            "Troyes, sealed in May 1420, in the eighth year of his reign, Henry was recognised as "
            "heir to Charles VI. He died two years later and never wore the French crown."
        ),
        "2010-07-02",
        [
            ("the summer of 1417", "DATE", "1417-SU"),
            ("May 1420", "DATE", "1420-05"),
            ("the eighth year of his reign", "DATE", "1420"),
            ("two years later", "DATE", "1422"),
        ],
    ),
    (
        (
            "The battle was fought on Friday 25 October 1415, St Crispin's Day. It had rained "
            "heavily during the night, and the newly ploughed field was deep in mud."
        ),
        "2010-07-02",
        [
            ("Friday 25 October 1415", "DATE", "1415-10-25"),
            ("St Crispin's Day", "DATE", "1415-10-25"),
            ("the night", "TIME", "1415-10-24TNI"),
        ],
    ),
    (
        (
            "It was launched on the morning of 14 October 1529 and failed. Salm, who was 70 years "
            "old, was wounded in this last action and died the following year. That night the "
            "Janissaries burned their camp and killed their prisoners, and the army began the long "
            "march back to Constantinople, which it reached in mid-December."
        ),
        "2010-05-05",
        [
            ("the morning of 14 October 1529", "TIME", "1529-10-14TMO"),
            ("70 years old", "DURATION", "P70Y"),
            ("the following year", "DATE", "1530"),
            ("That night", "TIME", "1529-10-14TNI"),
            ("mid-December", "DATE", "1529-12", "MID"),
        ],
    ),
    (
        (
            "In January 1944 General Dwight D. Eisenhower was appointed Supreme Commander, and the "
            "landings were postponed by a month so that more landing craft could be built. The "
            "invasion was set for 5 June, but on the morning of 4 June the chief meteorologist, "
            "Group Captain James Stagg, forecast a storm. At a meeting at Southwick House at 0415 "
            'hours the next day, Eisenhower decided to go ahead on Tuesday, 6 June, saying "OK, '
            "let's go\"."
        ),
        "2009-06-05",
        [
            ("January 1944", "DATE", "1944-01"),
            ("a month", "DURATION", "P1M"),
            ("5 June", "DATE", "1944-06-05"),
            ("the morning of 4 June", "TIME", "1944-06-04TMO"),
            ("0415 hours the next day", "TIME", "1944-06-05T04:15"),
            ("Tuesday, 6 June", "DATE", "1944-06-06"),
        ],
    ),
    (
        (
            "The Spanish campaign of 1809 proved less happy: after a dispute with Marshal Soult he "
            "was recalled to Paris in March 1810 and spent almost two years without a command. He "
            "returned to service for the Russian campaign of 1812. During the retreat from Moscow he "
            "lost two fingers to frostbite, and his division, which had numbered 9,000 men in June, "
            "could muster fewer than 800 by December."
        ),
        "2010-03-14",
        [
            ("1809", "DATE", "1809"),
            ("March 1810", "DATE", "1810-03"),
            ("almost two years", "DURATION", "P2Y", "LESS_THAN"),
            ("1812", "DATE", "1812"),
            ("June", "DATE", "1812-06"),
            ("December", "DATE", "1812-12"),
        ],
    ),
    (
        (
            "Jean-Baptiste Morvan (14 February 1768 – 3 November 1832) was a French general of the "
            "Revolutionary and Napoleonic Wars who later served as Minister of War under the July "
            "Monarchy."
        ),
        "2010-03-14",
        [("14 February 1768", "DATE", "1768-02-14"), ("3 November 1832", "DATE", "1832-11-03")],
    ),
    (
        (
            "The Johnstown Flood occurred on Friday, May 31, 1889, when the South Fork Dam on the "
            "Little Conemaugh River, 14 miles upstream of Johnstown, Pennsylvania, failed after "
            "several days of heavy rainfall. More than 2,200 people died, and the disaster drew the "
            "American Red Cross, led by Clara Barton, into its first major peacetime relief "
            "effort.\n\nThursday, May 30\n\nA storm that had formed over Nebraska and Kansas two days "
            "earlier reached western Pennsylvania on the afternoon of May 30. Over the next 24 hours "
            "between six and ten inches of rain fell in the region, and by the evening streams "
            "throughout the valley were rising. Decoration Day parades in Johnstown went ahead as "
            "planned."
        ),
        "2009-05-29",
        [
            ("Friday, May 31, 1889", "DATE", "1889-05-31"),
            ("several days of heavy rainfall", "DURATION", "PXD"),
            ("Thursday, May 30", "DATE", "1889-05-30"),
            ("two days earlier", "DATE", "1889-05-28"),
            ("the afternoon of May 30", "TIME", "1889-05-30TAF"),
            ("the next 24 hours", "DURATION", "PT24H"),
            ("the evening", "TIME", "1889-05-30TEV"),
            ("Decoration Day", "DATE", "1889-05-30"),
        ],
    ),
    (
        (
            "The Gordon Riots of June 1780 were a wave of anti-Catholic rioting in London, prompted "
            "by opposition to the Papists Act 1778, which had reduced official discrimination "
            "against Roman Catholics. They were the most destructive riots in the history of the "
            "city; estimates of the dead range up to 700.\n\nFriday, 2 June\n\nLord George Gordon, "
            "president of the Protestant Association, had called on supporters to march on "
            "Parliament. At about 10 o'clock in the morning some 40,000 people assembled in St "
            "George's Fields and set out for Westminster, carrying a petition. By the afternoon the "
            "crowd had filled the approaches to Parliament, and members of both Houses were jostled "
            "and robbed as they arrived. The Commons debated the petition until late in the evening "
            "and rejected it by 192 votes to 6. That night the crowd attacked the chapels of the "
            "Sardinian and Bavarian embassies.\n\nSaturday and Sunday\n\nThe weekend was comparatively "
            "quiet, though on Sunday evening a crowd gathered in Moorfields and burned a chapel "
            "there. The authorities, slow to act, made only a handful of arrests.\n\nTuesday, 6 "
            "June\n\nOn Tuesday the violence escalated. At about 6 p.m. rioters besieged Newgate "
            "Prison, set it on fire and released more than 300 prisoners. Within hours the houses of "
            "several magistrates, including that of Lord Mansfield in Bloomsbury Square, had been "
            "sacked; Mansfield's library, said to be worth £30,000, was burned in the street.\n\nBlack "
            'Wednesday\n\nThe following day, 7 June, became known as "Black Wednesday". Rioters '
            "attacked the Bank of England twice, in the early afternoon and again around 11 p.m., "
            "but were repulsed by soldiers. At Holborn the distillery of Thomas Langdale, a "
            "Catholic, was set alight, and many looters died drinking raw spirits in the gutters. By "
            "midnight some 36 fires were burning across the city. That day King George III, "
            "impatient with his ministers, ordered the army to fire on any group that refused to "
            "disperse.\n\nThursday, 8 June and after\n\nBy the morning of 8 June some 10,000 troops were "
            "in the capital, and order was restored within two days. Around 285 people had been shot "
            "dead and a further 200 wounded. Gordon was arrested on 9 June and charged with high "
            "treason, but was acquitted in February 1781. Of 450 rioters arrested, 25 were hanged in "
            "the weeks that followed."
        ),
        "2011-01-20",
        [
            ("June 1780", "DATE", "1780-06"),
            ("1778", "DATE", "1778"),
            ("Friday, 2 June", "DATE", "1780-06-02"),
            ("about 10 o'clock in the morning", "TIME", "1780-06-02T10:00", "APPROX"),
            ("the afternoon", "TIME", "1780-06-02TAF"),
            ("late in the evening", "TIME", "1780-06-02TEV", "END"),
            ("That night", "TIME", "1780-06-02TNI"),
            ("Saturday", "DATE", "1780-06-03"),
            ("Sunday", "DATE", "1780-06-04"),
            ("The weekend", "DATE", "1780-W22-WE"),
            ("Sunday evening", "TIME", "1780-06-04TEV"),
            ("Tuesday, 6 June", "DATE", "1780-06-06"),
            ("Tuesday", "DATE", "1780-06-06"),
            ("about 6 p.m.", "TIME", "1780-06-06T18:00", "APPROX"),
            ("hours", "DURATION", "PTXH"),
            ("The following day", "DATE", "1780-06-07"),
            ("7 June", "DATE", "1780-06-07"),
            ("the early afternoon", "TIME", "1780-06-07TAF", "START"),
            ("around 11 p.m.", "TIME", "1780-06-07T23:00", "APPROX"),
            ("midnight", "TIME", "1780-06-07T24:00"),
            ("That day", "DATE", "1780-06-07"),
            ("Thursday, 8 June", "DATE", "1780-06-08"),
            ("the morning of 8 June", "TIME", "1780-06-08TMO"),
            ("two days", "DURATION", "P2D"),
            ("9 June", "DATE", "1780-06-09"),
            ("February 1781", "DATE", "1781-02"),
            ("weeks", "DURATION", "PXW"),
        ],
    ),
    (
        (
            "Lüttwitz refused to comply, and on 10 March he demanded that President Friedrich Ebert "
            "dissolve the National Assembly and call new elections. He was dismissed the following "
            "day."
        ),
        "2010-03-13",
        [("10 March", "DATE", "2010-03-10"), ("the following day", "DATE", "2010-03-11")],
    ),
    (
        (
            "The first republic had lasted five years: in January 1966 a group of mostly Igbo "
            "officers had killed the prime minister, Sir Abubakar Tafawa Balewa, and General Johnson "
            "Aguiyi-Ironsi had taken power. Six months later, on the night of 28 July, northern "
            "officers staged a counter-coup and installed Lieutenant Colonel Yakubu Gowon, then 31. "
            "Massacres of Igbo civilians in the North that September and October drove hundreds of "
            "thousands to flee east."
        ),
        "2010-09-30",
        [
            ("five years", "DURATION", "P5Y"),
            ("January 1966", "DATE", "1966-01"),
            ("Six months later", "DATE", "1966-07"),
            ("the night of 28 July", "TIME", "1966-07-28TNI"),
            ("that September", "DATE", "1966-09"),
            ("October", "DATE", "1966-10"),
        ],
    ),
    (
        (
            "Siege (November 1630 – May 1631)\n\nImperial troops under Gottfried Heinrich zu "
            "Pappenheim began to blockade the city in November. The following spring, Count Tilly "
            "arrived with the main army, and by early April some 24,000 men surrounded the walls."
        ),
        "2010-03-14",
        [
            ("November 1630", "DATE", "1630-11"),
            ("May 1631", "DATE", "1631-05"),
            ("November", "DATE", "1630-11"),
            ("The following spring", "DATE", "1631-SP"),
            ("early April", "DATE", "1631-04", "START"),
        ],
    ),
    (
        (
            "Fires broke out in several quarters by midday, and within a few hours nearly the whole "
            "city was burning."
        ),
        "2010-03-14",
        [("midday", "TIME", "2010-03-14T12:00"), ("a few hours", "DURATION", "PTXH")],
    ),
    (
        (
            "Storming (6–7 April 1812)\n\nAt 10 p.m. on 6 April the storming parties advanced. For "
            "almost two hours the 4th and Light Divisions threw themselves at the breaches, where "
            "the French had laid mines, chevaux-de-frise and barrels of powder; some forty separate "
            "attacks failed. Around midnight, however, Picton's 3rd Division escalated the castle "
            "walls, and the 5th Division entered the town at the San Vicente bastion."
        ),
        "2010-11-20",
        [
            ("6", "DATE", "1812-04-06"),
            ("7 April 1812", "DATE", "1812-04-07"),
            ("10 p.m. on 6 April", "TIME", "1812-04-06T22:00"),
            ("almost two hours", "DURATION", "PT2H", "LESS_THAN"),
            ("Around midnight", "TIME", "1812-04-06T24:00", "APPROX"),
        ],
    ),
    (
        (
            "Bloody Sunday was a day of violence in Dublin on 21 November 1920, during the Irish War "
            "of Independence."
        ),
        "2010-12-05",
        [("21 November 1920", "DATE", "1920-11-21")],
    ),
    (
        (
            "Siege (November 1630 – May 1631)\n\nImperial troops began to blockade the city in "
            "November. The following spring, Count Tilly arrived with the main army, and by early "
            "April some 24,000 men surrounded the walls."
        ),
        "2010-03-14",
        [
            ("November 1630", "DATE", "1630-11"),
            ("May 1631", "DATE", "1631-05"),
            ("November", "DATE", "1630-11"),
            ("The following spring", "DATE", "1631-SP"),
            ("early April", "DATE", "1631-04", "START"),
        ],
    ),
    (
        (
            "In November 1918, Kolchak took power in Omsk.\n\n1919\nThe following year was the decisive "
            "one. His spring offensive reached the Volga in April."
        ),
        "2009-02-10",
        [
            ("November 1918", "DATE", "1918-11"),
            ("1919", "DATE", "1919"),
            ("The following year", "DATE", "1919"),
            ("spring", "DATE", "1919-SP"),
            ("April", "DATE", "1919-04"),
        ],
    ),
    (
        (
            "The first republic had lasted five years: in January 1966 officers had killed the prime "
            "minister. Massacres of Igbo civilians in the North that September and October drove "
            "hundreds of thousands to flee east."
        ),
        "2010-09-30",
        [
            ("five years", "DURATION", "P5Y"),
            ("January 1966", "DATE", "1966-01"),
            ("that September", "DATE", "1966-09"),
            ("October", "DATE", "1966-10"),
        ],
    ),
    (
        (
            "Lüttwitz refused to comply, and on 10 March 1920 he demanded that President Friedrich "
            "Ebert dissolve the National Assembly and call new elections. He was dismissed the "
            "following day."
        ),
        "2010-03-13",
        [("10 March 1920", "DATE", "1920-03-10"), ("the following day", "DATE", "1920-03-11")],
    ),
    (
        (
            "Tuesday, 20 August 1991\nThe crowd around the White House grew to more than 50,000 by "
            "the evening. Plans for an assault on the building, set for 3 a.m. the following "
            "morning, were drawn up in the afternoon. That night, three young men were killed."
        ),
        "2009-08-20",
        [
            ("Tuesday, 20 August 1991", "DATE", "1991-08-20"),
            ("the evening", "TIME", "1991-08-20TEV"),
            ("3 a.m. the following morning", "TIME", "1991-08-21T03:00"),
            ("the afternoon", "TIME", "1991-08-20TAF"),
            ("That night", "TIME", "1991-08-20TNI"),
        ],
    ),
    (
        (
            "Mont-Blanc had arrived from New York late on 5 December 1917. She anchored outside "
            "overnight.\n\n7:30 a.m.\n\nAt 7:30 a.m. the nets opened."
        ),
        "2010-01-01",
        [
            ("5 December 1917", "DATE", "1917-12-05"),
            ("overnight", "TIME", "1917-12-05TNI"),
            ("7:30 a.m.", "TIME", "1917-12-06T07:30"),
            ("7:30 a.m.", "TIME", "1917-12-06T07:30"),
        ],
    ),
    (
        (
            "The Johnstown Flood occurred on Friday, May 31, 1889. The day before, Decoration Day "
            "parades had gone ahead in the rain."
        ),
        "2010-01-01",
        [
            ("Friday, May 31, 1889", "DATE", "1889-05-31"),
            ("The day before", "DATE", "1889-05-30"),
            ("Decoration Day", "DATE", "1889-05-30"),
        ],
    ),
    (
        (
            "In January 1944 Eisenhower was appointed Supreme Commander. The invasion was set for 5 "
            "June, but on the morning of 4 June the chief meteorologist, Group Captain James Stagg, "
            "forecast a storm. At a meeting at 0415 hours the next day, Eisenhower decided to go "
            "ahead."
        ),
        "2009-06-05",
        [
            ("January 1944", "DATE", "1944-01"),
            ("5 June", "DATE", "1944-06-05"),
            ("the morning of 4 June", "TIME", "1944-06-04TMO"),
            ("0415 hours the next day", "TIME", "1944-06-05T04:15"),
        ],
    ),
    (
        (
            "A government subsidy to the coal industry, granted on 31 July 1925, a day the labour "
            'movement called "Red Friday", was due to expire at the end of April.'
        ),
        "2010-05-03",
        [
            ("31 July 1925", "DATE", "1925-07-31"),
            ("Friday", "DATE", "1925-07-31"),
            ("the end of April", "DATE", "1926-04", "END"),
        ],
    ),
    (
        (
            "The stoppage began at midnight on Monday, 3 May 1926. On Tuesday morning about 1.7 "
            "million workers stayed away. From the weekend onward, however, there were clashes."
        ),
        "2010-05-03",
        [
            ("midnight on Monday, 3 May 1926", "TIME", "1926-05-03T24:00"),
            ("Tuesday morning", "TIME", "1926-05-04TMO"),
            ("the weekend", "DATE", "1926-W18-WE"),
        ],
    ),
    (
        (
            "It began on February 23, 1836, and ended on Sunday, March 6.\n\nPrelude\nTexian forces had "
            "taken Béxar in December 1835. Over the winter, many volunteers went home. Travis "
            "arrived on February 3."
        ),
        "2010-03-01",
        [
            ("February 23, 1836", "DATE", "1836-02-23"),
            ("Sunday, March 6", "DATE", "1836-03-06"),
            ("December 1835", "DATE", "1835-12"),
            ("the winter", "DATE", "1835-WI"),
            ("February 3", "DATE", "1836-02-03"),
        ],
    ),
    (
        (
            "On the night of 25 August 1661 he saw the comet. A decade later, in 1671, he published "
            "Van Kansen."
        ),
        "2010-01-01",
        [
            ("the night of 25 August 1661", "TIME", "1661-08-25TNI"),
            ("A decade later", "DATE", "1671"),
            ("1671", "DATE", "1671"),
        ],
    ),
    (
        (
            "On 2 August 216 BC the consuls met Hannibal near Cannae. Varro, who had the command "
            "that day, chose to give battle. By evening between 50,000 and 70,000 Romans lay dead."
        ),
        "2010-03-14",
        [
            ("2 August 216 BC", "DATE", "BC0216-08-02"),
            ("that day", "DATE", "BC0216-08-02"),
            ("evening", "TIME", "BC0216-08-02TEV"),
        ],
    ),
]

NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The Agincourt campaign was a military expedition led by Henry V of England into "
            "Normandy and northern France in 1415, during the Hundred Years' War. Henry had "
            "succeeded his father on 20 March 1413 and, from the first year of his reign, pressed "
            "claims to the French crown and to the former Angevin lands."
        ),
        "2010-07-02",
        [
            ("1415", "DATE", "1415"),
            ("Hundred Years", "DURATION", "P100Y"),
            ("20 March 1413", "DATE", "1413-03-20"),
            ("the first year of his reign", "DATE", "1413"),
            ("former", "DATE", "PAST_REF"),
        ],
    ),
    (
        (
            "Tuesday, 20 August\nThe crowd around the White House grew to more than 50,000 by the "
            "evening. The Union Treaty was not signed. Plans for an assault on the building by KGB "
            "special forces, set for 3 a.m. the following morning, were drawn up in the afternoon. "
            "That night, three young men were killed in an underpass on the Garden Ring as armoured "
            "vehicles tried to break through a barricade."
        ),
        "1991-08-25",
        [
            ("Tuesday, 20 August", "DATE", "1991-08-20"),
            ("the evening", "TIME", "1991-08-20TEV"),
            ("3 a.m. the following morning", "TIME", "1991-08-21T03:00"),
            ("the afternoon", "TIME", "1991-08-20TAF"),
            ("That night", "TIME", "1991-08-20TNI"),
        ],
    ),
    (
        (
            "He returned to service for the Russian campaign of 1812. During the retreat from Moscow "
            "his division, which had numbered 9,000 men in June, could muster fewer than 800 by "
            "December."
        ),
        "2010-03-14",
        [("1812", "DATE", "1812"), ("June", "DATE", "1812-06"), ("December", "DATE", "1812-12")],
    ),
    (
        (
            "The Agincourt campaign was an expedition led by Henry V into France in 1415. Henry had "
            "succeeded his father on 20 March 1413 and, from the first year of his reign, pressed "
            "claims to the French crown."
        ),
        "2010-07-02",
        [
            ("1415", "DATE", "1415"),
            ("20 March 1413", "DATE", "1413-03-20"),
            ("the first year of his reign", "DATE", "1413"),
        ],
    ),
    (
        (
            "The bombing of the al-Askari Mosque in Samarra on 22 February 2006 set off a wave of "
            "sectarian violence; at its height, in late 2006, more than 3,000 civilians were being "
            "killed a month."
        ),
        "2009-09-01",
        [
            ("22 February 2006", "DATE", "2006-02-22"),
            ("late 2006", "DATE", "2006", "END"),
            ("a month", "DURATION", "P1M"),
        ],
    ),
    (
        (
            "The bombing of the mosque on 22 February 2006 set off a wave of violence; at its "
            "height, in late 2006, more than 3,000 civilians were being killed a month."
        ),
        "2009-09-01",
        [
            ("22 February 2006", "DATE", "2006-02-22"),
            ("late 2006", "DATE", "2006", "END"),
            ("a month", "DURATION", "P1M"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_31(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_31_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
