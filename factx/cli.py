"""The command line: ``factx extract FILE...`` and ``factx reconcile FILE...``.

Files or folders of articles (``.txt``/``.md``, metadata in a sidecar ``NAME.json``).
A document that cannot be read is reported by name on stderr and the rest carry on;
the exit status is then 1.
"""

from __future__ import annotations

import sys

import click

from factx.documents import read_documents
from factx.errors import DocumentError, FactxError

__all__ = ["main"]


def _claims_of(paths: tuple[str, ...], published: str | None, rules: tuple[str, ...]):
    from factx.extractor import extract

    failed = 0
    for doc in read_documents(list(paths), published=published):
        if isinstance(doc, DocumentError):
            click.echo(f"factx: skipped {doc}", err=True)
            failed += 1
            continue
        try:
            yield from extract(doc.text, doc_id=doc.doc_id, published=doc.published, rules=rules)
        except FactxError as exc:
            click.echo(f"factx: skipped {doc.doc_id}: {exc}", err=True)
            failed += 1
    if failed:
        raise _Failed(failed)


def _collect(paths: tuple[str, ...], published: str | None, rules: tuple[str, ...]) -> tuple[list, int]:
    """Every claim of the documents, and the exit status (1 if a document was skipped)."""
    claims: list = []
    try:
        claims.extend(_claims_of(paths, published, rules))
    except _Failed as f:
        click.echo(f"factx: {f.count} document(s) could not be read", err=True)
        return claims, 1
    except FactxError as exc:
        raise click.ClickException(str(exc)) from None
    return claims, 0


class _Failed(Exception):
    def __init__(self, count: int) -> None:
        self.count = count


@click.group()
@click.version_option(package_name="factx")
def main() -> None:
    """Read every checkable figure in news articles, and find where they disagree."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--published", help="Publication date (ISO) for documents without a sidecar.")
@click.option("--rules", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra rule table (TOML).")
def extract(paths: tuple[str, ...], fmt: str, published: str | None, rules: tuple[str, ...]) -> None:
    """Print the claims of each FILE (or folder of files)."""
    from factx import exports

    claims, status = _collect(paths, published, rules)
    render = {"table": exports.to_table, "jsonl": exports.to_jsonl, "csv": exports.to_csv}[fmt]
    sys.stdout.write(render(claims))
    sys.exit(status)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--published", help="Publication date (ISO) for documents without a sidecar.")
@click.option("--rules", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra rule table (TOML).")
@click.option("--tolerance", type=float, help="Tolerance for approximate figures, as a fraction (default: by precision).")
def reconcile(paths: tuple[str, ...], fmt: str, published: str | None, rules: tuple[str, ...],
              tolerance: float | None) -> None:
    """Group the figures of the FILEs about the same quantity and explain how they relate."""
    from factx.reconciler import format_report, reconcile as run

    claims, status = _collect(paths, published, rules)
    report = run(claims, tolerance=tolerance) if tolerance is not None else run(claims)
    sys.stdout.write(format_report(report) if fmt == "table" else report.model_dump_json(indent=2) + "\n")
    sys.exit(status)
