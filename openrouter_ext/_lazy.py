"""Module attributes imported on first use (PEP 562), for packages whose exports are costly to import."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openrouter_ext._exceptions import ConfigurationError

__all__ = ["configuration_error", "lazy_exports"]


def lazy_exports(package: str, module_of: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package`: `name` comes from `module_of[name]`, imported then, and kept."""

    def __getattr__(name: str) -> Any:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__


def configuration_error(message: str) -> ConfigurationError:
    """A ConfigurationError for `raise`, from modules on the client's import path.

    The error classes (openrouter_ext._exceptions) are imported when the first error is made rather than with the
    client: a correctly configured client that has not failed yet never needs them.
    """
    from openrouter_ext._exceptions import ConfigurationError

    return ConfigurationError(message)
