<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Nytt register…</translation>
    </message>
    <message>
        <source>Start an empty register</source>
        <translation>Börja ett tomt register</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open a register file</source>
        <translation>Öppna en registerfil</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Replace the register with a JSON or Excel file</source>
        <translation>Ersätt registret med en JSON- eller Excel-fil</translation>
    </message>
    <message>
        <source>Import sprea&amp;dsheet…</source>
        <translation>Importera ka&amp;lkylark…</translation>
    </message>
    <message>
        <source>Add the activities of a register kept in a spreadsheet</source>
        <translation>Lägg till behandlingarna i ett register som förs i ett kalkylark</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exportera JSON…</translation>
    </message>
    <message>
        <source>Save the register as a JSON document</source>
        <translation>Spara registret som ett JSON-dokument</translation>
    </message>
    <message>
        <source>The register as a PDF document</source>
        <translation>Registret som ett PDF-dokument</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Exportera E&amp;xcel…</translation>
    </message>
    <message>
        <source>The register as an Excel workbook</source>
        <translation>Registret som en Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Spara en k&amp;opia…</translation>
    </message>
    <message>
        <source>A complete copy of the register file, under another name</source>
        <translation>En fullständig kopia av registerfilen, under ett annat namn</translation>
    </message>
    <message>
        <source>Print what the window shows</source>
        <translation>Skriv ut det som fönstret visar</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Language, signing identity, export folder, review interval</source>
        <translation>Språk, signeringsidentitet, exportmapp, granskningsintervall</translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <source>Information no&amp;tice…</source>
        <translation>Information till &amp;registrerade…</translation>
    </message>
    <message>
        <source>Preview, print and publish the Art. 13/14 notices</source>
        <translation>Förhandsgranska, skriv ut och publicera informationen enligt art. 13/14</translation>
    </message>
    <message>
        <source>&amp;Verify signature…</source>
        <translation>&amp;Kontrollera signatur…</translation>
    </message>
    <message>
        <source>Check that a signed export is intact and who signed it</source>
        <translation>Kontrollera att en signerad export är oförändrad och vem som signerade den</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Add an item to the list shown</source>
        <translation>Lägg till en post i listan som visas</translation>
    </message>
    <message>
        <source>&amp;Delete item</source>
        <translation>&amp;Ta bort post</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Ta bort den markerade posten</translation>
    </message>
    <message>
        <source>New activity from &amp;template…</source>
        <translation>Ny behandling från &amp;mall…</translation>
    </message>
    <message>
        <source>Add a typical activity as a draft, with your country&apos;s law</source>
        <translation>Lägg till en typisk behandling som utkast, med ditt lands lag</translation>
    </message>
    <message>
        <source>Dupli&amp;cate activity</source>
        <translation>Dupli&amp;cera behandling</translation>
    </message>
    <message>
        <source>Add a draft copy of the selected activity</source>
        <translation>Lägg till en kopia av den valda behandlingen som utkast</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filtrera listan</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs om</translation>
    </message>
    <message>
        <source>Read the register file again</source>
        <translation>Läs registerfilen igen</translation>
    </message>
    <message>
        <source>ropa-desktop &amp;Help</source>
        <translation>&amp;Hjälp för ropa-desktop</translation>
    </message>
    <message>
        <source>The handbook, at the page you are on</source>
        <translation>Handboken, på sidan du står på</translation>
    </message>
    <message>
        <source>&amp;About ropa-desktop</source>
        <translation>&amp;Om ropa-desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation>Gör om misslyckades</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Ångra misslyckades</translation>
    </message>
    <message>
        <source>Someone else changed this first</source>
        <translation>Någon annan hann ändra först</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Ändringen sparades inte</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Ändra ”%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Lägg till ”%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Ta bort ”%1”</translation>
    </message>
    <message>
        <source>Record “none”</source>
        <translation>Ange ”inga”</translation>
    </message>
    <message>
        <source>Mark as not recorded</source>
        <translation>Markera som inte angivet</translation>
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation>Ändra organisationen</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Nytt register</translation>
    </message>
    <message>
        <source>Tell us about the organisation that keeps the register. Everything can be changed later on the Organisation page.</source>
        <translation>Berätta om organisationen som för registret. Allt kan ändras senare på sidan Organisation.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language of the register</source>
        <translation>Registrets språk</translation>
    </message>
    <message>
        <source>DPO name</source>
        <translation>Dataskyddsombudets namn</translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation>Dataskyddsombudets e-post</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>Organisationens namn:</translation>
    </message>
    <message>
        <source>Organisation number:</source>
        <translation>Organisationsnummer:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Language of the register:</source>
        <translation>Registrets språk:</translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation>Dataskyddsombud:</translation>
    </message>
    <message>
        <source>DPO e-mail:</source>
        <translation>Dataskyddsombudets e-post:</translation>
    </message>
    <message>
        <source>Supervisory authority: %1</source>
        <translation>Tillsynsmyndighet: %1</translation>
    </message>
    <message>
        <source>No EU/EEA supervisory authority is known for this country.</source>
        <translation>Ingen tillsynsmyndighet inom EU/EES är känd för det här landet.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exportera registret</translation>
    </message>
    <message>
        <source>Errors found by the checks</source>
        <translation>Fel som kontrollerna hittat</translation>
    </message>
    <message>
        <source>The checks find errors in the register. You can export it all the same, or cancel and correct them first:</source>
        <translation>Kontrollerna hittar fel i registret. Du kan exportera det ändå, eller avbryta och rätta dem först:</translation>
    </message>
    <message>
        <source>Who is this copy of the register for?</source>
        <translation>Vem är detta exemplar av registret till för?</translation>
    </message>
    <message>
        <source>The organisation&apos;s &amp;own copy</source>
        <translation>Organisationens &amp;eget exemplar</translation>
    </message>
    <message>
        <source>A copy for the &amp;supervisory authority</source>
        <translation>Ett exemplar till &amp;tillsynsmyndigheten</translation>
    </message>
    <message>
        <source>Include the &amp;findings of the checks</source>
        <translation>Ta med kontrollernas &amp;iakttagelser</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation>Exportens språk</translation>
    </message>
    <message>
        <source>The cover says the copy is for the supervisory authority. The findings are included.</source>
        <translation>Försättsbladet anger att exemplaret är till tillsynsmyndigheten. Iakttagelserna ingår.</translation>
    </message>
    <message>
        <source>The cover says the copy is for the supervisory authority. The findings are left out.</source>
        <translation>Försättsbladet anger att exemplaret är till tillsynsmyndigheten. Iakttagelserna ingår inte.</translation>
    </message>
    <message>
        <source>The cover says the copy is the organisation&apos;s own. The findings are included.</source>
        <translation>Försättsbladet anger att exemplaret är organisationens eget. Iakttagelserna ingår.</translation>
    </message>
    <message>
        <source>The cover says the copy is the organisation&apos;s own. The findings are left out.</source>
        <translation>Försättsbladet anger att exemplaret är organisationens eget. Iakttagelserna ingår inte.</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Inte registrerat ännu</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <source>Not recorded yet: the register does not answer this, and the checks will ask about it.</source>
        <translation>Inte registrerat ännu: registret svarar inte på detta, och kontrollerna kommer att fråga efter det.</translation>
    </message>
    <message>
        <source>Recorded as none: the register states that there is none.</source>
        <translation>Registrerat som inget: registret anger att det inte finns något.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Lägg till i %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Ta bort från %1</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Visa historik</translation>
    </message>
    <message>
        <source>Every change of this item: who, when, what</source>
        <translation>Varje ändring av posten: vem, när, vad</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Carry this retired activity out again: its status becomes active</source>
        <translation>Återuppta den avslutade behandlingen: dess status blir aktiv</translation>
    </message>
    <message>
        <source>Select an item in the list, or add one.</source>
        <translation>Välj en post i listan, eller lägg till en.</translation>
    </message>
    <message>
        <source>Findings about this item</source>
        <translation>Iakttagelser om posten</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Art. 44: a sub-processor outside the EU/EEA makes the processing a transfer.</source>
        <translation>Art. 44: ett underbiträde utanför EU/EES gör behandlingen till en överföring.</translation>
    </message>
    <message>
        <source>Art. 30(1)(d): processors are among the recipients the record names.</source>
        <translation>Art. 30.1 d: personuppgiftsbiträden hör till de mottagare som registret ska ange.</translation>
    </message>
    <message>
        <source>Where the processor is established.</source>
        <translation>Där biträdet är etablerat.</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): a processor outside the EU/EEA receives a transfer to a third country.</source>
        <translation>Art. 30.1 e: ett biträde utanför EU/EES tar emot en överföring till tredjeland.</translation>
    </message>
    <message>
        <source>Every country where the processor stores or reaches the data, e.g. its data centres.</source>
        <translation>Varje land där biträdet lagrar eller kommer åt uppgifterna, t.ex. dess datacenter.</translation>
    </message>
    <message>
        <source>Art. 44: data processed outside the EU/EEA are transferred, wherever the processor is established.</source>
        <translation>Art. 44: uppgifter som behandlas utanför EU/EES överförs, var biträdet än är etablerat.</translation>
    </message>
    <message>
        <source>Art. 28(3): processing by a processor is governed by a contract.</source>
        <translation>Art. 28.3: ett biträdes behandling regleras av ett avtal.</translation>
    </message>
    <message>
        <source>Art. 28(2) and 28(4): another processor is engaged only with the controller&apos;s authorisation, under the same obligations.</source>
        <translation>Art. 28.2 och 28.4: ett annat biträde anlitas bara med den personuppgiftsansvariges tillstånd och med samma skyldigheter.</translation>
    </message>
    <message>
        <source>Art. 30(1)(c): a description of the categories of data subjects.</source>
        <translation>Art. 30.1 c: en beskrivning av kategorierna av registrerade.</translation>
    </message>
    <message>
        <source>Art. 30(1)(c): a description of the categories of personal data.</source>
        <translation>Art. 30.1 c: en beskrivning av kategorierna av personuppgifter.</translation>
    </message>
    <message>
        <source>Art. 9(1): data on health, ethnic origin, beliefs and the like may be processed only under a condition of Art. 9(2).</source>
        <translation>Art. 9.1: uppgifter om hälsa, etniskt ursprung, övertygelse och liknande får behandlas bara under ett villkor i art. 9.2.</translation>
    </message>
    <message>
        <source>Art. 10: data on criminal convictions and offences only under official authority or where the law allows it.</source>
        <translation>Art. 10: uppgifter om lagöverträdelser bara under kontroll av myndighet eller där lag tillåter det.</translation>
    </message>
    <message>
        <source>Art. 87: national law sets the conditions for processing a national identification number.</source>
        <translation>Art. 87: nationell rätt anger villkoren för att behandla ett nationellt identifikationsnummer.</translation>
    </message>
    <message>
        <source>Art. 30(1)(d): the categories of recipients to whom the data are disclosed.</source>
        <translation>Art. 30.1 d: de kategorier av mottagare som uppgifterna lämnas ut till.</translation>
    </message>
    <message>
        <source>Art. 30(1)(d): recipients in third countries are named as such.</source>
        <translation>Art. 30.1 d: mottagare i tredjeland anges som sådana.</translation>
    </message>
    <message>
        <source>Art. 30(1)(g): where possible, a general description of the technical and organisational security measures.</source>
        <translation>Art. 30.1 g: om möjligt en allmän beskrivning av de tekniska och organisatoriska säkerhetsåtgärderna.</translation>
    </message>
    <message>
        <source>Art. 32(1): measures are technical or organisational, fit for the risk.</source>
        <translation>Art. 32.1: åtgärderna är tekniska eller organisatoriska och anpassade till risken.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of the controller.</source>
        <translation>Art. 30.1 a: den personuppgiftsansvariges namn och kontaktuppgifter.</translation>
    </message>
    <message>
        <source>Art. 55 and 56: the authority of the country of the main establishment is competent.</source>
        <translation>Art. 55 och 56: tillsynsmyndigheten i det land där det huvudsakliga verksamhetsstället finns är behörig.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>How often each activity is reviewed. An activity can set its own interval.</source>
        <translation>Hur ofta varje behandling ses över. En behandling kan ha ett eget intervall.</translation>
    </message>
    <message>
        <source>Art. 24(1): the measures are reviewed and updated where necessary.</source>
        <translation>Art. 24.1: åtgärderna ses över och uppdateras vid behov.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and 27: the representative in the EU of a controller established outside it.</source>
        <translation>Art. 30.1 a och 27: företrädaren i EU för en personuppgiftsansvarig som är etablerad utanför EU.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>What the data are used for, in words the data subject understands.</source>
        <translation>Vad uppgifterna används till, med ord som den registrerade förstår.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Art. 6(1): each purpose rests on one legal basis, which Art. 13(1)(c) tells the data subject.</source>
        <translation>Art. 6.1: varje ändamål vilar på en rättslig grund, som enligt art. 13.1 c anges för den registrerade.</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Berättigat intresse</translation>
    </message>
    <message>
        <source>Art. 13(1)(d): the legitimate interests pursued are told to the data subject.</source>
        <translation>Art. 13.1 d: de berättigade intressen som eftersträvas anges för den registrerade.</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Art. 6(3): a legal obligation or a public task is laid down by Union or national law.</source>
        <translation>Art. 6.3: en rättslig förpliktelse eller en uppgift av allmänt intresse fastställs i unionsrätten eller nationell rätt.</translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation>Villkor enligt art. 9.2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Only these data categories</source>
        <translation>Bara dessa personuppgiftskategorier</translation>
    </message>
    <message>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data categories.</source>
        <translation>Lämna alla omarkerade när ändamålet omfattar alla behandlingens personuppgiftskategorier.</translation>
    </message>
    <message>
        <source>Only these data subjects</source>
        <translation>Bara dessa registrerade</translation>
    </message>
    <message>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data subjects.</source>
        <translation>Lämna alla omarkerade när ändamålet omfattar alla behandlingens registrerade.</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nytt ändamål</translation>
    </message>
    <message>
        <source>no legal basis</source>
        <translation>ingen rättslig grund</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-modul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Where the contract is kept</source>
        <translation>Var avtalet förvaras</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certifierad</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>Where it was checked</source>
        <translation>Var det kontrollerades</translation>
    </message>
    <message>
        <source>e.g. the recipient&apos;s entry on the DPF list</source>
        <translation>t.ex. mottagarens post i DPF-listan</translation>
    </message>
    <message>
        <source>Outside the EU/EEA (country not stated)</source>
        <translation>Utanför EU/EES (land ej angivet)</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Other recipient</source>
        <translation>Annan mottagare</translation>
    </message>
    <message>
        <source>Transfer tool</source>
        <translation>Överföringsverktyg</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standardavtalsklausuler</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Undantag</translation>
    </message>
    <message>
        <source>EU–US Data Privacy Framework</source>
        <translation>Ramverket för dataskydd mellan EU och USA (DPF)</translation>
    </message>
    <message>
        <source>The adequacy decision for the US covers only organisations certified under the framework.</source>
        <translation>Beslutet om adekvat skyddsnivå för USA omfattar bara organisationer som är certifierade enligt ramverket.</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Konsekvensbedömning av överföring (TIA)</translation>
    </message>
    <message>
        <source>Supplementary measures</source>
        <translation>Kompletterande åtgärder</translation>
    </message>
    <message>
        <source>How to get a copy</source>
        <translation>Hur man får en kopia</translation>
    </message>
    <message>
        <source>outside the EU/EEA</source>
        <translation>utanför EU/EES</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Räknas från</translation>
    </message>
    <message>
        <source>Only for purposes</source>
        <translation>Bara för ändamål</translation>
    </message>
    <message>
        <source>Only for data subjects</source>
        <translation>Bara för registrerade</translation>
    </message>
    <message>
        <source>Only for data categories</source>
        <translation>Bara för personuppgiftskategorier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Ansvarsfördelning</translation>
    </message>
    <message>
        <source>Their DPO</source>
        <translation>Deras dataskyddsombud</translation>
    </message>
    <message>
        <source>Data processing agreement</source>
        <translation>Personuppgiftsbiträdesavtal</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatiserade beslut</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation>Logiken bakom</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Följder</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Krävs</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Vår roll</translation>
    </message>
    <message>
        <source>Activity name</source>
        <translation>Behandlingens namn</translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation>Undantag enligt art. 9</translation>
    </message>
    <message>
        <source>Law reference</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <source>Special categories of data</source>
        <translation>Känsliga personuppgifter</translation>
    </message>
    <message>
        <source>Transfer countries</source>
        <translation>Länder som uppgifterna överförs till</translation>
    </message>
    <message>
        <source>Transfer safeguards</source>
        <translation>Skyddsåtgärder vid överföring</translation>
    </message>
    <message>
        <source>Law setting the retention</source>
        <translation>Lag som anger lagringstiden</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>IT systems</source>
        <translation>IT-system</translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation>Konsekvensbedömning krävs</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>Importera kalkylark</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importeras som</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Spara kolumnval…</translation>
    </message>
    <message>
        <source>Save what each column is imported as, for the next import or for ropa import --mapping</source>
        <translation>Spara hur varje kolumn importeras, till nästa import eller till ropa import --mapping</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Läs in kolumnval…</translation>
    </message>
    <message>
        <source>Map the columns as a saved mapping file says</source>
        <translation>Tolka kolumnerna som en sparad fil med kolumnval anger</translation>
    </message>
    <message>
        <source>Cells not understood or not taken as written:</source>
        <translation>Celler som inte kunde tolkas eller inte togs med som de var skrivna:</translation>
    </message>
    <message>
        <source>Not recognised: choose a field or ignore it</source>
        <translation>Okänd: välj ett fält eller hoppa över den</translation>
    </message>
    <message>
        <source>Keep as a note on each activity</source>
        <translation>Behåll som anteckning på varje behandling</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Hoppa över kolumnen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities from the sheet “%2”, header row %3.</source>
        <translation>
            <numerusform>%1: %n behandling från bladet ”%2”, rubrikrad %3.</numerusform>
            <numerusform>%1: %n behandlingar från bladet ”%2”, rubrikrad %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mapping</source>
        <translation>%1 kolumnval</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Spara kolumnval</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Kolumnval (*.json)</translation>
    </message>
    <message>
        <source>The mapping was not saved</source>
        <translation>Kolumnvalen sparades inte</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Läs in kolumnval</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Kolumnval (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The mapping was not loaded</source>
        <translation>Kolumnvalen lästes inte in</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>Kalkylark (*.xlsx *.ods *.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The spreadsheet was not imported</source>
        <translation>Kalkylarket importerades inte</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Separera med kommatecken</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Gemensamt personuppgiftsansvariga</translation>
    </message>
    <message>
        <source>New controller</source>
        <translation>Ny personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>None to name</source>
        <translation>Inga att nämna</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>För räkning av</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Senast granskad</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa granskning</translation>
    </message>
    <message>
        <source>Review interval</source>
        <translation>Granskningsintervall</translation>
    </message>
    <message>
        <source>Art. 9(2): special categories of data are processed only under one of its conditions.</source>
        <translation>Art. 9.2: känsliga personuppgifter får bara behandlas om något av villkoren där är uppfyllt.</translation>
    </message>
    <message>
        <source>Internal id</source>
        <translation>Internt id</translation>
    </message>
    <message>
        <source>Made from the purpose&apos;s text; other tools and retention rules refer to the purpose by it.</source>
        <translation>Skapas av ändamålets text; andra verktyg och lagringsregler hänvisar till ändamålet med det.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): the third country the data are transferred to is named.</source>
        <translation>Art. 30.1 e: det tredjeland som uppgifterna överförs till anges.</translation>
    </message>
    <message>
        <source>Picking a processor fills in its country when none is recorded yet.</source>
        <translation>Väljer du ett biträde fylls dess land i, om inget land är registrerat än.</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): who receives the data in the third country.</source>
        <translation>Art. 30.1 e: vem som tar emot uppgifterna i tredjelandet.</translation>
    </message>
    <message>
        <source>Art. 44 to 46: a transfer needs an adequacy decision or appropriate safeguards.</source>
        <translation>Art. 44–46: en överföring kräver ett beslut om adekvat skyddsnivå eller lämpliga skyddsåtgärder.</translation>
    </message>
    <message>
        <source>Art. 46(2)(c): standard contractual clauses adopted by the Commission.</source>
        <translation>Art. 46.2 c: standardavtalsklausuler som kommissionen har antagit.</translation>
    </message>
    <message>
        <source>Art. 49(1): a derogation is for specific situations only, and is documented.</source>
        <translation>Art. 49.1: ett undantag gäller bara i särskilda situationer och dokumenteras.</translation>
    </message>
    <message>
        <source>Art. 45(3): the Commission&apos;s decision of 10 July 2023 covers certified US organisations.</source>
        <translation>Art. 45.3: kommissionens beslut av den 10 juli 2023 omfattar certifierade organisationer i USA.</translation>
    </message>
    <message>
        <source>Art. 46(1) as the Court read it in C-311/18: the exporter checks that the third country&apos;s law does not undermine the safeguards.</source>
        <translation>Art. 46.1 så som EU-domstolen tolkade den i mål C-311/18: exportören kontrollerar att tredjelandets lagstiftning inte undergräver skyddsåtgärderna.</translation>
    </message>
    <message>
        <source>Art. 13(1)(f): how the data subject obtains a copy of the safeguards.</source>
        <translation>Art. 13.1 f: hur den registrerade får en kopia av skyddsåtgärderna.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(ingen mottagare)</translation>
    </message>
    <message>
        <source>The rule in words, as a notice tells it: how long, and from when.</source>
        <translation>Regeln i ord, så som en information berättar den: hur länge, och från när.</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Sparas i</translation>
    </message>
    <message>
        <source>No fixed period: it ends with an event</source>
        <translation>Ingen fast tid: den upphör vid en händelse</translation>
    </message>
    <message>
        <source>A period of</source>
        <translation>En tid av</translation>
    </message>
    <message>
        <source>A number of days, weeks, months or years; or no fixed period when the rule ends with an event, such as a withdrawn consent.</source>
        <translation>Ett antal dagar, veckor, månader eller år; eller ingen fast tid när regeln upphör vid en händelse, som ett återkallat samtycke.</translation>
    </message>
    <message>
        <source>Art. 13(2)(a): the period for which the data are stored, or how it is decided.</source>
        <translation>Art. 13.2 a: den period under vilken uppgifterna lagras, eller hur den fastställs.</translation>
    </message>
    <message>
        <source>e.g. the end of the financial year</source>
        <translation>t.ex. räkenskapsårets slut</translation>
    </message>
    <message>
        <source>The event the period runs from, in words.</source>
        <translation>Den händelse som tiden räknas från, i ord.</translation>
    </message>
    <message>
        <source>The law that sets the period, e.g. Bokföringslagen 7 kap. 2 §.</source>
        <translation>Den lag som anger tiden, t.ex. bokföringslagen 7 kap. 2 §.</translation>
    </message>
    <message>
        <source>Art. 14(2)(f): where data not obtained from the data subject come from.</source>
        <translation>Art. 14.2 f: varifrån uppgifter som inte samlats in från den registrerade kommer.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of each joint controller.</source>
        <translation>Art. 30.1 a: namn och kontaktuppgifter för varje gemensamt personuppgiftsansvarig.</translation>
    </message>
    <message>
        <source>Art. 26(1): the arrangement says who does what, in particular for the data subjects&apos; rights.</source>
        <translation>Art. 26.1: arrangemanget anger vem som gör vad, särskilt för de registrerades rättigheter.</translation>
    </message>
    <message>
        <source>Art. 30(2)(a): the name and contact details of each controller we act for.</source>
        <translation>Art. 30.2 a: namn och kontaktuppgifter för varje personuppgiftsansvarig vi arbetar för.</translation>
    </message>
    <message>
        <source>Art. 30(1): the record lists each processing activity.</source>
        <translation>Art. 30.1: registret omfattar varje behandling.</translation>
    </message>
    <message>
        <source>Art. 30(1) and 30(2): controllers and processors each keep a record, with different contents.</source>
        <translation>Art. 30.1 och 30.2: personuppgiftsansvariga och personuppgiftsbiträden för var sitt register, med olika innehåll.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of any joint controller.</source>
        <translation>Art. 30.1 a: namn och kontaktuppgifter för en eventuell gemensamt personuppgiftsansvarig.</translation>
    </message>
    <message>
        <source>Art. 30(2)(a): each controller on whose behalf the processor acts.</source>
        <translation>Art. 30.2 a: varje personuppgiftsansvarig som biträdet arbetar för.</translation>
    </message>
    <message>
        <source>When the activity is next to be reviewed; the checks remind you when it is due.</source>
        <translation>När behandlingen ska ses över nästa gång; kontrollerna påminner dig när det är dags.</translation>
    </message>
    <message>
        <source>The organisation&apos;s interval</source>
        <translation>Organisationens intervall</translation>
    </message>
    <message>
        <source>How often this activity is reviewed, when not as often as the organisation&apos;s interval says.</source>
        <translation>Hur ofta denna behandling ses över, när det inte är så ofta som organisationens intervall säger.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Personuppgiftskategorier</translation>
    </message>
    <message>
        <source>Why personal identity numbers are needed</source>
        <translation>Varför personnummer behövs</translation>
    </message>
    <message>
        <source>National law asks for the reason: in Sweden dataskyddslagen 3 kap. 10 §, in Norway personopplysningsloven § 12, in Denmark databeskyttelsesloven § 11.</source>
        <translation>Nationell lag kräver skälet: i Sverige 3 kap. 10 § dataskyddslagen, i Norge § 12 personopplysningsloven, i Danmark § 11 databeskyttelsesloven.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>None to state</source>
        <translation>Inga att ange</translation>
    </message>
    <message>
        <source>Art. 14(2)(f): from which source the data come, when not from the data subject.</source>
        <translation>Art. 14.2 f: från vilken källa uppgifterna kommer, när de inte kommer från den registrerade.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Art. 30(1)(b): the purposes of the processing.</source>
        <translation>Art. 30.1 b: ändamålen med behandlingen.</translation>
    </message>
    <message>
        <source>Statutory or contractual requirement</source>
        <translation>Lagkrav eller avtalskrav</translation>
    </message>
    <message>
        <source>Neither: providing the data is voluntary</source>
        <translation>Inget krav: det är frivilligt att lämna uppgifterna</translation>
    </message>
    <message>
        <source>Art. 13(2)(e): whether the data subject must provide the data, and what follows if not.</source>
        <translation>Art. 13.2 e: om den registrerade måste lämna uppgifterna, och vad som följer om hen inte gör det.</translation>
    </message>
    <message>
        <source>Art. 22 and 13(2)(f): automated decision-making, including profiling, its logic and its consequences.</source>
        <translation>Art. 22 och 13.2 f: automatiserat beslutsfattande, inklusive profilering, logiken bakom och följderna.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>No recipients</source>
        <translation>Inga mottagare</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Personuppgiftsbiträden</translation>
    </message>
    <message>
        <source>No processors</source>
        <translation>Inga personuppgiftsbiträden</translation>
    </message>
    <message>
        <source>Art. 28(1): only processors with sufficient guarantees are used.</source>
        <translation>Art. 28.1: bara biträden som ger tillräckliga garantier anlitas.</translation>
    </message>
    <message>
        <source>Transfers outside the EU/EEA</source>
        <translation>Överföringar utanför EU/EES</translation>
    </message>
    <message>
        <source>No transfers outside the EU/EEA</source>
        <translation>Inga överföringar utanför EU/EES</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): transfers to a third country, naming the country, and the safeguards.</source>
        <translation>Art. 30.1 e: överföringar till tredjeland, med landet och skyddsåtgärderna.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Lagringsregler</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Ny regel</translation>
    </message>
    <message>
        <source>Art. 30(1)(f): where possible, the envisaged time limits for erasure.</source>
        <translation>Art. 30.1 f: om möjligt de förutsedda tidsfristerna för radering.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Säkerhetsåtgärder</translation>
    </message>
    <message>
        <source>Impact assessment (DPIA)</source>
        <translation>Konsekvensbedömning (DPIA)</translation>
    </message>
    <message>
        <source>Art. 35(1): an impact assessment where the processing is likely to result in a high risk.</source>
        <translation>Art. 35.1: en konsekvensbedömning när behandlingen sannolikt leder till en hög risk.</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Granskas</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Stands for a category of vendors</source>
        <translation>Står för en kategori av leverantörer</translation>
    </message>
    <message>
        <source>Processing locations</source>
        <translation>Behandlingsplatser</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Underbiträden</translation>
    </message>
    <message>
        <source>New sub-processor</source>
        <translation>Nytt underbiträde</translation>
    </message>
    <message>
        <source>No sub-processors</source>
        <translation>Inga underbiträden</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Särskild kategori (art. 9)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Criminal offences (Art. 10)</source>
        <translation>Lagöverträdelser (art. 10)</translation>
    </message>
    <message>
        <source>Personal identity numbers</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Varumärke</translation>
    </message>
    <message>
        <source>Supervisory authority (country)</source>
        <translation>Tillsynsmyndighet (land)</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>How data subjects reach us</source>
        <translation>Hur de registrerade når oss</translation>
    </message>
    <message>
        <source>Art. 12(2): the controller makes it easy for data subjects to exercise their rights.</source>
        <translation>Art. 12.2: den personuppgiftsansvarige underlättar för de registrerade att utöva sina rättigheter.</translation>
    </message>
    <message>
        <source>Review interval of activities</source>
        <translation>Granskningsintervall för behandlingar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <source>None: we have no data protection officer</source>
        <translation>Inget: vi har inget dataskyddsombud</translation>
    </message>
    <message>
        <source>Our data protection officer</source>
        <translation>Vårt dataskyddsombud</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and 37: the contact details of the data protection officer, where there is one.</source>
        <translation>Art. 30.1 a och 37: dataskyddsombudets kontaktuppgifter, om det finns ett.</translation>
    </message>
    <message>
        <source>EU representative (Art. 27)</source>
        <translation>Företrädare i EU (art. 27)</translation>
    </message>
    <message>
        <source>None: we are established in the EU/EEA</source>
        <translation>Ingen: vi är etablerade i EU/EES</translation>
    </message>
    <message>
        <source>Our representative</source>
        <translation>Vår företrädare</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Filen kunde inte läsas eller skrivas: %1</translation>
    </message>
    <message>
        <source>Something went wrong inside ropa-desktop (%1: %2). The register was not changed.</source>
        <translation>Något gick fel i ropa-desktop (%1: %2). Registret ändrades inte.</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Öppna register</translation>
    </message>
    <message>
        <source>Registers (*.ropa);;All files (*)</source>
        <translation>Register (*.ropa);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The register could not be opened</source>
        <translation>Registret kunde inte öppnas</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>Öppet i ett annat fönster</translation>
    </message>
    <message>
        <source>%1 is also open in another ropa-desktop window on this computer. Both windows save every change at once; close one of them to avoid editing the same item twice.</source>
        <translation>%1 är också öppet i ett annat ropa-desktop-fönster på den här datorn. Båda fönstren sparar varje ändring direkt; stäng ett av dem så att ingen post ändras på två ställen samtidigt.</translation>
    </message>
    <message>
        <source>Save the new register as</source>
        <translation>Spara det nya registret som</translation>
    </message>
    <message>
        <source>Registers (*.ropa)</source>
        <translation>Register (*.ropa)</translation>
    </message>
    <message>
        <source>The register could not be created</source>
        <translation>Registret kunde inte skapas</translation>
    </message>
    <message>
        <source>%1 could not be moved aside to %2: %3</source>
        <translation>%1 kunde inte flyttas undan till %2: %3</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 kopia</translation>
    </message>
    <message>
        <source>Save a copy of the register</source>
        <translation>Spara en kopia av registret</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopian sparades inte</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Importera ett register</translation>
    </message>
    <message>
        <source>Register documents (*.json *.xlsx);;All files (*)</source>
        <translation>Registerdokument (*.json *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>The import replaces everything in this register with the file&apos;s content. A copy of the register as it is now is kept beside it. Continue?</source>
        <translation>Importen ersätter allt i registret med filens innehåll. En kopia av registret som det är nu sparas bredvid. Fortsätta?</translation>
    </message>
    <message>
        <source>Imported, with warnings</source>
        <translation>Importerat, med varningar</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Filen importerades inte</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exportera JSON</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON-dokument (*.json)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Exportera Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Ersätt fil</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporterar %1…</translation>
    </message>
    <message>
        <source>The register was not exported</source>
        <translation>Registret exporterades inte</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Sections of the register</source>
        <translation>Registrets delar</translation>
    </message>
    <message>
        <source>What a register is</source>
        <translation>Vad ett register är</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Överföringar</translation>
    </message>
    <message>
        <source>Data subjects, data categories, recipients and security measures</source>
        <translation>Registrerade, uppgiftskategorier, mottagare och säkerhetsåtgärder</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signering</translation>
    </message>
    <message>
        <source>Information notices</source>
        <translation>Informationstexter</translation>
    </message>
    <message>
        <source>ropa-desktop Help</source>
        <translation>Hjälp för ropa-desktop</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Hjälpavsnitt</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjälptext</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inga)</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was moved or deleted.</source>
        <translation>%1 finns inte längre; den har flyttats eller tagits bort.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Det nya språket används från nästa start.</translation>
    </message>
    <message>
        <source>About ropa-desktop</source>
        <translation>Om ropa-desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ropa-desktop %1&lt;/h3&gt;&lt;p&gt;The record of processing activities (GDPR Art. 30), kept on your desktop.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ropa-desktop %1&lt;/h3&gt;&lt;p&gt;Registret över behandlingar (GDPR art. 30), på din dator.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>None: we disclose personal data to no one</source>
        <translation>Inga: vi lämnar inte ut personuppgifter till någon</translation>
    </message>
    <message>
        <source>None: we use no processors</source>
        <translation>Inga: vi anlitar inga personuppgiftsbiträden</translation>
    </message>
    <message>
        <source>None recorded as taken</source>
        <translation>Inga vidtagna åtgärder att ange</translation>
    </message>
    <message>
        <source>Filter by name or description…</source>
        <translation>Filtrera på namn eller beskrivning…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrera %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Add a new %1 (Ctrl+Shift+N)</source>
        <translation>Lägg till: %1 (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Unticked, the list counts as not recorded yet, and the checks ask about it.</source>
        <translation>Utan bock räknas listan som ännu inte ifylld, och kontrollerna frågar efter den.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Ny post: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <source>“%1” is used by these activities:
%2

Delete it and remove it from them?</source>
        <translation>”%1” används av dessa behandlingar:
%2

Ta bort den och ta bort den från dem?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Ta bort: %1</translation>
    </message>
    <message>
        <source>No supervisory authority is known for this country.</source>
        <translation>Ingen tillsynsmyndighet är känd för det här landet.</translation>
    </message>
    <message>
        <source>nothing is recorded yet; the format requires at least one entry</source>
        <translation>inget är registrerat ännu; formatet kräver minst en post</translation>
    </message>
    <message>
        <source>is not recorded yet; the format requires it</source>
        <translation>är inte registrerat ännu; formatet kräver det</translation>
    </message>
    <message>
        <source>has no text in any language</source>
        <translation>saknar text på alla språk</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 ”%2”</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>Registret</translation>
    </message>
    <message>
        <source>Exported, with gaps</source>
        <translation>Exporterad, med luckor</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 sparades.</translation>
    </message>
    <message>
        <source>The file was written, but another program, or an import, will refuse it until these gaps are filled.</source>
        <translation>Filen skrevs, men ett annat program, eller en import, vägrar läsa den tills dessa luckor är ifyllda.</translation>
    </message>
    <message>
        <source>Gaps in the exported document</source>
        <translation>Luckor i det exporterade dokumentet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The checks are not available in this version.</source>
        <translation>Kontrollerna finns inte i den här versionen.</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Registret kontrolleras…</translation>
    </message>
    <message>
        <source>No findings: the register is complete as far as the checks can tell.</source>
        <translation>Inga iakttagelser: registret är komplett så långt kontrollerna kan se.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings. Double-click one to open what it concerns.</source>
        <translation>
            <numerusform>En iakttagelse. Dubbelklicka på den för att öppna det den gäller.</numerusform>
            <numerusform>%n iakttagelser. Dubbelklicka på en för att öppna det den gäller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers are recorded in each activity. Double-click a row to edit it there.</source>
        <translation>Överföringar registreras i varje behandling. Dubbelklicka på en rad för att ändra den där.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <source>Filter transfers</source>
        <translation>Filtrera överföringar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>SCC</source>
        <translation>SCC</translation>
    </message>
    <message>
        <source>TIA</source>
        <translation>TIA</translation>
    </message>
    <message>
        <source>Outside the EU/EEA</source>
        <translation>Utanför EU/EES</translation>
    </message>
    <message>
        <source>Text in this language</source>
        <translation>Text på det här språket</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— inte registrerat —</translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <translation>Kontrollera en signatur</translation>
    </message>
    <message>
        <source>Choose a signed PDF, or an Excel workbook with its signature file (.p7s) beside it. Give the signer&apos;s certificate to check that it was really they who signed.</source>
        <translation>Välj en signerad PDF, eller en Excel-arbetsbok med sin signaturfil (.p7s) bredvid. Ange undertecknarens certifikat för att kontrollera att det verkligen var den personen som signerade.</translation>
    </message>
    <message>
        <source>Signed file</source>
        <translation>Signerad fil</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Betrott certifikat</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>Signed &amp;file:</source>
        <translation>Signerad &amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation>&amp;Betrott certifikat:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signerad av:</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>Signerad:</translation>
    </message>
    <message>
        <source>Unchanged since signing:</source>
        <translation>Oförändrad sedan signeringen:</translation>
    </message>
    <message>
        <source>Signer trusted:</source>
        <translation>Betrodd undertecknare:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Bläddra efter %1</translation>
    </message>
    <message>
        <source>Choose the signed file</source>
        <translation>Välj den signerade filen</translation>
    </message>
    <message>
        <source>Signed exports (*.pdf *.xlsx *.p7s);;All files (*)</source>
        <translation>Signerade exporter (*.pdf *.xlsx *.p7s);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the trusted certificate</source>
        <translation>Välj det betrodda certifikatet</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer *.der);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>The signature could not be checked</source>
        <translation>Signaturen kunde inte kontrolleras</translation>
    </message>
    <message>
        <source>Checking the signature of %1…</source>
        <translation>Kontrollerar signaturen i %1…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(okänt)</translation>
    </message>
    <message>
        <source>Not checked: no trusted certificate was given</source>
        <translation>Inte kontrollerat: inget betrott certifikat angavs</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>Filen är inte signerad.</translation>
    </message>
    <message>
        <source>The file carries no signature that can be checked, or the signature is damaged.</source>
        <translation>Filen har ingen signatur som kan kontrolleras, eller så är signaturen skadad.</translation>
    </message>
    <message>
        <source>Do not rely on this file: it was changed after it was signed.</source>
        <translation>Lita inte på den här filen: den har ändrats efter att den signerades.</translation>
    </message>
    <message>
        <source>The file is unchanged, but it was not signed by the certificate you trust.</source>
        <translation>Filen är oförändrad, men den signerades inte med det certifikat du litar på.</translation>
    </message>
    <message>
        <source>The file is unchanged since %1 signed it. Give their certificate to check that it was really them.</source>
        <translation>Filen är oförändrad sedan %1 signerade den. Ange personens certifikat för att kontrollera att det verkligen var hen.</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>undertecknaren</translation>
    </message>
    <message>
        <source>The file is unchanged since %1 signed it, and the signer is the one you trust.</source>
        <translation>Filen är oförändrad sedan %1 signerade den, och undertecknaren är den du litar på.</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 registrerat</translation>
    </message>
    <message>
        <source>Add new…</source>
        <translation>Lägg till ny…</translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation>Information till registrerade</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Informationens språk</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Publish with gaps?</source>
        <translation>Publicera med luckor?</translation>
    </message>
    <message>
        <source>The register does not fill every item this notice must give (%1). Publish it anyway? The notice log will record that it was published with these gaps.</source>
        <translation>Registret fyller inte i allt som informationen måste innehålla (%1). Vill du publicera den ändå? Loggen över publicerad information kommer att visa att den publicerades med dessa luckor.</translation>
    </message>
    <message>
        <source>Export without logging?</source>
        <translation>Exportera utan att logga?</translation>
    </message>
    <message>
        <source>The register is read-only, so this notice cannot be recorded in its log of published notices. Export it anyway, without a log entry?</source>
        <translation>Registret är skrivskyddat, så den här informationen kan inte föras in i loggen över publicerad information. Vill du exportera den ändå, utan att den loggas?</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Förhandsgranskning av informationen</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Förhandsvisningens status</translation>
    </message>
    <message>
        <source>What the register does not say yet</source>
        <translation>Det registret ännu inte anger</translation>
    </message>
    <message>
        <source>Texts shown in another language</source>
        <translation>Texter som visas på ett annat språk</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Published notices</source>
        <translation>Publicerad information</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>Filens SHA-256</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Luckor</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>All, one section per audience</source>
        <translation>Alla, ett avsnitt per målgrupp</translation>
    </message>
    <message>
        <source>HTML (web page)</source>
        <translation>HTML (webbsida)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Preparing preview…</source>
        <translation>Förhandsvisningen förbereds…</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Förhandsvisningen kunde inte göras: %1</translation>
    </message>
    <message>
        <source>The notice is complete as far as the register can tell.</source>
        <translation>Informationen är fullständig så långt registret kan avgöra.</translation>
    </message>
    <message>
        <source>What the register does not say yet (%1):</source>
        <translation>Det registret ännu inte anger (%1):</translation>
    </message>
    <message>
        <source>Every text is in the notice&apos;s language.</source>
        <translation>Alla texter finns på informationens språk.</translation>
    </message>
    <message>
        <source>Texts shown in another language (%1):</source>
        <translation>Texter som visas på ett annat språk (%1):</translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation>Skriv ut informationen</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webbsidor (*.html)</translation>
    </message>
    <message>
        <source>Export the notice</source>
        <translation>Exportera informationen</translation>
    </message>
    <message>
        <source>%1 was written but not recorded in the log of published notices: the register is read-only.</source>
        <translation>%1 skrevs men fördes inte in i loggen över publicerad information: registret är skrivskyddat.</translation>
    </message>
    <message>
        <source>The notice was not exported</source>
        <translation>Informationen exporterades inte</translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation>Alla målgrupper</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (borttagen)</translation>
    </message>
    <message>
        <source>published with gaps: %1</source>
        <translation>publicerad med luckor: %1</translation>
    </message>
    <message>
        <source>Compare with the SHA-256 of the published file to prove which text it was.</source>
        <translation>Jämför med den publicerade filens SHA-256 för att visa vilken text det var.</translation>
    </message>
    <message>
        <source>Published (%1)</source>
        <translation>Publicerad (%1)</translation>
    </message>
    <message>
        <source>Sign the export?</source>
        <translation>Signera exporten?</translation>
    </message>
    <message>
        <source>A signed export shows who made it and proves that it has not been changed since. How do you want to sign it?</source>
        <translation>En signerad export visar vem som gjorde den och bevisar att den inte har ändrats sedan dess. Hur vill du signera den?</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Signera som %1</translation>
    </message>
    <message>
        <source>Sign with…</source>
        <translation>Signera med…</translation>
    </message>
    <message>
        <source>Create a signing identity…</source>
        <translation>Skapa en signeringsidentitet…</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>Signera inte</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Fönstrets språk</translation>
    </message>
    <message>
        <source>Default signing identity</source>
        <translation>Förvald signeringsidentitet</translation>
    </message>
    <message>
        <source>the identity used last</source>
        <translation>den identitet som användes senast</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Förvald exportmapp</translation>
    </message>
    <message>
        <source>the folder used last</source>
        <translation>den mapp som användes senast</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Review interval of new registers</source>
        <translation>Granskningsintervall för nya register</translation>
    </message>
    <message>
        <source>Default &amp;signing identity:</source>
        <translation>Förvald &amp;signeringsidentitet:</translation>
    </message>
    <message>
        <source>Default export &amp;folder:</source>
        <translation>Förvald export&amp;mapp:</translation>
    </message>
    <message>
        <source>&amp;Review new registers every:</source>
        <translation>&amp;Granska nya register var:</translation>
    </message>
    <message>
        <source>A new language is used from the next start. A register&apos;s own review interval is set on its Organisation page.</source>
        <translation>Ett nytt språk används från nästa start. Ett registers eget granskningsintervall anges på dess sida Organisation.</translation>
    </message>
    <message>
        <source>Choose your signing identity</source>
        <translation>Välj din signeringsidentitet</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>Signeringsidentiteter (*.p12 *.pfx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The export was not signed</source>
        <translation>Exporten signerades inte</translation>
    </message>
    <message>
        <source>The password was wrong. Type the password of %1 again (attempt %2 of %3):</source>
        <translation>Lösenordet var fel. Skriv lösenordet till %1 igen (försök %2 av %3):</translation>
    </message>
    <message>
        <source>A signing identity lets you sign exports: a signed file shows who made it and that it has not been changed since.</source>
        <translation>Med en signeringsidentitet kan du signera exporter: en signerad fil visar vem som gjorde den och att den inte har ändrats sedan dess.</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>Signerarens namn</translation>
    </message>
    <message>
        <source>The signer&apos;s e-mail</source>
        <translation>Signerarens e-post</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Samma lösenord igen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>The identity is saved in %1. Back it up as you back up other important files (copy the .p12 file to a safe place); keep its password apart from it. Neither can be recovered if lost.</source>
        <translation>Identiteten sparas i %1. Säkerhetskopiera den som andra viktiga filer (kopiera .p12-filen till en säker plats) och förvara lösenordet skilt från den. Ingen av dem kan återskapas om den går förlorad.</translation>
    </message>
    <message>
        <source>Type the name of the person who signs.</source>
        <translation>Skriv namnet på den som signerar.</translation>
    </message>
    <message>
        <source>Choose a password to protect the identity.</source>
        <translation>Välj ett lösenord som skyddar identiteten.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De två lösenorden skiljer sig åt.</translation>
    </message>
    <message>
        <source>Create and sign as %1</source>
        <translation>Skapa och signera som %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>Lösenordet till %1:</translation>
    </message>
    <message>
        <source>Create a signing identity</source>
        <translation>Skapa en signeringsidentitet</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>posten</translation>
    </message>
    <message>
        <source>“%1” was deleted by %2 at %3, in another window or on another computer. Your change was not saved. Reload to see the register as it is now.</source>
        <translation>”%1” togs bort av %2 kl. %3, i ett annat fönster eller på en annan dator. Din ändring sparades inte. Läs om för att se registret som det är nu.</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window or on another computer. Your change was not saved. Reload to see the register as it is now.</source>
        <translation>”%1” togs bort i ett annat fönster eller på en annan dator. Din ändring sparades inte. Läs om för att se registret som det är nu.</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3, in another window or on another computer, after you opened it. Your change was not saved, so that it does not overwrite theirs. Reload to see their version, then make your change again if it is still needed.</source>
        <translation>”%1” ändrades av %2 kl. %3, i ett annat fönster eller på en annan dator, efter att du öppnade den. Din ändring sparades inte, så att den inte skriver över deras. Läs om för att se deras version, och gör sedan din ändring igen om den fortfarande behövs.</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or on another computer after you opened it. Your change was not saved, so that it does not overwrite theirs. Reload to see their version, then make your change again if it is still needed.</source>
        <translation>”%1” ändrades i ett annat fönster eller på en annan dator efter att du öppnade den. Din ändring sparades inte, så att den inte skriver över deras. Läs om för att se deras version, och gör sedan din ändring igen om den fortfarande behövs.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <source>“Not now” keeps what you typed on screen, so you can copy it; View → Reload shows their version later.</source>
        <translation>”Inte nu” låter det du skrev stå kvar på skärmen så att du kan kopiera det; Visa → Läs om visar deras version senare.</translation>
    </message>
    <message>
        <source>This register is also open by %1 on %2 since %3. You can both work: if you both change the same item, the second save is refused and you are asked to reload.</source>
        <translation>Registret är också öppet hos %1 på %2 sedan %3. Ni kan båda arbeta: om ni båda ändrar samma post vägras den andra sparningen och du ombeds läsa om.</translation>
    </message>
    <message numerus="yes">
        <source>This register is also open by %1 on %2 since %3, and by %n more. You can all work: if two of you change the same item, the second save is refused and that person is asked to reload.</source>
        <translation>
            <numerusform>Registret är också öppet hos %1 på %2 sedan %3, och hos %n till. Ni kan alla arbeta: om två av er ändrar samma post vägras den andra sparningen och den personen ombeds läsa om.</numerusform>
            <numerusform>Registret är också öppet hos %1 på %2 sedan %3, och hos %n till. Ni kan alla arbeta: om två av er ändrar samma post vägras den andra sparningen och den personen ombeds läsa om.</numerusform>
        </translation>
    </message>
    <message>
        <source>This register is read-only here: you can read, check and export it, but not change it. Copy it to a folder you can write to, to work on it.</source>
        <translation>Registret är skrivskyddat här: du kan läsa, granska och exportera det, men inte ändra det. Kopiera det till en mapp du kan skriva i för att arbeta med det.</translation>
    </message>
    <message>
        <source>This register is in a folder that %1 synchronises. Open it on one computer at a time: the service does not carry the register&apos;s locks, so two computers could overwrite each other&apos;s work.</source>
        <translation>Registret ligger i en mapp som %1 synkroniserar. Öppna det på en dator i taget: tjänsten för inte över registrets lås, så två datorer kan skriva över varandras arbete.</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
    <message>
        <source>What does the law ask? %1</source>
        <translation>Vad kräver lagen? %1</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancerat</translation>
    </message>
    <message>
        <source>“%1” is not a country in the list: pick one of the names offered.</source>
        <translation>”%1” är inget land i listan: välj ett av de namn som visas.</translation>
    </message>
    <message>
        <source>Type a country&apos;s name…</source>
        <translation>Skriv ett lands namn…</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Lägg till land</translation>
    </message>
    <message>
        <source>Country to add to %1</source>
        <translation>Land att lägga till i %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <source>as written in the register: %1</source>
        <translation>som det står i registret: %1</translation>
    </message>
    <message>
        <source>%1: number</source>
        <translation>%1: antal</translation>
    </message>
    <message>
        <source>%1: unit</source>
        <translation>%1: enhet</translation>
    </message>
    <message>
        <source>%1 was saved in %2.</source>
        <translation>%1 sparades i %2.</translation>
    </message>
    <message>
        <source>It is signed: the signature is the file %1 beside it. Always send or store the two files together; without %1 nobody can check the workbook.</source>
        <translation>Den är signerad: signaturen är filen %1 bredvid. Skicka och spara alltid de två filerna tillsammans; utan %1 kan ingen kontrollera arbetsboken.</translation>
    </message>
    <message>
        <source>It is signed: the signature is inside the PDF.</source>
        <translation>Den är signerad: signaturen finns i PDF-filen.</translation>
    </message>
    <message>
        <source>The findings of the checks are included.</source>
        <translation>Kontrollernas anmärkningar ingår.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mapp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Informationstext</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopia</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Sparat läge</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Sparat kl. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retire or delete?</source>
        <translation>Avsluta eller radera?</translation>
    </message>
    <message>
        <source>Retire “%1”? A retired activity stays in the register, marked as no longer carried out, so you can show what was processed and when it stopped. Delete removes it; only the history keeps it.</source>
        <translation>Avsluta ”%1”? En avslutad behandling står kvar i registret, markerad som inte längre utförd, så att du kan visa vad som behandlades och när det upphörde. Radera tar bort den; bara historiken behåller den.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Radera helt</translation>
    </message>
    <message>
        <source>Retire “%1”</source>
        <translation>Avsluta ”%1”</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Återställ ”%1”</translation>
    </message>
    <message>
        <source>Mark “%1” reviewed</source>
        <translation>Markera ”%1” som granskad</translation>
    </message>
    <message>
        <source>Mark the agreement with “%1” reviewed</source>
        <translation>Markera personuppgiftsbiträdesavtalet med ”%1” som granskat</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Granskningar som ska göras</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Markera som granskad</translation>
    </message>
    <message>
        <source>Export review calendar…</source>
        <translation>Exportera granskningskalender…</translation>
    </message>
    <message>
        <source>Every scheduled review as an iCalendar file for Outlook or Apple Calendar; exporting again updates the same events.</source>
        <translation>Alla planerade granskningar som en iCalendar-fil för Outlook eller Apple Kalender; en ny export uppdaterar samma händelser.</translation>
    </message>
    <message>
        <source>Nothing is overdue or due for review within 30 days.</source>
        <translation>Ingen granskning är försenad eller ska göras inom 30 dagar.</translation>
    </message>
    <message>
        <source>Overdue: %1. Due within 30 days: %2.</source>
        <translation>Försenade: %1. Ska göras inom 30 dagar: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>försenad med %n dag</numerusform>
            <numerusform>försenad med %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled reviews written to %1.</source>
        <translation>
            <numerusform>%n planerad granskning skriven till %1.</numerusform>
            <numerusform>%n planerade granskningar skrivna till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>The selected activity or processor agreement was reviewed today: its next review moves on by its review interval.</source>
        <translation>Den valda behandlingen eller det valda personuppgiftsbiträdesavtalet granskades i dag: nästa granskning flyttas fram med granskningsintervallet.</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>Behandlingen ”%1”</translation>
    </message>
    <message>
        <source>Processor agreement with %1</source>
        <translation>Personuppgiftsbiträdesavtalet med %1</translation>
    </message>
    <message>
        <source>Export review calendar</source>
        <translation>Exportera granskningskalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not exported</source>
        <translation>Kalendern exporterades inte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>The register&apos;s settings</source>
        <translation>Registrets inställningar</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>alla datum</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Jämför versioner</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>The same comparison as a PDF document, to file or send on.</source>
        <translation>Samma jämförelse som PDF-dokument, att arkivera eller skicka vidare.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alla poster</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The register now</source>
        <translation>Registret nu</translation>
    </message>
    <message>
        <source>No version has been issued yet: exporting the register for the supervisory authority, or signed, issues version 1.</source>
        <translation>Ingen version har utfärdats än: en export av registret för tillsynsmyndigheten, eller en signerad export, utfärdar version 1.</translation>
    </message>
    <message>
        <source>The versions could not be compared</source>
        <translation>Versionerna kunde inte jämföras</translation>
    </message>
    <message>
        <source>The activity was not duplicated</source>
        <translation>Behandlingen duplicerades inte</translation>
    </message>
    <message>
        <source>Welcome to ropa-desktop</source>
        <translation>Välkommen till ropa-desktop</translation>
    </message>
    <message>
        <source>ropa-desktop keeps your record of processing activities (GDPR Art. 30). How would you like to begin?</source>
        <translation>I ropa-desktop för du registret över behandlingar (art. 30 i dataskyddsförordningen). Hur vill du börja?</translation>
    </message>
    <message>
        <source>Look around in the demo register</source>
        <translation>Titta runt i demoregistret</translation>
    </message>
    <message>
        <source>A small company&apos;s register, filled in, to try everything on</source>
        <translation>Ett litet företags register, ifyllt, att prova allt på</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Öppna ett register</translation>
    </message>
    <message>
        <source>A register file you or a colleague keeps</source>
        <translation>En registerfil som du eller en kollega för</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importera ett kalkylark</translation>
    </message>
    <message>
        <source>Start a new register from the spreadsheet you keep your register in today</source>
        <translation>Börja ett nytt register från kalkylarket du för ditt register i i dag</translation>
    </message>
    <message>
        <source>Start from typical activities</source>
        <translation>Börja från typiska behandlingar</translation>
    </message>
    <message>
        <source>Start a new register and add activities we wrote for Nordic small companies</source>
        <translation>Börja ett nytt register och lägg till behandlingar som vi har skrivit för små nordiska företag</translation>
    </message>
    <message>
        <source>The demo register could not be made</source>
        <translation>Demoregistret kunde inte skapas</translation>
    </message>
    <message>
        <source>New activity from template</source>
        <translation>Ny behandling från mall</translation>
    </message>
    <message>
        <source>Choose a typical activity. It is added as a draft with the law of your organisation&apos;s country: review it, name its processors and set it active.</source>
        <translation>Välj en typisk behandling. Den läggs till som utkast med lagen i organisationens land: gå igenom den, ange personuppgiftsbiträdena och gör den aktiv.</translation>
    </message>
    <message>
        <source>Activity templates</source>
        <translation>Mallar för behandlingar</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Lägg till behandling</translation>
    </message>
    <message>
        <source>The activity was not added</source>
        <translation>Behandlingen lades inte till</translation>
    </message>
    <message>
        <source>Save the comparison as PDF</source>
        <translation>Spara jämförelsen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The comparison was not saved</source>
        <translation>Jämförelsen sparades inte</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Imported activities to review</source>
        <translation>Importerade behandlingar att granska</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1 on %2: %n activities to review</source>
        <translation>
            <numerusform>Importerat från %1 den %2: %n behandling att granska</numerusform>
            <numerusform>Importerat från %1 den %2: %n behandlingar att granska</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the activity and review it.</source>
        <translation>Dubbelklicka för att öppna behandlingen och granska den.</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>The list could not be read</source>
        <translation>Listan kunde inte läsas</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Rättsliga grunder</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa granskning</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>DPA</source>
        <translation>Biträdesavtal</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Särskild kategori</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>en</source>
        <translation>sv</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gemensamt personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>Processor (on behalf of others)</source>
        <translation>Personuppgiftsbiträde (för andras räkning)</translation>
    </message>
    <message>
        <source>Draft (planned)</source>
        <translation>Utkast (planerad)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Consent – Art. 6(1)(a)</source>
        <translation>Samtycke – art. 6.1 a</translation>
    </message>
    <message>
        <source>Contract – Art. 6(1)(b)</source>
        <translation>Avtal – art. 6.1 b</translation>
    </message>
    <message>
        <source>Legal obligation – Art. 6(1)(c)</source>
        <translation>Rättslig förpliktelse – art. 6.1 c</translation>
    </message>
    <message>
        <source>Vital interests – Art. 6(1)(d)</source>
        <translation>Grundläggande intressen – art. 6.1 d</translation>
    </message>
    <message>
        <source>Public task – Art. 6(1)(e)</source>
        <translation>Allmänt intresse / myndighetsutövning – art. 6.1 e</translation>
    </message>
    <message>
        <source>Legitimate interests – Art. 6(1)(f)</source>
        <translation>Berättigat intresse – art. 6.1 f</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Ras eller etniskt ursprung</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Politiska åsikter</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation>Religiös eller filosofisk övertygelse</translation>
    </message>
    <message>
        <source>Trade union membership</source>
        <translation>Medlemskap i fackförening</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Genetiska uppgifter</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Biometriska uppgifter</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation>Sexualliv eller sexuell läggning</translation>
    </message>
    <message>
        <source>Special category (not specified)</source>
        <translation>Särskild kategori (ej angiven)</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tredje part</translation>
    </message>
    <message>
        <source>Group company</source>
        <translation>Koncernbolag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Krävs inte</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Teknisk</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisk</translation>
    </message>
    <message>
        <source>The data subject</source>
        <translation>Den registrerade</translation>
    </message>
    <message>
        <source>A third party</source>
        <translation>En tredje part</translation>
    </message>
    <message>
        <source>Public sources</source>
        <translation>Offentliga källor</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Beslut om adekvat skyddsnivå</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standardavtalsklausuler</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Bindande företagsbestämmelser</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Uppförandekod</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certifiering</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Undantag (art. 49)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>In negotiation</source>
        <translation>Förhandlas</translation>
    </message>
    <message>
        <source>Outdated (2010 clauses)</source>
        <translation>Föråldrade (2010 års klausuler)</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Behövs inte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Inte bedömt ännu</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noteringar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Personuppgiftsbiträden</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Personuppgiftskategorier</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Säkerhetsåtgärder</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>behandling</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>data subject category</source>
        <translation>kategori av registrerade</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>personuppgiftskategori</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>mottagare</translation>
    </message>
    <message>
        <source>security measure</source>
        <translation>säkerhetsåtgärd</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Vänta</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
</TS>
