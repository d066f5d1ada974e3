<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Your own record (never changed by updates or imports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the California data broker registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OffMap&apos;s directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California DROP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registered data broker: one DROP request by a California resident reaches it (privacy.ca.gov). Carriers and apps still need their own requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact is known. See the notes for where to look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification it asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is known to hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared location data with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests reported to California</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public source recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other server (enter the details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this provider&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Clinic or the client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as the user name if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this account &amp;by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored in the system keyring, never in OffMap&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the server without sending anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>None (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OffMap makes a backup of the store every day it is opened and keeps the last seven here. &quot;Back up now&quot; writes a copy, with the attached files, wherever you choose: keep one on another disk. A restore checks the file first and keeps a copy of the current data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the &amp;selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up OffMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OffMap backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}: {clients} clients, {requests} requests, {files} attached files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore OffMap from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {clients} clients and {requests} requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data it replaced was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything OffMap holds now with the backup {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients, requests and replies recorded since that backup will no longer show. The file is checked first, and a copy of the current data is kept in the backups folder so you can go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Daily (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokerModel</name>
    <message>
        <source>no address: web form or post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkOptOutDialog</name>
    <message>
        <source>Opt-outs to location data brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an opt-out request (sale and sharing of personal information) from each chosen client to every broker that told the California data broker registry it collects precise geolocation. Import the registry in the Directory first. Check where the letters go: a registry address can belong to an agency or vendor. Requests a client already has are not made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers that will be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;send them now by e-mail (the mail account in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broker in the directory flags precise geolocation yet: import the California data broker registry (Directory page) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the clients to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clients} clients × {brokers} brokers: {new} new requests, {old} already made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk opt-outs stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} opt-out requests created, {sent} sent, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: what was done before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new requests are drafts on the Requests page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this case: calls, what the client asked, next steps. Kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zip with a summary PDF, every letter and attached file, and the records for another OffMap to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authori&amp;zation form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form the client signs so the clinic may act as their authorized agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file written to {path} ({letters} letters, {files} attached files{encrypted}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authorization form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the authorization form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization form saved to {path}: print it, have the client sign it, and keep the signed copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Send by web form or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through its web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no e-mail address for privacy requests: it takes them {ways}. Your letter is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the form in your browser and copies the letter so you can paste it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web form is opening in your browser and the letter is on the clipboard: paste it into the form. When you have submitted it, choose Mark as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer. After posting it, choose Mark as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you sent this request today by {way}? The deadline is counted from today (post: from the delivery date, else five days after).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft letters to the companies that hold this client&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
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
        <source>Ad ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name as the companies know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ana@example.org, other@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 415 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile advertising ID, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client agreed that OffMap stores these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to store the client&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before recording: their details, the companies that hold their data, the letters and the replies are kept on this computer only, and are deleted when they ask (delete the client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ad ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile advertising IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter state or province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes about this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the client whether OffMap may store their details, then tick the consent box. Without their consent, do not record them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search clients by name, phone or e-mail  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the clients whose cases are archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with yourself or your first client: add their name, phone numbers and state. OffMap then helps you find who holds their location data and write to each company. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} and everything recorded for them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their holdings, requests, events and the log of replies are deleted from this computer. This cannot be undone; make a backup or a case export first if you may need them. Archiving keeps everything and hides the client instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicSection</name>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For privacy clinics and advocates helping several people. In agent mode each letter says the clinic writes as the client&apos;s authorized agent and cites the law&apos;s rule for agents; laws without such a rule (for example Virginia&apos;s) are refused, and those letters go in the client&apos;s own name. Print the client&apos;s authorization form from the Clients page and keep the signed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay Area Privacy Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person who signs the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy@clinic.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters in the &amp;client&apos;s own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic writes as the client&apos;s authorized &amp;agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic e-mail for replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic profile status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save clinic &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyChart</name>
    <message>
        <source>Chart of answers per company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late or ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests sent yet: the chart fills in as companies answer (or do not).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDetail</name>
    <message>
        <source>Company details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company to see its contacts and sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host network (MVNO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy request web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address for privacy requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy p&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your companies are kept on this computer, marked as yours, and never changed by directory updates or registry imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent letters cannot be called back. OffMap records the server&apos;s answer and starts the deadline today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no confirmation of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First deadline {d}, extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt to be confirmed by {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Filter by reference, client, company, type or status  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every open deadline as an .ics file for your calendar, with reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all requests as a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests and their deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you mark a request as sent, its deadline appears here: overdue requests first, then those due this week and those still waiting for the company to confirm receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deadlines to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} item(s) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search by name, other name or brand  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import California registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of companies shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit my copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your record of {name}? Holdings and requests that name it keep its identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({error}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import California data broker registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered brokers are reached by one California DROP request (privacy.ca.gov). Registry e-mail addresses can belong to an agency or vendor: review before sending letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import California registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the directory file (https://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory updated: {n} companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is already up to date ({n} companies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the directory…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Log an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in your words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>{n} files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {n} letter(s). Files are named by reference, company and type, never by the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export letters to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing letter files: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. Files already written stay in the folder; no file was left half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldingDialog</name>
    <message>
        <source>Add holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location data it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you know: a bill, a reply, a news report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldingsSection</name>
    <message>
        <source>&lt;b&gt;Who holds their location data&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my &amp;phone service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps on my p&amp;hone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;holding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California DROP note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from this client&apos;s holdings? Requests already made are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailAccountsSection</name>
    <message>
        <source>Mail accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OffMap sends letters from your own mail account, so replies come back to you. Add as many as you need (a clinic can send as the client or as the clinic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make de&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the server without sending anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are kept in the system keyring ({backend}), never in OffMap&apos;s files, backups or exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mail account {name}? Its password is removed from the system keyring. Letters already sent stay recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OffMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OffMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OffMap {version}

Take your location off the map: record who holds your phone location data, send them requests grounded in the law, and hold them to their deadlines.

OffMap is not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a company from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for each company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the letter will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a paragraph added to the letter. For a correction, say what is wrong and what it should say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and e&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the selected letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a company from the list; the Directory page adds companies that are not there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save {n} draft(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one company and one request type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some letters were not drafted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffMap</name>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPNI opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: contacts read on the company&apos;s own pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary: from news, archives or registries, not the company&apos;s own page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified: leads only; check before relying on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company confirmed it received the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company said it needs more time (valid only before the first deadline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company did what was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company did only part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not reach the company (e-mail bounced, letter returned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth keeping: a phone call, a reference they gave you ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are closing the request; say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precise location (GPS, apps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell-site location (towers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPNI (carrier usage records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my phone service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which company bills you for your phone line? Pick your carrier or prepaid brand (MVNO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These companies hold, or are known to have received, location data from your phone service and its network. Untick any you want to leave out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps on my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an app (or app company) installed on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app and the companies known to have received its users&apos; location. Untick any you want to leave out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (print or attach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (.docx, to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft (.eml, opens in your mail program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to access personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to delete personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to correct personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to opt out of the sale and sharing of personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to limit the use of sensitive personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent to the processing of my location data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPNI opt-out: withdrawal of approval to use or disclose my CPNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder of an unanswered request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal of the response to my request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint about an unanswered or refused request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post (5 days to arrive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First requests sent (not reminders, appeals or complaints) that did not bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final answer by the deadline in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered after the deadline, or no answer and the deadline has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final answer was a refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet and the deadline has not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from sending to the final answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appeal to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint to the regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded (had gone out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file holds the client&apos;s details, letters and replies. Encrypt it when it leaves this computer, and give the passphrase to the recipient another way (by phone, in person). Without it the file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {user} on {server}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no secure system keyring on this computer, so OffMap does not store mail passwords. It keeps the password in memory until OffMap closes, and never writes it to disk. {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember until OffMap closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save it in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Which companies answer on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every company your clients wrote to, across all clients: first requests sent, answered by the legal deadline, late (answered after it, or not at all once it passed), refused, and the median days to the answer. The report and its exports name no client, so you can show them to show who ignores the law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{companies} companies, {sent} requests sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the company report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>E&amp;xport letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request to see its letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your mail program with this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due if sent today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voluntary request: the law does not cover where the client lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company also asks for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTimeline</name>
    <message>
        <source>Request status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a reply, an extension, a refusal or a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event (Delete; undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole history of this request, with its follow-ups, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file with the program your system uses for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {d} by {via}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer due {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended to {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt to be confirmed by {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: open it with its program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted {kind} {reference}. It is with the client&apos;s requests as a draft: review the letter, then send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set to open this kind of file; use Save as… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Filter by reference, client, company, type or law  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft letters to one or more companies (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected letters (or all shown) as PDF, Word, text, web page or e-mail drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who holds a client&apos;s location data on the Clients page, then draft letters here: OffMap picks the law, cites the right, computes the answer date and writes the letter for you to print, e-mail or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the first request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client on the Clients page first, with the companies that hold their location data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was sent and is part of the record, so it cannot be deleted. Log a &apos;closed&apos; event on the Tracking tab instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft {ref}? Its letter has not been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Who holds the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed companies; space ticks or unticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California DROP note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendActions</name>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail this letter (PDF attached) from your mail account and start its deadline; for a company without e-mail, open its web form or print the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;all drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail the selected drafts (or every draft shown) one after the other, with progress, Cancel and a result for each letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendAllDialog</name>
    <message>
        <source>Send all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {n} letters from {account}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result for each letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the letter being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sent} of {total} sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} go by web form or post: open each request to print it or open the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} failed: see Details; nothing was marked sent for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} not attempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>No mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is not a draft any more ({status}); it is not sent again. To write to the company again, draft a reminder on the Tracking tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {ref} to {name} &lt;{to}&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The answer is due {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} was sent to {to}.{due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed unexpectedly; nothing was marked sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in my Sent folder: mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not there: send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these requests is a draft: sent letters are never sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {n} letters by e-mail, one after the other?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} already sent are left out.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything OffMap records stays in this folder on this computer, readable only by your user account. Mail passwords are kept in the system keyring, never in this folder. Nothing leaves the computer unless you send a letter or update the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingActions</name>
    <message>
        <source>Timeline of the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to OffMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your location off the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone carriers, apps and data brokers have sold people&apos;s location to whoever paid. OffMap helps you find out who holds yours, write to each of them with the law that applies (opt-out, deletion, access), and keeps track of their legal deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you record stays in one folder on this computer: {home}. Mail passwords go to the system keyring, never into that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves this computer unless you send a letter or update the company directory yourself. OffMap is not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good first step: add yourself and your phone service. OffMap then suggests the companies known to have received your carrier&apos;s location data, and you keep the ones that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add my phone service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look around first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>&amp;Import a case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client from another OffMap&apos;s case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opt-outs to location data brokers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs from many clients to every broker that collects precise geolocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;linic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a case file, bulk opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Import a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>{title}: {n} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is now overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} requests are now overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Deadlines to send a reminder or a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Connecting to {server}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
