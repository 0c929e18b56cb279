"""Words typed without spaces, read as the words they are (lapor.spacing)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lapor.spacing import spaced


@pytest.mark.parametrize("typed,read", [
    ("lampujalanmati", "lampu jalan mati"),
    ("LAMPUJALANMATI", "lampu jalan mati"),
    ("sayamaulapor", "saya mau lapor"),
    ("selokannyamampet", "selokannya mampet"),
])
def test_words_run_together_are_split(typed, read):
    assert spaced(typed) == read


@pytest.mark.parametrize("typed", ["lampu jalan mati", "banyuanyar", "srimangunan", "kebersihan", "assalamualaikum",
                                   "ok", ""])
def test_spaced_words_and_names_are_left_alone(typed):
    assert spaced(typed) is None


def test_the_web_workers_need_no_scikit_learn_for_it():
    """scikit-learn takes seconds to import: the webhook must not pay it to read a run-on word."""
    code = "import sys, lapor.spacing; lapor.spacing.spaced('lampujalanmati'); print('sklearn' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
