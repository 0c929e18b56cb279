"""Every timeline event has the words staff read on the complaint page (never a stored key such as
`tambahan_pelapor`)."""

from __future__ import annotations

from models.vocab import Event


def test_every_timeline_event_has_a_label(app):
    with app.app_context():
        labels = app.jinja_env.get_template("pengaduan/_labels.html").module.EVENT
    assert {event.value for event in Event} <= set(labels)
    assert all(labels[event.value] and labels[event.value] != event.value for event in Event)
