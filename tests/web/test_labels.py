"""Every timeline event has the words staff read on the complaint page (never a stored key such as
`tambahan_pelapor`)."""

from __future__ import annotations

from models.vocab import Event


def test_every_timeline_event_has_a_label(app):
    with app.app_context():
        labels = app.jinja_env.get_template("pengaduan/_labels.html").module.EVENT
    assert {event.value for event in Event} <= set(labels)
    assert all(labels[event.value] and labels[event.value] != event.value for event in Event)


def test_page_text_quotes_typographically():
    """The supervisor's queue hint read «Pilih "Semua laporan" …» where every other page names a menu item or a
    list «Semua laporan»: no template's visible text holds a typewriter double quote (attributes, Jinja and
    comments aside)."""
    import re
    from pathlib import Path

    straight = []
    for path in sorted((Path(__file__).parents[2] / "web" / "templates").rglob("*.html")):
        text = re.sub(r"\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}|<[^>]*>", "\0", path.read_text(encoding="utf-8"), flags=re.S)
        straight += [f"{path.name}: {line.strip()}" for line in text.splitlines() if '"' in line]
    assert straight == []
