"""Speech out (Synthesizer) and speech in (Recognizer), each engine behind a small protocol."""

import os

OPENMP_WAIT_POLICY = "PASSIVE"
"""How CTranslate2's OpenMP threads (faster-whisper's runtime) wait for work, unless the user set
OMP_WAIT_POLICY. libgomp's default spins before it sleeps, and loading the int8 model is many
short parallel steps: with three loads of tiny.en at once on two busy cores each took 0.6-0.9 s
of CPU and 5-7 s, passive 0.23 s and 1-2 s; transcribing 24 s of speech took the same CPU either
way (1.7-1.9 s, measured interleaved). The app shares its cores between the UI, the audio
callback and the recognizer, so a spinning thread only takes time from the others. Set when this
package is imported, before anything imports ctranslate2: libgomp reads it once, when loaded."""

os.environ.setdefault("OMP_WAIT_POLICY", OPENMP_WAIT_POLICY)
