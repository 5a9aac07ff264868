"""The store's no-op marker."""


def N_(message):
    return message
