"""Read articles from files and folders, with their metadata, losing none on bad input.

A document is a text file (``.txt``, ``.md``) with an optional sidecar ``NAME.json``
beside it holding ``published``, ``outlet``, ``title``. A file that cannot be read is
reported by name as a :class:`~factx.errors.DocumentError`; the rest carry on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from factx.errors import DocumentError

__all__ = ["Document", "find_documents", "read_document", "read_documents"]

TEXT_SUFFIXES = (".txt", ".md", ".text")


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    published: str | None = None
    meta: dict = field(default_factory=dict)


def find_documents(paths: list[str | Path]) -> Iterator[Path]:
    """The files named, and the text files inside the folders named, in sorted order."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in TEXT_SUFFIXES)
        else:
            yield p


def read_document(path: Path, *, published: str | None = None) -> Document:
    """One document and its sidecar metadata; raises DocumentError naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DocumentError(str(path), "no such file") from None
    except UnicodeDecodeError as exc:
        raise DocumentError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise DocumentError(str(path), exc.strerror or str(exc)) from None
    meta: dict = {}
    sidecar = path.with_suffix(".json")
    if sidecar.exists():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DocumentError(str(sidecar), f"malformed metadata: {exc}") from None
        if not isinstance(meta, dict):
            raise DocumentError(str(sidecar), "metadata must be a JSON object")
    return Document(doc_id=path.name, text=text, published=published or meta.get("published"), meta=meta)


def read_documents(paths: list[str | Path], *, published: str | None = None) -> Iterator[Document | DocumentError]:
    """Every document named; a bad one comes back as its DocumentError, in its place."""
    for path in find_documents(paths):
        try:
            yield read_document(path, published=published)
        except DocumentError as exc:
            yield exc
