"""The interview itself: personas, question banks, modes, and the session runner."""
