<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>&amp;New register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the register with a JSON or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sprea&amp;dsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the activities of a register kept in a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the register as a JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register as a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete copy of the register file, under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what the window shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, signing identity, export folder, review interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information no&amp;tice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print and publish the Art. 13/14 notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a signed export is intact and who signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to the list shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity from &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a typical activity as a draft, with your country&apos;s law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupli&amp;cate activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a draft copy of the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the register file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ropa-desktop &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook, at the page you are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ropa-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record “none”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us about the organisation that keeps the register. Everything can be changed later on the Organisation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory authority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No EU/EEA supervisory authority is known for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors found by the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks find errors in the register. You can export it all the same, or cancel and correct them first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is this copy of the register for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s &amp;own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy for the &amp;supervisory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the &amp;findings of the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover says the copy is for the supervisory authority. The findings are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover says the copy is for the supervisory authority. The findings are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover says the copy is the organisation&apos;s own. The findings are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover says the copy is the organisation&apos;s own. The findings are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet: the register does not answer this, and the checks will ask about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as none: the register states that there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of this item: who, when, what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry this retired activity out again: its status becomes active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the list, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings about this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 44: a sub-processor outside the EU/EEA makes the processing a transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(d): processors are among the recipients the record names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the processor is established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(e): a processor outside the EU/EEA receives a transfer to a third country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every country where the processor stores or reaches the data, e.g. its data centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 44: data processed outside the EU/EEA are transferred, wherever the processor is established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 28(3): processing by a processor is governed by a contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 28(2) and 28(4): another processor is engaged only with the controller&apos;s authorisation, under the same obligations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(c): a description of the categories of data subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(c): a description of the categories of personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(1): data on health, ethnic origin, beliefs and the like may be processed only under a condition of Art. 9(2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 10: data on criminal convictions and offences only under official authority or where the law allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 87: national law sets the conditions for processing a national identification number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(d): the categories of recipients to whom the data are disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(d): recipients in third countries are named as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(g): where possible, a general description of the technical and organisational security measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 32(1): measures are technical or organisational, fit for the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of the controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 55 and 56: the authority of the country of the main establishment is competent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each activity is reviewed. An activity can set its own interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 24(1): the measures are reviewed and updated where necessary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and 27: the representative in the EU of a controller established outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the data are used for, in words the data subject understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(1): each purpose rests on one legal basis, which Art. 13(1)(c) tells the data subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 13(1)(d): the legitimate interests pursued are told to the data subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(3): a legal obligation or a public task is laid down by Union or national law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave all unticked when the purpose covers all of the activity&apos;s data subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the contract is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the recipient&apos;s entry on the DPF list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the EU/EEA (country not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU–US Data Privacy Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adequacy decision for the US covers only organisations certified under the framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data processing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law setting the retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what each column is imported as, for the next import or for ropa import --mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns as a saved mapping file says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells not understood or not taken as written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised: choose a field or ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as a note on each activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities from the sheet “%2”, header row %3.</source>
        <translation>
            <numerusform>%1: %n activity from the sheet “%2”, header row %3.</numerusform>
            <numerusform>%1: %n activities from the sheet “%2”, header row %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping was not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None to name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2): special categories of data are processed only under one of its conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the purpose&apos;s text; other tools and retention rules refer to the purpose by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(e): the third country the data are transferred to is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking a processor fills in its country when none is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(e): who receives the data in the third country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 44 to 46: a transfer needs an adequacy decision or appropriate safeguards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 46(2)(c): standard contractual clauses adopted by the Commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 49(1): a derogation is for specific situations only, and is documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 45(3): the Commission&apos;s decision of 10 July 2023 covers certified US organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 46(1) as the Court read it in C-311/18: the exporter checks that the third country&apos;s law does not undermine the safeguards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 13(1)(f): how the data subject obtains a copy of the safeguards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule in words, as a notice tells it: how long, and from when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed period: it ends with an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of days, weeks, months or years; or no fixed period when the rule ends with an event, such as a withdrawn consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 13(2)(a): the period for which the data are stored, or how it is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the end of the financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event the period runs from, in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law that sets the period, e.g. Bokföringslagen 7 kap. 2 §.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 14(2)(f): where data not obtained from the data subject come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of each joint controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 26(1): the arrangement says who does what, in particular for the data subjects&apos; rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(2)(a): the name and contact details of each controller we act for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1): the record lists each processing activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1) and 30(2): controllers and processors each keep a record, with different contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(a): the name and contact details of any joint controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(2)(a): each controller on whose behalf the processor acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the activity is next to be reviewed; the checks remind you when it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often this activity is reviewed, when not as often as the organisation&apos;s interval says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why personal identity numbers are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National law asks for the reason: in Sweden dataskyddslagen 3 kap. 10 §, in Norway personopplysningsloven § 12, in Denmark databeskyttelsesloven § 11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None to state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 14(2)(f): from which source the data come, when not from the data subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(b): the purposes of the processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory or contractual requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither: providing the data is voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 13(2)(e): whether the data subject must provide the data, and what follows if not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 22 and 13(2)(f): automated decision-making, including profiling, its logic and its consequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 28(1): only processors with sufficient guarantees are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(e): transfers to a third country, naming the country, and the safeguards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(f): where possible, the envisaged time limits for erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessment (DPIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 35(1): an impact assessment where the processing is likely to result in a high risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands for a category of vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offences (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory authority (country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How data subjects reach us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 12(2): the controller makes it easy for data subjects to exercise their rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review interval of activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: we have no data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and 37: the contact details of the data protection officer, where there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU representative (Art. 27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: we are established in the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside ropa-desktop (%1: %2). The register was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.ropa);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also open in another ropa-desktop window on this computer. Both windows save every change at once; close one of them to avoid editing the same item twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new register as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.ropa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved aside to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register documents (*.json *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import replaces everything in this register with the file&apos;s content. A copy of the register as it is now is kept beside it. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a register is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects, data categories, recipients and security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ropa-desktop Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it was moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ropa-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ropa-desktop %1&lt;/h3&gt;&lt;p&gt;The record of processing activities (GDPR Art. 30), kept on your desktop.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: we disclose personal data to no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: we use no processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded as taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new %1 (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, the list counts as not recorded yet, and the checks ask about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used by these activities:
%2

Delete it and remove it from them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisory authority is known for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is recorded yet; the format requires at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not recorded yet; the format requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no text in any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported, with gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written, but another program, or an import, will refuse it until these gaps are filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps in the exported document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the register is complete as far as the checks can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n findings. Double-click one to open what it concerns.</source>
        <translation>
            <numerusform>One finding. Double-click it to open what it concerns.</numerusform>
            <numerusform>%n findings. Double-click one to open what it concerns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers are recorded in each activity. Double-click a row to edit it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a signed PDF, or an Excel workbook with its signature file (.p7s) beside it. Give the signer&apos;s certificate to check that it was really they who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged since signing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed exports (*.pdf *.xlsx *.p7s);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: no trusted certificate was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries no signature that can be checked, or the signature is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rely on this file: it was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is unchanged, but it was not signed by the certificate you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is unchanged since %1 signed it. Give their certificate to check that it was really them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is unchanged since %1 signed it, and the signer is the one you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish with gaps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not fill every item this notice must give (%1). Publish it anyway? The notice log will record that it was published with these gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export without logging?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is read-only, so this notice cannot be recorded in its log of published notices. Export it anyway, without a log entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the register does not say yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts shown in another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, one section per audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (web page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice is complete as far as the register can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the register does not say yet (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every text is in the notice&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts shown in another language (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written but not recorded in the log of published notices: the register is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published with gaps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the SHA-256 of the published file to prove which text it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed export shows who made it and proves that it has not been changed since. How do you want to sign it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a signing identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity used last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder used last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review interval of new registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;signing identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review new registers every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start. A register&apos;s own review interval is set on its Organisation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was wrong. Type the password of %1 again (attempt %2 of %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing identity lets you sign exports: a signed file shows who made it and that it has not been changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is saved in %1. Back it up as you back up other important files (copy the .p12 file to a safe place); keep its password apart from it. Neither can be recovered if lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the person who signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password to protect the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted by %2 at %3, in another window or on another computer. Your change was not saved. Reload to see the register as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted in another window or on another computer. Your change was not saved. Reload to see the register as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3, in another window or on another computer, after you opened it. Your change was not saved, so that it does not overwrite theirs. Reload to see their version, then make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed in another window or on another computer after you opened it. Your change was not saved, so that it does not overwrite theirs. Reload to see their version, then make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Not now” keeps what you typed on screen, so you can copy it; View → Reload shows their version later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is also open by %1 on %2 since %3. You can both work: if you both change the same item, the second save is refused and you are asked to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This register is also open by %1 on %2 since %3, and by %n more. You can all work: if two of you change the same item, the second save is refused and that person is asked to reload.</source>
        <translation>
            <numerusform>This register is also open by %1 on %2 since %3, and by %n more. You can all work: if two of you change the same item, the second save is refused and that person is asked to reload.</numerusform>
            <numerusform>This register is also open by %1 on %2 since %3, and by %n more. You can all work: if two of you change the same item, the second save is refused and that person is asked to reload.</numerusform>
        </translation>
    </message>
    <message>
        <source>This register is read-only here: you can read, check and export it, but not change it. Copy it to a folder you can write to, to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is in a folder that %1 synchronises. Open it on one computer at a time: the service does not carry the register&apos;s locks, so two computers could overwrite each other&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the law ask? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country in the list: pick one of the names offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a country&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country to add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written in the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed: the signature is the file %1 beside it. Always send or store the two files together; without %1 nobody can check the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed: the signature is inside the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings of the checks are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire or delete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire “%1”? A retired activity stays in the register, marked as no longer carried out, so you can show what was processed and when it stopped. Delete removes it; only the history keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the agreement with “%1” reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export review calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scheduled review as an iCalendar file for Outlook or Apple Calendar; exporting again updates the same events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue or due for review within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1. Due within 30 days: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled reviews written to %1.</source>
        <translation>
            <numerusform>%n scheduled review written to %1.</numerusform>
            <numerusform>%n scheduled reviews written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected activity or processor agreement was reviewed today: its next review moves on by its review interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor agreement with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export review calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same comparison as a PDF document, to file or send on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version has been issued yet: exporting the register for the supervisory authority, or signed, issues version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity was not duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ropa-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ropa-desktop keeps your record of processing activities (GDPR Art. 30). How would you like to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around in the demo register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small company&apos;s register, filled in, to try everything on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register file you or a colleague keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new register from the spreadsheet you keep your register in today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from typical activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new register and add activities we wrote for Nordic small companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo register could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a typical activity. It is added as a draft with the law of your organisation&apos;s country: review it, name its processors and set it active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported activities to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1 on %2: %n activities to review</source>
        <translation>
            <numerusform>Imported from %1 on %2: %n activity to review</numerusform>
            <numerusform>Imported from %1 on %2: %n activities to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the activity and review it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>The list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>en</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor (on behalf of others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent – Art. 6(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract – Art. 6(1)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation – Art. 6(1)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests – Art. 6(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task – Art. 6(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests – Art. 6(1)(f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade union membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category (not specified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated (2010 clauses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subject category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
