"""Class-body defaults read through an annotated parameter."""
# pylint: disable=missing-docstring,invalid-name
from _inventory_lib.policies import RetryPolicy, TunedPolicy


def codes_by_host(hosts: list[str], policy: RetryPolicy) -> dict:
    return dict.fromkeys(hosts, policy.DEFAULT_CODES)  # [mutable-fromkeys-value]


def overrides_by_host(hosts: list[str], policy: RetryPolicy) -> dict:
    return dict.fromkeys(hosts, policy.EMPTY_OVERRIDES)  # [mutable-fromkeys-value]


def lookalikes(hosts: list[str], policy: RetryPolicy, tuned: TunedPolicy, other) -> None:
    print(dict.fromkeys(hosts, policy.DEFAULT_LIMITS))  # a tuple
    print(dict.fromkeys(hosts, tuned.DEFAULT_CODES))  # the instance's own tuple
    print(dict.fromkeys(hosts, other.DEFAULT_CODES))  # unknown owner
