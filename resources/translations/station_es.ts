<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>app</name>
        <message>
            <location filename="../../station/app.py" line="+167" />
            <source>The station's database was damaged; it was kept aside as {file} and a fresh one started. Lines that had reached the server are safe; IT can recover the rest from that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Station cannot start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>barcodes</name>
        <message>
            <location filename="../../station/domain/barcodes.py" line="+164" />
            <location line="+25" />
            <source>Nothing was read. Scan the label again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>That was too long for one barcode ({length} characters). Scan one label at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The scanner sent unreadable characters. Scan the label again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>“{text}” is not a barcode or item code. Scan again, or type the code printed on the label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The barcode {code} failed its check digit, so it was probably misread. Scan it again, or type the number printed under the bars.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>This label's batch and serial number ran together (the scanner dropped a separator), so they cannot be told apart. Type the serial number, or ask IT to set the scanner to send GS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>This GS1 label could not be read. Scan it again, or type the item code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>This GS1 label repeats a field. Scan it again, or type the item code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The GTIN in this GS1 label failed its check digit. Scan it again, or type the item code.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>claiming</name>
        <message>
            <location filename="../../station/session/claiming.py" line="+41" />
            <source>There is no rack {rack} on {floor}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../station/cli.py" line="+94" />
            <source>--set {item} must look like --set section.key=value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Station cannot write to its folders under {folder} ({why}). Choose another with --data-dir.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>client</name>
        <message>
            <location filename="../../station/api/client.py" line="+176" />
            <source>The server's list of floors is not one this station can read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+242" />
            <source>The server's answer to {address} is not JSON; is the server address right?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>The server did not answer in time. The station keeps counting and will send everything later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The server's answer to {address} is not one this station understands; is the server address right?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>conflict_desk</name>
        <message>
            <location filename="../../station/session/conflict_desk.py" line="+65" />
            <source>Type the supervisor's user name and PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>{user} is not a supervisor. Only a supervisor or an admin may resolve conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+87" />
            <source>Write a note: why this decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A recount needs the counted quantities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+154" />
            <source>The server cannot be reached: only this station's conflicts are shown. Decisions are kept here and sent when the server is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This server cannot list or take supervisors' decisions: only this station's conflicts are shown. A decision here settles the line at this station only; settle the same lines in StockVerify.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Serial {serial} appears twice on this line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Serial {serial} is counted already on rack {rack} by {user} at {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Serial {serial} is counted already on rack {rack} by {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Serial {serial} is counted already on rack {rack} at {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Serial {serial} is counted already on rack {rack}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>conflict_rows</name>
        <message>
            <location filename="../../station/session/conflict_rows.py" line="+16" />
            <source>A serial number on this line is already counted on another line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The quantities break a counting rule (more damaged than counted, or too many).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The rack was held by someone else when this line reached the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The line was counted after this station's lease on the rack had lapsed and someone else had taken the rack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The line was changed on the server since this station last saw it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>of which damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lease (fencing token)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rack held by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Version of the line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>this server cannot take supervisors' decisions, so none was sent. Settle the same lines in StockVerify, then press F10 again: it checks this station's count against the server's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The server refused this line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>Server: other line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Nothing was settled.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n decided at this station only: {why}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n resolved here, not yet sent: they go when the server is back.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n settled on the server.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>conflicts</name>
        <message>
            <location filename="../../station/ui/conflicts.py" line="+19" />
            <source>The server cannot be reached, so the supervisor's PIN is checked when it is back. Decisions are kept here and sent then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>No conflicts are waiting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>conflicts_dialog</name>
        <message>
            <location filename="../../station/ui/conflict_words.py" line="+12" />
            <source>Keep the station's count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keep the server's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enter a recount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ignore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>duplicate serial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>invalid quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>rack locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>stale lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>version conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../station/ui/conflicts_dialog.py" line="+64" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Conflicts are settled by a supervisor. Type the supervisor's user name and PIN; the counter stays logged in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+125" />
            <source>Rack · session · item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+134" />
            <source>This station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-134" />
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+109" />
            <source>%n conflict(s) selected; a decision applies to [it|all of them]. Showing the first.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="-187" />
            <source>Note: why this decision (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>↑ ↓ pick · Shift+↑↓ or Ctrl+A for several · Tab to the note · F5–F8 decide · Esc closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>serials, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Recount: counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>of which damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../station/ui/conflict_words.py" line="+11" />
            <source>session …{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>resolved here, not yet sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>waiting (a decision was refused)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../station/ui/conflicts_dialog.py" line="+109" />
            <source>Nothing selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>unknown time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{item} on rack {rack}, counted by {user}; refused {when}. The server said: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{item} on rack {rack}, counted by someone unknown; refused {when}. The server said: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Resolved here by {user} ({decision}: {note}), not yet sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>not on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Pick a conflict that is still waiting (↑ ↓).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Write a note first: why this decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Settling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Type the recount, a note, and press F7 again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>A recount is for one item: pick the conflicts of one line only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>counting</name>
        <message>
            <location filename="../../station/session/counting.py" line="+69" />
            <source>Nothing was read. Scan the label again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>×{multiplier}: now scan the item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The server cannot be reached to look it up. Record {code} as an unknown item?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No item has this barcode. Record {code} as an unknown item?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>{item} has serial numbers: scan its serial.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{item} has serial numbers: scan all %n serial.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+42" />
            <source>{counted} — expected on {rack}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>There is no scan to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Undone: {item} is back to {quantity}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{item}: now {quantity}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>+{quantity} damaged {item} (now {total}), on a new line (the earlier one is with a supervisor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>+{quantity} {item} (now {total}), on a new line (the earlier one is with a supervisor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>+{quantity} damaged {item} (now {total})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>+{quantity} {item} (now {total})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../station/ui/dialogs.py" line="+57" />
            <source>Edit {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>of which damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Log in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Your sign-in has expired, {user}. Type your PIN (Ctrl+P: password) and Enter.
Nothing you counted is lost.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>failures</name>
        <message>
            <location filename="../../station/api/failures.py" line="+30" />
            <source>The server's certificate is not trusted by this station. Ask IT to set server.ca_bundle to the warehouse's certificate authority.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The server cannot be reached. The station keeps counting and will send everything when it is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Your sign-in has expired. Log in again; nothing you counted is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>You are not allowed to do that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server has no {address}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Someone else holds this rack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server asked the station to wait {seconds} s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server refused the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server failed ({status}). The station keeps counting and will send everything later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The server answered {status}, which this station does not expect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>The server refused the request: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>the request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>is not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{field} is required</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>find_view</name>
        <message>
            <location filename="../../station/ui/find_view.py" line="+27" />
            <source>Type part of the name or code · ↑ ↓ pick · Enter counts it (marked as typed) · Esc closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>this rack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>expected on {rack}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no rack known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Find an item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name or code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>{where}, serialized</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Nothing found: type more of the name or code.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>finishing</name>
        <message numerus="yes">
            <location filename="../../station/session/finishing.py" line="+93" />
            <source>%n line(s)</source>
            <comment>this station has: 3 lines (2 damaged pieces)</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>{sentence} Ask a supervisor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>{first} {second}</source>
            <comment>one sentence, then another</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Not finished: %n lines have not reached the server yet. The rack stays claimed; press F10 again when the server is back.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Not finished: the server has %n line(s) ({server_damaged} damaged pieces), this station {here} ({damaged} damaged pieces).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Not finished: the server has %n pieces ({server_damaged} damaged), this station {pieces} ({damaged}).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Not finished: the server refused %n line(s); [it waits|they wait] for a supervisor (F9). The rack stays claimed.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>floors_view</name>
        <message>
            <location filename="../../station/ui/floors_view.py" line="+30" />
            <source>Pick a floor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>1–9 picks a floor · ↑ ↓ and Enter · Esc logs out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+66" />
            <source>{floor}     {free} free · {counted} of {racks} counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-46" />
            <source>The server lists no floors.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gate</name>
        <message>
            <location filename="../../station/session/gate.py" line="+15" />
            <source>{released} Scanning has stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} is paused. Press F8 to resume it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The lease on {rack} ran out while the server could not be reached. Scanning goes on as soon as the station has the rack again; what you counted is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Rack {rack} was taken by {holder}. Scanning has stopped; what you counted is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Rack {rack} was taken by another session. Scanning has stopped; what you counted is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Rack {rack} is no longer being counted here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The rack was taken by another session; what you counted is kept and will be sent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>language_view</name>
        <message>
            <location filename="../../station/ui/language_view.py" line="+60" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>↑ ↓ pick · Enter: speak it · Esc: as it was</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lease</name>
        <message>
            <location filename="../../station/domain/lease.py" line="+176" />
            <source>Rack {rack} was released by {by}: {note}. What you counted is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} was released by supervisor {by}: {note}. What you counted is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} was released by {by}. What you counted is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} was released by supervisor {by}. What you counted is kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lines_model</name>
        <message>
            <location filename="../../station/ui/lines_model.py" line="+25" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>✕ refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>A supervisor set this line aside: it counts for nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server refused this line: {reason} A supervisor decides (F9).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Typed in, not scanned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+70" />
            <source>unknown barcode</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <location filename="../../station/ui/login.py" line="+46" />
            <source>PINs on this server</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>login_view</name>
        <message>
            <location filename="../../station/ui/login_view.py" line="+30" />
            <source>Station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Counting station {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>Logging in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Scan your badge or type your name · Tab to move · Enter to log in · Ctrl+P: a PIN · Ctrl+L: language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Scan your badge or type your name · Tab to move · Enter to log in · Ctrl+P: a password · Ctrl+L: language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Type your user name first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Type your password, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type your PIN, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Now type the PIN for {user}, then Enter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../../station/ui/main_window.py" line="+38" />
            <source>F2 damage · Ctrl+Z undo · F4 edit · Ctrl+F find an item · F5 send now · F8 pause · F9 conflicts · F10 finish · F7 supervisor view</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+103" />
            <source>%n scan(s) kept: counted once this window is closed.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+50" />
            <source>Sending every waiting line now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>About Station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Station {version}

Stock-take counting for warehouses.
{keys}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Station</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+35" />
            <source>%n counted line(s) [has|have] not reached the server yet. [It is|They are] saved and will be sent next time Station starts. Close anyway?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lines waiting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../station/store/migrations.py" line="+154" />
            <source>The station's database ({path}) was written by a newer Station (schema {major}.x). Install that version again, or ask IT.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>notices</name>
        <message>
            <location filename="../../station/session/notices.py" line="+11" />
            <source>This server finds people by their PIN alone: two people with the same PIN log in as the same person. Ask IT to give everyone a different PIN.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>outbox</name>
        <message>
            <location filename="../../station/store/outbox.py" line="+122" />
            <source>The server did not answer for this line.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>profile</name>
        <message>
            <location filename="../../station/api/profile.py" line="+74" />
            <source>Station's reference server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>StockVerify as it ships</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>racks_model</name>
        <message>
            <location filename="../../station/ui/racks_model.py" line="+19" />
            <source>free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>being counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>paused ({user})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{state} · %n item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>Rack {rack}, {state}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>racks_view</name>
        <message>
            <location filename="../../station/ui/racks_view.py" line="+40" />
            <source>Scan or type a rack id, then Enter (G-R05)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Enter claims · arrows move among the racks · Esc goes back to the floors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{floor}: racks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{floor}: racks ({free} free of {total})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>updating every 5 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>There is no rack {rack} on {floor}. Check the label, or Esc for another floor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Claiming {rack}…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <location filename="../../station/domain/records.py" line="+49" />
            <source>A scan must count at least one piece.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Serial {serial} is already counted on this line. Scan the next piece's serial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The quantity cannot be negative ({quantity}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The quantity would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>A scan cannot be negative ({quantity}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A scan would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This line cannot be negative ({quantity}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This line would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The counted quantity cannot be negative ({quantity}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The counted quantity would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The damaged quantity cannot be negative ({quantity}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The damaged quantity would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>“{typed}” is not a whole number of pieces. Type digits only, then scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>A scan must count at least one piece. Type 1 or more, then scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{quantity} pieces in one scan is more than allowed ({most}). Check the number and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The serial number is empty. Scan the serial label again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>That serial number is too long ({length} characters, at most {most}). Scan the serial label, not the product barcode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>A serial number has only letters, digits and punctuation, no spaces. Scan it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Damaged ({damaged}) cannot be more than counted ({counted}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Serial {serial} is entered twice.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This item has no serial numbers; remove the %n entered.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>This item has serial numbers: {counted} counted but %n serials entered. Enter one serial for each piece.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>recovery</name>
        <message>
            <location filename="../../station/session/recovery.py" line="+12" />
            <source>The lease on this rack lapsed while the station was closed; taking it back…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review</name>
        <message numerus="yes">
            <location filename="../../station/session/review.py" line="+89" />
            <source>%n not expected here</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n under</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n over</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>all lines sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <comment>between the clauses of the review's headline</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{clauses}.</source>
            <comment>the review's headline: its clauses, then a full stop</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>{item}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+85" />
            <source>unknown barcode</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <comment>in: 5 pieces counted in 2 lines</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) not sent yet</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) refused by the server</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) refused by the server [waits|wait] for a supervisor. F9: a supervisor decides.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) counted in {lines}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) counted in {lines} (a blind count: expected quantities are not shown)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n expected items counted</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{counted} of %n expected items counted, {missing} missing</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>review_view</name>
        <message>
            <location filename="../../station/ui/review_view.py" line="+35" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>not expected here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>under</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>as expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <location line="+158" />
            <source>Finish the rack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-105" />
            <source>Finish rack {rack}?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n piece(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n line(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+73" />
            <source>Not counted: %n scan(s) made while the rack was being finished. Scan again on the rack [it belongs|they belong] to.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="-71" />
            <source>{pieces} ({damaged} damaged) in {lines}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{pieces} in {lines}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>and %n more</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>F9: a supervisor decides · Enter: finish anyway (a supervisor releases) · Esc: count on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Enter: finish the rack · Esc: back to counting · ↑ ↓ PgUp PgDn scroll</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>Finishing: please wait. %n scan(s) kept for after.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finishing: please wait.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Finished: rack {rack}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Enter: next rack (or scan its label)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>refused (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>set aside by a supervisor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reviewing</name>
        <message>
            <location filename="../../station/ui/reviewing.py" line="+19" />
            <source>Sending every line and checking the count with the server…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>scan_view</name>
        <message>
            <location filename="../../station/ui/scan_view.py" line="+38" />
            <source>Scan, or type a code and Enter (a number first multiplies)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <location line="+90" />
            <source>Scan the first item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-44" />
            <source>F2 damaged · Ctrl+Z undo · ↑↓ pick a line, F4 edit · Ctrl+F find · F5 send now · F8 pause · F10 finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Rack {rack} · {floor}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{user} · session {session}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Scan the serial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Y or N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+61" />
            <source>✕ {name} was refused: {reason} A supervisor decides (F9).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="+15" />
            <source>DAMAGED (F2) · {count} so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>next scan × {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>good (F2: damaged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Scan on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{name}: {count} counted. Scan on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../station/ui/scan_view.py" line="+34" />
            <source>DAMAGED: the next scans count as damaged ({count} so far). F2: back to good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Good: the next scans count as good ({count} damaged counted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>PAUSED · {why} The clock is stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Paused. Press F8 to resume counting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Resumed. Scan on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="-26" />
            <source>The server has not renewed the lease on {rack}: {seconds} s left. Keep scanning; the station keeps trying.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../station/ui/scan_view.py" line="+11" />
            <source>The lease on {rack} ran out. Taking the rack back…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="+8" />
            <source>{rack} was taken by {who}. Scanning has stopped; your lines are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{rack} was taken by another session. Scanning has stopped; your lines are kept.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../station/ui/scan_view.py" line="-168" />
            <source>%n line(s) counted so far. Scan on.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+50" />
            <source>{keys} · %n scan(s) kept, counted after your answer</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>✕ {name} was refused: {reason} %n more line(s) refused too. A supervisor decides (F9).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+82" />
            <source>Scanning has stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+72" />
            <source>counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>refused (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+41" />
            <source>time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>time · paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="+8" />
            <source>{sentence}, {count} damaged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{sentence} ({count} damaged)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>scanning</name>
        <message>
            <location filename="../../station/ui/scanning.py" line="+41" />
            <source>Y: count it as an unknown item · N or Esc: not counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>Rack {rack} is paused. Press F8 to resume it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+273" />
            <source>{name}: scan serial {number} of {total}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{refused} {asked}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Serials: {serials} · Esc: not counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Esc: not counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-178" />
            <source>Serial {serial} is already counted.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="-90" />
            <source>{why} %n scan(s) made as it ended [was|were] not counted.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+110" />
            <source>Not counted: the serials were not scanned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not counted: {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>No item has this barcode. Record {code} as an unknown item?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>{why}

Should a supervisor release the rack anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Counts disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Rack {rack} was taken by {who}. Scanning has stopped. Everything you counted is kept and will be sent; a supervisor sorts out any difference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Rack {rack} was taken by another session. Scanning has stopped. Everything you counted is kept and will be sent; a supervisor sorts out any difference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Rack released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Rack taken</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>serial</name>
        <message>
            <location filename="../../station/scanner/serial.py" line="+105" />
            <source>Scanner on {port} connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The scanner on {port} cannot be opened ({why}); check the cable. Trying again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The scanner on {port} was unplugged. Plug it back in; Station reconnects by itself.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>status_bar</name>
        <message>
            <location filename="../../station/ui/status_bar.py" line="+17" />
            <source>lease held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>lease at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>lease ran out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>lease lost</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n waiting to sync</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing else to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+14" />
            <source>all sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <location line="+27" />
            <source>online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>offline: counting goes on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>{rack}: paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>released by {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{rack}: {lease} · {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{rack}: {lease}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="-56" />
            <source>%n stalled</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n refused (F9)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>scanner ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>scanner unplugged</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>store_errors</name>
        <message>
            <location filename="../../station/store/errors.py" line="+39" />
            <source>The disk holding the station's data ({folder}) is full, so the last scan was not saved. Free some space; everything counted before is safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The station's database is busy (another Station may be running on this computer). Close it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The station cannot write to its data folder ({folder}). Ask IT to allow writing there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The station's database is damaged. Restart Station: it will keep the damaged file aside and start a fresh one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The disk holding the station's data ({folder}) reported an error. Ask IT to check it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>store_records</name>
        <message>
            <location filename="../../station/store/records.py" line="+189" />
            <source>{item}: a supervisor settled this line; it cannot be undone here. Scan the item to count more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{item}: a supervisor settled this line; it cannot be changed here. Scan the item to count more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{item}: the server refused this line and it waits for a supervisor (F9); it cannot be undone here. Scan the item to count more on a new line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{item}: the server refused this line and it waits for a supervisor (F9); it cannot be changed here. Scan the item to count more on a new line.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>supervising</name>
        <message>
            <location filename="../../station/ui/supervising.py" line="+32" />
            <source>Only the counter who claimed a rack can release it on this server: ask {user} to finish rack {rack} (F10) at their station.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>Counts disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{reason}

{what_to_do}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The server cannot be reached, and a release needs it. Try again when it is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+75" />
            <source>{sentence} (for {user}: {note})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Release rack {rack}, counted by {user}. Why? (required; it goes into the rack's history)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Release {rack}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>supervision</name>
        <message>
            <location filename="../../station/session/supervision.py" line="+19" />
            <source>This server (StockVerify as it ships) lists no sessions: its list is always empty. The racks screen shows who holds each rack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Rack {rack} released.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>supervisor_prompt</name>
        <message>
            <location filename="../../station/ui/supervisor_prompt.py" line="+44" />
            <source>Why (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Tab moves · Enter confirms · Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Fill in every field: the note says why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fill in every field: user and PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <location line="+20" />
            <source>Release anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-18" />
            <source>{reason}

A supervisor may release the rack anyway. Their PIN and a note are required; the release is recorded in the rack's history.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>supervisor_view</name>
        <message>
            <location filename="../../station/ui/supervisor_view.py" line="+32" />
            <location line="+10" />
            <source>Rack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>Floor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <source>Counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <location line="+9" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Pieces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>Pieces/min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Heartbeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>superseded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>moved a serial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>resolved: kept the server's count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>resolved: took the station's count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>resolved: recounted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>resolved: set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{seconds} s ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{minutes} min ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Supervisor — who is counting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Rack history: select a session and press H</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Recent sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>↑ ↓ pick a session · R releases its rack (a note is asked) · H its rack's history · F5 refreshes · F9 conflicts · Esc back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Nobody is counting right now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>Rack {rack} history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>No supervisor has acted on this rack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Pick an active session first (↑ ↓).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>unsupported</name>
        <message>
            <location filename="../../station/api/unsupported.py" line="+13" />
            <source>{server} does not take supervisors' decisions (its conflicts API answers 401 to every token). The decision is kept at this station; settle the line in StockVerify's own screens, or ask IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>{server} lets only the counter who claimed a rack release it. Ask them to release it at their station; if they cannot, free it in StockVerify's own screens, or ask IT.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>values</name>
        <message>
            <location filename="../../station/session/values.py" line="+200" />
            <source>No supervisor can release this rack anyway on this server (StockVerify lets only the counter who claimed it release it). Settle the refused lines in StockVerify, then press F10 again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No supervisor can release this rack anyway on this server (StockVerify lets only the counter who claimed it release it). Settle the difference in StockVerify, then press F10 again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>words</name>
        <message>
            <location filename="../../station/session/words.py" line="+10" />
            <source>No rack is being counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No rack is being counted. Claim a rack first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Nobody is logged in here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Wrong user name or password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wrong user name or PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Rack {rack} paused. Press F8 to resume it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rack {rack} resumed. Scan away.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n line(s)</source>
            <comment>in: Rack R1 is finished: 5 pieces in 2 lines.</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Rack {rack} is finished: %n piece(s) in {lines}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Write a note: why the rack is released with the counts disagreeing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Rack {rack} was released by {supervisor}: {note}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../../station/sync/worker.py" line="+28" />
            <source>Sending has stopped after an error (see the log). Every counted line is kept; restart Station to send them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+195" />
            <source>Sending paused: the disk holding the station's data is full. Free some space; every line is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Sending paused: {why}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
