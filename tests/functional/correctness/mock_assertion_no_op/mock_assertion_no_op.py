"""unittest-style tests whose mock assertions check nothing."""
# pylint: disable=missing-docstring,too-few-public-methods,invalid-name
import contextlib
import os
import unittest
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, Mock, call, patch, sentinel

from _mock_lib.factories import build_clock, build_gateway
from _mock_lib.fakes import FakeMailer


class Checkout:
    def __init__(self, gateway, mailer):
        self.gateway = gateway
        self.mailer = mailer

    def pay(self, amount):
        self.gateway.charge(amount)
        self.mailer.send(f"paid {amount}")


class CheckoutTest(unittest.TestCase):
    def setUp(self):
        self.gateway = build_gateway()
        self.mailer = MagicMock()
        self.fake_mailer = FakeMailer()
        self.env_patcher = patch.dict(os.environ, {"MODE": "test"})
        self.env = self.env_patcher.start()
        self.remove_patcher = mock.patch("os.remove")
        self.remove = self.remove_patcher.start()
        self.addCleanup(patch.stopall)

    def test_pay_charges_once(self):
        Checkout(self.gateway, self.mailer).pay(10)
        self.gateway.charge.assert_called_once  # [mock-assertion-no-op]
        self.mailer.send.called_once_with("paid 10")  # [mock-assertion-no-op]
        self.remove.assert_not_caled()  # [mock-assertion-no-op]
        assert self.gateway.charge.assert_called_with  # [mock-assertion-no-op]

    @patch("os.unlink")
    @patch("os.rename", new=MagicMock())
    @patch.object(os.path, "exists", return_value=True)
    def test_decorators_inject_bottom_up(self, exists, unlink):
        exists.has_calls([call("a")])  # [mock-assertion-no-op]
        unlink.assert_called_once_wth("a")  # [mock-assertion-no-op]
        exists.return_value.assert_called  # [mock-assertion-no-op]

    def test_context_managers(self):
        with mock.patch("os.getcwd") as getcwd, patch.object(os, "listdir") as listdir:
            os.getcwd()
            getcwd.assert_called_once_with  # [mock-assertion-no-op]
            listdir.return_value.sort.not_called()  # [mock-assertion-no-op]
        with contextlib.ExitStack() as stack:
            chmod = stack.enter_context(patch("os.chmod"))
            chmod.assert_any_calls("a", 0o644)  # [mock-assertion-no-op]

    def test_factories_and_async(self):
        clock = build_clock(now=0)
        clock.now.asert_called()  # [mock-assertion-no-op]
        fetch = AsyncMock()
        fetch.awaited_once_with("url")  # [mock-assertion-no-op]
        spec = mock.create_autospec(Checkout, instance=True)
        spec.pay.assert_caled_once_with(10)  # [mock-assertion-no-op]


@patch("os.getpid", return_value=42)
class ClassDecoratorTest(unittest.TestCase):
    @patch("os.getppid")
    def test_method_patch_comes_first(self, getppid, getpid):
        getppid.called_once()  # [mock-assertion-no-op]
        getpid.assert_called  # [mock-assertion-no-op]

    def helper(self, value):
        value.called_once()  # not a test method: the class patch injects nothing


class SilentTest(unittest.TestCase):
    def setUp(self):
        self.mailer = FakeMailer()
        self.gateway = build_gateway()

    def test_real_assertions_and_configuration(self):
        self.gateway.charge.assert_called_once_with(10)
        self.gateway.charge.assert_has_calls([call(10)])
        self.gateway.charge.return_value = {"status": "declined"}
        self.gateway.charge.side_effect = None
        self.assertEqual(self.gateway.charge.call_count, 1)
        assert self.gateway.charge.called
        self.gateway.reset_mock()

    def test_fakes_only_look_like_mocks(self):
        self.mailer.send("hi")
        assert self.mailer.called_once_with("hi")
        self.mailer.assert_sent("hi")

    @patch("os.rename", new=FakeMailer())
    @patch("os.remove", new_callable=FakeMailer)
    def test_replacements_that_are_not_mocks(self, remove):
        remove.called_once_with("a")
        with patch("os.stat", FakeMailer()) as stat:
            stat.called_once_with("a")
        with patch.dict(os.environ, {"A": "1"}) as environ:
            environ.has_calls = True

    def test_assertion_passed_as_a_callable(self):
        self.assertRaises(AssertionError, self.gateway.charge.assert_called_once)
        check = self.gateway.charge.assert_not_called
        check()

    def test_sentinels_and_calls_are_not_mocks(self):
        token = sentinel.token
        token.called_once_with()
        expected = call.charge(10)
        expected.called_once_with()

    def test_spec_methods_named_like_assertions(self):
        mailer = mock.create_autospec(FakeMailer, instance=True)
        mailer.assert_sent("hi")


class StubbedMethodsTest(unittest.TestCase):
    def setUp(self):
        self.checkout = Checkout(build_gateway(), FakeMailer())
        self.checkout.pay = MagicMock(name="pay")

    def test_stubbed_in_set_up(self):
        self.checkout.pay.called_once_with(10)  # [mock-assertion-no-op]

    def test_stubbed_here(self):
        checkout = Checkout(build_gateway(), FakeMailer())
        checkout.pay = mock.Mock()
        checkout.pay.assert_called_once  # [mock-assertion-no-op]
        with patch.object(checkout, "pay") as pay:
            checkout.pay.has_calls([])  # [mock-assertion-no-op]
            pay.assert_not_called()

    @patch.object(Checkout, "pay")
    def test_patched_by_decorator(self, _pay):
        Checkout.pay.called_once_with()  # [mock-assertion-no-op]

    def test_real_method_look_alikes(self):
        checkout = Checkout(build_gateway(), FakeMailer())
        checkout.mailer.called_once_with("x")  # a FakeMailer method
        checkout.pay = print
        checkout.pay.called_once_with(10)  # no mock bound here


class AutospecTest(unittest.TestCase):
    def setUp(self):
        self.checkout_patch = mock.patch(f"{__name__}.Checkout", autospec=True)
        self.Checkout = self.checkout_patch.start()

    def test_spec_refuses_invented_names(self):
        self.Checkout.called_with(1, 2)  # [mock-assertion-no-op]
        self.Checkout.return_value.pay.assert_called_once  # [mock-assertion-no-op]


class HiddenMockTest(unittest.TestCase):
    def test_mock_behind_a_real_object(self):
        checkout = Checkout(gateway=MagicMock(), mailer=FakeMailer())
        # astroid cannot tell what gateway.charge is; an uncalled assertion
        # is a no-op whatever it is.
        checkout.gateway.charge.assert_called_once  # [mock-assertion-no-op]
        checkout.gateway.charge.called_once_with(10)  # unknown: an invented name stays silent


class MockBehaviourTest(unittest.TestCase):
    """Tests of mock itself: invented names on purpose."""

    def test_refuses_misspelt_assertions(self):
        m = Mock()
        with self.assertRaises(AttributeError):
            m.assert_called_onec()

    def test_unsafe_allows_assert_prefixes(self):
        m = Mock(unsafe=True)
        m.assert_foo_call()
