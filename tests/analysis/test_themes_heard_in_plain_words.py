"""Interviewers' themes heard in plain words, so no tip asks for what the answer has (breaker15
B18, B17), on new answers of our own: asking people on the floor to do something, ringing a
supplier or handing each person their share is working with the people around you; going to
watch the workers and telling their manager is working with others; a career told from its start
to now is told in order; a disagreement told in a second language's present tense ("he want",
"I and my colleague have different opinion", "he agree") is a disagreement settled."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript


def heard(text: str, persona: str, question: str, kind: str | None = None) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=question,
                          question_kind=kind,  # type: ignore[arg-type]
                          audience=get_persona(persona).audience)


def test_asking_the_floor_and_ringing_the_maker_is_working_with_people() -> None:
    analysis = heard(
        "Last winter at the print works the cutting machine jammed most mornings and the first "
        "orders left an hour late. As the shift supervisor it was on me to get them out on time. "
        "I checked the blade log, I found the blades were changed too late and I moved the change "
        "to every Friday, and I also asked the night binders to clear the paper dust before they "
        "went home. I rang the machine maker to send an engineer every Monday. After that the "
        "first orders left on time every morning for the rest of the winter.",
        "hiring-manager", "Tell me about a problem that kept coming back until you fixed it.")
    assert analysis.audience_fit is not None
    assert "Fit with the team" in analysis.audience_fit.spoken_to
    assert not any("people around you" in tip for tip in analysis.tips)


def test_watching_the_workers_and_telling_their_manager_is_collaboration() -> None:
    analysis = heard(
        "At the bottling plant the caps kept coming loose on one line. It was my job as the "
        "line engineer to find out why. I went down to the floor and I watched the packers for "
        "a whole shift, and I told the stores manager to stop buying the cheaper caps. Loose "
        "caps went from about forty a day to two.",
        "peer", "Tell me about a problem that kept coming back until you fixed it.")
    assert analysis.audience_fit is not None
    assert "Collaboration" in analysis.audience_fit.spoken_to


def test_a_disagreement_told_in_the_present_is_heard() -> None:
    analysis = heard(
        "In Ningbo warehouse, I and my colleague have different opinion about the stock count. "
        "He want to count every shelf every week, I think this take too long, better count only "
        "the fast items weekly. My job is the count plan, so I must decide with him. I make a "
        "test for one month, half the shelves each way, and I show him the result: same errors "
        "found, half the hours. He agree, and after we count this way in all three halls.",
        "peer", "Tell me about a time you disagreed with a colleague.")
    assert analysis.audience_fit is not None
    assert "Handling disagreement" in analysis.audience_fit.spoken_to


def test_a_career_told_from_its_start_is_told_in_order() -> None:
    analysis = heard(
        "I started as a kitchen porter in a hotel when I was seventeen, and after two years I "
        "moved into the pastry section. For the last eight years I have run the pastry kitchen "
        "at a conference centre, ordering, rotas and all. Now I want to bring that to a bakery "
        "that supplies shops, which is why I applied here.",
        "recruiter", "Tell me about yourself.", kind="about_you")
    assert analysis.audience_fit is not None
    assert "A clear story" in analysis.audience_fit.spoken_to
    assert not any("take them through it in order" in tip for tip in analysis.tips)
