"""The made-up news sentences of ``typing_probe``, by set, one or more per ACLED sub-event type.

Every sentence of the sets was written for this project (news style, invented or generic facts).
The sets, in the order they were written: ``tuning``
(eighteenth round; read while writing the typing rules of ``events.detect``), ``second``
(measured once before being read, then read), ``fresh`` (measured before and after the rules
without being read first, then its misses read), ``fourth`` (the same, written after the
rules of the first three were in), ``fifth`` and ``sixth`` (fifty-second round: measured once
before being read, 24 and 19 of 30, then read), ``seventh`` (written after that round's rules;
27 of 30 at the start of the fifty-fourth round, which read it), ``eighth`` (fifty-fourth round:
headline and lead wording, passive voice, rarer sub-types; measured once before being read, 25
of 30) and ``ninth`` (written after the rules the eighth gave, measured once, 24 of 30, then
read); ``tenth`` (written at that round's end, after all its rules; measured once, 26 of
30; read in the fifty-fifth round); ``eleventh`` (fifty-fifth round, after the tenth's rules:
measured once, 23 of 30, then read), ``twelfth`` (after the eleventh's rules: measured once,
23 of 30, then read) and ``thirteenth`` (after the twelfth's rules: measured once, 23 of 30;
read in the fifty-sixth round); ``fourteenth`` (fifty-sixth round, after the thirteenth's
rules: measured once, 26 of 30, then read) and ``fifteenth`` (after the fourteenth's rules:
measured once, 23 of 30, then read) and ``sixteenth`` (after the fifteenth's rules: measured
once, 22 of 30, then read); ``seventeenth`` (written at the fifty-sixth round's end, after all
its rules: measured once, 27 of 30; read in the fifty-seventh round); ``eighteenth`` (fifty-seventh
round, after the seventeenth's rules: measured once, 28 of 30, then read) and ``nineteenth``
(after the eighteenth's rules: measured once, 24 of 30, then read); ``twentieth`` (after the
nineteenth's rules: measured once, 23 of 30, then read) and ``twenty_first`` (after the
twentieth's rules: measured once, 22 of 30, then read) and ``twenty_second`` (headlines, after
the twenty-first's rules: measured once, 22 of 30, then read) and ``twenty_third`` (after the
twenty-second's rules: measured once, 25 of 30, then read); ``twenty_fourth`` (written at the
fifty-seventh round, after the twenty-third's rules: measured once, 19 of 30, then read);
``twenty_fifth`` (after the twenty-fourth's rules: measured once, 21 of 30, then read);
``twenty_sixth`` (after the twenty-fifth's rules: measured once, 25 of 30, then read);
``twenty_seventh`` (written after the twenty-sixth's rules: measured once, 27 of 30, not
read, then read in the fifty-eighth round); ``twenty_eighth`` (after the same rules: measured
once, 26 of 30, then read); ``twenty_ninth`` (fifty-eighth round, after its first rules, which
came from the ACLED notes' end-to-end misses: measured once, 26 of 30, then read), and after each
set's rules the next one, measured once and then read: ``thirtieth`` 29, ``thirty_first`` 24,
``thirty_second`` 29, ``thirty_third`` 23, ``thirty_fourth`` 27, ``thirty_fifth`` 26,
``thirty_sixth`` (headlines) 24, ``thirty_seventh`` (attributed wire sentences) 28,
``thirty_eighth`` 28, ``thirty_ninth`` 23, ``fortieth`` 21 and ``forty_first`` 25 of 30;
``forty_second`` (written at the round's end, after all its rules: measured once, 26 of 30, not
read; read in the fifty-ninth round).

The fifty-ninth round's sets, each measured once and then read: ``forty_third`` to
``forty_sixth`` (written and measured together before any of the round's rules: 29, 25
(headlines), 24 (African wire) and 26 (Ukraine and the Middle East) of 30); after their rules
``forty_seventh`` 26 and ``forty_eighth`` 24; after theirs ``forty_ninth`` (headlines) 22 and
``fiftieth`` (attributed wire sentences) 21; after theirs ``fifty_first`` 25 and ``fifty_second``
(local news, policing) 21; after theirs ``fifty_third`` (South Asia, the Middle East) 29 and
``fifty_fourth`` (Latin America, Europe) 23; after theirs ``fifty_fifth`` (local news) 22 and
``fifty_sixth`` (Syria's wire) 28; after theirs ``fifty_seventh`` (the Sahel, Central Africa) 26
of 30; ``fifty_eighth`` (after all those rules, before the tidy: 30 of 30) and ``fifty_ninth``
(measured once, 25 of 30, then read at the round's end); after its rules ``sixtieth`` (South-East
Asia, Yemen, the Caucasus) 29 of 30, then ``sixty_first`` (written at the round's end: measured
once, 28 of 30, not read).

Four sentences were relabelled in the fifty-eighth round, from "Non-state actor overtakes territory"
to "Non-violent transfer of territory": a place taken after the other side abandoned or pulled
out of it (in ``fourth``, ``seventh``, ``seventeenth`` and ``thirtieth``). ACLED's overtaking is a
Battles sub-type, which needs an armed interaction, and its coders give such a takeover the
transfer type ("took control of … after Saudi forces evacuated the area"). The first measurements
quoted above were made with the old labels.

The sets live in six modules, by the rounds that wrote them (the fifty-ninth round's in two);
``SENTENCES`` holds them all in the order they were written.
"""

from __future__ import annotations

from .eighteenth_on import SETS as _LATE
from .fifty_eighth_round import SETS as _LATER
from .fifty_ninth_round import SETS as _LATEST
from .fifty_ninth_round_late import SETS as _LATEST_LATE
from .tenth_to_seventeenth import SETS as _MIDDLE
from .tuning_to_ninth import SETS as _EARLY

SENTENCES: dict[str, list[tuple[str, str]]] = {**_EARLY, **_MIDDLE, **_LATE, **_LATER, **_LATEST, **_LATEST_LATE}
