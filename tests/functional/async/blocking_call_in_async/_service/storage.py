"""Object storage through boto3."""

import boto3

from . import settings

s3 = boto3.client("s3")


class Storage:
    def __init__(self, bucket=settings.BUCKET):
        self.s3 = boto3.client("s3", region_name="eu-west-1")
        self.bucket = boto3.resource("s3").Bucket(bucket)

    def url_for(self, key):
        return self.s3.generate_presigned_url("get_object", Params={"Bucket": settings.BUCKET, "Key": key})

    def save(self, key, data):
        self.s3.put_object(Bucket=settings.BUCKET, Key=key, Body=data)
        return key
