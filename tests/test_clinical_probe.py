"""A probe of clinical and medical text: discharge summaries, progress notes, medication lists,
and medical news.

Users run the tagger over clinical notes (temporal information extraction in clinical text is a
large use of it; the i2b2 2012 challenge annotated TIMEX3 in discharge summaries) and over the
news of drugs, trials and outbreaks. Notes write time their own way: a header's "Admission Date:
05/09/2025", a clock of four digits ("at 0800"), counts before an event ("3 days prior to
admission"), and the Latin abbreviations of a prescription ("b.i.d.", "q6h", "qhs"). Each case is
a sentence of our own, written as clinicians and medical reporters write, with its publication
date (a note's: the day it was written or signed) and every timex it must yield (text, type,
value, mod, and a set's ``freq`` or ``quant`` where the case names them); a case with no expected
timex is a negative. Values follow TimeML 1.2.1 and ../shared/TIMEX3.md; extents leave out the
preposition. Every case runs with ``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A prescription's frequency is a SET, as its English is: "b.i.d.", "bid", "BID" are "twice
  daily" (``P1D`` freq ``2X``), "t.i.d." three times and "q.i.d." four, "q.d." and "qhs" (every
  night at bedtime) once a day, as "nightly" is; "q.o.d." is "every other day" (``P2D``, quant
  ``EVERY``); "qAM", "q.a.m." every morning (``XXXX-XX-XXTMO``), as "every morning" is, and "qPM",
  "q.p.m." every evening (``TEV``: a dose after noon is taken in the evening); "q6h", "Q12H" are
  "every 6 hours" (``PT6H``, quant ``EVERY``), and a range of hours ("q4-6h", "every 4 to 6
  hours") every so many hours, the number unknown (``PTXH``), as "4 to 6 hours" is a length of
  ``PTXH``.
- Dotted, the abbreviations are no English word; undotted they are the frequency after a dose or
  a route ("500 mg PO bid", "1 tab tid", "topically bid"), and "BID" in capitals after a drug's
  name ("Continue metoprolol BID"). Elsewhere "bid" is the noun or the verb ("The bid was
  rejected", "will bid for the contract"), "Tid" a name, "BID" after a determiner a business
  improvement district and in a line of capitals a headline's noun, and "QAM" in capitals a
  modulation ("64-QAM"): none is a timex. "q6h" is not found inside another token ("q6h2").
- "x3 days" is a duration (``P3D``): the sign and the number are one token and TimeML tags whole
  tokens, so the extent takes the sign; "x 7 days" leaves the sign out, as "for" is left out.
  "repeated x3" is three times, no timex.
- Counts before or after an event are durations: "3 days prior to admission", "2 days PTA",
  "three months after the surgery", "two weeks after discharge" (``P3D``, ``P3M``, ``P2W``), as
  "ten (10) business days before the Closing Date" is in the legal probe: TIMEX3 has no value
  anchored on an event, and the length is what the text states. "a 2-week history of cough", "a
  12-week course" are the adjective alone (``P2W``, ``P12W``), as "the 14-day strike" is: the noun
  is the event's.
- An event's day the text does not date is no timex: "on post-operative day 2", "POD 1", "on
  hospital day 3", "on the day of discharge", "at bedtime" (an event's time, as "at lunch" is).
  i2b2 writes "post-operative day 2" as the DATE two days after the operation; where the note does
  not give the operation's date that DATE is unknown, and ``XXXX-XX-XX`` would claim that a
  calendar day is named, so nothing is written. Where the note does give it ("underwent CABG on
  05/09/2025 ... extubated on postoperative day 1") the day is computable, and reading it needs the
  event found and linked: a strict xfail below.
- Four digits after "at" are a clock where no year can stand: "at 0800" (no year starts with 0),
  and after a day written with slashes ("on 5/8 at 2100", "05/11/2025 at 2330"); "at 2100" alone
  is left alone.
- Header fields ("Admission Date: 05/09/2025", "Date of Surgery: 05/10/2025") are the dates they
  give, the label outside the extent; four-digit clocks after a date or a part of the day ("this
  morning at 0800", "05/10/2025 at 0600") are TIMEs; "this AM", "this a.m." are this morning
  (``TMO``); "overnight" in a note is the night before it was written.
- A note's short units read as the words: "1 yr ago", "2 wks ago" are dates as "1 year ago" is,
  "every 6 hrs" the set "every 6 hours" is, "for 2 wks" a length (``P2W``).
- Ages are no timex ("A 45-year-old man"), as TimeBank leaves them; "at 32 weeks gestation" is a
  length (``P32W``).

On main (419d264), 93 of the 120 cases below passed in each domain (186 of 240 runs); all 120
pass now, and the known gap below stays a strict xfail, with its reason.

Publication dates used (weekday, ISO week):
    2025-05-14 Wednesday, W20 (D: a discharge summary, a progress note, a medication list);
    2025-05-09 Friday, W19 (N: medical news).
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

D = "2025-05-14"
N = "2025-05-09"

TWICE_A_DAY = {"freq": "2X"}
EVERY = {"quant": "EVERY"}

# (text, publication date, expected timexes); a timex is (text, type, value) with an optional mod
# and an optional dict of set attributes.
CASES: list[tuple[str, str, list[tuple]]] = [
    # --- headers, admission and discharge ---
    ("Admission Date: 05/09/2025", D, [("05/09/2025", "DATE", "2025-05-09")]),
    ("Discharge Date: 05/14/2025", D, [("05/14/2025", "DATE", "2025-05-14")]),
    ("Date of Surgery: 05/10/2025", D, [("05/10/2025", "DATE", "2025-05-10")]),
    (
        "Discharge Date: 05/14/2025 Time: 11:45",
        D,
        [("05/14/2025", "DATE", "2025-05-14"), ("11:45", "TIME", "2025-05-14T11:45")],
    ),
    ("The patient was admitted on 5/9/2025 with chest pain.", D, [("5/9/2025", "DATE", "2025-05-09")]),
    ("On 05/12 she was transferred to the ICU.", D, [("05/12", "DATE", "2025-05-12")]),
    ("Chest X-ray on 05/11 showed improvement.", D, [("05/11", "DATE", "2025-05-11")]),
    ("He was last seen in clinic on April 2, 2025.", D, [("April 2, 2025", "DATE", "2025-04-02")]),
    # --- history of the present illness: counts before admission, onsets, histories ---
    ("Symptoms began 3 days prior to admission.", D, [("3 days", "DURATION", "P3D")]),
    ("She reports fever for 2 days prior to admission.", D, [("2 days", "DURATION", "P2D")]),
    ("Symptoms started 2 days PTA.", D, [("2 days", "DURATION", "P2D")]),
    (
        "He has had a productive cough for the past 2 weeks.",
        D,
        [("the past 2 weeks", "DURATION", "P2W")],
    ),
    ("She presents with a 2-week history of cough.", D, [("2-week", "DURATION", "P2W")]),
    ("He presents with a 3-day history of fever and chills.", D, [("3-day", "DURATION", "P3D")]),
    ("The headache has been present since yesterday.", D, [("yesterday", "DATE", "2025-05-13")]),
    ("The rash appeared two days ago.", D, [("two days ago", "DATE", "2025-05-12")]),
    ("Pain has worsened over the last 48 hours.", D, [("the last 48 hours", "DURATION", "PT48H")]),
    ("No events in the last 24 hours.", D, [("the last 24 hours", "DURATION", "PT24H")]),
    (
        "The patient reported chest pain yesterday evening.",
        D,
        [("yesterday evening", "TIME", "2025-05-13TEV")],
    ),
    (
        "The patient has a history of hypertension for 10 years.",
        D,
        [("10 years", "DURATION", "P10Y")],
    ),
    ("She has had diabetes since 2010.", D, [("2010", "DATE", "2010")]),
    (
        "Blood pressure has been well controlled over the past year.",
        D,
        [("the past year", "DATE", "2024")],
    ),
    # --- past history ---
    ("Her last colonoscopy was 5 years ago.", D, [("5 years ago", "DATE", "2020")]),
    ("He underwent appendectomy in 2019.", D, [("2019", "DATE", "2019")]),
    ("Status post cholecystectomy in March 2020.", D, [("March 2020", "DATE", "2020-03")]),
    ("Her mammogram last year was normal.", D, [("last year", "DATE", "2024")]),
    ("Last menstrual period was 2 weeks ago.", D, [("2 weeks ago", "DATE", "2025-W18")]),
    ("Her last A1c, 3 months ago, was 7.2.", D, [("3 months ago", "DATE", "2025-02")]),
    ("Last colonoscopy 1 yr ago.", D, [("1 yr ago", "DATE", "2024")]),
    ("Pain began 2 wks ago.", D, [("2 wks ago", "DATE", "2025-W18")]),
    ("Productive cough for 2 wks.", D, [("2 wks", "DURATION", "P2W")]),
    ("She quit smoking in 2015.", D, [("2015", "DATE", "2015")]),
    (
        "Three months after the surgery she developed a hernia.",
        D,
        [("Three months", "DURATION", "P3M")],
    ),
    ("Two weeks after discharge she developed a fever.", D, [("Two weeks", "DURATION", "P2W")]),
    # --- the hospital course: clocks, parts of the day, lengths ---
    (
        "Vital signs were checked this morning at 0800.",
        D,
        [("this morning at 0800", "TIME", "2025-05-14T08:00")],
    ),
    ("The patient was seen at 14:30.", D, [("14:30", "TIME", "2025-05-14T14:30")]),
    (
        "Blood cultures were drawn on 05/10/2025 at 0600.",
        D,
        [("05/10/2025 at 0600", "TIME", "2025-05-10T06:00")],
    ),
    ("He was seen in the ED on 5/8 at 2100.", D, [("5/8 at 2100", "TIME", "2025-05-08T21:00")]),
    ("Extubated 05/11/2025 at 2330.", D, [("05/11/2025 at 2330", "TIME", "2025-05-11T23:30")]),
    ("The patient was seen at 0800.", D, [("0800", "TIME", "2025-05-14T08:00")]),
    ("Pt seen and examined this AM.", D, [("this AM", "TIME", "2025-05-14TMO")]),
    ("Labs drawn this a.m. were unremarkable.", D, [("this a.m.", "TIME", "2025-05-14TMO")]),
    ("He was observed overnight.", D, [("overnight", "TIME", "2025-05-13TNI")]),
    ("NPO after midnight.", D, [("midnight", "TIME", "2025-05-14T24:00")]),
    ("The patient was intubated for 48 hours.", D, [("48 hours", "DURATION", "PT48H")]),
    ("Troponin was repeated 6 hours later.", D, [("6 hours", "DURATION", "PT6H")]),
    ("Antibiotics should be started within 24 hours.", D, [("24 hours", "DURATION", "PT24H")]),
    ("The infant was born at 32 weeks gestation.", D, [("32 weeks", "DURATION", "P32W")]),
    ("Ceftriaxone was given x3 days.", D, [("x3 days", "DURATION", "P3D")]),
    ("Continue prednisone x2 weeks, then taper.", D, [("x2 weeks", "DURATION", "P2W")]),
    # --- medications: frequencies and courses ---
    (
        "Take 1 tablet twice daily for 10 days.",
        D,
        [("twice daily", "SET", "P1D", None, TWICE_A_DAY), ("10 days", "DURATION", "P10D")],
    ),
    ("Metoprolol 25 mg PO BID.", D, [("BID", "SET", "P1D", None, TWICE_A_DAY)]),
    ("Continue metoprolol BID and aspirin.", D, [("BID", "SET", "P1D", None, TWICE_A_DAY)]),
    ("Metformin 500 mg PO bid with meals.", D, [("bid", "SET", "P1D", None, TWICE_A_DAY)]),
    ("Apply cream topically bid to affected area.", D, [("bid", "SET", "P1D", None, TWICE_A_DAY)]),
    (
        "Amoxicillin 500 mg b.i.d. for 7 days.",
        D,
        [("b.i.d.", "SET", "P1D", None, TWICE_A_DAY), ("7 days", "DURATION", "P7D")],
    ),
    (
        "Cephalexin 500 mg t.i.d. x 7 days.",
        D,
        [("t.i.d.", "SET", "P1D", None, {"freq": "3X"}), ("7 days", "DURATION", "P7D")],
    ),
    ("Ibuprofen 400 mg PO tid.", D, [("tid", "SET", "P1D", None, {"freq": "3X"})]),
    ("Hydralazine 10 mg PO q.i.d.", D, [("q.i.d.", "SET", "P1D", None, {"freq": "4X"})]),
    ("Lisinopril 10 mg q.d.", D, [("q.d.", "SET", "P1D", None, {"freq": "1X"})]),
    ("Zolpidem 5 mg PO qhs prn insomnia.", D, [("qhs", "SET", "P1D", None, {"freq": "1X"})]),
    (
        "Enoxaparin 40 mg SC q.o.d. for two weeks.",
        D,
        [("q.o.d.", "SET", "P2D", None, EVERY), ("two weeks", "DURATION", "P2W")],
    ),
    ("Levothyroxine 50 mcg PO qAM.", D, [("qAM", "SET", "XXXX-XX-XXTMO", None, EVERY)]),
    (
        "Give 1 tab qAM and 2 tabs qPM.",
        D,
        [("qAM", "SET", "XXXX-XX-XXTMO", None, EVERY), ("qPM", "SET", "XXXX-XX-XXTEV", None, EVERY)],
    ),
    ("Acetaminophen 650 mg PO q6h prn pain.", D, [("q6h", "SET", "PT6H", None, EVERY)]),
    ("Vancomycin 1 g IV Q12H.", D, [("Q12H", "SET", "PT12H", None, EVERY)]),
    ("Furosemide 40 mg IV q12h.", D, [("q12h", "SET", "PT12H", None, EVERY)]),
    ("Give 2 mg IV every 6 hrs as needed.", D, [("every 6 hrs", "SET", "PT6H", None, EVERY)]),
    ("Oxycodone 5 mg PO q4-6h prn.", D, [("q4-6h", "SET", "PTXH", None, EVERY)]),
    (
        "Albuterol inhaler 2 puffs every 4 to 6 hours as needed.",
        D,
        [("every 4 to 6 hours", "SET", "PTXH", None, EVERY)],
    ),
    (
        "Ondansetron 4 mg IV every 8 hours as needed for nausea.",
        D,
        [("every 8 hours", "SET", "PT8H", None, EVERY)],
    ),
    (
        "Dose every 12 hours for 14 days.",
        D,
        [("every 12 hours", "SET", "PT12H", None, EVERY), ("14 days", "DURATION", "P14D")],
    ),
    ("Aspirin 81 mg daily.", D, [("daily", "SET", "P1D", None, {"freq": "1X"})]),
    ("Insulin glargine 20 units subcutaneously nightly.", D, [("nightly", "SET", "P1D")]),
    ("Check blood glucose four times daily.", D, [("four times daily", "SET", "P1D", None, {"freq": "4X"})]),
    (
        "Vitamin D 50,000 IU weekly for 8 weeks.",
        D,
        [("weekly", "SET", "P1W"), ("8 weeks", "DURATION", "P8W")],
    ),
    ("Methotrexate 15 mg once weekly.", D, [("once weekly", "SET", "P1W", None, {"freq": "1X"})]),
    ("Levothyroxine 75 mcg PO every morning.", D, [("every morning", "SET", "XXXX-XX-XXTMO")]),
    ("Dressing changes every other day.", D, [("every other day", "SET", "P2D", None, EVERY)]),
    (
        "Continue prednisone 40 mg daily for 5 days, then taper.",
        D,
        [("daily", "SET", "P1D"), ("5 days", "DURATION", "P5D")],
    ),
    # --- plans and follow-up ---
    ("Follow up in 2 weeks.", D, [("2 weeks", "DURATION", "P2W")]),
    ("Return to clinic in 6 months.", D, [("6 months", "DURATION", "P6M")]),
    ("Repeat CBC in 1 week.", D, [("1 week", "DURATION", "P1W")]),
    ("The patient will return in 3-4 weeks.", D, [("3-4 weeks", "DURATION", "PXW")]),
    (
        "Follow-up appointment on 5/28/2025 at 10:00 AM.",
        D,
        [("5/28/2025 at 10:00 AM", "TIME", "2025-05-28T10:00")],
    ),
    ("Colonoscopy is recommended every 10 years.", D, [("every 10 years", "SET", "P10Y", None, EVERY)]),
    # --- no timex: events' days, events' times, ages, and the words the abbreviations also are ---
    ("On post-operative day 2 the patient was ambulating.", D, []),
    ("He was extubated on POD 1.", D, []),
    ("On hospital day 3 he was transferred to the floor.", D, []),
    ("Labs will be drawn on the day of discharge.", D, []),
    ("Trazodone 50 mg at bedtime.", D, []),
    ("A 45-year-old man presented to the emergency department.", D, []),
    ("Blood cultures were repeated x3.", D, []),
    ("The bid was rejected by the hospital board.", N, []),
    ("The team will bid for the contract.", N, []),
    ("Tid, the hospital cat, died.", N, []),
    ("The downtown BID raised its levy.", N, []),
    ("Postoperative course was uncomplicated.", D, []),
    ("Read section q6h2 of the protocol.", D, []),
    ("The modem uses a 64-QAM signal.", N, []),
    ("ACME LOSES BID FOR RIVAL HOSPITAL", N, []),
    # --- medical news: approvals, trials, outbreaks ---
    ("The FDA approved the drug on Friday.", N, [("Friday", "DATE", "2025-05-09")]),
    ("Results came from a phase 3 trial that ended in March.", N, [("March", "DATE", "2025-03")]),
    (
        "The trial ran from 2021 to 2023.",
        N,
        [("2021", "DATE", "2021"), ("2023", "DATE", "2023")],
    ),
    ("Patients completed a 12-week course of therapy.", N, [("12-week", "DURATION", "P12W")]),
    (
        "The study enrolled patients between January 2020 and June 2022.",
        N,
        [("January 2020", "DATE", "2020-01"), ("June 2022", "DATE", "2022-06")],
    ),
    ("The drug won FDA approval in December 2023.", N, [("December 2023", "DATE", "2023-12")]),
    ("The agency set a decision date of Aug. 27.", N, [("Aug. 27", "DATE", "2025-08-27")]),
    ("Patients were followed for a median of 18 months.", N, [("18 months", "DURATION", "P18M")]),
    ("The study followed 10,000 adults for a decade.", N, [("a decade", "DURATION", "P10Y")]),
    ("Overall survival at 5 years was 62%.", N, [("5 years", "DURATION", "P5Y")]),
    ("Results are expected in the second half of 2026.", N, [("the second half of 2026", "DATE", "2026-H2")]),
    (
        "Enrollment is expected to be completed by mid-2026.",
        N,
        [("mid-2026", "DATE", "2026", "MID")],
    ),
    ("The vaccine will be available this fall.", N, [("this fall", "DATE", "2025-FA")]),
    ("Cases rose sharply last week, health officials said.", N, [("last week", "DATE", "2025-W18")]),
    ("The outbreak began in early April.", N, [("early April", "DATE", "2025-04", "START")]),
    ("Hospitalizations have doubled since January.", N, [("January", "DATE", "2025-01")]),
    ("The vaccine is given in two doses, 21 days apart.", N, [("21 days", "DURATION", "P21D")]),
    ("Booster shots are recommended every year.", N, [("every year", "SET", "P1Y", None, EVERY)]),
    ("Medicare covers the visit once a year.", N, [("once a year", "SET", "P1Y", None, {"freq": "1X"})]),
]

_EVENT_DAY = (
    "a day counted from an event the note dates ('underwent CABG on 05/09/2025 ... on postoperative "
    "day 1') is that date plus the count, as i2b2 writes it; reading it needs the operation found and "
    "linked to its date, and the count is left untagged"
)

KNOWN_GAPS = [
    pytest.param(
        "The patient underwent CABG on 05/09/2025 and was extubated on postoperative day 1.",
        D,
        [("05/09/2025", "DATE", "2025-05-09"), ("postoperative day 1", "DATE", "2025-05-10")],
        marks=pytest.mark.xfail(reason=_EVENT_DAY, strict=True),
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), [*CASES, *KNOWN_GAPS])
def test_clinical_probe(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
