"""Contains all the data models used in inputs/outputs (each imported on first access)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aa_benchmark_entry import AABenchmarkEntry
    from .activity_item import ActivityItem
    from .activity_response import ActivityResponse
    from .anthropic_base_64_image_source import AnthropicBase64ImageSource
    from .anthropic_base_64_image_source_media_type import AnthropicBase64ImageSourceMediaType
    from .anthropic_base_64_image_source_type import AnthropicBase64ImageSourceType
    from .anthropic_base_64pdf_source import AnthropicBase64PDFSource
    from .anthropic_base_64pdf_source_media_type import AnthropicBase64PDFSourceMediaType
    from .anthropic_base_64pdf_source_type import AnthropicBase64PDFSourceType
    from .anthropic_cache_control import AnthropicCacheControl
    from .anthropic_cache_control_ttl import AnthropicCacheControlTtl
    from .anthropic_cache_control_type import AnthropicCacheControlType
    from .anthropic_citation_char_location import AnthropicCitationCharLocation
    from .anthropic_citation_char_location_type import AnthropicCitationCharLocationType
    from .anthropic_citation_content_block_location import AnthropicCitationContentBlockLocation
    from .anthropic_citation_content_block_location_type import AnthropicCitationContentBlockLocationType
    from .anthropic_citation_page_location import AnthropicCitationPageLocation
    from .anthropic_citation_page_location_type import AnthropicCitationPageLocationType
    from .anthropic_citation_search_result_location import AnthropicCitationSearchResultLocation
    from .anthropic_citation_search_result_location_type import AnthropicCitationSearchResultLocationType
    from .anthropic_citation_web_search_result_location import AnthropicCitationWebSearchResultLocation
    from .anthropic_citation_web_search_result_location_type import AnthropicCitationWebSearchResultLocationType
    from .anthropic_citations_delta import AnthropicCitationsDelta
    from .anthropic_citations_delta_type import AnthropicCitationsDeltaType
    from .anthropic_content_block_delta_event import AnthropicContentBlockDeltaEvent
    from .anthropic_content_block_delta_event_type import AnthropicContentBlockDeltaEventType
    from .anthropic_content_block_source import AnthropicContentBlockSource
    from .anthropic_content_block_source_type import AnthropicContentBlockSourceType
    from .anthropic_content_block_start_event import AnthropicContentBlockStartEvent
    from .anthropic_content_block_start_event_type import AnthropicContentBlockStartEventType
    from .anthropic_content_block_stop_event import AnthropicContentBlockStopEvent
    from .anthropic_content_block_stop_event_type import AnthropicContentBlockStopEventType
    from .anthropic_context_management import AnthropicContextManagement
    from .anthropic_context_management_edits_item import AnthropicContextManagementEditsItem
    from .anthropic_custom_tool import AnthropicCustomTool
    from .anthropic_custom_tool_input_schema import AnthropicCustomToolInputSchema
    from .anthropic_custom_tool_type_type_1 import AnthropicCustomToolTypeType1
    from .anthropic_custom_tool_type_type_2_type_1 import AnthropicCustomToolTypeType2Type1
    from .anthropic_custom_tool_type_type_3_type_1 import AnthropicCustomToolTypeType3Type1
    from .anthropic_document_block_param import AnthropicDocumentBlockParam
    from .anthropic_document_block_param_citations import AnthropicDocumentBlockParamCitations
    from .anthropic_document_block_param_type import AnthropicDocumentBlockParamType
    from .anthropic_error_detail import AnthropicErrorDetail
    from .anthropic_error_event import AnthropicErrorEvent
    from .anthropic_error_event_type import AnthropicErrorEventType
    from .anthropic_error_response import AnthropicErrorResponse
    from .anthropic_error_response_type import AnthropicErrorResponseType
    from .anthropic_fallback_model import AnthropicFallbackModel
    from .anthropic_image_block_param import AnthropicImageBlockParam
    from .anthropic_image_block_param_type import AnthropicImageBlockParamType
    from .anthropic_input_json_delta import AnthropicInputJsonDelta
    from .anthropic_input_json_delta_type import AnthropicInputJsonDeltaType
    from .anthropic_message_delta_event import AnthropicMessageDeltaEvent
    from .anthropic_message_delta_event_delta import AnthropicMessageDeltaEventDelta
    from .anthropic_message_delta_event_type import AnthropicMessageDeltaEventType
    from .anthropic_message_start_event import AnthropicMessageStartEvent
    from .anthropic_message_start_event_type import AnthropicMessageStartEventType
    from .anthropic_message_stop_event import AnthropicMessageStopEvent
    from .anthropic_message_stop_event_type import AnthropicMessageStopEventType
    from .anthropic_messages_metadata import AnthropicMessagesMetadata
    from .anthropic_messages_request import AnthropicMessagesRequest
    from .anthropic_messages_request_service_tier import AnthropicMessagesRequestServiceTier
    from .anthropic_messages_response import AnthropicMessagesResponse
    from .anthropic_messages_response_role import AnthropicMessagesResponseRole
    from .anthropic_messages_response_type import AnthropicMessagesResponseType
    from .anthropic_output_config import AnthropicOutputConfig
    from .anthropic_output_config_effort_type_1 import AnthropicOutputConfigEffortType1
    from .anthropic_output_config_effort_type_2_type_1 import AnthropicOutputConfigEffortType2Type1
    from .anthropic_output_config_effort_type_3_type_1 import AnthropicOutputConfigEffortType3Type1
    from .anthropic_output_config_format_type_0 import AnthropicOutputConfigFormatType0
    from .anthropic_output_config_format_type_0_schema import AnthropicOutputConfigFormatType0Schema
    from .anthropic_output_config_format_type_0_type import AnthropicOutputConfigFormatType0Type
    from .anthropic_ping_event import AnthropicPingEvent
    from .anthropic_ping_event_type import AnthropicPingEventType
    from .anthropic_plain_text_source import AnthropicPlainTextSource
    from .anthropic_plain_text_source_media_type import AnthropicPlainTextSourceMediaType
    from .anthropic_plain_text_source_type import AnthropicPlainTextSourceType
    from .anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from .anthropic_redacted_thinking_block_type import AnthropicRedactedThinkingBlockType
    from .anthropic_server_tool import AnthropicServerTool
    from .anthropic_server_tool_use_block import AnthropicServerToolUseBlock
    from .anthropic_server_tool_use_block_input import AnthropicServerToolUseBlockInput
    from .anthropic_server_tool_use_block_type import AnthropicServerToolUseBlockType
    from .anthropic_signature_delta import AnthropicSignatureDelta
    from .anthropic_signature_delta_type import AnthropicSignatureDeltaType
    from .anthropic_stop_reason import AnthropicStopReason
    from .anthropic_stream_usage import AnthropicStreamUsage
    from .anthropic_stream_usage_server_tool_use_type_0 import AnthropicStreamUsageServerToolUseType0
    from .anthropic_text_block import AnthropicTextBlock
    from .anthropic_text_block_param import AnthropicTextBlockParam
    from .anthropic_text_block_param_type import AnthropicTextBlockParamType
    from .anthropic_text_block_type import AnthropicTextBlockType
    from .anthropic_text_delta import AnthropicTextDelta
    from .anthropic_text_delta_type import AnthropicTextDeltaType
    from .anthropic_thinking_adaptive import AnthropicThinkingAdaptive
    from .anthropic_thinking_adaptive_type import AnthropicThinkingAdaptiveType
    from .anthropic_thinking_block import AnthropicThinkingBlock
    from .anthropic_thinking_block_type import AnthropicThinkingBlockType
    from .anthropic_thinking_delta import AnthropicThinkingDelta
    from .anthropic_thinking_delta_type import AnthropicThinkingDeltaType
    from .anthropic_thinking_disabled import AnthropicThinkingDisabled
    from .anthropic_thinking_disabled_type import AnthropicThinkingDisabledType
    from .anthropic_thinking_enabled import AnthropicThinkingEnabled
    from .anthropic_thinking_enabled_type import AnthropicThinkingEnabledType
    from .anthropic_tool_choice_any import AnthropicToolChoiceAny
    from .anthropic_tool_choice_any_type import AnthropicToolChoiceAnyType
    from .anthropic_tool_choice_auto import AnthropicToolChoiceAuto
    from .anthropic_tool_choice_auto_type import AnthropicToolChoiceAutoType
    from .anthropic_tool_choice_none import AnthropicToolChoiceNone
    from .anthropic_tool_choice_none_type import AnthropicToolChoiceNoneType
    from .anthropic_tool_choice_tool import AnthropicToolChoiceTool
    from .anthropic_tool_choice_tool_type import AnthropicToolChoiceToolType
    from .anthropic_tool_result_block_param import AnthropicToolResultBlockParam
    from .anthropic_tool_result_block_param_type import AnthropicToolResultBlockParamType
    from .anthropic_tool_use_block import AnthropicToolUseBlock
    from .anthropic_tool_use_block_input import AnthropicToolUseBlockInput
    from .anthropic_tool_use_block_param import AnthropicToolUseBlockParam
    from .anthropic_tool_use_block_param_input import AnthropicToolUseBlockParamInput
    from .anthropic_tool_use_block_param_type import AnthropicToolUseBlockParamType
    from .anthropic_tool_use_block_type import AnthropicToolUseBlockType
    from .anthropic_url_source import AnthropicURLSource
    from .anthropic_url_source_type import AnthropicURLSourceType
    from .anthropic_usage import AnthropicUsage
    from .anthropic_usage_cache_creation_type_0 import AnthropicUsageCacheCreationType0
    from .anthropic_usage_server_tool_use_type_0 import AnthropicUsageServerToolUseType0
    from .anthropic_usage_service_tier_type_1 import AnthropicUsageServiceTierType1
    from .anthropic_usage_service_tier_type_2_type_1 import AnthropicUsageServiceTierType2Type1
    from .anthropic_usage_service_tier_type_3_type_1 import AnthropicUsageServiceTierType3Type1
    from .anthropic_web_search_tool_result_block import AnthropicWebSearchToolResultBlock
    from .anthropic_web_search_tool_result_block_content_type_0_item import (
        AnthropicWebSearchToolResultBlockContentType0Item,
    )
    from .anthropic_web_search_tool_result_block_content_type_1 import AnthropicWebSearchToolResultBlockContentType1
    from .anthropic_web_search_tool_result_block_type import AnthropicWebSearchToolResultBlockType
    from .api_key_info import ApiKeyInfo
    from .assign_keys_request import AssignKeysRequest
    from .assign_keys_response import AssignKeysResponse
    from .assign_members_request import AssignMembersRequest
    from .assign_members_response import AssignMembersResponse
    from .assistant_message import AssistantMessage
    from .assistant_message_image import AssistantMessageImage
    from .assistant_message_image_image_url import AssistantMessageImageImageUrl
    from .assistant_message_image_type import AssistantMessageImageType
    from .assistant_message_phase_type_0 import AssistantMessagePhaseType0
    from .assistant_message_role import AssistantMessageRole
    from .auth_key_request import AuthKeyRequest
    from .auth_key_request_code_challenge_method_type_1 import AuthKeyRequestCodeChallengeMethodType1
    from .auth_key_request_code_challenge_method_type_2_type_1 import AuthKeyRequestCodeChallengeMethodType2Type1
    from .auth_key_request_code_challenge_method_type_3_type_1 import AuthKeyRequestCodeChallengeMethodType3Type1
    from .auth_key_response import AuthKeyResponse
    from .auto_router_plugin import AutoRouterPlugin
    from .auto_router_plugin_id import AutoRouterPluginId
    from .bulk_assign_keys_to_guardrail_x_open_router_metadata import BulkAssignKeysToGuardrailXOpenRouterMetadata
    from .bulk_assign_members_to_guardrail_x_open_router_metadata import BulkAssignMembersToGuardrailXOpenRouterMetadata
    from .bulk_unassign_keys_from_guardrail_x_open_router_metadata import (
        BulkUnassignKeysFromGuardrailXOpenRouterMetadata,
    )
    from .bulk_unassign_members_from_guardrail_x_open_router_metadata import (
        BulkUnassignMembersFromGuardrailXOpenRouterMetadata,
    )
    from .chat_completion_audio_output import ChatCompletionAudioOutput
    from .chat_completion_finish_reason import ChatCompletionFinishReason
    from .chat_generation_params import ChatGenerationParams
    from .chat_generation_params_logit_bias_type_0 import ChatGenerationParamsLogitBiasType0
    from .chat_generation_params_metadata import ChatGenerationParamsMetadata
    from .chat_generation_params_modalities_item import ChatGenerationParamsModalitiesItem
    from .chat_generation_params_prompt_cache_options_type_0 import ChatGenerationParamsPromptCacheOptionsType0
    from .chat_generation_params_service_tier_type_1 import ChatGenerationParamsServiceTierType1
    from .chat_generation_params_service_tier_type_2_type_1 import ChatGenerationParamsServiceTierType2Type1
    from .chat_generation_params_service_tier_type_3_type_1 import ChatGenerationParamsServiceTierType3Type1
    from .chat_generation_token_usage import ChatGenerationTokenUsage
    from .chat_generation_token_usage_completion_tokens_details_type_0 import (
        ChatGenerationTokenUsageCompletionTokensDetailsType0,
    )
    from .chat_generation_token_usage_prompt_tokens_details_type_0 import (
        ChatGenerationTokenUsagePromptTokensDetailsType0,
    )
    from .chat_message_annotation import ChatMessageAnnotation
    from .chat_message_annotation_type import ChatMessageAnnotationType
    from .chat_message_annotation_url_citation import ChatMessageAnnotationUrlCitation
    from .chat_message_content_item_audio import ChatMessageContentItemAudio
    from .chat_message_content_item_audio_input_audio import ChatMessageContentItemAudioInputAudio
    from .chat_message_content_item_audio_type import ChatMessageContentItemAudioType
    from .chat_message_content_item_file import ChatMessageContentItemFile
    from .chat_message_content_item_file_file import ChatMessageContentItemFileFile
    from .chat_message_content_item_file_type import ChatMessageContentItemFileType
    from .chat_message_content_item_image import ChatMessageContentItemImage
    from .chat_message_content_item_image_image_url import ChatMessageContentItemImageImageUrl
    from .chat_message_content_item_image_image_url_detail import ChatMessageContentItemImageImageUrlDetail
    from .chat_message_content_item_image_type import ChatMessageContentItemImageType
    from .chat_message_content_item_text import ChatMessageContentItemText
    from .chat_message_content_item_text_type import ChatMessageContentItemTextType
    from .chat_message_content_item_video import ChatMessageContentItemVideo
    from .chat_message_content_item_video_legacy import ChatMessageContentItemVideoLegacy
    from .chat_message_content_item_video_legacy_type import ChatMessageContentItemVideoLegacyType
    from .chat_message_content_item_video_type import ChatMessageContentItemVideoType
    from .chat_message_token_logprob import ChatMessageTokenLogprob
    from .chat_message_token_logprob_top_logprobs_item import ChatMessageTokenLogprobTopLogprobsItem
    from .chat_message_token_logprobs import ChatMessageTokenLogprobs
    from .chat_message_tool_call import ChatMessageToolCall
    from .chat_message_tool_call_function import ChatMessageToolCallFunction
    from .chat_message_tool_call_type import ChatMessageToolCallType
    from .chat_prediction import ChatPrediction
    from .chat_prediction_type import ChatPredictionType
    from .chat_reasoning_config import ChatReasoningConfig
    from .chat_response import ChatResponse
    from .chat_response_choice import ChatResponseChoice
    from .chat_response_object import ChatResponseObject
    from .chat_stream_error import ChatStreamError
    from .chat_stream_error_metadata_type_0 import ChatStreamErrorMetadataType0
    from .chat_stream_options import ChatStreamOptions
    from .chat_streaming_choice import ChatStreamingChoice
    from .chat_streaming_delta import ChatStreamingDelta
    from .chat_streaming_delta_role import ChatStreamingDeltaRole
    from .chat_streaming_response_chunk import ChatStreamingResponseChunk
    from .chat_streaming_response_chunk_object import ChatStreamingResponseChunkObject
    from .chat_streaming_tool_call import ChatStreamingToolCall
    from .chat_streaming_tool_call_function import ChatStreamingToolCallFunction
    from .chat_streaming_tool_call_type import ChatStreamingToolCallType
    from .coinbase_credit_data import CoinbaseCreditData
    from .coinbase_credit_response import CoinbaseCreditResponse
    from .content_filter_builtin_entry import ContentFilterBuiltinEntry
    from .content_filter_entry import ContentFilterEntry
    from .cost_details import CostDetails
    from .create_auth_keys_code_x_open_router_metadata import CreateAuthKeysCodeXOpenRouterMetadata
    from .create_charge_request import CreateChargeRequest
    from .create_charge_request_chain_id import CreateChargeRequestChainId
    from .create_coinbase_charge_x_open_router_metadata import CreateCoinbaseChargeXOpenRouterMetadata
    from .create_embeddings_request import CreateEmbeddingsRequest
    from .create_embeddings_request_encoding_format import CreateEmbeddingsRequestEncodingFormat
    from .create_embeddings_response import CreateEmbeddingsResponse
    from .create_embeddings_response_object import CreateEmbeddingsResponseObject
    from .create_embeddings_response_usage import CreateEmbeddingsResponseUsage
    from .create_guardrail_request import CreateGuardrailRequest
    from .create_guardrail_response import CreateGuardrailResponse
    from .create_guardrail_x_open_router_metadata import CreateGuardrailXOpenRouterMetadata
    from .create_key_request import CreateKeyRequest
    from .create_key_request_limit_reset_type_1 import CreateKeyRequestLimitResetType1
    from .create_key_request_limit_reset_type_2_type_1 import CreateKeyRequestLimitResetType2Type1
    from .create_key_request_limit_reset_type_3_type_1 import CreateKeyRequestLimitResetType3Type1
    from .create_key_response import CreateKeyResponse
    from .create_keys_x_open_router_metadata import CreateKeysXOpenRouterMetadata
    from .create_messages_x_open_router_metadata import CreateMessagesXOpenRouterMetadata
    from .create_responses_x_open_router_metadata import CreateResponsesXOpenRouterMetadata
    from .credits_data import CreditsData
    from .credits_response import CreditsResponse
    from .current_key_data import CurrentKeyData
    from .current_key_response import CurrentKeyResponse
    from .da_benchmark_entry import DABenchmarkEntry
    from .data_collection import DataCollection
    from .debug_options import DebugOptions
    from .default_parameters import DefaultParameters
    from .delete_guardrail_response import DeleteGuardrailResponse
    from .delete_guardrail_x_open_router_metadata import DeleteGuardrailXOpenRouterMetadata
    from .delete_key_response import DeleteKeyResponse
    from .delete_keys_x_open_router_metadata import DeleteKeysXOpenRouterMetadata
    from .deprecated_route import DeprecatedRoute
    from .developer_message import DeveloperMessage
    from .developer_message_role import DeveloperMessageRole
    from .embedding import Embedding
    from .embedding_object import EmbeddingObject
    from .embeddings_multimodal_input import EmbeddingsMultimodalInput
    from .endpoint_status import EndpointStatus
    from .error_detail import ErrorDetail
    from .error_detail_metadata_type_0 import ErrorDetailMetadataType0
    from .error_response import ErrorResponse
    from .exchange_auth_code_for_api_key_x_open_router_metadata import ExchangeAuthCodeForApiKeyXOpenRouterMetadata
    from .file_citation import FileCitation
    from .file_citation_type import FileCitationType
    from .file_parser_plugin import FileParserPlugin
    from .file_parser_plugin_id import FileParserPluginId
    from .file_path import FilePath
    from .file_path_type import FilePathType
    from .generation_content_data import GenerationContentData
    from .generation_content_data_input_option_1 import GenerationContentDataInputOption1
    from .generation_content_data_input_option_2 import GenerationContentDataInputOption2
    from .generation_content_data_output import GenerationContentDataOutput
    from .generation_content_error import GenerationContentError
    from .generation_content_error_attempt import GenerationContentErrorAttempt
    from .generation_content_response import GenerationContentResponse
    from .generation_data import GenerationData
    from .generation_data_api_type_type_1 import GenerationDataApiTypeType1
    from .generation_data_api_type_type_2_type_1 import GenerationDataApiTypeType2Type1
    from .generation_data_api_type_type_3_type_1 import GenerationDataApiTypeType3Type1
    from .generation_data_data_region import GenerationDataDataRegion
    from .generation_response import GenerationResponse
    from .get_credits_x_open_router_metadata import GetCreditsXOpenRouterMetadata
    from .get_current_key_x_open_router_metadata import GetCurrentKeyXOpenRouterMetadata
    from .get_generation_x_open_router_metadata import GetGenerationXOpenRouterMetadata
    from .get_guardrail_response import GetGuardrailResponse
    from .get_guardrail_x_open_router_metadata import GetGuardrailXOpenRouterMetadata
    from .get_key_x_open_router_metadata import GetKeyXOpenRouterMetadata
    from .get_models_category import GetModelsCategory
    from .get_models_distillable import GetModelsDistillable
    from .get_models_region import GetModelsRegion
    from .get_models_sort import GetModelsSort
    from .get_models_x_open_router_metadata import GetModelsXOpenRouterMetadata
    from .get_models_zdr import GetModelsZdr
    from .get_user_activity_group_by import GetUserActivityGroupBy
    from .get_user_activity_x_open_router_metadata import GetUserActivityXOpenRouterMetadata
    from .guardrail import Guardrail
    from .guardrail_interval import GuardrailInterval
    from .guardrail_key_assignments_response import GuardrailKeyAssignmentsResponse
    from .guardrail_list_response import GuardrailListResponse
    from .guardrail_member_assignments_response import GuardrailMemberAssignmentsResponse
    from .image_config import ImageConfig
    from .image_generation_status import ImageGenerationStatus
    from .input_modality import InputModality
    from .instruct_type import InstructType
    from .json_schema_config import JSONSchemaConfig
    from .json_schema_config_schema import JSONSchemaConfigSchema
    from .key_assignment import KeyAssignment
    from .key_code_data import KeyCodeData
    from .key_code_request import KeyCodeRequest
    from .key_code_request_code_challenge_method import KeyCodeRequestCodeChallengeMethod
    from .key_code_request_usage_limit_type import KeyCodeRequestUsageLimitType
    from .key_code_response import KeyCodeResponse
    from .key_details_response import KeyDetailsResponse
    from .key_rate_limit import KeyRateLimit
    from .keys_list_response import KeysListResponse
    from .list_endpoints_response import ListEndpointsResponse
    from .list_endpoints_response_architecture import ListEndpointsResponseArchitecture
    from .list_endpoints_x_open_router_metadata import ListEndpointsXOpenRouterMetadata
    from .list_endpoints_zdr_x_open_router_metadata import ListEndpointsZdrXOpenRouterMetadata
    from .list_generation_content_x_open_router_metadata import ListGenerationContentXOpenRouterMetadata
    from .list_guardrail_key_assignments_x_open_router_metadata import ListGuardrailKeyAssignmentsXOpenRouterMetadata
    from .list_guardrail_member_assignments_x_open_router_metadata import (
        ListGuardrailMemberAssignmentsXOpenRouterMetadata,
    )
    from .list_guardrails_x_open_router_metadata import ListGuardrailsXOpenRouterMetadata
    from .list_key_assignments_x_open_router_metadata import ListKeyAssignmentsXOpenRouterMetadata
    from .list_member_assignments_x_open_router_metadata import ListMemberAssignmentsXOpenRouterMetadata
    from .list_models_count_x_open_router_metadata import ListModelsCountXOpenRouterMetadata
    from .list_models_user_x_open_router_metadata import ListModelsUserXOpenRouterMetadata
    from .list_providers_x_open_router_metadata import ListProvidersXOpenRouterMetadata
    from .list_x_open_router_metadata import ListXOpenRouterMetadata
    from .member_assignment import MemberAssignment
    from .message_phase_type_0 import MessagePhaseType0
    from .model import Model
    from .model_alias_target import ModelAliasTarget
    from .model_architecture import ModelArchitecture
    from .model_benchmarks import ModelBenchmarks
    from .model_endpoints_response import ModelEndpointsResponse
    from .model_group import ModelGroup
    from .model_links import ModelLinks
    from .model_reasoning import ModelReasoning
    from .model_reasoning_effort import ModelReasoningEffort
    from .models_count_response import ModelsCountResponse
    from .models_count_response_data import ModelsCountResponseData
    from .models_list_response import ModelsListResponse
    from .models_list_response_links import ModelsListResponseLinks
    from .moderation_plugin import ModerationPlugin
    from .moderation_plugin_id import ModerationPluginId
    from .named_tool_choice import NamedToolChoice
    from .named_tool_choice_function import NamedToolChoiceFunction
    from .named_tool_choice_type import NamedToolChoiceType
    from .open_ai_responses_includable import OpenAIResponsesIncludable
    from .open_ai_responses_incomplete_details import OpenAIResponsesIncompleteDetails
    from .open_ai_responses_incomplete_details_reason import OpenAIResponsesIncompleteDetailsReason
    from .open_ai_responses_prompt import OpenAIResponsesPrompt
    from .open_ai_responses_prompt_variables_type_0 import OpenAIResponsesPromptVariablesType0
    from .open_ai_responses_reasoning_config import OpenAIResponsesReasoningConfig
    from .open_ai_responses_reasoning_effort import OpenAIResponsesReasoningEffort
    from .open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from .open_ai_responses_refusal_content_type import OpenAIResponsesRefusalContentType
    from .open_ai_responses_response_status import OpenAIResponsesResponseStatus
    from .open_ai_responses_service_tier import OpenAIResponsesServiceTier
    from .open_ai_responses_tool_choice_type_0 import OpenAIResponsesToolChoiceType0
    from .open_ai_responses_truncation import OpenAIResponsesTruncation
    from .open_ai_responses_usage import OpenAIResponsesUsage
    from .open_ai_responses_usage_input_tokens_details import OpenAIResponsesUsageInputTokensDetails
    from .open_ai_responses_usage_output_tokens_details import OpenAIResponsesUsageOutputTokensDetails
    from .open_responses_apply_patch_tool import OpenResponsesApplyPatchTool
    from .open_responses_apply_patch_tool_type import OpenResponsesApplyPatchToolType
    from .open_responses_code_interpreter_tool import OpenResponsesCodeInterpreterTool
    from .open_responses_code_interpreter_tool_container_type_1 import OpenResponsesCodeInterpreterToolContainerType1
    from .open_responses_code_interpreter_tool_type import OpenResponsesCodeInterpreterToolType
    from .open_responses_computer_tool import OpenResponsesComputerTool
    from .open_responses_computer_tool_environment import OpenResponsesComputerToolEnvironment
    from .open_responses_computer_tool_type import OpenResponsesComputerToolType
    from .open_responses_custom_tool import OpenResponsesCustomTool
    from .open_responses_custom_tool_format_grammar import OpenResponsesCustomToolFormatGrammar
    from .open_responses_custom_tool_format_grammar_syntax import OpenResponsesCustomToolFormatGrammarSyntax
    from .open_responses_custom_tool_format_grammar_type import OpenResponsesCustomToolFormatGrammarType
    from .open_responses_custom_tool_format_text import OpenResponsesCustomToolFormatText
    from .open_responses_custom_tool_format_text_type import OpenResponsesCustomToolFormatTextType
    from .open_responses_custom_tool_type import OpenResponsesCustomToolType
    from .open_responses_easy_input_message import OpenResponsesEasyInputMessage
    from .open_responses_easy_input_message_role import OpenResponsesEasyInputMessageRole
    from .open_responses_easy_input_message_type import OpenResponsesEasyInputMessageType
    from .open_responses_file_search_tool import OpenResponsesFileSearchTool
    from .open_responses_file_search_tool_filters_type_0 import OpenResponsesFileSearchToolFiltersType0
    from .open_responses_file_search_tool_ranking_options import OpenResponsesFileSearchToolRankingOptions
    from .open_responses_file_search_tool_ranking_options_ranker import OpenResponsesFileSearchToolRankingOptionsRanker
    from .open_responses_file_search_tool_type import OpenResponsesFileSearchToolType
    from .open_responses_function_call_output import OpenResponsesFunctionCallOutput
    from .open_responses_function_call_output_type import OpenResponsesFunctionCallOutputType
    from .open_responses_function_shell_tool import OpenResponsesFunctionShellTool
    from .open_responses_function_shell_tool_type import OpenResponsesFunctionShellToolType
    from .open_responses_function_tool import OpenResponsesFunctionTool
    from .open_responses_function_tool_call import OpenResponsesFunctionToolCall
    from .open_responses_function_tool_call_type import OpenResponsesFunctionToolCallType
    from .open_responses_function_tool_parameters_type_0 import OpenResponsesFunctionToolParametersType0
    from .open_responses_function_tool_type import OpenResponsesFunctionToolType
    from .open_responses_image_generation_tool import OpenResponsesImageGenerationTool
    from .open_responses_image_generation_tool_background import OpenResponsesImageGenerationToolBackground
    from .open_responses_image_generation_tool_input_fidelity_type_1 import (
        OpenResponsesImageGenerationToolInputFidelityType1,
    )
    from .open_responses_image_generation_tool_input_fidelity_type_2_type_1 import (
        OpenResponsesImageGenerationToolInputFidelityType2Type1,
    )
    from .open_responses_image_generation_tool_input_fidelity_type_3_type_1 import (
        OpenResponsesImageGenerationToolInputFidelityType3Type1,
    )
    from .open_responses_image_generation_tool_input_image_mask import OpenResponsesImageGenerationToolInputImageMask
    from .open_responses_image_generation_tool_model import OpenResponsesImageGenerationToolModel
    from .open_responses_image_generation_tool_moderation import OpenResponsesImageGenerationToolModeration
    from .open_responses_image_generation_tool_output_format import OpenResponsesImageGenerationToolOutputFormat
    from .open_responses_image_generation_tool_quality import OpenResponsesImageGenerationToolQuality
    from .open_responses_image_generation_tool_size import OpenResponsesImageGenerationToolSize
    from .open_responses_image_generation_tool_type import OpenResponsesImageGenerationToolType
    from .open_responses_input_message_item import OpenResponsesInputMessageItem
    from .open_responses_input_message_item_role import OpenResponsesInputMessageItemRole
    from .open_responses_input_message_item_type import OpenResponsesInputMessageItemType
    from .open_responses_local_shell_tool import OpenResponsesLocalShellTool
    from .open_responses_local_shell_tool_type import OpenResponsesLocalShellToolType
    from .open_responses_mcp_tool import OpenResponsesMcpTool
    from .open_responses_mcp_tool_allowed_tools_type_1 import OpenResponsesMcpToolAllowedToolsType1
    from .open_responses_mcp_tool_connector_id import OpenResponsesMcpToolConnectorId
    from .open_responses_mcp_tool_headers_type_0 import OpenResponsesMcpToolHeadersType0
    from .open_responses_mcp_tool_require_approval_type_0 import OpenResponsesMcpToolRequireApprovalType0
    from .open_responses_mcp_tool_require_approval_type_1 import OpenResponsesMcpToolRequireApprovalType1
    from .open_responses_mcp_tool_type import OpenResponsesMcpToolType
    from .open_responses_non_streaming_response import OpenResponsesNonStreamingResponse
    from .open_responses_non_streaming_response_object import OpenResponsesNonStreamingResponseObject
    from .open_responses_reasoning_config import OpenResponsesReasoningConfig
    from .open_responses_request import OpenResponsesRequest
    from .open_responses_usage import OpenResponsesUsage
    from .open_responses_web_search_20250826_tool import OpenResponsesWebSearch20250826Tool
    from .open_responses_web_search_20250826_tool_type import OpenResponsesWebSearch20250826ToolType
    from .open_responses_web_search_preview_20250311_tool import OpenResponsesWebSearchPreview20250311Tool
    from .open_responses_web_search_preview_20250311_tool_type import OpenResponsesWebSearchPreview20250311ToolType
    from .open_responses_web_search_preview_tool import OpenResponsesWebSearchPreviewTool
    from .open_responses_web_search_preview_tool_type import OpenResponsesWebSearchPreviewToolType
    from .open_responses_web_search_tool import OpenResponsesWebSearchTool
    from .open_responses_web_search_tool_type import OpenResponsesWebSearchToolType
    from .open_router_anthropic_message_param import OpenRouterAnthropicMessageParam
    from .open_router_anthropic_message_param_role import OpenRouterAnthropicMessageParamRole
    from .open_router_metadata import OpenRouterMetadata
    from .open_router_metadata_endpoints import OpenRouterMetadataEndpoints
    from .open_router_metadata_endpoints_available_item import OpenRouterMetadataEndpointsAvailableItem
    from .open_router_metadata_pipeline_item import OpenRouterMetadataPipelineItem
    from .open_router_metadata_pipeline_item_data import OpenRouterMetadataPipelineItemData
    from .open_router_server_tool import OpenRouterServerTool
    from .open_router_server_tool_parameters import OpenRouterServerToolParameters
    from .output_item_reasoning import OutputItemReasoning
    from .output_item_reasoning_type import OutputItemReasoningType
    from .output_modality import OutputModality
    from .parameter import Parameter
    from .pdf_parser_engine import PDFParserEngine
    from .pdf_parser_options import PDFParserOptions
    from .per_request_limits import PerRequestLimits
    from .percentile_latency_cutoffs import PercentileLatencyCutoffs
    from .percentile_stats import PercentileStats
    from .percentile_throughput_cutoffs import PercentileThroughputCutoffs
    from .pricing_override import PricingOverride
    from .provider_info import ProviderInfo
    from .provider_max_price import ProviderMaxPrice
    from .provider_name import ProviderName
    from .provider_preferences import ProviderPreferences
    from .provider_response import ProviderResponse
    from .provider_response_routed_service_tier import ProviderResponseRoutedServiceTier
    from .provider_sort import ProviderSort
    from .provider_sort_config import ProviderSortConfig
    from .provider_sort_config_partition_type_1 import ProviderSortConfigPartitionType1
    from .provider_sort_config_partition_type_2_type_1 import ProviderSortConfigPartitionType2Type1
    from .provider_sort_config_partition_type_3_type_1 import ProviderSortConfigPartitionType3Type1
    from .providers_response import ProvidersResponse
    from .public_endpoint import PublicEndpoint
    from .public_pricing import PublicPricing
    from .quantization import Quantization
    from .reasoning_detail_encrypted import ReasoningDetailEncrypted
    from .reasoning_detail_encrypted_type import ReasoningDetailEncryptedType
    from .reasoning_detail_format import ReasoningDetailFormat
    from .reasoning_detail_summary import ReasoningDetailSummary
    from .reasoning_detail_summary_type import ReasoningDetailSummaryType
    from .reasoning_detail_text import ReasoningDetailText
    from .reasoning_detail_text_type import ReasoningDetailTextType
    from .reasoning_effort import ReasoningEffort
    from .reasoning_summary_text import ReasoningSummaryText
    from .reasoning_summary_text_type import ReasoningSummaryTextType
    from .reasoning_summary_verbosity import ReasoningSummaryVerbosity
    from .reasoning_text_content import ReasoningTextContent
    from .reasoning_text_content_type import ReasoningTextContentType
    from .remove_keys_request import RemoveKeysRequest
    from .remove_keys_response import RemoveKeysResponse
    from .remove_members_request import RemoveMembersRequest
    from .remove_members_response import RemoveMembersResponse
    from .request_metadata import RequestMetadata
    from .response_completed_event import ResponseCompletedEvent
    from .response_completed_event_type import ResponseCompletedEventType
    from .response_content_part_added_event import ResponseContentPartAddedEvent
    from .response_content_part_added_event_type import ResponseContentPartAddedEventType
    from .response_content_part_done_event import ResponseContentPartDoneEvent
    from .response_content_part_done_event_type import ResponseContentPartDoneEventType
    from .response_created_event import ResponseCreatedEvent
    from .response_created_event_type import ResponseCreatedEventType
    from .response_error_event import ResponseErrorEvent
    from .response_error_event_error import ResponseErrorEventError
    from .response_error_event_type import ResponseErrorEventType
    from .response_failed_event import ResponseFailedEvent
    from .response_failed_event_type import ResponseFailedEventType
    from .response_format_json_object import ResponseFormatJSONObject
    from .response_format_json_object_type import ResponseFormatJSONObjectType
    from .response_format_json_schema import ResponseFormatJSONSchema
    from .response_format_json_schema_type import ResponseFormatJSONSchemaType
    from .response_format_text import ResponseFormatText
    from .response_format_text_grammar import ResponseFormatTextGrammar
    from .response_format_text_grammar_type import ResponseFormatTextGrammarType
    from .response_format_text_python import ResponseFormatTextPython
    from .response_format_text_python_type import ResponseFormatTextPythonType
    from .response_format_text_type import ResponseFormatTextType
    from .response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
    from .response_function_call_arguments_delta_event_type import ResponseFunctionCallArgumentsDeltaEventType
    from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
    from .response_function_call_arguments_done_event_type import ResponseFunctionCallArgumentsDoneEventType
    from .response_healing_plugin import ResponseHealingPlugin
    from .response_healing_plugin_id import ResponseHealingPluginId
    from .response_in_progress_event import ResponseInProgressEvent
    from .response_in_progress_event_type import ResponseInProgressEventType
    from .response_incomplete_event import ResponseIncompleteEvent
    from .response_incomplete_event_type import ResponseIncompleteEventType
    from .response_input_audio import ResponseInputAudio
    from .response_input_audio_input_audio import ResponseInputAudioInputAudio
    from .response_input_audio_input_audio_format import ResponseInputAudioInputAudioFormat
    from .response_input_audio_type import ResponseInputAudioType
    from .response_input_file import ResponseInputFile
    from .response_input_file_type import ResponseInputFileType
    from .response_input_image import ResponseInputImage
    from .response_input_image_detail import ResponseInputImageDetail
    from .response_input_image_type import ResponseInputImageType
    from .response_input_text import ResponseInputText
    from .response_input_text_type import ResponseInputTextType
    from .response_input_video import ResponseInputVideo
    from .response_input_video_type import ResponseInputVideoType
    from .response_output_item_added_event import ResponseOutputItemAddedEvent
    from .response_output_item_added_event_type import ResponseOutputItemAddedEventType
    from .response_output_item_done_event import ResponseOutputItemDoneEvent
    from .response_output_item_done_event_type import ResponseOutputItemDoneEventType
    from .response_output_text import ResponseOutputText
    from .response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
    from .response_output_text_annotation_added_event_type import ResponseOutputTextAnnotationAddedEventType
    from .response_output_text_type import ResponseOutputTextType
    from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
    from .response_reasoning_summary_part_added_event_type import ResponseReasoningSummaryPartAddedEventType
    from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
    from .response_reasoning_summary_part_done_event_type import ResponseReasoningSummaryPartDoneEventType
    from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
    from .response_reasoning_summary_text_delta_event_type import ResponseReasoningSummaryTextDeltaEventType
    from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
    from .response_reasoning_summary_text_done_event_type import ResponseReasoningSummaryTextDoneEventType
    from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
    from .response_reasoning_text_delta_event_type import ResponseReasoningTextDeltaEventType
    from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
    from .response_reasoning_text_done_event_type import ResponseReasoningTextDoneEventType
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent
    from .response_refusal_delta_event_type import ResponseRefusalDeltaEventType
    from .response_refusal_done_event import ResponseRefusalDoneEvent
    from .response_refusal_done_event_type import ResponseRefusalDoneEventType
    from .response_text_config import ResponseTextConfig
    from .response_text_config_verbosity_type_1 import ResponseTextConfigVerbosityType1
    from .response_text_config_verbosity_type_2_type_1 import ResponseTextConfigVerbosityType2Type1
    from .response_text_config_verbosity_type_3_type_1 import ResponseTextConfigVerbosityType3Type1
    from .response_text_delta_event import ResponseTextDeltaEvent
    from .response_text_delta_event_type import ResponseTextDeltaEventType
    from .response_text_done_event import ResponseTextDoneEvent
    from .response_text_done_event_type import ResponseTextDoneEventType
    from .responses_error_field import ResponsesErrorField
    from .responses_error_field_code import ResponsesErrorFieldCode
    from .responses_format_json_object import ResponsesFormatJSONObject
    from .responses_format_json_object_type import ResponsesFormatJSONObjectType
    from .responses_format_text import ResponsesFormatText
    from .responses_format_text_json_schema_config import ResponsesFormatTextJSONSchemaConfig
    from .responses_format_text_json_schema_config_schema import ResponsesFormatTextJSONSchemaConfigSchema
    from .responses_format_text_json_schema_config_type import ResponsesFormatTextJSONSchemaConfigType
    from .responses_format_text_type import ResponsesFormatTextType
    from .responses_image_generation_call import ResponsesImageGenerationCall
    from .responses_image_generation_call_type import ResponsesImageGenerationCallType
    from .responses_output_item_file_search_call import ResponsesOutputItemFileSearchCall
    from .responses_output_item_file_search_call_type import ResponsesOutputItemFileSearchCallType
    from .responses_output_item_function_call import ResponsesOutputItemFunctionCall
    from .responses_output_item_function_call_type import ResponsesOutputItemFunctionCallType
    from .responses_output_item_reasoning import ResponsesOutputItemReasoning
    from .responses_output_message import ResponsesOutputMessage
    from .responses_output_message_role import ResponsesOutputMessageRole
    from .responses_output_message_type import ResponsesOutputMessageType
    from .responses_output_modality import ResponsesOutputModality
    from .responses_search_context_size import ResponsesSearchContextSize
    from .responses_token_logprob import ResponsesTokenLogprob
    from .responses_token_logprob_top_logprobs_item import ResponsesTokenLogprobTopLogprobsItem
    from .responses_tool_choice_function import ResponsesToolChoiceFunction
    from .responses_tool_choice_function_type import ResponsesToolChoiceFunctionType
    from .responses_tool_choice_hosted import ResponsesToolChoiceHosted
    from .responses_tool_choice_hosted_type import ResponsesToolChoiceHostedType
    from .responses_web_search_call_output import ResponsesWebSearchCallOutput
    from .responses_web_search_call_output_action_find_in_page import ResponsesWebSearchCallOutputActionFindInPage
    from .responses_web_search_call_output_action_find_in_page_type import (
        ResponsesWebSearchCallOutputActionFindInPageType,
    )
    from .responses_web_search_call_output_action_open_page import ResponsesWebSearchCallOutputActionOpenPage
    from .responses_web_search_call_output_action_open_page_type import ResponsesWebSearchCallOutputActionOpenPageType
    from .responses_web_search_call_output_action_search import ResponsesWebSearchCallOutputActionSearch
    from .responses_web_search_call_output_action_search_sources_item import (
        ResponsesWebSearchCallOutputActionSearchSourcesItem,
    )
    from .responses_web_search_call_output_action_search_sources_item_type import (
        ResponsesWebSearchCallOutputActionSearchSourcesItemType,
    )
    from .responses_web_search_call_output_action_search_type import ResponsesWebSearchCallOutputActionSearchType
    from .responses_web_search_call_output_type import ResponsesWebSearchCallOutputType
    from .responses_web_search_user_location import ResponsesWebSearchUserLocation
    from .responses_web_search_user_location_type import ResponsesWebSearchUserLocationType
    from .send_chat_completion_request_x_open_router_metadata import SendChatCompletionRequestXOpenRouterMetadata
    from .server_tool_choice import ServerToolChoice
    from .server_tool_use_details import ServerToolUseDetails
    from .stop_condition_max_cost import StopConditionMaxCost
    from .stop_condition_max_cost_type import StopConditionMaxCostType
    from .stop_condition_step_count import StopConditionStepCount
    from .stop_condition_step_count_type import StopConditionStepCountType
    from .system_message import SystemMessage
    from .system_message_role import SystemMessageRole
    from .tool_call_status import ToolCallStatus
    from .tool_choice_option_type_0 import ToolChoiceOptionType0
    from .tool_definition_json import ToolDefinitionJson
    from .tool_definition_json_function import ToolDefinitionJsonFunction
    from .tool_definition_json_function_parameters import ToolDefinitionJsonFunctionParameters
    from .tool_definition_json_type import ToolDefinitionJsonType
    from .tool_response_message import ToolResponseMessage
    from .tool_response_message_role import ToolResponseMessageRole
    from .top_provider_info import TopProviderInfo
    from .trace_config import TraceConfig
    from .update_guardrail_request import UpdateGuardrailRequest
    from .update_guardrail_response import UpdateGuardrailResponse
    from .update_guardrail_x_open_router_metadata import UpdateGuardrailXOpenRouterMetadata
    from .update_key_request import UpdateKeyRequest
    from .update_key_request_limit_reset_type_1 import UpdateKeyRequestLimitResetType1
    from .update_key_request_limit_reset_type_2_type_1 import UpdateKeyRequestLimitResetType2Type1
    from .update_key_request_limit_reset_type_3_type_1 import UpdateKeyRequestLimitResetType3Type1
    from .update_key_response import UpdateKeyResponse
    from .update_keys_x_open_router_metadata import UpdateKeysXOpenRouterMetadata
    from .url_citation import URLCitation
    from .url_citation_type import URLCitationType
    from .user_message import UserMessage
    from .user_message_role import UserMessageRole
    from .video_input import VideoInput
    from .web_3_data import Web3Data
    from .web_3_transfer_intent import Web3TransferIntent
    from .web_3_transfer_intent_call_data import Web3TransferIntentCallData
    from .web_3_transfer_intent_metadata import Web3TransferIntentMetadata
    from .web_search_engine import WebSearchEngine
    from .web_search_plugin import WebSearchPlugin
    from .web_search_plugin_id import WebSearchPluginId
    from .web_search_plugin_native_tool_version import WebSearchPluginNativeToolVersion
    from .web_search_preview_tool_user_location import WebSearchPreviewToolUserLocation
    from .web_search_preview_tool_user_location_type import WebSearchPreviewToolUserLocationType
    from .web_search_status import WebSearchStatus
    from .web_search_tool_filters import WebSearchToolFilters
    from .zdr_endpoints_response import ZdrEndpointsResponse

_MODULE_OF: dict[str, str] = {
    "AABenchmarkEntry": ".aa_benchmark_entry",
    "ActivityItem": ".activity_item",
    "ActivityResponse": ".activity_response",
    "AnthropicBase64ImageSource": ".anthropic_base_64_image_source",
    "AnthropicBase64ImageSourceMediaType": ".anthropic_base_64_image_source_media_type",
    "AnthropicBase64ImageSourceType": ".anthropic_base_64_image_source_type",
    "AnthropicBase64PDFSource": ".anthropic_base_64pdf_source",
    "AnthropicBase64PDFSourceMediaType": ".anthropic_base_64pdf_source_media_type",
    "AnthropicBase64PDFSourceType": ".anthropic_base_64pdf_source_type",
    "AnthropicCacheControl": ".anthropic_cache_control",
    "AnthropicCacheControlTtl": ".anthropic_cache_control_ttl",
    "AnthropicCacheControlType": ".anthropic_cache_control_type",
    "AnthropicCitationCharLocation": ".anthropic_citation_char_location",
    "AnthropicCitationCharLocationType": ".anthropic_citation_char_location_type",
    "AnthropicCitationContentBlockLocation": ".anthropic_citation_content_block_location",
    "AnthropicCitationContentBlockLocationType": ".anthropic_citation_content_block_location_type",
    "AnthropicCitationPageLocation": ".anthropic_citation_page_location",
    "AnthropicCitationPageLocationType": ".anthropic_citation_page_location_type",
    "AnthropicCitationSearchResultLocation": ".anthropic_citation_search_result_location",
    "AnthropicCitationSearchResultLocationType": ".anthropic_citation_search_result_location_type",
    "AnthropicCitationWebSearchResultLocation": ".anthropic_citation_web_search_result_location",
    "AnthropicCitationWebSearchResultLocationType": ".anthropic_citation_web_search_result_location_type",
    "AnthropicCitationsDelta": ".anthropic_citations_delta",
    "AnthropicCitationsDeltaType": ".anthropic_citations_delta_type",
    "AnthropicContentBlockDeltaEvent": ".anthropic_content_block_delta_event",
    "AnthropicContentBlockDeltaEventType": ".anthropic_content_block_delta_event_type",
    "AnthropicContentBlockSource": ".anthropic_content_block_source",
    "AnthropicContentBlockSourceType": ".anthropic_content_block_source_type",
    "AnthropicContentBlockStartEvent": ".anthropic_content_block_start_event",
    "AnthropicContentBlockStartEventType": ".anthropic_content_block_start_event_type",
    "AnthropicContentBlockStopEvent": ".anthropic_content_block_stop_event",
    "AnthropicContentBlockStopEventType": ".anthropic_content_block_stop_event_type",
    "AnthropicContextManagement": ".anthropic_context_management",
    "AnthropicContextManagementEditsItem": ".anthropic_context_management_edits_item",
    "AnthropicCustomTool": ".anthropic_custom_tool",
    "AnthropicCustomToolInputSchema": ".anthropic_custom_tool_input_schema",
    "AnthropicCustomToolTypeType1": ".anthropic_custom_tool_type_type_1",
    "AnthropicCustomToolTypeType2Type1": ".anthropic_custom_tool_type_type_2_type_1",
    "AnthropicCustomToolTypeType3Type1": ".anthropic_custom_tool_type_type_3_type_1",
    "AnthropicDocumentBlockParam": ".anthropic_document_block_param",
    "AnthropicDocumentBlockParamCitations": ".anthropic_document_block_param_citations",
    "AnthropicDocumentBlockParamType": ".anthropic_document_block_param_type",
    "AnthropicErrorDetail": ".anthropic_error_detail",
    "AnthropicErrorEvent": ".anthropic_error_event",
    "AnthropicErrorEventType": ".anthropic_error_event_type",
    "AnthropicErrorResponse": ".anthropic_error_response",
    "AnthropicErrorResponseType": ".anthropic_error_response_type",
    "AnthropicFallbackModel": ".anthropic_fallback_model",
    "AnthropicImageBlockParam": ".anthropic_image_block_param",
    "AnthropicImageBlockParamType": ".anthropic_image_block_param_type",
    "AnthropicInputJsonDelta": ".anthropic_input_json_delta",
    "AnthropicInputJsonDeltaType": ".anthropic_input_json_delta_type",
    "AnthropicMessageDeltaEvent": ".anthropic_message_delta_event",
    "AnthropicMessageDeltaEventDelta": ".anthropic_message_delta_event_delta",
    "AnthropicMessageDeltaEventType": ".anthropic_message_delta_event_type",
    "AnthropicMessageStartEvent": ".anthropic_message_start_event",
    "AnthropicMessageStartEventType": ".anthropic_message_start_event_type",
    "AnthropicMessageStopEvent": ".anthropic_message_stop_event",
    "AnthropicMessageStopEventType": ".anthropic_message_stop_event_type",
    "AnthropicMessagesMetadata": ".anthropic_messages_metadata",
    "AnthropicMessagesRequest": ".anthropic_messages_request",
    "AnthropicMessagesRequestServiceTier": ".anthropic_messages_request_service_tier",
    "AnthropicMessagesResponse": ".anthropic_messages_response",
    "AnthropicMessagesResponseRole": ".anthropic_messages_response_role",
    "AnthropicMessagesResponseType": ".anthropic_messages_response_type",
    "AnthropicOutputConfig": ".anthropic_output_config",
    "AnthropicOutputConfigEffortType1": ".anthropic_output_config_effort_type_1",
    "AnthropicOutputConfigEffortType2Type1": ".anthropic_output_config_effort_type_2_type_1",
    "AnthropicOutputConfigEffortType3Type1": ".anthropic_output_config_effort_type_3_type_1",
    "AnthropicOutputConfigFormatType0": ".anthropic_output_config_format_type_0",
    "AnthropicOutputConfigFormatType0Schema": ".anthropic_output_config_format_type_0_schema",
    "AnthropicOutputConfigFormatType0Type": ".anthropic_output_config_format_type_0_type",
    "AnthropicPingEvent": ".anthropic_ping_event",
    "AnthropicPingEventType": ".anthropic_ping_event_type",
    "AnthropicPlainTextSource": ".anthropic_plain_text_source",
    "AnthropicPlainTextSourceMediaType": ".anthropic_plain_text_source_media_type",
    "AnthropicPlainTextSourceType": ".anthropic_plain_text_source_type",
    "AnthropicRedactedThinkingBlock": ".anthropic_redacted_thinking_block",
    "AnthropicRedactedThinkingBlockType": ".anthropic_redacted_thinking_block_type",
    "AnthropicServerTool": ".anthropic_server_tool",
    "AnthropicServerToolUseBlock": ".anthropic_server_tool_use_block",
    "AnthropicServerToolUseBlockInput": ".anthropic_server_tool_use_block_input",
    "AnthropicServerToolUseBlockType": ".anthropic_server_tool_use_block_type",
    "AnthropicSignatureDelta": ".anthropic_signature_delta",
    "AnthropicSignatureDeltaType": ".anthropic_signature_delta_type",
    "AnthropicStopReason": ".anthropic_stop_reason",
    "AnthropicStreamUsage": ".anthropic_stream_usage",
    "AnthropicStreamUsageServerToolUseType0": ".anthropic_stream_usage_server_tool_use_type_0",
    "AnthropicTextBlock": ".anthropic_text_block",
    "AnthropicTextBlockParam": ".anthropic_text_block_param",
    "AnthropicTextBlockParamType": ".anthropic_text_block_param_type",
    "AnthropicTextBlockType": ".anthropic_text_block_type",
    "AnthropicTextDelta": ".anthropic_text_delta",
    "AnthropicTextDeltaType": ".anthropic_text_delta_type",
    "AnthropicThinkingAdaptive": ".anthropic_thinking_adaptive",
    "AnthropicThinkingAdaptiveType": ".anthropic_thinking_adaptive_type",
    "AnthropicThinkingBlock": ".anthropic_thinking_block",
    "AnthropicThinkingBlockType": ".anthropic_thinking_block_type",
    "AnthropicThinkingDelta": ".anthropic_thinking_delta",
    "AnthropicThinkingDeltaType": ".anthropic_thinking_delta_type",
    "AnthropicThinkingDisabled": ".anthropic_thinking_disabled",
    "AnthropicThinkingDisabledType": ".anthropic_thinking_disabled_type",
    "AnthropicThinkingEnabled": ".anthropic_thinking_enabled",
    "AnthropicThinkingEnabledType": ".anthropic_thinking_enabled_type",
    "AnthropicToolChoiceAny": ".anthropic_tool_choice_any",
    "AnthropicToolChoiceAnyType": ".anthropic_tool_choice_any_type",
    "AnthropicToolChoiceAuto": ".anthropic_tool_choice_auto",
    "AnthropicToolChoiceAutoType": ".anthropic_tool_choice_auto_type",
    "AnthropicToolChoiceNone": ".anthropic_tool_choice_none",
    "AnthropicToolChoiceNoneType": ".anthropic_tool_choice_none_type",
    "AnthropicToolChoiceTool": ".anthropic_tool_choice_tool",
    "AnthropicToolChoiceToolType": ".anthropic_tool_choice_tool_type",
    "AnthropicToolResultBlockParam": ".anthropic_tool_result_block_param",
    "AnthropicToolResultBlockParamType": ".anthropic_tool_result_block_param_type",
    "AnthropicToolUseBlock": ".anthropic_tool_use_block",
    "AnthropicToolUseBlockInput": ".anthropic_tool_use_block_input",
    "AnthropicToolUseBlockParam": ".anthropic_tool_use_block_param",
    "AnthropicToolUseBlockParamInput": ".anthropic_tool_use_block_param_input",
    "AnthropicToolUseBlockParamType": ".anthropic_tool_use_block_param_type",
    "AnthropicToolUseBlockType": ".anthropic_tool_use_block_type",
    "AnthropicURLSource": ".anthropic_url_source",
    "AnthropicURLSourceType": ".anthropic_url_source_type",
    "AnthropicUsage": ".anthropic_usage",
    "AnthropicUsageCacheCreationType0": ".anthropic_usage_cache_creation_type_0",
    "AnthropicUsageServerToolUseType0": ".anthropic_usage_server_tool_use_type_0",
    "AnthropicUsageServiceTierType1": ".anthropic_usage_service_tier_type_1",
    "AnthropicUsageServiceTierType2Type1": ".anthropic_usage_service_tier_type_2_type_1",
    "AnthropicUsageServiceTierType3Type1": ".anthropic_usage_service_tier_type_3_type_1",
    "AnthropicWebSearchToolResultBlock": ".anthropic_web_search_tool_result_block",
    "AnthropicWebSearchToolResultBlockContentType0Item": ".anthropic_web_search_tool_result_block_content_type_0_item",
    "AnthropicWebSearchToolResultBlockContentType1": ".anthropic_web_search_tool_result_block_content_type_1",
    "AnthropicWebSearchToolResultBlockType": ".anthropic_web_search_tool_result_block_type",
    "ApiKeyInfo": ".api_key_info",
    "AssignKeysRequest": ".assign_keys_request",
    "AssignKeysResponse": ".assign_keys_response",
    "AssignMembersRequest": ".assign_members_request",
    "AssignMembersResponse": ".assign_members_response",
    "AssistantMessage": ".assistant_message",
    "AssistantMessageImage": ".assistant_message_image",
    "AssistantMessageImageImageUrl": ".assistant_message_image_image_url",
    "AssistantMessageImageType": ".assistant_message_image_type",
    "AssistantMessagePhaseType0": ".assistant_message_phase_type_0",
    "AssistantMessageRole": ".assistant_message_role",
    "AuthKeyRequest": ".auth_key_request",
    "AuthKeyRequestCodeChallengeMethodType1": ".auth_key_request_code_challenge_method_type_1",
    "AuthKeyRequestCodeChallengeMethodType2Type1": ".auth_key_request_code_challenge_method_type_2_type_1",
    "AuthKeyRequestCodeChallengeMethodType3Type1": ".auth_key_request_code_challenge_method_type_3_type_1",
    "AuthKeyResponse": ".auth_key_response",
    "AutoRouterPlugin": ".auto_router_plugin",
    "AutoRouterPluginId": ".auto_router_plugin_id",
    "BulkAssignKeysToGuardrailXOpenRouterMetadata": ".bulk_assign_keys_to_guardrail_x_open_router_metadata",
    "BulkAssignMembersToGuardrailXOpenRouterMetadata": ".bulk_assign_members_to_guardrail_x_open_router_metadata",
    "BulkUnassignKeysFromGuardrailXOpenRouterMetadata": ".bulk_unassign_keys_from_guardrail_x_open_router_metadata",
    "BulkUnassignMembersFromGuardrailXOpenRouterMetadata": ".bulk_unassign_members_from_guardrail_x_open_router_metadata",
    "ChatCompletionAudioOutput": ".chat_completion_audio_output",
    "ChatCompletionFinishReason": ".chat_completion_finish_reason",
    "ChatGenerationParams": ".chat_generation_params",
    "ChatGenerationParamsLogitBiasType0": ".chat_generation_params_logit_bias_type_0",
    "ChatGenerationParamsMetadata": ".chat_generation_params_metadata",
    "ChatGenerationParamsModalitiesItem": ".chat_generation_params_modalities_item",
    "ChatGenerationParamsPromptCacheOptionsType0": ".chat_generation_params_prompt_cache_options_type_0",
    "ChatGenerationParamsServiceTierType1": ".chat_generation_params_service_tier_type_1",
    "ChatGenerationParamsServiceTierType2Type1": ".chat_generation_params_service_tier_type_2_type_1",
    "ChatGenerationParamsServiceTierType3Type1": ".chat_generation_params_service_tier_type_3_type_1",
    "ChatGenerationTokenUsage": ".chat_generation_token_usage",
    "ChatGenerationTokenUsageCompletionTokensDetailsType0": ".chat_generation_token_usage_completion_tokens_details_type_0",
    "ChatGenerationTokenUsagePromptTokensDetailsType0": ".chat_generation_token_usage_prompt_tokens_details_type_0",
    "ChatMessageAnnotation": ".chat_message_annotation",
    "ChatMessageAnnotationType": ".chat_message_annotation_type",
    "ChatMessageAnnotationUrlCitation": ".chat_message_annotation_url_citation",
    "ChatMessageContentItemAudio": ".chat_message_content_item_audio",
    "ChatMessageContentItemAudioInputAudio": ".chat_message_content_item_audio_input_audio",
    "ChatMessageContentItemAudioType": ".chat_message_content_item_audio_type",
    "ChatMessageContentItemFile": ".chat_message_content_item_file",
    "ChatMessageContentItemFileFile": ".chat_message_content_item_file_file",
    "ChatMessageContentItemFileType": ".chat_message_content_item_file_type",
    "ChatMessageContentItemImage": ".chat_message_content_item_image",
    "ChatMessageContentItemImageImageUrl": ".chat_message_content_item_image_image_url",
    "ChatMessageContentItemImageImageUrlDetail": ".chat_message_content_item_image_image_url_detail",
    "ChatMessageContentItemImageType": ".chat_message_content_item_image_type",
    "ChatMessageContentItemText": ".chat_message_content_item_text",
    "ChatMessageContentItemTextType": ".chat_message_content_item_text_type",
    "ChatMessageContentItemVideo": ".chat_message_content_item_video",
    "ChatMessageContentItemVideoLegacy": ".chat_message_content_item_video_legacy",
    "ChatMessageContentItemVideoLegacyType": ".chat_message_content_item_video_legacy_type",
    "ChatMessageContentItemVideoType": ".chat_message_content_item_video_type",
    "ChatMessageTokenLogprob": ".chat_message_token_logprob",
    "ChatMessageTokenLogprobTopLogprobsItem": ".chat_message_token_logprob_top_logprobs_item",
    "ChatMessageTokenLogprobs": ".chat_message_token_logprobs",
    "ChatMessageToolCall": ".chat_message_tool_call",
    "ChatMessageToolCallFunction": ".chat_message_tool_call_function",
    "ChatMessageToolCallType": ".chat_message_tool_call_type",
    "ChatPrediction": ".chat_prediction",
    "ChatPredictionType": ".chat_prediction_type",
    "ChatReasoningConfig": ".chat_reasoning_config",
    "ChatResponse": ".chat_response",
    "ChatResponseChoice": ".chat_response_choice",
    "ChatResponseObject": ".chat_response_object",
    "ChatStreamError": ".chat_stream_error",
    "ChatStreamErrorMetadataType0": ".chat_stream_error_metadata_type_0",
    "ChatStreamOptions": ".chat_stream_options",
    "ChatStreamingChoice": ".chat_streaming_choice",
    "ChatStreamingDelta": ".chat_streaming_delta",
    "ChatStreamingDeltaRole": ".chat_streaming_delta_role",
    "ChatStreamingResponseChunk": ".chat_streaming_response_chunk",
    "ChatStreamingResponseChunkObject": ".chat_streaming_response_chunk_object",
    "ChatStreamingToolCall": ".chat_streaming_tool_call",
    "ChatStreamingToolCallFunction": ".chat_streaming_tool_call_function",
    "ChatStreamingToolCallType": ".chat_streaming_tool_call_type",
    "CoinbaseCreditData": ".coinbase_credit_data",
    "CoinbaseCreditResponse": ".coinbase_credit_response",
    "ContentFilterBuiltinEntry": ".content_filter_builtin_entry",
    "ContentFilterEntry": ".content_filter_entry",
    "CostDetails": ".cost_details",
    "CreateAuthKeysCodeXOpenRouterMetadata": ".create_auth_keys_code_x_open_router_metadata",
    "CreateChargeRequest": ".create_charge_request",
    "CreateChargeRequestChainId": ".create_charge_request_chain_id",
    "CreateCoinbaseChargeXOpenRouterMetadata": ".create_coinbase_charge_x_open_router_metadata",
    "CreateEmbeddingsRequest": ".create_embeddings_request",
    "CreateEmbeddingsRequestEncodingFormat": ".create_embeddings_request_encoding_format",
    "CreateEmbeddingsResponse": ".create_embeddings_response",
    "CreateEmbeddingsResponseObject": ".create_embeddings_response_object",
    "CreateEmbeddingsResponseUsage": ".create_embeddings_response_usage",
    "CreateGuardrailRequest": ".create_guardrail_request",
    "CreateGuardrailResponse": ".create_guardrail_response",
    "CreateGuardrailXOpenRouterMetadata": ".create_guardrail_x_open_router_metadata",
    "CreateKeyRequest": ".create_key_request",
    "CreateKeyRequestLimitResetType1": ".create_key_request_limit_reset_type_1",
    "CreateKeyRequestLimitResetType2Type1": ".create_key_request_limit_reset_type_2_type_1",
    "CreateKeyRequestLimitResetType3Type1": ".create_key_request_limit_reset_type_3_type_1",
    "CreateKeyResponse": ".create_key_response",
    "CreateKeysXOpenRouterMetadata": ".create_keys_x_open_router_metadata",
    "CreateMessagesXOpenRouterMetadata": ".create_messages_x_open_router_metadata",
    "CreateResponsesXOpenRouterMetadata": ".create_responses_x_open_router_metadata",
    "CreditsData": ".credits_data",
    "CreditsResponse": ".credits_response",
    "CurrentKeyData": ".current_key_data",
    "CurrentKeyResponse": ".current_key_response",
    "DABenchmarkEntry": ".da_benchmark_entry",
    "DataCollection": ".data_collection",
    "DebugOptions": ".debug_options",
    "DefaultParameters": ".default_parameters",
    "DeleteGuardrailResponse": ".delete_guardrail_response",
    "DeleteGuardrailXOpenRouterMetadata": ".delete_guardrail_x_open_router_metadata",
    "DeleteKeyResponse": ".delete_key_response",
    "DeleteKeysXOpenRouterMetadata": ".delete_keys_x_open_router_metadata",
    "DeprecatedRoute": ".deprecated_route",
    "DeveloperMessage": ".developer_message",
    "DeveloperMessageRole": ".developer_message_role",
    "Embedding": ".embedding",
    "EmbeddingObject": ".embedding_object",
    "EmbeddingsMultimodalInput": ".embeddings_multimodal_input",
    "EndpointStatus": ".endpoint_status",
    "ErrorDetail": ".error_detail",
    "ErrorDetailMetadataType0": ".error_detail_metadata_type_0",
    "ErrorResponse": ".error_response",
    "ExchangeAuthCodeForApiKeyXOpenRouterMetadata": ".exchange_auth_code_for_api_key_x_open_router_metadata",
    "FileCitation": ".file_citation",
    "FileCitationType": ".file_citation_type",
    "FileParserPlugin": ".file_parser_plugin",
    "FileParserPluginId": ".file_parser_plugin_id",
    "FilePath": ".file_path",
    "FilePathType": ".file_path_type",
    "GenerationContentData": ".generation_content_data",
    "GenerationContentDataInputOption1": ".generation_content_data_input_option_1",
    "GenerationContentDataInputOption2": ".generation_content_data_input_option_2",
    "GenerationContentDataOutput": ".generation_content_data_output",
    "GenerationContentError": ".generation_content_error",
    "GenerationContentErrorAttempt": ".generation_content_error_attempt",
    "GenerationContentResponse": ".generation_content_response",
    "GenerationData": ".generation_data",
    "GenerationDataApiTypeType1": ".generation_data_api_type_type_1",
    "GenerationDataApiTypeType2Type1": ".generation_data_api_type_type_2_type_1",
    "GenerationDataApiTypeType3Type1": ".generation_data_api_type_type_3_type_1",
    "GenerationDataDataRegion": ".generation_data_data_region",
    "GenerationResponse": ".generation_response",
    "GetCreditsXOpenRouterMetadata": ".get_credits_x_open_router_metadata",
    "GetCurrentKeyXOpenRouterMetadata": ".get_current_key_x_open_router_metadata",
    "GetGenerationXOpenRouterMetadata": ".get_generation_x_open_router_metadata",
    "GetGuardrailResponse": ".get_guardrail_response",
    "GetGuardrailXOpenRouterMetadata": ".get_guardrail_x_open_router_metadata",
    "GetKeyXOpenRouterMetadata": ".get_key_x_open_router_metadata",
    "GetModelsCategory": ".get_models_category",
    "GetModelsDistillable": ".get_models_distillable",
    "GetModelsRegion": ".get_models_region",
    "GetModelsSort": ".get_models_sort",
    "GetModelsXOpenRouterMetadata": ".get_models_x_open_router_metadata",
    "GetModelsZdr": ".get_models_zdr",
    "GetUserActivityGroupBy": ".get_user_activity_group_by",
    "GetUserActivityXOpenRouterMetadata": ".get_user_activity_x_open_router_metadata",
    "Guardrail": ".guardrail",
    "GuardrailInterval": ".guardrail_interval",
    "GuardrailKeyAssignmentsResponse": ".guardrail_key_assignments_response",
    "GuardrailListResponse": ".guardrail_list_response",
    "GuardrailMemberAssignmentsResponse": ".guardrail_member_assignments_response",
    "ImageConfig": ".image_config",
    "ImageGenerationStatus": ".image_generation_status",
    "InputModality": ".input_modality",
    "InstructType": ".instruct_type",
    "JSONSchemaConfig": ".json_schema_config",
    "JSONSchemaConfigSchema": ".json_schema_config_schema",
    "KeyAssignment": ".key_assignment",
    "KeyCodeData": ".key_code_data",
    "KeyCodeRequest": ".key_code_request",
    "KeyCodeRequestCodeChallengeMethod": ".key_code_request_code_challenge_method",
    "KeyCodeRequestUsageLimitType": ".key_code_request_usage_limit_type",
    "KeyCodeResponse": ".key_code_response",
    "KeyDetailsResponse": ".key_details_response",
    "KeyRateLimit": ".key_rate_limit",
    "KeysListResponse": ".keys_list_response",
    "ListEndpointsResponse": ".list_endpoints_response",
    "ListEndpointsResponseArchitecture": ".list_endpoints_response_architecture",
    "ListEndpointsXOpenRouterMetadata": ".list_endpoints_x_open_router_metadata",
    "ListEndpointsZdrXOpenRouterMetadata": ".list_endpoints_zdr_x_open_router_metadata",
    "ListGenerationContentXOpenRouterMetadata": ".list_generation_content_x_open_router_metadata",
    "ListGuardrailKeyAssignmentsXOpenRouterMetadata": ".list_guardrail_key_assignments_x_open_router_metadata",
    "ListGuardrailMemberAssignmentsXOpenRouterMetadata": ".list_guardrail_member_assignments_x_open_router_metadata",
    "ListGuardrailsXOpenRouterMetadata": ".list_guardrails_x_open_router_metadata",
    "ListKeyAssignmentsXOpenRouterMetadata": ".list_key_assignments_x_open_router_metadata",
    "ListMemberAssignmentsXOpenRouterMetadata": ".list_member_assignments_x_open_router_metadata",
    "ListModelsCountXOpenRouterMetadata": ".list_models_count_x_open_router_metadata",
    "ListModelsUserXOpenRouterMetadata": ".list_models_user_x_open_router_metadata",
    "ListProvidersXOpenRouterMetadata": ".list_providers_x_open_router_metadata",
    "ListXOpenRouterMetadata": ".list_x_open_router_metadata",
    "MemberAssignment": ".member_assignment",
    "MessagePhaseType0": ".message_phase_type_0",
    "Model": ".model",
    "ModelAliasTarget": ".model_alias_target",
    "ModelArchitecture": ".model_architecture",
    "ModelBenchmarks": ".model_benchmarks",
    "ModelEndpointsResponse": ".model_endpoints_response",
    "ModelGroup": ".model_group",
    "ModelLinks": ".model_links",
    "ModelReasoning": ".model_reasoning",
    "ModelReasoningEffort": ".model_reasoning_effort",
    "ModelsCountResponse": ".models_count_response",
    "ModelsCountResponseData": ".models_count_response_data",
    "ModelsListResponse": ".models_list_response",
    "ModelsListResponseLinks": ".models_list_response_links",
    "ModerationPlugin": ".moderation_plugin",
    "ModerationPluginId": ".moderation_plugin_id",
    "NamedToolChoice": ".named_tool_choice",
    "NamedToolChoiceFunction": ".named_tool_choice_function",
    "NamedToolChoiceType": ".named_tool_choice_type",
    "OpenAIResponsesIncludable": ".open_ai_responses_includable",
    "OpenAIResponsesIncompleteDetails": ".open_ai_responses_incomplete_details",
    "OpenAIResponsesIncompleteDetailsReason": ".open_ai_responses_incomplete_details_reason",
    "OpenAIResponsesPrompt": ".open_ai_responses_prompt",
    "OpenAIResponsesPromptVariablesType0": ".open_ai_responses_prompt_variables_type_0",
    "OpenAIResponsesReasoningConfig": ".open_ai_responses_reasoning_config",
    "OpenAIResponsesReasoningEffort": ".open_ai_responses_reasoning_effort",
    "OpenAIResponsesRefusalContent": ".open_ai_responses_refusal_content",
    "OpenAIResponsesRefusalContentType": ".open_ai_responses_refusal_content_type",
    "OpenAIResponsesResponseStatus": ".open_ai_responses_response_status",
    "OpenAIResponsesServiceTier": ".open_ai_responses_service_tier",
    "OpenAIResponsesToolChoiceType0": ".open_ai_responses_tool_choice_type_0",
    "OpenAIResponsesTruncation": ".open_ai_responses_truncation",
    "OpenAIResponsesUsage": ".open_ai_responses_usage",
    "OpenAIResponsesUsageInputTokensDetails": ".open_ai_responses_usage_input_tokens_details",
    "OpenAIResponsesUsageOutputTokensDetails": ".open_ai_responses_usage_output_tokens_details",
    "OpenResponsesApplyPatchTool": ".open_responses_apply_patch_tool",
    "OpenResponsesApplyPatchToolType": ".open_responses_apply_patch_tool_type",
    "OpenResponsesCodeInterpreterTool": ".open_responses_code_interpreter_tool",
    "OpenResponsesCodeInterpreterToolContainerType1": ".open_responses_code_interpreter_tool_container_type_1",
    "OpenResponsesCodeInterpreterToolType": ".open_responses_code_interpreter_tool_type",
    "OpenResponsesComputerTool": ".open_responses_computer_tool",
    "OpenResponsesComputerToolEnvironment": ".open_responses_computer_tool_environment",
    "OpenResponsesComputerToolType": ".open_responses_computer_tool_type",
    "OpenResponsesCustomTool": ".open_responses_custom_tool",
    "OpenResponsesCustomToolFormatGrammar": ".open_responses_custom_tool_format_grammar",
    "OpenResponsesCustomToolFormatGrammarSyntax": ".open_responses_custom_tool_format_grammar_syntax",
    "OpenResponsesCustomToolFormatGrammarType": ".open_responses_custom_tool_format_grammar_type",
    "OpenResponsesCustomToolFormatText": ".open_responses_custom_tool_format_text",
    "OpenResponsesCustomToolFormatTextType": ".open_responses_custom_tool_format_text_type",
    "OpenResponsesCustomToolType": ".open_responses_custom_tool_type",
    "OpenResponsesEasyInputMessage": ".open_responses_easy_input_message",
    "OpenResponsesEasyInputMessageRole": ".open_responses_easy_input_message_role",
    "OpenResponsesEasyInputMessageType": ".open_responses_easy_input_message_type",
    "OpenResponsesFileSearchTool": ".open_responses_file_search_tool",
    "OpenResponsesFileSearchToolFiltersType0": ".open_responses_file_search_tool_filters_type_0",
    "OpenResponsesFileSearchToolRankingOptions": ".open_responses_file_search_tool_ranking_options",
    "OpenResponsesFileSearchToolRankingOptionsRanker": ".open_responses_file_search_tool_ranking_options_ranker",
    "OpenResponsesFileSearchToolType": ".open_responses_file_search_tool_type",
    "OpenResponsesFunctionCallOutput": ".open_responses_function_call_output",
    "OpenResponsesFunctionCallOutputType": ".open_responses_function_call_output_type",
    "OpenResponsesFunctionShellTool": ".open_responses_function_shell_tool",
    "OpenResponsesFunctionShellToolType": ".open_responses_function_shell_tool_type",
    "OpenResponsesFunctionTool": ".open_responses_function_tool",
    "OpenResponsesFunctionToolCall": ".open_responses_function_tool_call",
    "OpenResponsesFunctionToolCallType": ".open_responses_function_tool_call_type",
    "OpenResponsesFunctionToolParametersType0": ".open_responses_function_tool_parameters_type_0",
    "OpenResponsesFunctionToolType": ".open_responses_function_tool_type",
    "OpenResponsesImageGenerationTool": ".open_responses_image_generation_tool",
    "OpenResponsesImageGenerationToolBackground": ".open_responses_image_generation_tool_background",
    "OpenResponsesImageGenerationToolInputFidelityType1": ".open_responses_image_generation_tool_input_fidelity_type_1",
    "OpenResponsesImageGenerationToolInputFidelityType2Type1": ".open_responses_image_generation_tool_input_fidelity_type_2_type_1",
    "OpenResponsesImageGenerationToolInputFidelityType3Type1": ".open_responses_image_generation_tool_input_fidelity_type_3_type_1",
    "OpenResponsesImageGenerationToolInputImageMask": ".open_responses_image_generation_tool_input_image_mask",
    "OpenResponsesImageGenerationToolModel": ".open_responses_image_generation_tool_model",
    "OpenResponsesImageGenerationToolModeration": ".open_responses_image_generation_tool_moderation",
    "OpenResponsesImageGenerationToolOutputFormat": ".open_responses_image_generation_tool_output_format",
    "OpenResponsesImageGenerationToolQuality": ".open_responses_image_generation_tool_quality",
    "OpenResponsesImageGenerationToolSize": ".open_responses_image_generation_tool_size",
    "OpenResponsesImageGenerationToolType": ".open_responses_image_generation_tool_type",
    "OpenResponsesInputMessageItem": ".open_responses_input_message_item",
    "OpenResponsesInputMessageItemRole": ".open_responses_input_message_item_role",
    "OpenResponsesInputMessageItemType": ".open_responses_input_message_item_type",
    "OpenResponsesLocalShellTool": ".open_responses_local_shell_tool",
    "OpenResponsesLocalShellToolType": ".open_responses_local_shell_tool_type",
    "OpenResponsesMcpTool": ".open_responses_mcp_tool",
    "OpenResponsesMcpToolAllowedToolsType1": ".open_responses_mcp_tool_allowed_tools_type_1",
    "OpenResponsesMcpToolConnectorId": ".open_responses_mcp_tool_connector_id",
    "OpenResponsesMcpToolHeadersType0": ".open_responses_mcp_tool_headers_type_0",
    "OpenResponsesMcpToolRequireApprovalType0": ".open_responses_mcp_tool_require_approval_type_0",
    "OpenResponsesMcpToolRequireApprovalType1": ".open_responses_mcp_tool_require_approval_type_1",
    "OpenResponsesMcpToolType": ".open_responses_mcp_tool_type",
    "OpenResponsesNonStreamingResponse": ".open_responses_non_streaming_response",
    "OpenResponsesNonStreamingResponseObject": ".open_responses_non_streaming_response_object",
    "OpenResponsesReasoningConfig": ".open_responses_reasoning_config",
    "OpenResponsesRequest": ".open_responses_request",
    "OpenResponsesUsage": ".open_responses_usage",
    "OpenResponsesWebSearch20250826Tool": ".open_responses_web_search_20250826_tool",
    "OpenResponsesWebSearch20250826ToolType": ".open_responses_web_search_20250826_tool_type",
    "OpenResponsesWebSearchPreview20250311Tool": ".open_responses_web_search_preview_20250311_tool",
    "OpenResponsesWebSearchPreview20250311ToolType": ".open_responses_web_search_preview_20250311_tool_type",
    "OpenResponsesWebSearchPreviewTool": ".open_responses_web_search_preview_tool",
    "OpenResponsesWebSearchPreviewToolType": ".open_responses_web_search_preview_tool_type",
    "OpenResponsesWebSearchTool": ".open_responses_web_search_tool",
    "OpenResponsesWebSearchToolType": ".open_responses_web_search_tool_type",
    "OpenRouterAnthropicMessageParam": ".open_router_anthropic_message_param",
    "OpenRouterAnthropicMessageParamRole": ".open_router_anthropic_message_param_role",
    "OpenRouterMetadata": ".open_router_metadata",
    "OpenRouterMetadataEndpoints": ".open_router_metadata_endpoints",
    "OpenRouterMetadataEndpointsAvailableItem": ".open_router_metadata_endpoints_available_item",
    "OpenRouterMetadataPipelineItem": ".open_router_metadata_pipeline_item",
    "OpenRouterMetadataPipelineItemData": ".open_router_metadata_pipeline_item_data",
    "OpenRouterServerTool": ".open_router_server_tool",
    "OpenRouterServerToolParameters": ".open_router_server_tool_parameters",
    "OutputItemReasoning": ".output_item_reasoning",
    "OutputItemReasoningType": ".output_item_reasoning_type",
    "OutputModality": ".output_modality",
    "Parameter": ".parameter",
    "PDFParserEngine": ".pdf_parser_engine",
    "PDFParserOptions": ".pdf_parser_options",
    "PerRequestLimits": ".per_request_limits",
    "PercentileLatencyCutoffs": ".percentile_latency_cutoffs",
    "PercentileStats": ".percentile_stats",
    "PercentileThroughputCutoffs": ".percentile_throughput_cutoffs",
    "PricingOverride": ".pricing_override",
    "ProviderInfo": ".provider_info",
    "ProviderMaxPrice": ".provider_max_price",
    "ProviderName": ".provider_name",
    "ProviderPreferences": ".provider_preferences",
    "ProviderResponse": ".provider_response",
    "ProviderResponseRoutedServiceTier": ".provider_response_routed_service_tier",
    "ProviderSort": ".provider_sort",
    "ProviderSortConfig": ".provider_sort_config",
    "ProviderSortConfigPartitionType1": ".provider_sort_config_partition_type_1",
    "ProviderSortConfigPartitionType2Type1": ".provider_sort_config_partition_type_2_type_1",
    "ProviderSortConfigPartitionType3Type1": ".provider_sort_config_partition_type_3_type_1",
    "ProvidersResponse": ".providers_response",
    "PublicEndpoint": ".public_endpoint",
    "PublicPricing": ".public_pricing",
    "Quantization": ".quantization",
    "ReasoningDetailEncrypted": ".reasoning_detail_encrypted",
    "ReasoningDetailEncryptedType": ".reasoning_detail_encrypted_type",
    "ReasoningDetailFormat": ".reasoning_detail_format",
    "ReasoningDetailSummary": ".reasoning_detail_summary",
    "ReasoningDetailSummaryType": ".reasoning_detail_summary_type",
    "ReasoningDetailText": ".reasoning_detail_text",
    "ReasoningDetailTextType": ".reasoning_detail_text_type",
    "ReasoningEffort": ".reasoning_effort",
    "ReasoningSummaryText": ".reasoning_summary_text",
    "ReasoningSummaryTextType": ".reasoning_summary_text_type",
    "ReasoningSummaryVerbosity": ".reasoning_summary_verbosity",
    "ReasoningTextContent": ".reasoning_text_content",
    "ReasoningTextContentType": ".reasoning_text_content_type",
    "RemoveKeysRequest": ".remove_keys_request",
    "RemoveKeysResponse": ".remove_keys_response",
    "RemoveMembersRequest": ".remove_members_request",
    "RemoveMembersResponse": ".remove_members_response",
    "RequestMetadata": ".request_metadata",
    "ResponseCompletedEvent": ".response_completed_event",
    "ResponseCompletedEventType": ".response_completed_event_type",
    "ResponseContentPartAddedEvent": ".response_content_part_added_event",
    "ResponseContentPartAddedEventType": ".response_content_part_added_event_type",
    "ResponseContentPartDoneEvent": ".response_content_part_done_event",
    "ResponseContentPartDoneEventType": ".response_content_part_done_event_type",
    "ResponseCreatedEvent": ".response_created_event",
    "ResponseCreatedEventType": ".response_created_event_type",
    "ResponseErrorEvent": ".response_error_event",
    "ResponseErrorEventError": ".response_error_event_error",
    "ResponseErrorEventType": ".response_error_event_type",
    "ResponseFailedEvent": ".response_failed_event",
    "ResponseFailedEventType": ".response_failed_event_type",
    "ResponseFormatJSONObject": ".response_format_json_object",
    "ResponseFormatJSONObjectType": ".response_format_json_object_type",
    "ResponseFormatJSONSchema": ".response_format_json_schema",
    "ResponseFormatJSONSchemaType": ".response_format_json_schema_type",
    "ResponseFormatText": ".response_format_text",
    "ResponseFormatTextGrammar": ".response_format_text_grammar",
    "ResponseFormatTextGrammarType": ".response_format_text_grammar_type",
    "ResponseFormatTextPython": ".response_format_text_python",
    "ResponseFormatTextPythonType": ".response_format_text_python_type",
    "ResponseFormatTextType": ".response_format_text_type",
    "ResponseFunctionCallArgumentsDeltaEvent": ".response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDeltaEventType": ".response_function_call_arguments_delta_event_type",
    "ResponseFunctionCallArgumentsDoneEvent": ".response_function_call_arguments_done_event",
    "ResponseFunctionCallArgumentsDoneEventType": ".response_function_call_arguments_done_event_type",
    "ResponseHealingPlugin": ".response_healing_plugin",
    "ResponseHealingPluginId": ".response_healing_plugin_id",
    "ResponseInProgressEvent": ".response_in_progress_event",
    "ResponseInProgressEventType": ".response_in_progress_event_type",
    "ResponseIncompleteEvent": ".response_incomplete_event",
    "ResponseIncompleteEventType": ".response_incomplete_event_type",
    "ResponseInputAudio": ".response_input_audio",
    "ResponseInputAudioInputAudio": ".response_input_audio_input_audio",
    "ResponseInputAudioInputAudioFormat": ".response_input_audio_input_audio_format",
    "ResponseInputAudioType": ".response_input_audio_type",
    "ResponseInputFile": ".response_input_file",
    "ResponseInputFileType": ".response_input_file_type",
    "ResponseInputImage": ".response_input_image",
    "ResponseInputImageDetail": ".response_input_image_detail",
    "ResponseInputImageType": ".response_input_image_type",
    "ResponseInputText": ".response_input_text",
    "ResponseInputTextType": ".response_input_text_type",
    "ResponseInputVideo": ".response_input_video",
    "ResponseInputVideoType": ".response_input_video_type",
    "ResponseOutputItemAddedEvent": ".response_output_item_added_event",
    "ResponseOutputItemAddedEventType": ".response_output_item_added_event_type",
    "ResponseOutputItemDoneEvent": ".response_output_item_done_event",
    "ResponseOutputItemDoneEventType": ".response_output_item_done_event_type",
    "ResponseOutputText": ".response_output_text",
    "ResponseOutputTextAnnotationAddedEvent": ".response_output_text_annotation_added_event",
    "ResponseOutputTextAnnotationAddedEventType": ".response_output_text_annotation_added_event_type",
    "ResponseOutputTextType": ".response_output_text_type",
    "ResponseReasoningSummaryPartAddedEvent": ".response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartAddedEventType": ".response_reasoning_summary_part_added_event_type",
    "ResponseReasoningSummaryPartDoneEvent": ".response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryPartDoneEventType": ".response_reasoning_summary_part_done_event_type",
    "ResponseReasoningSummaryTextDeltaEvent": ".response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDeltaEventType": ".response_reasoning_summary_text_delta_event_type",
    "ResponseReasoningSummaryTextDoneEvent": ".response_reasoning_summary_text_done_event",
    "ResponseReasoningSummaryTextDoneEventType": ".response_reasoning_summary_text_done_event_type",
    "ResponseReasoningTextDeltaEvent": ".response_reasoning_text_delta_event",
    "ResponseReasoningTextDeltaEventType": ".response_reasoning_text_delta_event_type",
    "ResponseReasoningTextDoneEvent": ".response_reasoning_text_done_event",
    "ResponseReasoningTextDoneEventType": ".response_reasoning_text_done_event_type",
    "ResponseRefusalDeltaEvent": ".response_refusal_delta_event",
    "ResponseRefusalDeltaEventType": ".response_refusal_delta_event_type",
    "ResponseRefusalDoneEvent": ".response_refusal_done_event",
    "ResponseRefusalDoneEventType": ".response_refusal_done_event_type",
    "ResponseTextConfig": ".response_text_config",
    "ResponseTextConfigVerbosityType1": ".response_text_config_verbosity_type_1",
    "ResponseTextConfigVerbosityType2Type1": ".response_text_config_verbosity_type_2_type_1",
    "ResponseTextConfigVerbosityType3Type1": ".response_text_config_verbosity_type_3_type_1",
    "ResponseTextDeltaEvent": ".response_text_delta_event",
    "ResponseTextDeltaEventType": ".response_text_delta_event_type",
    "ResponseTextDoneEvent": ".response_text_done_event",
    "ResponseTextDoneEventType": ".response_text_done_event_type",
    "ResponsesErrorField": ".responses_error_field",
    "ResponsesErrorFieldCode": ".responses_error_field_code",
    "ResponsesFormatJSONObject": ".responses_format_json_object",
    "ResponsesFormatJSONObjectType": ".responses_format_json_object_type",
    "ResponsesFormatText": ".responses_format_text",
    "ResponsesFormatTextJSONSchemaConfig": ".responses_format_text_json_schema_config",
    "ResponsesFormatTextJSONSchemaConfigSchema": ".responses_format_text_json_schema_config_schema",
    "ResponsesFormatTextJSONSchemaConfigType": ".responses_format_text_json_schema_config_type",
    "ResponsesFormatTextType": ".responses_format_text_type",
    "ResponsesImageGenerationCall": ".responses_image_generation_call",
    "ResponsesImageGenerationCallType": ".responses_image_generation_call_type",
    "ResponsesOutputItemFileSearchCall": ".responses_output_item_file_search_call",
    "ResponsesOutputItemFileSearchCallType": ".responses_output_item_file_search_call_type",
    "ResponsesOutputItemFunctionCall": ".responses_output_item_function_call",
    "ResponsesOutputItemFunctionCallType": ".responses_output_item_function_call_type",
    "ResponsesOutputItemReasoning": ".responses_output_item_reasoning",
    "ResponsesOutputMessage": ".responses_output_message",
    "ResponsesOutputMessageRole": ".responses_output_message_role",
    "ResponsesOutputMessageType": ".responses_output_message_type",
    "ResponsesOutputModality": ".responses_output_modality",
    "ResponsesSearchContextSize": ".responses_search_context_size",
    "ResponsesTokenLogprob": ".responses_token_logprob",
    "ResponsesTokenLogprobTopLogprobsItem": ".responses_token_logprob_top_logprobs_item",
    "ResponsesToolChoiceFunction": ".responses_tool_choice_function",
    "ResponsesToolChoiceFunctionType": ".responses_tool_choice_function_type",
    "ResponsesToolChoiceHosted": ".responses_tool_choice_hosted",
    "ResponsesToolChoiceHostedType": ".responses_tool_choice_hosted_type",
    "ResponsesWebSearchCallOutput": ".responses_web_search_call_output",
    "ResponsesWebSearchCallOutputActionFindInPage": ".responses_web_search_call_output_action_find_in_page",
    "ResponsesWebSearchCallOutputActionFindInPageType": ".responses_web_search_call_output_action_find_in_page_type",
    "ResponsesWebSearchCallOutputActionOpenPage": ".responses_web_search_call_output_action_open_page",
    "ResponsesWebSearchCallOutputActionOpenPageType": ".responses_web_search_call_output_action_open_page_type",
    "ResponsesWebSearchCallOutputActionSearch": ".responses_web_search_call_output_action_search",
    "ResponsesWebSearchCallOutputActionSearchSourcesItem": ".responses_web_search_call_output_action_search_sources_item",
    "ResponsesWebSearchCallOutputActionSearchSourcesItemType": ".responses_web_search_call_output_action_search_sources_item_type",
    "ResponsesWebSearchCallOutputActionSearchType": ".responses_web_search_call_output_action_search_type",
    "ResponsesWebSearchCallOutputType": ".responses_web_search_call_output_type",
    "ResponsesWebSearchUserLocation": ".responses_web_search_user_location",
    "ResponsesWebSearchUserLocationType": ".responses_web_search_user_location_type",
    "SendChatCompletionRequestXOpenRouterMetadata": ".send_chat_completion_request_x_open_router_metadata",
    "ServerToolChoice": ".server_tool_choice",
    "ServerToolUseDetails": ".server_tool_use_details",
    "StopConditionMaxCost": ".stop_condition_max_cost",
    "StopConditionMaxCostType": ".stop_condition_max_cost_type",
    "StopConditionStepCount": ".stop_condition_step_count",
    "StopConditionStepCountType": ".stop_condition_step_count_type",
    "SystemMessage": ".system_message",
    "SystemMessageRole": ".system_message_role",
    "ToolCallStatus": ".tool_call_status",
    "ToolChoiceOptionType0": ".tool_choice_option_type_0",
    "ToolDefinitionJson": ".tool_definition_json",
    "ToolDefinitionJsonFunction": ".tool_definition_json_function",
    "ToolDefinitionJsonFunctionParameters": ".tool_definition_json_function_parameters",
    "ToolDefinitionJsonType": ".tool_definition_json_type",
    "ToolResponseMessage": ".tool_response_message",
    "ToolResponseMessageRole": ".tool_response_message_role",
    "TopProviderInfo": ".top_provider_info",
    "TraceConfig": ".trace_config",
    "UpdateGuardrailRequest": ".update_guardrail_request",
    "UpdateGuardrailResponse": ".update_guardrail_response",
    "UpdateGuardrailXOpenRouterMetadata": ".update_guardrail_x_open_router_metadata",
    "UpdateKeyRequest": ".update_key_request",
    "UpdateKeyRequestLimitResetType1": ".update_key_request_limit_reset_type_1",
    "UpdateKeyRequestLimitResetType2Type1": ".update_key_request_limit_reset_type_2_type_1",
    "UpdateKeyRequestLimitResetType3Type1": ".update_key_request_limit_reset_type_3_type_1",
    "UpdateKeyResponse": ".update_key_response",
    "UpdateKeysXOpenRouterMetadata": ".update_keys_x_open_router_metadata",
    "URLCitation": ".url_citation",
    "URLCitationType": ".url_citation_type",
    "UserMessage": ".user_message",
    "UserMessageRole": ".user_message_role",
    "VideoInput": ".video_input",
    "Web3Data": ".web_3_data",
    "Web3TransferIntent": ".web_3_transfer_intent",
    "Web3TransferIntentCallData": ".web_3_transfer_intent_call_data",
    "Web3TransferIntentMetadata": ".web_3_transfer_intent_metadata",
    "WebSearchEngine": ".web_search_engine",
    "WebSearchPlugin": ".web_search_plugin",
    "WebSearchPluginId": ".web_search_plugin_id",
    "WebSearchPluginNativeToolVersion": ".web_search_plugin_native_tool_version",
    "WebSearchPreviewToolUserLocation": ".web_search_preview_tool_user_location",
    "WebSearchPreviewToolUserLocationType": ".web_search_preview_tool_user_location_type",
    "WebSearchStatus": ".web_search_status",
    "WebSearchToolFilters": ".web_search_tool_filters",
    "ZdrEndpointsResponse": ".zdr_endpoints_response",
}

__all__ = (
    "AABenchmarkEntry",
    "ActivityItem",
    "ActivityResponse",
    "AnthropicBase64ImageSource",
    "AnthropicBase64ImageSourceMediaType",
    "AnthropicBase64ImageSourceType",
    "AnthropicBase64PDFSource",
    "AnthropicBase64PDFSourceMediaType",
    "AnthropicBase64PDFSourceType",
    "AnthropicCacheControl",
    "AnthropicCacheControlTtl",
    "AnthropicCacheControlType",
    "AnthropicCitationCharLocation",
    "AnthropicCitationCharLocationType",
    "AnthropicCitationContentBlockLocation",
    "AnthropicCitationContentBlockLocationType",
    "AnthropicCitationPageLocation",
    "AnthropicCitationPageLocationType",
    "AnthropicCitationsDelta",
    "AnthropicCitationsDeltaType",
    "AnthropicCitationSearchResultLocation",
    "AnthropicCitationSearchResultLocationType",
    "AnthropicCitationWebSearchResultLocation",
    "AnthropicCitationWebSearchResultLocationType",
    "AnthropicContentBlockDeltaEvent",
    "AnthropicContentBlockDeltaEventType",
    "AnthropicContentBlockSource",
    "AnthropicContentBlockSourceType",
    "AnthropicContentBlockStartEvent",
    "AnthropicContentBlockStartEventType",
    "AnthropicContentBlockStopEvent",
    "AnthropicContentBlockStopEventType",
    "AnthropicContextManagement",
    "AnthropicContextManagementEditsItem",
    "AnthropicCustomTool",
    "AnthropicCustomToolInputSchema",
    "AnthropicCustomToolTypeType1",
    "AnthropicCustomToolTypeType2Type1",
    "AnthropicCustomToolTypeType3Type1",
    "AnthropicDocumentBlockParam",
    "AnthropicDocumentBlockParamCitations",
    "AnthropicDocumentBlockParamType",
    "AnthropicErrorDetail",
    "AnthropicErrorEvent",
    "AnthropicErrorEventType",
    "AnthropicErrorResponse",
    "AnthropicErrorResponseType",
    "AnthropicFallbackModel",
    "AnthropicImageBlockParam",
    "AnthropicImageBlockParamType",
    "AnthropicInputJsonDelta",
    "AnthropicInputJsonDeltaType",
    "AnthropicMessageDeltaEvent",
    "AnthropicMessageDeltaEventDelta",
    "AnthropicMessageDeltaEventType",
    "AnthropicMessagesMetadata",
    "AnthropicMessagesRequest",
    "AnthropicMessagesRequestServiceTier",
    "AnthropicMessagesResponse",
    "AnthropicMessagesResponseRole",
    "AnthropicMessagesResponseType",
    "AnthropicMessageStartEvent",
    "AnthropicMessageStartEventType",
    "AnthropicMessageStopEvent",
    "AnthropicMessageStopEventType",
    "AnthropicOutputConfig",
    "AnthropicOutputConfigEffortType1",
    "AnthropicOutputConfigEffortType2Type1",
    "AnthropicOutputConfigEffortType3Type1",
    "AnthropicOutputConfigFormatType0",
    "AnthropicOutputConfigFormatType0Schema",
    "AnthropicOutputConfigFormatType0Type",
    "AnthropicPingEvent",
    "AnthropicPingEventType",
    "AnthropicPlainTextSource",
    "AnthropicPlainTextSourceMediaType",
    "AnthropicPlainTextSourceType",
    "AnthropicRedactedThinkingBlock",
    "AnthropicRedactedThinkingBlockType",
    "AnthropicServerTool",
    "AnthropicServerToolUseBlock",
    "AnthropicServerToolUseBlockInput",
    "AnthropicServerToolUseBlockType",
    "AnthropicSignatureDelta",
    "AnthropicSignatureDeltaType",
    "AnthropicStopReason",
    "AnthropicStreamUsage",
    "AnthropicStreamUsageServerToolUseType0",
    "AnthropicTextBlock",
    "AnthropicTextBlockParam",
    "AnthropicTextBlockParamType",
    "AnthropicTextBlockType",
    "AnthropicTextDelta",
    "AnthropicTextDeltaType",
    "AnthropicThinkingAdaptive",
    "AnthropicThinkingAdaptiveType",
    "AnthropicThinkingBlock",
    "AnthropicThinkingBlockType",
    "AnthropicThinkingDelta",
    "AnthropicThinkingDeltaType",
    "AnthropicThinkingDisabled",
    "AnthropicThinkingDisabledType",
    "AnthropicThinkingEnabled",
    "AnthropicThinkingEnabledType",
    "AnthropicToolChoiceAny",
    "AnthropicToolChoiceAnyType",
    "AnthropicToolChoiceAuto",
    "AnthropicToolChoiceAutoType",
    "AnthropicToolChoiceNone",
    "AnthropicToolChoiceNoneType",
    "AnthropicToolChoiceTool",
    "AnthropicToolChoiceToolType",
    "AnthropicToolResultBlockParam",
    "AnthropicToolResultBlockParamType",
    "AnthropicToolUseBlock",
    "AnthropicToolUseBlockInput",
    "AnthropicToolUseBlockParam",
    "AnthropicToolUseBlockParamInput",
    "AnthropicToolUseBlockParamType",
    "AnthropicToolUseBlockType",
    "AnthropicURLSource",
    "AnthropicURLSourceType",
    "AnthropicUsage",
    "AnthropicUsageCacheCreationType0",
    "AnthropicUsageServerToolUseType0",
    "AnthropicUsageServiceTierType1",
    "AnthropicUsageServiceTierType2Type1",
    "AnthropicUsageServiceTierType3Type1",
    "AnthropicWebSearchToolResultBlock",
    "AnthropicWebSearchToolResultBlockContentType0Item",
    "AnthropicWebSearchToolResultBlockContentType1",
    "AnthropicWebSearchToolResultBlockType",
    "ApiKeyInfo",
    "AssignKeysRequest",
    "AssignKeysResponse",
    "AssignMembersRequest",
    "AssignMembersResponse",
    "AssistantMessage",
    "AssistantMessageImage",
    "AssistantMessageImageImageUrl",
    "AssistantMessageImageType",
    "AssistantMessagePhaseType0",
    "AssistantMessageRole",
    "AuthKeyRequest",
    "AuthKeyRequestCodeChallengeMethodType1",
    "AuthKeyRequestCodeChallengeMethodType2Type1",
    "AuthKeyRequestCodeChallengeMethodType3Type1",
    "AuthKeyResponse",
    "AutoRouterPlugin",
    "AutoRouterPluginId",
    "BulkAssignKeysToGuardrailXOpenRouterMetadata",
    "BulkAssignMembersToGuardrailXOpenRouterMetadata",
    "BulkUnassignKeysFromGuardrailXOpenRouterMetadata",
    "BulkUnassignMembersFromGuardrailXOpenRouterMetadata",
    "ChatCompletionAudioOutput",
    "ChatCompletionFinishReason",
    "ChatGenerationParams",
    "ChatGenerationParamsLogitBiasType0",
    "ChatGenerationParamsMetadata",
    "ChatGenerationParamsModalitiesItem",
    "ChatGenerationParamsPromptCacheOptionsType0",
    "ChatGenerationParamsServiceTierType1",
    "ChatGenerationParamsServiceTierType2Type1",
    "ChatGenerationParamsServiceTierType3Type1",
    "ChatGenerationTokenUsage",
    "ChatGenerationTokenUsageCompletionTokensDetailsType0",
    "ChatGenerationTokenUsagePromptTokensDetailsType0",
    "ChatMessageAnnotation",
    "ChatMessageAnnotationType",
    "ChatMessageAnnotationUrlCitation",
    "ChatMessageContentItemAudio",
    "ChatMessageContentItemAudioInputAudio",
    "ChatMessageContentItemAudioType",
    "ChatMessageContentItemFile",
    "ChatMessageContentItemFileFile",
    "ChatMessageContentItemFileType",
    "ChatMessageContentItemImage",
    "ChatMessageContentItemImageImageUrl",
    "ChatMessageContentItemImageImageUrlDetail",
    "ChatMessageContentItemImageType",
    "ChatMessageContentItemText",
    "ChatMessageContentItemTextType",
    "ChatMessageContentItemVideo",
    "ChatMessageContentItemVideoLegacy",
    "ChatMessageContentItemVideoLegacyType",
    "ChatMessageContentItemVideoType",
    "ChatMessageTokenLogprob",
    "ChatMessageTokenLogprobs",
    "ChatMessageTokenLogprobTopLogprobsItem",
    "ChatMessageToolCall",
    "ChatMessageToolCallFunction",
    "ChatMessageToolCallType",
    "ChatPrediction",
    "ChatPredictionType",
    "ChatReasoningConfig",
    "ChatResponse",
    "ChatResponseChoice",
    "ChatResponseObject",
    "ChatStreamError",
    "ChatStreamErrorMetadataType0",
    "ChatStreamingChoice",
    "ChatStreamingDelta",
    "ChatStreamingDeltaRole",
    "ChatStreamingResponseChunk",
    "ChatStreamingResponseChunkObject",
    "ChatStreamingToolCall",
    "ChatStreamingToolCallFunction",
    "ChatStreamingToolCallType",
    "ChatStreamOptions",
    "CoinbaseCreditData",
    "CoinbaseCreditResponse",
    "ContentFilterBuiltinEntry",
    "ContentFilterEntry",
    "CostDetails",
    "CreateAuthKeysCodeXOpenRouterMetadata",
    "CreateChargeRequest",
    "CreateChargeRequestChainId",
    "CreateCoinbaseChargeXOpenRouterMetadata",
    "CreateEmbeddingsRequest",
    "CreateEmbeddingsRequestEncodingFormat",
    "CreateEmbeddingsResponse",
    "CreateEmbeddingsResponseObject",
    "CreateEmbeddingsResponseUsage",
    "CreateGuardrailRequest",
    "CreateGuardrailResponse",
    "CreateGuardrailXOpenRouterMetadata",
    "CreateKeyRequest",
    "CreateKeyRequestLimitResetType1",
    "CreateKeyRequestLimitResetType2Type1",
    "CreateKeyRequestLimitResetType3Type1",
    "CreateKeyResponse",
    "CreateKeysXOpenRouterMetadata",
    "CreateMessagesXOpenRouterMetadata",
    "CreateResponsesXOpenRouterMetadata",
    "CreditsData",
    "CreditsResponse",
    "CurrentKeyData",
    "CurrentKeyResponse",
    "DABenchmarkEntry",
    "DataCollection",
    "DebugOptions",
    "DefaultParameters",
    "DeleteGuardrailResponse",
    "DeleteGuardrailXOpenRouterMetadata",
    "DeleteKeyResponse",
    "DeleteKeysXOpenRouterMetadata",
    "DeprecatedRoute",
    "DeveloperMessage",
    "DeveloperMessageRole",
    "Embedding",
    "EmbeddingObject",
    "EmbeddingsMultimodalInput",
    "EndpointStatus",
    "ErrorDetail",
    "ErrorDetailMetadataType0",
    "ErrorResponse",
    "ExchangeAuthCodeForApiKeyXOpenRouterMetadata",
    "FileCitation",
    "FileCitationType",
    "FileParserPlugin",
    "FileParserPluginId",
    "FilePath",
    "FilePathType",
    "GenerationContentData",
    "GenerationContentDataInputOption1",
    "GenerationContentDataInputOption2",
    "GenerationContentDataOutput",
    "GenerationContentError",
    "GenerationContentErrorAttempt",
    "GenerationContentResponse",
    "GenerationData",
    "GenerationDataApiTypeType1",
    "GenerationDataApiTypeType2Type1",
    "GenerationDataApiTypeType3Type1",
    "GenerationDataDataRegion",
    "GenerationResponse",
    "GetCreditsXOpenRouterMetadata",
    "GetCurrentKeyXOpenRouterMetadata",
    "GetGenerationXOpenRouterMetadata",
    "GetGuardrailResponse",
    "GetGuardrailXOpenRouterMetadata",
    "GetKeyXOpenRouterMetadata",
    "GetModelsCategory",
    "GetModelsDistillable",
    "GetModelsRegion",
    "GetModelsSort",
    "GetModelsXOpenRouterMetadata",
    "GetModelsZdr",
    "GetUserActivityGroupBy",
    "GetUserActivityXOpenRouterMetadata",
    "Guardrail",
    "GuardrailInterval",
    "GuardrailKeyAssignmentsResponse",
    "GuardrailListResponse",
    "GuardrailMemberAssignmentsResponse",
    "ImageConfig",
    "ImageGenerationStatus",
    "InputModality",
    "InstructType",
    "JSONSchemaConfig",
    "JSONSchemaConfigSchema",
    "KeyAssignment",
    "KeyCodeData",
    "KeyCodeRequest",
    "KeyCodeRequestCodeChallengeMethod",
    "KeyCodeRequestUsageLimitType",
    "KeyCodeResponse",
    "KeyDetailsResponse",
    "KeyRateLimit",
    "KeysListResponse",
    "ListEndpointsResponse",
    "ListEndpointsResponseArchitecture",
    "ListEndpointsXOpenRouterMetadata",
    "ListEndpointsZdrXOpenRouterMetadata",
    "ListGenerationContentXOpenRouterMetadata",
    "ListGuardrailKeyAssignmentsXOpenRouterMetadata",
    "ListGuardrailMemberAssignmentsXOpenRouterMetadata",
    "ListGuardrailsXOpenRouterMetadata",
    "ListKeyAssignmentsXOpenRouterMetadata",
    "ListMemberAssignmentsXOpenRouterMetadata",
    "ListModelsCountXOpenRouterMetadata",
    "ListModelsUserXOpenRouterMetadata",
    "ListProvidersXOpenRouterMetadata",
    "ListXOpenRouterMetadata",
    "MemberAssignment",
    "MessagePhaseType0",
    "Model",
    "ModelAliasTarget",
    "ModelArchitecture",
    "ModelBenchmarks",
    "ModelEndpointsResponse",
    "ModelGroup",
    "ModelLinks",
    "ModelReasoning",
    "ModelReasoningEffort",
    "ModelsCountResponse",
    "ModelsCountResponseData",
    "ModelsListResponse",
    "ModelsListResponseLinks",
    "ModerationPlugin",
    "ModerationPluginId",
    "NamedToolChoice",
    "NamedToolChoiceFunction",
    "NamedToolChoiceType",
    "OpenAIResponsesIncludable",
    "OpenAIResponsesIncompleteDetails",
    "OpenAIResponsesIncompleteDetailsReason",
    "OpenAIResponsesPrompt",
    "OpenAIResponsesPromptVariablesType0",
    "OpenAIResponsesReasoningConfig",
    "OpenAIResponsesReasoningEffort",
    "OpenAIResponsesRefusalContent",
    "OpenAIResponsesRefusalContentType",
    "OpenAIResponsesResponseStatus",
    "OpenAIResponsesServiceTier",
    "OpenAIResponsesToolChoiceType0",
    "OpenAIResponsesTruncation",
    "OpenAIResponsesUsage",
    "OpenAIResponsesUsageInputTokensDetails",
    "OpenAIResponsesUsageOutputTokensDetails",
    "OpenResponsesApplyPatchTool",
    "OpenResponsesApplyPatchToolType",
    "OpenResponsesCodeInterpreterTool",
    "OpenResponsesCodeInterpreterToolContainerType1",
    "OpenResponsesCodeInterpreterToolType",
    "OpenResponsesComputerTool",
    "OpenResponsesComputerToolEnvironment",
    "OpenResponsesComputerToolType",
    "OpenResponsesCustomTool",
    "OpenResponsesCustomToolFormatGrammar",
    "OpenResponsesCustomToolFormatGrammarSyntax",
    "OpenResponsesCustomToolFormatGrammarType",
    "OpenResponsesCustomToolFormatText",
    "OpenResponsesCustomToolFormatTextType",
    "OpenResponsesCustomToolType",
    "OpenResponsesEasyInputMessage",
    "OpenResponsesEasyInputMessageRole",
    "OpenResponsesEasyInputMessageType",
    "OpenResponsesFileSearchTool",
    "OpenResponsesFileSearchToolFiltersType0",
    "OpenResponsesFileSearchToolRankingOptions",
    "OpenResponsesFileSearchToolRankingOptionsRanker",
    "OpenResponsesFileSearchToolType",
    "OpenResponsesFunctionCallOutput",
    "OpenResponsesFunctionCallOutputType",
    "OpenResponsesFunctionShellTool",
    "OpenResponsesFunctionShellToolType",
    "OpenResponsesFunctionTool",
    "OpenResponsesFunctionToolCall",
    "OpenResponsesFunctionToolCallType",
    "OpenResponsesFunctionToolParametersType0",
    "OpenResponsesFunctionToolType",
    "OpenResponsesImageGenerationTool",
    "OpenResponsesImageGenerationToolBackground",
    "OpenResponsesImageGenerationToolInputFidelityType1",
    "OpenResponsesImageGenerationToolInputFidelityType2Type1",
    "OpenResponsesImageGenerationToolInputFidelityType3Type1",
    "OpenResponsesImageGenerationToolInputImageMask",
    "OpenResponsesImageGenerationToolModel",
    "OpenResponsesImageGenerationToolModeration",
    "OpenResponsesImageGenerationToolOutputFormat",
    "OpenResponsesImageGenerationToolQuality",
    "OpenResponsesImageGenerationToolSize",
    "OpenResponsesImageGenerationToolType",
    "OpenResponsesInputMessageItem",
    "OpenResponsesInputMessageItemRole",
    "OpenResponsesInputMessageItemType",
    "OpenResponsesLocalShellTool",
    "OpenResponsesLocalShellToolType",
    "OpenResponsesMcpTool",
    "OpenResponsesMcpToolAllowedToolsType1",
    "OpenResponsesMcpToolConnectorId",
    "OpenResponsesMcpToolHeadersType0",
    "OpenResponsesMcpToolRequireApprovalType0",
    "OpenResponsesMcpToolRequireApprovalType1",
    "OpenResponsesMcpToolType",
    "OpenResponsesNonStreamingResponse",
    "OpenResponsesNonStreamingResponseObject",
    "OpenResponsesReasoningConfig",
    "OpenResponsesRequest",
    "OpenResponsesUsage",
    "OpenResponsesWebSearch20250826Tool",
    "OpenResponsesWebSearch20250826ToolType",
    "OpenResponsesWebSearchPreview20250311Tool",
    "OpenResponsesWebSearchPreview20250311ToolType",
    "OpenResponsesWebSearchPreviewTool",
    "OpenResponsesWebSearchPreviewToolType",
    "OpenResponsesWebSearchTool",
    "OpenResponsesWebSearchToolType",
    "OpenRouterAnthropicMessageParam",
    "OpenRouterAnthropicMessageParamRole",
    "OpenRouterMetadata",
    "OpenRouterMetadataEndpoints",
    "OpenRouterMetadataEndpointsAvailableItem",
    "OpenRouterMetadataPipelineItem",
    "OpenRouterMetadataPipelineItemData",
    "OpenRouterServerTool",
    "OpenRouterServerToolParameters",
    "OutputItemReasoning",
    "OutputItemReasoningType",
    "OutputModality",
    "Parameter",
    "PDFParserEngine",
    "PDFParserOptions",
    "PercentileLatencyCutoffs",
    "PercentileStats",
    "PercentileThroughputCutoffs",
    "PerRequestLimits",
    "PricingOverride",
    "ProviderInfo",
    "ProviderMaxPrice",
    "ProviderName",
    "ProviderPreferences",
    "ProviderResponse",
    "ProviderResponseRoutedServiceTier",
    "ProviderSort",
    "ProviderSortConfig",
    "ProviderSortConfigPartitionType1",
    "ProviderSortConfigPartitionType2Type1",
    "ProviderSortConfigPartitionType3Type1",
    "ProvidersResponse",
    "PublicEndpoint",
    "PublicPricing",
    "Quantization",
    "ReasoningDetailEncrypted",
    "ReasoningDetailEncryptedType",
    "ReasoningDetailFormat",
    "ReasoningDetailSummary",
    "ReasoningDetailSummaryType",
    "ReasoningDetailText",
    "ReasoningDetailTextType",
    "ReasoningEffort",
    "ReasoningSummaryText",
    "ReasoningSummaryTextType",
    "ReasoningSummaryVerbosity",
    "ReasoningTextContent",
    "ReasoningTextContentType",
    "RemoveKeysRequest",
    "RemoveKeysResponse",
    "RemoveMembersRequest",
    "RemoveMembersResponse",
    "RequestMetadata",
    "ResponseCompletedEvent",
    "ResponseCompletedEventType",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartAddedEventType",
    "ResponseContentPartDoneEvent",
    "ResponseContentPartDoneEventType",
    "ResponseCreatedEvent",
    "ResponseCreatedEventType",
    "ResponseErrorEvent",
    "ResponseErrorEventError",
    "ResponseErrorEventType",
    "ResponseFailedEvent",
    "ResponseFailedEventType",
    "ResponseFormatJSONObject",
    "ResponseFormatJSONObjectType",
    "ResponseFormatJSONSchema",
    "ResponseFormatJSONSchemaType",
    "ResponseFormatText",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextGrammarType",
    "ResponseFormatTextPython",
    "ResponseFormatTextPythonType",
    "ResponseFormatTextType",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDeltaEventType",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseFunctionCallArgumentsDoneEventType",
    "ResponseHealingPlugin",
    "ResponseHealingPluginId",
    "ResponseIncompleteEvent",
    "ResponseIncompleteEventType",
    "ResponseInProgressEvent",
    "ResponseInProgressEventType",
    "ResponseInputAudio",
    "ResponseInputAudioInputAudio",
    "ResponseInputAudioInputAudioFormat",
    "ResponseInputAudioType",
    "ResponseInputFile",
    "ResponseInputFileType",
    "ResponseInputImage",
    "ResponseInputImageDetail",
    "ResponseInputImageType",
    "ResponseInputText",
    "ResponseInputTextType",
    "ResponseInputVideo",
    "ResponseInputVideoType",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemAddedEventType",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputItemDoneEventType",
    "ResponseOutputText",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseOutputTextAnnotationAddedEventType",
    "ResponseOutputTextType",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartAddedEventType",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryPartDoneEventType",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDeltaEventType",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningSummaryTextDoneEventType",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDeltaEventType",
    "ResponseReasoningTextDoneEvent",
    "ResponseReasoningTextDoneEventType",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDeltaEventType",
    "ResponseRefusalDoneEvent",
    "ResponseRefusalDoneEventType",
    "ResponsesErrorField",
    "ResponsesErrorFieldCode",
    "ResponsesFormatJSONObject",
    "ResponsesFormatJSONObjectType",
    "ResponsesFormatText",
    "ResponsesFormatTextJSONSchemaConfig",
    "ResponsesFormatTextJSONSchemaConfigSchema",
    "ResponsesFormatTextJSONSchemaConfigType",
    "ResponsesFormatTextType",
    "ResponsesImageGenerationCall",
    "ResponsesImageGenerationCallType",
    "ResponsesOutputItemFileSearchCall",
    "ResponsesOutputItemFileSearchCallType",
    "ResponsesOutputItemFunctionCall",
    "ResponsesOutputItemFunctionCallType",
    "ResponsesOutputItemReasoning",
    "ResponsesOutputMessage",
    "ResponsesOutputMessageRole",
    "ResponsesOutputMessageType",
    "ResponsesOutputModality",
    "ResponsesSearchContextSize",
    "ResponsesTokenLogprob",
    "ResponsesTokenLogprobTopLogprobsItem",
    "ResponsesToolChoiceFunction",
    "ResponsesToolChoiceFunctionType",
    "ResponsesToolChoiceHosted",
    "ResponsesToolChoiceHostedType",
    "ResponsesWebSearchCallOutput",
    "ResponsesWebSearchCallOutputActionFindInPage",
    "ResponsesWebSearchCallOutputActionFindInPageType",
    "ResponsesWebSearchCallOutputActionOpenPage",
    "ResponsesWebSearchCallOutputActionOpenPageType",
    "ResponsesWebSearchCallOutputActionSearch",
    "ResponsesWebSearchCallOutputActionSearchSourcesItem",
    "ResponsesWebSearchCallOutputActionSearchSourcesItemType",
    "ResponsesWebSearchCallOutputActionSearchType",
    "ResponsesWebSearchCallOutputType",
    "ResponsesWebSearchUserLocation",
    "ResponsesWebSearchUserLocationType",
    "ResponseTextConfig",
    "ResponseTextConfigVerbosityType1",
    "ResponseTextConfigVerbosityType2Type1",
    "ResponseTextConfigVerbosityType3Type1",
    "ResponseTextDeltaEvent",
    "ResponseTextDeltaEventType",
    "ResponseTextDoneEvent",
    "ResponseTextDoneEventType",
    "SendChatCompletionRequestXOpenRouterMetadata",
    "ServerToolChoice",
    "ServerToolUseDetails",
    "StopConditionMaxCost",
    "StopConditionMaxCostType",
    "StopConditionStepCount",
    "StopConditionStepCountType",
    "SystemMessage",
    "SystemMessageRole",
    "ToolCallStatus",
    "ToolChoiceOptionType0",
    "ToolDefinitionJson",
    "ToolDefinitionJsonFunction",
    "ToolDefinitionJsonFunctionParameters",
    "ToolDefinitionJsonType",
    "ToolResponseMessage",
    "ToolResponseMessageRole",
    "TopProviderInfo",
    "TraceConfig",
    "UpdateGuardrailRequest",
    "UpdateGuardrailResponse",
    "UpdateGuardrailXOpenRouterMetadata",
    "UpdateKeyRequest",
    "UpdateKeyRequestLimitResetType1",
    "UpdateKeyRequestLimitResetType2Type1",
    "UpdateKeyRequestLimitResetType3Type1",
    "UpdateKeyResponse",
    "UpdateKeysXOpenRouterMetadata",
    "URLCitation",
    "URLCitationType",
    "UserMessage",
    "UserMessageRole",
    "VideoInput",
    "Web3Data",
    "Web3TransferIntent",
    "Web3TransferIntentCallData",
    "Web3TransferIntentMetadata",
    "WebSearchEngine",
    "WebSearchPlugin",
    "WebSearchPluginId",
    "WebSearchPluginNativeToolVersion",
    "WebSearchPreviewToolUserLocation",
    "WebSearchPreviewToolUserLocationType",
    "WebSearchStatus",
    "WebSearchToolFilters",
    "ZdrEndpointsResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
