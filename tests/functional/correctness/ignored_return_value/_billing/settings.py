"""Settings: values built once at import time."""
from decimal import Decimal

MINIMUM = Decimal("5.00")
