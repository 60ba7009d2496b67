"""Credentials in prompts: provider API keys, PEM private keys, JWTs,
password assignments and high-entropy tokens next to secret-ish keywords."""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections import Counter
from collections.abc import Iterator

from presidio_analyzer import Pattern

from hushgate.detection.findings import Candidate
from hushgate.detection.recognizers.base import Recognizer, bounded
from hushgate.detection.recognizers.keyed import SEP, KeyedPattern


class ApiKeyRecognizer(Recognizer):
    ENTITY = "API_KEY"
    # Provider formats with a fixed, documented prefix. Each pattern starts
    # with its literal prefix so the scan skips everything else in C.
    PATTERNS = (
        Pattern("anthropic", r"sk-ant-(?:api|admin|oat)[0-9]{2}-[A-Za-z0-9_\-]{20,200}", 0.95),
        Pattern("openai", r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{20,200}", 0.9),
        # Anchored on the literal "k_" of sk_/rk_/pk_ (see propose).
        Pattern("stripe", r"k_(?:live|test)_[A-Za-z0-9]{16,200}", 0.95),
        Pattern("stripe_webhook", r"whsec_[A-Za-z0-9]{24,100}", 0.95),
        Pattern("aws_access_key", r"(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[0-9A-Z]{16}(?![0-9A-Za-z])", 0.95),
        Pattern("github", r"gh[pousr]_[A-Za-z0-9]{36,255}", 0.95),
        Pattern("github_fine_grained", r"github_pat_[A-Za-z0-9_]{22,255}", 0.95),
        Pattern("gitlab", r"glpat-[A-Za-z0-9_\-]{20,64}", 0.95),
        Pattern("slack", r"xox[abposr]-[A-Za-z0-9\-]{10,250}", 0.95),
        Pattern("slack_webhook", r"https://hooks\.slack\.com/services/[A-Za-z0-9/_\-]{20,200}", 0.95),
        Pattern("google", r"AIza[0-9A-Za-z_\-]{35}", 0.95),
        Pattern("google_oauth", r"ya29\.[0-9A-Za-z_\-]{20,2000}", 0.9),
        Pattern("huggingface", r"hf_[A-Za-z]{34,40}", 0.9),
        Pattern("sendgrid", r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}", 0.95),
        Pattern("npm", r"npm_[A-Za-z0-9]{36}", 0.95),
        Pattern("twilio", r"SK[0-9a-f]{32}(?![0-9A-Za-z])", 0.8),
        # Tokens whose prefix runs straight into the secret (Databricks, Atlassian).
        Pattern("databricks", r"dapi[a-f0-9]{32}(?:-[0-9])?(?![A-Za-z0-9_\-])", 0.9),
        Pattern("atlassian", r"ATATT3[A-Za-z0-9_\-=]{150,220}(?![A-Za-z0-9_\-])", 0.9),
    )
    # More providers' documented token prefixes. The prefix ends at a "_",
    # "-" or "." ("gsk_", "pplx-", "hvs."), so it is a word of the shared
    # keyword pass, and these patterns cost nothing on texts without one.
    # They run on the lower-cased text: values are case-insensitive here.
    LOWER_PATTERNS = tuple(
        KeyedPattern(name, prefix, value + r"(?![a-z0-9_\-])", 0.9, sep=sep)
        for name, prefix, sep, value in (
            ("shopify", "shpat|shpca|shppa|shpss", "_", r"[a-f0-9]{32}"),
            ("pypi", "pypi", "-", r"ageichlwas5vcmc[a-z0-9_\-]{50,300}"),
            ("digitalocean", "dop|doo|dor", "_v1_", r"[a-f0-9]{64}"),
            ("square", "sq0atp|sq0csp", "-", r"[a-z0-9_\-]{22,60}"),
            ("mailgun", "key", "-", r"[a-f0-9]{32}"),
            ("postman", "pmak", "-", r"[a-f0-9]{24}-[a-f0-9]{34}"),
            ("linear", "lin", "_api_", r"[a-z0-9]{40}"),
            ("groq", "gsk", "_", r"[a-z0-9]{48,56}"),
            ("replicate", "r8", "_", r"[a-z0-9]{37}"),
            ("perplexity", "pplx", "-", r"[a-z0-9]{40,56}"),
            ("xai", "xai", "-", r"[a-z0-9]{60,100}"),
            ("notion", "ntn", "_", r"[a-z0-9]{40,50}"),
            ("supabase", "sbp", "_", r"[a-f0-9]{40}"),
            ("vault", "hvs", r"\.", r"[a-z0-9_\-]{90,200}"),
            ("newrelic", "nrak", "-", r"[a-z0-9]{27}"),
            ("sentry", "sntrys|sntryu", "_", r"[a-z0-9+/=_]{40,300}"),
            ("grafana", "glsa", "_", r"[a-z0-9]{32}_[a-f0-9]{8}"),
            ("figma", "figd", "_", r"[a-z0-9_\-]{40,50}"),
        )
    )
    CONTEXT = ("api key", "apikey", "api_key", "key", "token", "secret", "credential", "secret key", "secret_key", "secret-key", "secret access key", "secret_access_key", "secret-access-key")
    FIELD_NAMES = ("apikey", "api_key", "openaiapikey", "anthropicapikey", "accesskey", "accesskeyid", "awsaccesskeyid")

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span()
        if pattern.name == "stripe":
            if start == 0 or text[start - 1] not in "srp":
                return
            start -= 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            return
        yield self.candidate(start, end, pattern.score)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return any(compiled.fullmatch(value) or compiled.fullmatch(value, 1) for compiled, _ in self.compiled)


class PrivateKeyRecognizer(Recognizer):
    ENTITY = "PRIVATE_KEY"
    PATTERNS = (
        Pattern(
            "pem",
            r"-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----"
            r"(?:[A-Za-z0-9+/=\s:,.\\]|-(?!----)){0,20000}?"
            r"-----END (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----",
            0.99,
        ),
        # A pasted key is often truncated: the header plus body is enough.
        Pattern(
            "pem_truncated",
            r"-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\s:,.\\]|-(?!----)){0,20000}",
            0.95,
        ),
    )
    CHECK_BOUNDARIES = False

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        yield self.candidate(start, end, pattern.score)


class JwtRecognizer(Recognizer):
    ENTITY = "JWT"
    PATTERNS = (
        # Only at a token start (look-behind): "eyJeyJeyJ..." costs one attempt, not one per "eyJ".
        Pattern("jwt", r"eyJ(?<![A-Za-z0-9_\-]eyJ)[A-Za-z0-9_\-]{5,4000}\.eyJ[A-Za-z0-9_\-]{2,16000}\.[A-Za-z0-9_\-]{0,2000}", 0.95),
    )
    CONTEXT = ("jwt", "token", "bearer", "authorization", "id_token", "access_token")
    FIELD_NAMES = ("jwt", "idtoken", "accesstoken", "token", "bearertoken", "refreshtoken")

    def validate_result(self, pattern_text: str) -> bool | None:
        header = pattern_text.split(".", 1)[0]
        try:
            decoded = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
        except (ValueError, TypeError):
            return False
        return decoded.startswith(b"{") and (b'"alg"' in decoded or b'"typ"' in decoded)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return any(compiled.fullmatch(value) for compiled, _ in self.compiled) and self.validate_result(value) is True


# Values that stand in for a secret in examples and templates: "changeme",
# "your-api-key-here", "<token>", "${DB_PASS}", "replace_me", "xxxx".
_PLACEHOLDER = re.compile(
    r"(?:<[^>]*>|<[a-z][a-z_\-]*|\$\{[^}]*\}|\{\{[^}]*\}\}|\*+|x+|\.\.\.|null|none|true|false|redacted|\[redacted\]|\$[a-z_]+"
    r"|(?:change|replace)[-_.]?(?:me|this|it)(?:[-_.](?:in|before|for|on)[-_.][a-z0-9_.\-]{1,30})?|your[-_.][a-z0-9_.\-]{1,40}|[a-z0-9_.\-]{1,40}[-_.]here"
    r"|placeholder|dummy|example|sample|todo|tbd|fixme)",
    re.I,
)
# A dotted identifier path followed by a quoted subscript, or an
# environment lookup: code that fetches a secret rather than the secret itself.
_CODE_REFERENCE = re.compile(
    r"[A-Za-z_$][A-Za-z0-9_$]{0,40}(?:\.[A-Za-z_$][A-Za-z0-9_$]{0,40}){0,6}\[[\"']"
    r"|(?:process\.env|os\.environ|import\.meta\.env)\.[A-Za-z_]",
    re.I,
)
# Other references to a secret kept elsewhere: shell expansion ("${DB_PW:?unset}",
# "$(cat /run/secrets/db)"), YAML tags ("!vault |", "!Ref DbPassword"), and a
# settings object's attribute ("settings.DB_PASSWORD", "config.db.password").
_REFERENCE = re.compile(
    r"\$[{(]|![A-Za-z][\w:]*[ \t]+[|>A-Za-z$\"']"
    r"|(?:settings|config|cfg|conf|self|this|env|secrets|vault|app|options|opts|args|params|creds|credentials|var|local|module)\.[A-Za-z_]"
    # Secret stores by path: "vault:secret/data/gateway#client_secret", "arn:aws:secretsmanager:...".
    r"|(?:vault|ssm|secretsmanager|gcpsm|azurekv):[A-Za-z]|arn:aws:(?:secretsmanager|ssm):"
    r"|[A-Za-z_][A-Za-z0-9_]{0,40}(?:\.[A-Za-z_][A-Za-z0-9_]{0,40}){0,5}\.[A-Z][A-Z0-9]*_[A-Z0-9_]+(?![A-Za-z0-9_.])"
)


def _refers_to_secret(text: str, start: int) -> bool:
    """Whether the value at `start` says where a secret lives instead of being one."""
    return _CODE_REFERENCE.match(text, start) is not None or _REFERENCE.match(text, start) is not None


# A call with code-like arguments (none, names, quoted strings): get_pw(), vault.read("db").
_CODE_CALL = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]{0,40}(?:\.[A-Za-z_$][A-Za-z0-9_$]{0,40}){0,6}\([\w\"' ,.=/:\-\[\]]{0,200}\)")
_PASSWORD_KEYWORDS = (
    "password|passwd|passphrase|pass|pwd|pw|passcode|pin code|db_password|db_pass|"
    "admin password|root password|login password|wifi password|secret|client_secret|app_secret|"
    # Spanish, French, German, Portuguese, Polish, Japanese, Chinese, Korean.
    "contraseña|contrasena|mot de passe|passwort|kennwort|senha|hasło|haslo|パスワード|密码|密碼|비밀번호"
)


_FIELD_ASSIGNMENT = re.compile(r"[A-Za-z_]{1,30}=")


class PasswordRecognizer(Recognizer):
    ENTITY = "PASSWORD"
    PATTERNS = (
        # HTTP Basic credentials: "Authorization: Basic dXNlcjpwYXNz" is base64 of "user:pass".
        Pattern("basic_auth", r"Basic[ ]{1,4}(?P<v>[A-Za-z0-9+/]{8,344}={0,2})(?![A-Za-z0-9+/=])", 0.9),
        # Credentials on a command line: curl -u user:pass, --user=user:pass.
        Pattern("cli_user", r"(?:--user|-u)[ \t=]{1,3}['\"]?[^\s:'\"@]{1,64}:(?P<v>[^\s'\"]{3,128})", 0.85),
        # A server's password option, also in a YAML or JSON command list: --requirepass "granite-tulip-18".
        Pattern("cli_password", r"--(?:requirepass|password|passwd)(?:=|[\"']?,?[ \t]{1,3}[\"']?)(?P<v>[^\s'\"$]{3,128})", 0.85),
        # Database and SSH clients' short options: "redis-cli -a 's3cret'", "mysql -u root -pHunter2", "sshpass -p pw ssh ...".
        Pattern(
            "cli_client_password",
            # Each alternative led by its own literal (the scan plan anchors at them; "mysql" covers "mysqldump").
            r"(?:redis-cli[^\n]{0,120}?[ \t]-a[ \t]{1,3}|mysql[^\n]{0,120}?[ \t]-p|mariadb[^\n]{0,120}?[ \t]-p|sshpass[ \t]{1,3}-p[ \t]{0,3})"
            r"['\"]?(?P<v>[^\s'\"$-][^\s'\"]{2,127})",
            0.85,
        ),
    )
    LOWER_PATTERNS = (
        # An explicit ":", "=" or "is" is required: "pass  # no-op" in code is not a password.
        KeyedPattern(
            "assignment",
            _PASSWORD_KEYWORDS,
            r"[^\s\"',;`]{3,128}",
            0.85,
            # "password for vpn: ...", "wifi pass for the clinic is ...",
            # "temp password they gave me was ...", "the admin pw is still ...".
            sep=r"(?:[ _\-]?(?:for(?:[ ](?:the|our|my|your))?[ ][a-z]{1,20}))?(?:[ ](?:they|you|it|he|she|we)[ ](?:gave|sent|set|issued)(?:[ ](?:me|us))?)?"
            r"[\"'\]]{0,2}[ \t]{0,3}(?:[:=]|[ \t](?:is|was)[ \t](?:(?:still|now|currently|just)[ \t])?)[ \t\"']{0,4}",
        ),
        # The abbreviations need no ":" ("db user is svc_report with pw Tr0ub4dor&3"),
        # but then the value must hold a digit or a symbol ("pw reset link" is prose).
        KeyedPattern(
            "abbreviated",
            # Wi-Fi pre-shared keys in router configs: "wpa2-psk Falcon#35".
            "pw|pwd|passwd|psk|wpa-psk|wpa2-psk|wpa3-psk",
            r"(?![/~.])(?=[a-z]{0,127}[^a-z\s])[^\s\"',;`]{4,128}",
            0.8,
            sep=r"[ \t]{1,3}",
            suffix=r"(?![^\s\"',;`])",
        ),
        # Said in prose, without ":" or "=": "user admin, password Zephyr%639!",
        # "temporary password set to Lighthouse!7549Q". The value must mix a
        # letter with a digit or symbol ("password policy", "password 2FA" are prose).
        KeyedPattern(
            "spoken",
            "password|passwd|passphrase|passcode",
            # Not a path ("password ~/.pgpass"); "~fJw^Br2ok" is a password.
            r"(?![/.]|~/)(?=[^\s]{0,63}[0-9!@#$%^&*?+=])(?=[^\s]{0,63}[a-z])[^\s\"',;`()]{6,64}",
            0.8,
            # "reset your password to a temp one: obsidian64_Zeph".
            # "reset my password to wPumpkin$699".
            sep=r"[ \t]{1,3}(?:(?:set|reset|changed)[ \t]to[ \t]{1,3}|is[ \t]now[ \t]{1,3}|now[ \t]{1,3}|to[ \t](?:a[ \t])?(?:temp|temporary|new)(?:[ \t]one)?:[ \t]{1,3}|to[ \t]{1,3})?",
            suffix=r"(?![^\s\"',;`()])",
        ),
        # Credentials embedded in a connection string: scheme://user:PASSWORD@host.
        # The host follows the last "@" (raw "@" in passwords is common).
        # "redis://:secret@cache:6379": the user may be empty.
        Pattern("url_credentials", r"://[^\s:/@\"']{0,64}:(?P<v>[^\s/\"']{3,128})@", 0.9),
    )
    CONTEXT = ("password", "passwd", "pwd", "credentials", "login")
    FIELD_NAMES = ("password", "passwd", "pwd", "pass", "passphrase", "dbpassword", "userpassword", "adminpassword", "secret", "clientsecret")

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span("v")
        if pattern.name == "basic_auth":
            # The check digit of Basic credentials: they decode to "user:password".
            if basic_credentials(text[start:end]):
                yield self.candidate(start, end, pattern.score)
            return
        # An option of its own ("follow-up -u" is not), and the keyword a word
        # of its own ("bypass: x" is not a password).
        if pattern.name == "cli_user" and match.start() > 0 and not text[match.start() - 1].isspace():
            return
        if pattern.name == "assignment" and match.start() > 0 and text[match.start() - 1].isalpha():
            return
        # In prose only: not "template=reset_password to=<ana@...>" (a name, then the next field).
        if pattern.name == "spoken" and (
            (match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "_-./"))
            or _FIELD_ASSIGNMENT.match(text, start)
        ):
            return
        # The keyword inside a shell expansion names a variable: "${DB_PASSWORD:?unset}".
        name_start = match.start()
        while name_start > 0 and (text[name_start - 1].isalnum() or text[name_start - 1] == "_"):
            name_start -= 1
        if text[max(0, name_start - 2) : name_start] == "${":
            return
        if _PLACEHOLDER.fullmatch(text, start, end):
            return
        # Code, not a secret: password = userinfo.partition(":"), pw = get_pw()
        if "(" in text[start:end] or (end < len(text) and text[end] in "(["):
            return
        # A reference to where the secret lives, not the secret:
        # os.environ["DB_PASSWORD"], settings.get(...), process.env.DB_PASS, ENV['PW'].
        if _refers_to_secret(text, start):
            return
        # Prose ends a sentence after the secret; a client's option ends at a blank ("-pHunter2Secret!").
        while end > start and text[end - 1] in ".,;:!?)]}>" and not (pattern.name == "cli_client_password" and text[end : end + 1] in (" ", "'", '"')):
            end -= 1
        value = text[start:end]
        if len(value) < 3 or _PLACEHOLDER.fullmatch(value):
            return
        # "password: reset" / "password is required" are prose, not secrets.
        if value.isalpha() and value.lower() in _PROSE_WORDS:
            return
        yield self.candidate(start, end, pattern.score)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return (
            3 <= len(value) <= 256
            and _PLACEHOLDER.fullmatch(value) is None
            # Where the secret lives, or code that fetches it, not the secret:
            # os.environ["DB_PASSWORD"], get_password(), vault.read("db").
            and not _refers_to_secret(value, 0)
            and _CODE_CALL.fullmatch(value) is None
            and not (value.isalpha() and value.lower() in _PROSE_WORDS)
        )


def basic_credentials(value: str) -> bool:
    """Whether `value` is the base64 of printable "user:password"."""
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return False
    user, colon, password = decoded.partition(":")
    return bool(user and colon and password) and decoded.isprintable()


_PROSE_WORDS = frozenset(
    "required reset expired incorrect invalid wrong changed missing protected policy manager "
    "field hint strength length the a an is was for and or to of not empty set stored hashed "
    "rotation rotated updated update change recovery same below above here there correct "
    "right fine good weak strong simple secure long short different".split()
)


def shannon_entropy(value: str) -> float:
    counts = Counter(value)
    length = len(value)
    return -sum(n / length * math.log2(n / length) for n in counts.values())


# A bare "key" of a cache, map or table names no credential: "cache key: 7c9e...",
# "Cache miss for key deps-8dc6...", "partition key = ...", "public key: ...".
_NOT_A_CREDENTIAL_KEY_BEFORE = re.compile(
    r"(?:cache|etag|lookup|idempotency|partition|object|sort|hash|primary|foreign|public|row|redis|bucket|map|dict|index)"
    r"[a-z :_\-]{0,20}\Z",
    re.I,
)


class HighEntropySecretRecognizer(Recognizer):
    ENTITY = "HIGH_ENTROPY_SECRET"
    LOWER_PATTERNS = (
        KeyedPattern(
            "keyed",
            "token|secret|api_key|access_key|secret_key|auth_token|access_token|refresh_token|"
            "session_token|client_secret|signing_key|private_key|encryption_key|x-api-key|credential|"
            "credentials|authorization|bearer|aws_secret_access_key|secret_access_key|webhook_secret|key",
            r"[a-z0-9+/_\-.~]{16,512}={0,2}",
            0.8,
            sep=SEP + r"(?:bearer[ 	]{1,3}|token[ 	]{1,3})?",
        ),
    )
    CONTEXT = ("token", "secret", "key", "credential")
    FIELD_NAMES = (
        "token", "secret", "apikey", "accesstoken", "refreshtoken", "clientsecret", "secretkey",
        "authtoken", "sessiontoken", "privatekey", "signingkey", "webhooksecret", "awssecretaccesskey",
    )
    MIN_ENTROPY = 3.3

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span("v")
        if match.start() > 0 and text[match.start() - 1].isalpha():
            return
        if text[match.start() : match.start() + 3].lower() == "key" and _NOT_A_CREDENTIAL_KEY_BEFORE.search(text, max(0, match.start() - 32), match.start()):
            return
        # A query parameter (?token=...) belongs to its URL, which is reported whole.
        if match.start() > 0 and text[match.start() - 1] in "?&":
            return
        if not bounded(text, start, end) or not self._secret_like(text[start:end]):
            return
        yield self.candidate(start, end, pattern.score)

    def _secret_like(self, value: str) -> bool:
        if len(value) < 16:
            return False
        has_digit = any(c.isdigit() for c in value)
        has_alpha = any(c.isalpha() for c in value)
        # Entropy is computed case-folded (we see the lower-cased view).
        return has_digit and has_alpha and shannon_entropy(value.lower()) >= self.MIN_ENTROPY

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return " " not in value and len(value) <= 512 and self._secret_like(value)
