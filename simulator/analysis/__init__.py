"""Feedback on one answer: STAR structure, timing and delivery, fillers. Pure functions over a
Transcript; nothing here touches audio devices, files or the UI."""
