"""Test helpers shared by the fixture: mock factories and hand-written fakes."""
