<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>app</name>
        <message>
            <location filename="../../station/app.py" line="+176" />
            <source>The station's database was damaged; it was kept aside as {file} and a fresh one started. Lines that had reached the server are safe; IT can recover the rest from that file.</source>
            <translation>La base de datos de la estación estaba dañada: se guardó aparte como {file} y se empezó una nueva. Las líneas que ya llegaron al servidor están a salvo; TI puede recuperar el resto desde ese archivo.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Station cannot start</source>
            <translation>Station no puede iniciar</translation>
        </message>
    </context>
    <context>
        <name>barcodes</name>
        <message>
            <location filename="../../station/domain/barcodes.py" line="+164" />
            <location line="+25" />
            <source>Nothing was read. Scan the label again.</source>
            <translation>No se leyó nada. Escanea la etiqueta de nuevo.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>That was too long for one barcode ({length} characters). Scan one label at a time.</source>
            <translation>Es demasiado largo para un código de barras ({length} caracteres). Escanea una etiqueta cada vez.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The scanner sent unreadable characters. Scan the label again.</source>
            <translation>El escáner envió caracteres ilegibles. Escanea la etiqueta de nuevo.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>“{text}” is not a barcode or item code. Scan again, or type the code printed on the label.</source>
            <translation>«{text}» no es un código de barras ni un código de artículo. Escanea de nuevo o escribe el código impreso en la etiqueta.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The barcode {code} failed its check digit, so it was probably misread. Scan it again, or type the number printed under the bars.</source>
            <translation>El código de barras {code} no pasó el dígito de control: probablemente se leyó mal. Escanéalo de nuevo o escribe el número impreso bajo las barras.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>This label's batch and serial number ran together (the scanner dropped a separator), so they cannot be told apart. Type the serial number, or ask IT to set the scanner to send GS.</source>
            <translation>El lote y el número de serie de esta etiqueta llegaron juntos (el escáner perdió un separador) y no se pueden distinguir. Escribe el número de serie o pide a TI que configure el escáner para enviar GS.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This GS1 label could not be read. Scan it again, or type the item code.</source>
            <translation>No se pudo leer esta etiqueta GS1. Escanéala de nuevo o escribe el código del artículo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This GS1 label repeats a field. Scan it again, or type the item code.</source>
            <translation>Esta etiqueta GS1 repite un campo. Escanéala de nuevo o escribe el código del artículo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The GTIN in this GS1 label failed its check digit. Scan it again, or type the item code.</source>
            <translation>El GTIN de esta etiqueta GS1 no pasó el dígito de control. Escanéala de nuevo o escribe el código del artículo.</translation>
        </message>
    </context>
    <context>
        <name>claiming</name>
        <message>
            <location filename="../../station/session/claiming.py" line="+31" />
            <source>Rack {rack} is a recount: count every item again from the start. The first count is kept beside yours, and a supervisor approves one of them.</source>
            <translation>El estante {rack} es un reconteo: cuenta todos los artículos de nuevo desde el principio. El primer conteo se guarda junto al tuyo y un supervisor aprueba uno de los dos.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>There is no rack {rack} on {floor}.</source>
            <translation>No existe el estante {rack} en {floor}.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../station/cli.py" line="+94" />
            <source>--set {item} must look like --set section.key=value.</source>
            <translation>--set {item} debe tener la forma --set sección.clave=valor.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Station cannot write to its folders under {folder} ({why}). Choose another with --data-dir.</source>
            <translation>Station no puede escribir en sus carpetas dentro de {folder} ({why}). Elige otra con --data-dir.</translation>
        </message>
    </context>
    <context>
        <name>client</name>
        <message>
            <location filename="../../station/api/client.py" line="+176" />
            <source>The server's list of floors is not one this station can read.</source>
            <translation>Esta estación no puede leer la lista de pisos que envió el servidor.</translation>
        </message>
        <message>
            <location line="+250" />
            <source>The server's answer to {address} is not JSON; is the server address right?</source>
            <translation>La respuesta del servidor a {address} no es JSON; ¿es correcta la dirección del servidor?</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The server did not answer in time. The station keeps counting and will send everything later.</source>
            <translation>El servidor no respondió a tiempo. La estación sigue contando y lo enviará todo más tarde.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The server's answer to {address} is not one this station understands; is the server address right?</source>
            <translation>Esta estación no entiende la respuesta del servidor a {address}; ¿es correcta la dirección del servidor?</translation>
        </message>
    </context>
    <context>
        <name>conflict_desk</name>
        <message>
            <location filename="../../station/session/conflict_desk.py" line="+66" />
            <source>Type the supervisor's user name and PIN.</source>
            <translation>Escribe el usuario y el PIN del supervisor.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{user} is not a supervisor. Only a supervisor or an admin may resolve conflicts.</source>
            <translation>{user} no es supervisor. Solo un supervisor o un administrador puede resolver conflictos.</translation>
        </message>
        <message>
            <location line="+87" />
            <source>Write a note: why this decision.</source>
            <translation>Escribe una nota: por qué esta decisión.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A recount needs the counted quantities.</source>
            <translation>Un reconteo necesita las cantidades contadas.</translation>
        </message>
        <message>
            <location line="+154" />
            <source>The server cannot be reached: only this station's conflicts are shown. Decisions are kept here and sent when the server is back.</source>
            <translation>No hay conexión con el servidor: solo se muestran los conflictos de esta estación. Las decisiones se guardan aquí y se envían cuando vuelva el servidor.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This server cannot list or take supervisors' decisions: only this station's conflicts are shown. A decision here settles the line at this station only; settle the same lines in StockVerify.</source>
            <translation>Este servidor no puede listar ni recibir decisiones de supervisores: solo se muestran los conflictos de esta estación. Una decisión aquí resuelve la línea solo en esta estación; resuelve las mismas líneas en StockVerify.</translation>
        </message>
        <message>
            <location filename="../../station/session/serial_holder.py" line="+19" />
            <source>Serial {serial} appears twice on this line.</source>
            <translation>El n.º de serie {serial} aparece dos veces en esta línea.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Serial {serial} is counted already on rack {rack} by {user} at {when}.</source>
            <translation>El n.º de serie {serial} ya lo contó {user} en el estante {rack} el {when}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Serial {serial} is counted already on rack {rack} by {user}.</source>
            <translation>El n.º de serie {serial} ya lo contó {user} en el estante {rack}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Serial {serial} is counted already on rack {rack} at {when}.</source>
            <translation>El n.º de serie {serial} ya se contó en el estante {rack} el {when}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Serial {serial} is counted already on rack {rack}.</source>
            <translation>El n.º de serie {serial} ya se contó en el estante {rack}.</translation>
        </message>
    </context>
    <context>
        <name>conflict_rows</name>
        <message>
            <location filename="../../station/session/conflict_rows.py" line="+16" />
            <source>A serial number on this line is already counted on another line.</source>
            <translation>Un número de serie de esta línea ya está contado en otra línea.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The quantities break a counting rule (more damaged than counted, or too many).</source>
            <translation>Las cantidades incumplen una regla de conteo (más dañadas que contadas, o demasiadas).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rack was held by someone else when this line reached the server.</source>
            <translation>Otra persona tenía el estante cuando esta línea llegó al servidor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The line was counted after this station's lease on the rack had lapsed and someone else had taken the rack.</source>
            <translation>La línea se contó cuando la reserva del estante de esta estación ya había vencido y otra persona había tomado el estante.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The line was changed on the server since this station last saw it.</source>
            <translation>La línea cambió en el servidor desde la última vez que esta estación la vio.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counted</source>
            <translation>Contado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>of which damaged</source>
            <translation>de ellos, dañados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation>N.º de serie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lease (fencing token)</source>
            <translation>Reserva (token de exclusión)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rack held by</source>
            <translation>Estante tomado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version of the line</source>
            <translation>Versión de la línea</translation>
        </message>
        <message>
            <location line="+5" />
            <source>this server cannot take supervisors' decisions, so none was sent. Settle the same lines in StockVerify, then press F10 again: it checks this station's count against the server's.</source>
            <translation>este servidor no puede recibir decisiones de supervisores, así que no se envió ninguna. Resuelve las mismas líneas en StockVerify y vuelve a pulsar F10: compara el conteo de esta estación con el del servidor.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The server refused this line.</source>
            <translation>El servidor rechazó esta línea.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Server: other line</source>
            <translation>Servidor: otra línea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nothing was settled.</source>
            <translation>No se resolvió nada.</translation>
        </message>
        <message numerus="yes">
            <source>%n decided at this station only: {why}</source>
            <translation>
                <numerusform>%n decidido solo en esta estación: {why}</numerusform>
                <numerusform>%n decididos solo en esta estación: {why}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n resolved here, not yet sent: they go when the server is back.</source>
            <translation>
                <numerusform>%n resuelto aquí, sin enviar aún: se envía cuando vuelva el servidor.</numerusform>
                <numerusform>%n resueltos aquí, sin enviar aún: se envían cuando vuelva el servidor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n settled on the server.</source>
            <translation>
                <numerusform>%n resuelto en el servidor.</numerusform>
                <numerusform>%n resueltos en el servidor.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>conflicts</name>
        <message>
            <location filename="../../station/ui/conflicts.py" line="+19" />
            <source>The server cannot be reached, so the supervisor's PIN is checked when it is back. Decisions are kept here and sent then.</source>
            <translation>No hay conexión con el servidor: el PIN del supervisor se comprobará cuando vuelva. Las decisiones se guardan aquí y se envían entonces.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No conflicts are waiting.</source>
            <translation>No hay conflictos pendientes.</translation>
        </message>
    </context>
    <context>
        <name>conflicts_dialog</name>
        <message>
            <location filename="../../station/ui/conflict_words.py" line="+12" />
            <source>Keep the station's count</source>
            <translation>Conservar el conteo de la estación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the server's</source>
            <translation>Conservar el del servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a recount</source>
            <translation>Introducir un reconteo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignore</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>duplicate serial</source>
            <translation>n.º de serie duplicado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invalid quantity</source>
            <translation>cantidad no válida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rack locked</source>
            <translation>estante bloqueado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stale lock</source>
            <translation>reserva vencida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>version conflict</source>
            <translation>conflicto de versión</translation>
        </message>
        <message>
            <location line="+14" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../station/ui/conflicts_dialog.py" line="+65" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Conflicts are settled by a supervisor. Type the supervisor's user name and PIN; the counter stays logged in.</source>
            <translation>Los conflictos los resuelve un supervisor. Escribe el usuario y el PIN del supervisor; quien cuenta sigue con su sesión iniciada.</translation>
        </message>
        <message>
            <location line="+134" />
            <source>Rack · session · item</source>
            <translation>Estante · sesión · artículo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conflict</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+134" />
            <source>This station</source>
            <translation>Esta estación</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message numerus="yes">
            <location line="+109" />
            <source>%n conflict(s) selected; a decision applies to [it|all of them]. Showing the first.</source>
            <translation>
                <numerusform>%n conflicto seleccionado; la decisión se aplica a él.</numerusform>
                <numerusform>%n conflictos seleccionados; la decisión se aplica a todos. Se muestra el primero.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-195" />
            <source>Note: why this decision (required)</source>
            <translation>Nota: por qué esta decisión (obligatoria)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>↑ ↓ pick · Shift+↑↓ or Ctrl+A for several · Tab to the note · F5–F8 decide · Esc closes</source>
            <translation>↑ ↓ elegir · Shift+↑↓ o Ctrl+A para varios · Tab a la nota · F5–F8 decidir · Esc cierra</translation>
        </message>
        <message>
            <location line="+27" />
            <source>serials, separated by commas</source>
            <translation>números de serie, separados por comas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Recount: counted</source>
            <translation>Reconteo: contado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>of which damaged</source>
            <translation>de ellos, dañados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation>N.º de serie</translation>
        </message>
        <message>
            <location filename="../../station/ui/conflict_words.py" line="+11" />
            <source>session …{id}</source>
            <translation>sesión …{id}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>resolved here, not yet sent</source>
            <translation>resuelto aquí, sin enviar aún</translation>
        </message>
        <message>
            <location line="+4" />
            <source>waiting</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <location line="-2" />
            <source>waiting (a decision was refused)</source>
            <translation>pendiente (se rechazó una decisión)</translation>
        </message>
        <message>
            <location filename="../../station/ui/conflicts_dialog.py" line="+109" />
            <source>Nothing selected</source>
            <translation>Nada seleccionado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unknown time</source>
            <translation>hora desconocida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{item} on rack {rack}, counted by {user}; refused {when}. The server said: {message}</source>
            <translation>{item} en el estante {rack}, contado por {user}; rechazado el {when}. El servidor dijo: {message}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{item} on rack {rack}, counted by someone unknown; refused {when}. The server said: {message}</source>
            <translation>{item} en el estante {rack}, contado por alguien desconocido; rechazado el {when}. El servidor dijo: {message}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Resolved here by {user} ({decision}: {note}), not yet sent.</source>
            <translation>Resuelto aquí por {user} ({decision}: {note}), sin enviar aún.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>not on the server</source>
            <translation>no está en el servidor</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Pick a conflict that is still waiting (↑ ↓).</source>
            <translation>Elige un conflicto aún pendiente (↑ ↓).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Write a note first: why this decision.</source>
            <translation>Primero escribe una nota: por qué esta decisión.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Settling…</source>
            <translation>Resolviendo…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Type the recount, a note, and press F7 again.</source>
            <translation>Escribe el reconteo y una nota, y vuelve a pulsar F7.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A recount is for one item: pick the conflicts of one line only.</source>
            <translation>Un reconteo es para un solo artículo: elige los conflictos de una sola línea.</translation>
        </message>
    </context>
    <context>
        <name>counting</name>
        <message>
            <location filename="../../station/session/counting.py" line="+69" />
            <source>Nothing was read. Scan the label again.</source>
            <translation>No se leyó nada. Escanea la etiqueta de nuevo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>×{multiplier}: now scan the item.</source>
            <translation>×{multiplier}: ahora escanea el artículo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The server cannot be reached to look it up. Record {code} as an unknown item?</source>
            <translation>No hay conexión con el servidor para buscarlo. ¿Registrar {code} como artículo desconocido?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No item has this barcode. Record {code} as an unknown item?</source>
            <translation>Ningún artículo tiene este código de barras. ¿Registrar {code} como artículo desconocido?</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{item} has serial numbers: scan its serial.</source>
            <translation>{item} tiene número de serie: escanéalo.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{item} has serial numbers: scan all %n serial.</source>
            <translation>
                <numerusform>{item} tiene número de serie: escanea %n número de serie.</numerusform>
                <numerusform>{item} tiene números de serie: escanea los %n números de serie.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+42" />
            <source>{counted} — expected on {rack}</source>
            <translation>{counted} — esperado en {rack}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no scan to undo.</source>
            <translation>No hay ningún escaneo que deshacer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undone: {item} is back to {quantity}.</source>
            <translation>Deshecho: {item} vuelve a {quantity}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{item}: now {quantity}.</source>
            <translation>{item}: ahora {quantity}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>+{quantity} damaged {item} (now {total}), on a new line (the earlier one is with a supervisor)</source>
            <translation>+{quantity} {item} con daño (ahora {total}), en una línea nueva (la anterior está con un supervisor)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>+{quantity} {item} (now {total}), on a new line (the earlier one is with a supervisor)</source>
            <translation>+{quantity} {item} (ahora {total}), en una línea nueva (la anterior está con un supervisor)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>+{quantity} damaged {item} (now {total})</source>
            <translation>+{quantity} {item} con daño (ahora {total})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+{quantity} {item} (now {total})</source>
            <translation>+{quantity} {item} (ahora {total})</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../station/ui/dialogs.py" line="+59" />
            <source>Edit {code}</source>
            <translation>Editar {code}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>Contado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>of which damaged</source>
            <translation>de ellos, dañados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation>N.º de serie</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Log in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your sign-in has expired, {user}. Type your PIN (Ctrl+P: password) and Enter.
Nothing you counted is lost.</source>
            <translation>Tu sesión ha caducado, {user}. Escribe tu PIN (Ctrl+P: contraseña) y pulsa Enter.
No se pierde nada de lo que contaste.</translation>
        </message>
    </context>
    <context>
        <name>failures</name>
        <message>
            <location filename="../../station/api/failures.py" line="+30" />
            <source>The server's certificate is not trusted by this station. Ask IT to set server.ca_bundle to the warehouse's certificate authority.</source>
            <translation>Esta estación no confía en el certificado del servidor. Pide a TI que ajuste server.ca_bundle a la autoridad de certificación del almacén.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The server cannot be reached. The station keeps counting and will send everything when it is back.</source>
            <translation>No hay conexión con el servidor. La estación sigue contando y lo enviará todo cuando vuelva.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Your sign-in has expired. Log in again; nothing you counted is lost.</source>
            <translation>Tu sesión ha caducado. Vuelve a iniciar sesión; no se pierde nada de lo que contaste.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You are not allowed to do that.</source>
            <translation>No tienes permiso para hacer eso.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server has no {address}.</source>
            <translation>El servidor no tiene {address}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else holds this rack.</source>
            <translation>Otra persona tiene este estante.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server asked the station to wait {seconds} s.</source>
            <translation>El servidor pidió a la estación que espere {seconds} s.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server refused the request.</source>
            <translation>El servidor rechazó la solicitud.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server failed ({status}). The station keeps counting and will send everything later.</source>
            <translation>El servidor falló ({status}). La estación sigue contando y lo enviará todo más tarde.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The server answered {status}, which this station does not expect.</source>
            <translation>El servidor respondió {status}, algo que esta estación no espera.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The server refused the request: {problems}</source>
            <translation>El servidor rechazó la solicitud: {problems}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the request</source>
            <translation>la solicitud</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not valid</source>
            <translation>no es válido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{field} is required</source>
            <translation>{field} es obligatorio</translation>
        </message>
        <message>
            <location filename="../../station/session/failures.py" line="+48" />
            <source>The server at {url} failed ({status}), so nobody can log in yet. Try again in a minute; if it goes on, call IT.</source>
            <translation>El servidor en {url} falló ({status}), así que nadie puede iniciar sesión todavía. Vuelve a intentarlo en un minuto; si sigue pasando, llama a TI.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server at {url} cannot be reached, so nobody can log in yet. Check this station's network cable or Wi-Fi, then try again; if it goes on, ask IT whether the server is running at that address (server.url in the settings).</source>
            <translation>No se puede conectar con el servidor en {url}, así que nadie puede iniciar sesión todavía. Revisa el cable de red o el Wi-Fi de esta estación y vuelve a intentarlo; si sigue pasando, pregunta a TI si el servidor está funcionando en esa dirección (server.url en la configuración).</translation>
        </message>
    </context>
    <context>
        <name>find_view</name>
        <message>
            <location filename="../../station/ui/find_view.py" line="+28" />
            <source>Type part of the name or code · ↑ ↓ pick · Enter counts it (marked as typed) · Esc closes</source>
            <translation>Escribe parte del nombre o código · ↑ ↓ elegir · Enter lo cuenta (marcado como tecleado) · Esc cierra</translation>
        </message>
        <message>
            <location line="+7" />
            <source>this rack</source>
            <translation>este estante</translation>
        </message>
        <message>
            <location line="+2" />
            <source>expected on {rack}</source>
            <translation>esperado en {rack}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no rack known</source>
            <translation>sin estante conocido</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Find an item</source>
            <translation>Buscar un artículo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name or code</source>
            <translation>Nombre o código</translation>
        </message>
        <message>
            <location line="+26" />
            <source>{where}, serialized</source>
            <translation>{where}, con n.º de serie</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nothing found: type more of the name or code.</source>
            <translation>No se encontró nada: escribe más del nombre o código.</translation>
        </message>
    </context>
    <context>
        <name>finishing</name>
        <message numerus="yes">
            <location filename="../../station/session/finishing.py" line="+93" />
            <source>%n line(s)</source>
            <comment>this station has: 3 lines (2 damaged pieces)</comment>
            <translation>
                <numerusform>%n línea</numerusform>
                <numerusform>%n líneas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>{sentence} Ask a supervisor.</source>
            <translation>{sentence} Avisa a un supervisor.</translation>
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
                <numerusform>Sin terminar: %n línea aún no ha llegado al servidor. El estante sigue tomado; vuelve a pulsar F10 cuando vuelva el servidor.</numerusform>
                <numerusform>Sin terminar: %n líneas aún no han llegado al servidor. El estante sigue tomado; vuelve a pulsar F10 cuando vuelva el servidor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not finished: the server has %n line(s) ({server_damaged} damaged pieces), this station {here} ({damaged} damaged pieces).</source>
            <translation>
                <numerusform>Sin terminar: el servidor tiene %n línea ({server_damaged} unidades con daño) y esta estación {here} ({damaged} unidades con daño).</numerusform>
                <numerusform>Sin terminar: el servidor tiene %n líneas ({server_damaged} unidades con daño) y esta estación {here} ({damaged} unidades con daño).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not finished: the server has %n pieces ({server_damaged} damaged), this station {pieces} ({damaged}).</source>
            <translation>
                <numerusform>Sin terminar: el servidor tiene %n unidad ({server_damaged} con daño) y esta estación {pieces} ({damaged}).</numerusform>
                <numerusform>Sin terminar: el servidor tiene %n unidades ({server_damaged} con daño) y esta estación {pieces} ({damaged}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not finished: the server refused %n line(s); [it waits|they wait] for a supervisor (F9). The rack stays claimed.</source>
            <translation>
                <numerusform>Sin terminar: el servidor rechazó %n línea; espera a un supervisor (F9). El estante sigue tomado.</numerusform>
                <numerusform>Sin terminar: el servidor rechazó %n líneas; esperan a un supervisor (F9). El estante sigue tomado.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>floors_view</name>
        <message>
            <location filename="../../station/ui/floors_view.py" line="+30" />
            <source>Pick a floor</source>
            <translation>Elige un piso</translation>
        </message>
        <message>
            <location line="+23" />
            <source>1–9 picks a floor · ↑ ↓ and Enter · Esc logs out</source>
            <translation>1–9 elige un piso · ↑ ↓ y Enter · Esc cierra sesión</translation>
        </message>
        <message>
            <location line="+70" />
            <source>{floor}     {free} free · {counted} of {racks} counted</source>
            <translation>{floor}     {free} libres · {counted} de {racks} contados</translation>
        </message>
        <message>
            <location line="-50" />
            <source>The server lists no floors.</source>
            <translation>El servidor no muestra ningún piso.</translation>
        </message>
    </context>
    <context>
        <name>gate</name>
        <message>
            <location filename="../../station/session/gate.py" line="+15" />
            <source>{released} Scanning has stopped.</source>
            <translation>{released} El escaneo está detenido.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} is paused. Press F8 to resume it.</source>
            <translation>El estante {rack} está en pausa. Pulsa F8 para reanudarlo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The lease on {rack} ran out while the server could not be reached. Scanning goes on as soon as the station has the rack again; what you counted is kept.</source>
            <translation>La reserva de {rack} venció mientras no había conexión con el servidor. El escaneo sigue en cuanto la estación recupere el estante; lo que contaste se conserva.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rack {rack} was taken by {holder}. Scanning has stopped; what you counted is kept.</source>
            <translation>{holder} tomó el estante {rack}. El escaneo está detenido; lo que contaste se conserva.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rack {rack} was taken by another session. Scanning has stopped; what you counted is kept.</source>
            <translation>Otra sesión tomó el estante {rack}. El escaneo está detenido; lo que contaste se conserva.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rack {rack} is no longer being counted here.</source>
            <translation>El estante {rack} ya no se está contando aquí.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The rack was taken by another session; what you counted is kept and will be sent.</source>
            <translation>Otra sesión tomó el estante; lo que contaste se conserva y se enviará.</translation>
        </message>
    </context>
    <context>
        <name>language_view</name>
        <message>
            <location filename="../../station/ui/language_view.py" line="+60" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>↑ ↓ pick · Enter: speak it · Esc: as it was</source>
            <translation>↑ ↓ elegir · Enter: usarlo · Esc: dejarlo como estaba</translation>
        </message>
    </context>
    <context>
        <name>lease</name>
        <message>
            <location filename="../../station/domain/lease.py" line="+176" />
            <source>Rack {rack} was released by {by}: {note}. What you counted is kept.</source>
            <translation>{by} liberó el estante {rack}: {note}. Lo que contaste se conserva.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} was released by supervisor {by}: {note}. What you counted is kept.</source>
            <translation>El supervisor {by} liberó el estante {rack}: {note}. Lo que contaste se conserva.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} was released by {by}. What you counted is kept.</source>
            <translation>{by} liberó el estante {rack}. Lo que contaste se conserva.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack} was released by supervisor {by}. What you counted is kept.</source>
            <translation>El supervisor {by} liberó el estante {rack}. Lo que contaste se conserva.</translation>
        </message>
    </context>
    <context>
        <name>lines_model</name>
        <message>
            <location filename="../../station/ui/lines_model.py" line="+27" />
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>Contado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Damaged</source>
            <translation>Dañado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serials</source>
            <translation>N.º de serie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>typed</source>
            <translation>tecleado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>set aside</source>
            <translation>apartada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>✕ refused</source>
            <translation>✕ rechazada</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A supervisor set this line aside: it counts for nothing.</source>
            <translation>Un supervisor apartó esta línea: no cuenta para nada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server refused this line: {reason} A supervisor decides (F9).</source>
            <translation>El servidor rechazó esta línea: {reason} Decide un supervisor (F9).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Typed in, not scanned.</source>
            <translation>Tecleado, no escaneado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{code} · {name}: {counted} counted</source>
            <translation>{code} · {name}: {counted} contados</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+81" />
            <source>unknown barcode</source>
            <translation>código de barras desconocido</translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <location filename="../../station/ui/login.py" line="+46" />
            <source>PINs on this server</source>
            <translation>PIN en este servidor</translation>
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
            <translation>Estación de conteo {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Logging in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Scan your badge or type your name · Tab to move · Enter to log in · Ctrl+P: a PIN · Ctrl+L: language</source>
            <translation>Escanea tu tarjeta o escribe tu nombre · Tab para moverte · Enter para entrar · Ctrl+P: un PIN · Ctrl+L: idioma</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Scan your badge or type your name · Tab to move · Enter to log in · Ctrl+P: a password · Ctrl+L: language</source>
            <translation>Escanea tu tarjeta o escribe tu nombre · Tab para moverte · Enter para entrar · Ctrl+P: una contraseña · Ctrl+L: idioma</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Type your user name first.</source>
            <translation>Primero escribe tu usuario.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Type your password, then Enter.</source>
            <translation>Escribe tu contraseña y pulsa Enter.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type your PIN, then Enter.</source>
            <translation>Escribe tu PIN y pulsa Enter.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Now type the PIN for {user}, then Enter.</source>
            <translation>Ahora escribe el PIN de {user} y pulsa Enter.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../../station/ui/main_window.py" line="+44" />
            <source>F2 damage · Ctrl+Z undo · F4 edit · Ctrl+F find an item · F5 send now · F8 pause · F9 conflicts · F10 finish · F7 supervisor view · F6 overview of the count</source>
            <translation>F2 daño · Ctrl+Z deshacer · F4 editar · Ctrl+F buscar artículo · F5 enviar ya · F8 pausa · F9 conflictos · F10 terminar · F7 vista de supervisor · F6 vista general del conteo</translation>
        </message>
        <message numerus="yes">
            <location line="+118" />
            <source>%n scan(s) kept: counted once this window is closed.</source>
            <translation>
                <numerusform>%n escaneo guardado: se contará al cerrar esta ventana.</numerusform>
                <numerusform>%n escaneos guardados: se contarán al cerrar esta ventana.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+53" />
            <source>The overview is for supervisors.</source>
            <translation>La vista general es para supervisores.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sending every waiting line now…</source>
            <translation>Enviando ahora todas las líneas pendientes…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>About Station</source>
            <translation>Acerca de Station</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Station {version}

Stock-take counting for warehouses.
{keys}</source>
            <translation>Station {version}

Conteo de inventario para almacenes.
{keys}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Text this large does not fit this screen: Ctrl+- makes it smaller.</source>
            <translation>El texto tan grande no cabe en esta pantalla: Ctrl+- lo reduce.</translation>
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
                <numerusform>%n línea contada aún no ha llegado al servidor. Está guardada y se enviará la próxima vez que se inicie Station. ¿Cerrar de todos modos?</numerusform>
                <numerusform>%n líneas contadas aún no han llegado al servidor. Están guardadas y se enviarán la próxima vez que se inicie Station. ¿Cerrar de todos modos?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lines waiting</source>
            <translation>Líneas pendientes</translation>
        </message>
    </context>
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../station/store/migrations.py" line="+154" />
            <source>The station's database ({path}) was written by a newer Station (schema {major}.x). Install that version again, or ask IT.</source>
            <translation>La base de datos de la estación ({path}) la escribió una versión más nueva de Station (esquema {major}.x). Vuelve a instalar esa versión o consulta a TI.</translation>
        </message>
    </context>
    <context>
        <name>notices</name>
        <message>
            <location filename="../../station/session/notices.py" line="+11" />
            <source>This server finds people by their PIN alone: two people with the same PIN log in as the same person. Ask IT to give everyone a different PIN.</source>
            <translation>Este servidor identifica a las personas solo por su PIN: dos personas con el mismo PIN entran como la misma persona. Pide a TI que dé a cada uno un PIN distinto.</translation>
        </message>
    </context>
    <context>
        <name>outbox</name>
        <message>
            <location filename="../../station/store/outbox.py" line="+122" />
            <source>The server did not answer for this line.</source>
            <translation>El servidor no respondió por esta línea.</translation>
        </message>
    </context>
    <context>
        <name>oversight</name>
        <message>
            <location filename="../../station/session/oversight.py" line="+75" />
            <source>Say why this count is kept: the note goes into the rack's history.</source>
            <translation>Di por qué se acepta este conteo: la nota queda en el historial del estante.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The report could not be written to {path}: {why}</source>
            <translation>No se pudo escribir el informe en {path}: {why}</translation>
        </message>
    </context>
    <context>
        <name>overview</name>
        <message>
            <location filename="../../station/ui/overseeing.py" line="+127" />
            <source>Send rack {rack} to a recount by anyone (A: by one counter). Why? (it goes into the rack's history)</source>
            <translation>Enviar el estante {rack} a reconteo por cualquiera (A: por un contador concreto). ¿Por qué? (queda en el historial del estante)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recount {rack}</source>
            <translation>Recontar {rack}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Who recounts {rack}</source>
            <translation>Quién recuenta {rack}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The counter who recounts rack {rack} (type a user name; empty: anyone):</source>
            <translation>Quien recontará el estante {rack} (escribe un usuario; vacío: cualquiera):</translation>
        </message>
        <message>
            <location line="+8" />
            <source>assigned from the overview</source>
            <translation>asignado desde la vista general</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+24" />
            <location filename="../../station/ui/rack_page.py" line="+198" />
            <source>first</source>
            <translation>1</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+26" />
            <location filename="../../station/ui/rack_page.py" line="+0" />
            <source>second</source>
            <translation>2</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Approve the {which} count of rack {rack}: it becomes the rack's count. Why? (required; it goes into the rack's history)</source>
            <translation>Aprobar el conteo {which} del estante {rack}: pasa a ser el conteo del estante. ¿Por qué? (obligatorio; queda en el historial del estante)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Approve {rack}</source>
            <translation>Aprobar {rack}</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../../station/ui/rack_page.py" line="-40" />
            <source>anyone</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack}: the {count} count is approved.</source>
            <translation>Estante {rack}: aprobado el conteo {count}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rack {rack} waits for its recount, for {whom}.</source>
            <translation>El estante {rack} espera su reconteo, para {whom}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rack {rack}: recount {status}.</source>
            <translation>Estante {rack}: reconteo {status}.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Export the report</source>
            <translation>Exportar el informe</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Writing {path}…</source>
            <translation>Escribiendo {path}…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Report written to {path}.</source>
            <translation>Informe guardado en {path}.</translation>
        </message>
        <message>
            <location filename="../../station/ui/overview_chart.py" line="+21" />
            <source>done</source>
            <translation>terminados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to recount</source>
            <translation>por recontar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>counting</source>
            <translation>en conteo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>free</source>
            <translation>libres</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../../station/ui/overview_pages.py" line="+147" />
            <source>Racks by state, per floor</source>
            <translation>Estantes por estado, por piso</translation>
        </message>
        <message>
            <location line="+28" />
            <source>racks</source>
            <translation>estantes</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../station/ui/overview_pages.py" line="+89" />
            <source>Difference against the books, per counted rack (pieces)</source>
            <translation>Diferencia frente a lo registrado, por estante contado (unidades)</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../../station/ui/rack_page.py" line="-126" />
            <source>short</source>
            <translation>faltante</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../station/ui/rack_page.py" line="-1" />
            <source>over</source>
            <translation>sobrante</translation>
        </message>
        <message>
            <location filename="../../station/ui/overview_pages.py" line="-201" />
            <source>Floor</source>
            <translation>Piso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>Terminados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free</source>
            <translation>Libres</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Counting</source>
            <translation>En conteo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To recount</source>
            <translation>Por recontar</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../station/ui/rack_page.py" line="-4" />
            <source>Pieces</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+6" />
            <location filename="../../station/ui/rack_page.py" line="-6" />
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+7" />
            <source>Over tolerance</source>
            <translation>Fuera de tolerancia</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Counters</source>
            <translation>Contadores</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rack</source>
            <translation>Estante</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../station/ui/rack_page.py" line="+1" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../station/ui/rack_page.py" line="+3" />
            <source>Counted by</source>
            <translation>Contado por</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../station/ui/rack_page.py" line="-6" />
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../station/ui/rack_page.py" line="+0" />
            <source>Counted</source>
            <translation>Contado</translation>
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
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+127" />
            <source>{percent:.1f}% of {racks} racks done · {recount} to recount ({approve} waiting for approval) · {pieces:,} pieces counted · {counters} counting at {stations} stations · difference {difference} pieces, value {value}</source>
            <translation>{percent:.1f}% de {racks} estantes terminados · {recount} por recontar ({approve} esperan aprobación) · {pieces:,} unidades contadas · {counters} contando en {stations} estaciones · diferencia {difference} unidades, valor {value}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{done} of {racks} · {percent:.0f}%</source>
            <translation>{done} de {racks} · {percent:.0f}%</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+13" />
            <source>Hot spots: items over tolerance</source>
            <translation>Puntos críticos: artículos fuera de tolerancia</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Floor {floor}: {finished} of {racks} racks counted · expected {expected:,}, counted {counted:,}, difference {difference} pieces, value {value} · {over} racks over tolerance</source>
            <translation>Piso {floor}: {finished} de {racks} estantes contados · esperado {expected:,}, contado {counted:,}, diferencia {difference} unidades, valor {value} · {over} estantes fuera de tolerancia</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No counted item is over tolerance.</source>
            <translation>Ningún artículo contado está fuera de tolerancia.</translation>
        </message>
        <message>
            <location filename="../../station/ui/overview_view.py" line="+90" />
            <source>Overview — the whole count</source>
            <translation>Vista general — todo el conteo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overview — floor {floor}</source>
            <translation>Vista general — piso {floor}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overview — floor {floor}, rack {rack}</source>
            <translation>Vista general — piso {floor}, estante {rack}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>↑ ↓ pick a floor · Enter its racks · Ctrl+E exports the count's summary · F5 refreshes · Esc back</source>
            <translation>↑ ↓ elegir piso · Enter sus estantes · Ctrl+E exporta el resumen del conteo · F5 actualiza · Esc volver</translation>
        </message>
        <message>
            <location line="+4" />
            <source>↑ ↓ pick a rack · Enter its items · R sends it to a recount · A assigns its recount · Ctrl+E exports the floor's variance · Esc up</source>
            <translation>↑ ↓ elegir estante · Enter sus artículos · R lo envía a reconteo · A asigna su reconteo · Ctrl+E exporta las diferencias del piso · Esc subir</translation>
        </message>
        <message>
            <location line="+5" />
            <source>R sends it to a recount · A assigns the recount · Tab to its counts, Enter or P approves one (a note is asked) · Ctrl+E exports its count sheet · Esc up</source>
            <translation>R lo envía a reconteo · A asigna el reconteo · Tab a sus conteos, Enter o P aprueba uno (pide una nota) · Ctrl+E exporta su hoja de conteo · Esc subir</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Pick a rack first: Enter on a floor, then ↑ ↓.</source>
            <translation>Primero elige un estante: Enter en un piso y luego ↑ ↓.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open the rack first (Enter) to approve one of its counts.</source>
            <translation>Primero abre el estante (Enter) para aprobar uno de sus conteos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rack {rack} has no recount to approve.</source>
            <translation>El estante {rack} no tiene ningún reconteo que aprobar.</translation>
        </message>
        <message>
            <location filename="../../station/ui/rack_page.py" line="-4" />
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1st count</source>
            <translation>Conteo 1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>2nd count</source>
            <translation>Conteo 2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Damaged</source>
            <translation>Dañado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Count</source>
            <translation>Conteo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finished</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lines</source>
            <translation>Líneas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>as expected</source>
            <translation>como se esperaba</translation>
        </message>
        <message>
            <location line="+3" />
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not expected here</source>
            <translation>no esperado aquí</translation>
        </message>
        <message>
            <location line="+3" />
            <source>waiting for its second count</source>
            <translation>a la espera del segundo conteo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>being recounted</source>
            <translation>en reconteo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>both counts in: approve one</source>
            <translation>ambos conteos listos: aprueba uno</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+127" />
            <source>approved</source>
            <translation>aprobado</translation>
        </message>
        <message>
            <location line="-97" />
            <location line="+21" />
            <source>Counts (Tab here, Enter approves the one picked)</source>
            <translation>Conteos (Tab aquí, Enter aprueba el elegido)</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+17" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Rack {rack} ({state}), counted by {who}: expected {expected:,}, counted {counted:,}, difference {difference} pieces ({percent}%), value {value} · {missing} missing, {unexpected} not expected, {over} items over tolerance</source>
            <translation>Estante {rack} ({state}), contado por {who}: esperado {expected:,}, contado {counted:,}, diferencia {difference} unidades ({percent}%), valor {value} · {missing} sin contar, {unexpected} no esperados, {over} artículos fuera de tolerancia</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Nothing has happened to this rack yet.</source>
            <translation>Todavía no ha pasado nada con este estante.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Not sent to a recount. R sends it (to anyone, or A: to one counter).</source>
            <translation>No se ha enviado a reconteo. R lo envía (a cualquiera, o A: a un contador concreto).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>over tolerance</source>
            <translation>fuera de tolerancia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sent by {who}</source>
            <translation>enviado por {who}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recount ({reason}): {status} · for {whom}</source>
            <translation>Reconteo ({reason}): {status} · para {whom}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} count approved by {who}: {note}</source>
            <translation>conteo {count} aprobado por {who}: {note}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{when}  {who} counted it: {lines} lines, {pieces} pieces ({status})</source>
            <translation>{when}  {who} lo contó: {lines} líneas, {pieces} unidades ({status})</translation>
        </message>
    </context>
    <context>
        <name>profile</name>
        <message>
            <location filename="../../station/api/profile.py" line="+78" />
            <source>Station's reference server</source>
            <translation>Servidor de referencia de Station</translation>
        </message>
        <message>
            <location line="+1" />
            <source>StockVerify as it ships</source>
            <translation>StockVerify de fábrica</translation>
        </message>
    </context>
    <context>
        <name>racks_model</name>
        <message>
            <location filename="../../station/ui/racks_model.py" line="+20" />
            <source>free</source>
            <translation>libre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>being counted</source>
            <translation>en conteo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>done</source>
            <translation>terminado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yours</source>
            <translation>tuyo</translation>
        </message>
        <message>
            <location line="+11" />
            <source>○ free · ★ yours · ◐ being counted · ‖ paused · ✔ done · ↻ to recount</source>
            <translation>○ libre · ★ tuyo · ◐ en conteo · ‖ en pausa · ✔ terminado · ↻ por recontar</translation>
        </message>
        <message>
            <location line="+17" />
            <source>to recount · for {user}</source>
            <translation>por recontar · para {user}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to recount · {items} items</source>
            <translation>por recontar · {items} artículos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>paused ({user})</source>
            <translation>en pausa ({user})</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{state} · %n item(s)</source>
            <translation>
                <numerusform>{state} · %n artículo</numerusform>
                <numerusform>{state} · %n artículos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>Rack {rack}, {state}</source>
            <translation>Estante {rack}, {state}</translation>
        </message>
    </context>
    <context>
        <name>racks_view</name>
        <message>
            <location filename="../../station/ui/racks_view.py" line="+40" />
            <source>Scan or type a rack id, then Enter (G-R05)</source>
            <translation>Escanea o escribe el código del estante y pulsa Enter (G-R05)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Enter claims · arrows move among the racks · Esc goes back to the floors</source>
            <translation>Enter lo toma · flechas para moverte entre estantes · Esc vuelve a los pisos</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{floor}: racks</source>
            <translation>{floor}: estantes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{floor}: racks ({free} free of {total})</source>
            <translation>{floor}: estantes ({free} libres de {total})</translation>
        </message>
        <message>
            <location line="+13" />
            <source>live</source>
            <translation>en vivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>updating every 5 s</source>
            <translation>se actualiza cada 5 s</translation>
        </message>
        <message>
            <location line="+22" />
            <source>There is no rack {rack} on {floor}. Check the label, or Esc for another floor.</source>
            <translation>No existe el estante {rack} en {floor}. Revisa la etiqueta o pulsa Esc para otro piso.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Claiming {rack}…</source>
            <translation>Tomando {rack}…</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <location filename="../../station/domain/records.py" line="+49" />
            <source>A scan must count at least one piece.</source>
            <translation>Un escaneo debe contar al menos una unidad.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Serial {serial} is already counted on this line. Scan the next piece's serial.</source>
            <translation>El n.º de serie {serial} ya está contado en esta línea. Escanea el número de serie de la siguiente unidad.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The quantity cannot be negative ({quantity}).</source>
            <translation>La cantidad no puede ser negativa ({quantity}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The quantity would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation>La cantidad sería {quantity}, más de lo que admite una línea ({most}). Revisa el número y vuelve a introducirlo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A scan cannot be negative ({quantity}).</source>
            <translation>Un escaneo no puede ser negativo ({quantity}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A scan would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation>Un escaneo sería {quantity}, más de lo que admite una línea ({most}). Revisa el número y vuelve a introducirlo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This line cannot be negative ({quantity}).</source>
            <translation>Esta línea no puede ser negativa ({quantity}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This line would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation>Esta línea sería {quantity}, más de lo que admite una línea ({most}). Revisa el número y vuelve a introducirlo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The counted quantity cannot be negative ({quantity}).</source>
            <translation>La cantidad contada no puede ser negativa ({quantity}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The counted quantity would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation>La cantidad contada sería {quantity}, más de lo que admite una línea ({most}). Revisa el número y vuelve a introducirlo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The damaged quantity cannot be negative ({quantity}).</source>
            <translation>La cantidad dañada no puede ser negativa ({quantity}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The damaged quantity would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.</source>
            <translation>La cantidad dañada sería {quantity}, más de lo que admite una línea ({most}). Revisa el número y vuelve a introducirlo.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>“{typed}” is not a whole number of pieces. Type digits only, then scan.</source>
            <translation>«{typed}» no es un número entero de unidades. Escribe solo dígitos y luego escanea.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A scan must count at least one piece. Type 1 or more, then scan.</source>
            <translation>Un escaneo debe contar al menos una unidad. Escribe 1 o más y luego escanea.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{quantity} pieces in one scan is more than allowed ({most}). Check the number and type it again.</source>
            <translation>{quantity} unidades en un solo escaneo es más de lo permitido ({most}). Revisa el número y vuelve a escribirlo.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The serial number is empty. Scan the serial label again.</source>
            <translation>El número de serie está vacío. Escanea de nuevo la etiqueta del número de serie.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That serial number is too long ({length} characters, at most {most}). Scan the serial label, not the product barcode.</source>
            <translation>Ese número de serie es demasiado largo ({length} caracteres, máximo {most}). Escanea la etiqueta del número de serie, no el código de barras del producto.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A serial number has only letters, digits and punctuation, no spaces. Scan it again.</source>
            <translation>Un número de serie solo lleva letras, dígitos y signos de puntuación, sin espacios. Escanéalo de nuevo.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Damaged ({damaged}) cannot be more than counted ({counted}).</source>
            <translation>Los dañados ({damaged}) no pueden ser más que los contados ({counted}).</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Serial {serial} is entered twice.</source>
            <translation>El n.º de serie {serial} está introducido dos veces.</translation>
        </message>
        <message numerus="yes">
            <source>This item has no serial numbers; remove the %n entered.</source>
            <translation>
                <numerusform>Este artículo no lleva número de serie; quita el número de serie introducido (%n).</numerusform>
                <numerusform>Este artículo no lleva números de serie; quita los %n introducidos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This item has serial numbers: {counted} counted but %n serials entered. Enter one serial for each piece.</source>
            <translation>
                <numerusform>Este artículo lleva número de serie: se contaron {counted} pero hay %n número de serie introducido. Introduce un número de serie por unidad.</numerusform>
                <numerusform>Este artículo lleva número de serie: se contaron {counted} pero hay %n números de serie introducidos. Introduce un número de serie por unidad.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>recovery</name>
        <message>
            <location filename="../../station/session/recovery.py" line="+12" />
            <source>The lease on this rack lapsed while the station was closed; taking it back…</source>
            <translation>La reserva de este estante venció mientras la estación estaba cerrada; recuperándolo…</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message numerus="yes">
            <location filename="../../station/session/review.py" line="+89" />
            <source>%n not expected here</source>
            <translation>
                <numerusform>%n no esperado aquí</numerusform>
                <numerusform>%n no esperados aquí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n under</source>
            <translation>
                <numerusform>%n por debajo</numerusform>
                <numerusform>%n por debajo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n over</source>
            <translation>
                <numerusform>%n por encima</numerusform>
                <numerusform>%n por encima</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>all lines sent</source>
            <translation>todas las líneas enviadas</translation>
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
            <translation>código de barras desconocido</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <comment>in: 5 pieces counted in 2 lines</comment>
            <translation>
                <numerusform>%n línea</numerusform>
                <numerusform>%n líneas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) not sent yet</source>
            <translation>
                <numerusform>%n línea sin enviar aún</numerusform>
                <numerusform>%n líneas sin enviar aún</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) refused by the server</source>
            <translation>
                <numerusform>%n línea rechazada por el servidor</numerusform>
                <numerusform>%n líneas rechazadas por el servidor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) refused by the server [waits|wait] for a supervisor. F9: a supervisor decides.</source>
            <translation>
                <numerusform>%n línea rechazada por el servidor espera a un supervisor. F9: decide un supervisor.</numerusform>
                <numerusform>%n líneas rechazadas por el servidor esperan a un supervisor. F9: decide un supervisor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) counted in {lines}</source>
            <translation>
                <numerusform>%n unidad contada en {lines}</numerusform>
                <numerusform>%n unidades contadas en {lines}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) counted in {lines} (a blind count: expected quantities are not shown)</source>
            <translation>
                <numerusform>%n unidad contada en {lines} (conteo a ciegas: no se muestran las cantidades esperadas)</numerusform>
                <numerusform>%n unidades contadas en {lines} (conteo a ciegas: no se muestran las cantidades esperadas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n expected items counted</source>
            <translation>
                <numerusform>%n artículo esperado: contado</numerusform>
                <numerusform>%n artículos esperados: todos contados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{counted} of %n expected items counted, {missing} missing</source>
            <translation>
                <numerusform>{counted} de %n artículo esperado contado, {missing} sin contar</numerusform>
                <numerusform>{counted} de %n artículos esperados contados, {missing} sin contar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>review_view</name>
        <message>
            <location filename="../../station/ui/review_view.py" line="+35" />
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>Contado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Damaged</source>
            <translation>Dañado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not expected here</source>
            <translation>no esperado aquí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>over</source>
            <translation>por encima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>under</source>
            <translation>por debajo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as expected</source>
            <translation>como se esperaba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>counted</source>
            <translation>contado</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+181" />
            <source>Finish the rack</source>
            <translation>Terminar el estante</translation>
        </message>
        <message>
            <location line="-122" />
            <source>Finish rack {rack}?</source>
            <translation>¿Terminar el estante {rack}?</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n piece(s)</source>
            <translation>
                <numerusform>%n unidad</numerusform>
                <numerusform>%n unidades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n línea</numerusform>
                <numerusform>%n líneas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+90" />
            <source>Not counted: %n scan(s) made while the rack was being finished. Scan again on the rack [it belongs|they belong] to.</source>
            <translation>
                <numerusform>Sin contar: %n escaneo hecho mientras se terminaba el estante. Escanéalo de nuevo en el estante al que pertenece.</numerusform>
                <numerusform>Sin contar: %n escaneos hechos mientras se terminaba el estante. Escanéalos de nuevo en el estante al que pertenecen.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-88" />
            <source>{pieces} ({damaged} damaged) in {lines}</source>
            <translation>{pieces} ({damaged} con daño) en {lines}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{pieces} in {lines}</source>
            <translation>{pieces} en {lines}</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>F9: a supervisor decides · Enter: finish anyway (a supervisor releases) · Esc: count on</source>
            <translation>F9: decide un supervisor · Enter: terminar igualmente (libera un supervisor) · Esc: seguir contando</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter: finish the rack · Esc: back to counting · ↑ ↓ PgUp PgDn scroll</source>
            <translation>Enter: terminar el estante · Esc: seguir contando · ↑ ↓ PgUp PgDn desplazar</translation>
        </message>
        <message numerus="yes">
            <location line="+40" />
            <source>Finishing: please wait. %n scan(s) kept for after.</source>
            <translation>
                <numerusform>Terminando: espera, por favor. %n escaneo guardado para después.</numerusform>
                <numerusform>Terminando: espera, por favor. %n escaneos guardados para después.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finishing: please wait.</source>
            <translation>Terminando: espera, por favor.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Finished: rack {rack}</source>
            <translation>Terminado: estante {rack}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Enter: next rack (or scan its label)</source>
            <translation>Enter: siguiente estante (o escanea su etiqueta)</translation>
        </message>
        <message>
            <location line="+67" />
            <source>refused (F9)</source>
            <translation>rechazado (F9)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not sent yet</source>
            <translation>sin enviar aún</translation>
        </message>
        <message>
            <location line="+2" />
            <source>set aside by a supervisor</source>
            <translation>apartado por un supervisor</translation>
        </message>
    </context>
    <context>
        <name>reviewing</name>
        <message>
            <location filename="../../station/ui/reviewing.py" line="+19" />
            <source>Sending every line and checking the count with the server…</source>
            <translation>Enviando todas las líneas y comprobando el conteo con el servidor…</translation>
        </message>
    </context>
    <context>
        <name>scan_view</name>
        <message>
            <location filename="../../station/ui/scan_view.py" line="+47" />
            <source>Scan, or type a code and Enter (a number first multiplies)</source>
            <translation>Escanea, o escribe un código y pulsa Enter (un número antes multiplica)</translation>
        </message>
        <message>
            <location line="+59" />
            <location line="+94" />
            <source>Scan the first item.</source>
            <translation>Escanea el primer artículo.</translation>
        </message>
        <message>
            <location line="-44" />
            <source>F2 damaged · Ctrl+Z undo · ↑↓ pick a line, F4 edit · Ctrl+F find · F5 send now · F8 pause · F10 finish</source>
            <translation>F2 dañado · Ctrl+Z deshacer · ↑↓ elegir línea, F4 editar · Ctrl+F buscar · F5 enviar ya · F8 pausa · F10 terminar</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Rack {rack} · {floor}</source>
            <translation>Estante {rack} · {floor}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{user} · session {session}</source>
            <translation>{user} · sesión {session}</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Scan the serial</source>
            <translation>Escanea el n.º de serie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Y or N</source>
            <translation>Y o N</translation>
        </message>
        <message>
            <location line="+61" />
            <source>✕ {name} was refused: {reason} A supervisor decides (F9).</source>
            <translation>✕ Se rechazó {name}: {reason} Decide un supervisor (F9).</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="+15" />
            <source>DAMAGED (F2) · {count} so far</source>
            <translation>DAÑADO (F2) · {count} hasta ahora</translation>
        </message>
        <message>
            <location line="+4" />
            <source>next scan × {times}</source>
            <translation>próximo escaneo × {times}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>good (F2: damaged)</source>
            <translation>bueno (F2: dañado)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Scan on.</source>
            <translation>Sigue escaneando.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: {count} counted. Scan on.</source>
            <translation>{name}: {count} en total. Sigue escaneando.</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_view.py" line="+58" />
            <source>DAMAGED: the next scans count as damaged ({count} so far). F2: back to good.</source>
            <translation>DAÑADO: los próximos escaneos cuentan como dañados ({count} hasta ahora). F2: volver a bueno.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Good: the next scans count as good ({count} damaged counted).</source>
            <translation>Bueno: los próximos escaneos cuentan como buenos ({count} dañados contados).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>PAUSED · {why} The clock is stopped.</source>
            <translation>EN PAUSA · {why} El reloj está detenido.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paused. Press F8 to resume counting.</source>
            <translation>En pausa. Pulsa F8 para seguir contando.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Resumed. Scan on.</source>
            <translation>Reanudado. Sigue escaneando.</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="-26" />
            <source>The server has not renewed the lease on {rack}: {seconds} s left. Keep scanning; the station keeps trying.</source>
            <translation>El servidor no ha renovado la reserva de {rack}: quedan {seconds} s. Sigue escaneando; la estación sigue intentándolo.</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_view.py" line="+11" />
            <source>The lease on {rack} ran out. Taking the rack back…</source>
            <translation>La reserva de {rack} venció. Recuperando el estante…</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="+8" />
            <source>{rack} was taken by {who}. Scanning has stopped; your lines are kept.</source>
            <translation>{who} tomó {rack}. El escaneo está detenido; tus líneas se conservan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rack} was taken by another session. Scanning has stopped; your lines are kept.</source>
            <translation>Otra sesión tomó {rack}. El escaneo está detenido; tus líneas se conservan.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../station/ui/scan_view.py" line="-194" />
            <source>%n line(s) counted so far. Scan on.</source>
            <translation>
                <numerusform>%n línea contada hasta ahora. Sigue escaneando.</numerusform>
                <numerusform>%n líneas contadas hasta ahora. Sigue escaneando.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+52" />
            <source>{keys} · %n scan(s) kept, counted after your answer</source>
            <translation>
                <numerusform>{keys} · %n escaneo guardado, se cuenta tras tu respuesta</numerusform>
                <numerusform>{keys} · %n escaneos guardados, se cuentan tras tu respuesta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>✕ {name} was refused: {reason} %n more line(s) refused too. A supervisor decides (F9).</source>
            <translation>
                <numerusform>✕ Se rechazó {name}: {reason} También se rechazó %n línea más. Decide un supervisor (F9).</numerusform>
                <numerusform>✕ Se rechazó {name}: {reason} También se rechazaron %n líneas más. Decide un supervisor (F9).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+106" />
            <source>Scanning has stopped.</source>
            <translation>El escaneo está detenido.</translation>
        </message>
        <message>
            <location filename="../../station/ui/stats_panel.py" line="+23" />
            <source>counted</source>
            <translation>contados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>good</source>
            <translation>buenos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>damaged</source>
            <translation>dañados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>per minute</source>
            <translation>por minuto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting to sync</source>
            <translation>por enviar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refused (F9)</source>
            <translation>rechazadas (F9)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+44" />
            <source>time</source>
            <translation>tiempo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>time · paused</source>
            <translation>tiempo · en pausa</translation>
        </message>
        <message>
            <location filename="../../station/ui/scan_words.py" line="+8" />
            <source>{sentence}, {count} damaged)</source>
            <translation>{sentence}, {count} con daño)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{sentence} ({count} damaged)</source>
            <translation>{sentence} ({count} con daño)</translation>
        </message>
    </context>
    <context>
        <name>scanning</name>
        <message>
            <location filename="../../station/ui/scanning.py" line="+41" />
            <source>Y: count it as an unknown item · N or Esc: not counted</source>
            <translation>Y: contarlo como artículo desconocido · N o Esc: no se cuenta</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Rack {rack} is paused. Press F8 to resume it.</source>
            <translation>El estante {rack} está en pausa. Pulsa F8 para reanudarlo.</translation>
        </message>
        <message>
            <location line="+273" />
            <source>{name}: scan serial {number} of {total}.</source>
            <translation>{name}: escanea el n.º de serie {number} de {total}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{refused} {asked}</source>
            <translation>{refused} {asked}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Serials: {serials} · Esc: not counted</source>
            <translation>N.º de serie: {serials} · Esc: no se cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Esc: not counted</source>
            <translation>Esc: no se cuenta</translation>
        </message>
        <message>
            <location line="-178" />
            <source>Serial {serial} is already counted.</source>
            <translation>El n.º de serie {serial} ya está contado.</translation>
        </message>
        <message numerus="yes">
            <location line="-90" />
            <source>{why} %n scan(s) made as it ended [was|were] not counted.</source>
            <translation>
                <numerusform>{why} %n escaneo hecho al terminar no se contó.</numerusform>
                <numerusform>{why} %n escaneos hechos al terminar no se contaron.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+110" />
            <source>Not counted: the serials were not scanned.</source>
            <translation>Sin contar: no se escanearon los números de serie.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not counted: {code}.</source>
            <translation>Sin contar: {code}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No item has this barcode. Record {code} as an unknown item?</source>
            <translation>Ningún artículo tiene este código de barras. ¿Registrar {code} como artículo desconocido?</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{why}

Should a supervisor release the rack anyway?</source>
            <translation>{why}

¿Debe un supervisor liberar el estante de todos modos?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts disagree</source>
            <translation>Los conteos no coinciden</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Rack {rack} was taken by {who}. Scanning has stopped. Everything you counted is kept and will be sent; a supervisor sorts out any difference.</source>
            <translation>{who} tomó el estante {rack}. El escaneo está detenido. Todo lo que contaste se conserva y se enviará; un supervisor resolverá cualquier diferencia.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rack {rack} was taken by another session. Scanning has stopped. Everything you counted is kept and will be sent; a supervisor sorts out any difference.</source>
            <translation>Otra sesión tomó el estante {rack}. El escaneo está detenido. Todo lo que contaste se conserva y se enviará; un supervisor resolverá cualquier diferencia.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Rack released</source>
            <translation>Estante liberado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rack taken</source>
            <translation>Estante tomado</translation>
        </message>
    </context>
    <context>
        <name>serial</name>
        <message>
            <location filename="../../station/scanner/serial.py" line="+105" />
            <source>Scanner on {port} connected.</source>
            <translation>Escáner conectado en {port}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The scanner on {port} cannot be opened ({why}); check the cable. Trying again…</source>
            <translation>No se puede abrir el escáner en {port} ({why}); revisa el cable. Reintentando…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The scanner on {port} was unplugged. Plug it back in; Station reconnects by itself.</source>
            <translation>Se desconectó el escáner de {port}. Vuelve a conectarlo; Station se reconecta sola.</translation>
        </message>
    </context>
    <context>
        <name>status_bar</name>
        <message>
            <location filename="../../station/ui/status_bar.py" line="+18" />
            <source>lease held</source>
            <translation>reserva activa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lease at risk</source>
            <translation>reserva en riesgo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lease ran out</source>
            <translation>reserva vencida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lease lost</source>
            <translation>reserva perdida</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n por enviar</numerusform>
                <numerusform>%n por enviar</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing else to send</source>
            <translation>nada más por enviar</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+14" />
            <source>all sent</source>
            <translation>todo enviado</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+26" />
            <source>online</source>
            <translation>conectado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>offline: counting goes on</source>
            <translation>sin conexión: el conteo sigue</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{rack}: paused</source>
            <translation>{rack}: en pausa</translation>
        </message>
        <message>
            <location line="+59" />
            <source>released by {user}</source>
            <translation>liberado por {user}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rack}: {lease} · {seconds} s</source>
            <translation>{rack}: {lease} · {seconds} s</translation>
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
                <numerusform>%n atascada</numerusform>
                <numerusform>%n atascadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n refused (F9)</source>
            <translation>
                <numerusform>%n rechazada (F9)</numerusform>
                <numerusform>%n rechazadas (F9)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>scanner ready</source>
            <translation>escáner listo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>scanner unplugged</source>
            <translation>escáner desconectado</translation>
        </message>
    </context>
    <context>
        <name>store_errors</name>
        <message>
            <location filename="../../station/store/errors.py" line="+39" />
            <source>The disk holding the station's data ({folder}) is full, so the last scan was not saved. Free some space; everything counted before is safe.</source>
            <translation>El disco con los datos de la estación ({folder}) está lleno, así que el último escaneo no se guardó. Libera espacio; todo lo contado antes está a salvo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The station's database is busy (another Station may be running on this computer). Close it and try again.</source>
            <translation>La base de datos de la estación está ocupada (puede que haya otro Station abierto en este equipo). Ciérralo e inténtalo de nuevo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The station cannot write to its data folder ({folder}). Ask IT to allow writing there.</source>
            <translation>La estación no puede escribir en su carpeta de datos ({folder}). Pide a TI que permita escribir ahí.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The station's database is damaged. Restart Station: it will keep the damaged file aside and start a fresh one.</source>
            <translation>La base de datos de la estación está dañada. Reinicia Station: guardará aparte el archivo dañado y empezará uno nuevo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The disk holding the station's data ({folder}) reported an error. Ask IT to check it.</source>
            <translation>El disco con los datos de la estación ({folder}) informó de un error. Pide a TI que lo revise.</translation>
        </message>
    </context>
    <context>
        <name>store_records</name>
        <message>
            <location filename="../../station/store/records.py" line="+189" />
            <source>{item}: a supervisor settled this line; it cannot be undone here. Scan the item to count more.</source>
            <translation>{item}: un supervisor resolvió esta línea; no se puede deshacer aquí. Escanea el artículo para contar más.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{item}: a supervisor settled this line; it cannot be changed here. Scan the item to count more.</source>
            <translation>{item}: un supervisor resolvió esta línea; no se puede cambiar aquí. Escanea el artículo para contar más.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{item}: the server refused this line and it waits for a supervisor (F9); it cannot be undone here. Scan the item to count more on a new line.</source>
            <translation>{item}: el servidor rechazó esta línea y espera a un supervisor (F9); no se puede deshacer aquí. Escanea el artículo para contar más en una línea nueva.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{item}: the server refused this line and it waits for a supervisor (F9); it cannot be changed here. Scan the item to count more on a new line.</source>
            <translation>{item}: el servidor rechazó esta línea y espera a un supervisor (F9); no se puede cambiar aquí. Escanea el artículo para contar más en una línea nueva.</translation>
        </message>
    </context>
    <context>
        <name>supervising</name>
        <message>
            <location filename="../../station/ui/supervising.py" line="+32" />
            <source>Only the counter who claimed a rack can release it on this server: ask {user} to finish rack {rack} (F10) at their station.</source>
            <translation>En este servidor solo quien tomó un estante puede liberarlo: pide a {user} que termine el estante {rack} (F10) en su estación.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Counts disagree</source>
            <translation>Los conteos no coinciden</translation>
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
            <translation>No hay conexión con el servidor y hace falta para liberar. Inténtalo de nuevo cuando vuelva.</translation>
        </message>
        <message>
            <location line="+75" />
            <source>{sentence} (for {user}: {note})</source>
            <translation>{sentence} (para {user}: {note})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Release rack {rack}, counted by {user}. Why? (required; it goes into the rack's history)</source>
            <translation>Liberar el estante {rack}, contado por {user}. ¿Por qué? (obligatorio; queda en el historial del estante)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Release {rack}</source>
            <translation>Liberar {rack}</translation>
        </message>
    </context>
    <context>
        <name>supervision</name>
        <message>
            <location filename="../../station/session/supervision.py" line="+19" />
            <source>This server (StockVerify as it ships) lists no sessions: its list is always empty. The racks screen shows who holds each rack.</source>
            <translation>Este servidor (StockVerify de fábrica) no lista sesiones: su lista siempre está vacía. La pantalla de estantes muestra quién tiene cada estante.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Rack {rack} released.</source>
            <translation>Estante {rack} liberado.</translation>
        </message>
    </context>
    <context>
        <name>supervisor_prompt</name>
        <message>
            <location filename="../../station/ui/supervisor_prompt.py" line="+45" />
            <source>Why (required)</source>
            <translation>Por qué (obligatorio)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Tab moves · Enter confirms · Esc cancels</source>
            <translation>Tab mueve · Enter confirma · Esc cancela</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Fill in every field: the note says why.</source>
            <translation>Completa todos los campos: la nota dice por qué.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fill in every field: user and PIN.</source>
            <translation>Completa todos los campos: usuario y PIN.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+20" />
            <source>Release anyway</source>
            <translation>Liberar de todos modos</translation>
        </message>
        <message>
            <location line="-18" />
            <source>{reason}

A supervisor may release the rack anyway. Their PIN and a note are required; the release is recorded in the rack's history.</source>
            <translation>{reason}

Un supervisor puede liberar el estante de todos modos. Hacen falta su PIN y una nota; la liberación queda registrada en el historial del estante.</translation>
        </message>
    </context>
    <context>
        <name>supervisor_view</name>
        <message>
            <location filename="../../station/ui/supervisor_view.py" line="+32" />
            <location line="+11" />
            <source>Rack</source>
            <translation>Estante</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Floor</source>
            <translation>Piso</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Counter</source>
            <translation>Contador</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+10" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Lines</source>
            <translation>Líneas</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+11" />
            <source>Pieces</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Pieces/min</source>
            <translation>Unid./min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heartbeat</source>
            <translation>Última señal</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ended</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location line="+9" />
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <location line="-2" />
            <source>available</source>
            <translation>disponible</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+9" />
            <source>Station</source>
            <translation>Estación</translation>
        </message>
        <message>
            <location line="+6" />
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>completed</source>
            <translation>completado</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>released</source>
            <translation>liberado</translation>
        </message>
        <message>
            <location line="-4" />
            <source>superseded</source>
            <translation>reemplazado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>moved a serial</source>
            <translation>movió un n.º de serie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved: kept the server's count</source>
            <translation>resuelto: se mantuvo el conteo del servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved: took the station's count</source>
            <translation>resuelto: se tomó el conteo de la estación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved: recounted</source>
            <translation>resuelto: reconteo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved: set aside</source>
            <translation>resuelto: apartado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{seconds} s ago</source>
            <translation>hace {seconds} s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{minutes} min ago</source>
            <translation>hace {minutes} min</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Supervisor — who is counting</source>
            <translation>Supervisor — quién está contando</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rack history: select a session and press H</source>
            <translation>Historial del estante: elige una sesión y pulsa H</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Recent sessions</source>
            <translation>Sesiones recientes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>↑ ↓ pick a session · Tab active / recent · R releases its rack (a note is asked) · H its rack's history · Enter its rack in the overview · O the overview · F5 refreshes · F9 conflicts · Esc back</source>
            <translation>↑ ↓ elegir sesión · Tab activas / recientes · R libera su estante (pide una nota) · H historial del estante · Enter su estante en la vista general · O la vista general · F5 actualiza · F9 conflictos · Esc volver</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Nobody is counting right now.</source>
            <translation>Nadie está contando ahora.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Rack {rack} history</source>
            <translation>Historial del estante {rack}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No supervisor has acted on this rack.</source>
            <translation>Ningún supervisor ha intervenido en este estante.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Pick a session first (↑ ↓, Tab for the recent ones).</source>
            <translation>Primero elige una sesión (↑ ↓, Tab para las recientes).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Pick an active session first (↑ ↓).</source>
            <translation>Primero elige una sesión activa (↑ ↓).</translation>
        </message>
    </context>
    <context>
        <name>text_size</name>
        <message>
            <location filename="../../station/ui/text_size.py" line="+60" />
            <source>Text size {percent} % (Ctrl+= larger · Ctrl+- smaller · Ctrl+0 default)</source>
            <translation>Tamaño del texto {percent} % (Ctrl+= más grande · Ctrl+- más pequeño · Ctrl+0 predeterminado)</translation>
        </message>
    </context>
    <context>
        <name>unsupported</name>
        <message>
            <location filename="../../station/api/unsupported.py" line="+13" />
            <source>{server} does not take supervisors' decisions (its conflicts API answers 401 to every token). The decision is kept at this station; settle the line in StockVerify's own screens, or ask IT.</source>
            <translation>{server} no recibe decisiones de supervisores (su API de conflictos responde 401 a cualquier token). La decisión se guarda en esta estación; resuelve la línea en las pantallas de StockVerify o consulta a TI.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{server} lets only the counter who claimed a rack release it. Ask them to release it at their station; if they cannot, free it in StockVerify's own screens, or ask IT.</source>
            <translation>{server} solo deja liberar un estante a quien lo tomó para contar. Pídele que lo libere en su estación; si no puede, libéralo en las pantallas de StockVerify o consulta a TI.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{server} has no oversight of the count (progress, variance, recounts). Follow the count in StockVerify's own screens, or ask IT to run Station's reference server.</source>
            <translation>{server} no supervisa el conteo (avance, diferencias, reconteos). Sigue el conteo en las pantallas de StockVerify, o pide a TI que ponga en marcha el servidor de referencia de Station.</translation>
        </message>
    </context>
    <context>
        <name>values</name>
        <message>
            <location filename="../../station/session/values.py" line="+206" />
            <source>No supervisor can release this rack anyway on this server (StockVerify lets only the counter who claimed it release it). Settle the refused lines in StockVerify, then press F10 again.</source>
            <translation>En este servidor ningún supervisor puede liberar este estante (StockVerify solo deja liberarlo a quien lo tomó para contar). Resuelve las líneas rechazadas en StockVerify y vuelve a pulsar F10.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No supervisor can release this rack anyway on this server (StockVerify lets only the counter who claimed it release it). Settle the difference in StockVerify, then press F10 again.</source>
            <translation>En este servidor ningún supervisor puede liberar este estante (StockVerify solo deja liberarlo a quien lo tomó para contar). Resuelve la diferencia en StockVerify y vuelve a pulsar F10.</translation>
        </message>
    </context>
    <context>
        <name>words</name>
        <message>
            <location filename="../../station/session/words.py" line="+10" />
            <source>No rack is being counted.</source>
            <translation>No se está contando ningún estante.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No rack is being counted. Claim a rack first.</source>
            <translation>No se está contando ningún estante. Primero toma un estante.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nobody is logged in here.</source>
            <translation>No hay nadie con sesión iniciada aquí.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wrong user name or password.</source>
            <translation>Usuario o contraseña incorrectos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong user name or PIN.</source>
            <translation>Usuario o PIN incorrectos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rack {rack} paused. Press F8 to resume it.</source>
            <translation>Estante {rack} en pausa. Pulsa F8 para reanudarlo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rack {rack} resumed. Scan away.</source>
            <translation>Estante {rack} reanudado. Ya puedes escanear.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n line(s)</source>
            <comment>in: Rack R1 is finished: 5 pieces in 2 lines.</comment>
            <translation>
                <numerusform>%n línea</numerusform>
                <numerusform>%n líneas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Rack {rack} is finished: %n piece(s) in {lines}.</source>
            <translation>
                <numerusform>Estante {rack} terminado: %n unidad en {lines}.</numerusform>
                <numerusform>Estante {rack} terminado: %n unidades en {lines}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Write a note: why the rack is released with the counts disagreeing.</source>
            <translation>Escribe una nota: por qué se libera el estante con los conteos en desacuerdo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rack {rack} was released by {supervisor}: {note}</source>
            <translation>{supervisor} liberó el estante {rack}: {note}</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../../station/sync/worker.py" line="+28" />
            <source>Sending has stopped after an error (see the log). Every counted line is kept; restart Station to send them.</source>
            <translation>El envío se detuvo tras un error (ver el registro). Todas las líneas contadas se conservan; reinicia Station para enviarlas.</translation>
        </message>
        <message>
            <location line="+195" />
            <source>Sending paused: the disk holding the station's data is full. Free some space; every line is kept.</source>
            <translation>Envío en pausa: el disco con los datos de la estación está lleno. Libera espacio; todas las líneas se conservan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sending paused: {why}</source>
            <translation>Envío en pausa: {why}</translation>
        </message>
    </context>
</TS>
