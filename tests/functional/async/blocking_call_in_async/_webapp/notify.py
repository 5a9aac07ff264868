async def send_email(user, template):
    return user, template


async def send_sms(user, template):
    return user, template
