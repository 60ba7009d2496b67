"""Hard-negative templates for held-out set 10: PII-free prompts that look like they might hold PII.

Each template is ``f(rng) -> text`` registered with ``@tpl(domain, count)``; the kind is always
``hard_negative`` and there are no spans.  Rules the integrity test enforces: no '@', no 'http',
no IPv4 address, no Luhn-valid 15/16-digit run, no valid IBAN, no key/token prefixes, no PEM,
no JWT, and identifiers that have a checksum are deliberately INVALID look-alikes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _load(name):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().with_name(name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


V = _load("h10_values")

REGISTRY = []


def tpl(domain, count):
    def deco(fn):
        REGISTRY.append((fn.__name__, domain, "hard_negative", count, fn))
        return fn
    return deco


HEX = "0123456789abcdef"
UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def sha(rng, n=40):
    return V.ralnum(rng, n, HEX)


def uuid(rng):
    h = V.ralnum(rng, 32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:])


def semver(rng):
    return "%d.%d.%d" % (rng.randint(0, 14), rng.randint(0, 30), rng.randint(0, 40))


def money(rng, lo=10, hi=90000):
    return "{:,.2f}".format(rng.randint(lo * 100, hi * 100) / 100)


def month_date(rng, y0=2023, y1=2025):
    return V.fdate(V.rdate(rng, y0, y1), rng.choice(["iso", "long", "us", "dmy_text"]))


# ======================================================================================
# HEALTHCARE
# ======================================================================================
@tpl("healthcare", 4)
def n_hc_lab_reference(rng):
    rows = rng.sample([
        ("Sodium", "135-145 mmol/L"), ("Potassium", "3.5-5.1 mmol/L"), ("Chloride", "98-107 mmol/L"),
        ("Bicarbonate", "22-29 mmol/L"), ("BUN", "7-20 mg/dL"), ("Creatinine (adult female)", "0.59-1.04 mg/dL"),
        ("Calcium", "8.6-10.3 mg/dL"), ("Magnesium", "1.7-2.2 mg/dL"), ("Hemoglobin A1c", "below 5.7%"),
        ("TSH", "0.4-4.0 mIU/L"), ("Ferritin", "24-336 ng/mL"), ("Lactate", "0.5-2.2 mmol/L"),
        ("Troponin I (hs), 99th percentile", "under 17 ng/L"), ("INR (no anticoagulation)", "0.8-1.2")], 5)
    q = rng.choice(["Our lab uses these reference intervals. Are any of them out of date compared with current literature?",
                    "Make a printable pocket card from these adult reference ranges, two columns.",
                    "Which of these analytes need age- or sex-specific ranges?"])
    return q + "\n\n" + "\n".join("- %s: %s" % r for r in rows) + "\n\nLast reviewed by the lab committee on %s." % month_date(rng)


@tpl("healthcare", 4)
def n_hc_dosing(rng):
    drug = rng.choice([
        ("amoxicillin", "90 mg/kg/day divided q12h, max 4 g/day", "400 mg/5 mL"),
        ("acetaminophen", "15 mg/kg q6h PRN, max 75 mg/kg/day", "160 mg/5 mL"),
        ("ibuprofen", "10 mg/kg q6-8h PRN, max 40 mg/kg/day", "100 mg/5 mL"),
        ("ondansetron", "0.15 mg/kg q8h, max 4 mg/dose for under 40 kg", "4 mg/5 mL"),
        ("cephalexin", "25-50 mg/kg/day divided q6-12h", "250 mg/5 mL")])
    wts = sorted(rng.sample(range(6, 41), 4))
    return ("Double-check my weight-based dosing table for %s (%s; suspension %s):\n\n" % drug
            + "\n".join("%d kg -> %.1f mL per dose" % (w, rng.uniform(1.5, 15)) for w in wts)
            + "\n\nRound to the nearest 0.5 mL and flag anything above the max daily dose.")


@tpl("healthcare", 4)
def n_hc_coding_question(rng):
    em = rng.choice(["99213", "99214", "99215", "99204"])
    icd = rng.sample(["E11.9", "I10", "E78.5", "Z79.4", "M54.50", "J45.909", "F41.1", "K21.9", "N18.3", "Z00.00"], 3)
    return ("Coding question: established patient, %d minutes total time, 3 chronic conditions (%s, %s, %s), prescription drug "
            "management. Is %s supportable, and can G2211 be added? Claim %s was denied last month with CARC 97 for the same pairing "
            "(group number %s).") % (rng.choice([25, 32, 41, 47]), icd[0], icd[1], icd[2], em, "CLM-" + V.rdigits(rng, 10),
                                      "GRP" + V.rdigits(rng, 5))


@tpl("healthcare", 4)
def n_hc_hl7_spec(rng):
    seg = rng.choice(["PID", "PV1", "OBX", "NK1"])
    fields = {"PID": ["PID-3 Patient Identifier List (CX, R, repeating)", "PID-5 Patient Name (XPN)", "PID-7 Date/Time of Birth (DTM)",
                      "PID-11 Patient Address (XAD)", "PID-19 SSN Number - Patient (ST, withdrawn in v2.7)"],
              "PV1": ["PV1-2 Patient Class (IS)", "PV1-3 Assigned Patient Location (PL)", "PV1-7 Attending Doctor (XCN)",
                      "PV1-19 Visit Number (CX)", "PV1-44 Admit Date/Time (DTM)"],
              "OBX": ["OBX-2 Value Type (ID)", "OBX-3 Observation Identifier (CWE)", "OBX-5 Observation Value (varies)",
                      "OBX-8 Interpretation Codes (CWE)", "OBX-14 Date/Time of the Observation (DTM)"],
              "NK1": ["NK1-2 Name (XPN)", "NK1-3 Relationship (CWE)", "NK1-4 Address (XAD)", "NK1-7 Contact Role (CWE)"]}[seg]
    return ("Explain these %s fields for a new interface analyst and say which ones our v2.5.1 feed should leave empty:\n\n%s\n\n"
            "Template we use: %s|1||<id>^^^<authority>^<type>||<family>^<given>^<middle>||<yyyymmdd>|<sex>") % (
        seg, "\n".join(fields), "PID")


@tpl("healthcare", 3)
def n_hc_guideline(rng):
    return rng.choice([
        "Summarize the 2021 USPSTF colorectal cancer screening recommendation (start at age 45, grade B for 45-49) for a clinic newsletter. Keep it to 120 words.",
        "Make a table of the ADA 2024 Standards of Care A1c targets: <7% for most adults, <8% for limited life expectancy, individualized for older adults.",
        "The CDC adult immunization schedule changed in 2024. List what changed for RSV (age 60+ shared decision, 75+ routine in later updates) and PCV20.",
        "Compare the ACC/AHA 2017 hypertension thresholds (130/80) with the JNC 8 thresholds (140/90 under 60) in a short paragraph.",
        "Explain the Wells score for PE: clinical signs of DVT 3, PE most likely 3, HR over 100 1.5, immobilization 1.5, prior VTE 1.5, hemoptysis 1, malignancy 1.",
    ]) + rng.choice(["", " Audience: nursing students.", " Cite the guideline year only, no links."])


@tpl("healthcare", 3)
def n_hc_bed_census(rng):
    units = rng.sample(["4 West", "ICU", "3 North Tele", "Mother-Baby", "Peds", "Ortho 5E", "Step-down", "Behavioral Health"], 4)
    lines = ["%-16s %2d/%2d beds  pending DC %d  boarders in ED %d" % (u, rng.randint(10, 30), 32, rng.randint(0, 6), rng.randint(0, 5))
             for u in units]
    return ("Shift census at 07:00 on %s. Write the bed-huddle summary and flag units over 90%% occupancy:\n\n%s\n\n"
            "Rooms 412 and 418 are blocked for terminal cleaning.") % (month_date(rng), "\n".join(lines))


@tpl("healthcare", 3)
def n_hc_history(rng):
    return rng.choice([
        "Write a 200-word piece for our hospital's history wall about Edward Jenner's 1796 smallpox inoculation and how vaccination reached our county by 1802.",
        "Summarize how Ignaz Semmelweis reduced maternal mortality in Vienna in 1847 with chlorinated-lime handwashing.",
        "Timeline for a kids' museum panel: Alexander Fleming notices penicillin (1928), Florey and Chain purify it (1940), mass production by 1944.",
        "How did Florence Nightingale's polar-area diagrams from the Crimean War (1854-56) change hospital sanitation?",
        "Jonas Salk announced the polio vaccine was safe and effective on April 12, 1955. Write a short radio-style retelling.",
        "Marie Curie won Nobel Prizes in 1903 and 1911. Explain her work on radium for a high-school audience.",
    ])


@tpl("healthcare", 3)
def n_hc_ndc_formulary(rng):
    rows = []
    for _ in range(rng.randint(4, 6)):
        ndc = "%05d-%04d-%02d" % (rng.randint(1, 99999), rng.randint(1, 9999), rng.randint(1, 99))
        prod, pkg = rng.choice([("metformin ER 500 mg tab", "bottle of 90"), ("atorvastatin 20 mg tab", "bottle of 500"),
                                ("albuterol HFA 90 mcg", "inhaler 8.5 g"), ("insulin lispro 100 u/mL pen", "box of 5 pens"),
                                ("sertraline 50 mg tab", "bottle of 30"), ("apixaban 5 mg tab", "bottle of 60"),
                                ("amoxicillin 500 mg cap", "bottle of 100")])
        rows.append("%s | %s | %s | $%s" % (ndc, prod, pkg, money(rng, 4, 700)))
    return "Which of these formulary lines have an 11-digit NDC in the wrong 5-4-2 format?\n\nNDC | product | package | WAC\n" + "\n".join(rows)


@tpl("healthcare", 4)
def n_hc_claims_aggregate(rng):
    rows = ["%s  %5d claims  denial rate %4.1f%%  top CARC %s" % (p, rng.randint(200, 9000), rng.uniform(2, 19), rng.choice(["CO-16", "CO-97", "CO-45", "PR-1", "CO-50"]))
            for p in rng.sample(["Bluestem Health Plan", "Keystone Mutual Health", "Harborlight Medicare Advantage", "Sunfield Care Alliance",
                                 "Northfork Benefit Administrators"], 4)]
    return ("Q3 denials dashboard export. Write the executive summary and suggest two front-end fixes.\n\n" + "\n".join(rows)
            + "\n\nWorst single batch: %s (%d claims, resubmitted %s)." % ("BATCH-" + V.rdigits(rng, 8), rng.randint(20, 300), month_date(rng)))


@tpl("healthcare", 3)
def n_hc_device_fleet(rng):
    rows = []
    for _ in range(rng.randint(3, 5)):
        rows.append("SN %s  model %s  fw %s  last PM %s  Windows build %s" % (
            V.ralnum(rng, 3, UP) + V.rdigits(rng, 7), rng.choice(["Alaris 8015", "Sigma Spectrum", "LVP-2000", "Medfusion 4000"]),
            semver(rng), V.fdate(V.rdate(rng, 2023, 2025), "iso"), rng.choice(["10.0.19045.3693", "10.0.17763.5329", "6.1.7601.24545"])))
    return "Biomed asked which infusion pumps need the firmware patch from the vendor advisory. Inventory:\n\n" + "\n".join(rows)


@tpl("healthcare", 4)
def n_hc_trial_abstract(rng):
    n = rng.randint(300, 9000)
    hr = rng.uniform(0.6, 0.92)
    lo, hi = hr - rng.uniform(0.05, 0.15), min(0.99, hr + rng.uniform(0.05, 0.12))
    return ("Rewrite this abstract in plain language (trial %s): In a randomized, double-blind trial of %s adults with %s, "
            "the intervention reduced the primary composite endpoint (HR %.2f; 95%% CI %.2f-%.2f; P=%.3f). Median follow-up was %.1f years. "
            "Serious adverse events occurred in %.1f%% vs %.1f%%.") % (
        "NCT0" + V.rdigits(rng, 7), "{:,}".format(n), rng.choice(["HFpEF", "type 2 diabetes and CKD", "obesity without diabetes"]),
        hr, lo, hi, rng.uniform(0.001, 0.04), rng.uniform(1.2, 4),
        rng.uniform(8, 30), rng.uniform(8, 30))


@tpl("healthcare", 3)
def n_hc_supply_order(rng):
    lines = ["%s  %-34s qty %3d  lot %s  exp %s" % (
        "SKU-" + V.ralnum(rng, 6, UP + "0123456789"), rng.choice(["nitrile gloves M, box of 100", "IV start kit", "4x4 gauze sterile 2-pack",
                                                                   "18G safety IV catheter", "chlorhexidine 2% swabsticks", "N95 respirator size S"]),
        rng.randint(1, 400), V.ralnum(rng, 2, UP) + V.rdigits(rng, 6), V.fdate(V.rdate(rng, 2025, 2028), "iso")) for _ in range(rng.randint(3, 5))]
    return "Reconcile this supply order against the par levels and tell me what's short (PO %s):\n\n%s" % ("PO-" + V.rdigits(rng, 8), "\n".join(lines))


@tpl("healthcare", 3)
def n_hc_x12_syntax(rng):
    topic = rng.choice([
        "the loop structure of an 837P: 1000A submitter, 1000B receiver, 2000A billing provider HL, 2010AA billing provider name (NM1*85), "
        "2000B subscriber HL, 2010BA subscriber name (NM1*IL), 2300 claim (CLM), 2400 service line (LX/SV1/DTP*472)",
        "how the ISA/IEA and GS/GE envelopes nest around ST/SE, and why ISA is fixed-width (106 characters) while other segments are not",
        "the 835 remittance: CLP claim payment, CAS adjustment groups (CO, PR, OA, PI), SVC service payment and PLB provider-level adjustments",
        "the 270/271 eligibility pair: EQ service type codes (30 = health benefit plan coverage) and EB benefit segments",
        "the 999 acknowledgment: IK3 segment errors, IK4 element errors and the AK9 functional group response",
    ])
    return "Explain %s. Keep it under %d words for our EDI onboarding guide; no real data needed." % (topic, rng.choice([150, 200, 250, 300]))


@tpl("healthcare", 3)
def n_hc_population_vitals(rng):
    return ("From our de-identified registry extract (n=%s), mean SBP %.1f mmHg (SD %.1f), mean BMI %.1f, %.1f%% on statins, "
            "%.1f%% with A1c >= 9. Write the quality-committee paragraph and suggest one intervention.") % (
        "{:,}".format(rng.randint(2000, 60000)), rng.uniform(120, 140), rng.uniform(12, 20), rng.uniform(26, 34), rng.uniform(40, 80),
        rng.uniform(5, 20))


# ======================================================================================
# FINANCE
# ======================================================================================
@tpl("finance", 4)
def n_fin_invoice_list(rng):
    vendors = rng.sample(["Copperline Fabrication", "Tesserak Robotics", "Glasswing Software", "Redfern Grain Cooperative",
                          "Maren Tide Seafoods", "Vantablue Media", "Quillfeather Analytics"], 4)
    rows = ["%s | %s | %s | due %s | %s" % ("INV-%d-%05d" % (rng.randint(2023, 2025), rng.randint(1, 99999)), v, money(rng, 100, 80000),
                                           V.fdate(V.rdate(rng, 2024, 2025), rng.choice(["iso", "us"])), rng.choice(["open", "paid", "disputed"]))
            for v in vendors]
    return "Age these payables into 0-30/31-60/61-90/90+ buckets as of %s:\n\n%s" % (month_date(rng, 2024, 2025), "\n".join(rows))


@tpl("finance", 4)
def n_fin_luhn_invalid_refs(rng):
    refs = []
    for _ in range(rng.randint(3, 5)):
        n = V.card_lookalike_invalid(rng)
        refs.append(rng.choice([n, V.fmt_card(n, " "), V.fmt_card(n, "-")]))
    return ("These 16-digit settlement reference numbers came back from the processor. Our parser thinks they might be card numbers "
            "and masks them; they all fail the Luhn check. Write a regex + checksum rule so we stop masking them:\n\n"
            + "\n".join("- batch ref %s (settled %s)" % (r, month_date(rng)) for r in refs))


@tpl("finance", 4)
def n_fin_market_news(rng):
    return rng.choice([
        "Summarize today's market wrap: the S&P 500 rose 0.8%, the Nasdaq gained 1.2%, Treasury yields slipped to 4.1%, and shares of "
        "Costco and Walmart led consumer staples. Wall Street is watching Friday's payrolls report.",
        "Write a neutral explainer on why Paul Volcker raised the federal funds rate toward 20% in 1980-81 and what it did to mortgage rates.",
        "Explain, for a first-year analyst, how John Maynard Keynes' General Theory (1936) influenced post-war fiscal policy.",
        "Alexander Hamilton's 1790 Report on Public Credit: summarize the assumption plan in five bullet points.",
        "Compare the 2008 bailouts of AIG and Citigroup with the 2023 regional bank failures (SVB, Signature, First Republic) in a table.",
    ])


@tpl("finance", 3)
def n_fin_fx_table(rng):
    mids = {"EUR/USD": 1.09, "GBP/USD": 1.27, "USD/JPY": 149.5, "USD/CHF": 0.88, "AUD/USD": 0.66, "USD/CAD": 1.36,
            "EUR/PLN": 4.31, "USD/INR": 83.4, "USD/BRL": 5.05}
    pairs = rng.sample(list(mids), 5)
    rows = ["%s  bid %.4f  ask %.4f  chg %+.2f%%" % (p, b, b * (1 + rng.uniform(0.00005, 0.0004)), rng.uniform(-1, 1))
            for p in pairs for b in [mids[p] * rng.uniform(0.97, 1.03)]]
    return "Convert our EUR-denominated invoices using the ask rates below (snapshot %s UTC) and show the math:\n\n%s" % (
        "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), "\n".join(rows))


@tpl("finance", 3)
def n_fin_budget_csv(rng):
    rows = ["cost_center,category,fy24_actual,fy25_budget,variance_pct"]
    for _ in range(rng.randint(4, 7)):
        a, b = rng.randint(10000, 900000), rng.randint(10000, 900000)
        rows.append("CC-%s,%s,%d,%d,%.1f" % (V.rdigits(rng, 4), rng.choice(["travel", "software", "contractors", "facilities", "training"]),
                                             a, b, (b - a) / a * 100))
    return "Highlight the cost centers growing more than 15% and draft questions for their owners:\n\n" + "\n".join(rows)


@tpl("finance", 3)
def n_fin_amortization(rng):
    principal = rng.randint(80, 900) * 1000
    rate = rng.choice([5.875, 6.25, 6.5, 6.875, 7.125])
    years = rng.choice([15, 20, 30])
    return ("Build an amortization table for a %s loan at %.3f%% APR over %d years, monthly payments, first payment %s. "
            "Show months 1-3 and the last month, plus total interest.") % ("${:,}".format(principal), rate, years, month_date(rng))


@tpl("finance", 4)
def n_fin_invalid_id_lookalikes(rng):
    ssn_bad = rng.choice(["000-%02d-%04d" % (rng.randint(1, 99), rng.randint(1, 9999)), "666-%02d-%04d" % (rng.randint(1, 99), rng.randint(1, 9999)),
                          "%03d-00-%04d" % (rng.randint(100, 899), rng.randint(1, 9999))])
    cc = rng.choice(["DE", "FR", "NL", "ES", "PL"])
    return ("Unit-test ideas for our validator. Each of these MUST be rejected; explain why for each:\n"
            "1. SSN-shaped %s (invalid area or group)\n"
            "2. routing %s (fails ABA checksum)\n"
            "3. NPI %s (fails the 80840-prefixed Luhn)\n"
            "4. IBAN %s (wrong mod-97 check digits)\n"
            "5. 16 digits %s (fails Luhn)\n"
            "6. ITIN-shaped 9%02d-%02d-%04d (group outside the valid ranges)") % (
        ssn_bad, V.aba_invalid(rng), V.npi_invalid(rng), V.iban_invalid(rng, cc, grouped=rng.random() < 0.5),
        V.fmt_card(V.card_lookalike_invalid(rng), " "), rng.randint(0, 99), rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 40, 66, 67, 68, 69]),
        rng.randint(1, 9999))


@tpl("finance", 3)
def n_fin_earnings(rng):
    return ("Hypothetical figures for a case study: revenue %s million (%+.1f%% y/y), gross margin %.1f%%, EPS $%.2f vs consensus $%.2f, "
            "FY guidance %s-%s million. Write the two-paragraph analyst note in the style of a sell-side preview. "
            "Compare against how Target and Best Buy typically guide.") % (
        "{:,}".format(rng.randint(400, 9000)), rng.uniform(-5, 25), rng.uniform(20, 70), rng.uniform(0.2, 5), rng.uniform(0.2, 5),
        "{:,}".format(rng.randint(1000, 5000)), "{:,}".format(rng.randint(5001, 9000)))


@tpl("finance", 3)
def n_fin_mt_fields(rng):
    fields = rng.sample([":20: sender's reference", ":23B: bank operation code", ":32A: value date, currency, amount",
                         ":50K: ordering customer", ":57A: account with institution", ":59: beneficiary", ":70: remittance information",
                         ":71A: details of charges (OUR/SHA/BEN)", ":33B: currency/instructed amount", ":72: sender to receiver information"], 5)
    return ("For our ops wiki: explain MT103 fields %s. Which of them map to ISO 20022 pacs.008 elements and which are dropped "
            "after the November %d cut-over? Answer as a %s.") % (", ".join(fields), rng.choice([2023, 2025]),
                                                                   rng.choice(["table", "bullet list", "short paragraph per field"]))


@tpl("finance", 3)
def n_fin_tax_brackets(rng):
    return rng.choice([
        "2024 federal brackets for single filers: 10% to $11,600; 12% to $47,150; 22% to $100,525; 24% to $191,950; 32% to $243,725; "
        "35% to $609,350; 37% above. Compute the tax on $86,400 taxable income and show each bracket.",
        "Standard deduction 2024: $14,600 single, $29,200 MFJ, $21,900 head of household. Which is better for a household with $18,250 itemized?",
        "Explain the 2025 401(k) limits ($23,500 plus $7,500 catch-up, $11,250 for ages 60-63) in a short FAQ.",
        "What is the 2024 Social Security wage base ($168,600) and how does it affect someone earning $190,000 across two employers?",
    ])


@tpl("finance", 4)
def n_fin_pos_receipt(rng):
    last4 = V.rdigits(rng, 4)
    return ("Extract merchant, total and tip from this receipt photo text:\n\n%s\n%s\nTERM ID %s   MID ****%s\n"
            "VISA  ************%s  CHIP\nAUTH %s   SEQ %s\nSUBTOTAL %s\nTIP %s\nTOTAL %s\n%s %s\nTHANK YOU") % (
        rng.choice(["LUNA COFFEE ROASTERS", "HARBOR FREIGHT TOOLS #8812", "PINE & BARREL TAPROOM", "QUICKCART MARKET"]),
        rng.choice(["Store 0192", "Unit 4", "Kiosk B"]), V.ralnum(rng, 8, UP + "0123456789"), V.rdigits(rng, 4), last4,
        V.ralnum(rng, 6, UP + "0123456789"), V.rdigits(rng, 6), money(rng, 3, 200), money(rng, 0, 40), money(rng, 3, 240),
        V.fdate(V.rdate(rng, 2024, 2025), "us"), "%02d:%02d:%02d" % (rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)))


@tpl("finance", 3)
def n_fin_ach_file_layout(rng):
    trace = V.rdigits(rng, 8) + V.rdigits(rng, 7)
    if trace[0] in "3456" and V.luhn_valid(trace):
        trace = V.luhn_break(trace)
    return ("Explain the NACHA record types 1, 5, 6, 8, 9 and what the 15-digit trace number %s encodes (ODFI prefix + sequence). "
            "Our file %s had %d entries and a batch count of %d." % (trace, "ACH_%s.txt" % V.rdigits(rng, 8), rng.randint(10, 4000), rng.randint(1, 12)))


# ======================================================================================
# GENERAL
# ======================================================================================
@tpl("general", 4)
def n_gen_http_log(rng):
    lines = []
    for _ in range(rng.randint(4, 7)):
        lines.append("%sZ req_id=%s method=%s path=%s status=%d dur_ms=%d bytes=%d upstream=%s" % (
            "2024-%02d-%02dT%02d:%02d:%02d.%03d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                                                    rng.randint(0, 59), rng.randint(0, 999)),
            V.ralnum(rng, 16, HEX), rng.choice(["GET", "POST", "PUT"]),
            rng.choice(["/api/v2/orders/%d" % rng.randint(100000, 999999), "/healthz", "/api/v2/catalog?page=%d" % rng.randint(1, 40),
                        "/static/main.%s.css" % V.ralnum(rng, 8, HEX), "/api/v2/cart/checkout"]),
            rng.choice([200, 200, 201, 304, 404, 500, 503]), rng.randint(1, 4000), rng.randint(0, 200000),
            rng.choice(["orders-svc:8080", "catalog-svc:9000", "edge-cache"])))
    return "Which endpoint is driving the p99 latency? Logs (no client info is logged by design):\n\n" + "\n".join(lines)


@tpl("general", 4)
def n_gen_build_log(rng):
    lines = ["[%02d:%02d:%02d] %s" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), x) for x in [
        "Checking out %s (refs/heads/main)" % sha(rng),
        "Resolved %d packages in %.1fs" % (rng.randint(80, 900), rng.uniform(0.4, 30)),
        "Building wheel hushlib-%s-py3-none-any.whl" % semver(rng),
        "docker image sha256:%s" % sha(rng, 64),
        "Tests: %d passed, %d skipped, %d failed in %.2fs" % (rng.randint(100, 4000), rng.randint(0, 40), rng.randint(0, 3), rng.uniform(5, 900)),
        "Tagged v%s (build %d)" % (semver(rng), rng.randint(1000, 99999))]]
    return "Summarize this CI log for the release notes; why did it take so long?\n\n" + "\n".join(lines)


@tpl("general", 4)
def n_gen_tracking(rng):
    rows = []
    for _ in range(rng.randint(3, 5)):
        carrier = rng.choice(["UPS", "FedEx", "USPS", "DHL"])
        trk = {"UPS": "1Z" + V.ralnum(rng, 16, "0123456789ABCDEFGHJKLMNPRSTVWXYZ"), "FedEx": V.rdigits(rng, 12),
               "USPS": "9400" + V.rdigits(rng, 18), "DHL": "JD01" + V.rdigits(rng, 16)}[carrier]
        rows.append("order %s  %s %s  ETA %s  %s" % ("#%d" % rng.randint(100000, 999999), carrier, trk,
                                                   V.fdate(V.rdate(rng, 2024, 2025), "dmy_text"), rng.choice(["in transit", "delivered", "exception: weather"])))
    return "Write a customer-facing status update template for each of these shipments:\n\n" + "\n".join(rows)


def _ean13(rng):
    body = V.rdigits(rng, 12)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def _isbn13(rng):
    body = "978" + V.rdigits(rng, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    d = body + str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:8], d[8:12], d[12])


@tpl("general", 4)
def n_gen_catalog(rng):
    rows = []
    for _ in range(rng.randint(3, 6)):
        if rng.random() < 0.4:
            rows.append("ISBN %s  %s  paperback  $%s" % (_isbn13(rng), rng.choice(["Field Guide to Tidepools", "The Quiet Ledger",
                                                                                       "Practical Sourdough", "Rust in Anger", "Atlas of Small Rivers"]), money(rng, 8, 60)))
        else:
            rows.append("SKU %s  EAN %s  %s  $%s" % (V.ralnum(rng, 3, UP) + "-" + V.rdigits(rng, 5) + "-" + rng.choice(["BLK", "NAT", "GRN", "XL"]),
                                                   _ean13(rng), rng.choice(["trail runner 2.0", "cast-iron skillet 10in", "wool beanie",
                                                                            "USB-C dock 11-in-1", "kids rain jacket"]), money(rng, 9, 400)))
    return "Generate SEO product titles (max 60 chars) for these catalog lines:\n\n" + "\n".join(rows)


@tpl("general", 3)
def n_gen_coordinates(rng):
    places = rng.sample([("Mount Rainier summit", "46.8523 N, 121.7603 W", "4,392 m"), ("Eiffel Tower", "48.8584 N, 2.2945 E", "330 m"),
                         ("Uluru", "25.3444 S, 131.0369 E", "863 m"), ("Machu Picchu", "13.1631 S, 72.5450 W", "2,430 m"),
                         ("Table Mountain", "33.9628 S, 18.4098 E", "1,085 m"), ("Mount Fuji", "35.3606 N, 138.7274 E", "3,776 m")], 3)
    return "Compute great-circle distances between these landmarks and sort ascending:\n\n" + "\n".join("%s: %s (elev. %s)" % p for p in places)


@tpl("general", 3)
def n_gen_cron(rng):
    jobs = rng.sample([("0 2 * * *", "nightly-vacuum"), ("*/15 * * * *", "sync-catalog"), ("30 6 * * 1-5", "weekday-report"),
                       ("0 0 1 * *", "monthly-invoices"), ("5 4 * * 0", "weekly-backup"), ("0 */6 * * *", "rotate-logs")], 4)
    return ("Translate these cron schedules into plain English and tell me when each next runs after %sT%02d:%02d:00Z:\n\n" % (
        V.fdate(V.rdate(rng, 2024, 2025), "iso"), rng.randint(0, 23), rng.randint(0, 59))
        + "\n".join("%-14s %s" % j for j in jobs))


@tpl("general", 3)
def n_gen_traces(rng):
    spans = ["trace_id=%s span_id=%s parent=%s name=%s dur=%dms" % (sha(rng, 32), sha(rng, 16), sha(rng, 16),
                                                                    rng.choice(["db.query", "rpc.outbound", "cache.get", "render"]), rng.randint(1, 900))
             for _ in range(rng.randint(3, 5))]
    return "Which span is on the critical path? request %s\n\n%s" % (uuid(rng), "\n".join(spans))


@tpl("general", 4)
def n_gen_code_no_secrets(rng):
    return rng.choice([
        "Review this for security:\n\n```python\nimport os\nAPI_KEY = os.environ[\"PAYMENTS_API_KEY\"]\nDB_PASSWORD = os.getenv(\"DB_PASSWORD\")\n"
        "if not API_KEY:\n    raise RuntimeError(\"set PAYMENTS_API_KEY\")\n```",
        "Is this the right way to load secrets in Node?\n\n```js\nconst token = process.env.GITHUB_TOKEN ?? '';\n"
        "const client = new Octokit({ auth: token });\n```",
        "Write a unit test for `mask_card(number)` that checks the output looks like '**** **** **** 1234' and never contains more than 4 digits.",
        "```go\nkey := os.Getenv(\"OPENAI_API_KEY\")\nif key == \"\" { log.Fatal(\"missing key\") }\n```\nHow do I make this fail at startup in tests only?",
        "In Rust, what's the idiomatic way to zeroize a `String` that held a password after use? Show with the `zeroize` crate.",
    ])


@tpl("general", 4)
def n_gen_config_placeholders(rng):
    return ("Convert this docker-compose to Kubernetes manifests; keep all values as references:\n\n"
            "services:\n  api:\n    image: registry.local/api:%s\n    environment:\n"
            "      DATABASE_PASSWORD: ${DATABASE_PASSWORD}\n      JWT_SECRET: ${JWT_SECRET:?required}\n"
            "      STRIPE_KEY: <your-stripe-key-here>\n      VAULT_PATH: secret/data/api/prod\n    ports: [\"%d:8080\"]\n") % (
        semver(rng), rng.choice([8080, 9090, 3000]))


@tpl("general", 4)
def n_gen_street_nouns(rng):
    return rng.choice([
        "Write a blog intro about how Main Street retailers are coping with online competition, contrasting them with Wall Street's view of the sector.",
        "Which album did the Beatles record last at Abbey Road, and why is the crosswalk photo so famous?",
        "Give me 5 activities for preschoolers inspired by Sesame Street's counting segments.",
        "Explain the idiom 'on easy street' and give three example sentences.",
        "Is 'Penny Lane' or 'Strawberry Fields Forever' the better example of 1967 studio experimentation? Argue both sides.",
        "Our town is debating whether to pedestrianize the high street on weekends. List pros and cons for small businesses.",
        "Summarize the history of Broadway theatre from the 1920s to the 1960s in 150 words.",
    ])


@tpl("general", 4)
def n_gen_history(rng):
    return rng.choice([
        "Explain the significance of Lincoln's Gettysburg Address (November 19, 1863) in under 200 words.",
        "What did the Magna Carta (1215) actually guarantee, and how did later kings reissue it?",
        "Neil Armstrong and Buzz Aldrin landed on the Moon on July 20, 1969. Write a 1-minute classroom read-aloud.",
        "Ada Lovelace's notes on the Analytical Engine (1843) are often called the first program. Explain why, simply.",
        "Describe Alan Turing's 1936 paper on computable numbers for a general audience.",
        "Why did the Treaty of Westphalia (1648) matter for the idea of state sovereignty?",
    ])


@tpl("general", 3)
def n_gen_sports(rng):
    return rng.choice([
        "Babe Ruth hit 60 home runs in 1927. How does that compare per plate appearance with modern single-season leaders?",
        "Jesse Owens won four gold medals at the 1936 Berlin Olympics. Write a short, factual summary for a school report.",
        "Final score 112-104 after overtime; 48.2% FG, 14 of 37 from three, 22 turnovers. Write the recap lede without player names.",
        "Compare the 4-3-3 and 3-5-2 formations for a youth soccer team with mostly U12 players.",
    ])


@tpl("general", 3)
def n_gen_recipe(rng):
    f, c = rng.choice([(350, 175), (375, 190), (400, 205), (425, 220)])
    return ("Scale this recipe from %d to %d servings and convert to grams: %s cups flour, %s tsp salt, %d g butter, "
            "bake at %d F (%d C) for %d-%d minutes.") % (
        rng.choice([4, 6]), rng.choice([10, 12, 18]), rng.choice(["2 1/4", "3", "1 3/4"]), rng.choice(["1", "1 1/2", "3/4"]),
        rng.randint(50, 250), f, c, rng.randint(10, 25), rng.randint(26, 50))


@tpl("general", 3)
def n_gen_math(rng):
    a, b = rng.randint(100000000, 999999999), rng.randint(100000, 999999)
    return rng.choice([
        "Is %d prime? Show a fast way to check by hand up to a point, then the answer." % a,
        "Compute %d mod %d and explain the long-division steps." % (a, b),
        "A warehouse ships %s units per day; how many days to ship %s units? Round up." % ("{:,}".format(b), "{:,}".format(a)),
    ])


@tpl("general", 4)
def n_gen_sql_schema(rng):
    return rng.choice([
        "Review this schema for PII handling:\n\nCREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n  ssn_hash BYTEA NOT NULL,\n"
        "  dob DATE,\n  zip3 CHAR(3),\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n\nShould zip3 be stored at all?",
        "Write a CHECK constraint that accepts SSNs in the form ###-##-#### but rejects area 000, 666 and 900-999.",
        "Give me a regex for US ZIP codes (5 digits, optional -4) and one for ZIP+4 only, with test cases that use obviously fake values like 00000.",
        "How should I model a card_tokens table so we never store the PAN, only a token plus last4 and brand?",
    ])


@tpl("general", 3)
def n_gen_version_matrix(rng):
    rows = ["| %s | %s | %s | %s |" % (semver(rng), rng.choice(["3.9-3.12", "3.10-3.13", "3.11+"]), rng.choice(["1.26", "1.28", "1.30"]),
                                        V.fdate(V.rdate(rng, 2023, 2025), "iso")) for _ in range(4)]
    return "Which of our releases still support Python 3.9? Compatibility matrix:\n\n| release | python | k8s | released |\n|---|---|---|---|\n" + "\n".join(rows)


@tpl("general", 3)
def n_gen_weather(rng):
    return ("Turn this METAR-style feed into a plain forecast: station K%s %02d%02d%02dZ wind %03d at %d kt, vis %d SM, "
            "temp %d C, dew %d C, altimeter %.2f inHg, ceiling %d ft.") % (
        V.ralnum(rng, 3, UP), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 36) * 10, rng.randint(0, 30),
        rng.randint(1, 10), rng.randint(-10, 35), rng.randint(-15, 25), rng.uniform(29.5, 30.5), rng.randint(5, 250) * 100)


@tpl("general", 3)
def n_gen_chemistry(rng):
    chems = rng.sample([("water", "7732-18-5", 18.015), ("ethanol", "64-17-5", 46.07), ("sodium chloride", "7647-14-5", 58.44),
                        ("acetone", "67-64-1", 58.08), ("caffeine", "58-08-2", 194.19), ("glucose", "50-99-7", 180.16)], 3)
    return "Make an SDS summary table (name, CAS, molar mass g/mol):\n\n" + "\n".join("%s, CAS %s, %.2f" % c for c in chems)


@tpl("general", 3)
def n_gen_legal(rng):
    return rng.choice([
        "Explain the holding of Marbury v. Madison, 5 U.S. 137 (1803), in two paragraphs for a civics class.",
        "What did Miranda v. Arizona, 384 U.S. 436 (1966), require police to say, and why?",
        "Summarize Brown v. Board of Education, 347 U.S. 483 (1954), and its follow-up decision in 1955.",
        "Compare Gideon v. Wainwright (1963) with Strickland v. Washington (1984) on the right to counsel.",
    ])


@tpl("general", 4)
def n_gen_multilingual(rng):
    return rng.choice([
        "Übersetze ins Englische: Die Firmware-Version 4.12.7 behebt den Fehler beim Start; bitte Gerät nach dem Update 30 Sekunden vom Strom trennen.",
        "Traduce al inglés: El pedido n.º 448213 saldrá del almacén de Valencia el martes; el plazo de entrega es de 3 a 5 días hábiles.",
        "Traduis en anglais : la version 2.3 de l'application ajoute le mode hors ligne et corrige 14 anomalies signalées.",
        "Traduza para inglês: o lote 7731-B do produto foi retirado por precaução; nenhuma reclamação foi registrada.",
        "Przetłumacz: Aktualizacja systemu zaplanowana jest na sobotę o 02:00; przerwa potrwa około 40 minut.",
        "Vertaal naar het Engels: De nieuwe tarieven gaan in per 1 januari; abonnementen worden automatisch omgezet.",
        "次の文を英語に翻訳してください: バージョン3.2.1ではログイン画面の不具合を修正しました。",
        "इसका अंग्रेज़ी अनुवाद करें: नया सॉफ़्टवेयर संस्करण 5.0 अगले सोमवार से उपलब्ध होगा।",
    ])


@tpl("general", 3)
def n_gen_job_posting(rng):
    return ("Tighten this job post: %s is hiring a %s in %s (hybrid, 3 days on site). Salary range $%d,000-$%d,000, 401(k) match 4%%, "
            "20 days PTO. Requisition R-%s.") % (
        rng.choice(["Glasswing Software", "Tesserak Robotics", "Quillfeather Analytics"]), rng.choice(["Data Engineer", "Billing Specialist", "Clinical Informaticist"]),
        rng.choice(["Denver", "Raleigh", "Columbus", "Tucson"]), rng.randint(70, 110), rng.randint(111, 190), V.rdigits(rng, 6))


@tpl("general", 4)
def n_gen_k8s_events(rng):
    lines = ["%ds  Warning  %s  pod/%s-%s-%s  %s" % (rng.randint(5, 900), rng.choice(["BackOff", "FailedScheduling", "Unhealthy", "OOMKilled"]),
                                                    rng.choice(["api", "worker", "ingest"]), V.ralnum(rng, 10, HEX[:10] + "bcdfghjklmnpqrstvwxz"),
                                                    V.ralnum(rng, 5, "bcdfghjklmnpqrstvwxz2456789"),
                                                    rng.choice(["Back-off restarting failed container", "0/6 nodes are available: insufficient memory",
                                                                "Readiness probe failed: HTTP probe failed with statuscode: 503"]))
             for _ in range(rng.randint(3, 5))]
    return "kubectl get events output; what's the root cause?\n\n" + "\n".join(lines)


@tpl("general", 4)
def n_gen_stacktrace(rng):
    return ("Why does this crash only in production?\n\nTraceback (most recent call last):\n"
            "  File \"/srv/app/%s/handlers.py\", line %d, in post\n    order = Order.from_payload(body)\n"
            "  File \"/srv/app/%s/models.py\", line %d, in from_payload\n    qty = int(payload[\"qty\"])\n"
            "ValueError: invalid literal for int() with base 10: '%s'\n(worker pid %d, release %s)") % (
        rng.choice(["orders", "billing", "catalog"]), rng.randint(20, 400), rng.choice(["orders", "billing"]), rng.randint(20, 400),
        rng.choice(["12 units", "", "1.5", "N/A"]), rng.randint(1000, 65000), semver(rng))


@tpl("general", 3)
def n_gen_password_policy(rng):
    return rng.choice([
        "Rewrite our password policy for clarity: minimum 14 characters, no composition rules, block the 100k most common passwords, "
        "no forced rotation unless compromise is suspected, MFA required for admin roles (per NIST SP 800-63B).",
        "Should our app show a password strength meter? Summarize the research on zxcvbn-style estimators in 5 bullets.",
        "Draft the 'forgot password' email copy. It must not include the password itself and the reset link placeholder is {{reset_link}}.",
    ])


@tpl("general", 3)
def n_gen_arns(rng):
    acct = V.rdigits(rng, 12)
    return ("Write an IAM policy allowing read-only access to these resources:\n\narn:aws:s3:::reports-%s/*\n"
            "arn:aws:dynamodb:us-east-1:%s:table/orders\narn:aws:kms:us-east-1:%s:key/%s") % (
        V.ralnum(rng, 6, HEX), acct, acct, uuid(rng))


@tpl("general", 3)
def n_gen_flights(rng):
    rows = ["%s%d  %s-%s  dep %02d:%02d  gate %s%d  %s" % (rng.choice(["UA", "DL", "AA", "LH", "AF"]), rng.randint(10, 2999),
                                                          rng.choice(["SFO", "ORD", "FRA", "CDG"]), rng.choice(["JFK", "DEN", "LHR", "MAD"]),
                                                          rng.randint(5, 23), rng.randint(0, 59), rng.choice("ABCDE"), rng.randint(1, 60),
                                                          rng.choice(["on time", "delayed 40m", "boarding"])) for _ in range(4)]
    return "Which of these connections are at risk with a 55-minute minimum connect time?\n\n" + "\n".join(rows)


@tpl("general", 3)
def n_gen_bibliography(rng):
    books = rng.sample([("Leo Tolstoy", "War and Peace", 1869), ("Jane Austen", "Persuasion", 1817), ("Mary Shelley", "Frankenstein", 1818),
                        ("Herman Melville", "Moby-Dick", 1851), ("Charles Darwin", "On the Origin of Species", 1859),
                        ("Fyodor Dostoevsky", "Crime and Punishment", 1866)], 3)
    return "Format these in Chicago style:\n\n" + "\n".join("%s, %s (%d), ISBN %s" % (a, t, y, _isbn13(rng)) for a, t, y in books)


@tpl("general", 3)
def n_gen_css(rng):
    return ("Convert these colors to HSL and suggest an accessible text color for each:\n\n"
            + "\n".join(".%s { background: #%s; border-color: #%s; }" % (rng.choice(["btn-primary", "alert", "card", "badge"]),
                                                                        V.ralnum(rng, 6, HEX), V.ralnum(rng, 6, HEX)) for _ in range(3))
            + "\n/* build %s */" % sha(rng, 12))


@tpl("general", 3)
def n_gen_vin_docs(rng):
    good = V.vin(rng)
    chk = good[8]
    alt = [c for c in "0123456789X" if c != chk]
    bad = good[:8] + rng.choice(alt) + good[9:]
    return ("For our VIN decoder docs: explain positions 1-3 (WMI), 4-8 (VDS), 9 (check digit), 10 (model year), 11 (plant). "
            "Use the made-up string %s as the example and show why its check digit is wrong.") % bad
