"""YAML loaders assembled the way PyYAML assembles its own (and ansible
does): what makes one safe is its construction class, not its name."""

from yaml.composer import Composer
from yaml.constructor import Constructor, SafeConstructor
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner


class AnsibleLoader(Reader, Scanner, Parser, Composer, SafeConstructor, Resolver):
    """Safe: built on SafeConstructor, whatever it is called."""

    def __init__(self, stream):
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)


class SafeConfigLoader(Reader, Scanner, Parser, Composer, Constructor, Resolver):
    """Unsafe despite its name: built on the full Constructor."""

    def __init__(self, stream):
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        Constructor.__init__(self)
        Resolver.__init__(self)
