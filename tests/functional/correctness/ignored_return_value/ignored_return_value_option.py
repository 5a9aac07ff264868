"""pure-functions: the project's own pure functions, through re-exports."""
# pylint: disable=missing-docstring
import _pricing_lib
from _pricing_lib import format_amount
from _pricing_lib.money import parse_amount as parse


def show(amount, log):
    format_amount(amount)  # [ignored-return-value]
    _pricing_lib.parse_amount("1.00")  # [ignored-return-value]
    parse("2.00")  # [ignored-return-value]
    log(format_amount(amount))


def look_alike(amount):
    def format_amount(value):  # a local function of the same name
        print(value)

    format_amount(amount)
