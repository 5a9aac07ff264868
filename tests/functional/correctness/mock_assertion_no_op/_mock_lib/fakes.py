"""Hand-written test doubles: they only look like mocks."""


class FakeMailer:
    def __init__(self):
        self.sent = []

    def send(self, message):
        self.sent.append(message)

    def called_once_with(self, message):
        return self.sent == [message]

    def assert_sent(self, message):
        assert message in self.sent
