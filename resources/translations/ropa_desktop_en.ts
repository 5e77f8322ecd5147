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
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="39"/>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="39"/>
        <source>Add an item to the list shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="40"/>
        <source>&amp;Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="40"/>
        <source>Delete the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="41"/>
        <source>&amp;Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="43"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="43"/>
        <source>Read the register file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="45"/>
        <source>&amp;About ropa-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/actions.py" line="46"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="39"/>
        <source>Redo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="42"/>
        <source>Undo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="60"/>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="78"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="94"/>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="112"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/commands.py" line="147"/>
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
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="364"/>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="46"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="52"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="148"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="311"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="318"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="346"/>
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
        <location filename="../../ropa_desktop/gui/pages/organisation.py" line="48"/>
        <source>Supervisory authority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="85"/>
        <source>No EU/EEA supervisory authority is known for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="175"/>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="364"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="231"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="232"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="233"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="234"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="260"/>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="273"/>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="307"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="325"/>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/form.py" line="326"/>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/item_editor.py" line="37"/>
        <source>Select an item in the list, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/item_editor.py" line="46"/>
        <source>Findings about this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="49"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="50"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="51"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="58"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="206"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="219"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="246"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="310"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="315"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="330"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="362"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="59"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="367"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="60"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="368"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="61"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="325"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="370"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="105"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="106"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="107"/>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="109"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="190"/>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="111"/>
        <source>Art. 9(2) condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="112"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="114"/>
        <source>Only these data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="115"/>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="116"/>
        <source>Only these data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="117"/>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="118"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="127"/>
        <source>New purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="131"/>
        <source>no legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="137"/>
        <source>SCC module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="138"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="143"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="214"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="236"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="249"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="304"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="139"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="215"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="305"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="140"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="216"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="306"/>
        <source>Where the contract is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="144"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="238"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="145"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="237"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="148"/>
        <source>Outside the EU/EEA (country not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="149"/>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="150"/>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="151"/>
        <source>Other recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="153"/>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="67"/>
        <source>Transfer tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="154"/>
        <source>Standard contractual clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="157"/>
        <source>Derogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="159"/>
        <source>Transfer impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="161"/>
        <source>Supplementary measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="162"/>
        <source>How to get a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="176"/>
        <source>outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="186"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="187"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="187"/>
        <source>e.g. P7Y, P24M, P90D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="188"/>
        <source>An ISO 8601 duration: P7Y is seven years. Leave empty when the rule ends with an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="189"/>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="191"/>
        <source>Only for purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="192"/>
        <source>Only for data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="193"/>
        <source>Only for data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="199"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="200"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="247"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="331"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="207"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="220"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="324"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="208"/>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="221"/>
        <source>Their DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="222"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="321"/>
        <source>Data processing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="229"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="274"/>
        <source>Automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="230"/>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="231"/>
        <source>Logic involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="232"/>
        <source>Consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="235"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="245"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="248"/>
        <source>Our role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="250"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="251"/>
        <source>IT systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="251"/>
        <source>Separate with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="252"/>
        <source>Joint controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="253"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="256"/>
        <source>New controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="255"/>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="258"/>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="259"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="261"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="262"/>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="263"/>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="264"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="269"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="270"/>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="273"/>
        <source>Statutory or contractual requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="277"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="278"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="279"/>
        <source>Processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="280"/>
        <source>Transfers outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="285"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="286"/>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="289"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="292"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="293"/>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="294"/>
        <source>Impact assessment (DPIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="307"/>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="312"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="317"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="316"/>
        <source>Stands for a category of vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="319"/>
        <source>Processing locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="320"/>
        <source>Country codes, e.g. SE, IE, US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="322"/>
        <source>Sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="323"/>
        <source>New sub-processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="337"/>
        <source>Special category (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="338"/>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="282"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="339"/>
        <source>Criminal offences (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="340"/>
        <source>Personal identity numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="345"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="351"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="361"/>
        <location filename="../../ropa_desktop/gui/main_window.py" line="59"/>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="135"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="363"/>
        <source>Trade name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="365"/>
        <source>Supervisory authority (country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="369"/>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="371"/>
        <source>How data subjects reach us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="373"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="374"/>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="375"/>
        <source>EU representative (Art. 27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="29"/>
        <source>The file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="31"/>
        <source>Something went wrong inside ropa-desktop (%1: %2). The register was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="48"/>
        <source>Open register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="49"/>
        <source>Registers (*.ropa);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="58"/>
        <location filename="../../ropa_desktop/gui/main_window.py" line="183"/>
        <source>The register could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="69"/>
        <source>Save the new register as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="69"/>
        <source>Registers (*.ropa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="82"/>
        <source>The register could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="93"/>
        <source>Import a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="94"/>
        <source>Register documents (*.json *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="99"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="100"/>
        <source>The import replaces everything in this register with the file&apos;s content. A copy of the register as it is now is kept beside it. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="117"/>
        <source>Imported, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="120"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="122"/>
        <source>The file was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="126"/>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="126"/>
        <source>JSON documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="129"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="129"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="133"/>
        <source>Export Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="133"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="154"/>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="164"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="156"/>
        <location filename="../../ropa_desktop/gui/file_ops.py" line="166"/>
        <source>The register was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="49"/>
        <source>Sections of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="53"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="56"/>
        <location filename="../../ropa_desktop/gui/pages/transfers.py" line="42"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="115"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="117"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="121"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="123"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="131"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="136"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="145"/>
        <location filename="../../ropa_desktop/gui/main_window.py" line="207"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="153"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="178"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="184"/>
        <source>%1 no longer exists; it was moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="207"/>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="214"/>
        <source>About ropa-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="215"/>
        <source>&lt;h3&gt;ropa-desktop %1&lt;/h3&gt;&lt;p&gt;The record of processing activities (GDPR Art. 30), kept on your desktop.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="48"/>
        <source>Filter by name or description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="50"/>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="52"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="53"/>
        <source>Add a new %1 (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="55"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="216"/>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="239"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="216"/>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="239"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="255"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="256"/>
        <source>“%1” is used by these activities:
%2

Delete it and remove it from them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="259"/>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/list_page.py" line="261"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/organisation.py" line="45"/>
        <source>No supervisory authority is known for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="46"/>
        <source>The register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="65"/>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="70"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="72"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="72"/>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="72"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="105"/>
        <source>The checks are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/pages/overview.py" line="112"/>
        <source>No findings: the register is complete as far as the checks can tell.</source>
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
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="156"/>
        <source>Text in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="230"/>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="309"/>
        <source>— not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="282"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="400"/>
        <source>%1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/widgets/fields.py" line="453"/>
        <source>Add new…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../ropa_desktop/gui/models/list_model.py" line="99"/>
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
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="72"/>
        <location filename="../../ropa_desktop/gui/editors/specs.py" line="91"/>
        <source>en</source>
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
