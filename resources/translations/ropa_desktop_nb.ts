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
        <source>Export PD&amp;F…</source>
        <translation>Eksporter &amp;PDF…</translation>
    </message>
    <message>
        <source>Information no&amp;tice…</source>
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
        <source>New activity from &amp;template…</source>
        <translation>Ny aktivitet fra &amp;mal…</translation>
    </message>
    <message>
        <source>Add a typical activity as a draft, with your country&apos;s law</source>
        <translation>Legg til en typisk behandlingsaktivitet som utkast, med loven i ditt land</translation>
    </message>
    <message>
        <source>Dupli&amp;cate activity</source>
        <translation>&amp;Dupliser aktivitet</translation>
    </message>
    <message>
        <source>Add a draft copy of the selected activity</source>
        <translation>Legg til en kopi av den valgte aktiviteten som utkast</translation>
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
        <source>Open in another window</source>
        <translation>Åpen i et annet vindu</translation>
    </message>
    <message>
        <source>%1 is also open in another ropa-desktop window on this computer. Both windows save every change at once; close one of them to avoid editing the same item twice.</source>
        <translation>%1 er også åpen i et annet ropa-desktop-vindu på denne datamaskinen. Begge vinduene lagrer hver endring med en gang; lukk ett av dem, så ingen oppføring endres to steder samtidig.</translation>
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
        <source>Replace file</source>
        <translation>Erstatt fil</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 finnes allerede. Vil du erstatte den?</translation>
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
        <source>Save mapping…</source>
        <translation>Lagre kolonnevalg…</translation>
    </message>
    <message>
        <source>Save what each column is imported as, for the next import or for ropa import --mapping</source>
        <translation>Lagre hvordan hver kolonne importeres, til neste import eller til ropa import --mapping</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Les inn kolonnevalg…</translation>
    </message>
    <message>
        <source>Map the columns as a saved mapping file says</source>
        <translation>Tolk kolonnene slik en lagret fil med kolonnevalg sier</translation>
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
        <source>%1 mapping</source>
        <translation>%1 kolonnevalg</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Lagre kolonnevalg</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Kolonnevalg (*.json)</translation>
    </message>
    <message>
        <source>The mapping was not saved</source>
        <translation>Kolonnevalgene ble ikke lagret</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Les inn kolonnevalg</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Kolonnevalg (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The mapping was not loaded</source>
        <translation>Kolonnevalgene ble ikke lest inn</translation>
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
        <source>Mark the agreement with “%1” reviewed</source>
        <translation>Merk databehandleravtalen med «%1» som gjennomgått</translation>
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
        <source>The selected activity or processor agreement was reviewed today: its next review moves on by its review interval.</source>
        <translation>Den valgte behandlingsaktiviteten eller databehandleravtalen ble gjennomgått i dag: neste gjennomgang flyttes fram med gjennomgangsintervallet.</translation>
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
        <source>Save as PDF…</source>
        <translation>Lagre som PDF…</translation>
    </message>
    <message>
        <source>The same comparison as a PDF document, to file or send on.</source>
        <translation>Den samme sammenligningen som PDF-dokument, til arkivering eller videresending.</translation>
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
    <message>
        <source>The activity was not duplicated</source>
        <translation>Aktiviteten ble ikke duplisert</translation>
    </message>
    <message>
        <source>Welcome to ropa-desktop</source>
        <translation>Velkommen til ropa-desktop</translation>
    </message>
    <message>
        <source>ropa-desktop keeps your record of processing activities (GDPR Art. 30). How would you like to begin?</source>
        <translation>I ropa-desktop fører du protokollen over behandlingsaktiviteter (personvernforordningen art. 30). Hvordan vil du begynne?</translation>
    </message>
    <message>
        <source>Look around in the demo register</source>
        <translation>Se deg rundt i demoprotokollen</translation>
    </message>
    <message>
        <source>A small company&apos;s register, filled in, to try everything on</source>
        <translation>En liten virksomhets protokoll, utfylt, til å prøve alt på</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Åpne en protokoll</translation>
    </message>
    <message>
        <source>A register file you or a colleague keeps</source>
        <translation>En protokollfil som du eller en kollega fører</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer et regneark</translation>
    </message>
    <message>
        <source>Start a new register from the spreadsheet you keep your register in today</source>
        <translation>Start en ny protokoll fra regnearket du fører protokollen i i dag</translation>
    </message>
    <message>
        <source>Start from typical activities</source>
        <translation>Start fra typiske aktiviteter</translation>
    </message>
    <message>
        <source>Start a new register and add activities we wrote for Nordic small companies</source>
        <translation>Start en ny protokoll og legg til aktiviteter vi har skrevet for små nordiske virksomheter</translation>
    </message>
    <message>
        <source>The demo register could not be made</source>
        <translation>Demoprotokollen kunne ikke opprettes</translation>
    </message>
    <message>
        <source>New activity from template</source>
        <translation>Ny aktivitet fra mal</translation>
    </message>
    <message>
        <source>Choose a typical activity. It is added as a draft with the law of your organisation&apos;s country: review it, name its processors and set it active.</source>
        <translation>Velg en typisk behandlingsaktivitet. Den legges til som utkast med loven i virksomhetens land: gå gjennom den, oppgi databehandlerne og sett den som aktiv.</translation>
    </message>
    <message>
        <source>Activity templates</source>
        <translation>Maler for behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Legg til aktivitet</translation>
    </message>
    <message>
        <source>The activity was not added</source>
        <translation>Aktiviteten ble ikke lagt til</translation>
    </message>
    <message>
        <source>Save the comparison as PDF</source>
        <translation>Lagre sammenligningen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The comparison was not saved</source>
        <translation>Sammenligningen ble ikke lagret</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Imported activities to review</source>
        <translation>Importerte behandlingsaktiviteter som skal gjennomgås</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1 on %2: %n activities to review</source>
        <translation>
            <numerusform>Importert fra %1 den %2: %n behandlingsaktivitet skal gjennomgås</numerusform>
            <numerusform>Importert fra %1 den %2: %n behandlingsaktiviteter skal gjennomgås</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the activity and review it.</source>
        <translation>Dobbeltklikk for å åpne behandlingsaktiviteten og gjennomgå den.</translation>
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
