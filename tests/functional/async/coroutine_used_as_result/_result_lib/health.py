async def is_healthy():
    return True


def is_enabled():
    return True
