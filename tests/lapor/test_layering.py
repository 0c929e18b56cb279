"""lapor/ knows nothing of Flask or Twilio, nor of bot/ above it (DESIGN's architecture). Session 28's review found
lapor.access importing bot.accused when asked, which pulls in the conversation and Twilio's client; the conduct
readers are now given to lapor by bot.accused."""

from __future__ import annotations

import subprocess
import sys


def test_every_lapor_module_imports_without_flask_twilio_or_bot():
    script = ("import importlib, pkgutil, sys, lapor\n"
              "for found in pkgutil.walk_packages(lapor.__path__, 'lapor.'):\n"
              "    importlib.import_module(found.name)\n"
              "print(sorted({n.split('.')[0] for n in sys.modules} & {'bot', 'flask', 'twilio', 'web', 'werkzeug'}))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_conduct_readers_are_given_by_the_conversation():
    import bot.accused
    from lapor import access

    assert access.CONDUCT_READERS == {"names": bot.accused.names,
                                      "named_complaints": bot.accused.named_complaints}


def test_no_lapor_source_imports_them_even_inside_a_function():
    import re
    from pathlib import Path

    importing = re.compile(r"^\s*(?:from|import)\s+(?:bot|flask|twilio|web|werkzeug)\b", re.MULTILINE)
    lapor = Path(__file__).resolve().parents[2] / "lapor"
    found = [f"{path}:{text.count(chr(10), 0, m.start()) + 1}" for path in sorted(lapor.rglob("*.py"))
             for text in [path.read_text(encoding="utf-8")] for m in importing.finditer(text)]
    assert found == [], found
