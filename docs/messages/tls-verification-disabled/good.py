import ssl

import requests

CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"
CLIENT_OPTIONS = {"timeout": 10, "verify": CA_BUNDLE}


class InventoryClient:
    def __init__(self):
        self.session = requests.Session()
        self.context = ssl.create_default_context(cafile=CA_BUNDLE)

    def items(self, url):
        return self.session.get(url, **CLIENT_OPTIONS)
