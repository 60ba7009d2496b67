"""Name gazetteer: US Census first names and surnames shipped as package data
(see src/hushgate/data/names/README.md for source and license), plus the
capitalised words that are in those lists but are usually not names."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

# Capitalised words that end a name: function words, calendar words and the
# clinical/business vocabulary of prompts ("Patient", "Claim", "Street").
NOT_NAMES = frozenset(
    """
    a an the this that these those there here then than when where what which who whom whose why how
    i we you he she it they me us him her them my our your his its their mine yours ours
    and or but nor so yet for if else while although though because since unless until after before
    about above across against along among around at by down during except from in inside into near
    of off on onto out outside over past per through throughout to toward under up upon via with within without
    am is are was were be been being have has had do does did will would shall should may might must can could
    not no yes all any both each every few many more most much other some such only own same very just also
    please thanks thank hello hi hey dear regards sincerely best kind warm cheers note notes summary summarize
    review draft reply write update check confirm add remove send call email text follow ask tell help make
    new old good great high low long short big small young little early late last next first second third final
    today tomorrow yesterday now soon later never always often sometimes again still already ever
    season seasons episode episodes
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december spring summer fall autumn winter christmas easter
    patient patients doctor doctors nurse nurses physician clinic hospital medical health care center centre
    practitioner practitioners midwife paramedic technician technologist hygienist
    women men children veterans womens childrens line hotline helpline triage
    guten bonjour hola hallo ciao salut buongiorno buenos buenas
    hemoglobin haemoglobin hematocrit potassium sodium glucose creatinine albumin bilirubin platelets ferritin
    troponin cholesterol triglycerides calcium magnesium chloride bicarbonate lactate cortisol
    department unit ward room bed floor emergency surgery surgical clinical lab labs test tests result results
    history plan assessment diagnosis treatment therapy medication medications dose daily twice weekly
    chief complaint present illness exam physical review systems vitals vital signs blood pressure heart
    rate pain chest head back left right upper lower normal abnormal positive negative acute chronic
    insurance member claim claims policy billing bill invoice payment payments account accounts bank card
    credit debit loan mortgage transfer wire deposit balance fee fees fund funds cash price cost total
    customer customers client clients user users service services support team staff manager admin
    company corp inc llc ltd group office church school college university state city county street
    avenue road lane drive court place way north south east west main central national federal
    general american united new york washington jersey
    order orders ticket tickets issue issues request requests error errors status code data file files
    report reports form forms record records document documents letter message subject title name names
    date time day days week weeks month months year years hour hours minute minutes morning evening night
    home house family mother father son daughter brother sister wife husband child children baby
    mr mrs ms miss dr prof sir madam lord lady king queen prince judge mount mt
    sra srta señor señora senor senora senhor senhora monsieur mme mlle herr frau signor signora sig dott
    mevrouw meneer mevr dhr shri smt gng ginoo saint copa
    english french german spanish italian portuguese dutch chinese japanese korean hindi arabic russian
    polish greek turkish swedish norwegian danish finnish irish welsh scottish british canadian mexican
    princess archduke archduchess duke duchess kaiser tsar czar tsarina emperor empress pope sultan pharaoh
    baron baroness countess viscount marquis marquess caliph shah
    rewrite summarize draft translate explain list create generate compose convert format fix
    faq id ids ord inc re fw fwd subject attachment attached agent assistant system
    sku skus upc ean gtin isbn asin rma
    cite quote outline describe compare classify extract identify suggest recommend
    blocked blocker blockers done doing
    tablet tablets capsule mg ml bid tid qid prn po iv im sc qhs qd
    st ave av rd blvd ln pkwy hwy ct cir ter pl sq trl expy fwy tpke xing plz cres
    avenue boulevard parkway highway circle terrace trail square plaza crescent alley
    suite ste apt apartment bldg building po box
    true false none null return returns keyword keywords argument arguments parameter parameters
    class type types error errors exception exceptions value values object objects string strings
    list dict set int float bool bytes default optional required raises raise yields example examples
    warning warnings deprecated api url http https json xml html python java javascript sql linux
    windows docker kubernetes github google amazon microsoft apple openai anthropic
    select from where group by having order sum count avg min max join inner outer left right union
    insert update delete values into table index limit offset distinct case when then end
    pharma pharmaceuticals logistics payments payment bank banking inc llc ltd corp co company
    solutions systems technologies technology services labs laboratories partners holdings capital
    insurance financial finance industries international global enterprises consulting group
    healthcare hospital clinic medical university college school foundation institute agency
    team teams folks everyone colleagues guys ladies gentlemen sirs
    engineering operations marketing security platform infrastructure product products research legal
    compliance procurement accounting payroll recruiting analytics devops sre qa hr desk helpdesk success
    partnerships facilities admissions scheduling governance treasury ops infra growth
    world hiring valued minimum necessary
    pt pts dob mrn ssn npi dea mbi sex age dx rx hx sx tx pmh hpi ros cc icu pacu
    medicare medicaid part blue cross shield senior junior lead principal staff chief head analyst
    engineer developer designer manager director officer associate assistant coordinator specialist
    traders trading oncology cardiology radiology pediatrics surgery neurology orthopedics valley
    warmly cordially respectfully gratefully best cheers
    exam impression findings technique comparison indication abdomen abdominal pelvis pelvic lumbar
    thoracic cervical spine brain knee shoulder hip ankle wrist renal thyroid carotid complete limited
    contrast bilateral doppler ultrasound mri ct xr cta mra pet mammogram screening diagnostic
    serial primary foreign references varchar char nvarchar integer bigint smallint numeric decimal
    boolean timestamp uuid unique constraint cascade create drop nullable autoincrement
    self full spouse partner dependent unknown pending active inactive retired contractor temporary
    permanent applicable tbd number numbers born died aged read show keep try rank filter
    firstname lastname surname middlename fullname givenname familyname nickname
    bcbs uhc hmo ppo epo hdhp cdhp
    acct acc addr address addresses routing ref reference exp expiry expiration lic license licence
    amount amt phone tel fax mobile cell email zip postal signature relationship info details
    tin ein itin iban swift bic aba rtn dda passport dl allocation contingent
    calle avenida rua rue strasse straße paseo carrer camino
    location identifier
    kollege kollegin kollegen kolleginnen chefarzt chefärztin oberarzt oberärztin facharzt fachärztin
    assistenzarzt assistenzärztin innere medizin
    """.split()
)

# Words that make the capitalised run they end (or directly follow) an
# organisation or a named instrument, not a person: "Johns Hopkins Hospital",
# "Lumen Outfitters", "Grant Program", "Acme Holdings LLC", "Glasgow Coma
# Scale", "Wells Score".  Also in NOT_NAMES, so they end names.
ORG_WORDS = frozenset(
    """
    scale scales score scores index criteria syndrome disease classification staging protocol
    theorem doctrine principle equation conjecture hypothesis paradox lemma algorithm distribution
    transform curve noise
    studio design designs bakery salon works workshop boutique atelier
    falls canyon river springs island islands harbor harbour county township hole
    questionnaire inventory maneuver manoeuvre apartments residences towers condominiums condos estates
    pen pens inhaler autoinjector injector
    collie spaniel terrier retriever poodle bulldog pinscher schnauzer mastiff dachshund chihuahua beagle hound tzu
    manor lofts
    memorial monument museum library stadium gallery theater theatre cathedral airport station terminal tunnel
    termini centrale centraal stazione gare bahnhof hauptbahnhof hbf estacion aeroporto aeroport flughafen
    bridge tower zoo aquarium palace basilica fountain pier boardwalk wharf dam lighthouse arena coliseum
    pavilion ballroom gardens
    cafe restaurant hotel market lodge inn resort motel hostel view vista
    inc incorporated llc llp ltd limited plc corp corporation company companies gmbh
    group holdings partners associates ventures capital fund funds trust trustees bank bancorp bankshares trading
    booksellers florals florist florists
    financial insurance assurance mutual securities investments advisors advisers
    health healthcare hospital hospitals clinic clinics medical pharmacy pharmacies pharma pharmaceuticals
    therapeutics biosciences biotech diagnostics laboratories labs biologics biopharma genomics
    cardiology dermatology oncology pediatrics paediatrics orthopedics orthopaedics radiology urology neurology
    gastroenterology nephrology pulmonology rheumatology ophthalmology obstetrics gynecology psychiatry endocrinology
    medicine care plastics
    systems services solutions technologies technology software networks network communications telecom
    media studios entertainment productions publishing press
    industries manufacturing motors automotive airlines airways energy electric utilities foods brands
    fabrication seafood seafoods coffee roasters dental administrators benefits
    stores outfitters apparel supply supplies logistics freight shipping consulting
    university college institute academy school schools foundation society association council committee
    institut instituto istituto universidad universite université universitat universität universita
    fundacion fundación fondation stiftung clinique klinik klinikum clinica clínica hopital hôpital ospedale
    commission authority agency bureau department ministry office program programme project initiative
    center centre network alliance coalition federation league union club church
    """.split()
)

# Well-known organisations named after people, or whose names are a Census
# first name plus surname ("Wells Fargo", "Eli Lilly"). Lower case, words
# joined by one space, "&", "." and "-" dropped.
EPONYMOUS_ORGS = frozenset(
    """
    wells fargo|charles schwab|morgan stanley|eli lilly|bristol myers squibb|bristol myers|jpmorgan chase|
    jp morgan|j p morgan|jpmorgan|goldman sachs|merrill lynch|edward jones|raymond james|smith barney|
    dean witter|john hancock|liberty mutual|northwestern mutual|state farm|franklin templeton|t rowe price|
    janus henderson|charles river|thermo fisher|fisher scientific|johnson johnson|procter gamble|
    colgate palmolive|kimberly clark|sherwin williams|stanley black decker|black decker|hewlett packard|
    harley davidson|rolls royce|mercedes benz|walt disney|warner bros|warner brothers|estee lauder|
    ralph lauren|calvin klein|tommy hilfiger|louis vuitton|johns hopkins|mount sinai|cedars sinai|
    sloan kettering|memorial sloan kettering|dana farber|beth israel|henry ford|mayo clinic|
    kaiser permanente|boston scientific|abbott laboratories|marsh mclennan|booz allen|booz allen hamilton|
    ernst young|grant thornton|arthur andersen|price waterhouse|deloitte touche|lockheed martin|
    northrop grumman|john deere|dow jones|fannie mae|freddie mac|sallie mae|trader joe|trader joes|
    oscar mayer|dr pepper|ben jerry|martha stewart|howard hughes|jackson hewitt|thomson reuters|
    allen overy|baker mckenzie|jones day|morgan lewis|kirkland ellis|sidley austin|
    wells fargo bank|charles schwab bank|fifth third|ally financial|capital one|morgan chase|
    johnson controls|j crew|fisher price|michael kors|kate spade|tory burch|vera bradley|betty crocker|
    sam edelman|kenneth cole|jimmy choo|stuart weitzman|marc jacobs|sara lee|marie callender|tommy bahama|
    tom ford|giorgio armani|hugo boss|ted baker|bobbi brown|john frieda|laura mercier|berkshire hathaway|lehman brothers|bear stearns|charles stark draper|hamilton beach|ronald mcdonald|
    """.split("|")
) - {""}
# Places whose names read as a first name and a surname ("San Jose", "Santa
# Clara", "São Paulo"): a run starting with one is not a person either.
NAMED_PLACES = frozenset(
    """
    san jose|santa clara|santa monica|santa barbara|santa fe|santa ana|santa cruz|santa rosa|san diego|
    san francisco|san antonio|san bernardino|san mateo|sao paulo|st louis|st paul|st petersburg|fort worth|
    fort collins|fort lauderdale|long beach|virginia beach|grand rapids|el paso|las vegas|los angeles|
    des moines|baton rouge|palo alto|costa rica|puerto rico|buenos aires|rio de janeiro|santo domingo|
    kansas city|carson city|jersey city|salt lake city|oklahoma city|new orleans|new york|new jersey|
    mount vernon|san marino|santiago de chile|porto alegre|belo horizonte|taj mahal|machu picchu|
    angkor wat|chichen itza
    """.split("|")
) - {""}
# Diseases, tests and methods named after two people ("Epstein Barr virus",
# "Kaplan Meier curve"): read as a first name and a surname, they are not.
EPONYMOUS_TERMS = frozenset(
    """
    epstein barr|guillain barre|wolff parkinson white|kaplan meier|hardy weinberg|michaelis menten|
    henderson hasselbalch|cockcroft gault|mann whitney|kruskal wallis|bland altman|creutzfeldt jakob|
    charcot marie tooth|stevens johnson|mallory weiss|zollinger ellison|osgood schlatter|legg calve perthes|
    arnold chiari|dandy walker|peutz jeghers|wernicke korsakoff|brown sequard|jarisch herxheimer
    """.split("|")
) - {""}
EPONYMOUS_ORGS = frozenset(" ".join(name.split()) for name in EPONYMOUS_ORGS | NAMED_PLACES | EPONYMOUS_TERMS) - {""}
NOT_NAMES = NOT_NAMES | ORG_WORDS

# In the Census lists and common as words: they may continue a name
# ("John Taylor", "Mary White") but never start one without a title or context.
AMBIGUOUS_FIRST = NOT_NAMES | frozenset(
    """
    love hope faith joy grace glory charity honor honour mercy trinity chance constance patience prudence
    will mark bill art rose jack sue don guy page case hall price rich white black green brown gray grey
    gold silver young long short love day key best street church house king major rush ward bishop
    cook baker miller walker hunter fisher carter parker porter turner mason cooper taylor
    chase sunny sky river stone cash sterling dusty misty forest brook bud buck chip paris london
    """.split()
)


def _load(filename: str) -> frozenset[str]:
    text = resources.files("hushgate.data.names").joinpath(filename).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    # The Census list is US-centric (1990); the world list adds given names
    # of other origins ("Ngozi", "Zeynep", "Declan", "Priya").
    return _load("first_names.txt") | _load("first_names_world.txt")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    # The Census list, plus surnames of other origins ("Okonkwo",
    # "Deshpande", "Nwachukwu", "Yildirim").
    return _load("surnames.txt") | _load("surnames_world.txt")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent English words that are in no name list ("improved",
    "secret", "settings"): next to a known name, such a word is not the
    other half of it."""
    return _load("common_words.txt")


@lru_cache(maxsize=1)
def public_figures() -> frozenset[str]:
    """Full names of historical and fictional figures ("ada lovelace", "jay
    gatsby"), words joined by one space: in prose without person context they
    name the figure, not someone whose data is in the prompt."""
    return _load("public_figures.txt")


@lru_cache(maxsize=1)
def public_figure_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in public_figures())


def name_key(word: str) -> str:
    """The gazetteer form of a word: lower case, accents dropped ("José" ->
    "jose", "Hernández" -> "hernandez"; the Census lists are ASCII)."""
    lower = word.lower()
    if lower.isascii():
        return lower
    return "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
