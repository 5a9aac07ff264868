"""jsonpickle's Unpickler.restore is a loader, read without jsonpickle installed."""

from __future__ import annotations

from checkers_pkg.checkers.security.unsafe_calls import unsafe_deserialization
from tests.unit.conftest import extract


def test_jsonpickle_restore_is_found_through_names_and_factories() -> None:
    calls = extract(
        """
        import jsonpickle
        from jsonpickle.unpickler import Unpickler

        SHARED = Unpickler(keys=True)

        def make():
            return jsonpickle.Unpickler()

        class Restorer:
            def restore(self, data):
                return data

        def load(data, other):
            Unpickler().restore(data)  #@
            SHARED.restore(data)  #@
            make().restore(data)  #@
            Restorer().restore(data)  #@
            other.restore(data)  #@
            Unpickler()  #@
        """
    )
    found = [unsafe_deserialization(call) for call in calls]
    assert [f.api if f else None for f in found] == [
        "jsonpickle.unpickler.Unpickler.restore",
    ] * 3 + [None] * 3
