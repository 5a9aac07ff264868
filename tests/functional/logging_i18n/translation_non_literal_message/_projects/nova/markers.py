"""No-op markers: strings marked for extraction, translated where displayed."""


def N_(message):  # pylint: disable=invalid-name
    """Mark ``message`` for extraction; it is translated later."""
    return message


def lower(message):
    """Not a marker, though it takes and returns one string."""
    return message.lower()
