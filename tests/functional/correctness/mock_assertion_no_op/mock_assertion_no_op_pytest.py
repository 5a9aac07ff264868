"""pytest-style tests: mocks from fixtures, pytest-mock's mocker, decorators."""
# pylint: disable=missing-docstring,redefined-outer-name
from unittest import mock

import pytest

from _mock_lib.factories import build_gateway
from _mock_lib.fakes import FakeMailer


@pytest.fixture
def gateway():
    return build_gateway()


@pytest.fixture(name="mailer")
def mailer_fixture():
    mailer = mock.MagicMock(name="mailer")
    mailer.send.return_value = True
    yield mailer
    mailer.reset_mock()


@pytest.fixture
def sleeper():
    with mock.patch("time.sleep") as patched:
        yield patched


@pytest.fixture
def fake_mailer():
    return FakeMailer()


@pytest.fixture
def settings():
    return {"retries": 3}


def test_fixture_mocks(gateway, mailer, sleeper):
    gateway.charge(10)
    gateway.charge.called_once_with(10)  # [mock-assertion-no-op]
    mailer.send.assert_called_once  # [mock-assertion-no-op]
    assert sleeper.called_with(1)  # [mock-assertion-no-op]


def test_mocker(mocker):
    getcwd = mocker.patch("os.getcwd", return_value="/")
    getcwd.assert_called_onec()  # [mock-assertion-no-op]
    listdir = mocker.patch.object(mock, "seal")
    listdir.assert_not_called  # [mock-assertion-no-op]
    stub = mocker.MagicMock()
    stub.has_calls([])  # [mock-assertion-no-op]


@mock.patch("os.getpid")
def test_patch_decorator_with_fixtures(getpid, gateway):
    getpid.assert_called_once  # [mock-assertion-no-op]
    gateway.refund.asssert_called()  # [mock-assertion-no-op]


class TestGrouped:
    @pytest.fixture
    def client(self):
        return mock.Mock()

    def test_method_fixture(self, client):
        client.get.called_once()  # [mock-assertion-no-op]


# -- silent look-alikes -------------------------------------------------------


def test_real_assertions(gateway, mailer, mocker):
    gateway.charge(10)
    gateway.charge.assert_called_once_with(10)
    mailer.send.assert_not_called()
    spy = mocker.spy(FakeMailer, "send")
    assert spy.call_count == 0


def test_not_mocks(fake_mailer, settings, mocker):
    fake_mailer.send("hi")
    assert fake_mailer.called_once_with("hi")
    settings.get("retries")
    replaced = mocker.patch("os.getpid", new=FakeMailer())
    replaced.called_once_with()


def test_unknown_parameter(client):
    client.called_once_with()  # no fixture of that name is to be seen
