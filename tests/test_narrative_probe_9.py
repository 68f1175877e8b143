"""A ninth probe of narrative mode: wars before the twentieth century (Caesar, Alexander, 1066,
the Crusades, the Wars of the Roses, the English Civil War, the Great Northern War, Napoleon's
campaigns, the Russo-Turkish war of 1877).

Short histories written the way an encyclopaedia writes them. The dates anchor on the story, not
on the creation date (2009-12-19); values follow ../shared/TIMEX3.md. Each document is read in
narrative and in auto mode.

The faults it found: a date that opens its sentence before a clause of its own with a pluperfect
("In August 1805, learning that Austria had joined, he turned east") was taken for a flashback
and did not become the story's time; the same day in another calendar, in brackets ("(27 June in
the Swedish calendar)", "(12 April, Old Style)"), was counted on from; "its thirty-second
anniversary" and "the Twenty-Second Legion" were lengths of thirty and twenty seconds; "executed
in March, a month later" counted a month on from March; "late in the afternoon" lost its "late";
"spent the winter campaigning" lost its article; a day a country "still celebrates" was the
story's; a count of days from a year or a season lost the story's year without a DCT; a count
after "sailed on 12 May 1588, and in July ..." went on from May, not July; and a count in a
participle between commas ("Brutus, wounded ten days earlier, fled") was counted on from; a
speaker's quoted "today" and "tomorrow" made auto mode read a history as news; "in a single
afternoon" and "One night" were lengths; "ten minutes past midnight" was a length and a
midnight; "Lebanon's Independence Day" was the United States' 4 July; "the Good Friday Agreement"
named a Good Friday; a feast "in April 1916" or "in 1964" kept the story's year; and "continued
for the next year" was the next year, not a year's length as WikiWars draws it; "scheduled the
landings for 5 June" made the whole clause future, so its own date was no story time and "5 June"
was counted from the DCT; "Four days after that" and "three days thereafter" were lengths; and
"Earlier that year, on 11 March" went on into the next year.
"""

from __future__ import annotations

from probes import article_tests

from dateline import annotate

DCT = "2009-12-19"

#: (name, text, [(span, type, value), ...]): the n-th listed span is checked against its n-th
#: occurrence; what the list does not name is not checked.
DOCUMENTS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "austerlitz",
        "Napoleon was crowned emperor on December 2, 1804. In August 1805, learning that Austria had "
        "joined the coalition, he turned his army east. The corps crossed the Rhine on 25 September and "
        "surrounded Ulm in October. The city surrendered on 20 October.",
        [
            ("August 1805", "DATE", "1805-08"),
            ("25 September", "DATE", "1805-09-25"),
            ("20 October", "DATE", "1805-10-20"),
        ],
    ),
    (
        "roses",
        "King Henry's cause collapsed after Towton in March 1461. In May 1462, after the rebels had "
        "taken York, the queen fled north. She reached Scotland on 2 June and stayed there until 1463.",
        [("May 1462", "DATE", "1462-05"), ("2 June", "DATE", "1462-06-02")],
    ),
    (
        "poltava",
        "Charles XII invaded Russia in 1708. On 8 July 1709 (27 June in the Swedish calendar) the "
        "Swedish army was destroyed at Poltava. Two days later the remnant surrendered at "
        "Perevolochna. The regiment that held the bridge celebrated its thirty-second anniversary in "
        "1712.",
        [
            ("8 July 1709", "DATE", "1709-07-08"),
            ("Two days later", "DATE", "1709-07-10"),
            ("1712", "DATE", "1712"),
        ],
    ),
    (
        "plevna",
        "Russia declared war on the Ottoman Empire on 24 April 1877 (12 April, Old Style). Two weeks "
        "later Romania joined the war. The Treaty of San Stefano was signed on 3 March 1878. Bulgaria "
        "still celebrates 3 March as its national day.",
        [
            ("24 April 1877", "DATE", "1877-04-24"),
            ("Two weeks later", "DATE", "1877-W19"),
            ("3 March 1878", "DATE", "1878-03-03"),
            ("3 March", "DATE", "XXXX-03-03"),
        ],
    ),
    (
        "whitehall",
        "Parliament's army won the war in 1648. In February 1649 the court sat in Westminster Hall. "
        "The king was executed in March, a month later, outside the Banqueting House.",
        [
            ("February 1649", "DATE", "1649-02"),
            ("March", "DATE", "1649-03"),
            ("a month later", "DATE", "1649-03"),
        ],
    ),
    (
        "hastings",
        "William landed at Pevensey on 28 September 1066. The battle was fought on 14 October 1066. "
        "Harold was killed late in the afternoon, and the English line broke.",
        [("14 October 1066", "DATE", "1066-10-14"), ("late in the afternoon", "TIME", "1066-10-14TAF")],
    ),
    (
        "granicus",
        "Alexander crossed the Hellespont in 334 BC and won at the Granicus in May. He spent the "
        "winter campaigning in Lycia, and in 333 BC he marched through the Cilician Gates. The Twenty-"
        "Second Legion was raised much later, in 39 BC.",
        [("334 BC", "DATE", "BC0334"), ("the winter", "DATE", "BC0334-WI"), ("333 BC", "DATE", "BC0333")],
    ),
    (
        "armada",
        "Philip's fleet sailed from Lisbon on 12 May 1588, and in July the Armada entered the Channel. "
        "A week later it anchored off Calais. Parliament met on 3 November 1640, and in January 1642 "
        "Charles tried to arrest five members. He left London two days later.",
        [("A week later", "DATE", "1588-WXX"), ("two days later", "DATE", "1642-XX-XX")],
    ),
    (
        "ides",
        "Caesar crossed the Rubicon in January 49 BC. He was murdered on 15 March 44 BC. Brutus, "
        "wounded ten days earlier, fled to Greece, and Octavian arrived in Rome three days later.",
        [("ten days earlier", "DATE", "BC0044-03-05"), ("three days later", "DATE", "BC0044-03-18")],
    ),
    (
        "adwa",
        "Italian forces crossed the Mareb River on 3 October 1935. Adwa was captured three days later. "
        "On 7 October the League declared Italy the aggressor, and on November 18 it imposed "
        "sanctions. Haile Selassie left Addis Ababa on May 2, 1936. On 30 June 1936 he addressed the "
        'League in Geneva. "It is us today," he warned. "It will be you tomorrow." The sanctions were '
        "lifted in July.",
        [
            ("7 October", "DATE", "1935-10-07"),
            ("November 18", "DATE", "1935-11-18"),
            ("July", "DATE", "1936-07"),
        ],
    ),
    (
        "humaita",
        "The battle of Curupayty was fought on 22 September 1866. The allies lost 4,000 men in a "
        "single afternoon. The siege of Humaita began in 1867, and the defenders spent Christmas in "
        "1867 behind the walls. One night in 1868 the garrison slipped away. On 8 August 1945 Molotov "
        "declared war on Japan. At ten minutes past midnight, Soviet forces attacked.",
        [
            ("a single afternoon", "TIME", "1866-09-22TAF"),
            ("ten minutes past midnight", "TIME", "1945-08-08T00:10"),
        ],
    ),
    (
        "dublin",
        "The Anglo-Irish Treaty was signed on 6 December 1921. The war had its roots in the Rising: on "
        "Easter Monday in April 1916, rebels seized the General Post Office. The siege of the last "
        "outpost began in 1963, and the defenders spent Christmas in 1964 behind the walls.",
        [
            ("Easter Monday", "DATE", "1916-04-24"),
            ("April 1916", "DATE", "1916-04"),
            ("Christmas", "DATE", "1964-12-25"),
        ],
    ),
    (
        "overlord",
        "On 5 January 1944 Eisenhower scheduled the landings for 5 June. The next day he flew to "
        "London. On 12 April 1861 Confederate guns had opened fire on Fort Sumter, a story he knew well.",
        [
            ("5 January 1944", "DATE", "1944-01-05"),
            ("5 June", "DATE", "1944-06-05"),
            ("The next day", "DATE", "1944-01-06"),
        ],
    ),
    (
        "sumter",
        "On 12 April 1861 Confederate guns opened fire on Fort Sumter. The next day the fort "
        "surrendered. Two days later Lincoln called for 75,000 volunteers. Four days after that he "
        "proclaimed a blockade, and three days thereafter the first regiments reached Washington.",
        [
            ("Two days later", "DATE", "1861-04-15"),
            ("Four days after that", "DATE", "1861-04-19"),
            ("three days thereafter", "DATE", "1861-04-22"),
        ],
    ),
    (
        "jerusalem",
        "The Egyptian Expeditionary Force took Gaza in November 1917. On 9 December 1917 Allenby "
        "entered Jerusalem. Earlier that year, on 11 March, Baghdad had fallen to Maude's army.",
        [("9 December 1917", "DATE", "1917-12-09"), ("11 March", "DATE", "1917-03-11")],
    ),
    (
        "taif",
        "The Taif Agreement was signed on 22 October 1989. President Moawad was killed on 22 November "
        "1989, Lebanon's Independence Day, seventeen days after his election. In Northern Ireland the "
        "ceasefire was restored on 20 July 1997, and the Good Friday Agreement was reached on 10 April "
        "1998. Fighting in Siberia had continued for the next year.",
        [
            ("22 November 1989", "DATE", "1989-11-22"),
            ("10 April 1998", "DATE", "1998-04-10"),
            ("the next year", "DURATION", "P1Y"),
        ],
    ),
]

#: Documents auto mode does not read as histories yet.
AUTO_GAPS: dict[str, str] = {}


test_article_values, test_auto_reads_the_article_as_a_history = article_tests(DOCUMENTS, AUTO_GAPS, DCT)


def test_ordinals_in_seconds_are_no_lengths() -> None:
    text = (
        "The regiment celebrated its thirty-second anniversary. The Twenty-Second Legion was raised in Gaul."
    )
    assert [timex.text for timex in annotate(text, dct=DCT, domain="narrative")] == []


def test_a_count_from_the_story_keeps_its_year_without_a_dct() -> None:
    text = "In 211 BC both brothers were killed, Publius at Castulo and Gnaeus at Ilorca 29 days later."
    for dct in (DCT, None):
        values = {timex.text: timex.value for timex in annotate(text, dct=dct, domain="narrative")}
        assert values == {"211 BC": "BC0211", "29 days later": "BC0211-XX-XX"}, dct


def test_anaphora_before_the_story_has_a_time_is_no_time_of_the_dct() -> None:
    text = "Later that year the uprising spread to Silesia. On 3 May 1921 the Third Silesian Uprising began."
    for dct in (DCT, None, "1700-01-01"):
        values = [(timex.text, timex.value) for timex in annotate(text, dct=dct, domain="narrative")]
        assert values == [("Later that year", "XXXX"), ("3 May 1921", "1921-05-03")], dct
