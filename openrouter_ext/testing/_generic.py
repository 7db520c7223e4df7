"""Answers for the operations without hand-made behaviour, built from the spec's own success bodies.

Every operation answers its catalog body (the spec's example, or a body built from its schema). The
create/get/list/delete families keep state: an entity is stored as one dict, and each operation renders it by
*projection* onto that operation's own body: the body's keys are kept, each filled from the entity when the entity
has that key. So a created BYOK key, workspace or file shows up in the list, get, update and delete answers, in
each operation's documented shape.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import threading
import uuid
from collections.abc import Callable
from typing import Any

from openrouter_ext.testing._errors import ApiProblem
from openrouter_ext.testing._multipart import FormPart
from openrouter_ext.testing._pagination import non_negative_int
from openrouter_ext.testing._replies import Call, JsonReply, RawReply, Reply, StreamReply
from openrouter_ext.testing._script import StreamScript
from openrouter_ext.testing._spec import Operation, observability_destination_types, operation
from openrouter_ext.testing._sse import data_frame
from openrouter_ext.testing._validation import validate_value

Handler = Callable[[Call], Reply]

_EPOCH = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
_NAMESPACE = uuid.UUID("0c1f8a52-54f3-4b7e-9d0e-6a2b9f3c7e11")
_SPEECH_TYPES = {"mp3": "audio/mpeg", "pcm": "audio/pcm", "wav": "audio/wav", "opus": "audio/opus"}

# (family, list, create, get, update, delete): the plain collections, each item addressed by the path's {id}.
CRUD_FAMILIES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("byok", "listBYOKKeys", "createBYOKKey", "getBYOKKey", "updateBYOKKey", "deleteBYOKKey"),
    (
        "observability_destinations",
        "listObservabilityDestinations",
        "createObservabilityDestination",
        "getObservabilityDestination",
        "updateObservabilityDestination",
        "deleteObservabilityDestination",
    ),
    ("workspaces", "listWorkspaces", "createWorkspace", "getWorkspace", "updateWorkspace", "deleteWorkspace"),
    (
        "scim_group_mappings",
        "listScimGroupMappings",
        "createScimGroupMapping",
        "getScimGroupMapping",
        "updateScimGroupMapping",
        "deleteScimGroupMapping",
    ),
)


def _same_kind(template: Any, value: Any) -> bool:
    """Whether `value` may replace `template` in a body: same JSON type (null and numbers are lenient)."""
    if template is None or value is None:
        return True
    if isinstance(template, bool) or isinstance(value, bool):
        return isinstance(template, bool) and isinstance(value, bool)
    if isinstance(template, (int, float)) and isinstance(value, (int, float)):
        return True
    return type(template) is type(value)


def project(template: Any, entity: dict[str, Any]) -> Any:
    """`template` with each of its keys taken from `entity` where the entity has a value of the same kind."""
    if not isinstance(template, dict):
        return copy.deepcopy(template)
    result = copy.deepcopy(template)
    for key, value in entity.items():
        if key not in result or not _same_kind(result[key], value):
            continue
        # A nested object keeps the template's keys the entity lacks (a masked secret the response must show).
        both_objects = isinstance(result[key], dict) and isinstance(value, dict)
        result[key] = {**result[key], **copy.deepcopy(value)} if both_objects else copy.deepcopy(value)
    return result


def _data_template(body: Any) -> Any:
    """The item inside a `{data: item}` or `{data: [item, ...]}` body (the body itself otherwise)."""
    if isinstance(body, dict) and "data" in body:
        data = body["data"]
        if isinstance(data, list):
            return data[0] if data else {}
        return data
    return body


def _wrap(op: Operation, item: Any) -> Any:
    """`item` in the operation's body, where its template item is (under `data`, or the body itself)."""
    body = op.sample_json()
    if isinstance(body, dict) and isinstance(body.get("data"), dict):
        body["data"] = project(body["data"], item)
        return body
    return project(body, item)


def _page(
    op: Operation, items: list[dict[str, Any]], call: Call, template_of: Callable[[dict[str, Any]], Any] | None = None
) -> Any:
    body = op.sample_json()
    template = _data_template(body)
    offset = non_negative_int(call.query, "offset", 0)
    limit = non_negative_int(call.query, "limit", 50)
    page = items[offset : offset + limit]
    body["data"] = [project(template_of(item) if template_of else template, item) for item in page]
    if "total_count" in body:
        body["total_count"] = len(items)
    return body


def _body_object(call: Call) -> dict[str, Any]:
    return call.body if isinstance(call.body, dict) else {}


class SpecApi:
    """The spec-driven part of the emulated API: per-operation handlers, with the families' state."""

    def __init__(self, base_url: Callable[[], str]) -> None:
        self._base_url = base_url
        self._lock = threading.RLock()
        self._serial = 0
        self.collections: dict[str, dict[str, dict[str, Any]]] = {family[0]: {} for family in CRUD_FAMILIES}
        self.budgets: dict[tuple[str, str], dict[str, Any]] = {}
        self.members: dict[str, list[dict[str, Any]]] = {}
        self.presets: dict[str, dict[str, Any]] = {}
        self.preset_versions: dict[str, list[dict[str, Any]]] = {}
        self.files: dict[str, tuple[dict[str, Any], bytes]] = {}
        self.videos: dict[str, dict[str, Any]] = {}

    # -- helpers ------------------------------------------------------------------------------------------------

    def _next(self) -> int:
        with self._lock:
            self._serial += 1
            return self._serial

    def _stamp(self, serial: int) -> str:
        return (_EPOCH + dt.timedelta(minutes=serial)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def _uuid(self, kind: str, serial: int) -> str:
        return str(uuid.uuid5(_NAMESPACE, f"{kind}-{serial}"))

    def handlers(self) -> dict[str, Handler]:
        """Handlers by operation id, for the operations this module gives behaviour to."""
        table: dict[str, Handler] = {}
        for family, list_id, create_id, get_id, update_id, delete_id in CRUD_FAMILIES:
            table[list_id] = self._lister(family, operation(list_id))
            table[create_id] = self._creator(family, operation(create_id))
            table[get_id] = self._getter(family, operation(get_id))
            table[update_id] = self._updater(family, operation(update_id))
            table[delete_id] = self._deleter(family, operation(delete_id))
        table.update(
            listWorkspaceBudgets=self._list_budgets,
            getWorkspaceBudget=self._get_budget,
            upsertWorkspaceBudget=self._upsert_budget,
            deleteWorkspaceBudget=self._delete_budget,
            listWorkspaceMembers=self._list_members,
            bulkAddWorkspaceMembers=self._add_members,
            bulkRemoveWorkspaceMembers=self._remove_members,
            createPresetsChatCompletions=self._preset_creator("createPresetsChatCompletions"),
            createPresetsMessages=self._preset_creator("createPresetsMessages"),
            createPresetsResponses=self._preset_creator("createPresetsResponses"),
            listPresets=self._list_presets,
            getPreset=self._get_preset,
            listPresetVersions=self._list_preset_versions,
            getPresetVersion=self._get_preset_version,
            uploadFile=self._upload_file,
            listFiles=self._list_files,
            getFileMetadata=self._get_file,
            deleteFile=self._delete_file,
            downloadFileContent=self._download_file,
            createVideos=self._create_video,
            getVideos=self._get_video,
            listVideosContent=self._video_content,
            createAudioSpeech=self._speech,
            createAudioTranscriptions=self._transcription,
        )
        return table

    def answer(self, op: Operation, call: Call) -> Reply:
        """The operation's catalog success body (its event stream when the request asks for one)."""
        if isinstance(call.body, dict) and call.body.get("stream") is True:
            for body in op.bodies:
                if body.events:
                    return _sample_stream(op, body.events)
        wanted = None
        if call.query.get("use_rss") == "true":
            wanted = next((b.content_type for b in op.bodies if "rss" in b.content_type), None)
        if not op.bodies:
            return RawReply(op.success_status, b"", "application/json")
        body = op.body(wanted)
        if body.is_json:
            return JsonReply(op.success_status, body.fresh_json())
        if body.events is not None:
            return _sample_stream(op, body.events)
        return RawReply(op.success_status, (body.text or "").encode("utf-8"), body.content_type)

    # -- plain collections --------------------------------------------------------------------------------------

    def _find(self, family: str, item_id: str, what: str) -> dict[str, Any]:
        item = self.collections[family].get(item_id)
        if item is None:
            raise ApiProblem(404, f"{what} {item_id} not found")
        return item

    def _lister(self, family: str, op: Operation) -> Handler:
        def handle(call: Call) -> Reply:
            with self._lock:
                items = list(self.collections[family].values())
            return JsonReply(op.success_status, _page(op, items, call, lambda item: self._template(family, op, item)))

        return handle

    def _template(self, family: str, op: Operation, item: dict[str, Any]) -> Any:
        """What an item of `family` looks like in `op`'s answer: a destination in its own type's shape."""
        if family == "observability_destinations":
            return copy.deepcopy(self._destination_type(item.get("type"))[0])
        return _data_template(op.sample_json())

    @staticmethod
    def _destination_type(kind: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        types = observability_destination_types()
        if kind not in types:
            raise ApiProblem(400, f"Invalid body.type: {kind!r} is not a destination type", metadata={"field": "type"})
        return types[kind]

    def _check_destination(self, item: dict[str, Any]) -> dict[str, Any]:
        """`item` with its config checked against its type's shape, and masked where the spec shows it masked."""
        # The create and update requests take any config object; the API checks it against the type's own shape.
        kind = item.get("type")
        sample, schema = self._destination_type(kind)
        validate_value(f"destination:{kind}", schema, item.get("config"), "body.config")
        shown = sample.get("config") or {}
        config = {
            name: _mask(value) if isinstance(value, str) and "..." in str(shown.get(name, "")) else value
            for name, value in item["config"].items()
        }
        return {**item, "config": config}

    def _render(self, family: str, op: Operation, item: dict[str, Any]) -> Any:
        """`item` in `op`'s body (under `data`, or the body itself), in the shape its family and kind have."""
        body = op.sample_json()
        template = self._template(family, op, item)
        if isinstance(body, dict) and isinstance(body.get("data"), dict):
            body["data"] = project(template, item)
            return body
        return project(body, item)

    def _creator(self, family: str, op: Operation) -> Handler:
        def handle(call: Call) -> Reply:
            serial = self._next()
            fields = _body_object(call)
            stamp = self._stamp(serial)
            if family == "observability_destinations":
                fields = self._check_destination(fields)
            item = project(self._template(family, op, fields), fields)
            item.update(id=self._uuid(family, serial), created_at=stamp)
            if "updated_at" in item:
                item["updated_at"] = stamp
            if family == "byok" and isinstance(fields.get("key"), str):
                item["label"] = fields["key"][:3] + "..." + fields["key"][-4:]
            with self._lock:
                self.collections[family][item["id"]] = item
            return JsonReply(op.success_status, self._render(family, op, item))

        return handle

    def _getter(self, family: str, op: Operation) -> Handler:
        def handle(call: Call) -> Reply:
            with self._lock:
                return JsonReply(
                    op.success_status, self._render(family, op, self._find(family, call.params["id"], family))
                )

        return handle

    def _updater(self, family: str, op: Operation) -> Handler:
        def handle(call: Call) -> Reply:
            serial = self._next()
            with self._lock:
                item = self._find(family, call.params["id"], family)
                updated = {**item, **project(item, _body_object(call))}
                if family == "observability_destinations":
                    updated = self._check_destination(updated)
                item.update(updated)
                if "updated_at" in item:
                    item["updated_at"] = self._stamp(serial)
                return JsonReply(op.success_status, self._render(family, op, item))

        return handle

    def _deleter(self, family: str, op: Operation) -> Handler:
        def handle(call: Call) -> Reply:
            with self._lock:
                item = self._find(family, call.params["id"], family)
                del self.collections[family][item["id"]]
                if family == "workspaces":
                    self.members.pop(item["id"], None)
                    for key in [key for key in self.budgets if key[0] == item["id"]]:
                        del self.budgets[key]
            return JsonReply(op.success_status, project(op.sample_json(), {"id": item["id"]}))

        return handle

    # -- workspace budgets and members --------------------------------------------------------------------------

    def _workspace(self, call: Call) -> dict[str, Any]:
        return self._find("workspaces", call.params["id"], "Workspace")

    def _budget_body(self, op: Operation, workspace: dict[str, Any], budget: dict[str, Any]) -> Any:
        body = _wrap(op, budget)
        if "include_byok_in_budgets" in body:
            body["include_byok_in_budgets"] = bool(workspace.get("include_byok_in_budgets", False))
        return body

    def _list_budgets(self, call: Call) -> Reply:
        op = operation("listWorkspaceBudgets")
        with self._lock:
            workspace = self._workspace(call)
            budgets = [b for (ws, _), b in self.budgets.items() if ws == workspace["id"]]
            body = op.sample_json()
            body["data"] = [project(_data_template(body), budget) for budget in budgets]
            if "include_byok_in_budgets" in body:
                body["include_byok_in_budgets"] = bool(workspace.get("include_byok_in_budgets", False))
            return JsonReply(op.success_status, body)

    def _get_budget(self, call: Call) -> Reply:
        op = operation("getWorkspaceBudget")
        with self._lock:
            workspace = self._workspace(call)
            budget = self.budgets.get((workspace["id"], call.params["interval"]))
            if budget is None:
                raise ApiProblem(404, f"No {call.params['interval']} budget on workspace {workspace['id']}")
            return JsonReply(op.success_status, self._budget_body(op, workspace, budget))

    def _upsert_budget(self, call: Call) -> Reply:
        op = operation("upsertWorkspaceBudget")
        serial = self._next()
        fields = _body_object(call)
        with self._lock:
            workspace = self._workspace(call)
            key = (workspace["id"], call.params["interval"])
            budget = self.budgets.get(key)
            if budget is None:
                budget = project(_data_template(op.sample_json()), {})
                budget.update(id=self._uuid("budget", serial), created_at=self._stamp(serial))
                self.budgets[key] = budget
            budget.update(project(budget, fields))
            # A lifetime budget never resets: the spec's WorkspaceBudget says so with reset_interval null.
            interval = call.params["interval"]
            budget.update(workspace_id=workspace["id"], reset_interval=None if interval == "lifetime" else interval)
            budget["updated_at"] = self._stamp(serial)
            if isinstance(fields.get("include_byok_in_budgets"), bool):
                workspace["include_byok_in_budgets"] = fields["include_byok_in_budgets"]
            return JsonReply(op.success_status, self._budget_body(op, workspace, budget))

    def _delete_budget(self, call: Call) -> Reply:
        op = operation("deleteWorkspaceBudget")
        with self._lock:
            workspace = self._workspace(call)
            if self.budgets.pop((workspace["id"], call.params["interval"]), None) is None:
                raise ApiProblem(404, f"No {call.params['interval']} budget on workspace {workspace['id']}")
        return JsonReply(op.success_status, op.sample_json())

    def _list_members(self, call: Call) -> Reply:
        op = operation("listWorkspaceMembers")
        with self._lock:
            workspace = self._workspace(call)
            return JsonReply(op.success_status, _page(op, list(self.members.get(workspace["id"], [])), call))

    def _user_ids(self, call: Call) -> list[str]:
        values = _body_object(call).get("user_ids")
        return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []

    def _add_members(self, call: Call) -> Reply:
        op = operation("bulkAddWorkspaceMembers")
        template = _data_template(op.sample_json())
        with self._lock:
            workspace = self._workspace(call)
            members = self.members.setdefault(workspace["id"], [])
            known = {member["user_id"] for member in members}
            added = []
            for user_id in dict.fromkeys(self._user_ids(call)):
                if user_id in known:
                    continue
                serial = self._next()
                member = project(template, {})
                member.update(
                    id=self._uuid("member", serial),
                    user_id=user_id,
                    workspace_id=workspace["id"],
                    created_at=self._stamp(serial),
                )
                members.append(member)
                added.append(member)
            body = op.sample_json()
            body.update(added_count=len(added), data=added)
            return JsonReply(op.success_status, body)

    def _remove_members(self, call: Call) -> Reply:
        op = operation("bulkRemoveWorkspaceMembers")
        with self._lock:
            workspace = self._workspace(call)
            removing = set(self._user_ids(call))
            members = self.members.get(workspace["id"], [])
            kept = [member for member in members if member["user_id"] not in removing]
            self.members[workspace["id"]] = kept
            body = op.sample_json()
            body["removed_count"] = len(members) - len(kept)
            return JsonReply(op.success_status, body)

    # -- presets ------------------------------------------------------------------------------------------------

    def _preset_creator(self, operation_id: str) -> Handler:
        op = operation(operation_id)

        def handle(call: Call) -> Reply:
            slug = call.params["slug"]
            fields = _body_object(call)
            serial = self._next()
            stamp = self._stamp(serial)
            with self._lock:
                preset = self.presets.get(slug)
                if preset is None:
                    preset = project(_data_template(op.sample_json()), {})
                    preset.update(id=self._uuid("preset", serial), slug=slug, name=slug, created_at=stamp)
                    self.presets[slug] = preset
                versions = self.preset_versions.setdefault(slug, [])
                version = copy.deepcopy(preset.get("designated_version") or {})
                config = {k: v for k, v in fields.items() if k not in ("messages", "input", "stream")}
                version.update(
                    id=self._uuid("preset-version", serial),
                    preset_id=preset["id"],
                    version=len(versions) + 1,
                    config=config,
                    created_at=stamp,
                    updated_at=stamp,
                )
                system = fields.get("system", fields.get("instructions"))
                if isinstance(system, str):
                    version["system_prompt"] = system
                versions.append(version)
                preset.update(designated_version=version, designated_version_id=version["id"], updated_at=stamp)
                return JsonReply(op.success_status, _wrap(op, preset))

        return handle

    def _preset(self, call: Call) -> dict[str, Any]:
        preset = self.presets.get(call.params["slug"])
        if preset is None:
            raise ApiProblem(404, f"Preset {call.params['slug']} not found")
        return preset

    def _list_presets(self, call: Call) -> Reply:
        op = operation("listPresets")
        with self._lock:
            return JsonReply(op.success_status, _page(op, list(self.presets.values()), call))

    def _get_preset(self, call: Call) -> Reply:
        op = operation("getPreset")
        with self._lock:
            return JsonReply(op.success_status, _wrap(op, self._preset(call)))

    def _list_preset_versions(self, call: Call) -> Reply:
        op = operation("listPresetVersions")
        with self._lock:
            self._preset(call)
            return JsonReply(op.success_status, _page(op, list(self.preset_versions[call.params["slug"]]), call))

    def _get_preset_version(self, call: Call) -> Reply:
        op = operation("getPresetVersion")
        with self._lock:
            self._preset(call)
            for version in self.preset_versions[call.params["slug"]]:
                if str(version["version"]) == call.params["version"]:
                    return JsonReply(op.success_status, _wrap(op, version))
        raise ApiProblem(404, f"Preset {call.params['slug']} has no version {call.params['version']}")

    # -- files --------------------------------------------------------------------------------------------------

    def _upload_file(self, call: Call) -> Reply:
        op = operation("uploadFile")
        part = _file_part(call)
        serial = self._next()
        entity: dict[str, Any] = {
            "id": "or_file_" + hashlib.sha256(f"file-{serial}".encode()).hexdigest()[:24],
            "filename": part.filename or "file",
            "mime_type": part.content_type or "application/octet-stream",
            "size_bytes": len(part.data),
            "created_at": self._stamp(serial),
            "downloadable": True,
        }
        with self._lock:
            self.files[entity["id"]] = (entity, part.data)
        return JsonReply(op.success_status, _wrap(op, entity))

    def _file(self, call: Call) -> tuple[dict[str, Any], bytes]:
        found = self.files.get(call.params["file_id"])
        if found is None:
            raise ApiProblem(404, f"File {call.params['file_id']} not found")
        return found

    def _list_files(self, call: Call) -> Reply:
        op = operation("listFiles")
        body = op.sample_json()
        # The spec's list example holds no item that validates; a file's metadata has the item's shape.
        template = _data_template(body) or operation("getFileMetadata").sample_json()
        with self._lock:
            entities = [entity for entity, _ in self.files.values()]
        after = call.query.get("after_id") or call.query.get("cursor")
        if after is not None:
            ids = [entity["id"] for entity in entities]
            entities = entities[ids.index(after) + 1 :] if after in ids else []
        limit = max(1, non_negative_int(call.query, "limit", 20))
        page = entities[:limit]
        body["data"] = [project(template, entity) for entity in page]
        more = len(entities) > limit
        for key, value in (
            ("has_more", more),
            ("first_id", page[0]["id"] if page else None),
            ("last_id", page[-1]["id"] if page else None),
            ("cursor", page[-1]["id"] if page and more else None),
        ):
            if key in body:
                body[key] = value
        return JsonReply(op.success_status, body)

    def _get_file(self, call: Call) -> Reply:
        op = operation("getFileMetadata")
        with self._lock:
            return JsonReply(op.success_status, _wrap(op, self._file(call)[0]))

    def _delete_file(self, call: Call) -> Reply:
        op = operation("deleteFile")
        with self._lock:
            entity, _ = self._file(call)
            del self.files[entity["id"]]
        return JsonReply(op.success_status, project(op.sample_json(), {"id": entity["id"]}))

    def _download_file(self, call: Call) -> Reply:
        op = operation("downloadFileContent")
        with self._lock:
            _, data = self._file(call)
        return RawReply(op.success_status, data, op.body().content_type)

    # -- videos -------------------------------------------------------------------------------------------------

    def _create_video(self, call: Call) -> Reply:
        op = operation("createVideos")
        serial = self._next()
        job_id = f"job-emu{serial:08d}"
        prompt = _body_object(call).get("prompt")
        entity: dict[str, Any] = {
            "id": job_id,
            "generation_id": f"gen-video-emu{serial:08d}",
            "polling_url": f"/api/v1/videos/{job_id}",
            "status": "pending",
            "prompt": prompt if isinstance(prompt, str) else "",
        }
        with self._lock:
            self.videos[job_id] = entity
        return JsonReply(op.success_status, project(op.sample_json(), entity))

    def _video(self, call: Call) -> dict[str, Any]:
        video = self.videos.get(call.params["jobId"])
        if video is None:
            raise ApiProblem(404, f"Video job {call.params['jobId']} not found")
        return video

    def _get_video(self, call: Call) -> Reply:
        op = operation("getVideos")
        with self._lock:
            video = self._video(call)
            # The emulated render is instant: the first poll finds the job done.
            video["status"] = "completed"
            content = f"{self._base_url()}/videos/{video['id']}/content?index=0"
            return JsonReply(op.success_status, project(op.sample_json(), {**video, "unsigned_urls": [content]}))

    def _video_content(self, call: Call) -> Reply:
        op = operation("listVideosContent")
        with self._lock:
            video = self._video(call)
        payload = (op.body().text or "").encode("utf-8") + f" {video['id']}: {video['prompt']}".encode()
        return RawReply(op.success_status, payload, op.body().content_type)

    # -- audio --------------------------------------------------------------------------------------------------

    def _speech(self, call: Call) -> Reply:
        op = operation("createAudioSpeech")
        fields = _body_object(call)
        fmt = fields.get("response_format", "pcm")
        content_type = _SPEECH_TYPES.get(fmt if isinstance(fmt, str) else "", op.body().content_type)
        text = fields.get("input") if isinstance(fields.get("input"), str) else ""
        return RawReply(op.success_status, b"emulated-audio:" + str(text).encode("utf-8"), content_type)

    def _transcription(self, call: Call) -> Reply:
        op = operation("createAudioTranscriptions")
        body = op.sample_json()
        if call.form is not None:
            part = _file_part(call)
            if isinstance(body, dict) and "text" in body:
                body["text"] = f"Transcript of {part.filename or 'audio'} ({len(part.data)} bytes)."
        return JsonReply(op.success_status, body)


def _mask(secret: str) -> str:
    """A secret as the API shows it back: its first and last four characters."""
    return secret if "..." in secret else f"{secret[:4]}...{secret[-4:]}"


def _file_part(call: Call) -> FormPart:
    parts = (call.form or {}).get("file")
    if not parts:
        raise ApiProblem(400, "Invalid form: file is required", metadata={"field": "form.file"})
    return parts[0]


def _sample_stream(op: Operation, events: tuple[Any, ...]) -> StreamReply:
    from openrouter_ext.testing._behaviour import Behaviour

    frames = [data_frame(event) for event in events]

    def no_text(text: str) -> bytes:
        return frames[0] if frames else b""

    script = StreamScript(
        events=iter(frames),
        closing=lambda: (),
        error_frames=lambda code, message: (
            data_frame({"type": "error", "error": {"code": str(code), "message": message, "param": None}}),
        ),
        text_frame=no_text,
    )
    return StreamReply(script, f"gen-{op.operation_id}", Behaviour(keepalive_comments=0), lambda done, gone: None)
