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
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
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
        <source>Information &amp;notice…</source>
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
        <source>The selected activity was reviewed today: its next review moves on by its review interval.</source>
        <translation>Den valda behandlingen granskades i dag: nästa granskning flyttas fram med behandlingens granskningsintervall.</translation>
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
    <name>errors</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kan inte skrivas: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>mappen {folder} finns inte</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or allow replacing it (--force)</source>
        <translation>{path} finns redan; välj ett annat namn eller välj att ersätta filen</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {reason}</source>
        <translation>det går inte att skriva i mappen {folder}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a register file: an export never replaces a register; choose another name</source>
        <translation>{path} är en registerfil: en export ersätter aldrig ett register; välj ett annat namn</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} finns inte</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>{name}: the sheet &apos;{sheet}&apos; is missing</source>
        <translation>{name}: bladet &apos;{sheet}&apos; saknas</translation>
    </message>
    <message>
        <source>{name} was changed after it was exported (the sheet &apos;{sheet}&apos; has {found} activity rows instead of {expected}); ropa-desktop imports only unchanged exports — make the changes in the register instead</source>
        <translation>{name} har ändrats efter exporten (bladet &apos;{sheet}&apos; har {found} rader med behandlingar i stället för {expected}); ropa-desktop importerar bara oförändrade exporter – gör ändringarna i registret i stället</translation>
    </message>
    <message>
        <source>{name} was changed after it was exported (sheet &apos;{sheet}&apos;: {cells}); ropa-desktop imports only unchanged exports — make the changes in the register instead</source>
        <translation>{name} har ändrats efter exporten (bladet &apos;{sheet}&apos;: {cells}); ropa-desktop importerar bara oförändrade exporter – gör ändringarna i registret i stället</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) or is damaged</source>
        <translation>{name} är ingen Excel-arbetsbok (.xlsx), eller så är den skadad</translation>
    </message>
    <message>
        <source>{name} was not exported by ropa-desktop (it has no register data), so it cannot be imported; import the JSON register instead</source>
        <translation>{name} har inte exporterats från ropa-desktop (den saknar registerdata) och kan därför inte importeras; importera registret som JSON i stället</translation>
    </message>
    <message>
        <source>{name}: the register data sheet is damaged</source>
        <translation>{name}: bladet med registerdata är skadat</translation>
    </message>
    <message>
        <source>{name} was written by a newer ropa-desktop (workbook format {version})</source>
        <translation>{name} har skrivits av en nyare version av ropa-desktop (arbetsboksformat {version}); uppdatera ropa-desktop för att importera den</translation>
    </message>
    <message>
        <source>{name} is not a register file: choose a .json or .xlsx file</source>
        <translation>{name} är ingen registerfil: välj en .json- eller .xlsx-fil</translation>
    </message>
    <message>
        <source>{name} already holds a register; import into a new register, or confirm that its content is to be replaced (ropa import --replace)</source>
        <translation>{name} innehåller redan ett register; importera till ett nytt register, eller bekräfta att innehållet ska ersättas</translation>
    </message>
    <message>
        <source>{source} is not a register in the &apos;{format}&apos; format</source>
        <translation>{source} är inget register i formatet &apos;{format}&apos;</translation>
    </message>
    <message>
        <source>{source} is format version {version}; this version of ropa-desktop reads version {supported}</source>
        <translation>{source} har formatversion {version}; den här versionen av ropa-desktop läser version {supported}</translation>
    </message>
    <message>
        <source>{source} is not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>{source} är inte giltig JSON: {reason} på rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <source>{source} was not imported: {problem}</source>
        <translation>{source} importerades inte: {problem}</translation>
    </message>
    <message>
        <source>it is not a text file (it holds NUL bytes)</source>
        <translation>den är ingen textfil (den innehåller NUL-byte)</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB, far more than any register needs; is it the right file?</source>
        <translation>den är större än {limit} MB, långt mer än något register behöver; är det rätt fil?</translation>
    </message>
    <message>
        <source>it is not UTF-8 text: the byte at position {offset} cannot be read as UTF-8</source>
        <translation>den är inte UTF-8-text: byten på position {offset} kan inte läsas som UTF-8</translation>
    </message>
    <message>
        <source>its values are nested deeper than {limit} levels</source>
        <translation>dess värden är nästlade djupare än {limit} nivåer</translation>
    </message>
    <message>
        <source>{source} was not imported: {path}: {problem}</source>
        <translation>{source} importerades inte: {path}: {problem}</translation>
    </message>
    <message>
        <source>{source} was not imported: {count} problems found</source>
        <translation>{source} importerades inte: {count} problem hittades</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… och {count} till</translation>
    </message>
    <message>
        <source>cannot export to &apos;{name}&apos;: use .json, .pdf or .xlsx</source>
        <translation>det går inte att exportera till &apos;{name}&apos;: använd .json, .pdf eller .xlsx</translation>
    </message>
    <message>
        <source>only PDF and Excel exports can be signed, not {name}</source>
        <translation>bara PDF- och Excel-exporter kan signeras, inte {name}</translation>
    </message>
    <message>
        <source>the export labels exist in {langs}, not in &apos;{lang}&apos;</source>
        <translation>exportens rubriker finns på {langs}, inte på &apos;{lang}&apos;</translation>
    </message>
    <message>
        <source>{path}: the notice is written as .html or .pdf, not &apos;{suffix}&apos;</source>
        <translation>{path}: informationen skrivs som .html eller .pdf, inte som &apos;{suffix}&apos;</translation>
    </message>
    <message>
        <source>the register has no data subject category &apos;{audience}&apos; (it has: {known})</source>
        <translation>registret har ingen kategori av registrerade med id &apos;{audience}&apos; (det har: {known})</translation>
    </message>
    <message>
        <source>the notice was not published: the register leaves {count} of its items unfilled</source>
        <translation>informationen publicerades inte: registret fyller inte i {count} av de uppgifter som informationen ska innehålla</translation>
    </message>
    <message>
        <source>the exported notice {path} cannot be read to record it: {reason}</source>
        <translation>den exporterade informationstexten {path} kan inte läsas, så den kan inte föras in i loggen: {reason}</translation>
    </message>
    <message>
        <source>the notice was built as version {built}, but the log now calls for version {version} (someone published this notice meanwhile); build and export it again</source>
        <translation>informationstexten togs fram som version {built}, men enligt loggen är det nu version {version} (någon har publicerat den under tiden); ta fram och exportera den igen</translation>
    </message>
    <message>
        <source>the identity cannot sign: {reason}</source>
        <translation>identiteten kan inte signera: {reason}</translation>
    </message>
    <message>
        <source>the certificate of {name} is valid from {start} to {end}, not on {today}; it cannot sign. Create or obtain a new signing identity</source>
        <translation>certifikatet för {name} gäller från {start} till {end}, inte den {today}; det kan inte signera. Skapa eller skaffa en ny signeringsidentitet</translation>
    </message>
    <message>
        <source>{name} holds no private key and certificate to sign with</source>
        <translation>{name} innehåller ingen privat nyckel och inget certifikat att signera med</translation>
    </message>
    <message>
        <source>choose a password to protect the new identity</source>
        <translation>välj ett lösenord som skyddar den nya identiteten</translation>
    </message>
    <message>
        <source>{name}: a signing identity is saved as a .p12 (or .pfx) file; choose a name ending in .p12</source>
        <translation>{name}: en signeringsidentitet sparas som en .p12-fil (eller .pfx); välj ett namn som slutar på .p12</translation>
    </message>
    <message>
        <source>the identity needs the signer&apos;s name</source>
        <translation>identiteten behöver undertecknarens namn</translation>
    </message>
    <message>
        <source>the signing identity {path} does not exist</source>
        <translation>signeringsidentiteten {path} finns inte</translation>
    </message>
    <message>
        <source>the signing identity {path} cannot be read: {reason}</source>
        <translation>signeringsidentiteten {path} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a PKCS#12 identity (.p12/.pfx) or is damaged</source>
        <translation>{name} är ingen signeringsidentitet (.p12/.pfx), eller så är den skadad</translation>
    </message>
    <message>
        <source>the password for {name} is wrong</source>
        <translation>lösenordet för {name} är fel</translation>
    </message>
    <message>
        <source>{path} is the register itself; choose another name for the copy</source>
        <translation>{path} är själva registret; välj ett annat namn för kopian</translation>
    </message>
    <message>
        <source>{name} is not a PDF that can be signed: {reason}</source>
        <translation>{name} är ingen PDF som kan signeras: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be signed: {reason}</source>
        <translation>{name} kunde inte signeras: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a PDF and has no signature file {signature} beside it</source>
        <translation>{name} är ingen PDF, och det finns ingen signaturfil {signature} bredvid den</translation>
    </message>
    <message>
        <source>the trusted certificate {path} cannot be read: {reason}</source>
        <translation>det betrodda certifikatet {path} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a certificate (PEM or DER)</source>
        <translation>{name} är inget certifikat (PEM eller DER)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it</source>
        <translation>{path} finns redan; välj ett annat namn eller öppna filen</translation>
    </message>
    <message>
        <source>{name} is named like an export ({suffix}), not a register; name the register file with .ropa, e.g. {suggestion}</source>
        <translation>{name} har ett namn som en export ({suffix}), inte som ett register; ge registerfilen ändelsen .ropa, t.ex. {suggestion}</translation>
    </message>
    <message>
        <source>{path} was written by an older version of ropa-desktop and is read-only here, so it cannot be upgraded; copy it to a folder you can write to and open the copy</source>
        <translation>{path} skrevs av en äldre version av ropa-desktop och är skrivskyddad här, så den kan inte uppgraderas; kopiera den till en mapp du kan skriva i och öppna kopian</translation>
    </message>
    <message>
        <source>{path} is read-only here and part of its content is still in {wal}; copy both files to a folder you can write to and open the copy</source>
        <translation>{path} är skrivskyddad här och en del av innehållet finns fortfarande i {wal}; kopiera båda filerna till en mapp du kan skriva i och öppna kopian</translation>
    </message>
    <message>
        <source>the backup copy {path} could not be written: {reason}</source>
        <translation>säkerhetskopian {path} kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}</source>
        <translation>{path} kan inte skapas: {reason}</translation>
    </message>
    <message>
        <source>a register needs at least one language</source>
        <translation>ett register behöver minst ett språk</translation>
    </message>
    <message>
        <source>{path} is a folder, not a register file</source>
        <translation>{path} är en mapp, inte en registerfil</translation>
    </message>
    <message>
        <source>{path} is not a ropa-desktop register</source>
        <translation>{path} är inget register från ropa-desktop</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. Restore it from a backup: the newest copy ropa-desktop kept before an import is {backup}</source>
        <translation>{path} är skadad och kan inte läsas. Återställ den från en säkerhetskopia: den senaste kopian som ropa-desktop sparade före en import är {backup}</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. Restore it from a backup (ropa-desktop keeps one before each import that replaces a register, named {pattern} beside it)</source>
        <translation>{path} är skadad och kan inte läsas. Återställ den från en säkerhetskopia (ropa-desktop sparar en före varje import som ersätter ett register, med namnet {pattern} bredvid filen)</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of ropa-desktop (file version {version}, this program reads up to {latest}); update ropa-desktop to open it</source>
        <translation>{path} har skrivits av en nyare version av ropa-desktop (filversion {version}; den här versionen läser upp till {latest}); uppdatera ropa-desktop för att öppna den</translation>
    </message>
    <message>
        <source>{path} could not be upgraded to this version: {reason}</source>
        <translation>{path} kunde inte uppgraderas till den här versionen: {reason}</translation>
    </message>
    <message>
        <source>the register&apos;s languages must be a non-empty list without repeats</source>
        <translation>registret måste ha minst ett språk, och inget språk får finnas med två gånger</translation>
    </message>
    <message>
        <source>the change could not be saved, and nothing was changed: {reason}</source>
        <translation>ändringen kunde inte sparas, och ingenting ändrades: {reason}</translation>
    </message>
    <message>
        <source>the register could not be written: {reason}</source>
        <translation>registret kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <source>the disk is full: nothing was saved. Free some space and try again</source>
        <translation>disken är full: ingenting sparades. Frigör utrymme och försök igen</translation>
    </message>
    <message>
        <source>the register file could not be written (disk error): nothing was saved</source>
        <translation>registerfilen kunde inte skrivas (diskfel): ingenting sparades</translation>
    </message>
    <message>
        <source>the register is busy: another window or program is saving to it. Try again in a moment.</source>
        <translation>registret är upptaget: ett annat fönster eller program sparar i det. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>the register file is read-only; copy it to a folder you can write to</source>
        <translation>registerfilen är skrivskyddad; kopiera den till en mapp där du kan spara</translation>
    </message>
    <message>
        <source>there is already a {kind} with the id &apos;{id}&apos;</source>
        <translation>{kind} kan inte läggas till: id:t &apos;{id}&apos; används redan</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos; no longer exists: it was deleted, perhaps in another window</source>
        <translation>{kind} &apos;{id}&apos; finns inte längre: posten har tagits bort, kanske i ett annat fönster</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos; no longer exists</source>
        <translation>{kind} &apos;{id}&apos; finns inte längre</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos; is used by 1 activity: {names}</source>
        <translation>{kind} &apos;{id}&apos; används av en behandling: {names}</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos; is used by {count} activities: {names}</source>
        <translation>{kind} &apos;{id}&apos; används av {count} behandlingar: {names}</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos; is used by {count} activities: {names} and {more} more</source>
        <translation>{kind} &apos;{id}&apos; används av {count} behandlingar: {names} och {more} till</translation>
    </message>
    <message>
        <source>{what} was changed by {user} at {at} in another window or program since you opened it; your change was not saved so as not to overwrite theirs. Reload to see their version.</source>
        <translation>{what} har ändrats av {user} ({at}) i ett annat fönster eller program sedan du öppnade registret. Din ändring sparades inte, för att inte skriva över deras. Läs om registret för att se deras version.</translation>
    </message>
    <message>
        <source>{what} was changed in another window or program since you opened it; your change was not saved so as not to overwrite theirs. Reload to see their version.</source>
        <translation>{what} har ändrats i ett annat fönster eller program sedan du öppnade registret. Din ändring sparades inte, för att inte skriva över deras. Läs om registret för att se deras version.</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos;</source>
        <translation>{kind} &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>the organisation&apos;s details</source>
        <translation>organisationens uppgifter</translation>
    </message>
    <message>
        <source>the activity refers to a catalogue item that does not exist (deleted in another window?)</source>
        <translation>behandlingen hänvisar till en post som inte finns (borttagen i ett annat fönster?)</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>behandlingen</translation>
    </message>
    <message>
        <source>data subject category</source>
        <translation>kategorin av registrerade</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>personuppgiftskategorin</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>mottagaren</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>personuppgiftsbiträdet</translation>
    </message>
    <message>
        <source>security measure</source>
        <translation>säkerhetsåtgärden</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>krävs men saknas</translation>
    </message>
    <message>
        <source>has unknown field {names}: the format does not define it (fields of your own must start with &apos;x-&apos;)</source>
        <translation>har okänt fält {names}: formatet definierar det inte (egna fält måste börja med &apos;x-&apos;)</translation>
    </message>
    <message>
        <source>{value} is not allowed here; use one of: {allowed}</source>
        <translation>{value} är inte tillåtet här; använd något av: {allowed}</translation>
    </message>
    <message>
        <source>must be {expected}, not {value}</source>
        <translation>måste vara {expected}, inte {value}</translation>
    </message>
    <message>
        <source>must be {expected}, not {found}</source>
        <translation>måste vara {expected}, inte {found}</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>en text</translation>
    </message>
    <message>
        <source>an object with fields</source>
        <translation>ett objekt med fält</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} eller {second}</translation>
    </message>
    <message>
        <source>{value} is not an id of lowercase letters a–z, digits and hyphens, starting with a letter or digit (at most 64 characters)</source>
        <translation>{value} är inget id av små bokstäver a–z, siffror och bindestreck som börjar med en bokstav eller siffra (högst 64 tecken)</translation>
    </message>
    <message>
        <source>{value} is not a date written YYYY-MM-DD</source>
        <translation>{value} är inget datum skrivet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>{value} is not a timestamp with a time zone, e.g. 2026-03-01T12:00:00Z</source>
        <translation>{value} är ingen tidpunkt med tidszon, t.ex. 2026-03-01T12:00:00Z</translation>
    </message>
    <message>
        <source>{value} is not an ISO 8601 duration such as P12M, P7Y or P90D</source>
        <translation>{value} är ingen tidslängd enligt ISO 8601, som P12M, P7Y eller P90D</translation>
    </message>
    <message>
        <source>{value} is not a two-letter ISO country code in capitals, e.g. SE</source>
        <translation>{value} är ingen landskod enligt ISO med två versaler, t.ex. SE</translation>
    </message>
    <message>
        <source>{value} is not a two-letter language code in lowercase, e.g. sv</source>
        <translation>{value} är ingen språkkod med två små bokstäver, t.ex. sv</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address</source>
        <translation>{value} är ingen e-postadress</translation>
    </message>
    <message>
        <source>{value} is not an absolute web address such as https://example.com</source>
        <translation>{value} är ingen fullständig webbadress som https://example.com</translation>
    </message>
    <message>
        <source>{value} is not in the expected form</source>
        <translation>{value} har inte den form som krävs</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>must list at least {count} entries</source>
        <translation>måste ha minst {count} poster</translation>
    </message>
    <message>
        <source>must list at most {count} entries</source>
        <translation>får ha högst {count} poster</translation>
    </message>
    <message>
        <source>lists the same entry twice</source>
        <translation>innehåller samma post två gånger</translation>
    </message>
    <message>
        <source>must hold at least one text</source>
        <translation>måste ha en text på minst ett språk</translation>
    </message>
    <message>
        <source>{value} is too small: the least allowed is {limit}</source>
        <translation>{value} är för litet: det minsta tillåtna är {limit}</translation>
    </message>
    <message>
        <source>{value} is too large: the most allowed is {limit}</source>
        <translation>{value} är för stort: det största tillåtna är {limit}</translation>
    </message>
    <message>
        <source>a processor activity has no purposes of its own (the controller decides them)</source>
        <translation>en behandling som utförs som personuppgiftsbiträde har inga egna ändamål (dem bestämmer den personuppgiftsansvarige)</translation>
    </message>
    <message>
        <source>names no receiving party: give one of processor, recipient or recipient_name</source>
        <translation>anger ingen mottagare: ange ett av processor, recipient eller recipient_name</translation>
    </message>
    <message>
        <source>names more than one receiving party ({names}): give exactly one</source>
        <translation>anger mer än en mottagare ({names}): ange exakt en</translation>
    </message>
    <message>
        <source>has a key that is not a two-letter lowercase language code</source>
        <translation>har en nyckel som inte är en språkkod med två små bokstäver</translation>
    </message>
    <message>
        <source>the {kind} id &apos;{id}&apos; is used twice</source>
        <translation>{kind} med id:t &apos;{id}&apos; finns två gånger</translation>
    </message>
    <message>
        <source>the activity id &apos;{id}&apos; is used twice</source>
        <translation>behandlingen med id:t &apos;{id}&apos; finns två gånger</translation>
    </message>
    <message>
        <source>the purpose id &apos;{id}&apos; is used twice in this activity</source>
        <translation>ändamålet med id:t &apos;{id}&apos; finns två gånger i den här behandlingen</translation>
    </message>
    <message>
        <source>refers to the {kind} &apos;{id}&apos;, which the register does not have</source>
        <translation>hänvisar till {kind} &apos;{id}&apos;, som inte finns i registret</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; narrows the activity&apos;s data subject categories, but the activity does not list it</source>
        <translation>&apos;{id}&apos; avgränsar behandlingens kategorier av registrerade, men behandlingen anger inte den kategorin</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; narrows the activity&apos;s data categories, but the activity does not list it</source>
        <translation>&apos;{id}&apos; avgränsar behandlingens personuppgiftskategorier, men behandlingen anger inte den kategorin</translation>
    </message>
    <message>
        <source>refers to the purpose &apos;{id}&apos;, which this activity does not have</source>
        <translation>hänvisar till ändamålet &apos;{id}&apos;, som den här behandlingen inte har</translation>
    </message>
    <message>
        <source>has a text in &apos;{lang}&apos;, which is not among the register&apos;s languages; it is kept</source>
        <translation>har en text på &apos;{lang}&apos;, som inte är ett av registrets språk; texten behålls</translation>
    </message>
    <message>
        <source>no notice for &apos;{audience}&apos;: its data is processed only in activities where {organisation} is the processor; the controller on whose behalf we process it informs these data subjects (GDPR Art. 13, 14 and 28)</source>
        <translation>ingen information för ”{audience}”: deras uppgifter behandlas bara i behandlingar där {organisation} är personuppgiftsbiträde; den personuppgiftsansvarige som vi behandlar uppgifterna för informerar dessa registrerade (artikel 13, 14 och 28 i GDPR)</translation>
    </message>
    <message>
        <source>no notice: the transfer in &apos;{activity}&apos; to {receiver} ({country}) has no safeguard in force: {reason}. Record signed standard contractual clauses, an adequacy decision in force or an Art. 49(1) derogation, or end the transfer (GDPR Art. 13(1)(f), 44–49)</source>
        <translation>ingen information: överföringen i ”{activity}” till {receiver} ({country}) har ingen gällande skyddsåtgärd: {reason}. Ange undertecknade standardavtalsklausuler, ett gällande beslut om adekvat skyddsnivå eller ett undantag enligt artikel 49.1, eller avsluta överföringen (artikel 13.1 f och 44–49 i GDPR)</translation>
    </message>
    <message>
        <source>outside the EU/EEA</source>
        <translation>utanför EU/EES</translation>
    </message>
    <message>
        <source>the standard contractual clauses are not signed</source>
        <translation>standardavtalsklausulerna är inte undertecknade</translation>
    </message>
    <message>
        <source>the 2010 standard contractual clauses are no longer valid</source>
        <translation>standardavtalsklausulerna från 2010 gäller inte längre</translation>
    </message>
    <message>
        <source>an adequacy decision is recorded, but not the country</source>
        <translation>ett beslut om adekvat skyddsnivå är angivet, men inte landet</translation>
    </message>
    <message>
        <source>the country has no adequacy decision</source>
        <translation>landet har inget beslut om adekvat skyddsnivå</translation>
    </message>
    <message>
        <source>the adequacy decision ended on {date}</source>
        <translation>beslutet om adekvat skyddsnivå upphörde att gälla {date}</translation>
    </message>
    <message>
        <source>the recipient&apos;s certification under the EU–US Data Privacy Framework is not recorded</source>
        <translation>mottagarens certifiering enligt ramverket för dataskydd mellan EU och USA (Data Privacy Framework) är inte angiven</translation>
    </message>
    <message>
        <source>a derogation is recorded without its Art. 49(1) letter</source>
        <translation>ett undantag är angivet utan led i artikel 49.1</translation>
    </message>
    <message>
        <source>the transfer mechanism is recorded as none</source>
        <translation>överföringsverktyget är angivet som ”Ingen”</translation>
    </message>
    <message>
        <source>is nested deeper than {limit} levels</source>
        <translation>är nästlat djupare än {limit} nivåer</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in its object; which value is meant cannot be told, so the document is refused</source>
        <translation>nyckeln &apos;{key}&apos; förekommer två gånger i sitt objekt; det går inte att avgöra vilket värde som avses, så dokumentet avvisas</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows (NaN and Infinity are not JSON)</source>
        <translation>{value} är inget tal som JSON tillåter (NaN och Infinity är inte JSON)</translation>
    </message>
    <message>
        <source>a number of {digits} digits cannot be kept exactly; ropa-desktop keeps numbers of up to {limit} digits</source>
        <translation>ett tal med {digits} siffror kan inte bevaras exakt; ropa-desktop bevarar tal med högst {limit} siffror</translation>
    </message>
    <message>
        <source>{value} is too large to keep as a number</source>
        <translation>{value} är för stort för att bevaras som tal</translation>
    </message>
    <message>
        <source>{value} has more digits than a number can keep exactly; it would be changed</source>
        <translation>{value} har fler siffror än ett tal kan bevara exakt; det skulle ändras</translation>
    </message>
    <message>
        <source>is {length} characters long; a name may have at most {limit}</source>
        <translation>är {length} tecken långt; ett namn får ha högst {limit}</translation>
    </message>
    <message>
        <source>is {length} characters long; a text may have at most {limit}</source>
        <translation>är {length} tecken lång; en text får ha högst {limit}</translation>
    </message>
    <message>
        <source>is not valid Unicode text: it holds a lone surrogate ({code})</source>
        <translation>är inte giltig Unicode-text: den innehåller ett ensamt surrogattecken ({code})</translation>
    </message>
    <message>
        <source>holds the control character {code}; texts may hold no control characters but tab, line feed and carriage return</source>
        <translation>innehåller styrtecknet {code}; texter får inte innehålla andra styrtecken än tabb, radmatning och vagnretur</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not the code of a known country (ISO 3166-1 alpha-2, e.g. SE)</source>
        <translation>&apos;{code}&apos; är inte koden för något känt land (ISO 3166-1 alpha-2, t.ex. SE)</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an EU/EEA country with a supervisory authority ropa-desktop knows</source>
        <translation>&apos;{code}&apos; är inget EU/EES-land med en tillsynsmyndighet som ropa-desktop känner till</translation>
    </message>
    <message>
        <source>the transfer to &apos;{party}&apos; goes to {country}, an EU/EEA state: that is not a transfer to a third country (GDPR Chapter V); remove it from the activity&apos;s transfers</source>
        <translation>överföringen till &apos;{party}&apos; går till {country}, en EU/EES-stat: det är ingen överföring till tredjeland (GDPR kapitel V); ta bort den från behandlingens överföringar</translation>
    </message>
    <message>
        <source>must be a whole number written without a decimal point, not {value}</source>
        <translation>måste vara ett heltal skrivet utan decimaltecken, inte {value}</translation>
    </message>
    <message>
        <source>there is no activity template &apos;{id}&apos; (there are: {known})</source>
        <translation>det finns ingen behandlingsmall &apos;{id}&apos; (mallarna är: {known})</translation>
    </message>
    <message>
        <source>the mapping {name} is not a JSON object from header to field: {reason}</source>
        <translation>mappningen {name} är inget JSON-objekt från rubrik till fält: {reason}</translation>
    </message>
    <message>
        <source>the mapping {name} maps &apos;{header}&apos; to &apos;{target}&apos;, which is not a field; use one of {fields}, an x- key to keep the column as a note, or null to ignore it</source>
        <translation>mappningen {name} mappar &apos;{header}&apos; till &apos;{target}&apos;, som inte är något fält; använd något av {fields}, en x-nyckel för att behålla kolumnen som en anteckning, eller null för att hoppa över den</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet: choose an .xlsx, .ods or .csv file</source>
        <translation>{name} är inget kalkylark: välj en .xlsx-, .ods- eller .csv-fil</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet (.xlsx, .ods) or is damaged</source>
        <translation>{name} är inget kalkylark (.xlsx, .ods), eller så är filen skadad</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos; (it has: {known})</source>
        <translation>{name} har inget blad &apos;{sheet}&apos; (bladen är: {known})</translation>
    </message>
    <message>
        <source>{name}: no header row found on the sheet &apos;{sheet}&apos; (none of its first rows has two column headers we know, such as &apos;Purpose&apos;, &apos;Ändamål&apos; or &apos;Formål&apos;); rename the headers or map them with a mapping file</source>
        <translation>{name}: ingen rubrikrad hittades på bladet &apos;{sheet}&apos; (ingen av de första raderna har två kolumnrubriker som vi känner igen, till exempel &apos;Ändamål&apos;, &apos;Purpose&apos; eller &apos;Formål&apos;); byt namn på rubrikerna eller mappa dem med en mappningsfil</translation>
    </message>
    <message>
        <source>column {column} has no header: its cells were not imported</source>
        <translation>kolumn {column} har ingen rubrik: dess celler importerades inte</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Rad {row}</translation>
    </message>
    <message>
        <source>the row names no activity: it was called &apos;{name}&apos;</source>
        <translation>raden anger inget namn på behandlingen: den fick namnet &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>data subjects</source>
        <translation>registrerade</translation>
    </message>
    <message>
        <source>data categories</source>
        <translation>personuppgiftskategorier</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no legal basis we know (Art. 6(1) a–f); it was not imported</source>
        <translation>&apos;{text}&apos; anger ingen rättslig grund som vi känner igen (art. 6.1 a–f); den importerades inte</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no Art. 9(2) condition we know; it was not imported</source>
        <translation>&apos;{text}&apos; anger inget undantag enligt art. 9.2 som vi känner igen; det importerades inte</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no transfer mechanism we know (SCC, BCR, adequacy …)</source>
        <translation>&apos;{text}&apos; anger ingen överföringsmekanism som vi känner igen (standardavtalsklausuler, BCR, adekvat skyddsnivå …)</translation>
    </message>
    <message>
        <source>the activity &apos;{name}&apos; names no {what}: the checks will ask for them</source>
        <translation>behandlingen &apos;{name}&apos; anger inga {what}: kontrollerna kommer att fråga efter dem</translation>
    </message>
    <message>
        <source>no period understood in &apos;{text}&apos;: kept as a rule in words, without a period</source>
        <translation>ingen tidsperiod kunde läsas i &apos;{text}&apos;: behölls som en regel i ord, utan tidsperiod</translation>
    </message>
    <message>
        <source>safeguards &apos;{text}&apos; without a country: not imported</source>
        <translation>skyddsåtgärderna &apos;{text}&apos; utan land: importerades inte</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country we know; it was not imported</source>
        <translation>&apos;{text}&apos; är inget land som vi känner igen; det importerades inte</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is in the EU/EEA: not a transfer to a third country, left out</source>
        <translation>&apos;{text}&apos; ligger inom EU/EES: ingen överföring till tredjeland, utelämnades</translation>
    </message>
    <message>
        <source>the row does not say who receives the transfer: recorded as &apos;{text}&apos;</source>
        <translation>raden säger inte vem som tar emot överföringen: registrerades som &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither yes nor no; it was not imported</source>
        <translation>&apos;{text}&apos; är varken ja eller nej; det importerades inte</translation>
    </message>
    <message>
        <source>one purpose with {count} legal bases became {count} purposes, one per basis</source>
        <translation>ett ändamål med {count} rättsliga grunder blev {count} ändamål, ett per grund</translation>
    </message>
    <message>
        <source>{purposes} purposes and {bases} legal bases: which basis belongs to which purpose is left for you to record</source>
        <translation>{purposes} ändamål och {bases} rättsliga grunder: vilken grund som hör till vilket ändamål får du själv registrera</translation>
    </message>
    <message>
        <source>no safeguard is stated for the transfer to &apos;{text}&apos;: recorded as none</source>
        <translation>ingen skyddsåtgärd anges för överföringen till &apos;{text}&apos;: registrerades som ingen</translation>
    </message>
    <message>
        <source>{name}: the column {headers} is not one we recognise, so nothing was imported; map it to a field or ignore it in a mapping file (ropa import --mapping MAP.json, a JSON object such as {{&quot;{header}&quot;: &quot;purposes&quot;}} or {{&quot;{header}&quot;: null}})</source>
        <translation>{name}: kolumnen {headers} känner vi inte igen, så ingenting importerades; mappa den till ett fält eller hoppa över den i en mappningsfil (ropa import --mapping MAP.json, ett JSON-objekt som {{&quot;{header}&quot;: &quot;purposes&quot;}} eller {{&quot;{header}&quot;: null}})</translation>
    </message>
    <message>
        <source>{name}: the sheet &apos;{sheet}&apos; holds no activities below its header row</source>
        <translation>{name}: bladet &apos;{sheet}&apos; innehåller inga behandlingar under rubrikraden</translation>
    </message>
    <message>
        <source>{name} has no version {number}; `ropa versions` lists the versions it has</source>
        <translation>{name} har ingen version {number}; `ropa versions` visar vilka versioner det har</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: give its number (ropa versions lists them) or &apos;now&apos;</source>
        <translation>&apos;{value}&apos; är ingen version: ange versionens nummer (ropa versions visar dem) eller &apos;now&apos;</translation>
    </message>
    <message>
        <source>{name} has no issued version to compare with yet: an export for the authority or a signed export issues version 1</source>
        <translation>{name} har ännu ingen utfärdad version att jämföra med: en export för tillsynsmyndigheten eller en signerad export utfärdar version 1</translation>
    </message>
    <message>
        <source>a calendar file is named .ics, not {name}</source>
        <translation>en kalenderfil heter .ics, inte {name}</translation>
    </message>
    <message>
        <source>{name} is read-only here, and an export for the authority or a signed export is recorded in the register as an issued version; copy the register to a folder you can write to, or export the organisation&apos;s own copy</source>
        <translation>{name} är skrivskyddat här, och en export för tillsynsmyndigheten eller en signerad export registreras i registret som en utfärdad version; kopiera registret till en mapp du kan skriva i, eller exportera organisationens eget exemplar</translation>
    </message>
    <message>
        <source>{path} is read-only, so the notice could not be recorded in its log of published notices; nothing was written (write it without a log entry, or copy the register to a folder you can write to)</source>
        <translation>{path} är skrivskyddad, så informationen kunde inte föras in i registrets logg över publicerad information; ingenting skrevs (skriv den utan att logga den, eller kopiera registret till en mapp du kan skriva i)</translation>
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
    <name>language</name>
    <message>
        <source>en</source>
        <translation>sv</translation>
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
