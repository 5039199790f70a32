"""Sessions on disk: one folder per session plus an SQLite index that can be rebuilt from them."""
