"""Provider adapters, by config ``type``."""

from __future__ import annotations

from hushgate.config import ProviderConfig
from hushgate.providers.anthropic import AnthropicProvider
from hushgate.providers.azure_openai import AzureOpenAIProvider
from hushgate.providers.base import (
    Provider,
    StreamInterrupted,
    UpstreamCall,
    UpstreamError,
    UpstreamResponse,
)
from hushgate.providers.bedrock import BedrockProvider
from hushgate.providers.echo import EchoProvider
from hushgate.providers.gemini import GeminiProvider
from hushgate.providers.openai_compatible import OpenAICompatibleProvider

ADAPTERS: dict[str, type[Provider]] = {
    "anthropic": AnthropicProvider,
    "echo": EchoProvider,
    "openai_compatible": OpenAICompatibleProvider,
    "azure_openai": AzureOpenAIProvider,
    "gemini": GeminiProvider,
    "bedrock": BedrockProvider,
}


def build_provider(name: str, config: ProviderConfig) -> Provider:
    try:
        adapter = ADAPTERS[config.type]
    except KeyError:
        raise ValueError(f"providers.{name}.type: unknown provider type {config.type!r}") from None
    return adapter(name, config)


__all__ = [
    "ADAPTERS",
    "Provider",
    "StreamInterrupted",
    "UpstreamCall",
    "UpstreamError",
    "UpstreamResponse",
    "build_provider",
]
