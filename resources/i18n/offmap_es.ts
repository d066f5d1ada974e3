<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Your own record (never changed by updates or imports)</source>
        <translation>Su propio registro (las actualizaciones e importaciones nunca lo cambian)</translation>
    </message>
    <message>
        <source>Imported from the California data broker registry</source>
        <translation>Importado del registro de corredores de datos de California</translation>
    </message>
    <message>
        <source>OffMap&apos;s directory</source>
        <translation>Directorio de OffMap</translation>
    </message>
    <message>
        <source>Now part of</source>
        <translation>Ahora forma parte de</translation>
    </message>
    <message>
        <source>Send requests there.</source>
        <translation>Envíe las solicitudes allí.</translation>
    </message>
    <message>
        <source>Host network</source>
        <translation>Red anfitriona</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>the directory update of {date} no longer lists this company; it is kept because your requests use it.</source>
        <translation>la actualización del directorio del {date} ya no incluye esta empresa; se conserva porque sus solicitudes la usan.</translation>
    </message>
    <message>
        <source>California DROP</source>
        <translation>DROP de California</translation>
    </message>
    <message>
        <source>a registered data broker: one DROP request by a California resident reaches it (privacy.ca.gov). Carriers and apps still need their own requests.</source>
        <translation>un corredor de datos registrado: una sola solicitud DROP de un residente de California le llega (privacy.ca.gov). Los operadores y las aplicaciones siguen necesitando sus propias solicitudes.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fuente:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>No contact is known. See the notes for where to look.</source>
        <translation>No se conoce ningún contacto. Consulte las notas para saber dónde buscar.</translation>
    </message>
    <message>
        <source>Identification it asks for</source>
        <translation>Identificación que pide</translation>
    </message>
    <message>
        <source>read on {date}</source>
        <translation>consultada el {date}</translation>
    </message>
    <message>
        <source>Identification it needs</source>
        <translation>Identificación que necesita</translation>
    </message>
    <message>
        <source>Never send it</source>
        <translation>No enviar nunca</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>What it is known to hold</source>
        <translation>Lo que se sabe que tiene</translation>
    </message>
    <message>
        <source>Shared location data with</source>
        <translation>Compartió datos de ubicación con</translation>
    </message>
    <message>
        <source>Requests reported to California</source>
        <translation>Solicitudes reportadas a California</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>No public source recorded yet.</source>
        <translation>Aún no hay ninguna fuente pública registrada.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Reply not filed</source>
        <translation>Respuesta no asignada</translation>
    </message>
    <message>
        <source>Reply filed</source>
        <translation>Respuesta asignada</translation>
    </message>
    <message>
        <source>No follow-up drafted</source>
        <translation>No se redactó ningún seguimiento</translation>
    </message>
    <message>
        <source>Follow-up drafted</source>
        <translation>Seguimiento redactado</translation>
    </message>
    <message>
        <source>Drafted {kind} {reference} with the company&apos;s answer quoted. It is with the client&apos;s requests as a draft: review the letter, then send it.</source>
        <translation>Borrador de {kind} {reference} redactado con la respuesta de la empresa citada. Está entre las solicitudes del cliente como borrador: revise la carta y luego envíela.</translation>
    </message>
    <message>
        <source>Importing replies…</source>
        <translation>Importando respuestas…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Client id of the app you registered with {provider} (see the README):</source>
        <translation>Id de cliente de la aplicación que registró con {provider} (vea el README):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Termine de iniciar sesión en su navegador…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in with {provider}. The refresh token is in the system keyring.</source>
        <translation>Sesión iniciada con {provider}. El token de actualización está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>No se inició sesión</translation>
    </message>
    <message>
        <source>Import replies</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <source>Replies not imported</source>
        <translation>No se importaron las respuestas</translation>
    </message>
    <message>
        <source>There is no secure keyring on this computer, so OffMap encrypts its data with a passphrase you choose. It is never stored: you type it each time OffMap starts.</source>
        <translation>Esta computadora no tiene un llavero seguro, así que OffMap cifra sus datos con una frase de contraseña que usted elige. Nunca se guarda: la escribe cada vez que inicia OffMap.</translation>
    </message>
    <message>
        <source>Passphrase for OffMap&apos;s encrypted data:</source>
        <translation>Frase de contraseña de los datos cifrados de OffMap:</translation>
    </message>
    <message>
        <source>Choose a passphrase (at least 10 characters):</source>
        <translation>Elija una frase de contraseña (al menos 10 caracteres):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>La misma frase de contraseña otra vez:</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit mail account</source>
        <translation>Editar cuenta de correo</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>Agregar una cuenta de correo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Other server (enter the details)</source>
        <translation>Otro servidor (ingrese los datos)</translation>
    </message>
    <message>
        <source>About this provider&apos;s password</source>
        <translation>Sobre la contraseña de este proveedor</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>e.g. Clinic or the client&apos;s name</source>
        <translation>p. ej., Clínica o el nombre del cliente</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>normalmente su dirección de correo electrónico</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>the same as the user name if empty</source>
        <translation>igual que el nombre de usuario si se deja vacía</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>leave empty to keep the stored password</source>
        <translation>déjela vacía para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>Use this account &amp;by default</source>
        <translation>Usar esta cuenta &amp;por defecto</translation>
    </message>
    <message>
        <source>IMAP server for replies</source>
        <translation>Servidor IMAP para las respuestas</translation>
    </message>
    <message>
        <source>e.g. imap.example.org; empty: no fetching</source>
        <translation>p. ej., imap.example.org; vacío: no se descarga nada</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Puerto IMAP</translation>
    </message>
    <message>
        <source>Folders to read replies from</source>
        <translation>Carpetas de las que se leen las respuestas</translation>
    </message>
    <message>
        <source>Folder names separated by commas; they are only read, never changed</source>
        <translation>Nombres de carpetas separados por comas; solo se leen, nunca se cambian</translation>
    </message>
    <message>
        <source>The password is stored in the system keyring, never in OffMap&apos;s files.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en los archivos de OffMap.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <source>Log in to the server without sending anything</source>
        <translation>Iniciar sesión en el servidor sin enviar nada</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>P&amp;roveedor:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pu&amp;erto:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Re&amp;mitente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;IMAP server (replies):</source>
        <translation>Servidor &amp;IMAP (respuestas):</translation>
    </message>
    <message>
        <source>IM&amp;AP port:</source>
        <translation>Puert&amp;o IMAP:</translation>
    </message>
    <message>
        <source>Fo&amp;lders:</source>
        <translation>C&amp;arpetas:</translation>
    </message>
    <message>
        <source>Password kept for this session only</source>
        <translation>Contraseña guardada solo para esta sesión</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Escriba la contraseña para probar la conexión.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>None (local)</source>
        <translation>Ninguna (local)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>AdIdToolkitPage</name>
    <message>
        <source>Advertising ID toolkit</source>
        <translation>Herramientas del ID de publicidad</translation>
    </message>
    <message>
        <source>Some brokers find a person only by their phone&apos;s advertising ID (Android AAID or iPhone IDFA). Find it, store it on the client so their letters carry it, and delete it once the requests are answered.</source>
        <translation>Algunos corredores de datos solo encuentran a una persona por el ID de publicidad de su teléfono (AAID de Android o IDFA de iPhone). Búsquelo, guárdelo en el cliente para que sus cartas lo incluyan y elimínelo cuando las solicitudes estén respondidas.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>38400000-8cf0-11bd-b23e-10b96e40000d</source>
        <translation>38400000-8cf0-11bd-b23e-10b96e40000d</translation>
    </message>
    <message>
        <source>Advertising ID to store</source>
        <translation>ID de publicidad que se guardará</translation>
    </message>
    <message>
        <source>&amp;Store on client</source>
        <translation>&amp;Guardar en el cliente</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Advertising &amp;ID</source>
        <translation>&amp;ID de publicidad</translation>
    </message>
    <message>
        <source>How to find and delete the advertising ID</source>
        <translation>Cómo encontrar y eliminar el ID de publicidad</translation>
    </message>
    <message>
        <source>California DROP</source>
        <translation>DROP de California</translation>
    </message>
    <message>
        <source>Brokers in the directory that act only on the advertising ID:</source>
        <translation>Corredores del directorio que solo actúan con el ID de publicidad:</translation>
    </message>
    <message>
        <source>No company in the directory says it acts only on the advertising ID.</source>
        <translation>Ninguna empresa del directorio dice que solo actúa con el ID de publicidad.</translation>
    </message>
    <message>
        <source>DROP, California&apos;s single deletion request to registered data brokers, is for California residents; choose a client whose state is CA to see how it works.</source>
        <translation>DROP, la solicitud única de eliminación de California ante los corredores de datos registrados, es para residentes de California; elija un cliente cuyo estado sea CA para ver cómo funciona.</translation>
    </message>
    <message>
        <source>Stored advertising IDs: {ids}</source>
        <translation>ID de publicidad guardados: {ids}</translation>
    </message>
    <message>
        <source>Add a client first.</source>
        <translation>Primero agregue un cliente.</translation>
    </message>
</context>
<context>
    <name>AllChangesDialog</name>
    <message>
        <source>Changes to {name}&apos;s case</source>
        <translation>Cambios en el caso de {name}</translation>
    </message>
    <message>
        <source>All changes to this case</source>
        <translation>Todos los cambios en este caso</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n cambio, el más reciente primero.</numerusform>
            <numerusform>%n cambios, los más recientes primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>&lt;b&gt;Changes to this case&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cambios en este caso&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show all chan&amp;ges…</source>
        <translation>Ver todos los cambi&amp;os…</translation>
    </message>
    <message>
        <source>Every recorded change to this case, in a window</source>
        <translation>Todos los cambios registrados en este caso, en una ventana</translation>
    </message>
    <message>
        <source>Changes to this case</source>
        <translation>Cambios en este caso</translation>
    </message>
    <message>
        <source>Choose a client to see who changed their case.</source>
        <translation>Elija un cliente para ver quién cambió su caso.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Todavía no hay cambios registrados.</translation>
    </message>
    <message>
        <source>The newest {count} changes.</source>
        <translation>Los {count} cambios más recientes.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>OffMap makes a backup of the store every day it is opened and keeps the last seven here. &quot;Back up now&quot; writes a copy, with the attached files, wherever you choose: keep one on another disk. A restore checks the file first and keeps a copy of the current data.</source>
        <translation>OffMap hace una copia de seguridad del almacén cada día que se abre y conserva aquí las últimas siete. «Hacer copia ahora» escribe una copia, con los archivos adjuntos, donde usted elija: guarde una en otro disco. Una restauración primero revisa el archivo y conserva una copia de los datos actuales.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <source>Restore from a fi&amp;le…</source>
        <translation>Restaurar desde &amp;un archivo…</translation>
    </message>
    <message>
        <source>Restore the selected back&amp;up…</source>
        <translation>Restaurar la copia &amp;seleccionada…</translation>
    </message>
    <message>
        <source>Store &amp;key…</source>
        <translation>Cla&amp;ve del almacén…</translation>
    </message>
    <message>
        <source>Show the key OffMap&apos;s data is encrypted with, to print and keep on paper</source>
        <translation>Mostrar la clave con la que se cifran los datos de OffMap, para imprimirla y guardarla en papel</translation>
    </message>
    <message>
        <source>Backups kept in the data folder</source>
        <translation>Copias de seguridad guardadas en la carpeta de datos</translation>
    </message>
    <message>
        <source>No backup here yet. OffMap makes one each day it is opened; Back up now… writes one wherever you choose.</source>
        <translation>Todavía no hay ninguna copia de seguridad aquí. OffMap hace una cada día que se abre; Hacer copia ahora… guarda una donde usted elija.</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de la copia de seguridad</translation>
    </message>
    <message>
        <source>Back up OffMap</source>
        <translation>Hacer copia de seguridad de OffMap</translation>
    </message>
    <message>
        <source>OffMap backups (*.sqlite3);;All files (*)</source>
        <translation>Copias de seguridad de OffMap (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup written to {path}: {clients} clients, {requests} requests, {files} attached files.</source>
        <translation>Copia de seguridad escrita en {path}: {clients} clientes, {requests} solicitudes, {files} archivos adjuntos.</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore OffMap from a backup</source>
        <translation>Restaurar OffMap desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Restored {clients} clients and {requests} requests.</source>
        <translation>Se restauraron {clients} clientes y {requests} solicitudes.</translation>
    </message>
    <message>
        <source>The data it replaced was kept as {path}.</source>
        <translation>Los datos reemplazados se guardaron como {path}.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace everything OffMap holds now with the backup {name}?</source>
        <translation>¿Reemplazar todo lo que OffMap tiene ahora con la copia de seguridad {name}?</translation>
    </message>
    <message>
        <source>Clients, requests and replies recorded since that backup will no longer show. The file is checked first, and a copy of the current data is kept in the backups folder so you can go back.</source>
        <translation>Los clientes, solicitudes y respuestas registrados después de esa copia ya no aparecerán. Primero se revisa el archivo, y se guarda una copia de los datos actuales en la carpeta de copias de seguridad para que pueda volver atrás.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>Diaria (automática)</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>BrokerModel</name>
    <message>
        <source>no address: web form or post</source>
        <translation>sin dirección: formulario web o correo postal</translation>
    </message>
</context>
<context>
    <name>BulkOptOutDialog</name>
    <message>
        <source>Opt-outs to location data brokers</source>
        <translation>Exclusiones ante corredores de datos de ubicación</translation>
    </message>
    <message>
        <source>Creates an opt-out request (sale and sharing of personal information) from each chosen client to every broker that told the California data broker registry it collects precise geolocation. Import the registry in the Directory first. Check where the letters go: a registry address can belong to an agency or vendor. Requests a client already has are not made twice.</source>
        <translation>Crea una solicitud de exclusión (venta y uso compartido de información personal) de cada cliente elegido a cada corredor que declaró en el registro de corredores de datos de California que recopila geolocalización precisa. Primero importe el registro en el Directorio. Revise adónde van las cartas: una dirección del registro puede pertenecer a una agencia o a un proveedor. Las solicitudes que un cliente ya tiene no se repiten.</translation>
    </message>
    <message>
        <source>Filter clients</source>
        <translation>Filtrar clientes</translation>
    </message>
    <message>
        <source>Clients to include</source>
        <translation>Clientes que se incluirán</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>Seleccionar &amp;todos los mostrados</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Seleccionar &amp;ninguno</translation>
    </message>
    <message>
        <source>Brokers that will be written to</source>
        <translation>Corredores a los que se escribirá</translation>
    </message>
    <message>
        <source>Also &amp;send them now by e-mail (the mail account in Settings)</source>
        <translation>Enviarlas también &amp;ahora por correo electrónico (la cuenta de correo de Configuración)</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Lo que se hará</translation>
    </message>
    <message>
        <source>&amp;Create requests</source>
        <translation>&amp;Crear solicitudes</translation>
    </message>
    <message>
        <source>No broker in the directory flags precise geolocation yet: import the California data broker registry (Directory page) first.</source>
        <translation>Ningún corredor del directorio indica todavía geolocalización precisa: primero importe el registro de corredores de datos de California (página Directorio).</translation>
    </message>
    <message>
        <source>Tick the clients to include.</source>
        <translation>Marque los clientes que desea incluir.</translation>
    </message>
    <message>
        <source>{clients} clients × {brokers} brokers: {new} new requests, {old} already made.</source>
        <translation>{clients} clientes × {brokers} corredores: {new} solicitudes nuevas, {old} ya hechas.</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>No se puede enviar</translation>
    </message>
    <message>
        <source>Addresses from the registry</source>
        <translation>Direcciones del registro</translation>
    </message>
    <message>
        <source>The brokers&apos; e-mail addresses come from the registry file you imported, not from a verified source, and some belong to an agency or vendor. Send to the addresses listed anyway?</source>
        <translation>Las direcciones de correo electrónico de los corredores vienen del archivo del registro que usted importó, no de una fuente verificada, y algunas pertenecen a una agencia o a un proveedor. ¿Enviar de todos modos a las direcciones indicadas?</translation>
    </message>
    <message>
        <source>Creating requests…</source>
        <translation>Creando solicitudes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Bulk opt-outs stopped</source>
        <translation>Se detuvieron las exclusiones en bloque</translation>
    </message>
    <message>
        <source>{created} opt-out requests created, {sent} sent, {skipped} skipped.</source>
        <translation>{created} solicitudes de exclusión creadas, {sent} enviadas, {skipped} omitidas.</translation>
    </message>
    <message>
        <source>Cancelled: what was done before is kept.</source>
        <translation>Cancelado: se conserva lo que ya se hizo.</translation>
    </message>
    <message>
        <source>The new requests are drafts on the Requests page.</source>
        <translation>Las solicitudes nuevas son borradores en la página Solicitudes.</translation>
    </message>
    <message>
        <source>client {id} / {company}: {reason}</source>
        <translation>cliente {id} / {company}: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Import a case file</source>
        <translation>Importar un expediente</translation>
    </message>
    <message>
        <source>Case files (*.zip)</source>
        <translation>Expedientes (*.zip)</translation>
    </message>
    <message>
        <source>Encrypted case file</source>
        <translation>Expediente cifrado</translation>
    </message>
    <message>
        <source>Passphrase for {name}:</source>
        <translation>Frase de contraseña de {name}:</translation>
    </message>
    <message>
        <source>Case file not imported</source>
        <translation>No se importó el expediente</translation>
    </message>
    <message>
        <source>&amp;Import a case file…</source>
        <translation>&amp;Importar un expediente…</translation>
    </message>
    <message>
        <source>Add a client from another OffMap&apos;s case file</source>
        <translation>Agregar un cliente desde el expediente de otro OffMap</translation>
    </message>
    <message>
        <source>&amp;Opt-outs to location data brokers…</source>
        <translation>&amp;Exclusiones ante corredores de datos de ubicación…</translation>
    </message>
    <message>
        <source>Opt-outs from many clients to every broker that collects precise geolocation</source>
        <translation>Exclusiones de muchos clientes ante cada corredor que recopila geolocalización precisa</translation>
    </message>
    <message>
        <source>C&amp;linic</source>
        <translation>C&amp;línica</translation>
    </message>
    <message>
        <source>Clinic actions</source>
        <translation>Acciones de la clínica</translation>
    </message>
    <message>
        <source>Import a case file, bulk opt-outs</source>
        <translation>Importar un expediente, exclusiones en bloque</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Notas del caso</translation>
    </message>
    <message>
        <source>Notes on this case: calls, what the client asked, next steps. Kept on this computer.</source>
        <translation>Notas sobre este caso: llamadas, lo que pidió el cliente, próximos pasos. Se guardan en esta computadora.</translation>
    </message>
    <message>
        <source>E&amp;xport case file…</source>
        <translation>E&amp;xportar expediente…</translation>
    </message>
    <message>
        <source>A zip with a summary PDF, every letter and attached file, and the records for another OffMap to import</source>
        <translation>Un zip con un resumen en PDF, cada carta y archivo adjunto, y los registros para que otro OffMap los importe</translation>
    </message>
    <message>
        <source>A PDF for the client: who holds their data, the requests and the answers, in English or Spanish (letters to companies stay in English)</source>
        <translation>Un PDF para el cliente: quién tiene sus datos, las solicitudes y las respuestas, en inglés o en español (las cartas a las empresas siguen en inglés)</translation>
    </message>
    <message>
        <source>Authori&amp;zation form…</source>
        <translation>Formulario de autori&amp;zación…</translation>
    </message>
    <message>
        <source>The form the client signs so the clinic may act as their authorized agent</source>
        <translation>El formulario que firma el cliente para que la clínica actúe como su agente autorizado</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notas guardadas.</translation>
    </message>
    <message>
        <source>Export the case file</source>
        <translation>Exportar el expediente</translation>
    </message>
    <message>
        <source>Case files (*.zip)</source>
        <translation>Expedientes (*.zip)</translation>
    </message>
    <message>
        <source>Writing the case file…</source>
        <translation>Escribiendo el expediente…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Case file written to {path} ({letters} letters, {files} attached files{encrypted}).</source>
        <translation>Expediente escrito en {path} ({letters} cartas, {files} archivos adjuntos{encrypted}).</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, cifrado</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Summary for the client</source>
        <translation>Resumen para el cliente</translation>
    </message>
    <message>
        <source>The summary&apos;s language (letters to companies stay in English):</source>
        <translation>Idioma del resumen (las cartas a las empresas siguen en inglés):</translation>
    </message>
    <message>
        <source>Save the summary for the client</source>
        <translation>Guardar el resumen para el cliente</translation>
    </message>
    <message>
        <source>Summary for the client saved to {path}.</source>
        <translation>Resumen para el cliente guardado en {path}.</translation>
    </message>
    <message>
        <source>No authorization form</source>
        <translation>No hay formulario de autorización</translation>
    </message>
    <message>
        <source>Save the authorization form</source>
        <translation>Guardar el formulario de autorización</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sa&amp;ve notes</source>
        <translation>Guardar n&amp;otas</translation>
    </message>
    <message>
        <source>S&amp;ummary for the client…</source>
        <translation>Resumen &amp;para el cliente…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <source>Authorization form saved to {path}: print it, have the client sign it, and keep the signed copy.</source>
        <translation>Formulario de autorización guardado en {path}: imprímalo, pida al cliente que lo firme y conserve la copia firmada.</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Send by web form or post</source>
        <translation>Enviar por formulario web o por correo postal</translation>
    </message>
    <message>
        <source>through its web form</source>
        <translation>por su formulario web</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>por correo postal</translation>
    </message>
    <message>
        <source>{name} has no e-mail address for privacy requests: it takes them {ways}. Your letter is ready.</source>
        <translation>{name} no tiene dirección de correo electrónico para solicitudes de privacidad: las recibe {ways}. Su carta está lista.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>another way</source>
        <translation>de otra forma</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Dirección postal:</translation>
    </message>
    <message>
        <source>Open the &amp;web form</source>
        <translation>Abrir el formulario &amp;web</translation>
    </message>
    <message>
        <source>Opens the form in your browser and copies the letter so you can paste it</source>
        <translation>Abre el formulario en su navegador y copia la carta para que pueda pegarla</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;ost with window envelope…</source>
        <translation>C&amp;orreo postal con sobre de ventanilla…</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Marcar como enviada…</translation>
    </message>
    <message>
        <source>Its e-mail address {email} failed before ({reason}); it is not used.</source>
        <translation>Su dirección de correo electrónico {email} ya falló antes ({reason}); no se usa.</translation>
    </message>
    <message>
        <source>Web form &amp;steps…</source>
        <translation>Pa&amp;sos del formulario web…</translation>
    </message>
    <message>
        <source>P&amp;hone script…</source>
        <translation>&amp;Guion para la llamada…</translation>
    </message>
    <message>
        <source>The web form is opening in your browser and the letter is on the clipboard: paste it into the form. When you have submitted it, choose Mark as sent.</source>
        <translation>El formulario web se está abriendo en su navegador y la carta está en el portapapeles: péguela en el formulario. Cuando lo haya enviado, elija Marcar como enviada.</translation>
    </message>
    <message>
        <source>Sent to the printer. After posting it, choose Mark as sent.</source>
        <translation>Enviada a la impresora. Después de enviarla por correo, elija Marcar como enviada.</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Guardar la carta</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Se guardó {path}.</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulario web</translation>
    </message>
    <message>
        <source>post</source>
        <translation>correo postal</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Record that you sent this request today by {way}? The deadline is counted from today (post: from the delivery date, else five days after).</source>
        <translation>¿Registrar que envió esta solicitud hoy por {way}? El plazo se cuenta desde hoy (correo postal: desde la fecha de entrega o, si no, cinco días después).</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Channels for {ref}</source>
        <translation>Canales para {ref}</translation>
    </message>
    <message>
        <source>Use next: {value}</source>
        <translation>Siguiente a usar: {value}</translation>
    </message>
    <message>
        <source>&amp;Web form…</source>
        <translation>Formulario &amp;web…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>Correo &amp;postal…</translation>
    </message>
    <message>
        <source>P&amp;hone…</source>
        <translation>&amp;Teléfono…</translation>
    </message>
    <message>
        <source>&amp;Clear suspect marks</source>
        <translation>&amp;Quitar las marcas de dudoso</translation>
    </message>
    <message>
        <source>The channels marked suspect work again</source>
        <translation>Los canales marcados como dudosos vuelven a funcionar</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Ar&amp;chivar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>El&amp;iminar…</translation>
    </message>
    <message>
        <source>New &amp;request…</source>
        <translation>Nueva &amp;solicitud…</translation>
    </message>
    <message>
        <source>Draft letters to the companies that hold this client&apos;s data</source>
        <translation>Redactar cartas a las empresas que tienen los datos de este cliente</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <source>Choose a client to see their details.</source>
        <translation>Elija un cliente para ver sus datos.</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Ad ID</source>
        <translation>ID de publicidad</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>Números de cuenta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Consent to store</source>
        <translation>Consentimiento para guardar</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Full name as the companies know it</source>
        <translation>Nombre completo como lo conocen las empresas</translation>
    </message>
    <message>
        <source>ana@example.org, other@example.org</source>
        <translation>ana@example.org, otra@example.org</translation>
    </message>
    <message>
        <source>+1 415 555 0100</source>
        <translation>+1 415 555 0100</translation>
    </message>
    <message>
        <source>38400000-8cf0-11bd-b23e-10b96e40000d</source>
        <translation>38400000-8cf0-11bd-b23e-10b96e40000d</translation>
    </message>
    <message>
        <source>The phone&apos;s advertising ID (Android AAID or iPhone IDFA): 32 letters and digits in groups of 8-4-4-4-12. The Ad IDs page shows where to find it.</source>
        <translation>El ID de publicidad del teléfono (AAID de Android o IDFA de iPhone): 32 letras y dígitos en grupos de 8-4-4-4-12. La página ID de publicidad muestra dónde encontrarlo.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>att = 1234567890</source>
        <translation>att = 1234567890</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>The client agreed that OffMap stores these details</source>
        <translation>El cliente aceptó que OffMap guarde estos datos</translation>
    </message>
    <message>
        <source>Consent to store the client&apos;s details</source>
        <translation>Consentimiento para guardar los datos del cliente</translation>
    </message>
    <message>
        <source>Ask before recording: their details, the companies that hold their data, the letters and the replies are kept on this computer only, and are deleted when they ask (delete the client).</source>
        <translation>Pregunte antes de registrar: sus datos, las empresas que tienen sus datos, las cartas y las respuestas se guardan solo en esta computadora y se eliminan cuando lo pida (eliminar el cliente).</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Client&apos;s full name</source>
        <translation>Nombre completo del cliente</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>E-mail addresses, separated by commas</source>
        <translation>Direcciones de correo electrónico, separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Phone numbers, separated by commas</source>
        <translation>Números de teléfono, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Ad ID</source>
        <translation>&amp;ID de publicidad</translation>
    </message>
    <message>
        <source>Mobile advertising IDs, separated by commas</source>
        <translation>ID de publicidad del celular, separados por comas</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de naci&amp;miento</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD</source>
        <translation>Fecha de nacimiento, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Acco&amp;unt numbers</source>
        <translation>Números de c&amp;uenta</translation>
    </message>
    <message>
        <source>Account numbers, one &apos;company = number&apos; per line</source>
        <translation>Números de cuenta, uno por línea: &apos;empresa = número&apos;</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Di&amp;rección</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Two-letter state or province code</source>
        <translation>Código de estado o provincia de dos letras</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Two-letter country code</source>
        <translation>Código de país de dos letras</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Private notes about this client</source>
        <translation>Notas privadas sobre este cliente</translation>
    </message>
    <message>
        <source>Ask the client whether OffMap may store their details, then tick the consent box. Without their consent, do not record them.</source>
        <translation>Pregunte al cliente si OffMap puede guardar sus datos y luego marque la casilla de consentimiento. Sin su consentimiento, no los registre.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search clients by name, phone or e-mail  (Ctrl+F)</source>
        <translation>Buscar clientes por nombre, teléfono o correo electrónico  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>Agregar un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Mostrar a&amp;rchivados</translation>
    </message>
    <message>
        <source>Also list the clients whose cases are archived</source>
        <translation>Mostrar también los clientes cuyos casos están archivados</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Todavía no hay clientes</translation>
    </message>
    <message>
        <source>Start with yourself or your first client: add their name, phone numbers and state. OffMap then helps you find who holds their location data and write to each company. Everything stays on this computer.</source>
        <translation>Empiece por usted mismo o por su primer cliente: agregue su nombre, sus números de teléfono y su estado. Luego OffMap le ayuda a encontrar quién tiene sus datos de ubicación y a escribir a cada empresa. Todo se queda en esta computadora.</translation>
    </message>
    <message>
        <source>Add the first client</source>
        <translation>Agregar el primer cliente</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Delete {name} and everything recorded for them?</source>
        <translation>¿Eliminar a {name} y todo lo registrado para esta persona?</translation>
    </message>
    <message>
        <source>Their holdings, requests, events and the log of replies are deleted from this computer. This cannot be undone; make a backup or a case export first if you may need them. Archiving keeps everything and hides the client instead.</source>
        <translation>Sus empresas, solicitudes, eventos y el registro de respuestas se eliminan de esta computadora. Esto no se puede deshacer; haga antes una copia de seguridad o una exportación del caso si podría necesitarlos. Archivar conserva todo y, en cambio, oculta al cliente.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
</context>
<context>
    <name>ClinicSection</name>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>For privacy clinics and advocates helping several people. In agent mode each letter says the clinic writes as the client&apos;s authorized agent and cites the law&apos;s rule for agents. Each law says which requests an agent may make: several states (Colorado, Connecticut, Texas, New Jersey ...) allow an agent only to opt out, and some (for example Virginia) not at all; those letters are refused and go in the client&apos;s own name. Print the client&apos;s authorization form from the Clients page and keep the signed copy.</source>
        <translation>Para clínicas de privacidad y defensores que ayudan a varias personas. En el modo de agente, cada carta dice que la clínica escribe como agente autorizado del cliente y cita la norma de la ley sobre agentes. Cada ley indica qué solicitudes puede hacer un agente: varios estados (Colorado, Connecticut, Texas, Nueva Jersey...) solo permiten que un agente pida la exclusión, y algunos (por ejemplo, Virginia) no lo permiten en absoluto; esas cartas se rechazan y van a nombre del propio cliente. Imprima el formulario de autorización del cliente desde la página Clientes y conserve la copia firmada.</translation>
    </message>
    <message>
        <source>Bay Area Privacy Clinic</source>
        <translation>Clínica de Privacidad del Área de la Bahía</translation>
    </message>
    <message>
        <source>Name of the person who signs the letters</source>
        <translation>Nombre de la persona que firma las cartas</translation>
    </message>
    <message>
        <source>privacy@clinic.example.org</source>
        <translation>privacidad@clinica.example.org</translation>
    </message>
    <message>
        <source>Letters in the &amp;client&apos;s own name</source>
        <translation>Ca&amp;rtas a nombre del propio cliente</translation>
    </message>
    <message>
        <source>The clinic writes as the client&apos;s authori&amp;zed agent</source>
        <translation>La clínica escribe como agente autori&amp;zado del cliente</translation>
    </message>
    <message>
        <source>Cli&amp;nic name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>C&amp;orreo electrónico</translation>
    </message>
    <message>
        <source>Sa&amp;ve clinic profile</source>
        <translation>Guardar el &amp;perfil de la clínica</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Staff member who signs</source>
        <translation>Miembro del personal que firma</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>&amp;Miembro del personal</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Clinic postal address</source>
        <translation>Dirección postal de la clínica</translation>
    </message>
    <message>
        <source>Clinic e-mail for replies</source>
        <translation>Correo electrónico de la clínica para respuestas</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Letters:</source>
        <translation>Cartas:</translation>
    </message>
    <message>
        <source>Clinic profile status</source>
        <translation>Estado del perfil de la clínica</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>CompanyChart</name>
    <message>
        <source>Chart of answers per company</source>
        <translation>Gráfico de respuestas por empresa</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Respondió a tiempo</translation>
    </message>
    <message>
        <source>Late or ignored</source>
        <translation>Tarde o sin respuesta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>No requests sent yet: the chart fills in as companies answer (or do not).</source>
        <translation>Todavía no se ha enviado ninguna solicitud: el gráfico se completa a medida que las empresas responden (o no).</translation>
    </message>
</context>
<context>
    <name>CompanyDetail</name>
    <message>
        <source>Company details</source>
        <translation>Datos de la empresa</translation>
    </message>
    <message>
        <source>Choose a company to see its contacts and sources.</source>
        <translation>Elija una empresa para ver sus contactos y fuentes.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit company</source>
        <translation>Editar empresa</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Kind of company</source>
        <translation>Tipo de empresa</translation>
    </message>
    <message>
        <source>&amp;Host network (MVNO)</source>
        <translation>&amp;Red anfitriona (OMV)</translation>
    </message>
    <message>
        <source>Host network</source>
        <translation>Red anfitriona</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>&amp;Otros nombres</translation>
    </message>
    <message>
        <source>Other names, comma separated</source>
        <translation>Otros nombres, separados por comas</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Privacy e-mail address</source>
        <translation>Correo electrónico de privacidad</translation>
    </message>
    <message>
        <source>&amp;Web form</source>
        <translation>Formulario &amp;web</translation>
    </message>
    <message>
        <source>Privacy request web form</source>
        <translation>Formulario web de solicitudes de privacidad</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <source>Privacy phone number</source>
        <translation>Teléfono de privacidad</translation>
    </message>
    <message>
        <source>Postal address for privacy requests</source>
        <translation>Dirección postal para solicitudes de privacidad</translation>
    </message>
    <message>
        <source>Po&amp;st</source>
        <translation>Correo &amp;postal</translation>
    </message>
    <message>
        <source>Privacy p&amp;age</source>
        <translation>Página de priv&amp;acidad</translation>
    </message>
    <message>
        <source>Privacy policy page</source>
        <translation>Página de la política de privacidad</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Nota&amp;s</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Your companies are kept on this computer, marked as yours, and never changed by directory updates or registry imports.</source>
        <translation>Sus empresas se guardan en esta computadora, marcadas como suyas, y las actualizaciones del directorio o las importaciones del registro nunca las cambian.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>Enviar por correo electrónico</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Enviar desde</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>Enviar &amp;desde:</translation>
    </message>
    <message>
        <source>Sent letters cannot be called back. OffMap records the server&apos;s answer and starts the deadline today.</source>
        <translation>Las cartas enviadas no se pueden recuperar. OffMap registra la respuesta del servidor y empieza a contar el plazo hoy.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Conectando con {server}…</translation>
    </message>
    <message>
        <source>The test failed unexpectedly.</source>
        <translation>La prueba falló inesperadamente.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Directory coverage</source>
        <translation>Cobertura del directorio</translation>
    </message>
    <message>
        <source>Reference companies without a verified channel yet: {slugs}</source>
        <translation>Empresas de referencia todavía sin canal verificado: {slugs}</translation>
    </message>
    <message>
        <source>Coverage: {companies} companies, {with_email} with an e-mail address, {verified_channel} with a verified channel, {verified} verified records; reference companies reachable: {reachable} of {seeds}.</source>
        <translation>Cobertura: {companies} empresas, {with_email} con dirección de correo electrónico, {verified_channel} con un canal verificado, {verified} registros verificados; empresas de referencia localizables: {reachable} de {seeds}.</translation>
    </message>
    <message>
        <source>By kind: {kinds}.</source>
        <translation>Por tipo: {kinds}.</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>time to follow up</source>
        <translation>hora de dar seguimiento</translation>
    </message>
    <message>
        <source>no confirmation of receipt</source>
        <translation>sin confirmación de recibo</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>prorrogado</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline: {d}</source>
        <translation>Plazo: {d}</translation>
    </message>
    <message>
        <source>First deadline {d}, extended</source>
        <translation>Primer plazo {d}, prorrogado</translation>
    </message>
    <message>
        <source>Receipt to be confirmed by {d}</source>
        <translation>Recibo por confirmar antes del {d}</translation>
    </message>
</context>
<context>
    <name>DeadlineWatch</name>
    <message>
        <source>{title}: {n} overdue</source>
        <translation>{title}: {n} vencidas</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>Plazo vencido</translation>
    </message>
    <message>
        <source>A request is now overdue.</source>
        <translation>Una solicitud acaba de vencer.</translation>
    </message>
    <message>
        <source>{n} requests are now overdue.</source>
        <translation>{n} solicitudes acaban de vencer.</translation>
    </message>
    <message>
        <source>Open Deadlines to send a reminder or a complaint.</source>
        <translation>Abra Plazos para enviar un recordatorio o una queja.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Filter by reference, client, company, type or status  (Ctrl+F)</source>
        <translation>Filtrar por referencia, cliente, empresa, tipo o estado  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter deadlines</source>
        <translation>Filtrar plazos</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <source>Save every open deadline as an .ics file for your calendar, with reminders</source>
        <translation>Guardar todos los plazos abiertos como un archivo .ics para su calendario, con recordatorios</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>Save all requests as a spreadsheet (CSV)</source>
        <translation>Guardar todas las solicitudes como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Open requests and their deadlines</source>
        <translation>Solicitudes abiertas y sus plazos</translation>
    </message>
    <message>
        <source>Timeline of the selected request</source>
        <translation>Historial de la solicitud seleccionada</translation>
    </message>
    <message>
        <source>Nothing is waiting for an answer</source>
        <translation>Nada está esperando respuesta</translation>
    </message>
    <message>
        <source>When you mark a request as sent, its deadline appears here: overdue requests first, then those due this week and those still waiting for the company to confirm receipt.</source>
        <translation>Cuando marque una solicitud como enviada, su plazo aparecerá aquí: primero las vencidas, luego las que vencen esta semana y las que aún esperan que la empresa confirme el recibo.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Deadlines not loaded</source>
        <translation>No se cargaron los plazos</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Todas las abiertas</translation>
    </message>
    <message>
        <source>Export deadlines to a calendar</source>
        <translation>Exportar los plazos a un calendario</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Exportar solicitudes</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to {path}</source>
        <translation>
            <numerusform>Se guardó %n elemento en {path}</numerusform>
            <numerusform>Se guardaron %n elementos en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search by name, other name or brand  (Ctrl+F)</source>
        <translation>Buscar por nombre, otro nombre o marca  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Buscar empresas</translation>
    </message>
    <message>
        <source>Kind of company</source>
        <translation>Tipo de empresa</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nueva empresa…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Directorio</translation>
    </message>
    <message>
        <source>Directory actions</source>
        <translation>Acciones del directorio</translation>
    </message>
    <message>
        <source>Import California registry…</source>
        <translation>Importar el registro de California…</translation>
    </message>
    <message>
        <source>Update directory…</source>
        <translation>Actualizar el directorio…</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Number of companies shown</source>
        <translation>Número de empresas mostradas</translation>
    </message>
    <message>
        <source>Directory not loaded</source>
        <translation>No se cargó el directorio</translation>
    </message>
    <message>
        <source>{shown} of {total} companies</source>
        <translation>{shown} de {total} empresas</translation>
    </message>
    <message>
        <source>&amp;Edit my copy…</source>
        <translation>&amp;Editar mi copia…</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>Eliminar empresa</translation>
    </message>
    <message>
        <source>Delete your record of {name}? Holdings and requests that name it keep its identifier.</source>
        <translation>¿Eliminar su registro de {name}? Las empresas asociadas y las solicitudes que la nombran conservan su identificador.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); nothing was changed.</source>
        <translation>Algo salió mal ({error}); no se cambió nada.</translation>
    </message>
    <message>
        <source>Import California data broker registry</source>
        <translation>Importar el registro de corredores de datos de California</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>{added} agregadas, {updated} actualizadas, {unchanged} sin cambios, {skipped} omitidas.</translation>
    </message>
    <message>
        <source>Registry imported</source>
        <translation>Registro importado</translation>
    </message>
    <message>
        <source>Registered brokers are reached by one California DROP request (privacy.ca.gov). Registry e-mail addresses can belong to an agency or vendor: review before sending letters.</source>
        <translation>A los corredores registrados les llega una sola solicitud DROP de California (privacy.ca.gov). Las direcciones de correo del registro pueden pertenecer a una agencia o a un proveedor: revíselas antes de enviar cartas.</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
    </message>
    <message>
        <source>Import California registry</source>
        <translation>Importar el registro de California</translation>
    </message>
    <message>
        <source>Importing the registry…</source>
        <translation>Importando el registro…</translation>
    </message>
    <message>
        <source>Update directory</source>
        <translation>Actualizar el directorio</translation>
    </message>
    <message>
        <source>Address of the directory file (https://…):</source>
        <translation>Dirección del archivo del directorio (https://…):</translation>
    </message>
    <message>
        <source>Directory updated: {n} companies.</source>
        <translation>Directorio actualizado: {n} empresas.</translation>
    </message>
    <message>
        <source>The directory is already up to date ({n} companies).</source>
        <translation>El directorio ya está al día ({n} empresas).</translation>
    </message>
    <message>
        <source>Kept because your requests use them, marked withdrawn (the update no longer lists them): {slugs}</source>
        <translation>Se conservan porque sus solicitudes las usan, marcadas como retiradas (la actualización ya no las incluye): {slugs}</translation>
    </message>
    <message>
        <source>Downloading the directory…</source>
        <translation>Descargando el directorio…</translation>
    </message>
</context>
<context>
    <name>DropNote</name>
    <message>
        <source>As a California resident, one request through California&apos;s Delete Request and Opt-out Platform (DROP, privacy.ca.gov) reaches every registered data broker. Carriers, apps and unregistered companies still need their own requests.</source>
        <translation>Como residente de California, una sola solicitud a través de la Plataforma de Solicitudes de Eliminación y Exclusión de California (DROP, privacy.ca.gov) llega a todos los corredores de datos registrados. Los operadores, las apps y las empresas no registradas siguen necesitando sus propias solicitudes.</translation>
    </message>
    <message>
        <source>Registered brokers in this list: {names}.</source>
        <translation>Corredores registrados en esta lista: {names}.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Log an event</source>
        <translation>Registrar un evento</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <source>Delivery date known</source>
        <translation>Se conoce la fecha de entrega</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Entregada el</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>What happened, in your words (optional)</source>
        <translation>Lo que pasó, en sus palabras (opcional)</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Archivos que se adjuntarán</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Agregar &amp;archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>Envia&amp;da por:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>Add files:</source>
        <translation>Agregar archivos:</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Say why the request is closed.</source>
        <translation>Indique por qué se cierra la solicitud.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
</context>
<context>
    <name>ExportConfirmation</name>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}.</source>
        <translation>
            <numerusform>Se guardó %n archivo en {folder}.</numerusform>
            <numerusform>Se guardaron %n archivos en {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export letters</source>
        <translation>Exportar cartas</translation>
    </message>
    <message numerus="yes">
        <source>Export %n letter(s). Files are named by reference, company and type, never by the person&apos;s name.</source>
        <translation>
            <numerusform>Exportar %n carta. Los archivos se nombran por referencia, empresa y tipo, nunca por el nombre de la persona.</numerusform>
            <numerusform>Exportar %n cartas. Los archivos se nombran por referencia, empresa y tipo, nunca por el nombre de la persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export letters to</source>
        <translation>Exportar cartas a</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>No existe esa carpeta</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation>La carpeta {folder} no existe. Elija una carpeta existente.</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Escribiendo las cartas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing letter files: {done} of {total}</source>
        <translation>Escribiendo archivos de cartas: {done} de {total}</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <source>The export was cancelled. Files already written stay in the folder; no file was left half-written.</source>
        <translation>Se canceló la exportación. Los archivos ya escritos se quedan en la carpeta; ningún archivo quedó a medio escribir.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
</context>
<context>
    <name>HoldingDialog</name>
    <message>
        <source>Add holding</source>
        <translation>Agregar empresa que tiene datos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Location data it holds</source>
        <translation>Datos de ubicación que tiene</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>How you know: a bill, a reply, a news report…</source>
        <translation>Cómo lo sabe: una factura, una respuesta, una noticia…</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Prueba</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Choose a company.</source>
        <translation>Elija una empresa.</translation>
    </message>
</context>
<context>
    <name>HoldingsSection</name>
    <message>
        <source>&lt;b&gt;Who holds their location data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quién tiene sus datos de ubicación&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Empresas con sus datos</translation>
    </message>
    <message>
        <source>Add my &amp;phone service…</source>
        <translation>&amp;Mi línea telefónica…</translation>
    </message>
    <message>
        <source>Apps &amp;on my phone…</source>
        <translation>Apps &amp;de mi celular…</translation>
    </message>
    <message>
        <source>Add hold&amp;ing…</source>
        <translation>A&amp;gregar empresa…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>California DROP note</source>
        <translation>Nota sobre DROP de California</translation>
    </message>
    <message>
        <source>Remove holding</source>
        <translation>Quitar empresa</translation>
    </message>
    <message>
        <source>Remove {name} from this client&apos;s holdings? Requests already made are kept.</source>
        <translation>¿Quitar a {name} de las empresas que tienen datos de este cliente? Las solicitudes ya hechas se conservan.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No se quitó</translation>
    </message>
</context>
<context>
    <name>IntakeMatches</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message numerus="yes">
        <source>%n existing client(s) may be the same person.</source>
        <translation>
            <numerusform>%n cliente existente podría ser la misma persona.</numerusform>
            <numerusform>%n clientes existentes podrían ser la misma persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>, archived</source>
        <translation>, archivado</translation>
    </message>
    <message>
        <source>and {count} more.</source>
        <translation>y {count} más.</translation>
    </message>
    <message>
        <source>Open the existing case rather than a second one, unless this is a different person.</source>
        <translation>Abra el caso existente en lugar de crear un segundo, salvo que se trate de otra persona.</translation>
    </message>
    <message>
        <source>&amp;Show the existing client</source>
        <translation>&amp;Mostrar el cliente existente</translation>
    </message>
    <message>
        <source>&amp;Add a new client anyway</source>
        <translation>&amp;Agregar un cliente nuevo de todos modos</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El mismo del sistema</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Letters to companies stay in English, the language the companies answer in.</source>
        <translation>Las cartas a las empresas siguen en inglés, el idioma en que responden las empresas.</translation>
    </message>
    <message>
        <source>Language status</source>
        <translation>Estado del idioma</translation>
    </message>
    <message>
        <source>Restart OffMap no&amp;w</source>
        <translation>&amp;Volver a abrir OffMap ahora</translation>
    </message>
    <message>
        <source>Close OffMap and open it again in the new language</source>
        <translation>Cerrar OffMap y abrirlo de nuevo en el idioma nuevo</translation>
    </message>
    <message>
        <source>The new language applies the next time OffMap starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se abra OffMap.</translation>
    </message>
    <message>
        <source>OffMap could not restart; close it and open it again.</source>
        <translation>OffMap no pudo volver a abrirse; ciérrelo y ábralo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Open this computer&apos;s own store this time? The clinic server stays chosen; change it in Settings, Shared store.</source>
        <translation>¿Abrir esta vez el almacén propio de esta computadora? El servidor de la clínica sigue elegido; puede cambiarlo en Configuración, Almacén compartido.</translation>
    </message>
</context>
<context>
    <name>LetterExport</name>
    <message>
        <source>Export letter</source>
        <translation>Exportar carta</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
</context>
<context>
    <name>MailAccountsSection</name>
    <message>
        <source>Mail accounts</source>
        <translation>Cuentas de correo</translation>
    </message>
    <message>
        <source>OffMap sends letters from your own mail account, so replies come back to you. Add as many as you need (a clinic can send as the client or as the clinic).</source>
        <translation>OffMap envía las cartas desde su propia cuenta de correo, para que las respuestas le lleguen a usted. Agregue todas las que necesite (una clínica puede enviar como el cliente o como la clínica).</translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation>Almacenamiento de contraseñas</translation>
    </message>
    <message>
        <source>No mail account yet. Add the account you send from with Add account… below; until then you can export letters and send them yourself.</source>
        <translation>Todavía no hay ninguna cuenta de correo. Agregue la cuenta desde la que envía con Agregar cuenta… (abajo); mientras tanto, puede exportar las cartas y enviarlas usted mismo.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Agregar &amp;cuenta…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Usar por defecto</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <source>Log in to the server without sending anything</source>
        <translation>Iniciar sesión en el servidor sin enviar nada</translation>
    </message>
    <message>
        <source>For accounts that no longer accept passwords (OAuth; the token stays in the keyring)</source>
        <translation>Para cuentas que ya no aceptan contraseñas (OAuth; el token queda en el llavero)</translation>
    </message>
    <message>
        <source>Si&amp;gn in with Google or Microsoft…</source>
        <translation>Iniciar sesión con &amp;Google o Microsoft…</translation>
    </message>
    <message>
        <source>Unlock ke&amp;yring…</source>
        <translation>Desblo&amp;quear llavero…</translation>
    </message>
    <message>
        <source>Ask the system to unlock its keyring (it shows its own password prompt)</source>
        <translation>Pedir al sistema que desbloquee su llavero (muestra su propia solicitud de contraseña)</translation>
    </message>
    <message>
        <source>Mail account status</source>
        <translation>Estado de la cuenta de correo</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keyring ({backend}), never in OffMap&apos;s files, backups or exports.</source>
        <translation>Las contraseñas se guardan en el llavero del sistema ({backend}), nunca en los archivos, copias de seguridad ni exportaciones de OffMap.</translation>
    </message>
    <message>
        <source>The keyring is still locked (the unlock was declined). Stored passwords cannot be used until it is unlocked; OffMap keeps them nowhere else.</source>
        <translation>El llavero sigue bloqueado (se rechazó el desbloqueo). Las contraseñas guardadas no se pueden usar hasta que se desbloquee; OffMap no las guarda en ningún otro lugar.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <source>Delete mail account</source>
        <translation>Eliminar cuenta de correo</translation>
    </message>
    <message>
        <source>Delete the mail account {name}? Its password is removed from the system keyring. Letters already sent stay recorded.</source>
        <translation>¿Eliminar la cuenta de correo {name}? Su contraseña se quita del llavero del sistema. Las cartas ya enviadas siguen registradas.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Se eliminó {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About OffMap</source>
        <translation>&amp;Acerca de OffMap</translation>
    </message>
    <message>
        <source>About OffMap</source>
        <translation>Acerca de OffMap</translation>
    </message>
    <message>
        <source>OffMap {version}

Take your location off the map: record who holds your phone location data, send them requests grounded in the law, and hold them to their deadlines.

OffMap is not legal advice.</source>
        <translation>OffMap {version}

Quite su ubicación del mapa: registre quién tiene los datos de ubicación de su teléfono, envíeles solicitudes basadas en la ley y exíjales que cumplan sus plazos.

OffMap no es asesoría legal.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>its {case_json} is not an OffMap case</source>
        <translation>su archivo {case_json} no es un caso de OffMap</translation>
    </message>
    <message>
        <source>it was exported by a newer OffMap (case format {version}); update OffMap first</source>
        <translation>lo exportó una versión más reciente de OffMap (formato de caso {version}); actualice OffMap primero</translation>
    </message>
    <message>
        <source>its {case_json} is not valid at {where}: {message}</source>
        <translation>su archivo {case_json} no es válido en {where}: {message}</translation>
    </message>
    <message>
        <source>its {case_json} lists the same request twice</source>
        <translation>su archivo {case_json} incluye dos veces la misma solicitud</translation>
    </message>
    <message>
        <source>its {case_json} lists the same request reference twice</source>
        <translation>su archivo {case_json} incluye dos veces la misma referencia de solicitud</translation>
    </message>
    <message>
        <source>its {case_json} lists the same company&apos;s holding twice</source>
        <translation>su archivo {case_json} incluye dos veces la misma empresa que tiene datos del cliente</translation>
    </message>
    <message>
        <source>its {case_json} has an event for a request it does not hold</source>
        <translation>su archivo {case_json} tiene un evento de una solicitud que no contiene</translation>
    </message>
    <message>
        <source>its {case_json} has a follow-up whose request it does not hold</source>
        <translation>su archivo {case_json} tiene un seguimiento cuya solicitud no contiene</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>The name must be a single line without control characters.</source>
        <translation>El nombre debe ocupar una sola línea, sin caracteres de control.</translation>
    </message>
    <message>
        <source>The name is longer than {max_name} characters.</source>
        <translation>El nombre tiene más de {max_name} caracteres.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address (expected name@example.org).</source>
        <translation>&apos;{email}&apos; no es una dirección de correo electrónico (se esperaba algo como nombre@example.org).</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a valid phone number. Check the digits and the country code.</source>
        <translation>&apos;{raw}&apos; no es un número de teléfono válido. Revise los dígitos y el código de país.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a two-letter country code such as US, CA or DE.</source>
        <translation>&apos;{country}&apos; no es un código de país de dos letras, como US, CA o DE.</translation>
    </message>
    <message>
        <source>&apos;{state}&apos; is not a US state code such as CA, NY or TX.</source>
        <translation>&apos;{state}&apos; no es un código de estado de EE. UU., como CA, NY o TX.</translation>
    </message>
    <message>
        <source>&apos;{state}&apos; is not a Canadian province code such as QC or ON.</source>
        <translation>&apos;{state}&apos; no es un código de provincia canadiense, como QC u ON.</translation>
    </message>
    <message>
        <source>&apos;{state}&apos; is not a region code.</source>
        <translation>&apos;{state}&apos; no es un código de región.</translation>
    </message>
    <message>
        <source>The address contains control characters.</source>
        <translation>La dirección contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The address is longer than {max_address} characters.</source>
        <translation>La dirección tiene más de {max_address} caracteres.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a phone number. Write it with its country code, e.g. +1 415 555 0100.</source>
        <translation>&apos;{raw}&apos; no es un número de teléfono. Escríbalo con su código de país, p. ej., +1 415 555 0100.</translation>
    </message>
    <message>
        <source>The clinic&apos;s {label} must be one line without control characters.</source>
        <translation>El dato de la clínica ({label}) debe ocupar una sola línea, sin caracteres de control.</translation>
    </message>
    <message>
        <source>The clinic&apos;s {label} is longer than {max_field} characters.</source>
        <translation>El dato de la clínica ({label}) tiene más de {max_field} caracteres.</translation>
    </message>
    <message>
        <source>&apos;{mode}&apos; is not a letter mode; choose &apos;client&apos; (letters in the client&apos;s name) or &apos;agent&apos; (the clinic as authorized agent).</source>
        <translation>&apos;{mode}&apos; no es un modo de cartas; elija &apos;client&apos; (cartas a nombre del cliente) o &apos;agent&apos; (la clínica como agente autorizado).</translation>
    </message>
    <message>
        <source>The clinic&apos;s address contains control characters.</source>
        <translation>La dirección de la clínica contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The clinic&apos;s address is longer than {max_address} characters.</source>
        <translation>La dirección de la clínica tiene más de {max_address} caracteres.</translation>
    </message>
    <message>
        <source>{name} does not provide for authorized agents, so the clinic cannot send this letter as the client&apos;s agent.{note} Send it in the client&apos;s own name (Settings &gt; Clinic: letters in the client&apos;s name) or choose a law that allows agents.</source>
        <translation>{name} no prevé agentes autorizados, así que la clínica no puede enviar esta carta como agente del cliente.{note} Envíela a nombre del propio cliente (Configuración &gt; Clínica: Cartas a nombre del propio cliente) o elija una ley que permita agentes.</translation>
    </message>
    <message>
        <source>none of the laws that apply to this client ({names}) provides for authorized agents, so an authorization form would not help; send letters in the client&apos;s own name instead.</source>
        <translation>ninguna de las leyes que se aplican a este cliente ({names}) prevé agentes autorizados, así que un formulario de autorización no serviría; en su lugar, envíe las cartas a nombre del propio cliente.</translation>
    </message>
    <message>
        <source>To send letters as authorized agent, fill in {missing}; or choose letters in the client&apos;s own name.</source>
        <translation>Para enviar cartas como agente autorizado, complete {missing}; o elija cartas a nombre del propio cliente.</translation>
    </message>
    <message>
        <source>an address or e-mail for replies</source>
        <translation>una dirección o un correo electrónico para las respuestas</translation>
    </message>
    <message>
        <source>the clinic&apos;s name</source>
        <translation>el nombre de la clínica</translation>
    </message>
    <message>
        <source>the staff member who signs</source>
        <translation>el miembro del personal que firma</translation>
    </message>
    <message>
        <source>the file is larger than {max_file_bytes} MB; the registry CSV is far smaller. Check that you picked the right file.</source>
        <translation>el archivo pesa más de {max_file_bytes} MB; el CSV del registro es mucho más pequeño. Compruebe que eligió el archivo correcto.</translation>
    </message>
    <message>
        <source>the file contains binary data; it is not a CSV file.</source>
        <translation>el archivo contiene datos binarios; no es un archivo CSV.</translation>
    </message>
    <message>
        <source>no header row with a data broker name and a website or e-mail column was found in the first {header_search_rows} lines. Is this the California data broker registry CSV (cppa.ca.gov)?</source>
        <translation>no se encontró en las primeras {header_search_rows} líneas una fila de encabezado con el nombre del corredor de datos y una columna de sitio web o de correo electrónico. ¿Es este el CSV del registro de corredores de datos de California (cppa.ca.gov)?</translation>
    </message>
    <message>
        <source>the CSV cannot be read near line {line_num}: {error}. The file may be damaged; download it again.</source>
        <translation>no se puede leer el CSV cerca de la línea {line_num}: {error}. Puede que el archivo esté dañado; descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>the file has more than {max_rows:,} rows; the registry lists far fewer brokers.</source>
        <translation>el archivo tiene más de {max_rows:,} filas; el registro incluye muchos menos corredores.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (unexpected byte at position {start}). Download the registry CSV again, or save it as &apos;CSV UTF-8&apos; and import that.</source>
        <translation>el archivo no es texto UTF-8 (byte inesperado en la posición {start}). Descargue de nuevo el CSV del registro, o guárdelo como &apos;CSV UTF-8&apos; e importe ese archivo.</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>días naturales</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>días hábiles</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>statute</source>
        <translation>ley</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>reglamento</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>fuente secundaria</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>{amount} calendar days</source>
        <translation>{amount} días naturales</translation>
    </message>
    <message>
        <source>{period} ({details})</source>
        <translation>{period} ({details})</translation>
    </message>
    <message>
        <source>unknown channel &apos;{via}&apos;; use one of: {channels}.</source>
        <translation>canal desconocido &apos;{via}&apos;; use uno de estos: {channels}.</translation>
    </message>
    <message>
        <source>{day} falls on a Sunday, moved to Monday {monday}</source>
        <translation>{day} cae en domingo; se pasa al lunes {monday}</translation>
    </message>
    <message>
        <source>unknown deadline unit &apos;{unit}&apos;; use one of: {units}.</source>
        <translation>unidad de plazo desconocida &apos;{unit}&apos;; use una de estas: {units}.</translation>
    </message>
    <message>
        <source>a deadline needs a whole number of {unit_words} (0 or more), not {amount!r}.</source>
        <translation>un plazo necesita una cantidad entera (0 o más) de {unit_words}, no {amount!r}.</translation>
    </message>
    <message>
        <source>{amount} business days</source>
        <translation>{amount} días hábiles</translation>
    </message>
    <message>
        <source>{law} does not grant a &apos;{request_type}&apos; request (it grants: {granted}); choose another type or law.</source>
        <translation>{law} no otorga una solicitud de tipo &apos;{request_type}&apos; (otorga: {granted}); elija otro tipo u otra ley.</translation>
    </message>
    <message>
        <source>the delivery date {delivered_on} is before the sending date {sent_on}; check both dates.</source>
        <translation>la fecha de entrega {delivered_on} es anterior a la fecha de envío {sent_on}; revise ambas fechas.</translation>
    </message>
    <message>
        <source>{day} falls on a Saturday, moved to Monday {monday}</source>
        <translation>{day} cae en sábado; se pasa al lunes {monday}</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>{amount} months</source>
        <translation>{amount} meses</translation>
    </message>
    <message>
        <source>the law&apos;s extension period is not known: {note}</source>
        <translation>no se conoce el plazo de prórroga que fija la ley: {note}</translation>
    </message>
    <message>
        <source>the law&apos;s extension period is not known</source>
        <translation>no se conoce el plazo de prórroga que fija la ley</translation>
    </message>
    <message>
        <source>with the extension: {note}</source>
        <translation>con la prórroga: {note}</translation>
    </message>
    <message>
        <source>a reminder has no response deadline of its own</source>
        <translation>un recordatorio no tiene plazo de respuesta propio</translation>
    </message>
    <message>
        <source>a complaint has no response deadline of its own</source>
        <translation>una queja no tiene plazo de respuesta propio</translation>
    </message>
    <message>
        <source>{law} grants no appeal; send a reminder or a complaint to the regulator instead.</source>
        <translation>{law} no prevé apelación; en su lugar, envíe un recordatorio o una queja ante la autoridad reguladora.</translation>
    </message>
    <message>
        <source>{holiday} ({day})</source>
        <translation>{holiday} ({day})</translation>
    </message>
    <message>
        <source>the law sets no response deadline for this request</source>
        <translation>la ley no fija ningún plazo de respuesta para esta solicitud</translation>
    </message>
    <message>
        <source>the response deadline is not known</source>
        <translation>no se conoce el plazo de respuesta</translation>
    </message>
    <message>
        <source>confirmation: {note}</source>
        <translation>confirmación de recibo: {note}</translation>
    </message>
    <message>
        <source>US federal holidays not counted: {holidays}</source>
        <translation>Días festivos federales de EE. UU. no contados: {holidays}</translation>
    </message>
    <message>
        <source>{company} became part of {successor}; it now holds the old records.</source>
        <translation>{company} pasó a formar parte de {successor}, que ahora conserva los registros antiguos.</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>el documento</translation>
    </message>
    <message>
        <source>the directory file is inconsistent: {problems}.</source>
        <translation>el archivo del directorio es incoherente: {problems}.</translation>
    </message>
    <message>
        <source>the directory file is not a JSON object with a &apos;companies&apos; list.</source>
        <translation>el archivo del directorio no es un objeto JSON con una lista &apos;companies&apos;.</translation>
    </message>
    <message>
        <source>the directory file does not match its schema: {shown}{more}.</source>
        <translation>el archivo del directorio no se ajusta a su esquema: {shown}{more}.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a company kind; use one of: {company_kinds}.</source>
        <translation>&apos;{kind}&apos; no es un tipo de empresa; use uno de estos: {company_kinds}.</translation>
    </message>
    <message>
        <source>no company &apos;{slug}&apos;; try `offmap directory search`.</source>
        <translation>no existe la empresa &apos;{slug}&apos;; pruebe `offmap directory search`.</translation>
    </message>
    <message>
        <source>{company} merged into {successor}; it now holds the old records.</source>
        <translation>{company} se fusionó con {successor}, que ahora conserva los registros antiguos.</translation>
    </message>
    <message>
        <source>{company} was acquired by {successor}; it now holds the old records.</source>
        <translation>{company} fue adquirida por {successor}, que ahora conserva los registros antiguos.</translation>
    </message>
    <message>
        <source>{company} closed down; {successor} now holds its old records.</source>
        <translation>{company} cerró; ahora {successor} conserva sus registros antiguos.</translation>
    </message>
    <message>
        <source>company #{number} {field}</source>
        <translation>empresa n.º {number}, campo {field}</translation>
    </message>
    <message>
        <source>company #{number}</source>
        <translation>empresa n.º {number}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
    <message>
        <source>Your phone service.</source>
        <translation>Su servicio de teléfono.</translation>
    </message>
    <message>
        <source>An app on your phone.</source>
        <translation>Una aplicación de su celular.</translation>
    </message>
    <message>
        <source>company &apos;{slug}&apos; {field}</source>
        <translation>empresa &apos;{slug}&apos;, campo {field}</translation>
    </message>
    <message>
        <source>company &apos;{slug}&apos;</source>
        <translation>empresa &apos;{slug}&apos;</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>slug &apos;{slug}&apos; appears twice</source>
        <translation>el identificador (slug) &apos;{slug}&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; names {field} &apos;{target}&apos;, which is not listed</source>
        <translation>&apos;{slug}&apos; indica como {field} a &apos;{target}&apos;, que no figura en la lista</translation>
    </message>
    <message>
        <source>{network} runs on {host}&apos;s network, which sees where the phone connects.</source>
        <translation>{network} funciona sobre la red de {host}, que ve dónde se conecta el teléfono.</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; names itself as {field}</source>
        <translation>&apos;{slug}&apos; se indica a sí misma como {field}</translation>
    </message>
    <message>
        <source>Alabama</source>
        <translation>Alabama</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <source>Arkansas</source>
        <translation>Arkansas</translation>
    </message>
    <message>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <source>Colorado</source>
        <translation>Colorado</translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation>Connecticut</translation>
    </message>
    <message>
        <source>Delaware</source>
        <translation>Delaware</translation>
    </message>
    <message>
        <source>the District of Columbia</source>
        <translation>el Distrito de Columbia</translation>
    </message>
    <message>
        <source>Florida</source>
        <translation>Florida</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawái</translation>
    </message>
    <message>
        <source>Idaho</source>
        <translation>Idaho</translation>
    </message>
    <message>
        <source>Illinois</source>
        <translation>Illinois</translation>
    </message>
    <message>
        <source>Indiana</source>
        <translation>Indiana</translation>
    </message>
    <message>
        <source>Iowa</source>
        <translation>Iowa</translation>
    </message>
    <message>
        <source>Kansas</source>
        <translation>Kansas</translation>
    </message>
    <message>
        <source>Kentucky</source>
        <translation>Kentucky</translation>
    </message>
    <message>
        <source>Louisiana</source>
        <translation>Luisiana</translation>
    </message>
    <message>
        <source>Maine</source>
        <translation>Maine</translation>
    </message>
    <message>
        <source>Maryland</source>
        <translation>Maryland</translation>
    </message>
    <message>
        <source>Massachusetts</source>
        <translation>Massachusetts</translation>
    </message>
    <message>
        <source>Michigan</source>
        <translation>Michigan</translation>
    </message>
    <message>
        <source>Minnesota</source>
        <translation>Minnesota</translation>
    </message>
    <message>
        <source>Mississippi</source>
        <translation>Mississippi</translation>
    </message>
    <message>
        <source>Missouri</source>
        <translation>Missouri</translation>
    </message>
    <message>
        <source>Montana</source>
        <translation>Montana</translation>
    </message>
    <message>
        <source>Nebraska</source>
        <translation>Nebraska</translation>
    </message>
    <message>
        <source>Nevada</source>
        <translation>Nevada</translation>
    </message>
    <message>
        <source>New Hampshire</source>
        <translation>New Hampshire</translation>
    </message>
    <message>
        <source>New Jersey</source>
        <translation>New Jersey</translation>
    </message>
    <message>
        <source>New Mexico</source>
        <translation>Nuevo México</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>Nueva York</translation>
    </message>
    <message>
        <source>North Carolina</source>
        <translation>Carolina del Norte</translation>
    </message>
    <message>
        <source>North Dakota</source>
        <translation>Dakota del Norte</translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation>Ohio</translation>
    </message>
    <message>
        <source>Oklahoma</source>
        <translation>Oklahoma</translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation>Oregon</translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation>Pensilvania</translation>
    </message>
    <message>
        <source>Rhode Island</source>
        <translation>Rhode Island</translation>
    </message>
    <message>
        <source>South Carolina</source>
        <translation>Carolina del Sur</translation>
    </message>
    <message>
        <source>South Dakota</source>
        <translation>Dakota del Sur</translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation>Tennessee</translation>
    </message>
    <message>
        <source>Texas</source>
        <translation>Texas</translation>
    </message>
    <message>
        <source>Utah</source>
        <translation>Utah</translation>
    </message>
    <message>
        <source>Vermont</source>
        <translation>Vermont</translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation>Virginia</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>Washington</translation>
    </message>
    <message>
        <source>West Virginia</source>
        <translation>Virginia Occidental</translation>
    </message>
    <message>
        <source>Wisconsin</source>
        <translation>Wisconsin</translation>
    </message>
    <message>
        <source>Wyoming</source>
        <translation>Wyoming</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>the U.S. Virgin Islands</source>
        <translation>las Islas Vírgenes de los Estados Unidos</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <source>the Northern Mariana Islands</source>
        <translation>las Islas Marianas del Norte</translation>
    </message>
    <message>
        <source>{law}: phone carriers need your approval to use or share call location information (47 U.S.C. 222(f)); requests: {types}.</source>
        <translation>{law}: los operadores telefónicos necesitan su aprobación para usar o compartir la información de ubicación de las llamadas (47 U.S.C. 222(f)); solicitudes: {types}.</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>un lugar desconocido</translation>
    </message>
    <message>
        <source>The {act} covers US citizens and permanent residents; OffMap has no law for a resident of {country} asking a government agency.</source>
        <translation>La ley {act} ampara a los ciudadanos y a los residentes permanentes de EE. UU.; OffMap no tiene ninguna ley para una persona residente en {country} que se dirija a un organismo público.</translation>
    </message>
    <message>
        <source>OffMap has no privacy law for residents of {place}.</source>
        <translation>OffMap no tiene ninguna ley de privacidad para quienes residen en {place}.</translation>
    </message>
    <message>
        <source>A voluntary request: many companies honour privacy requests from everyone under their own privacy policy. Choose a model law (for example {law_id}, {law}) and the letter asks the company to apply its policy and that law&apos;s standards voluntarily, without claiming you live there.</source>
        <translation>Una solicitud voluntaria: muchas empresas atienden las solicitudes de privacidad de cualquier persona según su propia política de privacidad. Elija una ley modelo (por ejemplo, {law_id}, {law}) y la carta le pedirá a la empresa que aplique voluntariamente su política y los estándares de esa ley, sin afirmar que usted vive allí.</translation>
    </message>
    <message>
        <source>{place} residents are covered by {laws}. As the company is a phone carrier, CPNI (47 U.S.C. 222) also applies.</source>
        <translation>En {place}, los residentes están protegidos por {laws}. Como la empresa es un operador telefónico, también se aplica la norma CPNI (47 U.S.C. 222).</translation>
    </message>
    <message>
        <source>{place} residents are covered by {laws}.</source>
        <translation>En {place}, los residentes están protegidos por {laws}.</translation>
    </message>
    <message>
        <source>Records held by a US federal agency: the {act} (5 U.S.C. 552a) gives access to records about you; the letter also asks under FOIA (5 U.S.C. 552).</source>
        <translation>Registros en poder de una agencia federal de EE. UU.: la ley {act} (5 U.S.C. 552a) da acceso a los registros sobre usted; la carta también hace la solicitud en virtud de FOIA (5 U.S.C. 552).</translation>
    </message>
    <message>
        <source>A FOIA request (5 U.S.C. 552) is open to anyone; choose us-privacy-act to use that letter.</source>
        <translation>Cualquier persona puede presentar una solicitud FOIA (5 U.S.C. 552); elija us-privacy-act para usar esa carta.</translation>
    </message>
    <message>
        <source>{place} has no consumer privacy law in OffMap&apos;s data.</source>
        <translation>En los datos de OffMap no figura ninguna ley de privacidad del consumidor para {place}.</translation>
    </message>
    <message>
        <source>The client&apos;s state is not recorded, so no state law can be chosen; add the state to the client.</source>
        <translation>El estado del cliente no está registrado, así que no se puede elegir ninguna ley estatal; agregue el estado al cliente.</translation>
    </message>
    <message>
        <source>No law obliges this company to answer on time, but it may still do so.</source>
        <translation>Ninguna ley obliga a esta empresa a responder dentro de un plazo, pero aun así puede hacerlo.</translation>
    </message>
    <message>
        <source>&apos;{law_id}&apos; is not a law OffMap knows. Valid laws: {laws}.</source>
        <translation>&apos;{law_id}&apos; no es una ley que OffMap conozca. Leyes válidas: {laws}.</translation>
    </message>
    <message>
        <source>{short_name} ({id}) does not grant a &apos;{request_type}&apos; request; it grants: {granted}. Choose one of those types or another law.</source>
        <translation>{short_name} ({id}) no otorga una solicitud de tipo &apos;{request_type}&apos;; otorga: {granted}. Elija uno de esos tipos u otra ley.</translation>
    </message>
    <message>
        <source>no mail preset &apos;{key}&apos;; choose one of: {keys}.</source>
        <translation>no existe la configuración predefinida de correo &apos;{key}&apos;; elija una de estas: {keys}.</translation>
    </message>
    <message>
        <source>the mail server (host) is missing; e.g. smtp.example.org.</source>
        <translation>falta el servidor de correo (host); p. ej., smtp.example.org.</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; is not a server name; give only the name, e.g. smtp.example.org (no &apos;smtp://&apos;, no path).</source>
        <translation>&apos;{host}&apos; no es un nombre de servidor; indique solo el nombre, p. ej., smtp.example.org (sin &apos;smtp://&apos; ni ruta).</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; is not a valid server name; e.g. smtp.example.org.</source>
        <translation>&apos;{host}&apos; no es un nombre de servidor válido; p. ej., smtp.example.org.</translation>
    </message>
    <message>
        <source>the port {value} is out of range; use e.g. 587 or 465.</source>
        <translation>el puerto {value} está fuera de rango; use, p. ej., 587 o 465.</translation>
    </message>
    <message>
        <source>security &apos;{security}&apos; is not one of {security_choices}.</source>
        <translation>la seguridad &apos;{security}&apos; no es ninguna de estas: {security_choices}.</translation>
    </message>
    <message>
        <source>security &apos;none&apos; would send the password and the letters unencrypted to {host}; it is allowed only for a server on this computer (localhost, 127.0.0.1). Choose starttls (port 587) or ssl (port 465).</source>
        <translation>la seguridad &apos;none&apos; enviaría la contraseña y las cartas sin cifrar a {host}; solo se permite para un servidor en esta computadora (localhost, 127.0.0.1). Elija starttls (puerto 587) o ssl (puerto 465).</translation>
    </message>
    <message>
        <source>the user name is missing; it is usually your e-mail address.</source>
        <translation>falta el nombre de usuario; normalmente es su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>the user name contains a line break; type it on one line.</source>
        <translation>el nombre de usuario contiene un salto de línea; escríbalo en una sola línea.</translation>
    </message>
    <message>
        <source>the From address is missing; give the address letters come from.</source>
        <translation>falta la dirección del remitente (From); indique la dirección desde la que salen las cartas.</translation>
    </message>
    <message>
        <source>the port &apos;{port}&apos; is not a number; use e.g. 587 or 465.</source>
        <translation>el puerto &apos;{port}&apos; no es un número; use, p. ej., 587 o 465.</translation>
    </message>
    <message>
        <source>the From address &apos;{from_addr}&apos; is not an e-mail address; use --from name@example.org.</source>
        <translation>la dirección del remitente (From) &apos;{from_addr}&apos; no es una dirección de correo electrónico; use --from name@example.org.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>en borrador</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>con recepción confirmada</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>prorrogada</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>respondida en parte</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>devuelta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; on {on} was logged before the request was sent; mark it sent first (offmap request mark-sent).</source>
        <translation>&apos;{kind}&apos; del {on} se registró antes de que se enviara la solicitud; primero márquela como enviada (offmap request mark-sent).</translation>
    </message>
    <message>
        <source>the law &apos;{law}&apos; is not known to this OffMap, so no deadline could be computed; choose a law it knows.</source>
        <translation>este OffMap no conoce la ley &apos;{law}&apos;, así que no se pudo calcular ningún plazo; elija una ley que conozca.</translation>
    </message>
    <message>
        <source>the law sets no response deadline for this request; follow up when a reasonable time has passed.</source>
        <translation>la ley no fija ningún plazo de respuesta para esta solicitud; haga un seguimiento cuando haya pasado un tiempo razonable.</translation>
    </message>
    <message>
        <source>the extension notice of {on} came after the deadline of {due_on}, so it does not extend it: the request is late. Send a reminder or a complaint.</source>
        <translation>el aviso de prórroga del {on} llegó después del plazo del {due_on}, así que no lo prorroga: la solicitud está vencida. Envíe un recordatorio o una queja.</translation>
    </message>
    <message>
        <source>the law gives no extension for this request (or its length is unknown), so the original deadline still applies.</source>
        <translation>la ley no prevé ninguna prórroga para esta solicitud (o se desconoce su duración), así que sigue vigente el plazo original.</translation>
    </message>
    <message>
        <source>no confirmation of receipt by {confirm_by}, {rule} after receipt; log it when it comes, or send a reminder.</source>
        <translation>no llegó la confirmación de recibo esperada para el {confirm_by}, {rule} después de la recepción; regístrela cuando llegue, o envíe un recordatorio.</translation>
    </message>
    <message>
        <source>no confirmation of receipt by {confirm_by}; log it when it comes, or send a reminder.</source>
        <translation>no llegó la confirmación de recibo esperada para el {confirm_by}; regístrela cuando llegue, o envíe un recordatorio.</translation>
    </message>
    <message>
        <source>the download from {host} failed ({name}); try again.</source>
        <translation>falló la descarga desde {host} ({name}); inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address; give an https:// address.</source>
        <translation>&apos;{url}&apos; no es una dirección web; indique una dirección https://.</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password.</source>
        <translation>la dirección no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not secure (http); OffMap only downloads over https:// (plain http is allowed for 127.0.0.1 in tests only).</source>
        <translation>&apos;{url}&apos; no es segura (http); OffMap solo descarga por https:// (http sin cifrar solo se permite para 127.0.0.1, en pruebas).</translation>
    </message>
    <message>
        <source>the secure connection to {host} could not be verified (certificate problem); nothing was downloaded. Check the address and the computer&apos;s date.</source>
        <translation>no se pudo verificar la conexión segura con {host} (problema de certificado); no se descargó nada. Revise la dirección y la fecha de la computadora.</translation>
    </message>
    <message>
        <source>{host} did not answer in time; check the connection and try again.</source>
        <translation>{host} no respondió a tiempo; revise la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the download from {host} was cut off before the end; try again.</source>
        <translation>la descarga desde {host} se interrumpió antes de terminar; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>cannot connect to {host}; check the address and the connection.</source>
        <translation>no se puede conectar con {host}; revise la dirección y la conexión.</translation>
    </message>
    <message>
        <source>too many redirects (more than {max_redirects}); check the address.</source>
        <translation>demasiadas redirecciones (más de {max_redirects}); revise la dirección.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status_code}; check the address.</source>
        <translation>{host} respondió HTTP {status_code}; revise la dirección.</translation>
    </message>
    <message>
        <source>the file at {host} is {expected:,} bytes, more than the {max_bytes:,}-byte limit; nothing was saved.</source>
        <translation>el archivo en {host} tiene {expected:,} bytes, más que el límite de {max_bytes:,} bytes; no se guardó nada.</translation>
    </message>
    <message>
        <source>the download from {host} was cut off ({count:,} of {expected:,} bytes); try again.</source>
        <translation>la descarga desde {host} se interrumpió ({count:,} de {expected:,} bytes); inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the download was cancelled; nothing was changed.</source>
        <translation>se canceló la descarga; no se cambió nada.</translation>
    </message>
    <message>
        <source>the file at {host} is more than the {max_bytes:,}-byte limit; nothing was saved.</source>
        <translation>el archivo en {host} supera el límite de {max_bytes:,} bytes; no se guardó nada.</translation>
    </message>
    <message>
        <source>the server redirected to an insecure (http) address; nothing was downloaded.</source>
        <translation>el servidor redirigió a una dirección no segura (http); no se descargó nada.</translation>
    </message>
    <message>
        <source>OffMap&apos;s resources folder is missing; reinstall OffMap.</source>
        <translation>OffMap no encuentra su carpeta de recursos; vuelva a instalar OffMap.</translation>
    </message>
    <message>
        <source>the data folder {home} is not writable. Choose another with --home DIR or OFFMAP_HOME.</source>
        <translation>no se puede escribir en la carpeta de datos {home}. Elija otra con --home DIR u OFFMAP_HOME.</translation>
    </message>
    <message>
        <source>cannot use the data folder {home}: {error}. Choose another with --home DIR or OFFMAP_HOME.</source>
        <translation>no se puede usar la carpeta de datos {home}: {error}. Elija otra con --home DIR u OFFMAP_HOME.</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limitación</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retiro del consentimiento</translation>
    </message>
    <message>
        <source>CPNI opt-out</source>
        <translation>Exclusión de CPNI</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Recibo confirmado</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Aviso de prórroga</translation>
    </message>
    <message>
        <source>Partly answered</source>
        <translation>Respondida en parte</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Precise location</source>
        <translation>Ubicación precisa</translation>
    </message>
    <message>
        <source>its {case_json}</source>
        <translation>su archivo {case_json}</translation>
    </message>
    <message>
        <source>&apos;{ad_id}&apos; is not an advertising ID; it looks like 38400000-8cf0-11bd-b23e-10b96e40000d (32 letters and digits in groups of 8-4-4-4-12).</source>
        <translation>&apos;{ad_id}&apos; no es un ID de publicidad; un ID tiene esta forma: 38400000-8cf0-11bd-b23e-10b96e40000d (32 letras y dígitos en grupos de 8-4-4-4-12).</translation>
    </message>
    <message>
        <source>the advertising ID 00000000-0000-0000-0000-000000000000 is what a phone shows when its ID is deleted or tracking is limited; it identifies no one. Leave it out.</source>
        <translation>el ID de publicidad 00000000-0000-0000-0000-000000000000 es el que muestra un teléfono cuando se eliminó su ID o se limitó el seguimiento; no identifica a nadie. No lo incluya.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date of birth; write it as YYYY-MM-DD, e.g. 1980-04-23.</source>
        <translation>&apos;{value}&apos; no es una fecha de nacimiento; escríbala como AAAA-MM-DD, p. ej., 1980-04-23.</translation>
    </message>
    <message>
        <source>the date of birth {value} is not plausible; check the year.</source>
        <translation>la fecha de nacimiento {value} no es verosímil; revise el año.</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; is not a company id; use the id `offmap directory search` shows, e.g. att.</source>
        <translation>&apos;{slug}&apos; no es un id de empresa; use el id que muestra `offmap directory search`, p. ej., att.</translation>
    </message>
    <message>
        <source>the account number for {slug} must be one line of at most {limit} characters.</source>
        <translation>el número de cuenta de {slug} debe ser una sola línea de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>{name} lets an authorized agent make only these requests: {only_for} ({citation}); a &apos;{effective}&apos; request must come from the client. Send this one in the client&apos;s own name.</source>
        <translation>{name} permite que un agente autorizado haga solo estas solicitudes: {only_for} ({citation}); una solicitud &apos;{effective}&apos; debe venir del propio cliente. Envíe esta a nombre del propio cliente.</translation>
    </message>
    <message>
        <source>the last day falls on {days}, so an answer on {late_after} is still on time ({citation})</source>
        <translation>el último día cae en {days}, así que una respuesta el {late_after} todavía llega a tiempo ({citation})</translation>
    </message>
    <message>
        <source>the public holidays of the controller&apos;s country are not known, so only weekends were skipped</source>
        <translation>no se conocen los días festivos del país del responsable, así que solo se omitieron los fines de semana</translation>
    </message>
    <message>
        <source>Saturday {day}</source>
        <translation>sábado {day}</translation>
    </message>
    <message>
        <source>Sunday {day}</source>
        <translation>domingo {day}</translation>
    </message>
    <message>
        <source>the directory file</source>
        <translation>el archivo del directorio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Advertising ID (AAID/IDFA)</source>
        <translation>ID de publicidad (AAID/IDFA)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Signed statement of identity (28 U.S.C. 1746)</source>
        <translation>Declaración de identidad firmada (28 U.S.C. 1746)</translation>
    </message>
    <message>
        <source>Citizenship or permanent-residence statement</source>
        <translation>Declaración de ciudadanía o residencia permanente</translation>
    </message>
    <message>
        <source>State of residence</source>
        <translation>Estado de residencia</translation>
    </message>
    <message>
        <source>Last four digits of the Social Security number</source>
        <translation>Últimos cuatro dígitos del número de Seguro Social</translation>
    </message>
    <message>
        <source>Add the client&apos;s {what}: Edit client in the Clients page.</source>
        <translation>Agregue este dato del cliente: {what}. Use Editar cliente en la página Clientes.</translation>
    </message>
    <message>
        <source>Find the phone&apos;s advertising ID (the Ad-ID toolkit page shows where Android and iPhone keep it), then add it to the client: Edit client, or `offmap client edit {client_id} --ad-id UUID`.</source>
        <translation>Busque el ID de publicidad del teléfono (la página ID de publicidad muestra dónde lo guardan Android y iPhone) y agréguelo al cliente: Editar cliente, o `offmap client edit {client_id} --ad-id UUID`.</translation>
    </message>
    <message>
        <source>Ask the client for their date of birth and add it: Edit client, or `offmap client edit {client_id} --birth-date YYYY-MM-DD`.</source>
        <translation>Pida al cliente su fecha de nacimiento y agréguela: Editar cliente, o `offmap client edit {client_id} --birth-date YYYY-MM-DD`.</translation>
    </message>
    <message>
        <source>The account number is on the client&apos;s bill or in their online account with {company}; add it: Edit client, or `offmap client edit {client_id} --account {slug}=NUMBER`.</source>
        <translation>El número de cuenta figura en la factura del cliente o en su cuenta en línea de {company}; agréguelo: Editar cliente, o `offmap client edit {client_id} --account {slug}=NUMBER`.</translation>
    </message>
    <message>
        <source>OffMap never stores Social Security numbers: print the letter and write the last four digits by hand in the space left for them.</source>
        <translation>OffMap nunca guarda números de Seguro Social: imprima la carta y escriba a mano los últimos cuatro dígitos en el espacio reservado para ellos.</translation>
    </message>
    <message>
        <source>Add the client&apos;s state: Edit client, or `offmap client edit {client_id} --state XX`.</source>
        <translation>Agregue el estado del cliente: Editar cliente, o `offmap client edit {client_id} --state XX`.</translation>
    </message>
    <message>
        <source>Cell-site location</source>
        <translation>Ubicación por antenas</translation>
    </message>
    <message>
        <source>Call records</source>
        <translation>Registros de llamadas</translation>
    </message>
    <message>
        <source>CPNI</source>
        <translation>CPNI</translation>
    </message>
    <message>
        <source>Advertising ID</source>
        <translation>ID de publicidad</translation>
    </message>
    <message>
        <source>Call recordings</source>
        <translation>Grabaciones de llamadas</translation>
    </message>
    <message>
        <source>access</source>
        <translation>acceso</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>exclusión</translation>
    </message>
    <message>
        <source>limiting use</source>
        <translation>limitación del uso</translation>
    </message>
    <message>
        <source>withdrawal of consent</source>
        <translation>retiro del consentimiento</translation>
    </message>
    <message>
        <source>{url} ({quality}, read {seen})</source>
        <translation>{url} ({quality}, consultada el {seen})</translation>
    </message>
    <message>
        <source>OffMap&apos;s directory ({quality})</source>
        <translation>Directorio de OffMap ({quality})</translation>
    </message>
    <message>
        <source>registry import {file} {date}</source>
        <translation>importación del registro {file} {date}</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>ingresado por usted</translation>
    </message>
    <message>
        <source>{name} is not an e-mail message (no From, To, Subject or Date header at the top); save the reply from your mail program as .eml, .msg or mbox and import that.</source>
        <translation>{name} no es un mensaje de correo electrónico (no empieza con los encabezados From, To, Subject o Date); guarde la respuesta desde su programa de correo como .eml, .msg o mbox e importe ese archivo.</translation>
    </message>
    <message>
        <source>no acknowledgement, extension, verification request, data, refusal or bounce found in the text</source>
        <translation>el texto no contiene confirmación de recibo, prórroga, pedido de verificación, datos, rechazo ni rebote</translation>
    </message>
    <message>
        <source>received: “{quote}”</source>
        <translation>recibo confirmado: “{quote}”</translation>
    </message>
    <message>
        <source>not delivered to {recipient}: {diagnostic}</source>
        <translation>no se entregó a {recipient}: {diagnostic}</translation>
    </message>
    <message>
        <source>a data file is attached ({files})</source>
        <translation>trae un archivo de datos adjunto ({files})</translation>
    </message>
    <message>
        <source>marked as an automatic message ({header})</source>
        <translation>marcado como mensaje automático ({header})</translation>
    </message>
    <message>
        <source>refused ({why}): “{quote}”</source>
        <translation>rechazada ({why}): “{quote}”</translation>
    </message>
    <message>
        <source>done: “{quote}”</source>
        <translation>cumplida: “{quote}”</translation>
    </message>
    <message>
        <source>extension: “{quote}”</source>
        <translation>prórroga: “{quote}”</translation>
    </message>
    <message>
        <source>asks to verify the identity: “{quote}”</source>
        <translation>pide verificar la identidad: “{quote}”</translation>
    </message>
    <message>
        <source>partly answered: “{quote}”</source>
        <translation>respondida en parte: “{quote}”</translation>
    </message>
    <message>
        <source>automatic reply: “{quote}”</source>
        <translation>respuesta automática: “{quote}”</translation>
    </message>
    <message>
        <source>data delivered ({what}): “{quote}”</source>
        <translation>datos entregados ({what}): “{quote}”</translation>
    </message>
    <message>
        <source>extension to {until}: “{quote}”</source>
        <translation>prórroga hasta {until}: “{quote}”</translation>
    </message>
    <message>
        <source>asks for {items}: “{quote}”</source>
        <translation>pide {items}: “{quote}”</translation>
    </message>
    <message>
        <source>delivery delayed, not failed ({status}); the server keeps trying</source>
        <translation>entrega retrasada, no fallida ({status}); el servidor sigue intentándolo</translation>
    </message>
    <message>
        <source>automatic acknowledgement: {reason}</source>
        <translation>confirmación de recibo automática: {reason}</translation>
    </message>
    <message>
        <source>{what} is larger than {max_mb} MB, far larger than it should be; it was not read</source>
        <translation>{what} ocupa más de {max_mb} MB, mucho más de lo normal; no se leyó</translation>
    </message>
    <message>
        <source>{what} is nested more than {max_depth} levels deep; it was not read</source>
        <translation>{what} tiene más de {max_depth} niveles de anidamiento; no se leyó</translation>
    </message>
    <message>
        <source>{what} is not valid JSON (line {lineno}, column {colno}); it may be damaged or cut short</source>
        <translation>{what} no es JSON válido (línea {lineno}, columna {colno}); puede estar dañado o incompleto</translation>
    </message>
    <message>
        <source>{what} is not valid JSON ({error})</source>
        <translation>{what} no es JSON válido ({error})</translation>
    </message>
    <message>
        <source>Asked to verify identity</source>
        <translation>Pidió verificar la identidad</translation>
    </message>
    <message>
        <source>the download from {host} took longer than {seconds:.0f} seconds and was stopped; nothing was changed. Try again later or on a faster connection.</source>
        <translation>la descarga desde {host} tardó más de {seconds:.0f} segundos y se detuvo; no se cambió nada. Inténtelo de nuevo más tarde o con una conexión más rápida.</translation>
    </message>
    <message>
        <source>{host} is sending too slowly ({count:,} bytes in {seconds:.0f} seconds, less than {min_rate:,.0f} bytes a second), so the download was stopped; nothing was changed. Try again later.</source>
        <translation>{host} envía demasiado despacio ({count:,} bytes en {seconds:.0f} segundos, menos de {min_rate:,.0f} bytes por segundo), así que la descarga se detuvo; no se cambió nada. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>post</source>
        <translation>correo postal</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulario web</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>Your privacy requests: {name}</source>
        <translation>Sus solicitudes de privacidad: {name}</translation>
    </message>
    <message>
        <source>Prepared with OffMap on {day}: who holds your data, the requests sent to them for you, and their answers so far.</source>
        <translation>Preparado con OffMap el {day}: quién tiene sus datos, las solicitudes que se les enviaron en su nombre y sus respuestas hasta ahora.</translation>
    </message>
    <message>
        <source>Case file: {name}</source>
        <translation>Expediente: {name}</translation>
    </message>
    <message>
        <source>Exported from OffMap on {day}. The letters and the attached files are in this archive&apos;s letters/ and attachments/ folders; case.json holds the same records for another OffMap to import.</source>
        <translation>Exportado desde OffMap el {day}. Las cartas y los archivos adjuntos están en las carpetas letters/ y attachments/ de este archivo comprimido; case.json contiene los mismos registros para que otra instalación de OffMap los importe.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Mobile ad IDs</source>
        <translation>ID de publicidad del celular</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>State / country</source>
        <translation>Estado / país</translation>
    </message>
    <message>
        <source>Consent to store</source>
        <translation>Consentimiento para guardar</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>OffMap case summary</source>
        <translation>Resumen del caso de OffMap</translation>
    </message>
    <message>
        <source>{event} ({channel})</source>
        <translation>{event} ({channel})</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Attached: {files}</source>
        <translation>Adjuntos: {files}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Who holds their data</source>
        <translation>Quién tiene sus datos</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language OffMap writes documents in; use one of: {languages}.</source>
        <translation>&apos;{language}&apos; no es un idioma en el que OffMap redacte documentos; use uno de estos: {languages}.</translation>
    </message>
    <message>
        <source>the {language} catalogue ({path}) is missing, so this document cannot be written in that language.</source>
        <translation>falta el catálogo del idioma {language} ({path}), así que este documento no se puede redactar en ese idioma.</translation>
    </message>
    <message>
        <source>&apos;{addr_spec}&apos; is not a usable e-mail address; correct it and try again.</source>
        <translation>&apos;{addr_spec}&apos; no es una dirección de correo electrónico utilizable; corríjala e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>On Linux install and start a Secret Service keyring (GNOME Keyring or KWallet, usually part of the desktop; check that it is unlocked after you log in). macOS Keychain and Windows Credential Manager work out of the box.</source>
        <translation>En Linux, instale e inicie un llavero Secret Service (GNOME Keyring o KWallet, que suelen venir con el escritorio; compruebe que quede desbloqueado después de iniciar sesión). El llavero de macOS (Keychain) y el Administrador de credenciales de Windows (Credential Manager) funcionan sin configurar nada.</translation>
    </message>
    <message>
        <source>there is no secure system keyring on this computer{found}, so OffMap will not store mail passwords: it asks for the password when you send and forgets it when OffMap closes. {how_to_get_a_keyring}</source>
        <translation>esta computadora no tiene un llavero del sistema seguro{found}, así que OffMap no guardará las contraseñas de correo: pide la contraseña cuando usted envía y la olvida cuando OffMap se cierra. {how_to_get_a_keyring}</translation>
    </message>
    <message>
        <source>store</source>
        <translation>guardar</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>the system keyring failed ({kind}), so OffMap could not {action} the mail password. Try again; if it keeps failing, restart your keyring service or log out and in again.</source>
        <translation>el llavero del sistema falló ({kind}), así que OffMap no pudo {action} la contraseña de correo. Inténtelo de nuevo; si sigue fallando, reinicie el servicio del llavero o cierre la sesión y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>Passwords: not stored (no secure keyring); OffMap asks when you send.</source>
        <translation>Contraseñas: no se guardan (no hay un llavero seguro); OffMap las pide al enviar.</translation>
    </message>
    <message>
        <source> (found only {backend}, which is not secure)</source>
        <translation> (solo se encontró {backend}, que no es seguro)</translation>
    </message>
    <message>
        <source>the system keyring refused OffMap access, so it could not {action} the mail password. Allow OffMap when the keyring asks, or remove the old &apos;OffMap&apos; entry in your keyring manager and enter the password again in Settings → Mail accounts.</source>
        <translation>el llavero del sistema le negó el acceso a OffMap, así que no pudo {action} la contraseña de correo. Permita el acceso a OffMap cuando el llavero lo pida, o elimine la entrada antigua &apos;OffMap&apos; en su administrador de llaveros e ingrese de nuevo la contraseña en Configuración → Cuentas de correo.</translation>
    </message>
    <message>
        <source>the system keyring could not be reached, so OffMap could not {action} the mail password. Check that your keyring service is running. {how_to_get_a_keyring}</source>
        <translation>no se pudo acceder al llavero del sistema, así que OffMap no pudo {action} la contraseña de correo. Compruebe que el servicio del llavero esté en funcionamiento. {how_to_get_a_keyring}</translation>
    </message>
    <message>
        <source>the password is empty; enter the mail account&apos;s password.</source>
        <translation>la contraseña está vacía; ingrese la contraseña de la cuenta de correo.</translation>
    </message>
    <message>
        <source>Passwords: system keyring ({backend}).</source>
        <translation>Contraseñas: llavero del sistema ({backend}).</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keyring ({name}).</source>
        <translation>Las contraseñas se guardan en el llavero del sistema ({name}).</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; on {host}</source>
        <translation>&apos;{username}&apos; en {host}</translation>
    </message>
    <message>
        <source>there is no mail account yet. Add one in Settings → Mail accounts, or with &apos;offmap account set --host H --port P --user U --password-stdin&apos;.</source>
        <translation>todavía no hay ninguna cuenta de correo. Agregue una en Configuración → Cuentas de correo, o con &apos;offmap account set --host H --port P --user U --password-stdin&apos;.</translation>
    </message>
    <message>
        <source>The password is stored in the system keyring.</source>
        <translation>La contraseña quedó guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>the mail password for {where} is needed, and there is no secure keyring on this computer, so OffMap does not store it</source>
        <translation>se necesita la contraseña de correo de {where}, y esta computadora no tiene un llavero seguro, así que OffMap no la guarda</translation>
    </message>
    <message>
        <source>no mail password is stored for {where}</source>
        <translation>no hay ninguna contraseña de correo guardada para {where}</translation>
    </message>
    <message>
        <source>there is no mail account with id {account_id}; &apos;offmap account list&apos; shows them.</source>
        <translation>no hay ninguna cuenta de correo con el id {account_id}; &apos;offmap account list&apos; las muestra.</translation>
    </message>
    <message>
        <source>No password was given; the one already stored (if any) is kept.</source>
        <translation>No se indicó ninguna contraseña; se conserva la que ya estaba guardada (si la hay).</translation>
    </message>
    <message>
        <source>No password was given; OffMap will ask for it when sending.</source>
        <translation>No se indicó ninguna contraseña; OffMap la pedirá al enviar.</translation>
    </message>
    <message>
        <source>{size:.0f} GB</source>
        <translation>{size:.0f} GB</translation>
    </message>
    <message>
        <source>the stored copy of &apos;{filename}&apos; is missing from the store; restore a backup or attach the file again.</source>
        <translation>falta en el almacén la copia guardada de &apos;{filename}&apos;; restaure una copia de seguridad o vuelva a adjuntar el archivo.</translation>
    </message>
    <message>
        <source>the disk holding {home} is full, so the attachment was not saved and nothing was changed. Free some space and try again.</source>
        <translation>el disco que contiene {home} está lleno, así que no se guardó el adjunto y no se cambió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>{size:.0f} KB</source>
        <translation>{size:.0f} KB</translation>
    </message>
    <message>
        <source>{size:.0f} MB</source>
        <translation>{size:.0f} MB</translation>
    </message>
    <message>
        <source>&apos;{sha256}&apos; is not an attachment id.</source>
        <translation>&apos;{sha256}&apos; no es un id de adjunto.</translation>
    </message>
    <message>
        <source>there is no file at {source}; check the path.</source>
        <translation>no hay ningún archivo en {source}; revise la ruta.</translation>
    </message>
    <message>
        <source>{source} is not a file; attach files one by one.</source>
        <translation>{source} no es un archivo; adjunte los archivos uno por uno.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size}, over the {large_file_bytes} limit for attachments (they are kept in every backup). Attach it anyway by confirming (--confirm-large on the command line), or attach a smaller copy.</source>
        <translation>&apos;{name}&apos; ocupa {size}, más que el límite de {large_file_bytes} para adjuntos (se conservan en cada copia de seguridad). Adjúntelo de todos modos confirmándolo (--confirm-large en la línea de comandos), o adjunte una copia más pequeña.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {why}. Nothing was changed. Choose another backup (automatic ones are in the data folder&apos;s backups/ folder).</source>
        <translation>{path} no se puede restaurar: {why}. No se cambió nada. Elija otra copia de seguridad (las automáticas están en la carpeta backups/ de la carpeta de datos).</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as offmap-backup.sqlite3.</source>
        <translation>{out} es una carpeta; indique un nombre de archivo como offmap-backup.sqlite3.</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; create it or choose another.</source>
        <translation>la carpeta {parent} no existe; créela o elija otra.</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the store itself; choose another file.</source>
        <translation>la copia de seguridad no puede sobrescribir el propio almacén; elija otro archivo.</translation>
    </message>
    <message>
        <source>there is no file at {path}; check the path.</source>
        <translation>no hay ningún archivo en {path}; revise la ruta.</translation>
    </message>
    <message>
        <source>{path} is not a file; give the backup file itself.</source>
        <translation>{path} no es un archivo; indique el archivo de la copia de seguridad en sí.</translation>
    </message>
    <message>
        <source>the backup could not be written to {out} ({error}); check the disk has room and try again.</source>
        <translation>no se pudo escribir la copia de seguridad en {out} ({error}); compruebe que el disco tenga espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the backup could not be written to {out}: {error}. Check the folder and the free space.</source>
        <translation>no se pudo escribir la copia de seguridad en {out}: {error}. Revise la carpeta y el espacio libre.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>it is not an OffMap backup (not an SQLite file)</source>
        <translation>no es una copia de seguridad de OffMap (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (integrity check failed)</source>
        <translation>el archivo está dañado o truncado (falló la comprobación de integridad)</translation>
    </message>
    <message>
        <source>it is damaged or truncated, or encrypted with a key this data folder does not have (made on another computer or for another store). If it is another store&apos;s backup, import that store&apos;s key first with &apos;offmap store import-key&apos;</source>
        <translation>está dañada o incompleta, o cifrada con una clave que esta carpeta de datos no tiene (hecha en otra computadora o para otro almacén). Si es la copia de seguridad de otro almacén, importe primero la clave de ese almacén con &apos;offmap store import-key&apos;</translation>
    </message>
    <message>
        <source>the file is damaged or truncated ({error})</source>
        <translation>el archivo está dañado o truncado ({error})</translation>
    </message>
    <message>
        <source>it was made by a newer OffMap (schema {version}; this one knows {latest_version}). Update OffMap first</source>
        <translation>lo creó un OffMap más reciente (esquema {version}; esta versión conoce hasta el esquema {latest_version}). Actualice OffMap primero</translation>
    </message>
    <message>
        <source>it is an SQLite file but not an OffMap store</source>
        <translation>es un archivo SQLite, pero no un almacén de OffMap</translation>
    </message>
    <message>
        <source>its records refer to records that are missing</source>
        <translation>sus registros remiten a registros que faltan</translation>
    </message>
    <message>
        <source>the file is damaged ({error})</source>
        <translation>el archivo está dañado ({error})</translation>
    </message>
    <message>
        <source>{source} could not be read: {error}; nothing was changed.</source>
        <translation>{source} no se pudo leer: {error}; no se cambió nada.</translation>
    </message>
    <message>
        <source>it is encrypted and this data folder&apos;s store is not. Encrypt the store first with &apos;offmap store encrypt&apos;, with the key the backup was made with imported</source>
        <translation>está cifrada y el almacén de esta carpeta de datos no lo está. Primero cifre el almacén con &apos;offmap store encrypt&apos;, después de importar la clave con la que se hizo la copia</translation>
    </message>
    <message>
        <source>an attachment inside it does not match its checksum</source>
        <translation>un adjunto que contiene no coincide con su suma de comprobación</translation>
    </message>
    <message>
        <source>the store is busy (another OffMap window or command is writing); nothing was changed. Close other OffMap windows and try again.</source>
        <translation>el almacén está ocupado (otra ventana u otro comando de OffMap está escribiendo); no se cambió nada. Cierre las demás ventanas de OffMap e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{reference}: {message}</source>
        <translation>{reference}: {message}</translation>
    </message>
    <message>
        <source>already has an opt-out to this broker</source>
        <translation>ya tiene una exclusión ante este corredor de datos</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist; create it or choose another.</source>
        <translation>la carpeta {folder} no existe; créela o elija otra.</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {error}; choose another place.</source>
        <translation>no se puede escribir en {folder}: {error}; elija otro lugar.</translation>
    </message>
    <message>
        <source>could not write {target}: {error}; nothing was written.</source>
        <translation>no se pudo escribir {target}: {error}; no se escribió nada.</translation>
    </message>
    <message>
        <source>the passphrase is shorter than {min_passphrase} characters; choose a longer one (a few words are easy to remember and hard to guess).</source>
        <translation>la frase de contraseña tiene menos de {min_passphrase} caracteres; elija una más larga (unas cuantas palabras son fáciles de recordar y difíciles de adivinar).</translation>
    </message>
    <message>
        <source>the encrypted part is not in OffMap&apos;s format</source>
        <translation>la parte cifrada no está en el formato de OffMap</translation>
    </message>
    <message>
        <source>the encrypted part is cut short</source>
        <translation>la parte cifrada está truncada</translation>
    </message>
    <message>
        <source>the encrypted part uses settings OffMap does not accept</source>
        <translation>la parte cifrada usa parámetros que OffMap no acepta</translation>
    </message>
    <message>
        <source>the encrypted part&apos;s header is damaged</source>
        <translation>el encabezado de la parte cifrada está dañado</translation>
    </message>
    <message>
        <source>the encrypted case file is larger than OffMap accepts</source>
        <translation>el expediente cifrado es más grande de lo que OffMap acepta</translation>
    </message>
    <message>
        <source>the case file is damaged or incomplete (part of it does not decrypt); ask for a new copy.</source>
        <translation>el expediente está dañado o incompleto (una parte no se puede descifrar); pida una copia nueva.</translation>
    </message>
    <message>
        <source>the passphrase is wrong, or the case file was changed after it was exported. Check the passphrase (it is case-sensitive) and try again.</source>
        <translation>la frase de contraseña es incorrecta, o el expediente se modificó después de exportarse. Revise la frase de contraseña (distingue entre mayúsculas y minúsculas) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>this case file cannot be imported: {why}. Nothing was changed.</source>
        <translation>este expediente no se puede importar: {why}. No se cambió nada.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as case.zip.</source>
        <translation>{out} es una carpeta; indique un nombre de archivo, como case.zip.</translation>
    </message>
    <message>
        <source>this case file is encrypted; give its passphrase (on the command line: offmap import case FILE --passphrase-stdin).</source>
        <translation>este expediente está cifrado; indique su frase de contraseña (en la línea de comandos: offmap import case FILE --passphrase-stdin).</translation>
    </message>
    <message>
        <source>the case file could not be written to {out}: {error}; check the folder and the free space.</source>
        <translation>no se pudo escribir el expediente en {out}: {error}; revise la carpeta y el espacio libre.</translation>
    </message>
    <message>
        <source>it has more than {max_entries} entries</source>
        <translation>tiene más de {max_entries} entradas</translation>
    </message>
    <message>
        <source>{name!r} is larger than OffMap accepts</source>
        <translation>{name!r} es más grande de lo que OffMap acepta</translation>
    </message>
    <message>
        <source>{name!r} is not the size its header says</source>
        <translation>{name!r} no tiene el tamaño que indica su encabezado</translation>
    </message>
    <message>
        <source>this case is already in this OffMap: request {reference} exists (client id {client_id}). Nothing was imported; delete that client first to import the case again.</source>
        <translation>este caso ya está en este OffMap: existe la solicitud {reference} (id de cliente {client_id}). No se importó nada; para volver a importar el caso, elimine primero ese cliente.</translation>
    </message>
    <message>
        <source>it contains an unsafe file name ({name!r})</source>
        <translation>contiene un nombre de archivo no seguro ({name!r})</translation>
    </message>
    <message>
        <source>it contains a link ({name!r})</source>
        <translation>contiene un enlace ({name!r})</translation>
    </message>
    <message>
        <source>it uses zip encryption, which OffMap does not write</source>
        <translation>usa cifrado zip, que OffMap no genera</translation>
    </message>
    <message>
        <source>it lists {name!r} twice</source>
        <translation>incluye dos veces {name!r}</translation>
    </message>
    <message>
        <source>{name!r} expands more than {max_ratio} times (a zip bomb?)</source>
        <translation>{name!r} se expande más de {max_ratio} veces (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>its contents are larger than OffMap accepts</source>
        <translation>su contenido es más grande de lo que OffMap acepta</translation>
    </message>
    <message>
        <source>it is not a zip file</source>
        <translation>no es un archivo zip</translation>
    </message>
    <message>
        <source>the decrypted contents are not a zip file</source>
        <translation>el contenido descifrado no es un archivo zip</translation>
    </message>
    <message>
        <source>the zip file is damaged ({error})</source>
        <translation>el archivo zip está dañado ({error})</translation>
    </message>
    <message>
        <source>a request has the unknown type {request_type!r}</source>
        <translation>una solicitud tiene un tipo desconocido: {request_type!r}</translation>
    </message>
    <message>
        <source>an event has the unknown kind {kind!r}</source>
        <translation>un evento tiene un tipo desconocido: {kind!r}</translation>
    </message>
    <message>
        <source>the client&apos;s details are not valid ({error})</source>
        <translation>los datos del cliente no son válidos ({error})</translation>
    </message>
    <message>
        <source>the attached file {path!r} is missing</source>
        <translation>falta el archivo adjunto {path!r}</translation>
    </message>
    <message>
        <source>the attached file {path!r} has the wrong size</source>
        <translation>el archivo adjunto {path!r} no tiene el tamaño correcto</translation>
    </message>
    <message>
        <source>the attached file {path!r} does not match its checksum</source>
        <translation>el archivo adjunto {path!r} no coincide con su suma de comprobación</translation>
    </message>
    <message>
        <source>the company {slug!r} is not a valid directory record</source>
        <translation>la empresa {slug!r} no es un registro de directorio válido</translation>
    </message>
    <message>
        <source>the letter of {reference} could not be written: {error}</source>
        <translation>no se pudo escribir la carta de {reference}: {error}</translation>
    </message>
    <message>
        <source>the letter of {reference} could not be written (internal error {error_type}); the records are all in case.json</source>
        <translation>no se pudo escribir la carta de {reference} (error interno {error_type}); todos los registros están en case.json</translation>
    </message>
    <message>
        <source>{name!r} is larger than its header says</source>
        <translation>{name!r} es más grande de lo que indica su encabezado</translation>
    </message>
    <message>
        <source>it has no {case_json} (it is not an OffMap case export)</source>
        <translation>no contiene el archivo {case_json} (no es un caso exportado por OffMap)</translation>
    </message>
    <message>
        <source>it has no {case_json}</source>
        <translation>no contiene el archivo {case_json}</translation>
    </message>
    <message>
        <source>the attached file &apos;{filename}&apos; is missing from the data folder, so it is not in the export</source>
        <translation>falta en la carpeta de datos el archivo adjunto &apos;{filename}&apos;, así que no está en la exportación</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of channel; use one of: {kinds}.</source>
        <translation>&apos;{kind}&apos; no es un tipo de canal; use uno de estos: {kinds}.</translation>
    </message>
    <message>
        <source>say which company and which channel failed.</source>
        <translation>indique qué empresa y qué canal fallaron.</translation>
    </message>
    <message>
        <source>bounced on {day}</source>
        <translation>rebotó el {day}</translation>
    </message>
    <message>
        <source>bounced on {day}: {text}</source>
        <translation>rebotó el {day}: {text}</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>Una empresa necesita un nombre.</translation>
    </message>
    <message>
        <source>An MVNO needs its host network (the carrier it runs on).</source>
        <translation>Un OMV necesita su red anfitriona (el operador cuya red utiliza).</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; is not one of your own companies, so it cannot be deleted.</source>
        <translation>&apos;{slug}&apos; no es una de sus propias empresas, así que no se puede eliminar.</translation>
    </message>
    <message>
        <source>this company cannot be saved: {shown}{more}.</source>
        <translation>esta empresa no se puede guardar: {shown}{more}.</translation>
    </message>
    <message>
        <source>&apos;{link}&apos; is not a company in the directory; pick an existing one.</source>
        <translation>&apos;{link}&apos; no es una empresa del directorio; elija una que exista.</translation>
    </message>
    <message>
        <source>the directory file is not signed by OffMap&apos;s maintainers (its signature does not match the key OffMap ships with); it may have been altered, so nothing was changed.</source>
        <translation>el archivo del directorio no está firmado por los responsables de OffMap (su firma no coincide con la clave que trae OffMap); puede haber sido alterado, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>the directory&apos;s signature file is not a signature (expected one line of base64); nothing was changed.</source>
        <translation>el archivo de firma del directorio no es una firma (se esperaba una línea en base64); no se cambió nada.</translation>
    </message>
    <message>
        <source>no directory address is set; give one with --url https://... (it is remembered for the next update).</source>
        <translation>no hay ninguna dirección del directorio configurada; indique una con --url https://... (se recordará para la próxima actualización).</translation>
    </message>
    <message>
        <source>the current directory file</source>
        <translation>el archivo actual del directorio</translation>
    </message>
    <message>
        <source>the update was cancelled; nothing was changed.</source>
        <translation>se canceló la actualización; no se cambió nada.</translation>
    </message>
    <message>
        <source>the directory&apos;s signature ({url}) could not be downloaded, so the file cannot be trusted and nothing was changed: {error}</source>
        <translation>no se pudo descargar la firma del directorio ({url}), así que no se puede confiar en el archivo y no se cambió nada: {error}</translation>
    </message>
    <message>
        <source>the downloaded directory was refused, so the current one was kept: {error}</source>
        <translation>se rechazó el directorio descargado, así que se conservó el actual: {error}</translation>
    </message>
    <message>
        <source>choose request types among: {types} (not {unknown}).</source>
        <translation>elija tipos de solicitud entre: {types} (no {unknown}).</translation>
    </message>
    <message>
        <source>&apos;{law}&apos; is not a law OffMap knows; see &apos;offmap request new --help&apos; for the law ids.</source>
        <translation>&apos;{law}&apos; no es una ley que OffMap conozca; consulte &apos;offmap request new --help&apos; para ver los id de las leyes.</translation>
    </message>
    <message>
        <source>client {client_id} has no holdings yet; add them (offmap holding add or holding suggest) or name the companies.</source>
        <translation>el cliente {client_id} todavía no tiene empresas con sus datos; agréguelas (offmap holding add u holding suggest) o indique las empresas.</translation>
    </message>
    <message>
        <source>{law} does not grant this request</source>
        <translation>{law} no otorga esta solicitud</translation>
    </message>
    <message>
        <source>{laws}: no {type} right; choose another type or law</source>
        <translation>{laws}: no otorga el derecho «{type}»; elija otro tipo u otra ley</translation>
    </message>
    <message>
        <source>{law} does not cover a {kind}</source>
        <translation>{law} no cubre este tipo de empresa ({kind})</translation>
    </message>
    <message>
        <source>no law applies; choose a model law for a voluntary request</source>
        <translation>no se aplica ninguna ley; elija una ley modelo para una solicitud voluntaria</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>recordatorio</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>apelación</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>queja</translation>
    </message>
    <message>
        <source>request {reference} is {status}</source>
        <translation>la solicitud {reference} está {status}</translation>
    </message>
    <message>
        <source>request {reference} is {status}; its answer is due {due}</source>
        <translation>la solicitud {reference} está {status}; el plazo para responder vence el {due}</translation>
    </message>
    <message>
        <source>the refusal of {day}</source>
        <translation>el rechazo del {day}</translation>
    </message>
    <message>
        <source>the deemed refusal when no answer came by {day}</source>
        <translation>el rechazo tácito por falta de respuesta al {day}</translation>
    </message>
    <message>
        <source>a draft {kind} for {reference} already exists ({draft}, request {id}); send or delete it first.</source>
        <translation>ya existe un borrador de {kind} para {reference} ({draft}, solicitud {id}); envíelo o elimínelo primero.</translation>
    </message>
    <message>
        <source>the message {source} is {size}, over the {max_bytes} OffMap can keep for one message; nothing was imported.</source>
        <translation>el mensaje {source} ocupa {size}, más de los {max_bytes} que OffMap puede conservar por mensaje; no se importó nada.</translation>
    </message>
    <message>
        <source>the disk holding {home} is full, so the message was not imported and nothing was changed. Free some space and try again.</source>
        <translation>el disco que contiene {home} está lleno, así que no se importó el mensaje y no se cambió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the copy of reply {reply_id} is still a plain file in the data folder, not in the encrypted store: {reason}.</source>
        <translation>la copia de la respuesta {reply_id} sigue siendo un archivo sin cifrar en la carpeta de datos, no en el almacén cifrado: {reason}.</translation>
    </message>
    <message>
        <source>the stored copy of reply {reply_id} is missing from the store; restore a backup or import the message again.</source>
        <translation>falta en el almacén la copia guardada de la respuesta {reply_id}; restaure una copia de seguridad o vuelva a importar el mensaje.</translation>
    </message>
    <message>
        <source>{company} needs identifiers this letter does not carry yet: {missing}; it stays a draft. {how} To send it as it is, add --allow-missing-id.</source>
        <translation>{company} necesita datos de identificación que esta carta todavía no incluye: {missing}; sigue como borrador. {how} Para enviarla tal como está, agregue --allow-missing-id.</translation>
    </message>
    <message>
        <source>roles exist only on a clinic&apos;s server store; choose it with --store postgresql://USER@HOST/DB (the embedded store is one person&apos;s).</source>
        <translation>los roles solo existen en el almacén del servidor de una clínica; elíjalo con --store postgresql://USER@HOST/DB (el almacén integrado es de una sola persona).</translation>
    </message>
    <message>
        <source>{role} cannot be both a worker and a supervisor; a supervisor can already do everything a worker can.</source>
        <translation>{role} no puede ser a la vez trabajador y supervisor; un supervisor ya puede hacer todo lo que hace un trabajador.</translation>
    </message>
    <message>
        <source>the server has no login role {login}; create it first (CREATE ROLE {login} LOGIN PASSWORD &apos;...&apos;, see docs/clinic-setup.md). Nothing was changed.</source>
        <translation>el servidor no tiene ningún rol de inicio de sesión {login}; créelo primero (CREATE ROLE {login} LOGIN PASSWORD &apos;...&apos;, vea docs/clinic-setup.md). No se cambió nada.</translation>
    </message>
    <message>
        <source>only the database&apos;s owner (with the right to create roles) can set up the roles; connect as that user, or ask whoever runs the server to run the SQL in docs/clinic-setup.md. Nothing was changed.</source>
        <translation>solo el propietario de la base de datos (con permiso para crear roles) puede configurar los roles; conéctese como ese usuario o pida a quien administra el servidor que ejecute el SQL de docs/clinic-setup.md. No se cambió nada.</translation>
    </message>
    <message>
        <source>the choice of store could not be saved in {path}: {error}</source>
        <translation>no se pudo guardar en {path} la elección de almacén: {error}</translation>
    </message>
    <message>
        <source>{path} is in use by another OffMap window or command; close it and try again. Nothing was changed.</source>
        <translation>{path} está en uso por otra ventana o comando de OffMap; ciérrelo e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>there is no secure system keyring and no terminal to type the store passphrase at, so the store was not opened. Give the passphrase as the first line of stdin with &apos;offmap --store-passphrase-stdin COMMAND ...&apos;. {how_to_get_a_keyring}</source>
        <translation>no hay un llavero seguro del sistema ni una terminal donde escribir la frase de contraseña del almacén, así que no se abrió el almacén. Indique la frase de contraseña como primera línea de la entrada estándar con &apos;offmap --store-passphrase-stdin COMMAND ...&apos;. {how_to_get_a_keyring}</translation>
    </message>
    <message>
        <source>no password was given on stdin; nothing was kept.</source>
        <translation>no se indicó ninguna contraseña en la entrada estándar; no se guardó nada.</translation>
    </message>
    <message>
        <source>the store {location} cannot be copied into itself.</source>
        <translation>el almacén {location} no se puede copiar en sí mismo.</translation>
    </message>
    <message>
        <source>the two stores have different schema versions ({source_version} and {target_version}); use the same OffMap version for both. Nothing was copied.</source>
        <translation>los dos almacenes tienen versiones de esquema distintas ({source_version} y {target_version}); use la misma versión de OffMap para ambos. No se copió nada.</translation>
    </message>
    <message>
        <source>the store {location} has no table {table}; nothing was copied.</source>
        <translation>el almacén {location} no tiene la tabla {table}; no se copió nada.</translation>
    </message>
    <message>
        <source>the store {location} is not empty ({count} rows in {table}): migrate-to copies only into an empty store, so that nothing there is mixed up or overwritten. Nothing was copied.</source>
        <translation>el almacén {location} no está vacío ({count} filas en {table}): migrate-to solo copia a un almacén vacío, para que nada de lo que contiene se mezcle ni se sobrescriba. No se copió nada.</translation>
    </message>
    <message>
        <source>the copy of {table} holds {copied} rows, not {expected}; the target was left empty.</source>
        <translation>la copia de {table} tiene {copied} filas, no {expected}; el almacén de destino se dejó vacío.</translation>
    </message>
    <message>
        <source>The old passphrase no longer opens this store. Backups saved outside the data folder before this change still need the old passphrase: restore them into a new data folder and give the old passphrase there. Make a new backup now (&apos;offmap backup --out FILE&apos;).</source>
        <translation>La frase de contraseña antigua ya no abre este almacén. Las copias de seguridad guardadas fuera de la carpeta de datos antes de este cambio siguen necesitando la frase de contraseña antigua: restáurelas en una carpeta de datos nueva e indique allí la frase de contraseña antigua. Haga ahora una copia de seguridad nueva (&apos;offmap backup --out FILE&apos;).</translation>
    </message>
    <message>
        <source>the disk holding {home} is too full to change the store key safely; nothing was changed. Free some space and try again.</source>
        <translation>el disco que contiene {home} está demasiado lleno para cambiar la clave del almacén con seguridad; no se cambió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the new passphrase must have at least {count} characters; nothing was changed.</source>
        <translation>la nueva frase de contraseña debe tener al menos {count} caracteres; no se cambió nada.</translation>
    </message>
    <message>
        <source>give the current passphrase and the new one (two lines on stdin with --passphrase-stdin); nothing was changed.</source>
        <translation>indique la frase de contraseña actual y la nueva (dos líneas en la entrada estándar con --passphrase-stdin); no se cambió nada.</translation>
    </message>
    <message>
        <source>wrong passphrase: it does not open the store in {home}; nothing was changed.</source>
        <translation>frase de contraseña incorrecta: no abre el almacén de {home}; no se cambió nada.</translation>
    </message>
    <message>
        <source>there is no store in {home} yet; nothing to change.</source>
        <translation>todavía no hay ningún almacén en {home}; no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>the store in {home} is not encrypted; encrypt it first with &apos;offmap store encrypt&apos;.</source>
        <translation>el almacén de {home} no está cifrado; primero cífrelo con &apos;offmap store encrypt&apos;.</translation>
    </message>
    <message>
        <source>the store did not pass its integrity check, so its key was not changed; nothing was changed. Restore a backup first.</source>
        <translation>el almacén no pasó la comprobación de integridad, así que no se cambió su clave; no se cambió nada. Primero restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>the store re-encrypted with the new key did not match what it held before; restore a backup (&apos;offmap restore FILE&apos;).</source>
        <translation>el almacén cifrado de nuevo con la nueva clave no coincidía con lo que contenía antes; restaure una copia de seguridad (&apos;offmap restore FILE&apos;).</translation>
    </message>
    <message>
        <source>{path} is open in another OffMap window or command; close it and try again. Nothing was changed.</source>
        <translation>{path} está abierto en otra ventana o comando de OffMap; ciérrelo e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>could not write {path} ({error}); nothing was changed.</source>
        <translation>no se pudo escribir {path} ({error}); no se cambió nada.</translation>
    </message>
    <message>
        <source>the store key could not be changed ({error}); nothing was changed.</source>
        <translation>no se pudo cambiar la clave del almacén ({error}); no se cambió nada.</translation>
    </message>
    <message>
        <source>client {client_id} was changed by {who} at {when} meanwhile; nothing was saved. Reload and try again.</source>
        <translation>mientras tanto, {who} cambió el cliente {client_id} (cuándo: {when}); no se guardó nada. Vuelva a cargar los datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>request {reference} was changed by {who} at {when} meanwhile; nothing was saved. Reload and try again.</source>
        <translation>mientras tanto, {who} cambió la solicitud {reference} (cuándo: {when}); no se guardó nada. Vuelva a cargar los datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>another worker</source>
        <translation>otro trabajador</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>the store {path} is damaged or is not an OffMap store, or it is encrypted with another key or passphrase, so it was left untouched. With the right key, import it with &apos;offmap store import-key&apos;; otherwise restore a backup with &apos;offmap restore FILE&apos;.</source>
        <translation>el almacén {path} está dañado o no es un almacén de OffMap, o está cifrado con otra clave o frase de contraseña, así que no se tocó. Si tiene la clave correcta, impórtela con &apos;offmap store import-key&apos;; si no, restaure una copia de seguridad con &apos;offmap restore FILE&apos;.</translation>
    </message>
    <message>
        <source>request {reference} has not reached the company yet</source>
        <translation>la solicitud {reference} todavía no ha llegado a la empresa</translation>
    </message>
    <message>
        <source>a request&apos;s reference {value} is not in OffMap&apos;s format (OFM-XXXX-XXXX)</source>
        <translation>la referencia de solicitud {value} no tiene el formato de OffMap (OFM-XXXX-XXXX)</translation>
    </message>
    <message>
        <source>request {reference} has an unknown {what} {value}</source>
        <translation>la solicitud {reference} tiene un valor desconocido en «{what}»: {value}</translation>
    </message>
    <message>
        <source>request {reference} has an impossible date {value} ({field})</source>
        <translation>la solicitud {reference} tiene una fecha imposible: {value} ({field})</translation>
    </message>
    <message>
        <source>the company {slug} has an unknown kind {value}</source>
        <translation>la empresa {slug} tiene un tipo desconocido: {value}</translation>
    </message>
    <message>
        <source>a holding names the unknown company {value}</source>
        <translation>una empresa con datos del cliente nombra una empresa desconocida: {value}</translation>
    </message>
    <message>
        <source>a holding has the unknown data kind {value}</source>
        <translation>una empresa con datos del cliente tiene un tipo de dato desconocido: {value}</translation>
    </message>
    <message>
        <source>an event belongs to no request of the case (request id {value})</source>
        <translation>un evento no pertenece a ninguna solicitud del expediente (id de solicitud {value})</translation>
    </message>
    <message>
        <source>an event has the unknown kind {value}</source>
        <translation>un evento tiene un tipo desconocido: {value}</translation>
    </message>
    <message>
        <source>an event has an impossible date {value}</source>
        <translation>un evento tiene una fecha imposible: {value}</translation>
    </message>
    <message>
        <source>{what} is not valid JSON: it is not UTF-8 text (unexpected byte at position {start})</source>
        <translation>{what} no es JSON válido: no es texto UTF-8 (byte inesperado en la posición {start})</translation>
    </message>
    <message>
        <source>the system keyring ({backend}) is locked. OffMap neither reads nor stores mail passwords while it is locked, and never keeps them anywhere else instead: unlock it (Settings → Mail accounts → Unlock keyring, or your desktop&apos;s keyring manager) to send with a stored password.</source>
        <translation>el llavero del sistema ({backend}) está bloqueado. OffMap no lee ni guarda contraseñas de correo mientras esté bloqueado, y nunca las guarda en ningún otro lugar como alternativa: desbloquéelo (Configuración → Cuentas de correo → Desbloquear llavero, o el administrador de llaveros de su escritorio) para enviar con una contraseña guardada.</translation>
    </message>
    <message>
        <source>the system keyring is locked (a keyring exists, but it was not unlocked), so OffMap could not {action} the mail password and kept it nowhere else. Unlock it (Settings → Mail accounts → Unlock keyring; on Linux also &apos;Passwords and Keys&apos;; on macOS Keychain Access) and try again, or type the password when you send.</source>
        <translation>el llavero del sistema está bloqueado (existe un llavero, pero no se desbloqueó), así que OffMap no pudo {action} la contraseña de correo y no la guardó en ningún otro lugar. Desbloquéelo (Configuración → Cuentas de correo → Desbloquear llavero; en Linux también &apos;Contraseñas y claves&apos;; en macOS, Acceso a Llaveros) e inténtelo de nuevo, o escriba la contraseña al enviar.</translation>
    </message>
    <message>
        <source>Passwords: system keyring ({backend}), LOCKED: unlock it to use stored passwords; nothing is kept anywhere else.</source>
        <translation>Contraseñas: llavero del sistema ({backend}), BLOQUEADO: desbloquéelo para usar las contraseñas guardadas; no se guarda nada en ningún otro lugar.</translation>
    </message>
    <message>
        <source>the copy of &apos;{filename}&apos; is still a plain file in the data folder, not in the encrypted store: {reason}.</source>
        <translation>la copia de &apos;{filename}&apos; sigue siendo un archivo sin cifrar en la carpeta de datos, no en el almacén cifrado: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size}, over the {max_file_bytes} that OffMap can keep for one attachment. Attach a smaller copy (a compressed scan, or the relevant pages) and keep the original elsewhere; nothing was changed.</source>
        <translation>&apos;{name}&apos; ocupa {size}, más de los {max_file_bytes} que OffMap puede conservar por adjunto. Adjunte una copia más pequeña (un escaneo comprimido o solo las páginas pertinentes) y guarde el original en otro lugar; no se cambió nada.</translation>
    </message>
    <message>
        <source>could not write a temporary copy of &apos;{filename}&apos;: {error}</source>
        <translation>no se pudo escribir una copia temporal de &apos;{filename}&apos;: {error}</translation>
    </message>
    <message>
        <source>could not read &apos;{name}&apos;: {error}; nothing was changed.</source>
        <translation>no se pudo leer &apos;{name}&apos;: {error}; no se cambió nada.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; grew over {max_file_bytes} while it was read; nothing was changed.</source>
        <translation>&apos;{name}&apos; superó los {max_file_bytes} mientras se leía; no se cambió nada.</translation>
    </message>
    <message>
        <source>added the client</source>
        <translation>agregó al cliente</translation>
    </message>
    <message>
        <source>edited the client</source>
        <translation>editó los datos del cliente</translation>
    </message>
    <message>
        <source>archived the client</source>
        <translation>archivó al cliente</translation>
    </message>
    <message>
        <source>brought the client back from the archive</source>
        <translation>sacó al cliente del archivo</translation>
    </message>
    <message>
        <source>deleted the client</source>
        <translation>eliminó al cliente</translation>
    </message>
    <message>
        <source>imported the client from a case file</source>
        <translation>importó al cliente desde un expediente</translation>
    </message>
    <message>
        <source>created the request</source>
        <translation>creó la solicitud</translation>
    </message>
    <message>
        <source>edited the request&apos;s letter</source>
        <translation>editó la carta de la solicitud</translation>
    </message>
    <message>
        <source>deleted the draft request</source>
        <translation>eliminó la solicitud en borrador</translation>
    </message>
    <message>
        <source>recorded the request as sent</source>
        <translation>registró la solicitud como enviada</translation>
    </message>
    <message>
        <source>recorded the delivery</source>
        <translation>registró la entrega</translation>
    </message>
    <message>
        <source>logged an event</source>
        <translation>registró un evento</translation>
    </message>
    <message>
        <source>changed an event</source>
        <translation>cambió un evento</translation>
    </message>
    <message>
        <source>deleted an event</source>
        <translation>eliminó un evento</translation>
    </message>
    <message>
        <source>restored a deleted event</source>
        <translation>restauró un evento eliminado</translation>
    </message>
    <message>
        <source>attached files to an event</source>
        <translation>adjuntó archivos a un evento</translation>
    </message>
    <message>
        <source>recorded who holds the client&apos;s data</source>
        <translation>registró quién tiene los datos del cliente</translation>
    </message>
    <message>
        <source>removed a company holding the client&apos;s data</source>
        <translation>quitó una empresa que tiene datos del cliente</translation>
    </message>
    <message>
        <source>there is no client with id {client_id} and no record of one; &apos;offmap client list&apos; shows the ids.</source>
        <translation>no hay ningún cliente con el id {client_id} ni registro de que haya existido; &apos;offmap client list&apos; muestra los id.</translation>
    </message>
    <message>
        <source>there is no request with id {request_id} and no record of one; &apos;offmap request list&apos; shows the ids.</source>
        <translation>no hay ninguna solicitud con el id {request_id} ni registro de que haya existido; &apos;offmap request list&apos; muestra los id.</translation>
    </message>
    <message>
        <source>the store&apos;s copy of {path} did not read back the same, so the file stays where it is</source>
        <translation>la copia de {path} en el almacén no se leyó igual que el original, así que el archivo se queda donde está</translation>
    </message>
    <message>
        <source>{count} file(s) of the data folder could not be moved into the encrypted store and are still readable on disk: {problems}.</source>
        <translation>archivos de la carpeta de datos que no se pudieron mover al almacén cifrado y siguen legibles en el disco: {count}. {problems}.</translation>
    </message>
    <message>
        <source>OffMap suggests following up if nothing has changed by {follow_up_on}, {period} after receipt: a practice, not a legal deadline</source>
        <translation>OffMap sugiere dar seguimiento si nada ha cambiado para el {follow_up_on}, {period} después del recibo: una práctica, no un plazo legal</translation>
    </message>
    <message>
        <source>the law sets no response deadline for this request; OffMap suggests following up if nothing has changed by {follow_up_on} (a practice, not a legal deadline).</source>
        <translation>la ley no fija un plazo de respuesta para esta solicitud; OffMap sugiere dar seguimiento si nada ha cambiado para el {follow_up_on} (una práctica, no un plazo legal).</translation>
    </message>
    <message>
        <source>no answer by {follow_up_on}, OffMap&apos;s suggested follow-up date (the law sets no period, so this is not overdue); send a reminder.</source>
        <translation>sin respuesta para el {follow_up_on}, la fecha de seguimiento que sugiere OffMap (la ley no fija ningún plazo, así que no está vencida); envíe un recordatorio.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Recibo confirmado</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prorrogada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}), so it stays where it is</source>
        <translation>no se pudo leer {path} ({error}), así que se queda donde está</translation>
    </message>
    <message>
        <source>{path} does not match the checksum that names it (damaged?), so it stays where it is</source>
        <translation>{path} no coincide con la suma de comprobación que le da nombre (¿está dañado?), así que se queda donde está</translation>
    </message>
    <message>
        <source>{path} is larger than one stored file may be, so it stays where it is</source>
        <translation>{path} es más grande de lo que puede ser un archivo guardado, así que se queda donde está</translation>
    </message>
    <message>
        <source>{path} could not be copied into the store ({error}), so it stays where it is</source>
        <translation>no se pudo copiar {path} al almacén ({error}), así que se queda donde está</translation>
    </message>
    <message>
        <source>{path} is in the store now but could not be removed ({error}); remove it by hand</source>
        <translation>{path} ya está en el almacén, pero no se pudo eliminar ({error}); elimínelo a mano</translation>
    </message>
    <message>
        <source>a case file imported on {date}</source>
        <translation>un expediente importado el {date}</translation>
    </message>
    <message>
        <source>an attached file changed while it was imported</source>
        <translation>un archivo adjunto cambió mientras se importaba</translation>
    </message>
    <message>
        <source>only a supervisor can delete a client on the clinic&apos;s server store; nothing was deleted. Archive the client instead, or ask a supervisor.</source>
        <translation>solo un supervisor puede eliminar un cliente en el almacén del servidor de la clínica; no se eliminó nada. Archive al cliente en su lugar o pídaselo a un supervisor.</translation>
    </message>
    <message>
        <source>{request}; send it first (offmap request mark-sent), then follow up if it goes unanswered.</source>
        <translation>{request}; envíela primero (offmap request mark-sent) y luego haga un seguimiento si no recibe respuesta.</translation>
    </message>
    <message>
        <source>{request}, so there is nothing to remind the company of. To challenge a refusal or an incomplete answer, draft an appeal or a complaint.</source>
        <translation>{request}, así que no hay nada que recordarle a la empresa. Para impugnar un rechazo o una respuesta incompleta, redacte una apelación o una queja.</translation>
    </message>
    <message>
        <source>{request}; a reminder cites a missed date, so it can be drafted once that date has passed.</source>
        <translation>{request}; un recordatorio cita una fecha incumplida, así que se puede redactar una vez que esa fecha haya pasado.</translation>
    </message>
    <message>
        <source>{law} grants no appeal. {note}</source>
        <translation>{law} no prevé apelación. {note}</translation>
    </message>
    <message>
        <source>{request}; an appeal challenges a refusal, an incomplete answer or a missed deadline.</source>
        <translation>{request}; una apelación impugna un rechazo, una respuesta incompleta o un plazo incumplido.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a follow-up; use one of: {followup_types}.</source>
        <translation>&apos;{kind}&apos; no es un seguimiento; use uno de estos: {followup_types}.</translation>
    </message>
    <message>
        <source>File this complaint by {file_by}: {period} after {after} ({citation}).</source>
        <translation>Presente esta queja a más tardar el {file_by}: {period} después de {after} ({citation}).</translation>
    </message>
    <message>
        <source>You may also complain to the {name} ({citation}).</source>
        <translation>También puede presentar una queja ante {name} ({citation}).</translation>
    </message>
    <message>
        <source>Check the appeal deadline: {period} ({citation}, {confidence}). {note}</source>
        <translation>Revise el plazo para apelar: {period} ({citation}, {confidence}). {note}</translation>
    </message>
    <message>
        <source>Send a reminder or a complaint to the regulator.</source>
        <translation>Envíe un recordatorio o una queja ante la autoridad reguladora.</translation>
    </message>
    <message>
        <source>request {reference} was voluntary (no privacy law covers the client&apos;s residence), so no regulator enforces it; send a reminder instead.</source>
        <translation>la solicitud {reference} fue voluntaria (ninguna ley de privacidad cubre el lugar de residencia del cliente), así que ninguna autoridad reguladora la hace cumplir; envíe un recordatorio en su lugar.</translation>
    </message>
    <message>
        <source>OffMap knows no regulator for {law}.</source>
        <translation>OffMap no conoce ninguna autoridad reguladora para {law}.</translation>
    </message>
    <message>
        <source>the {regulator} handles only these requests under {law}: {covers}. {note}</source>
        <translation>{regulator} solo tramita estas solicitudes según {law}: {covers}. {note}</translation>
    </message>
    <message>
        <source>{request}; a complaint is for a refusal, an incomplete answer or a missed deadline.</source>
        <translation>{request}; una queja es para un rechazo, una respuesta incompleta o un plazo incumplido.</translation>
    </message>
    <message>
        <source>Afterwards: {where}, within {amount} {unit} after {after} ({citation}).</source>
        <translation>Luego: {where}, en un plazo de {amount} {unit} desde {after} ({citation}).</translation>
    </message>
    <message>
        <source>The evidence is longer than {max_evidence} characters; shorten it or attach the document to a request instead.</source>
        <translation>La prueba tiene más de {max_evidence} caracteres; acórtela o, en su lugar, adjunte el documento a una solicitud.</translation>
    </message>
    <message>
        <source>{name} is not a phone carrier or MVNO; pick your phone service (the company that bills you for the line).</source>
        <translation>{name} no es un operador telefónico ni un OMV; elija su servicio de teléfono (la empresa que le cobra la línea).</translation>
    </message>
    <message>
        <source>{name} is not an app, platform or SDK company; use &apos;Add my phone service&apos; for carriers.</source>
        <translation>{name} no es una empresa de apps, plataformas o SDK; para los operadores, use «Agregar mi servicio de teléfono».</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of location data; use one of: {data_kinds}.</source>
        <translation>&apos;{kind}&apos; no es un tipo de datos de ubicación; use uno de estos: {data_kinds}.</translation>
    </message>
    <message>
        <source>{company} needs identifiers this letter does not carry yet: {missing}. Nothing was sent. {how} To send it as it is, add --allow-missing-id.</source>
        <translation>{company} necesita datos de identificación que esta carta todavía no incluye: {missing}. No se envió nada. {how} Para enviarla tal como está, agregue --allow-missing-id.</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; is not a company in the directory; use the id `offmap directory search` shows, e.g. att.</source>
        <translation>&apos;{slug}&apos; no es una empresa del directorio; use el id que muestra `offmap directory search`, p. ej., att.</translation>
    </message>
    <message>
        <source>the client has no advertising ID {ad_id}; `offmap client show {client_id}` lists theirs.</source>
        <translation>el cliente no tiene el ID de publicidad {ad_id}; `offmap client show {client_id}` muestra los suyos.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <source>&apos;{fmt}&apos; is not a letter format; use one of: {formats}.</source>
        <translation>&apos;{fmt}&apos; no es un formato de carta; use uno de estos: {formats}.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address in the directory; send the letter by post or through its web form (export it as PDF), or add an address to the company.</source>
        <translation>{name} no tiene dirección de correo electrónico en el directorio; envíe la carta por correo postal o por su formulario web (expórtela como PDF), o agregue una dirección a la empresa.</translation>
    </message>
    <message>
        <source>choose letter formats among: {formats} (not {unknown}).</source>
        <translation>elija formatos de carta entre: {formats} (no {unknown}).</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist; choose another.</source>
        <translation>la carpeta {folder} no existe; elija otra.</translation>
    </message>
    <message>
        <source>Check the server, port and security in Settings → Mail accounts</source>
        <translation>Revise el servidor, el puerto y la seguridad en Configuración → Cuentas de correo</translation>
    </message>
    <message>
        <source>Port 587 normally uses STARTTLS and port 465 uses SSL/TLS; this account uses {security} on port {port}.</source>
        <translation>El puerto 587 normalmente usa STARTTLS y el puerto 465 usa SSL/TLS; esta cuenta usa {security} en el puerto {port}.</translation>
    </message>
    <message>
        <source>Connected to {where} with {security} and logged in. Nothing was sent.</source>
        <translation>OffMap se conectó a {where} e inició sesión; seguridad: {security}. No se envió nada.</translation>
    </message>
    <message>
        <source>cannot find the mail server &apos;{host}&apos; (the name does not resolve). {settings}, and that this computer is online.</source>
        <translation>no se encuentra el servidor de correo &apos;{host}&apos; (el nombre no se resuelve). {settings}, y compruebe que esta computadora tenga conexión a internet.</translation>
    </message>
    <message>
        <source>no encryption (this computer)</source>
        <translation>sin cifrado (esta computadora)</translation>
    </message>
    <message>
        <source>Connected to {where} with {security} and logged in as {username}. Nothing was sent.</source>
        <translation>OffMap se conectó a {where} e inició sesión como {username}; seguridad: {security}. No se envió nada.</translation>
    </message>
    <message>
        <source>the mail server {where} refused the connection. {settings}; {bridge}{security_hint}</source>
        <translation>el servidor de correo {where} rechazó la conexión. {settings}; {bridge}{security_hint}</translation>
    </message>
    <message>
        <source>the server accepted the letter for some recipients but refused {listed}.</source>
        <translation>el servidor aceptó la carta para algunos destinatarios, pero rechazó {listed}.</translation>
    </message>
    <message>
        <source>security &apos;none&apos; is allowed only for a server on this computer, not {host}; choose STARTTLS or SSL/TLS.</source>
        <translation>la seguridad &apos;none&apos; (Ninguna) solo se permite para un servidor en esta computadora, no para {host}; elija STARTTLS o SSL/TLS.</translation>
    </message>
    <message>
        <source>no password for &apos;{username}&apos; on {account}; enter it in Settings → Mail accounts.</source>
        <translation>no hay contraseña para &apos;{username}&apos; en {account}; ingrésela en Configuración → Cuentas de correo.</translation>
    </message>
    <message>
        <source>the mail server {where} stopped answering while receiving the letter, so it is not known whether it went out. Look in your mail&apos;s Sent folder before trying again.</source>
        <translation>el servidor de correo {where} dejó de responder mientras recibía la carta, así que no se sabe si salió. Busque en la carpeta de Enviados de su correo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>no answer from the mail server {where} in time. Check your connection and the server, port and security in Settings → Mail accounts. {security_hint}</source>
        <translation>el servidor de correo {where} no respondió a tiempo. Revise su conexión y el servidor, el puerto y la seguridad en Configuración → Cuentas de correo. {security_hint}</translation>
    </message>
    <message>
        <source>the mail server {where} presented a certificate that could not be verified ({verify_message}), so nothing was sent. Check the server name (it must match the provider&apos;s, e.g. smtp.gmail.com); if you are on a public or work network that intercepts connections, try another network.</source>
        <translation>el servidor de correo {where} presentó un certificado que no se pudo verificar ({verify_message}), así que no se envió nada. Revise el nombre del servidor (debe coincidir con el del proveedor, p. ej., smtp.gmail.com); si está en una red pública o de trabajo que intercepta las conexiones, pruebe con otra red.</translation>
    </message>
    <message>
        <source>if it is a local bridge (e.g. Proton Mail Bridge), start it first. </source>
        <translation>si es un puente local (p. ej., Proton Mail Bridge), inícielo primero. </translation>
    </message>
    <message>
        <source>a secure connection to {where} could not be set up ({reason}). This usually means the security setting does not match the port. {security_hint}</source>
        <translation>no se pudo establecer una conexión segura con {where} ({reason}). Esto suele significar que la configuración de seguridad no corresponde al puerto. {security_hint}</translation>
    </message>
    <message>
        <source>the mail server {where} refused the login for &apos;{username}&apos; ({smtp_code} {smtp_error}). Check the user name and password; Gmail, iCloud, Yahoo and Fastmail need an app password, not your normal one (see the provider&apos;s help in Settings → Mail accounts).</source>
        <translation>el servidor de correo {where} rechazó el inicio de sesión de &apos;{username}&apos; ({smtp_code} {smtp_error}). Revise el nombre de usuario y la contraseña; Gmail, iCloud, Yahoo y Fastmail requieren una contraseña de aplicación, no la habitual (consulte la ayuda del proveedor en Configuración → Cuentas de correo).</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>no es de confianza</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>error de TLS</translation>
    </message>
    <message>
        <source>the mail server {where} does not offer STARTTLS. {security_hint} Choose SSL/TLS if the port is 465.</source>
        <translation>el servidor de correo {where} no ofrece STARTTLS. {security_hint} Elija SSL/TLS si el puerto es 465.</translation>
    </message>
    <message>
        <source>the mail server {where} does not offer a login (AUTH). Check that this is the provider&apos;s submission server and port (usually 587 or 465).</source>
        <translation>el servidor de correo {where} no ofrece inicio de sesión (AUTH). Compruebe que sean el servidor y el puerto de envío del proveedor (normalmente 587 o 465).</translation>
    </message>
    <message>
        <source>the mail server refused the recipient ({refused}). Nothing was sent. Check the company&apos;s e-mail address in the directory (it may have changed), or use its web form or post instead.</source>
        <translation>el servidor de correo rechazó al destinatario ({refused}). No se envió nada. Revise la dirección de correo electrónico de la empresa en el directorio (puede haber cambiado), o use en su lugar su formulario web o el correo postal.</translation>
    </message>
    <message>
        <source>the mail server refused the From address {sender} ({smtp_code} {smtp_error}). Nothing was sent. Use a From address that belongs to this account (Settings → Mail accounts).</source>
        <translation>el servidor de correo rechazó la dirección del remitente {sender} ({smtp_code} {smtp_error}). No se envió nada. Use una dirección de remitente que pertenezca a esta cuenta (Configuración → Cuentas de correo).</translation>
    </message>
    <message>
        <source>the mail server refused the letter ({smtp_code} {smtp_error}). Nothing was sent. {advice}</source>
        <translation>el servidor de correo rechazó la carta ({smtp_code} {smtp_error}). No se envió nada. {advice}</translation>
    </message>
    <message>
        <source>the mail server {where} closed the connection while receiving the letter, so it is not known whether it went out. Look in your mail&apos;s Sent folder before trying again.</source>
        <translation>el servidor de correo {where} cerró la conexión mientras recibía la carta, así que no se sabe si salió. Busque en la carpeta de Enviados de su correo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>the mail server {where} closed the connection. {security_hint}</source>
        <translation>el servidor de correo {where} cerró la conexión. {security_hint}</translation>
    </message>
    <message>
        <source>the mail server {where} answered {smtp_code} {smtp_error}. {advice}</source>
        <translation>el servidor de correo {where} respondió {smtp_code} {smtp_error}. {advice}</translation>
    </message>
    <message>
        <source>It may be a temporary limit: try again later.</source>
        <translation>Puede ser un límite temporal: inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Check the account&apos;s sending limits or send this letter another way.</source>
        <translation>Revise los límites de envío de la cuenta o envíe esta carta de otra forma.</translation>
    </message>
    <message>
        <source>cannot reach the mail server {where} ({error}). {settings}, and that this computer is online.</source>
        <translation>no se puede conectar con el servidor de correo {where} ({error}). {settings}, y compruebe que esta computadora tenga conexión a internet.</translation>
    </message>
    <message>
        <source>sending through {where} failed ({name}). {settings}.</source>
        <translation>falló el envío a través de {where} ({name}). {settings}.</translation>
    </message>
    <message>
        <source>It is busy or limiting you: try again later.</source>
        <translation>Está ocupado o está limitando sus envíos: inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>{settings}.</source>
        <translation>{settings}.</translation>
    </message>
    <message>
        <source>signed in with {provider}</source>
        <translation>sesión iniciada con {provider}</translation>
    </message>
    <message>
        <source>the sign-in server refused: {error} {description}. Sign in again (Settings → Mail accounts → Sign in).</source>
        <translation>el servidor de inicio de sesión se negó: {error} {description}. Vuelva a iniciar sesión (Configuración → Cuentas de correo → Iniciar sesión).</translation>
    </message>
    <message>
        <source>save the mail account before signing in.</source>
        <translation>guarde la cuenta de correo antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>give the client id of the app you registered with the provider (see the README: &apos;Signing in with Google or Microsoft&apos;).</source>
        <translation>indique el id de cliente de la aplicación que registró con el proveedor (vea el README: &apos;Signing in with Google or Microsoft&apos;).</translation>
    </message>
    <message>
        <source>no answer came from the sign-in page within {minutes} minutes; nothing was changed. Try again.</source>
        <translation>la página de inicio de sesión no respondió en {minutes} minutos; no se cambió nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the sign-in answer did not match the request (state), so it was ignored; nothing was changed. Try again.</source>
        <translation>la respuesta del inicio de sesión no coincidía con la solicitud (state), así que se ignoró; no se cambió nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the sign-in was not completed ({error}); nothing was changed.</source>
        <translation>no se completó el inicio de sesión ({error}); no se cambió nada.</translation>
    </message>
    <message>
        <source>the sign-in server gave no refresh token, so OffMap would have to ask you to sign in every hour; nothing was changed. Check that the app asks for offline access.</source>
        <translation>el servidor de inicio de sesión no dio un token de actualización, así que OffMap tendría que pedirle que inicie sesión cada hora; no se cambió nada. Compruebe que la aplicación pida acceso sin conexión (offline).</translation>
    </message>
    <message>
        <source>the mail account is not signed in with OAuth.</source>
        <translation>la cuenta de correo no tiene una sesión iniciada con OAuth.</translation>
    </message>
    <message>
        <source>the sign-in for &apos;{username}&apos; is no longer in the keyring; sign in again in Settings → Mail accounts.</source>
        <translation>el inicio de sesión de &apos;{username}&apos; ya no está en el llavero; vuelva a iniciar sesión en Configuración → Cuentas de correo.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a sign-in provider; use one of: {known}.</source>
        <translation>&apos;{key}&apos; no es un proveedor de inicio de sesión; use uno de estos: {known}.</translation>
    </message>
    <message>
        <source>the sign-in server {host} could not be reached or answered nonsense ({error}); try again later.</source>
        <translation>no se pudo contactar con el servidor de inicio de sesión {host} o respondió algo sin sentido ({error}); inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>the sign-in was cancelled; nothing was changed.</source>
        <translation>se canceló el inicio de sesión; no se cambió nada.</translation>
    </message>
    <message>
        <source>there is no setting called &apos;{name}&apos;; the settings are: {names}.</source>
        <translation>no hay ningún ajuste llamado &apos;{name}&apos;; los ajustes son: {names}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a value of the setting {name}; use one of: {choices}.</source>
        <translation>&apos;{value}&apos; no es un valor del ajuste {name}; use uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; matches OffMap&apos;s record &apos;{slug}&apos; ({kind}), which is not a data broker: the row was not merged; check it yourself</source>
        <translation>&apos;{name}&apos; coincide con el registro &apos;{slug}&apos; de OffMap ({kind}), que no es un corredor de datos: la fila no se fusionó; revísela usted mismo</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; matches OffMap&apos;s record &apos;{slug}&apos;: only its registry facts were attached; its contacts in the file were not used</source>
        <translation>&apos;{name}&apos; coincide con el registro &apos;{slug}&apos; de OffMap: solo se agregaron sus datos del registro; no se usaron sus contactos del archivo</translation>
    </message>
    <message>
        <source>{name} is empty; download the registry CSV again.</source>
        <translation>{name} está vacío; vuelva a descargar el CSV del registro.</translation>
    </message>
    <message>
        <source>{name} is larger than {max_file_bytes} MB; the registry CSV is far smaller. Check that you picked the right file.</source>
        <translation>{name} ocupa más de {max_file_bytes} MB; el CSV del registro es mucho más pequeño. Compruebe que eligió el archivo correcto.</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}.</source>
        <translation>no se puede leer {path}: {error}.</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported.</source>
        <translation>se canceló la importación; no se importó nada.</translation>
    </message>
    <message>
        <source>&apos;{slug}&apos; is your own record; it was left as you wrote it</source>
        <translation>&apos;{slug}&apos; es su propio registro; se dejó tal como usted lo escribió</translation>
    </message>
    <message>
        <source>the row&apos;s values do not fit a directory record</source>
        <translation>los valores de la fila no se ajustan a un registro del directorio</translation>
    </message>
    <message>
        <source>could not store the message: {error}; nothing was imported.</source>
        <translation>no se pudo guardar el mensaje: {error}; no se importó nada.</translation>
    </message>
    <message>
        <source>bounced on {day}: {reason}</source>
        <translation>rebotó el {day}: {reason}</translation>
    </message>
    <message>
        <source>Extended deadline: {extended} (they state {stated}).</source>
        <translation>Plazo prorrogado: {extended} (la empresa indica {stated}).</translation>
    </message>
    <message>
        <source>Reply from {sender}: {subject}</source>
        <translation>Respuesta de {sender}: {subject}</translation>
    </message>
    <message>
        <source>reply {reply_id} was already accepted (event {event_id}); edit that event on the request&apos;s timeline instead.</source>
        <translation>la respuesta {reply_id} ya se aceptó (evento {event_id}); en su lugar, edite ese evento en el historial de la solicitud.</translation>
    </message>
    <message>
        <source>reply {reply_id} is not filed on a request yet; say which one (offmap reply accept {reply_id} --request ID, or choose it in the Replies inbox).</source>
        <translation>la respuesta {reply_id} todavía no está asignada a una solicitud; indique cuál (offmap reply accept {reply_id} --request ID, o elíjala en la bandeja de Respuestas).</translation>
    </message>
    <message>
        <source>They state a new date of {stated}, but the law gives no extension here, so the deadline stays {due_on}.</source>
        <translation>La empresa indica una nueva fecha, {stated}, pero aquí la ley no prevé prórroga, así que el plazo sigue siendo el {due_on}.</translation>
    </message>
    <message>
        <source>They state {stated}, later than the law allows: the extended deadline is {extended}.</source>
        <translation>La empresa indica {stated}, más tarde de lo que permite la ley: el plazo prorrogado es el {extended}.</translation>
    </message>
    <message>
        <source>&apos;{reply_id}&apos; is not a reply id; &apos;offmap reply list&apos; shows them.</source>
        <translation>&apos;{reply_id}&apos; no es un id de respuesta; &apos;offmap reply list&apos; los muestra.</translation>
    </message>
    <message>
        <source>proof of identity</source>
        <translation>prueba de identidad</translation>
    </message>
    <message>
        <source>They ask for verification: {asks}.</source>
        <translation>Piden verificación: {asks}.</translation>
    </message>
    <message>
        <source>Next channel to try: {kind} {value} (Requests → the request&apos;s channels).</source>
        <translation>Siguiente canal que puede probar: {kind} {value} (Solicitudes → los canales de la solicitud).</translation>
    </message>
    <message>
        <source>reply {reply_id} is not filed on a request yet; accept it on one first.</source>
        <translation>la respuesta {reply_id} todavía no está asignada a una solicitud; primero acéptela en una.</translation>
    </message>
    <message>
        <source>No other channel of this company is known; look up its privacy contact.</source>
        <translation>No se conoce ningún otro canal de esta empresa; busque su contacto de privacidad.</translation>
    </message>
    <message>
        <source>the connection to the IMAP server {host} failed or was cut ({error}); {kept} replies fetched before were kept and nothing is half-stored. Fetch again to get the rest.</source>
        <translation>la conexión con el servidor IMAP {host} falló o se cortó ({error}); se conservaron las {kept} respuestas descargadas antes y nada quedó guardado a medias. Vuelva a descargar para obtener el resto.</translation>
    </message>
    <message>
        <source>{looked_at} messages looked at: {kept} new replies kept, {skipped} not about a request left alone.</source>
        <translation>{looked_at} mensajes revisados: se guardaron {kept} respuestas nuevas y se dejaron {skipped} que no tratan de ninguna solicitud.</translation>
    </message>
    <message>
        <source>no request has been sent yet, so there are no replies to fetch.</source>
        <translation>todavía no se ha enviado ninguna solicitud, así que no hay respuestas que descargar.</translation>
    </message>
    <message>
        <source>the mail account &apos;{label}&apos; has no IMAP server for fetching replies; add it in Settings → Mail accounts, or with &apos;offmap account set --id {id} --imap-host imap.example.org&apos;.</source>
        <translation>la cuenta de correo &apos;{label}&apos; no tiene servidor IMAP para descargar respuestas; agréguelo en Configuración → Cuentas de correo, o con &apos;offmap account set --id {id} --imap-host imap.example.org&apos;.</translation>
    </message>
    <message>
        <source>the IMAP server {host} refused the user name or password; check them in Settings → Mail accounts.</source>
        <translation>el servidor IMAP {host} rechazó el nombre de usuario o la contraseña; revíselos en Configuración → Cuentas de correo.</translation>
    </message>
    <message>
        <source>the secure connection to {host} failed ({error}); check the IMAP server and port.</source>
        <translation>falló la conexión segura con {host} ({error}); revise el servidor IMAP y el puerto.</translation>
    </message>
    <message>
        <source>&apos;{since}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;{since}&apos; no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>message {uid} in {folder} is {size} bytes, too big to fetch; save it from your mail program.</source>
        <translation>el mensaje {uid} de {folder} ocupa {size} bytes, demasiado para descargarlo; guárdelo desde su programa de correo.</translation>
    </message>
    <message>
        <source>the server said message {uid} in {folder} has {declared} bytes but sent {got}; it was not kept. Fetch again later.</source>
        <translation>el servidor indicó que el mensaje {uid} de {folder} tiene {declared} bytes, pero envió {got}; no se guardó. Vuelva a descargar más tarde.</translation>
    </message>
    <message>
        <source>the folder &apos;{folder}&apos; does not exist on the server; it was skipped.</source>
        <translation>la carpeta &apos;{folder}&apos; no existe en el servidor; se omitió.</translation>
    </message>
    <message>
        <source>message {uid} in {folder} was skipped: {error}</source>
        <translation>se omitió el mensaje {uid} de {folder}: {error}</translation>
    </message>
    <message>
        <source>{name} is {size}, over the {limit} OffMap reads as a reply; save the message without its largest attachments and import that.</source>
        <translation>{name} ocupa {size}, más de los {limit} que OffMap lee como respuesta; guarde el mensaje sin sus adjuntos más grandes e importe ese archivo.</translation>
    </message>
    <message>
        <source>{name} holds no messages.</source>
        <translation>{name} no contiene mensajes.</translation>
    </message>
    <message>
        <source>the attachment &apos;{name}&apos; ({size}) is over the {limit} limit for replies and was not kept; save it from your mail program and add it to the event (offmap request log ID --event E --attach FILE).</source>
        <translation>el adjunto &apos;{name}&apos; ({size}) supera el límite de {limit} para respuestas y no se guardó; guárdelo desde su programa de correo y agréguelo al evento (offmap request log ID --event E --attach FILE).</translation>
    </message>
    <message>
        <source>{name} could not be read as an Outlook message ({error}); save the reply again from Outlook, or as .eml.</source>
        <translation>no se pudo leer {name} como mensaje de Outlook ({error}); vuelva a guardar la respuesta desde Outlook, o como .eml.</translation>
    </message>
    <message>
        <source>no thread, reference or known sender matches a request</source>
        <translation>ningún hilo, referencia ni remitente conocido coincide con una solicitud</translation>
    </message>
    <message>
        <source>answers the letter {reference} (its Message-ID)</source>
        <translation>responde a la carta {reference} (por su Message-ID)</translation>
    </message>
    <message>
        <source>no sender, no reference and no thread to match</source>
        <translation>no hay remitente, referencia ni hilo con que asociarla</translation>
    </message>
    <message>
        <source>from {domain}, the recipient of the open request {reference}</source>
        <translation>de {domain}, el destinatario de la solicitud abierta {reference}</translation>
    </message>
    <message>
        <source>names the reference {reference}</source>
        <translation>menciona la referencia {reference}</translation>
    </message>
    <message>
        <source>names the reference {reference}, but {sender} is not an address of the recipient, the client or your mail accounts, so it was not filed; file it by hand if it is genuine</source>
        <translation>menciona la referencia {reference}, pero {sender} no es una dirección del destinatario, del cliente ni de sus cuentas de correo, así que no se asignó; asígnela a mano si es auténtica</translation>
    </message>
    <message>
        <source>{sender} could be the answer to {count} open requests ({references}); file it by hand</source>
        <translation>{sender} podría ser la respuesta a {count} solicitudes abiertas ({references}); asígnela a mano</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name.</source>
        <translation>{out} es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither .csv nor .pdf; choose one of those (or give --format csv|pdf).</source>
        <translation>&apos;{name}&apos; no es .csv ni .pdf; elija uno de esos (o indique --format csv|pdf).</translation>
    </message>
    <message>
        <source>the report could not be written to {out}: {error}; check the folder and the free space.</source>
        <translation>no se pudo escribir el informe en {out}: {error}; revise la carpeta y el espacio libre.</translation>
    </message>
    <message>
        <source>no law applies on its own: {explanation} {still} To send a voluntary request, choose a model law with --law {voluntary_model}.</source>
        <translation>ninguna ley se aplica por sí sola: {explanation} {still} Para enviar una solicitud voluntaria, elija una ley modelo con --law {voluntary_model}.</translation>
    </message>
    <message>
        <source>&apos;{request_type}&apos; is not a request type; use one of: {all_types}.</source>
        <translation>&apos;{request_type}&apos; no es un tipo de solicitud; use uno de estos: {all_types}.</translation>
    </message>
    <message>
        <source>{explanation} None of the laws that apply ({listed}) grants a &apos;{request_type}&apos; request; choose another type, or a law with --law.</source>
        <translation>{explanation} Ninguna de las leyes aplicables ({listed}) prevé una solicitud de tipo &apos;{request_type}&apos;; elija otro tipo, o una ley con --law.</translation>
    </message>
    <message>
        <source>a {request_type} follows up an earlier request; give the request it follows.</source>
        <translation>una solicitud de tipo {request_type} da seguimiento a una solicitud anterior; indique la solicitud a la que sigue.</translation>
    </message>
    <message>
        <source>{short_name} grants no appeal; send a reminder or a complaint instead.</source>
        <translation>{short_name} no prevé apelación; envíe en su lugar un recordatorio o una queja.</translation>
    </message>
    <message>
        <source>request {parent_id} belongs to another client; a follow-up must be for the same client.</source>
        <translation>la solicitud {parent_id} pertenece a otro cliente; un seguimiento debe ser para el mismo cliente.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a request status; use one of: {statuses}.</source>
        <translation>&apos;{status}&apos; no es un estado de solicitud; use uno de estos: {statuses}.</translation>
    </message>
    <message>
        <source>{short_name} ({law}) does not cover {name}, a {kind}; it applies to: {applies_to}. Choose another law.</source>
        <translation>{short_name} ({law}) no cubre a {name} (tipo: {kind}); se aplica a: {applies_to}. Elija otra ley.</translation>
    </message>
    <message>
        <source>&apos;{request_id}&apos; is neither a request id nor a reference like OFM-7K3Q-9XPD.</source>
        <translation>&apos;{request_id}&apos; no es un id de solicitud ni una referencia como OFM-7K3Q-9XPD.</translation>
    </message>
    <message>
        <source>no request has the reference {request_id}; &apos;offmap request list&apos; shows them.</source>
        <translation>ninguna solicitud tiene la referencia {request_id}; &apos;offmap request list&apos; las muestra.</translation>
    </message>
    <message>
        <source>request {reference} was already sent; its letter can no longer change. Create a follow-up instead.</source>
        <translation>la solicitud {reference} ya se envió; su carta ya no puede cambiar. En su lugar, cree un seguimiento.</translation>
    </message>
    <message>
        <source>request {reference} was already sent and is part of the record; it cannot be deleted. Log a &apos;closed&apos; event instead.</source>
        <translation>la solicitud {reference} ya se envió y forma parte del registro; no se puede eliminar. En su lugar, registre un evento &apos;closed&apos; (cerrada).</translation>
    </message>
    <message>
        <source>the text for &apos;{key}&apos; is longer than {max_detail_text} characters; shorten it.</source>
        <translation>el texto de &apos;{key}&apos; tiene más de {max_detail_text} caracteres; acórtelo.</translation>
    </message>
    <message>
        <source>This request goes to {successor}, not {company}: {reason}</source>
        <translation>Esta solicitud va a {successor}, no a {company}: {reason}</translation>
    </message>
    <message>
        <source>Phone call with {spoke_to}: {said}</source>
        <translation>Llamada con {spoke_to}: {said}</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters; shorten it.</source>
        <translation>el dato «{what}» tiene más de {limit} caracteres; acórtelo.</translation>
    </message>
    <message>
        <source>OffMap knows no postal address for {name}; look it up on the company&apos;s privacy page and add it to the directory, or send {reference} another way (offmap request channels ID).</source>
        <translation>OffMap no conoce ninguna dirección postal de {name}; búsquela en la página de privacidad de la empresa y agréguela al directorio, o envíe {reference} de otra forma (offmap request channels ID).</translation>
    </message>
    <message>
        <source>&apos;{envelope}&apos; is not an envelope; use one of: {envelopes}.</source>
        <translation>&apos;{envelope}&apos; no es un sobre; use uno de estos: {envelopes}.</translation>
    </message>
    <message>
        <source>say who you spoke to (a name or an employee ID); nothing was recorded.</source>
        <translation>indique con quién habló (un nombre o un número de empleado); no se registró nada.</translation>
    </message>
    <message>
        <source>say what they told you; nothing was recorded.</source>
        <translation>indique lo que le dijeron; no se registró nada.</translation>
    </message>
    <message>
        <source>{note} Confirmation number: {confirmation}.</source>
        <translation>{note} Número de confirmación: {confirmation}.</translation>
    </message>
    <message>
        <source>an earlier attempt to send {reference} (started {started_at}, Message-ID {message_id}) was interrupted while the server was receiving it, so it may have gone out. Look in the Sent folder of your mail: if it is there, record it with &apos;offmap request mark-sent ID&apos;; if it is not, send again with &apos;offmap send ID --resend-interrupted&apos; (in the window: Send, then Send again).</source>
        <translation>un intento anterior de enviar {reference} (iniciado: {started_at}, Message-ID {message_id}) se interrumpió mientras el servidor lo recibía, así que es posible que la carta haya salido. Busque en la carpeta de Enviados de su correo: si está allí, registre el envío con &apos;offmap request mark-sent ID&apos;; si no está, vuelva a enviarla con &apos;offmap send ID --resend-interrupted&apos; (en la ventana: Enviar y luego Enviar de nuevo).</translation>
    </message>
    <message>
        <source>request {reference} was already sent on {on}{extra}; nothing was sent again. To write to the company again, draft a reminder (offmap followup ID --kind reminder).</source>
        <translation>la solicitud {reference} ya se envió el {on}{extra}; no se volvió a enviar nada. Para escribir de nuevo a la empresa, redacte un recordatorio (offmap followup ID --kind reminder).</translation>
    </message>
    <message>
        <source>request {reference} is closed; open a follow-up instead of sending it.</source>
        <translation>la solicitud {reference} está cerrada; abra un seguimiento en lugar de enviarla.</translation>
    </message>
    <message>
        <source>Sent to {to}; answer due {due_on}.</source>
        <translation>Enviada a {to}; la respuesta vence el {due_on}.</translation>
    </message>
    <message>
        <source>Sent to {to}.</source>
        <translation>Enviada a {to}.</translation>
    </message>
    <message>
        <source>the letter {reference} went out (the server answered &apos;{smtp_response}&apos;), but recording it failed: {error} Run the send again: it will only record it, not send it twice.</source>
        <translation>la carta {reference} salió (el servidor respondió &apos;{smtp_response}&apos;), pero no se pudo registrar: {error} Vuelva a ejecutar el envío: solo la registrará, no la enviará dos veces.</translation>
    </message>
    <message>
        <source>request {reference} is being sent or was just sent elsewhere; nothing was sent again. Refresh and check its status.</source>
        <translation>la solicitud {reference} se está enviando o se acaba de enviar desde otro lugar; no se volvió a enviar nada. Actualice y revise su estado.</translation>
    </message>
    <message>
        <source>the mail server refused it: {code} {answer}</source>
        <translation>el servidor de correo lo rechazó: {code} {answer}</translation>
    </message>
    <message>
        <source>through its web form ({webform})</source>
        <translation>por su formulario web ({webform})</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>por correo postal</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>by a channel OffMap does not know</source>
        <translation>por un medio que OffMap no conoce</translation>
    </message>
    <message>
        <source>open the web form and paste the letter (offmap letter ID --format txt --out FILE)</source>
        <translation>abra el formulario web y pegue la carta (offmap letter ID --format txt --out FILE)</translation>
    </message>
    <message>
        <source>print the letter (offmap letter ID --format pdf --out FILE) and post it</source>
        <translation>imprima la carta (offmap letter ID --format pdf --out FILE) y envíela por correo postal</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>look up the company&apos;s privacy contact</source>
        <translation>busque el contacto de privacidad de la empresa</translation>
    </message>
    <message>
        <source>Cancelled before sending; not marked sent.</source>
        <translation>Se canceló antes del envío; no se marcó como enviada.</translation>
    </message>
    <message>
        <source>Not attempted: the mail server could not be used (see above).</source>
        <translation>No se intentó: no se pudo usar el servidor de correo (vea arriba).</translation>
    </message>
    <message>
        <source>The regulator</source>
        <translation>La autoridad reguladora</translation>
    </message>
    <message>
        <source>{path} did not pass its integrity check, so it was not encrypted; nothing was changed. Restore a backup first.</source>
        <translation>{path} no pasó la comprobación de integridad, así que no se cifró; no se cambió nada. Primero restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>there is no store in {home} yet; a new one is encrypted from the start.</source>
        <translation>todavía no hay ningún almacén en {home}; uno nuevo se cifra desde el principio.</translation>
    </message>
    <message>
        <source>the store in {home} is already encrypted.</source>
        <translation>el almacén de {home} ya está cifrado.</translation>
    </message>
    <message>
        <source>the encrypted copy of {path} did not match it, so nothing was changed.</source>
        <translation>la copia cifrada de {path} no coincidía con el original, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>the store could not be encrypted ({error}); nothing was changed.</source>
        <translation>no se pudo cifrar el almacén ({error}); no se cambió nada.</translation>
    </message>
    <message>
        <source>The client records in this data folder are encrypted. Without the key (kept in this computer&apos;s keyring) or the passphrase, nobody can read them, not even OffMap: a lost key means the data cannot be recovered. Export the key to paper (&apos;offmap store export-key&apos; or Settings → Store key…) and keep it somewhere safe, apart from the computer.</source>
        <translation>Los registros de clientes de esta carpeta de datos están cifrados. Sin la clave (guardada en el llavero de esta computadora) o la frase de contraseña, nadie puede leerlos, ni siquiera OffMap: si se pierde la clave, los datos no se pueden recuperar. Exporte la clave en papel (&apos;offmap store export-key&apos; o Configuración → Clave del almacén…) y guárdela en un lugar seguro, lejos de la computadora.</translation>
    </message>
    <message>
        <source>the system keyring is locked, so OffMap cannot read or keep the key of its encrypted store. Unlock it (your desktop&apos;s keyring manager, &apos;Passwords and Keys&apos; on Linux, Keychain Access on macOS) and start OffMap again. Nothing was changed.</source>
        <translation>el llavero del sistema está bloqueado, así que OffMap no puede leer ni guardar la clave de su almacén cifrado. Desbloquéelo (con el administrador de llaveros de su escritorio, &apos;Contraseñas y claves&apos; en Linux, Acceso a Llaveros en macOS) y vuelva a iniciar OffMap. No se cambió nada.</translation>
    </message>
    <message>
        <source>{path} is not a store key description; the store key cannot be found.</source>
        <translation>{path} no es una descripción de clave del almacén; no se puede encontrar la clave del almacén.</translation>
    </message>
    <message>
        <source>there is no secure system keyring to keep the store key, and no passphrase can be asked for here. Run OffMap in a terminal or the window, or give the passphrase with &apos;offmap --store-passphrase-stdin&apos;. {how_to_get_a_keyring}</source>
        <translation>no hay un llavero seguro del sistema donde guardar la clave del almacén, y aquí no se puede pedir una frase de contraseña. Ejecute OffMap en una terminal o en la ventana, o indique la frase de contraseña con &apos;offmap --store-passphrase-stdin&apos;. {how_to_get_a_keyring}</translation>
    </message>
    <message>
        <source>no passphrase was given; the store was not opened.</source>
        <translation>no se indicó ninguna frase de contraseña; no se abrió el almacén.</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters.</source>
        <translation>la frase de contraseña debe tener al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>that is not an OffMap store key (52 letters and digits in groups of four).</source>
        <translation>esa no es una clave de almacén de OffMap (52 letras y dígitos en grupos de cuatro).</translation>
    </message>
    <message>
        <source>the store in {home} is not encrypted; there is no key to import.</source>
        <translation>el almacén de {home} no está cifrado; no hay ninguna clave que importar.</translation>
    </message>
    <message>
        <source>there is no secure system keyring to keep the key. {how}</source>
        <translation>no hay un llavero seguro del sistema donde guardar la clave. {how}</translation>
    </message>
    <message>
        <source>the store in {home} is not encrypted; there is no key to export. Encrypt it first with &apos;offmap store encrypt&apos;.</source>
        <translation>el almacén de {home} no está cifrado; no hay ninguna clave que exportar. Primero cífrelo con &apos;offmap store encrypt&apos;.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); the store key cannot be found.</source>
        <translation>no se puede leer {path} ({error}); no se puede encontrar la clave del almacén.</translation>
    </message>
    <message>
        <source>the key of the encrypted store in {home} is not in this computer&apos;s keyring. Import it with &apos;offmap store import-key&apos; (from the key you exported to paper); without it the data cannot be recovered. Nothing was changed.</source>
        <translation>la clave del almacén cifrado de {home} no está en el llavero de esta computadora. Impórtela con &apos;offmap store import-key&apos; (a partir de la clave que exportó en papel); sin ella, los datos no se pueden recuperar. No se cambió nada.</translation>
    </message>
    <message>
        <source>wrong passphrase: the store in {home} was not opened and nothing was changed. Without the right passphrase the data cannot be recovered.</source>
        <translation>frase de contraseña incorrecta: no se abrió el almacén de {home} y no se cambió nada. Sin la frase de contraseña correcta, los datos no se pueden recuperar.</translation>
    </message>
    <message>
        <source>the {what} {day} is in the future; log things once they have happened.</source>
        <translation>la fecha {day} ({what}) está en el futuro; registre los hechos una vez que hayan ocurrido.</translation>
    </message>
    <message>
        <source>&apos;{via}&apos; is not a way of sending; use one of: {channels}.</source>
        <translation>&apos;{via}&apos; no es una forma de envío; use una de estas: {channels}.</translation>
    </message>
    <message>
        <source>use &apos;offmap request mark-sent&apos; (or Mark sent in the window) to record sending.</source>
        <translation>use &apos;offmap request mark-sent&apos; (o Marcar como enviada en la ventana) para registrar el envío.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not an event; use one of: {loggable_kinds}.</source>
        <translation>&apos;{kind}&apos; no es un evento; use uno de estos: {loggable_kinds}.</translation>
    </message>
    <message>
        <source>say why the request is closed (--text REASON).</source>
        <translation>indique por qué se cierra la solicitud (--text REASON).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a {what}; write it as YYYY-MM-DD, e.g. 2026-03-15.</source>
        <translation>&apos;{value}&apos; no es una fecha válida ({what}); escríbala como AAAA-MM-DD, p. ej., 2026-03-15.</translation>
    </message>
    <message>
        <source>the delivery date {delivered} is before the sending date {day}; check both dates.</source>
        <translation>la fecha de entrega {delivered} es anterior a la fecha de envío {day}; revise ambas fechas.</translation>
    </message>
    <message>
        <source>request {reference} has not been sent yet; record the posting first (offmap request mark-sent ID --via post).</source>
        <translation>la solicitud {reference} todavía no se ha enviado; primero registre el envío postal (offmap request mark-sent ID --via post).</translation>
    </message>
    <message>
        <source>request {reference} was sent by {via}, not by post; a delivery date is only recorded for letters sent by post.</source>
        <translation>la solicitud {reference} se envió por {via}, no por correo postal; la fecha de entrega solo se registra para cartas enviadas por correo postal.</translation>
    </message>
    <message>
        <source>request {reference} has not been sent yet; mark it sent first (offmap request mark-sent).</source>
        <translation>la solicitud {reference} todavía no se ha enviado; primero márquela como enviada (offmap request mark-sent).</translation>
    </message>
    <message>
        <source>the {kind} date {day} is before the request was sent ({first}); check the date.</source>
        <translation>la fecha {day} (evento: {kind}) es anterior al envío de la solicitud ({first}); revise la fecha.</translation>
    </message>
    <message>
        <source>a sending cannot become another event or the reverse; delete the event and log the right one.</source>
        <translation>un envío no puede convertirse en otro tipo de evento, ni al revés; elimine el evento y registre el correcto.</translation>
    </message>
    <message>
        <source>&apos;{data}&apos; is not a way of sending; use one of: {channels}.</source>
        <translation>&apos;{data}&apos; no es una forma de envío; use una de estas: {channels}.</translation>
    </message>
    <message>
        <source>there is no client with id {id}.</source>
        <translation>no hay ningún cliente con el id {id}.</translation>
    </message>
    <message>
        <source>there is no client with id {client_id}.</source>
        <translation>no hay ningún cliente con el id {client_id}.</translation>
    </message>
    <message>
        <source>there is no client with id {client_id}; &apos;offmap client list&apos; shows the ids.</source>
        <translation>no hay ningún cliente con el id {client_id}; &apos;offmap client list&apos; muestra los id.</translation>
    </message>
    <message>
        <source>the store {path} could not be used: {error}</source>
        <translation>no se pudo usar el almacén {path}: {error}</translation>
    </message>
    <message>
        <source>the store {path} is busy in another OffMap window or command; try again in a moment.</source>
        <translation>el almacén {path} está en uso en otra ventana o comando de OffMap; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>the disk is full: nothing was saved. Free some space and try again.</source>
        <translation>el disco está lleno: no se guardó nada. Libere algo de espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the store {path} is read-only; check the folder&apos;s permissions.</source>
        <translation>el almacén {path} es de solo lectura; revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>the store {path} is damaged or is not an OffMap store, so it was left untouched. Restore a backup with &apos;offmap restore FILE&apos;, or move the file away to start afresh.</source>
        <translation>el almacén {path} está dañado o no es un almacén de OffMap, así que no se tocó. Restaure una copia de seguridad con &apos;offmap restore FILE&apos;, o mueva el archivo a otro lugar para empezar de cero.</translation>
    </message>
    <message>
        <source>A store key exported to paper before no longer opens this store: export the new one now (&apos;offmap store export-key --out FILE&apos;). Keep the old paper with the backups saved outside the data folder before this change: they still need the old key. To restore one, import the old key into a new data folder (&apos;offmap --home NEW_FOLDER store import-key --file OLD_KEY_FILE&apos;), then restore it there (&apos;offmap --home NEW_FOLDER restore BACKUP&apos;). Make a new backup now (&apos;offmap backup --out FILE&apos;).</source>
        <translation>Una clave del almacén exportada antes en papel ya no abre este almacén: exporte ahora la nueva (&apos;offmap store export-key --out FILE&apos;). Guarde el papel antiguo con las copias de seguridad guardadas fuera de la carpeta de datos antes de este cambio: siguen necesitando la clave antigua. Para restaurar una, importe la clave antigua en una carpeta de datos nueva (&apos;offmap --home NEW_FOLDER store import-key --file OLD_KEY_FILE&apos;) y luego restáurela allí (&apos;offmap --home NEW_FOLDER restore BACKUP&apos;). Haga ahora una copia de seguridad nueva (&apos;offmap backup --out FILE&apos;).</translation>
    </message>
    <message>
        <source>the store {path} was written by a newer OffMap (schema {version}, this one knows {latest_version}). Update OffMap; the file was left untouched.</source>
        <translation>el almacén {path} lo escribió un OffMap más reciente (esquema {version}; esta versión conoce hasta el esquema {latest_version}). Actualice OffMap; el archivo no se tocó.</translation>
    </message>
    <message>
        <source>a store key must be 256 bits.</source>
        <translation>una clave del almacén debe tener 256 bits.</translation>
    </message>
    <message>
        <source>the store {path} cannot use write-ahead logging on this disk.</source>
        <translation>el almacén {path} no puede usar el registro de escritura anticipada (write-ahead logging) en este disco.</translation>
    </message>
    <message>
        <source>there is no event with id {id}.</source>
        <translation>no hay ningún evento con el id {id}.</translation>
    </message>
    <message>
        <source>there is no event with id {event_id}.</source>
        <translation>no hay ningún evento con el id {event_id}.</translation>
    </message>
    <message>
        <source>there is no holding with id {holding_id}.</source>
        <translation>no hay ninguna empresa asociada con el id {holding_id}.</translation>
    </message>
    <message>
        <source>there is no mail account with id {id}.</source>
        <translation>no hay ninguna cuenta de correo con el id {id}.</translation>
    </message>
    <message>
        <source>there is no mail account with id {account_id}.</source>
        <translation>no hay ninguna cuenta de correo con el id {account_id}.</translation>
    </message>
    <message>
        <source>the server store {url} could not be used: {error}</source>
        <translation>no se pudo usar el almacén del servidor {url}: {error}</translation>
    </message>
    <message>
        <source>{url} is not a server store address; write it as postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>{url} no es una dirección de almacén de servidor; escríbala como postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>the address {url} contains a password; leave it out and keep the password in the keyring with &apos;offmap store login URL --password-stdin&apos;.</source>
        <translation>la dirección {url} contiene una contraseña; quítela y guarde la contraseña en el llavero con &apos;offmap store login URL --password-stdin&apos;.</translation>
    </message>
    <message>
        <source>{url} is not a complete server store address; write it as postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>{url} no es una dirección completa de almacén de servidor; escríbala como postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>the server store at {host} must be reached over TLS (sslmode {mode} sends client records in the clear). Leave sslmode out to use verify-full.</source>
        <translation>la conexión con el almacén del servidor en {host} debe usar TLS (sslmode {mode} envía los registros de clientes sin cifrar). Quite sslmode de la dirección para usar verify-full.</translation>
    </message>
    <message>
        <source>the server refused the password of {user} for {url}. Keep the right one with &apos;offmap store login {url} --password-stdin&apos;.</source>
        <translation>el servidor rechazó la contraseña de {user} para {url}. Guarde la correcta con &apos;offmap store login {url} --password-stdin&apos;.</translation>
    </message>
    <message>
        <source>the server at {host}:{port} has no database {database}; check the address or ask whoever runs the server to create it (docs/clinic-setup.md).</source>
        <translation>el servidor en {host}:{port} no tiene la base de datos {database}; revise la dirección o pida a quien administra el servidor que la cree (docs/clinic-setup.md).</translation>
    </message>
    <message>
        <source>the server at {host}:{port} does not let {user} in to {database}: {error}</source>
        <translation>el servidor en {host}:{port} no deja entrar a {user} en {database}: {error}</translation>
    </message>
    <message>
        <source>no secure (TLS) connection to the server store at {host}:{port}: {error}. The server needs a certificate signed by the root certificate in ~/.postgresql/root.crt (or sslrootcert=FILE in the address) for the name {host}; see docs/clinic-setup.md.</source>
        <translation>no hay conexión segura (TLS) con el almacén del servidor en {host}:{port}: {error}. El servidor necesita un certificado para el nombre {host} firmado por el certificado raíz de ~/.postgresql/root.crt (o sslrootcert=FILE en la dirección); vea docs/clinic-setup.md.</translation>
    </message>
    <message>
        <source>the server store at {host}:{port} cannot be reached (is the server running, and this computer on the clinic&apos;s network?); nothing was changed.</source>
        <translation>no se puede conectar con el almacén del servidor en {host}:{port} (¿está en marcha el servidor y está esta computadora en la red de la clínica?); no se cambió nada.</translation>
    </message>
    <message>
        <source>the server store {url} was written by a newer OffMap (schema {version}, this one knows {latest_version}). Update OffMap; nothing was changed.</source>
        <translation>el almacén del servidor {url} lo escribió un OffMap más reciente (esquema {version}; esta versión conoce hasta el esquema {latest_version}). Actualice OffMap; no se cambió nada.</translation>
    </message>
    <message>
        <source>there is no reply with id {reply_id}; &apos;offmap reply list&apos; shows them.</source>
        <translation>no hay ninguna respuesta con el id {reply_id}; &apos;offmap reply list&apos; las muestra.</translation>
    </message>
    <message>
        <source>there is no request with id {request_id}; &apos;offmap request list&apos; shows the ids.</source>
        <translation>no hay ninguna solicitud con el id {request_id}; &apos;offmap request list&apos; muestra los id.</translation>
    </message>
    <message>
        <source>there is no request with id {request_id}.</source>
        <translation>no hay ninguna solicitud con el id {request_id}.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Add a company from the directory</source>
        <translation>Agregar una empresa del directorio</translation>
    </message>
    <message>
        <source>Another company…</source>
        <translation>Otra empresa…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Request types</source>
        <translation>Tipos de solicitud</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Suggested for each company</source>
        <translation>La sugerida para cada empresa</translation>
    </message>
    <message>
        <source>How the letter will be sent</source>
        <translation>Cómo se enviará la carta</translation>
    </message>
    <message>
        <source>Note added to the letter</source>
        <translation>Nota agregada a la carta</translation>
    </message>
    <message>
        <source>Optional: a paragraph added to the letter. For a correction, say what is wrong and what it should say.</source>
        <translation>Opcional: un párrafo que se agrega a la carta. Para una corrección, diga qué está mal y qué debería decir.</translation>
    </message>
    <message>
        <source>Letters to draft</source>
        <translation>Cartas que se redactarán</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <source>&amp;Save drafts</source>
        <translation>&amp;Guardar borradores</translation>
    </message>
    <message>
        <source>Save and e&amp;xport…</source>
        <translation>Guardar y e&amp;xportar…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Ley:</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>Envia&amp;da por:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Letters to &amp;draft:</source>
        <translation>Cartas que se &amp;redactarán:</translation>
    </message>
    <message>
        <source>&amp;Preview of the selected letter:</source>
        <translation>&amp;Vista previa de la carta seleccionada:</translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation>Elegir una empresa</translation>
    </message>
    <message>
        <source>Pick a company from the list; the Directory page adds companies that are not there yet.</source>
        <translation>Elija una empresa de la lista; la página Directorio agrega las empresas que todavía no están.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n draft(s)</source>
        <translation>
            <numerusform>&amp;Guardar %n borrador</numerusform>
            <numerusform>&amp;Guardar %n borradores</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one company and one request type.</source>
        <translation>Elija al menos una empresa y un tipo de solicitud.</translation>
    </message>
    <message>
        <source>Some letters were not drafted</source>
        <translation>Algunas cartas no se redactaron</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Sign {account} in with Google or Microsoft, for accounts that no longer accept passwords (OAuth; the token stays in the keyring)</source>
        <translation>Iniciar sesión en {account} con Google o Microsoft, para cuentas que ya no aceptan contraseñas (OAuth; el token queda en el llavero)</translation>
    </message>
    <message>
        <source>Add the mail account first (Add…), then select it here to sign in.</source>
        <translation>Primero agregue la cuenta de correo (Agregar cuenta…) y luego selecciónela aquí para iniciar sesión.</translation>
    </message>
    <message>
        <source>Select the mail account to sign in with, in the list above.</source>
        <translation>Seleccione en la lista de arriba la cuenta de correo con la que iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>OffMap</name>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Corredor</translation>
    </message>
    <message>
        <source>Letters go to</source>
        <translation>Las cartas van a</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>CPNI opt-out</source>
        <translation>Exclusión de CPNI</translation>
    </message>
    <message>
        <source>Privacy page</source>
        <translation>Página de privacidad</translation>
    </message>
    <message>
        <source>verified: contacts read on the company&apos;s own pages</source>
        <translation>verificada: contactos leídos en las propias páginas de la empresa</translation>
    </message>
    <message>
        <source>secondary: from news, archives or registries, not the company&apos;s own page</source>
        <translation>secundaria: de noticias, archivos o registros, no de la propia página de la empresa</translation>
    </message>
    <message>
        <source>unverified: leads only; check before relying on them</source>
        <translation>sin verificar: solo pistas; compruébelas antes de confiar en ellas</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>MVNO (prepaid brand)</source>
        <translation>OMV (marca de prepago)</translation>
    </message>
    <message>
        <source>Location aggregator</source>
        <translation>Agregador de ubicación</translation>
    </message>
    <message>
        <source>Data broker</source>
        <translation>Corredor de datos</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limitación</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retiro del consentimiento</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Recibo confirmado</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prorrogada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Vencen esta semana</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Esperando confirmación</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>CA registry</source>
        <translation>Registro de CA</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suya</translation>
    </message>
    <message>
        <source>Host network</source>
        <translation>Red anfitriona</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Secondary source</source>
        <translation>Fuente secundaria</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The company confirmed it received the request.</source>
        <translation>La empresa confirmó que recibió la solicitud.</translation>
    </message>
    <message>
        <source>The company said it needs more time (valid only before the first deadline).</source>
        <translation>La empresa dijo que necesita más tiempo (válido solo antes del primer plazo).</translation>
    </message>
    <message>
        <source>The company did what was asked.</source>
        <translation>La empresa hizo lo que se le pidió.</translation>
    </message>
    <message>
        <source>The company did only part of it.</source>
        <translation>La empresa hizo solo una parte.</translation>
    </message>
    <message>
        <source>The company refused.</source>
        <translation>La empresa se negó.</translation>
    </message>
    <message>
        <source>The request did not reach the company (e-mail bounced, letter returned).</source>
        <translation>La solicitud no llegó a la empresa (correo electrónico rebotado, carta devuelta).</translation>
    </message>
    <message>
        <source>Anything worth keeping: a phone call, a reference they gave you ...</source>
        <translation>Cualquier cosa que valga la pena guardar: una llamada, una referencia que le dieron...</translation>
    </message>
    <message>
        <source>You are closing the request; say why.</source>
        <translation>Usted está cerrando la solicitud; indique por qué.</translation>
    </message>
    <message>
        <source>Precise location (GPS, apps)</source>
        <translation>Ubicación precisa (GPS, aplicaciones)</translation>
    </message>
    <message>
        <source>Cell-site location (towers)</source>
        <translation>Ubicación por antenas (torres de telefonía)</translation>
    </message>
    <message>
        <source>Call records</source>
        <translation>Registros de llamadas</translation>
    </message>
    <message>
        <source>CPNI (carrier usage records)</source>
        <translation>CPNI (registros de uso del operador)</translation>
    </message>
    <message>
        <source>Advertising ID</source>
        <translation>ID de publicidad</translation>
    </message>
    <message>
        <source>Call recordings</source>
        <translation>Grabaciones de llamadas</translation>
    </message>
    <message>
        <source>Precise location</source>
        <translation>Ubicación precisa</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Advertising ID (AAID/IDFA)</source>
        <translation>ID de publicidad (AAID/IDFA)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Signed statement of identity (28 U.S.C. 1746)</source>
        <translation>Declaración de identidad firmada (28 U.S.C. 1746)</translation>
    </message>
    <message>
        <source>Citizenship or permanent-residence statement</source>
        <translation>Declaración de ciudadanía o residencia permanente</translation>
    </message>
    <message>
        <source>State of residence</source>
        <translation>Estado de residencia</translation>
    </message>
    <message>
        <source>Last four digits of the Social Security number</source>
        <translation>Últimos cuatro dígitos del número de Seguro Social</translation>
    </message>
    <message>
        <source>Cell-site location</source>
        <translation>Ubicación por antenas</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>CPNI</source>
        <translation>CPNI</translation>
    </message>
    <message>
        <source>your service</source>
        <translation>su servicio</translation>
    </message>
    <message>
        <source>host network</source>
        <translation>red anfitriona</translation>
    </message>
    <message>
        <source>received data</source>
        <translation>recibió datos</translation>
    </message>
    <message>
        <source>Location data</source>
        <translation>Datos de ubicación</translation>
    </message>
    <message>
        <source>Why / evidence</source>
        <translation>Por qué / prueba</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Add my phone service</source>
        <translation>Agregar mi servicio de teléfono</translation>
    </message>
    <message>
        <source>Which company bills you for your phone line? Pick your carrier or prepaid brand (MVNO).</source>
        <translation>¿Qué empresa le cobra su línea de teléfono? Elija su operador o su marca de prepago (OMV).</translation>
    </message>
    <message>
        <source>These companies hold, or are known to have received, location data from your phone service and its network. Untick any you want to leave out.</source>
        <translation>Estas empresas tienen, o se sabe que recibieron, datos de ubicación de su servicio de teléfono y de su red. Desmarque las que quiera dejar fuera.</translation>
    </message>
    <message>
        <source>Apps on my phone</source>
        <translation>Aplicaciones de mi celular</translation>
    </message>
    <message>
        <source>Pick an app (or app company) installed on your phone.</source>
        <translation>Elija una aplicación (o empresa de aplicaciones) instalada en su celular.</translation>
    </message>
    <message>
        <source>The app and the companies known to have received its users&apos; location. Untick any you want to leave out.</source>
        <translation>La aplicación y las empresas que se sabe que recibieron la ubicación de sus usuarios. Desmarque las que quiera dejar fuera.</translation>
    </message>
    <message>
        <source>  (8888)</source>
        <translation>  (8888)</translation>
    </message>
    <message>
        <source>QToolButton {{ padding-left: {side}px; padding-right: {room}px; }} QToolButton::menu-indicator {{ subcontrol-origin: padding; subcontrol-position: center right; right: {side}px; }}</source>
        <translation>QToolButton {{ padding-left: {side}px; padding-right: {room}px; }} QToolButton::menu-indicator {{ subcontrol-origin: padding; subcontrol-position: center right; right: {side}px; }}</translation>
    </message>
    <message>
        <source>PDF (print or attach)</source>
        <translation>PDF (para imprimir o adjuntar)</translation>
    </message>
    <message>
        <source>Word document (.docx, to edit)</source>
        <translation>Documento de Word (.docx, para editar)</translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Texto sin formato (.txt)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Página web (.html)</translation>
    </message>
    <message>
        <source>E-mail draft (.eml, opens in your mail program)</source>
        <translation>Borrador de correo (.eml, se abre en su programa de correo)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>E-mail draft (*.eml)</source>
        <translation>Borrador de correo (*.eml)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Ninguna (solo para un servidor en esta computadora)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Ad IDs</source>
        <translation>ID de publicidad</translation>
    </message>
    <message>
        <source>Request to access personal information</source>
        <translation>Solicitud de acceso a información personal</translation>
    </message>
    <message>
        <source>Request to delete personal information</source>
        <translation>Solicitud de eliminación de información personal</translation>
    </message>
    <message>
        <source>Request to correct personal information</source>
        <translation>Solicitud de corrección de información personal</translation>
    </message>
    <message>
        <source>Request to opt out of the sale and sharing of personal information</source>
        <translation>Solicitud de exclusión de la venta y el uso compartido de información personal</translation>
    </message>
    <message>
        <source>Request to limit the use of sensitive personal information</source>
        <translation>Solicitud para limitar el uso de información personal sensible</translation>
    </message>
    <message>
        <source>Withdrawal of consent to the processing of my location data</source>
        <translation>Retiro del consentimiento para el tratamiento de mis datos de ubicación</translation>
    </message>
    <message>
        <source>CPNI opt-out: withdrawal of approval to use or disclose my CPNI</source>
        <translation>Exclusión de CPNI: retiro de la aprobación para usar o divulgar mi CPNI</translation>
    </message>
    <message>
        <source>Reminder of an unanswered request</source>
        <translation>Recordatorio de una solicitud sin respuesta</translation>
    </message>
    <message>
        <source>Appeal of the response to my request</source>
        <translation>Apelación de la respuesta a mi solicitud</translation>
    </message>
    <message>
        <source>Complaint about an unanswered or refused request</source>
        <translation>Queja por una solicitud sin respuesta o rechazada</translation>
    </message>
    <message>
        <source>Post (5 days to arrive)</source>
        <translation>Correo postal (tarda 5 días en llegar)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Ad ID</source>
        <translation>ID de publicidad</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>Números de cuenta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>por correo postal</translation>
    </message>
    <message>
        <source>through the web form</source>
        <translation>por el formulario web</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Needs verification</source>
        <translation>Pide verificación</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source>Unrelated</source>
        <translation>Sin relación</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>a deleted request</source>
        <translation>una solicitud eliminada</translation>
    </message>
    <message>
        <source>deleted draft {reference}</source>
        <translation>borrador {reference} eliminado</translation>
    </message>
    <message>
        <source>{requests} requests, {events} events</source>
        <translation>{requests} solicitudes, {events} eventos</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>{name} was changed by {who} at {when} while you were editing; nothing was saved yet. The form now shows their version with your changes put back.</source>
        <translation>Mientras usted editaba, {who} cambió {name} (cuándo: {when}); todavía no se guardó nada. El formulario muestra ahora la versión de esa persona, a la que se volvieron a aplicar sus cambios.</translation>
    </message>
    <message>
        <source>Check it and save again, or Cancel to keep their version.</source>
        <translation>Revísela y vuelva a guardar, o elija Cancelar para conservar la otra versión.</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>{name} was changed by {who} at {when} meanwhile; nothing was saved. The list now shows their version.</source>
        <translation>Mientras tanto, {who} cambió {name} (cuándo: {when}); no se guardó nada. La lista muestra ahora la versión de esa persona.</translation>
    </message>
    <message>
        <source>{name} was deleted by a colleague meanwhile; nothing was saved.</source>
        <translation>Mientras tanto, un colega eliminó {name}; no se guardó nada.</translation>
    </message>
    <message>
        <source>Both of you changed {field}; yours is in the form, theirs was: {value}</source>
        <translation>Ambos cambiaron {field}; su valor está en el formulario, el de la otra persona era: {value}</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation>Se guardó {file} en {folder}.</translation>
    </message>
    <message>
        <source>The company needs identification this letter does not carry yet, so it may not act on it.</source>
        <translation>La empresa necesita datos de identificación que esta carta todavía no incluye, así que puede que no actúe sobre ella.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Some letters lack identification their company needs, so it may not act on them. Open each request to see how to get what is missing.</source>
        <translation>A algunas cartas les falta identificación que su empresa necesita, así que puede que no actúe sobre ellas. Abra cada solicitud para ver cómo conseguir lo que falta.</translation>
    </message>
    <message>
        <source>Missing before sending:</source>
        <translation>Falta antes de enviar:</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>por {channel}</translation>
    </message>
    <message>
        <source>delivered {day}</source>
        <translation>entregada el {day}</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana de días</translation>
    </message>
    <message>
        <source>First requests sent (not reminders, appeals or complaints) that did not bounce</source>
        <translation>Primeras solicitudes enviadas (no recordatorios, apelaciones ni quejas) que no rebotaron</translation>
    </message>
    <message>
        <source>Final answer by the deadline in force</source>
        <translation>Respuesta final dentro del plazo vigente</translation>
    </message>
    <message>
        <source>Answered after the deadline, or no answer and the deadline has passed</source>
        <translation>Respondida después del plazo, o sin respuesta y con el plazo vencido</translation>
    </message>
    <message>
        <source>The final answer was a refusal</source>
        <translation>La respuesta final fue un rechazo</translation>
    </message>
    <message>
        <source>No answer yet and the deadline has not passed</source>
        <translation>Todavía sin respuesta y el plazo no ha vencido</translation>
    </message>
    <message>
        <source>Median days from sending to the final answer</source>
        <translation>Mediana de días desde el envío hasta la respuesta final</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>&amp;Reminder to the company</source>
        <translation>&amp;Recordatorio a la empresa</translation>
    </message>
    <message>
        <source>&amp;Appeal to the company</source>
        <translation>&amp;Apelación a la empresa</translation>
    </message>
    <message>
        <source>&amp;Complaint to the regulator</source>
        <translation>&amp;Queja ante la autoridad reguladora</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>fuente secundaria</translation>
    </message>
    <message>
        <source>Recorded (had gone out)</source>
        <translation>Registrada (ya había salido)</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Ya enviada</translation>
    </message>
    <message>
        <source>Web form or post</source>
        <translation>Formulario web o correo postal</translation>
    </message>
    <message>
        <source>Address not confirmed</source>
        <translation>Dirección no confirmada</translation>
    </message>
    <message>
        <source>Identification missing</source>
        <translation>Falta identificación</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Recibo confirmado</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Aviso de prórroga</translation>
    </message>
    <message>
        <source>Partly answered</source>
        <translation>Respondida en parte</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Asked to verify identity</source>
        <translation>Pidió verificar la identidad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>recordatorio</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>apelación</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>queja</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>consultada</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the case file</source>
        <translation>Proteger el expediente</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Cifrar con una frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>A case file holds the client&apos;s details, letters and replies. Encrypt it when it leaves this computer, and give the passphrase to the recipient another way (by phone, in person). Without it the file cannot be opened.</source>
        <translation>Un expediente contiene los datos del cliente, las cartas y las respuestas. Cífrelo cuando salga de esta computadora y dé la frase de contraseña al destinatario por otro medio (por teléfono, en persona). Sin ella, el archivo no se puede abrir.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Mail password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <source>Password for {user} on {server}:</source>
        <translation>Contraseña de {user} en {server}:</translation>
    </message>
    <message>
        <source>There is no secure system keyring on this computer, so OffMap does not store mail passwords. It keeps the password in memory until OffMap closes, and never writes it to disk. {how}</source>
        <translation>Esta computadora no tiene un llavero del sistema seguro, así que OffMap no guarda las contraseñas de correo. Conserva la contraseña en memoria hasta que OffMap se cierre y nunca la escribe en el disco. {how}</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Remember until OffMap closes</source>
        <translation>&amp;Recordarla hasta que OffMap se cierre</translation>
    </message>
    <message>
        <source>&amp;Save it in the system keyring</source>
        <translation>&amp;Guardarla en el llavero del sistema</translation>
    </message>
    <message>
        <source>It is kept in memory until OffMap closes.</source>
        <translation>Se conserva en memoria hasta que OffMap se cierre.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>No se guardó la contraseña</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <source>Call about {ref}</source>
        <translation>Llamada sobre {ref}</translation>
    </message>
    <message>
        <source>Number: {phone}</source>
        <translation>Número: {phone}</translation>
    </message>
    <message>
        <source>OffMap knows no phone number for this company:</source>
        <translation>OffMap no conoce ningún número de teléfono de esta empresa:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Script to read</source>
        <translation>Guion para leer</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Registrar la llamada</translation>
    </message>
    <message>
        <source>Day of the call</source>
        <translation>Día de la llamada</translation>
    </message>
    <message>
        <source>name or employee ID</source>
        <translation>nombre o número de empleado</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>Habló con</translation>
    </message>
    <message>
        <source>what they said they will do, and by when</source>
        <translation>lo que dijeron que harán y para cuándo</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijeron</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>Número de confirmación</translation>
    </message>
    <message>
        <source>Called on:</source>
        <translation>Fecha de la llamada:</translation>
    </message>
    <message>
        <source>Spoke to:</source>
        <translation>Habló con:</translation>
    </message>
    <message>
        <source>What they said:</source>
        <translation>Lo que dijeron:</translation>
    </message>
    <message>
        <source>Confirmation number:</source>
        <translation>Número de confirmación:</translation>
    </message>
    <message>
        <source>&amp;Log the call and mark sent</source>
        <translation>&amp;Registrar la llamada y marcar como enviada</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Type a name or brand</source>
        <translation>Escriba un nombre o una marca</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Buscar empresas</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Send {ref} by post</source>
        <translation>Enviar {ref} por correo postal</translation>
    </message>
    <message>
        <source>OffMap knows no postal address for this company:</source>
        <translation>OffMap no conoce ninguna dirección postal de esta empresa:</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>1. Print the letter</source>
        <translation>1. Imprima la carta</translation>
    </message>
    <message>
        <source>US #10 window envelope (US Letter)</source>
        <translation>Sobre de ventanilla n.º 10 de EE. UU. (carta US)</translation>
    </message>
    <message>
        <source>DL window envelope (A4)</source>
        <translation>Sobre de ventanilla DL (A4)</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Save &amp;PDF for the envelope…</source>
        <translation>Guardar &amp;PDF para el sobre…</translation>
    </message>
    <message>
        <source>Fold in thirds with the address outwards; it shows through the envelope&apos;s window. Send it by certified mail to get a tracking number and a delivery date.</source>
        <translation>Doble la carta en tres con la dirección hacia fuera; se verá por la ventanilla del sobre. Envíela por correo certificado para obtener un número de seguimiento y una fecha de entrega.</translation>
    </message>
    <message>
        <source>Envelope:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>2. After posting it</source>
        <translation>2. Después de enviarla</translation>
    </message>
    <message>
        <source>Day posted</source>
        <translation>Día del envío</translation>
    </message>
    <message>
        <source>certified-mail or registered-post number</source>
        <translation>número de correo certificado</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Attach the &amp;receipt…</source>
        <translation>Adjuntar el &amp;comprobante…</translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation>Enviada el:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Número de seguimiento:</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>Comprobante:</translation>
    </message>
    <message>
        <source>3. When the tracking shows it delivered</source>
        <translation>3. Cuando el seguimiento la muestre entregada</translation>
    </message>
    <message>
        <source>Delivered on:</source>
        <translation>Entregada el:</translation>
    </message>
    <message>
        <source>Day delivered</source>
        <translation>Día de la entrega</translation>
    </message>
    <message>
        <source>The deadline counts from the delivery date; until you record it, from the posting date + 5 days.</source>
        <translation>El plazo se cuenta desde la fecha de entrega; mientras no la registre, desde la fecha de envío + 5 días.</translation>
    </message>
    <message>
        <source>Record the &amp;delivery</source>
        <translation>Registrar la &amp;entrega</translation>
    </message>
    <message>
        <source>&amp;Mark sent by post</source>
        <translation>&amp;Marcar como enviada por correo postal</translation>
    </message>
    <message>
        <source>Save the letter for the envelope</source>
        <translation>Guardar la carta para el sobre</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}. Print it at 100% (no fit-to-page scaling) so the address lands in the window.</source>
        <translation>Se guardó {path}. Imprímala al 100 % (sin ajustar a la página) para que la dirección quede en la ventanilla.</translation>
    </message>
    <message>
        <source>Tick Delivered on and choose the date.</source>
        <translation>Marque Entregada el y elija la fecha.</translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>&amp;Import replies…</source>
        <translation>&amp;Importar respuestas…</translation>
    </message>
    <message>
        <source>Read saved messages (.eml, Outlook .msg, mbox); you can also drop them on the window</source>
        <translation>Leer mensajes guardados (.eml, .msg de Outlook, mbox); también puede soltarlos en la ventana</translation>
    </message>
    <message>
        <source>Fe&amp;tch from mail</source>
        <translation>&amp;Descargar del correo</translation>
    </message>
    <message>
        <source>Read new replies from your mail account over IMAP (nothing is deleted, moved or marked read)</source>
        <translation>Leer las respuestas nuevas de su cuenta de correo por IMAP (no se elimina, mueve ni marca como leído nada)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Waiting to be filed</source>
        <translation>Pendientes de asignar</translation>
    </message>
    <message>
        <source>All replies</source>
        <translation>Todas las respuestas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Suggestion and reason</source>
        <translation>Sugerencia y motivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Log as</source>
        <translation>Registrar como</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>Log the event on the request with the message attached</source>
        <translation>Registrar el evento en la solicitud con el mensaje adjunto</translation>
    </message>
    <message>
        <source>File on &amp;request…</source>
        <translation>Asignar a una &amp;solicitud…</translation>
    </message>
    <message>
        <source>Appeal or &amp;complain…</source>
        <translation>Apelar o presentar una &amp;queja…</translation>
    </message>
    <message>
        <source>Draft the follow-up the law offers, quoting this answer</source>
        <translation>Redactar el seguimiento que ofrece la ley, citando esta respuesta</translation>
    </message>
    <message>
        <source>Log as:</source>
        <translation>Registrar como:</translation>
    </message>
    <message>
        <source>No reply chosen. Import saved messages, drop them on the window, or fetch them from your mail.</source>
        <translation>No hay ninguna respuesta elegida. Importe mensajes guardados, suéltelos en la ventana o descárguelos de su correo.</translation>
    </message>
    <message>
        <source>the Replies inbox (file it by hand)</source>
        <translation>la bandeja de Respuestas (asígnela a mano)</translation>
    </message>
    <message>
        <source>Suggested: {event} — on {where}. Why: {reason}</source>
        <translation>Sugerencia: {event} — en {where}. Motivo: {reason}</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>De: {sender}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <source>Attachments: {files}</source>
        <translation>Adjuntos: {files}</translation>
    </message>
    <message>
        <source>Shown as text: this message is HTML; {scripts} and {images} were not run or loaded.</source>
        <translation>Se muestra como texto: este mensaje es HTML; no se ejecutaron ni cargaron {scripts} y {images}.</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n script</numerusform>
            <numerusform>%n scripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s)</source>
        <translation>
            <numerusform>%n imagen remota</numerusform>
            <numerusform>%n imágenes remotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read: {filed} matched to a request, {inbox} waiting in the inbox.</source>
        <translation>
            <numerusform>%n mensaje leído: {filed} con solicitud asociada, {inbox} en espera en la bandeja.</numerusform>
            <numerusform>%n mensajes leídos: {filed} con solicitud asociada, {inbox} en espera en la bandeja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import replies</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <source>Saved mail (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>Correo guardado (*.eml *.msg *.mbox *.mbx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Replies imported</source>
        <translation>Respuestas importadas</translation>
    </message>
    <message>
        <source>File on request</source>
        <translation>Asignar a una solicitud</translation>
    </message>
    <message>
        <source>No request has been sent yet.</source>
        <translation>Todavía no se ha enviado ninguna solicitud.</translation>
    </message>
    <message>
        <source>Fetching replies…</source>
        <translation>Descargando respuestas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Fetch replies</source>
        <translation>Descargar respuestas</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>Leyendo {folder}…</translation>
    </message>
    <message>
        <source>Replies fetched</source>
        <translation>Respuestas descargadas</translation>
    </message>
    <message>
        <source>Replies not fetched</source>
        <translation>No se descargaron las respuestas</translation>
    </message>
</context>
<context>
    <name>ReplySuggestions</name>
    <message>
        <source>Replies waiting to be accepted</source>
        <translation>Respuestas pendientes de aceptar</translation>
    </message>
    <message>
        <source>Reply from {sender} ({date}) — suggested: {event}. Why: {reason}</source>
        <translation>Respuesta de {sender} ({date}) — sugerencia: {event}. Motivo: {reason}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Log this on the timeline with the message attached</source>
        <translation>Registrar esto en el historial con el mensaje adjunto</translation>
    </message>
    <message>
        <source>Appeal or complain…</source>
        <translation>Apelar o presentar una queja…</translation>
    </message>
    <message>
        <source>Draft the follow-up the law offers, quoting this answer</source>
        <translation>Redactar el seguimiento que ofrece la ley, citando esta respuesta</translation>
    </message>
</context>
<context>
    <name>ReplyTableModel</name>
    <message>
        <source>Inbox: file by hand</source>
        <translation>Bandeja: asignar a mano</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Which companies answer on time</source>
        <translation>Qué empresas responden a tiempo</translation>
    </message>
    <message>
        <source>Every company your clients wrote to, across all clients: first requests sent, answered by the legal deadline, late (answered after it, or not at all once it passed), refused, and the median days to the answer. The report and its exports name no client, so you can show them to show who ignores the law.</source>
        <translation>Cada empresa a la que escribieron sus clientes, sumando todos los clientes: primeras solicitudes enviadas, respondidas dentro del plazo legal, tarde (respondidas después, o sin respuesta una vez vencido), rechazadas, y la mediana de días hasta la respuesta. El informe y sus exportaciones no nombran a ningún cliente, así que puede mostrarlos para señalar quién ignora la ley.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actual&amp;izar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Company report</source>
        <translation>Informe de empresas</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>{companies} companies, {sent} requests sent.</source>
        <translation>{companies} empresas, {sent} solicitudes enviadas.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the company report</source>
        <translation>Exportar el informe de empresas</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Informe escrito en {path}.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>No se escribió el informe</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>E&amp;xport letter</source>
        <translation>E&amp;xportar carta</translation>
    </message>
    <message>
        <source>Export the letter</source>
        <translation>Exportar la carta</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Abrir en el programa &amp;de correo</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>El&amp;iminar borrador…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Carta</translation>
    </message>
    <message>
        <source>T&amp;racking</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Ninguna solicitud seleccionada</translation>
    </message>
    <message>
        <source>Choose a request to see its letter.</source>
        <translation>Elija una solicitud para ver su carta.</translation>
    </message>
    <message>
        <source>Opens your mail program with this letter</source>
        <translation>Abre su programa de correo con esta carta</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Due if sent today</source>
        <translation>Vence si se envía hoy</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Prorrogado hasta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>voluntary request: the law does not cover where the client lives</source>
        <translation>solicitud voluntaria: la ley no cubre el lugar donde vive el cliente</translation>
    </message>
    <message>
        <source>⚠ Missing from the letter</source>
        <translation>⚠ Falta en la carta</translation>
    </message>
    <message>
        <source>⚠ Missing before sending</source>
        <translation>⚠ Falta antes de enviar</translation>
    </message>
    <message>
        <source>{n} calendar days</source>
        <translation>{n} días naturales</translation>
    </message>
    <message>
        <source>{n} business days</source>
        <translation>{n} días hábiles</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} meses</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>statute</source>
        <translation>ley</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>reglamento</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>fuente secundaria</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
</context>
<context>
    <name>RequestPicker</name>
    <message>
        <source>File on request</source>
        <translation>Asignar a una solicitud</translation>
    </message>
    <message>
        <source>Type a reference, client, company or type</source>
        <translation>Escriba una referencia, cliente, empresa o tipo</translation>
    </message>
    <message>
        <source>Find a request</source>
        <translation>Buscar una solicitud</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>No sent request matches; try part of the reference or the client&apos;s name.</source>
        <translation>Ninguna solicitud enviada coincide; pruebe con parte de la referencia o del nombre del cliente.</translation>
    </message>
    <message>
        <source>Showing the first {n} matches, likely ones first; type to narrow them.</source>
        <translation>Se muestran las primeras {n} coincidencias, las más probables primero; escriba para acotarlas.</translation>
    </message>
    <message>
        <source>Likely ones first.</source>
        <translation>Las más probables, primero.</translation>
    </message>
    <message>
        <source>★ {request}</source>
        <translation>★ {request}</translation>
    </message>
</context>
<context>
    <name>RequestTimeline</name>
    <message>
        <source>Request status</source>
        <translation>Estado de la solicitud</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Record a reply, an extension, a refusal or a note</source>
        <translation>Registrar una respuesta, una prórroga, un rechazo o una nota</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>button: delete the selected event</comment>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Delete the selected event (Delete; undo with Ctrl+Z)</source>
        <translation>Eliminar el evento seleccionado (Supr; deshacer con Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Deshacer: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Timeline &amp;PDF…</source>
        <translation>PD&amp;F del historial…</translation>
    </message>
    <message>
        <source>Save the whole history of this request, with its follow-ups, as a PDF</source>
        <translation>Guardar todo el historial de esta solicitud, con sus seguimientos, como PDF</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Files of the selected event</source>
        <translation>Archivos del evento seleccionado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the file with the program your system uses for it</source>
        <translation>Abrir el archivo con el programa que su sistema usa para él</translation>
    </message>
    <message>
        <source>Mar&amp;k sent…</source>
        <translation>&amp;Marcar como enviada…</translation>
    </message>
    <message>
        <source>Lo&amp;g event…</source>
        <translation>&amp;Registrar evento…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Follo&amp;w up</source>
        <translation>Dar seg&amp;uimiento</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Texto del archivo</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Choose a request to see its timeline.</source>
        <translation>Elija una solicitud para ver su historial.</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Once the letter is sent, Mark sent… starts its deadline; Log event… records a reply, a call or a note.</source>
        <translation>Todavía no hay nada registrado. Cuando se envíe la carta, Marcar como enviada… inicia su plazo; Registrar evento… guarda una respuesta, una llamada o una nota.</translation>
    </message>
    <message>
        <source>statute</source>
        <translation>ley</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>reglamento</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>fuente secundaria</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation>Estado: {s}</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>post</source>
        <translation>correo postal</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulario web</translation>
    </message>
    <message>
        <source>sent {d} by {via}</source>
        <translation>enviada el {d} por {via}</translation>
    </message>
    <message>
        <source>answer due {d}</source>
        <translation>respuesta antes del {d}</translation>
    </message>
    <message>
        <source>extended to {d}</source>
        <translation>prorrogado hasta el {d}</translation>
    </message>
    <message>
        <source>an answer on {d} is still on time</source>
        <translation>una respuesta el {d} todavía llega a tiempo</translation>
    </message>
    <message>
        <source>receipt to be confirmed by {d}</source>
        <translation>recibo por confirmar antes del {d}</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} días de retraso</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>Queda 1 día</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>Quedan {n} días</translation>
    </message>
    <message>
        <source>closed: {r}</source>
        <translation>cerrada: {r}</translation>
    </message>
    <message>
        <source>No files on this event. Edit… the event to attach a reply&apos;s PDF, a screenshot or a letter.</source>
        <translation>Este evento no tiene archivos. Use Editar… en el evento para adjuntar el PDF de una respuesta, una captura de pantalla o una carta.</translation>
    </message>
    <message>
        <source>Choose an event to see its files.</source>
        <translation>Elija un evento para ver sus archivos.</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Ningún archivo</translation>
    </message>
    <message>
        <source>No preview: open it with its program.</source>
        <translation>Sin vista previa: ábralo con su programa.</translation>
    </message>
    <message>
        <source>… (the rest is not shown: open the file to read it all)</source>
        <translation>… (no se muestra el resto: abra el archivo para leerlo completo)</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Filter by reference, client, company, type or law  (Ctrl+F)</source>
        <translation>Filtrar por referencia, cliente, empresa, tipo o ley  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrar solicitudes</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <source>Draft letters to one or more companies (Ctrl+N)</source>
        <translation>Redactar cartas a una o más empresas (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Export letters…</source>
        <translation>Ex&amp;portar cartas…</translation>
    </message>
    <message>
        <source>Export the selected letters (or all shown) as PDF, Word, text, web page or e-mail drafts</source>
        <translation>Exportar las cartas seleccionadas (o todas las mostradas) como PDF, Word, texto, página web o borradores de correo</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Todavía no hay solicitudes</translation>
    </message>
    <message>
        <source>Record who holds a client&apos;s location data on the Clients page, then draft letters here: OffMap picks the law, cites the right, computes the answer date and writes the letter for you to print, e-mail or export.</source>
        <translation>Registre quién tiene los datos de ubicación de un cliente en la página Clientes y luego redacte las cartas aquí: OffMap elige la ley, cita el derecho, calcula la fecha de respuesta y escribe la carta para que usted la imprima, la envíe por correo electrónico o la exporte.</translation>
    </message>
    <message>
        <source>Draft the first request</source>
        <translation>Redactar la primera solicitud</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>Cargando solicitudes…</translation>
    </message>
    <message>
        <source>The requests could not be listed.</source>
        <translation>No se pudieron listar las solicitudes.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>{shown} of {total} requests</source>
        <translation>{shown} de {total} solicitudes</translation>
    </message>
    <message>
        <source>No client yet</source>
        <translation>Todavía no hay clientes</translation>
    </message>
    <message>
        <source>Add a client on the Clients page first, with the companies that hold their location data.</source>
        <translation>Primero agregue un cliente en la página Clientes, con las empresas que tienen sus datos de ubicación.</translation>
    </message>
    <message>
        <source>Not a draft</source>
        <translation>No es un borrador</translation>
    </message>
    <message>
        <source>This request was sent and is part of the record, so it cannot be deleted. Log a &apos;closed&apos; event on the Tracking tab instead.</source>
        <translation>Esta solicitud se envió y forma parte del registro, así que no se puede eliminar. En su lugar, registre un evento «cerrada» en la pestaña Seguimiento.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Delete the draft {ref}? Its letter has not been sent.</source>
        <translation>¿Eliminar el borrador {ref}? Su carta no se ha enviado.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Who holds the data</source>
        <translation>Quién tiene los datos</translation>
    </message>
    <message>
        <source>Proposed companies; space ticks or unticks</source>
        <translation>Empresas propuestas; la barra espaciadora marca o desmarca</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>Untick a&amp;ll</source>
        <translation>Desmarcar to&amp;das</translation>
    </message>
    <message>
        <source>California DROP note</source>
        <translation>Nota sobre DROP de California</translation>
    </message>
</context>
<context>
    <name>RouteActions</name>
    <message>
        <source>Other wa&amp;ys</source>
        <translation>&amp;Otras vías</translation>
    </message>
    <message>
        <source>Send by web form, post or phone, or see the company&apos;s channels and which ones failed</source>
        <translation>Enviar por formulario web, correo postal o teléfono, o ver los canales de la empresa y cuáles fallaron</translation>
    </message>
    <message>
        <source>Web form…</source>
        <translation>Formulario web…</translation>
    </message>
    <message>
        <source>Post…</source>
        <translation>Correo postal…</translation>
    </message>
    <message>
        <source>Phone…</source>
        <translation>Teléfono…</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>Canales…</translation>
    </message>
</context>
<context>
    <name>RouteWords</name>
    <message>
        <source>To: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>No channel is known for this company: look up its privacy page.</source>
        <translation>No se conoce ningún canal de esta empresa: busque su página de privacidad.</translation>
    </message>
    <message>
        <source>suspect since {date}: {reason}</source>
        <translation>dudoso desde el {date}: {reason}</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>see its channels in the Directory</source>
        <translation>vea sus canales en el Directorio</translation>
    </message>
    <message>
        <source>Channels of the company</source>
        <translation>Canales de la empresa</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Archivos que se adjuntarán</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Screenshots and saved pages (*.png *.jpg *.jpeg *.pdf *.html *.htm *.mhtml);;All files (*)</source>
        <translation>Capturas de pantalla y páginas guardadas (*.png *.jpg *.jpeg *.pdf *.html *.htm *.mhtml);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SendActions</name>
    <message>
        <source>&amp;Send…</source>
        <translation>En&amp;viar…</translation>
    </message>
    <message>
        <source>E-mail this letter (PDF attached) from your mail account and start its deadline; for a company without e-mail, open its web form or print the letter</source>
        <translation>Enviar esta carta por correo electrónico (con el PDF adjunto) desde su cuenta de correo y empezar a contar su plazo; para una empresa sin correo electrónico, abra su formulario web o imprima la carta</translation>
    </message>
    <message>
        <source>Send &amp;all drafts…</source>
        <translation>Enviar todos los borradores a la ve&amp;z…</translation>
    </message>
    <message>
        <source>E-mail the selected drafts (or every draft shown) one after the other, with progress, Cancel and a result for each letter</source>
        <translation>Enviar por correo electrónico los borradores seleccionados (o todos los mostrados) uno tras otro, con progreso, Cancelar y un resultado para cada carta</translation>
    </message>
</context>
<context>
    <name>SendAllDialog</name>
    <message>
        <source>Send all</source>
        <translation>Enviar todos</translation>
    </message>
    <message>
        <source>Sending {n} letters from {account}.</source>
        <translation>Enviando {n} cartas desde {account}.</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <source>Result for each letter</source>
        <translation>Resultado de cada carta</translation>
    </message>
    <message>
        <source>Stopping after the letter being sent…</source>
        <translation>Deteniendo después de la carta que se está enviando…</translation>
    </message>
    <message>
        <source>{sent} of {total} sent.</source>
        <translation>{sent} de {total} enviadas.</translation>
    </message>
    <message>
        <source>{n} go by web form or post: open each request to print it or open the form.</source>
        <translation>{n} van por formulario web o correo postal: abra cada solicitud para imprimirla o abrir el formulario.</translation>
    </message>
    <message>
        <source>{n} not sent: their address is not from a verified source and was not confirmed.</source>
        <translation>{n} sin enviar: su dirección no viene de una fuente verificada y no se confirmó.</translation>
    </message>
    <message>
        <source>{n} failed: see Details; nothing was marked sent for them.</source>
        <translation>{n} fallaron: vea Detalles; ninguna se marcó como enviada.</translation>
    </message>
    <message>
        <source>{n} not attempted.</source>
        <translation>{n} sin intentar.</translation>
    </message>
    <message>
        <source>Sending stopped unexpectedly.</source>
        <translation>El envío se detuvo inesperadamente.</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>No mail account</source>
        <translation>No hay cuenta de correo</translation>
    </message>
    <message>
        <source>Open Settings now?</source>
        <translation>¿Abrir Configuración ahora?</translation>
    </message>
    <message>
        <source>Keyring locked</source>
        <translation>Llavero bloqueado</translation>
    </message>
    <message>
        <source>Unlock the keyring now?</source>
        <translation>¿Desbloquear el llavero ahora?</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Ya enviada</translation>
    </message>
    <message>
        <source>{ref} is not a draft any more ({status}); it is not sent again. To write to the company again, draft a reminder on the Tracking tab.</source>
        <translation>{ref} ya no es un borrador ({status}); no se vuelve a enviar. Para escribir de nuevo a la empresa, redacte un recordatorio en la pestaña Seguimiento.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Send {ref} to {name} &lt;{to}&gt;?</source>
        <translation>¿Enviar {ref} a {name} &lt;{to}&gt;?</translation>
    </message>
    <message>
        <source> The answer is due {date}.</source>
        <translation> La respuesta vence el {date}.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>{ref} was sent to {to}.{due}</source>
        <translation>{ref} se envió a {to}.{due}</translation>
    </message>
    <message>
        <source>Sending failed unexpectedly; nothing was marked sent.</source>
        <translation>El envío falló inesperadamente; no se marcó nada como enviado.</translation>
    </message>
    <message>
        <source>Address not verified</source>
        <translation>Dirección no verificada</translation>
    </message>
    <message>
        <source>These addresses did not come from a verified source (the company&apos;s own page). Check that each is the company&apos;s own privacy address before sending:</source>
        <translation>Estas direcciones no vienen de una fuente verificada (la propia página de la empresa). Antes de enviar, compruebe que cada una sea la dirección de privacidad de la propia empresa:</translation>
    </message>
    <message>
        <source>Send to them anyway?</source>
        <translation>¿Enviar de todos modos?</translation>
    </message>
    <message>
        <source>Check before sending again</source>
        <translation>Revise antes de volver a enviar</translation>
    </message>
    <message>
        <source>It is in my Sent folder: mark sent</source>
        <translation>Está en mi carpeta de Enviados: marcar como enviada</translation>
    </message>
    <message>
        <source>It is not there: send again</source>
        <translation>No está ahí: enviar de nuevo</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nada que enviar</translation>
    </message>
    <message>
        <source>None of these requests is a draft: sent letters are never sent again.</source>
        <translation>Ninguna de estas solicitudes es un borrador: las cartas enviadas nunca se vuelven a enviar.</translation>
    </message>
    <message>
        <source>Send {n} letters by e-mail, one after the other?</source>
        <translation>¿Enviar {n} cartas por correo electrónico, una tras otra?</translation>
    </message>
    <message>
        <source>({n} already sent are left out.)</source>
        <translation>(Se dejan fuera {n} ya enviadas.)</translation>
    </message>
</context>
<context>
    <name>ServerStoreDialog</name>
    <message>
        <source>Use a clinic server</source>
        <translation>Usar el servidor de una clínica</translation>
    </message>
    <message>
        <source>The clinic&apos;s cases are kept on its PostgreSQL server, so every worker sees the same clients and requests. Ask whoever runs the server for the address and your own database role (docs/clinic-setup.md). The password is kept in this computer&apos;s system keyring, never in a file.</source>
        <translation>Los casos de la clínica se guardan en su servidor PostgreSQL, así que todos los trabajadores ven los mismos clientes y solicitudes. Pida a quien administra el servidor la dirección y su propio rol de base de datos (docs/clinic-setup.md). La contraseña se guarda en el llavero del sistema de esta computadora, nunca en un archivo.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DB</source>
        <translation>postgresql://USER@HOST[:PORT]/DB</translation>
    </message>
    <message>
        <source>Server store address</source>
        <translation>Dirección del almacén del servidor</translation>
    </message>
    <message>
        <source>Server store password</source>
        <translation>Contraseña del almacén del servidor</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <source>&amp;Save and restart</source>
        <translation>&amp;Guardar y volver a abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type the server store&apos;s address, postgresql://USER@HOST[:PORT]/DB.</source>
        <translation>Escriba la dirección del almacén del servidor, postgresql://USER@HOST[:PORT]/DB.</translation>
    </message>
    <message>
        <source>Type the password of your database role.</source>
        <translation>Escriba la contraseña de su rol de base de datos.</translation>
    </message>
    <message>
        <source>The server store could not be reached: {error}</source>
        <translation>No se pudo conectar con el almacén del servidor: {error}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to {url}: the server store is ready. Nothing has been saved yet.</source>
        <translation>Conectado a {url}: el almacén del servidor está listo. Todavía no se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Almacén:</translation>
    </message>
    <message>
        <source>Everything OffMap records stays in this folder on this computer, readable only by your user account. Mail passwords are kept in the system keyring, never in this folder. Nothing leaves the computer unless you send a letter or update the directory.</source>
        <translation>Todo lo que OffMap registra se queda en esta carpeta de esta computadora, y solo su cuenta de usuario puede leerlo. Las contraseñas de correo se guardan en el llavero del sistema, nunca en esta carpeta. Nada sale de la computadora a menos que usted envíe una carta o actualice el directorio.</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>A&amp;brir la carpeta de datos</translation>
    </message>
</context>
<context>
    <name>SharedStoreSection</name>
    <message>
        <source>Shared store</source>
        <translation>Almacén compartido</translation>
    </message>
    <message>
        <source>Where the cases are kept</source>
        <translation>Dónde se guardan los casos</translation>
    </message>
    <message>
        <source>&amp;Join a clinic server…</source>
        <translation>Traba&amp;jar con el servidor de una clínica…</translation>
    </message>
    <message>
        <source>Cop&amp;y this computer&apos;s cases to the server…</source>
        <translation>Trans&amp;ferir una copia de los casos al servidor…</translation>
    </message>
    <message>
        <source>Copy the server&apos;s cases to this computer…</source>
        <translation>Copiar los casos del servidor a esta computadora…</translation>
    </message>
    <message>
        <source>E&amp;xit the server: use this computer&apos;s store</source>
        <translation>Salir del servidor: &amp;usar el almacén de esta computadora</translation>
    </message>
    <message>
        <source>Sign out, forget the pass&amp;word</source>
        <translation>Cerrar sesión y &amp;quitar la contraseña</translation>
    </message>
    <message>
        <source>This start&apos;s store was chosen with --store or OFFMAP_STORE, which come before the choice saved here.</source>
        <translation>El almacén de este inicio se eligió con --store u OFFMAP_STORE, que tienen prioridad sobre la elección guardada aquí.</translation>
    </message>
    <message>
        <source>The cases are on the clinic&apos;s server {location} ({backend}, schema {version}): {clients} clients, {requests} requests. Every worker signed in to it sees them.</source>
        <translation>Los casos están en el servidor de la clínica {location} ({backend}, esquema {version}): {clients} clientes, {requests} solicitudes. Todos los trabajadores que iniciaron sesión en él los ven.</translation>
    </message>
    <message>
        <source>The cases are in this computer&apos;s encrypted store ({backend}, schema {version}): {clients} clients, {requests} requests. A clinic with several workers can keep them on its own server instead.</source>
        <translation>Los casos están en el almacén cifrado de esta computadora ({backend}, esquema {version}): {clients} clientes, {requests} solicitudes. Una clínica con varios trabajadores puede guardarlos, en cambio, en su propio servidor.</translation>
    </message>
    <message>
        <source>The cases are in this computer&apos;s store, not encrypted yet ({backend}, schema {version}): {clients} clients, {requests} requests.</source>
        <translation>Los casos están en el almacén de esta computadora, todavía sin cifrar ({backend}, esquema {version}): {clients} clientes, {requests} solicitudes.</translation>
    </message>
    <message>
        <source>Cases not copied</source>
        <translation>No se copiaron los casos</translation>
    </message>
    <message>
        <source>Copy this computer&apos;s {clients} clients and {requests} requests, with their letters, replies and history, into the server store {url}? The server store must be empty. Nothing on this computer is changed or removed.</source>
        <translation>¿Copiar los {clients} clientes y las {requests} solicitudes de esta computadora, con sus cartas, respuestas e historial, al almacén del servidor {url}? El almacén del servidor debe estar vacío. No se cambia ni se quita nada de esta computadora.</translation>
    </message>
    <message>
        <source>Copy cases to the server</source>
        <translation>Copiar los casos al servidor</translation>
    </message>
    <message>
        <source>Copy cases to this computer</source>
        <translation>Copiar los casos a esta computadora</translation>
    </message>
    <message>
        <source>This computer&apos;s own store already holds {clients} clients and {requests} requests (perhaps the ones copied to the server earlier). The server&apos;s cases are copied only into an empty store, so that nothing is mixed up or overwritten; nothing was copied.</source>
        <translation>El almacén propio de esta computadora ya tiene {clients} clientes y {requests} solicitudes (quizás los que se copiaron antes al servidor). Los casos del servidor solo se copian a un almacén vacío, para que nada se mezcle ni se sobrescriba; no se copió nada.</translation>
    </message>
    <message>
        <source>Copy the server&apos;s {clients} clients and {requests} requests, with their letters, replies and history, into this computer&apos;s own store? Nothing on the server is changed or removed.</source>
        <translation>¿Copiar los {clients} clientes y las {requests} solicitudes del servidor, con sus cartas, respuestas e historial, al almacén propio de esta computadora? No se cambia ni se quita nada del servidor.</translation>
    </message>
    <message>
        <source>Copied {rows} rows into this computer&apos;s store; every table&apos;s count was checked. To work on them here, choose &quot;Exit the server&quot;.</source>
        <translation>Se copiaron {rows} filas al almacén de esta computadora; se comprobó el recuento de cada tabla. Para trabajar aquí con los casos, elija &quot;Salir del servidor&quot;.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was copied, this computer&apos;s store is as it was.</source>
        <translation>Cancelado: no se copió nada; el almacén de esta computadora sigue como estaba.</translation>
    </message>
    <message>
        <source>Copying the cases…</source>
        <translation>Copiando los casos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copying {table}: {done} of {total} rows…</source>
        <translation>Copiando {table}: {done} de {total} filas…</translation>
    </message>
    <message>
        <source>Open this computer&apos;s own store from the next start? The cases stay on the server; to have them here too, first copy them with &quot;Copy the server&apos;s cases to this computer&quot;. OffMap restarts now.</source>
        <translation>¿Abrir el almacén propio de esta computadora desde el próximo inicio? Los casos se quedan en el servidor; para tenerlos también aquí, primero cópielos con &quot;Copiar los casos del servidor a esta computadora&quot;. OffMap se vuelve a abrir ahora.</translation>
    </message>
    <message>
        <source>Cases copied</source>
        <translation>Casos copiados</translation>
    </message>
    <message>
        <source>Copied {rows} rows into the server store; every table&apos;s count was checked.</source>
        <translation>Se copiaron {rows} filas al almacén del servidor; se comprobó el recuento de cada tabla.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was copied, the server store is as it was.</source>
        <translation>Cancelado: no se copió nada; el almacén del servidor sigue como estaba.</translation>
    </message>
    <message>
        <source>The cases could not be copied ({error}); nothing was copied.</source>
        <translation>No se pudieron copiar los casos ({error}); no se copió nada.</translation>
    </message>
    <message>
        <source>Stop using the server</source>
        <translation>Dejar de usar el servidor</translation>
    </message>
    <message>
        <source>Sign out of the server</source>
        <translation>Cerrar sesión en el servidor</translation>
    </message>
    <message>
        <source>Remove the password of {url} from this computer&apos;s keyring? OffMap then opens this computer&apos;s own store; it restarts now.</source>
        <translation>¿Quitar la contraseña de {url} del llavero de esta computadora? Entonces OffMap abrirá el almacén propio de esta computadora; se vuelve a abrir ahora.</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>No se cerró la sesión</translation>
    </message>
    <message>
        <source>Saved. OffMap was started with --store or OFFMAP_STORE, which come first: the choice applies when OffMap starts without them.</source>
        <translation>Guardado. OffMap se inició con --store u OFFMAP_STORE, que tienen prioridad: la elección se aplica cuando OffMap se inicia sin ellos.</translation>
    </message>
</context>
<context>
    <name>StoreKeyDialog</name>
    <message>
        <source>Store key</source>
        <translation>Clave del almacén</translation>
    </message>
    <message>
        <source>OffMap&apos;s data is encrypted with this key. Without it (if this computer&apos;s keyring is lost) the data cannot be recovered, so print it and keep the paper somewhere safe, apart from the computer. Whoever has this key and a copy of the data folder or a backup can read every client record: never e-mail it or save it next to the data. To open the data on another computer, that computer needs this key imported (README, &quot;Where your data lives&quot;).</source>
        <translation>Los datos de OffMap están cifrados con esta clave. Sin ella (si se pierde el llavero de esta computadora) los datos no se pueden recuperar, así que imprímala y guarde el papel en un lugar seguro, lejos de la computadora. Quien tenga esta clave y una copia de la carpeta de datos o una copia de seguridad puede leer todos los registros de clientes: nunca la envíe por correo electrónico ni la guarde junto a los datos. Para abrir los datos en otra computadora, hay que importar esta clave en esa computadora (README, sección &quot;Where your data lives&quot;).</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <source>Something went wrong; nothing was saved.</source>
        <translation>Algo salió mal; no se guardó nada.</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>No se pudo deshacer ni rehacer</translation>
    </message>
    <message>
        <source>Log {kind}</source>
        <translation>Registrar {kind}</translation>
    </message>
    <message>
        <source>Large file</source>
        <translation>Archivo grande</translation>
    </message>
    <message>
        <source>Attach it anyway?</source>
        <translation>¿Adjuntarlo de todos modos?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>No se agregaron los archivos</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>No follow-up drafted</source>
        <translation>No se redactó ningún seguimiento</translation>
    </message>
    <message>
        <source>Follow-up drafted</source>
        <translation>Seguimiento redactado</translation>
    </message>
    <message>
        <source>Drafted {kind} {reference}. It is with the client&apos;s requests as a draft: review the letter, then send it.</source>
        <translation>Se redactó {kind} {reference}. Está con las solicitudes del cliente como borrador: revise la carta y luego envíela.</translation>
    </message>
    <message>
        <source>Save timeline</source>
        <translation>Guardar el historial</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>No program is set to open this kind of file; use Save as… instead.</source>
        <translation>No hay ningún programa configurado para abrir este tipo de archivo; use Guardar como… en su lugar.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Guardar archivo</translation>
    </message>
</context>
<context>
    <name>TrackingActions</name>
    <message>
        <source>Timeline of the request</source>
        <translation>Historial de la solicitud</translation>
    </message>
</context>
<context>
    <name>WebformDialog</name>
    <message>
        <source>Send {ref} by web form</source>
        <translation>Enviar {ref} por formulario web</translation>
    </message>
    <message>
        <source>OffMap knows no web form for this company:</source>
        <translation>OffMap no conoce ningún formulario web de esta empresa:</translation>
    </message>
    <message>
        <source>&amp;Open the web form</source>
        <translation>&amp;Abrir el formulario web</translation>
    </message>
    <message>
        <source>What the form will ask for</source>
        <translation>Lo que pedirá el formulario</translation>
    </message>
    <message>
        <source>Missing: {what}. Add it to the client if the form asks for it.</source>
        <translation>Falta: {what}. Agréguelo al cliente si el formulario lo pide.</translation>
    </message>
    <message>
        <source>The letter, ready to paste</source>
        <translation>La carta, lista para pegar</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Copy the &amp;letter</source>
        <translation>Copiar la &amp;carta</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>la carta</translation>
    </message>
    <message>
        <source>After submitting the form</source>
        <translation>Después de enviar el formulario</translation>
    </message>
    <message>
        <source>the number or ticket the form showed</source>
        <translation>el número o ticket que mostró el formulario</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>Número de confirmación</translation>
    </message>
    <message>
        <source>Day submitted</source>
        <translation>Día del envío</translation>
    </message>
    <message>
        <source>Attach &amp;screenshot or saved page…</source>
        <translation>Adjuntar captura de &amp;pantalla o página guardada…</translation>
    </message>
    <message>
        <source>Confirmation number:</source>
        <translation>Número de confirmación:</translation>
    </message>
    <message>
        <source>Submitted on:</source>
        <translation>Enviado el:</translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation>Prueba:</translation>
    </message>
    <message>
        <source>&amp;Mark sent via web form</source>
        <translation>&amp;Marcar como enviada por formulario web</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {what}</source>
        <translation>Copiar: {what}</translation>
    </message>
    <message>
        <source>Copied {what}: paste it into the form.</source>
        <translation>Copiado: {what}. Péguelo en el formulario.</translation>
    </message>
    <message>
        <source>The form is opening in your browser. Copy each value into it, then paste the letter.</source>
        <translation>El formulario se está abriendo en su navegador. Copie cada dato en él y luego pegue la carta.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to OffMap</source>
        <translation>Bienvenido a OffMap</translation>
    </message>
    <message>
        <source>Take your location off the map</source>
        <translation>Quite su ubicación del mapa</translation>
    </message>
    <message>
        <source>Phone carriers, apps and data brokers have sold people&apos;s location to whoever paid. OffMap helps you find out who holds yours, write to each of them with the law that applies (opt-out, deletion, access), and keeps track of their legal deadlines.</source>
        <translation>Los operadores de telefonía, las aplicaciones y los corredores de datos han vendido la ubicación de las personas a quien pagara. OffMap le ayuda a averiguar quién tiene la suya, a escribir a cada uno con la ley que corresponde (exclusión, eliminación, acceso) y lleva el control de sus plazos legales.</translation>
    </message>
    <message>
        <source>Everything you record stays in one folder on this computer: {home}. Mail passwords go to the system keyring, never into that folder.</source>
        <translation>Todo lo que usted registra se queda en una carpeta de esta computadora: {home}. Las contraseñas de correo van al llavero del sistema, nunca a esa carpeta.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer unless you send a letter or update the company directory yourself. OffMap is not legal advice.</source>
        <translation>Nada sale de esta computadora a menos que usted mismo envíe una carta o actualice el directorio de empresas. OffMap no es asesoría legal.</translation>
    </message>
    <message>
        <source>A good first step: add yourself and your phone service. OffMap then suggests the companies known to have received your carrier&apos;s location data, and you keep the ones that apply.</source>
        <translation>Un buen primer paso: agréguese usted y su servicio de teléfono. Luego OffMap le sugiere las empresas que se sabe que recibieron los datos de ubicación de su operador, y usted conserva las que correspondan.</translation>
    </message>
    <message>
        <source>&amp;Add my phone service…</source>
        <translation>&amp;Agregar mi servicio de teléfono…</translation>
    </message>
    <message>
        <source>&amp;Look around first</source>
        <translation>&amp;Explorar primero</translation>
    </message>
    <message>
        <source>Your records there are encrypted, with the key kept in the system keyring: export that key to paper from Settings → Backups → Store key… and keep the paper apart from the computer, because a lost key means the data cannot be recovered.</source>
        <translation>Sus registros allí están cifrados, con la clave guardada en el llavero del sistema: exporte esa clave en papel desde Configuración → Copias de seguridad → Clave del almacén… y guarde el papel lejos de la computadora, porque si se pierde la clave, los datos no se pueden recuperar.</translation>
    </message>
    <message>
        <source>Your records there are encrypted with the passphrase you chose, which is kept nowhere: without it the data cannot be recovered.</source>
        <translation>Sus registros allí están cifrados con la frase de contraseña que usted eligió, que no se guarda en ningún lugar: sin ella, los datos no se pueden recuperar.</translation>
    </message>
</context>
</TS>
