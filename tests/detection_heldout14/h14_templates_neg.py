"""Hard-negative templates (held-out set 14): realistic prompts with NO personal data.

They are full of things that look like identifiers or names but are not PII: order, invoice,
ticket and tracking numbers, Luhn-invalid 16-digit references, versions, timestamps, build
hashes, UUIDs, SKUs, ICD-10/CPT/LOINC/NDC codes, doses, reference ranges, brand and company
names that contain surnames, streets named as places, historical and fictional figures,
code identifiers, sports scores, recipes, weather and math.

Same registration as the positive templates: ``@T(name, domain, kind, n)`` with
``f(rng, d, i) -> text``; ``d`` is never called here (no spans). Kind is always
``hard_negative``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path


def _sibling(name):
    prefix = __name__[: -len("h14_templates_neg")] if __name__.endswith("h14_templates_neg") else "heldout14_"
    modname = prefix + name
    if modname not in sys.modules:
        spec = importlib.util.spec_from_file_location(modname, Path(__file__).with_name(name + ".py"))
        mod = importlib.util.module_from_spec(spec)
        sys.modules[modname] = mod
        spec.loader.exec_module(mod)
    return sys.modules[modname]


V = _sibling("h14_values")

TEMPLATES: list[tuple[str, str, str, int, object]] = []
KIND = "hard_negative"


def T(name, domain, n):
    def deco(f):
        TEMPLATES.append((name, domain, KIND, n, f))
        return f
    return deco


# --------------------------------------------------------------------------- helpers

def bad_card(rng, grouped=True):
    """A 16-digit number with a card-like prefix that FAILS the Luhn check."""
    _brand, digits = V.card_number(rng, rng.choice(["visa", "mastercard", "discover"]))
    digits = V.luhn_break(digits)
    return V.group_card(digits, rng.choice([" ", "-"])) if grouped else digits


def not_luhn(digits):
    return V.luhn_break(digits) if V.luhn_valid(digits) else digits


def hexs(rng, n):
    return V.rand_token(rng, n, V.HEX)


def uuid(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def ts(rng, day=None):
    return "2025-03-%02dT%02d:%02d:%02d.%03dZ" % (day or rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                                                 rng.randint(0, 59), rng.randint(0, 999))


def pick_some(rng, pool, lo, hi):
    return rng.sample(pool, rng.randint(lo, min(hi, len(pool))))


def money(rng, lo, hi):
    return "{:,.2f}".format(rng.uniform(lo, hi))


# =========================================================================== HEALTHCARE

ICD = [("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), ("E11.9", "Type 2 diabetes mellitus without "
       "complications"), ("I10", "Essential (primary) hypertension"), ("I48.91", "Unspecified atrial fibrillation"),
       ("J44.1", "COPD with (acute) exacerbation"), ("N18.30", "Chronic kidney disease, stage 3 unspecified"),
       ("M54.50", "Low back pain, unspecified"), ("F41.1", "Generalized anxiety disorder"),
       ("Z79.4", "Long term (current) use of insulin"), ("S52.501A", "Unsp fracture of the lower end of right radius, "
       "initial encounter"), ("O24.419", "Gestational diabetes in pregnancy, unspecified control"),
       ("R07.9", "Chest pain, unspecified")]
CPT = [("99213", "office visit, established, low MDM"), ("99214", "office visit, established, moderate MDM"),
       ("99204", "new patient, moderate MDM"), ("93000", "ECG with interpretation"), ("80053", "comprehensive metabolic "
       "panel"), ("36415", "venipuncture"), ("71046", "chest X-ray, 2 views"), ("G0439", "annual wellness visit, "
       "subsequent"), ("20610", "arthrocentesis, major joint"), ("97110", "therapeutic exercise, each 15 min")]


@T("neg-icd10-coding", "healthcare", 4)
def neg_icd10(rng, d, i):
    a, b = rng.sample(ICD, 2)
    c1, c2 = rng.sample(CPT, 2)
    v = rng.randint(0, 3)
    if v == 0:
        return ("Coding question: for a follow-up visit where the provider documents %s and also %s, should %s be "
                "sequenced first? We billed %s (%s) with modifier 25 plus %s (%s). The payer denied with CARC 97. "
                "Is the modifier on the right line?" % (a[1].lower(), b[1].lower(), a[0], c1[0], c1[1], c2[0], c2[1]))
    if v == 1:
        rows = "\n".join("| %s | %s |" % x for x in pick_some(rng, ICD, 4, 7))
        return "Give me the HCC mapping (V28) for these codes, if any:\n\n| ICD-10-CM | Description |\n|---|---|\n" + rows
    if v == 2:
        return ("What's the difference between %s and %s? Our coders keep switching between them and the audit "
                "sample (n=%d charts) showed a %d%% disagreement rate." % (a[0], b[0], rng.randint(30, 200),
                                                                           rng.randint(5, 40)))
    return ("Explain why CPT %s can't be billed with %s on the same date by the same provider, and whether the "
            "NCCI edit (column 1/column 2, modifier indicator %d) can be bypassed with XU." % (
                c1[0], c2[0], rng.choice([0, 1])))


LOINC = [("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "70-99 mg/dL"),
         ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "4.0-5.6 %"),
         ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "0.57-1.00 mg/dL (F), 0.76-1.27 mg/dL (M)"),
         ("718-7", "Hemoglobin [Mass/volume] in Blood", "11.6-15.0 g/dL (F), 13.0-17.7 g/dL (M)"),
         ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "3.5-5.2 mmol/L"),
         ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "0.450-4.500 uIU/mL"),
         ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "100-199 mg/dL"),
         ("33914-3", "eGFR (MDRD)", ">59 mL/min/1.73m2"), ("6690-2", "Leukocytes [#/volume] in Blood", "3.4-10.8 x10E3/uL"),
         ("777-3", "Platelets [#/volume] in Blood", "150-450 x10E3/uL"), ("1751-7", "Albumin [Mass/volume] in Serum",
                                                                          "3.8-4.9 g/dL")]


@T("neg-loinc-ranges", "healthcare", 4)
def neg_loinc(rng, d, i):
    rows = pick_some(rng, LOINC, 4, 8)
    if rng.random() < 0.5:
        body = "\n".join("| %s | %s | %s |" % r for r in rows)
        return ("Our LIS export uses these LOINC codes. Are the reference intervals reasonable for adults? "
                "Flag any that look off.\n\n| LOINC | Component | Reference interval |\n|---|---|---|\n" + body)
    body = "\n".join("%s,\"%s\",\"%s\"" % r for r in rows)
    return ("Build a YAML mapping (loinc -> display, unit) from this CSV; keep the ranges as comments.\n\n"
            "loinc,component,range\n" + body)


DRUGS = [("metformin", "500 mg PO BID with meals, titrate to 1000 mg BID", "0093-1048-01"),
         ("apixaban", "5 mg PO BID; 2.5 mg BID if 2 of: age >= 80, weight <= 60 kg, SCr >= 1.5", "0003-0894-21"),
         ("amoxicillin", "875 mg PO q12h x 10 days", "0781-2613-20"),
         ("enoxaparin", "1 mg/kg SC q12h (CrCl > 30 mL/min)", "0075-0624-30"),
         ("vancomycin", "15-20 mg/kg IV q8-12h, AUC-guided 400-600", "0409-6509-01"),
         ("insulin glargine", "0.2 units/kg SC daily, adjust by 2 units q3 days", "0088-2220-33"),
         ("levothyroxine", "1.6 mcg/kg/day PO; start 25-50 mcg in elderly", "0378-1800-01"),
         ("ondansetron", "4 mg IV q6h PRN nausea", "0143-9891-05")]


@T("neg-ndc-dosing", "healthcare", 4)
def neg_ndc(rng, d, i):
    v = rng.randint(0, 2)
    ds = pick_some(rng, DRUGS, 2, 4)
    if v == 0:
        return ("Formulary update draft — please proofread:\n\n" + "\n".join(
            "- %s: %s (NDC %s)" % x for x in ds) + "\n\nEffective next quarter; P&T approved %d-%d." % (
            rng.randint(5, 12), rng.randint(0, 3)))
    if v == 1:
        w = rng.randint(48, 120)
        return ("Dose check: weight %d kg, CrCl %d mL/min. For enoxaparin 1 mg/kg SC q12h that's %d mg per dose. "
                "Should we round to the nearest syringe (40/60/80/100/120 mg)? Also, is NDC %s the 100 mg/mL "
                "prefilled syringe?" % (w, rng.randint(25, 110), w, DRUGS[3][2]))
    return ("Convert these sig lines to structured FHIR Dosage (timing, doseAndRate):\n" + "\n".join(
        "%s — %s" % (x[0], x[1]) for x in ds))


@T("neg-hl7-spec-question", "healthcare", 3)
def neg_hl7_spec(rng, d, i):
    v = rng.randint(0, 2)
    if v == 0:
        return ("In HL7 v2.5.1, which PID fields hold the patient identifiers vs. the name? Our template is:\n\n"
                "PID|1||<mrn>^^^<assigning_authority>^MR||<family>^<given>^<middle>||<yyyymmdd>|<sex>|||"
                "<street>^^<city>^<state>^<zip>\n\nand the receiver says PID-3 repetition separator is wrong.")
    if v == 1:
        return ("Explain the difference between MSH-9 'ADT^A08' and 'ADT^A31', and when an interface should send "
                "an A40 merge instead. We process about %d,%03d messages/day through Rhapsody %d.%d." % (
                    rng.randint(10, 90), rng.randint(0, 999), rng.randint(6, 7), rng.randint(0, 9)))
    return ("Write a regex that splits an HL7 segment on '|' but respects the escape sequence \\F\\. Example "
            "segment: OBX|1|NM|2345-7^Glucose^LN||%d|mg/dL|70-99|H|||F" % rng.randint(100, 300))


@T("neg-fhir-example", "healthcare", 3)
def neg_fhir(rng, d, i):
    ln = rng.choice(LOINC)
    obs = {"resourceType": "Observation", "id": "obs-%s" % hexs(rng, 8), "status": "final",
           "code": {"coding": [{"system": "loinc", "code": ln[0], "display": ln[1]}]},
           "subject": {"reference": "Patient/example"},
           "valueQuantity": {"value": round(rng.uniform(1, 200), 1), "unit": "mg/dL"},
           "referenceRange": [{"text": ln[2]}], "meta": {"versionId": str(rng.randint(1, 9)),
                                                          "lastUpdated": ts(rng)}}
    return rng.choice(["Is 'system' allowed to be a bare token like this in R4, or must it be a canonical? "
                       "Example resource:\n\n", "Add an interpretation code to this Observation:\n"]) + json.dumps(
        obs, indent=2)


EPONYMS = ["Parkinson's disease", "Hodgkin lymphoma", "Cushing's syndrome", "Graves' disease", "the Apgar score",
           "the Glasgow Coma Scale", "a positive Babinski sign", "Alzheimer's disease", "Guillain-Barré syndrome",
           "Bell's palsy", "Crohn's disease", "Hashimoto's thyroiditis", "Kaposi sarcoma", "Wernicke encephalopathy",
           "the Heimlich maneuver", "Tourette syndrome", "Addison's disease", "the Whipple procedure"]


@T("neg-eponyms", "healthcare", 4)
def neg_eponyms(rng, d, i):
    e = pick_some(rng, EPONYMS, 3, 5)
    return rng.choice([
        "For a patient education leaflet, explain in plain language the difference between %s and %s, and why "
        "%s is named after a person." % (e[0], e[1], e[2]),
        "Quiz me on eponyms: %s. Give the clinical feature each is known for." % ", ".join(e),
        "Our style guide says to drop the possessive (Down syndrome, not Down's). Apply it to: %s." % "; ".join(e),
    ])


@T("neg-device-specs", "healthcare", 3)
def neg_device_specs(rng, d, i):
    return rng.choice([
        "Is the Model %d dual-chamber pacemaker MR-conditional at 1.5T and 3T? The manual (rev %s) lists SAR "
        "limits of %.1f W/kg whole-body and a slew rate of %d T/m/s." % (rng.randint(1000, 9999),
                                                                       rng.choice("ABCDEFG"), rng.uniform(1.5, 4),
                                                                       rng.choice([100, 200])),
        "Firmware %d.%d.%d for our infusion pumps fixes the occlusion alarm bug (FSN-%d-%02d). Draft the clinical "
        "engineering bulletin for nursing units." % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99),
                                                     rng.randint(2023, 2025), rng.randint(1, 40)),
        "Compare CGM sensors: 10-day vs 14-day wear, MARD 8.2%% vs 9.1%%, warm-up 30 min vs 2 h. Which is better "
        "for a school nurse program with %d students?" % rng.randint(20, 300),
    ])


@T("neg-pet-care", "healthcare", 3)
def neg_pet_care(rng, d, i):
    pet = rng.choice(["Biscuit", "Luna", "Sir Reginald", "Mochi", "Pepper", "Duke", "Olive"])
    sp = rng.choice([("dog", "lab mix", 28), ("cat", "tabby", 5), ("dog", "dachshund", 9)])
    return rng.choice([
        "My %s %s (%s, %d kg) ate about half a chocolate bar, dark, maybe 40 g. Is that dangerous? The vet clinic "
        "opens at 8." % (sp[0], pet, sp[1], sp[2]),
        "What's a good feeding schedule for %s, our %d-month-old %s? Currently %d g kibble twice a day." % (
            pet, rng.randint(3, 11), sp[0], rng.randint(40, 200)),
        "%s the %s keeps scratching her ears after swimming. Home remedies vs. when to see a vet?" % (pet, sp[0]),
    ])


@T("neg-hospital-ops", "healthcare", 4)
def neg_hospital_ops(rng, d, i):
    units = ["4 West", "5 North", "MICU", "CVICU", "L&D", "ED Pod B", "Ortho 7", "Peds 3"]
    u2 = rng.sample(units, 2)
    rows = "\n".join("| %s | %d | %d | %d%% | %d |" % (u, rng.randint(10, 40), rng.randint(0, 8), rng.randint(60, 100),
                                                      rng.randint(0, 6)) for u in pick_some(rng, units, 4, 7))
    return rng.choice([
        "Morning huddle — summarize capacity and suggest where to place %d pending ED admits:\n\n"
        "| Unit | Staffed beds | Open | Occupancy | Pending DC |\n|---|---|---|---|---|\n%s" % (rng.randint(3, 20), rows),
        "Draft a message to charge nurses: rooms %d-%d on %s are closed %s for floor waxing; patients move to "
        "%s. Pharmacy tube station %d is down." % (rng.randint(401, 410), rng.randint(411, 420), u2[0],
                                                   rng.choice(["Tuesday 22:00-04:00", "this weekend"]),
                                                   u2[1], rng.randint(1, 40)),
    ])


@T("neg-clinical-calc", "healthcare", 4)
def neg_clinical_calc(rng, d, i):
    age, wt, scr = rng.randint(25, 85), rng.randint(45, 130), round(rng.uniform(0.6, 3.2), 2)
    return rng.choice([
        "Cockcroft-Gault check: age %d, weight %d kg, SCr %.2f mg/dL, female. I get %.1f mL/min — right? "
        "Should we use adjusted body weight?" % (age, wt, scr, (140 - age) * wt / (72 * scr) * 0.85),
        "Calculate the maintenance fluid rate with the 4-2-1 rule for %d kg and convert to mL/day." % wt,
        "BMI for %.2f m and %d kg? And the ideal body weight (Devine) for a %d cm male?" % (
            rng.uniform(1.5, 1.95), wt, rng.randint(155, 195)),
        "A %d-year-old with a CHA2DS2-VASc of %d and HAS-BLED of %d — walk through the anticoagulation decision "
        "in general terms." % (age, rng.randint(1, 6), rng.randint(0, 4)),
    ])


@T("neg-health-multilingual", "healthcare", 4)
def neg_health_ml(rng, d, i):
    return rng.choice([
        "¿Cuál es la diferencia entre la diabetes tipo 1 y tipo 2? Explícalo para un folleto de la clínica, "
        "nivel de lectura de sexto grado.",
        "Erkläre bitte den Unterschied zwischen Ibuprofen 400 mg und Paracetamol 500 mg bei Fieber, "
        "inklusive Tageshöchstdosis.",
        "高血圧の患者さん向けに、減塩のコツを5つ、わかりやすく説明してください。1日の食塩摂取目標は6g未満です。",
        "Quels sont les signes d'alerte d'un AVC ? Rédige une affiche pour la salle d'attente (méthode VITE).",
        "请用通俗的语言解释什么是糖化血红蛋白（HbA1c），正常范围是4.0%到5.6%。",
        "Wat is het verschil tussen een griepprik en een coronavaccin? Maak een korte uitleg voor de huisartspraktijk.",
        "Bir hasta broşürü için: antibiyotikleri neden tam kür kullanmak gerekir? 150 kelimeyi geçmesin.",
        "मधुमेह के मरीजों के लिए पैरों की देखभाल के पाँच सुझाव सरल हिंदी में लिखें।",
    ])


@T("neg-trial-protocol", "healthcare", 3)
def neg_trial_protocol(rng, d, i):
    return ("Protocol %s-%d (NCT0%07d), amendment %d — summarize the visit schedule:\n"
            "Screening Day -28 to -1; Randomization Day 1; Visits at Day 29 (±3), Day 85 (±7), Day 169 (±7).\n"
            "Inclusion: age 18-75, HbA1c 7.0-10.5%%, BMI 25-45 kg/m2. Exclusion: eGFR < 30, prior GLP-1 RA "
            "within 90 days.\nPrimary endpoint: change in HbA1c at Week %d. Target N = %d (2:1)." % (
                rng.choice(["HTB", "QLN", "KX"]), rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(1, 6),
                rng.choice([24, 26, 52]), rng.randint(120, 900)))


@T("neg-billing-stats", "healthcare", 3)
def neg_billing_stats(rng, d, i):
    rows = "\n".join("%s,%d,%d,%.1f" % (c[0], rng.randint(100, 5000), rng.randint(0, 600), rng.uniform(0, 25))
                     for c in pick_some(rng, CPT, 4, 7))
    return ("Denials by CPT for Q%d — which codes need a documentation tip sheet?\n\ncpt,claims,denied,denial_pct\n%s"
            % (rng.randint(1, 4), rows))


@T("neg-radiology-teaching", "healthcare", 3)
def neg_radiology_teaching(rng, d, i):
    return rng.choice([
        "Teaching file: describe the classic imaging findings of a Colles fracture vs. a Smith fracture, "
        "with the typical angulation on the lateral view.",
        "Make flashcards for residents: 'Hampton hump', 'Westermark sign', 'Kerley B lines', 'Golden S sign'.",
        "What dose of iodinated contrast (mL/kg) is typical for a CT pulmonary angiogram at %d kVp, and how "
        "does it change with dual-energy?" % rng.choice([80, 100, 120]),
    ])


# =========================================================================== FINANCE

@T("neg-invoice", "finance", 4)
def neg_invoice(rng, d, i):
    inv = "INV-%d-%05d" % (rng.randint(2023, 2025), rng.randint(0, 99999))
    lines = "\n".join("%-28s %3d  x %8s  = %10s" % (item, q, money(rng, 5, 900), money(rng, 50, 9000)) for item, q in
                      [(x, rng.randint(1, 40)) for x in pick_some(rng, ["Consulting hours", "Widget A (SKU WA-1120)",
                                                                       "Freight", "Annual license tier 2",
                                                                       "Setup fee", "Hosting (Mar)"], 2, 4)])
    return rng.choice([
        "Reconcile this invoice against PO-%d and tell me the variance:\n\nInvoice %s   Date: 2025-03-%02d   Terms: "
        "Net 30\nPayment reference: %s\n%s\nSubtotal: %s  Tax 8.25%%  Total due: %s" % (
            rng.randint(10000, 99999), inv, rng.randint(1, 28), bad_card(rng), lines, money(rng, 500, 20000),
            money(rng, 500, 22000)),
        "Our AP system rejected invoice %s (vendor no. V%06d) because the remittance reference %s failed the "
        "check-digit test. Is it a card number? Should we ask the vendor?" % (inv, rng.randint(0, 999999),
                                                                               bad_card(rng, rng.random() < 0.5)),
    ])


@T("neg-card-validate", "finance", 4)
def neg_card_validate(rng, d, i):
    n1 = bad_card(rng)
    return rng.choice([
        "Walk me through the Luhn algorithm step by step using %s and tell me whether it passes." % n1,
        "QA found that our form accepts %s. It shouldn't pass validation — which check is missing?" % n1,
        "Generate unit-test cases for a card validator: this one (%s) must be rejected, explain why." % n1,
        "Why does %s fail mod-10 but %s also fail? Both were typed by testers." % (n1, bad_card(rng)),
    ])


@T("neg-market-report", "finance", 4)
def neg_market_report(rng, d, i):
    firms = pick_some(rng, ["Morgan Stanley", "Goldman Sachs", "Charles Schwab", "Raymond James", "Edward Jones",
                            "Lazard", "JPMorgan Chase", "Wells Fargo", "T. Rowe Price", "Dow Jones",
                            "Merrill Lynch", "Johnson & Johnson", "Procter & Gamble"], 4, 5)
    moves = ", ".join("%s %+.1f%%" % (f, rng.uniform(-6, 6)) for f in firms)
    return rng.choice([
        "Write a 3-sentence market wrap: S&P 500 %+.2f%%, Nasdaq %+.2f%%, 10-year at %.2f%%. Movers: %s." % (
            rng.uniform(-2, 2), rng.uniform(-3, 3), rng.uniform(3.5, 5), moves),
        "Compare the Q%d earnings calls of %s and %s: net interest income, wealth management flows, guidance." % (
            rng.randint(1, 4), firms[0], firms[1]),
        "Summarize: %s upgraded %s to overweight with a $%d target; %s cut %s to neutral." % (
            firms[0], firms[1], rng.randint(40, 400), firms[2], firms[-1]),
    ])


@T("neg-fx-rates", "finance", 3)
def neg_fx(rng, d, i):
    pairs = [("EUR/USD", 1.08), ("GBP/USD", 1.27), ("USD/JPY", 149.2), ("USD/CHF", 0.88), ("AUD/USD", 0.65),
             ("USD/MXN", 17.1), ("USD/TRY", 32.4)]
    rows = "\n".join("%s %.4f (%+.2f%%)" % (p, r * rng.uniform(0.97, 1.03), rng.uniform(-1, 1))
                     for p, r in pick_some(rng, pairs, 3, 6))
    return "Convert EUR %s to USD, JPY and CHF using these mid rates and show the math:\n\n%s" % (money(rng, 100, 90000), rows)


@T("neg-ledger-sql", "finance", 3)
def neg_ledger_sql(rng, d, i):
    return rng.choice([
        "Optimize:\n```sql\nSELECT gl.account_code, SUM(je.amount) AS total\nFROM journal_entries je\n"
        "JOIN gl_accounts gl ON gl.id = je.gl_account_id\nWHERE je.posted_at >= DATE '2025-01-01'\n"
        "  AND gl.account_code BETWEEN '4000' AND '4999'\nGROUP BY gl.account_code\nHAVING SUM(je.amount) > %d;\n```"
        % rng.randint(1000, 100000),
        "Write a query that finds journal entries where debits != credits per batch_id, for fiscal period %d-%02d."
        % (rng.randint(2023, 2025), rng.randint(1, 12)),
        "Explain this window function:\n```sql\nSELECT invoice_id, amount,\n  SUM(amount) OVER (PARTITION BY vendor_id "
        "ORDER BY invoice_date) AS running_total\nFROM ap_invoices WHERE status = 'OPEN';\n```",
    ])


@T("neg-order-tracking", "finance", 4)
def neg_order_tracking(rng, d, i):
    ups = "1Z%s%s" % (V.rand_token(rng, 6, "ABCDEFGHJKLMNPRSTUVWXY0123456789"), V.rand_digits(rng, 10))
    usps = "9400 1%s %s %s %s %s" % (V.rand_digits(rng, 3), V.rand_digits(rng, 4), V.rand_digits(rng, 4),
                                     V.rand_digits(rng, 4), V.rand_digits(rng, 2))
    fedex = V.rand_digits(rng, 12)
    order = "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999))
    return rng.choice([
        "Where is my order %s? Tracking shows UPS %s stuck in Louisville since Tuesday." % (order, ups),
        "Write a customer reply: order #%d shipped in two boxes, USPS %s and FedEx %s; the second box is "
        "backordered (SKU %s-%03d)." % (rng.randint(100000, 999999), usps, fedex, rng.choice(["TBL", "LMP", "CHR"]),
                                         rng.randint(0, 999)),
        "Parse these shipment events into JSON:\n%s  DEPARTED FACILITY  MEMPHIS TN\n%s  OUT FOR DELIVERY\n"
        "%s  DELIVERED, FRONT DOOR\nTracking: %s" % (ts(rng), ts(rng), ts(rng), fedex),
    ])


@T("neg-loan-math", "finance", 3)
def neg_loan_math(rng, d, i):
    p, r, n = rng.randint(50, 900) * 1000, rng.uniform(3, 9), rng.choice([180, 360, 60, 72])
    return rng.choice([
        "Monthly payment on $%s at %.3f%% APR over %d months? Show the formula and the first 3 rows of the "
        "amortization table." % ("{:,}".format(p), r, n),
        "If I pay an extra $%d/month on a $%s mortgage at %.2f%%, how many months do I save?" % (
            rng.randint(50, 1000), "{:,}".format(p), r),
        "Explain APR vs APY with an example: nominal %.2f%% compounded monthly." % r,
    ])


@T("neg-card-last4", "finance", 3)
def neg_card_last4(rng, d, i):
    l4 = V.rand_digits(rng, 4)
    return rng.choice([
        "A customer says the charge on the card ending in %s (auth code %s, $%s) is a duplicate. Draft the "
        "reply explaining pending vs posted transactions." % (l4, V.rand_token(rng, 6, V.UPPER_DIG), money(rng, 5, 500)),
        "Receipt text: 'VISA **** **** **** %s  APPROVED  AUTH %s  TERMINAL %s  MCC 5812'. Extract the fields." % (
            l4, V.rand_digits(rng, 6), V.rand_token(rng, 8, V.UPPER_DIG)),
        "Statement closing %s: new balance $%s, minimum due $%d, card ending %s. Should I pay the minimum or "
        "the statement balance?" % (rng.choice(["03/14", "04/02"]), money(rng, 200, 9000), rng.randint(25, 200), l4),
    ])


@T("neg-swift-mt103-docs", "finance", 3)
def neg_swift_docs(rng, d, i):
    return rng.choice([
        "Explain the MT103 fields :20:, :23B:, :32A:, :50K:, :59:, :70: and :71A: and which ones map to ISO 20022 "
        "pacs.008 elements. Use placeholders, not real data.",
        "What's the difference between OUR, SHA and BEN charge codes in field 71A? We sent %s EUR %s with SHA." % (
            rng.choice(["a payment of", "two payments totalling"]), money(rng, 1000, 90000)),
        "Migration checklist for CBPR+ (November cutover): structured addresses, LEI in party identification, "
        "remittance info length limits.",
    ])


@T("neg-budget-csv", "finance", 3)
def neg_budget_csv(rng, d, i):
    depts = ["Cardiology", "Radiology", "IT", "Facilities", "Finance", "HR", "Pharmacy", "Security"]
    rows = "\n".join("%s,%d,%d,%d" % (x, rng.randint(100, 9000) * 100, rng.randint(100, 9000) * 100, rng.randint(1, 40))
                     for x in pick_some(rng, depts, 4, 7))
    return "Variance analysis please — which departments are over budget by >10%%?\n\ndept,budget,actual,headcount\n%s" % rows


@T("neg-tax-rules", "finance", 3)
def neg_tax_rules(rng, d, i):
    return rng.choice([
        "For 2025, what are the 401(k) elective deferral limit and the catch-up amount for ages 50+? And the new "
        "60-63 super catch-up?",
        "Explain when a contractor gets a 1099-NEC vs a 1099-MISC, and the $%d threshold." % rng.choice([600, 2000]),
        "Standard deduction vs itemizing: mortgage interest $%s, SALT capped at $10,000, charity $%s. Married "
        "filing jointly." % (money(rng, 3000, 25000), money(rng, 200, 8000)),
    ])


@T("neg-fraud-rules", "finance", 3)
def neg_fraud_rules(rng, d, i):
    rules = {"rules": [{"id": "VEL-%03d" % rng.randint(1, 999), "when": "txn_count_1h > %d" % rng.randint(3, 10),
                        "action": "review"},
                       {"id": "MCC-%03d" % rng.randint(1, 999), "when": "mcc in [%d, %d] and amount > %d" % (
                           rng.choice([5411, 5812, 5999, 4829]), rng.choice([7995, 6051, 5967]), rng.randint(200, 2000)),
                        "action": "decline"},
                       {"id": "GEO-%03d" % rng.randint(1, 999), "when": "distance_km(prev_txn) / hours > 900",
                        "action": "step_up"}], "version": "%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20),
                                                                         rng.randint(0, 9)),
             "regression_cases": [{"pan": bad_card(rng, False), "expect": "reject_invalid_check_digit"}]}
    return "Critique these fraud rules for false positives on travel spend:\n\n" + json.dumps(rules, indent=2)


@T("neg-finance-multilingual", "finance", 3)
def neg_finance_ml(rng, d, i):
    return rng.choice([
        "Explica qué es la TAE y cómo se calcula con un ejemplo de un préstamo de 12.000 € a 5 años al 6,5 %.",
        "Was ist der Unterschied zwischen einer SEPA-Überweisung und einer Echtzeitüberweisung? Bitte kurz.",
        "Qual é a diferença entre CDB e Tesouro Selic para um investimento de R$ 10.000 por 2 anos?",
        "Spiegami cos'è lo spread BTP-Bund e perché è salito a %d punti base." % rng.randint(90, 250),
        "日本の新NISAのつみたて投資枠と成長投資枠の違いを簡単に説明してください。",
        "Wyjaśnij, czym jest WIBOR i jak wpływa na ratę kredytu hipotecznego.",
        "주택담보대출 고정금리와 변동금리의 장단점을 표로 정리해 주세요.",
    ])


# =========================================================================== GENERAL

@T("neg-changelog", "general", 4)
def neg_changelog(rng, d, i):
    maj, mi = rng.randint(1, 9), rng.randint(0, 30)
    entries = []
    for k in range(rng.randint(3, 5)):
        entries.append("## v%d.%d.%d — 2025-0%d-%02d (%s)\n- %s" % (
            maj, mi, 3 - k if k < 3 else 0, rng.randint(1, 3), rng.randint(1, 28), hexs(rng, 7),
            rng.choice(["Fix race in connection pool shutdown", "Bump protobuf to 4.25.3", "Drop Python 3.8",
                        "Add retry with jitter to webhook sender", "Deprecate --legacy-auth flag"])))
    return rng.choice(["Turn this changelog into release notes for customers:\n\n",
                       "Which of these releases is a breaking change under semver?\n\n"]) + "\n".join(entries)


@T("neg-ci-log-clean", "general", 4)
def neg_ci_log_clean(rng, d, i):
    sha = hexs(rng, 40)
    lines = ["%s ##[group]Run actions/checkout@v4" % ts(rng, 14), "%s HEAD is now at %s Merge pull request #%d" % (
        ts(rng, 14), sha[:7], rng.randint(100, 9999)),
             "%s Cache restored from key: npm-Linux-%s" % (ts(rng, 14), hexs(rng, 64)),
             "%s > jest --ci --shard=%d/4" % (ts(rng, 14), rng.randint(1, 4)),
             "%s Tests: %d passed, %d failed, %d total" % (ts(rng, 14), rng.randint(100, 900), rng.randint(0, 3),
                                                          rng.randint(900, 1000)),
             "%s Artifact build-%s.tar.gz uploaded (%d.%d MB)" % (ts(rng, 14), sha[:12], rng.randint(1, 90),
                                                                 rng.randint(0, 9)),
             "%s ##[error]Process completed with exit code %d." % (ts(rng, 14), rng.choice([1, 2, 137]))]
    return rng.choice(["Why did this job fail?\n\n", "Summarize the CI run:\n"]) + "\n".join(lines)


@T("neg-code-identifiers", "general", 4)
def neg_code_identifiers(rng, d, i):
    return rng.choice([
        '```python\nimport os\nfrom getpass import getpass\n\nAPI_KEY = os.environ["OPENAI_API_KEY"]\n'
        'password = getpass("Password: ")\n\ndef mask_ssn(ssn: str) -> str:\n    return "***-**-" + ssn[-4:]\n'
        '```\nIs reading the key from the environment enough, or should we use a secrets manager?',
        "Rename these for clarity: patient_nm, dob_dt, mrn_str, ssn_last4, card_pan_token, routing_no_hash. "
        "They're columns in our warehouse model `dim_member`.",
        "```ts\ninterface Patient {\n  mrn: string;\n  firstName: string;\n  lastName: string;\n  birthDate: Date;\n}\n"
        "export const redactPatient = (p: Patient) => ({ ...p, lastName: p.lastName[0] + '.' });\n```\n"
        "Write tests for redactPatient with fake data generated by a factory.",
        "In Go, should `type CreditCard struct { PAN string; CVV string }` implement fmt.Stringer to avoid "
        "logging secrets? Show the idiomatic way.",
        "Explain what this regex matches: ^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$",
    ])


@T("neg-uuid-logs", "general", 4)
def neg_uuid_logs(rng, d, i):
    lines = []
    for _ in range(rng.randint(4, 7)):
        lines.append("%s level=%s svc=%s request_id=%s trace_id=%s span=%s dur_ms=%d %s" % (
            ts(rng), rng.choice(["info", "warn", "error"]), rng.choice(["claims-api", "ledger", "notifier"]),
            uuid(rng), hexs(rng, 32), hexs(rng, 16), rng.randint(1, 4000),
            rng.choice(["msg=\"upstream timeout\"", "status=200", "msg=\"retrying\" attempt=2",
                        "sha256=%s" % hexs(rng, 64), "etag=W/\"%s\"" % hexs(rng, 20)])))
    return rng.choice(["Find the slowest request and explain the retries:\n\n", "Group these by svc:\n"]) + "\n".join(lines)


@T("neg-sports", "general", 3)
def neg_sports(rng, d, i):
    teams = pick_some(rng, ["Portland", "Denver", "Boston", "Milwaukee", "Sacramento", "Atlanta", "Seattle",
                            "Leeds United", "Real Sociedad", "Bayer Leverkusen", "Napoli", "Ajax"], 4, 4)
    return rng.choice([
        "Write a recap: %s beat %s %d-%d in overtime; %s lost to %s %d-%d. Keep it under 100 words." % (
            teams[0], teams[1], rng.randint(100, 130), rng.randint(95, 99), teams[2], teams[3], rng.randint(80, 99),
            rng.randint(100, 120)),
        "League table after matchday %d: %s 61 pts, %s 58, %s 55, %s 55 (GD +%d vs +%d). Who wins the tiebreak?" % (
            rng.randint(25, 34), teams[0], teams[1], teams[2], teams[3], rng.randint(5, 20), rng.randint(5, 20)),
        "Fantasy question: the #%d and #%d jerseys on %s both scored 21.4 points last week. Who do I start?" % (
            rng.randint(1, 99), rng.randint(1, 99), teams[0]),
    ])


@T("neg-recipes", "general", 3)
def neg_recipes(rng, d, i):
    return rng.choice([
        "Scale this recipe from 4 to %d servings: 250 g flour, 2 eggs, 180 ml milk, 1 tbsp sugar, pinch of salt, "
        "30 g butter. Bake at 200 °C (392 °F) for 22-25 min." % rng.choice([6, 10, 12]),
        "Convert to metric: 2 1/4 cups flour, 1 cup (2 sticks) butter, 3/4 cup brown sugar, 350 °F for 11 minutes.",
        "Ideas for a Caesar salad without anchovies? And is Beef Wellington hard for a first dinner party?",
        "Ramen broth timeline: pork bones 12 h at a rolling boil, tare 1:10, noodles 2 min %d s." % rng.randint(0, 50),
    ])


@T("neg-weather", "general", 3)
def neg_weather(rng, d, i):
    hi, lo = rng.randint(12, 35), rng.randint(-5, 12)
    return rng.choice([
        "Turn this into a friendly forecast: high %d °C, low %d °C, wind SW %d km/h gusting %d, pressure %d hPa, "
        "70%% chance of showers after 15:00." % (hi, lo, rng.randint(5, 30), rng.randint(30, 80), rng.randint(990, 1030)),
        "Is %d mm of rain in 24 h a lot for early April? The river gauge reads %.2f m (flood stage 4.5 m)." % (
            rng.randint(5, 90), rng.uniform(1, 5)),
        "METAR KPDX 141753Z 21012G22KT 10SM -RA BKN025 OVC040 %02d/%02d A2992 — decode it." % (hi % 20, lo % 10),
    ])


@T("neg-math", "general", 4)
def neg_math(rng, d, i):
    a = not_luhn(V.rand_digits(rng, 16))
    return rng.choice([
        "Is %d prime? Show trial division up to the square root." % rng.choice([7919, 104729, 999983, 1000003]),
        "Compute %s mod 97 by hand using chunking." % a,
        "Solve for x: 3x^2 - %dx + %d = 0, and give both roots to 4 decimals." % (rng.randint(2, 20), rng.randint(1, 9)),
        "What is the determinant of [[%d, %d], [%d, %d]] and the inverse?" % tuple(rng.randint(-9, 9) for _ in range(4)),
        "Sum of the digits of 2^%d? Explain a quick way to compute it in Python." % rng.randint(50, 1000),
    ])


@T("neg-history", "general", 4)
def neg_history(rng, d, i):
    return rng.choice([
        "Write a short paragraph for 8th graders: Abraham Lincoln delivered the Gettysburg Address on November 19, "
        "1863, four and a half months after the battle.",
        "Compare Florence Nightingale's statistics work in the Crimean War with John Snow's 1854 cholera map.",
        "Timeline please: Marie Curie (born 7 November 1867) — Nobel Prizes in 1903 and 1911; Pierre Curie died in 1906.",
        "Why is Edward Jenner called the father of immunology? Mention the 1796 smallpox experiment.",
        "Summarize the rivalry between Thomas Edison and Nikola Tesla in the War of the Currents.",
        "Who was Ada Lovelace and why is Note G considered the first computer program?",
        "Explain Hippocrates' four humors and why Galen's ideas lasted until Vesalius.",
    ])


@T("neg-fiction", "general", 3)
def neg_fiction(rng, d, i):
    return rng.choice([
        "Essay prompt: compare Elizabeth Bennet's pride with Mr. Darcy's in Pride and Prejudice.",
        "Is Atticus Finch a hero in Go Set a Watchman too? Discuss in 300 words.",
        "Write a limerick about Captain Ahab and the white whale.",
        "Which is the better detective duo: Sherlock Holmes and Dr. Watson, or Hercule Poirot and Captain Hastings?",
        "Summarize the arc of Hermione Granger across the seven books without spoilers for book 7.",
        "Write fan fiction (PG) where Don Quixote meets Sancho Panza's cousin in a modern supermarket.",
    ])


@T("neg-street-prose", "general", 4)
def neg_street_prose(rng, d, i):
    return rng.choice([
        "Draft a traffic advisory: the Main Street bridge is closed for inspection; use the Elm Avenue detour "
        "between 3rd and 5th. Expect delays of %d minutes." % rng.randint(5, 30),
        "Why is Wall Street called Wall Street, and what did Broadway look like in 1700?",
        "Recommend walking routes: start on Michigan Avenue, cross to Lakeshore Drive, end at Navy Pier.",
        "Write a review of the Abbey Road album and why fans still cross the zebra crossing there.",
        "Our parade goes down Market Street, turns onto Harbor Boulevard and ends at Oak Park. Write the volunteer "
        "briefing.",
        "The Sunset Boulevard film (1950) vs. the musical — which ending works better?",
    ])


@T("neg-brand-names", "general", 4)
def neg_brand_names(rng, d, i):
    brands = pick_some(rng, ["Tommy Hilfiger", "Calvin Klein", "Ralph Lauren", "Ben & Jerry's", "Jack Daniel's",
                             "Johnnie Walker", "Dr Pepper", "Dr. Martens", "Hugo Boss", "Tim Hortons",
                             "Sara Lee", "Betty Crocker", "Chef Boyardee", "Mrs. Fields", "Marie Callender's",
                             "Ray-Ban", "Levi Strauss"], 3, 5)
    return rng.choice([
        "Write a product comparison blog intro featuring %s." % ", ".join(brands),
        "Which of these are real people and which are fictional mascots: %s?" % ", ".join(brands),
        "Inventory note: restock %s (case of 12) and %s; discontinue %s." % (brands[0], brands[1], brands[2]),
    ])


@T("neg-company-surnames", "general", 3)
def neg_company_surnames(rng, d, i):
    cos = pick_some(rng, ["Ernst & Young", "Baker McKenzie", "Harley-Davidson", "Rolls-Royce", "Mercedes-Benz",
                          "Hewlett-Packard", "Marks & Spencer", "Siemens", "Porsche", "Ford", "Boeing", "Dell",
                          "Kellogg's", "McKinsey & Company", "Deloitte"], 3, 5)
    return rng.choice([
        "Vendor risk summary: %s (SOC 2 Type II), %s (ISO 27001), %s (pending). Write it for the board." % tuple(cos[:3]),
        "Which of these companies are named after founders? %s" % ", ".join(cos),
        "Draft an RFP shortlist email mentioning %s and %s as finalists." % (cos[0], cos[1]),
    ])


@T("neg-it-tickets", "general", 3)
def neg_it_tickets(rng, d, i):
    t = ["%s-%d" % (rng.choice(["OPS", "SEC", "INFRA", "HD"]), rng.randint(100, 9999)) for _ in range(4)]
    return rng.choice([
        "Prioritize: %s (prod DB CPU 95%%), %s (printer on 3rd floor), %s (cert expires in 6 days), %s (SSO "
        "button misaligned)." % tuple(t),
        "Write a postmortem template referencing incident %s and change request CHG%07d." % (t[0], rng.randint(0, 9999999)),
        "Close-out note for %s: replaced switch stack member %d, firmware %d.%d.%d, asset tag AT-%05d." % (
            t[1], rng.randint(1, 4), rng.randint(15, 17), rng.randint(1, 12), rng.randint(1, 9), rng.randint(0, 99999)),
    ])


@T("neg-template-placeholders", "general", 4)
def neg_templates(rng, d, i):
    return rng.choice([
        "Improve this intake form template:\nPatient name: [LAST], [FIRST]\nDOB: MM/DD/YYYY\nSSN: XXX-XX-XXXX\n"
        "Member ID: ____________\nPhone: (___) ___-____",
        "Fill-in email template, keep the merge fields intact:\nHi {{first_name}},\nYour appointment on "
        "{{appointment_date}} at {{clinic_name}} is confirmed. Reply STOP to opt out.",
        "Jinja question: why does {{ customer.card_last4 | default('----') }} render blank when card_last4 is None?",
        "Write validation messages for a form with fields: full_name, date_of_birth, routing_number (9 digits), "
        "account_number (4-17 digits), iban (country-specific length).",
    ])


@T("neg-timestamps-cron", "general", 3)
def neg_timestamps(rng, d, i):
    return rng.choice([
        "Explain this cron: '%d %d * * 1-5' and convert %s (UTC) to America/Chicago and Asia/Kolkata." % (
            rng.randint(0, 59), rng.randint(0, 23), ts(rng)),
        "Epoch %d — what date is that? And how many days until %d?" % (rng.randint(1700000000, 1760000000),
                                                                      rng.randint(1760000000, 1800000000)),
        "Parse RFC 3339 vs ISO 8601 differences with examples like %s and 2025-W11-5." % ts(rng),
    ])


@T("neg-general-multilingual", "general", 4)
def neg_general_ml(rng, d, i):
    return rng.choice([
        "明日の東京の天気は晴れ、最高気温18度、最低気温9度です。これを英語のツイートにしてください。",
        "Écris une recette simple de crêpes pour 4 personnes : 250 g de farine, 4 œufs, 50 cl de lait.",
        "Der ICE 574 fährt um 14:36 ab Gleis 7 und hat 20 Minuten Verspätung. Formuliere eine Durchsage.",
        "一个长方形的长是12厘米，宽是7厘米，求周长和面积。",
        "اكتب مثلاً عربياً عن الصبر واشرحه في جملتين.",
        "서울에서 부산까지 KTX로 2시간 30분 걸립니다. 여행 일정표를 만들어 주세요.",
        "Viết một đoạn văn ngắn giới thiệu vịnh Hạ Long cho khách du lịch.",
        "İstanbul'da hafta sonu için 3 müze önerisi yazar mısın?",
        "Escreva um poema curto sobre o mar de Lisboa ao entardecer.",
        "Scrivi una breve guida per visitare gli Uffizi in due ore.",
        "Napisz krótki opis Krakowa dla turystów, maksymalnie 80 słów.",
        "मुंबई में मानसून के दौरान यात्रा के लिए पाँच सुझाव लिखें।",
    ])


@T("neg-travel-generic", "general", 3)
def neg_travel(rng, d, i):
    return rng.choice([
        "Is a %d-minute connection at FRA enough from LH %d (arr gate A%d) to UA %d (dep gate Z%d)?" % (
            rng.randint(45, 90), rng.randint(400, 499), rng.randint(1, 60), rng.randint(900, 999), rng.randint(1, 60)),
        "Plan 3 days in Lisbon in May on a budget of EUR %d: trams, Belém, a day trip to Sintra." % rng.randint(300, 900),
        "What does fare class 'K' vs 'T' mean for upgrades on a domestic flight?",
    ])


@T("neg-product-catalog", "general", 3)
def neg_product_catalog(rng, d, i):
    rows = []
    for _ in range(rng.randint(3, 5)):
        rows.append("%s-%04d,%s,%s,%d" % (rng.choice(["LMP", "CHR", "TBL", "RUG"]), rng.randint(0, 9999),
                                          V.rand_digits(rng, 12), rng.choice(["oak", "walnut", "steel", "linen"]),
                                          rng.randint(0, 400)))
    return "Write product titles (max 60 chars) for these rows:\n\nsku,upc,material,stock\n" + "\n".join(rows)


@T("neg-hr-policy", "general", 3)
def neg_hr_policy(rng, d, i):
    return rng.choice([
        "Summarize our PTO policy: %d days accrued per year, max carryover 40 hours, payout on separation in CA "
        "and IL only." % rng.randint(15, 25),
        "Draft an onboarding checklist for new nurses: badge photo, EHR training (8 h), N95 fit test, TB screening.",
        "Rewrite the remote-work policy section 4.2 in plain language; keep the stipend ($%d/mo)." % rng.randint(30, 150),
    ])


@T("neg-config-clean", "general", 3)
def neg_config_clean(rng, d, i):
    return rng.choice([
        "```yaml\ndatabase:\n  host: ${DB_HOST}\n  port: 5432\n  user: ${DB_USER}\n  password: ${DB_PASSWORD}\n"
        "pool:\n  min: 2\n  max: %d\nfeature_flags:\n  new_checkout: true\n```\nHow do I validate that env vars "
        "are set before startup?" % rng.randint(10, 50),
        "Terraform: should `aws_secretsmanager_secret_version.secret_string` ever be in a .tf file? We currently "
        "reference var.stripe_key from a tfvars that's gitignored.",
        "nginx: `proxy_read_timeout %ds; client_max_body_size %dm; gzip on;` — what do these do?" % (
            rng.randint(30, 300), rng.randint(1, 100)),
    ])


@T("neg-legal-generic", "general", 3)
def neg_legal_generic(rng, d, i):
    return rng.choice([
        "Explain Marbury v. Madison, 5 U.S. 137 (1803), and judicial review in one paragraph.",
        "What did Brown v. Board of Education (1954) overturn, and how did Plessy v. Ferguson reason?",
        "Summarize the holding of Miranda v. Arizona and what the warning must include.",
        "Differences between a will and a revocable living trust in general terms; no specific state.",
    ])


@T("neg-unit-conversion", "general", 3)
def neg_units(rng, d, i):
    return rng.choice([
        "Convert %d PSI to bar and kPa, and %d °F to °C." % (rng.randint(20, 120), rng.randint(-20, 110)),
        "How many 750 ml bottles in %d US gallons?" % rng.randint(5, 60),
        "Fuel economy: %.1f L/100 km in mpg (US and imperial)?" % rng.uniform(4, 14),
    ])


@T("neg-meeting-transcript", "general", 3)
def neg_meeting_transcript(rng, d, i):
    n = rng.randint(12, 40)
    lines = ["[00:00:%02d] Speaker 1: okay let's start, the sprint review for the claims portal" % rng.randint(0, 59),
             "[00:00:%02d] Speaker 2: we closed %d tickets, velocity was %d points, two carried over" % (
                 rng.randint(0, 59), n, rng.randint(20, 60)),
             "[00:01:%02d] Speaker 1: what's blocking the export feature" % rng.randint(0, 59),
             "[00:01:%02d] Speaker 3: the PDF library upgrade, version %d.%d breaks the font embedding" % (
                 rng.randint(0, 59), rng.randint(2, 9), rng.randint(0, 20)),
             "[00:02:%02d] Speaker 2: p95 latency went from %d to %d milliseconds after the cache change" % (
                 rng.randint(0, 59), rng.randint(300, 900), rng.randint(100, 299)),
             "[00:02:%02d] Speaker 1: great, action items in the doc, see you thursday" % rng.randint(0, 59)]
    return rng.choice(["Summarize this meeting transcript into action items:\n\n",
                       "Auto-transcript from the team call; make minutes:\n\n"]) + "\n".join(lines)
