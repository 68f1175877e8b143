"""A probe of legal, regulatory and formal business text: contracts, court filings, SEC filings,
regulations and government notices, and press releases.

Users run the tagger over more than news: a lease, an indictment, a 10-Q, a notice of proposed
rulemaking. These documents write time their own way: counts spelled out with the numeral
restated in brackets ("thirty (30) days"), the day a deed is signed as "this 5th day of May,
2025", business and calendar days, bounds in words ("not less than", "no later than", "on or
before"), the pleading's "on or about", the filing's "fiscal year ended December 31, 2024", a
zone set off by commas ("5:00 p.m., New York City time, on June 6, 2025"). Each case is a sentence
of our own, written as such documents are, with its publication date and every timex it must yield
(text, type, value, and mod); a case with no expected timex is a negative. Values follow TimeML
1.2.1 and ../shared/TIMEX3.md; extents keep determiners and modifiers and leave out the
preposition. Every case runs with ``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down, for the forms of contracts and filings:
- "the 30th day of June, 2020", "this 5th day of May, 2025", "this twelfth day of March, 2025"
  are one DATE each, the determiner in the extent ("this" only before "day of": it is the
  deed's own day, named as a date).
- A count spelled out and restated in brackets, "thirty (30) days", "twenty-four (24) months",
  "one hundred eighty (180) days", "the fifteenth (15th) day", reads as the words alone would,
  the bracket inside the extent: the numeral only repeats the words (a bracketed numeral that
  says another number, "Section three (4)", is left alone).
- "ten (10) business days", "five (5) Business Days", "twenty (20) working days", "sixty (60)
  calendar days" are durations in days (``P10D``, ``P5D``, ``P20D``, ``P60D``): TIMEX3 has no unit
  of working days (``P10D`` is written for "ten business days" as ``P5D`` is in TimeBank for
  "five working days"), so the value counts the days the text counts, and the word that says
  which kind of day stays in the extent for a reader who needs it. Reading ten business days as
  two weeks (``P2W``) would invent a calendar, and the holidays it skips are unknown.
- Bounds in words are in the extent with their mod: "not less than sixty (60) calendar days" is
  ``EQUAL_OR_MORE`` (as "no less than" is; it was read as "less than", ``LESS_THAN``, before),
  "no fewer than" too, "not exceeding 120 days" ``EQUAL_OR_LESS``; "on or before September 30",
  "no later than August 1" are ``ON_OR_BEFORE`` and "on or after" ``ON_OR_AFTER``, as before.
- The pleading's "on or about March 5, 2019", "in or about January 2017", "in or around June
  2020" are ``APPROX``, the whole modifier in the extent as "on or before" is (cutting "on or" off
  left "about" alone, which says less than the phrase does).
- "for a term of five (5) years", "for a period of three (3) years", "within thirty (30) days":
  the duration alone, "a term of", "a period of" and "within" outside it; "the three and six
  months ended June 30" is two lengths, "three" (``P3M``, the unit the second's) and "six months",
  the article the pair's and in neither extent; "the twelve-month
  period" takes its noun and determiner, as "a three-year period" does (and TimeBank's "the
  same 28-day period").
- "per annum" is "a year" after a rate, as "per year" is (a DURATION ``P1Y``); "on a quarterly
  basis" is the set "quarterly" is (``P3M``), the adjective alone the timex, as TimeBank draws
  "on a [daily] basis"; "the first day of each calendar month", "the fifteenth (15th) day of each
  month" are that day of every month (``XXXX-XX-01``, ``XXXX-XX-15``); "each calendar quarter",
  "each fiscal year" are sets of quarters and years (``P3M``, ``P1Y``), and "the end of each
  fiscal year" the end of each (``P1Y``, mod ``END``), as "the end of the year" is of one; "June
  15 and December 15 of each year" are two sets of days (``XXXX-06-15``, ``XXXX-12-15``), and "on
  or before March 1 of each year" a set with its bound (``ON_OR_BEFORE``), as one day takes it.
- "5:00 p.m., New York City time, on June 6, 2025" is one TIME with the zone's offset, as
  "5 p.m. PT on Dec. 1" is; "at 9 p.m., Eastern said" keeps "Eastern" out (only "Eastern Time"
  set off by a comma is a zone).
- A defined term or an event's day is no timex: "the Closing Date", "the Effective Date", "the
  date hereof", "prior to the Closing", "from and after the Closing Date", "the first anniversary
  of the Closing Date" name a day the text does not give (TIMEX3 has no value anchored on an
  event), so they stay untagged; the counts before them ("ten (10) business days before the
  Closing Date", "180 days after the date of enactment") are durations.
- Filings read as the financial probe reads them: "the fiscal year ended December 31, 2024" is a
  length and its last day; "FY2024", "fiscal 2025", "fiscal year 2026", "calendar year 2024",
  "Q1 2025" the year or quarter, one expression each; "the prior year period", as "the prior-year
  period", is the reported quarter a year before; "the quarter"
  in a 10-Q filed in May is the first quarter; "quarterly" before "dividend" and "annual" before
  "meeting" are no timexes; "the end of the quarter" told in the past early in a quarter is the
  end of the quarter before, the one a 10-Q reports (as "the end of the year" is last year's in
  January), told ahead the end of this one.
- Negatives: "Section three (4)", "Rule 10b-5", "Form 8-K", "Exhibit 10.1", "prices rose 0.3% on a
  monthly basis" (a comparison, month on month), "changed from a fiscal year to a calendar year".

On main before this probe's fixes, 95 of the 149 cases passed in each domain (190 of 298 runs);
all 149 pass now. The 3 known gaps it left (ordinals listed before "day of each month", months
listed after "each", a zone in brackets between a clock and its day) were read later: they are
cases now.

Publication dates used (weekday, ISO week):
    2025-05-09 Friday, W19 (M: a contract, an order, a first-quarter 10-Q, a notice);
    2025-02-27 Thursday, W09 (K: a 10-K for 2024); 2025-08-06 Wednesday, W32 (H: a second-quarter
    10-Q).
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

M = "2025-05-09"
K = "2025-02-27"
H = "2025-08-06"

# (text, publication date, expected timexes); a timex is (text, type, value) with an optional mod.
CASES: list[tuple[str, str, list[tuple]]] = [
    # --- contracts: the day of signing, terms, notice periods, payment and reporting schedules ---
    (
        "This Agreement is made on the 30th day of June, 2020.",
        M,
        [("the 30th day of June, 2020", "DATE", "2020-06-30")],
    ),
    (
        "This Lease is entered into this 5th day of May, 2025, by and between Landlord and Tenant.",
        M,
        [("this 5th day of May, 2025", "DATE", "2025-05-05")],
    ),
    (
        "IN WITNESS WHEREOF, the parties have executed this Agreement as of the 1st day of January, 2024.",
        M,
        [("the 1st day of January, 2024", "DATE", "2024-01-01")],
    ),
    (
        "Executed in Wilmington, Delaware, this twelfth day of March, 2025.",
        M,
        [("this twelfth day of March, 2025", "DATE", "2025-03-12")],
    ),
    ("Witness my hand and seal this 2nd day of May.", M, [("this 2nd day of May", "DATE", "2025-05-02")]),
    (
        "Landlord shall deliver the Premises no later than the 15th day of August, 2025.",
        M,
        [("no later than the 15th day of August, 2025", "DATE", "2025-08-15", "ON_OR_BEFORE")],
    ),
    ("This Amendment is dated as of March 15, 2025.", M, [("March 15, 2025", "DATE", "2025-03-15")]),
    (
        'This Agreement shall be effective as of January 1, 2025 (the "Effective Date").',
        M,
        [("January 1, 2025", "DATE", "2025-01-01")],
    ),
    (
        "The term shall commence on July 1, 2025 and end on June 30, 2030.",
        M,
        [("July 1, 2025", "DATE", "2025-07-01"), ("June 30, 2030", "DATE", "2030-06-30")],
    ),
    (
        "The Initial Term commences on the Effective Date and ends on December 31, 2027.",
        M,
        [("December 31, 2027", "DATE", "2027-12-31")],
    ),
    (
        "This Agreement shall continue for a term of five (5) years.",
        M,
        [("five (5) years", "DURATION", "P5Y")],
    ),
    (
        "The Lease shall continue for a period of three (3) years from the Commencement Date.",
        M,
        [("three (3) years", "DURATION", "P3Y")],
    ),
    (
        "Payment is due within thirty (30) days of receipt of an invoice.",
        M,
        [("thirty (30) days", "DURATION", "P30D")],
    ),
    (
        "Either party may terminate this Agreement upon ninety (90) days' prior written notice.",
        M,
        [("ninety (90) days", "DURATION", "P90D")],
    ),
    (
        "Buyer shall deliver the notice no later than ten (10) business days before the Closing Date.",
        M,
        [("ten (10) business days", "DURATION", "P10D")],
    ),
    (
        "The Company shall give not less than sixty (60) calendar days' notice.",
        M,
        [("not less than sixty (60) calendar days", "DURATION", "P60D", "EQUAL_OR_MORE")],
    ),
    (
        "The option may be exercised within fifteen (15) days after the date hereof.",
        M,
        [("fifteen (15) days", "DURATION", "P15D")],
    ),
    (
        "The parties shall meet within five (5) Business Days after the date of this Agreement.",
        M,
        [("five (5) Business Days", "DURATION", "P5D")],
    ),
    (
        "The Employee is entitled to twenty (20) working days of paid vacation.",
        M,
        [("twenty (20) working days", "DURATION", "P20D")],
    ),
    (
        "The license is granted for a period of one hundred eighty (180) days.",
        M,
        [("one hundred eighty (180) days", "DURATION", "P180D")],
    ),
    (
        "The Guarantor's obligations survive for twenty-four (24) months after the Closing.",
        M,
        [("twenty-four (24) months", "DURATION", "P24M")],
    ),
    (
        "The warranty period is twelve (12) months from the date of delivery.",
        M,
        [("twelve (12) months", "DURATION", "P12M")],
    ),
    (
        "The non-competition covenant runs for a period of two (2) years following termination.",
        M,
        [("two (2) years", "DURATION", "P2Y")],
    ),
    (
        "Seller shall cure any default within a thirty (30)-day cure period.",
        M,
        [("thirty (30)-day", "DURATION", "P30D")],
    ),
    (
        "This Agreement may be terminated by either party on thirty (30) days' written notice.",
        M,
        [("thirty (30) days", "DURATION", "P30D")],
    ),
    (
        "The lock-up period ends 180 days after the date of the final prospectus.",
        M,
        [("180 days", "DURATION", "P180D")],
    ),
    (
        "Any extension shall not exceed two hundred and fifty days in the aggregate.",
        M,
        [("two hundred and fifty days", "DURATION", "P250D")],
    ),
    (
        "The Borrower shall deliver audited financial statements within ninety (90) days after the end of "
        "each fiscal year.",
        M,
        [("ninety (90) days", "DURATION", "P90D"), ("the end of each fiscal year", "SET", "P1Y", "END")],
    ),
    (
        "Licensee shall pay royalties within forty-five (45) days after the end of each calendar quarter.",
        M,
        [
            ("forty-five (45) days", "DURATION", "P45D"),
            ("the end of each calendar quarter", "SET", "P3M", "END"),
        ],
    ),
    ("The Employee accrues vacation in each calendar year.", M, [("each calendar year", "SET", "P1Y")]),
    (
        "This Agreement shall automatically renew for successive one (1) year terms.",
        M,
        [("one (1) year", "DURATION", "P1Y")],
    ),
    (
        "The Tenant shall give twelve calendar months' notice.",
        M,
        [("twelve calendar months", "DURATION", "P12M")],
    ),
    (
        "The Lease term, commencing on July 1, 2025 and ending on June 30, 2030, is fixed.",
        M,
        [("July 1, 2025", "DATE", "2025-07-01"), ("June 30, 2030", "DATE", "2030-06-30")],
    ),
    ("Interest shall accrue at a rate of 5% per annum.", M, [("per annum", "DURATION", "P1Y")]),
    ("Interest is payable semi-annually in arrears.", M, [("semi-annually", "SET", "P6M")]),
    ("The Servicer shall report to the Trustee on a quarterly basis.", M, [("quarterly", "SET", "P3M")]),
    ("The Committee shall review the plan on an annual basis.", M, [("annual", "SET", "P1Y")]),
    ("The Executive's base salary shall be reviewed annually.", M, [("annually", "SET", "P1Y")]),
    (
        "Rent shall be paid monthly in advance on the first day of each calendar month.",
        M,
        [("monthly", "SET", "P1M"), ("the first day of each calendar month", "SET", "XXXX-XX-01")],
    ),
    (
        "Payments shall be made on the fifteenth (15th) day of each month.",
        M,
        [("the fifteenth (15th) day of each month", "SET", "XXXX-XX-15")],
    ),
    (
        "The Notes pay interest on June 15 and December 15 of each year.",
        M,
        [("June 15", "SET", "XXXX-06-15"), ("December 15 of each year", "SET", "XXXX-12-15")],
    ),
    (
        "Closing shall occur on or before September 30, 2025.",
        M,
        [("on or before September 30, 2025", "DATE", "2025-09-30", "ON_OR_BEFORE")],
    ),
    ("The Outside Date is December 31, 2025.", M, [("December 31, 2025", "DATE", "2025-12-31")]),
    ("The Notes mature on June 15, 2030.", M, [("June 15, 2030", "DATE", "2030-06-15")]),
    (
        "The offer will expire at 5:00 p.m., New York City time, on June 6, 2025.",
        M,
        [("5:00 p.m., New York City time, on June 6, 2025", "TIME", "2025-06-06T17:00-04:00")],
    ),
    (
        "The Term shall expire at 11:59 p.m. on December 31, 2029.",
        M,
        [("11:59 p.m. on December 31, 2029", "TIME", "2029-12-31T23:59")],
    ),
    # Defined terms and events' days: no timex.
    ("The earn-out is payable on the first anniversary of the Closing Date.", M, []),
    ("The restrictions lapse on the second anniversary of the Effective Date.", M, []),
    ("Prior to the Closing, Seller shall operate the business in the ordinary course.", M, []),
    ("From and after the Closing Date, Buyer shall assume the Assumed Liabilities.", M, []),
    ("The Effective Date of this Agreement is the date first written above.", M, []),
    ("Section three (4) of the Agreement governs any dispute.", M, []),
    ("No amendment shall be effective unless made in writing and signed by both parties.", M, []),
    # --- court documents: pleadings, orders, judgments ---
    (
        "On or about March 5, 2019, the defendant wired $50,000 to an account in Cyprus.",
        M,
        [("On or about March 5, 2019", "DATE", "2019-03-05", "APPROX")],
    ),
    (
        "The defendant was arrested on or about August 14, 2023.",
        M,
        [("on or about August 14, 2023", "DATE", "2023-08-14", "APPROX")],
    ),
    (
        "Between in or about January 2017 and in or about December 2019, the defendants conspired to "
        "defraud investors.",
        M,
        [
            ("in or about January 2017", "DATE", "2017-01", "APPROX"),
            ("in or about December 2019", "DATE", "2019-12", "APPROX"),
        ],
    ),
    (
        "In or around June 2020, the defendant opened a brokerage account.",
        M,
        [("In or around June 2020", "DATE", "2020-06", "APPROX")],
    ),
    (
        "On the evening of June 3, 2018, officers responded to a call at the residence.",
        M,
        [("the evening of June 3, 2018", "TIME", "2018-06-03TEV")],
    ),
    (
        "On June 3, 2018, at approximately 10:15 p.m., the victim called 911.",
        M,
        [
            ("June 3, 2018", "DATE", "2018-06-03"),
            ("approximately 10:15 p.m.", "TIME", "2018-06-03T22:15", "APPROX"),
        ],
    ),
    (
        "The incident occurred at approximately 11:40 p.m. on June 3, 2018.",
        M,
        [("approximately 11:40 p.m. on June 3, 2018", "TIME", "2018-06-03T23:40", "APPROX")],
    ),
    (
        "The witness last saw the victim in the early morning hours of July 4, 2020.",
        M,
        [("the early morning hours of July 4, 2020", "TIME", "2020-07-04TMO")],
    ),
    ("Sentencing is set for September 12, 2025.", M, [("September 12, 2025", "DATE", "2025-09-12")]),
    ("The complaint was filed on 04/12/2021.", M, [("04/12/2021", "DATE", "2021-04-12")]),
    (
        "Plaintiff filed the original complaint on February 3, 2022.",
        M,
        [("February 3, 2022", "DATE", "2022-02-03")],
    ),
    (
        "The motion must be filed on or before June 20, 2025.",
        M,
        [("on or before June 20, 2025", "DATE", "2025-06-20", "ON_OR_BEFORE")],
    ),
    (
        "The defendant shall file a response within fourteen (14) days of service.",
        M,
        [("fourteen (14) days", "DURATION", "P14D")],
    ),
    (
        "Objections to this Report and Recommendation must be filed within fourteen days.",
        M,
        [("fourteen days", "DURATION", "P14D")],
    ),
    ("Defendant was sentenced to 87 months' imprisonment.", M, [("87 months", "DURATION", "P87M")]),
    ("He was sentenced to five years of supervised release.", M, [("five years", "DURATION", "P5Y")]),
    (
        "He was placed on probation for a term of thirty-six (36) months.",
        M,
        [("thirty-six (36) months", "DURATION", "P36M")],
    ),
    (
        "The hearing is continued to 9:30 a.m. on May 20, 2025.",
        M,
        [("9:30 a.m. on May 20, 2025", "TIME", "2025-05-20T09:30")],
    ),
    (
        "The Court held a status conference on April 28, 2025 at 2:00 p.m.",
        M,
        [("April 28, 2025 at 2:00 p.m.", "TIME", "2025-04-28T14:00")],
    ),
    (
        "Trial is scheduled to begin on Monday, June 2, 2025.",
        M,
        [("Monday, June 2, 2025", "DATE", "2025-06-02")],
    ),
    ("Oral argument was heard on January 14, 2025.", M, [("January 14, 2025", "DATE", "2025-01-14")]),
    ("The Court entered judgment on March 28, 2025.", M, [("March 28, 2025", "DATE", "2025-03-28")]),
    (
        "The jury returned its verdict after two days of deliberation.",
        M,
        [("two days", "DURATION", "P2D")],
    ),
    (
        "Discovery shall close 120 days after the entry of this Order.",
        M,
        [("120 days", "DURATION", "P120D")],
    ),
    (
        "The parties shall submit a joint status report within 30 days of the date of this Order.",
        M,
        [("30 days", "DURATION", "P30D")],
    ),
    ("SO ORDERED this 9th day of May, 2025.", M, [("this 9th day of May, 2025", "DATE", "2025-05-09")]),
    ("Dated: May 9, 2025", M, [("May 9, 2025", "DATE", "2025-05-09")]),
    (
        "The limitations period is three years from the date of injury.",
        M,
        [("three years", "DURATION", "P3Y")],
    ),
    (
        "The appellant's brief is due 40 days after the record is filed.",
        M,
        [("40 days", "DURATION", "P40D")],
    ),
    ("The claims arise under Rule 10b-5 and Section 10(b) of the Exchange Act.", M, []),
    # --- SEC and financial filings ---
    (
        "Revenue for the fiscal year ended December 31, 2024 was $2.1 billion.",
        K,
        [("the fiscal year", "DURATION", "P1Y"), ("December 31, 2024", "DATE", "2024-12-31")],
    ),
    (
        "The Company will file its Annual Report on Form 10-K for the fiscal year ended December 31, 2024.",
        K,
        [("the fiscal year", "DURATION", "P1Y"), ("December 31, 2024", "DATE", "2024-12-31")],
    ),
    (
        "Net income for the three and six months ended June 30, 2025 increased.",
        H,
        [
            ("three", "DURATION", "P3M"),
            ("six months", "DURATION", "P6M"),
            ("June 30, 2025", "DATE", "2025-06-30"),
        ],
    ),
    (
        "As of March 31, 2025, the Company had $450 million in cash.",
        M,
        [("March 31, 2025", "DATE", "2025-03-31")],
    ),
    ("FY2024 revenue grew 12% year-over-year.", K, [("FY2024", "DATE", "2024")]),
    (
        "During the first quarter of 2025, we repurchased 1.2 million shares.",
        M,
        [("the first quarter of 2025", "DATE", "2025-Q1")],
    ),
    (
        "The following table presents results for the years ended December 31, 2024, 2023 and 2022.",
        K,
        [("December 31, 2024", "DATE", "2024-12-31"), ("2023", "DATE", "2023"), ("2022", "DATE", "2022")],
    ),
    (
        "Cash used in operating activities for the three months ended March 31, 2025 and 2024 was "
        "$12 million and $9 million.",
        M,
        [
            ("the three months", "DURATION", "P3M"),
            ("March 31, 2025", "DATE", "2025-03-31"),
            ("2024", "DATE", "2024"),
        ],
    ),
    (
        "The registrant's quarterly report for the period ended September 30, 2024 is incorporated "
        "by reference.",
        K,
        [("September 30, 2024", "DATE", "2024-09-30")],
    ),
    (
        "Revenue for fiscal 2025 is expected to be between $1.0 billion and $1.1 billion.",
        M,
        [("fiscal 2025", "DATE", "2025")],
    ),
    ("The credit facility matures in 2028.", M, [("2028", "DATE", "2028")]),
    ("As of the date of this report, 45,000,000 shares were outstanding.", M, []),
    (
        "The increase was primarily due to higher volumes in the second half of 2024.",
        K,
        [("the second half of 2024", "DATE", "2024-H2")],
    ),
    (
        "Adjusted EBITDA for the twelve-month period ended March 31, 2025 was $310 million.",
        M,
        [("the twelve-month period", "DURATION", "P12M"), ("March 31, 2025", "DATE", "2025-03-31")],
    ),
    (
        "EBITDA for the trailing twelve months was $1.1 billion.",
        M,
        [("the trailing twelve months", "DURATION", "P12M")],
    ),
    (
        "The Company expects to incur these costs over the next twelve (12) months.",
        M,
        [("the next twelve (12) months", "DURATION", "P12M")],
    ),
    ("Q1 2025 revenue was $512 million, up 9% year-over-year.", M, [("Q1 2025", "DATE", "2025-Q1")]),
    (
        "Results for the fiscal second quarter ended March 29, 2025 were in line with guidance.",
        M,
        [("the fiscal second quarter", "DATE", "2025-Q2"), ("March 29, 2025", "DATE", "2025-03-29")],
    ),
    (
        "Operating expenses increased 8% compared to the prior-year period.",
        M,
        [("the prior-year period", "DATE", "2024-Q1")],
    ),
    (
        "Revenue for the quarter increased 15% over the same period last year.",
        M,
        [("the quarter", "DATE", "2025-Q1"), ("the same period last year", "DATE", "2024-Q1")],
    ),
    (
        "Operating expenses increased 8% compared to the prior year period.",
        M,
        [("the prior year period", "DATE", "2024-Q1")],
    ),
    (
        "In calendar year 2024, the Company recorded a $30 million restructuring charge.",
        K,
        [("calendar year 2024", "DATE", "2024")],
    ),
    (
        "The company expects fiscal year 2026 revenue of $2.4 billion.",
        M,
        [("fiscal year 2026", "DATE", "2026")],
    ),
    (
        "From in or about 2015 through in or about 2018, the scheme generated $4 million.",
        M,
        [("in or about 2015", "DATE", "2015", "APPROX"), ("in or about 2018", "DATE", "2018", "APPROX")],
    ),
    (
        "The statute of limitations expired no later than March 2021.",
        M,
        [("no later than March 2021", "DATE", "2021-03", "ON_OR_BEFORE")],
    ),
    (
        "Backlog at the end of the quarter was $900 million.",
        M,
        [("the end of the quarter", "DATE", "2025-Q1", "END")],
    ),
    (
        "The Company expects the merger to close by the end of the quarter.",
        M,
        [("the end of the quarter", "DATE", "2025-Q2", "END")],
    ),
    ("Year-to-date, revenue is up 7%.", M, [("Year-to-date", "DATE", "2025")]),
    (
        "The Company adopted the standard effective January 1, 2024, using the modified retrospective "
        "method.",
        K,
        [("January 1, 2024", "DATE", "2024-01-01")],
    ),
    (
        "The amendments are effective for fiscal years beginning after December 15, 2025.",
        M,
        [("December 15, 2025", "DATE", "2025-12-15")],
    ),
    ("The Board declared a quarterly cash dividend of $0.25 per share.", M, []),
    ("The company changed from a fiscal year to a calendar year in 2024.", M, [("2024", "DATE", "2024")]),
    ("See Exhibit 10.1 to the Current Report on Form 8-K.", M, []),
    # --- regulations, statutes and government notices ---
    (
        "This rule is effective 30 days after publication in the Federal Register.",
        M,
        [("30 days", "DURATION", "P30D")],
    ),
    (
        "Comments must be received on or before July 7, 2025.",
        M,
        [("on or before July 7, 2025", "DATE", "2025-07-07", "ON_OR_BEFORE")],
    ),
    (
        "The Secretary shall issue regulations not later than 60 days after the date of enactment of "
        "this Act.",
        M,
        [("60 days", "DURATION", "P60D")],
    ),
    ("This rule is effective June 9, 2025.", M, [("June 9, 2025", "DATE", "2025-06-09")]),
    ("The compliance date is January 1, 2026.", M, [("January 1, 2026", "DATE", "2026-01-01")]),
    (
        "The amendments made by this section shall take effect 180 days after the date of enactment.",
        M,
        [("180 days", "DURATION", "P180D")],
    ),
    (
        "The agency will hold a public hearing on June 12, 2025, at 10 a.m. Eastern Time.",
        M,
        [("June 12, 2025, at 10 a.m. Eastern Time", "TIME", "2025-06-12T10:00-04:00")],
    ),
    (
        "Permit holders must file annual reports on or before March 1 of each year.",
        M,
        [("on or before March 1 of each year", "SET", "XXXX-03-01", "ON_OR_BEFORE")],
    ),
    (
        "Applications must be postmarked no later than August 1, 2025.",
        M,
        [("no later than August 1, 2025", "DATE", "2025-08-01", "ON_OR_BEFORE")],
    ),
    (
        "The report shall be submitted not later than 1 year after the date of enactment of this Act.",
        M,
        [("1 year", "DURATION", "P1Y")],
    ),
    (
        "This notice announces a meeting to be held on Tuesday, June 17, 2025, from 9:00 a.m. to 4:00 p.m.",
        M,
        [
            ("Tuesday, June 17, 2025", "DATE", "2025-06-17"),
            ("9:00 a.m.", "TIME", "2025-06-17T09:00"),
            ("4:00 p.m.", "TIME", "2025-06-17T16:00"),
        ],
    ),
    (
        "Registrants must comply with the amendments beginning with fiscal years ending on or after "
        "December 15, 2025.",
        M,
        [("on or after December 15, 2025", "DATE", "2025-12-15", "ON_OR_AFTER")],
    ),
    (
        "Each covered entity shall retain records for a period of not less than five years.",
        M,
        [("not less than five years", "DURATION", "P5Y", "EQUAL_OR_MORE")],
    ),
    (
        "A covered plan shall offer no fewer than 30 days to enroll.",
        M,
        [("no fewer than 30 days", "DURATION", "P30D", "EQUAL_OR_MORE")],
    ),
    (
        "The interim final rule remains in effect for a period not exceeding 120 days.",
        M,
        [("not exceeding 120 days", "DURATION", "P120D", "EQUAL_OR_LESS")],
    ),
    (
        "Federal Register / Vol. 90, No. 88 / Friday, May 9, 2025 / Proposed Rules",
        M,
        [("Friday, May 9, 2025", "DATE", "2025-05-09")],
    ),
    (
        "The comment period is extended by 30 days, to August 8, 2025.",
        M,
        [("30 days", "DURATION", "P30D"), ("August 8, 2025", "DATE", "2025-08-08")],
    ),
    ("Covered entities must report incidents within 72 hours.", M, [("72 hours", "DURATION", "PT72H")]),
    (
        "The Commission voted on March 6, 2024 to adopt the rule.",
        M,
        [("March 6, 2024", "DATE", "2024-03-06")],
    ),
    (
        "The interim final rule was published on April 2, 2025.",
        M,
        [("April 2, 2025", "DATE", "2025-04-02")],
    ),
    (
        "The exemption expires on December 31, 2026, unless extended.",
        M,
        [("December 31, 2026", "DATE", "2026-12-31")],
    ),
    # --- press releases ---
    (
        "ACME Corp. (NASDAQ: XYZ) -- May 9, 2025 -- ACME today announced its first quarter 2025 results.",
        M,
        [
            ("May 9, 2025", "DATE", "2025-05-09"),
            ("today", "DATE", "2025-05-09"),
            ("first quarter 2025", "DATE", "2025-Q1"),
        ],
    ),
    (
        "ACME will report third quarter 2025 results on November 4, 2025.",
        M,
        [("third quarter 2025", "DATE", "2025-Q3"), ("November 4, 2025", "DATE", "2025-11-04")],
    ),
    (
        "The company will host a conference call at 4:30 p.m. Eastern Time today.",
        M,
        [("4:30 p.m. Eastern Time today", "TIME", "2025-05-09T16:30-04:00")],
    ),
    (
        "The call will begin at 5:00 p.m., Eastern Time.",
        M,
        [("5:00 p.m., Eastern Time", "TIME", "2025-05-09T17:00-04:00")],
    ),
    ("The flight left at 9 p.m., Eastern said in a statement.", M, [("9 p.m.", "TIME", "2025-05-09T21:00")]),
    ("A replay will be available through May 23, 2025.", M, [("May 23, 2025", "DATE", "2025-05-23")]),
    (
        "ACME will host a conference call at 8:30 a.m. ET on Thursday, May 15, 2025.",
        M,
        [("8:30 a.m. ET on Thursday, May 15, 2025", "TIME", "2025-05-15T08:30-04:00")],
    ),
    (
        "The transaction is expected to close in the second half of 2025.",
        M,
        [("the second half of 2025", "DATE", "2025-H2")],
    ),
    (
        "The dividend is payable on June 13, 2025 to shareholders of record as of May 30, 2025.",
        M,
        [("June 13, 2025", "DATE", "2025-06-13"), ("May 30, 2025", "DATE", "2025-05-30")],
    ),
    (
        "ACME's annual meeting of stockholders will be held on June 18, 2025.",
        M,
        [("June 18, 2025", "DATE", "2025-06-18")],
    ),
    ("The webcast will be archived for 90 days.", M, [("90 days", "DURATION", "P90D")]),
    ("Consumer prices rose 0.3% on a monthly basis.", M, []),
    # Months listed after "each" recur as the first does.
    (
        "Interest on the Loans is payable on the last Business Day of each March, June, September and "
        "December.",
        M,
        [
            ("each March", "SET", "XXXX-03"),
            ("June", "SET", "XXXX-06"),
            ("September", "SET", "XXXX-09"),
            ("December", "SET", "XXXX-12"),
        ],
    ),
    # Ordinals listed before "day of each month" are days of every month each.
    (
        "Wages are paid on the 1st and 15th day of each month.",
        M,
        [("the 1st", "SET", "XXXX-XX-01"), ("15th day of each month", "SET", "XXXX-XX-15")],
    ),
    # A zone in brackets is the clock's, and the day after it still its day.
    (
        "The amendment is effective as of 12:01 a.m. (Eastern Time) on January 1, 2026.",
        M,
        [("12:01 a.m. (Eastern Time) on January 1, 2026", "TIME", "2026-01-01T00:01-05:00")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_legal_probe(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
