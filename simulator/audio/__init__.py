"""Audio in and out: the Clip currency, sources (microphone, WAV file), playback, the crash-safe
WAV writer and the end-of-answer detector."""
