"""Sizes past which input is refused, in one place: the table in docs/data-format.md lists the same
figures (a test keeps the two in step). Each limit sits far above anything a person writes or
says in an interview, and far below what would exhaust memory, stall every command or crash the
speech synthesizer (espeak-ng segfaulted on a 100 KB question and timed out on 20 KB).
"""

from __future__ import annotations

DATA_FILE_BYTES = 256_000
"""A persona, bank, company profile or first-round notes file. The largest built-in bank is
37 KB; the size is checked before the file is read."""

ID_CHARS = 64
"""Ids (`id`, `role`, theme ids): typed on the command line and used in file names."""

LABEL_CHARS = 200
"""Names, titles, labels, cues, competencies: shown on one line."""

TEXT_CHARS = 2_000
"""Any text that is spoken or shown as a paragraph: a question, an introduction, a probe, a
talking point, a persona's answer. 2,000 characters is about 350 words (two minutes spoken);
the longest built-in text is 200."""

LIST_ITEMS = 200
"""Items in one list (transitions, cues, talking points, follow-ups, news, ...)."""

TABLE_ITEMS = 1_000
"""[[tables]] in one file: questions in a bank, themes, company values, first-round entries."""

ERRORS_PER_FILE = 50
"""Problems reported for one file; the rest are counted in one line. Finding where each problem
sits costs a pass over the file, so a file with thousands of problems would slow every command
that loads it."""

AUDIO_MIN_RATE = 4_000
"""Hz. An audio file's header claiming less is refused before anything is read (a 32 KB file
claiming 1 Hz once cost 8 GB of memory); telephone audio is 8 kHz."""

AUDIO_MAX_RATE = 384_000
"""Hz. The highest rate audio interfaces record at."""

AUDIO_CHANNELS = 32
"""Channels in an audio file; more than any recorder a user has."""

AUDIO_SECONDS = 10_800
"""Three hours: the longest audio file read (in blocks, so a long file costs its 16 kHz copy,
about 115 MB an hour, not its decoded size)."""

TYPED_ANSWER_CHARS = 20_000
"""A typed answer: about 3,300 words, twenty minutes spoken. A longer one is cut at a word
boundary with a notice (a 10 MB answer once took 2.5 GB and 40 s to analyse); `analyze` refuses
a longer text file outright."""
