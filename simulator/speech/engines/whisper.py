"""The default recognizer: faster-whisper (CTranslate2, int8, CPU).

A Whisper model takes a second or more to load, so each model folder is loaded once per process
and shared (speech_recognition's recognize_faster_whisper reloads it on every call). Whisper drops
"um" and "uh" unless its context shows them, so an initial prompt full of fillers is given; word
times are then tightened to real speech with the voice-activity detector, because Whisper
stretches words over the silence before them. Long audio is cut at pauses first: on one long
window Whisper can skip its start or repeat a sentence.
"""

from __future__ import annotations

import ctypes
import math
import os
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from simulator.audio.clip import RATE, Clip
from simulator.errors import EngineUnavailableError
from simulator.speech import voice_activity
from simulator.speech.models import resolve_model
from simulator.speech.stt import Transcript, Word

FILLER_PROMPT = "Um, so, uh, I was, er, thinking about it, and, uh, hmm, we decided."
"""Written for this project. Shows Whisper a disfluent speaker, so it writes the fillers it hears.
Measured with bench/stt_fillers.py and bench/stt_wer.py (temperature 0, voice-gated):
this prompt keeps 9 of 11 flite fillers at 5.59% WER on the real-speech set; the earlier
"So, um, I was, uh, thinking about it, and, er, we decided." kept 8 of 11 at 5.88% (it never
wrote "er"); denser prompts kept 9 of 11 but cost WER (7.06%, 8.24%)."""

BEAM_SIZE = 1
"""Greedy decoding. Measured with bench/stt_wer.py on the real-speech set (README scoring, 340
words, filler prompt): beam 1 17 errors, beam 2 18, beam 3 27, beam 5 33 (beam search with the
filler prompt wrote digit strings as "1, 0, 0, ..." and added "Thank you very much"), at twice
the decoding time. Also measured and not adopted, because the error count moved both ways with
the setting rather than with a cause (15-21 errors): normalising each window's level (peak 0.3,
0.5, 0.7, 0.9, 0.99; RMS -20, -26 dBFS), silence padding around each window (0.3 s, 1 s), and
Silero padding 0.05 or 0.2 s instead of 0.1 s (17 either way)."""

LONG_AUDIO_PIECES = "cut as streaming cuts"
"""How a clip longer than WHOLE_CLIP_S is cut into windows: at the pauses where the streaming
transcriber cuts a spoken answer (voice_activity.pieces_at_pauses with streaming's constants), so
a file given to `transcribe` and the same answer spoken in the room are read in the same pieces.
The earlier rule (windows of at most 10 s, each cut in the middle of the longest pause in its
second half) cut sentences longer than 10 s in two and put the end of one sentence and the start
of the next in one window: on the 90 s answers of bench/stt_streaming.py (5 runs) batch WER was
8.52% against 7.01% streamed (ratio 0.82). Windows of 15-25 s by that rule were worse still
(Whisper skipped whole sentences with the filler prompt). Cut by the streaming rule but at the
pauses of speech_frames() (noise floor over the whole clip) batch WER was 7.58%; with the
recorder's own detector (recording_frames) the pieces are the streamed ones."""

WHOLE_CLIP_S = 20.0
"""A clip up to this long is transcribed whole: splitting short clips at 10 s cost base 2 points
of WER on the real-speech set (a sentence's second half lost its context)."""

TEMPERATURE = 0.0
"""Greedy decoding only, no temperature fallback. faster-whisper's default retries a window at
0.2 ... 1.0 when the greedy text looks repetitive or unlikely; those retries sample at random, so
the same file gave different words on different runs (8 s of clicks: "to to next one.", "you?",
eleven "uh,"), and every closing invention seen on the test set ("is of the video.", "Good.")
came from a retry at 1.0. At 0.0 only, 5 runs of every clip gave identical text and times."""

CONDITION_ON_PREVIOUS_TEXT = False
"""Each 30 s window starts from the filler prompt alone. Conditioning on the previous window's
text carries a mistake (or an invented phrase) into the next one; windows here are at most 20 s
anyway, so there is rarely a previous window to lean on."""

CLOSING_PHRASES = frozenset(
    {"thank you", "thanks", "thank you very much", "thanks for watching",
     "thank you for watching", "bye", "goodbye", "you", "good", "okay", "so"}
)
"""What Whisper adds at the end of a window when it runs out of speech (its training data is
full of videos that end this way). Dropped only when the recognizer itself doubts them."""

CLOSING_PROBABILITY = 0.5
"""A closing phrase whose words' geometric-mean probability is below this is dropped. The
geometric mean (exp of the mean log-probability, as Whisper's own avg_logprob) lets one doubtful
word sink the phrase: on `uberi_english.wav` ("one two three") Whisper adds "Thank you." with
"Thank" at p=0.07 over 20 ms and "you." at 0.98; the arithmetic mean (0.53) kept it, the
geometric mean (0.26) drops it. Measured with bench/stt_wer.py on the real-speech set: 19 -> 17
errors in 340 words (5.59% -> 5.00%), no other clip changed."""

UNREAD_VOICE_S = 1.0
"""Whisper sometimes skips speech inside a window: it ends its reading early (a segment, then its
end-of-text token, and the rest of the window is never read) or starts its first segment
seconds into the window. On held5 through speech a 17.6 s window was read as far as "...a
printing company near Iron" at 4.9 s, and read again from there it began 4.5 s in: 12.6 s of
speech, two sentences and a half, were lost. A stretch of at least this much voice with no word
in it (before the first word, between two, or after the last) is read again on its own, from
the doubtful word before it if there is one (p < CLOSING_PROBABILITY: "Iron" for "Eindhoven").
Words are never that far apart inside speech Whisper read, and windows are cut in gaps, so a
window read whole leaves well under this before its first and after its last word."""

MAX_READ_ON = 4
"""Stretches of one window read again, at most (each is read once)."""

LONGEST_WORD_S = 2.0
"""A word (not a figure) lasts at most this long when looking for what Whisper did not read: it
can stretch one word over what it skipped ("that" 15.14-23.50 s in a held4 answer, "I'd"
55.53-63.95 s in a dev answer; flite's longest real word took 1.1 s)."""

LEAD_IN_S = 1.0
"""A stretch is read again from the end of a word at least this long before it: Whisper reads a
piece of audio that starts between words, with a little context, as it was said. Its words
before the stretch are dropped again (the first reading's stay)."""

CLOSING_MIN_S = 0.12
"""A closing phrase at the end of a window that Whisper fits into less time than this was not
said, however sure of it Whisper is: spoken by flite's four voices, "Thank you." takes 0.52-0.64 s
and "Thanks." 0.22-0.30 s from the first word's start to the last word's end, while the "Thank
you." Whisper writes at the end of a window that stops in a short gap after a sentence sits in
the last tenth of a second (held5 through speech: "it's your rescue. Thank you." with "Thank"
7.26-7.26 s and "you." 7.26-7.32 s, both at p >= 0.98, in a 7.48 s window)."""

ORDINARY_CLOSING_WORDS = frozenset({"you", "good", "okay", "so"})
"""Closing phrases that are also everyday words: a real "so" or "okay" that ends a window can be
squeezed as tight, so these are dropped only when Whisper doubts them."""

SQUEEZED_TAIL_WORDS = 4
"""Whatever they say, the last words of a window (up to this many) that Whisper both fits into
under CLOSING_MIN_S and doubts (geometric-mean probability under CLOSING_PROBABILITY) were not
said: its inventions at a window's end are not only the closing phrases of CLOSING_PHRASES.
Through speech (flite slt, held3 and held6): "...the transport. Alright. The insurance"
("Alright." 0.08 s, p 0.32), "...a real difference, honestly. like. Because" ("like." 0.02 s,
p 0.16), "...evenings mostly. See you later. And I" (0.06 s for three words, p 0.01/0.86/0.76);
each added a sentence that was never spoken and cut the answer's units there. Only words after
a sentence Whisper closed are dropped: a window cut in the middle of a sentence can end on a real
word it squeezed and doubted ("...rang the office to say" | "Thanks and booked her"). A sure
short word ("Yes.") or a doubted one given the time to be said stays. On held3 and held6 through
speech (107 answers) this drops 8 inventions ("Alright." twice, "like." three times, "Great.",
"work.", "See you later.") and no word that was said; bench/stt_wer.py on the real-speech set:
5.00% before and after, every clip's text the same; bench/stt_fillers.py: 9 of 11 fillers before
and after."""
SENTENCE_ENDS = (".", "!", "?")

FAILED_LOGPROB = -1.0
"""Whisper's own threshold for a failed decode (average token log-probability of a segment)."""

MAX_COMPRESSION_RATIO = 2.4
"""A segment whose text gzip-compresses better than this is a repetition loop (Whisper's own
threshold); it is dropped rather than retried at a higher temperature."""

HEAP_THRESHOLD_BYTES = 256 << 20
"""Blocks up to this size are taken from and given back to the heap, not mapped and unmapped.
The encoder's self-attention scores for one 30 s window are one block of heads x 1500 x 1500
float32: 54 MB for tiny (6 heads; strace showed 44 maps of 54,001,664 bytes for five answers),
72 MB for base, 180 MB for large (20 heads). glibc maps every block over its own ceiling of
32 MB, so each window mapped the block afresh and the kernel zeroed it page by page: 1.2-1.4
million page faults for eight 5 s answers, a quarter of the CPU they took. Eight transcript-trust
answers (tests/support/clips.py), median of three runs interleaved with the old code: CPU
7.3 s -> 5.4 s, page faults 1.3 million -> under 100, peak resident memory +45 MB."""
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
"""mallopt's option numbers (glibc <malloc.h>)."""

_loaded: dict[tuple[str, str], Any] = {}
_load_lock = threading.Lock()


def _reuse_large_blocks() -> None:
    """Raise glibc's mmap and trim thresholds to HEAP_THRESHOLD_BYTES for this process, unless
    the user set them (MALLOC_MMAP_THRESHOLD_ / MALLOC_TRIM_THRESHOLD_). Off Linux, or with a C
    library without mallopt, nothing changes."""
    if not sys.platform.startswith("linux") or any(
        name in os.environ for name in ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_")
    ):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    for option in (M_MMAP_THRESHOLD, M_TRIM_THRESHOLD):
        mallopt(option, HEAP_THRESHOLD_BYTES)


def load_model(folder: Path, compute_type: str = "int8") -> Any:
    """The WhisperModel for `folder`, loaded on first use and kept for the process."""
    key = (str(folder.resolve()), compute_type)
    with _load_lock:
        model = _loaded.get(key)
        if model is None:
            try:
                from faster_whisper import WhisperModel
            except ImportError as error:
                raise EngineUnavailableError(
                    f"faster-whisper cannot be imported ({error})",
                    hint="pip install faster-whisper",
                ) from None
            threads = min(4, os.cpu_count() or 1)
            _reuse_large_blocks()
            try:
                model = WhisperModel(
                    str(folder), device="cpu", compute_type=compute_type, cpu_threads=threads
                )
            except (RuntimeError, ValueError, OSError) as error:
                raise EngineUnavailableError(
                    f"{folder}: cannot load Whisper model ({error})"
                ) from None
            _loaded[key] = model
        return model


class WhisperRecognizer:
    """faster-whisper with word times, fillers kept and pauses made true."""

    name = "faster-whisper"

    def __init__(
        self,
        model: str = "tiny.en",
        keep_fillers: bool = True,
        beam_size: int = BEAM_SIZE,
        tighten_times: bool = True,
    ) -> None:
        self.model, self.folder = resolve_model(model)
        self.keep_fillers = keep_fillers
        self.beam_size = beam_size
        self.tighten_times = tighten_times
        self._whisper = load_model(self.folder)

    def transcribe(self, clip: Clip) -> Transcript:
        spans = voice_activity.voiced_spans(clip.samples)
        frames = voice_activity.speech_frames(clip.samples)
        words: list[Word] = []
        if spans:
            step = voice_activity.FRAME_SAMPLES
            for start, end in _windows(clip.samples, len(frames)):
                first_s, end_s = start * voice_activity.FRAME_S, end * voice_activity.FRAME_S
                if not any(a < end_s and b > first_s for a, b in spans):
                    continue  # no voice in it: every word would be dropped by keep_spoken
                # The last window also takes the samples after the last whole frame.
                stop = len(clip.samples) if end == len(frames) else end * step
                piece = clip.samples[start * step : stop]
                words.extend(self._read_whole_window(piece, first_s, spans))
        words = keep_spoken(_punctuation_joined(words), spans)
        if self.tighten_times:
            words = list(voice_activity.tighten_words(words, frames))
        return Transcript(
            # Each Word is whole (see _words_of), so the text is the kept words with spaces.
            text=" ".join(w.text for w in words),
            words=tuple(words),
            engine=self.name,
            model=self.model,
            duration_s=clip.duration_s,
        )

    def _read_whole_window(
        self, samples: np.ndarray, offset_s: float, spans: list[tuple[float, float]]
    ) -> list[Word]:
        """The words of one window, with any stretch of voice Whisper skipped read on its own
        (UNREAD_VOICE_S)."""
        end_s = offset_s + len(samples) / RATE
        words = self._transcribe_window(samples, offset_s)
        tried: set[tuple[float, float]] = set()
        for _ in range(MAX_READ_ON):
            hole = _unread(words, offset_s, end_s, spans, tried)
            if hole is None:
                break
            tried.add(hole)
            before = [w for w in words if (w.start or 0.0) < hole[0]]
            after = [w for w in words if (w.start or 0.0) >= hole[1]]
            # Read from a gap between words a little before the stretch: a reading that starts
            # inside a word invents ("gets And, um, I remember in its name").
            lead = [w.end for w in before if w.end is not None and w.end <= hole[0] - LEAD_IN_S]
            read_from = max([offset_s, *lead[-1:]])
            first, last = (round((t - offset_s) * RATE) for t in (read_from, hole[1]))
            more = [
                w for w in self._transcribe_window(samples[first:last], read_from)
                if ((w.start or 0.0) + (w.end or 0.0)) / 2 >= hole[0]
            ]
            if more:
                if before and (before[-1].end or 0.0) > hole[0]:  # a stretched word ends there
                    before[-1] = replace(before[-1], end=hole[0])
                words = before + more + after
        return words

    def _transcribe_window(self, samples: np.ndarray, offset_s: float) -> list[Word]:
        audio = samples.astype(np.float32) / 32768.0
        prompt = FILLER_PROMPT if self.keep_fillers else None
        words, failed = self._decode(audio, offset_s, prompt)
        if failed and prompt is not None:
            # The filler prompt can tip a window that starts mid-word into a loop ("uh, uh,
            # uh", "I would say, I would say") or a made-up sentence; the failed segment is
            # dropped and with it every word of the answer. Decoded again without the prompt
            # (still greedy, so still the same on every run); the decode that keeps more words
            # wins.
            plain, _failed = self._decode(audio, offset_s, None)
            if len(plain) > len(words):
                words = plain
        return words

    def _decode(
        self, audio: np.ndarray, offset_s: float, prompt: str | None
    ) -> tuple[list[Word], bool]:
        """The kept words of one window, and whether any segment was dropped as a failed decode
        (a repetition loop or a decode Whisper did not believe)."""
        segments, _info = self._whisper.transcribe(
            audio,
            language="en",
            beam_size=self.beam_size,
            temperature=TEMPERATURE,
            word_timestamps=True,
            initial_prompt=prompt,
            condition_on_previous_text=CONDITION_ON_PREVIOUS_TEXT,
            vad_filter=False,
        )
        words: list[Word] = []
        failed = False
        duration = len(audio) / RATE
        for segment in segments:
            if float(segment.compression_ratio) > MAX_COMPRESSION_RATIO:
                failed = True
                continue
            found = _words_of(segment.words or (), duration, offset_s)
            if found and _invented(float(segment.avg_logprob), found):
                failed = True
                continue
            words.extend(found)
        return _without_closing_phrase(words), failed


def _voiced_s(spans: list[tuple[float, float]], start_s: float, end_s: float) -> float:
    """Seconds of voice (voice_activity.voiced_spans) between `start_s` and `end_s`."""
    return sum(max(0.0, min(b, end_s) - max(a, start_s)) for a, b in spans)


def _unread(
    words: list[Word],
    start_s: float,
    end_s: float,
    spans: list[tuple[float, float]],
    tried: set[tuple[float, float]],
) -> tuple[float, float] | None:
    """The first stretch of the window [start_s, end_s] not tried yet that holds no word and at
    least UNREAD_VOICE_S of voice: before the first word, between two words, or after the last.
    A doubtful word (p < CLOSING_PROBABILITY) just before it is taken into it."""
    # A word Whisper stretched over what it did not read counts for LONGEST_WORD_S (a figure,
    # "120,000", is many spoken words and keeps its time).
    edges = [start_s] + [
        t for w in words if w.start is not None and w.end is not None
        for t in (w.start, w.end if any(c.isdigit() for c in w.text)
                  else min(w.end, w.start + LONGEST_WORD_S))
    ] + [end_s]
    for index in range(0, len(edges) - 1, 2):
        gap = (edges[index], edges[index + 1])
        if gap[1] - gap[0] < UNREAD_VOICE_S or _voiced_s(spans, *gap) < UNREAD_VOICE_S:
            continue
        word_before = index // 2 - 1
        if 0 <= word_before < len(words) and (
            words[word_before].probability or 0.0
        ) < CLOSING_PROBABILITY and words[word_before].start is not None:
            gap = (max(start_s, words[word_before].start or start_s), gap[1])
        if gap not in tried:
            return gap
    return None


def _windows(samples: np.ndarray, frame_count: int) -> list[tuple[int, int]]:
    """(first, end) frame ranges to decode one at a time: the whole clip up to WHOLE_CLIP_S,
    else the pieces a streaming transcriber would cut from the same audio (LONG_AUDIO_PIECES),
    found with its own pause detector."""
    if frame_count * voice_activity.FRAME_S <= WHOLE_CLIP_S:
        return [(0, frame_count)]
    from simulator.speech import streaming

    return voice_activity.pieces_at_pauses(
        voice_activity.recording_frames(samples)[:frame_count],
        pause_s=streaming.PAUSE_S,
        long_pause_s=streaming.LONG_PAUSE_S,
        min_s=streaming.MIN_PIECE_S,
        max_s=streaming.MAX_PIECE_S,
    )


def _words_of(pieces: Any, duration: float, offset_s: float) -> list[Word]:
    """Whisper's word pieces joined into the words they spell.

    Whisper marks a new word with a leading space; a piece without one continues the word
    before it (" 1" ".2", " $180" ",000", " 15" "%", " re" "-built"). Joining every piece with a
    space broke figures apart ("1 .2 million"), so pieces are joined as Whisper wrote them. A
    piece of punctuation alone joins the word before it, once ("Yes." "." is "Yes.")."""
    words: list[Word] = []
    for piece in pieces:
        raw = str(piece.word)
        text = raw.strip()
        if not text:
            continue
        start = round(min(float(piece.start), duration) + offset_s, 3)
        end = round(min(float(piece.end), duration) + offset_s, 3)
        probability = round(float(piece.probability), 3)
        punctuation_only = not any(ch.isalnum() for ch in text)
        if words and (not raw[:1].isspace() or punctuation_only):
            last = words[-1]
            if punctuation_only and last.text.endswith(text):
                continue
            words[-1] = Word(
                last.text + text,
                last.start,
                max(end, last.end or end),
                min(probability, last.probability if last.probability is not None else 1.0),
            )
            continue
        words.append(Word(text, start, end, probability))
    return words


def _invented(avg_logprob: float, words: list[Word]) -> bool:
    """A segment Whisper decoded with little belief in it: its tokens average under Whisper's own
    failure threshold and its words under CLOSING_PROBABILITY. Such segments came after the
    last word of a clip that ends in speech ("This is the first time I've been working on.",
    "Good.", all words 0-20 ms long), where no temperature retry now replaces them."""
    confidence = sum(w.probability or 0.0 for w in words) / len(words)
    return avg_logprob < FAILED_LOGPROB and confidence < CLOSING_PROBABILITY


def _confidence(words: list[Word]) -> float:
    """How sure the recognizer is of `words` together: the geometric mean of their probabilities,
    i.e. exp of the mean log-probability, the way Whisper scores a segment (avg_logprob)."""
    logs = [math.log(max(w.probability or 0.0, 1e-6)) for w in words]
    return math.exp(sum(logs) / len(logs))


def _bare(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha() or ch == " ").strip()


def _without_closing_phrase(words: list[Word]) -> list[Word]:
    """`words` less a closing phrase at their end ("Thank you.", "Bye.") that the recognizer
    doubts (mean word probability under CLOSING_PROBABILITY) or that has no time to have been
    said in (under CLOSING_MIN_S from its first word's start to its last word's end), and less
    any other last words (SQUEEZED_TAIL_WORDS at most) that are both doubted and squeezed."""
    for length in range(max(4, SQUEEZED_TAIL_WORDS), 0, -1):
        if len(words) < length:
            continue
        tail = words[-length:]
        phrase = _bare(" ".join(w.text for w in tail))
        said_in = (tail[-1].end or 0.0) - (tail[0].start or 0.0)
        doubted = _confidence(tail) < CLOSING_PROBABILITY
        if phrase not in CLOSING_PHRASES:
            after_a_sentence = len(words) > length and words[-length - 1].text.endswith(
                SENTENCE_ENDS
            )
            if (length <= SQUEEZED_TAIL_WORDS and doubted and said_in < CLOSING_MIN_S
                    and after_a_sentence):
                return words[:-length]
            continue
        squeezed = said_in < CLOSING_MIN_S and phrase not in ORDINARY_CLOSING_WORDS
        if doubted or squeezed:
            return words[:-length]
    return words


def _punctuation_joined(words: list[Word]) -> list[Word]:
    """`words` with each one that is punctuation alone (a window that Whisper began with ".")
    joined to the word before it, or dropped if it is first or the word before already ends with
    it. A lone "." is no word: it showed as ". ." in the transcript and counted as a spoken word
    (7 of the 240 words added on held1-5 through speech)."""
    joined: list[Word] = []
    for word in words:
        if any(ch.isalnum() for ch in word.text):
            joined.append(word)
        elif joined and not joined[-1].text.endswith(word.text):
            last = joined[-1]
            joined[-1] = replace(last, text=last.text.rstrip(",;:") + word.text)
    return joined


def keep_spoken(words: list[Word], spans: list[tuple[float, float]]) -> list[Word]:
    """The words that lie in a voiced span: Whisper's inventions sit in silence or noise."""
    return [w for w in words if voice_activity.inside_spans(w, spans)]
