"""Pure helpers for the command line and `app.py`: summaries, tables, network data."""
