"""dateline: find temporal expressions in text and normalize them to TimeML TIMEX3 values.

>>> import dateline
>>> [(t.text, t.value) for t in dateline.annotate("Xi and Putin held talks on the 8th.", dct="2025-05-09")]
[('the 8th', '2025-05-08')]
"""

from __future__ import annotations

from dateline.api import Document, annotate, annotate_document, normalize, parse_dct
from dateline.batch import annotate_many
from dateline.errors import (
    DatelineError,
    DatelineTypeError,
    DatelineValueError,
    InvalidTimexValueError,
    TimeMLError,
)
from dateline.events import Event, timeline
from dateline.timex import Timex, is_valid_value, validate

__all__ = [
    "DatelineError",
    "DatelineTypeError",
    "DatelineValueError",
    "Document",
    "Event",
    "InvalidTimexValueError",
    "TimeMLError",
    "Timex",
    "annotate",
    "annotate_document",
    "annotate_many",
    "is_valid_value",
    "normalize",
    "parse_dct",
    "timeline",
    "validate",
]
__version__ = "0.1.0"
