"""Policies whose class bodies hold their defaults."""


class RetryPolicy:
    DEFAULT_CODES = [502, 503]
    DEFAULT_LIMITS = (3, 5)
    EMPTY_OVERRIDES = {}


class TunedPolicy(RetryPolicy):
    def __init__(self, codes):
        self.DEFAULT_CODES = tuple(codes)  # the instance holds its own
