"""Hand-written hard-negative templates: realistic prompts with NO personal data.

They are full of things that look like identifiers (order numbers, Luhn-invalid
16-digit numbers, versions, timestamps, hashes, codes, prices) and of words that
are also names, used as ordinary words.  Only unlabeled fillers ``[[-:gen]]``
are allowed here; the generator rejects labeled placeholders in these.
"""

T = []


def t(tid, domain, text, n=4):
    T.append((tid, domain, "hard_negative", text, n))


t("hn-order-status", "general",
  "Where is my order [[-:order]]? The tracking number [[-:tracking]] hasn't updated since Tuesday.")
t("hn-invoice", "finance",
  "Reconcile invoice [[-:invoice]] ([[-:price]]) against PO [[-:order]]; the vendor says we underpaid by [[-:pct]].")
t("hn-luhn-bad", "finance",
  "Our QA fixture uses the number [[-:luhn_bad16]] which should fail the Luhn check. Why does the form accept it?")
t("hn-luhn-bad-json", "finance",
  '{"test_pan": "[[-:luhn_bad16]]", "expected": "invalid", "reason": "checksum", "suite": "payments-[[-:version]]"}')
t("hn-version", "general",
  "After upgrading from [[-:version]] to [[-:version]] on Windows [[-:version]], pip fails to build wheels. Any idea?")
t("hn-changelog", "general",
  "## [[[-:version]]] - [[-:date]]\n- Fixed race in cache eviction ([[-:shortsha]])\n- Bumped urllib3 to [[-:version]]\n"
  "Summarize this changelog for the release notes.")
t("hn-syslog", "general",
  "[[-:ts]] ERROR worker-3 job [[-:uuid]] failed after [[-:num]] retries\n[[-:ts]] INFO scheduler tick\n"
  "What does this error pattern suggest?")
t("hn-git", "general",
  "git bisect points to commit [[-:sha]], but [[-:shortsha]] also touched the same file. How do I compare them?")
t("hn-uuid", "general",
  "Is [[-:uuid]] a v4 UUID? Our service rejects it with 'malformed id'.")
t("hn-icd", "healthcare",
  "What is the difference between ICD-10 [[-:icd]] and [[-:icd]] for billing, and which CPT ([[-:cpt]] vs [[-:cpt]]) pairs with each?")
t("hn-dose", "healthcare",
  "Is it safe to combine [[-:dose]] with [[-:dose]] in an elderly patient with CKD stage 3? General guidance only.")
t("hn-lab", "healthcare",
  "Interpret these values for a teaching case: [[-:lab]], [[-:lab]], [[-:lab]].")
t("hn-room", "healthcare",
  "Housekeeping request: [[-:room]] and [[-:room]] need terminal cleaning after contact precautions. Priority [[-:num]].")
t("hn-hospital", "healthcare",
  "Compare the cardiac surgery volumes of [[-:hospital]] and [[-:hospital]] in [[-:statename]] over the last five years.")
t("hn-drug-names", "healthcare",
  "Make a table of [[-:drug]], [[-:drug]] and [[-:drug]]: class, mechanism, common side effects.")
t("hn-price", "finance",
  "Our SaaS plan went from [[-:price]] to [[-:price]] per seat, a [[-:pct]] increase. Draft a customer FAQ.")
t("hn-isbn", "general",
  "Cite the book with ISBN [[-:isbn]] in APA format; the second edition is [[-:isbn]].")
t("hn-math", "general",
  "Solve for x: [[-:num]]x + [[-:num]] = [[-:bignum]]. Then compute 4111 * 1111 and 555-0142 as a subtraction.")
t("hn-sku", "general",
  "Restock [[-:sku]] and [[-:sku]]; the pallet is [[-:dims]] and weighs [[-:num]] lb.")
t("hn-css", "general",
  "Change the button from [[-:color]] to [[-:color]] and the hero image to [[-:dims]] in this CSS.")
t("hn-bad-ssn", "finance",
  "Our validator should reject SSN-shaped test values like [[-:bad_ssn]] and [[-:bad_ssn]]. Write the unit test names.")
t("hn-bad-routing", "finance",
  "Why does [[-:bad_routing]] fail the ABA routing checksum? Explain the 3-7-1 weights.")
t("hn-phonever", "general",
  "Firmware build [[-:phonever]] bricked the router; rolling back to build [[-:phonever]] fixed it.")
t("hn-name-words", "general",
  "Will the grant be approved in May? Please grant read access to the June report and mark the Bill of Materials "
  "as final. Frank feedback welcome, and Rose Gold is the color for [[-:sku]].")
t("hn-states", "general",
  "Which has more rainfall, [[-:statename]] or [[-:statename]]? Also rank [[-:statename]] by population.")
t("hn-company", "finance",
  "[[-:company]] reported revenue of [[-:price]]M, up [[-:pct]]. Summarize for the board deck.")
t("hn-sql", "general",
  "SELECT order_id, SUM(amount) FROM orders WHERE created_at >= '[[-:date]]' GROUP BY order_id HAVING SUM(amount) > [[-:num]];\n"
  "-- why is this slow on [[-:bignum]] rows?")
t("hn-k8s", "general",
  "kubectl get pods shows [[-:num]] restarts for image registry.local/api:[[-:version]]; memory limit is 512Mi. Diagnose.")
t("hn-http-log", "general",
  "[[-:logdate]] GET /api/v2/orders/[[-:num]] 200 [[-:num]]ms trace=[[-:hex8]][[-:hex8]]\n"
  "[[-:logdate]] GET /healthz 200 1ms\nWhy is p99 latency spiking?")
t("hn-json-config", "general",
  '{"retries": [[-:num]], "timeout_ms": 3000, "model": "gpt-4o-mini", "region": "us-east-1", "build": "[[-:version]]", '
  '"feature_flags": ["new-checkout", "dark-mode"]}')
t("hn-tool-weather", "general",
  '{"name": "get_weather", "arguments": {"city": "Paris", "units": "metric", "days": [[-:num]]}}')
t("hn-tool-inventory", "finance",
  '{"name": "lookup_order", "arguments": {"order_id": "[[-:order]]", "include": ["items", "shipping"], "sku": "[[-:sku]]"}}')
t("hn-fhir-obs", "healthcare",
  '{"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.1", '
  '"code": "4548-4", "display": "Hemoglobin A1c"}]}, "valueQuantity": {"value": 7.1, "unit": "%"}}')
t("hn-clinical-teaching", "healthcare",
  "Explain the pathophysiology of diabetic ketoacidosis for a second-year student; include typical labs such as [[-:lab]].")
t("hn-cpt-rates", "healthcare",
  "What is the 2025 Medicare fee for CPT [[-:cpt]] versus [[-:cpt]] in a non-facility setting? Rough numbers are fine.")
t("hn-finance-math", "finance",
  "If I invest [[-:price]] at [[-:pct]] APR compounded monthly for [[-:num]] months, what's the balance?")
t("hn-tracking-many", "general",
  "Bulk check these shipments: [[-:tracking]], [[-:tracking]], [[-:tracking]].")
t("hn-ticket-triage", "general",
  "Triage [[-:ticket]] and [[-:ticket]]: both report the export button greyed out on build [[-:version]].")
t("hn-release-dates", "general",
  "Release train: code freeze [[-:date]], RC [[-:date]], GA [[-:date]]. Turn this into a Gantt chart.")
t("hn-hex-dump", "general",
  "What does this hex mean: [[-:hex8]] [[-:hex8]] [[-:hex8]]? It came from a packet capture header.")
t("hn-pct-table", "finance",
  "Format as a markdown table: Q1 [[-:pct]], Q2 [[-:pct]], Q3 [[-:pct]], Q4 [[-:pct]] churn.")
t("hn-long-numbers", "finance",
  "The batch file has [[-:bignum]] records totaling [[-:price]]; control total [[-:bignum]]. Check the arithmetic.")
t("hn-api-docs", "general",
  "In our API docs, should the example key be written as sk-... or <YOUR_API_KEY>? And password=<redacted> or password=****?")
t("hn-openai-body", "general",
  '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Explain idempotency keys with an example order [[-:order]]."}], '
  '"max_tokens": [[-:num]]}')
t("hn-env-placeholders", "general",
  "client = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\nstripe.api_key = os.getenv(\"STRIPE_SECRET\")\n"
  "# is reading keys from the environment enough, or should we use a vault?")
t("hn-guideline-dates", "healthcare",
  "The ADA Standards of Care were updated on [[-:date]]; summarize what changed for [[-:drug]] dosing versus the [[-:date]] edition.")
t("hn-dear-customer", "finance",
  "Dear Customer,\n\nYour statement for the period ending [[-:date]] is available. Minimum payment due: [[-:price]].\n\nSincerely,\n[[-:company]]")
t("hn-stats", "general",
  "Given n = [[-:num]], mean [[-:mdollars]], sd [[-:mdollars]], compute a 95% confidence interval and the z-score for 123-45.")
t("hn-clinical-question", "healthcare",
  "A 54-year-old with [[-:icd]] on [[-:dose]] has [[-:lab]]. What are the next steps per guidelines? Teaching case, no real patient.")
# Look-alikes of the veto rules (detection README, "Veto rules for look-alikes"
# and "Table columns type their cells").
t("hn-part-numbers", "general",
  "Part no. [[-:partno]] was superseded by [[-:sku]]; P/N [[-:partno]] still fits the older housings. Model [[-:partno]] ships in "
  "case packs of [[-:num]]. Update the catalog.")
t("hn-eponymous-firms", "finance",
  "Compare custody fees at Charles Schwab, Morgan Stanley and Wells Fargo for a [[-:price]] account, and the "
  "rebate terms Eli Lilly and Bristol-Myers Squibb offer on [[-:drug]].")
t("hn-org-suffix", "general",
  "Move [[-:price]] from the Grant Program budget to Harper Vega Consulting before [[-:date]]; "
  "Ember Outfitters and Clara Benton Hospital are invoiced separately.")
t("hn-secret-lookups", "general",
  "DB_PASSWORD = os.environ[\"DB_PASSWORD\"]\nconst password = process.env.ADMIN_PASS;\n"
  "# both read from the environment; is that enough for [[-:version]]?")
t("hn-product-table", "general",
  "Format this as prose:\n\n| Name | Qty | Lot |\n|---|---|---|\n| Orbit | [[-:num]] | [[-:sku]] |\n"
  "| Quantum | [[-:num]] | [[-:sku]] |\n\nregion,units,sold\nNorth,[[-:num]],[[-:num]]\n")
