import requests


class Inventory:
    """A sync client used as a context manager: ``__enter__`` returns self."""

    def __init__(self, url):
        self.session = requests.Session()
        self.url = url

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.session.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None

    def count(self, sku):
        return self.session.get(f"{self.url}/{sku}")


def make_session(**options):
    session = requests.Session()
    session.headers.update(options)
    return session
