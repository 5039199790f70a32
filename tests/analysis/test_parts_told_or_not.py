"""Which STAR parts an answer tells, judged for the whole answer after the labeller: a closing
that only says how the speaker feels about the story is no Result, and a sentence that only
tells the speaker doing something is no Task. Each case is a new answer of our own, in
registers unlike our first examples (non-native, terse notes, run-on speech, polished
written), with the same story told with the part in it as the check that nothing told is lost."""

from __future__ import annotations

from tests.support.answers import typed_to

Q = "Tell me about a time you handled a difficult situation."


typed = typed_to(Q)


# Non-native: the story stops at the actions and closes on a feeling.
CASHIER = (
    "I was working as cashier in a big supermarket, evening shift. One old man come to my till "
    "and his card was refused three times, he was very ashamed and the queue was long behind "
    "him. As the cashier it was my responsibility to finish his payment but also to keep him "
    "calm. I closed my till with the sign, I called my supervisor to take the queue, and I "
    "went with him to the customer service desk where he could phone his bank. It was a "
    "really rewarding one and I will never forget his face, I think."
)
# Terse notes: the last line is a creed, not how it ended.
SCANNERS_DOWN = (
    "Warehouse, peak week, scanner system down 2h.\n"
    "Had to keep the trucks loading - my shift.\n"
    "Wrote pick lists by hand, put two people on checking, loaded by door order.\n"
    "Tough one. You just have to stay calm i think."
)
# Run-on speech: pride in the team instead of an outcome.
FRIDGE_ALARM = (
    "so basically i was the only pharmacist on the sunday and the fridge alarm went off at like "
    "seven in the morning and all the insulin and the vaccines were in there and my job was to "
    "keep the stock safe and still open on time so i moved everything into the staff fridge and "
    "the cool boxes we use for deliveries and i rang the engineer and i logged every "
    "temperature every half hour and yeah looking back i'm proud of how the whole team handled it"
)


def test_a_closing_on_how_the_speaker_feels_is_no_result() -> None:
    for text in (CASHIER, SCANNERS_DOWN, FRIDGE_ALARM):
        analysis = typed(text)
        parts = analysis.star.parts
        assert not parts["R"].present, text
        assert parts["S"].present and parts["T"].present and parts["A"].present, text
        assert not any(s.label == "R" for s in analysis.star.segments), text
        assert "no_result" in analysis.flaw_codes, text
        # Nothing praises or asks to sharpen a result that was never told.
        assert not any("Keep the result" in tip for tip in analysis.tips), text
        assert any("result" in tip.lower() for tip in analysis.tips), text


# Polished written: the same closing after a real outcome leaves the outcome the Result.
COURIER = (
    "Last winter I coordinated the night dispatch for a regional courier firm when a snowstorm "
    "closed the main road. It was my responsibility to get forty urgent pharmacy orders "
    "delivered before the morning. I rerouted the vans through the coast road, split the "
    "heaviest loads between two drivers and kept the pharmacies updated every hour. All forty "
    "orders arrived before opening and the client renewed the contract in the spring. Looking "
    "back, I think it was a rewarding experience."
)
# "I think" in a sentence that tells an outcome.
FRIDGE_WITH_AN_OUTCOME = FRIDGE_ALARM.replace(
    "and yeah looking back",
    "and i think it saved us about four thousand pounds of stock and we opened on time at ten "
    "and yeah looking back",
)


def test_a_feeling_told_with_an_outcome_keeps_the_result() -> None:
    for text, outcome in ((COURIER, "client renewed"), (FRIDGE_WITH_AN_OUTCOME, "opened on time")):
        analysis = typed(text)
        assert all(analysis.star.parts[p].present for p in "STAR"), text
        assert any(s.label == "R" and outcome in s.text for s in analysis.star.segments), text
        assert "no_result" not in analysis.flaw_codes, text


# Polished written, present tense: after the scene the speaker only acts; no goal is said.
PRINTER = (
    "The printer at our library breaks every exam week and the students queue for an hour. "
    "I didn't wait for the contract engineer. I found the jam was always the same roller, "
    "ordered two spares with my own budget and taught the evening staff to change it. In the "
    "last exam week nobody queued more than ten minutes."
)


def test_a_sentence_of_the_speaker_doing_something_is_no_task() -> None:
    analysis = typed(PRINTER)
    parts = analysis.star.parts
    assert not parts["T"].present
    assert parts["S"].present and parts["A"].present and parts["R"].present
    assert any(s.label == "A" and "didn't wait" in s.text for s in analysis.star.segments)


# The same story with its duty said keeps the Task; a role said without a verb is a Task too.
PRINTER_WITH_A_DUTY = PRINTER.replace(
    "I didn't wait",
    "As the evening supervisor it was on me to keep the printing going. I didn't wait",
)
ROLE_NOTE = (
    "Night shift, bakery line, mixer motor burnt out at 2am.\n"
    "As shift lead keep the line moving for the 6am vans.\n"
    "Swapped the dough to the spare mixer, split the batches in half, called the engineer.\n"
    "All vans left on time, 1 batch late of 40."
)


def test_a_duty_or_a_role_told_is_still_the_task() -> None:
    for text in (PRINTER_WITH_A_DUTY, ROLE_NOTE):
        analysis = typed(text)
        assert all(analysis.star.parts[p].present for p in "STAR"), text
        assert "no_task" not in analysis.flaw_codes, text
