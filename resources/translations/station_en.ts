<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <message>
            <location line="-78" />
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
        <message numerus="yes">
            <location line="+6" />
            <source>%n conflicts selected; a decision applies to all of them. Showing the first.</source>
            <translation>
                <numerusform>%n conflict selected; a decision applies to it.</numerusform>
                <numerusform>%n conflicts selected; a decision applies to all of them. Showing the first.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
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
            <source>%n scans kept: counted once this window is closed.</source>
            <translation>
                <numerusform>%n scan kept: counted once this window is closed.</numerusform>
                <numerusform>%n scans kept: counted once this window is closed.</numerusform>
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
            <source>%n counted lines have not reached the server yet. They are saved and will be sent next time Station starts. Close anyway?</source>
            <translation>
                <numerusform>%n counted line has not reached the server yet. It is saved and will be sent next time Station starts. Close anyway?</numerusform>
                <numerusform>%n counted lines have not reached the server yet. They are saved and will be sent next time Station starts. Close anyway?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lines waiting</source>
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
            <source>{state} · %n items</source>
            <translation>
                <numerusform>{state} · %n item</numerusform>
                <numerusform>{state} · %n items</numerusform>
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
            <location line="+156" />
            <source>Finish the rack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-103" />
            <source>Finish rack {rack}?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n pieces</source>
            <translation>
                <numerusform>%n piece</numerusform>
                <numerusform>%n pieces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n lines</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
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
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
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
        <message>
            <location line="+25" />
            <source>Finishing: please wait.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Finished: rack {rack}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Not counted: %n scans made while the rack was being finished. Scan again on the rack they belong to.</source>
            <translation>
                <numerusform>Not counted: %n scan made while the rack was being finished. Scan again on the rack it belongs to.</numerusform>
                <numerusform>Not counted: %n scans made while the rack was being finished. Scan again on the rack they belong to.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enter: next rack (or scan its label)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="-24" />
            <source>Finishing: please wait. %n scans kept for after.</source>
            <translation>
                <numerusform>Finishing: please wait. %n scan kept for after.</numerusform>
                <numerusform>Finishing: please wait. %n scans kept for after.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+91" />
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
            <location line="+47" />
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
        <message numerus="yes">
            <location line="+17" />
            <source>%n lines counted so far. Scan on.</source>
            <translation>
                <numerusform>%n line counted so far. Scan on.</numerusform>
                <numerusform>%n lines counted so far. Scan on.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+38" />
            <source>Scan the serial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Y or N</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>{keys} · %n scans kept, counted after your answer</source>
            <translation>
                <numerusform>{keys} · %n scan kept, counted after your answer</numerusform>
                <numerusform>{keys} · %n scans kept, counted after your answer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>✕ {name} was refused: {reason} %n more lines refused too. A supervisor decides (F9).</source>
            <translation>
                <numerusform>✕ {name} was refused: {reason} %n more line refused too. A supervisor decides (F9).</numerusform>
                <numerusform>✕ {name} was refused: {reason} %n more lines refused too. A supervisor decides (F9).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>✕ {name} was refused: {reason} A supervisor decides (F9).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="+14" />
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
            <location filename="../../station/ui/scan_words.py" line="+4" />
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
        <message>
            <location filename="../../station/ui/scan_view.py" line="+6" />
            <source>Scanning has stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
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
            <location line="+67" />
            <source>Rack {rack} is paused. Press F8 to resume it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>{why} %n scans made as it ended were not counted.</source>
            <translation>
                <numerusform>{why} %n scan made as it ended was not counted.</numerusform>
                <numerusform>{why} %n scans made as it ended were not counted.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+240" />
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
            <location line="-161" />
            <source>Serial {serial} is already counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Not counted: the serials were not scanned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not counted: {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
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
            <translation>
                <numerusform>%n waiting to sync</numerusform>
                <numerusform>%n waiting to sync</numerusform>
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
            <translation>
                <numerusform>%n stalled</numerusform>
                <numerusform>%n stalled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n refused (F9)</source>
            <translation>
                <numerusform>%n refused (F9)</numerusform>
                <numerusform>%n refused (F9)</numerusform>
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
</TS>
