"""The hand-written layer over the generated OpenRouter client."""

from openrouter_ext._version import __version__

__all__ = ["__version__"]
