"""A probe of financial and business news: earnings releases, markets, central banks, deals,
economic data and the shorthand of tables.

This is the register a temporal tagger on news meets most (TimeBank's Wall Street Journal half is
of this kind). Each case is a sentence of our own with its publication date and every timex it
must yield (text, type, value, and mod; freq and quant for sets when given); a case with no
expected timex is a negative: filings, indexes, retirement plans, product and model names, rates
and points. Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- "the three months ended March 31", "the 12 months to September", "the year through June" and
  "the fiscal year ending June 30" are a length (DURATION) and the day or month that ends it, two
  timexes, as TimeBank writes "the fiscal year" before its end; "the quarter ended Dec. 31" is the
  quarter (a DATE) and its last day; "the first nine months of this year" is a length and the year.
- "fiscal 2025", "FY24", "Q4 FY2024", "Q1 fiscal 2026", "first-quarter 2026", "1H25", "3Q24",
  "2Q25", "second-half 2026", "the full year 2025", "calendar 2024" and an analyst's "2025e" are
  one expression each, the fiscal year named by its year; "the back half of the year" is its
  second half. "the financial year 2024-25", with no "fiscal" or "FY", names both its years, as
  the first news probe reads it.
- A quarter or a half without its year, told in the past, is no next year's ("profit rose in the
  first quarter" in November is this year's); ahead, it is the coming one.
- "the prior-year period" is "the year-ago period": the reported quarter a year before;
  "the preceding quarter" after a reported quarter is the one before it.
- "year-to-date" ("the year to date", "month-to-date") is the DCT's year (month), a DATE.
- "year-over-year", "sequentially", "month-on-month", "on an annualized basis", "at the close",
  "in late trading", "the session" and "intraday" are no timexes; nor is "full-year" before a figure
  (its year is often named after it: "full-year revenue ... for fiscal 2023"), nor "quarterly"
  before "dividend" (TimeBank leaves it untagged: a kind of dividend).
- A bond's or a contract's term and a market's look-back ("the 10-year Treasury note", "a 52-week
  high", "a 34-year low", "a five-year contract") are durations, as TimeBank tags "30-year" and
  "10-year"; an age ("a 30-year-old trader") is not.
- "the April-June quarter" and "the January-March period" are the quarter (one DATE).
- A year in a name is a year ("the Class of 2025", "its 2030 bonds"); an index's or a product's
  number is not ("the Russell 2000", "the S&P 500", "Windows 11", "the Boeing 737").

Publication dates used (weekday, ISO week):
    2025-04-24 Thursday, W17 (Q); 2025-11-05 Wednesday, W45 (N); 2026-01-28 Wednesday, W05 (J);
    2024-12-18 Wednesday, W51 (D); 2025-08-14 Thursday, W33 (G); 2025-02-12 Wednesday, W07 (F);
    others given in the case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

Q = "2025-04-24"  # first-quarter results
N = "2025-11-05"  # third-quarter results
J = "2026-01-28"  # fourth-quarter and full-year results
D = "2024-12-18"  # a Fed decision day
G = "2025-08-14"  # half-year results
F = "2025-02-12"

# (text, publication date, expected timexes); a timex is (text, type, value) with an optional mod,
# or (text, type, value, mod, {"freq": ..., "quant": ...}) for sets.
CASES: list[tuple[str, str, list[tuple]]] = [
    # --- earnings releases: periods ended, fiscal years, quarters, halves ---
    (
        "Net income was $412 million for the three months ended March 31, 2025.",
        Q,
        [("the three months", "DURATION", "P3M"), ("March 31, 2025", "DATE", "2025-03-31")],
    ),
    (
        "Revenue for the six months ended June 30 rose 9% to $1.2 billion.",
        G,
        [("the six months", "DURATION", "P6M"), ("June 30", "DATE", "2025-06-30")],
    ),
    (
        "For the nine months ended Sept. 30, operating cash flow was $880 million.",
        N,
        [("the nine months", "DURATION", "P9M"), ("Sept. 30", "DATE", "2025-09-30")],
    ),
    (
        "The company now expects sales of $4 billion for the fiscal year ending June 30, 2026.",
        N,
        [
            ("now", "DATE", "PRESENT_REF"),
            ("the fiscal year", "DURATION", "P1Y"),
            ("June 30, 2026", "DATE", "2026-06-30"),
        ],
    ),
    (
        "The retailer expects earnings per share of $2.10 to $2.25 in fiscal 2026.",
        N,
        [("fiscal 2026", "DATE", "2026")],
    ),
    ("Sales in fiscal 2025 rose 6% to $14.3 billion.", N, [("fiscal 2025", "DATE", "2025")]),
    ("The chipmaker posted record revenue in FY24.", F, [("FY24", "DATE", "2024")]),
    ("Revenue in Q4 FY2024 came in at $3.1 billion.", F, [("Q4 FY2024", "DATE", "2024-Q4")]),
    ("Margins improved in the first half, the company said.", G, [("the first half", "DATE", "2025-H1")]),
    ("First-half profit fell 12% to 340 million euros.", G, [("First-half", "DATE", "2025-H1")]),
    ("The insurer reported a first-half loss of $90 million.", G, [("first-half", "DATE", "2025-H1")]),
    ("Sales rose 4% from the prior-year period.", N, [("the prior-year period", "DATE", "2024-Q3")]),
    (
        "Third-quarter revenue rose 11% from the prior-year period.",
        N,
        [("Third-quarter", "DATE", "2025-Q3"), ("the prior-year period", "DATE", "2024-Q3")],
    ),
    (
        "Net income rose to $1.4 billion in the third quarter from $1.1 billion in the year-ago quarter.",
        N,
        [("the third quarter", "DATE", "2025-Q3"), ("the year-ago quarter", "DATE", "2024-Q3")],
    ),
    (
        "First-quarter profit was $2.02 a share, compared with $1.76 a year earlier.",
        Q,
        [("First-quarter", "DATE", "2025-Q1"), ("a year earlier", "DATE", "2024-Q1")],
    ),
    (
        "Fourth-quarter sales rose 7% from a year earlier.",
        J,
        [("Fourth-quarter", "DATE", "2025-Q4"), ("a year earlier", "DATE", "2024-Q4")],
    ),
    ("Third-quarter revenue grew 14% year-over-year.", N, [("Third-quarter", "DATE", "2025-Q3")]),
    ("Revenue rose 3% sequentially in the third quarter.", N, [("the third quarter", "DATE", "2025-Q3")]),
    ("The stock is up 41% year-to-date.", N, [("year-to-date", "DATE", "2025")]),
    ("Year-to-date, the fund has returned 8.4%.", N, [("Year-to-date", "DATE", "2025")]),
    (
        "Sales over the trailing twelve months reached $61 billion.",
        N,
        [("the trailing twelve months", "DURATION", "P12M")],
    ),
    ("The company had $2.3 billion in cash as of Dec. 31.", F, [("Dec. 31", "DATE", "2024-12-31")]),
    (
        "As of Sept. 30, 2025, the bank held $14 billion in deposits.",
        N,
        [("Sept. 30, 2025", "DATE", "2025-09-30")],
    ),
    ("The carmaker cut its guidance for 2026.", J, [("2026", "DATE", "2026")]),
    (
        "The company will give guidance for 2026 in February.",
        J,
        [("2026", "DATE", "2026"), ("February", "DATE", "2026-02")],
    ),
    ("Management expects margins to widen next fiscal year.", N, [("next fiscal year", "DATE", "2026")]),
    (
        "Demand should recover in the second half of the year.",
        G,
        [("the second half of the year", "DATE", "2025-H2")],
    ),
    ("The company expects a loss in the current quarter.", N, [("the current quarter", "DATE", "2025-Q4")]),
    ("The company expects a loss in the current quarter.", G, [("the current quarter", "DATE", "2025-Q3")]),
    ("Shipments fell in the fourth quarter of 2024.", F, [("the fourth quarter of 2024", "DATE", "2024-Q4")]),
    (
        "The bank will release third-quarter results on Oct. 14.",
        "2025-10-01",
        [("third-quarter", "DATE", "2025-Q3"), ("Oct. 14", "DATE", "2025-10-14")],
    ),
    (
        "The lender reported third-quarter results on Tuesday.",
        N,
        [("third-quarter", "DATE", "2025-Q3"), ("Tuesday", "DATE", "2025-11-04")],
    ),
    (
        "The airline reports fourth-quarter results on Thursday.",
        J,
        [("fourth-quarter", "DATE", "2025-Q4"), ("Thursday", "DATE", "2026-01-29")],
    ),
    ("Full-year revenue rose 5% to $18.6 billion.", J, []),
    ("The group raised its full-year forecast on Thursday.", G, [("Thursday", "DATE", "2025-08-14")]),
    ("The company reported a loss for 2025 of $310 million.", J, [("2025", "DATE", "2025")]),
    (
        "Sales in the quarter ended Dec. 31 rose 9%.",
        J,
        [("the quarter", "DATE", "2025-Q4"), ("Dec. 31", "DATE", "2025-12-31")],
    ),
    ("Earnings in the latest quarter beat estimates.", N, [("the latest quarter", "DATE", "2025-Q3")]),
    (
        "Profit in the most recent quarter was $80 million.",
        N,
        [("the most recent quarter", "DATE", "2025-Q3")],
    ),
    (
        "Revenue in the second quarter of fiscal 2026 fell 2%.",
        N,
        [("the second quarter of fiscal 2026", "DATE", "2026-Q2")],
    ),
    (
        "Gross margin was 41.2% in the fiscal first quarter.",
        N,
        [("the fiscal first quarter", "DATE", "2025-Q1")],
    ),
    ("The company expects to return to profit in 2027.", N, [("2027", "DATE", "2027")]),
    ("Analysts expect earnings to grow 15% next year.", N, [("next year", "DATE", "2026")]),
    ("The company earned $3.4 billion last year.", J, [("last year", "DATE", "2025")]),
    ("The company's shares have doubled over the past year.", N, [("the past year", "DATE", "2024")]),
    ("Revenue has grown for 12 consecutive quarters.", N, [("12 consecutive quarters", "DURATION", "P12Q")]),
    ("It was the company's fifth straight quarterly loss.", N, []),
    ("The company pays a quarterly dividend of 24 cents.", N, []),
    (
        "Profit at the unit doubled in the April-June quarter.",
        G,
        [("the April-June quarter", "DATE", "2025-Q2")],
    ),
    (
        "The retailer said sales in the 13 weeks to Feb. 1 fell 0.8%.",
        F,
        [("the 13 weeks", "DURATION", "P13W"), ("Feb. 1", "DATE", "2025-02-01")],
    ),
    (
        "Revenue in the 52 weeks ended Jan. 31 was $9.8 billion.",
        F,
        [("the 52 weeks", "DURATION", "P52W"), ("Jan. 31", "DATE", "2025-01-31")],
    ),
    ("Same-store sales fell 2% in the holiday quarter.", J, []),
    (
        "Profit over the first nine months of this year rose 6%.",
        N,
        [("the first nine months", "DURATION", "P9M"), ("this year", "DATE", "2025")],
    ),
    (
        "Results covering the first nine months of 2025 will be published on Nov. 20.",
        N,
        [
            ("the first nine months", "DURATION", "P9M"),
            ("2025", "DATE", "2025"),
            ("Nov. 20", "DATE", "2025-11-20"),
        ],
    ),
    (
        "The second half of 2025 will be weaker, the chief executive warned.",
        G,
        [("The second half of 2025", "DATE", "2025-H2")],
    ),
    ("Orders picked up in the back half of the year.", N, [("the back half of the year", "DATE", "2025-H2")]),
    ("Revenue grew 18% in calendar 2024.", F, [("calendar 2024", "DATE", "2024")]),
    (
        "The company expects to cut 4,000 jobs over the next two years.",
        N,
        [("the next two years", "DURATION", "P2Y")],
    ),
    (
        "The restructuring will be completed by the end of fiscal 2026.",
        N,
        [("the end of fiscal 2026", "DATE", "2026", "END")],
    ),
    ("Sales rose in each of the last four quarters.", N, [("the last four quarters", "DURATION", "P4Q")]),
    (
        "Net income in the fourth quarter was $52 million, up from $31 million in the same period last year.",
        J,
        [("the fourth quarter", "DATE", "2025-Q4"), ("the same period last year", "DATE", "2024-Q4")],
    ),
    (
        "The company will report earnings before the market opens on Tuesday.",
        J,
        [("Tuesday", "DATE", "2026-02-03")],
    ),
    # A quarter or a half told in the past is no next year's, however near.
    ("Profit rose in the first quarter.", N, [("the first quarter", "DATE", "2025-Q1")]),
    ("The group posted a profit for the first half.", N, [("the first half", "DATE", "2025-H1")]),
    ("Profit will rise in the first quarter.", N, [("the first quarter", "DATE", "2026-Q1")]),
    (
        "The bank earned $4.2 billion in the fourth quarter, compared with $3.1 billion a year earlier.",
        J,
        [("the fourth quarter", "DATE", "2025-Q4"), ("a year earlier", "DATE", "2024-Q4")],
    ),
    ("For the full year 2025, revenue was $41 billion.", J, [("the full year 2025", "DATE", "2025")]),
    # A financial year written with both its years, and no "fiscal" or "FY", names them both.
    (
        "Revenue in the financial year 2024-25 rose 7%.",
        N,
        [("2024", "DATE", "2024"), ("25", "DATE", "2025")],
    ),
    (
        "The company expects second-half 2026 margins to improve.",
        N,
        [("second-half 2026", "DATE", "2026-H2")],
    ),
    (
        "The company reported second-quarter results after the bell on Wednesday.",
        G,
        [("second-quarter", "DATE", "2025-Q2"), ("Wednesday", "DATE", "2025-08-13")],
    ),
    (
        "The dividend is payable on Dec. 15 to shareholders of record on Nov. 28.",
        N,
        [("Dec. 15", "DATE", "2025-12-15"), ("Nov. 28", "DATE", "2025-11-28")],
    ),
    (
        "Demand will remain soft through the first half of next year.",
        N,
        [("the first half of next year", "DATE", "2026-H1")],
    ),
    (
        "The company lowered its outlook for the rest of the year.",
        N,
        [("the rest of the year", "DATE", "2025")],
    ),
    # --- markets ---
    ("The shares touched a 52-week high of $214.", N, [("52-week", "DURATION", "P52W")]),
    ("The stock slid to its lowest in 18 months.", N, [("18 months", "DURATION", "P18M")]),
    ("The yield on the 10-year Treasury note rose to 4.31%.", N, [("10-year", "DURATION", "P10Y")]),
    (
        "The 30-year bond yield climbed to 4.9%, the highest since 2007.",
        N,
        [("30-year", "DURATION", "P30Y"), ("2007", "DATE", "2007")],
    ),
    (
        "The two-year yield, which tracks rate expectations, fell 8 basis points.",
        N,
        [("two-year", "DURATION", "P2Y")],
    ),
    (
        "Average rates on 30-year fixed mortgages fell to 6.2% this week.",
        N,
        [("30-year", "DURATION", "P30Y"), ("this week", "DATE", "2025-W45")],
    ),
    ("Asian shares slid overnight after the Fed decision.", N, [("overnight", "TIME", "2025-11-04TNI")]),
    ("The shares fell 4% in late trading.", N, []),
    ("The shares rose 6% in after-hours trading.", N, []),
    ("The index ended the session 0.8% lower.", N, []),
    ("The stock closed at $52.10 on Friday, up 3%.", N, [("Friday", "DATE", "2025-10-31")]),
    ("The shares are up 12% since Friday's close.", N, [("Friday", "DATE", "2025-10-31")]),
    ("Oil settled at $61.40 a barrel at the close.", N, []),
    ("The index swung by 2% intraday before closing flat.", N, []),
    (
        "The Nasdaq rose 1.2% on Wednesday, its best day in a month.",
        N,
        [("Wednesday", "DATE", "2025-11-05"), ("a month", "DURATION", "P1M")],
    ),
    ("The S&P 500 has gained 15% so far this year.", N, [("this year", "DATE", "2025")]),
    ("Stocks posted their worst week since March.", N, [("March", "DATE", "2025-03")]),
    ("The Dow fell 300 points.", N, []),
    ("The index rose for a fifth straight session on Tuesday.", N, [("Tuesday", "DATE", "2025-11-04")]),
    ("Bitcoin has lost a fifth of its value in the past month.", N, [("the past month", "DURATION", "P1M")]),
    ("The euro weakened against the dollar for a third week.", N, []),
    ("Gold is on track for its best year since 1979.", N, [("1979", "DATE", "1979")]),
    ("Crude for December delivery fell 1.1%.", N, [("December", "DATE", "2025-12")]),
    ("Trading volume was 20% below the 30-day average.", N, [("30-day", "DURATION", "P30D")]),
    ("The stock has fallen 22% in the past three months.", N, [("the past three months", "DURATION", "P3M")]),
    (
        "European shares opened higher on Thursday morning.",
        "2025-11-06",
        [("Thursday morning", "TIME", "2025-11-06TMO")],
    ),
    ("Stocks rallied in the final hour of trading.", N, [("the final hour", "DURATION", "PT1H")]),
    ("The market is closed on Thanksgiving Day.", N, [("Thanksgiving Day", "DATE", "2025-11-27")]),
    ("Markets in Tokyo will be closed on Monday for a holiday.", N, [("Monday", "DATE", "2025-11-10")]),
    ("Shares of the bank fell 9% on the day.", N, []),
    ("The stock hit a record on Monday.", N, [("Monday", "DATE", "2025-11-03")]),
    (
        "The benchmark index has risen in seven of the past eight weeks.",
        N,
        [("the past eight weeks", "DURATION", "P8W")],
    ),
    (
        "The bank raised its year-end target for the S&P 500 to 7,000.",
        N,
        [("year-end", "DATE", "2025", "END")],
    ),
    ("The IPO is expected to price the week of Nov. 17.", N, [("the week of Nov. 17", "DATE", "2025-W47")]),
    # --- central banks ---
    ("Traders are betting on a cut at the Fed's December meeting.", N, [("December", "DATE", "2025-12")]),
    ("The Fed left rates unchanged at its June meeting.", G, [("June", "DATE", "2025-06")]),
    ("Policymakers will next meet in January.", D, [("January", "DATE", "2025-01")]),
    (
        "The bank signaled that rates will stay on hold until mid-2026.",
        N,
        [("mid-2026", "DATE", "2026", "MID")],
    ),
    ("Officials penciled in two more cuts this year.", G, [("this year", "DATE", "2025")]),
    (
        "Economists expect inflation to ease over the next 12 months.",
        N,
        [("the next 12 months", "DURATION", "P12M")],
    ),
    (
        "The Fed cut its benchmark rate by a quarter point on Wednesday.",
        D,
        [("Wednesday", "DATE", "2024-12-18")],
    ),
    ("It was the central bank's third cut this year.", D, [("this year", "DATE", "2024")]),
    ("The Bank of England held rates at 4% in September.", N, [("September", "DATE", "2025-09")]),
    ("The ECB is expected to keep rates on hold through 2026.", N, [("2026", "DATE", "2026")]),
    (
        "The Fed has raised rates 11 times since March 2022.",
        "2023-09-14",
        [("March 2022", "DATE", "2022-03")],
    ),
    (
        "The Fed's next policy meeting is on Dec. 9-10.",
        N,
        [("Dec. 9", "DATE", "2025-12-09"), ("10", "DATE", "2025-12-10")],
    ),
    ("Rates have been at their highest level in 22 years.", N, [("22 years", "DURATION", "P22Y")]),
    (
        "The bank expects inflation to return to its 2% target in the second half of 2026.",
        N,
        [("the second half of 2026", "DATE", "2026-H2")],
    ),
    (
        "Markets now price a first cut by March.",
        J,
        [("now", "DATE", "PRESENT_REF"), ("March", "DATE", "2026-03")],
    ),
    ("The governor said rates would stay high for longer.", N, []),
    (
        "The central bank meets every six weeks.",
        N,
        [("every six weeks", "SET", "P6W", None, {"quant": "EVERY"})],
    ),
    # --- deals ---
    (
        "The deal is expected to close in the first quarter of 2026.",
        N,
        [("the first quarter of 2026", "DATE", "2026-Q1")],
    ),
    (
        "The acquisition should close by the end of this year if regulators agree.",
        N,
        [("the end of this year", "DATE", "2025", "END")],
    ),
    ("Either party may terminate the agreement within 90 days.", N, [("90 days", "DURATION", "P90D")]),
    ("The striker signed a five-year contract with the club.", N, [("five-year", "DURATION", "P5Y")]),
    (
        "The two companies signed a 10-year supply agreement on Monday.",
        N,
        [("10-year", "DURATION", "P10Y"), ("Monday", "DATE", "2025-11-03")],
    ),
    ("The offer expires at 5 p.m. on Dec. 12.", N, [("5 p.m. on Dec. 12", "TIME", "2025-12-12T17:00")]),
    ("The tender offer was extended until Jan. 15.", N, [("Jan. 15", "DATE", "2026-01-15")]),
    ("The merger is expected to close later this year.", G, [("later this year", "DATE", "2025", "END")]),
    (
        "The deal is expected to close in the second half of 2026, subject to regulatory approval.",
        N,
        [("the second half of 2026", "DATE", "2026-H2")],
    ),
    ("The buyout firm agreed to a 60-day go-shop period.", N, [("60-day", "DURATION", "P60D")]),
    (
        "Shareholders will vote on the deal early next year.",
        N,
        [("early next year", "DATE", "2026", "START")],
    ),
    ("The lockup period ends 180 days after the listing.", N, [("180 days", "DURATION", "P180D")]),
    ("The company went public in 2021.", N, [("2021", "DATE", "2021")]),
    ("The regulator has until March 3 to decide.", N, [("March 3", "DATE", "2026-03-03")]),
    (
        "The acquisition is expected to add to earnings within two years.",
        N,
        [("two years", "DURATION", "P2Y")],
    ),
    (
        "The forward scored 21 goals in the 2024-25 season.",
        N,
        [("2024", "DATE", "2024"), ("25", "DATE", "2025")],
    ),
    ("The bonds mature in 2035.", N, [("2035", "DATE", "2035")]),
    ("The notes due 2030 carry a coupon of 5.25%.", N, [("2030", "DATE", "2030")]),
    ("The lease runs through 2032.", N, [("2032", "DATE", "2032")]),
    ("The merger should be completed in early 2026.", N, [("early 2026", "DATE", "2026", "START")]),
    # --- economic data ---
    (
        "Consumer prices rose 2.7% in the 12 months to September.",
        N,
        [("the 12 months", "DURATION", "P12M"), ("September", "DATE", "2025-09")],
    ),
    (
        "Unemployment rose to 5% in the three months to November.",
        "2026-01-20",
        [("the three months", "DURATION", "P3M"), ("November", "DATE", "2025-11")],
    ),
    (
        "The economy grew at a 3.1% annual rate in the third quarter.",
        N,
        [("the third quarter", "DATE", "2025-Q3")],
    ),
    ("Output grew 1.8% on an annualized basis.", N, []),
    ("Retail sales rose 0.4% month-on-month.", N, []),
    ("Industrial production fell 1.2% from a year earlier.", N, [("a year earlier", "DATE", "2024")]),
    ("The figure was revised up from last month's figure of 3.8%.", N, [("last month", "DATE", "2025-10")]),
    (
        "The October reading was the weakest since 2020.",
        N,
        [("October", "DATE", "2025-10"), ("2020", "DATE", "2020")],
    ),
    (
        "Inflation slowed in the year through June.",
        G,
        [("the year", "DURATION", "P1Y"), ("June", "DATE", "2025-06")],
    ),
    ("Employers added 150,000 jobs last month.", N, [("last month", "DATE", "2025-10")]),
    ("The jobless rate held at 4.1% in December.", J, [("December", "DATE", "2025-12")]),
    (
        "The September jobs report will be released on Friday.",
        "2025-10-01",
        [("September", "DATE", "2025-09"), ("Friday", "DATE", "2025-10-03")],
    ),
    (
        "Core inflation was 3.2% in August, down from 3.4% in July.",
        N,
        [("August", "DATE", "2025-08"), ("July", "DATE", "2025-07")],
    ),
    ("Housing starts fell for a third straight month in October.", N, [("October", "DATE", "2025-10")]),
    (
        "Consumer confidence fell to its lowest level since April 2020.",
        N,
        [("April 2020", "DATE", "2020-04")],
    ),
    (
        "The economy shrank in the first quarter, the first contraction in three years.",
        Q,
        [("the first quarter", "DATE", "2025-Q1"), ("three years", "DURATION", "P3Y")],
    ),
    ("Exports rose 5% in the January-March period.", Q, [("the January-March period", "DATE", "2025-Q1")]),
    (
        "GDP data for the third quarter are due on Thursday.",
        "2025-10-27",
        [("the third quarter", "DATE", "2025-Q3"), ("Thursday", "DATE", "2025-10-30")],
    ),
    (
        "Prices rose 0.3% in November from the previous month.",
        "2025-12-10",
        [("November", "DATE", "2025-11"), ("the previous month", "DATE", "2025-10")],
    ),
    ("Wage growth has outpaced inflation for 18 months.", N, [("18 months", "DURATION", "P18M")]),
    (
        "The trade deficit narrowed in the second quarter from the first.",
        G,
        [("the second quarter", "DATE", "2025-Q2")],
    ),
    ("Inflation is forecast to average 2.4% in 2026.", N, [("2026", "DATE", "2026")]),
    (
        "The budget deficit for the fiscal year that ended Sept. 30 was $1.8 trillion.",
        N,
        # (A year named by its length and last day, as "the fiscal year ended Sept. 30" is: TimeBank
        # writes it P1Y, with the day a timex of its own.)
        [("the fiscal year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "2025-09-30")],
    ),
    ("Weekly jobless claims fell by 8,000.", N, [("Weekly", "SET", "P1W", None, {"freq": "1X"})]),
    ("The survey is published monthly.", N, [("monthly", "SET", "P1M", None, {"freq": "1X"})]),
    (
        "Jobless claims for the week ended Nov. 1 fell to 218,000.",
        N,
        [("the week", "DURATION", "P1W"), ("Nov. 1", "DATE", "2025-11-01")],
    ),
    # --- tables and shorthand ---
    ("Revenue, Q1 2025: $4.1 billion.", Q, [("Q1 2025", "DATE", "2025-Q1")]),
    ("Net income rose 8% in 1H25.", G, [("1H25", "DATE", "2025-H1")]),
    ("EBITDA margin in 3Q24 was 22%.", F, [("3Q24", "DATE", "2024-Q3")]),
    ("Analysts see EPS of $5.40 in 2025e.", F, [("2025e", "DATE", "2025")]),
    ("Sales rose 6% in 2H24.", F, [("2H24", "DATE", "2024-H2")]),
    ("Revenue in Q3 was $910 million.", N, [("Q3", "DATE", "2025-Q3")]),
    (
        "The company earned 58 cents a share in Q2, versus 49 cents in Q2 2024.",
        G,
        [("Q2", "DATE", "2025-Q2"), ("Q2 2024", "DATE", "2024-Q2")],
    ),
    ("Guidance for FY2026 was raised.", N, [("FY2026", "DATE", "2026")]),
    ("Revenue in FY 2025 was $2.2 billion.", N, [("FY 2025", "DATE", "2025")]),
    # --- corrections ---
    (
        "An earlier version of this article misstated the company's third-quarter revenue.",
        N,
        [("third-quarter", "DATE", "2025-Q3")],
    ),
    (
        "A chart on Tuesday misstated the period. It was the quarter ended Sept. 30.",
        N,
        [
            ("Tuesday", "DATE", "2025-11-04"),
            ("the quarter", "DATE", "2025-Q3"),
            ("Sept. 30", "DATE", "2025-09-30"),
        ],
    ),
    # --- negatives ---
    ("The company disclosed the payment in its 10-K.", N, []),
    ("The company disclosed the sale in a Form 8-K filing.", N, []),
    ("Employees may contribute up to 6% to a 401(k).", N, []),
    ("The insider filed a Section 16 report.", N, []),
    ("The stock was added to the S&P 500.", N, []),
    ("The company dropped out of the Fortune 500.", N, []),
    ("7-Eleven agreed to sell 444 stores.", N, []),
    ("The help desk is staffed 24/7.", N, []),
    ("The tuition covers the Class of 2025.", N, [("2025", "DATE", "2025")]),
    ("Windows 11 will be installed on new laptops.", N, []),
    ("The airline ordered 50 Boeing 737 jets.", N, []),
    ("The start-up raised $12 million in a Series A round.", N, []),
    ("The lender is a member of the FTSE 100.", N, []),
    ("The fund tracks the Russell 2000.", N, []),
    ("The index closed at 4,782.", N, []),
    ("The bank's Tier 1 capital ratio was 13.2%.", N, []),
    ("The company sells its products in 120 countries.", N, []),
    ("The shares trade at 18 times forward earnings.", N, []),
    ("The chain operates 1,920 stores.", N, []),
    ("The company's debt was cut to junk.", N, []),
    ("He holds a 30% stake in the company.", N, []),
    ("The fund charges a 2 and 20 fee.", N, []),
    ("The company makes the iPhone 16.", N, []),
    # --- more earnings, markets and central banks ---
    (
        "The retailer reported a loss for its fiscal second quarter ended Dec. 28.",
        J,
        [("fiscal second quarter", "DATE", "2026-Q2"), ("Dec. 28", "DATE", "2025-12-28")],
    ),
    (
        "The company will report first-quarter 2026 results on April 28.",
        J,
        [("first-quarter 2026", "DATE", "2026-Q1"), ("April 28", "DATE", "2026-04-28")],
    ),
    (
        "Orders rose 6% in the three months through March.",
        Q,
        [("the three months", "DURATION", "P3M"), ("March", "DATE", "2025-03")],
    ),
    (
        "Third-quarter revenue fell 3% from the preceding quarter.",
        N,
        [("Third-quarter", "DATE", "2025-Q3"), ("the preceding quarter", "DATE", "2025-Q2")],
    ),
    (
        "Margins widened in the third quarter from the previous quarter.",
        N,
        [("the third quarter", "DATE", "2025-Q3"), ("the previous quarter", "DATE", "2025-Q2")],
    ),
    ("Sales fell for the second consecutive quarter.", N, []),
    (
        "Profit rose 8% compared with the same quarter last year.",
        N,
        [("the same quarter last year", "DATE", "2024-Q3")],
    ),
    ("Profit fell in H1 2025.", G, [("H1 2025", "DATE", "2025-H1")]),
    ("Net revenue rose 4% in 2Q25.", G, [("2Q25", "DATE", "2025-Q2")]),
    ("The province expects a deficit in FY2025/26.", N, [("FY2025/26", "DATE", "2026")]),
    (
        "The bank plans to hold rates through the end of 2026.",
        N,
        [("the end of 2026", "DATE", "2026", "END")],
    ),
    (
        "The company expects to reach its target by the end of the third quarter.",
        G,
        [("the end of the third quarter", "DATE", "2025-Q3", "END")],
    ),
    ("Earnings will be released in mid-December.", N, [("mid-December", "DATE", "2025-12", "MID")]),
    ("Sales fell last quarter.", N, [("last quarter", "DATE", "2025-Q3")]),
    ("The company expects to turn a profit next quarter.", N, [("next quarter", "DATE", "2026-Q1")]),
    ("Shipments will slow this quarter.", N, [("this quarter", "DATE", "2025-Q4")]),
    (
        "The company published its 2026 outlook on Tuesday.",
        J,
        [("2026", "DATE", "2026"), ("Tuesday", "DATE", "2026-01-27")],
    ),
    (
        "Crude inventories rose in the week ended Friday.",
        N,
        [("the week", "DURATION", "P1W"), ("Friday", "DATE", "2025-10-31")],
    ),
    ("Investors sold bank shares in Monday's session.", N, [("Monday", "DATE", "2025-11-03")]),
    ("The shares fell 7% in early trading Monday.", N, [("Monday", "DATE", "2025-11-03")]),
    (
        "The Fed's policy committee meets on July 29-30.",
        "2025-07-10",
        [("July 29", "DATE", "2025-07-29"), ("30", "DATE", "2025-07-30")],
    ),
    (
        "Economists expect prices to keep rising in the coming months.",
        N,
        [("the coming months", "DURATION", "PXM")],
    ),
    ("The bank could cut rates as soon as September.", G, [("September", "DATE", "2025-09")]),
    (
        "The Fed ended its two-day meeting on Wednesday.",
        D,
        [("two-day", "DURATION", "P2D"), ("Wednesday", "DATE", "2024-12-18")],
    ),
    ("The Fed delivered a quarter-point cut.", D, []),
    ("The bank lowered its key rate by a quarter of a percentage point.", D, []),
    ("Markets expect a half-point cut.", D, []),
    ("The yen fell to a 34-year low against the dollar.", N, [("34-year", "DURATION", "P34Y")]),
    ("Inflation is at its highest in a decade.", N, [("a decade", "DURATION", "P10Y")]),
    ("The pound hit a three-year high.", N, [("three-year", "DURATION", "P3Y")]),
    ("Banks have been tightly regulated since the 2008 financial crisis.", N, [("2008", "DATE", "2008")]),
    ("The merger talks continued over the weekend.", N, [("the weekend", "DATE", "2025-W44-WE")]),
    (
        "The exchange is open from 9:30 a.m. to 4 p.m.",
        N,
        [("9:30 a.m.", "TIME", "2025-11-05T09:30"), ("4 p.m.", "TIME", "2025-11-05T16:00")],
    ),
    ("The notes were sold under Rule 144A.", N, []),
    ("The company filed for Chapter 11 bankruptcy protection.", N, []),
    ("A 30-year-old trader was charged with fraud.", N, []),
    ("The bank redeemed its 2030 bonds early.", N, [("2030", "DATE", "2030")]),
    ("The economy grew at an annual rate of 2.8%.", N, []),
    (
        "The bank reviews its dividend twice a year.",
        N,
        [("twice a year", "SET", "P1Y", None, {"freq": "2X"})],
    ),
    ("The stock split takes effect on Monday.", N, [("Monday", "DATE", "2025-11-10")]),
    ("The company's shares have lost half their value since the IPO in 2021.", N, [("2021", "DATE", "2021")]),
    (
        "The fund has beaten its benchmark in eight of the past 10 years.",
        N,
        [("the past 10 years", "DURATION", "P10Y")],
    ),
    ("Annual revenue is expected to reach $10 billion by 2030.", N, [("2030", "DATE", "2030")]),
    (
        "Results for the fourth quarter and full year will be released on Feb. 4.",
        J,
        [("the fourth quarter", "DATE", "2025-Q4"), ("Feb. 4", "DATE", "2026-02-04")],
    ),
    (
        "The company reaffirmed its outlook for the remainder of the year.",
        G,
        [("the remainder of the year", "DATE", "2025")],
    ),
    ("Sales in the second half are expected to improve.", G, [("the second half", "DATE", "2025-H2")]),
    (
        "Net income was $1.2 billion, or $2.10 a share, in the quarter ended Sept. 28, 2025.",
        N,
        [("the quarter", "DATE", "2025-Q3"), ("Sept. 28, 2025", "DATE", "2025-09-28")],
    ),
]

# What the tagger does not read yet: each a strict xfail with its reason.
KNOWN_GAPS = [
    # The minutes awaited are of the last meeting of that month, whatever the tense of their
    # release (a known gap until the fortieth probe).
    (
        "Minutes of the October meeting will be released in three weeks.",
        N,
        [("October", "DATE", "2025-10"), ("three weeks", "DURATION", "P3W")],
    ),
    # "the full year" told in the past in the weeks a year's results take: the year just closed.
    (
        "Fourth-quarter sales rose 7%. For the full year, sales rose 5%.",
        J,
        [("Fourth-quarter", "DATE", "2025-Q4"), ("the full year", "DATE", "2025")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), [*CASES, *KNOWN_GAPS])
def test_financial_probe(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)
