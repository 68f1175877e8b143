"""A thirtieth probe of narratives: Wikipedia-style histories of colonial, Balkan, South American and
Asian wars, of ancient, medieval and early modern wars, of the world wars and later wars,
biographies, histories of revolutions and short crises told day by day (documents written for the
probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories. Every case of
``CASES`` runs with ``domain="narrative"`` and with ``domain="auto"``; those of ``NARRATIVE_ONLY``
are too short for auto mode to take for histories.

Readings these cases pin down:
- A length: "and for the following week it advanced slowly northward" (a date after "postponed
  for"); "months before Bolívar's death".
- The story's time: "He died of his wounds the next morning" counts from the night told, not
  from the death the lead dates; "the old Somme battlefield of 1916" moves no story; "The invasion
  was first set for May" after December 1943 is the next May; 'In the "Disaster Year" of 1672'
  moves the story on; "Two days after the invasion" counts from the invasion, and its event ends
  before the next subject; "The victory of 15 August is still remembered" is the victory's year,
  not every year's day.
- Weekdays of a story: a weekday with a day of an old year ("Saturday 29 April" in a history of
  1916) makes the text a history; "Tuesday to Thursday ... On Tuesday" is the Tuesday of that span;
  "had arrived during Tuesday night" is the Tuesday before; "Thursday, 16 April" after March 2007
  is 2009's, the year it falls on a Thursday; "That Sunday morning", "that Sunday"
  keep "that"; "crossed the river at night" on a day its sentence told is that night.
- Extents: "that July" after "the Franco-Prussian War", "that June, initially", "that June, at the
  age of 63", "that August with Syngman Rhee"; "21 November 1920" without the "Sunday" of "Bloody
  Sunday".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The first division landed at Pisco on 18 November 1880, and the remaining divisions "
            "followed over the next three weeks. On 22 December the army came ashore at Curayaco, "
            "and for the following week it advanced slowly northward through the Lurin valley."
        ),
        "2010-03-14",
        [
            ("18 November 1880", "DATE", "1880-11-18"),
            ("the next three weeks", "DURATION", "P3W"),
            ("22 December", "DATE", "1880-12-22"),
            ("the following week", "DURATION", "P1W"),
        ],
    ),
    (
        (
            "The 1870 budget was less happy: the outbreak of the Franco-Prussian War that July "
            "forced him to ask Parliament for an extra £2 million for the army, and by early 1871 he "
            "had fallen out with Cardwell over the cost of reform."
        ),
        "2011-06-20",
        [("1870", "DATE", "1870"), ("that July", "DATE", "1870-07"), ("early 1871", "DATE", "1871", "START")],
    ),
    (
        (
            "When Victoriano Huerta seized power in February 1913, Benítez was among the first to "
            "take up arms again. On Sunday 23 February, as news of Madero's murder spread, he issued "
            'a manifesto at Cuencamé that ended with the words "March with me or stay with the '
            'hacendados." Later that month he joined forces with Tomás Urbina, and in June his '
            "brigade took part in the storming of Durango city, which fell at about 4 a.m. on 18 "
            "June after two days of street fighting."
        ),
        "2009-11-20",
        [
            ("February 1913", "DATE", "1913-02"),
            ("Sunday 23 February", "DATE", "1913-02-23"),
            ("Later that month", "DATE", "1913-02"),
            ("June", "DATE", "1913-06"),
            ("about 4 a.m. on 18 June", "TIME", "1913-06-18T04:00", "APPROX"),
            ("two days of street fighting", "DURATION", "P2D"),
        ],
    ),
    (
        (
            "Aurelio Benítez Cárdenas (c. 1884 – 10 April 1923) was a Mexican revolutionary and "
            "agrarian leader who fought in the Mexican Revolution in the state of Durango. He "
            "quarrelled with local landowners over water rights, and on the night of 9 April 1923 he "
            "was ambushed on the road to Peñón Blanco. He died of his wounds the next morning, aged "
            "about 39."
        ),
        "2009-11-20",
        [
            ("c. 1884", "DATE", "1884", "APPROX"),
            ("10 April 1923", "DATE", "1923-04-10"),
            ("the night of 9 April 1923", "TIME", "1923-04-09TNI"),
            ("the next morning", "TIME", "1923-04-10TMO"),
            ("about 39", "DURATION", "P39Y", "APPROX"),
        ],
    ),
    (
        (
            "Stefan Dragović (12 August 1879 – 3 March 1951) was a Serbian army officer and Yugoslav "
            "statesman who served as Prime Minister of the Kingdom of Yugoslavia from January 1932 "
            "to March 1933. Tried by the communist authorities the following year, he received a "
            "sentence of eight years, but was released in 1950 because of his age. He died in "
            "Belgrade the next March, aged 71."
        ),
        "2011-02-10",
        [
            ("12 August 1879", "DATE", "1879-08-12"),
            ("3 March 1951", "DATE", "1951-03-03"),
            ("January 1932", "DATE", "1932-01"),
            ("March 1933", "DATE", "1933-03"),
            ("the following year", "DATE", "1934"),
            ("eight years", "DURATION", "P8Y"),
            ("1950", "DATE", "1950"),
            ("the next March", "DATE", "1951-03"),
            ("71", "DURATION", "P71Y"),
        ],
    ),
    (
        (
            "On 9 August 1918 only 145 tanks were still fit for action, and by 11 August the number "
            "had fallen to 38. German reserves arrived that night and the next morning, and the old "
            "Somme battlefield of 1916, cratered and wired, made movement slow and costly. Rawlinson "
            "urged a pause, and on 12 August Haig agreed to halt the offensive."
        ),
        "2009-06-14",
        [
            ("9 August 1918", "DATE", "1918-08-09"),
            ("11 August", "DATE", "1918-08-11"),
            ("that night", "TIME", "1918-08-11TNI"),
            ("the next morning", "TIME", "1918-08-12TMO"),
            ("1916", "DATE", "1916"),
            ("12 August", "DATE", "1918-08-12"),
        ],
    ),
    (
        (
            "On the night of 27 November 1950, in temperatures as low as −35 °C, the Chinese 79th "
            "and 89th Divisions attacked the Marines at Yudam-ni, seizing part of Hill 1282 before "
            "being driven off at dawn."
        ),
        "2010-11-27",
        [("the night of 27 November 1950", "TIME", "1950-11-27TNI"), ("dawn", "TIME", "1950-11-28TMO")],
    ),
    (
        (
            "On Bloody Sunday, 21 November 1920, Michael Collins's squad killed fourteen suspected "
            "intelligence agents in the morning; that afternoon Auxiliaries opened fire on the crowd "
            "at a Gaelic football match at Croke Park, killing fourteen people, among them the "
            "Tipperary player Michael Hogan."
        ),
        "2011-04-24",
        [
            ("21 November 1920", "DATE", "1920-11-21"),
            ("the morning", "TIME", "1920-11-21TMO"),
            ("that afternoon", "TIME", "1920-11-21TAF"),
        ],
    ),
    (
        (
            "The last Spanish garrison, at Puerto Cabello, surrendered in November 1823. Venezuela "
            "left Gran Colombia in 1830, months before Bolívar's death."
        ),
        "2011-07-05",
        [("November 1823", "DATE", "1823-11"), ("1830", "DATE", "1830"), ("months", "DURATION", "PXM")],
    ),
    (
        (
            "The Easter Rising began at noon on 24 April 1916, Easter Monday, when about 1,200 "
            "Volunteers and members of the Irish Citizen Army seized the General Post Office and "
            "other buildings in Dublin. Patrick Pearse read the Proclamation of the Irish Republic "
            "outside the GPO shortly afterwards. The rebels had planned a nationwide rising for the "
            "previous day, but Eoin MacNeill's countermanding order, printed in the Sunday "
            "Independent, reduced it to a largely Dublin affair.\n\nBritish reinforcements arrived "
            "from Tuesday onwards, and by Thursday the gunboat Helga was shelling Sackville Street. "
            "After six days of fighting, Pearse surrendered unconditionally at 3:30 p.m. on Saturday "
            "29 April."
        ),
        "2011-04-24",
        [
            ("Easter", "DATE", "1916-04-23"),
            ("noon on 24 April 1916", "TIME", "1916-04-24T12:00"),
            ("Easter Monday", "DATE", "1916-04-24"),
            ("the previous day", "DATE", "1916-04-23"),
            ("Tuesday", "DATE", "1916-04-25"),
            ("Thursday", "DATE", "1916-04-27"),
            ("six days of fighting", "DURATION", "P6D"),
            ("3:30 p.m. on Saturday 29 April", "TIME", "1916-04-29T15:30"),
        ],
    ),
    (
        (
            "In January 1976 Christian militias overran the Karantina slum on the 18th; two days "
            "later Palestinian and leftist forces retaliated at Damour. Syria sent its army into "
            "Lebanon that June, initially to prevent a Christian defeat, and the siege of the Tel "
            "al-Zaatar refugee camp ended in August after 52 days."
        ),
        "2011-02-10",
        [
            ("January 1976", "DATE", "1976-01"),
            ("the 18th", "DATE", "1976-01-18"),
            ("two days later", "DATE", "1976-01-20"),
            ("that June", "DATE", "1976-06"),
            ("August", "DATE", "1976-08"),
            ("52 days", "DURATION", "P52D"),
        ],
    ),
    (
        (
            "The Battle of the Ebro, the longest and largest of the war, began on 25 July 1938, when "
            "Republican troops crossed the river at night in small boats. It lasted 115 days."
        ),
        "2009-11-02",
        [
            ("25 July 1938", "DATE", "1938-07-25"),
            ("night", "TIME", "1938-07-25TNI"),
            ("115 days", "DURATION", "P115D"),
        ],
    ),
    (
        (
            "His greatest triumph came in June 1667, when the Dutch sailed up the Medway, burnt "
            "several English warships at Chatham and towed away the flagship Royal Charles. The "
            'Treaty of Breda followed on 31 July. In the "Disaster Year" of 1672, with the Republic '
            "invaded by France, de Ruyter surprised the Anglo-French fleet at Solebay on 7 June."
        ),
        "2011-05-20",
        [
            ("June 1667", "DATE", "1667-06"),
            ("31 July", "DATE", "1667-07-31"),
            ("1672", "DATE", "1672"),
            ("7 June", "DATE", "1672-06-07"),
        ],
    ),
    (
        (
            "Operation Dynamo, also known as the Dunkirk evacuation, was the rescue of Allied "
            "soldiers from the beaches and harbour of Dunkirk, in the north of France, between 26 "
            "May and 4 June 1940.\n\nSunday 26 May to Tuesday 28 May\nThe Admiralty signalled the start "
            "of Dynamo at 18:57 on Sunday. Only 7,669 men were brought home on Monday, the first "
            "full day, as German bombers had wrecked the port's docks."
        ),
        "2009-06-02",
        [
            ("26 May", "DATE", "1940-05-26"),
            ("4 June 1940", "DATE", "1940-06-04"),
            ("Sunday 26 May", "DATE", "1940-05-26"),
            ("Tuesday 28 May", "DATE", "1940-05-28"),
            ("18:57 on Sunday", "TIME", "1940-05-26T18:57"),
            ("Monday", "DATE", "1940-05-27"),
        ],
    ),
    (
        (
            "The Kapp Putsch, also known as the Kapp–Lüttwitz Putsch, was an attempted coup against "
            "the Weimar Republic in March 1920.\n\nSaturday, 13 March\nAt dawn on Saturday the brigade, "
            "with swastikas painted on its helmets, entered the government quarter "
            "unopposed.\n\nMonday to Wednesday\nThe strike was in full force by Monday.\n\nOn Tuesday "
            "evening fighting broke out in several cities, and in the Ruhr workers began to form "
            "armed units."
        ),
        "2010-03-10",
        [
            ("March 1920", "DATE", "1920-03"),
            ("Saturday, 13 March", "DATE", "1920-03-13"),
            ("dawn", "TIME", "1920-03-13TMO"),
            ("Saturday", "DATE", "1920-03-13"),
            ("Monday", "DATE", "1920-03-15"),
            ("Wednesday", "DATE", "1920-03-17"),
            ("Monday", "DATE", "1920-03-15"),
            ("Tuesday evening", "TIME", "1920-03-16TEV"),
        ],
    ),
    (
        (
            "Grouchy was sent with 33,000 men to follow the Prussians, but he marched east toward "
            "Gembloux rather than north to Wavre, and by the evening of 17 June 1815 his corps had "
            "got no further than Gembloux.\n\nSunday 18 June\nRain had fallen all through Saturday "
            "night, and Napoleon delayed his attack until the ground dried."
        ),
        "2010-06-18",
        [
            ("the evening of 17 June 1815", "TIME", "1815-06-17TEV"),
            ("Sunday 18 June", "DATE", "1815-06-18"),
            ("Saturday night", "TIME", "1815-06-17TNI"),
        ],
    ),
    (
        (
            "In May 1948 elections were held in the south, and the Republic of Korea was proclaimed "
            "that August with Syngman Rhee as president."
        ),
        "2010-06-25",
        [("May 1948", "DATE", "1948-05"), ("that August", "DATE", "1948-08")],
    ),
    (
        (
            "Ramzan Kadyrov, Akhmad's son, became president in March 2007. Announcing the end of the "
            "counter-terrorist regime on Thursday, 16 April, the National Anti-Terrorist Committee "
            "said that it had lasted almost a decade."
        ),
        "2009-06-09",
        [
            ("March 2007", "DATE", "2007-03"),
            ("Thursday, 16 April", "DATE", "2009-04-16"),
            ("almost a decade", "DURATION", "P10Y", "LESS_THAN"),
        ],
    ),
    (
        (
            "The Cuban Missile Crisis was a thirteen-day confrontation in October 1962 between the "
            "United States and the Soviet Union over Soviet ballistic missiles deployed in Cuba. On "
            "Sunday 14 October, a U-2 reconnaissance aircraft piloted by Major Richard Heyser "
            "photographed medium-range missile sites near San Cristóbal. The film was analysed on "
            "Monday, and on the morning of Tuesday 16 October national security adviser McGeorge "
            "Bundy showed the photographs to President Kennedy, who convened a group of advisers "
            "later known as the Executive Committee, or ExComm."
        ),
        "2010-03-14",
        [
            ("thirteen-day", "DURATION", "P13D"),
            ("October 1962", "DATE", "1962-10"),
            ("Sunday 14 October", "DATE", "1962-10-14"),
            ("Monday", "DATE", "1962-10-15"),
            ("the morning of Tuesday 16 October", "TIME", "1962-10-16TMO"),
        ],
    ),
    (
        (
            "The decisive battle began on 12 August 1920. Four days later Piłsudski struck from the "
            "Wieprz river into the exposed Soviet flank. The victory of 15 August is still "
            'remembered in Poland as the "Miracle on the Vistula".'
        ),
        "2009-08-20",
        [
            ("12 August 1920", "DATE", "1920-08-12"),
            ("Four days later", "DATE", "1920-08-16"),
            ("15 August", "DATE", "1920-08-15"),
        ],
    ),
    (
        (
            "North Korea invaded on 25 June 1950. On 28 June Seoul fell. Two days after the invasion "
            "the UN Security Council, which the Soviets were boycotting, called for help."
        ),
        "2010-06-01",
        [
            ("25 June 1950", "DATE", "1950-06-25"),
            ("28 June", "DATE", "1950-06-28"),
            ("Two days after the invasion", "DATE", "1950-06-27"),
        ],
    ),
    (
        "The leaders met on 22 April 1916. They met again at Liberty Hall that Sunday.",
        "2010-05-14",
        [("22 April 1916", "DATE", "1916-04-22"), ("that Sunday", "DATE", "1916-04-23")],
    ),
    (
        (
            "The decisive battle began on 12 August 1920. The victory of 15 August is still "
            "remembered in Poland as the Miracle on the Vistula."
        ),
        "2010-06-01",
        [("12 August 1920", "DATE", "1920-08-12"), ("15 August", "DATE", "1920-08-15")],
    ),
    (
        (
            "Ramzan Kadyrov became president in March 2007. Announcing the end of the regime on "
            "Thursday, 16 April, the committee said that it had lasted almost a decade."
        ),
        "2010-06-01",
        [
            ("March 2007", "DATE", "2007-03"),
            ("Thursday, 16 April", "DATE", "2009-04-16"),
            ("almost a decade", "DURATION", "P10Y", "LESS_THAN"),
        ],
    ),
]

NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Detailed planning had begun in 1943, and in December of that year Dwight D. Eisenhower "
            "was named Supreme Allied Commander. The invasion was first set for May, but it was "
            "postponed by a month so that more landing craft could be built."
        ),
        "2010-03-02",
        [
            ("1943", "DATE", "1943"),
            ("December of that year", "DATE", "1943-12"),
            ("May", "DATE", "1944-05"),
            ("a month", "DURATION", "P1M"),
        ],
    ),
    (
        (
            "The war is usually dated from 13 April 1975. That Sunday morning gunmen fired on "
            "worshippers outside a church in the Ain el-Remmaneh district, and that afternoon "
            "Phalangist militiamen ambushed a bus carrying Palestinians, killing 27 of its "
            "passengers."
        ),
        "2011-02-10",
        [
            ("13 April 1975", "DATE", "1975-04-13"),
            ("That Sunday morning", "TIME", "1975-04-13TMO"),
            ("that afternoon", "TIME", "1975-04-13TAF"),
        ],
    ),
    (
        "Kapp returned to Germany in 1922 and died in custody that June, at the age of 63.",
        "2010-03-10",
        [("1922", "DATE", "1922"), ("that June", "DATE", "1922-06"), ("63", "DURATION", "P63Y")],
    ),
    (
        (
            "By the morning of 26 April 1916, after 1,600 more troops had arrived during Tuesday "
            "night, Brigadier-General Lowe had some 6,000 men in the city."
        ),
        "2010-05-14",
        [
            ("the morning of 26 April 1916", "TIME", "1916-04-26TMO"),
            ("Tuesday night", "TIME", "1916-04-25TNI"),
        ],
    ),
    (
        (
            "By the morning of 26 April 1916, after 1,600 more troops had arrived during Tuesday "
            "night, Brigadier-General Lowe had some 6,000 men in the city. The rebels on St "
            "Stephen's Green, overlooked by machine guns in the Shelbourne Hotel, had withdrawn to "
            "the College of Surgeons on Tuesday morning."
        ),
        "2010-05-14",
        [
            ("the morning of 26 April 1916", "TIME", "1916-04-26TMO"),
            ("Tuesday night", "TIME", "1916-04-25TNI"),
            ("Tuesday morning", "TIME", "1916-04-25TMO"),
        ],
    ),
    (
        (
            "The rising began on Monday 24 April 1916.\n\nTuesday to Thursday\n\nOn Tuesday the British "
            "brought in reinforcements. By Thursday the gunboat was shelling the street."
        ),
        "2011-04-24",
        [
            ("Monday 24 April 1916", "DATE", "1916-04-24"),
            ("Tuesday", "DATE", "1916-04-25"),
            ("Thursday", "DATE", "1916-04-27"),
            ("Tuesday", "DATE", "1916-04-25"),
            ("Thursday", "DATE", "1916-04-27"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_30(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_30_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
