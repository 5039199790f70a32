"""Speech out (Synthesizer) and speech in (Recognizer), each engine behind a small protocol."""
