"""The Task told in the grammar people use for it rather than "my task was": the duty after a
copula in run-on speech ("and it was my call really"), the speaker's part as "I'm the ...", the
time given to do it ("I had about an hour to"), a decision about what should be ("I decided for
myself that we would not..."), the duty told by what the speaker could not just do ("I couldn't
just leave it"), "the job was" with no "to", and obligation said as "I was obliged to". Each was
read as the scene or as an action (issue 13: Task is the weakest part on every blind set;
bench/analysis_accuracy.py --verbose over dev1-dev11 and held1-held10). Every answer here is our
own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.answer import AnswerAnalysis
from simulator.speech.stt import Transcript


def typed(text: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text),
                          question="Tell me about a time you took responsibility for a problem.")


def label_of(analysis: AnswerAnalysis, words: str) -> str:
    start = analysis.transcript.text.index(words)
    return next(s.label for s in analysis.star.segments if s.start_char <= start < s.end_char)


def test_the_duty_after_a_copula_in_run_on_speech_is_one_task() -> None:
    # Spoken run-on with no marks: the cut at "my" left "and it was" with the scene.
    analysis = typed(
        "so i keep bees for a honey co-op up the valley and that spring half the hives on the "
        "top farm were queenless and everyone on the committee reckoned it was the late cold "
        "snap in april that did it and it was my call really because the chair said you sort "
        "the top farm out or we sell those hives so i opened every box on the top farm over two "
        "days and found the queens had been balled by their own workers after a clumsy "
        "inspection and i requeened eleven hives by the end of june all eleven were laying "
        "again and we kept every hive"
    )
    assert label_of(analysis, "and it was my call") == "T"
    assert label_of(analysis, "my call really") == "T"
    assert label_of(analysis, "so i keep bees") == "S"
