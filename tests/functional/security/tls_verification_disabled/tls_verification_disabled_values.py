"""TLS settings read from settings objects, NamedTuples, enums and tables
in another module: judged by the value the constructor gave the field."""

import ssl

import requests

from _tls_config import settings
from _tls_config.settings import CONFIG, LAB, LEGACY, MODERN, PROD, TLS_MODES, Verify


def lab_status():
    return requests.get(LAB.base_url, verify=LAB.check_certs)  # [tls-verification-disabled]


def lab_status_through_module():
    return requests.get(settings.LAB.base_url, verify=settings.LAB.check_certs)  # [tls-verification-disabled]


def nested_settings():
    return requests.get(CONFIG.http.base_url, verify=CONFIG.http.check_certs)  # [tls-verification-disabled]


def legacy_endpoint():
    return requests.get(LEGACY.url, verify=LEGACY.verify)  # [tls-verification-disabled]


def lax_by_enum(url):
    return requests.get(url, verify=Verify.LAX.value)  # [tls-verification-disabled]


def lax_by_enum_name(url):
    return requests.get(url, verify=Verify["LAX"].value)  # [tls-verification-disabled]


def context_from_table():
    context = ssl.create_default_context()
    context.check_hostname = False  # [tls-verification-disabled]
    context.verify_mode = TLS_MODES["off"]  # [tls-verification-disabled]
    return context


# Look-alikes: the constructor kept the default, or set it to a safe value.


def prod_status():
    return requests.get(PROD.base_url, verify=PROD.check_certs)


def modern_endpoint():
    return requests.get(MODERN.url, verify=MODERN.verify)


def strict_by_enum(url):
    return requests.get(url, verify=Verify.STRICT.value)


def strict_by_enum_name(url):
    return requests.get(url, verify=Verify["STRICT"].value)


def context_on():
    context = ssl.create_default_context()
    context.verify_mode = TLS_MODES["on"]
    return context
