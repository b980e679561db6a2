"""Property-test your own storage of events with Hypothesis.

``EventStore`` below is a small storage layer of the kind an application
writes: events in SQLite, as JSON text, keyed by their id. The tests state
what it must do for *every* valid event, and Hypothesis looks for an event
that breaks it: Devanagari with nukta letters, emoji, every UTC offset, empty
and full collections. Swap in your own store to test it the same way.

Run it as a script (it prints what it checked):

    python examples/property_test_storage.py

or let pytest collect it:

    python -m pytest examples/property_test_storage.py
"""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from newsevent import Event, from_json, to_json
from newsevent.strategies import events


class EventStore:
    """Events in one SQLite table, each saved as its JSON text under its id."""

    def __init__(self, path: str = ":memory:") -> None:
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, body TEXT NOT NULL)")

    def save(self, event: Event) -> None:
        """Save ``event``, replacing any saved event of the same id."""
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO events (id, body) VALUES (?, ?)", (event.id, to_json(event)))

    def load(self, event_id: str) -> Event:
        """The event saved under ``event_id``; ``KeyError`` if there is none."""
        row = self._db.execute("SELECT body FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise KeyError(event_id)
        return from_json(row[0])

    def count(self) -> int:
        """How many events are saved."""
        (number,) = self._db.execute("SELECT count(*) FROM events").fetchone()
        return int(number)

    def close(self) -> None:
        self._db.close()


# Writing to SQLite takes a varying time on a busy machine; what is tested here
# is correctness, not speed, so Hypothesis' per-example deadline is lifted.
@settings(deadline=None)
@given(events())
def test_a_saved_event_loads_back_equal(event: Event) -> None:
    """Whatever valid event is saved, loading its id gives an equal event."""
    store = EventStore()
    try:
        store.save(event)
        assert event == store.load(event.id)
    finally:
        store.close()


@settings(deadline=None)
@given(st.lists(events(max_size=2), max_size=4, unique_by=lambda event: event.id))
def test_each_event_is_kept_once_under_its_own_id(batch: list[Event]) -> None:
    """Saving a batch twice keeps one row per event, each loading back as itself."""
    store = EventStore()
    try:
        for event in batch + batch:
            store.save(event)
        assert len(batch) == store.count()
        assert batch == [store.load(event.id) for event in batch]
    finally:
        store.close()


if __name__ == "__main__":
    # A test decorated with @given runs all its examples when called.
    for test in (test_a_saved_event_loads_back_equal, test_each_event_is_kept_once_under_its_own_id):
        test()
        print(f"passed: {test.__name__}")
