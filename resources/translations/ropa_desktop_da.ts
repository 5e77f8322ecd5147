<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name></name>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Ny fortegnelse…</translation>
    </message>
    <message>
        <source>Start an empty register</source>
        <translation>Start en tom fortegnelse</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open a register file</source>
        <translation>Åbn en fortegnelsesfil</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>Replace the register with a JSON or Excel file</source>
        <translation>Erstat fortegnelsen med en JSON- eller Excel-fil</translation>
    </message>
    <message>
        <source>Import sprea&amp;dsheet…</source>
        <translation>Importér re&amp;gneark…</translation>
    </message>
    <message>
        <source>Add the activities of a register kept in a spreadsheet</source>
        <translation>Tilføj behandlingsaktiviteterne fra en fortegnelse, der føres i et regneark</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Eksportér JSON…</translation>
    </message>
    <message>
        <source>Save the register as a JSON document</source>
        <translation>Gem fortegnelsen som et JSON-dokument</translation>
    </message>
    <message>
        <source>The register as a PDF document</source>
        <translation>Fortegnelsen som et PDF-dokument</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Eksportér E&amp;xcel…</translation>
    </message>
    <message>
        <source>The register as an Excel workbook</source>
        <translation>Fortegnelsen som en Excel-projektmappe</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Gem en k&amp;opi…</translation>
    </message>
    <message>
        <source>A complete copy of the register file, under another name</source>
        <translation>En fuldstændig kopi af fortegnelsesfilen under et andet navn</translation>
    </message>
    <message>
        <source>Print what the window shows</source>
        <translation>Udskriv det, vinduet viser</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>In&amp;dstillinger…</translation>
    </message>
    <message>
        <source>Language, signing identity, export folder, review interval</source>
        <translation>Sprog, signeringsidentitet, eksportmappe, gennemgangsinterval</translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation>Eksportér &amp;PDF…</translation>
    </message>
    <message>
        <source>Information no&amp;tice…</source>
        <translation>Information til de &amp;registrerede…</translation>
    </message>
    <message>
        <source>Preview, print and publish the Art. 13/14 notices</source>
        <translation>Se, udskriv og offentliggør informationen efter art. 13 og 14</translation>
    </message>
    <message>
        <source>&amp;Verify signature…</source>
        <translation>&amp;Kontrollér signatur…</translation>
    </message>
    <message>
        <source>Check that a signed export is intact and who signed it</source>
        <translation>Kontrollér, at en signeret eksport er uændret, og hvem der har signeret den</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>Add an item to the list shown</source>
        <translation>Tilføj en post til den viste liste</translation>
    </message>
    <message>
        <source>&amp;Delete item</source>
        <translation>&amp;Slet posten</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Slet den valgte post</translation>
    </message>
    <message>
        <source>New activity from &amp;template…</source>
        <translation>Ny &amp;aktivitet fra skabelon…</translation>
    </message>
    <message>
        <source>Add a typical activity as a draft, with your country&apos;s law</source>
        <translation>Tilføj en typisk behandlingsaktivitet som kladde, med loven i dit land</translation>
    </message>
    <message>
        <source>Dupli&amp;cate activity</source>
        <translation>Dupli&amp;kér aktivitet</translation>
    </message>
    <message>
        <source>Add a draft copy of the selected activity</source>
        <translation>Tilføj en kopi af den valgte aktivitet som kladde</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>F&amp;iltrér listen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <source>Read the register file again</source>
        <translation>Indlæs fortegnelsesfilen igen</translation>
    </message>
    <message>
        <source>ropa-desktop &amp;Help</source>
        <translation>&amp;Hjælp til ropa-desktop</translation>
    </message>
    <message>
        <source>The handbook, at the page you are on</source>
        <translation>Håndbogen, på den side du står på</translation>
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
        <translation>Kunne ikke gentage</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Kunne ikke fortryde</translation>
    </message>
    <message>
        <source>Someone else changed this first</source>
        <translation>En anden har ændret dette først</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Ændringen blev ikke gemt</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Redigér »%1«</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Tilføj »%1«</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Slet »%1«</translation>
    </message>
    <message>
        <source>Record “none”</source>
        <translation>Registrér »ingen«</translation>
    </message>
    <message>
        <source>Mark as not recorded</source>
        <translation>Markér som ikke registreret</translation>
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation>Redigér virksomheden</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>posten</translation>
    </message>
    <message>
        <source>“%1” was deleted by %2 at %3, in another window or on another computer. Your change was not saved. Reload to see the register as it is now.</source>
        <translation>»%1« blev slettet af %2 kl. %3, i et andet vindue eller på en anden computer. Din ændring blev ikke gemt. Genindlæs for at se fortegnelsen, som den er nu.</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window or on another computer. Your change was not saved. Reload to see the register as it is now.</source>
        <translation>»%1« blev slettet i et andet vindue eller på en anden computer. Din ændring blev ikke gemt. Genindlæs for at se fortegnelsen, som den er nu.</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3, in another window or on another computer, after you opened it. Your change was not saved, so that it does not overwrite theirs. Reload to see their version, then make your change again if it is still needed.</source>
        <translation>»%1« blev ændret af %2 kl. %3, i et andet vindue eller på en anden computer, efter at du åbnede den. Din ændring blev ikke gemt, så den ikke overskriver deres. Genindlæs for at se deres version, og foretag derefter din ændring igen, hvis den stadig er nødvendig.</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or on another computer after you opened it. Your change was not saved, so that it does not overwrite theirs. Reload to see their version, then make your change again if it is still needed.</source>
        <translation>»%1« blev ændret i et andet vindue eller på en anden computer, efter at du åbnede den. Din ændring blev ikke gemt, så den ikke overskriver deres. Genindlæs for at se deres version, og foretag derefter din ændring igen, hvis den stadig er nødvendig.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <source>“Not now” keeps what you typed on screen, so you can copy it; View → Reload shows their version later.</source>
        <translation>»Ikke nu« lader det, du har skrevet, blive stående på skærmen, så du kan kopiere det; Vis → Genindlæs viser deres version senere.</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Ny fortegnelse</translation>
    </message>
    <message>
        <source>Tell us about the organisation that keeps the register. Everything can be changed later on the Organisation page.</source>
        <translation>Fortæl om virksomheden, der fører fortegnelsen. Alt kan ændres senere på siden Virksomhed.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Virksomhedens navn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Registreringsnummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language of the register</source>
        <translation>Fortegnelsens sprog</translation>
    </message>
    <message>
        <source>DPO name</source>
        <translation>Databeskyttelsesrådgiverens navn</translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation>Databeskyttelsesrådgiverens e-mail</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>Virksomhedens navn:</translation>
    </message>
    <message>
        <source>Organisation number:</source>
        <translation>Registreringsnummer:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Language of the register:</source>
        <translation>Fortegnelsens sprog:</translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation>Databeskyttelsesrådgiver (DPO):</translation>
    </message>
    <message>
        <source>DPO e-mail:</source>
        <translation>Databeskyttelsesrådgiverens e-mail:</translation>
    </message>
    <message>
        <source>Supervisory authority: %1</source>
        <translation>Tilsynsmyndighed: %1</translation>
    </message>
    <message>
        <source>No EU/EEA supervisory authority is known for this country.</source>
        <translation>Der kendes ingen tilsynsmyndighed i EU/EØS for dette land.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Eksportér fortegnelsen</translation>
    </message>
    <message>
        <source>Errors found by the checks</source>
        <translation>Fejl fundet af kontrollerne</translation>
    </message>
    <message>
        <source>The checks find errors in the register. You can export it all the same, or cancel and correct them first:</source>
        <translation>Kontrollerne finder fejl i fortegnelsen. Du kan eksportere den alligevel eller annullere og rette dem først:</translation>
    </message>
    <message>
        <source>Who is this copy of the register for?</source>
        <translation>Hvem er dette eksemplar af fortegnelsen til?</translation>
    </message>
    <message>
        <source>The organisation&apos;s &amp;own copy</source>
        <translation>Virksomhedens &amp;eget eksemplar</translation>
    </message>
    <message>
        <source>A copy for the &amp;supervisory authority</source>
        <translation>Et eksemplar til &amp;tilsynsmyndigheden</translation>
    </message>
    <message>
        <source>Include the &amp;findings of the checks</source>
        <translation>Medtag &amp;fundene fra kontrollerne</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation>Eksportens sprog</translation>
    </message>
    <message>
        <source>The cover says the copy is for the supervisory authority. The findings are included.</source>
        <translation>Forsiden angiver, at eksemplaret er til tilsynsmyndigheden. Fundene er medtaget.</translation>
    </message>
    <message>
        <source>The cover says the copy is for the supervisory authority. The findings are left out.</source>
        <translation>Forsiden angiver, at eksemplaret er til tilsynsmyndigheden. Fundene er udeladt.</translation>
    </message>
    <message>
        <source>The cover says the copy is the organisation&apos;s own. The findings are included.</source>
        <translation>Forsiden angiver, at eksemplaret er virksomhedens eget. Fundene er medtaget.</translation>
    </message>
    <message>
        <source>The cover says the copy is the organisation&apos;s own. The findings are left out.</source>
        <translation>Forsiden angiver, at eksemplaret er virksomhedens eget. Fundene er udeladt.</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Filen kunne ikke læses eller skrives: %1</translation>
    </message>
    <message>
        <source>Something went wrong inside ropa-desktop (%1: %2). The register was not changed.</source>
        <translation>Der gik noget galt i ropa-desktop (%1: %2). Fortegnelsen blev ikke ændret.</translation>
    </message>
    <message>
        <source>nothing is recorded yet; the format requires at least one entry</source>
        <translation>intet er registreret endnu; formatet kræver mindst én post</translation>
    </message>
    <message>
        <source>is not recorded yet; the format requires it</source>
        <translation>er ikke registreret endnu; formatet kræver det</translation>
    </message>
    <message>
        <source>has no text in any language</source>
        <translation>har ingen tekst på noget sprog</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 »%2«</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>Fortegnelsen</translation>
    </message>
    <message>
        <source>Exported, with gaps</source>
        <translation>Eksporteret, med mangler</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 blev gemt.</translation>
    </message>
    <message>
        <source>The file was written, but another program, or an import, will refuse it until these gaps are filled.</source>
        <translation>Filen blev skrevet, men et andet program, eller en import, vil afvise den, indtil disse mangler er udfyldt.</translation>
    </message>
    <message>
        <source>Gaps in the exported document</source>
        <translation>Mangler i det eksporterede dokument</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Åbn fortegnelse</translation>
    </message>
    <message>
        <source>Registers (*.ropa);;All files (*)</source>
        <translation>Fortegnelser (*.ropa);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The register could not be opened</source>
        <translation>Fortegnelsen kunne ikke åbnes</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>Åben i et andet vindue</translation>
    </message>
    <message>
        <source>%1 is also open in another ropa-desktop window on this computer. Both windows save every change at once; close one of them to avoid editing the same item twice.</source>
        <translation>%1 er også åben i et andet ropa-desktop-vindue på denne computer. Begge vinduer gemmer hver ændring med det samme; luk et af dem, så intet punkt ændres to steder på én gang.</translation>
    </message>
    <message>
        <source>Save the new register as</source>
        <translation>Gem den nye fortegnelse som</translation>
    </message>
    <message>
        <source>Registers (*.ropa)</source>
        <translation>Fortegnelser (*.ropa)</translation>
    </message>
    <message>
        <source>The register could not be created</source>
        <translation>Fortegnelsen kunne ikke oprettes</translation>
    </message>
    <message>
        <source>%1 could not be moved aside to %2: %3</source>
        <translation>%1 kunne ikke flyttes til side til %2: %3</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 kopi</translation>
    </message>
    <message>
        <source>Save a copy of the register</source>
        <translation>Gem en kopi af fortegnelsen</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopien blev ikke gemt</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Importér en fortegnelse</translation>
    </message>
    <message>
        <source>Register documents (*.json *.xlsx);;All files (*)</source>
        <translation>Fortegnelsesdokumenter (*.json *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>The import replaces everything in this register with the file&apos;s content. A copy of the register as it is now is kept beside it. Continue?</source>
        <translation>Importen erstatter alt i denne fortegnelse med filens indhold. En kopi af fortegnelsen, som den er nu, gemmes ved siden af. Vil du fortsætte?</translation>
    </message>
    <message>
        <source>Imported, with warnings</source>
        <translation>Importeret, med advarsler</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Filen blev ikke importeret</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Eksportér JSON</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON-dokumenter (*.json)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Eksportér Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Erstat fil</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Eksporterer %1…</translation>
    </message>
    <message>
        <source>The register was not exported</source>
        <translation>Fortegnelsen blev ikke eksporteret</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source>Sections of the register</source>
        <translation>Fortegnelsens afsnit</translation>
    </message>
    <message>
        <source>What a register is</source>
        <translation>Hvad en fortegnelse er</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Overførsler</translation>
    </message>
    <message>
        <source>Data subjects, data categories, recipients and security measures</source>
        <translation>Registrerede, kategorier af oplysninger, modtagere og sikkerhedsforanstaltninger</translation>
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
        <translation>Oplysninger til de registrerede</translation>
    </message>
    <message>
        <source>ropa-desktop Help</source>
        <translation>Hjælp til ropa-desktop</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Hjælpeemner</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjælpetekst</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
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
        <translation>Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was moved or deleted.</source>
        <translation>%1 findes ikke længere; den er flyttet eller slettet.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Det nye sprog bruges fra næste opstart.</translation>
    </message>
    <message>
        <source>About ropa-desktop</source>
        <translation>Om ropa-desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ropa-desktop %1&lt;/h3&gt;&lt;p&gt;The record of processing activities (GDPR Art. 30), kept on your desktop.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ropa-desktop %1&lt;/h3&gt;&lt;p&gt;Fortegnelsen over behandlingsaktiviteter (GDPR art. 30), ført på din egen computer.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation>Information til de registrerede</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Informationens sprog</translation>
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
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Publish with gaps?</source>
        <translation>Vil du offentliggøre med mangler?</translation>
    </message>
    <message>
        <source>The register does not fill every item this notice must give (%1). Publish it anyway? The notice log will record that it was published with these gaps.</source>
        <translation>Fortegnelsen udfylder ikke alt, hvad denne information skal indeholde (%1). Vil du offentliggøre den alligevel? Loggen over offentliggjort information vil vise, at den blev offentliggjort med disse mangler.</translation>
    </message>
    <message>
        <source>Export without logging?</source>
        <translation>Eksportér uden at logføre?</translation>
    </message>
    <message>
        <source>The register is read-only, so this notice cannot be recorded in its log of published notices. Export it anyway, without a log entry?</source>
        <translation>Fortegnelsen er skrivebeskyttet, så denne information kan ikke føres i loggen over offentliggjort information. Vil du eksportere den alligevel, uden logføring?</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Forhåndsvisning af informationen</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status for forhåndsvisningen</translation>
    </message>
    <message>
        <source>What the register does not say yet</source>
        <translation>Det, fortegnelsen endnu ikke angiver</translation>
    </message>
    <message>
        <source>Texts shown in another language</source>
        <translation>Tekster, der vises på et andet sprog</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Published notices</source>
        <translation>Offentliggjort information</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Offentliggjort</translation>
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
        <translation>Mangler</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>All, one section per audience</source>
        <translation>Alle, ét afsnit pr. målgruppe</translation>
    </message>
    <message>
        <source>HTML (web page)</source>
        <translation>HTML (webside)</translation>
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
        <translation>Forhåndsvisningen kunne ikke dannes: %1</translation>
    </message>
    <message>
        <source>The notice is complete as far as the register can tell.</source>
        <translation>Informationen er fuldstændig, så vidt fortegnelsen kan afgøre.</translation>
    </message>
    <message>
        <source>What the register does not say yet (%1):</source>
        <translation>Det, fortegnelsen endnu ikke angiver (%1):</translation>
    </message>
    <message>
        <source>Every text is in the notice&apos;s language.</source>
        <translation>Alle tekster findes på informationens sprog.</translation>
    </message>
    <message>
        <source>Texts shown in another language (%1):</source>
        <translation>Tekster, der vises på et andet sprog (%1):</translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation>Udskriv informationen</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Websider (*.html)</translation>
    </message>
    <message>
        <source>Export the notice</source>
        <translation>Eksportér informationen</translation>
    </message>
    <message>
        <source>%1 was written but not recorded in the log of published notices: the register is read-only.</source>
        <translation>%1 blev skrevet, men ikke ført i loggen over offentliggjort information: fortegnelsen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The notice was not exported</source>
        <translation>Informationen blev ikke eksporteret</translation>
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
        <translation>offentliggjort med mangler: %1</translation>
    </message>
    <message>
        <source>Compare with the SHA-256 of the published file to prove which text it was.</source>
        <translation>Sammenlign med SHA-256 for den offentliggjorte fil for at dokumentere, hvilken tekst det var.</translation>
    </message>
    <message>
        <source>Published (%1)</source>
        <translation>Offentliggjort (%1)</translation>
    </message>
    <message>
        <source>This register is also open by %1 on %2 since %3. You can both work: if you both change the same item, the second save is refused and you are asked to reload.</source>
        <translation>Fortegnelsen er også åben hos %1 på %2 siden %3. I kan begge arbejde: Hvis I begge ændrer den samme post, afvises den anden gemning, og du bliver bedt om at genindlæse.</translation>
    </message>
    <message numerus="yes">
        <source>This register is also open by %1 on %2 since %3, and by %n more. You can all work: if two of you change the same item, the second save is refused and that person is asked to reload.</source>
        <translation>
            <numerusform>Fortegnelsen er også åben hos %1 på %2 siden %3 og hos %n anden. I kan alle arbejde: Hvis to af jer ændrer den samme post, afvises den anden gemning, og den person bliver bedt om at genindlæse.</numerusform>
            <numerusform>Fortegnelsen er også åben hos %1 på %2 siden %3 og hos %n andre. I kan alle arbejde: Hvis to af jer ændrer den samme post, afvises den anden gemning, og den person bliver bedt om at genindlæse.</numerusform>
        </translation>
    </message>
    <message>
        <source>This register is read-only here: you can read, check and export it, but not change it. Copy it to a folder you can write to, to work on it.</source>
        <translation>Fortegnelsen er skrivebeskyttet her: Du kan læse, kontrollere og eksportere den, men ikke ændre den. Kopiér den til en mappe, hvor du kan gemme, hvis du vil arbejde i den.</translation>
    </message>
    <message>
        <source>This register is in a folder that %1 synchronises. Open it on one computer at a time: the service does not carry the register&apos;s locks, so two computers could overwrite each other&apos;s work.</source>
        <translation>Fortegnelsen ligger i en mappe, som %1 synkroniserer. Åbn den på én computer ad gangen: Tjenesten overfører ikke fortegnelsens låse, så to computere kan overskrive hinandens arbejde.</translation>
    </message>
    <message>
        <source>Sign the export?</source>
        <translation>Vil du signere eksporten?</translation>
    </message>
    <message>
        <source>A signed export shows who made it and proves that it has not been changed since. How do you want to sign it?</source>
        <translation>En signeret eksport viser, hvem der har lavet den, og beviser, at den ikke er ændret siden. Hvordan vil du signere den?</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Signér som %1</translation>
    </message>
    <message>
        <source>Sign with…</source>
        <translation>Signér med…</translation>
    </message>
    <message>
        <source>Create a signing identity…</source>
        <translation>Opret en signeringsidentitet…</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>Signér ikke</translation>
    </message>
    <message>
        <source>The password was wrong. Type the password of %1 again (attempt %2 of %3):</source>
        <translation>Adgangskoden var forkert. Skriv adgangskoden til %1 igen (forsøg %2 af %3):</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Vinduets sprog</translation>
    </message>
    <message>
        <source>Default signing identity</source>
        <translation>Standardsigneringsidentitet</translation>
    </message>
    <message>
        <source>the identity used last</source>
        <translation>den senest brugte identitet</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standardeksportmappe</translation>
    </message>
    <message>
        <source>the folder used last</source>
        <translation>den senest brugte mappe</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>Review interval of new registers</source>
        <translation>Gennemgangsinterval for nye fortegnelser</translation>
    </message>
    <message>
        <source>Default &amp;signing identity:</source>
        <translation>Standard&amp;signeringsidentitet:</translation>
    </message>
    <message>
        <source>Default export &amp;folder:</source>
        <translation>Standardeksport&amp;mappe:</translation>
    </message>
    <message>
        <source>&amp;Review new registers every:</source>
        <translation>&amp;Gennemgå nye fortegnelser hver:</translation>
    </message>
    <message>
        <source>A new language is used from the next start. A register&apos;s own review interval is set on its Organisation page.</source>
        <translation>Et nyt sprog bruges fra næste start. En fortegnelses eget gennemgangsinterval angives på siden Virksomhed.</translation>
    </message>
    <message>
        <source>Choose your signing identity</source>
        <translation>Vælg din signeringsidentitet</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>Signeringsidentiteter (*.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The export was not signed</source>
        <translation>Eksporten blev ikke signeret</translation>
    </message>
    <message>
        <source>A signing identity lets you sign exports: a signed file shows who made it and that it has not been changed since.</source>
        <translation>Med en signeringsidentitet kan du signere eksporter: en signeret fil viser, hvem der lavede den, og at den ikke er ændret siden.</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>Underskriverens navn</translation>
    </message>
    <message>
        <source>The signer&apos;s e-mail</source>
        <translation>Underskriverens e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Den samme adgangskode igen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>The identity is saved in %1. Back it up as you back up other important files (copy the .p12 file to a safe place); keep its password apart from it. Neither can be recovered if lost.</source>
        <translation>Identiteten gemmes i %1. Tag sikkerhedskopi af den som af andre vigtige filer (kopiér .p12-filen til et sikkert sted), og opbevar adgangskoden adskilt fra den. Ingen af dem kan genskabes, hvis de går tabt.</translation>
    </message>
    <message>
        <source>Type the name of the person who signs.</source>
        <translation>Skriv navnet på den, der signerer.</translation>
    </message>
    <message>
        <source>Choose a password to protect the identity.</source>
        <translation>Vælg en adgangskode, der beskytter identiteten.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er forskellige.</translation>
    </message>
    <message>
        <source>Create and sign as %1</source>
        <translation>Opret og signér som %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>Adgangskoden til %1:</translation>
    </message>
    <message>
        <source>Create a signing identity</source>
        <translation>Opret en signeringsidentitet</translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <translation>Kontrollér en signatur</translation>
    </message>
    <message>
        <source>Choose a signed PDF, or an Excel workbook with its signature file (.p7s) beside it. Give the signer&apos;s certificate to check that it was really they who signed.</source>
        <translation>Vælg en signeret PDF eller en Excel-projektmappe med dens signaturfil (.p7s) ved siden af. Angiv underskriverens certifikat for at kontrollere, at det virkelig var vedkommende, der signerede.</translation>
    </message>
    <message>
        <source>Signed file</source>
        <translation>Signeret fil</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Betroet certifikat</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <source>Signed &amp;file:</source>
        <translation>Signeret &amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation>&amp;Betroet certifikat:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signeret af:</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>Signeret:</translation>
    </message>
    <message>
        <source>Unchanged since signing:</source>
        <translation>Uændret siden signering:</translation>
    </message>
    <message>
        <source>Signer trusted:</source>
        <translation>Betroet underskriver:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kontrollér</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Gennemse efter %1</translation>
    </message>
    <message>
        <source>Choose the signed file</source>
        <translation>Vælg den signerede fil</translation>
    </message>
    <message>
        <source>Signed exports (*.pdf *.xlsx *.p7s);;All files (*)</source>
        <translation>Signerede eksporter (*.pdf *.xlsx *.p7s);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the trusted certificate</source>
        <translation>Vælg det betroede certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certifikater (*.pem *.crt *.cer *.der);;Alle filer (*)</translation>
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
        <translation>Nej</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>Not checked: no trusted certificate was given</source>
        <translation>Ikke kontrolleret: Der blev ikke angivet noget betroet certifikat</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>Filen er ikke signeret.</translation>
    </message>
    <message>
        <source>The file carries no signature that can be checked, or the signature is damaged.</source>
        <translation>Filen har ingen signatur, der kan kontrolleres, eller signaturen er beskadiget.</translation>
    </message>
    <message>
        <source>Do not rely on this file: it was changed after it was signed.</source>
        <translation>Stol ikke på denne fil: Den er ændret, efter at den blev signeret.</translation>
    </message>
    <message>
        <source>The file is unchanged, but it was not signed by the certificate you trust.</source>
        <translation>Filen er uændret, men den blev ikke signeret med det certifikat, du stoler på.</translation>
    </message>
    <message>
        <source>The file is unchanged since %1 signed it. Give their certificate to check that it was really them.</source>
        <translation>Filen er uændret, siden %1 signerede den. Angiv vedkommendes certifikat for at kontrollere, at det virkelig var vedkommende.</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>underskriveren</translation>
    </message>
    <message>
        <source>The file is unchanged since %1 signed it, and the signer is the one you trust.</source>
        <translation>Filen er uændret, siden %1 signerede den, og underskriveren er den, du stoler på.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— ikke registreret —</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Endnu ikke registreret</translation>
    </message>
    <message>
        <source>Not recorded yet: the register does not answer this, and the checks will ask about it.</source>
        <translation>Endnu ikke registreret: Fortegnelsen besvarer ikke dette, og kontrollerne vil spørge efter det.</translation>
    </message>
    <message>
        <source>Recorded as none: the register states that there is none.</source>
        <translation>Registreret som ingen: Fortegnelsen angiver, at der ikke er nogen.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Tilføj til %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Fjern fra %1</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Vis historik</translation>
    </message>
    <message>
        <source>Every change of this item: who, when, what</source>
        <translation>Hver ændring af denne post: hvem, hvornår, hvad</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Carry this retired activity out again: its status becomes active</source>
        <translation>Tag den afsluttede behandlingsaktivitet i brug igen: dens status bliver aktiv</translation>
    </message>
    <message>
        <source>Select an item in the list, or add one.</source>
        <translation>Vælg en post på listen, eller tilføj en.</translation>
    </message>
    <message>
        <source>Findings about this item</source>
        <translation>Fund vedrørende denne post</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Med et interval på</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Vejnavn og nummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Art. 44: a sub-processor outside the EU/EEA makes the processing a transfer.</source>
        <translation>Art. 44: En underdatabehandler uden for EU/EØS gør behandlingen til en overførsel.</translation>
    </message>
    <message>
        <source>Art. 30(1)(d): processors are among the recipients the record names.</source>
        <translation>Art. 30, stk. 1, litra d: Databehandlere hører til de modtagere, som fortegnelsen skal nævne.</translation>
    </message>
    <message>
        <source>Where the processor is established.</source>
        <translation>Hvor databehandleren er etableret.</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): a processor outside the EU/EEA receives a transfer to a third country.</source>
        <translation>Art. 30, stk. 1, litra e: En databehandler uden for EU/EØS modtager en overførsel til et tredjeland.</translation>
    </message>
    <message>
        <source>Every country where the processor stores or reaches the data, e.g. its data centres.</source>
        <translation>Hvert land, hvor databehandleren opbevarer oplysningerne eller har adgang til dem, fx hvor datacentrene ligger.</translation>
    </message>
    <message>
        <source>Art. 44: data processed outside the EU/EEA are transferred, wherever the processor is established.</source>
        <translation>Art. 44: Oplysninger, der behandles uden for EU/EØS, overføres, uanset hvor databehandleren er etableret.</translation>
    </message>
    <message>
        <source>Art. 28(3): processing by a processor is governed by a contract.</source>
        <translation>Art. 28, stk. 3: En databehandlers behandling skal være reguleret af en kontrakt.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Hvad oplysningerne bruges til, med ord, som den registrerede forstår.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Behandlingsgrundlag</translation>
    </message>
    <message>
        <source>Art. 6(1): each purpose rests on one legal basis, which Art. 13(1)(c) tells the data subject.</source>
        <translation>Art. 6, stk. 1: Hvert formål hviler på ét behandlingsgrundlag, som den registrerede skal oplyses om efter art. 13, stk. 1, litra c.</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitim interesse</translation>
    </message>
    <message>
        <source>Art. 13(1)(d): the legitimate interests pursued are told to the data subject.</source>
        <translation>Art. 13, stk. 1, litra d: Den registrerede skal oplyses om de legitime interesser, der forfølges.</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Lov</translation>
    </message>
    <message>
        <source>Art. 6(3): a legal obligation or a public task is laid down by Union or national law.</source>
        <translation>Art. 6, stk. 3: En retlig forpligtelse eller en opgave i samfundets interesse skal være fastsat i EU-retten eller national ret.</translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation>Undtagelse efter art. 9, stk. 2</translation>
    </message>
    <message>
        <source>Art. 9(2): special categories of data are processed only under one of its conditions.</source>
        <translation>Art. 9, stk. 2: Særlige kategorier af personoplysninger må kun behandles, når en af undtagelserne dér gælder.</translation>
    </message>
    <message>
        <source>Only these data categories</source>
        <translation>Kun disse kategorier af personoplysninger</translation>
    </message>
    <message>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data categories.</source>
        <translation>Lad alle være uden flueben, når formålet omfatter alle behandlingsaktivitetens kategorier af personoplysninger.</translation>
    </message>
    <message>
        <source>Only these data subjects</source>
        <translation>Kun disse registrerede</translation>
    </message>
    <message>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data subjects.</source>
        <translation>Lad alle være uden flueben, når formålet omfatter alle behandlingsaktivitetens registrerede.</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nyt formål</translation>
    </message>
    <message>
        <source>no legal basis</source>
        <translation>intet behandlingsgrundlag</translation>
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
        <translation>Underskrevet den</translation>
    </message>
    <message>
        <source>Where the contract is kept</source>
        <translation>Hvor aftalen opbevares</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gennemført den</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certificeret</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Kontrolleret den</translation>
    </message>
    <message>
        <source>Where it was checked</source>
        <translation>Hvor det blev kontrolleret</translation>
    </message>
    <message>
        <source>e.g. the recipient&apos;s entry on the DPF list</source>
        <translation>fx modtagerens post på DPF-listen</translation>
    </message>
    <message>
        <source>Outside the EU/EEA (country not stated)</source>
        <translation>Uden for EU/EØS (land ikke angivet)</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Databehandler</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Other recipient</source>
        <translation>Anden modtager</translation>
    </message>
    <message>
        <source>Transfer tool</source>
        <translation>Overførselsgrundlag</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standardkontraktbestemmelser (SCC)</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Undtagelse</translation>
    </message>
    <message>
        <source>EU–US Data Privacy Framework</source>
        <translation>Databeskyttelsesrammen mellem EU og USA (DPF)</translation>
    </message>
    <message>
        <source>The adequacy decision for the US covers only organisations certified under the framework.</source>
        <translation>Tilstrækkelighedsafgørelsen for USA omfatter kun organisationer, der er certificeret under rammen.</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Vurdering af overførslen (TIA)</translation>
    </message>
    <message>
        <source>Supplementary measures</source>
        <translation>Supplerende foranstaltninger</translation>
    </message>
    <message>
        <source>How to get a copy</source>
        <translation>Sådan får man en kopi</translation>
    </message>
    <message>
        <source>outside the EU/EEA</source>
        <translation>uden for EU/EØS</translation>
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
        <translation>Kun for formål</translation>
    </message>
    <message>
        <source>Only for data subjects</source>
        <translation>Kun for registrerede</translation>
    </message>
    <message>
        <source>Only for data categories</source>
        <translation>Kun for kategorier af personoplysninger</translation>
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
        <translation>Deres databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <source>Data processing agreement</source>
        <translation>Databehandleraftale</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatiske afgørelser</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation>Den involverede logik</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Konsekvenser</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrævet</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Vores rolle</translation>
    </message>
    <message>
        <source>Activity name</source>
        <translation>Behandlingsaktivitetens navn</translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation>Undtagelse efter art. 9</translation>
    </message>
    <message>
        <source>Law reference</source>
        <translation>Lovhjemmel</translation>
    </message>
    <message>
        <source>Special categories of data</source>
        <translation>Særlige kategorier af personoplysninger</translation>
    </message>
    <message>
        <source>Transfer countries</source>
        <translation>Lande, der overføres til</translation>
    </message>
    <message>
        <source>Transfer safeguards</source>
        <translation>Garantier ved overførsel</translation>
    </message>
    <message>
        <source>Law setting the retention</source>
        <translation>Lov, der fastsætter opbevaringsperioden</translation>
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
        <translation>Konsekvensanalyse (DPIA) påkrævet</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importér %1</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>Importér regneark</translation>
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
        <translation>Gem kolonnevalg…</translation>
    </message>
    <message>
        <source>Save what each column is imported as, for the next import or for ropa import --mapping</source>
        <translation>Gem, hvordan hver kolonne importeres, til næste import eller til ropa import --mapping</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Indlæs kolonnevalg…</translation>
    </message>
    <message>
        <source>Map the columns as a saved mapping file says</source>
        <translation>Tolk kolonnerne, som en gemt fil med kolonnevalg angiver</translation>
    </message>
    <message>
        <source>Cells not understood or not taken as written:</source>
        <translation>Celler, der ikke blev forstået eller ikke blev taget med, som de står:</translation>
    </message>
    <message>
        <source>Not recognised: choose a field or ignore it</source>
        <translation>Ukendt: vælg et felt, eller spring kolonnen over</translation>
    </message>
    <message>
        <source>Keep as a note on each activity</source>
        <translation>Behold som note på hver behandlingsaktivitet</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Spring kolonnen over</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities from the sheet “%2”, header row %3.</source>
        <translation>
            <numerusform>%1: %n behandlingsaktivitet fra arket »%2«, overskriftsrække %3.</numerusform>
            <numerusform>%1: %n behandlingsaktiviteter fra arket »%2«, overskriftsrække %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mapping</source>
        <translation>%1 kolonnevalg</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Gem kolonnevalg</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Kolonnevalg (*.json)</translation>
    </message>
    <message>
        <source>The mapping was not saved</source>
        <translation>Kolonnevalgene blev ikke gemt</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Indlæs kolonnevalg</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Kolonnevalg (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The mapping was not loaded</source>
        <translation>Kolonnevalgene blev ikke indlæst</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>Regneark (*.xlsx *.ods *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The spreadsheet was not imported</source>
        <translation>Regnearket blev ikke importeret</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Adskil med komma</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Fælles dataansvarlige</translation>
    </message>
    <message>
        <source>New controller</source>
        <translation>Ny dataansvarlig</translation>
    </message>
    <message>
        <source>None to name</source>
        <translation>Ingen at nævne</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>På vegne af</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Senest gennemgået</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste gennemgang</translation>
    </message>
    <message>
        <source>Review interval</source>
        <translation>Gennemgangsinterval</translation>
    </message>
    <message>
        <source>Internal id</source>
        <translation>Internt id</translation>
    </message>
    <message>
        <source>Made from the purpose&apos;s text; other tools and retention rules refer to the purpose by it.</source>
        <translation>Dannes ud fra formålets tekst; andre værktøjer og slettefristerne henviser til formålet med dette id.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): the third country the data are transferred to is named.</source>
        <translation>Art. 30, stk. 1, litra e: Det tredjeland, som oplysningerne overføres til, skal angives.</translation>
    </message>
    <message>
        <source>Picking a processor fills in its country when none is recorded yet.</source>
        <translation>Når du vælger en databehandler, indsættes dens land, hvis der endnu ikke er registreret et land.</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): who receives the data in the third country.</source>
        <translation>Art. 30, stk. 1, litra e: hvem der modtager oplysningerne i tredjelandet.</translation>
    </message>
    <message>
        <source>Art. 44 to 46: a transfer needs an adequacy decision or appropriate safeguards.</source>
        <translation>Art. 44–46: En overførsel kræver en tilstrækkelighedsafgørelse eller fornødne garantier.</translation>
    </message>
    <message>
        <source>Art. 46(2)(c): standard contractual clauses adopted by the Commission.</source>
        <translation>Art. 46, stk. 2, litra c: standardkontraktbestemmelser vedtaget af Kommissionen.</translation>
    </message>
    <message>
        <source>Art. 49(1): a derogation is for specific situations only, and is documented.</source>
        <translation>Art. 49, stk. 1: En undtagelse gælder kun i særlige situationer og skal dokumenteres.</translation>
    </message>
    <message>
        <source>Art. 45(3): the Commission&apos;s decision of 10 July 2023 covers certified US organisations.</source>
        <translation>Art. 45, stk. 3: Kommissionens afgørelse af 10. juli 2023 omfatter certificerede organisationer i USA.</translation>
    </message>
    <message>
        <source>Art. 46(1) as the Court read it in C-311/18: the exporter checks that the third country&apos;s law does not undermine the safeguards.</source>
        <translation>Art. 46, stk. 1, som EU-Domstolen fortolkede den i sag C-311/18: Dataeksportøren kontrollerer, at tredjelandets lovgivning ikke undergraver garantierne.</translation>
    </message>
    <message>
        <source>Art. 13(1)(f): how the data subject obtains a copy of the safeguards.</source>
        <translation>Art. 13, stk. 1, litra f: hvordan den registrerede kan få en kopi af garantierne.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(ingen modtager)</translation>
    </message>
    <message>
        <source>The rule in words, as a notice tells it: how long, and from when.</source>
        <translation>Slettefristen med ord, sådan som informationen til de registrerede beskriver den: hvor længe og fra hvornår.</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Opbevares i</translation>
    </message>
    <message>
        <source>No fixed period: it ends with an event</source>
        <translation>Ingen fast periode: Den ophører ved en hændelse</translation>
    </message>
    <message>
        <source>A period of</source>
        <translation>En periode på</translation>
    </message>
    <message>
        <source>A number of days, weeks, months or years; or no fixed period when the rule ends with an event, such as a withdrawn consent.</source>
        <translation>Et antal dage, uger, måneder eller år, eller ingen fast periode, når slettefristen ophører ved en hændelse, fx at et samtykke trækkes tilbage.</translation>
    </message>
    <message>
        <source>Art. 13(2)(a): the period for which the data are stored, or how it is decided.</source>
        <translation>Art. 13, stk. 2, litra a: det tidsrum, hvor oplysningerne vil blive opbevaret, eller hvordan det fastlægges.</translation>
    </message>
    <message>
        <source>e.g. the end of the financial year</source>
        <translation>fx regnskabsårets afslutning</translation>
    </message>
    <message>
        <source>The event the period runs from, in words.</source>
        <translation>Den hændelse, som perioden regnes fra, med ord.</translation>
    </message>
    <message>
        <source>The law that sets the period, e.g. Bokföringslagen 7 kap. 2 §.</source>
        <translation>Den lov, der fastsætter perioden, fx bogføringsloven § 12.</translation>
    </message>
    <message>
        <source>Art. 14(2)(f): where data not obtained from the data subject come from.</source>
        <translation>Art. 14, stk. 2, litra f: hvorfra oplysninger, der ikke er indsamlet hos den registrerede, stammer.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of each joint controller.</source>
        <translation>Art. 30, stk. 1, litra a: navn og kontaktoplysninger for hver fælles dataansvarlig.</translation>
    </message>
    <message>
        <source>Art. 26(1): the arrangement says who does what, in particular for the data subjects&apos; rights.</source>
        <translation>Art. 26, stk. 1: Ordningen fastlægger, hvem der gør hvad, navnlig med hensyn til de registreredes rettigheder.</translation>
    </message>
    <message>
        <source>Art. 30(2)(a): the name and contact details of each controller we act for.</source>
        <translation>Art. 30, stk. 2, litra a: navn og kontaktoplysninger for hver dataansvarlig, vi behandler oplysninger på vegne af.</translation>
    </message>
    <message>
        <source>Art. 30(1): the record lists each processing activity.</source>
        <translation>Art. 30, stk. 1: Fortegnelsen omfatter hver behandlingsaktivitet.</translation>
    </message>
    <message>
        <source>Art. 30(1) and 30(2): controllers and processors each keep a record, with different contents.</source>
        <translation>Art. 30, stk. 1 og 2: Dataansvarlige og databehandlere fører hver sin fortegnelse med forskelligt indhold.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of any joint controller.</source>
        <translation>Art. 30, stk. 1, litra a: navn og kontaktoplysninger for eventuelle fælles dataansvarlige.</translation>
    </message>
    <message>
        <source>Art. 30(2)(a): each controller on whose behalf the processor acts.</source>
        <translation>Art. 30, stk. 2, litra a: hver dataansvarlig, som databehandleren handler på vegne af.</translation>
    </message>
    <message>
        <source>When the activity is next to be reviewed; the checks remind you when it is due.</source>
        <translation>Hvornår behandlingsaktiviteten skal gennemgås næste gang; kontrollerne minder dig om det, når tiden er inde.</translation>
    </message>
    <message>
        <source>The organisation&apos;s interval</source>
        <translation>Virksomhedens interval</translation>
    </message>
    <message>
        <source>How often this activity is reviewed, when not as often as the organisation&apos;s interval says.</source>
        <translation>Hvor ofte denne behandlingsaktivitet gennemgås, når det ikke skal ske så ofte, som virksomhedens interval angiver.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Oplysninger</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerede</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Kategorier af personoplysninger</translation>
    </message>
    <message>
        <source>Why personal identity numbers are needed</source>
        <translation>Hvorfor personnummer er nødvendigt</translation>
    </message>
    <message>
        <source>National law asks for the reason: in Sweden dataskyddslagen 3 kap. 10 §, in Norway personopplysningsloven § 12, in Denmark databeskyttelsesloven § 11.</source>
        <translation>National lov kræver en begrundelse: i Sverige dataskyddslagen 3 kap. 10 §, i Norge personopplysningsloven § 12, i Danmark databeskyttelseslovens § 11.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <source>None to state</source>
        <translation>Ingen at angive</translation>
    </message>
    <message>
        <source>Art. 14(2)(f): from which source the data come, when not from the data subject.</source>
        <translation>Art. 14, stk. 2, litra f: hvilken kilde oplysningerne stammer fra, når de ikke kommer fra den registrerede.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Art. 30(1)(b): the purposes of the processing.</source>
        <translation>Art. 30, stk. 1, litra b: formålene med behandlingen.</translation>
    </message>
    <message>
        <source>Statutory or contractual requirement</source>
        <translation>Lovbestemt eller kontraktligt krav</translation>
    </message>
    <message>
        <source>Neither: providing the data is voluntary</source>
        <translation>Ingen af delene: Det er frivilligt at afgive oplysningerne</translation>
    </message>
    <message>
        <source>Art. 13(2)(e): whether the data subject must provide the data, and what follows if not.</source>
        <translation>Art. 13, stk. 2, litra e: om den registrerede har pligt til at afgive oplysningerne, og hvad følgerne er, hvis de ikke afgives.</translation>
    </message>
    <message>
        <source>Art. 22 and 13(2)(f): automated decision-making, including profiling, its logic and its consequences.</source>
        <translation>Art. 22 og art. 13, stk. 2, litra f: automatiske afgørelser, herunder profilering, den involverede logik og konsekvenserne.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>No recipients</source>
        <translation>Ingen modtagere</translation>
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
        <translation>Art. 28, stk. 1: Den dataansvarlige må kun gøre brug af databehandlere, der kan stille de fornødne garantier.</translation>
    </message>
    <message>
        <source>Transfers outside the EU/EEA</source>
        <translation>Overførsler til lande uden for EU/EØS</translation>
    </message>
    <message>
        <source>No transfers outside the EU/EEA</source>
        <translation>Ingen overførsler til lande uden for EU/EØS</translation>
    </message>
    <message>
        <source>Art. 30(1)(e): transfers to a third country, naming the country, and the safeguards.</source>
        <translation>Art. 30, stk. 1, litra e: overførsler til tredjelande med angivelse af landet samt garantierne.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Slettefrister</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Ny slettefrist</translation>
    </message>
    <message>
        <source>Art. 30(1)(f): where possible, the envisaged time limits for erasure.</source>
        <translation>Art. 30, stk. 1, litra f: om muligt de forventede tidsfrister for sletning.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sikkerhedsforanstaltninger</translation>
    </message>
    <message>
        <source>Impact assessment (DPIA)</source>
        <translation>Konsekvensanalyse (DPIA)</translation>
    </message>
    <message>
        <source>Art. 35(1): an impact assessment where the processing is likely to result in a high risk.</source>
        <translation>Art. 35, stk. 1: en konsekvensanalyse, når behandlingen sandsynligvis vil indebære en høj risiko.</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Gennemgås den</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Stands for a category of vendors</source>
        <translation>Repræsenterer en kategori af leverandører</translation>
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
        <translation>Art. 28, stk. 2 og 4: Databehandleren må kun gøre brug af en anden databehandler med den dataansvarliges godkendelse og med de samme forpligtelser.</translation>
    </message>
    <message>
        <source>Art. 30(1)(c): a description of the categories of data subjects.</source>
        <translation>Art. 30, stk. 1, litra c: en beskrivelse af kategorierne af registrerede.</translation>
    </message>
    <message>
        <source>Art. 30(1)(c): a description of the categories of personal data.</source>
        <translation>Art. 30, stk. 1, litra c: en beskrivelse af kategorierne af personoplysninger.</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Særlig kategori (art. 9)</translation>
    </message>
    <message>
        <source>Art. 9(1): data on health, ethnic origin, beliefs and the like may be processed only under a condition of Art. 9(2).</source>
        <translation>Art. 9, stk. 1: Oplysninger om helbred, etnisk oprindelse, overbevisning og lignende må kun behandles, når en undtagelse i art. 9, stk. 2, gælder.</translation>
    </message>
    <message>
        <source>Criminal offences (Art. 10)</source>
        <translation>Strafbare forhold (art. 10)</translation>
    </message>
    <message>
        <source>Art. 10: data on criminal convictions and offences only under official authority or where the law allows it.</source>
        <translation>Art. 10: oplysninger om strafbare forhold kun under kontrol af en offentlig myndighed, eller når lovgivningen giver hjemmel til det.</translation>
    </message>
    <message>
        <source>Personal identity numbers</source>
        <translation>Personnummer (CPR-nummer)</translation>
    </message>
    <message>
        <source>Art. 87: national law sets the conditions for processing a national identification number.</source>
        <translation>Art. 87: National ret fastsætter betingelserne for at behandle et nationalt identifikationsnummer.</translation>
    </message>
    <message>
        <source>Art. 30(1)(d): the categories of recipients to whom the data are disclosed.</source>
        <translation>Art. 30, stk. 1, litra d: de kategorier af modtagere, som oplysningerne videregives til.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Art. 30(1)(d): recipients in third countries are named as such.</source>
        <translation>Art. 30, stk. 1, litra d: Det skal fremgå, hvilke modtagere der er i tredjelande.</translation>
    </message>
    <message>
        <source>Art. 30(1)(g): where possible, a general description of the technical and organisational security measures.</source>
        <translation>Art. 30, stk. 1, litra g: om muligt en generel beskrivelse af de tekniske og organisatoriske sikkerhedsforanstaltninger.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Art. 32(1): measures are technical or organisational, fit for the risk.</source>
        <translation>Art. 32, stk. 1: Foranstaltningerne er tekniske eller organisatoriske og passer til risikoen.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of the controller.</source>
        <translation>Art. 30, stk. 1, litra a: navn og kontaktoplysninger for den dataansvarlige.</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Binavn</translation>
    </message>
    <message>
        <source>Supervisory authority (country)</source>
        <translation>Tilsynsmyndighed (land)</translation>
    </message>
    <message>
        <source>Art. 55 and 56: the authority of the country of the main establishment is competent.</source>
        <translation>Art. 55 og 56: Tilsynsmyndigheden i det land, hvor hovedvirksomheden ligger, er kompetent.</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Websted</translation>
    </message>
    <message>
        <source>How data subjects reach us</source>
        <translation>Sådan kontakter de registrerede os</translation>
    </message>
    <message>
        <source>Art. 12(2): the controller makes it easy for data subjects to exercise their rights.</source>
        <translation>Art. 12, stk. 2: Den dataansvarlige skal gøre det let for de registrerede at udøve deres rettigheder.</translation>
    </message>
    <message>
        <source>Review interval of activities</source>
        <translation>Gennemgangsinterval for behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>How often each activity is reviewed. An activity can set its own interval.</source>
        <translation>Hvor ofte hver behandlingsaktivitet gennemgås. En behandlingsaktivitet kan have sit eget interval.</translation>
    </message>
    <message>
        <source>Art. 24(1): the measures are reviewed and updated where necessary.</source>
        <translation>Art. 24, stk. 1: Foranstaltningerne skal revideres og ajourføres efter behov.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and 27: the representative in the EU of a controller established outside it.</source>
        <translation>Art. 30, stk. 1, litra a, og art. 27: repræsentanten i EU for en dataansvarlig, der er etableret uden for EU.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver (DPO)</translation>
    </message>
    <message>
        <source>None: we have no data protection officer</source>
        <translation>Ingen: Vi har ingen databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <source>Our data protection officer</source>
        <translation>Vores databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and 37: the contact details of the data protection officer, where there is one.</source>
        <translation>Art. 30, stk. 1, litra a, og art. 37: kontaktoplysningerne på databeskyttelsesrådgiveren, hvis der er en.</translation>
    </message>
    <message>
        <source>EU representative (Art. 27)</source>
        <translation>Repræsentant i EU (art. 27)</translation>
    </message>
    <message>
        <source>None: we are established in the EU/EEA</source>
        <translation>Ingen: Vi er etableret i EU/EØS</translation>
    </message>
    <message>
        <source>Our representative</source>
        <translation>Vores repræsentant</translation>
    </message>
    <message>
        <source>None: we disclose personal data to no one</source>
        <translation>Ingen: Vi videregiver ikke personoplysninger til nogen</translation>
    </message>
    <message>
        <source>None: we use no processors</source>
        <translation>Ingen: Vi bruger ingen databehandlere</translation>
    </message>
    <message>
        <source>None recorded as taken</source>
        <translation>Ingen foranstaltninger registreret som gennemført</translation>
    </message>
    <message>
        <source>Filter by name or description…</source>
        <translation>Filtrér efter navn eller beskrivelse…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrér %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <source>Add a new %1 (Ctrl+Shift+N)</source>
        <translation>Tilføj ny: %1 (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Unticked, the list counts as not recorded yet, and the checks ask about it.</source>
        <translation>Uden flueben regnes listen som endnu ikke registreret, og kontrollerne spørger efter den.</translation>
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
        <translation>… og %1 mere</translation>
    </message>
    <message>
        <source>“%1” is used by these activities:
%2

Delete it and remove it from them?</source>
        <translation>»%1« bruges af disse behandlingsaktiviteter:
%2

Vil du slette den og fjerne den fra dem?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Vil du slette »%1«?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Slet: %1</translation>
    </message>
    <message>
        <source>No supervisory authority is known for this country.</source>
        <translation>Der kendes ingen tilsynsmyndighed for dette land.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Vedrører</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The checks are not available in this version.</source>
        <translation>Kontrollerne findes ikke i denne version.</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Fortegnelsen kontrolleres…</translation>
    </message>
    <message>
        <source>No findings: the register is complete as far as the checks can tell.</source>
        <translation>Ingen fund: Fortegnelsen er fuldstændig, så vidt kontrollerne kan se.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings. Double-click one to open what it concerns.</source>
        <translation>
            <numerusform>Ét fund. Dobbeltklik på det for at gå til det, fundet vedrører.</numerusform>
            <numerusform>%n fund. Dobbeltklik på et fund for at gå til det, fundet vedrører.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers are recorded in each activity. Double-click a row to edit it there.</source>
        <translation>Overførsler registreres i hver behandlingsaktivitet. Dobbeltklik på en række for at redigere den dér.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrér…</translation>
    </message>
    <message>
        <source>Filter transfers</source>
        <translation>Filtrér overførsler</translation>
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
        <translation>Uden for EU/EØS</translation>
    </message>
    <message>
        <source>Text in this language</source>
        <translation>Tekst på dette sprog</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 registreret</translation>
    </message>
    <message>
        <source>Add new…</source>
        <translation>Tilføj ny…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Skjul meddelelsen</translation>
    </message>
    <message>
        <source>What does the law ask? %1</source>
        <translation>Hvad kræver loven? %1</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanceret</translation>
    </message>
    <message>
        <source>“%1” is not a country in the list: pick one of the names offered.</source>
        <translation>»%1« er ikke et land på listen: Vælg et af de viste navne.</translation>
    </message>
    <message>
        <source>Type a country&apos;s name…</source>
        <translation>Skriv navnet på et land…</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Tilføj land</translation>
    </message>
    <message>
        <source>Country to add to %1</source>
        <translation>Land, der skal tilføjes til %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>uger</translation>
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
        <translation>som det står i fortegnelsen: %1</translation>
    </message>
    <message>
        <source>%1: number</source>
        <translation>%1: antal</translation>
    </message>
    <message>
        <source>%1: unit</source>
        <translation>%1: enhed</translation>
    </message>
    <message>
        <source>%1 was saved in %2.</source>
        <translation>%1 blev gemt i %2.</translation>
    </message>
    <message>
        <source>It is signed: the signature is the file %1 beside it. Always send or store the two files together; without %1 nobody can check the workbook.</source>
        <translation>Den er signeret: signaturen er filen %1 ved siden af. Send og gem altid de to filer sammen; uden %1 kan ingen kontrollere projektmappen.</translation>
    </message>
    <message>
        <source>It is signed: the signature is inside the PDF.</source>
        <translation>Den er signeret: signaturen ligger i PDF-filen.</translation>
    </message>
    <message>
        <source>The findings of the checks are included.</source>
        <translation>Kontrollernes bemærkninger er medtaget.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Vis i &amp;mappe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Oplysninger</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopi</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Gemt tilstand</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gemt kl. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retire or delete?</source>
        <translation>Afslutte eller slette?</translation>
    </message>
    <message>
        <source>Retire “%1”? A retired activity stays in the register, marked as no longer carried out, so you can show what was processed and when it stopped. Delete removes it; only the history keeps it.</source>
        <translation>Vil du afslutte »%1«? En afsluttet behandlingsaktivitet bliver stående i fortegnelsen, markeret som ikke længere udført, så du kan vise, hvad der blev behandlet, og hvornår det ophørte. Slet fjerner den; kun historikken bevarer den.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Slet endeligt</translation>
    </message>
    <message>
        <source>Retire “%1”</source>
        <translation>Afslut »%1«</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Gendan »%1«</translation>
    </message>
    <message>
        <source>Mark “%1” reviewed</source>
        <translation>Markér »%1« som gennemgået</translation>
    </message>
    <message>
        <source>Mark the agreement with “%1” reviewed</source>
        <translation>Markér databehandleraftalen med »%1« som gennemgået</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Gennemgange, der forfalder</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Markér som gennemgået</translation>
    </message>
    <message>
        <source>Export review calendar…</source>
        <translation>Eksportér gennemgangskalender…</translation>
    </message>
    <message>
        <source>Every scheduled review as an iCalendar file for Outlook or Apple Calendar; exporting again updates the same events.</source>
        <translation>Alle planlagte gennemgange som en iCalendar-fil til Outlook eller Apple Kalender; en ny eksport opdaterer de samme begivenheder.</translation>
    </message>
    <message>
        <source>Nothing is overdue or due for review within 30 days.</source>
        <translation>Ingen gennemgang er overskredet eller forfalder inden for 30 dage.</translation>
    </message>
    <message>
        <source>Overdue: %1. Due within 30 days: %2.</source>
        <translation>Overskredet: %1. Forfalder inden for 30 dage: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n dag over fristen</numerusform>
            <numerusform>%n dage over fristen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled reviews written to %1.</source>
        <translation>
            <numerusform>%n planlagt gennemgang skrevet til %1.</numerusform>
            <numerusform>%n planlagte gennemgange skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>The selected activity or processor agreement was reviewed today: its next review moves on by its review interval.</source>
        <translation>Den valgte behandlingsaktivitet eller databehandleraftale blev gennemgået i dag: næste gennemgang rykkes frem med gennemgangsintervallet.</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>Behandlingsaktiviteten »%1«</translation>
    </message>
    <message>
        <source>Processor agreement with %1</source>
        <translation>Databehandleraftalen med %1</translation>
    </message>
    <message>
        <source>Export review calendar</source>
        <translation>Eksportér gennemgangskalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not exported</source>
        <translation>Kalenderen blev ikke eksporteret</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>The register&apos;s settings</source>
        <translation>Fortegnelsens indstillinger</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felter</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
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
        <translation>Sammenlign versioner</translation>
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
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>The same comparison as a PDF document, to file or send on.</source>
        <translation>Den samme sammenligning som PDF-dokument, til arkivering eller videresendelse.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Hvad der er ændret</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle poster</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The register now</source>
        <translation>Fortegnelsen nu</translation>
    </message>
    <message>
        <source>No version has been issued yet: exporting the register for the supervisory authority, or signed, issues version 1.</source>
        <translation>Der er endnu ikke udstedt nogen version: en eksport af fortegnelsen til tilsynsmyndigheden, eller en signeret eksport, udsteder version 1.</translation>
    </message>
    <message>
        <source>The versions could not be compared</source>
        <translation>Versionerne kunne ikke sammenlignes</translation>
    </message>
    <message>
        <source>The activity was not duplicated</source>
        <translation>Aktiviteten blev ikke duplikeret</translation>
    </message>
    <message>
        <source>Welcome to ropa-desktop</source>
        <translation>Velkommen til ropa-desktop</translation>
    </message>
    <message>
        <source>ropa-desktop keeps your record of processing activities (GDPR Art. 30). How would you like to begin?</source>
        <translation>I ropa-desktop fører du fortegnelsen over behandlingsaktiviteter (databeskyttelsesforordningens art. 30). Hvordan vil du begynde?</translation>
    </message>
    <message>
        <source>Look around in the demo register</source>
        <translation>Se dig omkring i demofortegnelsen</translation>
    </message>
    <message>
        <source>A small company&apos;s register, filled in, to try everything on</source>
        <translation>En lille virksomheds fortegnelse, udfyldt, til at prøve alt på</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Åbn en fortegnelse</translation>
    </message>
    <message>
        <source>A register file you or a colleague keeps</source>
        <translation>En fortegnelsesfil, som du eller en kollega fører</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importér et regneark</translation>
    </message>
    <message>
        <source>Start a new register from the spreadsheet you keep your register in today</source>
        <translation>Start en ny fortegnelse fra regnearket, du fører din fortegnelse i i dag</translation>
    </message>
    <message>
        <source>Start from typical activities</source>
        <translation>Start fra typiske aktiviteter</translation>
    </message>
    <message>
        <source>Start a new register and add activities we wrote for Nordic small companies</source>
        <translation>Start en ny fortegnelse, og tilføj aktiviteter, vi har skrevet til små nordiske virksomheder</translation>
    </message>
    <message>
        <source>The demo register could not be made</source>
        <translation>Demofortegnelsen kunne ikke oprettes</translation>
    </message>
    <message>
        <source>New activity from template</source>
        <translation>Ny aktivitet fra skabelon</translation>
    </message>
    <message>
        <source>Choose a typical activity. It is added as a draft with the law of your organisation&apos;s country: review it, name its processors and set it active.</source>
        <translation>Vælg en typisk behandlingsaktivitet. Den tilføjes som kladde med loven i virksomhedens land: gennemgå den, angiv databehandlerne, og sæt den som aktiv.</translation>
    </message>
    <message>
        <source>Activity templates</source>
        <translation>Skabeloner for behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Tilføj aktivitet</translation>
    </message>
    <message>
        <source>The activity was not added</source>
        <translation>Aktiviteten blev ikke tilføjet</translation>
    </message>
    <message>
        <source>Save the comparison as PDF</source>
        <translation>Gem sammenligningen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The comparison was not saved</source>
        <translation>Sammenligningen blev ikke gemt</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Imported activities to review</source>
        <translation>Importerede behandlingsaktiviteter, der skal gennemgås</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1 on %2: %n activities to review</source>
        <translation>
            <numerusform>Importeret fra %1 den %2: %n behandlingsaktivitet skal gennemgås</numerusform>
            <numerusform>Importeret fra %1 den %2: %n behandlingsaktiviteter skal gennemgås</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the activity and review it.</source>
        <translation>Dobbeltklik for at åbne behandlingsaktiviteten og gennemgå den.</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>The list could not be read</source>
        <translation>Listen kunne ikke læses</translation>
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
        <translation>Behandlingsgrundlag</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerede</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste gennemgang</translation>
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
        <translation>Databehandleraftale</translation>
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
        <translation>da</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Controller</source>
        <translation>Dataansvarlig</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Fælles dataansvarlig</translation>
    </message>
    <message>
        <source>Processor (on behalf of others)</source>
        <translation>Databehandler (på vegne af andre)</translation>
    </message>
    <message>
        <source>Draft (planned)</source>
        <translation>Udkast (planlagt)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Consent – Art. 6(1)(a)</source>
        <translation>Samtykke – art. 6, stk. 1, litra a</translation>
    </message>
    <message>
        <source>Contract – Art. 6(1)(b)</source>
        <translation>Kontrakt – art. 6, stk. 1, litra b</translation>
    </message>
    <message>
        <source>Legal obligation – Art. 6(1)(c)</source>
        <translation>Retlig forpligtelse – art. 6, stk. 1, litra c</translation>
    </message>
    <message>
        <source>Vital interests – Art. 6(1)(d)</source>
        <translation>Vitale interesser – art. 6, stk. 1, litra d</translation>
    </message>
    <message>
        <source>Public task – Art. 6(1)(e)</source>
        <translation>Samfundets interesse eller offentlig myndighed – art. 6, stk. 1, litra e</translation>
    </message>
    <message>
        <source>Legitimate interests – Art. 6(1)(f)</source>
        <translation>Legitim interesse – art. 6, stk. 1, litra f</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Race eller etnisk oprindelse</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Politisk overbevisning</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation>Religiøs eller filosofisk overbevisning</translation>
    </message>
    <message>
        <source>Trade union membership</source>
        <translation>Fagforeningsmæssigt tilhørsforhold</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Genetiske data</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Biometriske data</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation>Seksuelle forhold eller seksuel orientering</translation>
    </message>
    <message>
        <source>Special category (not specified)</source>
        <translation>Særlig kategori (ikke angivet)</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Offentlig myndighed</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tredjemand</translation>
    </message>
    <message>
        <source>Group company</source>
        <translation>Koncernselskab</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anden</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Ikke påkrævet</translation>
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
        <translation>Den registrerede</translation>
    </message>
    <message>
        <source>A third party</source>
        <translation>En tredjemand</translation>
    </message>
    <message>
        <source>Public sources</source>
        <translation>Offentligt tilgængelige kilder</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Tilstrækkelighedsafgørelse</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standardkontraktbestemmelser (SCC)</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Bindende virksomhedsregler</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Adfærdskodeks</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificering</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Undtagelse (art. 49)</translation>
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
        <translation>Forældet (bestemmelserne fra 2010)</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ikke nødvendig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
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
        <translation>Endnu ikke vurderet</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke påbegyndt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
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
        <translation>Registrerede</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Kategorier af personoplysninger</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sikkerhedsforanstaltninger</translation>
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
        <translation>kategori af registrerede</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>kategori af personoplysninger</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>modtager</translation>
    </message>
    <message>
        <source>security measure</source>
        <translation>sikkerhedsforanstaltning</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Vent venligst</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
</TS>
