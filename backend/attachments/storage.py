"""Where attachment bytes live, addressed by their SHA-256: a local folder or an S3 bucket.

`TRCR_STORAGE_URL` chooses:
- `file://./attachments` (the embedded default, relative to the working directory) or
  `file:///var/lib/trcr/attachments`: files under `<root>/<sha[:2]>/<sha>`, written atomically;
- `s3://bucket/optional/prefix?endpoint_url=http://127.0.0.1:9000&region=eu-west-1`: any
  S3-compatible store through boto3. Credentials come from boto3's usual chain
  (`AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY`, a profile, an instance role).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import parse_qs, unquote, urlparse

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

DEFAULT_URL = "file://./attachments"


class Storage(Protocol):
    async def put(self, sha256: str, data: bytes) -> None: ...
    async def get(self, sha256: str) -> bytes | None: ...
    async def delete(self, sha256: str) -> None: ...


class LocalStorage:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    async def put(self, sha256: str, data: bytes) -> None:
        await asyncio.to_thread(self._put, sha256, data)

    def _put(self, sha256: str, data: bytes) -> None:
        path = self._path(sha256)
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    async def get(self, sha256: str) -> bytes | None:
        try:
            return await asyncio.to_thread(self._path(sha256).read_bytes)
        except FileNotFoundError:
            return None

    async def delete(self, sha256: str) -> None:
        await asyncio.to_thread(self._path(sha256).unlink, missing_ok=True)


class S3Storage:
    def __init__(self, client: S3Client, bucket: str, prefix: str) -> None:
        self.client = client
        self.bucket = bucket
        self.prefix = prefix

    def _key(self, sha256: str) -> str:
        return f"{self.prefix}{sha256[:2]}/{sha256}"

    async def put(self, sha256: str, data: bytes) -> None:
        await asyncio.to_thread(
            self.client.put_object, Bucket=self.bucket, Key=self._key(sha256), Body=data
        )

    async def get(self, sha256: str) -> bytes | None:
        def read() -> bytes | None:
            try:
                response = self.client.get_object(Bucket=self.bucket, Key=self._key(sha256))
            except self.client.exceptions.NoSuchKey:
                return None
            return response["Body"].read()

        return await asyncio.to_thread(read)

    async def delete(self, sha256: str) -> None:
        await asyncio.to_thread(
            self.client.delete_object, Bucket=self.bucket, Key=self._key(sha256)
        )


def from_url(url: str) -> Storage:
    parsed = urlparse(url)
    if parsed.scheme == "file":
        # file://./attachments → ./attachments; file:///abs/path → /abs/path
        path = unquote(parsed.netloc + parsed.path)
        return LocalStorage(Path(path).resolve())
    if parsed.scheme == "s3":
        import boto3

        options = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
        client = boto3.client(
            "s3",
            endpoint_url=options.get("endpoint_url"),
            region_name=options.get("region"),
        )
        prefix = parsed.path.strip("/")
        return S3Storage(client, parsed.netloc, f"{prefix}/" if prefix else "")
    raise ValueError(f"TRCR_STORAGE_URL must start with file:// or s3://; got {url!r}")


_storage: Storage | None = None


def configure(url: str) -> None:
    """Use the storage at `url` from now on (the app factory and the CLI call this)."""
    global _storage
    _storage = from_url(url)


def current() -> Storage:
    global _storage
    if _storage is None:
        _storage = from_url(os.environ.get("TRCR_STORAGE_URL", DEFAULT_URL))
    return _storage
