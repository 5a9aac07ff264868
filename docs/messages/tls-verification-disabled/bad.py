import ssl

import requests

VERIFY_TLS = False
CLIENT_OPTIONS = {"timeout": 10, "verify": VERIFY_TLS}


class InventoryClient:
    def __init__(self):
        self.session = requests.Session()
        self.context = ssl.create_default_context()

    def items(self, url):
        return self.session.get(url, **CLIENT_OPTIONS)  # [tls-verification-disabled]

    def relax(self):
        self.context.check_hostname = False  # [tls-verification-disabled]
