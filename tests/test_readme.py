"""The README documents every setting exactly as config.py reads it."""

from pathlib import Path

import config

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_settings_table_matches_config():
    text = README.read_text(encoding="utf-8")
    start = text.index("<!-- settings table")
    table = text[text.index("\n", start) + 1: text.index("<!-- end settings table -->")].strip()
    assert table == config.markdown_table(), "run `python -m config` and paste the table into README.md"


def test_readme_names_the_two_commands_that_exist_in_the_makefile():
    makefile = (README.parent / "Makefile").read_text(encoding="utf-8")
    assert "make run" in README.read_text(encoding="utf-8") and "\nrun:" in makefile
    assert "make test" in README.read_text(encoding="utf-8") and "\ntest:" in makefile
