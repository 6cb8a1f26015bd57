<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
    <context>
        <name>app</name>
        <message>
            <location filename="../../station/app.py" line="+176" />
            <source>The station's database was damaged; it was kept aside as {file} and a fresh one started. Lines that had reached the server are safe; IT can recover the rest from that file.</source>
            <translation>स्टेशन का डेटाबेस खराब हो गया था; उसे {file} नाम से अलग रखकर नया डेटाबेस शुरू किया गया. जो लाइनें सर्वर तक पहुँच चुकी थीं, वे सुरक्षित हैं; बाकी लाइनें IT उस फ़ाइल से वापस ला सकता है.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Station cannot start</source>
            <translation>Station शुरू नहीं हो पा रहा</translation>
        </message>
    </context>
    <context>
        <name>barcodes</name>
        <message>
            <location filename="../../station/domain/barcodes.py" line="+164" />
            <location line="+25" />
            <source>Nothing was read. Scan the label again.</source>
            <translation>कुछ पढ़ा नहीं गया. लेबल फिर से स्कैन करें.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>That was too long for one barcode ({length} characters). Scan one label at a time.</source>
            <translation>यह एक बारकोड के लिए बहुत लंबा था ({length} अक्षर). एक बार में एक ही लेबल स्कैन करें.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The scanner sent unreadable characters. Scan the label again.</source>
            <translation>स्कैनर ने ऐसे अक्षर भेजे जो पढ़े नहीं जा सकते. लेबल फिर से स्कैन करें.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>“{text}” is not a barcode or item code. Scan again, or type the code printed on the label.</source>
            <translation>“{text}” कोई बारकोड या आइटम कोड नहीं है. फिर से स्कैन करें, या लेबल पर छपा कोड टाइप करें.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The barcode {code} failed its check digit, so it was probably misread. Scan it again, or type the number printed under the bars.</source>
            <translation>बारकोड {code} का चेक डिजिट मेल नहीं खाया, शायद यह गलत पढ़ा गया. इसे फिर से स्कैन करें, या बारकोड के नीचे छपा नंबर टाइप करें.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>This label's batch and serial number ran together (the scanner dropped a separator), so they cannot be told apart. Type the serial number, or ask IT to set the scanner to send GS.</source>
            <translation>इस लेबल का बैच और सीरियल नंबर आपस में जुड़ गए (स्कैनर ने सेपरेटर छोड़ दिया), इसलिए इन्हें अलग नहीं किया जा सकता. सीरियल नंबर टाइप करें, या IT से कहें कि स्कैनर को GS भेजने के लिए सेट करें.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This GS1 label could not be read. Scan it again, or type the item code.</source>
            <translation>यह GS1 लेबल पढ़ा नहीं जा सका. इसे फिर से स्कैन करें, या आइटम कोड टाइप करें.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This GS1 label repeats a field. Scan it again, or type the item code.</source>
            <translation>इस GS1 लेबल में एक फ़ील्ड दो बार है. इसे फिर से स्कैन करें, या आइटम कोड टाइप करें.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The GTIN in this GS1 label failed its check digit. Scan it again, or type the item code.</source>
            <translation>इस GS1 लेबल के GTIN का चेक डिजिट मेल नहीं खाया. इसे फिर से स्कैन करें, या आइटम कोड टाइप करें.</translation>
        </message>
    </context>
    <context>
        <name>claiming</name>
        <message>
            <location filename="../../station/session/claiming.py" line="+31" />
            <source>Rack {rack} is a recount: count every item again from the start. The first count is kept beside yours, and a supervisor approves one of them.</source>
            <translation>रैक {rack} की दोबारा गिनती है: हर आइटम शुरू से फिर गिनें. पहली गिनती आपकी गिनती के साथ रखी जाती है, और सुपरवाइज़र उनमें से एक को मंज़ूर करते हैं.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>There is no rack {rack} on {floor}.</source>
            <translation>{floor} पर रैक {rack} नहीं है.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../station/cli.py" line="+94" />
            <source>--set {item} must look like --set section.key=value.</source>
            <translation>--set {item} इस तरह होना चाहिए: --set section.key=value.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Station cannot write to its folders under {folder} ({why}). Choose another with --data-dir.</source>
            <translation>Station {folder} के अंदर अपने फ़ोल्डरों में लिख नहीं पा रहा ({why}). --data-dir से कोई दूसरा फ़ोल्डर चुनें.</translation>
        </message>
    </context>
    <context>
        <name>client</name>
        <message>
            <location filename="../../station/api/client.py" line="+176" />
            <source>The server's list of floors is not one this station can read.</source>
            <translation>सर्वर की फ़्लोर सूची यह स्टेशन पढ़ नहीं सकता.</translation>
        </message>
        <message>
            <location line="+250" />
            <source>The server's answer to {address} is not JSON; is the server address right?</source>
            <translation>{address} पर सर्वर का जवाब JSON नहीं है; क्या सर्वर का पता सही है?</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The server did not answer in time. The station keeps counting and will send everything later.</source>
            <translation>सर्वर ने समय पर जवाब नहीं दिया. स्टेशन पर गिनती चलती रहेगी और सब कुछ बाद में भेजा जाएगा.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The server's answer to {address} is not one this station understands; is the server address right?</source>
            <translation>{address} पर सर्वर का जवाब यह स्टेशन समझ नहीं पा रहा; क्या सर्वर का पता सही है?</translation>
        </message>
    </context>
    <context>
        <name>conflict_desk</name>
        <message>
            <location filename="../../station/session/conflict_desk.py" line="+66" />
            <source>Type the supervisor's user name and PIN.</source>
            <translation>सुपरवाइज़र का यूज़र नेम और PIN टाइप करें.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{user} is not a supervisor. Only a supervisor or an admin may resolve conflicts.</source>
            <translation>{user} सुपरवाइज़र नहीं है. विवाद सिर्फ़ सुपरवाइज़र या एडमिन सुलझा सकते हैं.</translation>
        </message>
        <message>
            <location line="+87" />
            <source>Write a note: why this decision.</source>
            <translation>नोट लिखें: यह फ़ैसला क्यों.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A recount needs the counted quantities.</source>
            <translation>दोबारा गिनती के लिए गिनी गई संख्याएँ चाहिए.</translation>
        </message>
        <message>
            <location line="+154" />
            <source>The server cannot be reached: only this station's conflicts are shown. Decisions are kept here and sent when the server is back.</source>
            <translation>सर्वर से संपर्क नहीं हो पा रहा: सिर्फ़ इस स्टेशन के विवाद दिख रहे हैं. फ़ैसले यहीं रखे जाते हैं और सर्वर वापस आने पर भेजे जाएँगे.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This server cannot list or take supervisors' decisions: only this station's conflicts are shown. A decision here settles the line at this station only; settle the same lines in StockVerify.</source>
            <translation>यह सर्वर सुपरवाइज़र के फ़ैसले न दिखा सकता है, न ले सकता है: सिर्फ़ इस स्टेशन के विवाद दिख रहे हैं. यहाँ का फ़ैसला लाइन को सिर्फ़ इसी स्टेशन पर निपटाता है; वही लाइनें StockVerify में भी निपटाएँ.</translation>
        </message>
        <message>
            <location filename="../../station/session/serial_holder.py" line="+19" />
            <source>Serial {serial} appears twice on this line.</source>
            <translation>सीरियल {serial} इस लाइन में दो बार है.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Serial {serial} is counted already on rack {rack} by {user} at {when}.</source>
            <translation>सीरियल {serial} को {user} ने {when} को रैक {rack} पर पहले ही गिन लिया है.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Serial {serial} is counted already on rack {rack} by {user}.</source>
            <translation>सीरियल {serial} को {user} ने रैक {rack} पर पहले ही गिन लिया है.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Serial {serial} is counted already on rack {rack} at {when}.</source>
            <translation>सीरियल {serial} {when} को रैक {rack} पर पहले ही गिना जा चुका है.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Serial {serial} is counted already on rack {rack}.</source>
            <translation>सीरियल {serial} रैक {rack} पर पहले ही गिना जा चुका है.</translation>
        </message>
    </context>
    <context>
        <name>conflict_rows</name>
        <message>
            <location filename="../../station/session/conflict_rows.py" line="+16" />
            <source>A serial number on this line is already counted on another line.</source>
            <translation>इस लाइन का एक सीरियल नंबर किसी दूसरी लाइन में पहले ही गिना जा चुका है.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The quantities break a counting rule (more damaged than counted, or too many).</source>
            <translation>संख्याएँ गिनती के नियम के खिलाफ़ हैं (गिने गए से ज़्यादा खराब, या बहुत ज़्यादा).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rack was held by someone else when this line reached the server.</source>
            <translation>जब यह लाइन सर्वर पर पहुँची, तब रैक किसी और के पास था.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The line was counted after this station's lease on the rack had lapsed and someone else had taken the rack.</source>
            <translation>यह लाइन तब गिनी गई जब रैक पर इस स्टेशन की लीज़ खत्म हो चुकी थी और रैक किसी और ने ले लिया था.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The line was changed on the server since this station last saw it.</source>
            <translation>इस स्टेशन के आखिरी बार देखने के बाद सर्वर पर यह लाइन बदल गई.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counted</source>
            <translation>गिनती</translation>
        </message>
        <message>
            <location line="+1" />
            <source>of which damaged</source>
            <translation>इनमें से खराब</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation>सीरियल</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lease (fencing token)</source>
            <translation>लीज़ (फ़ेंसिंग टोकन)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rack held by</source>
            <translation>रैक किसके पास</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version of the line</source>
            <translation>लाइन का वर्ज़न</translation>
        </message>
        <message>
            <location line="+5" />
            <source>this server cannot take supervisors' decisions, so none was sent. Settle the same lines in StockVerify, then press F10 again: it checks this station's count against the server's.</source>
            <translation>यह सर्वर सुपरवाइज़र के फ़ैसले नहीं ले सकता, इसलिए कोई फ़ैसला नहीं भेजा गया. वही लाइनें StockVerify में निपटाएँ, फिर F10 दोबारा दबाएँ: यह इस स्टेशन की गिनती को सर्वर की गिनती से मिलाता है.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The server refused this line.</source>
            <translation>सर्वर ने यह लाइन अस्वीकार कर दी.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Server: other line</source>
            <translation>सर्वर: दूसरी लाइन</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server</source>
            <translation>सर्वर</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nothing was settled.</source>
            <translation>कुछ भी नहीं निपटाया गया.</translation>
        </message>
        <message numerus="yes">
            <source>%n decided at this station only: {why}</source>
            <translation>
                <numerusform>%n का फ़ैसला सिर्फ़ इसी स्टेशन पर हुआ: {why}</numerusform>
                <numerusform>%n का फ़ैसला सिर्फ़ इसी स्टेशन पर हुआ: {why}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n resolved here, not yet sent: they go when the server is back.</source>
            <translation>
                <numerusform>%n यहाँ सुलझाया गया, अभी भेजा नहीं गया: सर्वर वापस आने पर भेजा जाएगा.</numerusform>
                <numerusform>%n यहाँ सुलझाए गए, अभी भेजे नहीं गए: सर्वर वापस आने पर भेजे जाएँगे.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n settled on the server.</source>
            <translation>
                <numerusform>%n सर्वर पर निपटाया गया.</numerusform>
                <numerusform>%n सर्वर पर निपटाए गए.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>conflicts</name>
        <message>
            <location filename="../../station/ui/conflicts.py" line="+19" />
            <source>The server cannot be reached, so the supervisor's PIN is checked when it is back. Decisions are kept here and sent then.</source>
            <translation>सर्वर से संपर्क नहीं हो पा रहा, इसलिए सुपरवाइज़र का PIN सर्वर वापस आने पर जाँचा जाएगा. फ़ैसले यहीं रखे जाते हैं और तब भेजे जाएँगे.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No conflicts are waiting.</source>
            <translation>कोई विवाद बाकी नहीं है.</translation>
        </message>
    </context>
    <context>
        <name>conflicts_dialog</name>
        <message>
            <location filename="../../station/ui/conflict_words.py" line="+12" />
            <source>Keep the station's count</source>
            <translation>स्टेशन की गिनती रखें</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the server's</source>
            <translation>सर्वर की रखें</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a recount</source>
            <translation>दोबारा गिनती डालें</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignore</source>
            <translation>अलग रखें</translation>
        </message>
        <message>
            <location line="+5" />
            <source>duplicate serial</source>
            <translation>दोहरा सीरियल</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invalid quantity</source>
            <translation>गलत संख्या</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rack locked</source>
            <translation>रैक लॉक</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stale lock</source>
            <translation>पुराना लॉक</translation>
        </message>
        <message>
            <location line="+1" />
            <source>version conflict</source>
            <translation>वर्ज़न मेल नहीं</translation>
        </message>
        <message>
            <location line="+14" />
            <source>none</source>
            <translation>कोई नहीं</translation>
        </message>
        <message>
            <location filename="../../station/ui/conflicts_dialog.py" line="+65" />
            <source>Conflicts</source>
            <translation>विवाद</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Conflicts are settled by a supervisor. Type the supervisor's user name and PIN; the counter stays logged in.</source>
            <translation>विवाद सुपरवाइज़र निपटाते हैं. सुपरवाइज़र का यूज़र नेम और PIN टाइप करें; गिनती करने वाला लॉग इन ही रहेगा.</translation>
        </message>
        <message>
            <location line="+134" />
            <source>Rack · session · item</source>
            <translation>रैक · सेशन · आइटम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conflict</source>
            <translation>विवाद</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+134" />
            <source>This station</source>
            <translation>यह स्टेशन</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Server</source>
            <translation>सर्वर</translation>
        </message>
        <message numerus="yes">
            <location line="+109" />
            <source>%n conflict(s) selected; a decision applies to [it|all of them]. Showing the first.</source>
            <translation>
                <numerusform>%n विवाद चुना गया; फ़ैसला उस पर लागू होगा. पहला दिखाया जा रहा है.</numerusform>
                <numerusform>%n विवाद चुने गए; फ़ैसला सभी पर लागू होगा. पहला दिखाया जा रहा है.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-195" />
            <source>Note: why this decision (required)</source>
            <translation>नोट: यह फ़ैसला क्यों (ज़रूरी)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>↑ ↓ pick · Shift+↑↓ or Ctrl+A for several · Tab to the note · F5–F8 decide · Esc closes</source>
            <translation>↑ ↓ चुनें · कई के लिए Shift+↑↓ या Ctrl+A · Tab नोट पर · F5–F8 फ़ैसला · Esc बंद करें</translation>
        </message>
        <message>
            <location line="+27" />
            <source>serials, separated by commas</source>
            <translation>सीरियल, कॉमा से अलग करके</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Recount: counted</source>
            <translation>दोबारा गिनती: गिने गए</translation>
        </message>
        <message>
            <location line="+1" />
            <source>of which damaged</source>
            <translation>इनमें से खराब</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation>सीरियल</translation>
        </message>
        <message>
            <location filename="../../station/ui/conflict_words.py" line="+11" />
            <source>session …{id}</source>
            <translation>सेशन …{id}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>resolved here, not yet sent</source>
            <translation>यहाँ सुलझाया, अभी भेजा नहीं</translation>
        </message>
        <message>
            <location line="+4" />
            <source>waiting</source>
            <translation>इंतज़ार में</translation>
        </message>
        <message>
            <location line="-2" />
            <source>waiting (a decision was refused)</source>
            <translation>इंतज़ार में (एक फ़ैसला अस्वीकार हुआ)</translation>
        </message>
        <message>
            <location filename="../../station/ui/conflicts_dialog.py" line="+109" />
            <source>Nothing selected</source>
            <translation>कुछ नहीं चुना गया</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unknown time</source>
            <translation>समय पता नहीं</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{item} on rack {rack}, counted by {user}; refused {when}. The server said: {message}</source>
            <translation>रैक {rack} पर {item}, {user} ने गिना; {when} को अस्वीकार हुआ. सर्वर ने कहा: {message}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{item} on rack {rack}, counted by someone unknown; refused {when}. The server said: {message}</source>
            <translation>रैक {rack} पर {item}, गिनने वाला पता नहीं; {when} को अस्वीकार हुआ. सर्वर ने कहा: {message}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Resolved here by {user} ({decision}: {note}), not yet sent.</source>
            <translation>{user} ने यहाँ सुलझाया ({decision}: {note}), अभी भेजा नहीं गया.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>not on the server</source>
            <translation>सर्वर पर नहीं</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Pick a conflict that is still waiting (↑ ↓).</source>
            <translation>ऐसा विवाद चुनें जो अभी बाकी है (↑ ↓).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Write a note first: why this decision.</source>
            <translation>पहले नोट लिखें: यह फ़ैसला क्यों.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Settling…</source>
            <translation>निपटाया जा रहा है…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Type the recount, a note, and press F7 again.</source>
            <translation>दोबारा गिनती और नोट टाइप करें, फिर F7 दोबारा दबाएँ.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A recount is for one item: pick the conflicts of one line only.</source>
            <translation>दोबारा गिनती एक आइटम के लिए होती है: सिर्फ़ एक लाइन के विवाद चुनें.</translation>
        </message>
    </context>
    <context>
        <name>counting</name>
        <message>
            <location filename="../../station/session/counting.py" line="+69" />
            <source>Nothing was read. Scan the label again.</source>
            <translation>कुछ पढ़ा नहीं गया. लेबल फिर से स्कैन करें.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>×{multiplier}: now scan the item.</source>
            <translation>×{multiplier}: अब आइटम स्कैन करें.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The server cannot be reached to look it up. Record {code} as an unknown item?</source>
            <translation>इसे देखने के लिए सर्वर से संपर्क नहीं हो पा रहा. {code} को अनजान आइटम के रूप में दर्ज करें?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No item has this barcode. Record {code} as an unknown item?</source>
            <translation>इस बारकोड का कोई आइटम नहीं है. {code} को अनजान आइटम के रूप में दर्ज करें?</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{item} has serial numbers: scan its serial.</source>
            <translation>{item} के सीरियल नंबर होते हैं: इसका सीरियल स्कैन करें.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{item} has serial numbers: scan all %n serial.</source>
            <translation>
                <numerusform>{item} के सीरियल नंबर होते हैं: %n सीरियल स्कैन करें.</numerusform>
                <numerusform>{item} के सीरियल नंबर होते हैं: सभी %n सीरियल स्कैन करें.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+42" />
            <source>{counted} — expected on {rack}</source>
            <translation>{counted} — इसकी जगह {rack} पर है</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no scan to undo.</source>
            <translation>वापस लेने के लिए कोई स्कैन नहीं है.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undone: {item} is back to {quantity}.</source>
            <translation>वापस लिया: {item} फिर से {quantity} है.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{item}: now {quantity}.</source>
            <translation>{item}: अब {quantity}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>+{quantity} damaged {item} (now {total}), on a new line (the earlier one is with a supervisor)</source>
            <translation>+{quantity} खराब {item} (अब {total}), नई लाइन में (पिछली लाइन सुपरवाइज़र के पास है)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>+{quantity} {item} (now {total}), on a new line (the earlier one is with a supervisor)</source>
            <translation>+{quantity} {item} (अब {total}), नई लाइन में (पिछली लाइन सुपरवाइज़र के पास है)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>+{quantity} damaged {item} (now {total})</source>
            <translation>+{quantity} खराब {item} (अब {total})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+{quantity} {item} (now {total})</source>
            <translation>+{quantity} {item} (अब {total})</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../station/ui/dialogs.py" line="+59" />
            <source>Edit {code}</source>
            <translation>{code} बदलें</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>गिनती</translation>
        </message>
        <message>
            <location line="+1" />
            <source>of which damaged</source>
            <translation>इनमें से खराब</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation>सीरियल</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Log in again</source>
            <translation>फिर से लॉग इन करें</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your sign-in has expired, {user}. Type your PIN (Ctrl+P: password) and Enter.
Nothing you counted is lost.</source>
            <translation>{user}, आपका लॉग इन खत्म हो गया है. अपना PIN टाइप करें (Ctrl+P: पासवर्ड) और Enter दबाएँ.
आपकी गिनती सुरक्षित है.</translation>
        </message>
    </context>
    <context>
        <name>failures</name>
        <message>
            <location filename="../../station/api/failures.py" line="+30" />
            <source>The server's certificate is not trusted by this station. Ask IT to set server.ca_bundle to the warehouse's certificate authority.</source>
            <translation>यह स्टेशन सर्वर के सर्टिफ़िकेट पर भरोसा नहीं करता. IT से कहें कि server.ca_bundle में गोदाम की सर्टिफ़िकेट अथॉरिटी सेट करें.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The server cannot be reached. The station keeps counting and will send everything when it is back.</source>
            <translation>सर्वर से संपर्क नहीं हो पा रहा. स्टेशन पर गिनती चलती रहेगी और सर्वर वापस आने पर सब कुछ भेज दिया जाएगा.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Your sign-in has expired. Log in again; nothing you counted is lost.</source>
            <translation>आपका लॉग इन खत्म हो गया है. फिर से लॉग इन करें; आपकी गिनती सुरक्षित है.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You are not allowed to do that.</source>
            <translation>आपको यह करने की अनुमति नहीं है.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server has no {address}.</source>
            <translation>सर्वर पर {address} नहीं है.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else holds this rack.</source>
            <translation>यह रैक किसी और के पास है.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server asked the station to wait {seconds} s.</source>
            <translation>सर्वर ने स्टेशन को {seconds} सेकंड रुकने को कहा.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server refused the request.</source>
            <translation>सर्वर ने रिक्वेस्ट अस्वीकार कर दी.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server failed ({status}). The station keeps counting and will send everything later.</source>
            <translation>सर्वर में गड़बड़ी हुई ({status}). स्टेशन पर गिनती चलती रहेगी और सब कुछ बाद में भेजा जाएगा.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The server answered {status}, which this station does not expect.</source>
            <translation>सर्वर ने {status} जवाब दिया, जिसकी इस स्टेशन को उम्मीद नहीं थी.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The server refused the request: {problems}</source>
            <translation>सर्वर ने रिक्वेस्ट अस्वीकार कर दी: {problems}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the request</source>
            <translation>रिक्वेस्ट</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not valid</source>
            <translation>सही नहीं है</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{field} is required</source>
            <translation>{field} ज़रूरी है</translation>
        </message>
        <message>
            <location filename="../../station/session/failures.py" line="+48" />
            <source>The server at {url} failed ({status}), so nobody can log in yet. Try again in a minute; if it goes on, call IT.</source>
            <translation>{url} पर सर्वर में गड़बड़ी हुई ({status}), इसलिए अभी कोई लॉग इन नहीं कर सकता. एक मिनट बाद फिर कोशिश करें; अगर ऐसा होता रहे, तो IT को बुलाएँ.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server at {url} cannot be reached, so nobody can log in yet. Check this station's network cable or Wi-Fi, then try again; if it goes on, ask IT whether the server is running at that address (server.url in the settings).</source>
            <translation>{url} पर सर्वर से संपर्क नहीं हो पा रहा, इसलिए अभी कोई लॉग इन नहीं कर सकता. इस स्टेशन की नेटवर्क केबल या Wi-Fi जाँचें, फिर दोबारा कोशिश करें; अगर ऐसा होता रहे, तो IT से पूछें कि क्या सर्वर उसी पते पर चल रहा है (सेटिंग्स में server.url).</translation>
        </message>
    </context>
    <context>
        <name>find_view</name>
        <message>
            <location filename="../../station/ui/find_view.py" line="+28" />
            <source>Type part of the name or code · ↑ ↓ pick · Enter counts it (marked as typed) · Esc closes</source>
            <translation>नाम या कोड का कुछ हिस्सा टाइप करें · ↑ ↓ चुनें · Enter गिनें (टाइप किया हुआ दर्ज होगा) · Esc बंद करें</translation>
        </message>
        <message>
            <location line="+7" />
            <source>this rack</source>
            <translation>यही रैक</translation>
        </message>
        <message>
            <location line="+2" />
            <source>expected on {rack}</source>
            <translation>{rack} पर होना चाहिए</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no rack known</source>
            <translation>रैक पता नहीं</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Find an item</source>
            <translation>आइटम खोजें</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name or code</source>
            <translation>नाम या कोड</translation>
        </message>
        <message>
            <location line="+26" />
            <source>{where}, serialized</source>
            <translation>{where}, सीरियल वाला</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nothing found: type more of the name or code.</source>
            <translation>कुछ नहीं मिला: नाम या कोड और टाइप करें.</translation>
        </message>
    </context>
    <context>
        <name>finishing</name>
        <message numerus="yes">
            <location filename="../../station/session/finishing.py" line="+93" />
            <source>%n line(s)</source>
            <comment>this station has: 3 lines (2 damaged pieces)</comment>
            <translation>
                <numerusform>%n लाइन</numerusform>
                <numerusform>%n लाइनें</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>{sentence} Ask a supervisor.</source>
            <translation>{sentence} सुपरवाइज़र से पूछें.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{first} {second}</source>
            <comment>one sentence, then another</comment>
            <translation>{first} {second}</translation>
        </message>
        <message numerus="yes">
            <source>Not finished: %n lines have not reached the server yet. The rack stays claimed; press F10 again when the server is back.</source>
            <translation>
                <numerusform>पूरा नहीं हुआ: %n लाइन अभी सर्वर तक नहीं पहुँची. रैक आपके पास रहेगा; सर्वर वापस आने पर F10 फिर से दबाएँ.</numerusform>
                <numerusform>पूरा नहीं हुआ: %n लाइनें अभी सर्वर तक नहीं पहुँचीं. रैक आपके पास रहेगा; सर्वर वापस आने पर F10 फिर से दबाएँ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not finished: the server has %n line(s) ({server_damaged} damaged pieces), this station {here} ({damaged} damaged pieces).</source>
            <translation>
                <numerusform>पूरा नहीं हुआ: सर्वर पर %n लाइन है ({server_damaged} खराब पीस), इस स्टेशन पर {here} ({damaged} खराब पीस).</numerusform>
                <numerusform>पूरा नहीं हुआ: सर्वर पर %n लाइनें हैं ({server_damaged} खराब पीस), इस स्टेशन पर {here} ({damaged} खराब पीस).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not finished: the server has %n pieces ({server_damaged} damaged), this station {pieces} ({damaged}).</source>
            <translation>
                <numerusform>पूरा नहीं हुआ: सर्वर पर %n पीस है ({server_damaged} खराब), इस स्टेशन पर {pieces} ({damaged}).</numerusform>
                <numerusform>पूरा नहीं हुआ: सर्वर पर %n पीस हैं ({server_damaged} खराब), इस स्टेशन पर {pieces} ({damaged}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not finished: the server refused %n line(s); [it waits|they wait] for a supervisor (F9). The rack stays claimed.</source>
            <translation>
                <numerusform>पूरा नहीं हुआ: सर्वर ने %n लाइन अस्वीकार की; वह सुपरवाइज़र (F9) का इंतज़ार कर रही है. रैक आपके पास रहेगा.</numerusform>
                <numerusform>पूरा नहीं हुआ: सर्वर ने %n लाइनें अस्वीकार कीं; वे सुपरवाइज़र (F9) का इंतज़ार कर रही हैं. रैक आपके पास रहेगा.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>floors_view</name>
        <message>
            <location filename="../../station/ui/floors_view.py" line="+30" />
            <source>Pick a floor</source>
            <translation>फ़्लोर चुनें</translation>
        </message>
        <message>
            <location line="+23" />
            <source>1–9 picks a floor · ↑ ↓ and Enter · Esc logs out</source>
            <translation>1–9 फ़्लोर चुनें · ↑ ↓ और Enter · Esc लॉग आउट</translation>
        </message>
        <message>
            <location line="+70" />
            <source>{floor}     {free} free · {counted} of {racks} counted</source>
            <translation>{floor}     {free} उपलब्ध · {racks} में से {counted} गिने गए</translation>
        </message>
        <message>
            <location line="-50" />
            <source>The server lists no floors.</source>
            <translation>सर्वर पर कोई फ़्लोर नहीं है.</translation>
        </message>
    </context>
    <context>
        <name>gate</name>
        <message>
            <location filename="../../station/session/gate.py" line="+15" />
            <source>{released} Scanning has stopped.</source>
            <translation>{released} स्कैनिंग रुक गई है.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} is paused. Press F8 to resume it.</source>
            <translation>रैक {rack} रुका हुआ है. फिर शुरू करने के लिए F8 दबाएँ.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The lease on {rack} ran out while the server could not be reached. Scanning goes on as soon as the station has the rack again; what you counted is kept.</source>
            <translation>सर्वर से संपर्क न होने के दौरान {rack} की लीज़ खत्म हो गई. स्टेशन को रैक वापस मिलते ही स्कैनिंग फिर चलेगी; आपकी गिनती सुरक्षित है.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rack {rack} was taken by {holder}. Scanning has stopped; what you counted is kept.</source>
            <translation>रैक {rack} {holder} ने ले लिया. स्कैनिंग रुक गई है; आपकी गिनती सुरक्षित है.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rack {rack} was taken by another session. Scanning has stopped; what you counted is kept.</source>
            <translation>रैक {rack} किसी दूसरे सेशन ने ले लिया. स्कैनिंग रुक गई है; आपकी गिनती सुरक्षित है.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rack {rack} is no longer being counted here.</source>
            <translation>रैक {rack} की गिनती अब यहाँ नहीं हो रही.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The rack was taken by another session; what you counted is kept and will be sent.</source>
            <translation>रैक किसी दूसरे सेशन ने ले लिया; आपकी गिनती सुरक्षित है और भेज दी जाएगी.</translation>
        </message>
    </context>
    <context>
        <name>language_view</name>
        <message>
            <location filename="../../station/ui/language_view.py" line="+60" />
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>↑ ↓ pick · Enter: speak it · Esc: as it was</source>
            <translation>↑ ↓ चुनें · Enter: यह भाषा लें · Esc: पहले जैसा</translation>
        </message>
    </context>
    <context>
        <name>lease</name>
        <message>
            <location filename="../../station/domain/lease.py" line="+176" />
            <source>Rack {rack} was released by {by}: {note}. What you counted is kept.</source>
            <translation>रैक {rack} को {by} ने रिलीज़ कर दिया: {note}. आपकी गिनती सुरक्षित है.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} was released by supervisor {by}: {note}. What you counted is kept.</source>
            <translation>रैक {rack} को सुपरवाइज़र {by} ने रिलीज़ कर दिया: {note}. आपकी गिनती सुरक्षित है.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} was released by {by}. What you counted is kept.</source>
            <translation>रैक {rack} को {by} ने रिलीज़ कर दिया. आपकी गिनती सुरक्षित है.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} was released by supervisor {by}. What you counted is kept.</source>
            <translation>रैक {rack} को सुपरवाइज़र {by} ने रिलीज़ कर दिया. आपकी गिनती सुरक्षित है.</translation>
        </message>
    </context>
    <context>
        <name>lines_model</name>
        <message>
            <location filename="../../station/ui/lines_model.py" line="+27" />
            <source>Item</source>
            <translation>आइटम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>गिनती</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Damaged</source>
            <translation>खराब</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>अपेक्षित</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation>सीरियल</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>भेजा</translation>
        </message>
        <message>
            <location line="+7" />
            <source>typed</source>
            <translation>टाइप किया</translation>
        </message>
        <message>
            <location line="+7" />
            <source>set aside</source>
            <translation>अलग रखा</translation>
        </message>
        <message>
            <location line="+2" />
            <source>✕ refused</source>
            <translation>✕ अस्वीकार</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A supervisor set this line aside: it counts for nothing.</source>
            <translation>सुपरवाइज़र ने यह लाइन अलग रख दी: यह गिनती में नहीं जुड़ती.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server refused this line: {reason} A supervisor decides (F9).</source>
            <translation>सर्वर ने यह लाइन अस्वीकार कर दी: {reason} सुपरवाइज़र फ़ैसला करेंगे (F9).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Typed in, not scanned.</source>
            <translation>टाइप किया गया, स्कैन नहीं.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{code} · {name}: {counted} counted</source>
            <translation>{code} · {name}: {counted} गिने गए</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+81" />
            <source>unknown barcode</source>
            <translation>अनजान बारकोड</translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <location filename="../../station/ui/login.py" line="+46" />
            <source>PINs on this server</source>
            <translation>इस सर्वर पर PIN</translation>
        </message>
    </context>
    <context>
        <name>login_view</name>
        <message>
            <location filename="../../station/ui/login_view.py" line="+30" />
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Counting station {name}</source>
            <translation>गिनती स्टेशन {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>User</source>
            <translation>यूज़र</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Logging in…</source>
            <translation>लॉग इन हो रहा है…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Password</source>
            <translation>पासवर्ड</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Scan your badge or type your name · Tab to move · Enter to log in · Ctrl+P: a PIN · Ctrl+L: language</source>
            <translation>अपना बैज स्कैन करें या नाम टाइप करें · Tab आगे · Enter लॉग इन · Ctrl+P: PIN से · Ctrl+L: भाषा</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Scan your badge or type your name · Tab to move · Enter to log in · Ctrl+P: a password · Ctrl+L: language</source>
            <translation>अपना बैज स्कैन करें या नाम टाइप करें · Tab आगे · Enter लॉग इन · Ctrl+P: पासवर्ड से · Ctrl+L: भाषा</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Type your user name first.</source>
            <translation>पहले अपना यूज़र नेम टाइप करें.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Type your password, then Enter.</source>
            <translation>अपना पासवर्ड टाइप करें, फिर Enter.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type your PIN, then Enter.</source>
            <translation>अपना PIN टाइप करें, फिर Enter.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Now type the PIN for {user}, then Enter.</source>
            <translation>अब {user} का PIN टाइप करें, फिर Enter.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../../station/ui/main_window.py" line="+44" />
            <source>F2 damage · Ctrl+Z undo · F4 edit · Ctrl+F find an item · F5 send now · F8 pause · F9 conflicts · F10 finish · F7 supervisor view · F6 overview of the count</source>
            <translation>F2 खराब · Ctrl+Z वापस लें · F4 बदलें · Ctrl+F आइटम खोजें · F5 अभी भेजें · F8 रोकें · F9 विवाद · F10 पूरा करें · F7 सुपरवाइज़र व्यू · F6 गिनती का ओवरव्यू</translation>
        </message>
        <message numerus="yes">
            <location line="+118" />
            <source>%n scan(s) kept: counted once this window is closed.</source>
            <translation>
                <numerusform>%n स्कैन रखा गया: यह विंडो बंद होने पर गिना जाएगा.</numerusform>
                <numerusform>%n स्कैन रखे गए: यह विंडो बंद होने पर गिने जाएँगे.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+53" />
            <source>The overview is for supervisors.</source>
            <translation>ओवरव्यू सिर्फ़ सुपरवाइज़र के लिए है.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sending every waiting line now…</source>
            <translation>बाकी सभी लाइनें अभी भेजी जा रही हैं…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>About Station</source>
            <translation>Station के बारे में</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Station {version}

Stock-take counting for warehouses.
{keys}</source>
            <translation>Station {version}

गोदामों में स्टॉक की गिनती के लिए.
{keys}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Text this large does not fit this screen: Ctrl+- makes it smaller.</source>
            <translation>इतना बड़ा टेक्स्ट इस स्क्रीन में नहीं आता: Ctrl+- से छोटा करें.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message numerus="yes">
            <location line="+35" />
            <source>%n counted line(s) [has|have] not reached the server yet. [It is|They are] saved and will be sent next time Station starts. Close anyway?</source>
            <translation>
                <numerusform>गिनी गई %n लाइन अभी सर्वर तक नहीं पहुँची. वह सेव है और अगली बार Station शुरू होने पर भेजी जाएगी. फिर भी बंद करें?</numerusform>
                <numerusform>गिनी गई %n लाइनें अभी सर्वर तक नहीं पहुँचीं. वे सेव हैं और अगली बार Station शुरू होने पर भेजी जाएँगी. फिर भी बंद करें?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lines waiting</source>
            <translation>लाइनें बाकी हैं</translation>
        </message>
    </context>
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../station/store/migrations.py" line="+154" />
            <source>The station's database ({path}) was written by a newer Station (schema {major}.x). Install that version again, or ask IT.</source>
            <translation>स्टेशन का डेटाबेस ({path}) Station के नए वर्ज़न (स्कीमा {major}.x) ने लिखा है. वही वर्ज़न फिर से इंस्टॉल करें, या IT से पूछें.</translation>
        </message>
    </context>
    <context>
        <name>notices</name>
        <message>
            <location filename="../../station/session/notices.py" line="+11" />
            <source>This server finds people by their PIN alone: two people with the same PIN log in as the same person. Ask IT to give everyone a different PIN.</source>
            <translation>यह सर्वर लोगों को सिर्फ़ PIN से पहचानता है: एक ही PIN वाले दो लोग एक ही व्यक्ति के रूप में लॉग इन होते हैं. IT से कहें कि हर किसी को अलग PIN दें.</translation>
        </message>
    </context>
    <context>
        <name>outbox</name>
        <message>
            <location filename="../../station/store/outbox.py" line="+122" />
            <source>The server did not answer for this line.</source>
            <translation>इस लाइन के लिए सर्वर ने जवाब नहीं दिया.</translation>
        </message>
    </context>
    <context>
        <name>oversight</name>
        <message>
            <location filename="../../station/session/oversight.py" line="+75" />
            <source>Say why this count is kept: the note goes into the rack's history.</source>
            <translation>बताएँ कि यह गिनती क्यों रखी जा रही है: नोट रैक के इतिहास में दर्ज होगा.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The report could not be written to {path}: {why}</source>
            <translation>रिपोर्ट {path} में नहीं लिखी जा सकी: {why}</translation>
        </message>
    </context>
    <context>
        <name>overview</name>
        <message>
            <location filename="../../station/ui/overseeing.py" line="+127" />
            <source>Send rack {rack} to a recount by anyone (A: by one counter). Why? (it goes into the rack's history)</source>
            <translation>रैक {rack} दोबारा गिनती के लिए भेजें, कोई भी गिन सकता है (A: किसी एक गिनने वाले को दें). क्यों? (यह रैक के इतिहास में दर्ज होगा)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recount {rack}</source>
            <translation>{rack} की दोबारा गिनती</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Who recounts {rack}</source>
            <translation>{rack} दोबारा कौन गिनेगा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The counter who recounts rack {rack} (type a user name; empty: anyone):</source>
            <translation>रैक {rack} दोबारा गिनने वाला (यूज़र नेम टाइप करें; खाली छोड़ें: कोई भी):</translation>
        </message>
        <message>
            <location line="+8" />
            <source>assigned from the overview</source>
            <translation>ओवरव्यू से सौंपा गया</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+24" />
            <location filename="../../station/ui/rack_page.py" line="+198" />
            <source>first</source>
            <translation>पहली</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+26" />
            <location filename="../../station/ui/rack_page.py" line="+0" />
            <source>second</source>
            <translation>दूसरी</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Approve the {which} count of rack {rack}: it becomes the rack's count. Why? (required; it goes into the rack's history)</source>
            <translation>रैक {rack} की {which} गिनती मंज़ूर करें: यही रैक की गिनती बनेगी. क्यों? (ज़रूरी; यह रैक के इतिहास में दर्ज होगा)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Approve {rack}</source>
            <translation>{rack} मंज़ूर करें</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../../station/ui/rack_page.py" line="-40" />
            <source>anyone</source>
            <translation>कोई भी</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack}: the {count} count is approved.</source>
            <translation>रैक {rack}: {count} गिनती मंज़ूर हुई.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rack {rack} waits for its recount, for {whom}.</source>
            <translation>रैक {rack} दोबारा गिनती के इंतज़ार में है, गिनने वाला: {whom}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack}: recount {status}.</source>
            <translation>रैक {rack}: दोबारा गिनती {status}.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Export the report</source>
            <translation>रिपोर्ट एक्सपोर्ट करें</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Writing {path}…</source>
            <translation>{path} में लिखा जा रहा है…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Report written to {path}.</source>
            <translation>रिपोर्ट {path} में लिख दी गई.</translation>
        </message>
        <message>
            <location filename="../../station/ui/overview_chart.py" line="+21" />
            <source>done</source>
            <translation>पूरा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to recount</source>
            <translation>दोबारा गिनना है</translation>
        </message>
        <message>
            <location line="+1" />
            <source>counting</source>
            <translation>गिनती चल रही</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paused</source>
            <translation>रुका हुआ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>free</source>
            <translation>उपलब्ध</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../../station/ui/overview_pages.py" line="+147" />
            <source>Racks by state, per floor</source>
            <translation>हर फ़्लोर पर रैक, स्थिति के अनुसार</translation>
        </message>
        <message>
            <location line="+28" />
            <source>racks</source>
            <translation>रैक</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../station/ui/overview_pages.py" line="+89" />
            <source>Difference against the books, per counted rack (pieces)</source>
            <translation>रिकॉर्ड से अंतर, हर गिने गए रैक का (पीस)</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../../station/ui/rack_page.py" line="-126" />
            <source>short</source>
            <translation>कम</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../station/ui/rack_page.py" line="-1" />
            <source>over</source>
            <translation>ज़्यादा</translation>
        </message>
        <message>
            <location filename="../../station/ui/overview_pages.py" line="-201" />
            <source>Floor</source>
            <translation>फ़्लोर</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>पूरे</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free</source>
            <translation>उपलब्ध</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Counting</source>
            <translation>गिनती चल रही</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paused</source>
            <translation>रुके हुए</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To recount</source>
            <translation>दोबारा गिनना</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../station/ui/rack_page.py" line="-4" />
            <source>Pieces</source>
            <translation>पीस</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+6" />
            <location filename="../../station/ui/rack_page.py" line="-6" />
            <source>Difference</source>
            <translation>अंतर</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+7" />
            <source>Over tolerance</source>
            <translation>सीमा से बाहर</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Counters</source>
            <translation>गिनने वाले</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rack</source>
            <translation>रैक</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../station/ui/rack_page.py" line="+1" />
            <source>State</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../station/ui/rack_page.py" line="+3" />
            <source>Counted by</source>
            <translation>किसने गिना</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../station/ui/rack_page.py" line="-6" />
            <source>Expected</source>
            <translation>अपेक्षित</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../station/ui/rack_page.py" line="+0" />
            <source>Counted</source>
            <translation>गिनती</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../station/ui/rack_page.py" line="+3" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../station/ui/rack_page.py" line="+0" />
            <source>Value</source>
            <translation>कीमत</translation>
        </message>
        <message>
            <location line="+127" />
            <source>{percent:.1f}% of {racks} racks done · {recount} to recount ({approve} waiting for approval) · {pieces:,} pieces counted · {counters} counting at {stations} stations · difference {difference} pieces, value {value}</source>
            <translation>{racks} में से {percent:.1f}% रैक पूरे · {recount} दोबारा गिनने हैं ({approve} मंज़ूरी के इंतज़ार में) · {pieces:,} पीस गिने गए · {stations} स्टेशनों पर {counters} लोग गिन रहे हैं · अंतर {difference} पीस, कीमत {value}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{done} of {racks} · {percent:.0f}%</source>
            <translation>{racks} में से {done} · {percent:.0f}%</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+13" />
            <source>Hot spots: items over tolerance</source>
            <translation>ध्यान दें: सीमा से बाहर आइटम</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Floor {floor}: {finished} of {racks} racks counted · expected {expected:,}, counted {counted:,}, difference {difference} pieces, value {value} · {over} racks over tolerance</source>
            <translation>फ़्लोर {floor}: {racks} में से {finished} रैक गिने गए · अपेक्षित {expected:,}, गिने गए {counted:,}, अंतर {difference} पीस, कीमत {value} · {over} रैक सीमा से बाहर</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No counted item is over tolerance.</source>
            <translation>कोई गिना गया आइटम सीमा से बाहर नहीं है.</translation>
        </message>
        <message>
            <location filename="../../station/ui/overview_view.py" line="+90" />
            <source>Overview — the whole count</source>
            <translation>ओवरव्यू — पूरी गिनती</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overview — floor {floor}</source>
            <translation>ओवरव्यू — फ़्लोर {floor}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overview — floor {floor}, rack {rack}</source>
            <translation>ओवरव्यू — फ़्लोर {floor}, रैक {rack}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>↑ ↓ pick a floor · Enter its racks · Ctrl+E exports the count's summary · F5 refreshes · Esc back</source>
            <translation>↑ ↓ फ़्लोर चुनें · Enter उसके रैक · Ctrl+E गिनती का सारांश एक्सपोर्ट · F5 रीफ़्रेश · Esc वापस</translation>
        </message>
        <message>
            <location line="+4" />
            <source>↑ ↓ pick a rack · Enter its items · R sends it to a recount · A assigns its recount · Ctrl+E exports the floor's variance · Esc up</source>
            <translation>↑ ↓ रैक चुनें · Enter उसके आइटम · R दोबारा गिनती के लिए भेजें · A दोबारा गिनती किसी को सौंपें · Ctrl+E फ़्लोर का अंतर एक्सपोर्ट · Esc ऊपर</translation>
        </message>
        <message>
            <location line="+5" />
            <source>R sends it to a recount · A assigns the recount · Tab to its counts, Enter or P approves one (a note is asked) · Ctrl+E exports its count sheet · Esc up</source>
            <translation>R दोबारा गिनती के लिए भेजें · A दोबारा गिनती सौंपें · Tab उसकी गिनतियों पर, Enter या P एक मंज़ूर करें (नोट ज़रूरी) · Ctrl+E गिनती शीट एक्सपोर्ट · Esc ऊपर</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Pick a rack first: Enter on a floor, then ↑ ↓.</source>
            <translation>पहले रैक चुनें: फ़्लोर पर Enter, फिर ↑ ↓.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open the rack first (Enter) to approve one of its counts.</source>
            <translation>गिनती मंज़ूर करने के लिए पहले रैक खोलें (Enter).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rack {rack} has no recount to approve.</source>
            <translation>रैक {rack} की कोई दोबारा गिनती मंज़ूर करने को नहीं है.</translation>
        </message>
        <message>
            <location filename="../../station/ui/rack_page.py" line="-4" />
            <source>Item</source>
            <translation>आइटम</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1st count</source>
            <translation>पहली गिनती</translation>
        </message>
        <message>
            <location line="+0" />
            <source>2nd count</source>
            <translation>दूसरी गिनती</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Damaged</source>
            <translation>खराब</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Count</source>
            <translation>गिनती</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finished</source>
            <translation>पूरा हुआ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lines</source>
            <translation>लाइनें</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation>मंज़ूर</translation>
        </message>
        <message>
            <location line="+3" />
            <source>as expected</source>
            <translation>ठीक</translation>
        </message>
        <message>
            <location line="+3" />
            <source>missing</source>
            <translation>गायब</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not expected here</source>
            <translation>यहाँ का नहीं</translation>
        </message>
        <message>
            <location line="+3" />
            <source>waiting for its second count</source>
            <translation>दूसरी गिनती का इंतज़ार</translation>
        </message>
        <message>
            <location line="+1" />
            <source>being recounted</source>
            <translation>दोबारा गिनती चल रही</translation>
        </message>
        <message>
            <location line="+1" />
            <source>both counts in: approve one</source>
            <translation>दोनों गिनतियाँ आ गईं: एक मंज़ूर करें</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+127" />
            <source>approved</source>
            <translation>मंज़ूर</translation>
        </message>
        <message>
            <location line="-97" />
            <location line="+21" />
            <source>Counts (Tab here, Enter approves the one picked)</source>
            <translation>गिनतियाँ (Tab से यहाँ, Enter चुनी हुई गिनती मंज़ूर करता है)</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+17" />
            <source>History</source>
            <translation>इतिहास</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Rack {rack} ({state}), counted by {who}: expected {expected:,}, counted {counted:,}, difference {difference} pieces ({percent}%), value {value} · {missing} missing, {unexpected} not expected, {over} items over tolerance</source>
            <translation>रैक {rack} ({state}), {who} ने गिना: अपेक्षित {expected:,}, गिने गए {counted:,}, अंतर {difference} पीस ({percent}%), कीमत {value} · {missing} गायब, {unexpected} अपेक्षित नहीं, {over} आइटम सीमा से बाहर</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Nothing has happened to this rack yet.</source>
            <translation>इस रैक पर अभी तक कुछ नहीं हुआ है.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Not sent to a recount. R sends it (to anyone, or A: to one counter).</source>
            <translation>दोबारा गिनती के लिए नहीं भेजा गया. R से भेजें (किसी को भी, या A: किसी एक गिनने वाले को).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>over tolerance</source>
            <translation>सीमा से बाहर</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sent by {who}</source>
            <translation>{who} ने भेजा</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recount ({reason}): {status} · for {whom}</source>
            <translation>दोबारा गिनती ({reason}): {status} · गिनने वाला: {whom}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} count approved by {who}: {note}</source>
            <translation>{count} गिनती {who} ने मंज़ूर की: {note}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{when}  {who} counted it: {lines} lines, {pieces} pieces ({status})</source>
            <translation>{when}  {who} ने गिना: {lines} लाइनें, {pieces} पीस ({status})</translation>
        </message>
    </context>
    <context>
        <name>profile</name>
        <message>
            <location filename="../../station/api/profile.py" line="+78" />
            <source>Station's reference server</source>
            <translation>Station का रेफ़रेंस सर्वर</translation>
        </message>
        <message>
            <location line="+1" />
            <source>StockVerify as it ships</source>
            <translation>StockVerify (मूल रूप में)</translation>
        </message>
    </context>
    <context>
        <name>racks_model</name>
        <message>
            <location filename="../../station/ui/racks_model.py" line="+20" />
            <source>free</source>
            <translation>उपलब्ध</translation>
        </message>
        <message>
            <location line="+1" />
            <source>being counted</source>
            <translation>गिनती चल रही</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paused</source>
            <translation>रुका हुआ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>done</source>
            <translation>पूरा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yours</source>
            <translation>आपका</translation>
        </message>
        <message>
            <location line="+11" />
            <source>○ free · ★ yours · ◐ being counted · ‖ paused · ✔ done · ↻ to recount</source>
            <translation>○ उपलब्ध · ★ आपका · ◐ गिनती चल रही · ‖ रुका हुआ · ✔ पूरा · ↻ दोबारा गिनना है</translation>
        </message>
        <message>
            <location line="+17" />
            <source>to recount · for {user}</source>
            <translation>दोबारा गिनना है · {user} के लिए</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to recount · {items} items</source>
            <translation>दोबारा गिनना है · {items} आइटम</translation>
        </message>
        <message>
            <location line="+6" />
            <source>paused ({user})</source>
            <translation>रुका हुआ ({user})</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{state} · %n item(s)</source>
            <translation>
                <numerusform>{state} · %n आइटम</numerusform>
                <numerusform>{state} · %n आइटम</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>Rack {rack}, {state}</source>
            <translation>रैक {rack}, {state}</translation>
        </message>
    </context>
    <context>
        <name>racks_view</name>
        <message>
            <location filename="../../station/ui/racks_view.py" line="+40" />
            <source>Scan or type a rack id, then Enter (G-R05)</source>
            <translation>रैक ID स्कैन या टाइप करें, फिर Enter (G-R05)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Enter claims · arrows move among the racks · Esc goes back to the floors</source>
            <translation>Enter रैक लें · तीर से रैक बदलें · Esc फ़्लोर पर वापस</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{floor}: racks</source>
            <translation>{floor}: रैक</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{floor}: racks ({free} free of {total})</source>
            <translation>{floor}: रैक ({total} में से {free} उपलब्ध)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>live</source>
            <translation>लाइव</translation>
        </message>
        <message>
            <location line="+0" />
            <source>updating every 5 s</source>
            <translation>हर 5 सेकंड में अपडेट</translation>
        </message>
        <message>
            <location line="+22" />
            <source>There is no rack {rack} on {floor}. Check the label, or Esc for another floor.</source>
            <translation>{floor} पर रैक {rack} नहीं है. लेबल जाँचें, या दूसरे फ़्लोर के लिए Esc दबाएँ.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Claiming {rack}…</source>
            <translation>{rack} लिया जा रहा है…</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <location filename="../../station/domain/records.py" line="+49" />
            <source>A scan must count at least one piece.</source>
            <translation>एक स्कैन में कम से कम एक पीस गिना जाना चाहिए.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Serial {serial} is already counted on this line. Scan the next piece's serial.</source>
            <translation>सीरियल {serial} इस लाइन में पहले ही गिना जा चुका है. अगले पीस का सीरियल स्कैन करें.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The quantity cannot be negative ({quantity}).</source>
            <translation>संख्या शून्य से कम नहीं हो सकती ({quantity}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The quantity would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation>संख्या {quantity} हो जाएगी, जो एक लाइन की सीमा ({most}) से ज़्यादा है. संख्या जाँचें और फिर से डालें.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A scan cannot be negative ({quantity}).</source>
            <translation>स्कैन शून्य से कम नहीं हो सकता ({quantity}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A scan would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation>स्कैन {quantity} का हो जाएगा, जो एक लाइन की सीमा ({most}) से ज़्यादा है. संख्या जाँचें और फिर से डालें.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This line cannot be negative ({quantity}).</source>
            <translation>यह लाइन शून्य से कम नहीं हो सकती ({quantity}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This line would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation>यह लाइन {quantity} हो जाएगी, जो एक लाइन की सीमा ({most}) से ज़्यादा है. संख्या जाँचें और फिर से डालें.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The counted quantity cannot be negative ({quantity}).</source>
            <translation>गिनी गई संख्या शून्य से कम नहीं हो सकती ({quantity}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The counted quantity would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation>गिनी गई संख्या {quantity} हो जाएगी, जो एक लाइन की सीमा ({most}) से ज़्यादा है. संख्या जाँचें और फिर से डालें.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The damaged quantity cannot be negative ({quantity}).</source>
            <translation>खराब पीस की संख्या शून्य से कम नहीं हो सकती ({quantity}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The damaged quantity would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation>खराब पीस की संख्या {quantity} हो जाएगी, जो एक लाइन की सीमा ({most}) से ज़्यादा है. संख्या जाँचें और फिर से डालें.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>“{typed}” is not a whole number of pieces. Type digits only, then scan.</source>
            <translation>“{typed}” पीस की पूरी संख्या नहीं है. सिर्फ़ अंक टाइप करें, फिर स्कैन करें.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A scan must count at least one piece. Type 1 or more, then scan.</source>
            <translation>एक स्कैन में कम से कम एक पीस गिना जाना चाहिए. 1 या ज़्यादा टाइप करें, फिर स्कैन करें.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{quantity} pieces in one scan is more than allowed ({most}). Check the number and type it again.</source>
            <translation>एक स्कैन में {quantity} पीस तय सीमा ({most}) से ज़्यादा हैं. संख्या जाँचें और फिर से टाइप करें.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The serial number is empty. Scan the serial label again.</source>
            <translation>सीरियल नंबर खाली है. सीरियल लेबल फिर से स्कैन करें.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That serial number is too long ({length} characters, at most {most}). Scan the serial label, not the product barcode.</source>
            <translation>यह सीरियल नंबर बहुत लंबा है ({length} अक्षर, ज़्यादा से ज़्यादा {most}). सीरियल लेबल स्कैन करें, प्रोडक्ट का बारकोड नहीं.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A serial number has only letters, digits and punctuation, no spaces. Scan it again.</source>
            <translation>सीरियल नंबर में सिर्फ़ अक्षर, अंक और चिह्न होते हैं, स्पेस नहीं. इसे फिर से स्कैन करें.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Damaged ({damaged}) cannot be more than counted ({counted}).</source>
            <translation>खराब ({damaged}) गिने गए ({counted}) से ज़्यादा नहीं हो सकते.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Serial {serial} is entered twice.</source>
            <translation>सीरियल {serial} दो बार डाला गया है.</translation>
        </message>
        <message numerus="yes">
            <source>This item has no serial numbers; remove the %n entered.</source>
            <translation>
                <numerusform>इस आइटम के सीरियल नंबर नहीं होते; डाला गया %n सीरियल हटाएँ.</numerusform>
                <numerusform>इस आइटम के सीरियल नंबर नहीं होते; डाले गए %n सीरियल हटाएँ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This item has serial numbers: {counted} counted but %n serials entered. Enter one serial for each piece.</source>
            <translation>
                <numerusform>इस आइटम के सीरियल नंबर होते हैं: {counted} गिने गए, पर %n सीरियल डाला गया. हर पीस के लिए एक सीरियल डालें.</numerusform>
                <numerusform>इस आइटम के सीरियल नंबर होते हैं: {counted} गिने गए, पर %n सीरियल डाले गए. हर पीस के लिए एक सीरियल डालें.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>recovery</name>
        <message>
            <location filename="../../station/session/recovery.py" line="+12" />
            <source>The lease on this rack lapsed while the station was closed; taking it back…</source>
            <translation>स्टेशन बंद रहने के दौरान इस रैक की लीज़ खत्म हो गई; रैक वापस लिया जा रहा है…</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message numerus="yes">
            <location filename="../../station/session/review.py" line="+89" />
            <source>%n not expected here</source>
            <translation>
                <numerusform>%n यहाँ का नहीं</numerusform>
                <numerusform>%n यहाँ के नहीं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n under</source>
            <translation>
                <numerusform>%n कम निकला</numerusform>
                <numerusform>%n कम निकले</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n over</source>
            <translation>
                <numerusform>%n ज़्यादा निकला</numerusform>
                <numerusform>%n ज़्यादा निकले</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>all lines sent</source>
            <translation>सभी लाइनें भेजी गईं</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <comment>between the clauses of the review's headline</comment>
            <translation>, </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{clauses}.</source>
            <comment>the review's headline: its clauses, then a full stop</comment>
            <translation>{clauses}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{item}: {reason}</source>
            <translation>{item}: {reason}</translation>
        </message>
        <message>
            <location line="+85" />
            <source>unknown barcode</source>
            <translation>अनजान बारकोड</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <comment>in: 5 pieces counted in 2 lines</comment>
            <translation>
                <numerusform>%n लाइन</numerusform>
                <numerusform>%n लाइनों</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) not sent yet</source>
            <translation>
                <numerusform>%n लाइन अभी भेजी नहीं गई</numerusform>
                <numerusform>%n लाइनें अभी भेजी नहीं गईं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) refused by the server</source>
            <translation>
                <numerusform>%n लाइन सर्वर ने अस्वीकार की</numerusform>
                <numerusform>%n लाइनें सर्वर ने अस्वीकार कीं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) refused by the server [waits|wait] for a supervisor. F9: a supervisor decides.</source>
            <translation>
                <numerusform>सर्वर की अस्वीकार की गई %n लाइन सुपरवाइज़र का इंतज़ार कर रही है. F9: सुपरवाइज़र फ़ैसला करें.</numerusform>
                <numerusform>सर्वर की अस्वीकार की गई %n लाइनें सुपरवाइज़र का इंतज़ार कर रही हैं. F9: सुपरवाइज़र फ़ैसला करें.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) counted in {lines}</source>
            <translation>
                <numerusform>{lines} में %n पीस गिना गया</numerusform>
                <numerusform>{lines} में %n पीस गिने गए</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) counted in {lines} (a blind count: expected quantities are not shown)</source>
            <translation>
                <numerusform>{lines} में %n पीस गिना गया (ब्लाइंड गिनती: अपेक्षित संख्या नहीं दिखाई जाती)</numerusform>
                <numerusform>{lines} में %n पीस गिने गए (ब्लाइंड गिनती: अपेक्षित संख्या नहीं दिखाई जाती)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n expected items counted</source>
            <translation>
                <numerusform>%n अपेक्षित आइटम गिना गया</numerusform>
                <numerusform>सभी %n अपेक्षित आइटम गिने गए</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{counted} of %n expected items counted, {missing} missing</source>
            <translation>
                <numerusform>%n में से {counted} अपेक्षित आइटम गिना गया, {missing} गायब</numerusform>
                <numerusform>%n में से {counted} अपेक्षित आइटम गिने गए, {missing} गायब</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>review_view</name>
        <message>
            <location filename="../../station/ui/review_view.py" line="+35" />
            <source>Item</source>
            <translation>आइटम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>गिनती</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Damaged</source>
            <translation>खराब</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>अपेक्षित</translation>
        </message>
        <message>
            <location line="+2" />
            <source>State</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location line="+5" />
            <source>missing</source>
            <translation>गायब</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not expected here</source>
            <translation>यहाँ का नहीं</translation>
        </message>
        <message>
            <location line="+1" />
            <source>over</source>
            <translation>ज़्यादा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>under</source>
            <translation>कम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as expected</source>
            <translation>ठीक</translation>
        </message>
        <message>
            <location line="+1" />
            <source>counted</source>
            <translation>गिना गया</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+181" />
            <source>Finish the rack</source>
            <translation>रैक पूरा करें</translation>
        </message>
        <message>
            <location line="-122" />
            <source>Finish rack {rack}?</source>
            <translation>रैक {rack} पूरा करें?</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n piece(s)</source>
            <translation>
                <numerusform>%n पीस</numerusform>
                <numerusform>%n पीस</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n लाइन</numerusform>
                <numerusform>%n लाइनों</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+90" />
            <source>Not counted: %n scan(s) made while the rack was being finished. Scan again on the rack [it belongs|they belong] to.</source>
            <translation>
                <numerusform>नहीं गिना गया: रैक पूरा होते समय किया गया %n स्कैन. जिस रैक का है, उस पर फिर से स्कैन करें.</numerusform>
                <numerusform>नहीं गिने गए: रैक पूरा होते समय किए गए %n स्कैन. जिस रैक के हैं, उस पर फिर से स्कैन करें.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-88" />
            <source>{pieces} ({damaged} damaged) in {lines}</source>
            <translation>{lines} में {pieces} ({damaged} खराब)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{pieces} in {lines}</source>
            <translation>{lines} में {pieces}</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>and %n more</source>
            <translation>
                <numerusform>और %n</numerusform>
                <numerusform>और %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>F9: a supervisor decides · Enter: finish anyway (a supervisor releases) · Esc: count on</source>
            <translation>F9: सुपरवाइज़र फ़ैसला करें · Enter: फिर भी पूरा करें (सुपरवाइज़र रिलीज़ करें) · Esc: गिनती जारी रखें</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter: finish the rack · Esc: back to counting · ↑ ↓ PgUp PgDn scroll</source>
            <translation>Enter: रैक पूरा करें · Esc: गिनती पर वापस · ↑ ↓ PgUp PgDn स्क्रॉल</translation>
        </message>
        <message numerus="yes">
            <location line="+40" />
            <source>Finishing: please wait. %n scan(s) kept for after.</source>
            <translation>
                <numerusform>पूरा हो रहा है: कृपया रुकें. %n स्कैन बाद के लिए रखा गया.</numerusform>
                <numerusform>पूरा हो रहा है: कृपया रुकें. %n स्कैन बाद के लिए रखे गए.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finishing: please wait.</source>
            <translation>पूरा हो रहा है: कृपया रुकें.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Finished: rack {rack}</source>
            <translation>पूरा हुआ: रैक {rack}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Enter: next rack (or scan its label)</source>
            <translation>Enter: अगला रैक (या उसका लेबल स्कैन करें)</translation>
        </message>
        <message>
            <location line="+67" />
            <source>refused (F9)</source>
            <translation>अस्वीकार (F9)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not sent yet</source>
            <translation>अभी भेजा नहीं</translation>
        </message>
        <message>
            <location line="+2" />
            <source>set aside by a supervisor</source>
            <translation>सुपरवाइज़र ने अलग रखा</translation>
        </message>
    </context>
    <context>
        <name>reviewing</name>
        <message>
            <location filename="../../station/ui/reviewing.py" line="+19" />
            <source>Sending every line and checking the count with the server…</source>
            <translation>हर लाइन भेजी जा रही है और सर्वर से गिनती मिलाई जा रही है…</translation>
        </message>
    </context>
    <context>
        <name>scan_view</name>
        <message>
            <location filename="../../station/ui/scan_view.py" line="+47" />
            <source>Scan, or type a code and Enter (a number first multiplies)</source>
            <translation>स्कैन करें, या कोड टाइप करके Enter (पहले संख्या डालें तो उतने गुना)</translation>
        </message>
        <message>
            <location line="+59" />
            <location line="+94" />
            <source>Scan the first item.</source>
            <translation>पहला आइटम स्कैन करें.</translation>
        </message>
        <message>
            <location line="-44" />
            <source>F2 damaged · Ctrl+Z undo · ↑↓ pick a line, F4 edit · Ctrl+F find · F5 send now · F8 pause · F10 finish</source>
            <translation>F2 खराब · Ctrl+Z वापस लें · ↑↓ लाइन चुनें, F4 बदलें · Ctrl+F खोजें · F5 अभी भेजें · F8 रोकें · F10 पूरा करें</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Rack {rack} · {floor}</source>
            <translation>रैक {rack} · {floor}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{user} · session {session}</source>
            <translation>{user} · सेशन {session}</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Scan the serial</source>
            <translation>सीरियल स्कैन करें</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Y or N</source>
            <translation>Y या N</translation>
        </message>
        <message>
            <location line="+61" />
            <source>✕ {name} was refused: {reason} A supervisor decides (F9).</source>
            <translation>✕ {name} अस्वीकार हुआ: {reason} सुपरवाइज़र फ़ैसला करेंगे (F9).</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="+15" />
            <source>DAMAGED (F2) · {count} so far</source>
            <translation>खराब (F2) · अब तक {count}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>next scan × {times}</source>
            <translation>अगला स्कैन × {times}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>good (F2: damaged)</source>
            <translation>सही (F2: खराब)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Scan on.</source>
            <translation>स्कैन करते रहें.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: {count} counted. Scan on.</source>
            <translation>{name}: {count} गिने गए. स्कैन करते रहें.</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_view.py" line="+58" />
            <source>DAMAGED: the next scans count as damaged ({count} so far). F2: back to good.</source>
            <translation>खराब: अगले स्कैन खराब गिने जाएँगे (अब तक {count}). F2: वापस सही पर.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Good: the next scans count as good ({count} damaged counted).</source>
            <translation>सही: अगले स्कैन सही गिने जाएँगे ({count} खराब गिने गए).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>PAUSED · {why} The clock is stopped.</source>
            <translation>रुका हुआ · {why} घड़ी रुकी है.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paused. Press F8 to resume counting.</source>
            <translation>रुका हुआ. गिनती फिर शुरू करने के लिए F8 दबाएँ.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Resumed. Scan on.</source>
            <translation>फिर शुरू. स्कैन करते रहें.</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="-26" />
            <source>The server has not renewed the lease on {rack}: {seconds} s left. Keep scanning; the station keeps trying.</source>
            <translation>सर्वर ने {rack} की लीज़ नहीं बढ़ाई: {seconds} सेकंड बाकी. स्कैन करते रहें; स्टेशन कोशिश करता रहेगा.</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_view.py" line="+11" />
            <source>The lease on {rack} ran out. Taking the rack back…</source>
            <translation>{rack} की लीज़ खत्म हो गई. रैक वापस लिया जा रहा है…</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="+8" />
            <source>{rack} was taken by {who}. Scanning has stopped; your lines are kept.</source>
            <translation>{rack} {who} ने ले लिया. स्कैनिंग रुक गई है; आपकी लाइनें सुरक्षित हैं.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rack} was taken by another session. Scanning has stopped; your lines are kept.</source>
            <translation>{rack} किसी दूसरे सेशन ने ले लिया. स्कैनिंग रुक गई है; आपकी लाइनें सुरक्षित हैं.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../station/ui/scan_view.py" line="-194" />
            <source>%n line(s) counted so far. Scan on.</source>
            <translation>
                <numerusform>अब तक %n लाइन गिनी गई. स्कैन करते रहें.</numerusform>
                <numerusform>अब तक %n लाइनें गिनी गईं. स्कैन करते रहें.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+52" />
            <source>{keys} · %n scan(s) kept, counted after your answer</source>
            <translation>
                <numerusform>{keys} · %n स्कैन रखा गया, आपके जवाब के बाद गिना जाएगा</numerusform>
                <numerusform>{keys} · %n स्कैन रखे गए, आपके जवाब के बाद गिने जाएँगे</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>✕ {name} was refused: {reason} %n more line(s) refused too. A supervisor decides (F9).</source>
            <translation>
                <numerusform>✕ {name} अस्वीकार हुआ: {reason} %n और लाइन भी अस्वीकार हुई. सुपरवाइज़र फ़ैसला करेंगे (F9).</numerusform>
                <numerusform>✕ {name} अस्वीकार हुआ: {reason} %n और लाइनें भी अस्वीकार हुईं. सुपरवाइज़र फ़ैसला करेंगे (F9).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+106" />
            <source>Scanning has stopped.</source>
            <translation>स्कैनिंग रुक गई है.</translation>
        </message>
        <message>
            <location filename="../../station/ui/stats_panel.py" line="+23" />
            <source>counted</source>
            <translation>गिने गए</translation>
        </message>
        <message>
            <location line="+0" />
            <source>good</source>
            <translation>सही</translation>
        </message>
        <message>
            <location line="+1" />
            <source>damaged</source>
            <translation>खराब</translation>
        </message>
        <message>
            <location line="+1" />
            <source>per minute</source>
            <translation>प्रति मिनट</translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting to sync</source>
            <translation>भेजना बाकी</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refused (F9)</source>
            <translation>अस्वीकार (F9)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+44" />
            <source>time</source>
            <translation>समय</translation>
        </message>
        <message>
            <location line="+0" />
            <source>time · paused</source>
            <translation>समय · रुका</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="+8" />
            <source>{sentence}, {count} damaged)</source>
            <translation>{sentence}, {count} खराब)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{sentence} ({count} damaged)</source>
            <translation>{sentence} ({count} खराब)</translation>
        </message>
    </context>
    <context>
        <name>scanning</name>
        <message>
            <location filename="../../station/ui/scanning.py" line="+41" />
            <source>Y: count it as an unknown item · N or Esc: not counted</source>
            <translation>Y: अनजान आइटम के रूप में गिनें · N या Esc: न गिनें</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Rack {rack} is paused. Press F8 to resume it.</source>
            <translation>रैक {rack} रुका हुआ है. फिर शुरू करने के लिए F8 दबाएँ.</translation>
        </message>
        <message>
            <location line="+273" />
            <source>{name}: scan serial {number} of {total}.</source>
            <translation>{name}: {total} में से सीरियल {number} स्कैन करें.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{refused} {asked}</source>
            <translation>{refused} {asked}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Serials: {serials} · Esc: not counted</source>
            <translation>सीरियल: {serials} · Esc: न गिनें</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Esc: not counted</source>
            <translation>Esc: न गिनें</translation>
        </message>
        <message>
            <location line="-178" />
            <source>Serial {serial} is already counted.</source>
            <translation>सीरियल {serial} पहले ही गिना जा चुका है.</translation>
        </message>
        <message numerus="yes">
            <location line="-90" />
            <source>{why} %n scan(s) made as it ended [was|were] not counted.</source>
            <translation>
                <numerusform>{why} खत्म होते समय किया गया %n स्कैन गिना नहीं गया.</numerusform>
                <numerusform>{why} खत्म होते समय किए गए %n स्कैन गिने नहीं गए.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+110" />
            <source>Not counted: the serials were not scanned.</source>
            <translation>नहीं गिना गया: सीरियल स्कैन नहीं किए गए.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not counted: {code}.</source>
            <translation>नहीं गिना गया: {code}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No item has this barcode. Record {code} as an unknown item?</source>
            <translation>इस बारकोड का कोई आइटम नहीं है. {code} को अनजान आइटम के रूप में दर्ज करें?</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{why}

Should a supervisor release the rack anyway?</source>
            <translation>{why}

क्या सुपरवाइज़र फिर भी रैक रिलीज़ करें?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts disagree</source>
            <translation>गिनती मेल नहीं खाती</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Rack {rack} was taken by {who}. Scanning has stopped. Everything you counted is kept and will be sent; a supervisor sorts out any difference.</source>
            <translation>रैक {rack} {who} ने ले लिया. स्कैनिंग रुक गई है. आपकी पूरी गिनती सुरक्षित है और भेजी जाएगी; कोई अंतर हो तो सुपरवाइज़र सुलझाएँगे.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rack {rack} was taken by another session. Scanning has stopped. Everything you counted is kept and will be sent; a supervisor sorts out any difference.</source>
            <translation>रैक {rack} किसी दूसरे सेशन ने ले लिया. स्कैनिंग रुक गई है. आपकी पूरी गिनती सुरक्षित है और भेजी जाएगी; कोई अंतर हो तो सुपरवाइज़र सुलझाएँगे.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Rack released</source>
            <translation>रैक रिलीज़ हुआ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rack taken</source>
            <translation>रैक किसी और ने लिया</translation>
        </message>
    </context>
    <context>
        <name>serial</name>
        <message>
            <location filename="../../station/scanner/serial.py" line="+105" />
            <source>Scanner on {port} connected.</source>
            <translation>{port} पर स्कैनर जुड़ गया.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The scanner on {port} cannot be opened ({why}); check the cable. Trying again…</source>
            <translation>{port} पर स्कैनर खुल नहीं रहा ({why}); केबल जाँचें. फिर से कोशिश हो रही है…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The scanner on {port} was unplugged. Plug it back in; Station reconnects by itself.</source>
            <translation>{port} पर स्कैनर निकल गया. उसे वापस लगाएँ; Station अपने-आप फिर से जुड़ जाएगा.</translation>
        </message>
    </context>
    <context>
        <name>status_bar</name>
        <message>
            <location filename="../../station/ui/status_bar.py" line="+18" />
            <source>lease held</source>
            <translation>लीज़ चालू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lease at risk</source>
            <translation>लीज़ खतरे में</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lease ran out</source>
            <translation>लीज़ खत्म</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lease lost</source>
            <translation>लीज़ छिन गई</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n भेजना बाकी</numerusform>
                <numerusform>%n भेजना बाकी</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing else to send</source>
            <translation>और कुछ भेजना नहीं</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+14" />
            <source>all sent</source>
            <translation>सब भेजा गया</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+26" />
            <source>online</source>
            <translation>ऑनलाइन</translation>
        </message>
        <message>
            <location line="+0" />
            <source>offline: counting goes on</source>
            <translation>ऑफ़लाइन: गिनती जारी है</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{rack}: paused</source>
            <translation>{rack}: रुका हुआ</translation>
        </message>
        <message>
            <location line="+59" />
            <source>released by {user}</source>
            <translation>{user} ने रिलीज़ किया</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rack}: {lease} · {seconds} s</source>
            <translation>{rack}: {lease} · {seconds} सेकंड</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rack}: {lease}</source>
            <translation>{rack}: {lease}</translation>
        </message>
        <message numerus="yes">
            <location line="-56" />
            <source>%n stalled</source>
            <translation>
                <numerusform>%n अटकी</numerusform>
                <numerusform>%n अटकीं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n refused (F9)</source>
            <translation>
                <numerusform>%n अस्वीकार (F9)</numerusform>
                <numerusform>%n अस्वीकार (F9)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>scanner ready</source>
            <translation>स्कैनर तैयार</translation>
        </message>
        <message>
            <location line="+0" />
            <source>scanner unplugged</source>
            <translation>स्कैनर निकला हुआ</translation>
        </message>
    </context>
    <context>
        <name>store_errors</name>
        <message>
            <location filename="../../station/store/errors.py" line="+39" />
            <source>The disk holding the station's data ({folder}) is full, so the last scan was not saved. Free some space; everything counted before is safe.</source>
            <translation>स्टेशन के डेटा वाली डिस्क ({folder}) भर गई है, इसलिए आखिरी स्कैन सेव नहीं हुआ. कुछ जगह खाली करें; पहले गिना गया सब कुछ सुरक्षित है.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The station's database is busy (another Station may be running on this computer). Close it and try again.</source>
            <translation>स्टेशन का डेटाबेस व्यस्त है (शायद इस कंप्यूटर पर एक और Station चल रहा है). उसे बंद करके फिर से कोशिश करें.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The station cannot write to its data folder ({folder}). Ask IT to allow writing there.</source>
            <translation>स्टेशन अपने डेटा फ़ोल्डर ({folder}) में लिख नहीं पा रहा. IT से कहें कि वहाँ लिखने की अनुमति दें.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The station's database is damaged. Restart Station: it will keep the damaged file aside and start a fresh one.</source>
            <translation>स्टेशन का डेटाबेस खराब हो गया है. Station फिर से शुरू करें: वह खराब फ़ाइल को अलग रखकर नया डेटाबेस शुरू करेगा.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The disk holding the station's data ({folder}) reported an error. Ask IT to check it.</source>
            <translation>स्टेशन के डेटा वाली डिस्क ({folder}) में गड़बड़ी आई है. IT से इसे जाँचने को कहें.</translation>
        </message>
    </context>
    <context>
        <name>store_records</name>
        <message>
            <location filename="../../station/store/records.py" line="+189" />
            <source>{item}: a supervisor settled this line; it cannot be undone here. Scan the item to count more.</source>
            <translation>{item}: यह लाइन सुपरवाइज़र निपटा चुके हैं; इसे यहाँ वापस नहीं लिया जा सकता. और गिनने के लिए आइटम स्कैन करें.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{item}: a supervisor settled this line; it cannot be changed here. Scan the item to count more.</source>
            <translation>{item}: यह लाइन सुपरवाइज़र निपटा चुके हैं; इसे यहाँ बदला नहीं जा सकता. और गिनने के लिए आइटम स्कैन करें.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{item}: the server refused this line and it waits for a supervisor (F9); it cannot be undone here. Scan the item to count more on a new line.</source>
            <translation>{item}: सर्वर ने यह लाइन अस्वीकार कर दी और यह सुपरवाइज़र (F9) का इंतज़ार कर रही है; इसे यहाँ वापस नहीं लिया जा सकता. नई लाइन में और गिनने के लिए आइटम स्कैन करें.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{item}: the server refused this line and it waits for a supervisor (F9); it cannot be changed here. Scan the item to count more on a new line.</source>
            <translation>{item}: सर्वर ने यह लाइन अस्वीकार कर दी और यह सुपरवाइज़र (F9) का इंतज़ार कर रही है; इसे यहाँ बदला नहीं जा सकता. नई लाइन में और गिनने के लिए आइटम स्कैन करें.</translation>
        </message>
    </context>
    <context>
        <name>supervising</name>
        <message>
            <location filename="../../station/ui/supervising.py" line="+32" />
            <source>Only the counter who claimed a rack can release it on this server: ask {user} to finish rack {rack} (F10) at their station.</source>
            <translation>इस सर्वर पर रैक सिर्फ़ वही रिलीज़ कर सकता है जिसने उसे लिया था: {user} से कहें कि अपने स्टेशन पर रैक {rack} पूरा करें (F10).</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Counts disagree</source>
            <translation>गिनती मेल नहीं खाती</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{reason}

{what_to_do}</source>
            <translation>{reason}

{what_to_do}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The server cannot be reached, and a release needs it. Try again when it is back.</source>
            <translation>सर्वर से संपर्क नहीं हो पा रहा, और रिलीज़ के लिए सर्वर ज़रूरी है. सर्वर वापस आने पर फिर से कोशिश करें.</translation>
        </message>
        <message>
            <location line="+75" />
            <source>{sentence} (for {user}: {note})</source>
            <translation>{sentence} ({user} के लिए: {note})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Release rack {rack}, counted by {user}. Why? (required; it goes into the rack's history)</source>
            <translation>रैक {rack} रिलीज़ करें, जिसे {user} गिन रहे थे. क्यों? (ज़रूरी; यह रैक के इतिहास में दर्ज होगा)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Release {rack}</source>
            <translation>{rack} रिलीज़ करें</translation>
        </message>
    </context>
    <context>
        <name>supervision</name>
        <message>
            <location filename="../../station/session/supervision.py" line="+19" />
            <source>This server (StockVerify as it ships) lists no sessions: its list is always empty. The racks screen shows who holds each rack.</source>
            <translation>यह सर्वर (StockVerify मूल रूप में) कोई सेशन नहीं दिखाता: इसकी सूची हमेशा खाली रहती है. कौन-सा रैक किसके पास है, यह रैक स्क्रीन पर दिखता है.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Rack {rack} released.</source>
            <translation>रैक {rack} रिलीज़ किया गया.</translation>
        </message>
    </context>
    <context>
        <name>supervisor_prompt</name>
        <message>
            <location filename="../../station/ui/supervisor_prompt.py" line="+45" />
            <source>Why (required)</source>
            <translation>क्यों (ज़रूरी)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Supervisor</source>
            <translation>सुपरवाइज़र</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>नोट</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Tab moves · Enter confirms · Esc cancels</source>
            <translation>Tab आगे · Enter पक्का करें · Esc रद्द करें</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Fill in every field: the note says why.</source>
            <translation>हर फ़ील्ड भरें: नोट में कारण लिखें.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fill in every field: user and PIN.</source>
            <translation>हर फ़ील्ड भरें: यूज़र और PIN.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+20" />
            <source>Release anyway</source>
            <translation>फिर भी रिलीज़ करें</translation>
        </message>
        <message>
            <location line="-18" />
            <source>{reason}

A supervisor may release the rack anyway. Their PIN and a note are required; the release is recorded in the rack's history.</source>
            <translation>{reason}

सुपरवाइज़र फिर भी रैक रिलीज़ कर सकते हैं. इसके लिए उनका PIN और एक नोट ज़रूरी है; रिलीज़ रैक के इतिहास में दर्ज होगा.</translation>
        </message>
    </context>
    <context>
        <name>supervisor_view</name>
        <message>
            <location filename="../../station/ui/supervisor_view.py" line="+32" />
            <location line="+11" />
            <source>Rack</source>
            <translation>रैक</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Floor</source>
            <translation>फ़्लोर</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Counter</source>
            <translation>गिनने वाला</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+10" />
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Lines</source>
            <translation>लाइनें</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+11" />
            <source>Pieces</source>
            <translation>पीस</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Pieces/min</source>
            <translation>पीस/मिनट</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heartbeat</source>
            <translation>आखिरी संपर्क</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Started</source>
            <translation>शुरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ended</source>
            <translation>खत्म</translation>
        </message>
        <message>
            <location line="+9" />
            <source>paused</source>
            <translation>रुका हुआ</translation>
        </message>
        <message>
            <location line="-2" />
            <source>available</source>
            <translation>उपलब्ध</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+9" />
            <source>Station</source>
            <translation>स्टेशन</translation>
        </message>
        <message>
            <location line="+6" />
            <source>active</source>
            <translation>चालू</translation>
        </message>
        <message>
            <location line="+2" />
            <source>completed</source>
            <translation>पूरा</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>released</source>
            <translation>रिलीज़</translation>
        </message>
        <message>
            <location line="-4" />
            <source>superseded</source>
            <translation>बदला गया</translation>
        </message>
        <message>
            <location line="+5" />
            <source>moved a serial</source>
            <translation>सीरियल शिफ़्ट किया</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved: kept the server's count</source>
            <translation>सुलझाया: सर्वर की गिनती रखी</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved: took the station's count</source>
            <translation>सुलझाया: स्टेशन की गिनती ली</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved: recounted</source>
            <translation>सुलझाया: दोबारा गिना</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved: set aside</source>
            <translation>सुलझाया: अलग रखा</translation>
        </message>
        <message>
            <location line="+9" />
            <source>never</source>
            <translation>कभी नहीं</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{seconds} s ago</source>
            <translation>{seconds} सेकंड पहले</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{minutes} min ago</source>
            <translation>{minutes} मिनट पहले</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Supervisor — who is counting</source>
            <translation>सुपरवाइज़र — कौन गिन रहा है</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rack history: select a session and press H</source>
            <translation>रैक का इतिहास: सेशन चुनें और H दबाएँ</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Recent sessions</source>
            <translation>हाल के सेशन</translation>
        </message>
        <message>
            <location line="+8" />
            <source>↑ ↓ pick a session · Tab active / recent · R releases its rack (a note is asked) · H its rack's history · Enter its rack in the overview · O the overview · F5 refreshes · F9 conflicts · Esc back</source>
            <translation>↑ ↓ सेशन चुनें · Tab चालू / हाल के · R उसका रैक रिलीज़ करें (नोट ज़रूरी) · H रैक का इतिहास · Enter ओवरव्यू में उसका रैक · O ओवरव्यू · F5 रीफ़्रेश · F9 विवाद · Esc वापस</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Nobody is counting right now.</source>
            <translation>अभी कोई गिनती नहीं कर रहा.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Rack {rack} history</source>
            <translation>रैक {rack} का इतिहास</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No supervisor has acted on this rack.</source>
            <translation>इस रैक पर किसी सुपरवाइज़र ने कुछ नहीं किया है.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Pick a session first (↑ ↓, Tab for the recent ones).</source>
            <translation>पहले एक सेशन चुनें (↑ ↓, हाल के सेशन के लिए Tab).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Pick an active session first (↑ ↓).</source>
            <translation>पहले एक चालू सेशन चुनें (↑ ↓).</translation>
        </message>
    </context>
    <context>
        <name>text_size</name>
        <message>
            <location filename="../../station/ui/text_size.py" line="+60" />
            <source>Text size {percent} % (Ctrl+= larger · Ctrl+- smaller · Ctrl+0 default)</source>
            <translation>टेक्स्ट का आकार {percent} % (Ctrl+= बड़ा · Ctrl+- छोटा · Ctrl+0 सामान्य)</translation>
        </message>
    </context>
    <context>
        <name>unsupported</name>
        <message>
            <location filename="../../station/api/unsupported.py" line="+13" />
            <source>{server} does not take supervisors' decisions (its conflicts API answers 401 to every token). The decision is kept at this station; settle the line in StockVerify's own screens, or ask IT.</source>
            <translation>{server} सुपरवाइज़र के फ़ैसले नहीं लेता (इसका विवाद API हर टोकन को 401 जवाब देता है). फ़ैसला इस स्टेशन पर रखा गया है; लाइन को StockVerify की अपनी स्क्रीन में निपटाएँ, या IT से पूछें.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{server} lets only the counter who claimed a rack release it. Ask them to release it at their station; if they cannot, free it in StockVerify's own screens, or ask IT.</source>
            <translation>{server} में रैक सिर्फ़ वही व्यक्ति रिलीज़ कर सकता है जिसने उसे लिया था. उनसे कहें कि अपने स्टेशन पर रिलीज़ करें; अगर वे न कर सकें, तो रैक को StockVerify की अपनी स्क्रीन में रिलीज़ करें, या IT से पूछें.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{server} has no oversight of the count (progress, variance, recounts). Follow the count in StockVerify's own screens, or ask IT to run Station's reference server.</source>
            <translation>{server} में गिनती की निगरानी (प्रगति, अंतर, दोबारा गिनती) नहीं है। गिनती StockVerify की अपनी स्क्रीन पर देखें, या IT से Station का रेफ़रेंस सर्वर चलाने को कहें।</translation>
        </message>
    </context>
    <context>
        <name>values</name>
        <message>
            <location filename="../../station/session/values.py" line="+206" />
            <source>No supervisor can release this rack anyway on this server (StockVerify lets only the counter who claimed it release it). Settle the refused lines in StockVerify, then press F10 again.</source>
            <translation>इस सर्वर पर कोई सुपरवाइज़र भी यह रैक रिलीज़ नहीं कर सकता (StockVerify में रैक सिर्फ़ वही रिलीज़ कर सकता है जिसने उसे लिया था). अस्वीकार की गई लाइनें StockVerify में निपटाएँ, फिर F10 दोबारा दबाएँ.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No supervisor can release this rack anyway on this server (StockVerify lets only the counter who claimed it release it). Settle the difference in StockVerify, then press F10 again.</source>
            <translation>इस सर्वर पर कोई सुपरवाइज़र भी यह रैक रिलीज़ नहीं कर सकता (StockVerify में रैक सिर्फ़ वही रिलीज़ कर सकता है जिसने उसे लिया था). अंतर StockVerify में निपटाएँ, फिर F10 दोबारा दबाएँ.</translation>
        </message>
    </context>
    <context>
        <name>words</name>
        <message>
            <location filename="../../station/session/words.py" line="+10" />
            <source>No rack is being counted.</source>
            <translation>किसी रैक की गिनती नहीं हो रही.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No rack is being counted. Claim a rack first.</source>
            <translation>किसी रैक की गिनती नहीं हो रही. पहले एक रैक लें.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nobody is logged in here.</source>
            <translation>यहाँ कोई लॉग इन नहीं है.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wrong user name or password.</source>
            <translation>यूज़र नेम या पासवर्ड गलत है.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong user name or PIN.</source>
            <translation>यूज़र नेम या PIN गलत है.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rack {rack} paused. Press F8 to resume it.</source>
            <translation>रैक {rack} रोका गया. फिर शुरू करने के लिए F8 दबाएँ.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rack {rack} resumed. Scan away.</source>
            <translation>रैक {rack} फिर शुरू. स्कैन करते रहें.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n line(s)</source>
            <comment>in: Rack R1 is finished: 5 pieces in 2 lines.</comment>
            <translation>
                <numerusform>%n लाइन</numerusform>
                <numerusform>%n लाइनों</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Rack {rack} is finished: %n piece(s) in {lines}.</source>
            <translation>
                <numerusform>रैक {rack} पूरा हुआ: {lines} में %n पीस.</numerusform>
                <numerusform>रैक {rack} पूरा हुआ: {lines} में %n पीस.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Write a note: why the rack is released with the counts disagreeing.</source>
            <translation>नोट लिखें: गिनती मेल न खाने पर भी रैक क्यों रिलीज़ किया जा रहा है.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rack {rack} was released by {supervisor}: {note}</source>
            <translation>रैक {rack} को {supervisor} ने रिलीज़ कर दिया: {note}</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../../station/sync/worker.py" line="+28" />
            <source>Sending has stopped after an error (see the log). Every counted line is kept; restart Station to send them.</source>
            <translation>एक गड़बड़ी के बाद भेजना रुक गया है (लॉग देखें). गिनी गई हर लाइन सुरक्षित है; उन्हें भेजने के लिए Station फिर से शुरू करें.</translation>
        </message>
        <message>
            <location line="+195" />
            <source>Sending paused: the disk holding the station's data is full. Free some space; every line is kept.</source>
            <translation>भेजना रुका: स्टेशन के डेटा वाली डिस्क भर गई है. कुछ जगह खाली करें; हर लाइन सुरक्षित है.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sending paused: {why}</source>
            <translation>भेजना रुका: {why}</translation>
        </message>
    </context>
</TS>
