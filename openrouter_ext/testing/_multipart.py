"""multipart/form-data request bodies (POST /files, POST /audio/transcriptions), parsed with the stdlib email parser."""

from __future__ import annotations

from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP

import attrs


@attrs.frozen
class FormPart:
    """One form field: a file (with its name and type) or a text value."""

    name: str
    data: bytes
    filename: str | None = None
    content_type: str | None = None

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", "replace")


class MultipartError(ValueError):
    """The body is not the multipart/form-data its Content-Type announces."""


def parse_form(content_type: str, body: bytes) -> dict[str, list[FormPart]]:
    """The form's parts by field name (a name may repeat, e.g. `timestamp_granularities[]`)."""
    if "boundary=" not in content_type:
        raise MultipartError("multipart/form-data without a boundary")
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise MultipartError("the body is not multipart")
    form: dict[str, list[FormPart]] = {}
    for part in message.iter_parts():
        name = _disposition_param(part, "name")
        if name is None:
            raise MultipartError("a part has no Content-Disposition name")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        content = part.get_content_type() if part.get("Content-Type") else None
        form.setdefault(name, []).append(FormPart(name, data, filename, content))
    if not form:
        raise MultipartError("the form has no parts")
    return form


def _disposition_param(part: Message, name: str) -> str | None:
    value = part.get_param(name, header="content-disposition")
    return value if isinstance(value, str) else None
