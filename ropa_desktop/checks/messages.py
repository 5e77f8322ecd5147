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
        "en": "Purpose “{purpose}” in “{activity}” covers data on criminal offences ({categories}) but names no law "
        "that allows it: Art. 10 permits such processing only under official authority or where Union or national "
        "law authorises it.",
        "sv": "Ändamålet ”{purpose}” i ”{activity}” omfattar uppgifter om lagöverträdelser ({categories}) men anger "
        "inget lagstöd: enligt art. 10 får sådana uppgifter behandlas endast under kontroll av myndighet eller när "
        "unionsrätten eller nationell rätt tillåter det.",
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
        "en": "“{activity}” processes national identity numbers ({categories}) without recording why they are "
        "needed, as {law} asks.",
        "sv": "”{activity}” behandlar personnummer eller samordningsnummer ({categories}) utan att det är angivet "
        "varför de behövs, vilket {law} kräver.",
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
    "automated-decision-undescribed": {
        "en": "“{activity}” makes decisions based solely on automated processing, but their logic and consequences "
        "are not described. Art. 22 allows such decisions only when necessary for a contract, authorised by law, "
        "or based on explicit consent (Art. 22(2)), and the data subject must be able to obtain human "
        "intervention, to express their point of view and to contest the decision (Art. 22(3)).",
        "sv": "”{activity}” fattar beslut som enbart grundas på automatiserad behandling, men logiken och följderna "
        "beskrivs inte. Enligt art. 22 är sådana beslut tillåtna bara när de är nödvändiga för ett avtal, tillåtna "
        "enligt lag eller grundade på uttryckligt samtycke (art. 22.2), och den registrerade ska kunna få "
        "mänskligt ingripande, framföra sin synpunkt och bestrida beslutet (art. 22.3).",
    },
    "dpia-national-list": {
        "en": "“{activity}” matches {authority}'s list of processing that always requires a data protection "
        "impact assessment (Art. 35(4)): {items}; the register does not record a DPIA as required.",
        "sv": "”{activity}” motsvarar {authority}s förteckning över behandlingar som alltid kräver en "
        "konsekvensbedömning (art. 35.4): {items}; registret anger inte att en konsekvensbedömning krävs.",
    },
    "retention-vague": {
        "en": "A retention rule of “{activity}” says only that data is kept as long as necessary, with no period, "
        "no criterion for the period and no law that sets it: Art. 13(2)(a) asks for the period or the criteria "
        "used to determine it.",
        "sv": "En gallringsregel i ”{activity}” säger bara att uppgifterna sparas så länge det behövs, utan tid, "
        "utan kriterier för tiden och utan lag som anger den: art. 13.2 a kräver lagringstiden eller de kriterier "
        "som används för att fastställa den.",
    },
    "consent-employees": {
        "en": "Purpose “{purpose}” in “{activity}” rests on consent from {subjects}. Consent from employees or job "
        "applicants is rarely freely given, given the imbalance of power (Art. 7(4), recital 43; EDPB Guidelines "
        "05/2020); rely on another basis, or record why the consent is free.",
        "sv": "Ändamålet ”{purpose}” i ”{activity}” vilar på samtycke från {subjects}. Samtycke från anställda "
        "eller arbetssökande är sällan frivilligt på grund av beroendeställningen (art. 7.4, skäl 43; EDPB:s "
        "riktlinjer 05/2020); använd en annan rättslig grund, eller ange varför samtycket är frivilligt.",
    },
    "children-online-consent": {
        "en": "Purpose “{purpose}” in “{activity}” rests on consent from {subjects}, for what looks like an online "
        "service. Where an information society service is offered directly to a child, a child under {age} cannot "
        "consent alone: the holder of parental responsibility must give or authorise it, and reasonable efforts "
        "must be made to verify that (Art. 8; {law}).",
        "sv": "Ändamålet ”{purpose}” i ”{activity}” vilar på samtycke från {subjects}, för vad som ser ut att vara "
        "en tjänst på nätet. När en informationssamhällets tjänst erbjuds direkt till ett barn kan ett barn under "
        "{age} år inte samtycka själv: vårdnadshavaren ska lämna eller godkänna samtycket, och rimliga "
        "ansträngningar ska göras för att kontrollera det (art. 8; {law}).",
    },
    "scc-module-mismatch": {
        "en": "Transfer in “{activity}” to {party} is recorded under module {module} of the standard contractual "
        "clauses, but {roles} is module {expected} (Decision (EU) 2021/914).",
        "sv": "Överföringen i ”{activity}” till {party} är angiven med modul {module} av "
        "standardavtalsklausulerna, men {roles} är modul {expected} (beslut (EU) 2021/914).",
    },
    "transfer-derogation-systematic": {
        "en": "Transfer in “{activity}” to processor {party} rests on an Art. 49 derogation. A processor's transfers "
        "are regular, not occasional, and the derogations are for occasional transfers (EDPB Guidelines 2/2018): "
        "use an adequacy decision or appropriate safeguards (Art. 45, 46).",
        "sv": "Överföringen i ”{activity}” till personuppgiftsbiträdet {party} stöds på ett undantag i art. 49. Ett "
        "biträdes överföringar är regelbundna, inte tillfälliga, och undantagen gäller tillfälliga överföringar "
        "(EDPB:s riktlinjer 2/2018): använd ett beslut om adekvat skyddsnivå eller lämpliga skyddsåtgärder "
        "(art. 45, 46).",
    },
    "representative-missing": {
        "en": "{organisation} is established in {country}, outside the EU/EEA, and records no representative in the "
        "Union. If the GDPR applies to it under Art. 3(2) (offering goods or services to, or monitoring, people "
        "in the Union), Art. 27 requires one, unless the processing is occasional, does not include large-scale "
        "special-category or criminal-offence data and is unlikely to result in a risk (Art. 27(2)).",
        "sv": "{organisation} är etablerad i {country}, utanför EU/EES, och anger ingen företrädare i unionen. Om "
        "dataskyddsförordningen gäller för den enligt art. 3.2 (varor eller tjänster till, eller övervakning av, "
        "personer i unionen) krävs en företrädare enligt art. 27, om inte behandlingen är tillfällig, inte "
        "omfattar känsliga uppgifter eller uppgifter om lagöverträdelser i stor omfattning och sannolikt inte "
        "medför en risk (art. 27.2).",
    },
    "dpo-required": {
        "en": "{organisation} records no data protection officer, but its register records a DPIA as required for "
        "“{activity}”, which {reason}. Art. 37(1) requires a DPO where core activities consist of such processing "
        "on a large scale: appoint one, or record why these are not core activities on a large scale.",
        "sv": "{organisation} anger inget dataskyddsombud, men registret anger att en konsekvensbedömning krävs för "
        "”{activity}”, som {reason}. Enligt art. 37.1 krävs ett dataskyddsombud när kärnverksamheten består av "
        "sådan behandling i stor omfattning: utse ett, eller ange varför det inte är kärnverksamhet i stor "
        "omfattning.",
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
    "processes special-category or criminal-offence data": {
        "en": "processes special-category or criminal-offence data",
        "sv": "behandlar känsliga personuppgifter eller uppgifter om lagöverträdelser",
    },
    "monitors people systematically": {
        "en": "monitors people systematically", "sv": "innebär systematisk övervakning av personer"},
    "controller to processor": {"en": "a controller's transfer to its processor",
                                "sv": "en personuppgiftsansvarigs överföring till sitt biträde"},
    "processor to processor": {"en": "a processor's transfer to its sub-processor",
                               "sv": "ett biträdes överföring till sitt underbiträde"},
    "controller to controller": {"en": "a transfer from controller to controller",
                                 "sv": "en överföring från personuppgiftsansvarig till personuppgiftsansvarig"},
    "processor to controller": {"en": "a processor's transfer to a controller",
                                "sv": "ett biträdes överföring till en personuppgiftsansvarig"},
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
        "en": "automated decisions with legal or similarly significant effect (Art. 22)",
        "sv": "automatiserade beslut med rättslig eller liknande betydande verkan (art. 22)",
    },
    "monitoring": {"en": "systematic monitoring", "sv": "systematisk övervakning"},
    "sensitive": {"en": "sensitive or highly personal data", "sv": "känsliga eller mycket personliga uppgifter"},
    "combining": {"en": "matching or combining data sets", "sv": "matchning eller sammanförande av datamängder"},
    "vulnerable": {"en": "vulnerable data subjects", "sv": "sårbara registrerade"},
    "vulnerable_employees": {
        "en": "vulnerable data subjects (employees count as such under WP248 criterion 7, for the imbalance of power)",
        "sv": "sårbara registrerade (anställda räknas hit enligt WP248 kriterium 7, på grund av beroendeställningen)",
    },
}
