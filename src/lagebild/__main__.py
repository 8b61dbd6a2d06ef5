"""``python -m lagebild`` runs the CLI."""

from lagebild.cli import entry

entry()
