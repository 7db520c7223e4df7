"""Keys shared by the command-line tests (imported by name: the test directories are not packages)."""

from __future__ import annotations

API_KEY = "sk-or-v1-cli-tests-inference-key-0123456789"
MANAGEMENT_KEY = "sk-or-v1-cli-tests-management-key-0123456789"
