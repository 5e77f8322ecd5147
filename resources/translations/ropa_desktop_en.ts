<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="31"/>
        <source>&amp;New register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="31"/>
        <source>Start an empty register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="32"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="32"/>
        <source>Open a register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="33"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="33"/>
        <source>Replace the register with a JSON or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="34"/>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="34"/>
        <source>Save the register as a JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="35"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="35"/>
        <source>The register for the supervisory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="36"/>
        <source>Export E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="36"/>
        <source>The register as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="37"/>
        <source>Information &amp;notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="38"/>
        <source>Preview, print and publish the Art. 13/14 notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="39"/>
        <source>&amp;Verify signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="39"/>
        <source>Check that a signed export is intact and who signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="40"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="42"/>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="42"/>
        <source>Add an item to the list shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="43"/>
        <source>&amp;Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="43"/>
        <source>Delete the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="44"/>
        <source>&amp;Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="46"/>
        <location filename="../../ropa_desktop/gui/conflicts.py" line="59"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="46"/>
        <source>Read the register file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="48"/>
        <source>&amp;About ropa-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="49"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="44"/>
        <source>Redo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="47"/>
        <source>Undo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="76"/>
        <source>Someone else changed this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="81"/>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="99"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="118"/>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="282"/>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="136"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="174"/>
        <source>Record “none”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="174"/>
        <source>Mark as not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="191"/>
        <source>Edit the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="32"/>
        <source>New register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="34"/>
        <source>Tell us about the organisation that keeps the register. Everything can be changed later on the Organisation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="40"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="43"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="420"/>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="46"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="62"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="176"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="366"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="373"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="402"/>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="50"/>
        <source>Language of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="54"/>
        <source>DPO name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="56"/>
        <source>DPO e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="57"/>
        <source>Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="58"/>
        <source>Organisation number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="59"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="61"/>
        <source>Language of the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="62"/>
        <source>Data protection officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="63"/>
        <source>DPO e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="84"/>
        <location filename="../../ropa_desktop/gui/pages/organisation.py" line="62"/>
        <source>Supervisory authority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="85"/>
        <source>No EU/EEA supervisory authority is known for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="180"/>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="189"/>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="434"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="262"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="263"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="264"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="265"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="294"/>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="313"/>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="347"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="371"/>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="372"/>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/item_editor.py" line="38"/>
        <source>Select an item in the list, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/item_editor.py" line="48"/>
        <source>Findings about this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="59"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="60"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="61"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="68"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="244"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="257"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="286"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="365"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="370"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="386"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="418"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="69"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="423"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="70"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="424"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="71"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="381"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="426"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="127"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="128"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="129"/>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="131"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="228"/>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="133"/>
        <source>Art. 9(2) condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="189"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="134"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="292"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="348"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="136"/>
        <source>Only these data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="137"/>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="138"/>
        <source>Only these data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="139"/>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="140"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="149"/>
        <source>New purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="153"/>
        <source>no legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="159"/>
        <source>SCC module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="160"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="165"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="252"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="274"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="289"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="359"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="161"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="253"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="360"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="162"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="254"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="361"/>
        <source>Where the contract is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="166"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="276"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="167"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="275"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="170"/>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="171"/>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="172"/>
        <source>Where it was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="173"/>
        <source>e.g. the recipient&apos;s entry on the DPF list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="176"/>
        <source>Outside the EU/EEA (country not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="177"/>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="178"/>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="179"/>
        <source>Other recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="181"/>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67"/>
        <source>Transfer tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="182"/>
        <source>Standard contractual clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="185"/>
        <source>Derogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="187"/>
        <source>EU–US Data Privacy Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="189"/>
        <source>The adequacy decision for the US covers only organisations certified under the framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="191"/>
        <source>Transfer impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="193"/>
        <source>Supplementary measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="194"/>
        <source>How to get a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="214"/>
        <source>outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="224"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="225"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="225"/>
        <source>e.g. P7Y, P24M, P90D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="226"/>
        <source>An ISO 8601 duration: P7Y is seven years. Leave empty when the rule ends with an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="227"/>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="229"/>
        <source>Only for purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="230"/>
        <source>Only for data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="231"/>
        <source>Only for data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="237"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="238"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="287"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="387"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="245"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="258"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="380"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="246"/>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="259"/>
        <source>Their DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="260"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="376"/>
        <source>Data processing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="267"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="327"/>
        <source>Automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="268"/>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="269"/>
        <source>Logic involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="270"/>
        <source>Consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="273"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="285"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="288"/>
        <source>Our role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="290"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="291"/>
        <source>IT systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="292"/>
        <source>Separate with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="293"/>
        <source>Joint controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="294"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="298"/>
        <source>New controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="295"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="299"/>
        <source>None to name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="297"/>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="301"/>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="302"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="303"/>
        <source>Review interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="303"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="428"/>
        <source>e.g. P12M, P6M, P2Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="304"/>
        <source>An ISO 8601 duration: P12M is twelve months. Leave empty to use the organisation&apos;s review interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="307"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="308"/>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="309"/>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="310"/>
        <source>Why personal identity numbers are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="312"/>
        <source>National law asks for the reason: in Sweden dataskyddslagen 3 kap. 10 §, in Norway personopplysningsloven § 12, in Denmark databeskyttelsesloven § 11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="315"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="319"/>
        <source>None to state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="321"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="322"/>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="325"/>
        <source>Statutory or contractual requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="326"/>
        <source>Neither: providing the data is voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="330"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="331"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="331"/>
        <source>No recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="332"/>
        <source>Processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="332"/>
        <source>No processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="333"/>
        <source>Transfers outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="337"/>
        <source>No transfers outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="339"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="340"/>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="343"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="346"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="347"/>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="349"/>
        <source>Impact assessment (DPIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="362"/>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="367"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="372"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="371"/>
        <source>Stands for a category of vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="374"/>
        <source>Processing locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="375"/>
        <source>Country codes, e.g. SE, IE, US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="377"/>
        <source>Sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="378"/>
        <source>New sub-processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="379"/>
        <source>No sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="393"/>
        <source>Special category (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="151"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="394"/>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="328"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="395"/>
        <source>Criminal offences (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="396"/>
        <source>Personal identity numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="401"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="407"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="79"/>
        <location filename="../../ropa_desktop/gui/finding_words.py" line="61"/>
        <location filename="../../ropa_desktop/gui/main_window.py" line="106"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="417"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="419"/>
        <source>Trade name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="421"/>
        <source>Supervisory authority (country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="425"/>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="427"/>
        <source>How data subjects reach us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="428"/>
        <source>Review interval of activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="429"/>
        <source>An ISO 8601 duration: P12M is twelve months. An activity can set its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="431"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="432"/>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="433"/>
        <source>None: we have no data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="433"/>
        <source>Our data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="434"/>
        <source>EU representative (Art. 27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="435"/>
        <source>None: we are established in the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="435"/>
        <source>Our representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="204"/>
        <source>The file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="206"/>
        <source>Something went wrong inside ropa-desktop (%1: %2). The register was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="32"/>
        <source>Open register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="33"/>
        <source>Registers (*.ropa);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="42"/>
        <location filename="../../ropa_desktop/gui/main_window.py" line="291"/>
        <source>The register could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="55"/>
        <source>Save the new register as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="55"/>
        <source>Registers (*.ropa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="68"/>
        <source>The register could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="79"/>
        <source>Import a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="80"/>
        <source>Register documents (*.json *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="85"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="86"/>
        <source>The import replaces everything in this register with the file&apos;s content. A copy of the register as it is now is kept beside it. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="105"/>
        <source>Imported, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="108"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="110"/>
        <source>The file was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="114"/>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="114"/>
        <source>JSON documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="117"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="117"/>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="365"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="121"/>
        <source>Export Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="121"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="158"/>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="174"/>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="395"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="160"/>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="177"/>
        <source>The register was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="96"/>
        <source>Sections of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="100"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="103"/>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="42"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="201"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="203"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="207"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="209"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="219"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="224"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="233"/>
        <location filename="../../ropa_desktop/gui/main_window.py" line="315"/>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="170"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="241"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="286"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="292"/>
        <source>%1 no longer exists; it was moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="315"/>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="322"/>
        <source>About ropa-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="323"/>
        <source>&lt;h3&gt;ropa-desktop %1&lt;/h3&gt;&lt;p&gt;The record of processing activities (GDPR Art. 30), kept on your desktop.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="34"/>
        <source>None: we disclose personal data to no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="35"/>
        <source>None: we use no processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="36"/>
        <source>None recorded as taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="53"/>
        <source>Filter by name or description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="55"/>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="57"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="58"/>
        <source>Add a new %1 (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="60"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="99"/>
        <source>Unticked, the list counts as not recorded yet, and the checks ask about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="249"/>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="277"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="249"/>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="277"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="302"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="303"/>
        <source>“%1” is used by these activities:
%2

Delete it and remove it from them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="306"/>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="308"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/organisation.py" line="59"/>
        <source>No supervisory authority is known for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="26"/>
        <source>nothing is recorded yet; the format requires at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="27"/>
        <source>is not recorded yet; the format requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="28"/>
        <source>has no text in any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="73"/>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="75"/>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="81"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="83"/>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="47"/>
        <source>The register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="91"/>
        <source>Exported, with gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="93"/>
        <source>%1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="98"/>
        <source>The file was written, but another program, or an import, will refuse it until these gaps are filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="103"/>
        <source>Gaps in the exported document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_gaps.py" line="109"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="66"/>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="71"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="73"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="73"/>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="73"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="106"/>
        <source>The checks are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="113"/>
        <source>No findings: the register is complete as far as the checks can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="116"/>
        <source>One finding. Double-click it to open what it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="117"/>
        <source>%1 findings. Double-click one to open what it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="27"/>
        <source>Transfers are recorded in each activity. Double-click a row to edit it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="31"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="33"/>
        <source>Filter transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67"/>
        <source>SCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67"/>
        <source>TIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="82"/>
        <source>Outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="186"/>
        <source>Text in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="189"/>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="276"/>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="379"/>
        <source>— not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="43"/>
        <source>Verify a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="45"/>
        <source>Choose a signed PDF, or an Excel workbook with its signature file (.p7s) beside it. Give the signer&apos;s certificate to check that it was really they who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="51"/>
        <source>Signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="53"/>
        <source>Trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="54"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="55"/>
        <source>Signed &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="56"/>
        <source>&amp;Trusted certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="74"/>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="75"/>
        <source>Signed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="76"/>
        <source>Unchanged since signing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="77"/>
        <source>Signer trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="82"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="98"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="100"/>
        <source>Browse for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="107"/>
        <source>Choose the signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="108"/>
        <source>Signed exports (*.pdf *.xlsx *.p7s);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="114"/>
        <source>Choose the trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="115"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="128"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="132"/>
        <source>The signature could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="139"/>
        <source>Checking the signature of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="151"/>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="328"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="152"/>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="154"/>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="156"/>
        <source>Not checked: no trusted certificate was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="159"/>
        <source>The file is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="161"/>
        <source>The file carries no signature that can be checked, or the signature is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="163"/>
        <source>Do not rely on this file: it was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="165"/>
        <source>The file is unchanged, but it was not signed by the certificate you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="167"/>
        <source>The file is unchanged since %1 signed it. Give their certificate to check that it was really them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="168"/>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="171"/>
        <source>the signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/verify_dialog.py" line="170"/>
        <source>The file is unchanged since %1 signed it, and the signer is the one you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="470"/>
        <source>%1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="543"/>
        <source>Add new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="106"/>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="359"/>
        <source>Information notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="111"/>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="170"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="113"/>
        <source>Language of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="115"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="116"/>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="116"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="117"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="127"/>
        <source>Preview of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="132"/>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="145"/>
        <source>What the register does not say yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="152"/>
        <source>Texts shown in another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="166"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="169"/>
        <source>Published notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="170"/>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="180"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="170"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="171"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="171"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="171"/>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="183"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="184"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="215"/>
        <source>All, one section per audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="225"/>
        <source>HTML (web page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="226"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="260"/>
        <source>Preparing preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="290"/>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="316"/>
        <source>The notice is complete as far as the register can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="317"/>
        <source>What the register does not say yet (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="323"/>
        <source>Every text is in the notice&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="324"/>
        <source>Texts shown in another language (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="344"/>
        <source>Print the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="365"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="368"/>
        <source>Export the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="392"/>
        <source>The notice was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="414"/>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="415"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="421"/>
        <source>Compare with the SHA-256 of the published file to prove which text it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/notice_dialog.py" line="424"/>
        <source>Published (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="24"/>
        <source>Sign the export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="25"/>
        <source>A signed export shows who made it and proves that it has not been changed since. How do you want to sign it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="29"/>
        <source>Sign as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="30"/>
        <source>Sign with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="31"/>
        <source>Create a signing identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="32"/>
        <source>Do not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="41"/>
        <source>Choose your signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="42"/>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="87"/>
        <source>The export was not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="100"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="100"/>
        <source>The password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="116"/>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="119"/>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="123"/>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="133"/>
        <source>Create a signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="116"/>
        <source>The signer&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="120"/>
        <source>Choose a password to protect the identity of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="123"/>
        <source>The same password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="127"/>
        <source>the two passwords differ; the identity was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/signing_ui.py" line="134"/>
        <source>The identity of %1 was saved as %2. Keep its password safe: it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflicts.py" line="38"/>
        <source>this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflicts.py" line="40"/>
        <source>“%1” was deleted by %2 at %3, in another window or on another computer. Your change was not saved. Reload to see the register as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflicts.py" line="43"/>
        <source>“%1” was deleted in another window or on another computer. Your change was not saved. Reload to see the register as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflicts.py" line="46"/>
        <source>“%1” was changed by %2 at %3, in another window or on another computer, after you opened it. Your change was not saved, so that it does not overwrite theirs. Reload to see their version, then make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflicts.py" line="50"/>
        <source>“%1” was changed in another window or on another computer after you opened it. Your change was not saved, so that it does not overwrite theirs. Reload to see their version, then make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflicts.py" line="60"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflicts.py" line="61"/>
        <source>“Not now” keeps what you typed on screen, so you can copy it; View → Reload shows their version later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/presence.py" line="17"/>
        <source>This register is also open by %1 on %2 since %3. You can both work: if you both change the same item, the second save is refused and you are asked to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/presence.py" line="20"/>
        <source>This register is also open by %1 on %2 since %3, and by %4 more. You can all work: if two of you change the same item, the second save is refused and that person is asked to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/info_bar.py" line="33"/>
        <location filename="../../ropa_desktop/gui/widgets/info_bar.py" line="34"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../ropa_desktop/gui/models/list_model.py" line="101"/>
        <source>The list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="70"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="74"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="79"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="97"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="99"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="100"/>
        <source>Legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="101"/>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="103"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="104"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="111"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="112"/>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="127"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="113"/>
        <source>DPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="119"/>
        <source>Special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="126"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/models/columns.py" line="132"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="88"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="107"/>
        <source>en</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="28"/>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="29"/>
        <source>{path} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="30"/>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="31"/>
        <source>{path} already exists; choose another name or allow replacing it (--force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="32"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="33"/>
        <source>{path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="34"/>
        <source>{path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="35"/>
        <source>{name}: the sheet &apos;{sheet}&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="36"/>
        <source>{name} was changed after it was exported (the sheet &apos;{sheet}&apos; has {found} activity rows instead of {expected}); ropa-desktop imports only unchanged exports — make the changes in the register instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="37"/>
        <source>{name} was changed after it was exported (sheet &apos;{sheet}&apos;: {cells}); ropa-desktop imports only unchanged exports — make the changes in the register instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="38"/>
        <source>{name} is not an Excel workbook (.xlsx) or is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="39"/>
        <source>{name} was not exported by ropa-desktop (it has no register data), so it cannot be imported; import the JSON register instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="40"/>
        <source>{name}: the register data sheet is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="41"/>
        <source>{name} was written by a newer ropa-desktop (workbook format {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="42"/>
        <source>{name} is not a register file: choose a .json or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="43"/>
        <source>{name} already holds a register; import into a new register, or confirm that its content is to be replaced (ropa import --replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="44"/>
        <source>importing Excel workbooks is not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="45"/>
        <source>{source} is not a register in the &apos;{format}&apos; format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="46"/>
        <source>{source} is format version {version}; this version of ropa-desktop reads version {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="47"/>
        <source>{source} is not valid JSON: {reason} at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="48"/>
        <source>{source} is not a UTF-8 text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="49"/>
        <source>{source} was not imported: 1 problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="50"/>
        <source>{source} was not imported: {count} problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="51"/>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="52"/>
        <source>the exported notice {path} cannot be read to record it: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="53"/>
        <source>the notice was built as version {built}, but the log now calls for version {version} (someone published this notice meanwhile); build and export it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="54"/>
        <source>the identity cannot sign: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="55"/>
        <source>{name} holds no private key and certificate to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="56"/>
        <source>choose a password to protect the new identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="57"/>
        <source>the identity needs the signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="58"/>
        <source>the signing identity {path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="59"/>
        <source>the signing identity {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="60"/>
        <source>{name} is not a PKCS#12 identity (.p12/.pfx) or is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="61"/>
        <source>the password for {name} is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="62"/>
        <source>{name} is not a PDF that can be signed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="63"/>
        <source>{name} could not be signed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="64"/>
        <source>{name} is not a PDF and has no signature file {signature} beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="65"/>
        <source>the trusted certificate {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="66"/>
        <source>{name} is not a certificate (PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="67"/>
        <source>{path} already exists; choose another name or open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="68"/>
        <source>{path} cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="69"/>
        <source>a register needs at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="70"/>
        <source>{path} is a folder, not a register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="71"/>
        <source>{path} is not a ropa-desktop register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="72"/>
        <source>{path} was written by a newer version of ropa-desktop (file version {version}, this program reads up to {latest}); update ropa-desktop to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="73"/>
        <source>{path} could not be upgraded to this version: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="74"/>
        <source>the register&apos;s languages must be a non-empty list without repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="75"/>
        <source>the change could not be saved, and nothing was changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="76"/>
        <source>the register could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="77"/>
        <source>the disk is full: nothing was saved. Free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="78"/>
        <source>the register file could not be written (disk error): nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="79"/>
        <source>the register is busy: another window or program is saving to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="80"/>
        <source>the register file is read-only; copy it to a folder you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="81"/>
        <source>there is already a {kind} with the id &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="82"/>
        <source>the {kind} &apos;{id}&apos; no longer exists: it was deleted, perhaps in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="83"/>
        <source>the {kind} &apos;{id}&apos; no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="84"/>
        <source>the {kind} &apos;{id}&apos; is used by 1 activity: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="85"/>
        <source>the {kind} &apos;{id}&apos; is used by {count} activities: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="86"/>
        <source>the {kind} &apos;{id}&apos; is used by {count} activities: {names} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="87"/>
        <source>{what} was changed by {user} at {at} in another window or program since you opened it; your change was not saved so as not to overwrite theirs. Reload to see their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="88"/>
        <source>{what} was changed in another window or program since you opened it; your change was not saved so as not to overwrite theirs. Reload to see their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="89"/>
        <source>the {kind} &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="90"/>
        <source>the organisation&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="91"/>
        <source>the activity refers to a catalogue item that does not exist (deleted in another window?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="92"/>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="93"/>
        <source>data subject category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="94"/>
        <source>data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="95"/>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="96"/>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="97"/>
        <source>security measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="98"/>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="99"/>
        <source>has unknown field {names}: the format does not define it (fields of your own must start with &apos;x-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="100"/>
        <source>{value} is not allowed here; use one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="101"/>
        <source>must be {expected}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="102"/>
        <source>must be {expected}, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="103"/>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="104"/>
        <source>an object with fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="105"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="106"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="107"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="108"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="109"/>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="110"/>
        <source>{value} is not an id of lowercase letters a–z, digits and hyphens, starting with a letter or digit (at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="111"/>
        <source>{value} is not a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="112"/>
        <source>{value} is not a timestamp with a time zone, e.g. 2026-03-01T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="113"/>
        <source>{value} is not an ISO 8601 duration such as P12M, P7Y or P90D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="114"/>
        <source>{value} is not a two-letter ISO country code in capitals, e.g. SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="115"/>
        <source>{value} is not a two-letter language code in lowercase, e.g. sv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="116"/>
        <source>{value} is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="117"/>
        <source>{value} is not an absolute web address such as https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="118"/>
        <source>{value} is not in the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="119"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="120"/>
        <source>must list at least {count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="121"/>
        <source>must list at most {count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="122"/>
        <source>lists the same entry twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="123"/>
        <source>must hold at least one text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="124"/>
        <source>{value} is too small: the least allowed is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="125"/>
        <source>{value} is too large: the most allowed is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="126"/>
        <source>a processor activity has no purposes of its own (the controller decides them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="127"/>
        <source>names no receiving party: give one of processor, recipient or recipient_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="128"/>
        <source>names more than one receiving party ({names}): give exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="129"/>
        <source>has a key that is not a two-letter lowercase language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="130"/>
        <source>the {kind} id &apos;{id}&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="131"/>
        <source>the activity id &apos;{id}&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="132"/>
        <source>the purpose id &apos;{id}&apos; is used twice in this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="133"/>
        <source>refers to the {kind} &apos;{id}&apos;, which the register does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="134"/>
        <source>&apos;{id}&apos; narrows the activity&apos;s data subject categories, but the activity does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="135"/>
        <source>&apos;{id}&apos; narrows the activity&apos;s data categories, but the activity does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="136"/>
        <source>refers to the purpose &apos;{id}&apos;, which this activity does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/error_words.py" line="137"/>
        <source>has a text in &apos;{lang}&apos;, which is not among the register&apos;s languages; it is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="13"/>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="14"/>
        <location filename="../../ropa_desktop/gui/labels.py" line="44"/>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="15"/>
        <source>Processor (on behalf of others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="18"/>
        <source>Draft (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="19"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="20"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="23"/>
        <source>Consent – Art. 6(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="24"/>
        <source>Contract – Art. 6(1)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="25"/>
        <source>Legal obligation – Art. 6(1)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="26"/>
        <source>Vital interests – Art. 6(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="27"/>
        <source>Public task – Art. 6(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="28"/>
        <source>Legitimate interests – Art. 6(1)(f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="31"/>
        <source>Racial or ethnic origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="32"/>
        <source>Political opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="33"/>
        <source>Religious or philosophical beliefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="34"/>
        <source>Trade union membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="35"/>
        <source>Genetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="36"/>
        <source>Biometric data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="37"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="38"/>
        <source>Sex life or sexual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="39"/>
        <source>Special category (not specified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="42"/>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="43"/>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="45"/>
        <source>Group company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="46"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="49"/>
        <location filename="../../ropa_desktop/gui/labels.py" line="73"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="50"/>
        <location filename="../../ropa_desktop/gui/labels.py" line="80"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="51"/>
        <location filename="../../ropa_desktop/gui/labels.py" line="75"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="52"/>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="55"/>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="56"/>
        <source>Organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="59"/>
        <source>The data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="60"/>
        <source>A third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="61"/>
        <source>Public sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="64"/>
        <source>Adequacy decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="65"/>
        <source>Standard contractual clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="66"/>
        <source>Binding corporate rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="67"/>
        <source>Code of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="68"/>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="69"/>
        <source>Derogation (Art. 49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="70"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="74"/>
        <source>In negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="76"/>
        <source>Outdated (2010 clauses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="79"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="81"/>
        <location filename="../../ropa_desktop/gui/labels.py" line="91"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="84"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="85"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="86"/>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="89"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="90"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="94"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="95"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="96"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="101"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="102"/>
        <source>Processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="103"/>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="104"/>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="105"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="106"/>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="110"/>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="111"/>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="112"/>
        <source>data subject category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="113"/>
        <source>data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="114"/>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/labels.py" line="115"/>
        <source>security measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../ropa_desktop/gui/worker.py" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/worker.py" line="84"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/worker.py" line="113"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
