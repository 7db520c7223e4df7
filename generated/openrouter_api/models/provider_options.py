from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.provider_options_01_ai import ProviderOptions01Ai
    from ..models.provider_options_ai_21 import ProviderOptionsAi21
    from ..models.provider_options_aion_labs import ProviderOptionsAionLabs
    from ..models.provider_options_akashml import ProviderOptionsAkashml
    from ..models.provider_options_alibaba import ProviderOptionsAlibaba
    from ..models.provider_options_amazon_bedrock import ProviderOptionsAmazonBedrock
    from ..models.provider_options_amazon_bedrockclaude_on_aws import ProviderOptionsAmazonBedrockclaudeOnAws
    from ..models.provider_options_amazon_nova import ProviderOptionsAmazonNova
    from ..models.provider_options_ambient import ProviderOptionsAmbient
    from ..models.provider_options_anthropic import ProviderOptionsAnthropic
    from ..models.provider_options_anthropic_2 import ProviderOptionsAnthropic2
    from ..models.provider_options_anyscale import ProviderOptionsAnyscale
    from ..models.provider_options_arcee_ai import ProviderOptionsArceeAi
    from ..models.provider_options_atlas_cloud import ProviderOptionsAtlasCloud
    from ..models.provider_options_atoma import ProviderOptionsAtoma
    from ..models.provider_options_avian import ProviderOptionsAvian
    from ..models.provider_options_azure import ProviderOptionsAzure
    from ..models.provider_options_baidu import ProviderOptionsBaidu
    from ..models.provider_options_baseten import ProviderOptionsBaseten
    from ..models.provider_options_black_forest_labs import ProviderOptionsBlackForestLabs
    from ..models.provider_options_byteplus import ProviderOptionsByteplus
    from ..models.provider_options_centml import ProviderOptionsCentml
    from ..models.provider_options_cerebras import ProviderOptionsCerebras
    from ..models.provider_options_chutes import ProviderOptionsChutes
    from ..models.provider_options_cirrascale import ProviderOptionsCirrascale
    from ..models.provider_options_clarifai import ProviderOptionsClarifai
    from ..models.provider_options_claude_on_aws import ProviderOptionsClaudeOnAws
    from ..models.provider_options_cloudflare import ProviderOptionsCloudflare
    from ..models.provider_options_cohere import ProviderOptionsCohere
    from ..models.provider_options_coreweave import ProviderOptionsCoreweave
    from ..models.provider_options_crofai import ProviderOptionsCrofai
    from ..models.provider_options_crucible import ProviderOptionsCrucible
    from ..models.provider_options_crusoe import ProviderOptionsCrusoe
    from ..models.provider_options_darkbloom import ProviderOptionsDarkbloom
    from ..models.provider_options_databricks import ProviderOptionsDatabricks
    from ..models.provider_options_decart import ProviderOptionsDecart
    from ..models.provider_options_deepgram import ProviderOptionsDeepgram
    from ..models.provider_options_deepinfra import ProviderOptionsDeepinfra
    from ..models.provider_options_deepseek import ProviderOptionsDeepseek
    from ..models.provider_options_dekallm import ProviderOptionsDekallm
    from ..models.provider_options_digitalocean import ProviderOptionsDigitalocean
    from ..models.provider_options_enfer import ProviderOptionsEnfer
    from ..models.provider_options_fake_provider import ProviderOptionsFakeProvider
    from ..models.provider_options_featherless import ProviderOptionsFeatherless
    from ..models.provider_options_fireworks import ProviderOptionsFireworks
    from ..models.provider_options_fish_audio import ProviderOptionsFishAudio
    from ..models.provider_options_friendli import ProviderOptionsFriendli
    from ..models.provider_options_gmicloud import ProviderOptionsGmicloud
    from ..models.provider_options_google_ai_studio import ProviderOptionsGoogleAiStudio
    from ..models.provider_options_google_vertex import ProviderOptionsGoogleVertex
    from ..models.provider_options_gopomelo import ProviderOptionsGopomelo
    from ..models.provider_options_groq import ProviderOptionsGroq
    from ..models.provider_options_heygen import ProviderOptionsHeygen
    from ..models.provider_options_huggingface import ProviderOptionsHuggingface
    from ..models.provider_options_hyperbolic import ProviderOptionsHyperbolic
    from ..models.provider_options_hyperbolic_quantized import ProviderOptionsHyperbolicQuantized
    from ..models.provider_options_inception import ProviderOptionsInception
    from ..models.provider_options_inceptron import ProviderOptionsInceptron
    from ..models.provider_options_inferact_vllm import ProviderOptionsInferactVllm
    from ..models.provider_options_inference_net import ProviderOptionsInferenceNet
    from ..models.provider_options_infermatic import ProviderOptionsInfermatic
    from ..models.provider_options_inflection import ProviderOptionsInflection
    from ..models.provider_options_inocloud import ProviderOptionsInocloud
    from ..models.provider_options_io_net import ProviderOptionsIoNet
    from ..models.provider_options_ionstream import ProviderOptionsIonstream
    from ..models.provider_options_klusterai import ProviderOptionsKlusterai
    from ..models.provider_options_krea import ProviderOptionsKrea
    from ..models.provider_options_lambda import ProviderOptionsLambda
    from ..models.provider_options_lepton import ProviderOptionsLepton
    from ..models.provider_options_liquid import ProviderOptionsLiquid
    from ..models.provider_options_lynn import ProviderOptionsLynn
    from ..models.provider_options_lynn_private import ProviderOptionsLynnPrivate
    from ..models.provider_options_makora import ProviderOptionsMakora
    from ..models.provider_options_mancer import ProviderOptionsMancer
    from ..models.provider_options_mancer_old import ProviderOptionsMancerOld
    from ..models.provider_options_mara import ProviderOptionsMara
    from ..models.provider_options_meta import ProviderOptionsMeta
    from ..models.provider_options_minimax import ProviderOptionsMinimax
    from ..models.provider_options_mistral import ProviderOptionsMistral
    from ..models.provider_options_modal import ProviderOptionsModal
    from ..models.provider_options_modelrun import ProviderOptionsModelrun
    from ..models.provider_options_modular import ProviderOptionsModular
    from ..models.provider_options_moonshotai import ProviderOptionsMoonshotai
    from ..models.provider_options_morph import ProviderOptionsMorph
    from ..models.provider_options_ncompass import ProviderOptionsNcompass
    from ..models.provider_options_nebius import ProviderOptionsNebius
    from ..models.provider_options_nex_agi import ProviderOptionsNexAgi
    from ..models.provider_options_nextbit import ProviderOptionsNextbit
    from ..models.provider_options_nineteen import ProviderOptionsNineteen
    from ..models.provider_options_novita import ProviderOptionsNovita
    from ..models.provider_options_nvidia import ProviderOptionsNvidia
    from ..models.provider_options_octoai import ProviderOptionsOctoai
    from ..models.provider_options_open_inference import ProviderOptionsOpenInference
    from ..models.provider_options_openai import ProviderOptionsOpenai
    from ..models.provider_options_parasail import ProviderOptionsParasail
    from ..models.provider_options_perceptron import ProviderOptionsPerceptron
    from ..models.provider_options_perplexity import ProviderOptionsPerplexity
    from ..models.provider_options_phala import ProviderOptionsPhala
    from ..models.provider_options_poolside import ProviderOptionsPoolside
    from ..models.provider_options_quiver import ProviderOptionsQuiver
    from ..models.provider_options_recraft import ProviderOptionsRecraft
    from ..models.provider_options_recursal import ProviderOptionsRecursal
    from ..models.provider_options_reflection import ProviderOptionsReflection
    from ..models.provider_options_reka import ProviderOptionsReka
    from ..models.provider_options_relace import ProviderOptionsRelace
    from ..models.provider_options_replicate import ProviderOptionsReplicate
    from ..models.provider_options_runway import ProviderOptionsRunway
    from ..models.provider_options_sail_research import ProviderOptionsSailResearch
    from ..models.provider_options_sakana import ProviderOptionsSakana
    from ..models.provider_options_sakana_ai import ProviderOptionsSakanaAi
    from ..models.provider_options_sambanova import ProviderOptionsSambanova
    from ..models.provider_options_sambanova_cloaked import ProviderOptionsSambanovaCloaked
    from ..models.provider_options_seed import ProviderOptionsSeed
    from ..models.provider_options_sf_compute import ProviderOptionsSfCompute
    from ..models.provider_options_siliconflow import ProviderOptionsSiliconflow
    from ..models.provider_options_sourceful import ProviderOptionsSourceful
    from ..models.provider_options_stealth import ProviderOptionsStealth
    from ..models.provider_options_stepfun import ProviderOptionsStepfun
    from ..models.provider_options_streamlake import ProviderOptionsStreamlake
    from ..models.provider_options_switchpoint import ProviderOptionsSwitchpoint
    from ..models.provider_options_targon import ProviderOptionsTargon
    from ..models.provider_options_tencent import ProviderOptionsTencent
    from ..models.provider_options_tenstorrent import ProviderOptionsTenstorrent
    from ..models.provider_options_thinkingmachines import ProviderOptionsThinkingmachines
    from ..models.provider_options_together import ProviderOptionsTogether
    from ..models.provider_options_together_lite import ProviderOptionsTogetherLite
    from ..models.provider_options_ubicloud import ProviderOptionsUbicloud
    from ..models.provider_options_upstage import ProviderOptionsUpstage
    from ..models.provider_options_venice import ProviderOptionsVenice
    from ..models.provider_options_voyageai import ProviderOptionsVoyageai
    from ..models.provider_options_wafer import ProviderOptionsWafer
    from ..models.provider_options_wandb import ProviderOptionsWandb
    from ..models.provider_options_wandb_legacy import ProviderOptionsWandbLegacy
    from ..models.provider_options_xai import ProviderOptionsXai
    from ..models.provider_options_xiaomi import ProviderOptionsXiaomi
    from ..models.provider_options_z_ai import ProviderOptionsZAi

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ProviderOptions01Ai, \
        ProviderOptionsAi21, \
        ProviderOptionsAionLabs, \
        ProviderOptionsAkashml, \
        ProviderOptionsAlibaba, \
        ProviderOptionsAmazonBedrock, \
        ProviderOptionsAmazonBedrockclaudeOnAws, \
        ProviderOptionsAmazonNova, \
        ProviderOptionsAmbient, \
        ProviderOptionsAnthropic, \
        ProviderOptionsAnthropic2, \
        ProviderOptionsAnyscale, \
        ProviderOptionsArceeAi, \
        ProviderOptionsAtlasCloud, \
        ProviderOptionsAtoma, \
        ProviderOptionsAvian, \
        ProviderOptionsAzure, \
        ProviderOptionsBaidu, \
        ProviderOptionsBaseten, \
        ProviderOptionsBlackForestLabs, \
        ProviderOptionsByteplus, \
        ProviderOptionsCentml, \
        ProviderOptionsCerebras, \
        ProviderOptionsChutes, \
        ProviderOptionsCirrascale, \
        ProviderOptionsClarifai, \
        ProviderOptionsClaudeOnAws, \
        ProviderOptionsCloudflare, \
        ProviderOptionsCohere, \
        ProviderOptionsCoreweave, \
        ProviderOptionsCrofai, \
        ProviderOptionsCrucible, \
        ProviderOptionsCrusoe, \
        ProviderOptionsDarkbloom, \
        ProviderOptionsDatabricks, \
        ProviderOptionsDecart, \
        ProviderOptionsDeepgram, \
        ProviderOptionsDeepinfra, \
        ProviderOptionsDeepseek, \
        ProviderOptionsDekallm, \
        ProviderOptionsDigitalocean, \
        ProviderOptionsEnfer, \
        ProviderOptionsFakeProvider, \
        ProviderOptionsFeatherless, \
        ProviderOptionsFireworks, \
        ProviderOptionsFishAudio, \
        ProviderOptionsFriendli, \
        ProviderOptionsGmicloud, \
        ProviderOptionsGoogleAiStudio, \
        ProviderOptionsGoogleVertex, \
        ProviderOptionsGopomelo, \
        ProviderOptionsGroq, \
        ProviderOptionsHeygen, \
        ProviderOptionsHuggingface, \
        ProviderOptionsHyperbolic, \
        ProviderOptionsHyperbolicQuantized, \
        ProviderOptionsInception, \
        ProviderOptionsInceptron, \
        ProviderOptionsInferactVllm, \
        ProviderOptionsInferenceNet, \
        ProviderOptionsInfermatic, \
        ProviderOptionsInflection, \
        ProviderOptionsInocloud, \
        ProviderOptionsIoNet, \
        ProviderOptionsIonstream, \
        ProviderOptionsKlusterai, \
        ProviderOptionsKrea, \
        ProviderOptionsLambda, \
        ProviderOptionsLepton, \
        ProviderOptionsLiquid, \
        ProviderOptionsLynn, \
        ProviderOptionsLynnPrivate, \
        ProviderOptionsMakora, \
        ProviderOptionsMancer, \
        ProviderOptionsMancerOld, \
        ProviderOptionsMara, \
        ProviderOptionsMeta, \
        ProviderOptionsMinimax, \
        ProviderOptionsMistral, \
        ProviderOptionsModal, \
        ProviderOptionsModelrun, \
        ProviderOptionsModular, \
        ProviderOptionsMoonshotai, \
        ProviderOptionsMorph, \
        ProviderOptionsNcompass, \
        ProviderOptionsNebius, \
        ProviderOptionsNexAgi, \
        ProviderOptionsNextbit, \
        ProviderOptionsNineteen, \
        ProviderOptionsNovita, \
        ProviderOptionsNvidia, \
        ProviderOptionsOctoai, \
        ProviderOptionsOpenInference, \
        ProviderOptionsOpenai, \
        ProviderOptionsParasail, \
        ProviderOptionsPerceptron, \
        ProviderOptionsPerplexity, \
        ProviderOptionsPhala, \
        ProviderOptionsPoolside, \
        ProviderOptionsQuiver, \
        ProviderOptionsRecraft, \
        ProviderOptionsRecursal, \
        ProviderOptionsReflection, \
        ProviderOptionsReka, \
        ProviderOptionsRelace, \
        ProviderOptionsReplicate, \
        ProviderOptionsRunway, \
        ProviderOptionsSailResearch, \
        ProviderOptionsSakana, \
        ProviderOptionsSakanaAi, \
        ProviderOptionsSambanova, \
        ProviderOptionsSambanovaCloaked, \
        ProviderOptionsSeed, \
        ProviderOptionsSfCompute, \
        ProviderOptionsSiliconflow, \
        ProviderOptionsSourceful, \
        ProviderOptionsStealth, \
        ProviderOptionsStepfun, \
        ProviderOptionsStreamlake, \
        ProviderOptionsSwitchpoint, \
        ProviderOptionsTargon, \
        ProviderOptionsTencent, \
        ProviderOptionsTenstorrent, \
        ProviderOptionsThinkingmachines, \
        ProviderOptionsTogether, \
        ProviderOptionsTogetherLite, \
        ProviderOptionsUbicloud, \
        ProviderOptionsUpstage, \
        ProviderOptionsVenice, \
        ProviderOptionsVoyageai, \
        ProviderOptionsWafer, \
        ProviderOptionsWandb, \
        ProviderOptionsWandbLegacy, \
        ProviderOptionsXai, \
        ProviderOptionsXiaomi, \
        ProviderOptionsZAi
    if _lazy_imports_resolved:
        return
    from ..models.provider_options_01_ai import ProviderOptions01Ai  # noqa: PLC0415
    from ..models.provider_options_ai_21 import ProviderOptionsAi21  # noqa: PLC0415
    from ..models.provider_options_aion_labs import ProviderOptionsAionLabs  # noqa: PLC0415
    from ..models.provider_options_akashml import ProviderOptionsAkashml  # noqa: PLC0415
    from ..models.provider_options_alibaba import ProviderOptionsAlibaba  # noqa: PLC0415
    from ..models.provider_options_amazon_bedrock import ProviderOptionsAmazonBedrock  # noqa: PLC0415
    from ..models.provider_options_amazon_bedrockclaude_on_aws import ProviderOptionsAmazonBedrockclaudeOnAws  # noqa: PLC0415
    from ..models.provider_options_amazon_nova import ProviderOptionsAmazonNova  # noqa: PLC0415
    from ..models.provider_options_ambient import ProviderOptionsAmbient  # noqa: PLC0415
    from ..models.provider_options_anthropic import ProviderOptionsAnthropic  # noqa: PLC0415
    from ..models.provider_options_anthropic_2 import ProviderOptionsAnthropic2  # noqa: PLC0415
    from ..models.provider_options_anyscale import ProviderOptionsAnyscale  # noqa: PLC0415
    from ..models.provider_options_arcee_ai import ProviderOptionsArceeAi  # noqa: PLC0415
    from ..models.provider_options_atlas_cloud import ProviderOptionsAtlasCloud  # noqa: PLC0415
    from ..models.provider_options_atoma import ProviderOptionsAtoma  # noqa: PLC0415
    from ..models.provider_options_avian import ProviderOptionsAvian  # noqa: PLC0415
    from ..models.provider_options_azure import ProviderOptionsAzure  # noqa: PLC0415
    from ..models.provider_options_baidu import ProviderOptionsBaidu  # noqa: PLC0415
    from ..models.provider_options_baseten import ProviderOptionsBaseten  # noqa: PLC0415
    from ..models.provider_options_black_forest_labs import ProviderOptionsBlackForestLabs  # noqa: PLC0415
    from ..models.provider_options_byteplus import ProviderOptionsByteplus  # noqa: PLC0415
    from ..models.provider_options_centml import ProviderOptionsCentml  # noqa: PLC0415
    from ..models.provider_options_cerebras import ProviderOptionsCerebras  # noqa: PLC0415
    from ..models.provider_options_chutes import ProviderOptionsChutes  # noqa: PLC0415
    from ..models.provider_options_cirrascale import ProviderOptionsCirrascale  # noqa: PLC0415
    from ..models.provider_options_clarifai import ProviderOptionsClarifai  # noqa: PLC0415
    from ..models.provider_options_claude_on_aws import ProviderOptionsClaudeOnAws  # noqa: PLC0415
    from ..models.provider_options_cloudflare import ProviderOptionsCloudflare  # noqa: PLC0415
    from ..models.provider_options_cohere import ProviderOptionsCohere  # noqa: PLC0415
    from ..models.provider_options_coreweave import ProviderOptionsCoreweave  # noqa: PLC0415
    from ..models.provider_options_crofai import ProviderOptionsCrofai  # noqa: PLC0415
    from ..models.provider_options_crucible import ProviderOptionsCrucible  # noqa: PLC0415
    from ..models.provider_options_crusoe import ProviderOptionsCrusoe  # noqa: PLC0415
    from ..models.provider_options_darkbloom import ProviderOptionsDarkbloom  # noqa: PLC0415
    from ..models.provider_options_databricks import ProviderOptionsDatabricks  # noqa: PLC0415
    from ..models.provider_options_decart import ProviderOptionsDecart  # noqa: PLC0415
    from ..models.provider_options_deepgram import ProviderOptionsDeepgram  # noqa: PLC0415
    from ..models.provider_options_deepinfra import ProviderOptionsDeepinfra  # noqa: PLC0415
    from ..models.provider_options_deepseek import ProviderOptionsDeepseek  # noqa: PLC0415
    from ..models.provider_options_dekallm import ProviderOptionsDekallm  # noqa: PLC0415
    from ..models.provider_options_digitalocean import ProviderOptionsDigitalocean  # noqa: PLC0415
    from ..models.provider_options_enfer import ProviderOptionsEnfer  # noqa: PLC0415
    from ..models.provider_options_fake_provider import ProviderOptionsFakeProvider  # noqa: PLC0415
    from ..models.provider_options_featherless import ProviderOptionsFeatherless  # noqa: PLC0415
    from ..models.provider_options_fireworks import ProviderOptionsFireworks  # noqa: PLC0415
    from ..models.provider_options_fish_audio import ProviderOptionsFishAudio  # noqa: PLC0415
    from ..models.provider_options_friendli import ProviderOptionsFriendli  # noqa: PLC0415
    from ..models.provider_options_gmicloud import ProviderOptionsGmicloud  # noqa: PLC0415
    from ..models.provider_options_google_ai_studio import ProviderOptionsGoogleAiStudio  # noqa: PLC0415
    from ..models.provider_options_google_vertex import ProviderOptionsGoogleVertex  # noqa: PLC0415
    from ..models.provider_options_gopomelo import ProviderOptionsGopomelo  # noqa: PLC0415
    from ..models.provider_options_groq import ProviderOptionsGroq  # noqa: PLC0415
    from ..models.provider_options_heygen import ProviderOptionsHeygen  # noqa: PLC0415
    from ..models.provider_options_huggingface import ProviderOptionsHuggingface  # noqa: PLC0415
    from ..models.provider_options_hyperbolic import ProviderOptionsHyperbolic  # noqa: PLC0415
    from ..models.provider_options_hyperbolic_quantized import ProviderOptionsHyperbolicQuantized  # noqa: PLC0415
    from ..models.provider_options_inception import ProviderOptionsInception  # noqa: PLC0415
    from ..models.provider_options_inceptron import ProviderOptionsInceptron  # noqa: PLC0415
    from ..models.provider_options_inferact_vllm import ProviderOptionsInferactVllm  # noqa: PLC0415
    from ..models.provider_options_inference_net import ProviderOptionsInferenceNet  # noqa: PLC0415
    from ..models.provider_options_infermatic import ProviderOptionsInfermatic  # noqa: PLC0415
    from ..models.provider_options_inflection import ProviderOptionsInflection  # noqa: PLC0415
    from ..models.provider_options_inocloud import ProviderOptionsInocloud  # noqa: PLC0415
    from ..models.provider_options_io_net import ProviderOptionsIoNet  # noqa: PLC0415
    from ..models.provider_options_ionstream import ProviderOptionsIonstream  # noqa: PLC0415
    from ..models.provider_options_klusterai import ProviderOptionsKlusterai  # noqa: PLC0415
    from ..models.provider_options_krea import ProviderOptionsKrea  # noqa: PLC0415
    from ..models.provider_options_lambda import ProviderOptionsLambda  # noqa: PLC0415
    from ..models.provider_options_lepton import ProviderOptionsLepton  # noqa: PLC0415
    from ..models.provider_options_liquid import ProviderOptionsLiquid  # noqa: PLC0415
    from ..models.provider_options_lynn import ProviderOptionsLynn  # noqa: PLC0415
    from ..models.provider_options_lynn_private import ProviderOptionsLynnPrivate  # noqa: PLC0415
    from ..models.provider_options_makora import ProviderOptionsMakora  # noqa: PLC0415
    from ..models.provider_options_mancer import ProviderOptionsMancer  # noqa: PLC0415
    from ..models.provider_options_mancer_old import ProviderOptionsMancerOld  # noqa: PLC0415
    from ..models.provider_options_mara import ProviderOptionsMara  # noqa: PLC0415
    from ..models.provider_options_meta import ProviderOptionsMeta  # noqa: PLC0415
    from ..models.provider_options_minimax import ProviderOptionsMinimax  # noqa: PLC0415
    from ..models.provider_options_mistral import ProviderOptionsMistral  # noqa: PLC0415
    from ..models.provider_options_modal import ProviderOptionsModal  # noqa: PLC0415
    from ..models.provider_options_modelrun import ProviderOptionsModelrun  # noqa: PLC0415
    from ..models.provider_options_modular import ProviderOptionsModular  # noqa: PLC0415
    from ..models.provider_options_moonshotai import ProviderOptionsMoonshotai  # noqa: PLC0415
    from ..models.provider_options_morph import ProviderOptionsMorph  # noqa: PLC0415
    from ..models.provider_options_ncompass import ProviderOptionsNcompass  # noqa: PLC0415
    from ..models.provider_options_nebius import ProviderOptionsNebius  # noqa: PLC0415
    from ..models.provider_options_nex_agi import ProviderOptionsNexAgi  # noqa: PLC0415
    from ..models.provider_options_nextbit import ProviderOptionsNextbit  # noqa: PLC0415
    from ..models.provider_options_nineteen import ProviderOptionsNineteen  # noqa: PLC0415
    from ..models.provider_options_novita import ProviderOptionsNovita  # noqa: PLC0415
    from ..models.provider_options_nvidia import ProviderOptionsNvidia  # noqa: PLC0415
    from ..models.provider_options_octoai import ProviderOptionsOctoai  # noqa: PLC0415
    from ..models.provider_options_open_inference import ProviderOptionsOpenInference  # noqa: PLC0415
    from ..models.provider_options_openai import ProviderOptionsOpenai  # noqa: PLC0415
    from ..models.provider_options_parasail import ProviderOptionsParasail  # noqa: PLC0415
    from ..models.provider_options_perceptron import ProviderOptionsPerceptron  # noqa: PLC0415
    from ..models.provider_options_perplexity import ProviderOptionsPerplexity  # noqa: PLC0415
    from ..models.provider_options_phala import ProviderOptionsPhala  # noqa: PLC0415
    from ..models.provider_options_poolside import ProviderOptionsPoolside  # noqa: PLC0415
    from ..models.provider_options_quiver import ProviderOptionsQuiver  # noqa: PLC0415
    from ..models.provider_options_recraft import ProviderOptionsRecraft  # noqa: PLC0415
    from ..models.provider_options_recursal import ProviderOptionsRecursal  # noqa: PLC0415
    from ..models.provider_options_reflection import ProviderOptionsReflection  # noqa: PLC0415
    from ..models.provider_options_reka import ProviderOptionsReka  # noqa: PLC0415
    from ..models.provider_options_relace import ProviderOptionsRelace  # noqa: PLC0415
    from ..models.provider_options_replicate import ProviderOptionsReplicate  # noqa: PLC0415
    from ..models.provider_options_runway import ProviderOptionsRunway  # noqa: PLC0415
    from ..models.provider_options_sail_research import ProviderOptionsSailResearch  # noqa: PLC0415
    from ..models.provider_options_sakana import ProviderOptionsSakana  # noqa: PLC0415
    from ..models.provider_options_sakana_ai import ProviderOptionsSakanaAi  # noqa: PLC0415
    from ..models.provider_options_sambanova import ProviderOptionsSambanova  # noqa: PLC0415
    from ..models.provider_options_sambanova_cloaked import ProviderOptionsSambanovaCloaked  # noqa: PLC0415
    from ..models.provider_options_seed import ProviderOptionsSeed  # noqa: PLC0415
    from ..models.provider_options_sf_compute import ProviderOptionsSfCompute  # noqa: PLC0415
    from ..models.provider_options_siliconflow import ProviderOptionsSiliconflow  # noqa: PLC0415
    from ..models.provider_options_sourceful import ProviderOptionsSourceful  # noqa: PLC0415
    from ..models.provider_options_stealth import ProviderOptionsStealth  # noqa: PLC0415
    from ..models.provider_options_stepfun import ProviderOptionsStepfun  # noqa: PLC0415
    from ..models.provider_options_streamlake import ProviderOptionsStreamlake  # noqa: PLC0415
    from ..models.provider_options_switchpoint import ProviderOptionsSwitchpoint  # noqa: PLC0415
    from ..models.provider_options_targon import ProviderOptionsTargon  # noqa: PLC0415
    from ..models.provider_options_tencent import ProviderOptionsTencent  # noqa: PLC0415
    from ..models.provider_options_tenstorrent import ProviderOptionsTenstorrent  # noqa: PLC0415
    from ..models.provider_options_thinkingmachines import ProviderOptionsThinkingmachines  # noqa: PLC0415
    from ..models.provider_options_together import ProviderOptionsTogether  # noqa: PLC0415
    from ..models.provider_options_together_lite import ProviderOptionsTogetherLite  # noqa: PLC0415
    from ..models.provider_options_ubicloud import ProviderOptionsUbicloud  # noqa: PLC0415
    from ..models.provider_options_upstage import ProviderOptionsUpstage  # noqa: PLC0415
    from ..models.provider_options_venice import ProviderOptionsVenice  # noqa: PLC0415
    from ..models.provider_options_voyageai import ProviderOptionsVoyageai  # noqa: PLC0415
    from ..models.provider_options_wafer import ProviderOptionsWafer  # noqa: PLC0415
    from ..models.provider_options_wandb import ProviderOptionsWandb  # noqa: PLC0415
    from ..models.provider_options_wandb_legacy import ProviderOptionsWandbLegacy  # noqa: PLC0415
    from ..models.provider_options_xai import ProviderOptionsXai  # noqa: PLC0415
    from ..models.provider_options_xiaomi import ProviderOptionsXiaomi  # noqa: PLC0415
    from ..models.provider_options_z_ai import ProviderOptionsZAi  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ProviderOptions")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "01ai",
        "ai21",
        "aion-labs",
        "akashml",
        "alibaba",
        "amazon-bedrock",
        "amazon-bedrock/claude-on-aws",
        "amazon-nova",
        "ambient",
        "anthropic",
        "anthropic/2",
        "anyscale",
        "arcee-ai",
        "atlas-cloud",
        "atoma",
        "avian",
        "azure",
        "baidu",
        "baseten",
        "black-forest-labs",
        "byteplus",
        "centml",
        "cerebras",
        "chutes",
        "cirrascale",
        "clarifai",
        "claude-on-aws",
        "cloudflare",
        "cohere",
        "coreweave",
        "crofai",
        "crucible",
        "crusoe",
        "darkbloom",
        "databricks",
        "decart",
        "deepgram",
        "deepinfra",
        "deepseek",
        "dekallm",
        "digitalocean",
        "enfer",
        "fake-provider",
        "featherless",
        "fireworks",
        "fish-audio",
        "friendli",
        "gmicloud",
        "google-ai-studio",
        "google-vertex",
        "gopomelo",
        "groq",
        "heygen",
        "huggingface",
        "hyperbolic",
        "hyperbolic-quantized",
        "inception",
        "inceptron",
        "inferact-vllm",
        "inference-net",
        "infermatic",
        "inflection",
        "inocloud",
        "io-net",
        "ionstream",
        "klusterai",
        "krea",
        "lambda",
        "lepton",
        "liquid",
        "lynn",
        "lynn-private",
        "makora",
        "mancer",
        "mancer-old",
        "mara",
        "meta",
        "minimax",
        "mistral",
        "modal",
        "modelrun",
        "modular",
        "moonshotai",
        "morph",
        "ncompass",
        "nebius",
        "nex-agi",
        "nextbit",
        "nineteen",
        "novita",
        "nvidia",
        "octoai",
        "open-inference",
        "openai",
        "parasail",
        "perceptron",
        "perplexity",
        "phala",
        "poolside",
        "quiver",
        "recraft",
        "recursal",
        "reflection",
        "reka",
        "relace",
        "replicate",
        "runway",
        "sail-research",
        "sakana",
        "sakana-ai",
        "sambanova",
        "sambanova-cloaked",
        "seed",
        "sf-compute",
        "siliconflow",
        "sourceful",
        "stealth",
        "stepfun",
        "streamlake",
        "switchpoint",
        "targon",
        "tencent",
        "tenstorrent",
        "thinkingmachines",
        "together",
        "together-lite",
        "ubicloud",
        "upstage",
        "venice",
        "voyageai",
        "wafer",
        "wandb",
        "wandb-legacy",
        "xai",
        "xiaomi",
        "z-ai",
    }
)


@_attrs_define(repr=False)
class ProviderOptions:
    """Provider-specific options keyed by provider slug. Only options for the matched provider are forwarded; the rest are
    ignored. Unrecognized keys are silently dropped.

        Example:
            {'openai': {'max_tokens': 1000}}

        Attributes:
            field_01ai (ProviderOptions01Ai | Unset):
            ai21 (ProviderOptionsAi21 | Unset):
            aion_labs (ProviderOptionsAionLabs | Unset):
            akashml (ProviderOptionsAkashml | Unset):
            alibaba (ProviderOptionsAlibaba | Unset):
            amazon_bedrock (ProviderOptionsAmazonBedrock | Unset):
            amazon_bedrockclaude_on_aws (ProviderOptionsAmazonBedrockclaudeOnAws | Unset):
            amazon_nova (ProviderOptionsAmazonNova | Unset):
            ambient (ProviderOptionsAmbient | Unset):
            anthropic (ProviderOptionsAnthropic | Unset):
            anthropic2 (ProviderOptionsAnthropic2 | Unset):
            anyscale (ProviderOptionsAnyscale | Unset):
            arcee_ai (ProviderOptionsArceeAi | Unset):
            atlas_cloud (ProviderOptionsAtlasCloud | Unset):
            atoma (ProviderOptionsAtoma | Unset):
            avian (ProviderOptionsAvian | Unset):
            azure (ProviderOptionsAzure | Unset):
            baidu (ProviderOptionsBaidu | Unset):
            baseten (ProviderOptionsBaseten | Unset):
            black_forest_labs (ProviderOptionsBlackForestLabs | Unset):
            byteplus (ProviderOptionsByteplus | Unset):
            centml (ProviderOptionsCentml | Unset):
            cerebras (ProviderOptionsCerebras | Unset):
            chutes (ProviderOptionsChutes | Unset):
            cirrascale (ProviderOptionsCirrascale | Unset):
            clarifai (ProviderOptionsClarifai | Unset):
            claude_on_aws (ProviderOptionsClaudeOnAws | Unset):
            cloudflare (ProviderOptionsCloudflare | Unset):
            cohere (ProviderOptionsCohere | Unset):
            coreweave (ProviderOptionsCoreweave | Unset):
            crofai (ProviderOptionsCrofai | Unset):
            crucible (ProviderOptionsCrucible | Unset):
            crusoe (ProviderOptionsCrusoe | Unset):
            darkbloom (ProviderOptionsDarkbloom | Unset):
            databricks (ProviderOptionsDatabricks | Unset):
            decart (ProviderOptionsDecart | Unset):
            deepgram (ProviderOptionsDeepgram | Unset):
            deepinfra (ProviderOptionsDeepinfra | Unset):
            deepseek (ProviderOptionsDeepseek | Unset):
            dekallm (ProviderOptionsDekallm | Unset):
            digitalocean (ProviderOptionsDigitalocean | Unset):
            enfer (ProviderOptionsEnfer | Unset):
            fake_provider (ProviderOptionsFakeProvider | Unset):
            featherless (ProviderOptionsFeatherless | Unset):
            fireworks (ProviderOptionsFireworks | Unset):
            fish_audio (ProviderOptionsFishAudio | Unset):
            friendli (ProviderOptionsFriendli | Unset):
            gmicloud (ProviderOptionsGmicloud | Unset):
            google_ai_studio (ProviderOptionsGoogleAiStudio | Unset):
            google_vertex (ProviderOptionsGoogleVertex | Unset):
            gopomelo (ProviderOptionsGopomelo | Unset):
            groq (ProviderOptionsGroq | Unset):
            heygen (ProviderOptionsHeygen | Unset):
            huggingface (ProviderOptionsHuggingface | Unset):
            hyperbolic (ProviderOptionsHyperbolic | Unset):
            hyperbolic_quantized (ProviderOptionsHyperbolicQuantized | Unset):
            inception (ProviderOptionsInception | Unset):
            inceptron (ProviderOptionsInceptron | Unset):
            inferact_vllm (ProviderOptionsInferactVllm | Unset):
            inference_net (ProviderOptionsInferenceNet | Unset):
            infermatic (ProviderOptionsInfermatic | Unset):
            inflection (ProviderOptionsInflection | Unset):
            inocloud (ProviderOptionsInocloud | Unset):
            io_net (ProviderOptionsIoNet | Unset):
            ionstream (ProviderOptionsIonstream | Unset):
            klusterai (ProviderOptionsKlusterai | Unset):
            krea (ProviderOptionsKrea | Unset):
            lambda_ (ProviderOptionsLambda | Unset):
            lepton (ProviderOptionsLepton | Unset):
            liquid (ProviderOptionsLiquid | Unset):
            lynn (ProviderOptionsLynn | Unset):
            lynn_private (ProviderOptionsLynnPrivate | Unset):
            makora (ProviderOptionsMakora | Unset):
            mancer (ProviderOptionsMancer | Unset):
            mancer_old (ProviderOptionsMancerOld | Unset):
            mara (ProviderOptionsMara | Unset):
            meta (ProviderOptionsMeta | Unset):
            minimax (ProviderOptionsMinimax | Unset):
            mistral (ProviderOptionsMistral | Unset):
            modal (ProviderOptionsModal | Unset):
            modelrun (ProviderOptionsModelrun | Unset):
            modular (ProviderOptionsModular | Unset):
            moonshotai (ProviderOptionsMoonshotai | Unset):
            morph (ProviderOptionsMorph | Unset):
            ncompass (ProviderOptionsNcompass | Unset):
            nebius (ProviderOptionsNebius | Unset):
            nex_agi (ProviderOptionsNexAgi | Unset):
            nextbit (ProviderOptionsNextbit | Unset):
            nineteen (ProviderOptionsNineteen | Unset):
            novita (ProviderOptionsNovita | Unset):
            nvidia (ProviderOptionsNvidia | Unset):
            octoai (ProviderOptionsOctoai | Unset):
            open_inference (ProviderOptionsOpenInference | Unset):
            openai (ProviderOptionsOpenai | Unset):
            parasail (ProviderOptionsParasail | Unset):
            perceptron (ProviderOptionsPerceptron | Unset):
            perplexity (ProviderOptionsPerplexity | Unset):
            phala (ProviderOptionsPhala | Unset):
            poolside (ProviderOptionsPoolside | Unset):
            quiver (ProviderOptionsQuiver | Unset):
            recraft (ProviderOptionsRecraft | Unset):
            recursal (ProviderOptionsRecursal | Unset):
            reflection (ProviderOptionsReflection | Unset):
            reka (ProviderOptionsReka | Unset):
            relace (ProviderOptionsRelace | Unset):
            replicate (ProviderOptionsReplicate | Unset):
            runway (ProviderOptionsRunway | Unset):
            sail_research (ProviderOptionsSailResearch | Unset):
            sakana (ProviderOptionsSakana | Unset):
            sakana_ai (ProviderOptionsSakanaAi | Unset):
            sambanova (ProviderOptionsSambanova | Unset):
            sambanova_cloaked (ProviderOptionsSambanovaCloaked | Unset):
            seed (ProviderOptionsSeed | Unset):
            sf_compute (ProviderOptionsSfCompute | Unset):
            siliconflow (ProviderOptionsSiliconflow | Unset):
            sourceful (ProviderOptionsSourceful | Unset):
            stealth (ProviderOptionsStealth | Unset):
            stepfun (ProviderOptionsStepfun | Unset):
            streamlake (ProviderOptionsStreamlake | Unset):
            switchpoint (ProviderOptionsSwitchpoint | Unset):
            targon (ProviderOptionsTargon | Unset):
            tencent (ProviderOptionsTencent | Unset):
            tenstorrent (ProviderOptionsTenstorrent | Unset):
            thinkingmachines (ProviderOptionsThinkingmachines | Unset):
            together (ProviderOptionsTogether | Unset):
            together_lite (ProviderOptionsTogetherLite | Unset):
            ubicloud (ProviderOptionsUbicloud | Unset):
            upstage (ProviderOptionsUpstage | Unset):
            venice (ProviderOptionsVenice | Unset):
            voyageai (ProviderOptionsVoyageai | Unset):
            wafer (ProviderOptionsWafer | Unset):
            wandb (ProviderOptionsWandb | Unset):
            wandb_legacy (ProviderOptionsWandbLegacy | Unset):
            xai (ProviderOptionsXai | Unset):
            xiaomi (ProviderOptionsXiaomi | Unset):
            z_ai (ProviderOptionsZAi | Unset):
    """

    field_01ai: ProviderOptions01Ai | Unset = UNSET
    ai21: ProviderOptionsAi21 | Unset = UNSET
    aion_labs: ProviderOptionsAionLabs | Unset = UNSET
    akashml: ProviderOptionsAkashml | Unset = UNSET
    alibaba: ProviderOptionsAlibaba | Unset = UNSET
    amazon_bedrock: ProviderOptionsAmazonBedrock | Unset = UNSET
    amazon_bedrockclaude_on_aws: ProviderOptionsAmazonBedrockclaudeOnAws | Unset = UNSET
    amazon_nova: ProviderOptionsAmazonNova | Unset = UNSET
    ambient: ProviderOptionsAmbient | Unset = UNSET
    anthropic: ProviderOptionsAnthropic | Unset = UNSET
    anthropic2: ProviderOptionsAnthropic2 | Unset = UNSET
    anyscale: ProviderOptionsAnyscale | Unset = UNSET
    arcee_ai: ProviderOptionsArceeAi | Unset = UNSET
    atlas_cloud: ProviderOptionsAtlasCloud | Unset = UNSET
    atoma: ProviderOptionsAtoma | Unset = UNSET
    avian: ProviderOptionsAvian | Unset = UNSET
    azure: ProviderOptionsAzure | Unset = UNSET
    baidu: ProviderOptionsBaidu | Unset = UNSET
    baseten: ProviderOptionsBaseten | Unset = UNSET
    black_forest_labs: ProviderOptionsBlackForestLabs | Unset = UNSET
    byteplus: ProviderOptionsByteplus | Unset = UNSET
    centml: ProviderOptionsCentml | Unset = UNSET
    cerebras: ProviderOptionsCerebras | Unset = UNSET
    chutes: ProviderOptionsChutes | Unset = UNSET
    cirrascale: ProviderOptionsCirrascale | Unset = UNSET
    clarifai: ProviderOptionsClarifai | Unset = UNSET
    claude_on_aws: ProviderOptionsClaudeOnAws | Unset = UNSET
    cloudflare: ProviderOptionsCloudflare | Unset = UNSET
    cohere: ProviderOptionsCohere | Unset = UNSET
    coreweave: ProviderOptionsCoreweave | Unset = UNSET
    crofai: ProviderOptionsCrofai | Unset = UNSET
    crucible: ProviderOptionsCrucible | Unset = UNSET
    crusoe: ProviderOptionsCrusoe | Unset = UNSET
    darkbloom: ProviderOptionsDarkbloom | Unset = UNSET
    databricks: ProviderOptionsDatabricks | Unset = UNSET
    decart: ProviderOptionsDecart | Unset = UNSET
    deepgram: ProviderOptionsDeepgram | Unset = UNSET
    deepinfra: ProviderOptionsDeepinfra | Unset = UNSET
    deepseek: ProviderOptionsDeepseek | Unset = UNSET
    dekallm: ProviderOptionsDekallm | Unset = UNSET
    digitalocean: ProviderOptionsDigitalocean | Unset = UNSET
    enfer: ProviderOptionsEnfer | Unset = UNSET
    fake_provider: ProviderOptionsFakeProvider | Unset = UNSET
    featherless: ProviderOptionsFeatherless | Unset = UNSET
    fireworks: ProviderOptionsFireworks | Unset = UNSET
    fish_audio: ProviderOptionsFishAudio | Unset = UNSET
    friendli: ProviderOptionsFriendli | Unset = UNSET
    gmicloud: ProviderOptionsGmicloud | Unset = UNSET
    google_ai_studio: ProviderOptionsGoogleAiStudio | Unset = UNSET
    google_vertex: ProviderOptionsGoogleVertex | Unset = UNSET
    gopomelo: ProviderOptionsGopomelo | Unset = UNSET
    groq: ProviderOptionsGroq | Unset = UNSET
    heygen: ProviderOptionsHeygen | Unset = UNSET
    huggingface: ProviderOptionsHuggingface | Unset = UNSET
    hyperbolic: ProviderOptionsHyperbolic | Unset = UNSET
    hyperbolic_quantized: ProviderOptionsHyperbolicQuantized | Unset = UNSET
    inception: ProviderOptionsInception | Unset = UNSET
    inceptron: ProviderOptionsInceptron | Unset = UNSET
    inferact_vllm: ProviderOptionsInferactVllm | Unset = UNSET
    inference_net: ProviderOptionsInferenceNet | Unset = UNSET
    infermatic: ProviderOptionsInfermatic | Unset = UNSET
    inflection: ProviderOptionsInflection | Unset = UNSET
    inocloud: ProviderOptionsInocloud | Unset = UNSET
    io_net: ProviderOptionsIoNet | Unset = UNSET
    ionstream: ProviderOptionsIonstream | Unset = UNSET
    klusterai: ProviderOptionsKlusterai | Unset = UNSET
    krea: ProviderOptionsKrea | Unset = UNSET
    lambda_: ProviderOptionsLambda | Unset = UNSET
    lepton: ProviderOptionsLepton | Unset = UNSET
    liquid: ProviderOptionsLiquid | Unset = UNSET
    lynn: ProviderOptionsLynn | Unset = UNSET
    lynn_private: ProviderOptionsLynnPrivate | Unset = UNSET
    makora: ProviderOptionsMakora | Unset = UNSET
    mancer: ProviderOptionsMancer | Unset = UNSET
    mancer_old: ProviderOptionsMancerOld | Unset = UNSET
    mara: ProviderOptionsMara | Unset = UNSET
    meta: ProviderOptionsMeta | Unset = UNSET
    minimax: ProviderOptionsMinimax | Unset = UNSET
    mistral: ProviderOptionsMistral | Unset = UNSET
    modal: ProviderOptionsModal | Unset = UNSET
    modelrun: ProviderOptionsModelrun | Unset = UNSET
    modular: ProviderOptionsModular | Unset = UNSET
    moonshotai: ProviderOptionsMoonshotai | Unset = UNSET
    morph: ProviderOptionsMorph | Unset = UNSET
    ncompass: ProviderOptionsNcompass | Unset = UNSET
    nebius: ProviderOptionsNebius | Unset = UNSET
    nex_agi: ProviderOptionsNexAgi | Unset = UNSET
    nextbit: ProviderOptionsNextbit | Unset = UNSET
    nineteen: ProviderOptionsNineteen | Unset = UNSET
    novita: ProviderOptionsNovita | Unset = UNSET
    nvidia: ProviderOptionsNvidia | Unset = UNSET
    octoai: ProviderOptionsOctoai | Unset = UNSET
    open_inference: ProviderOptionsOpenInference | Unset = UNSET
    openai: ProviderOptionsOpenai | Unset = UNSET
    parasail: ProviderOptionsParasail | Unset = UNSET
    perceptron: ProviderOptionsPerceptron | Unset = UNSET
    perplexity: ProviderOptionsPerplexity | Unset = UNSET
    phala: ProviderOptionsPhala | Unset = UNSET
    poolside: ProviderOptionsPoolside | Unset = UNSET
    quiver: ProviderOptionsQuiver | Unset = UNSET
    recraft: ProviderOptionsRecraft | Unset = UNSET
    recursal: ProviderOptionsRecursal | Unset = UNSET
    reflection: ProviderOptionsReflection | Unset = UNSET
    reka: ProviderOptionsReka | Unset = UNSET
    relace: ProviderOptionsRelace | Unset = UNSET
    replicate: ProviderOptionsReplicate | Unset = UNSET
    runway: ProviderOptionsRunway | Unset = UNSET
    sail_research: ProviderOptionsSailResearch | Unset = UNSET
    sakana: ProviderOptionsSakana | Unset = UNSET
    sakana_ai: ProviderOptionsSakanaAi | Unset = UNSET
    sambanova: ProviderOptionsSambanova | Unset = UNSET
    sambanova_cloaked: ProviderOptionsSambanovaCloaked | Unset = UNSET
    seed: ProviderOptionsSeed | Unset = UNSET
    sf_compute: ProviderOptionsSfCompute | Unset = UNSET
    siliconflow: ProviderOptionsSiliconflow | Unset = UNSET
    sourceful: ProviderOptionsSourceful | Unset = UNSET
    stealth: ProviderOptionsStealth | Unset = UNSET
    stepfun: ProviderOptionsStepfun | Unset = UNSET
    streamlake: ProviderOptionsStreamlake | Unset = UNSET
    switchpoint: ProviderOptionsSwitchpoint | Unset = UNSET
    targon: ProviderOptionsTargon | Unset = UNSET
    tencent: ProviderOptionsTencent | Unset = UNSET
    tenstorrent: ProviderOptionsTenstorrent | Unset = UNSET
    thinkingmachines: ProviderOptionsThinkingmachines | Unset = UNSET
    together: ProviderOptionsTogether | Unset = UNSET
    together_lite: ProviderOptionsTogetherLite | Unset = UNSET
    ubicloud: ProviderOptionsUbicloud | Unset = UNSET
    upstage: ProviderOptionsUpstage | Unset = UNSET
    venice: ProviderOptionsVenice | Unset = UNSET
    voyageai: ProviderOptionsVoyageai | Unset = UNSET
    wafer: ProviderOptionsWafer | Unset = UNSET
    wandb: ProviderOptionsWandb | Unset = UNSET
    wandb_legacy: ProviderOptionsWandbLegacy | Unset = UNSET
    xai: ProviderOptionsXai | Unset = UNSET
    xiaomi: ProviderOptionsXiaomi | Unset = UNSET
    z_ai: ProviderOptionsZAi | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"field_01ai={self.field_01ai!r}, "
            f"ai21={self.ai21!r}, "
            f"aion_labs={self.aion_labs!r}, "
            f"akashml={self.akashml!r}, "
            f"alibaba={self.alibaba!r}, "
            f"amazon_bedrock={self.amazon_bedrock!r}, "
            f"amazon_bedrockclaude_on_aws={self.amazon_bedrockclaude_on_aws!r}, "
            f"amazon_nova={self.amazon_nova!r}, "
            f"ambient={self.ambient!r}, "
            f"anthropic={self.anthropic!r}, "
            f"anthropic2={self.anthropic2!r}, "
            f"anyscale={self.anyscale!r}, "
            f"arcee_ai={self.arcee_ai!r}, "
            f"atlas_cloud={self.atlas_cloud!r}, "
            f"atoma={self.atoma!r}, "
            f"avian={self.avian!r}, "
            f"azure={self.azure!r}, "
            f"baidu={self.baidu!r}, "
            f"baseten={self.baseten!r}, "
            f"black_forest_labs={self.black_forest_labs!r}, "
            f"byteplus={self.byteplus!r}, "
            f"centml={self.centml!r}, "
            f"cerebras={self.cerebras!r}, "
            f"chutes={self.chutes!r}, "
            f"cirrascale={self.cirrascale!r}, "
            f"clarifai={self.clarifai!r}, "
            f"claude_on_aws={self.claude_on_aws!r}, "
            f"cloudflare={self.cloudflare!r}, "
            f"cohere={self.cohere!r}, "
            f"coreweave={self.coreweave!r}, "
            f"crofai={self.crofai!r}, "
            f"crucible={self.crucible!r}, "
            f"crusoe={self.crusoe!r}, "
            f"darkbloom={self.darkbloom!r}, "
            f"databricks={self.databricks!r}, "
            f"decart={self.decart!r}, "
            f"deepgram={self.deepgram!r}, "
            f"deepinfra={self.deepinfra!r}, "
            f"deepseek={self.deepseek!r}, "
            f"dekallm={self.dekallm!r}, "
            f"digitalocean={self.digitalocean!r}, "
            f"enfer={self.enfer!r}, "
            f"fake_provider={self.fake_provider!r}, "
            f"featherless={self.featherless!r}, "
            f"fireworks={self.fireworks!r}, "
            f"fish_audio={self.fish_audio!r}, "
            f"friendli={self.friendli!r}, "
            f"gmicloud={self.gmicloud!r}, "
            f"google_ai_studio={self.google_ai_studio!r}, "
            f"google_vertex={self.google_vertex!r}, "
            f"gopomelo={self.gopomelo!r}, "
            f"groq={self.groq!r}, "
            f"heygen={self.heygen!r}, "
            f"huggingface={self.huggingface!r}, "
            f"hyperbolic={self.hyperbolic!r}, "
            f"hyperbolic_quantized={self.hyperbolic_quantized!r}, "
            f"inception={self.inception!r}, "
            f"inceptron={self.inceptron!r}, "
            f"inferact_vllm={self.inferact_vllm!r}, "
            f"inference_net={self.inference_net!r}, "
            f"infermatic={self.infermatic!r}, "
            f"inflection={self.inflection!r}, "
            f"inocloud={self.inocloud!r}, "
            f"io_net={self.io_net!r}, "
            f"ionstream={self.ionstream!r}, "
            f"klusterai={self.klusterai!r}, "
            f"krea={self.krea!r}, "
            f"lambda_={self.lambda_!r}, "
            f"lepton={self.lepton!r}, "
            f"liquid={self.liquid!r}, "
            f"lynn={self.lynn!r}, "
            f"lynn_private={self.lynn_private!r}, "
            f"makora={self.makora!r}, "
            f"mancer={self.mancer!r}, "
            f"mancer_old={self.mancer_old!r}, "
            f"mara={self.mara!r}, "
            f"meta={self.meta!r}, "
            f"minimax={self.minimax!r}, "
            f"mistral={self.mistral!r}, "
            f"modal={self.modal!r}, "
            f"modelrun={self.modelrun!r}, "
            f"modular={self.modular!r}, "
            f"moonshotai={self.moonshotai!r}, "
            f"morph={self.morph!r}, "
            f"ncompass={self.ncompass!r}, "
            f"nebius={self.nebius!r}, "
            f"nex_agi={self.nex_agi!r}, "
            f"nextbit={self.nextbit!r}, "
            f"nineteen={self.nineteen!r}, "
            f"novita={self.novita!r}, "
            f"nvidia={self.nvidia!r}, "
            f"octoai={self.octoai!r}, "
            f"open_inference={self.open_inference!r}, "
            f"openai={self.openai!r}, "
            f"parasail={self.parasail!r}, "
            f"perceptron={self.perceptron!r}, "
            f"perplexity={self.perplexity!r}, "
            f"phala={self.phala!r}, "
            f"poolside={self.poolside!r}, "
            f"quiver={self.quiver!r}, "
            f"recraft={self.recraft!r}, "
            f"recursal={self.recursal!r}, "
            f"reflection={self.reflection!r}, "
            f"reka={self.reka!r}, "
            f"relace={self.relace!r}, "
            f"replicate={self.replicate!r}, "
            f"runway={self.runway!r}, "
            f"sail_research={self.sail_research!r}, "
            f"sakana={self.sakana!r}, "
            f"sakana_ai={self.sakana_ai!r}, "
            f"sambanova={self.sambanova!r}, "
            f"sambanova_cloaked={self.sambanova_cloaked!r}, "
            f"seed={self.seed!r}, "
            f"sf_compute={self.sf_compute!r}, "
            f"siliconflow={self.siliconflow!r}, "
            f"sourceful={self.sourceful!r}, "
            f"stealth={self.stealth!r}, "
            f"stepfun={self.stepfun!r}, "
            f"streamlake={self.streamlake!r}, "
            f"switchpoint={self.switchpoint!r}, "
            f"targon={self.targon!r}, "
            f"tencent={self.tencent!r}, "
            f"tenstorrent={self.tenstorrent!r}, "
            f"thinkingmachines={self.thinkingmachines!r}, "
            f"together={self.together!r}, "
            f"together_lite={self.together_lite!r}, "
            f"ubicloud={self.ubicloud!r}, "
            f"upstage={self.upstage!r}, "
            f"venice={self.venice!r}, "
            f"voyageai={self.voyageai!r}, "
            f"wafer={self.wafer!r}, "
            f"wandb={self.wandb!r}, "
            f"wandb_legacy={self.wandb_legacy!r}, "
            f"xai={self.xai!r}, "
            f"xiaomi={self.xiaomi!r}, "
            f"z_ai={self.z_ai!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        field_01ai: Any = self.field_01ai
        if not (isinstance(field_01ai, Unset) or field_01ai is None):
            field_01ai = field_01ai.to_dict()

        ai21: Any = self.ai21
        if not (isinstance(ai21, Unset) or ai21 is None):
            ai21 = ai21.to_dict()

        aion_labs: Any = self.aion_labs
        if not (isinstance(aion_labs, Unset) or aion_labs is None):
            aion_labs = aion_labs.to_dict()

        akashml: Any = self.akashml
        if not (isinstance(akashml, Unset) or akashml is None):
            akashml = akashml.to_dict()

        alibaba: Any = self.alibaba
        if not (isinstance(alibaba, Unset) or alibaba is None):
            alibaba = alibaba.to_dict()

        amazon_bedrock: Any = self.amazon_bedrock
        if not (isinstance(amazon_bedrock, Unset) or amazon_bedrock is None):
            amazon_bedrock = amazon_bedrock.to_dict()

        amazon_bedrockclaude_on_aws: Any = self.amazon_bedrockclaude_on_aws
        if not (isinstance(amazon_bedrockclaude_on_aws, Unset) or amazon_bedrockclaude_on_aws is None):
            amazon_bedrockclaude_on_aws = amazon_bedrockclaude_on_aws.to_dict()

        amazon_nova: Any = self.amazon_nova
        if not (isinstance(amazon_nova, Unset) or amazon_nova is None):
            amazon_nova = amazon_nova.to_dict()

        ambient: Any = self.ambient
        if not (isinstance(ambient, Unset) or ambient is None):
            ambient = ambient.to_dict()

        anthropic: Any = self.anthropic
        if not (isinstance(anthropic, Unset) or anthropic is None):
            anthropic = anthropic.to_dict()

        anthropic2: Any = self.anthropic2
        if not (isinstance(anthropic2, Unset) or anthropic2 is None):
            anthropic2 = anthropic2.to_dict()

        anyscale: Any = self.anyscale
        if not (isinstance(anyscale, Unset) or anyscale is None):
            anyscale = anyscale.to_dict()

        arcee_ai: Any = self.arcee_ai
        if not (isinstance(arcee_ai, Unset) or arcee_ai is None):
            arcee_ai = arcee_ai.to_dict()

        atlas_cloud: Any = self.atlas_cloud
        if not (isinstance(atlas_cloud, Unset) or atlas_cloud is None):
            atlas_cloud = atlas_cloud.to_dict()

        atoma: Any = self.atoma
        if not (isinstance(atoma, Unset) or atoma is None):
            atoma = atoma.to_dict()

        avian: Any = self.avian
        if not (isinstance(avian, Unset) or avian is None):
            avian = avian.to_dict()

        azure: Any = self.azure
        if not (isinstance(azure, Unset) or azure is None):
            azure = azure.to_dict()

        baidu: Any = self.baidu
        if not (isinstance(baidu, Unset) or baidu is None):
            baidu = baidu.to_dict()

        baseten: Any = self.baseten
        if not (isinstance(baseten, Unset) or baseten is None):
            baseten = baseten.to_dict()

        black_forest_labs: Any = self.black_forest_labs
        if not (isinstance(black_forest_labs, Unset) or black_forest_labs is None):
            black_forest_labs = black_forest_labs.to_dict()

        byteplus: Any = self.byteplus
        if not (isinstance(byteplus, Unset) or byteplus is None):
            byteplus = byteplus.to_dict()

        centml: Any = self.centml
        if not (isinstance(centml, Unset) or centml is None):
            centml = centml.to_dict()

        cerebras: Any = self.cerebras
        if not (isinstance(cerebras, Unset) or cerebras is None):
            cerebras = cerebras.to_dict()

        chutes: Any = self.chutes
        if not (isinstance(chutes, Unset) or chutes is None):
            chutes = chutes.to_dict()

        cirrascale: Any = self.cirrascale
        if not (isinstance(cirrascale, Unset) or cirrascale is None):
            cirrascale = cirrascale.to_dict()

        clarifai: Any = self.clarifai
        if not (isinstance(clarifai, Unset) or clarifai is None):
            clarifai = clarifai.to_dict()

        claude_on_aws: Any = self.claude_on_aws
        if not (isinstance(claude_on_aws, Unset) or claude_on_aws is None):
            claude_on_aws = claude_on_aws.to_dict()

        cloudflare: Any = self.cloudflare
        if not (isinstance(cloudflare, Unset) or cloudflare is None):
            cloudflare = cloudflare.to_dict()

        cohere: Any = self.cohere
        if not (isinstance(cohere, Unset) or cohere is None):
            cohere = cohere.to_dict()

        coreweave: Any = self.coreweave
        if not (isinstance(coreweave, Unset) or coreweave is None):
            coreweave = coreweave.to_dict()

        crofai: Any = self.crofai
        if not (isinstance(crofai, Unset) or crofai is None):
            crofai = crofai.to_dict()

        crucible: Any = self.crucible
        if not (isinstance(crucible, Unset) or crucible is None):
            crucible = crucible.to_dict()

        crusoe: Any = self.crusoe
        if not (isinstance(crusoe, Unset) or crusoe is None):
            crusoe = crusoe.to_dict()

        darkbloom: Any = self.darkbloom
        if not (isinstance(darkbloom, Unset) or darkbloom is None):
            darkbloom = darkbloom.to_dict()

        databricks: Any = self.databricks
        if not (isinstance(databricks, Unset) or databricks is None):
            databricks = databricks.to_dict()

        decart: Any = self.decart
        if not (isinstance(decart, Unset) or decart is None):
            decart = decart.to_dict()

        deepgram: Any = self.deepgram
        if not (isinstance(deepgram, Unset) or deepgram is None):
            deepgram = deepgram.to_dict()

        deepinfra: Any = self.deepinfra
        if not (isinstance(deepinfra, Unset) or deepinfra is None):
            deepinfra = deepinfra.to_dict()

        deepseek: Any = self.deepseek
        if not (isinstance(deepseek, Unset) or deepseek is None):
            deepseek = deepseek.to_dict()

        dekallm: Any = self.dekallm
        if not (isinstance(dekallm, Unset) or dekallm is None):
            dekallm = dekallm.to_dict()

        digitalocean: Any = self.digitalocean
        if not (isinstance(digitalocean, Unset) or digitalocean is None):
            digitalocean = digitalocean.to_dict()

        enfer: Any = self.enfer
        if not (isinstance(enfer, Unset) or enfer is None):
            enfer = enfer.to_dict()

        fake_provider: Any = self.fake_provider
        if not (isinstance(fake_provider, Unset) or fake_provider is None):
            fake_provider = fake_provider.to_dict()

        featherless: Any = self.featherless
        if not (isinstance(featherless, Unset) or featherless is None):
            featherless = featherless.to_dict()

        fireworks: Any = self.fireworks
        if not (isinstance(fireworks, Unset) or fireworks is None):
            fireworks = fireworks.to_dict()

        fish_audio: Any = self.fish_audio
        if not (isinstance(fish_audio, Unset) or fish_audio is None):
            fish_audio = fish_audio.to_dict()

        friendli: Any = self.friendli
        if not (isinstance(friendli, Unset) or friendli is None):
            friendli = friendli.to_dict()

        gmicloud: Any = self.gmicloud
        if not (isinstance(gmicloud, Unset) or gmicloud is None):
            gmicloud = gmicloud.to_dict()

        google_ai_studio: Any = self.google_ai_studio
        if not (isinstance(google_ai_studio, Unset) or google_ai_studio is None):
            google_ai_studio = google_ai_studio.to_dict()

        google_vertex: Any = self.google_vertex
        if not (isinstance(google_vertex, Unset) or google_vertex is None):
            google_vertex = google_vertex.to_dict()

        gopomelo: Any = self.gopomelo
        if not (isinstance(gopomelo, Unset) or gopomelo is None):
            gopomelo = gopomelo.to_dict()

        groq: Any = self.groq
        if not (isinstance(groq, Unset) or groq is None):
            groq = groq.to_dict()

        heygen: Any = self.heygen
        if not (isinstance(heygen, Unset) or heygen is None):
            heygen = heygen.to_dict()

        huggingface: Any = self.huggingface
        if not (isinstance(huggingface, Unset) or huggingface is None):
            huggingface = huggingface.to_dict()

        hyperbolic: Any = self.hyperbolic
        if not (isinstance(hyperbolic, Unset) or hyperbolic is None):
            hyperbolic = hyperbolic.to_dict()

        hyperbolic_quantized: Any = self.hyperbolic_quantized
        if not (isinstance(hyperbolic_quantized, Unset) or hyperbolic_quantized is None):
            hyperbolic_quantized = hyperbolic_quantized.to_dict()

        inception: Any = self.inception
        if not (isinstance(inception, Unset) or inception is None):
            inception = inception.to_dict()

        inceptron: Any = self.inceptron
        if not (isinstance(inceptron, Unset) or inceptron is None):
            inceptron = inceptron.to_dict()

        inferact_vllm: Any = self.inferact_vllm
        if not (isinstance(inferact_vllm, Unset) or inferact_vllm is None):
            inferact_vllm = inferact_vllm.to_dict()

        inference_net: Any = self.inference_net
        if not (isinstance(inference_net, Unset) or inference_net is None):
            inference_net = inference_net.to_dict()

        infermatic: Any = self.infermatic
        if not (isinstance(infermatic, Unset) or infermatic is None):
            infermatic = infermatic.to_dict()

        inflection: Any = self.inflection
        if not (isinstance(inflection, Unset) or inflection is None):
            inflection = inflection.to_dict()

        inocloud: Any = self.inocloud
        if not (isinstance(inocloud, Unset) or inocloud is None):
            inocloud = inocloud.to_dict()

        io_net: Any = self.io_net
        if not (isinstance(io_net, Unset) or io_net is None):
            io_net = io_net.to_dict()

        ionstream: Any = self.ionstream
        if not (isinstance(ionstream, Unset) or ionstream is None):
            ionstream = ionstream.to_dict()

        klusterai: Any = self.klusterai
        if not (isinstance(klusterai, Unset) or klusterai is None):
            klusterai = klusterai.to_dict()

        krea: Any = self.krea
        if not (isinstance(krea, Unset) or krea is None):
            krea = krea.to_dict()

        lambda_: Any = self.lambda_
        if not (isinstance(lambda_, Unset) or lambda_ is None):
            lambda_ = lambda_.to_dict()

        lepton: Any = self.lepton
        if not (isinstance(lepton, Unset) or lepton is None):
            lepton = lepton.to_dict()

        liquid: Any = self.liquid
        if not (isinstance(liquid, Unset) or liquid is None):
            liquid = liquid.to_dict()

        lynn: Any = self.lynn
        if not (isinstance(lynn, Unset) or lynn is None):
            lynn = lynn.to_dict()

        lynn_private: Any = self.lynn_private
        if not (isinstance(lynn_private, Unset) or lynn_private is None):
            lynn_private = lynn_private.to_dict()

        makora: Any = self.makora
        if not (isinstance(makora, Unset) or makora is None):
            makora = makora.to_dict()

        mancer: Any = self.mancer
        if not (isinstance(mancer, Unset) or mancer is None):
            mancer = mancer.to_dict()

        mancer_old: Any = self.mancer_old
        if not (isinstance(mancer_old, Unset) or mancer_old is None):
            mancer_old = mancer_old.to_dict()

        mara: Any = self.mara
        if not (isinstance(mara, Unset) or mara is None):
            mara = mara.to_dict()

        meta: Any = self.meta
        if not (isinstance(meta, Unset) or meta is None):
            meta = meta.to_dict()

        minimax: Any = self.minimax
        if not (isinstance(minimax, Unset) or minimax is None):
            minimax = minimax.to_dict()

        mistral: Any = self.mistral
        if not (isinstance(mistral, Unset) or mistral is None):
            mistral = mistral.to_dict()

        modal: Any = self.modal
        if not (isinstance(modal, Unset) or modal is None):
            modal = modal.to_dict()

        modelrun: Any = self.modelrun
        if not (isinstance(modelrun, Unset) or modelrun is None):
            modelrun = modelrun.to_dict()

        modular: Any = self.modular
        if not (isinstance(modular, Unset) or modular is None):
            modular = modular.to_dict()

        moonshotai: Any = self.moonshotai
        if not (isinstance(moonshotai, Unset) or moonshotai is None):
            moonshotai = moonshotai.to_dict()

        morph: Any = self.morph
        if not (isinstance(morph, Unset) or morph is None):
            morph = morph.to_dict()

        ncompass: Any = self.ncompass
        if not (isinstance(ncompass, Unset) or ncompass is None):
            ncompass = ncompass.to_dict()

        nebius: Any = self.nebius
        if not (isinstance(nebius, Unset) or nebius is None):
            nebius = nebius.to_dict()

        nex_agi: Any = self.nex_agi
        if not (isinstance(nex_agi, Unset) or nex_agi is None):
            nex_agi = nex_agi.to_dict()

        nextbit: Any = self.nextbit
        if not (isinstance(nextbit, Unset) or nextbit is None):
            nextbit = nextbit.to_dict()

        nineteen: Any = self.nineteen
        if not (isinstance(nineteen, Unset) or nineteen is None):
            nineteen = nineteen.to_dict()

        novita: Any = self.novita
        if not (isinstance(novita, Unset) or novita is None):
            novita = novita.to_dict()

        nvidia: Any = self.nvidia
        if not (isinstance(nvidia, Unset) or nvidia is None):
            nvidia = nvidia.to_dict()

        octoai: Any = self.octoai
        if not (isinstance(octoai, Unset) or octoai is None):
            octoai = octoai.to_dict()

        open_inference: Any = self.open_inference
        if not (isinstance(open_inference, Unset) or open_inference is None):
            open_inference = open_inference.to_dict()

        openai: Any = self.openai
        if not (isinstance(openai, Unset) or openai is None):
            openai = openai.to_dict()

        parasail: Any = self.parasail
        if not (isinstance(parasail, Unset) or parasail is None):
            parasail = parasail.to_dict()

        perceptron: Any = self.perceptron
        if not (isinstance(perceptron, Unset) or perceptron is None):
            perceptron = perceptron.to_dict()

        perplexity: Any = self.perplexity
        if not (isinstance(perplexity, Unset) or perplexity is None):
            perplexity = perplexity.to_dict()

        phala: Any = self.phala
        if not (isinstance(phala, Unset) or phala is None):
            phala = phala.to_dict()

        poolside: Any = self.poolside
        if not (isinstance(poolside, Unset) or poolside is None):
            poolside = poolside.to_dict()

        quiver: Any = self.quiver
        if not (isinstance(quiver, Unset) or quiver is None):
            quiver = quiver.to_dict()

        recraft: Any = self.recraft
        if not (isinstance(recraft, Unset) or recraft is None):
            recraft = recraft.to_dict()

        recursal: Any = self.recursal
        if not (isinstance(recursal, Unset) or recursal is None):
            recursal = recursal.to_dict()

        reflection: Any = self.reflection
        if not (isinstance(reflection, Unset) or reflection is None):
            reflection = reflection.to_dict()

        reka: Any = self.reka
        if not (isinstance(reka, Unset) or reka is None):
            reka = reka.to_dict()

        relace: Any = self.relace
        if not (isinstance(relace, Unset) or relace is None):
            relace = relace.to_dict()

        replicate: Any = self.replicate
        if not (isinstance(replicate, Unset) or replicate is None):
            replicate = replicate.to_dict()

        runway: Any = self.runway
        if not (isinstance(runway, Unset) or runway is None):
            runway = runway.to_dict()

        sail_research: Any = self.sail_research
        if not (isinstance(sail_research, Unset) or sail_research is None):
            sail_research = sail_research.to_dict()

        sakana: Any = self.sakana
        if not (isinstance(sakana, Unset) or sakana is None):
            sakana = sakana.to_dict()

        sakana_ai: Any = self.sakana_ai
        if not (isinstance(sakana_ai, Unset) or sakana_ai is None):
            sakana_ai = sakana_ai.to_dict()

        sambanova: Any = self.sambanova
        if not (isinstance(sambanova, Unset) or sambanova is None):
            sambanova = sambanova.to_dict()

        sambanova_cloaked: Any = self.sambanova_cloaked
        if not (isinstance(sambanova_cloaked, Unset) or sambanova_cloaked is None):
            sambanova_cloaked = sambanova_cloaked.to_dict()

        seed: Any = self.seed
        if not (isinstance(seed, Unset) or seed is None):
            seed = seed.to_dict()

        sf_compute: Any = self.sf_compute
        if not (isinstance(sf_compute, Unset) or sf_compute is None):
            sf_compute = sf_compute.to_dict()

        siliconflow: Any = self.siliconflow
        if not (isinstance(siliconflow, Unset) or siliconflow is None):
            siliconflow = siliconflow.to_dict()

        sourceful: Any = self.sourceful
        if not (isinstance(sourceful, Unset) or sourceful is None):
            sourceful = sourceful.to_dict()

        stealth: Any = self.stealth
        if not (isinstance(stealth, Unset) or stealth is None):
            stealth = stealth.to_dict()

        stepfun: Any = self.stepfun
        if not (isinstance(stepfun, Unset) or stepfun is None):
            stepfun = stepfun.to_dict()

        streamlake: Any = self.streamlake
        if not (isinstance(streamlake, Unset) or streamlake is None):
            streamlake = streamlake.to_dict()

        switchpoint: Any = self.switchpoint
        if not (isinstance(switchpoint, Unset) or switchpoint is None):
            switchpoint = switchpoint.to_dict()

        targon: Any = self.targon
        if not (isinstance(targon, Unset) or targon is None):
            targon = targon.to_dict()

        tencent: Any = self.tencent
        if not (isinstance(tencent, Unset) or tencent is None):
            tencent = tencent.to_dict()

        tenstorrent: Any = self.tenstorrent
        if not (isinstance(tenstorrent, Unset) or tenstorrent is None):
            tenstorrent = tenstorrent.to_dict()

        thinkingmachines: Any = self.thinkingmachines
        if not (isinstance(thinkingmachines, Unset) or thinkingmachines is None):
            thinkingmachines = thinkingmachines.to_dict()

        together: Any = self.together
        if not (isinstance(together, Unset) or together is None):
            together = together.to_dict()

        together_lite: Any = self.together_lite
        if not (isinstance(together_lite, Unset) or together_lite is None):
            together_lite = together_lite.to_dict()

        ubicloud: Any = self.ubicloud
        if not (isinstance(ubicloud, Unset) or ubicloud is None):
            ubicloud = ubicloud.to_dict()

        upstage: Any = self.upstage
        if not (isinstance(upstage, Unset) or upstage is None):
            upstage = upstage.to_dict()

        venice: Any = self.venice
        if not (isinstance(venice, Unset) or venice is None):
            venice = venice.to_dict()

        voyageai: Any = self.voyageai
        if not (isinstance(voyageai, Unset) or voyageai is None):
            voyageai = voyageai.to_dict()

        wafer: Any = self.wafer
        if not (isinstance(wafer, Unset) or wafer is None):
            wafer = wafer.to_dict()

        wandb: Any = self.wandb
        if not (isinstance(wandb, Unset) or wandb is None):
            wandb = wandb.to_dict()

        wandb_legacy: Any = self.wandb_legacy
        if not (isinstance(wandb_legacy, Unset) or wandb_legacy is None):
            wandb_legacy = wandb_legacy.to_dict()

        xai: Any = self.xai
        if not (isinstance(xai, Unset) or xai is None):
            xai = xai.to_dict()

        xiaomi: Any = self.xiaomi
        if not (isinstance(xiaomi, Unset) or xiaomi is None):
            xiaomi = xiaomi.to_dict()

        z_ai: Any = self.z_ai
        if not (isinstance(z_ai, Unset) or z_ai is None):
            z_ai = z_ai.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if field_01ai is not UNSET:
            field_dict["01ai"] = field_01ai
        if ai21 is not UNSET:
            field_dict["ai21"] = ai21
        if aion_labs is not UNSET:
            field_dict["aion-labs"] = aion_labs
        if akashml is not UNSET:
            field_dict["akashml"] = akashml
        if alibaba is not UNSET:
            field_dict["alibaba"] = alibaba
        if amazon_bedrock is not UNSET:
            field_dict["amazon-bedrock"] = amazon_bedrock
        if amazon_bedrockclaude_on_aws is not UNSET:
            field_dict["amazon-bedrock/claude-on-aws"] = amazon_bedrockclaude_on_aws
        if amazon_nova is not UNSET:
            field_dict["amazon-nova"] = amazon_nova
        if ambient is not UNSET:
            field_dict["ambient"] = ambient
        if anthropic is not UNSET:
            field_dict["anthropic"] = anthropic
        if anthropic2 is not UNSET:
            field_dict["anthropic/2"] = anthropic2
        if anyscale is not UNSET:
            field_dict["anyscale"] = anyscale
        if arcee_ai is not UNSET:
            field_dict["arcee-ai"] = arcee_ai
        if atlas_cloud is not UNSET:
            field_dict["atlas-cloud"] = atlas_cloud
        if atoma is not UNSET:
            field_dict["atoma"] = atoma
        if avian is not UNSET:
            field_dict["avian"] = avian
        if azure is not UNSET:
            field_dict["azure"] = azure
        if baidu is not UNSET:
            field_dict["baidu"] = baidu
        if baseten is not UNSET:
            field_dict["baseten"] = baseten
        if black_forest_labs is not UNSET:
            field_dict["black-forest-labs"] = black_forest_labs
        if byteplus is not UNSET:
            field_dict["byteplus"] = byteplus
        if centml is not UNSET:
            field_dict["centml"] = centml
        if cerebras is not UNSET:
            field_dict["cerebras"] = cerebras
        if chutes is not UNSET:
            field_dict["chutes"] = chutes
        if cirrascale is not UNSET:
            field_dict["cirrascale"] = cirrascale
        if clarifai is not UNSET:
            field_dict["clarifai"] = clarifai
        if claude_on_aws is not UNSET:
            field_dict["claude-on-aws"] = claude_on_aws
        if cloudflare is not UNSET:
            field_dict["cloudflare"] = cloudflare
        if cohere is not UNSET:
            field_dict["cohere"] = cohere
        if coreweave is not UNSET:
            field_dict["coreweave"] = coreweave
        if crofai is not UNSET:
            field_dict["crofai"] = crofai
        if crucible is not UNSET:
            field_dict["crucible"] = crucible
        if crusoe is not UNSET:
            field_dict["crusoe"] = crusoe
        if darkbloom is not UNSET:
            field_dict["darkbloom"] = darkbloom
        if databricks is not UNSET:
            field_dict["databricks"] = databricks
        if decart is not UNSET:
            field_dict["decart"] = decart
        if deepgram is not UNSET:
            field_dict["deepgram"] = deepgram
        if deepinfra is not UNSET:
            field_dict["deepinfra"] = deepinfra
        if deepseek is not UNSET:
            field_dict["deepseek"] = deepseek
        if dekallm is not UNSET:
            field_dict["dekallm"] = dekallm
        if digitalocean is not UNSET:
            field_dict["digitalocean"] = digitalocean
        if enfer is not UNSET:
            field_dict["enfer"] = enfer
        if fake_provider is not UNSET:
            field_dict["fake-provider"] = fake_provider
        if featherless is not UNSET:
            field_dict["featherless"] = featherless
        if fireworks is not UNSET:
            field_dict["fireworks"] = fireworks
        if fish_audio is not UNSET:
            field_dict["fish-audio"] = fish_audio
        if friendli is not UNSET:
            field_dict["friendli"] = friendli
        if gmicloud is not UNSET:
            field_dict["gmicloud"] = gmicloud
        if google_ai_studio is not UNSET:
            field_dict["google-ai-studio"] = google_ai_studio
        if google_vertex is not UNSET:
            field_dict["google-vertex"] = google_vertex
        if gopomelo is not UNSET:
            field_dict["gopomelo"] = gopomelo
        if groq is not UNSET:
            field_dict["groq"] = groq
        if heygen is not UNSET:
            field_dict["heygen"] = heygen
        if huggingface is not UNSET:
            field_dict["huggingface"] = huggingface
        if hyperbolic is not UNSET:
            field_dict["hyperbolic"] = hyperbolic
        if hyperbolic_quantized is not UNSET:
            field_dict["hyperbolic-quantized"] = hyperbolic_quantized
        if inception is not UNSET:
            field_dict["inception"] = inception
        if inceptron is not UNSET:
            field_dict["inceptron"] = inceptron
        if inferact_vllm is not UNSET:
            field_dict["inferact-vllm"] = inferact_vllm
        if inference_net is not UNSET:
            field_dict["inference-net"] = inference_net
        if infermatic is not UNSET:
            field_dict["infermatic"] = infermatic
        if inflection is not UNSET:
            field_dict["inflection"] = inflection
        if inocloud is not UNSET:
            field_dict["inocloud"] = inocloud
        if io_net is not UNSET:
            field_dict["io-net"] = io_net
        if ionstream is not UNSET:
            field_dict["ionstream"] = ionstream
        if klusterai is not UNSET:
            field_dict["klusterai"] = klusterai
        if krea is not UNSET:
            field_dict["krea"] = krea
        if lambda_ is not UNSET:
            field_dict["lambda"] = lambda_
        if lepton is not UNSET:
            field_dict["lepton"] = lepton
        if liquid is not UNSET:
            field_dict["liquid"] = liquid
        if lynn is not UNSET:
            field_dict["lynn"] = lynn
        if lynn_private is not UNSET:
            field_dict["lynn-private"] = lynn_private
        if makora is not UNSET:
            field_dict["makora"] = makora
        if mancer is not UNSET:
            field_dict["mancer"] = mancer
        if mancer_old is not UNSET:
            field_dict["mancer-old"] = mancer_old
        if mara is not UNSET:
            field_dict["mara"] = mara
        if meta is not UNSET:
            field_dict["meta"] = meta
        if minimax is not UNSET:
            field_dict["minimax"] = minimax
        if mistral is not UNSET:
            field_dict["mistral"] = mistral
        if modal is not UNSET:
            field_dict["modal"] = modal
        if modelrun is not UNSET:
            field_dict["modelrun"] = modelrun
        if modular is not UNSET:
            field_dict["modular"] = modular
        if moonshotai is not UNSET:
            field_dict["moonshotai"] = moonshotai
        if morph is not UNSET:
            field_dict["morph"] = morph
        if ncompass is not UNSET:
            field_dict["ncompass"] = ncompass
        if nebius is not UNSET:
            field_dict["nebius"] = nebius
        if nex_agi is not UNSET:
            field_dict["nex-agi"] = nex_agi
        if nextbit is not UNSET:
            field_dict["nextbit"] = nextbit
        if nineteen is not UNSET:
            field_dict["nineteen"] = nineteen
        if novita is not UNSET:
            field_dict["novita"] = novita
        if nvidia is not UNSET:
            field_dict["nvidia"] = nvidia
        if octoai is not UNSET:
            field_dict["octoai"] = octoai
        if open_inference is not UNSET:
            field_dict["open-inference"] = open_inference
        if openai is not UNSET:
            field_dict["openai"] = openai
        if parasail is not UNSET:
            field_dict["parasail"] = parasail
        if perceptron is not UNSET:
            field_dict["perceptron"] = perceptron
        if perplexity is not UNSET:
            field_dict["perplexity"] = perplexity
        if phala is not UNSET:
            field_dict["phala"] = phala
        if poolside is not UNSET:
            field_dict["poolside"] = poolside
        if quiver is not UNSET:
            field_dict["quiver"] = quiver
        if recraft is not UNSET:
            field_dict["recraft"] = recraft
        if recursal is not UNSET:
            field_dict["recursal"] = recursal
        if reflection is not UNSET:
            field_dict["reflection"] = reflection
        if reka is not UNSET:
            field_dict["reka"] = reka
        if relace is not UNSET:
            field_dict["relace"] = relace
        if replicate is not UNSET:
            field_dict["replicate"] = replicate
        if runway is not UNSET:
            field_dict["runway"] = runway
        if sail_research is not UNSET:
            field_dict["sail-research"] = sail_research
        if sakana is not UNSET:
            field_dict["sakana"] = sakana
        if sakana_ai is not UNSET:
            field_dict["sakana-ai"] = sakana_ai
        if sambanova is not UNSET:
            field_dict["sambanova"] = sambanova
        if sambanova_cloaked is not UNSET:
            field_dict["sambanova-cloaked"] = sambanova_cloaked
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sf_compute is not UNSET:
            field_dict["sf-compute"] = sf_compute
        if siliconflow is not UNSET:
            field_dict["siliconflow"] = siliconflow
        if sourceful is not UNSET:
            field_dict["sourceful"] = sourceful
        if stealth is not UNSET:
            field_dict["stealth"] = stealth
        if stepfun is not UNSET:
            field_dict["stepfun"] = stepfun
        if streamlake is not UNSET:
            field_dict["streamlake"] = streamlake
        if switchpoint is not UNSET:
            field_dict["switchpoint"] = switchpoint
        if targon is not UNSET:
            field_dict["targon"] = targon
        if tencent is not UNSET:
            field_dict["tencent"] = tencent
        if tenstorrent is not UNSET:
            field_dict["tenstorrent"] = tenstorrent
        if thinkingmachines is not UNSET:
            field_dict["thinkingmachines"] = thinkingmachines
        if together is not UNSET:
            field_dict["together"] = together
        if together_lite is not UNSET:
            field_dict["together-lite"] = together_lite
        if ubicloud is not UNSET:
            field_dict["ubicloud"] = ubicloud
        if upstage is not UNSET:
            field_dict["upstage"] = upstage
        if venice is not UNSET:
            field_dict["venice"] = venice
        if voyageai is not UNSET:
            field_dict["voyageai"] = voyageai
        if wafer is not UNSET:
            field_dict["wafer"] = wafer
        if wandb is not UNSET:
            field_dict["wandb"] = wandb
        if wandb_legacy is not UNSET:
            field_dict["wandb-legacy"] = wandb_legacy
        if xai is not UNSET:
            field_dict["xai"] = xai
        if xiaomi is not UNSET:
            field_dict["xiaomi"] = xiaomi
        if z_ai is not UNSET:
            field_dict["z-ai"] = z_ai

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ProviderOptions and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ProviderOptions is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "01ai"
            _raw_field_01ai = d.get("01ai", UNSET)
            field_01ai: Any = _raw_field_01ai
            if _raw_field_01ai is not None and _raw_field_01ai is not UNSET:
                field_01ai = ProviderOptions01Ai.from_dict(_raw_field_01ai)

            _field = "ai21"
            _raw_ai21 = d.get("ai21", UNSET)
            ai21: Any = _raw_ai21
            if _raw_ai21 is not None and _raw_ai21 is not UNSET:
                ai21 = ProviderOptionsAi21.from_dict(_raw_ai21)

            _field = "aion-labs"
            _raw_aion_labs = d.get("aion-labs", UNSET)
            aion_labs: Any = _raw_aion_labs
            if _raw_aion_labs is not None and _raw_aion_labs is not UNSET:
                aion_labs = ProviderOptionsAionLabs.from_dict(_raw_aion_labs)

            _field = "akashml"
            _raw_akashml = d.get("akashml", UNSET)
            akashml: Any = _raw_akashml
            if _raw_akashml is not None and _raw_akashml is not UNSET:
                akashml = ProviderOptionsAkashml.from_dict(_raw_akashml)

            _field = "alibaba"
            _raw_alibaba = d.get("alibaba", UNSET)
            alibaba: Any = _raw_alibaba
            if _raw_alibaba is not None and _raw_alibaba is not UNSET:
                alibaba = ProviderOptionsAlibaba.from_dict(_raw_alibaba)

            _field = "amazon-bedrock"
            _raw_amazon_bedrock = d.get("amazon-bedrock", UNSET)
            amazon_bedrock: Any = _raw_amazon_bedrock
            if _raw_amazon_bedrock is not None and _raw_amazon_bedrock is not UNSET:
                amazon_bedrock = ProviderOptionsAmazonBedrock.from_dict(_raw_amazon_bedrock)

            _field = "amazon-bedrock/claude-on-aws"
            _raw_amazon_bedrockclaude_on_aws = d.get("amazon-bedrock/claude-on-aws", UNSET)
            amazon_bedrockclaude_on_aws: Any = _raw_amazon_bedrockclaude_on_aws
            if _raw_amazon_bedrockclaude_on_aws is not None and _raw_amazon_bedrockclaude_on_aws is not UNSET:
                amazon_bedrockclaude_on_aws = ProviderOptionsAmazonBedrockclaudeOnAws.from_dict(
                    _raw_amazon_bedrockclaude_on_aws
                )

            _field = "amazon-nova"
            _raw_amazon_nova = d.get("amazon-nova", UNSET)
            amazon_nova: Any = _raw_amazon_nova
            if _raw_amazon_nova is not None and _raw_amazon_nova is not UNSET:
                amazon_nova = ProviderOptionsAmazonNova.from_dict(_raw_amazon_nova)

            _field = "ambient"
            _raw_ambient = d.get("ambient", UNSET)
            ambient: Any = _raw_ambient
            if _raw_ambient is not None and _raw_ambient is not UNSET:
                ambient = ProviderOptionsAmbient.from_dict(_raw_ambient)

            _field = "anthropic"
            _raw_anthropic = d.get("anthropic", UNSET)
            anthropic: Any = _raw_anthropic
            if _raw_anthropic is not None and _raw_anthropic is not UNSET:
                anthropic = ProviderOptionsAnthropic.from_dict(_raw_anthropic)

            _field = "anthropic/2"
            _raw_anthropic2 = d.get("anthropic/2", UNSET)
            anthropic2: Any = _raw_anthropic2
            if _raw_anthropic2 is not None and _raw_anthropic2 is not UNSET:
                anthropic2 = ProviderOptionsAnthropic2.from_dict(_raw_anthropic2)

            _field = "anyscale"
            _raw_anyscale = d.get("anyscale", UNSET)
            anyscale: Any = _raw_anyscale
            if _raw_anyscale is not None and _raw_anyscale is not UNSET:
                anyscale = ProviderOptionsAnyscale.from_dict(_raw_anyscale)

            _field = "arcee-ai"
            _raw_arcee_ai = d.get("arcee-ai", UNSET)
            arcee_ai: Any = _raw_arcee_ai
            if _raw_arcee_ai is not None and _raw_arcee_ai is not UNSET:
                arcee_ai = ProviderOptionsArceeAi.from_dict(_raw_arcee_ai)

            _field = "atlas-cloud"
            _raw_atlas_cloud = d.get("atlas-cloud", UNSET)
            atlas_cloud: Any = _raw_atlas_cloud
            if _raw_atlas_cloud is not None and _raw_atlas_cloud is not UNSET:
                atlas_cloud = ProviderOptionsAtlasCloud.from_dict(_raw_atlas_cloud)

            _field = "atoma"
            _raw_atoma = d.get("atoma", UNSET)
            atoma: Any = _raw_atoma
            if _raw_atoma is not None and _raw_atoma is not UNSET:
                atoma = ProviderOptionsAtoma.from_dict(_raw_atoma)

            _field = "avian"
            _raw_avian = d.get("avian", UNSET)
            avian: Any = _raw_avian
            if _raw_avian is not None and _raw_avian is not UNSET:
                avian = ProviderOptionsAvian.from_dict(_raw_avian)

            _field = "azure"
            _raw_azure = d.get("azure", UNSET)
            azure: Any = _raw_azure
            if _raw_azure is not None and _raw_azure is not UNSET:
                azure = ProviderOptionsAzure.from_dict(_raw_azure)

            _field = "baidu"
            _raw_baidu = d.get("baidu", UNSET)
            baidu: Any = _raw_baidu
            if _raw_baidu is not None and _raw_baidu is not UNSET:
                baidu = ProviderOptionsBaidu.from_dict(_raw_baidu)

            _field = "baseten"
            _raw_baseten = d.get("baseten", UNSET)
            baseten: Any = _raw_baseten
            if _raw_baseten is not None and _raw_baseten is not UNSET:
                baseten = ProviderOptionsBaseten.from_dict(_raw_baseten)

            _field = "black-forest-labs"
            _raw_black_forest_labs = d.get("black-forest-labs", UNSET)
            black_forest_labs: Any = _raw_black_forest_labs
            if _raw_black_forest_labs is not None and _raw_black_forest_labs is not UNSET:
                black_forest_labs = ProviderOptionsBlackForestLabs.from_dict(_raw_black_forest_labs)

            _field = "byteplus"
            _raw_byteplus = d.get("byteplus", UNSET)
            byteplus: Any = _raw_byteplus
            if _raw_byteplus is not None and _raw_byteplus is not UNSET:
                byteplus = ProviderOptionsByteplus.from_dict(_raw_byteplus)

            _field = "centml"
            _raw_centml = d.get("centml", UNSET)
            centml: Any = _raw_centml
            if _raw_centml is not None and _raw_centml is not UNSET:
                centml = ProviderOptionsCentml.from_dict(_raw_centml)

            _field = "cerebras"
            _raw_cerebras = d.get("cerebras", UNSET)
            cerebras: Any = _raw_cerebras
            if _raw_cerebras is not None and _raw_cerebras is not UNSET:
                cerebras = ProviderOptionsCerebras.from_dict(_raw_cerebras)

            _field = "chutes"
            _raw_chutes = d.get("chutes", UNSET)
            chutes: Any = _raw_chutes
            if _raw_chutes is not None and _raw_chutes is not UNSET:
                chutes = ProviderOptionsChutes.from_dict(_raw_chutes)

            _field = "cirrascale"
            _raw_cirrascale = d.get("cirrascale", UNSET)
            cirrascale: Any = _raw_cirrascale
            if _raw_cirrascale is not None and _raw_cirrascale is not UNSET:
                cirrascale = ProviderOptionsCirrascale.from_dict(_raw_cirrascale)

            _field = "clarifai"
            _raw_clarifai = d.get("clarifai", UNSET)
            clarifai: Any = _raw_clarifai
            if _raw_clarifai is not None and _raw_clarifai is not UNSET:
                clarifai = ProviderOptionsClarifai.from_dict(_raw_clarifai)

            _field = "claude-on-aws"
            _raw_claude_on_aws = d.get("claude-on-aws", UNSET)
            claude_on_aws: Any = _raw_claude_on_aws
            if _raw_claude_on_aws is not None and _raw_claude_on_aws is not UNSET:
                claude_on_aws = ProviderOptionsClaudeOnAws.from_dict(_raw_claude_on_aws)

            _field = "cloudflare"
            _raw_cloudflare = d.get("cloudflare", UNSET)
            cloudflare: Any = _raw_cloudflare
            if _raw_cloudflare is not None and _raw_cloudflare is not UNSET:
                cloudflare = ProviderOptionsCloudflare.from_dict(_raw_cloudflare)

            _field = "cohere"
            _raw_cohere = d.get("cohere", UNSET)
            cohere: Any = _raw_cohere
            if _raw_cohere is not None and _raw_cohere is not UNSET:
                cohere = ProviderOptionsCohere.from_dict(_raw_cohere)

            _field = "coreweave"
            _raw_coreweave = d.get("coreweave", UNSET)
            coreweave: Any = _raw_coreweave
            if _raw_coreweave is not None and _raw_coreweave is not UNSET:
                coreweave = ProviderOptionsCoreweave.from_dict(_raw_coreweave)

            _field = "crofai"
            _raw_crofai = d.get("crofai", UNSET)
            crofai: Any = _raw_crofai
            if _raw_crofai is not None and _raw_crofai is not UNSET:
                crofai = ProviderOptionsCrofai.from_dict(_raw_crofai)

            _field = "crucible"
            _raw_crucible = d.get("crucible", UNSET)
            crucible: Any = _raw_crucible
            if _raw_crucible is not None and _raw_crucible is not UNSET:
                crucible = ProviderOptionsCrucible.from_dict(_raw_crucible)

            _field = "crusoe"
            _raw_crusoe = d.get("crusoe", UNSET)
            crusoe: Any = _raw_crusoe
            if _raw_crusoe is not None and _raw_crusoe is not UNSET:
                crusoe = ProviderOptionsCrusoe.from_dict(_raw_crusoe)

            _field = "darkbloom"
            _raw_darkbloom = d.get("darkbloom", UNSET)
            darkbloom: Any = _raw_darkbloom
            if _raw_darkbloom is not None and _raw_darkbloom is not UNSET:
                darkbloom = ProviderOptionsDarkbloom.from_dict(_raw_darkbloom)

            _field = "databricks"
            _raw_databricks = d.get("databricks", UNSET)
            databricks: Any = _raw_databricks
            if _raw_databricks is not None and _raw_databricks is not UNSET:
                databricks = ProviderOptionsDatabricks.from_dict(_raw_databricks)

            _field = "decart"
            _raw_decart = d.get("decart", UNSET)
            decart: Any = _raw_decart
            if _raw_decart is not None and _raw_decart is not UNSET:
                decart = ProviderOptionsDecart.from_dict(_raw_decart)

            _field = "deepgram"
            _raw_deepgram = d.get("deepgram", UNSET)
            deepgram: Any = _raw_deepgram
            if _raw_deepgram is not None and _raw_deepgram is not UNSET:
                deepgram = ProviderOptionsDeepgram.from_dict(_raw_deepgram)

            _field = "deepinfra"
            _raw_deepinfra = d.get("deepinfra", UNSET)
            deepinfra: Any = _raw_deepinfra
            if _raw_deepinfra is not None and _raw_deepinfra is not UNSET:
                deepinfra = ProviderOptionsDeepinfra.from_dict(_raw_deepinfra)

            _field = "deepseek"
            _raw_deepseek = d.get("deepseek", UNSET)
            deepseek: Any = _raw_deepseek
            if _raw_deepseek is not None and _raw_deepseek is not UNSET:
                deepseek = ProviderOptionsDeepseek.from_dict(_raw_deepseek)

            _field = "dekallm"
            _raw_dekallm = d.get("dekallm", UNSET)
            dekallm: Any = _raw_dekallm
            if _raw_dekallm is not None and _raw_dekallm is not UNSET:
                dekallm = ProviderOptionsDekallm.from_dict(_raw_dekallm)

            _field = "digitalocean"
            _raw_digitalocean = d.get("digitalocean", UNSET)
            digitalocean: Any = _raw_digitalocean
            if _raw_digitalocean is not None and _raw_digitalocean is not UNSET:
                digitalocean = ProviderOptionsDigitalocean.from_dict(_raw_digitalocean)

            _field = "enfer"
            _raw_enfer = d.get("enfer", UNSET)
            enfer: Any = _raw_enfer
            if _raw_enfer is not None and _raw_enfer is not UNSET:
                enfer = ProviderOptionsEnfer.from_dict(_raw_enfer)

            _field = "fake-provider"
            _raw_fake_provider = d.get("fake-provider", UNSET)
            fake_provider: Any = _raw_fake_provider
            if _raw_fake_provider is not None and _raw_fake_provider is not UNSET:
                fake_provider = ProviderOptionsFakeProvider.from_dict(_raw_fake_provider)

            _field = "featherless"
            _raw_featherless = d.get("featherless", UNSET)
            featherless: Any = _raw_featherless
            if _raw_featherless is not None and _raw_featherless is not UNSET:
                featherless = ProviderOptionsFeatherless.from_dict(_raw_featherless)

            _field = "fireworks"
            _raw_fireworks = d.get("fireworks", UNSET)
            fireworks: Any = _raw_fireworks
            if _raw_fireworks is not None and _raw_fireworks is not UNSET:
                fireworks = ProviderOptionsFireworks.from_dict(_raw_fireworks)

            _field = "fish-audio"
            _raw_fish_audio = d.get("fish-audio", UNSET)
            fish_audio: Any = _raw_fish_audio
            if _raw_fish_audio is not None and _raw_fish_audio is not UNSET:
                fish_audio = ProviderOptionsFishAudio.from_dict(_raw_fish_audio)

            _field = "friendli"
            _raw_friendli = d.get("friendli", UNSET)
            friendli: Any = _raw_friendli
            if _raw_friendli is not None and _raw_friendli is not UNSET:
                friendli = ProviderOptionsFriendli.from_dict(_raw_friendli)

            _field = "gmicloud"
            _raw_gmicloud = d.get("gmicloud", UNSET)
            gmicloud: Any = _raw_gmicloud
            if _raw_gmicloud is not None and _raw_gmicloud is not UNSET:
                gmicloud = ProviderOptionsGmicloud.from_dict(_raw_gmicloud)

            _field = "google-ai-studio"
            _raw_google_ai_studio = d.get("google-ai-studio", UNSET)
            google_ai_studio: Any = _raw_google_ai_studio
            if _raw_google_ai_studio is not None and _raw_google_ai_studio is not UNSET:
                google_ai_studio = ProviderOptionsGoogleAiStudio.from_dict(_raw_google_ai_studio)

            _field = "google-vertex"
            _raw_google_vertex = d.get("google-vertex", UNSET)
            google_vertex: Any = _raw_google_vertex
            if _raw_google_vertex is not None and _raw_google_vertex is not UNSET:
                google_vertex = ProviderOptionsGoogleVertex.from_dict(_raw_google_vertex)

            _field = "gopomelo"
            _raw_gopomelo = d.get("gopomelo", UNSET)
            gopomelo: Any = _raw_gopomelo
            if _raw_gopomelo is not None and _raw_gopomelo is not UNSET:
                gopomelo = ProviderOptionsGopomelo.from_dict(_raw_gopomelo)

            _field = "groq"
            _raw_groq = d.get("groq", UNSET)
            groq: Any = _raw_groq
            if _raw_groq is not None and _raw_groq is not UNSET:
                groq = ProviderOptionsGroq.from_dict(_raw_groq)

            _field = "heygen"
            _raw_heygen = d.get("heygen", UNSET)
            heygen: Any = _raw_heygen
            if _raw_heygen is not None and _raw_heygen is not UNSET:
                heygen = ProviderOptionsHeygen.from_dict(_raw_heygen)

            _field = "huggingface"
            _raw_huggingface = d.get("huggingface", UNSET)
            huggingface: Any = _raw_huggingface
            if _raw_huggingface is not None and _raw_huggingface is not UNSET:
                huggingface = ProviderOptionsHuggingface.from_dict(_raw_huggingface)

            _field = "hyperbolic"
            _raw_hyperbolic = d.get("hyperbolic", UNSET)
            hyperbolic: Any = _raw_hyperbolic
            if _raw_hyperbolic is not None and _raw_hyperbolic is not UNSET:
                hyperbolic = ProviderOptionsHyperbolic.from_dict(_raw_hyperbolic)

            _field = "hyperbolic-quantized"
            _raw_hyperbolic_quantized = d.get("hyperbolic-quantized", UNSET)
            hyperbolic_quantized: Any = _raw_hyperbolic_quantized
            if _raw_hyperbolic_quantized is not None and _raw_hyperbolic_quantized is not UNSET:
                hyperbolic_quantized = ProviderOptionsHyperbolicQuantized.from_dict(_raw_hyperbolic_quantized)

            _field = "inception"
            _raw_inception = d.get("inception", UNSET)
            inception: Any = _raw_inception
            if _raw_inception is not None and _raw_inception is not UNSET:
                inception = ProviderOptionsInception.from_dict(_raw_inception)

            _field = "inceptron"
            _raw_inceptron = d.get("inceptron", UNSET)
            inceptron: Any = _raw_inceptron
            if _raw_inceptron is not None and _raw_inceptron is not UNSET:
                inceptron = ProviderOptionsInceptron.from_dict(_raw_inceptron)

            _field = "inferact-vllm"
            _raw_inferact_vllm = d.get("inferact-vllm", UNSET)
            inferact_vllm: Any = _raw_inferact_vllm
            if _raw_inferact_vllm is not None and _raw_inferact_vllm is not UNSET:
                inferact_vllm = ProviderOptionsInferactVllm.from_dict(_raw_inferact_vllm)

            _field = "inference-net"
            _raw_inference_net = d.get("inference-net", UNSET)
            inference_net: Any = _raw_inference_net
            if _raw_inference_net is not None and _raw_inference_net is not UNSET:
                inference_net = ProviderOptionsInferenceNet.from_dict(_raw_inference_net)

            _field = "infermatic"
            _raw_infermatic = d.get("infermatic", UNSET)
            infermatic: Any = _raw_infermatic
            if _raw_infermatic is not None and _raw_infermatic is not UNSET:
                infermatic = ProviderOptionsInfermatic.from_dict(_raw_infermatic)

            _field = "inflection"
            _raw_inflection = d.get("inflection", UNSET)
            inflection: Any = _raw_inflection
            if _raw_inflection is not None and _raw_inflection is not UNSET:
                inflection = ProviderOptionsInflection.from_dict(_raw_inflection)

            _field = "inocloud"
            _raw_inocloud = d.get("inocloud", UNSET)
            inocloud: Any = _raw_inocloud
            if _raw_inocloud is not None and _raw_inocloud is not UNSET:
                inocloud = ProviderOptionsInocloud.from_dict(_raw_inocloud)

            _field = "io-net"
            _raw_io_net = d.get("io-net", UNSET)
            io_net: Any = _raw_io_net
            if _raw_io_net is not None and _raw_io_net is not UNSET:
                io_net = ProviderOptionsIoNet.from_dict(_raw_io_net)

            _field = "ionstream"
            _raw_ionstream = d.get("ionstream", UNSET)
            ionstream: Any = _raw_ionstream
            if _raw_ionstream is not None and _raw_ionstream is not UNSET:
                ionstream = ProviderOptionsIonstream.from_dict(_raw_ionstream)

            _field = "klusterai"
            _raw_klusterai = d.get("klusterai", UNSET)
            klusterai: Any = _raw_klusterai
            if _raw_klusterai is not None and _raw_klusterai is not UNSET:
                klusterai = ProviderOptionsKlusterai.from_dict(_raw_klusterai)

            _field = "krea"
            _raw_krea = d.get("krea", UNSET)
            krea: Any = _raw_krea
            if _raw_krea is not None and _raw_krea is not UNSET:
                krea = ProviderOptionsKrea.from_dict(_raw_krea)

            _field = "lambda"
            _raw_lambda_ = d.get("lambda", UNSET)
            lambda_: Any = _raw_lambda_
            if _raw_lambda_ is not None and _raw_lambda_ is not UNSET:
                lambda_ = ProviderOptionsLambda.from_dict(_raw_lambda_)

            _field = "lepton"
            _raw_lepton = d.get("lepton", UNSET)
            lepton: Any = _raw_lepton
            if _raw_lepton is not None and _raw_lepton is not UNSET:
                lepton = ProviderOptionsLepton.from_dict(_raw_lepton)

            _field = "liquid"
            _raw_liquid = d.get("liquid", UNSET)
            liquid: Any = _raw_liquid
            if _raw_liquid is not None and _raw_liquid is not UNSET:
                liquid = ProviderOptionsLiquid.from_dict(_raw_liquid)

            _field = "lynn"
            _raw_lynn = d.get("lynn", UNSET)
            lynn: Any = _raw_lynn
            if _raw_lynn is not None and _raw_lynn is not UNSET:
                lynn = ProviderOptionsLynn.from_dict(_raw_lynn)

            _field = "lynn-private"
            _raw_lynn_private = d.get("lynn-private", UNSET)
            lynn_private: Any = _raw_lynn_private
            if _raw_lynn_private is not None and _raw_lynn_private is not UNSET:
                lynn_private = ProviderOptionsLynnPrivate.from_dict(_raw_lynn_private)

            _field = "makora"
            _raw_makora = d.get("makora", UNSET)
            makora: Any = _raw_makora
            if _raw_makora is not None and _raw_makora is not UNSET:
                makora = ProviderOptionsMakora.from_dict(_raw_makora)

            _field = "mancer"
            _raw_mancer = d.get("mancer", UNSET)
            mancer: Any = _raw_mancer
            if _raw_mancer is not None and _raw_mancer is not UNSET:
                mancer = ProviderOptionsMancer.from_dict(_raw_mancer)

            _field = "mancer-old"
            _raw_mancer_old = d.get("mancer-old", UNSET)
            mancer_old: Any = _raw_mancer_old
            if _raw_mancer_old is not None and _raw_mancer_old is not UNSET:
                mancer_old = ProviderOptionsMancerOld.from_dict(_raw_mancer_old)

            _field = "mara"
            _raw_mara = d.get("mara", UNSET)
            mara: Any = _raw_mara
            if _raw_mara is not None and _raw_mara is not UNSET:
                mara = ProviderOptionsMara.from_dict(_raw_mara)

            _field = "meta"
            _raw_meta = d.get("meta", UNSET)
            meta: Any = _raw_meta
            if _raw_meta is not None and _raw_meta is not UNSET:
                meta = ProviderOptionsMeta.from_dict(_raw_meta)

            _field = "minimax"
            _raw_minimax = d.get("minimax", UNSET)
            minimax: Any = _raw_minimax
            if _raw_minimax is not None and _raw_minimax is not UNSET:
                minimax = ProviderOptionsMinimax.from_dict(_raw_minimax)

            _field = "mistral"
            _raw_mistral = d.get("mistral", UNSET)
            mistral: Any = _raw_mistral
            if _raw_mistral is not None and _raw_mistral is not UNSET:
                mistral = ProviderOptionsMistral.from_dict(_raw_mistral)

            _field = "modal"
            _raw_modal = d.get("modal", UNSET)
            modal: Any = _raw_modal
            if _raw_modal is not None and _raw_modal is not UNSET:
                modal = ProviderOptionsModal.from_dict(_raw_modal)

            _field = "modelrun"
            _raw_modelrun = d.get("modelrun", UNSET)
            modelrun: Any = _raw_modelrun
            if _raw_modelrun is not None and _raw_modelrun is not UNSET:
                modelrun = ProviderOptionsModelrun.from_dict(_raw_modelrun)

            _field = "modular"
            _raw_modular = d.get("modular", UNSET)
            modular: Any = _raw_modular
            if _raw_modular is not None and _raw_modular is not UNSET:
                modular = ProviderOptionsModular.from_dict(_raw_modular)

            _field = "moonshotai"
            _raw_moonshotai = d.get("moonshotai", UNSET)
            moonshotai: Any = _raw_moonshotai
            if _raw_moonshotai is not None and _raw_moonshotai is not UNSET:
                moonshotai = ProviderOptionsMoonshotai.from_dict(_raw_moonshotai)

            _field = "morph"
            _raw_morph = d.get("morph", UNSET)
            morph: Any = _raw_morph
            if _raw_morph is not None and _raw_morph is not UNSET:
                morph = ProviderOptionsMorph.from_dict(_raw_morph)

            _field = "ncompass"
            _raw_ncompass = d.get("ncompass", UNSET)
            ncompass: Any = _raw_ncompass
            if _raw_ncompass is not None and _raw_ncompass is not UNSET:
                ncompass = ProviderOptionsNcompass.from_dict(_raw_ncompass)

            _field = "nebius"
            _raw_nebius = d.get("nebius", UNSET)
            nebius: Any = _raw_nebius
            if _raw_nebius is not None and _raw_nebius is not UNSET:
                nebius = ProviderOptionsNebius.from_dict(_raw_nebius)

            _field = "nex-agi"
            _raw_nex_agi = d.get("nex-agi", UNSET)
            nex_agi: Any = _raw_nex_agi
            if _raw_nex_agi is not None and _raw_nex_agi is not UNSET:
                nex_agi = ProviderOptionsNexAgi.from_dict(_raw_nex_agi)

            _field = "nextbit"
            _raw_nextbit = d.get("nextbit", UNSET)
            nextbit: Any = _raw_nextbit
            if _raw_nextbit is not None and _raw_nextbit is not UNSET:
                nextbit = ProviderOptionsNextbit.from_dict(_raw_nextbit)

            _field = "nineteen"
            _raw_nineteen = d.get("nineteen", UNSET)
            nineteen: Any = _raw_nineteen
            if _raw_nineteen is not None and _raw_nineteen is not UNSET:
                nineteen = ProviderOptionsNineteen.from_dict(_raw_nineteen)

            _field = "novita"
            _raw_novita = d.get("novita", UNSET)
            novita: Any = _raw_novita
            if _raw_novita is not None and _raw_novita is not UNSET:
                novita = ProviderOptionsNovita.from_dict(_raw_novita)

            _field = "nvidia"
            _raw_nvidia = d.get("nvidia", UNSET)
            nvidia: Any = _raw_nvidia
            if _raw_nvidia is not None and _raw_nvidia is not UNSET:
                nvidia = ProviderOptionsNvidia.from_dict(_raw_nvidia)

            _field = "octoai"
            _raw_octoai = d.get("octoai", UNSET)
            octoai: Any = _raw_octoai
            if _raw_octoai is not None and _raw_octoai is not UNSET:
                octoai = ProviderOptionsOctoai.from_dict(_raw_octoai)

            _field = "open-inference"
            _raw_open_inference = d.get("open-inference", UNSET)
            open_inference: Any = _raw_open_inference
            if _raw_open_inference is not None and _raw_open_inference is not UNSET:
                open_inference = ProviderOptionsOpenInference.from_dict(_raw_open_inference)

            _field = "openai"
            _raw_openai = d.get("openai", UNSET)
            openai: Any = _raw_openai
            if _raw_openai is not None and _raw_openai is not UNSET:
                openai = ProviderOptionsOpenai.from_dict(_raw_openai)

            _field = "parasail"
            _raw_parasail = d.get("parasail", UNSET)
            parasail: Any = _raw_parasail
            if _raw_parasail is not None and _raw_parasail is not UNSET:
                parasail = ProviderOptionsParasail.from_dict(_raw_parasail)

            _field = "perceptron"
            _raw_perceptron = d.get("perceptron", UNSET)
            perceptron: Any = _raw_perceptron
            if _raw_perceptron is not None and _raw_perceptron is not UNSET:
                perceptron = ProviderOptionsPerceptron.from_dict(_raw_perceptron)

            _field = "perplexity"
            _raw_perplexity = d.get("perplexity", UNSET)
            perplexity: Any = _raw_perplexity
            if _raw_perplexity is not None and _raw_perplexity is not UNSET:
                perplexity = ProviderOptionsPerplexity.from_dict(_raw_perplexity)

            _field = "phala"
            _raw_phala = d.get("phala", UNSET)
            phala: Any = _raw_phala
            if _raw_phala is not None and _raw_phala is not UNSET:
                phala = ProviderOptionsPhala.from_dict(_raw_phala)

            _field = "poolside"
            _raw_poolside = d.get("poolside", UNSET)
            poolside: Any = _raw_poolside
            if _raw_poolside is not None and _raw_poolside is not UNSET:
                poolside = ProviderOptionsPoolside.from_dict(_raw_poolside)

            _field = "quiver"
            _raw_quiver = d.get("quiver", UNSET)
            quiver: Any = _raw_quiver
            if _raw_quiver is not None and _raw_quiver is not UNSET:
                quiver = ProviderOptionsQuiver.from_dict(_raw_quiver)

            _field = "recraft"
            _raw_recraft = d.get("recraft", UNSET)
            recraft: Any = _raw_recraft
            if _raw_recraft is not None and _raw_recraft is not UNSET:
                recraft = ProviderOptionsRecraft.from_dict(_raw_recraft)

            _field = "recursal"
            _raw_recursal = d.get("recursal", UNSET)
            recursal: Any = _raw_recursal
            if _raw_recursal is not None and _raw_recursal is not UNSET:
                recursal = ProviderOptionsRecursal.from_dict(_raw_recursal)

            _field = "reflection"
            _raw_reflection = d.get("reflection", UNSET)
            reflection: Any = _raw_reflection
            if _raw_reflection is not None and _raw_reflection is not UNSET:
                reflection = ProviderOptionsReflection.from_dict(_raw_reflection)

            _field = "reka"
            _raw_reka = d.get("reka", UNSET)
            reka: Any = _raw_reka
            if _raw_reka is not None and _raw_reka is not UNSET:
                reka = ProviderOptionsReka.from_dict(_raw_reka)

            _field = "relace"
            _raw_relace = d.get("relace", UNSET)
            relace: Any = _raw_relace
            if _raw_relace is not None and _raw_relace is not UNSET:
                relace = ProviderOptionsRelace.from_dict(_raw_relace)

            _field = "replicate"
            _raw_replicate = d.get("replicate", UNSET)
            replicate: Any = _raw_replicate
            if _raw_replicate is not None and _raw_replicate is not UNSET:
                replicate = ProviderOptionsReplicate.from_dict(_raw_replicate)

            _field = "runway"
            _raw_runway = d.get("runway", UNSET)
            runway: Any = _raw_runway
            if _raw_runway is not None and _raw_runway is not UNSET:
                runway = ProviderOptionsRunway.from_dict(_raw_runway)

            _field = "sail-research"
            _raw_sail_research = d.get("sail-research", UNSET)
            sail_research: Any = _raw_sail_research
            if _raw_sail_research is not None and _raw_sail_research is not UNSET:
                sail_research = ProviderOptionsSailResearch.from_dict(_raw_sail_research)

            _field = "sakana"
            _raw_sakana = d.get("sakana", UNSET)
            sakana: Any = _raw_sakana
            if _raw_sakana is not None and _raw_sakana is not UNSET:
                sakana = ProviderOptionsSakana.from_dict(_raw_sakana)

            _field = "sakana-ai"
            _raw_sakana_ai = d.get("sakana-ai", UNSET)
            sakana_ai: Any = _raw_sakana_ai
            if _raw_sakana_ai is not None and _raw_sakana_ai is not UNSET:
                sakana_ai = ProviderOptionsSakanaAi.from_dict(_raw_sakana_ai)

            _field = "sambanova"
            _raw_sambanova = d.get("sambanova", UNSET)
            sambanova: Any = _raw_sambanova
            if _raw_sambanova is not None and _raw_sambanova is not UNSET:
                sambanova = ProviderOptionsSambanova.from_dict(_raw_sambanova)

            _field = "sambanova-cloaked"
            _raw_sambanova_cloaked = d.get("sambanova-cloaked", UNSET)
            sambanova_cloaked: Any = _raw_sambanova_cloaked
            if _raw_sambanova_cloaked is not None and _raw_sambanova_cloaked is not UNSET:
                sambanova_cloaked = ProviderOptionsSambanovaCloaked.from_dict(_raw_sambanova_cloaked)

            _field = "seed"
            _raw_seed = d.get("seed", UNSET)
            seed: Any = _raw_seed
            if _raw_seed is not None and _raw_seed is not UNSET:
                seed = ProviderOptionsSeed.from_dict(_raw_seed)

            _field = "sf-compute"
            _raw_sf_compute = d.get("sf-compute", UNSET)
            sf_compute: Any = _raw_sf_compute
            if _raw_sf_compute is not None and _raw_sf_compute is not UNSET:
                sf_compute = ProviderOptionsSfCompute.from_dict(_raw_sf_compute)

            _field = "siliconflow"
            _raw_siliconflow = d.get("siliconflow", UNSET)
            siliconflow: Any = _raw_siliconflow
            if _raw_siliconflow is not None and _raw_siliconflow is not UNSET:
                siliconflow = ProviderOptionsSiliconflow.from_dict(_raw_siliconflow)

            _field = "sourceful"
            _raw_sourceful = d.get("sourceful", UNSET)
            sourceful: Any = _raw_sourceful
            if _raw_sourceful is not None and _raw_sourceful is not UNSET:
                sourceful = ProviderOptionsSourceful.from_dict(_raw_sourceful)

            _field = "stealth"
            _raw_stealth = d.get("stealth", UNSET)
            stealth: Any = _raw_stealth
            if _raw_stealth is not None and _raw_stealth is not UNSET:
                stealth = ProviderOptionsStealth.from_dict(_raw_stealth)

            _field = "stepfun"
            _raw_stepfun = d.get("stepfun", UNSET)
            stepfun: Any = _raw_stepfun
            if _raw_stepfun is not None and _raw_stepfun is not UNSET:
                stepfun = ProviderOptionsStepfun.from_dict(_raw_stepfun)

            _field = "streamlake"
            _raw_streamlake = d.get("streamlake", UNSET)
            streamlake: Any = _raw_streamlake
            if _raw_streamlake is not None and _raw_streamlake is not UNSET:
                streamlake = ProviderOptionsStreamlake.from_dict(_raw_streamlake)

            _field = "switchpoint"
            _raw_switchpoint = d.get("switchpoint", UNSET)
            switchpoint: Any = _raw_switchpoint
            if _raw_switchpoint is not None and _raw_switchpoint is not UNSET:
                switchpoint = ProviderOptionsSwitchpoint.from_dict(_raw_switchpoint)

            _field = "targon"
            _raw_targon = d.get("targon", UNSET)
            targon: Any = _raw_targon
            if _raw_targon is not None and _raw_targon is not UNSET:
                targon = ProviderOptionsTargon.from_dict(_raw_targon)

            _field = "tencent"
            _raw_tencent = d.get("tencent", UNSET)
            tencent: Any = _raw_tencent
            if _raw_tencent is not None and _raw_tencent is not UNSET:
                tencent = ProviderOptionsTencent.from_dict(_raw_tencent)

            _field = "tenstorrent"
            _raw_tenstorrent = d.get("tenstorrent", UNSET)
            tenstorrent: Any = _raw_tenstorrent
            if _raw_tenstorrent is not None and _raw_tenstorrent is not UNSET:
                tenstorrent = ProviderOptionsTenstorrent.from_dict(_raw_tenstorrent)

            _field = "thinkingmachines"
            _raw_thinkingmachines = d.get("thinkingmachines", UNSET)
            thinkingmachines: Any = _raw_thinkingmachines
            if _raw_thinkingmachines is not None and _raw_thinkingmachines is not UNSET:
                thinkingmachines = ProviderOptionsThinkingmachines.from_dict(_raw_thinkingmachines)

            _field = "together"
            _raw_together = d.get("together", UNSET)
            together: Any = _raw_together
            if _raw_together is not None and _raw_together is not UNSET:
                together = ProviderOptionsTogether.from_dict(_raw_together)

            _field = "together-lite"
            _raw_together_lite = d.get("together-lite", UNSET)
            together_lite: Any = _raw_together_lite
            if _raw_together_lite is not None and _raw_together_lite is not UNSET:
                together_lite = ProviderOptionsTogetherLite.from_dict(_raw_together_lite)

            _field = "ubicloud"
            _raw_ubicloud = d.get("ubicloud", UNSET)
            ubicloud: Any = _raw_ubicloud
            if _raw_ubicloud is not None and _raw_ubicloud is not UNSET:
                ubicloud = ProviderOptionsUbicloud.from_dict(_raw_ubicloud)

            _field = "upstage"
            _raw_upstage = d.get("upstage", UNSET)
            upstage: Any = _raw_upstage
            if _raw_upstage is not None and _raw_upstage is not UNSET:
                upstage = ProviderOptionsUpstage.from_dict(_raw_upstage)

            _field = "venice"
            _raw_venice = d.get("venice", UNSET)
            venice: Any = _raw_venice
            if _raw_venice is not None and _raw_venice is not UNSET:
                venice = ProviderOptionsVenice.from_dict(_raw_venice)

            _field = "voyageai"
            _raw_voyageai = d.get("voyageai", UNSET)
            voyageai: Any = _raw_voyageai
            if _raw_voyageai is not None and _raw_voyageai is not UNSET:
                voyageai = ProviderOptionsVoyageai.from_dict(_raw_voyageai)

            _field = "wafer"
            _raw_wafer = d.get("wafer", UNSET)
            wafer: Any = _raw_wafer
            if _raw_wafer is not None and _raw_wafer is not UNSET:
                wafer = ProviderOptionsWafer.from_dict(_raw_wafer)

            _field = "wandb"
            _raw_wandb = d.get("wandb", UNSET)
            wandb: Any = _raw_wandb
            if _raw_wandb is not None and _raw_wandb is not UNSET:
                wandb = ProviderOptionsWandb.from_dict(_raw_wandb)

            _field = "wandb-legacy"
            _raw_wandb_legacy = d.get("wandb-legacy", UNSET)
            wandb_legacy: Any = _raw_wandb_legacy
            if _raw_wandb_legacy is not None and _raw_wandb_legacy is not UNSET:
                wandb_legacy = ProviderOptionsWandbLegacy.from_dict(_raw_wandb_legacy)

            _field = "xai"
            _raw_xai = d.get("xai", UNSET)
            xai: Any = _raw_xai
            if _raw_xai is not None and _raw_xai is not UNSET:
                xai = ProviderOptionsXai.from_dict(_raw_xai)

            _field = "xiaomi"
            _raw_xiaomi = d.get("xiaomi", UNSET)
            xiaomi: Any = _raw_xiaomi
            if _raw_xiaomi is not None and _raw_xiaomi is not UNSET:
                xiaomi = ProviderOptionsXiaomi.from_dict(_raw_xiaomi)

            _field = "z-ai"
            _raw_z_ai = d.get("z-ai", UNSET)
            z_ai: Any = _raw_z_ai
            if _raw_z_ai is not None and _raw_z_ai is not UNSET:
                z_ai = ProviderOptionsZAi.from_dict(_raw_z_ai)

        except FieldParseError as error:
            raise error.within("ProviderOptions", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ProviderOptions", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        provider_options = cls(
            field_01ai,
            ai21,
            aion_labs,
            akashml,
            alibaba,
            amazon_bedrock,
            amazon_bedrockclaude_on_aws,
            amazon_nova,
            ambient,
            anthropic,
            anthropic2,
            anyscale,
            arcee_ai,
            atlas_cloud,
            atoma,
            avian,
            azure,
            baidu,
            baseten,
            black_forest_labs,
            byteplus,
            centml,
            cerebras,
            chutes,
            cirrascale,
            clarifai,
            claude_on_aws,
            cloudflare,
            cohere,
            coreweave,
            crofai,
            crucible,
            crusoe,
            darkbloom,
            databricks,
            decart,
            deepgram,
            deepinfra,
            deepseek,
            dekallm,
            digitalocean,
            enfer,
            fake_provider,
            featherless,
            fireworks,
            fish_audio,
            friendli,
            gmicloud,
            google_ai_studio,
            google_vertex,
            gopomelo,
            groq,
            heygen,
            huggingface,
            hyperbolic,
            hyperbolic_quantized,
            inception,
            inceptron,
            inferact_vllm,
            inference_net,
            infermatic,
            inflection,
            inocloud,
            io_net,
            ionstream,
            klusterai,
            krea,
            lambda_,
            lepton,
            liquid,
            lynn,
            lynn_private,
            makora,
            mancer,
            mancer_old,
            mara,
            meta,
            minimax,
            mistral,
            modal,
            modelrun,
            modular,
            moonshotai,
            morph,
            ncompass,
            nebius,
            nex_agi,
            nextbit,
            nineteen,
            novita,
            nvidia,
            octoai,
            open_inference,
            openai,
            parasail,
            perceptron,
            perplexity,
            phala,
            poolside,
            quiver,
            recraft,
            recursal,
            reflection,
            reka,
            relace,
            replicate,
            runway,
            sail_research,
            sakana,
            sakana_ai,
            sambanova,
            sambanova_cloaked,
            seed,
            sf_compute,
            siliconflow,
            sourceful,
            stealth,
            stepfun,
            streamlake,
            switchpoint,
            targon,
            tencent,
            tenstorrent,
            thinkingmachines,
            together,
            together_lite,
            ubicloud,
            upstage,
            venice,
            voyageai,
            wafer,
            wandb,
            wandb_legacy,
            xai,
            xiaomi,
            z_ai,
        )

        if not _DECLARED_KEYS.issuperset(d):
            provider_options.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return provider_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


ProviderOptions.__annotations__ = ResolvingAnnotations(ProviderOptions.__annotations__, _resolve_lazy_imports)
