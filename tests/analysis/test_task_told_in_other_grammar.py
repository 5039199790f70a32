"""The Task told in the grammar people use for it rather than "my task was": the duty after a
copula in run-on speech ("and it was my call really"), the speaker's part as "I'm the ...", the
time given to do it ("I had about an hour to"), a decision about what should be ("I decided for
myself that we would not..."), the duty told by what the speaker could not just do ("I couldn't
just leave it"), "the job was" with no "to", obligation said as "I was obliged to", a note
headed "needed:", and ownership with the deed owed ("it was my pallet to build"); and a thing
handed over with what it is ("I was given a file about a landlord who...") is the scene. Each was
misread as the scene, an action or the task (issue 13: Task is the weakest part on every blind set;
bench/analysis_accuracy.py --verbose over dev1-dev11 and held1-held10). Every answer here is our
own."""

from __future__ import annotations

from tests.support.answers import label_of, typed_to

typed = typed_to("Tell me about a time you took responsibility for a problem.")


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


def test_a_part_told_as_i_am_the_after_the_scene_is_the_task() -> None:
    # Terse: the contraction "I'm the" was missed where "I am the" was heard.
    analysis = typed(
        "Car deck door jammed on the Friday crossing. I'm the bosun on that boat. I freed the "
        "hinge pin with the two deckhands, greased the whole run, ran the door twice empty and "
        "then watched it on the first load. I also wrote it up for the engineers so the spare "
        "pin was ordered that night, and I rang the port office to hold the queue. The return "
        "sailed twenty minutes late and every car was on it."
    )
    assert label_of(analysis, "I'm the bosun") == "T"


def test_the_time_given_to_do_it_in_any_unit_is_the_task() -> None:
    # "an hour", singular, was not heard as the time given (only "hours", "days"...).
    analysis = typed(
        "The wedding cake arrived at the marquee with the top tier cracked right through. "
        "And so I had about an hour to make it whole before the speeches. "
        "I took the tier off, filled the crack with buttercream and dressed it with the spare "
        "roses from the tables. The couple cut it at eight and nobody saw the crack."
    )
    assert label_of(analysis, "I had about an hour") == "T"


def test_a_decision_about_what_should_be_is_the_task_not_an_action() -> None:
    analysis = typed(
        "I was a night warden at a student hall, and a boy on the third floor had not come out "
        "of his room for two days. The rules only said to report it in the morning log. "
        "But I decided for myself that I would not leave it until the morning. "
        "I knocked, I called the duty manager and we opened the door together. "
        "He was ill with a fever; the ambulance took him in and he was back in lectures within "
        "the week."
    )
    assert label_of(analysis, "I decided for myself") == "T"
    assert label_of(analysis, "I knocked") == "A"


def test_the_duty_told_by_what_one_could_not_just_do_is_the_task() -> None:
    analysis = typed(
        "I'm a housing officer for the council. One January an old man in flat nine had his "
        "heating cut off over a billing mistake, and he was on his own with no phone credit, so "
        "I couldn't just send it on to the billing team and hope. I rang the energy company "
        "from his kitchen and stayed on hold for forty minutes until a manager restored the "
        "supply. His heating was back on that evening."
    )
    assert label_of(analysis, "I couldn't just send it on") == "T"
    assert label_of(analysis, "I rang the energy company") == "A"


def test_the_job_was_told_with_no_to_in_notes_is_the_task() -> None:
    analysis = typed(
        "Storm on the Thursday, sixty sheep still on the top fell, snow coming in. "
        "So the job was basically two things: get them down to the sheds and keep the lambs alive. "
        "I took the quad up with the dog, walked them down the old track in three runs. "
        "Every ewe down by dark, lost no lambs."
    )
    assert label_of(analysis, "So the job was basically") == "T"


def test_obligation_said_as_obliged_or_required_is_the_task() -> None:
    # Over-formal English: "I was obliged to" was heard as nothing, and "so I" made it an action.
    analysis = typed(
        "I'm a sommelier at a country hotel, and one night we had a private dinner for forty. At "
        "six the host found the wine for the main course corked, every bottle of the case, so I "
        "was obliged to find twelve bottles of an equal wine before eight. I telephoned the "
        "three merchants of the district, drove to the one who had a comparable vintage and "
        "decanted every bottle myself. The main course was served with the new wine at eight "
        "fifteen, and the host booked us again for his daughter's wedding."
    )
    assert label_of(analysis, "I was obliged to find") == "T"
    assert label_of(analysis, "At six the host found") == "S"


def test_a_thing_handed_over_with_what_it_is_is_the_scene() -> None:
    # Polished graduate English: "I was given a file about a landlord who..." is what landed on
    # the desk, not the duty; the duty follows.
    analysis = typed(
        "I'm a junior paralegal at a small law firm. In my second month I was given a file about "
        "a landlord who had kept three tenants' deposits for over a year. My task was to get the "
        "deposits back before the tenants went to court. I wrote to the landlord with the "
        "deposit rules, rang the deposit scheme and set a date. All three deposits were paid "
        "back within a fortnight."
    )
    assert label_of(analysis, "I was given a file about") == "S"
    assert label_of(analysis, "My task was to get") == "T"


def test_a_note_headed_needed_is_the_task_not_a_deed() -> None:
    # Terse notes that open on a deed: "needed:" heads what was needed, not something done.
    analysis = typed(
        "- checked the trough first thing Saturday, cracked right along the base\n"
        "- needed: trough fixed before the first hot week, no money in the pot\n"
        "- rang round the members, a farmer gave us an old bath\n"
        "- plumbed it to the tap with two of the older members\n"
        "- trough working by the 12th, no plot lost a crop"
    )
    assert label_of(analysis, "needed: trough fixed") == "T"
    assert label_of(analysis, "rang round the members") == "A"


def test_ownership_and_the_deed_owed_in_one_sentence_is_the_task() -> None:
    # "It was my pallet to build" was read with the scene, and the Task reported missing.
    analysis = typed(
        "I was a cargo handler at a regional airport, and one night a pallet of vaccines for the "
        "islands came in late for the last flight. It was my pallet to build and to check "
        "against the manifest before the cut-off at ten. I split the boxes across two cans, "
        "rechecked every temperature log and walked the paperwork to the captain myself. The "
        "pallet flew at ten fifteen and the clinic on the island had the vaccines by the morning."
    )
    assert label_of(analysis, "It was my pallet to build") == "T"
    assert analysis.star.parts["T"].present
