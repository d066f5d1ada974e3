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
        <source>California DROP</source>
        <translation>DROP de California</translation>
    </message>
    <message>
        <source>a registered data broker: one DROP request by a California resident reaches it (privacy.ca.gov). Carriers and apps still need their own requests.</source>
        <translation>un corredor de datos registrado: una sola solicitud DROP de un residente de California le llega (privacy.ca.gov). Los operadores y las aplicaciones siguen necesitando sus propias solicitudes.</translation>
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
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <source>&amp;Restore from a file…</source>
        <translation>&amp;Restaurar desde un archivo…</translation>
    </message>
    <message>
        <source>Restore the &amp;selected backup…</source>
        <translation>Restaurar la copia &amp;seleccionada…</translation>
    </message>
    <message>
        <source>Backups kept in the data folder</source>
        <translation>Copias de seguridad guardadas en la carpeta de datos</translation>
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
        <source>Save &amp;notes</source>
        <translation>Guardar &amp;notas</translation>
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
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Marcar como enviada…</translation>
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
    <name>ClientDetail</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
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
        <translation>Desa&amp;rchivar</translation>
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
        <source>Mobile advertising ID, if known</source>
        <translation>ID de publicidad del celular, si se conoce</translation>
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
        <source>Mobile advertising IDs</source>
        <translation>ID de publicidad del celular</translation>
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
        <source>Show a&amp;rchived</source>
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
        <source>For privacy clinics and advocates helping several people. In agent mode each letter says the clinic writes as the client&apos;s authorized agent and cites the law&apos;s rule for agents; laws without such a rule (for example Virginia&apos;s) are refused, and those letters go in the client&apos;s own name. Print the client&apos;s authorization form from the Clients page and keep the signed copy.</source>
        <translation>Para clínicas de privacidad y defensores que ayudan a varias personas. En el modo de agente, cada carta dice que la clínica escribe como agente autorizado del cliente y cita la norma de la ley sobre agentes; las leyes sin esa norma (por ejemplo, la de Virginia) se rechazan, y esas cartas van a nombre del propio cliente. Imprima el formulario de autorización del cliente desde la página Clientes y conserve la copia firmada.</translation>
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
        <translation>Cartas a nombre del propio &amp;cliente</translation>
    </message>
    <message>
        <source>The clinic writes as the client&apos;s authorized &amp;agent</source>
        <translation>La clínica escribe como &amp;agente autorizado del cliente</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>S&amp;taff member</source>
        <translation>&amp;Miembro del personal</translation>
    </message>
    <message>
        <source>Staff member who signs</source>
        <translation>Miembro del personal que firma</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Dir&amp;ección</translation>
    </message>
    <message>
        <source>Clinic postal address</source>
        <translation>Dirección postal de la clínica</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>C&amp;orreo electrónico</translation>
    </message>
    <message>
        <source>Clinic e-mail for replies</source>
        <translation>Correo electrónico de la clínica para respuestas</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
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
        <source>Save clinic &amp;profile</source>
        <translation>Guardar el &amp;perfil de la clínica</translation>
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
        <source>&amp;Post</source>
        <translation>Correo &amp;postal</translation>
    </message>
    <message>
        <source>Postal address for privacy requests</source>
        <translation>Dirección postal para solicitudes de privacidad</translation>
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
    <name>DeadlineTableModel</name>
    <message>
        <source>1 day late</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} días de retraso</translation>
    </message>
    <message>
        <source>no confirmation of receipt</source>
        <translation>sin confirmación de recibo</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>prorrogado</translation>
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
        <source>Export CS&amp;V…</source>
        <translation>Exportar CS&amp;V…</translation>
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
    <message>
        <source>Saved {n} item(s) to {path}</source>
        <translation>Se guardaron {n} elemento(s) en {path}</translation>
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
        <source>&amp;Delete…</source>
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
    <name>ExportDialog</name>
    <message>
        <source>Export letters</source>
        <translation>Exportar cartas</translation>
    </message>
    <message>
        <source>Export {n} letter(s). Files are named by reference, company and type, never by the person&apos;s name.</source>
        <translation>Exportar {n} carta(s). Los archivos se nombran por referencia, empresa y tipo, nunca por el nombre de la persona.</translation>
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
        <translation>Mi &amp;línea telefónica…</translation>
    </message>
    <message>
        <source>Apps on my p&amp;hone…</source>
        <translation>Apps de mi &amp;celular…</translation>
    </message>
    <message>
        <source>Add &amp;holding…</source>
        <translation>Agregar &amp;empresa…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
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
        <source>The new language applies the next time OffMap starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se abra OffMap.</translation>
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
        <source>&amp;Add account…</source>
        <translation>&amp;Agregar cuenta…</translation>
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
        <source>Make de&amp;fault</source>
        <translation>Usar por de&amp;fecto</translation>
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
        <source>Mail account status</source>
        <translation>Estado de la cuenta de correo</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keyring ({backend}), never in OffMap&apos;s files, backups or exports.</source>
        <translation>Las contraseñas se guardan en el llavero del sistema ({backend}), nunca en los archivos, copias de seguridad ni exportaciones de OffMap.</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <source>Letters to draft:</source>
        <translation>Cartas que se redactarán:</translation>
    </message>
    <message>
        <source>Preview of the selected letter:</source>
        <translation>Vista previa de la carta seleccionada:</translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation>Elegir una empresa</translation>
    </message>
    <message>
        <source>Pick a company from the list; the Directory page adds companies that are not there yet.</source>
        <translation>Elija una empresa de la lista; la página Directorio agrega las empresas que todavía no están.</translation>
    </message>
    <message>
        <source>&amp;Save {n} draft(s)</source>
        <translation>&amp;Guardar {n} borrador(es)</translation>
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
        <source>Cell-site location</source>
        <translation>Ubicación por antenas</translation>
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
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
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
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
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
        <source>Partly fulfilled</source>
        <translation>Cumplida en parte</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
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
    <message>
        <source>{law} does not grant this request</source>
        <translation>{law} no otorga esta solicitud</translation>
    </message>
    <message>
        <source>{law} does not cover a {kind}</source>
        <translation>{law} no cubre este tipo de empresa ({kind})</translation>
    </message>
    <message>
        <source>{laws}: no {type} right; choose another type or law</source>
        <translation>{laws}: no otorga el derecho «{type}»; elija otro tipo u otra ley</translation>
    </message>
    <message>
        <source>no law applies; choose a model law for a voluntary request</source>
        <translation>no se aplica ninguna ley; elija una ley modelo para una solicitud voluntaria</translation>
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
        <translation>&amp;Actualizar</translation>
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
        <translation>Abrir en el &amp;programa de correo</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>E&amp;liminar borrador…</translation>
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
        <source>&amp;Tracking</source>
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
        <source>Company also asks for</source>
        <translation>La empresa también pide</translation>
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
        <source>Mark &amp;sent…</source>
        <translation>Marcar como e&amp;nviada…</translation>
    </message>
    <message>
        <source>&amp;Log event…</source>
        <translation>&amp;Registrar evento…</translation>
    </message>
    <message>
        <source>Record a reply, an extension, a refusal or a note</source>
        <translation>Registrar una respuesta, una prórroga, un rechazo o una nota</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected event (Delete; undo with Ctrl+Z)</source>
        <translation>Eliminar el evento seleccionado (Supr; deshacer con Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Deshacer: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>Dar se&amp;guimiento</translation>
    </message>
    <message>
        <source>Timeline &amp;PDF…</source>
        <translation>&amp;PDF del historial…</translation>
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
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the file with the program your system uses for it</source>
        <translation>Abrir el archivo con el programa que su sistema usa para él</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Choose a request to see its timeline.</source>
        <translation>Elija una solicitud para ver su historial.</translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation>Estado: {s}</translation>
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
        <source>No file</source>
        <translation>Ningún archivo</translation>
    </message>
    <message>
        <source>No preview: open it with its program.</source>
        <translation>Sin vista previa: ábralo con su programa.</translation>
    </message>
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
        <source>Files not added</source>
        <translation>No se agregaron los archivos</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
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
        <translation>&amp;Exportar cartas…</translation>
    </message>
    <message>
        <source>Export the selected letters (or all shown) as PDF, Word, text, web page or e-mail drafts</source>
        <translation>Exportar las cartas seleccionadas (o todas las mostradas) como PDF, Word, texto, página web o borradores de correo</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
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
        <translation>Enviar &amp;todos los borradores…</translation>
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
        <translation>&amp;Abrir la carpeta de datos</translation>
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
</context>
<context>
    <name>page</name>
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
    <name>parent</name>
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
        <source>Export letter</source>
        <translation>Exportar carta</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>No se guardó la contraseña</translation>
    </message>
</context>
<context>
    <name>self.window</name>
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
    <name>status</name>
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
    <name>timeline</name>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
</context>
</TS>
