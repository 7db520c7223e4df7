"""The emulated API: routes, request checks and answers, independent of the HTTP machinery."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from openrouter_ext.testing._behaviour import BEHAVIOUR_HEADER, Behaviour
from openrouter_ext.testing._catalog import (
    build_models,
    current_key_body,
    key_label,
    models_page,
    providers_body,
)
from openrouter_ext.testing._chat import chat_completion_body, chat_stream
from openrouter_ext.testing._errors import ApiProblem
from openrouter_ext.testing._generic import SpecApi
from openrouter_ext.testing._messages import messages_body, messages_stream
from openrouter_ext.testing._model import CompletionPlan, last_user_text, plan_completion, text_of_content
from openrouter_ext.testing._pagination import boolean_string, offset_limit_page, offset_only_page
from openrouter_ext.testing._replies import Call, JsonReply, Reply, StreamReply
from openrouter_ext.testing._responses import responses_body, responses_stream
from openrouter_ext.testing._script import StreamScript
from openrouter_ext.testing._spec import Operation, operations
from openrouter_ext.testing._store import AccountStore
from openrouter_ext.testing._validation import jsonschema_available, validate_form, validate_request

# The fields of the spec's ProviderPreferences; the real API rejects any other key (additionalProperties: false).
PROVIDER_PREFERENCE_KEYS = frozenset(
    {
        "allow_fallbacks",
        "require_parameters",
        "data_collection",
        "zdr",
        "enforce_distillable_text",
        "order",
        "only",
        "ignore",
        "quantizations",
        "sort",
        "max_price",
        "preferred_min_throughput",
        "preferred_max_latency",
    }
)
TOTAL_CREDITS = 100.0


@attrs.frozen
class Route:
    operation: Operation
    handler: Callable[[Call], Reply]
    auth: str  # "none", "user" or "management"

    @property
    def method(self) -> str:
        return self.operation.method

    @property
    def template(self) -> str:
        return self.operation.path

    @property
    def name(self) -> str:
        return self.operation.name

    @property
    def anthropic_errors(self) -> bool:
        return self.operation.anthropic_errors


def _schema_of(schema: Any) -> dict[str, Any]:
    # A json_schema format without a schema still asks for JSON: an empty object fits any object schema.
    return schema if isinstance(schema, dict) else {"type": "object"}


def _specificity(route: Route) -> tuple[int, ...]:
    # Literal segments first: /videos/models must win over /videos/{jobId}.
    return tuple(1 if part.startswith("{") else 0 for part in route.template.split("/"))


class EmulatedApi:
    """Holds the account state and answers calls. Thread-safe."""

    def __init__(
        self,
        *,
        behaviour: Behaviour,
        model_count: int,
        keys_page_size: int,
        api_key: str | None,
        management_key: str | None,
        validate_requests: bool = True,
    ) -> None:
        if validate_requests and not jsonschema_available():
            raise RuntimeError(
                "the emulator validates requests with jsonschema, which is not installed: "
                "pip install 'openrouter-ext[testing]' (or jsonschema), or pass validate_requests=False"
            )
        self.validate_requests = validate_requests
        self.behaviour = behaviour
        self.store = AccountStore()
        self.models = build_models(model_count)
        self.keys_page_size = keys_page_size
        self.api_key = api_key
        self.management_key = management_key
        self.base_url = ""
        self._lock = threading.Lock()
        self._generation_serial = 0
        self.generations: dict[str, dict[str, Any]] = {}
        self.spec_api = SpecApi(lambda: self.base_url)
        self.routes = self._build_routes()

    # -- routing ------------------------------------------------------------------------------------------------

    def _build_routes(self) -> list[Route]:
        # Hand-made behaviour (and the auth the real API asks for) where it matters; the spec's body elsewhere.
        hand_made: dict[str, tuple[Callable[[Call], Reply], str]] = {
            "sendChatCompletionRequest": (self._chat, "user"),
            "createResponses": (self._responses, "user"),
            "createMessages": (self._messages, "user"),
            "getModels": (self._models, "none"),
            "getModel": (self._model, "none"),
            "listProviders": (self._providers, "none"),
            "getCredits": (self._credits, "management"),
            "getCurrentKey": (self._current_key, "user"),
            "getGeneration": (self._generation, "user"),
            "list": (self._list_keys, "management"),
            "createKeys": (self._create_key, "management"),
            "getKey": (self._get_key, "management"),
            "updateKeys": (self._update_key, "management"),
            "deleteKeys": (self._delete_key, "management"),
            "listGuardrails": (self._list_guardrails, "management"),
            "createGuardrail": (self._create_guardrail, "management"),
            "listKeyAssignments": (self._all_key_assignments, "management"),
            "listMemberAssignments": (self._all_member_assignments, "management"),
            "getGuardrail": (self._get_guardrail, "management"),
            "updateGuardrail": (self._update_guardrail, "management"),
            "deleteGuardrail": (self._delete_guardrail, "management"),
            "listGuardrailKeyAssignments": (self._guardrail_key_assignments, "management"),
            "bulkAssignKeysToGuardrail": (self._assign_keys, "management"),
            "bulkUnassignKeysFromGuardrail": (self._unassign_keys, "management"),
            "listGuardrailMemberAssignments": (self._guardrail_member_assignments, "management"),
            "bulkAssignMembersToGuardrail": (self._assign_members, "management"),
            "bulkUnassignMembersFromGuardrail": (self._unassign_members, "management"),
        }
        stateful = self.spec_api.handlers()
        routes = []
        for op in operations():
            if op.operation_id in hand_made:
                handler, auth = hand_made[op.operation_id]
            else:
                handler = stateful.get(op.operation_id) or functools.partial(self.spec_api.answer, op)
                auth = op.auth
            routes.append(Route(op, handler, auth))
        return sorted(routes, key=_specificity)

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for route in self.routes:
            if route.method != method:
                continue
            found = route.operation.pattern.match(path)
            if found:
                return route, found.groupdict()
        return None

    def allowed_methods(self, path: str) -> list[str]:
        """The methods the spec documents for `path` (empty for an unknown path)."""
        return sorted({route.method for route in self.routes if route.operation.pattern.match(path)})

    def check_request(self, route: Route, call: Call) -> None:
        """400 naming the first parameter or body field the spec rejects (when validating requests)."""
        if call.body_error is not None and call.form is None and call.content_type.lower().startswith("multipart/"):
            raise ApiProblem(400, f"Invalid multipart body: {call.body_error}", metadata={"field": "body"})
        if not self.validate_requests:
            return
        validate_request(
            route.operation,
            path_params=call.params,
            query=call.query_lists,
            headers=call.headers,
            content_type=call.content_type,
            body=call.body,
            body_error=call.body_error,
            raw_body=call.raw_body,
        )
        if call.form is not None:
            validate_form(route.operation, call.form)

    def check_auth(self, route: Route, headers: Mapping[str, str]) -> None:
        if route.auth == "none":
            return
        scheme, _, token = headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise ApiProblem(401, "No auth credentials found")
        known = {key for key in (self.api_key, self.management_key) if key}
        if known and token not in known:
            raise ApiProblem(401, "User not found.")
        if route.auth == "management" and self.management_key and token != self.management_key:
            raise ApiProblem(403, "Only management keys can perform this operation")

    # -- inference ----------------------------------------------------------------------------------------------

    def _behaviour_for(self, call: Call) -> Behaviour:
        override = call.headers.get(BEHAVIOUR_HEADER.lower())
        return self.behaviour.with_overrides(override) if override else self.behaviour

    def _next_generation_id(self) -> str:
        with self._lock:
            self._generation_serial += 1
            serial = self._generation_serial
        return f"gen-{1_700_000_000 + serial}-emu{serial:017d}"

    def _plan(
        self,
        call: Call,
        *,
        prompt: str,
        max_tokens: Any,
        tools: Any,
        response_schema: dict[str, Any] | None = None,
        tool_rounds_done: int = 0,
    ) -> CompletionPlan:
        body = call.body
        names = []
        parameters: dict[str, Any] = {}
        if isinstance(tools, list):
            for tool in tools:
                if isinstance(tool, dict):
                    function = tool.get("function")
                    spec = function if isinstance(function, dict) else tool
                    name = spec.get("name")
                    if isinstance(name, str):
                        names.append(name)
                        schema = spec.get("parameters", spec.get("input_schema"))
                        if isinstance(schema, dict):
                            parameters[name] = schema
        if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 1):
            raise ApiProblem(400, "max tokens must be a positive integer")
        return plan_completion(
            generation_id=self._next_generation_id(),
            created=int(time.time()),
            model=body.get("model"),
            prompt_text=prompt,
            max_tokens=max_tokens,
            tool_names=names,
            behaviour=self._behaviour_for(call),
            tool_parameters=parameters,
            response_schema=response_schema,
            tool_rounds_done=tool_rounds_done,
        )

    def _check_inference_body(self, call: Call) -> dict[str, Any]:
        if call.body_error is not None:
            raise ApiProblem(400, f"Invalid JSON body: {call.body_error}")
        body = call.body
        if not isinstance(body, dict):
            raise ApiProblem(400, "Request body must be a JSON object")
        if "model" in body and not isinstance(body["model"], str):
            raise ApiProblem(400, "model must be a string")
        models = body.get("models")
        if models is not None and (not isinstance(models, list) or not all(isinstance(m, str) for m in models)):
            raise ApiProblem(400, "models must be an array of strings")
        if "stream" in body and not isinstance(body["stream"], bool):
            raise ApiProblem(400, "stream must be a boolean")
        provider = body.get("provider")
        if provider is not None:
            if not isinstance(provider, dict):
                raise ApiProblem(400, "provider must be an object")
            unknown = sorted(set(provider) - PROVIDER_PREFERENCE_KEYS)
            if unknown:
                raise ApiProblem(
                    400,
                    "Invalid provider preferences: unrecognized key(s) " + ", ".join(repr(k) for k in unknown),
                    metadata={"unrecognized_keys": unknown},
                )
        return body

    @staticmethod
    def _require_messages(body: dict[str, Any]) -> None:
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise ApiProblem(400, "messages is required and must be a non-empty array")

    def _answer(
        self,
        plan: CompletionPlan,
        body: dict[str, Any],
        build_body: Callable[[CompletionPlan], dict[str, Any]],
        build_stream: Callable[[CompletionPlan], StreamScript],
        api_type: str,
    ) -> JsonReply | StreamReply:
        streamed = body.get("stream") is True
        self._record_generation(plan, streamed=streamed, api_type=api_type)
        if not streamed:
            return JsonReply(200, build_body(plan), {"X-Generation-Id": plan.generation_id})

        def on_end(completed: bool, cancelled: bool) -> None:
            with self._lock:
                record = self.generations.get(plan.generation_id)
                if record is not None:
                    record["cancelled"] = cancelled

        return StreamReply(build_stream(plan), plan.generation_id, plan.behaviour, on_end)

    def _chat(self, call: Call) -> JsonReply | StreamReply:
        body = self._check_inference_body(call)
        self._require_messages(body)
        max_tokens = body.get("max_completion_tokens", body.get("max_tokens"))
        response_format = body.get("response_format")
        schema = None
        if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
            wrapper = response_format.get("json_schema")
            schema = _schema_of(wrapper.get("schema") if isinstance(wrapper, dict) else None)
        rounds = sum(
            1
            for message in body["messages"]
            if isinstance(message, dict) and message.get("role") == "assistant" and message.get("tool_calls")
        )
        plan = self._plan(
            call,
            prompt=last_user_text(body["messages"]),
            max_tokens=max_tokens,
            tools=body.get("tools"),
            response_schema=schema,
            tool_rounds_done=rounds,
        )
        return self._answer(plan, body, chat_completion_body, chat_stream, "completions")

    def _responses(self, call: Call) -> JsonReply | StreamReply:
        body = self._check_inference_body(call)
        given = body.get("input")
        if given is not None and not isinstance(given, (str, list)):
            raise ApiProblem(400, "input must be a string or an array of input items")
        prompt = given if isinstance(given, str) else ""
        if isinstance(given, list):
            for item in reversed(given):
                if isinstance(item, dict) and item.get("role", "user") == "user" and "content" in item:
                    prompt = text_of_content(item["content"])
                    break
        text = body.get("text")
        text_format = text.get("format") if isinstance(text, dict) else None
        schema = None
        if isinstance(text_format, dict) and text_format.get("type") == "json_schema":
            schema = _schema_of(text_format.get("schema"))
        # A round is a run of function_call items: parallel calls sit side by side in the input.
        rounds, previous = 0, False
        for item in given if isinstance(given, list) else []:
            is_call = isinstance(item, dict) and item.get("type") == "function_call"
            rounds += is_call and not previous
            previous = is_call
        plan = self._plan(
            call,
            prompt=prompt,
            max_tokens=body.get("max_output_tokens"),
            tools=body.get("tools"),
            response_schema=schema,
            tool_rounds_done=rounds,
        )
        return self._answer(plan, body, responses_body, responses_stream, "completions")

    def _messages(self, call: Call) -> JsonReply | StreamReply:
        body = self._check_inference_body(call)
        if not isinstance(body.get("model"), str) or not body["model"]:
            raise ApiProblem(400, "model: Field required")
        self._require_messages(body)
        if body.get("fallbacks") is not None and body.get("models") is not None:
            raise ApiProblem(400, "fallbacks and models cannot be used together")
        plan = self._plan(
            call, prompt=last_user_text(body["messages"]), max_tokens=body.get("max_tokens"), tools=body.get("tools")
        )
        return self._answer(plan, body, messages_body, messages_stream, "completions")

    def _record_generation(self, plan: CompletionPlan, *, streamed: bool, api_type: str) -> None:
        # api_type is one of the spec's GenerationResponse values: chat, responses and messages are all text
        # generations ("completions"); the spec has no value of its own for the other two.
        record = {
            "id": plan.generation_id,
            "upstream_id": "up-" + plan.generation_id.removeprefix("gen-"),
            "total_cost": plan.cost,
            "cache_discount": None,
            "upstream_inference_cost": None,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(plan.created)),
            "model": plan.model,
            "app_id": None,
            "streamed": streamed,
            "cancelled": False,
            "provider_name": plan.behaviour.provider,
            "latency": 1,
            "moderation_latency": None,
            "generation_time": 1,
            "finish_reason": plan.finish_reason,
            "native_finish_reason": plan.finish_reason,
            "tokens_prompt": plan.prompt_tokens,
            "tokens_completion": plan.completion_tokens,
            "native_tokens_prompt": plan.prompt_tokens,
            "native_tokens_completion": plan.completion_tokens,
            "native_tokens_completion_images": 0,
            "native_tokens_reasoning": plan.reasoning_tokens,
            "native_tokens_cached": 0,
            "num_media_prompt": None,
            "num_input_audio_prompt": None,
            "num_media_completion": 0,
            "num_search_results": None,
            "origin": "",
            "usage": plan.cost,
            "is_byok": False,
            "external_user": None,
            "api_type": api_type,
            "router": None,
            "service_tier": None,
            "num_fetches": None,
            "web_search_engine": None,
            "preset_id": None,
            "provider_responses": None,
            "user_agent": None,
            "http_referer": None,
            "data_region": "global",
            "workspace_id": None,
        }
        with self._lock:
            self.generations[plan.generation_id] = record

    def _generation(self, call: Call) -> JsonReply:
        generation_id = call.query.get("id")
        if not generation_id:
            raise ApiProblem(400, "id is required")
        with self._lock:
            record = self.generations.get(generation_id)
            if record is None:
                raise ApiProblem(404, f"Generation {generation_id} not found")
            return JsonReply(200, {"data": dict(record)})

    # -- catalog and account ------------------------------------------------------------------------------------

    def _models(self, call: Call) -> JsonReply:
        return JsonReply(200, models_page(self.models, call.query, self.base_url))

    def _model(self, call: Call) -> JsonReply:
        slug = f"{call.params['author']}/{call.params['slug']}"
        for model in self.models:
            if model["id"] == slug:
                return JsonReply(200, {"data": dict(model)})
        raise ApiProblem(404, f"Model {slug} not found")

    def _providers(self, call: Call) -> JsonReply:
        return JsonReply(200, providers_body())

    def _usage_total(self) -> float:
        with self._lock:
            return round(sum(float(g["total_cost"]) for g in self.generations.values()), 12)

    def _credits(self, call: Call) -> JsonReply:
        return JsonReply(200, {"data": {"total_credits": TOTAL_CREDITS, "total_usage": self._usage_total()}})

    def _current_key(self, call: Call) -> JsonReply:
        token = call.headers.get("authorization", "").partition(" ")[2].strip()
        is_management = bool(self.management_key) and token == self.management_key
        return JsonReply(200, current_key_body(key_label(token), self._usage_total(), is_management_key=is_management))

    # -- keys ---------------------------------------------------------------------------------------------------

    def _apply_list_changes(self, call: Call, kind: str, guardrail_id: str | None = None) -> None:
        for change in call.list_changes:
            self.store.change_list(kind, guardrail_id, add=change.add, remove=change.remove, at=change.at)

    def _list_keys(self, call: Call) -> JsonReply:
        include_disabled = boolean_string(call.query, "include_disabled", default=False)
        self._apply_list_changes(call, "keys")
        keys = self.store.visible_keys(include_disabled)
        return JsonReply(200, offset_only_page(keys, call.query, self.keys_page_size))

    def _create_key(self, call: Call) -> JsonReply:
        return JsonReply(201, self.store.create_key(self._json_body(call)))

    def _get_key(self, call: Call) -> JsonReply:
        return JsonReply(200, {"data": dict(self.store.find_key(call.params["hash"]))})

    def _update_key(self, call: Call) -> JsonReply:
        return JsonReply(200, self.store.update_key(call.params["hash"], self._json_body(call)))

    def _delete_key(self, call: Call) -> JsonReply:
        return JsonReply(200, self.store.delete_key(call.params["hash"]))

    @staticmethod
    def _json_body(call: Call) -> Any:
        if call.body_error is not None:
            raise ApiProblem(400, f"Invalid JSON body: {call.body_error}")
        return call.body

    # -- guardrails ---------------------------------------------------------------------------------------------

    def _list_guardrails(self, call: Call) -> JsonReply:
        self._apply_list_changes(call, "guardrails")
        guardrails = self.store.all_guardrails()
        return JsonReply(200, offset_limit_page(guardrails, call.query))

    def _create_guardrail(self, call: Call) -> JsonReply:
        return JsonReply(201, self.store.create_guardrail(self._json_body(call)))

    def _get_guardrail(self, call: Call) -> JsonReply:
        return JsonReply(200, {"data": dict(self.store.find_guardrail(call.params["id"]))})

    def _update_guardrail(self, call: Call) -> JsonReply:
        return JsonReply(200, self.store.update_guardrail(call.params["id"], self._json_body(call)))

    def _delete_guardrail(self, call: Call) -> JsonReply:
        return JsonReply(200, self.store.delete_guardrail(call.params["id"]))

    def _all_key_assignments(self, call: Call) -> JsonReply:
        self._apply_list_changes(call, "key_assignments")
        return JsonReply(200, offset_limit_page(self.store.key_assignments_of(None), call.query))

    def _all_member_assignments(self, call: Call) -> JsonReply:
        self._apply_list_changes(call, "member_assignments")
        return JsonReply(200, offset_limit_page(self.store.member_assignments_of(None), call.query))

    def _guardrail_key_assignments(self, call: Call) -> JsonReply:
        guardrail_id = call.params["id"]
        self._apply_list_changes(call, "key_assignments", guardrail_id)
        return JsonReply(200, offset_limit_page(self.store.key_assignments_of(guardrail_id), call.query))

    def _guardrail_member_assignments(self, call: Call) -> JsonReply:
        guardrail_id = call.params["id"]
        self._apply_list_changes(call, "member_assignments", guardrail_id)
        return JsonReply(200, offset_limit_page(self.store.member_assignments_of(guardrail_id), call.query))

    def _assign_keys(self, call: Call) -> JsonReply:
        return JsonReply(200, self.store.assign_keys(call.params["id"], self._json_body(call)))

    def _unassign_keys(self, call: Call) -> JsonReply:
        return JsonReply(200, self.store.unassign_keys(call.params["id"], self._json_body(call)))

    def _assign_members(self, call: Call) -> JsonReply:
        return JsonReply(200, self.store.assign_members(call.params["id"], self._json_body(call)))

    def _unassign_members(self, call: Call) -> JsonReply:
        return JsonReply(200, self.store.unassign_members(call.params["id"], self._json_body(call)))
