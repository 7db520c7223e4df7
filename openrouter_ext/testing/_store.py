"""The in-memory account: API keys, guardrails and their assignments, with deterministic ids and timestamps."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import uuid
from typing import Any, Literal

from openrouter_ext.testing._errors import ApiProblem
from openrouter_ext.testing._spec import request_schemas

_EPOCH = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
_ID_NAMESPACE = uuid.UUID("5b0b6f9e-7c1a-4d52-9a55-1f0e2c3d4b6a")
_RESET_VALUES = ("daily", "weekly", "monthly")
_KEY_FIELDS_UPDATABLE = ("name", "disabled", "limit", "limit_reset", "include_byok_in_limit")
_GUARDRAIL_FIELDS = (
    "name",
    "description",
    "limit_usd",
    "reset_interval",
    "allowed_providers",
    "ignored_providers",
    "allowed_models",
    "enforce_zdr",
    "include_byok_in_budgets",
)
ASSIGNED_BY = "user_emulator"
ORGANIZATION_ID = "org_emulator"
WORKSPACE_ID = "ws_emulator"


def guardrail_request_fields() -> set[str]:
    """Every field the spec's guardrail create and update requests declare."""
    schemas = request_schemas()
    return {
        name
        for schema in ("CreateGuardrailRequest", "UpdateGuardrailRequest")
        for name in schemas[schema].get("properties", {})
    }


def _timestamp(serial: int) -> str:
    return (_EPOCH + dt.timedelta(minutes=serial)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _require_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ApiProblem(400, "Request body must be a JSON object")
    return body


def _check_reset(value: Any, field: str) -> None:
    if value is not None and value not in _RESET_VALUES:
        raise ApiProblem(400, f"Invalid {field}: expected one of daily, weekly, monthly")


class AccountStore:
    """Keys, guardrails and assignments behind one lock. Lists keep insertion order (newest last)."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._serial = 0
        self.keys: list[dict[str, Any]] = []
        self.guardrails: list[dict[str, Any]] = []
        self.key_assignments: list[dict[str, Any]] = []
        self.member_assignments: list[dict[str, Any]] = []

    def _next_serial(self) -> int:
        self._serial += 1
        return self._serial

    # -- keys ---------------------------------------------------------------------------------------------------

    def _new_key(
        self, name: str, *, disabled: bool = False, fields: dict[str, Any] | None = None
    ) -> tuple[dict[str, Any], str]:
        fields = fields or {}
        serial = self._next_serial()
        secret = f"sk-or-v1-emulator{serial:048d}"
        limit = fields.get("limit")
        key = {
            "hash": hashlib.sha256(secret.encode()).hexdigest(),
            "name": name,
            "label": f"sk-or-v1-emu...{serial:03d}",
            "disabled": disabled,
            "limit": limit,
            "limit_remaining": limit,
            "limit_reset": fields.get("limit_reset"),
            "include_byok_in_limit": bool(fields.get("include_byok_in_limit", False)),
            "usage": 0.0,
            "usage_daily": 0.0,
            "usage_weekly": 0.0,
            "usage_monthly": 0.0,
            "byok_usage": 0.0,
            "byok_usage_daily": 0.0,
            "byok_usage_weekly": 0.0,
            "byok_usage_monthly": 0.0,
            "created_at": _timestamp(serial),
            "updated_at": None,
            "expires_at": fields.get("expires_at"),
            "creator_user_id": ASSIGNED_BY,
            "workspace_id": WORKSPACE_ID,
            "external_user": None,
        }
        return key, secret

    def seed_keys(self, count: int, *, disabled_every: int = 0, at: Literal["start", "end"] = "end") -> list[str]:
        """Add `count` keys named "key-<n>"; every `disabled_every`-th one disabled. Returns their hashes."""
        with self._lock:
            made = [
                self._new_key(f"key-{self._serial + 1}", disabled=disabled_every > 0 and (i + 1) % disabled_every == 0)[
                    0
                ]
                for i in range(count)
            ]
            if at == "start":
                self.keys[0:0] = made
            else:
                self.keys.extend(made)
            return [key["hash"] for key in made]

    def visible_keys(self, include_disabled: bool) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(key) for key in self.keys if include_disabled or not key["disabled"]]

    def find_key(self, key_hash: str) -> dict[str, Any]:
        with self._lock:
            for key in self.keys:
                if key["hash"] == key_hash:
                    return key
        raise ApiProblem(404, "API key not found")

    def create_key(self, body: Any) -> dict[str, Any]:
        body = _require_object(body)
        name = body.get("name")
        if not isinstance(name, str) or not name:
            raise ApiProblem(400, "name is required")
        _check_reset(body.get("limit_reset"), "limit_reset")
        with self._lock:
            key, secret = self._new_key(name, fields=body)
            self.keys.append(key)
            return {"data": dict(key), "key": secret}

    def update_key(self, key_hash: str, body: Any) -> dict[str, Any]:
        body = _require_object(body)
        unknown = sorted(set(body) - set(_KEY_FIELDS_UPDATABLE))
        if unknown:
            raise ApiProblem(400, f"Unrecognized key(s) in object: {', '.join(unknown)}")
        _check_reset(body.get("limit_reset"), "limit_reset")
        with self._lock:
            key = self.find_key(key_hash)
            key.update(body)
            if "limit" in body:
                key["limit_remaining"] = body["limit"]
            key["updated_at"] = _timestamp(self._next_serial())
            return {"data": dict(key)}

    def delete_key(self, key_hash: str) -> dict[str, Any]:
        with self._lock:
            key = self.find_key(key_hash)
            self.keys.remove(key)
            self.key_assignments = [a for a in self.key_assignments if a["key_hash"] != key_hash]
            return {"deleted": True}

    # -- guardrails ---------------------------------------------------------------------------------------------

    def _new_guardrail(self, fields: dict[str, Any]) -> dict[str, Any]:
        serial = self._next_serial()
        guardrail: dict[str, Any] = {"id": str(uuid.uuid5(_ID_NAMESPACE, f"guardrail-{serial}"))}
        for field in _GUARDRAIL_FIELDS:
            guardrail[field] = fields.get(field)
        guardrail.update({name: value for name, value in fields.items() if name not in guardrail})
        guardrail["name"] = fields.get("name", f"guardrail-{serial}")
        guardrail["include_byok_in_budgets"] = bool(fields.get("include_byok_in_budgets", False))
        guardrail["workspace_id"] = fields.get("workspace_id", WORKSPACE_ID)
        guardrail["created_at"] = _timestamp(serial)
        guardrail["updated_at"] = None
        return guardrail

    def seed_guardrails(self, count: int, *, at: Literal["start", "end"] = "end") -> list[str]:
        """Add `count` guardrails named "guardrail-<n>". Returns their ids."""
        with self._lock:
            made = [self._new_guardrail({}) for _ in range(count)]
            if at == "start":
                self.guardrails[0:0] = made
            else:
                self.guardrails.extend(made)
            return [guardrail["id"] for guardrail in made]

    def all_guardrails(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(guardrail) for guardrail in self.guardrails]

    def find_guardrail(self, guardrail_id: str) -> dict[str, Any]:
        with self._lock:
            for guardrail in self.guardrails:
                if guardrail["id"] == guardrail_id:
                    return guardrail
        raise ApiProblem(404, "Guardrail not found")

    def _check_guardrail_fields(self, body: dict[str, Any]) -> None:
        unknown = sorted(set(body) - set(_GUARDRAIL_FIELDS) - guardrail_request_fields())
        if unknown:
            raise ApiProblem(400, f"Unrecognized key(s) in object: {', '.join(unknown)}")
        _check_reset(body.get("reset_interval"), "reset_interval")

    def create_guardrail(self, body: Any) -> dict[str, Any]:
        body = _require_object(body)
        if not isinstance(body.get("name"), str) or not body["name"]:
            raise ApiProblem(400, "name is required")
        self._check_guardrail_fields(body)
        with self._lock:
            guardrail = self._new_guardrail(body)
            self.guardrails.append(guardrail)
            return {"data": dict(guardrail)}

    def update_guardrail(self, guardrail_id: str, body: Any) -> dict[str, Any]:
        body = _require_object(body)
        self._check_guardrail_fields(body)
        with self._lock:
            guardrail = self.find_guardrail(guardrail_id)
            guardrail.update(body)
            guardrail["updated_at"] = _timestamp(self._next_serial())
            return {"data": dict(guardrail)}

    def delete_guardrail(self, guardrail_id: str) -> dict[str, Any]:
        with self._lock:
            guardrail = self.find_guardrail(guardrail_id)
            self.guardrails.remove(guardrail)
            self.key_assignments = [a for a in self.key_assignments if a["guardrail_id"] != guardrail_id]
            self.member_assignments = [a for a in self.member_assignments if a["guardrail_id"] != guardrail_id]
            return {"deleted": True}

    # -- assignments --------------------------------------------------------------------------------------------

    def _string_list(self, body: Any, field: str) -> list[str]:
        values = _require_object(body).get(field)
        if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
            raise ApiProblem(400, f"{field} must be a non-empty array of strings")
        return list(dict.fromkeys(values))

    def assign_keys(self, guardrail_id: str, body: Any) -> dict[str, Any]:
        hashes = self._string_list(body, "key_hashes")
        with self._lock:
            self.find_guardrail(guardrail_id)
            keys = [self.find_key(key_hash) for key_hash in hashes]
            # A key holds at most one guardrail: assigning replaces the key's previous assignment.
            self.key_assignments = [a for a in self.key_assignments if a["key_hash"] not in hashes]
            for key in keys:
                self.key_assignments.append(self._key_assignment(guardrail_id, key))
            return {"assigned_count": len(keys)}

    def _key_assignment(self, guardrail_id: str, key: dict[str, Any]) -> dict[str, Any]:
        serial = self._next_serial()
        return {
            "id": str(uuid.uuid5(_ID_NAMESPACE, f"key-assignment-{serial}")),
            "key_hash": key["hash"],
            "guardrail_id": guardrail_id,
            "key_name": key["name"],
            "key_label": key["label"],
            "assigned_by": ASSIGNED_BY,
            "created_at": _timestamp(serial),
        }

    def unassign_keys(self, guardrail_id: str, body: Any) -> dict[str, Any]:
        hashes = set(self._string_list(body, "key_hashes"))
        with self._lock:
            self.find_guardrail(guardrail_id)
            before = len(self.key_assignments)
            self.key_assignments = [
                a for a in self.key_assignments if not (a["guardrail_id"] == guardrail_id and a["key_hash"] in hashes)
            ]
            return {"unassigned_count": before - len(self.key_assignments)}

    def assign_members(self, guardrail_id: str, body: Any) -> dict[str, Any]:
        user_ids = self._string_list(body, "member_user_ids")
        with self._lock:
            self.find_guardrail(guardrail_id)
            assigned = 0
            for user_id in user_ids:
                if any(a["guardrail_id"] == guardrail_id and a["user_id"] == user_id for a in self.member_assignments):
                    continue
                self.member_assignments.append(self._member_assignment(guardrail_id, user_id))
                assigned += 1
            return {"assigned_count": assigned}

    def _member_assignment(self, guardrail_id: str, user_id: str) -> dict[str, Any]:
        serial = self._next_serial()
        return {
            "id": str(uuid.uuid5(_ID_NAMESPACE, f"member-assignment-{serial}")),
            "user_id": user_id,
            "organization_id": ORGANIZATION_ID,
            "guardrail_id": guardrail_id,
            "assigned_by": ASSIGNED_BY,
            "created_at": _timestamp(serial),
        }

    def unassign_members(self, guardrail_id: str, body: Any) -> dict[str, Any]:
        user_ids = set(self._string_list(body, "member_user_ids"))
        with self._lock:
            self.find_guardrail(guardrail_id)
            before = len(self.member_assignments)
            self.member_assignments = [
                a
                for a in self.member_assignments
                if not (a["guardrail_id"] == guardrail_id and a["user_id"] in user_ids)
            ]
            return {"unassigned_count": before - len(self.member_assignments)}

    def seed_key_assignments(self, guardrail_id: str, count: int) -> list[str]:
        """Create `count` fresh keys and assign them to the guardrail. Returns the key hashes."""
        hashes = self.seed_keys(count)
        self.assign_keys(guardrail_id, {"key_hashes": hashes})
        return hashes

    def seed_member_assignments(self, guardrail_id: str, count: int) -> list[str]:
        """Assign `count` made-up members ("user_<n>") to the guardrail. Returns their user ids."""
        with self._lock:
            user_ids = [f"user_{self._serial + 1 + i:06d}" for i in range(count)]
            self.assign_members(guardrail_id, {"member_user_ids": user_ids})
            return user_ids

    def key_assignments_of(self, guardrail_id: str | None) -> list[dict[str, Any]]:
        with self._lock:
            if guardrail_id is not None:
                self.find_guardrail(guardrail_id)
            return [dict(a) for a in self.key_assignments if guardrail_id in (None, a["guardrail_id"])]

    def member_assignments_of(self, guardrail_id: str | None) -> list[dict[str, Any]]:
        with self._lock:
            if guardrail_id is not None:
                self.find_guardrail(guardrail_id)
            return [dict(a) for a in self.member_assignments if guardrail_id in (None, a["guardrail_id"])]

    # -- list changes between pages -----------------------------------------------------------------------------

    def change_list(
        self, kind: str, guardrail_id: str | None, *, add: int, remove: int, at: Literal["start", "end"]
    ) -> None:
        """Grow and/or shrink one list, as another user of the account would while a client pages through it."""
        with self._lock:
            if kind == "keys":
                self._remove_from(self.keys, remove, at)
                self.seed_keys(add, at=at)
            elif kind == "guardrails":
                self._remove_from(self.guardrails, remove, at)
                self.seed_guardrails(add, at=at)
            elif kind == "key_assignments":
                self._remove_from(self.key_assignments, remove, at)
                target = guardrail_id or self._any_guardrail()
                for key_hash in self.seed_keys(add):
                    assignment = self._key_assignment(target, self.find_key(key_hash))
                    self._insert(self.key_assignments, assignment, at)
            elif kind == "member_assignments":
                self._remove_from(self.member_assignments, remove, at)
                target = guardrail_id or self._any_guardrail()
                for _ in range(add):
                    assignment = self._member_assignment(target, f"user_{self._serial + 1:06d}")
                    self._insert(self.member_assignments, assignment, at)

    def _any_guardrail(self) -> str:
        if not self.guardrails:
            return self.seed_guardrails(1)[0]
        return str(self.guardrails[0]["id"])

    @staticmethod
    def _remove_from(items: list[dict[str, Any]], count: int, at: Literal["start", "end"]) -> None:
        count = min(count, len(items))
        if count and at == "start":
            del items[:count]
        elif count:
            del items[len(items) - count :]

    @staticmethod
    def _insert(items: list[dict[str, Any]], item: dict[str, Any], at: Literal["start", "end"]) -> None:
        if at == "start":
            items.insert(0, item)
        else:
            items.append(item)
