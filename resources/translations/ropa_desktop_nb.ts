<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name></name>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Ny protokoll…</translation>
    </message>
    <message>
        <source>Start an empty register</source>
        <translation>Start en tom protokoll</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>Open a register file</source>
        <translation>Åpne en protokollfil</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Replace the register with a JSON or Excel file</source>
        <translation>Erstatt protokollen med en JSON- eller Excel-fil</translation>
    </message>
    <message>
        <source>Import sprea&amp;dsheet…</source>
        <translation>Importer re&amp;gneark…</translation>
    </message>
    <message>
        <source>Add the activities of a register kept in a spreadsheet</source>
        <translation>Legg til behandlingsaktivitetene fra en protokoll som føres i et regneark</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Eksporter JSON…</translation>
    </message>
    <message>
        <source>Save the register as a JSON document</source>
        <translation>Lagre protokollen som et JSON-dokument</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksporter &amp;PDF…</translation>
    </message>
    <message>
        <source>The register as a PDF document</source>
        <translation>Protokollen som et PDF-dokument</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Eksporter E&amp;xcel…</translation>
    </message>
    <message>
        <source>The register as an Excel workbook</source>
        <translation>Protokollen som en Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Lagre en k&amp;opi…</translation>
    </message>
    <message>
        <source>A complete copy of the register file, under another name</source>
        <translation>En fullstendig kopi av protokollfilen, under et annet navn</translation>
    </message>
    <message>
        <source>Print what the window shows</source>
        <translation>Skriv ut det vinduet viser</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>Language, signing identity, export folder, review interval</source>
        <translation>Språk, signeringsidentitet, eksportmappe, gjennomgangsintervall</translation>
    </message>
    <message>
        <source>Information &amp;notice…</source>
        <translation>Informasjon til de &amp;registrerte…</translation>
    </message>
    <message>
        <source>Preview, print and publish the Art. 13/14 notices</source>
        <translation>Forhåndsvis, skriv ut og publiser informasjonen etter art. 13 og 14</translation>
    </message>
    <message>
        <source>&amp;Verify signature…</source>
        <translation>&amp;Kontroller signatur…</translation>
    </message>
    <message>
        <source>Check that a signed export is intact and who signed it</source>
        <translation>Kontroller at en signert eksport er uendret, og hvem som signerte den</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>Add an item to the list shown</source>
        <translation>Legg til en oppføring i listen som vises</translation>
    </message>
    <message>
        <source>&amp;Delete item</source>
        <translation>&amp;Slett oppføringen</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Slett den valgte oppføringen</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filtrer listen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Les inn på nytt</translation>
    </message>
    <message>
        <source>Read the register file again</source>
        <translation>Les protokollfilen på nytt</translation>
    </message>
    <message>
        <source>ropa-desktop &amp;Help</source>
        <translation>&amp;Hjelp for ropa-desktop</translation>
    </message>
    <message>
        <source>The handbook, at the page you are on</source>
        <translation>Håndboken, på siden du står på</translation>
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
        <translation>Kunne ikke gjøre om</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Kunne ikke angre</translation>
    </message>
    <message>
        <source>Someone else changed this first</source>
        <translation>Noen andre endret dette først</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Endringen ble ikke lagret</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Endre «%1»</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Legg til «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Slett «%1»</translation>
    </message>
    <message>
        <source>Record “none”</source>
        <translation>Registrer «ingen»</translation>
    </message>
    <message>
        <source>Mark as not recorded</source>
        <translation>Merk som ikke registrert</translation>
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation>Endre virksomheten</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>oppføringen</translation>
    </message>
    <message>
        <source>“%1” was deleted by %2 at %3, in another window or on another computer. Your change was not saved. Reload to see the register as it is now.</source>
        <translation>«%1» ble slettet av %2 kl. %3, i et annet vindu eller på en annen datamaskin. Endringen din ble ikke lagret. Les inn på nytt for å se protokollen slik den er nå.</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window or on another computer. Your change was not saved. Reload to see the register as it is now.</source>
        <translation>«%1» ble slettet i et annet vindu eller på en annen datamaskin. Endringen din ble ikke lagret. Les inn på nytt for å se protokollen slik den er nå.</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3, in another window or on another computer, after you opened it. Your change was not saved, so that it does not overwrite theirs. Reload to see their version, then make your change again if it is still needed.</source>
        <translation>«%1» ble endret av %2 kl. %3, i et annet vindu eller på en annen datamaskin, etter at du åpnet den. Endringen din ble ikke lagret, slik at den ikke overskriver deres. Les inn på nytt for å se deres versjon, og gjør deretter endringen din på nytt hvis den fortsatt trengs.</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or on another computer after you opened it. Your change was not saved, so that it does not overwrite theirs. Reload to see their version, then make your change again if it is still needed.</source>
        <translation>«%1» ble endret i et annet vindu eller på en annen datamaskin etter at du åpnet den. Endringen din ble ikke lagret, slik at den ikke overskriver deres. Les inn på nytt for å se deres versjon, og gjør deretter endringen din på nytt hvis den fortsatt trengs.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <source>“Not now” keeps what you typed on screen, so you can copy it; View → Reload shows their version later.</source>
        <translation>«Ikke nå» lar det du skrev, stå på skjermen slik at du kan kopiere det; Vis → Les inn på nytt viser deres versjon senere.</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Ny protokoll</translation>
    </message>
    <message>
        <source>Tell us about the organisation that keeps the register. Everything can be changed later on the Organisation page.</source>
        <translation>Fortell om virksomheten som fører protokollen. Alt kan endres senere på siden Virksomhet.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Virksomhetens navn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language of the register</source>
        <translation>Protokollens språk</translation>
    </message>
    <message>
        <source>DPO name</source>
        <translation>Personvernombudets navn</translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation>Personvernombudets e-post</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>Virksomhetens navn:</translation>
    </message>
    <message>
        <source>Organisation number:</source>
        <translation>Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Language of the register:</source>
        <translation>Protokollens språk:</translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation>Personvernombud:</translation>
    </message>
    <message>
        <source>DPO e-mail:</source>
        <translation>Personvernombudets e-post:</translation>
    </message>
    <message>
        <source>Supervisory authority: %1</source>
        <translation>Tilsynsmyndighet: %1</translation>
    </message>
    <message>
        <source>No EU/EEA supervisory authority is known for this country.</source>
        <translation>Ingen tilsynsmyndighet i EU/EØS er kjent for dette landet.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Eksporter protokollen</translation>
    </message>
    <message>
        <source>Errors found by the checks</source>
        <translation>Feil kontrollene har funnet</translation>
    </message>
    <message>
        <source>The checks find errors in the register. You can export it all the same, or cancel and correct them first:</source>
        <translation>Kontrollene finner feil i protokollen. Du kan eksportere den likevel, eller avbryte og rette dem først:</translation>
    </message>
    <message>
        <source>Who is this copy of the register for?</source>
        <translation>Hvem er dette eksemplaret av protokollen til?</translation>
    </message>
    <message>
        <source>The organisation&apos;s &amp;own copy</source>
        <translation>Virksomhetens &amp;eget eksemplar</translation>
    </message>
    <message>
        <source>A copy for the &amp;supervisory authority</source>
        <translation>Et eksemplar til &amp;tilsynsmyndigheten</translation>
    </message>
    <message>
        <source>Include the &amp;findings of the checks</source>
        <translation>Ta med &amp;funnene fra kontrollene</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation>Eksportens språk</translation>
    </message>
    <message>
        <source>The cover says the copy is for the supervisory authority. The findings are included.</source>
        <translation>Forsiden sier at eksemplaret er til tilsynsmyndigheten. Funnene er tatt med.</translation>
    </message>
    <message>
        <source>The cover says the copy is for the supervisory authority. The findings are left out.</source>
        <translation>Forsiden sier at eksemplaret er til tilsynsmyndigheten. Funnene er utelatt.</translation>
    </message>
    <message>
        <source>The cover says the copy is the organisation&apos;s own. The findings are included.</source>
        <translation>Forsiden sier at eksemplaret er virksomhetens eget. Funnene er tatt med.</translation>
    </message>
    <message>
        <source>The cover says the copy is the organisation&apos;s own. The findings are left out.</source>
        <translation>Forsiden sier at eksemplaret er virksomhetens eget. Funnene er utelatt.</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Filen kunne ikke leses eller skrives: %1</translation>
    </message>
    <message>
        <source>Something went wrong inside ropa-desktop (%1: %2). The register was not changed.</source>
        <translation>Noe gikk galt i ropa-desktop (%1: %2). Protokollen ble ikke endret.</translation>
    </message>
    <message>
        <source>nothing is recorded yet; the format requires at least one entry</source>
        <translation>ingenting er registrert ennå; formatet krever minst én oppføring</translation>
    </message>
    <message>
        <source>is not recorded yet; the format requires it</source>
        <translation>er ikke registrert ennå; formatet krever det</translation>
    </message>
    <message>
        <source>has no text in any language</source>
        <translation>har ingen tekst på noe språk</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>Protokollen</translation>
    </message>
    <message>
        <source>Exported, with gaps</source>
        <translation>Eksportert, med mangler</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 ble lagret.</translation>
    </message>
    <message>
        <source>The file was written, but another program, or an import, will refuse it until these gaps are filled.</source>
        <translation>Filen ble skrevet, men et annet program, eller en import, vil avvise den til disse manglene er utbedret.</translation>
    </message>
    <message>
        <source>Gaps in the exported document</source>
        <translation>Mangler i det eksporterte dokumentet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Åpne protokoll</translation>
    </message>
    <message>
        <source>Registers (*.ropa);;All files (*)</source>
        <translation>Protokoller (*.ropa);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The register could not be opened</source>
        <translation>Protokollen kunne ikke åpnes</translation>
    </message>
    <message>
        <source>Save the new register as</source>
        <translation>Lagre den nye protokollen som</translation>
    </message>
    <message>
        <source>Registers (*.ropa)</source>
        <translation>Protokoller (*.ropa)</translation>
    </message>
    <message>
        <source>The register could not be created</source>
        <translation>Protokollen kunne ikke opprettes</translation>
    </message>
    <message>
        <source>%1 could not be moved aside to %2: %3</source>
        <translation>%1 kunne ikke flyttes unna til %2: %3</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 kopi</translation>
    </message>
    <message>
        <source>Save a copy of the register</source>
        <translation>Lagre en kopi av protokollen</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopien ble ikke lagret</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Importer en protokoll</translation>
    </message>
    <message>
        <source>Register documents (*.json *.xlsx);;All files (*)</source>
        <translation>Protokolldokumenter (*.json *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The import replaces everything in this register with the file&apos;s content. A copy of the register as it is now is kept beside it. Continue?</source>
        <translation>Importen erstatter alt i denne protokollen med innholdet i filen. En kopi av protokollen slik den er nå, lagres ved siden av. Vil du fortsette?</translation>
    </message>
    <message>
        <source>Imported, with warnings</source>
        <translation>Importert, med advarsler</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Filen ble ikke importert</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Eksporter JSON</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON-dokumenter (*.json)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Eksporter Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Eksporterer %1…</translation>
    </message>
    <message>
        <source>The register was not exported</source>
        <translation>Protokollen ble ikke eksportert</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Sections of the register</source>
        <translation>Protokollens deler</translation>
    </message>
    <message>
        <source>What a register is</source>
        <translation>Hva en protokoll er</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Overføringer</translation>
    </message>
    <message>
        <source>Data subjects, data categories, recipients and security measures</source>
        <translation>Registrerte, opplysningskategorier, mottakere og sikkerhetstiltak</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signering</translation>
    </message>
    <message>
        <source>Information notices</source>
        <translation>Informasjon til de registrerte</translation>
    </message>
    <message>
        <source>ropa-desktop Help</source>
        <translation>Hjelp for ropa-desktop</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Hjelpeemner</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjelpetekst</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;siste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was moved or deleted.</source>
        <translation>%1 finnes ikke lenger; den er flyttet eller slettet.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Det nye språket brukes fra neste oppstart.</translation>
    </message>
    <message>
        <source>About ropa-desktop</source>
        <translation>Om ropa-desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ropa-desktop %1&lt;/h3&gt;&lt;p&gt;The record of processing activities (GDPR Art. 30), kept on your desktop.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ropa-desktop %1&lt;/h3&gt;&lt;p&gt;Protokollen over behandlingsaktiviteter (GDPR art. 30), ført på din egen datamaskin.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation>Informasjon til de registrerte</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Informasjonens språk</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Publish with gaps?</source>
        <translation>Vil du publisere med mangler?</translation>
    </message>
    <message>
        <source>The register does not fill every item this notice must give (%1). Publish it anyway? The notice log will record that it was published with these gaps.</source>
        <translation>Protokollen fyller ikke ut alt denne informasjonen må inneholde (%1). Vil du publisere den likevel? Loggen over publisert informasjon vil vise at den ble publisert med disse manglene.</translation>
    </message>
    <message>
        <source>Export without logging?</source>
        <translation>Eksportere uten å loggføre?</translation>
    </message>
    <message>
        <source>The register is read-only, so this notice cannot be recorded in its log of published notices. Export it anyway, without a log entry?</source>
        <translation>Protokollen er skrivebeskyttet, så denne informasjonen kan ikke føres i loggen over publisert informasjon. Vil du eksportere den likevel, uten loggføring?</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Forhåndsvisning av informasjonen</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status for forhåndsvisningen</translation>
    </message>
    <message>
        <source>What the register does not say yet</source>
        <translation>Det protokollen ennå ikke oppgir</translation>
    </message>
    <message>
        <source>Texts shown in another language</source>
        <translation>Tekster som vises på et annet språk</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Published notices</source>
        <translation>Publisert informasjon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
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
        <translation>Mangler</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>All, one section per audience</source>
        <translation>Alle, ett avsnitt per målgruppe</translation>
    </message>
    <message>
        <source>HTML (web page)</source>
        <translation>HTML (nettside)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Preparing preview…</source>
        <translation>Forbereder forhåndsvisning…</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Forhåndsvisningen kunne ikke lages: %1</translation>
    </message>
    <message>
        <source>The notice is complete as far as the register can tell.</source>
        <translation>Informasjonen er fullstendig så langt protokollen kan avgjøre.</translation>
    </message>
    <message>
        <source>What the register does not say yet (%1):</source>
        <translation>Det protokollen ennå ikke oppgir (%1):</translation>
    </message>
    <message>
        <source>Every text is in the notice&apos;s language.</source>
        <translation>Alle tekstene finnes på informasjonens språk.</translation>
    </message>
    <message>
        <source>Texts shown in another language (%1):</source>
        <translation>Tekster som vises på et annet språk (%1):</translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation>Skriv ut informasjonen</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Nettsider (*.html)</translation>
    </message>
    <message>
        <source>Export the notice</source>
        <translation>Eksporter informasjonen</translation>
    </message>
    <message>
        <source>%1 was written but not recorded in the log of published notices: the register is read-only.</source>
        <translation>%1 ble skrevet, men ikke ført i loggen over publisert informasjon: protokollen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The notice was not exported</source>
        <translation>Informasjonen ble ikke eksportert</translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (slettet)</translation>
    </message>
    <message>
        <source>published with gaps: %1</source>
        <translation>publisert med mangler: %1</translation>
    </message>
    <message>
        <source>Compare with the SHA-256 of the published file to prove which text it was.</source>
        <translation>Sammenlign med SHA-256 for den publiserte filen for å dokumentere hvilken tekst det var.</translation>
    </message>
    <message>
        <source>Published (%1)</source>
        <translation>Publisert (%1)</translation>
    </message>
    <message>
        <source>This register is also open by %1 on %2 since %3. You can both work: if you both change the same item, the second save is refused and you are asked to reload.</source>
        <translation>Protokollen er også åpen hos %1 på %2 siden %3. Dere kan begge arbeide: Hvis dere begge endrer den samme oppføringen, avvises den andre lagringen, og du blir bedt om å lese inn på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>This register is also open by %1 on %2 since %3, and by %n more. You can all work: if two of you change the same item, the second save is refused and that person is asked to reload.</source>
        <translation>
            <numerusform>Protokollen er også åpen hos %1 på %2 siden %3, og hos %n til. Dere kan alle arbeide: Hvis to av dere endrer den samme oppføringen, avvises den andre lagringen, og den personen blir bedt om å lese inn på nytt.</numerusform>
            <numerusform>Protokollen er også åpen hos %1 på %2 siden %3, og hos %n til. Dere kan alle arbeide: Hvis to av dere endrer den samme oppføringen, avvises den andre lagringen, og den personen blir bedt om å lese inn på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This register is read-only here: you can read, check and export it, but not change it. Copy it to a folder you can write to, to work on it.</source>
        <translation>Protokollen er skrivebeskyttet her: Du kan lese, kontrollere og eksportere den, men ikke endre den. Kopier den til en mappe der du kan lagre, hvis du vil arbeide i den.</translation>
    </message>
    <message>
        <source>This register is in a folder that %1 synchronises. Open it on one computer at a time: the service does not carry the register&apos;s locks, so two computers could overwrite each other&apos;s work.</source>
        <translation>Protokollen ligger i en mappe som %1 synkroniserer. Åpne den på én datamaskin om gangen: Tjenesten overfører ikke protokollens låser, så to datamaskiner kan overskrive hverandres arbeid.</translation>
    </message>
    <message>
        <source>Sign the export?</source>
        <translation>Vil du signere eksporten?</translation>
    </message>
    <message>
        <source>A signed export shows who made it and proves that it has not been changed since. How do you want to sign it?</source>
        <translation>En signert eksport viser hvem som laget den, og beviser at den ikke er endret siden. Hvordan vil du signere den?</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Signer som %1</translation>
    </message>
    <message>
        <source>Sign with…</source>
        <translation>Signer med…</translation>
    </message>
    <message>
        <source>Create a signing identity…</source>
        <translation>Opprett en signeringsidentitet…</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>Ikke signer</translation>
    </message>
    <message>
        <source>The password was wrong. Type the password of %1 again (attempt %2 of %3):</source>
        <translation>Passordet var feil. Skriv passordet til %1 igjen (forsøk %2 av %3):</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Vinduets språk</translation>
    </message>
    <message>
        <source>Default signing identity</source>
        <translation>Standard signeringsidentitet</translation>
    </message>
    <message>
        <source>the identity used last</source>
        <translation>identiteten som ble brukt sist</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standard eksportmappe</translation>
    </message>
    <message>
        <source>the folder used last</source>
        <translation>mappen som ble brukt sist</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
    <message>
        <source>Review interval of new registers</source>
        <translation>Gjennomgangsintervall for nye protokoller</translation>
    </message>
    <message>
        <source>Default &amp;signing identity:</source>
        <translation>Standard &amp;signeringsidentitet:</translation>
    </message>
    <message>
        <source>Default export &amp;folder:</source>
        <translation>Standard eksport&amp;mappe:</translation>
    </message>
    <message>
        <source>&amp;Review new registers every:</source>
        <translation>&amp;Gjennomgå nye protokoller hver:</translation>
    </message>
    <message>
        <source>A new language is used from the next start. A register&apos;s own review interval is set on its Organisation page.</source>
        <translation>Et nytt språk brukes fra neste oppstart. En protokolls eget gjennomgangsintervall angis på siden Virksomhet.</translation>
    </message>
    <message>
        <source>Choose your signing identity</source>
        <translation>Velg signeringsidentiteten din</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>Signeringsidentiteter (*.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The export was not signed</source>
        <translation>Eksporten ble ikke signert</translation>
    </message>
    <message>
        <source>A signing identity lets you sign exports: a signed file shows who made it and that it has not been changed since.</source>
        <translation>Med en signeringsidentitet kan du signere eksporter: en signert fil viser hvem som laget den, og at den ikke er endret siden.</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>Signererens navn</translation>
    </message>
    <message>
        <source>The signer&apos;s e-mail</source>
        <translation>Signererens e-post</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Det samme passordet igjen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igjen:</translation>
    </message>
    <message>
        <source>The identity is saved in %1. Back it up as you back up other important files (copy the .p12 file to a safe place); keep its password apart from it. Neither can be recovered if lost.</source>
        <translation>Identiteten lagres i %1. Ta sikkerhetskopi av den som av andre viktige filer (kopier .p12-filen til et trygt sted), og oppbevar passordet atskilt fra den. Ingen av dem kan gjenopprettes hvis de går tapt.</translation>
    </message>
    <message>
        <source>Type the name of the person who signs.</source>
        <translation>Skriv navnet på den som signerer.</translation>
    </message>
    <message>
        <source>Choose a password to protect the identity.</source>
        <translation>Velg et passord som beskytter identiteten.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
    <message>
        <source>Create and sign as %1</source>
        <translation>Opprett og signer som %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>Passordet til %1:</translation>
    </message>
    <message>
        <source>Create a signing identity</source>
        <translation>Opprett en signeringsidentitet</translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <translation>Kontroller en signatur</translation>
    </message>
    <message>
        <source>Choose a signed PDF, or an Excel workbook with its signature file (.p7s) beside it. Give the signer&apos;s certificate to check that it was really they who signed.</source>
        <translation>Velg en signert PDF, eller en Excel-arbeidsbok med signaturfilen (.p7s) ved siden av. Oppgi underskriverens sertifikat for å kontrollere at det virkelig var vedkommende som signerte.</translation>
    </message>
    <message>
        <source>Signed file</source>
        <translation>Signert fil</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Klarert sertifikat</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfritt</translation>
    </message>
    <message>
        <source>Signed &amp;file:</source>
        <translation>Signert &amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation>&amp;Klarert sertifikat:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signert av:</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>Signert:</translation>
    </message>
    <message>
        <source>Unchanged since signing:</source>
        <translation>Uendret siden signering:</translation>
    </message>
    <message>
        <source>Signer trusted:</source>
        <translation>Klarert underskriver:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Bla gjennom etter %1</translation>
    </message>
    <message>
        <source>Choose the signed file</source>
        <translation>Velg den signerte filen</translation>
    </message>
    <message>
        <source>Signed exports (*.pdf *.xlsx *.p7s);;All files (*)</source>
        <translation>Signerte eksporter (*.pdf *.xlsx *.p7s);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the trusted certificate</source>
        <translation>Velg det klarerte sertifikatet</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Sertifikater (*.pem *.crt *.cer *.der);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <source>The signature could not be checked</source>
        <translation>Signaturen kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>Checking the signature of %1…</source>
        <translation>Kontrollerer signaturen i %1…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ukjent)</translation>
    </message>
    <message>
        <source>Not checked: no trusted certificate was given</source>
        <translation>Ikke kontrollert: Det ble ikke oppgitt noe klarert sertifikat</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>Filen er ikke signert.</translation>
    </message>
    <message>
        <source>The file carries no signature that can be checked, or the signature is damaged.</source>
        <translation>Filen har ingen signatur som kan kontrolleres, eller signaturen er skadet.</translation>
    </message>
    <message>
        <source>Do not rely on this file: it was changed after it was signed.</source>
        <translation>Ikke stol på denne filen: Den er endret etter at den ble signert.</translation>
    </message>
    <message>
        <source>The file is unchanged, but it was not signed by the certificate you trust.</source>
        <translation>Filen er uendret, men den ble ikke signert med sertifikatet du stoler på.</translation>
    </message>
    <message>
        <source>The file is unchanged since %1 signed it. Give their certificate to check that it was really them.</source>
        <translation>Filen er uendret siden %1 signerte den. Oppgi vedkommendes sertifikat for å kontrollere at det virkelig var vedkommende.</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>underskriveren</translation>
    </message>
    <message>
        <source>The file is unchanged since %1 signed it, and the signer is the one you trust.</source>
        <translation>Filen er uendret siden %1 signerte den, og underskriveren er den du stoler på.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— ikke registrert —</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Ikke registrert ennå</translation>
    </message>
    <message>
        <source>Not recorded yet: the register does not answer this, and the checks will ask about it.</source>
        <translation>Ikke registrert ennå: Protokollen svarer ikke på dette, og kontrollene vil spørre etter det.</translation>
    </message>
    <message>
        <source>Recorded as none: the register states that there is none.</source>
        <translation>Registrert som ingen: Protokollen oppgir at det ikke finnes noen.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten tittel)</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Legg til i %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Fjern fra %1</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Vis historikk</translation>
    </message>
    <message>
        <source>Every change of this item: who, when, what</source>
        <translation>Hver endring av denne oppføringen: hvem, når, hva</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Carry this retired activity out again: its status becomes active</source>
        <translation>Ta den avsluttede behandlingsaktiviteten i bruk igjen: statusen blir aktiv</translation>
    </message>
    <message>
        <source>Select an item in the list, or add one.</source>
        <translation>Velg en oppføring i listen, eller legg til en.</translation>
    </message>
    <message>
        <source>Findings about this item</source>
        <translation>Funn om denne oppføringen</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Med et intervall på</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Art. 44: a sub-processor outside the EU/EEA makes the processing a transfer.</source>
        <translation>Art. 44: En underdatabehandler utenfor EU/EØS gjør behandlingen til en overføring.</translation>
    </message>
    <message>
        <source>Art. 30(1)(d): processors are among the recipients the record names.</source>
        <translation>Art. 30 nr. 1 bokstav d: Databehandlere hører med blant mottakerne som protokollen skal nevne.</translation>
    </message>
    <message>
        <source>Where the processor is established.</source>
        <translation>Der databehandleren er etablert.</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): a processor outside the EU/EEA receives a transfer to a third country.</source>
        <translation>Art. 30 nr. 1 bokstav e: En databehandler utenfor EU/EØS mottar en overføring til tredjeland.</translation>
    </message>
    <message>
        <source>Every country where the processor stores or reaches the data, e.g. its data centres.</source>
        <translation>Hvert land der databehandleren lagrer opplysningene eller har tilgang til dem, f.eks. der datasentrene ligger.</translation>
    </message>
    <message>
        <source>Art. 44: data processed outside the EU/EEA are transferred, wherever the processor is established.</source>
        <translation>Art. 44: Opplysninger som behandles utenfor EU/EØS, overføres, uansett hvor databehandleren er etablert.</translation>
    </message>
    <message>
        <source>Art. 28(3): processing by a processor is governed by a contract.</source>
        <translation>Art. 28 nr. 3: En databehandlers behandling skal være regulert av en avtale.</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>What the data are used for, in words the data subject understands.</source>
        <translation>Hva opplysningene brukes til, med ord den registrerte forstår.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Behandlingsgrunnlag</translation>
    </message>
    <message>
        <source>Art. 6(1): each purpose rests on one legal basis, which Art. 13(1)(c) tells the data subject.</source>
        <translation>Art. 6 nr. 1: Hvert formål bygger på ett behandlingsgrunnlag, som den registrerte skal informeres om etter art. 13 nr. 1 bokstav c.</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Berettiget interesse</translation>
    </message>
    <message>
        <source>Art. 13(1)(d): the legitimate interests pursued are told to the data subject.</source>
        <translation>Art. 13 nr. 1 bokstav d: Den registrerte skal informeres om de berettigede interessene som forfølges.</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Lov</translation>
    </message>
    <message>
        <source>Art. 6(3): a legal obligation or a public task is laid down by Union or national law.</source>
        <translation>Art. 6 nr. 3: En rettslig forpliktelse eller en oppgave i allmennhetens interesse skal være fastsatt i unionsretten eller nasjonal rett.</translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation>Unntak etter art. 9 nr. 2</translation>
    </message>
    <message>
        <source>Art. 9(2): special categories of data are processed only under one of its conditions.</source>
        <translation>Art. 9 nr. 2: Særlige kategorier av personopplysninger kan bare behandles når et av unntakene der gjelder.</translation>
    </message>
    <message>
        <source>Only these data categories</source>
        <translation>Bare disse kategoriene av personopplysninger</translation>
    </message>
    <message>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data categories.</source>
        <translation>La alle stå uten hake når formålet omfatter alle kategoriene av personopplysninger i behandlingsaktiviteten.</translation>
    </message>
    <message>
        <source>Only these data subjects</source>
        <translation>Bare disse registrerte</translation>
    </message>
    <message>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data subjects.</source>
        <translation>La alle stå uten hake når formålet omfatter alle de registrerte i behandlingsaktiviteten.</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nytt formål</translation>
    </message>
    <message>
        <source>no legal basis</source>
        <translation>intet behandlingsgrunnlag</translation>
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
        <translation>Dato for signering</translation>
    </message>
    <message>
        <source>Where the contract is kept</source>
        <translation>Hvor avtalen oppbevares</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Dato gjennomført</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Sertifisert</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Dato kontrollert</translation>
    </message>
    <message>
        <source>Where it was checked</source>
        <translation>Hvor det ble kontrollert</translation>
    </message>
    <message>
        <source>e.g. the recipient&apos;s entry on the DPF list</source>
        <translation>f.eks. mottakerens oppføring på DPF-listen</translation>
    </message>
    <message>
        <source>Outside the EU/EEA (country not stated)</source>
        <translation>Utenfor EU/EØS (land ikke oppgitt)</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Databehandler</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Other recipient</source>
        <translation>Annen mottaker</translation>
    </message>
    <message>
        <source>Transfer tool</source>
        <translation>Overføringsgrunnlag</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standard personvernbestemmelser (SCC)</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Unntak</translation>
    </message>
    <message>
        <source>EU–US Data Privacy Framework</source>
        <translation>Rammeverket for personvern mellom EU og USA (DPF)</translation>
    </message>
    <message>
        <source>The adequacy decision for the US covers only organisations certified under the framework.</source>
        <translation>Beslutningen om tilstrekkelig beskyttelsesnivå for USA omfatter bare virksomheter som er sertifisert under rammeverket.</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Vurdering av overføringen (TIA)</translation>
    </message>
    <message>
        <source>Supplementary measures</source>
        <translation>Supplerende tiltak</translation>
    </message>
    <message>
        <source>How to get a copy</source>
        <translation>Slik får man en kopi</translation>
    </message>
    <message>
        <source>outside the EU/EEA</source>
        <translation>utenfor EU/EØS</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Regnes fra</translation>
    </message>
    <message>
        <source>Only for purposes</source>
        <translation>Bare for formål</translation>
    </message>
    <message>
        <source>Only for data subjects</source>
        <translation>Bare for registrerte</translation>
    </message>
    <message>
        <source>Only for data categories</source>
        <translation>Bare for kategorier av personopplysninger</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Ansvarsfordeling</translation>
    </message>
    <message>
        <source>Their DPO</source>
        <translation>Deres personvernombud</translation>
    </message>
    <message>
        <source>Data processing agreement</source>
        <translation>Databehandleravtale</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatiserte avgjørelser</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation>Logikken bak</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Konsekvenser</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Vår rolle</translation>
    </message>
    <message>
        <source>Activity name</source>
        <translation>Navn på behandlingsaktiviteten</translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation>Unntak etter art. 9</translation>
    </message>
    <message>
        <source>Law reference</source>
        <translation>Lovhjemmel</translation>
    </message>
    <message>
        <source>Special categories of data</source>
        <translation>Særlige kategorier av personopplysninger</translation>
    </message>
    <message>
        <source>Transfer countries</source>
        <translation>Land det overføres til</translation>
    </message>
    <message>
        <source>Transfer safeguards</source>
        <translation>Garantier ved overføring</translation>
    </message>
    <message>
        <source>Law setting the retention</source>
        <translation>Lov som fastsetter lagringstiden</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>IT systems</source>
        <translation>IT-systemer</translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation>Vurdering av personvernkonsekvenser (DPIA) kreves</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>Importer regneark</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importeres som</translation>
    </message>
    <message>
        <source>Cells not understood or not taken as written:</source>
        <translation>Celler som ikke ble forstått, eller som ikke ble tatt med slik de står:</translation>
    </message>
    <message>
        <source>Not recognised: choose a field or ignore it</source>
        <translation>Ukjent: velg et felt eller hopp over kolonnen</translation>
    </message>
    <message>
        <source>Keep as a note on each activity</source>
        <translation>Behold som merknad på hver behandlingsaktivitet</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Hopp over kolonnen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities from the sheet “%2”, header row %3.</source>
        <translation>
            <numerusform>%1: %n behandlingsaktivitet fra arket «%2», overskriftsrad %3.</numerusform>
            <numerusform>%1: %n behandlingsaktiviteter fra arket «%2», overskriftsrad %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>Regneark (*.xlsx *.ods *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The spreadsheet was not imported</source>
        <translation>Regnearket ble ikke importert</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Skill med komma</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Felles behandlingsansvarlige</translation>
    </message>
    <message>
        <source>New controller</source>
        <translation>Ny behandlingsansvarlig</translation>
    </message>
    <message>
        <source>None to name</source>
        <translation>Ingen å nevne</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>På vegne av</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Sist gjennomgått</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Neste gjennomgang</translation>
    </message>
    <message>
        <source>Review interval</source>
        <translation>Gjennomgangsintervall</translation>
    </message>
    <message>
        <source>Internal id</source>
        <translation>Intern id</translation>
    </message>
    <message>
        <source>Made from the purpose&apos;s text; other tools and retention rules refer to the purpose by it.</source>
        <translation>Lages av formålets tekst; andre verktøy og reglene for lagringstid viser til formålet med denne id-en.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): the third country the data are transferred to is named.</source>
        <translation>Art. 30 nr. 1 bokstav e: Tredjelandet som opplysningene overføres til, skal angis.</translation>
    </message>
    <message>
        <source>Picking a processor fills in its country when none is recorded yet.</source>
        <translation>Når du velger en databehandler, fylles databehandlerens land inn hvis det ikke er registrert noe land ennå.</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): who receives the data in the third country.</source>
        <translation>Art. 30 nr. 1 bokstav e: hvem som mottar opplysningene i tredjelandet.</translation>
    </message>
    <message>
        <source>Art. 44 to 46: a transfer needs an adequacy decision or appropriate safeguards.</source>
        <translation>Art. 44–46: En overføring krever en beslutning om tilstrekkelig beskyttelsesnivå eller nødvendige garantier.</translation>
    </message>
    <message>
        <source>Art. 46(2)(c): standard contractual clauses adopted by the Commission.</source>
        <translation>Art. 46 nr. 2 bokstav c: standard personvernbestemmelser vedtatt av Kommisjonen.</translation>
    </message>
    <message>
        <source>Art. 49(1): a derogation is for specific situations only, and is documented.</source>
        <translation>Art. 49 nr. 1: Et unntak gjelder bare i særlige situasjoner og skal dokumenteres.</translation>
    </message>
    <message>
        <source>Art. 45(3): the Commission&apos;s decision of 10 July 2023 covers certified US organisations.</source>
        <translation>Art. 45 nr. 3: Kommisjonens beslutning av 10. juli 2023 omfatter sertifiserte virksomheter i USA.</translation>
    </message>
    <message>
        <source>Art. 46(1) as the Court read it in C-311/18: the exporter checks that the third country&apos;s law does not undermine the safeguards.</source>
        <translation>Art. 46 nr. 1 slik EU-domstolen tolket den i sak C-311/18: Dataeksportøren kontrollerer at tredjelandets lovgivning ikke undergraver garantiene.</translation>
    </message>
    <message>
        <source>Art. 13(1)(f): how the data subject obtains a copy of the safeguards.</source>
        <translation>Art. 13 nr. 1 bokstav f: hvordan den registrerte kan få en kopi av garantiene.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(ingen mottaker)</translation>
    </message>
    <message>
        <source>The rule in words, as a notice tells it: how long, and from when.</source>
        <translation>Regelen med ord, slik informasjonen til de registrerte beskriver den: hvor lenge, og fra når.</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Lagres i</translation>
    </message>
    <message>
        <source>No fixed period: it ends with an event</source>
        <translation>Ingen fast periode: Den slutter ved en hendelse</translation>
    </message>
    <message>
        <source>A period of</source>
        <translation>En periode på</translation>
    </message>
    <message>
        <source>A number of days, weeks, months or years; or no fixed period when the rule ends with an event, such as a withdrawn consent.</source>
        <translation>Et antall dager, uker, måneder eller år, eller ingen fast periode når regelen slutter ved en hendelse, for eksempel at et samtykke trekkes tilbake.</translation>
    </message>
    <message>
        <source>Art. 13(2)(a): the period for which the data are stored, or how it is decided.</source>
        <translation>Art. 13 nr. 2 bokstav a: hvor lenge opplysningene vil bli lagret, eller hvordan lagringstiden fastsettes.</translation>
    </message>
    <message>
        <source>e.g. the end of the financial year</source>
        <translation>f.eks. regnskapsårets slutt</translation>
    </message>
    <message>
        <source>The event the period runs from, in words.</source>
        <translation>Hendelsen perioden regnes fra, med ord.</translation>
    </message>
    <message>
        <source>The law that sets the period, e.g. Bokföringslagen 7 kap. 2 §.</source>
        <translation>Loven som fastsetter perioden, f.eks. bokføringsloven § 13.</translation>
    </message>
    <message>
        <source>Art. 14(2)(f): where data not obtained from the data subject come from.</source>
        <translation>Art. 14 nr. 2 bokstav f: hvor opplysninger som ikke er samlet inn fra den registrerte, stammer fra.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of each joint controller.</source>
        <translation>Art. 30 nr. 1 bokstav a: navn og kontaktopplysninger for hver felles behandlingsansvarlig.</translation>
    </message>
    <message>
        <source>Art. 26(1): the arrangement says who does what, in particular for the data subjects&apos; rights.</source>
        <translation>Art. 26 nr. 1: Ordningen fastsetter hvem som gjør hva, særlig når det gjelder de registrertes rettigheter.</translation>
    </message>
    <message>
        <source>Art. 30(2)(a): the name and contact details of each controller we act for.</source>
        <translation>Art. 30 nr. 2 bokstav a: navn og kontaktopplysninger for hver behandlingsansvarlig vi behandler opplysninger på vegne av.</translation>
    </message>
    <message>
        <source>Art. 30(1): the record lists each processing activity.</source>
        <translation>Art. 30 nr. 1: Protokollen omfatter hver behandlingsaktivitet.</translation>
    </message>
    <message>
        <source>Art. 30(1) and 30(2): controllers and processors each keep a record, with different contents.</source>
        <translation>Art. 30 nr. 1 og nr. 2: Behandlingsansvarlige og databehandlere fører hver sin protokoll, med ulikt innhold.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of any joint controller.</source>
        <translation>Art. 30 nr. 1 bokstav a: navn og kontaktopplysninger for eventuelle felles behandlingsansvarlige.</translation>
    </message>
    <message>
        <source>Art. 30(2)(a): each controller on whose behalf the processor acts.</source>
        <translation>Art. 30 nr. 2 bokstav a: hver behandlingsansvarlig som databehandleren handler på vegne av.</translation>
    </message>
    <message>
        <source>When the activity is next to be reviewed; the checks remind you when it is due.</source>
        <translation>Når behandlingsaktiviteten skal gjennomgås neste gang; kontrollene minner deg på det når tiden er inne.</translation>
    </message>
    <message>
        <source>The organisation&apos;s interval</source>
        <translation>Virksomhetens intervall</translation>
    </message>
    <message>
        <source>How often this activity is reviewed, when not as often as the organisation&apos;s interval says.</source>
        <translation>Hvor ofte denne behandlingsaktiviteten gjennomgås, når det ikke skal være så ofte som virksomhetens intervall sier.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Opplysninger</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerte</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Kategorier av personopplysninger</translation>
    </message>
    <message>
        <source>Why personal identity numbers are needed</source>
        <translation>Hvorfor fødselsnummer er nødvendig</translation>
    </message>
    <message>
        <source>National law asks for the reason: in Sweden dataskyddslagen 3 kap. 10 §, in Norway personopplysningsloven § 12, in Denmark databeskyttelsesloven § 11.</source>
        <translation>Nasjonal lov krever en begrunnelse: i Sverige dataskyddslagen 3 kap. 10 §, i Norge personopplysningsloven § 12, i Danmark databeskyttelsesloven § 11.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <source>None to state</source>
        <translation>Ingen å oppgi</translation>
    </message>
    <message>
        <source>Art. 14(2)(f): from which source the data come, when not from the data subject.</source>
        <translation>Art. 14 nr. 2 bokstav f: hvilken kilde opplysningene stammer fra, når de ikke kommer fra den registrerte.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Art. 30(1)(b): the purposes of the processing.</source>
        <translation>Art. 30 nr. 1 bokstav b: formålene med behandlingen.</translation>
    </message>
    <message>
        <source>Statutory or contractual requirement</source>
        <translation>Lovpålagt eller avtalefestet krav</translation>
    </message>
    <message>
        <source>Neither: providing the data is voluntary</source>
        <translation>Ingen av delene: Det er frivillig å gi opplysningene</translation>
    </message>
    <message>
        <source>Art. 13(2)(e): whether the data subject must provide the data, and what follows if not.</source>
        <translation>Art. 13 nr. 2 bokstav e: om den registrerte har plikt til å gi opplysningene, og hva som skjer hvis de ikke gis.</translation>
    </message>
    <message>
        <source>Art. 22 and 13(2)(f): automated decision-making, including profiling, its logic and its consequences.</source>
        <translation>Art. 22 og art. 13 nr. 2 bokstav f: automatiserte avgjørelser, herunder profilering, logikken bak og konsekvensene.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <source>No recipients</source>
        <translation>Ingen mottakere</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Databehandlere</translation>
    </message>
    <message>
        <source>No processors</source>
        <translation>Ingen databehandlere</translation>
    </message>
    <message>
        <source>Art. 28(1): only processors with sufficient guarantees are used.</source>
        <translation>Art. 28 nr. 1: Den behandlingsansvarlige skal bare bruke databehandlere som gir tilstrekkelige garantier.</translation>
    </message>
    <message>
        <source>Transfers outside the EU/EEA</source>
        <translation>Overføringer ut av EU/EØS</translation>
    </message>
    <message>
        <source>No transfers outside the EU/EEA</source>
        <translation>Ingen overføringer ut av EU/EØS</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): transfers to a third country, naming the country, and the safeguards.</source>
        <translation>Art. 30 nr. 1 bokstav e: overføringer til tredjeland, med angivelse av landet, og garantiene.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Regler for lagringstid</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Ny regel</translation>
    </message>
    <message>
        <source>Art. 30(1)(f): where possible, the envisaged time limits for erasure.</source>
        <translation>Art. 30 nr. 1 bokstav f: om mulig de planlagte fristene for sletting.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sikkerhetstiltak</translation>
    </message>
    <message>
        <source>Impact assessment (DPIA)</source>
        <translation>Vurdering av personvernkonsekvenser (DPIA)</translation>
    </message>
    <message>
        <source>Art. 35(1): an impact assessment where the processing is likely to result in a high risk.</source>
        <translation>Art. 35 nr. 1: en vurdering av personvernkonsekvenser når behandlingen sannsynligvis vil medføre en høy risiko.</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Dato for gjennomgang</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Stands for a category of vendors</source>
        <translation>Representerer en kategori leverandører</translation>
    </message>
    <message>
        <source>Processing locations</source>
        <translation>Behandlingssteder</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Underdatabehandlere</translation>
    </message>
    <message>
        <source>New sub-processor</source>
        <translation>Ny underdatabehandler</translation>
    </message>
    <message>
        <source>No sub-processors</source>
        <translation>Ingen underdatabehandlere</translation>
    </message>
    <message>
        <source>Art. 28(2) and 28(4): another processor is engaged only with the controller&apos;s authorisation, under the same obligations.</source>
        <translation>Art. 28 nr. 2 og nr. 4: Databehandleren kan bare engasjere en annen databehandler med den behandlingsansvarliges godkjenning og med de samme forpliktelsene.</translation>
    </message>
    <message>
        <source>Art. 30(1)(c): a description of the categories of data subjects.</source>
        <translation>Art. 30 nr. 1 bokstav c: en beskrivelse av kategoriene av registrerte.</translation>
    </message>
    <message>
        <source>Art. 30(1)(c): a description of the categories of personal data.</source>
        <translation>Art. 30 nr. 1 bokstav c: en beskrivelse av kategoriene av personopplysninger.</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Særlig kategori (art. 9)</translation>
    </message>
    <message>
        <source>Art. 9(1): data on health, ethnic origin, beliefs and the like may be processed only under a condition of Art. 9(2).</source>
        <translation>Art. 9 nr. 1: Opplysninger om helse, etnisk opprinnelse, livssyn og lignende kan bare behandles når et unntak i art. 9 nr. 2 gjelder.</translation>
    </message>
    <message>
        <source>Criminal offences (Art. 10)</source>
        <translation>Straffedommer og lovovertredelser (art. 10)</translation>
    </message>
    <message>
        <source>Art. 10: data on criminal convictions and offences only under official authority or where the law allows it.</source>
        <translation>Art. 10: opplysninger om straffedommer og lovovertredelser bare under kontroll av offentlig myndighet eller når loven tillater det.</translation>
    </message>
    <message>
        <source>Personal identity numbers</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Art. 87: national law sets the conditions for processing a national identification number.</source>
        <translation>Art. 87: Nasjonal rett fastsetter vilkårene for å behandle et nasjonalt identifikasjonsnummer.</translation>
    </message>
    <message>
        <source>Art. 30(1)(d): the categories of recipients to whom the data are disclosed.</source>
        <translation>Art. 30 nr. 1 bokstav d: kategoriene av mottakere som opplysningene utleveres til.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Art. 30(1)(d): recipients in third countries are named as such.</source>
        <translation>Art. 30 nr. 1 bokstav d: Det skal gå fram hvilke mottakere som er i tredjeland.</translation>
    </message>
    <message>
        <source>Art. 30(1)(g): where possible, a general description of the technical and organisational security measures.</source>
        <translation>Art. 30 nr. 1 bokstav g: om mulig en generell beskrivelse av de tekniske og organisatoriske sikkerhetstiltakene.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Art. 32(1): measures are technical or organisational, fit for the risk.</source>
        <translation>Art. 32 nr. 1: Tiltakene er tekniske eller organisatoriske og tilpasset risikoen.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of the controller.</source>
        <translation>Art. 30 nr. 1 bokstav a: navn og kontaktopplysninger for den behandlingsansvarlige.</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Handelsnavn</translation>
    </message>
    <message>
        <source>Supervisory authority (country)</source>
        <translation>Tilsynsmyndighet (land)</translation>
    </message>
    <message>
        <source>Art. 55 and 56: the authority of the country of the main establishment is competent.</source>
        <translation>Art. 55 og 56: Tilsynsmyndigheten i landet der hovedforetaket ligger, er kompetent.</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>How data subjects reach us</source>
        <translation>Slik kontakter de registrerte oss</translation>
    </message>
    <message>
        <source>Art. 12(2): the controller makes it easy for data subjects to exercise their rights.</source>
        <translation>Art. 12 nr. 2: Den behandlingsansvarlige skal legge til rette for at de registrerte kan utøve rettighetene sine.</translation>
    </message>
    <message>
        <source>Review interval of activities</source>
        <translation>Gjennomgangsintervall for behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>How often each activity is reviewed. An activity can set its own interval.</source>
        <translation>Hvor ofte hver behandlingsaktivitet gjennomgås. En behandlingsaktivitet kan ha sitt eget intervall.</translation>
    </message>
    <message>
        <source>Art. 24(1): the measures are reviewed and updated where necessary.</source>
        <translation>Art. 24 nr. 1: Tiltakene skal gjennomgås og oppdateres ved behov.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and 27: the representative in the EU of a controller established outside it.</source>
        <translation>Art. 30 nr. 1 bokstav a og art. 27: representanten i EU for en behandlingsansvarlig som er etablert utenfor EU.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Personvernombud</translation>
    </message>
    <message>
        <source>None: we have no data protection officer</source>
        <translation>Ingen: Vi har ikke personvernombud</translation>
    </message>
    <message>
        <source>Our data protection officer</source>
        <translation>Vårt personvernombud</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and 37: the contact details of the data protection officer, where there is one.</source>
        <translation>Art. 30 nr. 1 bokstav a og art. 37: kontaktopplysningene til personvernombudet, hvis det finnes et.</translation>
    </message>
    <message>
        <source>EU representative (Art. 27)</source>
        <translation>Representant i EU (art. 27)</translation>
    </message>
    <message>
        <source>None: we are established in the EU/EEA</source>
        <translation>Ingen: Vi er etablert i EU/EØS</translation>
    </message>
    <message>
        <source>Our representative</source>
        <translation>Vår representant</translation>
    </message>
    <message>
        <source>None: we disclose personal data to no one</source>
        <translation>Ingen: Vi utleverer ikke personopplysninger til noen</translation>
    </message>
    <message>
        <source>None: we use no processors</source>
        <translation>Ingen: Vi bruker ingen databehandlere</translation>
    </message>
    <message>
        <source>None recorded as taken</source>
        <translation>Ingen tiltak registrert som gjennomført</translation>
    </message>
    <message>
        <source>Filter by name or description…</source>
        <translation>Filtrer på navn eller beskrivelse…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Add a new %1 (Ctrl+Shift+N)</source>
        <translation>Legg til ny: %1 (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Unticked, the list counts as not recorded yet, and the checks ask about it.</source>
        <translation>Uten hake regnes listen som ikke registrert ennå, og kontrollene spør etter den.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Ny: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… og %1 til</translation>
    </message>
    <message>
        <source>“%1” is used by these activities:
%2

Delete it and remove it from them?</source>
        <translation>«%1» brukes av disse behandlingsaktivitetene:
%2

Vil du slette den og fjerne den fra dem?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Vil du slette «%1»?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Slett: %1</translation>
    </message>
    <message>
        <source>No supervisory authority is known for this country.</source>
        <translation>Ingen tilsynsmyndighet er kjent for dette landet.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikkel</translation>
    </message>
    <message>
        <source>The checks are not available in this version.</source>
        <translation>Kontrollene er ikke tilgjengelige i denne versjonen.</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Protokollen kontrolleres…</translation>
    </message>
    <message>
        <source>No findings: the register is complete as far as the checks can tell.</source>
        <translation>Ingen funn: Protokollen er fullstendig så langt kontrollene kan se.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings. Double-click one to open what it concerns.</source>
        <translation>
            <numerusform>Ett funn. Dobbeltklikk på det for å gå til det funnet gjelder.</numerusform>
            <numerusform>%n funn. Dobbeltklikk på et funn for å gå til det funnet gjelder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers are recorded in each activity. Double-click a row to edit it there.</source>
        <translation>Overføringer registreres i hver behandlingsaktivitet. Dobbeltklikk på en rad for å endre den der.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter transfers</source>
        <translation>Filtrer overføringer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Behandlingsaktivitet</translation>
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
        <translation>Utenfor EU/EØS</translation>
    </message>
    <message>
        <source>Text in this language</source>
        <translation>Tekst på dette språket</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 registrert</translation>
    </message>
    <message>
        <source>Add new…</source>
        <translation>Legg til ny…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Skjul meldingen</translation>
    </message>
    <message>
        <source>What does the law ask? %1</source>
        <translation>Hva krever loven? %1</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avansert</translation>
    </message>
    <message>
        <source>“%1” is not a country in the list: pick one of the names offered.</source>
        <translation>«%1» er ikke et land i listen: Velg et av navnene som vises.</translation>
    </message>
    <message>
        <source>Type a country&apos;s name…</source>
        <translation>Skriv navnet på et land…</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Legg til land</translation>
    </message>
    <message>
        <source>Country to add to %1</source>
        <translation>Land som skal legges til i %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>uker</translation>
    </message>
    <message>
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <source>as written in the register: %1</source>
        <translation>slik det står i protokollen: %1</translation>
    </message>
    <message>
        <source>%1: number</source>
        <translation>%1: antall</translation>
    </message>
    <message>
        <source>%1: unit</source>
        <translation>%1: enhet</translation>
    </message>
    <message>
        <source>%1 was saved in %2.</source>
        <translation>%1 ble lagret i %2.</translation>
    </message>
    <message>
        <source>It is signed: the signature is the file %1 beside it. Always send or store the two files together; without %1 nobody can check the workbook.</source>
        <translation>Den er signert: signaturen er filen %1 ved siden av. Send og lagre alltid de to filene sammen; uten %1 kan ingen kontrollere arbeidsboken.</translation>
    </message>
    <message>
        <source>It is signed: the signature is inside the PDF.</source>
        <translation>Den er signert: signaturen ligger i PDF-filen.</translation>
    </message>
    <message>
        <source>The findings of the checks are included.</source>
        <translation>Kontrollenes merknader er tatt med.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Vis i &amp;mappe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Informasjon</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopi</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Lagret kl. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retire or delete?</source>
        <translation>Avslutte eller slette?</translation>
    </message>
    <message>
        <source>Retire “%1”? A retired activity stays in the register, marked as no longer carried out, so you can show what was processed and when it stopped. Delete removes it; only the history keeps it.</source>
        <translation>Vil du avslutte «%1»? En avsluttet behandlingsaktivitet blir stående i protokollen, merket som ikke lenger utført, slik at du kan vise hva som ble behandlet og når det opphørte. Slett fjerner den; bare historikken tar vare på den.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Slett for godt</translation>
    </message>
    <message>
        <source>Retire “%1”</source>
        <translation>Avslutt «%1»</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Gjenopprett «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” reviewed</source>
        <translation>Merk «%1» som gjennomgått</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Gjennomganger som forfaller</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Merk som gjennomgått</translation>
    </message>
    <message>
        <source>The selected activity was reviewed today: its next review moves on by its review interval.</source>
        <translation>Den valgte behandlingsaktiviteten ble gjennomgått i dag: neste gjennomgang flyttes fram med gjennomgangsintervallet.</translation>
    </message>
    <message>
        <source>Export review calendar…</source>
        <translation>Eksporter gjennomgangskalender…</translation>
    </message>
    <message>
        <source>Every scheduled review as an iCalendar file for Outlook or Apple Calendar; exporting again updates the same events.</source>
        <translation>Alle planlagte gjennomganger som en iCalendar-fil for Outlook eller Apple Kalender; en ny eksport oppdaterer de samme hendelsene.</translation>
    </message>
    <message>
        <source>Nothing is overdue or due for review within 30 days.</source>
        <translation>Ingen gjennomgang er forfalt eller forfaller innen 30 dager.</translation>
    </message>
    <message>
        <source>Overdue: %1. Due within 30 days: %2.</source>
        <translation>Forfalt: %1. Forfaller innen 30 dager: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>forfalt for %n dag siden</numerusform>
            <numerusform>forfalt for %n dager siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled reviews written to %1.</source>
        <translation>
            <numerusform>%n planlagt gjennomgang skrevet til %1.</numerusform>
            <numerusform>%n planlagte gjennomganger skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>Behandlingsaktiviteten «%1»</translation>
    </message>
    <message>
        <source>Processor agreement with %1</source>
        <translation>Databehandleravtalen med %1</translation>
    </message>
    <message>
        <source>Export review calendar</source>
        <translation>Eksporter gjennomgangskalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not exported</source>
        <translation>Kalenderen ble ikke eksportert</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>The register&apos;s settings</source>
        <translation>Protokollens innstillinger</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Oppføring</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>alle datoer</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Sammenlign versjoner</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Hva som er endret</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle oppføringer</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>The register now</source>
        <translation>Protokollen nå</translation>
    </message>
    <message>
        <source>No version has been issued yet: exporting the register for the supervisory authority, or signed, issues version 1.</source>
        <translation>Ingen versjon er utstedt ennå: en eksport av protokollen til tilsynsmyndigheten, eller en signert eksport, utsteder versjon 1.</translation>
    </message>
    <message>
        <source>The versions could not be compared</source>
        <translation>Versjonene kunne ikke sammenlignes</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>The list could not be read</source>
        <translation>Listen kunne ikke leses</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
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
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Behandlingsgrunnlag</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Neste gjennomgang</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>DPA</source>
        <translation>Databehandleravtale</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Særlig kategori</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>en</source>
        <translation>nb</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kan ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>mappen {folder} finnes ikke</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or allow replacing it (--force)</source>
        <translation>{path} finnes allerede; velg et annet navn eller velg å erstatte filen</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {reason}</source>
        <translation>kan ikke skrive i mappen {folder}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a register file: an export never replaces a register; choose another name</source>
        <translation>{path} er en protokollfil: En eksport erstatter aldri en protokoll; velg et annet navn</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} finnes ikke</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kan ikke leses: {reason}</translation>
    </message>
    <message>
        <source>{name}: the sheet &apos;{sheet}&apos; is missing</source>
        <translation>{name}: arket «{sheet}» mangler</translation>
    </message>
    <message>
        <source>{name} was changed after it was exported (the sheet &apos;{sheet}&apos; has {found} activity rows instead of {expected}); ropa-desktop imports only unchanged exports — make the changes in the register instead</source>
        <translation>{name} er endret etter eksporten (arket «{sheet}» har {found} rader med behandlingsaktiviteter i stedet for {expected}); ropa-desktop importerer bare uendrede eksporter – gjør endringene i protokollen i stedet</translation>
    </message>
    <message>
        <source>{name} was changed after it was exported (sheet &apos;{sheet}&apos;: {cells}); ropa-desktop imports only unchanged exports — make the changes in the register instead</source>
        <translation>{name} er endret etter eksporten (arket «{sheet}»: {cells}); ropa-desktop importerer bare uendrede eksporter – gjør endringene i protokollen i stedet</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) or is damaged</source>
        <translation>{name} er ikke en Excel-arbeidsbok (.xlsx), eller den er skadet</translation>
    </message>
    <message>
        <source>{name} was not exported by ropa-desktop (it has no register data), so it cannot be imported; import the JSON register instead</source>
        <translation>{name} er ikke eksportert fra ropa-desktop (den mangler protokolldata) og kan derfor ikke importeres; importer protokollen som JSON i stedet</translation>
    </message>
    <message>
        <source>{name}: the register data sheet is damaged</source>
        <translation>{name}: arket med protokolldata er skadet</translation>
    </message>
    <message>
        <source>{name} was written by a newer ropa-desktop (workbook format {version})</source>
        <translation>{name} er skrevet av en nyere versjon av ropa-desktop (arbeidsbokformat {version}); oppdater ropa-desktop for å importere den</translation>
    </message>
    <message>
        <source>{name} is not a register file: choose a .json or .xlsx file</source>
        <translation>{name} er ikke en protokollfil: velg en .json- eller .xlsx-fil</translation>
    </message>
    <message>
        <source>{name} already holds a register; import into a new register, or confirm that its content is to be replaced (ropa import --replace)</source>
        <translation>{name} inneholder allerede en protokoll; importer til en ny protokoll, eller bekreft at innholdet skal erstattes</translation>
    </message>
    <message>
        <source>{source} is not a register in the &apos;{format}&apos; format</source>
        <translation>{source} er ikke en protokoll i formatet «{format}»</translation>
    </message>
    <message>
        <source>{source} is format version {version}; this version of ropa-desktop reads version {supported}</source>
        <translation>{source} har formatversjon {version}; denne versjonen av ropa-desktop leser versjon {supported}</translation>
    </message>
    <message>
        <source>{source} is not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>{source} er ikke gyldig JSON: {reason} på linje {line}, kolonne {column}</translation>
    </message>
    <message>
        <source>{source} was not imported: {problem}</source>
        <translation>{source} ble ikke importert: {problem}</translation>
    </message>
    <message>
        <source>it is not a text file (it holds NUL bytes)</source>
        <translation>den er ikke en tekstfil (den inneholder NUL-byte)</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB, far more than any register needs; is it the right file?</source>
        <translation>den er større enn {limit} MB, langt mer enn noen protokoll trenger; er det riktig fil?</translation>
    </message>
    <message>
        <source>it is not UTF-8 text: the byte at position {offset} cannot be read as UTF-8</source>
        <translation>den er ikke UTF-8-tekst: byten på posisjon {offset} kan ikke leses som UTF-8</translation>
    </message>
    <message>
        <source>its values are nested deeper than {limit} levels</source>
        <translation>verdiene er nøstet dypere enn {limit} nivåer</translation>
    </message>
    <message>
        <source>{source} was not imported: {path}: {problem}</source>
        <translation>{source} ble ikke importert: {path}: {problem}</translation>
    </message>
    <message>
        <source>{source} was not imported: {count} problems found</source>
        <translation>{source} ble ikke importert: {count} problemer ble funnet</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… og {count} til</translation>
    </message>
    <message>
        <source>cannot export to &apos;{name}&apos;: use .json, .pdf or .xlsx</source>
        <translation>kan ikke eksportere til «{name}»: bruk .json, .pdf eller .xlsx</translation>
    </message>
    <message>
        <source>only PDF and Excel exports can be signed, not {name}</source>
        <translation>bare PDF- og Excel-eksporter kan signeres, ikke {name}</translation>
    </message>
    <message>
        <source>the export labels exist in {langs}, not in &apos;{lang}&apos;</source>
        <translation>eksportens overskrifter finnes på {langs}, ikke på «{lang}»</translation>
    </message>
    <message>
        <source>{path}: the notice is written as .html or .pdf, not &apos;{suffix}&apos;</source>
        <translation>{path}: informasjonen skrives som .html eller .pdf, ikke som «{suffix}»</translation>
    </message>
    <message>
        <source>the register has no data subject category &apos;{audience}&apos; (it has: {known})</source>
        <translation>protokollen har ingen kategori av registrerte med id-en «{audience}» (den har: {known})</translation>
    </message>
    <message>
        <source>the notice was not published: the register leaves {count} of its items unfilled</source>
        <translation>informasjonen ble ikke publisert: protokollen fyller ikke ut {count} av punktene den skal inneholde</translation>
    </message>
    <message>
        <source>the exported notice {path} cannot be read to record it: {reason}</source>
        <translation>den eksporterte informasjonen {path} kan ikke leses, så den kan ikke føres inn i loggen: {reason}</translation>
    </message>
    <message>
        <source>the notice was built as version {built}, but the log now calls for version {version} (someone published this notice meanwhile); build and export it again</source>
        <translation>informasjonen ble laget som versjon {built}, men ifølge loggen er det nå versjon {version} (noen har publisert den i mellomtiden); lag og eksporter den på nytt</translation>
    </message>
    <message>
        <source>the identity cannot sign: {reason}</source>
        <translation>identiteten kan ikke signere: {reason}</translation>
    </message>
    <message>
        <source>the certificate of {name} is valid from {start} to {end}, not on {today}; it cannot sign. Create or obtain a new signing identity</source>
        <translation>sertifikatet til {name} er gyldig fra {start} til {end}, ikke {today}; det kan ikke signere. Opprett eller skaff en ny signeringsidentitet</translation>
    </message>
    <message>
        <source>{name} holds no private key and certificate to sign with</source>
        <translation>{name} inneholder ingen privat nøkkel og intet sertifikat å signere med</translation>
    </message>
    <message>
        <source>choose a password to protect the new identity</source>
        <translation>velg et passord som beskytter den nye identiteten</translation>
    </message>
    <message>
        <source>{name}: a signing identity is saved as a .p12 (or .pfx) file; choose a name ending in .p12</source>
        <translation>{name}: en signeringsidentitet lagres som en .p12-fil (eller .pfx-fil); velg et navn som slutter på .p12</translation>
    </message>
    <message>
        <source>the identity needs the signer&apos;s name</source>
        <translation>identiteten trenger underskriverens navn</translation>
    </message>
    <message>
        <source>the signing identity {path} does not exist</source>
        <translation>signeringsidentiteten {path} finnes ikke</translation>
    </message>
    <message>
        <source>the signing identity {path} cannot be read: {reason}</source>
        <translation>signeringsidentiteten {path} kan ikke leses: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a PKCS#12 identity (.p12/.pfx) or is damaged</source>
        <translation>{name} er ikke en signeringsidentitet (.p12/.pfx), eller den er skadet</translation>
    </message>
    <message>
        <source>the password for {name} is wrong</source>
        <translation>passordet til {name} er feil</translation>
    </message>
    <message>
        <source>{path} is the register itself; choose another name for the copy</source>
        <translation>{path} er selve protokollen; velg et annet navn for kopien</translation>
    </message>
    <message>
        <source>{name} is not a PDF that can be signed: {reason}</source>
        <translation>{name} er ikke en PDF som kan signeres: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be signed: {reason}</source>
        <translation>{name} kunne ikke signeres: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a PDF and has no signature file {signature} beside it</source>
        <translation>{name} er ikke en PDF, og det finnes ingen signaturfil {signature} ved siden av den</translation>
    </message>
    <message>
        <source>the trusted certificate {path} cannot be read: {reason}</source>
        <translation>det klarerte sertifikatet {path} kan ikke leses: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a certificate (PEM or DER)</source>
        <translation>{name} er ikke et sertifikat (PEM eller DER)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it</source>
        <translation>{path} finnes allerede; velg et annet navn eller åpne filen</translation>
    </message>
    <message>
        <source>{name} is named like an export ({suffix}), not a register; name the register file with .ropa, e.g. {suggestion}</source>
        <translation>{name} har navn som en eksport ({suffix}), ikke som en protokoll; gi protokollfilen endelsen .ropa, f.eks. {suggestion}</translation>
    </message>
    <message>
        <source>{path} was written by an older version of ropa-desktop and is read-only here, so it cannot be upgraded; copy it to a folder you can write to and open the copy</source>
        <translation>{path} er skrevet av en eldre versjon av ropa-desktop og er skrivebeskyttet her, så den kan ikke oppgraderes; kopier den til en mappe der du kan lagre, og åpne kopien</translation>
    </message>
    <message>
        <source>{path} is read-only here and part of its content is still in {wal}; copy both files to a folder you can write to and open the copy</source>
        <translation>{path} er skrivebeskyttet her, og en del av innholdet ligger fortsatt i {wal}; kopier begge filene til en mappe der du kan lagre, og åpne kopien</translation>
    </message>
    <message>
        <source>the backup copy {path} could not be written: {reason}</source>
        <translation>sikkerhetskopien {path} kunne ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}</source>
        <translation>{path} kan ikke opprettes: {reason}</translation>
    </message>
    <message>
        <source>a register needs at least one language</source>
        <translation>en protokoll må ha minst ett språk</translation>
    </message>
    <message>
        <source>{path} is a folder, not a register file</source>
        <translation>{path} er en mappe, ikke en protokollfil</translation>
    </message>
    <message>
        <source>{path} is not a ropa-desktop register</source>
        <translation>{path} er ikke en protokoll fra ropa-desktop</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. Restore it from a backup: the newest copy ropa-desktop kept before an import is {backup}</source>
        <translation>{path} er skadet og kan ikke leses. Gjenopprett den fra en sikkerhetskopi: den nyeste kopien ropa-desktop tok før en import, er {backup}</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. Restore it from a backup (ropa-desktop keeps one before each import that replaces a register, named {pattern} beside it)</source>
        <translation>{path} er skadet og kan ikke leses. Gjenopprett den fra en sikkerhetskopi (ropa-desktop tar en før hver import som erstatter en protokoll, med navnet {pattern} ved siden av filen)</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of ropa-desktop (file version {version}, this program reads up to {latest}); update ropa-desktop to open it</source>
        <translation>{path} er skrevet av en nyere versjon av ropa-desktop (filversjon {version}; denne versjonen leser opp til {latest}); oppdater ropa-desktop for å åpne den</translation>
    </message>
    <message>
        <source>{path} could not be upgraded to this version: {reason}</source>
        <translation>{path} kunne ikke oppgraderes til denne versjonen: {reason}</translation>
    </message>
    <message>
        <source>the register&apos;s languages must be a non-empty list without repeats</source>
        <translation>protokollen må ha minst ett språk, og ingen språk kan forekomme to ganger</translation>
    </message>
    <message>
        <source>the change could not be saved, and nothing was changed: {reason}</source>
        <translation>endringen kunne ikke lagres, og ingenting ble endret: {reason}</translation>
    </message>
    <message>
        <source>the register could not be written: {reason}</source>
        <translation>protokollen kunne ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>the disk is full: nothing was saved. Free some space and try again</source>
        <translation>disken er full: ingenting ble lagret. Frigjør plass og prøv igjen</translation>
    </message>
    <message>
        <source>the register file could not be written (disk error): nothing was saved</source>
        <translation>protokollfilen kunne ikke skrives (diskfeil): ingenting ble lagret</translation>
    </message>
    <message>
        <source>the register is busy: another window or program is saving to it. Try again in a moment.</source>
        <translation>protokollen er opptatt: et annet vindu eller program lagrer i den. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>the register file is read-only; copy it to a folder you can write to</source>
        <translation>protokollfilen er skrivebeskyttet; kopier den til en mappe der du kan lagre</translation>
    </message>
    <message>
        <source>there is already a {kind} with the id &apos;{id}&apos;</source>
        <translation>{kind} kan ikke legges til: id-en «{id}» er allerede i bruk</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos; no longer exists: it was deleted, perhaps in another window</source>
        <translation>{kind} «{id}» finnes ikke lenger: oppføringen er slettet, kanskje i et annet vindu</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos; no longer exists</source>
        <translation>{kind} «{id}» finnes ikke lenger</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos; is used by 1 activity: {names}</source>
        <translation>{kind} «{id}» brukes av én behandlingsaktivitet: {names}</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos; is used by {count} activities: {names}</source>
        <translation>{kind} «{id}» brukes av {count} behandlingsaktiviteter: {names}</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos; is used by {count} activities: {names} and {more} more</source>
        <translation>{kind} «{id}» brukes av {count} behandlingsaktiviteter: {names} og {more} til</translation>
    </message>
    <message>
        <source>{what} was changed by {user} at {at} in another window or program since you opened it; your change was not saved so as not to overwrite theirs. Reload to see their version.</source>
        <translation>{what} er endret av {user} ({at}) i et annet vindu eller program siden du åpnet protokollen. Endringen din ble ikke lagret, for ikke å overskrive deres. Les inn protokollen på nytt for å se deres versjon.</translation>
    </message>
    <message>
        <source>{what} was changed in another window or program since you opened it; your change was not saved so as not to overwrite theirs. Reload to see their version.</source>
        <translation>{what} er endret i et annet vindu eller program siden du åpnet protokollen. Endringen din ble ikke lagret, for ikke å overskrive deres. Les inn protokollen på nytt for å se deres versjon.</translation>
    </message>
    <message>
        <source>the {kind} &apos;{id}&apos;</source>
        <translation>{kind} «{id}»</translation>
    </message>
    <message>
        <source>the organisation&apos;s details</source>
        <translation>virksomhetens opplysninger</translation>
    </message>
    <message>
        <source>the activity refers to a catalogue item that does not exist (deleted in another window?)</source>
        <translation>behandlingsaktiviteten viser til en oppføring som ikke finnes (slettet i et annet vindu?)</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>behandlingsaktiviteten</translation>
    </message>
    <message>
        <source>data subject category</source>
        <translation>kategorien av registrerte</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>kategorien av personopplysninger</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>mottakeren</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>databehandleren</translation>
    </message>
    <message>
        <source>security measure</source>
        <translation>sikkerhetstiltaket</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>er påkrevd, men mangler</translation>
    </message>
    <message>
        <source>has unknown field {names}: the format does not define it (fields of your own must start with &apos;x-&apos;)</source>
        <translation>har ukjent felt {names}: formatet definerer det ikke (egne felt må begynne med «x-»)</translation>
    </message>
    <message>
        <source>{value} is not allowed here; use one of: {allowed}</source>
        <translation>{value} er ikke tillatt her; bruk en av: {allowed}</translation>
    </message>
    <message>
        <source>must be {expected}, not {value}</source>
        <translation>må være {expected}, ikke {value}</translation>
    </message>
    <message>
        <source>must be {expected}, not {found}</source>
        <translation>må være {expected}, ikke {found}</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>en tekst</translation>
    </message>
    <message>
        <source>an object with fields</source>
        <translation>et objekt med felt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} eller {second}</translation>
    </message>
    <message>
        <source>{value} is not an id of lowercase letters a–z, digits and hyphens, starting with a letter or digit (at most 64 characters)</source>
        <translation>{value} er ikke en id av små bokstaver a–z, sifre og bindestreker som begynner med en bokstav eller et siffer (høyst 64 tegn)</translation>
    </message>
    <message>
        <source>{value} is not a date written YYYY-MM-DD</source>
        <translation>{value} er ikke en dato skrevet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>{value} is not a timestamp with a time zone, e.g. 2026-03-01T12:00:00Z</source>
        <translation>{value} er ikke et tidspunkt med tidssone, f.eks. 2026-03-01T12:00:00Z</translation>
    </message>
    <message>
        <source>{value} is not an ISO 8601 duration such as P12M, P7Y or P90D</source>
        <translation>{value} er ikke en varighet etter ISO 8601, som P12M, P7Y eller P90D</translation>
    </message>
    <message>
        <source>{value} is not a two-letter ISO country code in capitals, e.g. SE</source>
        <translation>{value} er ikke en ISO-landkode med to store bokstaver, f.eks. NO</translation>
    </message>
    <message>
        <source>{value} is not a two-letter language code in lowercase, e.g. sv</source>
        <translation>{value} er ikke en språkkode med to små bokstaver, f.eks. nb</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address</source>
        <translation>{value} er ikke en e-postadresse</translation>
    </message>
    <message>
        <source>{value} is not an absolute web address such as https://example.com</source>
        <translation>{value} er ikke en fullstendig nettadresse som https://example.com</translation>
    </message>
    <message>
        <source>{value} is not in the expected form</source>
        <translation>{value} har ikke den forventede formen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>kan ikke være tom</translation>
    </message>
    <message>
        <source>must list at least {count} entries</source>
        <translation>må ha minst {count} oppføringer</translation>
    </message>
    <message>
        <source>must list at most {count} entries</source>
        <translation>kan ha høyst {count} oppføringer</translation>
    </message>
    <message>
        <source>lists the same entry twice</source>
        <translation>inneholder den samme oppføringen to ganger</translation>
    </message>
    <message>
        <source>must hold at least one text</source>
        <translation>må ha en tekst på minst ett språk</translation>
    </message>
    <message>
        <source>{value} is too small: the least allowed is {limit}</source>
        <translation>{value} er for lite: laveste tillatte verdi er {limit}</translation>
    </message>
    <message>
        <source>{value} is too large: the most allowed is {limit}</source>
        <translation>{value} er for stort: høyeste tillatte verdi er {limit}</translation>
    </message>
    <message>
        <source>a processor activity has no purposes of its own (the controller decides them)</source>
        <translation>en behandlingsaktivitet som databehandler har ingen egne formål (dem bestemmer den behandlingsansvarlige)</translation>
    </message>
    <message>
        <source>names no receiving party: give one of processor, recipient or recipient_name</source>
        <translation>oppgir ingen mottaker: oppgi én av processor, recipient eller recipient_name</translation>
    </message>
    <message>
        <source>names more than one receiving party ({names}): give exactly one</source>
        <translation>oppgir mer enn én mottaker ({names}): oppgi nøyaktig én</translation>
    </message>
    <message>
        <source>has a key that is not a two-letter lowercase language code</source>
        <translation>har en nøkkel som ikke er en språkkode med to små bokstaver</translation>
    </message>
    <message>
        <source>the {kind} id &apos;{id}&apos; is used twice</source>
        <translation>{kind} med id-en «{id}» finnes to ganger</translation>
    </message>
    <message>
        <source>the activity id &apos;{id}&apos; is used twice</source>
        <translation>behandlingsaktiviteten med id-en «{id}» finnes to ganger</translation>
    </message>
    <message>
        <source>the purpose id &apos;{id}&apos; is used twice in this activity</source>
        <translation>formålet med id-en «{id}» finnes to ganger i denne behandlingsaktiviteten</translation>
    </message>
    <message>
        <source>refers to the {kind} &apos;{id}&apos;, which the register does not have</source>
        <translation>viser til {kind} «{id}», som ikke finnes i protokollen</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; narrows the activity&apos;s data subject categories, but the activity does not list it</source>
        <translation>«{id}» avgrenser behandlingsaktivitetens kategorier av registrerte, men behandlingsaktiviteten oppgir ikke den kategorien</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; narrows the activity&apos;s data categories, but the activity does not list it</source>
        <translation>«{id}» avgrenser behandlingsaktivitetens kategorier av personopplysninger, men behandlingsaktiviteten oppgir ikke den kategorien</translation>
    </message>
    <message>
        <source>refers to the purpose &apos;{id}&apos;, which this activity does not have</source>
        <translation>viser til formålet «{id}», som denne behandlingsaktiviteten ikke har</translation>
    </message>
    <message>
        <source>has a text in &apos;{lang}&apos;, which is not among the register&apos;s languages; it is kept</source>
        <translation>har en tekst på «{lang}», som ikke er blant protokollens språk; teksten beholdes</translation>
    </message>
    <message>
        <source>no notice for &apos;{audience}&apos;: its data is processed only in activities where {organisation} is the processor; the controller on whose behalf we process it informs these data subjects (GDPR Art. 13, 14 and 28)</source>
        <translation>ingen informasjon for «{audience}»: opplysningene deres behandles bare i behandlingsaktiviteter der {organisation} er databehandler; den behandlingsansvarlige som vi behandler dem på vegne av, informerer disse registrerte (personvernforordningen art. 13, 14 og 28)</translation>
    </message>
    <message>
        <source>no notice: the transfer in &apos;{activity}&apos; to {receiver} ({country}) has no safeguard in force: {reason}. Record signed standard contractual clauses, an adequacy decision in force or an Art. 49(1) derogation, or end the transfer (GDPR Art. 13(1)(f), 44–49)</source>
        <translation>ingen informasjon: overføringen i «{activity}» til {receiver} ({country}) har ikke noe gjeldende overføringsgrunnlag: {reason}. Registrer signerte standard personvernbestemmelser, en gjeldende beslutning om tilstrekkelig beskyttelsesnivå eller et unntak etter art. 49 nr. 1, eller avslutt overføringen (personvernforordningen art. 13 nr. 1 bokstav f og art. 44–49)</translation>
    </message>
    <message>
        <source>outside the EU/EEA</source>
        <translation>utenfor EU/EØS</translation>
    </message>
    <message>
        <source>the standard contractual clauses are not signed</source>
        <translation>de standard personvernbestemmelsene er ikke signert</translation>
    </message>
    <message>
        <source>the 2010 standard contractual clauses are no longer valid</source>
        <translation>de standard personvernbestemmelsene fra 2010 er ikke lenger gyldige</translation>
    </message>
    <message>
        <source>an adequacy decision is recorded, but not the country</source>
        <translation>en beslutning om tilstrekkelig beskyttelsesnivå er registrert, men ikke landet</translation>
    </message>
    <message>
        <source>the country has no adequacy decision</source>
        <translation>landet har ingen beslutning om tilstrekkelig beskyttelsesnivå</translation>
    </message>
    <message>
        <source>the adequacy decision ended on {date}</source>
        <translation>beslutningen om tilstrekkelig beskyttelsesnivå opphørte {date}</translation>
    </message>
    <message>
        <source>the recipient&apos;s certification under the EU–US Data Privacy Framework is not recorded</source>
        <translation>mottakerens sertifisering under rammeverket for personvern mellom EU og USA (Data Privacy Framework) er ikke registrert</translation>
    </message>
    <message>
        <source>a derogation is recorded without its Art. 49(1) letter</source>
        <translation>et unntak er registrert uten bokstaven i art. 49 nr. 1</translation>
    </message>
    <message>
        <source>the transfer mechanism is recorded as none</source>
        <translation>overføringsgrunnlaget er registrert som «Ingen»</translation>
    </message>
    <message>
        <source>is nested deeper than {limit} levels</source>
        <translation>er nøstet dypere enn {limit} nivåer</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in its object; which value is meant cannot be told, so the document is refused</source>
        <translation>nøkkelen «{key}» forekommer to ganger i samme objekt; det kan ikke avgjøres hvilken verdi som menes, så dokumentet avvises</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows (NaN and Infinity are not JSON)</source>
        <translation>{value} er ikke et tall JSON tillater (NaN og Infinity er ikke JSON)</translation>
    </message>
    <message>
        <source>a number of {digits} digits cannot be kept exactly; ropa-desktop keeps numbers of up to {limit} digits</source>
        <translation>et tall med {digits} sifre kan ikke bevares nøyaktig; ropa-desktop bevarer tall med opptil {limit} sifre</translation>
    </message>
    <message>
        <source>{value} is too large to keep as a number</source>
        <translation>{value} er for stort til å bevares som tall</translation>
    </message>
    <message>
        <source>{value} has more digits than a number can keep exactly; it would be changed</source>
        <translation>{value} har flere sifre enn et tall kan bevare nøyaktig; det ville blitt endret</translation>
    </message>
    <message>
        <source>is {length} characters long; a name may have at most {limit}</source>
        <translation>er {length} tegn langt; et navn kan ha høyst {limit}</translation>
    </message>
    <message>
        <source>is {length} characters long; a text may have at most {limit}</source>
        <translation>er {length} tegn lang; en tekst kan ha høyst {limit}</translation>
    </message>
    <message>
        <source>is not valid Unicode text: it holds a lone surrogate ({code})</source>
        <translation>er ikke gyldig Unicode-tekst: den inneholder et enslig surrogattegn ({code})</translation>
    </message>
    <message>
        <source>holds the control character {code}; texts may hold no control characters but tab, line feed and carriage return</source>
        <translation>inneholder kontrolltegnet {code}; tekster kan ikke inneholde andre kontrolltegn enn tabulator, linjeskift og vognretur</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not the code of a known country (ISO 3166-1 alpha-2, e.g. SE)</source>
        <translation>«{code}» er ikke koden for et kjent land (ISO 3166-1 alpha-2, f.eks. NO)</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an EU/EEA country with a supervisory authority ropa-desktop knows</source>
        <translation>«{code}» er ikke et EU/EØS-land med en tilsynsmyndighet ropa-desktop kjenner</translation>
    </message>
    <message>
        <source>the transfer to &apos;{party}&apos; goes to {country}, an EU/EEA state: that is not a transfer to a third country (GDPR Chapter V); remove it from the activity&apos;s transfers</source>
        <translation>overføringen til «{party}» går til {country}, en EU/EØS-stat: det er ikke en overføring til tredjeland (GDPR kapittel V); fjern den fra behandlingens overføringer</translation>
    </message>
    <message>
        <source>must be a whole number written without a decimal point, not {value}</source>
        <translation>må være et heltall skrevet uten desimaltegn, ikke {value}</translation>
    </message>
    <message>
        <source>there is no activity template &apos;{id}&apos; (there are: {known})</source>
        <translation>det finnes ingen mal for behandlingsaktiviteter med navnet «{id}» (disse finnes: {known})</translation>
    </message>
    <message>
        <source>the mapping {name} is not a JSON object from header to field: {reason}</source>
        <translation>tilordningen {name} er ikke et JSON-objekt fra overskrift til felt: {reason}</translation>
    </message>
    <message>
        <source>the mapping {name} maps &apos;{header}&apos; to &apos;{target}&apos;, which is not a field; use one of {fields}, an x- key to keep the column as a note, or null to ignore it</source>
        <translation>tilordningen {name} knytter «{header}» til «{target}», som ikke er et felt; bruk et av {fields}, en x-nøkkel for å beholde kolonnen som merknad, eller null for å hoppe over den</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet: choose an .xlsx, .ods or .csv file</source>
        <translation>{name} er ikke et regneark: velg en .xlsx-, .ods- eller .csv-fil</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet (.xlsx, .ods) or is damaged</source>
        <translation>{name} er ikke et regneark (.xlsx, .ods), eller filen er skadet</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos; (it has: {known})</source>
        <translation>{name} har ikke noe ark «{sheet}» (arkene er: {known})</translation>
    </message>
    <message>
        <source>{name}: no header row found on the sheet &apos;{sheet}&apos; (none of its first rows has two column headers we know, such as &apos;Purpose&apos;, &apos;Ändamål&apos; or &apos;Formål&apos;); rename the headers or map them with a mapping file</source>
        <translation>{name}: fant ingen overskriftsrad i arket «{sheet}» (ingen av de første radene har to kolonneoverskrifter vi kjenner, for eksempel «Formål», «Purpose» eller «Ändamål»); gi overskriftene nye navn eller knytt dem til felt med en tilordningsfil</translation>
    </message>
    <message>
        <source>column {column} has no header: its cells were not imported</source>
        <translation>kolonne {column} har ingen overskrift: cellene i den ble ikke importert</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Rad {row}</translation>
    </message>
    <message>
        <source>the row names no activity: it was called &apos;{name}&apos;</source>
        <translation>raden navngir ingen behandlingsaktivitet: den fikk navnet «{name}»</translation>
    </message>
    <message>
        <source>data subjects</source>
        <translation>registrerte</translation>
    </message>
    <message>
        <source>data categories</source>
        <translation>kategorier av personopplysninger</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no legal basis we know (Art. 6(1) a–f); it was not imported</source>
        <translation>«{text}» er ikke et behandlingsgrunnlag vi kjenner (art. 6 nr. 1 bokstav a–f); det ble ikke importert</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no Art. 9(2) condition we know; it was not imported</source>
        <translation>«{text}» er ikke et unntak etter art. 9 nr. 2 som vi kjenner; det ble ikke importert</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no transfer mechanism we know (SCC, BCR, adequacy …)</source>
        <translation>«{text}» er ikke et overføringsgrunnlag vi kjenner (standard personvernbestemmelser, bindende virksomhetsregler, tilstrekkelig beskyttelsesnivå …)</translation>
    </message>
    <message>
        <source>the activity &apos;{name}&apos; names no {what}: the checks will ask for them</source>
        <translation>behandlingsaktiviteten «{name}» oppgir ingen {what}: kontrollene vil be om dem</translation>
    </message>
    <message>
        <source>no period understood in &apos;{text}&apos;: kept as a rule in words, without a period</source>
        <translation>fant ingen tidsperiode i «{text}»: beholdt som en regel i ord, uten periode</translation>
    </message>
    <message>
        <source>safeguards &apos;{text}&apos; without a country: not imported</source>
        <translation>garantiene «{text}» uten land: ikke importert</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country we know; it was not imported</source>
        <translation>«{text}» er ikke et land vi kjenner; det ble ikke importert</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is in the EU/EEA: not a transfer to a third country, left out</source>
        <translation>«{text}» ligger i EU/EØS: ingen overføring til tredjeland, utelatt</translation>
    </message>
    <message>
        <source>the row does not say who receives the transfer: recorded as &apos;{text}&apos;</source>
        <translation>raden sier ikke hvem som mottar overføringen: registrert som «{text}»</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither yes nor no; it was not imported</source>
        <translation>«{text}» er verken ja eller nei; det ble ikke importert</translation>
    </message>
    <message>
        <source>one purpose with {count} legal bases became {count} purposes, one per basis</source>
        <translation>ett formål med {count} behandlingsgrunnlag ble til {count} formål, ett per grunnlag</translation>
    </message>
    <message>
        <source>{purposes} purposes and {bases} legal bases: which basis belongs to which purpose is left for you to record</source>
        <translation>{purposes} formål og {bases} behandlingsgrunnlag: hvilket grunnlag som hører til hvilket formål, må du registrere selv</translation>
    </message>
    <message>
        <source>no safeguard is stated for the transfer to &apos;{text}&apos;: recorded as none</source>
        <translation>ingen garantier er oppgitt for overføringen til «{text}»: registrert som ingen</translation>
    </message>
    <message>
        <source>{name}: the column {headers} is not one we recognise, so nothing was imported; map it to a field or ignore it in a mapping file (ropa import --mapping MAP.json, a JSON object such as {{&quot;{header}&quot;: &quot;purposes&quot;}} or {{&quot;{header}&quot;: null}})</source>
        <translation>{name}: kolonnen {headers} kjenner vi ikke, så ingenting ble importert; knytt den til et felt eller hopp over den i en tilordningsfil (ropa import --mapping MAP.json, et JSON-objekt som {{&quot;{header}&quot;: &quot;purposes&quot;}} eller {{&quot;{header}&quot;: null}})</translation>
    </message>
    <message>
        <source>{name}: the sheet &apos;{sheet}&apos; holds no activities below its header row</source>
        <translation>{name}: arket «{sheet}» har ingen behandlingsaktiviteter under overskriftsraden</translation>
    </message>
    <message>
        <source>{name} has no version {number}; `ropa versions` lists the versions it has</source>
        <translation>{name} har ingen versjon {number}; `ropa versions` viser hvilke versjoner den har</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: give its number (ropa versions lists them) or &apos;now&apos;</source>
        <translation>«{value}» er ikke en versjon: oppgi nummeret (ropa versions viser dem) eller «now»</translation>
    </message>
    <message>
        <source>{name} has no issued version to compare with yet: an export for the authority or a signed export issues version 1</source>
        <translation>{name} har ennå ingen utstedt versjon å sammenligne med: en eksport til tilsynsmyndigheten eller en signert eksport utsteder versjon 1</translation>
    </message>
    <message>
        <source>a calendar file is named .ics, not {name}</source>
        <translation>en kalenderfil har endelsen .ics, ikke {name}</translation>
    </message>
    <message>
        <source>{name} is read-only here, and an export for the authority or a signed export is recorded in the register as an issued version; copy the register to a folder you can write to, or export the organisation&apos;s own copy</source>
        <translation>{name} er skrivebeskyttet her, og en eksport til tilsynsmyndigheten eller en signert eksport registreres i protokollen som en utstedt versjon; kopier protokollen til en mappe du kan skrive til, eller eksporter virksomhetens eget eksemplar</translation>
    </message>
    <message>
        <source>{path} is read-only, so the notice could not be recorded in its log of published notices; nothing was written (write it without a log entry, or copy the register to a folder you can write to)</source>
        <translation>{path} er skrivebeskyttet, så informasjonen kunne ikke føres i protokollens logg over publisert informasjon; ingenting ble skrevet (skriv den uten loggføring, eller kopier protokollen til en mappe du kan skrive i)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Controller</source>
        <translation>Behandlingsansvarlig</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Felles behandlingsansvarlig</translation>
    </message>
    <message>
        <source>Processor (on behalf of others)</source>
        <translation>Databehandler (på vegne av andre)</translation>
    </message>
    <message>
        <source>Draft (planned)</source>
        <translation>Utkast (planlagt)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Consent – Art. 6(1)(a)</source>
        <translation>Samtykke – art. 6 nr. 1 bokstav a</translation>
    </message>
    <message>
        <source>Contract – Art. 6(1)(b)</source>
        <translation>Avtale – art. 6 nr. 1 bokstav b</translation>
    </message>
    <message>
        <source>Legal obligation – Art. 6(1)(c)</source>
        <translation>Rettslig forpliktelse – art. 6 nr. 1 bokstav c</translation>
    </message>
    <message>
        <source>Vital interests – Art. 6(1)(d)</source>
        <translation>Vitale interesser – art. 6 nr. 1 bokstav d</translation>
    </message>
    <message>
        <source>Public task – Art. 6(1)(e)</source>
        <translation>Allmennhetens interesse eller offentlig myndighet – art. 6 nr. 1 bokstav e</translation>
    </message>
    <message>
        <source>Legitimate interests – Art. 6(1)(f)</source>
        <translation>Berettiget interesse – art. 6 nr. 1 bokstav f</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Rasemessig eller etnisk opprinnelse</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Politisk oppfatning</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation>Religion eller livssyn</translation>
    </message>
    <message>
        <source>Trade union membership</source>
        <translation>Fagforeningsmedlemskap</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Genetiske opplysninger</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Biometriske opplysninger</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation>Seksuelle forhold eller seksuell orientering</translation>
    </message>
    <message>
        <source>Special category (not specified)</source>
        <translation>Særlig kategori (ikke angitt)</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Offentlig myndighet</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tredjepart</translation>
    </message>
    <message>
        <source>Group company</source>
        <translation>Konsernselskap</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Under arbeid</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Ikke påkrevd</translation>
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
        <translation>Den registrerte</translation>
    </message>
    <message>
        <source>A third party</source>
        <translation>En tredjepart</translation>
    </message>
    <message>
        <source>Public sources</source>
        <translation>Offentlige kilder</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Beslutning om tilstrekkelig beskyttelsesnivå</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standard personvernbestemmelser (SCC)</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Bindende virksomhetsregler</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Atferdsnormer</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Sertifisering</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Unntak (art. 49)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>In negotiation</source>
        <translation>Under forhandling</translation>
    </message>
    <message>
        <source>Outdated (2010 clauses)</source>
        <translation>Utdatert (bestemmelsene fra 2010)</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ikke nødvendig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Ikke vurdert ennå</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke påbegynt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Databehandlere</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerte</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Kategorier av personopplysninger</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sikkerhetstiltak</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>behandlingsaktivitet</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>databehandler</translation>
    </message>
    <message>
        <source>data subject category</source>
        <translation>kategori av registrerte</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>kategori av personopplysninger</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>mottaker</translation>
    </message>
    <message>
        <source>security measure</source>
        <translation>sikkerhetstiltak</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>en</source>
        <translation>nb</translation>
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
        <translation>Vent litt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
</TS>
