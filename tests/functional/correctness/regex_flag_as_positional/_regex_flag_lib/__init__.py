from _regex_flag_lib.patterns import CASELESS as DEFAULT_FLAGS


def normalise(text, flags=0):
    return text, flags
