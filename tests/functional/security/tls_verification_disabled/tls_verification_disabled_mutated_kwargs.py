"""``**kwargs`` dicts changed after their display: the change decides what
the call unpacks. A CA bundle set in a branch, an ``update()``, a key set
under another name leave the display's ``verify=False`` unsure; one
unconditional item assignment before the call is what the call sees."""

import requests
from requests import Session

CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"
DEFAULTS = {"timeout": 10, "verify": False}
DEFAULTS["verify"] = CA_BUNDLE


class ApiClient:
    def __init__(self, base_url, ca_bundle=None):
        self.base_url = base_url
        self.session = Session()
        self.request_options = {"timeout": 5, "verify": False}
        if ca_bundle:
            self.request_options["verify"] = ca_bundle

    def get(self, path):
        return self.session.get(self.base_url + path, **self.request_options)


def fetch(url, ca_bundle=None):
    options = {"timeout": 5, "verify": False}
    if ca_bundle:
        options["verify"] = ca_bundle
    return requests.get(url, **options)


def fetch_pinned(url):
    options = {"timeout": 5, "verify": False}
    options.update(verify=CA_BUNDLE)
    return requests.get(url, **options)


def fetch_defaults(url):
    return requests.get(url, **DEFAULTS)


def fetch_insecure(url):
    options = dict(timeout=3)
    options["verify"] = False
    options["headers"] = {"Accept": "application/json"}
    return requests.get(url, **options)  # [tls-verification-disabled]


def fetch_other_key(url):
    options = {"timeout": 5, "verify": False}
    options["timeout"] = 30
    return requests.get(url, **options)  # [tls-verification-disabled]
