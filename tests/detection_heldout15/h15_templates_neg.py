"""Hard-negative templates: PII-free prompts that look dangerous.

Per the corpus README nothing here is labeled: order/invoice/ticket/tracking numbers, card
last-4, claim and group numbers, ICD-10/CPT/LOINC codes, doses, lab values, rooms,
organisations (including ones named after people), drugs, state names, versions, hashes,
UUIDs, log timestamps, invoice/statement dates, ages of 89 and under without any other
identifier.  These records contain no e-mail address, URL, IPv4 address, phone number,
street address, person name, Luhn-valid card-length number or credential.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import namedtuple
from pathlib import Path

_PREFIX = __name__[: __name__.rfind("h15_")]


def _sibling(name):
    full = _PREFIX + name
    if full not in sys.modules:
        spec = importlib.util.spec_from_file_location(full, Path(__file__).resolve().parent / (name + ".py"))
        mod = importlib.util.module_from_spec(spec)
        sys.modules[full] = mod
        spec.loader.exec_module(mod)
    return sys.modules[full]


V = _sibling("h15_values")
jd = V.jd

Template = namedtuple("Template", "name domain kind count fn")
TEMPLATES: list = []
HN = "hard_negative"


def tpl(name, domain, count):
    def deco(fn):
        TEMPLATES.append(Template(name, domain, HN, count, fn))
        return fn
    return deco


def pick(r, seq):
    return r.choice(seq)


MODELS = ["gpt-4o-mini", "gpt-4.1", "o4-mini", "claude-sonnet-4-20250514"]


def chat_body(r, system, user):
    return jd({"model": pick(r, MODELS), "messages": [{"role": "system", "content": system},
                                                     {"role": "user", "content": user}]},
              indent=pick(r, [None, 2]))


def ts(r, year=2025):
    return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (year, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                 r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def money(r, lo=10, hi=9000):
    return "%d.%02d" % (r.randint(lo, hi), r.randint(0, 99))


# =============================================================================
# HEALTHCARE
# =============================================================================

@tpl("neg-hc-deid-vignette", "healthcare", 6)
def neg_hc_deid_vignette(d, r, i):
    age = r.randint(34, 89)
    sex = pick(r, ["woman", "man"])
    labs = ", ".join(V.lab_value(r, l) for l in r.sample(V.LABS, 5))
    dx = r.sample(V.ICD10, 3)
    meds = "; ".join("%s %s" % m for m in r.sample(V.DRUGS, 3))
    return ("Board-review style question, fully de-identified.\n\n%s %d-year-old %s with a history of %s presents to "
            "the emergency department with %s for %d days. Vitals: T %.1f C, HR %d, BP %d/%d, RR %d, SpO2 %d%% on room "
            "air. Labs: %s. Home medications: %s. Problem list codes: %s, %s, %s.\n\nWhich of the following is the most "
            "appropriate next step in management?\nA) CT angiography\nB) Repeat troponin in 3 hours\nC) Start IV "
            "heparin\nD) Discharge with outpatient follow-up" % (
                "An" if str(age).startswith("8") or age in (11, 18) else "A", age, sex, pick(r, ["type 2 diabetes and CKD stage 3", "COPD on 2 L home oxygen", "paroxysmal atrial "
                                   "fibrillation", "hypertension and hyperlipidemia"]),
                pick(r, ["pleuritic chest pain", "worsening dyspnea", "left leg swelling", "intermittent palpitations"]),
                r.randint(2, 6), r.uniform(36.4, 38.9), r.randint(58, 128), r.randint(96, 178), r.randint(54, 102),
                r.randint(12, 28), r.randint(86, 99), labs, meds, *dx))


@tpl("neg-hc-dosing-chat", "healthcare", 5)
def neg_hc_dosing_chat(d, r, i):
    drug, dose = pick(r, V.DRUGS)
    q = pick(r, [
        "What's the renal dose adjustment for %s if CrCl is %d mL/min? Currently ordered %s." % (drug, r.randint(15, 45), dose),
        "Can %s be crushed and given via PEG? The order says %s. Also is there an interaction with warfarin "
        "(INR goal 2.0-3.0)?" % (drug, dose),
        "Convert %s to the equivalent oral dose. Patient weight %d kg, eGFR %d." % (dose, r.randint(48, 130), r.randint(20, 95)),
        "Patient with Parkinson's disease and Hashimoto thyroiditis on %s %s. Any concerns adding %s?" % (
            drug, dose, pick(r, V.DRUGS)[0]),
    ])
    return chat_body(r, "You are a clinical pharmacist assistant. Cite package insert sections.", q)


@tpl("neg-hc-lab-reference-table", "healthcare", 6)
def neg_hc_lab_reference_table(d, r, i):
    rows = ["| Analyte | LOINC | Result | Units | Ref range | Flag |", "|---|---|---|---|---|---|"]
    for lab in r.sample(V.LABS, r.randint(5, 8)):
        val = V.lab_value(r, lab).split(" ")
        rows.append("| %s | %d-%d | %s | %s | %s | %s |" % (lab[0], r.randint(1000, 99999), r.randint(0, 9), val[1],
                                                          lab[1] or "-", "%s-%s" % (lab[2], lab[3]), pick(r, ["", "H", "L", ""])))
    return ("Explain these results in plain language for a patient education handout (no names, generic example):\n\n"
            + "\n".join(rows) + "\n\nSpecimen: serum, accession %s, collected hospital day %d." % (
                V.upper_alnum(r, 3) + "-" + V.digits(r, 7), r.randint(1, 6)))


@tpl("neg-hc-coding-question", "healthcare", 6)
def neg_hc_coding_question(d, r, i):
    return pick(r, [
        "For an established patient visit with moderate MDM plus an in-office ECG, is it %s + 93000 with modifier 25 "
        "on the E/M? Diagnosis codes %s and %s. Claim %s was denied with CARC 97 under group number %s." % (
            pick(r, ["99214", "99213"]), pick(r, V.ICD10), pick(r, V.ICD10), V.digits(r, 12), V.upper_alnum(r, 6)),
        "Our clearinghouse rejected batch %s: 'NM109 invalid for loop 2010AA'. 12 claims, total charges $%s. What "
        "does the 2010AA loop normally contain?" % (V.digits(r, 9), money(r, 1000, 30000)),
        "Is %s billable alongside %s on the same date of service, or does NCCI bundle them? Payer is a Medicare "
        "Advantage plan, place of service 11." % (pick(r, V.CPT), pick(r, V.CPT)),
    ])


@tpl("neg-hc-hl7-oru-question", "healthcare", 6)
def neg_hc_hl7_oru_question(d, r, i):
    obx = []
    for k, lab in enumerate(r.sample(V.LABS, 3), 1):
        val = V.lab_value(r, lab).split(" ")
        obx.append("OBX|%d|NM|%d-%d^%s^LN||%s|%s|%s-%s|%s|||F" % (k, r.randint(1000, 99999), r.randint(0, 9), lab[0],
                                                                  val[1], lab[1], lab[2], lab[3], pick(r, ["N", "H", "L"])))
    return ("Our parser chokes on the OBX segments below (the PID was stripped before sending). Is OBX-5 allowed to "
            "contain a decimal with a leading '<'?\n\n" + "OBR|1|%s|%s|%s^BMP^L\n" % (
                V.digits(r, 8), V.digits(r, 10), pick(r, V.CPT)) + "\n".join(obx))


@tpl("neg-hc-unit-census", "healthcare", 5)
def neg_hc_unit_census(d, r, i):
    lines = ["Bed | Status | Isolation | Diet | Acuity"]
    for _ in range(r.randint(5, 8)):
        lines.append("%s-%d%s | %s | %s | %s | %d" % (
            pick(r, ["4W", "5E", "ICU", "PCU"]), r.randint(401, 460), pick(r, "AB"),
            pick(r, ["occupied", "dirty", "clean", "blocked"]), pick(r, ["none", "contact", "droplet", "C. diff"]),
            pick(r, ["cardiac", "NPO", "renal", "regular", "clear liquids"]), r.randint(1, 5)))
    return "Suggest a nurse assignment for 4 RNs to balance acuity (no patient info included):\n\n" + "\n".join(lines)


@tpl("neg-hc-device-recall", "healthcare", 5)
def neg_hc_device_recall(d, r, i):
    return ("Summarize this field safety notice for our biomed team.\n\nURGENT FIELD SAFETY NOTICE FSN-%s\nProduct: "
            "%s infusion pump, model %s, catalog %s\nAffected lots: %s, %s, %s\nFirmware: versions %s through %s\n"
            "Issue: occlusion alarm may not trigger at flow rates below %.1f mL/h. Update to firmware %s. Class II "
            "recall, %d units distributed. Reference complaint %s." % (
                V.digits(r, 6), pick(r, ["Volumetric", "Syringe", "PCA"]), V.upper_alnum(r, 2) + "-" + V.digits(r, 4),
                V.digits(r, 5) + "-" + V.digits(r, 2), "L" + V.digits(r, 6), "L" + V.digits(r, 6), "L" + V.digits(r, 6),
                V.version(r), V.version(r), r.uniform(0.5, 5), V.version(r), r.randint(300, 40000), V.digits(r, 10)))


@tpl("neg-hc-trial-eligibility", "healthcare", 5)
def neg_hc_trial_eligibility(d, r, i):
    lo, hi = r.randint(18, 40), r.randint(65, 85)
    return ("Rewrite these eligibility criteria at an 8th-grade reading level.\n\nStudy NCT0%s (Phase %s)\n"
            "Inclusion: age %d to %d years; HbA1c 7.5-10.5%%; BMI 27-45 kg/m2; stable metformin >= 1500 mg/day for "
            "12 weeks.\nExclusion: eGFR < 30; history of pancreatitis; ALT > 3x ULN; pregnancy.\nDosing: %s mg SC "
            "weekly, escalated every 4 weeks to %s mg. Visits at weeks 0, 4, 12, 26, 52." % (
                V.digits(r, 7), pick(r, ["2", "2b", "3"]), lo, hi, pick(r, ["0.25", "2.5", "5"]), pick(r, ["1", "10", "15"])))


@tpl("neg-hc-eponym-faq", "healthcare", 6)
def neg_hc_eponym_faq(d, r, i):
    pairs = [("Cushing's syndrome", "Addison's disease"), ("Crohn's disease", "ulcerative colitis"),
             ("Hodgkin lymphoma", "non-Hodgkin lymphoma"), ("Guillain-Barré syndrome", "myasthenia gravis"),
             ("Graves' disease", "Hashimoto's thyroiditis"), ("Bell's palsy", "a stroke"),
             ("Raynaud's phenomenon", "Buerger's disease"), ("Kawasaki disease", "scarlet fever")]
    a, b = pick(r, pairs)
    where = pick(r, ["Mayo Clinic", "Johns Hopkins Hospital", "Cleveland Clinic", "Mass General Brigham",
                     "Cedars-Sinai", "Memorial Sloan Kettering", "Dana-Farber Cancer Institute", "Mount Sinai"])
    return ("What's the difference between %s and %s? My neighbor was told she might have one of them and is getting "
            "a second opinion at %s. Also what does an Apgar score of %d mean, unrelated question." % (
                a, b, where, r.randint(4, 9)))


@tpl("neg-hc-es-guia-dosis", "healthcare", 5)
def neg_hc_es_guia(d, r, i):
    drug, dose = pick(r, V.DRUGS)
    return ("Traduce al inglés este fragmento de la guía del servicio:\n\n«En pacientes mayores de %d años con "
            "aclaramiento de creatinina inferior a %d mL/min, reducir la dosis de %s (pauta habitual: %s). "
            "Monitorizar potasio a las 72 horas. Código CIE-10 de referencia: %s. Habitación de aislamiento: planta "
            "%d.»" % (r.randint(65, 80), r.randint(30, 50), drug, dose, pick(r, V.ICD10), r.randint(2, 9)))


@tpl("neg-hc-ja-tenpu", "healthcare", 5)
def neg_hc_ja_tenpu(d, r, i):
    return ("次の添付文書の要点を箇条書きにしてください。\n\n【用法・用量】通常、成人には%smgを1日%d回経口投与する。"
            "なお、年齢、症状により適宜増減する。\n【慎重投与】腎機能障害（クレアチニンクリアランス%dmL/min未満）、"
            "%d歳以上の高齢者。\n【承認番号】%s\n【改訂】第%d版" % (
                pick(r, ["250", "500", "5", "10"]), r.randint(1, 3), r.randint(30, 60), r.randint(65, 80),
                V.digits(r, 5) + "AMX" + V.digits(r, 5), r.randint(2, 12)))


@tpl("neg-hc-claims-batch-log", "healthcare", 6)
def neg_hc_claims_batch_log(d, r, i):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append("%s %s claims-worker[%d] batch=%s claim=%s status=%s dur=%dms file_sha256=%s" % (
            ts(r), pick(r, ["INFO", "WARN", "ERROR"]), r.randint(1000, 65000), V.digits(r, 8), pick(r, "12789") + V.digits(r, 13),
            pick(r, ["ACCEPTED", "REJECTED_277CA", "PENDED", "ACCEPTED"]), r.randint(8, 2900), V.sha256(r)[:16]))
    return "Why are some claims rejected? Logs:\n\n" + "\n".join(lines)


# =============================================================================
# FINANCE
# =============================================================================

@tpl("neg-fin-invoice-text", "finance", 6)
def neg_fin_invoice_text(d, r, i):
    items = "\n".join("  %s  %-26s qty %d  @ %s" % (V.upper_alnum(r, 3) + "-" + V.digits(r, 5),
                                                   pick(r, ["Nitrile gloves, box/100", "Thermal paper rolls",
                                                            "USB-C dock", "Office chair, mesh", "Toner cartridge 26A",
                                                            "Copy paper, 10 ream"]), r.randint(1, 40), money(r, 3, 400))
                      for _ in range(r.randint(2, 5)))
    return ("Check this invoice for arithmetic errors:\n\nINVOICE INV-%d-%s\nInvoice date: %s    Due: net 30\n"
            "PO number: PO-%s\nBill to: Accounts Payable, %s\n%s\nSubtotal: %s\nTax (8.25%%): %s\nTotal: USD %s\n" % (
                r.randint(2023, 2025), V.digits(r, 5), V.recent(r).fmt("us"), V.digits(r, 7), pick(r, V.EMPLOYERS),
                items, money(r, 100, 5000), money(r, 5, 400), money(r, 100, 5500)))


@tpl("neg-fin-order-numbers", "finance", 6)
def neg_fin_order_numbers(d, r, i):
    bad = V.luhn_invalid_16(r)
    grouped = " ".join(bad[k:k + 4] for k in range(0, 16, 4)) if r.random() < 0.5 else bad
    return pick(r, [
        "My order number is %s and it still says processing. I paid with the card ending in %s. Reference code "
        "%s. Can you write a complaint?" % (grouped, V.digits(r, 4), V.upper_alnum(r, 8)),
        "Gift card redemption failed: code %s, PIN hidden, balance shown $%s. Is the code format wrong?" % (
            grouped, money(r, 5, 200)),
        "Reconcile: merchant ref %s, auth code %s, batch %s, terminal %s, amount %s." % (
            grouped, V.upper_alnum(r, 6), V.digits(r, 4), V.digits(r, 8), money(r)),
    ])


@tpl("neg-fin-gl-ledger-csv", "finance", 5)
def neg_fin_gl_ledger_csv(d, r, i):
    rows = ["txn_id,posted,gl_account,cost_center,description,debit,credit"]
    for _ in range(r.randint(4, 8)):
        rows.append("%s,%s,%d-%d,%s,%s,%s,%s" % (
            "TX" + V.digits(r, 10), V.recent(r).fmt("iso"), r.randint(1000, 8999), r.randint(100, 999),
            "CC" + V.digits(r, 3), pick(r, ["AWS invoice", "Payroll accrual", "Depreciation", "Travel - airfare",
                                            "Software subscription", "Bank fee"]),
            money(r), pick(r, ["", "0.00"])))
    return "Find the unbalanced entries and propose adjusting journal entries:\n\n" + "\n".join(rows)


@tpl("neg-fin-market-chat", "finance", 6)
def neg_fin_market_chat(d, r, i):
    firms = r.sample([("Morgan Stanley", "MS"), ("Wells Fargo", "WFC"), ("Charles Schwab", "SCHW"),
                      ("Raymond James", "RJF"), ("Goldman Sachs", "GS"), ("T. Rowe Price", "TROW"),
                      ("Lloyds Banking Group", "LYG"), ("Piper Sandler", "PIPR")], 3)
    return chat_body(r, "You are a markets explainer. No investment advice.",
                     "Compare the Q%d results of %s, %s and %s (tickers %s, %s, %s). Also what is ISIN "
                     "US%s and why did the 10y yield move %d bps after the %s CPI print of %.1f%%?" % (
                         r.randint(1, 4), *[f[0] for f in firms], *[f[1] for f in firms], V.digits(r, 10),
                         r.randint(3, 25),
                         pick(r, ["March", "June", "October"]), r.uniform(2.1, 4.2)))


@tpl("neg-fin-gateway-error-log", "finance", 5)
def neg_fin_gateway_error_log(d, r, i):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append(jd({"ts": ts(r), "level": pick(r, ["error", "warn"]), "request_id": V.uuid4(r),
                         "idempotency_key": V.uuid4(r), "merchant": "m_" + V.digits(r, 6),
                         "code": pick(r, ["card_declined", "processing_error",
                                                                 "rate_limit", "expired_card"]),
                         "last4": V.digits(r, 4), "amount": r.randint(100, 90000), "latency_ms": r.randint(80, 9000)}))
    return "Group these payment errors by root cause:\n" + "\n".join(lines)


@tpl("neg-fin-statement-summary", "finance", 5)
def neg_fin_statement_summary(d, r, i):
    return ("Explain this statement summary in simple terms.\n\nStatement closing date: %s\nCard ending in %s\n"
            "Previous balance $%s | Payments -$%s | Purchases $%s | Interest $%s\nNew balance $%s\nMinimum payment "
            "due $%s by %s\nPurchase APR %.2f%% (variable)\nRewards: %d points" % (
                V.recent(r).fmt("long"), V.digits(r, 4), money(r), money(r), money(r), money(r, 1, 80), money(r),
                money(r, 25, 300), V.recent(r).fmt("long"), r.uniform(17, 29.99), r.randint(100, 90000)))


@tpl("neg-fin-de-rechnung", "finance", 5)
def neg_fin_de_rechnung(d, r, i):
    return ("Bitte prüfe diese Rechnung auf Fehler:\n\nRechnung Nr. RE-%s vom %s\nBestellnummer: %s\nLeistung: "
            "Wartung Klimaanlage, %d Std. à %s EUR\nNetto: %s EUR, USt 19 %%: %s EUR, Brutto: %s EUR\nZahlbar "
            "innerhalb von 14 Tagen ohne Abzug. Kunden-Ticket %s." % (
                V.digits(r, 6), V.recent(r).fmt("eu"), V.digits(r, 8), r.randint(2, 12), money(r, 40, 120),
                money(r, 100, 2000), money(r, 19, 400), money(r, 119, 2400), "T-" + V.digits(r, 5)))


@tpl("neg-fin-shipping-tracking", "finance", 5)
def neg_fin_shipping_tracking(d, r, i):
    ups = "1Z" + V.upper_alnum(r, 6) + V.digits(r, 10)
    fedex = V.digits(r, 12)
    usps = "94" + V.digits(r, 20)
    return ("Which carrier is each of these tracking numbers and which one is late?\n- %s (shipped %s)\n- %s\n- %s\n"
            "Return authorization RMA-%s, SKU %s, model %s." % (
                ups, V.recent(r).fmt("abbr"), fedex, usps, V.digits(r, 7), V.upper_alnum(r, 10),
                V.upper_alnum(r, 3) + "-" + V.digits(r, 3)))


@tpl("neg-fin-zh-report", "finance", 5)
def neg_fin_zh_report(d, r, i):
    return ("请把以下季度报告摘要翻译成英文：\n本季度营业收入%.1f亿元，同比增长%.1f%%；净利润%.1f亿元。不良贷款率%.2f%%，"
            "拨备覆盖率%d%%。合同编号%s，报告版本%s。" % (
                r.uniform(10, 900), r.uniform(-5, 25), r.uniform(1, 200), r.uniform(0.8, 2.5), r.randint(150, 400),
                "HT-" + V.digits(r, 8), V.version(r)))


@tpl("neg-fin-mt103-explainer", "finance", 5)
def neg_fin_mt103_explainer(d, r, i):
    return ("In an MT103, what goes in fields :20:, :23B:, :32A:, :50K:, :59: and :71A:? For example our ops team "
            "wrote :20:%s and :32A:%s%s%s,%02d and :71A:%s - is the amount format right (comma as decimal separator)? "
            "Internal ticket %s." % (
                "REF" + V.digits(r, 10), "25%02d%02d" % (r.randint(1, 12), r.randint(1, 28)),
                pick(r, ["USD", "EUR", "GBP"]), r.randint(100, 99999), r.randint(0, 99), pick(r, ["SHA", "OUR", "BEN"]),
                "OPS-" + V.digits(r, 5)))


# =============================================================================
# GENERAL
# =============================================================================

@tpl("neg-gen-release-notes", "general", 6)
def neg_gen_release_notes(d, r, i):
    return ("Write a changelog entry from these commits:\n\n" + "\n".join(
        "%s %s" % (V.git_sha(r, 7), pick(r, ["fix: retry on 429 with jitter", "feat: add CSV export",
                                            "chore(deps): bump urllib3 from %s to %s" % (V.version(r), V.version(r)),
                                            "perf: cache tokenizer (build %d)" % r.randint(1000, 9999),
                                            "docs: update migration guide for v%s" % V.version(r),
                                            "fix(ui): date picker off-by-one in UTC-%d" % r.randint(3, 10)]))
        for _ in range(r.randint(4, 7))) + "\n\nReleased %s as v%s." % (V.recent(r).fmt("iso"), V.version(r)))


@tpl("neg-gen-config-placeholders", "general", 6)
def neg_gen_config_placeholders(d, r, i):
    return ("Why does docker compose complain about an undefined variable?\n\n```yaml\nservices:\n  api:\n"
            "    image: registry.internal/api:%s\n    environment:\n      DB_HOST: db\n      DB_PASSWORD: ${DB_PASSWORD}\n"
            "      OPENAI_API_KEY: ${OPENAI_API_KEY:?set me}\n      JWT_SECRET: <from-vault>\n      STRIPE_KEY: "
            "sk_live_REDACTED\n    ports: [\"%d:8080\"]\n  db:\n    image: postgres:%d\n    volumes: [pgdata:/var/lib/"
            "postgresql/data]\n```" % (V.version(r), r.randint(3000, 9000), r.randint(13, 17)))


@tpl("neg-gen-trace-log", "general", 5)
def neg_gen_trace_log(d, r, i):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append("%s trace_id=%s span_id=%s parent=%s svc=%s op=%s dur=%.1fms" % (
            ts(r), V.hexs(r, 32), V.hexs(r, 16), V.hexs(r, 16), pick(r, ["checkout", "search", "inventory", "auth"]),
            pick(r, ["GET /v2/items", "POST /v2/cart", "db.query", "cache.get"]), r.uniform(0.2, 900)))
    return "Which span is the bottleneck?\n\n" + "\n".join(lines)


@tpl("neg-gen-code-env-access", "general", 6)
def neg_gen_code_env_access(d, r, i):
    return ("Is this a safe way to handle secrets?\n\n```python\nimport os, getpass\n\n"
            "API_KEY = os.environ[\"OPENAI_API_KEY\"]\npassword = getpass.getpass(\"DB password: \")\n"
            "token = vault.read(\"secret/data/app\")[\"data\"][\"token\"]\nassert len(API_KEY) > %d, \"key too short\"\n"
            "session_id = \"%s\"  # uuid for tracing only\nCHECKSUM = \"%s\"\n```" % (
                r.randint(20, 40), V.uuid4(r), V.sha256(r)))


@tpl("neg-gen-place-names", "general", 6)
def neg_gen_place_names(d, r, i):
    places = r.sample(["Jackson Hole", "Fort Collins", "St. Petersburg", "the Marshall Islands", "Victoria Falls",
                       "Georgetown", "Madison Square Garden", "Carnegie Hall", "Rockefeller Center", "Lake Louise",
                       "Mount Washington", "San Antonio", "Santa Barbara", "Port Elizabeth", "Alexandria"], 4)
    return ("Plan a %d-day itinerary that covers %s, %s, %s and %s. Budget about $%d, we're flying economy and "
            "prefer trains where possible. Confirmation code %s." % (
                r.randint(5, 14), *places, r.randint(1500, 9000), V.upper_alnum(r, 6)))


@tpl("neg-gen-rma-ticket", "general", 5)
def neg_gen_rma_ticket(d, r, i):
    return ("Support ticket #%s\nProduct: %s, model %s, firmware %s\nIssue: device reboots every %d minutes after "
            "update. Factory reset done. Error code E%d-%s.\nWarranty: active until %d. RMA %s issued, SKU %s.\n\n"
            "Draft a response asking for logs." % (
                V.digits(r, 6), pick(r, ["Mesh router", "Smart thermostat", "Label printer", "NAS 4-bay"]),
                V.upper_alnum(r, 2) + V.digits(r, 4), V.version(r), r.randint(3, 45), r.randint(10, 99), V.hexs(r, 4),
                r.randint(2026, 2028), "RMA" + V.digits(r, 8), V.upper_alnum(r, 9)))


@tpl("neg-gen-brand-names", "general", 5)
def neg_gen_brand_names(d, r, i):
    brands = r.sample(["Dr Pepper", "Ben & Jerry's", "Tim Hortons", "Trader Joe's", "Wendy's", "Jack Daniel's",
                       "Johnson & Johnson", "Ernst & Young", "Procter & Gamble", "Dolce & Gabbana", "Hewlett Packard",
                       "Harley-Davidson", "Marks & Spencer", "Kellogg's"], 3)
    return ("Write a 3-sentence product comparison for a newsletter mentioning %s, %s and %s. Keep it neutral and "
            "under %d words. Campaign ID %s." % (*brands, r.randint(60, 120), "CMP-" + V.digits(r, 6)))


@tpl("neg-gen-fr-doc-technique", "general", 5)
def neg_gen_fr_doc(d, r, i):
    return ("Résume ce passage de la documentation :\n« La version %s corrige la fuite mémoire du module de cache. "
            "Le délai d'expiration par défaut passe de %d à %d secondes. Le paramètre max_connections accepte "
            "désormais des valeurs jusqu'à %d. Identifiant du correctif : %s. »" % (
                V.version(r), r.randint(10, 30), r.randint(31, 120), r.randint(100, 5000), V.git_sha(r, 10)))


@tpl("neg-gen-ru-ops-chat", "general", 5)
def neg_gen_ru_ops_chat(d, r, i):
    return ("Переведи на английский и предложи решение: «После обновления до версии %s сервис очередей падает "
            "каждые %d минут с ошибкой OOMKilled. Лимит памяти %d МиБ, под %s, коммит %s.»" % (
                V.version(r), r.randint(5, 60), r.choice([256, 512, 1024, 2048]), "worker-" + V.hexs(r, 5),
                V.git_sha(r, 12)))


@tpl("neg-gen-lockfile-hashes", "general", 5)
def neg_gen_lockfile_hashes(d, r, i):
    import base64
    pkgs = []
    for name in r.sample(["left-pad", "lodash", "chalk", "debug", "semver", "yaml", "zod", "ws"], 3):
        pkgs.append('    "node_modules/%s": {\n      "version": "%s",\n      "integrity": "sha512-%s"\n    }' % (
            name, V.version(r), base64.b64encode(V.rbytes(r, 64)).decode()))
    return ("npm ci fails with EINTEGRITY on one of these. How do I find which?\n\n{\n  \"lockfileVersion\": 3,\n"
            "  \"packages\": {\n" + ",\n".join(pkgs) + "\n  }\n}\n\nimage digest sha256:%s" % V.sha256(r))


@tpl("neg-gen-numbers-homework", "general", 5)
def neg_gen_numbers_homework(d, r, i):
    nums = [V.luhn_invalid_16(r) for _ in range(3)]
    return ("Exercise %d.%d: Using the Luhn algorithm, show step by step that none of these are valid check numbers: "
            "%s, %s, %s. Then compute %d mod 97 and convert Unix time %d to ISO 8601." % (
                r.randint(1, 9), r.randint(1, 20), *nums, r.randint(10 ** 8, 10 ** 10), r.randint(1_600_000_000, 1_760_000_000)))


@tpl("neg-gen-short-queries", "general", 6)
def neg_gen_short_queries(d, r, i):
    bad = V.luhn_invalid_16(r)
    return [
        "convert %.1f F to C, show the formula" % r.uniform(96, 104),
        "is %s a valid card number?" % " ".join(bad[k:k + 4] for k in range(0, 16, 4)),
        "regex for order ids like ORD-%d-%s" % (r.randint(2023, 2025), V.digits(r, 6)),
        "what does ICD-10 %s mean on a claim?" % pick(r, V.ICD10),
        "translate 'room %d%s, bed 2' to Spanish" % (r.randint(100, 999), pick(r, "AB")),
        "HTTP %d vs %d - which to return for a locked account?" % (pick(r, [401, 403]), pick(r, [423, 429])),
    ][i % 6]
