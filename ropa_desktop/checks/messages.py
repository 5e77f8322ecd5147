"""The text of every finding, in English and Swedish, keyed by rule code.

Placeholders are named ({activity}, {purpose}, ...) and filled by ``str.format`` with
the item's name, so translators see whole sentences, never fragments.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "activity-no-purpose": {
        "en": "“{activity}” has no purpose. Every processing activity must state why the data is processed.",
        "sv": "”{activity}” saknar ändamål. Varje behandling måste ange varför uppgifterna behandlas.",
    },
    "purpose-no-legal-basis": {
        "en": "Purpose “{purpose}” in “{activity}” has no legal basis (Art. 6(1)).",
        "sv": "Ändamålet ”{purpose}” i ”{activity}” saknar rättslig grund (art. 6.1).",
    },
    "legitimate-interest-undescribed": {
        "en": "Purpose “{purpose}” in “{activity}” rests on legitimate interests, but the interest is not described.",
        "sv": "Ändamålet ”{purpose}” i ”{activity}” vilar på berättigat intresse, men intresset är inte beskrivet.",
    },
    "law-reference-missing": {
        "en": "Purpose “{purpose}” in “{activity}” rests on {basis}, but the law behind it is not named.",
        "sv": "Ändamålet ”{purpose}” i ”{activity}” vilar på {basis}, men lagen som grundar det anges inte.",
    },
    "special-category-no-condition": {
        "en": "Purpose “{purpose}” in “{activity}” covers special-category data ({categories}) "
        "but states no Art. 9(2) condition.",
        "sv": "Ändamålet ”{purpose}” i ”{activity}” omfattar känsliga personuppgifter ({categories}) "
        "men anger inget undantag enligt art. 9.2.",
    },
    "criminal-data-no-law": {
        "en": "“{activity}” processes data on criminal offences ({categories}); name the law that allows it (Art. 10).",
        "sv": "”{activity}” behandlar uppgifter om lagöverträdelser ({categories}); ange lagstödet (art. 10).",
    },
    "special-category-unspecified": {
        "en": "Data category “{category}” is recorded as special-category data without saying which kind.",
        "sv": "Uppgiftskategorin ”{category}” är angiven som känsliga personuppgifter utan att det framgår "
        "vilket slag.",
    },
    "transfer-no-country": {
        "en": "A transfer in “{activity}” (to {party}) does not say to which country the data goes.",
        "sv": "En överföring i ”{activity}” (till {party}) anger inte till vilket land uppgifterna går.",
    },
    "transfer-no-safeguard": {
        "en": "Transfer in “{activity}” to {party} in {country}: the country has no adequacy decision "
        "and no other safeguard is recorded.",
        "sv": "Överföring i ”{activity}” till {party} i {country}: landet har inget beslut om adekvat skyddsnivå "
        "och ingen annan skyddsåtgärd är angiven.",
    },
    "transfer-adequacy-partial": {
        "en": "Transfer in “{activity}” to {party} in {country} relies on an adequacy decision that covers "
        "only part of the country's recipients: {scope}",
        "sv": "Överföring i ”{activity}” till {party} i {country} stöder sig på ett beslut om adekvat skyddsnivå som "
        "bara omfattar vissa mottagare: {scope}",
    },
    "transfer-within-eea": {
        "en": "Transfer in “{activity}” to {party}: {country} is in the EU/EEA, so this is not a "
        "third-country transfer.",
        "sv": "Överföring i ”{activity}” till {party}: {country} ligger inom EU/EES, så det är ingen "
        "överföring till tredjeland.",
    },
    "adequacy-lapsed": {
        "en": "Transfer in “{activity}” to {party} in {country} relies on adequacy decision {decision}, "
        "which ended on {date}: review the transfer and record the safeguard that now applies.",
        "sv": "Överföringen i ”{activity}” till {party} i {country} stöder sig på beslutet om adekvat skyddsnivå "
        "{decision}, som upphörde att gälla {date}: se över överföringen och ange den skyddsåtgärd som nu gäller.",
    },
    "adequacy-us-no-dpf": {
        "en": "Transfer in “{activity}” to {party} in {country} relies on the EU–US adequacy decision, which covers "
        "only organisations certified under the Data Privacy Framework; the certification is not recorded.",
        "sv": "Överföringen i ”{activity}” till {party} i {country} stöder sig på beslutet om adekvat skyddsnivå för "
        "USA, som bara omfattar organisationer certifierade enligt Data Privacy Framework; certifieringen är inte "
        "angiven.",
    },
    "scc-outdated": {
        "en": "Transfer in “{activity}” to {party} uses the 2010 standard contractual clauses, "
        "which are no longer valid; sign the 2021 clauses (Decision (EU) 2021/914).",
        "sv": "Överföring i ”{activity}” till {party} bygger på standardavtalsklausulerna från 2010, "
        "som inte längre gäller; teckna 2021 års klausuler (beslut (EU) 2021/914).",
    },
    "scc-not-signed": {
        "en": "Transfer in “{activity}” to {party}: the standard contractual clauses are {status}.",
        "sv": "Överföring i ”{activity}” till {party}: standardavtalsklausulernas status är ”{status}”.",
    },
    "scc-no-module": {
        "en": "Transfer in “{activity}” to {party}: the module of the standard contractual clauses is not stated.",
        "sv": "Överföring i ”{activity}” till {party}: vilken modul av standardavtalsklausulerna som används "
        "anges inte.",
    },
    "transfer-no-tia": {
        "en": "Transfer in “{activity}” to {party} under {mechanism} has no completed transfer impact assessment.",
        "sv": "Överföring i ”{activity}” till {party} med stöd av {mechanism} saknar en genomförd "
        "konsekvensbedömning av överföringen (TIA).",
    },
    "processor-no-dpa": {
        "en": "Processor “{processor}” is used by the register's activities but has no signed data processing "
        "agreement (status: {status}).",
        "sv": "Personuppgiftsbiträdet ”{processor}” används i registrets behandlingar men har inget undertecknat "
        "biträdesavtal (status: {status}).",
    },
    "processor-outside-eea-uncovered": {
        "en": "“{activity}” uses processor “{processor}”, which processes data in {country} (outside the EU/EEA), "
        "but no transfer in the activity covers it.",
        "sv": "”{activity}” använder personuppgiftsbiträdet ”{processor}”, som behandlar uppgifter i {country} "
        "(utanför EU/EES), men ingen överföring i behandlingen täcker det.",
    },
    "no-retention": {
        "en": "“{activity}” has no retention rule: say how long the data is kept.",
        "sv": "”{activity}” saknar gallringsregel: ange hur länge uppgifterna sparas.",
    },
    "purpose-no-retention": {
        "en": "Purpose “{purpose}” in “{activity}” is covered by no retention rule.",
        "sv": "Ändamålet ”{purpose}” i ”{activity}” omfattas inte av någon gallringsregel.",
    },
    "review-overdue": {
        "en": "“{activity}” was due for review on {date}.",
        "sv": "”{activity}” skulle ha setts över {date}.",
    },
    "dpa-review-overdue": {
        "en": "The data processing agreement with “{processor}” was due for review on {date}.",
        "sv": "Biträdesavtalet med ”{processor}” skulle ha setts över {date}.",
    },
    "dpia-not-done": {
        "en": "“{activity}” requires a data protection impact assessment, and it is not done ({status}).",
        "sv": "”{activity}” kräver en konsekvensbedömning avseende dataskydd, och den är inte klar ({status}).",
    },
    "dpia-criteria-undecided": {
        "en": "“{activity}” meets {count} of the EDPB's criteria for a DPIA ({criteria}) "
        "but no decision on a DPIA is recorded.",
        "sv": "”{activity}” uppfyller {count} av EDPB:s kriterier för konsekvensbedömning ({criteria}) "
        "men inget beslut om konsekvensbedömning är angivet.",
    },
    "national-id-no-need": {
        "en": "“{activity}” processes personal identity numbers ({categories}) without stating why they are needed.",
        "sv": "”{activity}” behandlar personnummer ({categories}) utan att ange varför de behövs.",
    },
    "not-recorded": {"en": "{text}", "sv": "{text}"},
    "org-no-contact": {
        "en": "The organisation has no contact details (address, e-mail or phone) for data subjects.",
        "sv": "Organisationen saknar kontaktuppgifter (adress, e-post eller telefon) för de registrerade.",
    },
    "automated-logic-missing": {
        "en": "“{activity}” involves automated decisions or profiling, but the logic and consequences "
        "are not described.",
        "sv": "”{activity}” innefattar automatiserade beslut eller profilering, men logiken och följderna "
        "beskrivs inte.",
    },
    "joint-responsibilities-missing": {
        "en": "“{activity}” is carried out jointly with {controller}, but the arrangement (who does what) "
        "is not described.",
        "sv": "”{activity}” utförs gemensamt med {controller}, men arrangemanget (vem som ansvarar för vad) "
        "beskrivs inte.",
    },
    "controller-no-dpa": {
        "en": "“{activity}” is carried out for {controller} without a signed data processing agreement.",
        "sv": "”{activity}” utförs för {controller} utan ett undertecknat biträdesavtal.",
    },
    "draft-activity": {
        "en": "“{activity}” is a draft: it is left out of information notices until it becomes active.",
        "sv": "”{activity}” är ett utkast: den tas inte med i informationstexter förrän den är aktiv.",
    },
}

# Words that fill placeholders, per language.
WORDS: dict[str, dict[str, str]] = {
    "legal_obligation": {"en": "a legal obligation", "sv": "en rättslig förpliktelse"},
    "public_task": {"en": "a task in the public interest", "sv": "en uppgift av allmänt intresse"},
    "missing": {"en": "missing", "sv": "saknas"},
    "pending": {"en": "pending", "sv": "under arbete"},
    "not recorded": {"en": "not recorded", "sv": "inte angiven"},
    "in_negotiation": {"en": "still being negotiated", "sv": "under förhandling"},
    "not_started": {"en": "not started", "sv": "inte påbörjad"},
    "in_progress": {"en": "in progress", "sv": "pågår"},
    "scc": {"en": "standard contractual clauses", "sv": "standardavtalsklausuler"},
    "bcr": {"en": "binding corporate rules", "sv": "bindande företagsbestämmelser"},
    "an unnamed recipient": {"en": "an unnamed recipient", "sv": "en icke namngiven mottagare"},
}

# Fields whose absence ("not recorded") the law needs answered: the whole sentence per field.
NOT_RECORDED_FIELDS: dict[str, dict[str, str]] = {
    "transfers": {
        "en": "Transfers outside the EU/EEA are not recorded for “{name}”: record them, or record that there are none.",
        "sv": "Överföringar utanför EU/EES är inte angivna för ”{name}”: ange dem, eller ange att det inte "
        "finns några.",
    },
    "recipients": {
        "en": "Recipients are not recorded for “{name}”: record them, or record that there are none.",
        "sv": "Mottagare är inte angivna för ”{name}”: ange dem, eller ange att det inte finns några.",
    },
    "processors": {
        "en": "Processors are not recorded for “{name}”: record them, or record that there are none.",
        "sv": "Personuppgiftsbiträden är inte angivna för ”{name}”: ange dem, eller ange att det inte finns några.",
    },
    "security_measures": {
        "en": "Security measures are not recorded for “{name}”.",
        "sv": "Säkerhetsåtgärder är inte angivna för ”{name}”.",
    },
    "sources": {
        "en": "Where the data of “{name}” comes from is not recorded.",
        "sv": "Varifrån uppgifterna i ”{name}” kommer är inte angivet.",
    },
    "requirement": {
        "en": "For “{name}”, it is not recorded whether providing the data is a statutory or contractual "
        "requirement (record “no requirement” if it is not).",
        "sv": "För ”{name}” är det inte angivet om det är ett lagkrav eller avtalskrav att lämna uppgifterna "
        "(ange ”inget krav” om det inte är det).",
    },
    "automated_decisions": {
        "en": "For “{name}”, it is not recorded whether there are automated decisions or profiling.",
        "sv": "För ”{name}” är det inte angivet om det förekommer automatiserade beslut eller profilering.",
    },
    "dpo": {
        "en": "{name}: whether there is a data protection officer is not recorded (record “no DPO” if there is none).",
        "sv": "{name}: det är inte angivet om det finns ett dataskyddsombud (ange ”inget dataskyddsombud” om det "
        "inte finns).",
    },
    "dpia": {
        "en": "For “{name}”, it is not recorded whether a data protection impact assessment is required.",
        "sv": "För ”{name}” är det inte angivet om en konsekvensbedömning avseende dataskydd krävs.",
    },
}

# WP248 rev.01 criteria that the register lets us see.
DPIA_CRITERIA: dict[str, dict[str, str]] = {
    "evaluation": {"en": "evaluation or scoring", "sv": "utvärdering eller poängsättning"},
    "automated_decision": {
        "en": "automated decisions with legal effect",
        "sv": "automatiserade beslut med rättslig verkan",
    },
    "monitoring": {"en": "systematic monitoring", "sv": "systematisk övervakning"},
    "sensitive": {"en": "sensitive or highly personal data", "sv": "känsliga eller mycket personliga uppgifter"},
    "combining": {"en": "matching or combining data sets", "sv": "matchning eller sammanförande av datamängder"},
    "vulnerable": {"en": "vulnerable data subjects", "sv": "sårbara registrerade"},
}
