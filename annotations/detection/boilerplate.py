"""Finding the main content of a scraped article and its boilerplate lines.

Pure string functions: the text is never modified, callers get character ranges.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A whole line (case-insensitive) that starts the trailing boilerplate of a page.
_TAIL_MARKER = re.compile(
    r"""^(?:\[[^\]]{1,20}\]\s*)?(?:
        related\s+(?:articles?|stories|posts|news|content|coverage|reading|topics)
      | (?:latest|top|more|trending|recommended|popular|other)\s+
        (?:stories|news|articles|posts|headlines|videos)(?:\s+from\b.*)?
      | popular\s+now | trending\s+now | most\s+(?:read|popular|viewed)
      | you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)
      | weekly\s+best\s+articles | must[-\s]reads? | editor'?s?\s+picks?
      | (?:read|see)\s+(?:the\s+)?full\s+(?:article|story)\s*:?
      | (?:also\s+read|read\s+more|see\s+also|further\s+reading)\s*:?
      | share\s+(?:this|the)\s+(?:article|story|post|page)
      | leave\s+a\s+(?:comment|reply) | post\s+a\s+comment
      | comments?\s*\(?\d*\)? | \d+\s+comments?
      | this\s+site\s+uses\s+akismet.*
      | (?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the)\s+newsletter.*
      | tags?\s*:.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_COPYRIGHT = re.compile(r"^(?:copyright\b|\(c\)\s|[©ⓒ]|.*\ball rights reserved\b)", re.IGNORECASE)
_EMAIL_LINE = re.compile(r"^\S+@\S+\.\w+$")
_DATE_LINE = re.compile(r"^\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?$")
_NAME_LINE = re.compile(r"^(?:By\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
_HASHTAG = re.compile(r"#\w+")
_SKIP_LINK = re.compile(r"\b(?:skip|jump|access)\s+to\s+(?:the\s+)?(?:main\s+)?content", re.I)
_BREADCRUMB = re.compile(r"^\S.{0,60}?\s[»›>|/]\s.*[»›>|/]\s|^Home\s*[»›>|/]")
_PHOTO_CREDIT = re.compile(
    r"^(?:photo|image|picture|credit|caption|source|illustration)s?\s*(?:by)?\s*[:|/]",
    re.IGNORECASE,
)
_AGENCY = re.compile(
    r"\b(?:getty\s+images|afp|reuters|associated\s+press|ap\s+photo|shutterstock|epa|"
    r"bloomberg|xinhua|yonhap|alamy|istock|news1|efe|anadolu|pool)\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:[•·▪‣◦●○■□*]|-\s|–\s|\d{1,2}[.)]?\s*$)")
_LETTER = re.compile(r"[^\W\d_]")
# Letters of non-Latin scripts (Greek onwards), leaving out punctuation and symbol blocks.
_NON_LATIN = re.compile(r"[\u0370-\u1fff\u2c00-\ud7ff\uf900-\ufeff\uff21-\uffdc]")
_TERMINAL = frozenset('.!?…"”’»)')


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each line in text[start:end], without the line break."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        brk = text.find("\n", pos, end)
        stop = end if brk < 0 else brk
        line_end = stop - 1 if stop > pos and text[stop - 1] == "\r" else stop
        yield pos, line_end
        pos = stop + 1


def is_hashtag_line(line: str) -> bool:
    if "#" not in line:
        return False
    words = line.split()
    tags = len(_HASHTAG.findall(line))
    return tags >= 2 and tags * 2 >= len(words)


def is_photo_credit(line: str) -> bool:
    if _PHOTO_CREDIT.match(line):
        return True
    if line[-1:] in ".!?" or not ("|" in line or "/" in line or "©" in line):
        return False
    return len(line.split()) <= 14 and bool(_AGENCY.search(line))


def is_foreign_line(line: str) -> bool:
    """A line mostly written in a non-Latin script (the Korean line of a translated page)."""
    if line.isascii() or not _NON_LATIN.search(line):
        return False
    letters = len(_LETTER.findall(line))
    return letters > 0 and len(_NON_LATIN.findall(line)) * 10 >= letters * 3


def is_breadcrumb(line: str) -> bool:
    return bool(_BREADCRUMB.match(line)) or bool(_SKIP_LINK.search(line))


def is_bullet_headline(line: str) -> bool:
    return bool(_BULLET.match(line)) and len(line.split()) <= 30


def is_headline(line: str) -> bool:
    """A short line without closing punctuation: a title, section heading or byline. Two
    apostrophes close a quotation in archive text (''…'')."""
    closed = line[-1:] in _TERMINAL or line.endswith("''")
    return not closed and len(line.split()) <= 25


def is_boilerplate_line(line: str) -> bool:
    """Lines inside an article that can hold no quote (credits, hashtags, navigation...)."""
    return (
        is_photo_credit(line)
        or is_hashtag_line(line)
        or is_foreign_line(line)
        or is_breadcrumb(line)
        or is_bullet_headline(line)
        or bool(_COPYRIGHT.match(line))
        or bool(_EMAIL_LINE.match(line))
    )


def _is_tail_marker(line: str) -> bool:
    return bool(
        _TAIL_MARKER.match(line)
        or _COPYRIGHT.match(line)
        or _EMAIL_LINE.match(line)
        or is_hashtag_line(line)
    )


def _is_body(line: str) -> bool:
    return len(line.split()) >= 8 and line[-1:] in _TERMINAL


def main_content_range(text: str) -> tuple[int, int]:
    """The character range of the article's main content.

    Cuts a leading navigation/breadcrumb/photo-credit preamble and everything from the
    first trailing boilerplate marker ("Related Articles", "Comments0", copyright,
    e-mail byline, hashtag line...) that follows some body text.
    """
    lines = [(s, e, text[s:e].strip()) for s, e in iter_lines(text)]
    first = 0
    while first < len(lines) and (
        not lines[first][2] or is_breadcrumb(lines[first][2]) or is_photo_credit(lines[first][2])
    ):
        first += 1
    if first == len(lines):
        return 0, 0
    last = len(lines)
    seen_body = False
    for index in range(first, len(lines)):
        line = lines[index][2]
        if seen_body and line and _is_tail_marker(line):
            last = index
            break
        seen_body = seen_body or _is_body(line)
    # Drop trailing blank lines, timestamps and a name line directly above an e-mail byline.
    cut_at_email = last < len(lines) and bool(_EMAIL_LINE.match(lines[last][2]))
    while last > first + 1:
        line = lines[last - 1][2]
        if not line or _DATE_LINE.match(line):
            last -= 1
        elif cut_at_email and _NAME_LINE.match(line) and len(line.split()) <= 4:
            last -= 1
            cut_at_email = False
        else:
            break
    raw = text[lines[first][0] : lines[first][1]]
    start = lines[first][0] + len(raw) - len(raw.lstrip())
    end = lines[last - 1][1]
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
