<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name />
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="31" />
        <source>&amp;New register…</source>
        <translation>&amp;Nytt register…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="31" />
        <source>Start an empty register</source>
        <translation>Börja ett tomt register</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="32" />
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="32" />
        <source>Open a register file</source>
        <translation>Öppna en registerfil</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="33" />
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="33" />
        <source>Replace the register with a JSON or Excel file</source>
        <translation>Ersätt registret med en JSON- eller Excel-fil</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="34" />
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exportera JSON…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="34" />
        <source>Save the register as a JSON document</source>
        <translation>Spara registret som ett JSON-dokument</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="35" />
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="35" />
        <source>The register for the supervisory authority</source>
        <translation>Registret för tillsynsmyndigheten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="36" />
        <source>Export E&amp;xcel…</source>
        <translation>Exportera E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="36" />
        <source>The register as an Excel workbook</source>
        <translation>Registret som en Excel-arbetsbok</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="37" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="39" />
        <source>&amp;Add item…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="39" />
        <source>Add an item to the list shown</source>
        <translation>Lägg till en post i listan som visas</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="40" />
        <source>&amp;Delete item</source>
        <translation>&amp;Ta bort post</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="40" />
        <source>Delete the selected item</source>
        <translation>Ta bort den markerade posten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="41" />
        <source>&amp;Filter the list</source>
        <translation>&amp;Filtrera listan</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="43" />
        <source>&amp;Reload</source>
        <translation>&amp;Läs om</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="43" />
        <source>Read the register file again</source>
        <translation>Läs registerfilen igen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="45" />
        <source>&amp;About ropa-desktop</source>
        <translation>&amp;Om ropa-desktop</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="46" />
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="39" />
        <source>Redo failed</source>
        <translation>Gör om misslyckades</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="42" />
        <source>Undo failed</source>
        <translation>Ångra misslyckades</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="60" />
        <source>The change was not saved</source>
        <translation>Ändringen sparades inte</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="78" />
        <source>Edit “%1”</source>
        <translation>Ändra ”%1”</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="94" />
        <source>Add “%1”</source>
        <translation>Lägg till ”%1”</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="112" />
        <source>Delete “%1”</source>
        <translation>Ta bort ”%1”</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="147" />
        <source>Edit the organisation</source>
        <translation>Ändra organisationen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="32" />
        <source>New register</source>
        <translation>Nytt register</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="34" />
        <source>Tell us about the organisation that keeps the register. Everything can be changed later on the Organisation page.</source>
        <translation>Berätta om organisationen som för registret. Allt kan ändras senare på sidan Organisation.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="40" />
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="43" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="364" />
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="46" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="52" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="148" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="311" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="318" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="346" />
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="50" />
        <source>Language of the register</source>
        <translation>Registrets språk</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="54" />
        <source>DPO name</source>
        <translation>Dataskyddsombudets namn</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="56" />
        <source>DPO e-mail</source>
        <translation>Dataskyddsombudets e-post</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="57" />
        <source>Organisation name:</source>
        <translation>Organisationens namn:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="58" />
        <source>Organisation number:</source>
        <translation>Organisationsnummer:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="59" />
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="61" />
        <source>Language of the register:</source>
        <translation>Registrets språk:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="62" />
        <source>Data protection officer:</source>
        <translation>Dataskyddsombud:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="63" />
        <source>DPO e-mail:</source>
        <translation>Dataskyddsombudets e-post:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="84" />
        <location filename="../../ropa_desktop/gui/pages/organisation.py" line="48" />
        <source>Supervisory authority: %1</source>
        <translation>Tillsynsmyndighet: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="85" />
        <source>No EU/EEA supervisory authority is known for this country.</source>
        <translation>Ingen tillsynsmyndighet inom EU/EES är känd för det här landet.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="175" />
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="364" />
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="231" />
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="232" />
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="233" />
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="234" />
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="260" />
        <location filename="../../ropa_desktop/gui/editors/form.py" line="273" />
        <location filename="../../ropa_desktop/gui/editors/form.py" line="307" />
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="325" />
        <source>Add to %1</source>
        <translation>Lägg till i %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="326" />
        <source>Remove from %1</source>
        <translation>Ta bort från %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/item_editor.py" line="37" />
        <source>Select an item in the list, or add one.</source>
        <translation>Välj en post i listan, eller lägg till en.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/item_editor.py" line="46" />
        <source>Findings about this item</source>
        <translation>Iakttagelser om posten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="49" />
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="50" />
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="51" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="58" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="206" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="219" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="246" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="310" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="315" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="330" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="362" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="59" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="367" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="60" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="368" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="61" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="325" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="370" />
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="105" />
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="106" />
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="107" />
        <source>Legitimate interest</source>
        <translation>Berättigat intresse</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="109" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="190" />
        <source>Law</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="111" />
        <source>Art. 9(2) condition</source>
        <translation>Villkor enligt art. 9.2</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="112" />
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="114" />
        <source>Only these data categories</source>
        <translation>Bara dessa personuppgiftskategorier</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="115" />
        <source>Leave all unticked when the purpose covers all of the activity's data categories.</source>
        <translation>Lämna alla omarkerade när ändamålet omfattar alla behandlingens personuppgiftskategorier.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="116" />
        <source>Only these data subjects</source>
        <translation>Bara dessa registrerade</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="117" />
        <source>Leave all unticked when the purpose covers all of the activity's data subjects.</source>
        <translation>Lämna alla omarkerade när ändamålet omfattar alla behandlingens registrerade.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="118" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="127" />
        <source>New purpose</source>
        <translation>Nytt ändamål</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="131" />
        <source>no legal basis</source>
        <translation>ingen rättslig grund</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="137" />
        <source>SCC module</source>
        <translation>SCC-modul</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="138" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="143" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="214" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="236" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="249" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="304" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="139" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="215" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="305" />
        <source>Signed on</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="140" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="216" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="306" />
        <source>Where the contract is kept</source>
        <translation>Var avtalet förvaras</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="144" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="238" />
        <source>Done on</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="145" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="237" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="148" />
        <source>Outside the EU/EEA (country not stated)</source>
        <translation>Utanför EU/EES (land ej angivet)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="149" />
        <source>Processor</source>
        <translation>Personuppgiftsbiträde</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="150" />
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67" />
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="151" />
        <source>Other recipient</source>
        <translation>Annan mottagare</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="153" />
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67" />
        <source>Transfer tool</source>
        <translation>Överföringsverktyg</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="154" />
        <source>Standard contractual clauses</source>
        <translation>Standardavtalsklausuler</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="157" />
        <source>Derogation</source>
        <translation>Undantag</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="159" />
        <source>Transfer impact assessment</source>
        <translation>Konsekvensbedömning av överföring (TIA)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="161" />
        <source>Supplementary measures</source>
        <translation>Kompletterande åtgärder</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="162" />
        <source>How to get a copy</source>
        <translation>Hur man får en kopia</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="176" />
        <source>outside the EU/EEA</source>
        <translation>utanför EU/EES</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="186" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="187" />
        <source>Period</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="187" />
        <source>e.g. P7Y, P24M, P90D</source>
        <translation>t.ex. P7Y, P24M, P90D</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="188" />
        <source>An ISO 8601 duration: P7Y is seven years. Leave empty when the rule ends with an event.</source>
        <translation>En ISO 8601-tid: P7Y är sju år. Lämna tomt när regeln slutar med en händelse.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="189" />
        <source>Counted from</source>
        <translation>Räknas från</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="191" />
        <source>Only for purposes</source>
        <translation>Bara för ändamål</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="192" />
        <source>Only for data subjects</source>
        <translation>Bara för registrerade</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="193" />
        <source>Only for data categories</source>
        <translation>Bara för personuppgiftskategorier</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="199" />
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="200" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="247" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="331" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="207" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="220" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="324" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="208" />
        <source>Responsibilities</source>
        <translation>Ansvarsfördelning</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="221" />
        <source>Their DPO</source>
        <translation>Deras dataskyddsombud</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="222" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="321" />
        <source>Data processing agreement</source>
        <translation>Personuppgiftsbiträdesavtal</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="229" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="274" />
        <source>Automated decisions</source>
        <translation>Automatiserade beslut</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="230" />
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="231" />
        <source>Logic involved</source>
        <translation>Logiken bakom</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="232" />
        <source>Consequences</source>
        <translation>Följder</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="235" />
        <source>Required</source>
        <translation>Krävs</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="245" />
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="248" />
        <source>Our role</source>
        <translation>Vår roll</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="250" />
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="251" />
        <source>IT systems</source>
        <translation>IT-system</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="251" />
        <source>Separate with commas</source>
        <translation>Separera med kommatecken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="252" />
        <source>Joint controllers</source>
        <translation>Gemensamt personuppgiftsansvariga</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="253" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="256" />
        <source>New controller</source>
        <translation>Ny personuppgiftsansvarig</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="255" />
        <source>On behalf of</source>
        <translation>För räkning av</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="258" />
        <source>Last reviewed</source>
        <translation>Senast granskad</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="259" />
        <source>Next review</source>
        <translation>Nästa granskning</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="261" />
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="262" />
        <source>Data subjects</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="263" />
        <source>Data categories</source>
        <translation>Personuppgiftskategorier</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="264" />
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="269" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="270" />
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="273" />
        <source>Statutory or contractual requirement</source>
        <translation>Lagkrav eller avtalskrav</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="277" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="278" />
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="279" />
        <source>Processors</source>
        <translation>Personuppgiftsbiträden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="280" />
        <source>Transfers outside the EU/EEA</source>
        <translation>Överföringar utanför EU/EES</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="285" />
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="286" />
        <source>Retention rules</source>
        <translation>Lagringsregler</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="289" />
        <source>New rule</source>
        <translation>Ny regel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="292" />
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="293" />
        <source>Security measures</source>
        <translation>Säkerhetsåtgärder</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="294" />
        <source>Impact assessment (DPIA)</source>
        <translation>Konsekvensbedömning (DPIA)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="307" />
        <source>Review on</source>
        <translation>Granskas</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="312" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="317" />
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="316" />
        <source>Stands for a category of vendors</source>
        <translation>Står för en kategori av leverantörer</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="319" />
        <source>Processing locations</source>
        <translation>Behandlingsplatser</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="320" />
        <source>Country codes, e.g. SE, IE, US</source>
        <translation>Landskoder, t.ex. SE, IE, US</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="322" />
        <source>Sub-processors</source>
        <translation>Underbiträden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="323" />
        <source>New sub-processor</source>
        <translation>Nytt underbiträde</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="337" />
        <source>Special category (Art. 9)</source>
        <translation>Särskild kategori (art. 9)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="338" />
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="282" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="339" />
        <source>Criminal offences (Art. 10)</source>
        <translation>Lagöverträdelser (art. 10)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="340" />
        <source>Personal identity numbers</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="345" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="351" />
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="361" />
        <location filename="../../ropa_desktop/gui/main_window.py" line="59" />
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="135" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="363" />
        <source>Trade name</source>
        <translation>Varumärke</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="365" />
        <source>Supervisory authority (country)</source>
        <translation>Tillsynsmyndighet (land)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="369" />
        <source>Web site</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="371" />
        <source>How data subjects reach us</source>
        <translation>Hur de registrerade når oss</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="373" />
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="374" />
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="375" />
        <source>EU representative (Art. 27)</source>
        <translation>Företrädare i EU (art. 27)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="29" />
        <source>The file could not be read or written: %1</source>
        <translation>Filen kunde inte läsas eller skrivas: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="31" />
        <source>Something went wrong inside ropa-desktop (%1: %2). The register was not changed.</source>
        <translation>Något gick fel i ropa-desktop (%1: %2). Registret ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="48" />
        <source>Open register</source>
        <translation>Öppna register</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="49" />
        <source>Registers (*.ropa);;All files (*)</source>
        <translation>Register (*.ropa);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="58" />
        <location filename="../../ropa_desktop/gui/main_window.py" line="183" />
        <source>The register could not be opened</source>
        <translation>Registret kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="69" />
        <source>Save the new register as</source>
        <translation>Spara det nya registret som</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="69" />
        <source>Registers (*.ropa)</source>
        <translation>Register (*.ropa)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="82" />
        <source>The register could not be created</source>
        <translation>Registret kunde inte skapas</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="93" />
        <source>Import a register</source>
        <translation>Importera ett register</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="94" />
        <source>Register documents (*.json *.xlsx);;All files (*)</source>
        <translation>Registerdokument (*.json *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="99" />
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="100" />
        <source>The import replaces everything in this register with the file's content. A copy of the register as it is now is kept beside it. Continue?</source>
        <translation>Importen ersätter allt i registret med filens innehåll. En kopia av registret som det är nu sparas bredvid. Fortsätta?</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="117" />
        <source>Imported, with warnings</source>
        <translation>Importerat, med varningar</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="120" />
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="122" />
        <source>The file was not imported</source>
        <translation>Filen importerades inte</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="126" />
        <source>Export JSON</source>
        <translation>Exportera JSON</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="126" />
        <source>JSON documents (*.json)</source>
        <translation>JSON-dokument (*.json)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="129" />
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="129" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="133" />
        <source>Export Excel</source>
        <translation>Exportera Excel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="133" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="154" />
        <location filename="../../ropa_desktop/gui/file_ops.py" line="164" />
        <source>Exporting %1…</source>
        <translation>Exporterar %1…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="156" />
        <location filename="../../ropa_desktop/gui/file_ops.py" line="166" />
        <source>The register was not exported</source>
        <translation>Registret exporterades inte</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="49" />
        <source>Sections of the register</source>
        <translation>Registrets delar</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="53" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="56" />
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="42" />
        <source>Transfers</source>
        <translation>Överföringar</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="115" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="117" />
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="121" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="123" />
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="131" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="136" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="145" />
        <location filename="../../ropa_desktop/gui/main_window.py" line="207" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="153" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="178" />
        <source>(none)</source>
        <translation>(inga)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="184" />
        <source>%1 no longer exists; it was moved or deleted.</source>
        <translation>%1 finns inte längre; den har flyttats eller tagits bort.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="207" />
        <source>The new language is used from the next start.</source>
        <translation>Det nya språket används från nästa start.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="214" />
        <source>About ropa-desktop</source>
        <translation>Om ropa-desktop</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="215" />
        <source>&lt;h3&gt;ropa-desktop %1&lt;/h3&gt;&lt;p&gt;The record of processing activities (GDPR Art. 30), kept on your desktop.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ropa-desktop %1&lt;/h3&gt;&lt;p&gt;Registret över behandlingar (GDPR art. 30), på din dator.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="48" />
        <source>Filter by name or description…</source>
        <translation>Filtrera på namn eller beskrivning…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="50" />
        <source>Filter %1</source>
        <translation>Filtrera %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="52" />
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="53" />
        <source>Add a new %1 (Ctrl+Shift+N)</source>
        <translation>Lägg till: %1 (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="55" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="216" />
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="239" />
        <source>New %1</source>
        <translation>Ny post: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="216" />
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="239" />
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="255" />
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="256" />
        <source>“%1” is used by these activities:
%2

Delete it and remove it from them?</source>
        <translation>”%1” används av dessa behandlingar:
%2

Ta bort den och ta bort den från dem?</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="259" />
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="261" />
        <source>Delete %1</source>
        <translation>Ta bort: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/organisation.py" line="45" />
        <source>No supervisory authority is known for this country.</source>
        <translation>Ingen tillsynsmyndighet är känd för det här landet.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="46" />
        <source>The register</source>
        <translation>Registret</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="65" />
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="70" />
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="72" />
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="72" />
        <source>Concerns</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="72" />
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="105" />
        <source>The checks are not available in this version.</source>
        <translation>Kontrollerna finns inte i den här versionen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="112" />
        <source>No findings: the register is complete as far as the checks can tell.</source>
        <translation>Inga iakttagelser: registret är komplett så långt kontrollerna kan se.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="27" />
        <source>Transfers are recorded in each activity. Double-click a row to edit it there.</source>
        <translation>Överföringar registreras i varje behandling. Dubbelklicka på en rad för att ändra den där.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="31" />
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="33" />
        <source>Filter transfers</source>
        <translation>Filtrera överföringar</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67" />
        <source>Activity</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67" />
        <source>SCC</source>
        <translation>SCC</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67" />
        <source>TIA</source>
        <translation>TIA</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="82" />
        <source>Outside the EU/EEA</source>
        <translation>Utanför EU/EES</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="156" />
        <source>Text in this language</source>
        <translation>Text på det här språket</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="230" />
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="309" />
        <source>— not recorded —</source>
        <translation>— inte registrerat —</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="282" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="400" />
        <source>%1 recorded</source>
        <translation>%1 registrerat</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="453" />
        <source>Add new…</source>
        <translation>Lägg till ny…</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../ropa_desktop/gui/models/list_model.py" line="99" />
        <source>The list could not be read</source>
        <translation>Listan kunde inte läsas</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="70" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="74" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="79" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="97" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="99" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="100" />
        <source>Legal bases</source>
        <translation>Rättsliga grunder</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="101" />
        <source>Data subjects</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="103" />
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="104" />
        <source>Next review</source>
        <translation>Nästa granskning</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="111" />
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="112" />
        <location filename="../../ropa_desktop/gui/models/columns.py" line="127" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="113" />
        <source>DPA</source>
        <translation>Biträdesavtal</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="119" />
        <source>Special category</source>
        <translation>Särskild kategori</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="126" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="132" />
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="72" />
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="91" />
        <source>en</source>
        <translation>sv</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="13" />
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="14" />
        <location filename="../../ropa_desktop/gui/labels.py" line="44" />
        <source>Joint controller</source>
        <translation>Gemensamt personuppgiftsansvarig</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="15" />
        <source>Processor (on behalf of others)</source>
        <translation>Personuppgiftsbiträde (för andras räkning)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="18" />
        <source>Draft (planned)</source>
        <translation>Utkast (planerad)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="19" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="20" />
        <source>Retired</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="23" />
        <source>Consent – Art. 6(1)(a)</source>
        <translation>Samtycke – art. 6.1 a</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="24" />
        <source>Contract – Art. 6(1)(b)</source>
        <translation>Avtal – art. 6.1 b</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="25" />
        <source>Legal obligation – Art. 6(1)(c)</source>
        <translation>Rättslig förpliktelse – art. 6.1 c</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="26" />
        <source>Vital interests – Art. 6(1)(d)</source>
        <translation>Grundläggande intressen – art. 6.1 d</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="27" />
        <source>Public task – Art. 6(1)(e)</source>
        <translation>Allmänt intresse / myndighetsutövning – art. 6.1 e</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="28" />
        <source>Legitimate interests – Art. 6(1)(f)</source>
        <translation>Berättigat intresse – art. 6.1 f</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="31" />
        <source>Racial or ethnic origin</source>
        <translation>Ras eller etniskt ursprung</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="32" />
        <source>Political opinions</source>
        <translation>Politiska åsikter</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="33" />
        <source>Religious or philosophical beliefs</source>
        <translation>Religiös eller filosofisk övertygelse</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="34" />
        <source>Trade union membership</source>
        <translation>Medlemskap i fackförening</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="35" />
        <source>Genetic data</source>
        <translation>Genetiska uppgifter</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="36" />
        <source>Biometric data</source>
        <translation>Biometriska uppgifter</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="37" />
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="38" />
        <source>Sex life or sexual orientation</source>
        <translation>Sexualliv eller sexuell läggning</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="39" />
        <source>Special category (not specified)</source>
        <translation>Särskild kategori (ej angiven)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="42" />
        <source>Public authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="43" />
        <source>Third party</source>
        <translation>Tredje part</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="45" />
        <source>Group company</source>
        <translation>Koncernbolag</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="46" />
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="49" />
        <location filename="../../ropa_desktop/gui/labels.py" line="73" />
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="50" />
        <location filename="../../ropa_desktop/gui/labels.py" line="80" />
        <source>Pending</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="51" />
        <location filename="../../ropa_desktop/gui/labels.py" line="75" />
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="52" />
        <source>Not required</source>
        <translation>Krävs inte</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="55" />
        <source>Technical</source>
        <translation>Teknisk</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="56" />
        <source>Organisational</source>
        <translation>Organisatorisk</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="59" />
        <source>The data subject</source>
        <translation>Den registrerade</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="60" />
        <source>A third party</source>
        <translation>En tredje part</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="61" />
        <source>Public sources</source>
        <translation>Offentliga källor</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="64" />
        <source>Adequacy decision</source>
        <translation>Beslut om adekvat skyddsnivå</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="65" />
        <source>Standard contractual clauses</source>
        <translation>Standardavtalsklausuler</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="66" />
        <source>Binding corporate rules</source>
        <translation>Bindande företagsbestämmelser</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="67" />
        <source>Code of conduct</source>
        <translation>Uppförandekod</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="68" />
        <source>Certification</source>
        <translation>Certifiering</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="69" />
        <source>Derogation (Art. 49)</source>
        <translation>Undantag (art. 49)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="70" />
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="74" />
        <source>In negotiation</source>
        <translation>Förhandlas</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="76" />
        <source>Outdated (2010 clauses)</source>
        <translation>Föråldrade (2010 års klausuler)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="79" />
        <source>Not needed</source>
        <translation>Behövs inte</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="81" />
        <location filename="../../ropa_desktop/gui/labels.py" line="91" />
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="84" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="85" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="86" />
        <source>Not yet assessed</source>
        <translation>Inte bedömt ännu</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="89" />
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="90" />
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="94" />
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="95" />
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="96" />
        <source>Notes</source>
        <translation>Noteringar</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="101" />
        <source>Activities</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="102" />
        <source>Processors</source>
        <translation>Personuppgiftsbiträden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="103" />
        <source>Data subjects</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="104" />
        <source>Data categories</source>
        <translation>Personuppgiftskategorier</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="105" />
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="106" />
        <source>Security measures</source>
        <translation>Säkerhetsåtgärder</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="110" />
        <source>activity</source>
        <translation>behandling</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="111" />
        <source>processor</source>
        <translation>personuppgiftsbiträde</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="112" />
        <source>data subject category</source>
        <translation>kategori av registrerade</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="113" />
        <source>data category</source>
        <translation>personuppgiftskategori</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="114" />
        <source>recipient</source>
        <translation>mottagare</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="115" />
        <source>security measure</source>
        <translation>säkerhetsåtgärd</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../ropa_desktop/gui/worker.py" line="83" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/worker.py" line="84" />
        <source>Please wait</source>
        <translation>Vänta</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/worker.py" line="113" />
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
</TS>