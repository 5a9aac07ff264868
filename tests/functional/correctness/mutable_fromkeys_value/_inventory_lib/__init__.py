"""Constants and containers the fixture imports."""
