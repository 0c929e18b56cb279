"""Each app keeps its own domain-event subscribers and time zone: a second app in the process changes neither."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from lapor.events import publish
from models import LaporSyncItem
from services import services
from tests.lapor.test_lapor_http import fake, http_mode_world  # noqa: F401 (the fake SP4N-LAPOR! fixture)
from tests.parties import WASTE, file, make_people


class Pinged:
    """An event nobody else subscribes to."""


def test_an_app_built_later_leaves_the_first_apps_lapor_sync_on(make_app, fake):  # noqa: F811
    app = http_mode_world(make_app, fake)
    people = make_people(app)
    make_app(LAPOR_MODE="manual")  # e.g. a CLI command's app built in the same process
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    with services(app).session_factory() as session:
        assert [item.kind for item in session.scalars(select(LaporSyncItem))] == ["submit"]


def test_events_reach_only_the_subscribers_of_the_app_whose_session_publishes(make_app):
    first, second = make_app(), make_app(APP_TIMEZONE="Asia/Jayapura")
    heard = []
    services(second).events.subscribe(Pinged, lambda session, event: heard.append(event))
    event = Pinged()
    with services(first).session_factory() as session:
        publish(session, event)
    assert heard == []
    with services(second).session_factory() as session:
        publish(session, event)
    assert heard == [event]
    assert (services(first).zone, services(second).zone) == (ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Jayapura"))


def test_the_apps_async_check_is_made_once_per_function_and_still_wraps_coroutines(make_app):
    """`App.ensure_sync` keeps Flask's answer per function (it asked `iscoroutinefunction` for every hook of every
    request): a plain function is itself, a coroutine function still goes to Flask's wrapper, an unhashable
    callable is checked as Flask checks it."""
    app = make_app()

    def hook():
        return "plain"

    async def coroutine():
        return "awaited"

    class Unhashable:
        __hash__ = None

        def __call__(self):
            return "called"

    assert app.ensure_sync(hook) is hook and app.ensure_sync(hook) is hook
    for _ in range(2):  # Flask's wrapper needs asgiref, which is not installed: refused every time, not cached
        with pytest.raises(RuntimeError, match="async"):
            app.ensure_sync(coroutine)
    unhashable = Unhashable()
    assert app.ensure_sync(unhashable) is unhashable
