"""The interview room. The only package that imports Textual."""
