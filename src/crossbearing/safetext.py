"""Text that came from an input (article bodies, titles, outlet names, file names, URLs) is
untrusted: before it reaches a terminal, control characters are replaced one for one (so
character offsets still line up with evidence spans) and file names that are not valid
UTF-8 are shown with backslash escapes instead of breaking the encoder."""

from __future__ import annotations

import os
import re

# C0 controls except tab and newline, DEL, C1 controls (0x9b is an 8-bit CSI), and the
# bidirectional overrides/isolates that make a terminal show text in another order.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
REPLACEMENT = "\ufffd"


def printable(value: object, *, one_line: bool = False) -> str:
    """``value`` as a string safe to print: every control character (and, with
    ``one_line``, every tab and line break) becomes one U+FFFD, lone surrogates become
    backslash escapes. Same length as ``str(value)`` when it has no surrogates."""
    s = "" if value is None else str(value)
    s = (_UNSAFE_ONE_LINE if one_line else _UNSAFE).sub(REPLACEMENT, s)
    if _has_surrogate(s):
        s = s.encode("utf-8", "backslashreplace").decode("utf-8")
    return s


def shown_path(path: object) -> str:
    """A file name as text that can be printed and stored: bytes that are not UTF-8
    (kept by Python as surrogate escapes) are written as ``\\xNN``."""
    s = os.fspath(path) if not isinstance(path, str) else path
    if isinstance(s, bytes):
        return s.decode("utf-8", "backslashreplace")
    if not _has_surrogate(s):
        return s
    try:
        return os.fsencode(s).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return s.encode("utf-8", "backslashreplace").decode("utf-8")


def _has_surrogate(s: str) -> bool:
    try:
        s.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def first_surrogate(s: str) -> int | None:
    """Index of the first lone surrogate in ``s`` (text that cannot be UTF-8), or None."""
    try:
        s.encode("utf-8")
        return None
    except UnicodeEncodeError as exc:
        return exc.start
