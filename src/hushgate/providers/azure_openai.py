"""Azure OpenAI: OpenAI's wire format behind per-deployment URLs.

The body and the stream are OpenAI's (Azure adds ``content_filter_results``
and ``prompt_filter_results``, which pass through so clients can see why an
answer was filtered). What differs: the URL names the Azure *deployment*
(the deployment's upstream ``model``) and carries ``api-version``; the key
goes in an ``api-key`` header (``options.api_version: v1`` selects the
versionless ``/openai/v1/`` API, where the deployment is the body's model); error bodies nest the reason under
``error.code`` (``content_filter``, ``DeploymentNotFound``, "429"...) with an
``innererror`` whose filter details quote nothing we keep.
"""

from __future__ import annotations

from urllib.parse import quote

from hushgate.config import ProviderConfig
from hushgate.providers.base import UpstreamCall
from hushgate.providers.openai_compatible import ROUTE_PATHS, OpenAICompatibleProvider

DEFAULT_API_VERSION = "2024-10-21"  # the current GA data-plane version


class AzureOpenAIProvider(OpenAICompatibleProvider):
    def __init__(self, name: str, config: ProviderConfig) -> None:
        if not config.base_url:
            raise ValueError(f"providers.{name}.base_url: Azure OpenAI needs the resource endpoint (https://RESOURCE.openai.azure.com)")
        super().__init__(name, config)
        api_version = config.options.get("api_version", DEFAULT_API_VERSION)
        if not isinstance(api_version, str) or not api_version:
            raise ValueError(f"providers.{name}.options.api_version: must be a non-empty string")
        self.api_version = api_version
        if self.base_url.endswith("/openai"):
            self.base_url = self.base_url[: -len("/openai")]

    def credential_headers(self, key: str) -> dict[str, str]:
        return {"api-key": key}

    def url_for(self, call: UpstreamCall) -> str:
        if self.api_version == "v1":
            # The v1 API drops api-version; the deployment travels as the body's model.
            return f"{self.base_url}/openai/v1{ROUTE_PATHS[call.route]}"
        deployment = quote(call.model, safe="")
        version = quote(self.api_version, safe="")
        return f"{self.base_url}/openai/deployments/{deployment}{ROUTE_PATHS[call.route]}?api-version={version}"
