"""The library's error classes.

Every error that dateline raises on purpose derives from :class:`DatelineError`, and the ones caused
by a bad argument also derive from the matching built-in (:class:`TypeError` or :class:`ValueError`),
so callers may catch either.

>>> import dateline
>>> try:
...     dateline.annotate(b"bytes")
... except dateline.DatelineTypeError as error:
...     print(error)
text must be str, not bytes; decode it first, e.g. data.decode("utf-8")
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base class of every error raised by dateline."""


class DatelineTypeError(DatelineError, TypeError):
    """An argument has the wrong type."""


class DatelineValueError(DatelineError, ValueError):
    """An argument has the right type but a value dateline cannot use."""


class InvalidTimexValueError(DatelineValueError):
    """A string is not a valid TIMEX3 value."""


class TimeMLError(DatelineValueError):
    """A TimeML document cannot be read (malformed, unsafe or missing parts)."""
