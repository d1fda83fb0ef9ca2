"""Mojibake repair: UTF-8 text that was decoded as Windows-1252 somewhere upstream.

"Trumpâ€™s campaign" is "Trump’s campaign" read through the wrong code page. About 8% of the
bundled news corpora arrive like this (a third of one of them), and the damage is not cosmetic:
spaCy splits "â€™" into tokens that become actors ("™") and breaks sentence boundaries at quotes.
:func:`repair` undoes it with ftfy's ``fix_encoding``, which changes only text it can show to be
mis-decoded, and leaves everything else (curly quotes, accents typed correctly) as it was.

Two damaged forms ftfy does not take alone are prepared for it first:

- pre-tokenised corpora put a space inside the sequence ("Trumpâ€ ™ s"): the space is removed
  when a non-alphanumeric character follows, which no real text has after "â€";
- the closing quote ” is bytes E2 80 9D, and 0x9D has no Windows-1252 character, so decoders put
  U+FFFD there ("offenseâ€�"): "â€" + U+FFFD is read back as that quote, the only common
  character of the form.
"""

from __future__ import annotations

import re

# Every mis-decoded UTF-8 sequence of a non-ASCII character starts with one of these.
_MARKERS = ("Ã", "Â", "â€", "Å", "Ä")
_SPLIT = re.compile(r"â€ (?=[^\sA-Za-z0-9])")


def repair(text: str) -> str:
    """``text`` with Windows-1252 mojibake decoded back; unchanged when there is none."""
    if not any(m in text for m in _MARKERS):
        return text  # the common case costs one scan, and no import
    import ftfy

    text = _SPLIT.sub("â€", text)
    text = text.replace("â€\ufffd", "â€\x9d")
    return ftfy.fix_encoding(text)
