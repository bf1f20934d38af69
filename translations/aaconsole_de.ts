<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Account Activity Console</source>
        <translation>Über Account Activity Console</translation>
    </message>
    <message>
        <source>Account Activity Console</source>
        <translation>Account Activity Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;A developer console for X&apos;s Account Activity webhooks: credentials in the OS keychain, webhook and subscription management, a local responder and a live event browser.&lt;/p&gt;&lt;p&gt;Qt %1 (built against %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Entwicklerkonsole für die Account-Activity-Webhooks von X: Zugangsdaten im Schlüsselbund des Systems, Verwaltung von Webhooks und Abonnements, ein lokaler Responder und ein Live-Ereignisbrowser.&lt;/p&gt;&lt;p&gt;Qt %1 (gebaut mit %2).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActivityEngine</name>
    <message>
        <source>Unknown action &apos;%1&apos;.</source>
        <translation>Unbekannte Aktion &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1 is missing: give a user id or @screen_name.</source>
        <translation>--%1 fehlt: Geben Sie eine Benutzer-ID oder @screen_name an.</translation>
    </message>
    <message>
        <source>There is no Sandbox account &apos;%1&apos; (&apos;sandbox users&apos; lists them).</source>
        <translation>Es gibt kein Sandbox-Konto &apos;%1&apos; (&apos;sandbox users&apos; listet sie auf).</translation>
    </message>
    <message>
        <source>There is no post &apos;%1&apos;.</source>
        <translation>Es gibt keinen Beitrag &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>@%1 already likes post %2.</source>
        <translation>@%1 gefällt Beitrag %2 bereits.</translation>
    </message>
    <message>
        <source>@%1 is blocked by the author of post %2.</source>
        <translation>@%1 wird vom Autor des Beitrags %2 blockiert.</translation>
    </message>
    <message>
        <source>@%1 cannot %2 themselves.</source>
        <translation>@%1 kann &apos;%2&apos; nicht auf sich selbst anwenden.</translation>
    </message>
    <message>
        <source>@%1 does not %2 @%3.</source>
        <translation>Die Beziehung &apos;%2&apos; von @%1 zu @%3 besteht nicht.</translation>
    </message>
    <message>
        <source>@%1 already does %2 @%3.</source>
        <translation>Die Beziehung &apos;%2&apos; von @%1 zu @%3 besteht bereits.</translation>
    </message>
    <message>
        <source>@%1 is blocked by @%2.</source>
        <translation>@%1 wird von @%2 blockiert.</translation>
    </message>
    <message>
        <source>--text must hold 1 to %1 characters.</source>
        <translation>--text muss 1 bis %1 Zeichen enthalten.</translation>
    </message>
    <message>
        <source>A post is either a reply (--reply-to) or a quote (--quote).</source>
        <translation>Ein Beitrag ist entweder eine Antwort (--reply-to) oder ein Zitat (--quote).</translation>
    </message>
    <message>
        <source>Post %1 is not @%2&apos;s; only its author can delete it.</source>
        <translation>Beitrag %1 gehört nicht @%2; nur sein Autor kann ihn löschen.</translation>
    </message>
    <message>
        <source>@%1 cannot send messages to @%2, who blocks them.</source>
        <translation>@%1 wird von @%2 blockiert und kann diesem Konto keine Nachrichten senden.</translation>
    </message>
    <message>
        <source>@%1 has no DM from @%2 to mark as read.</source>
        <translation>@%1 hat keine DM von @%2, die als gelesen markiert werden könnte.</translation>
    </message>
    <message>
        <source>@%1 has already revoked the app.</source>
        <translation>@%1 hat der App den Zugriff bereits entzogen.</translation>
    </message>
</context>
<context>
    <name>ActivitySummary</name>
    <message>
        <source>%1 liked post %2</source>
        <translation>%1 hat Beitrag %2 mit „Gefällt mir“ markiert</translation>
    </message>
    <message>
        <source>%1 posted %2</source>
        <translation>%1 hat %2 gepostet</translation>
    </message>
    <message>
        <source>%1 deleted post %2</source>
        <translation>%1 hat Beitrag %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 sent DM %2 to %3</source>
        <translation>%1 hat die Direktnachricht %2 an %3 gesendet</translation>
    </message>
    <message>
        <source>%1 is typing to %2</source>
        <translation>%1 schreibt gerade an %2</translation>
    </message>
    <message>
        <source>%1 read the DMs from %2</source>
        <translation>%1 hat die Direktnachrichten von %2 gelesen</translation>
    </message>
    <message>
        <source>%1 revoked the app</source>
        <translation>%1 hat der App den Zugriff entzogen</translation>
    </message>
    <message>
        <source>%1 followed %2</source>
        <translation>%1 folgt jetzt %2</translation>
    </message>
    <message>
        <source>%1 unfollowed %2</source>
        <translation>%1 folgt %2 nicht mehr</translation>
    </message>
    <message>
        <source>%1 blocked %2</source>
        <translation>%1 hat %2 blockiert</translation>
    </message>
    <message>
        <source>%1 unblocked %2</source>
        <translation>%1 hat die Blockierung von %2 aufgehoben</translation>
    </message>
    <message>
        <source>%1 muted %2</source>
        <translation>%1 hat %2 stummgeschaltet</translation>
    </message>
    <message>
        <source>%1 unmuted %2</source>
        <translation>%1 hat die Stummschaltung von %2 aufgehoben</translation>
    </message>
    <message>
        <source>%1; nothing to deliver: no valid webhook is subscribed to the accounts involved.</source>
        <translation>%1; nichts zuzustellen: Kein gültiger Webhook hat eines der beteiligten Konten abonniert.</translation>
    </message>
    <message>
        <source>#%1 to webhook %2 for %3</source>
        <translation>#%1 an Webhook %2 für %3</translation>
    </message>
    <message>
        <source>%1; deliveries queued: %2</source>
        <translation>%1; Zustellungen in der Warteschlange: %2</translation>
    </message>
</context>
<context>
    <name>ApiCallLog</name>
    <message>
        <source>Cannot open the API-call log %1.</source>
        <translation>Das API-Aufrufprotokoll %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot prepare the API-call log %1.</source>
        <translation>Das API-Aufrufprotokoll %1 kann nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The API-call log is not open.</source>
        <translation>Das API-Aufrufprotokoll ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write to the API-call log.</source>
        <translation>In das API-Aufrufprotokoll kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot read the API-call log.</source>
        <translation>Das API-Aufrufprotokoll kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no API call with id %1 in the log.</source>
        <translation>Im Protokoll gibt es keinen API-Aufruf mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>&apos;%1&apos; needs a request token.</source>
        <translation>&apos;%1&apos; braucht ein Request Token.</translation>
    </message>
    <message>
        <source>%1 authenticates with your app&apos;s bearer token.</source>
        <translation>%1 authentifiziert sich mit dem Bearer Token Ihrer App.</translation>
    </message>
    <message>
        <source>%1 authenticates with OAuth 1.0a as the subscribing user (consumer key and secret, and that user&apos;s access token and secret).</source>
        <translation>%1 authentifiziert sich mit OAuth 1.0a als der abonnierende Nutzer (Consumer Key und Secret sowie Access Token und Secret dieses Nutzers).</translation>
    </message>
    <message>
        <source>%1 authenticates with OAuth 1.0a as the app owner (consumer key and secret, access token and secret).</source>
        <translation>%1 authentifiziert sich mit OAuth 1.0a als Eigentümer der App (Consumer Key und Secret, Access Token und Secret).</translation>
    </message>
    <message>
        <source>Set %1.</source>
        <translation>Setzen Sie %1.</translation>
    </message>
</context>
<context>
    <name>ApiSession</name>
    <message>
        <source>Give up when X sends nothing for &lt;seconds&gt; (default %1).</source>
        <translation>Aufgeben, wenn X &lt;seconds&gt; lang nichts sendet (Standard %1).</translation>
    </message>
    <message>
        <source>--api-base must be an http(s) URL such as https://api.x.com, not &apos;%1&apos;</source>
        <translation>--api-base muss eine http(s)-URL wie https://api.x.com sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600</source>
        <translation>--timeout muss eine Anzahl Sekunden zwischen 0 und 3600 sein</translation>
    </message>
    <message>
        <source>%1 must be a numeric id (1 to 19 digits), not &apos;%2&apos;</source>
        <translation>%1 muss eine numerische ID sein (1 bis 19 Ziffern), nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Act as the profile&apos;s subscribed account &lt;user-id&gt; (added with &apos;signin&apos;): its access token and secret replace the app owner&apos;s.</source>
        <translation>Als das abonnierte Konto &lt;user-id&gt; des Profils handeln (mit &apos;signin&apos; hinzugefügt): Sein Access Token und Secret ersetzen die des App-Inhabers.</translation>
    </message>
    <message>
        <source>--account needs a profile (see &apos;profiles list&apos;)</source>
        <translation>--account braucht ein Profil (siehe &apos;profiles list&apos;)</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>The capture store is not open.</source>
        <translation>Der Aufzeichnungsspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Event #%1 is not in the store.</source>
        <translation>Ereignis #%1 ist nicht im Speicher.</translation>
    </message>
    <message>
        <source>The delivery of event #%1 is not in the store.</source>
        <translation>Die Zustellung von Ereignis #%1 ist nicht im Speicher.</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>There is no capture store at %1 (nothing has been captured yet?).</source>
        <translation>Unter %1 gibt es keinen Aufzeichnungsspeicher (wurde noch nichts aufgezeichnet?).</translation>
    </message>
    <message>
        <source>count events</source>
        <translation>Zählen der Ereignisse</translation>
    </message>
    <message>
        <source>read events</source>
        <translation>Lesen der Ereignisse</translation>
    </message>
    <message>
        <source>read an event</source>
        <translation>Lesen eines Ereignisses</translation>
    </message>
    <message>
        <source>read a delivery</source>
        <translation>Lesen einer Zustellung</translation>
    </message>
    <message>
        <source>read an event&apos;s JSON</source>
        <translation>Lesen des JSON eines Ereignisses</translation>
    </message>
    <message>
        <source>Delivery %1 is missing from the store.</source>
        <translation>Zustellung %1 fehlt im Speicher.</translation>
    </message>
    <message>
        <source>read CRC checks</source>
        <translation>Lesen der CRC-Prüfungen</translation>
    </message>
    <message>
        <source>read rejected requests</source>
        <translation>Lesen der abgelehnten Anfragen</translation>
    </message>
</context>
<context>
    <name>CaptureSchema</name>
    <message>
        <source>The capture store could not %1.</source>
        <translation>Fehler im Aufzeichnungsspeicher beim %1.</translation>
    </message>
    <message>
        <source>Cannot open the capture store %1.</source>
        <translation>Der Aufzeichnungsspeicher %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The capture store %1 was written by a newer version of the console (schema %2).</source>
        <translation>Der Aufzeichnungsspeicher %1 wurde von einer neueren Version der Konsole geschrieben (Schema %2).</translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <source>start a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>record a CRC check</source>
        <translation>Speichern einer CRC-Prüfung</translation>
    </message>
    <message>
        <source>record a rejected request</source>
        <translation>Speichern einer abgelehnten Anfrage</translation>
    </message>
    <message>
        <source>store a delivery</source>
        <translation>Speichern einer Zustellung</translation>
    </message>
    <message>
        <source>look up duplicates</source>
        <translation>Suchen nach Duplikaten</translation>
    </message>
    <message>
        <source>store an event</source>
        <translation>Speichern eines Ereignisses</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>prepare its statements</source>
        <translation>Vorbereiten seiner SQL-Anweisungen</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Machine output: JSON on stdout, diagnostics on stderr.</source>
        <translation>Maschinenlesbare Ausgabe: JSON auf stdout, Diagnosen auf stderr.</translation>
    </message>
    <message>
        <source>Also write the log to &lt;file&gt; (secrets are never logged).</source>
        <translation>Das Protokoll zusätzlich in &lt;file&gt; schreiben (Geheimnisse werden nie protokolliert).</translation>
    </message>
    <message>
        <source>Log level on stderr and in the log file: debug, info or warning (default: warning).</source>
        <translation>Protokollstufe auf stderr und in der Protokolldatei: debug, info oder warning (Standard: warning).</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--log-level must be debug, info or warning</source>
        <translation>--log-level muss debug, info oder warning sein</translation>
    </message>
    <message>
        <source>Usage: aaconsole-cli [global options] COMMAND [options] [arguments]</source>
        <translation>Aufruf: aaconsole-cli [globale Optionen] COMMAND [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>Account Activity Console %1: the command-line half of the developer console for X&apos;s Account Activity webhooks.</source>
        <translation>Account Activity Console %1: der Kommandozeilenteil der Entwicklerkonsole für die Account-Activity-Webhooks von X.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 X answered with an error, 2 usage, 3 credentials or configuration, 4 network.</source>
        <translation>Exit-Codes: 0 OK, 1 X hat mit einem Fehler geantwortet, 2 falscher Aufruf, 3 Zugangsdaten oder Konfiguration, 4 Netzwerk.</translation>
    </message>
    <message>
        <source>Run &apos;aaconsole-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Mit &apos;aaconsole-cli COMMAND --help&apos; sehen Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Usage: aaconsole-cli %1 [options] %2</source>
        <translation>Aufruf: aaconsole-cli %1 [Optionen] %2</translation>
    </message>
    <message>
        <source>Use the credentials and settings of profile &lt;name&gt;.</source>
        <translation>Die Zugangsdaten und Einstellungen des Profils &lt;name&gt; verwenden.</translation>
    </message>
    <message>
        <source>Base URL of the X API (default https://api.x.com; the Sandbox prints its own).</source>
        <translation>Basis-URL der X API (Standard https://api.x.com; die Sandbox gibt ihre eigene aus).</translation>
    </message>
    <message>
        <source>API flavour: v2 (default) or v1.1 (Enterprise).</source>
        <translation>API-Variante: v2 (Standard) oder v1.1 (Enterprise).</translation>
    </message>
    <message>
        <source>--api must be v2 or v1.1</source>
        <translation>--api muss v2 oder v1.1 sein</translation>
    </message>
    <message>
        <source>Credentials come from the profile (--profile NAME, else the active one; see &apos;aaconsole-cli profiles --help&apos;), kept in the OS keychain. The environment variables X_CONSUMER_KEY, X_CONSUMER_SECRET, X_BEARER_TOKEN, X_ACCESS_TOKEN and X_ACCESS_TOKEN_SECRET override them field by field.</source>
        <translation>Die Zugangsdaten stammen aus dem Profil (--profile NAME, sonst das aktive; siehe &apos;aaconsole-cli profiles --help&apos;) und liegen im Schlüsselbund des Systems. Die Umgebungsvariablen X_CONSUMER_KEY, X_CONSUMER_SECRET, X_BEARER_TOKEN, X_ACCESS_TOKEN und X_ACCESS_TOKEN_SECRET überschreiben sie Feld für Feld.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1 (see &apos;%2&apos;)</source>
        <translation>%1 (siehe &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &apos;aaconsole-cli profiles list&apos;).</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot; (siehe &apos;aaconsole-cli profiles list&apos;).</translation>
    </message>
    <message>
        <source>%1 is not set and no profile is selected. %2 Set %1, or create a profile (&apos;aaconsole-cli profiles add NAME&apos;) and store it with &apos;aaconsole-cli profiles set-secret NAME %3&apos;.</source>
        <translation>%1 ist nicht gesetzt und kein Profil ist ausgewählt. %2 Setzen Sie %1 oder legen Sie ein Profil an (&apos;aaconsole-cli profiles add NAME&apos;) und speichern Sie den Wert mit &apos;aaconsole-cli profiles set-secret NAME %3&apos;.</translation>
    </message>
    <message>
        <source>%1 is not set, and profile &quot;%2&quot; keeps its secrets for one GUI session only, out of the command line&apos;s reach. %3 Set %1, or store the profile&apos;s secrets in the keychain.</source>
        <translation>%1 ist nicht gesetzt, und Profil &quot;%2&quot; behält seine Geheimnisse nur für eine GUI-Sitzung, außer Reichweite der Kommandozeile. %3 Setzen Sie %1 oder speichern Sie die Geheimnisse des Profils im Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1 is not set and profile &quot;%2&quot; has no %3. %4 Store it with &apos;aaconsole-cli profiles set-secret &quot;%2&quot; %3&apos; (the value is read from stdin), or set %1.</source>
        <translation>%1 ist nicht gesetzt und Profil &quot;%2&quot; hat keinen Wert für %3. %4 Speichern Sie ihn mit &apos;aaconsole-cli profiles set-secret &quot;%2&quot; %3&apos; (der Wert wird von stdin gelesen) oder setzen Sie %1.</translation>
    </message>
</context>
<context>
    <name>ControlRoutes</name>
    <message>
        <source>The Sandbox&apos;s control endpoints answer only this computer.</source>
        <translation>Die Steuer-Endpunkte der Sandbox antworten nur diesem Rechner.</translation>
    </message>
    <message>
        <source>Fault settings are numbers of zero or more.</source>
        <translation>Störungseinstellungen sind Zahlen ab null.</translation>
    </message>
</context>
<context>
    <name>CrcCommand</name>
    <message>
        <source>Print X&apos;s CRC response for TOKEN, computed with your consumer secret.</source>
        <translation>Die CRC-Antwort ausgeben, die X für TOKEN erwartet, berechnet mit Ihrem Consumer Secret.</translation>
    </message>
    <message>
        <source>missing TOKEN</source>
        <translation>TOKEN fehlt</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>TOKEN must not be empty</source>
        <translation>TOKEN darf nicht leer sein</translation>
    </message>
    <message>
        <source>Prints {&quot;response_token&quot;:&quot;sha256=…&quot;}: base64(HMAC-SHA256(consumer secret, TOKEN)), exactly what your webhook must answer to X&apos;s challenge-response check.
The consumer secret comes from X_CONSUMER_SECRET when set, else from the profile (--profile, or the active one).</source>
        <translation>Gibt {&quot;response_token&quot;:&quot;sha256=…&quot;} aus: base64(HMAC-SHA256(Consumer Secret, TOKEN)), genau das, was Ihr Webhook auf die Challenge-Response-Prüfung von X antworten muss.
Das Consumer Secret stammt aus X_CONSUMER_SECRET, falls gesetzt, sonst aus dem Profil (--profile oder das aktive).</translation>
    </message>
    <message>
        <source>The CRC response is computed with your app&apos;s consumer secret (API secret key).</source>
        <translation>Die CRC-Antwort wird mit dem Consumer Secret Ihrer App (API Secret Key) berechnet.</translation>
    </message>
</context>
<context>
    <name>CredentialCheckText</name>
    <message>
        <source>@%1 (%2)</source>
        <translation>@%1 (%2)</translation>
    </message>
    <message>
        <source>X did not accept the bearer token. Copy it again from the app&apos;s &quot;Keys and tokens&quot; page in the developer portal (regenerating it there makes the old one invalid).</source>
        <translation>X hat das Bearer Token nicht angenommen. Kopieren Sie es erneut von der Seite „Keys and tokens“ der App im Developer Portal (wird es dort neu erzeugt, ist das alte ungültig).</translation>
    </message>
    <message>
        <source>listed the app&apos;s webhooks: none registered yet</source>
        <translation>Webhooks der App abgefragt: noch keiner registriert</translation>
    </message>
    <message>
        <source>listed the app&apos;s webhooks: %1 registered, %2 of them valid</source>
        <translation>Webhooks der App abgefragt: %1 registriert, davon %2 gültig</translation>
    </message>
    <message>
        <source>%1 of %2 calls left until %3 UTC</source>
        <translation>%1 von %2 Aufrufen übrig bis %3 UTC</translation>
    </message>
    <message>
        <source>This profile has no %1. Fill in the missing secrets, save, and test again.</source>
        <translation>Diesem Profil fehlt: %1. Tragen Sie die fehlenden Geheimnisse ein, speichern Sie und testen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>DetailLoader</name>
    <message>
        <source>Event #%1 is not in the store.</source>
        <translation>Ereignis #%1 ist nicht im Speicher.</translation>
    </message>
    <message>
        <source>The capture store is not open.</source>
        <translation>Der Aufzeichnungsspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Not JSON at byte %1: %2.</source>
        <translation>Kein JSON bei Byte %1: %2.</translation>
    </message>
</context>
<context>
    <name>EnvImport</name>
    <message>
        <source>%1 and %2 hold different values; %3 was used.</source>
        <translation>%1 und %2 enthalten verschiedene Werte; %3 wurde verwendet.</translation>
    </message>
    <message>
        <source>Line %1 is not a NAME=value assignment and was skipped.</source>
        <translation>Zeile %1 ist keine Zuweisung NAME=Wert und wurde übersprungen.</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>X sent a CRC check (GET with crc_token) to the webhook URL and did not get a correct answer in time. Make sure the URL is publicly reachable over https and answers 200 with the response_token computed with this app&apos;s consumer secret.</source>
        <translation>X hat eine CRC-Prüfung (GET mit crc_token) an die Webhook-URL gesendet und nicht rechtzeitig eine korrekte Antwort erhalten. Stellen Sie sicher, dass die URL öffentlich über https erreichbar ist und mit 200 und dem mit dem Consumer Secret dieser App berechneten response_token antwortet.</translation>
    </message>
    <message>
        <source>X rejected the webhook URL: it must be a well-formed https:// URL without a port and at most 200 characters long.</source>
        <translation>X hat die Webhook-URL abgelehnt: Sie muss eine wohlgeformte https://-URL ohne Port und höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This app already has a webhook with this URL. Find its id with &apos;webhooks list&apos; and validate it, or delete it before registering the URL again.</source>
        <translation>Diese App hat bereits einen Webhook mit dieser URL. Ermitteln Sie seine ID mit &apos;webhooks list&apos; und validieren Sie ihn, oder löschen Sie ihn, bevor Sie die URL erneut registrieren.</translation>
    </message>
    <message>
        <source>The app already has as many webhooks as its access level allows. Delete one (&apos;webhooks list&apos;, then &apos;webhooks delete ID&apos;) before registering another.</source>
        <translation>Die App hat bereits so viele Webhooks, wie ihre Zugriffsstufe erlaubt. Löschen Sie einen (&apos;webhooks list&apos;, dann &apos;webhooks delete ID&apos;), bevor Sie einen weiteren registrieren.</translation>
    </message>
    <message>
        <source>X knows no webhook with this id for this app. Check the id with &apos;webhooks list&apos;; webhooks of other apps are not visible with these credentials.</source>
        <translation>X kennt für diese App keinen Webhook mit dieser ID. Prüfen Sie die ID mit &apos;webhooks list&apos;; Webhooks anderer Apps sind mit diesen Zugangsdaten nicht sichtbar.</translation>
    </message>
    <message>
        <source>This account is already subscribed to the webhook; nothing needs to be done. &apos;subscriptions list --webhook ID&apos; shows every subscribed user id.</source>
        <translation>Dieses Konto hat den Webhook bereits abonniert; es ist nichts zu tun. &apos;subscriptions list --webhook ID&apos; zeigt alle abonnierten Benutzer-IDs.</translation>
    </message>
    <message>
        <source>The app has reached the number of subscriptions its access level allows (&apos;subscriptions count&apos;). Remove a subscription or upgrade the access level.</source>
        <translation>Die App hat die Anzahl an Abonnements erreicht, die ihre Zugriffsstufe erlaubt (&apos;subscriptions count&apos;). Entfernen Sie ein Abonnement oder erhöhen Sie die Zugriffsstufe.</translation>
    </message>
    <message>
        <source>This user is not subscribed to the webhook, so there is nothing to remove. Check the user id with &apos;subscriptions list --webhook ID&apos;.</source>
        <translation>Dieser Nutzer hat den Webhook nicht abonniert, es gibt also nichts zu entfernen. Prüfen Sie die Benutzer-ID mit &apos;subscriptions list --webhook ID&apos;.</translation>
    </message>
    <message>
        <source>X rejected the replay window: from and to must be YYYYMMDDhhmm, from before to, neither in the future, and within the last 24 hours.</source>
        <translation>X hat das Replay-Zeitfenster abgelehnt: from und to müssen im Format YYYYMMDDhhmm sein, from vor to, keiner der beiden in der Zukunft und beide innerhalb der letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>A replay job is already running for this webhook, and only one may run at a time. Wait for its replay_job_status event, then start the next one.</source>
        <translation>Für diesen Webhook läuft bereits ein Replay-Auftrag, und es darf immer nur einer laufen. Warten Sie auf sein replay_job_status-Ereignis und starten Sie dann den nächsten.</translation>
    </message>
    <message>
        <source>This endpoint only accepts the app&apos;s bearer token (application-only authentication). Set X_BEARER_TOKEN to your app&apos;s bearer token.</source>
        <translation>Dieser Endpunkt akzeptiert nur das Bearer Token der App (Application-only-Authentifizierung). Setzen Sie X_BEARER_TOKEN auf das Bearer Token Ihrer App.</translation>
    </message>
    <message>
        <source>X could not authenticate the request: the OAuth signature or tokens do not match. Check that the consumer key and secret and the access token and secret all belong to this app, and that this computer&apos;s clock is correct.</source>
        <translation>X konnte die Anfrage nicht authentifizieren: Die OAuth-Signatur oder die Tokens passen nicht. Prüfen Sie, ob Consumer Key und Secret sowie Access Token und Secret alle zu dieser App gehören und ob die Uhr dieses Rechners richtig geht.</translation>
    </message>
    <message>
        <source>The access token is invalid or expired: it was revoked or regenerated. Generate new access tokens in the developer portal (or run &apos;signin&apos;) and use those.</source>
        <translation>Das Access Token ist ungültig oder abgelaufen: Es wurde widerrufen oder neu erzeugt. Erzeugen Sie im Developer Portal neue Access Tokens (oder führen Sie &apos;signin&apos; aus) und verwenden Sie diese.</translation>
    </message>
    <message>
        <source>X refused access with these credentials. Check that the bearer token belongs to this app and that the app has Account Activity API access.</source>
        <translation>X hat den Zugriff mit diesen Zugangsdaten verweigert. Prüfen Sie, ob das Bearer Token zu dieser App gehört und ob die App Zugriff auf die Account Activity API hat.</translation>
    </message>
    <message>
        <source>The app may not perform write actions. Give it &apos;Read and write and Direct message&apos; permission in the developer portal, then regenerate the access tokens (registering a webhook with only a bearer token also causes this).</source>
        <translation>Die App darf keine Schreibaktionen ausführen. Geben Sie ihr im Developer Portal die Berechtigung &apos;Read and write and Direct message&apos; und erzeugen Sie dann die Access Tokens neu (auch das Registrieren eines Webhooks nur mit einem Bearer Token führt zu diesem Fehler).</translation>
    </message>
    <message>
        <source>This app may not manage this user&apos;s subscriptions: the access token must belong to the subscribing user and have been issued to this app, whose consumer key must be allow-listed for the Account Activity API.</source>
        <translation>Diese App darf die Abonnements dieses Nutzers nicht verwalten: Das Access Token muss dem abonnierenden Nutzer gehören und für diese App ausgestellt sein, deren Consumer Key für die Account Activity API freigeschaltet sein muss.</translation>
    </message>
    <message>
        <source>The webhook does not exist or belongs to another X app. Check the id with &apos;webhooks list&apos;.</source>
        <translation>Der Webhook existiert nicht oder gehört zu einer anderen X-App. Prüfen Sie die ID mit &apos;webhooks list&apos;.</translation>
    </message>
    <message>
        <source>This app has no access to this Account Activity endpoint (an enterprise account, with replay enabled for replays, is required).</source>
        <translation>Diese App hat keinen Zugriff auf diesen Account-Activity-Endpunkt (erforderlich ist ein Enterprise-Konto, für Replays mit aktiviertem Replay).</translation>
    </message>
    <message>
        <source>X rejected the replay parameters: from and to must be YYYYMMDDhhmm, from before to, within the last 5 days and not too recent.</source>
        <translation>X hat die Replay-Parameter abgelehnt: from und to müssen im Format YYYYMMDDhhmm sein, from vor to, innerhalb der letzten 5 Tage und nicht zu kurz zurückliegend.</translation>
    </message>
    <message>
        <source>The webhook answered X&apos;s CRC check, but not with {&quot;response_token&quot;:&quot;sha256=…&quot;} computed with this app&apos;s consumer secret. Check the secret your responder uses (&apos;crc TOKEN&apos; prints the right answer).</source>
        <translation>Der Webhook hat auf die CRC-Prüfung von X geantwortet, aber nicht mit dem mit dem Consumer Secret dieser App berechneten {&quot;response_token&quot;:&quot;sha256=…&quot;}. Prüfen Sie das Secret, das Ihr Responder verwendet (&apos;crc TOKEN&apos; gibt die richtige Antwort aus).</translation>
    </message>
    <message>
        <source>The webhook took longer than 3 seconds to answer X&apos;s CRC check. Answer the CRC GET directly, without slow work, cold starts or a slow tunnel in front.</source>
        <translation>Der Webhook hat länger als 3 Sekunden gebraucht, um auf die CRC-Prüfung von X zu antworten. Beantworten Sie den CRC-GET direkt, ohne langsame Arbeit, Kaltstarts oder einen langsamen Tunnel davor.</translation>
    </message>
    <message>
        <source>The webhook answered X&apos;s CRC check with an error status instead of 200. Make sure GET on the URL with ?crc_token=… reaches your responder and returns 200.</source>
        <translation>Der Webhook hat auf die CRC-Prüfung von X mit einem Fehlerstatus statt 200 geantwortet. Stellen Sie sicher, dass ein GET auf die URL mit ?crc_token=… Ihren Responder erreicht und 200 zurückgibt.</translation>
    </message>
    <message>
        <source>X marked the webhook invalid after a failed CRC check. Fix the responder, then run &apos;webhooks validate ID&apos; to re-enable it.</source>
        <translation>X hat den Webhook nach einer fehlgeschlagenen CRC-Prüfung als ungültig markiert. Beheben Sie das Problem im Responder und führen Sie dann &apos;webhooks validate ID&apos; aus, um ihn wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>X rejected the webhook URL: it must be a public https:// URL without a port whose GET answers X&apos;s CRC check.</source>
        <translation>X hat die Webhook-URL abgelehnt: Sie muss eine öffentliche https://-URL ohne Port sein, deren GET die CRC-Prüfung von X beantwortet.</translation>
    </message>
    <message>
        <source>X rejected the webhook (code 214). Check that the URL is a public https:// URL without a port that answers X&apos;s CRC check.</source>
        <translation>X hat den Webhook abgelehnt (Code 214). Prüfen Sie, ob die URL eine öffentliche https://-URL ohne Port ist, die die CRC-Prüfung von X beantwortet.</translation>
    </message>
    <message>
        <source>X&apos;s rate limit for this endpoint is used up, and X did not say when it resets. Limits are counted per 15 minutes; wait that long before trying again.</source>
        <translation>Das Rate Limit von X für diesen Endpunkt ist aufgebraucht, und X hat nicht mitgeteilt, wann es zurückgesetzt wird. Limits werden pro 15 Minuten gezählt; warten Sie so lange, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>X&apos;s rate limit for this endpoint is used up. It resets at %1 UTC (in %2 min); try again after that.</source>
        <translation>Das Rate Limit von X für diesen Endpunkt ist aufgebraucht. Es wird um %1 UTC zurückgesetzt (in %2 min); versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>X does not accept this kind of authentication for this endpoint. Check which credentials the endpoint needs (bearer token or access tokens).</source>
        <translation>X akzeptiert diese Art der Authentifizierung für diesen Endpunkt nicht. Prüfen Sie, welche Zugangsdaten der Endpunkt braucht (Bearer Token oder Access Tokens).</translation>
    </message>
    <message>
        <source>X did not accept the credentials (HTTP 401). Check that the bearer token or the keys and access tokens belong to this app.</source>
        <translation>X hat die Zugangsdaten nicht angenommen (HTTP 401). Prüfen Sie, ob das Bearer Token bzw. die Keys und Access Tokens zu dieser App gehören.</translation>
    </message>
    <message>
        <source>X refused the request (HTTP 403). The app may lack access to this endpoint or permission for this action.</source>
        <translation>X hat die Anfrage verweigert (HTTP 403). Der App fehlt möglicherweise der Zugriff auf diesen Endpunkt oder die Berechtigung für diese Aktion.</translation>
    </message>
    <message>
        <source>X does not know this resource (HTTP 404). Check the ids in the request.</source>
        <translation>X kennt diese Ressource nicht (HTTP 404). Prüfen Sie die IDs in der Anfrage.</translation>
    </message>
    <message>
        <source>X had an internal problem (HTTP %1). Try again later, backing off between attempts.</source>
        <translation>X hatte ein internes Problem (HTTP %1). Versuchen Sie es später erneut, mit wachsenden Pausen zwischen den Versuchen.</translation>
    </message>
    <message>
        <source>X answered with an error (HTTP %1).</source>
        <translation>X hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>X rejected the request&apos;s OAuth timestamp as too far from its own time: this computer&apos;s clock is off. Synchronise it (timedatectl set-ntp true) and try again.</source>
        <translation>X hat den OAuth-Zeitstempel der Anfrage abgelehnt, weil er zu weit von der eigenen Zeit abweicht: Die Uhr dieses Rechners geht falsch. Synchronisieren Sie sie (timedatectl set-ntp true) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>These credentials may not call this endpoint: it needs the access token of a user (OAuth 1.0a) rather than the app&apos;s bearer token, or the other way round.</source>
        <translation>Diese Zugangsdaten dürfen diesen Endpunkt nicht aufrufen: Er braucht das Access Token eines Nutzers (OAuth 1.0a) statt des Bearer Tokens der App, oder umgekehrt.</translation>
    </message>
    <message>
        <source>This user is not subscribed to the webhook (X answers an unknown subscription as a missing page). Check the user id with &apos;subscriptions list --webhook ID&apos;.</source>
        <translation>Dieser Nutzer hat den Webhook nicht abonniert (X beantwortet ein unbekanntes Abonnement als fehlende Seite). Prüfen Sie die Benutzer-ID mit &apos;subscriptions list --webhook ID&apos;.</translation>
    </message>
</context>
<context>
    <name>EventBrowser</name>
    <message>
        <source>Opened %L1 stored events in %2 ms.</source>
        <translation>%L1 gespeicherte Ereignisse in %2 ms geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Follow New Events</source>
        <translation>Neuen Ereignissen &amp;folgen</translation>
    </message>
    <message>
        <source>Keep the newest event in view. Scrolling up or selecting an event pauses (Space).</source>
        <translation>Das neueste Ereignis im Blick behalten. Hochscrollen oder Auswählen eines Ereignisses pausiert (Leertaste).</translation>
    </message>
    <message>
        <source>F&amp;reeze Display</source>
        <translation>Anzeige ein&amp;frieren</translation>
    </message>
    <message>
        <source>Keep receiving and storing events, but stop changing the table until unfrozen.</source>
        <translation>Ereignisse weiter empfangen und speichern, aber die Tabelle bis zum Auftauen nicht ändern.</translation>
    </message>
    <message>
        <source>Display frozen: events are still received and stored.</source>
        <translation>Anzeige eingefroren: Ereignisse werden weiter empfangen und gespeichert.</translation>
    </message>
    <message>
        <source>Display live again.</source>
        <translation>Anzeige wieder live.</translation>
    </message>
    <message>
        <source>Show &amp;Only Marked Events</source>
        <translation>&amp;Nur markierte Ereignisse zeigen</translation>
    </message>
    <message>
        <source>&amp;Mark/Unmark Event</source>
        <translation>Ereignis &amp;markieren/entmarkieren</translation>
    </message>
    <message>
        <source>Next Mark</source>
        <translation>Nächste Markierung</translation>
    </message>
    <message>
        <source>Previous Mark</source>
        <translation>Vorige Markierung</translation>
    </message>
    <message>
        <source>&amp;Copy Event JSON</source>
        <translation>Ereignis-JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>&amp;Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Copy Delivery &amp;Body</source>
        <translation>Zustellungs-&amp;Body kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit Filter</source>
        <translation>Filter &amp;bearbeiten</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Export Shown Events…</source>
        <translation>Angezeigte Ereignisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>● Following</source>
        <translation>● Folgt</translation>
    </message>
    <message numerus="yes">
        <source>%n marked event(s)</source>
        <translation>
            <numerusform>%n markiertes Ereignis</numerusform>
            <numerusform>%n markierte Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>No other marked event is shown.</source>
        <translation>Kein anderes markiertes Ereignis wird angezeigt.</translation>
    </message>
    <message>
        <source>No event is marked (Ctrl+M marks one).</source>
        <translation>Kein Ereignis ist markiert (Strg+M markiert eines).</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>delivery body</source>
        <translation>Zustellungs-Body</translation>
    </message>
    <message>
        <source>Copied the %1 of event #%2.</source>
        <translation>%1 von Ereignis #%2 kopiert.</translation>
    </message>
    <message>
        <source>Apply as Filter</source>
        <translation>Als Filter anwenden</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Not Selected</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>…and Selected</source>
        <translation>…und ausgewählt</translation>
    </message>
    <message>
        <source>…or Selected</source>
        <translation>…oder ausgewählt</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Ein Export läuft noch.</translation>
    </message>
    <message>
        <source>Export Shown Events</source>
        <translation>Angezeigte Ereignisse exportieren</translation>
    </message>
    <message>
        <source>NDJSON records (*.ndjson);;All files (*)</source>
        <translation>NDJSON-Datensätze (*.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The capture store is not open.</source>
        <translation>Der Aufzeichnungsspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <source>Showing all events to go to #%1.</source>
        <translation>Alle Ereignisse werden angezeigt, um zu #%1 zu springen.</translation>
    </message>
    <message>
        <source>‖ Paused · %L1 new</source>
        <translation>‖ Pausiert · %L1 neu</translation>
    </message>
    <message>
        <source>‖ Paused</source>
        <translation>‖ Pausiert</translation>
    </message>
</context>
<context>
    <name>EventDecoder</name>
    <message>
        <source>%1 reposted %2&apos;s post %3</source>
        <translation>%1 hat den Beitrag %3 von %2 geteilt</translation>
    </message>
    <message>
        <source>%1 quoted %2: %3</source>
        <translation>%1 hat %2 zitiert: %3</translation>
    </message>
    <message>
        <source>%1 replied to %2: %3</source>
        <translation>%1 hat %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>%1 mentioned %2: %3</source>
        <translation>%1 hat %2 erwähnt: %3</translation>
    </message>
    <message>
        <source>%1 posted %2</source>
        <translation>%1 hat gepostet: %2</translation>
    </message>
    <message>
        <source>%1 liked %2&apos;s post %3</source>
        <translation>%1 gefällt der Beitrag %3 von %2</translation>
    </message>
    <message>
        <source>DM from %1 to %2: %3</source>
        <translation>DM von %1 an %2: %3</translation>
    </message>
    <message>
        <source>%1 is typing a DM to %2</source>
        <translation>%1 schreibt eine DM an %2</translation>
    </message>
    <message>
        <source>%1 read the DMs with %2 (up to %3)</source>
        <translation>%1 hat die DMs mit %2 gelesen (bis %3)</translation>
    </message>
    <message>
        <source>%1 deleted post %2</source>
        <translation>%1 hat den Beitrag %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 followed %2</source>
        <translation>%1 folgt jetzt %2</translation>
    </message>
    <message>
        <source>%1 unfollowed %2</source>
        <translation>%1 folgt %2 nicht mehr</translation>
    </message>
    <message>
        <source>%1 blocked %2</source>
        <translation>%1 hat %2 blockiert</translation>
    </message>
    <message>
        <source>%1 unblocked %2</source>
        <translation>%1 hat die Blockierung von %2 aufgehoben</translation>
    </message>
    <message>
        <source>%1 muted %2</source>
        <translation>%1 hat %2 stummgeschaltet</translation>
    </message>
    <message>
        <source>%1 unmuted %2</source>
        <translation>%1 hat die Stummschaltung von %2 aufgehoben</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Replay job %1 for webhook %2: %3 (%4)</source>
        <translation>Replay-Auftrag %1 für Webhook %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Unrecognised user_event: %1</source>
        <translation>Unbekanntes user_event: %1</translation>
    </message>
    <message>
        <source>%1 revoked access for app %2</source>
        <translation>%1 hat der App %2 den Zugriff entzogen</translation>
    </message>
    <message>
        <source>Unrecognised event type &quot;%1&quot;</source>
        <translation>Unbekannter Ereignistyp „%1“</translation>
    </message>
    <message>
        <source>Unrecognised member &quot;%1&quot;: %2</source>
        <translation>Unbekanntes Feld „%1“: %2</translation>
    </message>
    <message>
        <source>Delivery without events (members: %1)</source>
        <translation>Zustellung ohne Ereignisse (Felder: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Body is not JSON: %1 at byte %2 (%3 bytes)</source>
        <translation>Inhalt ist kein JSON: %1 bei Byte %2 (%3 Bytes)</translation>
    </message>
    <message>
        <source>Body is JSON but not an object (%1)</source>
        <translation>Inhalt ist JSON, aber kein Objekt (%1)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>%1 quoted a post: %2</source>
        <translation>%1 hat einen Beitrag zitiert: %2</translation>
    </message>
    <message>
        <source>%1 reposted %2</source>
        <translation>%1 hat geteilt: %2</translation>
    </message>
    <message>
        <source>%1 liked %2</source>
        <translation>%1 gefällt %2</translation>
    </message>
    <message>
        <source>%1 changed %2: %3 → %4</source>
        <translation>%1 hat %2 geändert: %3 → %4</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EventDetailPane</name>
    <message>
        <source>Headers &amp;&amp; signature</source>
        <translation>Header &amp;&amp; Signatur</translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation>Wählen Sie ein Ereignis, um es vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON-Baum</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Loading event #%1…</source>
        <translation>Ereignis #%1 wird geladen…</translation>
    </message>
    <message>
        <source>Event #%1</source>
        <translation>Ereignis #%1</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>✓ valid</source>
        <translation>✓ gültig</translation>
    </message>
    <message>
        <source>✗ invalid</source>
        <translation>✗ ungültig</translation>
    </message>
    <message>
        <source>– missing</source>
        <translation>– fehlt</translation>
    </message>
    <message>
        <source>fan-out of #%1</source>
        <translation>Fan-out von #%1</translation>
    </message>
    <message>
        <source>redelivery of #%1</source>
        <translation>erneute Zustellung von #%1</translation>
    </message>
    <message>
        <source>The x-twitter-webhooks-signature header does not match the body signed with your consumer secret.</source>
        <translation>Der x-twitter-webhooks-signature-Header passt nicht zum mit Ihrem Consumer Secret signierten Inhalt.</translation>
    </message>
    <message>
        <source>The request carried no x-twitter-webhooks-signature header.</source>
        <translation>Die Anfrage hatte keinen x-twitter-webhooks-signature-Header.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type / action</source>
        <translation>Typ / Aktion</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>For user</source>
        <translation>Für Nutzer</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>The same activity delivered for another subscribed user.</source>
        <translation>Dieselbe Aktivität, zugestellt für einen anderen abonnierten Nutzer.</translation>
    </message>
    <message>
        <source>X delivered this activity again for the same user.</source>
        <translation>X hat diese Aktivität für denselben Nutzer erneut zugestellt.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
</context>
<context>
    <name>EventTableView</name>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the captured event records as NDJSON (one JSON record per line).</source>
        <translation>Die aufgezeichneten Ereignisdatensätze als NDJSON schreiben (ein JSON-Datensatz pro Zeile).</translation>
    </message>
    <message>
        <source>Capture store file (default: the profile&apos;s store).</source>
        <translation>Datei des Aufzeichnungsspeichers (Standard: der Speicher des Profils).</translation>
    </message>
    <message>
        <source>Output format: ndjson.</source>
        <translation>Ausgabeformat: ndjson.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of stdout.</source>
        <translation>In &lt;file&gt; statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Include each delivery&apos;s headers and raw body.</source>
        <translation>Header und Roh-Body jeder Zustellung einschließen.</translation>
    </message>
    <message>
        <source>export takes no arguments</source>
        <translation>export nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--format: only ndjson is supported</source>
        <translation>--format: nur ndjson wird unterstützt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to stdout.</source>
        <translation>Auf stdout kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported %1 records from %2.</source>
        <translation>%1 Datensätze aus %2 exportiert.</translation>
    </message>
    <message>
        <source>Records come in seq order, in the format of `listen --ndjson`. With --out the file is written completely or not at all (an existing file is replaced only on success).
--filter takes the event table&apos;s filter language, for example:
  type == favorite_events and user == 2244994945
  sig != valid        dup        dm or follow
  $.favorited_status.user.screen_name == &quot;XDevelopers&quot;
Fields: type action source id user actor target sig dup text time seq delivery and $.json.paths; operators == != contains matches &lt; &gt; &lt;= &gt;=, and or not ( ).</source>
        <translation>Datensätze kommen in seq-Reihenfolge, im Format von `listen --ndjson`. Mit --out wird die Datei ganz oder gar nicht geschrieben (eine vorhandene Datei wird nur bei Erfolg ersetzt).
--filter nimmt die Filtersprache der Ereignistabelle, zum Beispiel:
  type == favorite_events and user == 2244994945
  sig != valid        dup        dm or follow
  $.favorited_status.user.screen_name == &quot;XDevelopers&quot;
Felder: type action source id user actor target sig dup text time seq delivery und $.json.pfade; Operatoren == != contains matches &lt; &gt; &lt;= &gt;=, and or not ( ).</translation>
    </message>
    <message>
        <source>Only records that match &lt;filter&gt; (the event table&apos;s filter language).</source>
        <translation>Nur Datensätze, die &lt;filter&gt; erfüllen (die Filtersprache der Ereignistabelle).</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message>
        <source>Writing the export failed: %1 (nothing was replaced).</source>
        <translation>Schreiben des Exports fehlgeschlagen: %1 (nichts wurde ersetzt).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Follows</translation>
    </message>
    <message>
        <source>DMs</source>
        <translation>DMs</translation>
    </message>
    <message>
        <source>Blocks &amp; mutes</source>
        <translation>Blockieren &amp; Stummschalten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Filter — e.g. type == favorite_events and user == 2244994945, sig != valid, dup, $.favorited_status.user.screen_name == &quot;XDevelopers&quot; (Ctrl+F)</source>
        <translation>Filter — z. B. type == favorite_events and user == 2244994945, sig != valid, dup, $.favorited_status.user.screen_name == &quot;XDevelopers&quot; (Strg+F)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>%1 of %2 events · %3 ms</source>
        <translation>%1 von %2 Ereignissen · %3 ms</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtere…</translation>
    </message>
    <message>
        <source>Filter failed: %1</source>
        <translation>Filter fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Keine gespeicherten Filter</translation>
    </message>
    <message>
        <source>Save This Filter…</source>
        <translation>Diesen Filter speichern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>this string has no closing %1</source>
        <translation>dieser Text hat kein schließendes %1</translation>
    </message>
    <message>
        <source>use == to compare</source>
        <translation>zum Vergleichen == verwenden</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; ohne passendes &apos;(&apos;</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation>es fehlt &apos;)&apos; zum &apos;(&apos; in Spalte %1</translation>
    </message>
    <message>
        <source>in this JSON path, expected %1</source>
        <translation>in diesem JSON-Pfad wird %1 erwartet</translation>
    </message>
    <message>
        <source>the filter ends where a field, a word or &apos;(&apos; is expected</source>
        <translation>der Filter endet, wo ein Feld, ein Wort oder &apos;(&apos; erwartet wird</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a field on its left, such as type %1 …</source>
        <translation>&apos;%1&apos; braucht links ein Feld, etwa type %1 …</translation>
    </message>
    <message>
        <source>expected a field, a word or &apos;(&apos; here, not &apos;%1&apos;</source>
        <translation>hier wird ein Feld, ein Wort oder &apos;(&apos; erwartet, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>text needs contains or matches and a value</source>
        <translation>text braucht contains oder matches und einen Wert</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>nach &apos;%1&apos; wird ein Wert erwartet</translation>
    </message>
    <message>
        <source>text supports contains and matches</source>
        <translation>text unterstützt contains und matches</translation>
    </message>
    <message>
        <source>%1 is a number: compare it with == != &lt; &gt; &lt;= &gt;=</source>
        <translation>%1 ist eine Zahl: mit == != &lt; &gt; &lt;= &gt;= vergleichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>time is compared with == != &lt; &gt; &lt;= &gt;=</source>
        <translation>time wird mit == != &lt; &gt; &lt;= &gt;= verglichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (use 2026-11-27T12:00:00, 2026-11-27 or 12:00)</source>
        <translation>&apos;%1&apos; ist keine Zeit (2026-11-27T12:00:00, 2026-11-27 oder 12:00 verwenden)</translation>
    </message>
    <message>
        <source>&lt; and &gt; compare numbers; &apos;%1&apos; is not one</source>
        <translation>&lt; und &gt; vergleichen Zahlen; &apos;%1&apos; ist keine</translation>
    </message>
    <message>
        <source>&lt; and &gt; compare times and numbers; %1 is text</source>
        <translation>&lt; und &gt; vergleichen Zeiten und Zahlen; %1 ist Text</translation>
    </message>
    <message>
        <source>sig is valid, invalid or missing</source>
        <translation>sig ist valid, invalid oder missing</translation>
    </message>
    <message>
        <source>dup is redelivery or fanout</source>
        <translation>dup ist redelivery oder fanout</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>GuardedTcpServer</name>
    <message>
        <source>more than %1 concurrent connections</source>
        <translation>mehr als %1 gleichzeitige Verbindungen</translation>
    </message>
</context>
<context>
    <name>HeadersTab</name>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Received signature</source>
        <translation>Empfangene Signatur</translation>
    </message>
    <message>
        <source>Computed signature</source>
        <translation>Berechnete Signatur</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The delivery of this event is not in the store.</source>
        <translation>Die Zustellung dieses Ereignisses ist nicht im Speicher.</translation>
    </message>
    <message>
        <source>Valid: the HMAC-SHA256 of the %1 body bytes with your consumer secret matches the received signature, so X sent this unchanged.</source>
        <translation>Gültig: Das HMAC-SHA256 der %1 Body-Bytes mit Ihrem Consumer Secret stimmt mit der empfangenen Signatur überein; X hat dies also unverändert gesendet.</translation>
    </message>
    <message>
        <source>Invalid: the received signature does not match the one computed from the %1 body bytes: the body was changed or the secret differs.</source>
        <translation>Ungültig: Die empfangene Signatur stimmt nicht mit der aus den %1 Body-Bytes berechneten überein: Der Body wurde verändert oder das Secret ist ein anderes.</translation>
    </message>
    <message>
        <source>Missing: the request had no x-twitter-webhooks-signature header, so nothing shows that it came from X.</source>
        <translation>Fehlt: Die Anfrage hatte keinen x-twitter-webhooks-signature-Header, nichts belegt also, dass sie von X kam.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(no consumer secret to compute it with)</source>
        <translation>(kein Consumer Secret, um sie zu berechnen)</translation>
    </message>
    <message>
        <source>The profile has no consumer secret now, so the signature cannot be checked again.</source>
        <translation>Das Profil hat jetzt kein Consumer Secret, daher kann die Signatur nicht erneut geprüft werden.</translation>
    </message>
    <message>
        <source>With the consumer secret in use now it does not match: the secret was changed after this delivery arrived.</source>
        <translation>Mit dem jetzt verwendeten Consumer Secret stimmt sie nicht überein: Das Secret wurde geändert, nachdem diese Zustellung ankam.</translation>
    </message>
    <message>
        <source>With the consumer secret in use now it matches: the secret was changed after this delivery arrived.</source>
        <translation>Mit dem jetzt verwendeten Consumer Secret stimmt sie überein: Das Secret wurde geändert, nachdem diese Zustellung ankam.</translation>
    </message>
    <message>
        <source>%1 %2 — answered HTTP %3</source>
        <translation>%1 %2 — beantwortet mit HTTP %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>method %1 is not allowed</source>
        <translation>Methode %1 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>request head not complete within %1 s</source>
        <translation>Anfragekopf nicht innerhalb von %1 s vollständig</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>the body is too large to show as a tree</source>
        <translation>der Body ist zu groß, um ihn als Baum anzuzeigen</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Body ist leer</translation>
    </message>
    <message>
        <source>the text ends where a value is expected</source>
        <translation>der Text endet, wo ein Wert erwartet wird</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>the text ends inside an object</source>
        <translation>der Text endet innerhalb eines Objekts</translation>
    </message>
    <message>
        <source>the text ends inside an array</source>
        <translation>der Text endet innerhalb eines Arrays</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation>nach einem Feld wird &apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element</source>
        <translation>nach einem Element wird &apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>ein Feldname in doppelten Anführungszeichen wird erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>nach dem Feldnamen wird &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>a control character inside a string must be escaped</source>
        <translation>ein Steuerzeichen in einem String muss maskiert werden</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>ungültige Escape-Sequenz in einem String</translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation>der Text endet innerhalb eines Strings</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>nach dem Dezimalpunkt muss eine Ziffer folgen</translation>
    </message>
    <message>
        <source>a digit must follow the exponent</source>
        <translation>nach dem Exponenten muss eine Ziffer folgen</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>bool</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>JsonTreeTab</name>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Open every branch</source>
        <translation>Jeden Zweig öffnen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Close every branch</source>
        <translation>Jeden Zweig schließen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the JSON path of this node, as filters write it</source>
        <translation>Den JSON-Pfad dieses Knotens kopieren, so wie Filter ihn schreiben</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy the value: text without quotes, objects and arrays as JSON</source>
        <translation>Den Wert kopieren: Text ohne Anführungszeichen, Objekte und Arrays als JSON</translation>
    </message>
    <message>
        <source>Apply as filter</source>
        <translation>Als Filter anwenden</translation>
    </message>
    <message>
        <source>Show only the events with this value here</source>
        <translation>Nur die Ereignisse mit diesem Wert an dieser Stelle zeigen</translation>
    </message>
    <message>
        <source>This item is not JSON (at byte %1: %2). The Raw tab shows it as received.</source>
        <translation>Dieses Element ist kein JSON (bei Byte %1: %2). Der Tab Roh zeigt es so, wie es empfangen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Open the first three levels (this item has %n nodes: all of them at once would take long)</source>
        <translation>
            <numerusform>Die ersten drei Ebenen öffnen (dieses Element hat %n Knoten: alle auf einmal würde lange dauern)</numerusform>
            <numerusform>Die ersten drei Ebenen öffnen (dieses Element hat %n Knoten: alle auf einmal würde lange dauern)</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter language cannot name this member (its name has spaces, quotes or operator characters)</source>
        <translation>Die Filtersprache kann dieses Feld nicht benennen (sein Name enthält Leerzeichen, Anführungszeichen oder Operatorzeichen)</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>KWallet (through QtKeychain), service &quot;%1&quot;</source>
        <translation>KWallet (über QtKeychain), Dienst „%1“</translation>
    </message>
    <message>
        <source>%1 (Secret Service, through libsecret), service &quot;%2&quot;</source>
        <translation>%1 (Secret Service, über libsecret), Dienst &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Secret Service (through libsecret; no provider is running yet, one starts on first use), service &quot;%1&quot;</source>
        <translation>Secret Service (über libsecret; noch läuft kein Anbieter, einer startet bei der ersten Verwendung), Dienst &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>KeychainErrors</name>
    <message>
        <source>The keyring is locked and was not unlocked, or it refused access. Unlock it (for example in Seahorse, or by logging in again) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt und wurde nicht entsperrt, oder er hat den Zugriff verweigert. Entsperren Sie ihn (zum Beispiel in Seahorse oder durch erneutes Anmelden) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow aaconsole to use the keychain, or keep this profile&apos;s secrets for this session only.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie aaconsole den Zugriff, oder behalten Sie die Geheimnisse dieses Profils nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No keychain is available on this system. Install and start a Secret Service (gnome-keyring or KWallet), or keep secrets for this session only.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar. Installieren und starten Sie einen Secret Service (gnome-keyring oder KWallet) oder behalten Sie Geheimnisse nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry.</source>
        <translation>Der Schlüsselbund konnte den Eintrag nicht löschen.</translation>
    </message>
    <message>
        <source>This keychain backend does not support the operation.</source>
        <translation>Dieses Schlüsselbund-Backend unterstützt den Vorgang nicht.</translation>
    </message>
    <message>
        <source>No keyring service is reachable (no D-Bus session, or no Secret Service running). Start gnome-keyring or KWallet, or keep secrets for this session only.</source>
        <translation>Kein Schlüsselbunddienst erreichbar (keine D-Bus-Sitzung oder kein laufender Secret Service). Starten Sie gnome-keyring oder KWallet oder behalten Sie Geheimnisse nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. Is a keyring service running and unlocked?</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet. Läuft ein Schlüsselbunddienst und ist er entsperrt?</translation>
    </message>
    <message>
        <source>The keychain did not answer an earlier request within %1 s and is still blocked. Check that the keyring service is running and unlocked, then restart aaconsole.</source>
        <translation>Der Schlüsselbund hat eine frühere Anfrage nicht innerhalb von %1 s beantwortet und ist weiterhin blockiert. Prüfen Sie, ob der Schlüsselbunddienst läuft und entsperrt ist, und starten Sie aaconsole dann neu.</translation>
    </message>
    <message>
        <source>The keyring service runs but has no default keyring to store secrets in. Create one (Seahorse: File, New, Password Keyring, then Set as Default), or keep secrets for this session only.</source>
        <translation>Der Schlüsselbunddienst läuft, hat aber keinen Standard-Schlüsselbund, in dem Geheimnisse gespeichert werden können. Legen Sie einen an (Seahorse: Datei, Neu, Passwort-Schlüsselbund, dann Als Standard festlegen), oder bewahren Sie die Geheimnisse nur für diese Sitzung auf.</translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <source>Run the responder: answer X&apos;s CRC checks, verify and store event POSTs, print them.</source>
        <translation>Den Responder ausführen: CRC-Prüfungen von X beantworten, Ereignis-POSTs prüfen, speichern und ausgeben.</translation>
    </message>
    <message>
        <source>Answers GET &lt;path&gt;?crc_token=… with X&apos;s CRC response and POST &lt;path&gt; with 200 once the delivery is committed to the capture store (401 for a missing or invalid signature unless --accept-invalid-signatures; 503 if the store cannot commit, so that X retries). The listening address goes to stderr; stdout carries one line per event record, or with --ndjson one JSON record per line and nothing else.
The consumer secret comes from X_CONSUMER_SECRET. SIGINT/SIGTERM stop accepting, answer what was received, flush the store and exit 0.</source>
        <translation>Beantwortet GET &lt;path&gt;?crc_token=… mit der CRC-Antwort für X und POST &lt;path&gt; mit 200, sobald die Zustellung im Aufzeichnungsspeicher festgeschrieben ist (401 bei fehlender oder ungültiger Signatur, außer mit --accept-invalid-signatures; 503, wenn der Speicher nicht festschreiben kann, damit X es erneut versucht). Die Empfangsadresse geht nach stderr; stdout enthält eine Zeile pro Ereignisdatensatz, oder mit --ndjson einen JSON-Datensatz pro Zeile und sonst nichts.
Das Consumer Secret stammt aus X_CONSUMER_SECRET. SIGINT/SIGTERM beenden die Annahme neuer Anfragen, beantworten das bereits Empfangene, schreiben den Speicher zurück und beenden mit 0.</translation>
    </message>
    <message>
        <source>Capture store file (default: the profile&apos;s store).</source>
        <translation>Datei des Aufzeichnungsspeichers (Standard: der Speicher des Profils).</translation>
    </message>
    <message>
        <source>Keep nothing on disk (records are still deduplicated for this run).</source>
        <translation>Nichts auf der Festplatte behalten (Datensätze werden für diesen Lauf trotzdem dedupliziert).</translation>
    </message>
    <message>
        <source>Print records as NDJSON on stdout.</source>
        <translation>Datensätze als NDJSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Answer 200 to deliveries with a missing or invalid signature (they are still stored and flagged).</source>
        <translation>Zustellungen mit fehlender oder ungültiger Signatur mit 200 beantworten (sie werden trotzdem gespeichert und markiert).</translation>
    </message>
    <message>
        <source>full (default: fsync before each 200) or normal (survives a crash of this process, not of the machine).</source>
        <translation>full (Standard: fsync vor jeder 200-Antwort) oder normal (übersteht einen Absturz dieses Prozesses, nicht des Rechners).</translation>
    </message>
    <message>
        <source>Largest accepted body in bytes (default 4194304).</source>
        <translation>Größter angenommener Body in Bytes (Standard 4194304).</translation>
    </message>
    <message>
        <source>Most concurrent connections (default 256).</source>
        <translation>Höchstzahl gleichzeitiger Verbindungen (Standard 256).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s headers (default 10).</source>
        <translation>Sekunden, die ein Client hat, um die Header einer Anfrage zu senden (Standard 10).</translation>
    </message>
    <message>
        <source>Seconds before an idle keep-alive connection is closed (default 60).</source>
        <translation>Sekunden, nach denen eine untätige Keep-alive-Verbindung geschlossen wird (Standard 60).</translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation>listen nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--db and --no-db exclude each other</source>
        <translation>--db und --no-db schließen einander aus</translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address</source>
        <translation>--bind: &apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <source>--path must start with /</source>
        <translation>--path muss mit / beginnen</translation>
    </message>
    <message>
        <source>limits must be positive numbers</source>
        <translation>Limits müssen positive Zahlen sein</translation>
    </message>
    <message>
        <source>--durability must be full or normal</source>
        <translation>--durability muss full oder normal sein</translation>
    </message>
    <message>
        <source>CRC %1 answered in %2 ms (token of %3 characters%4)</source>
        <translation>CRC %1 in %2 ms beantwortet (Token mit %3 Zeichen%4)</translation>
    </message>
    <message>
        <source>, nonce signature %1</source>
        <translation>, Nonce-Signatur %1</translation>
    </message>
    <message>
        <source>CRC %1 refused with %2: %3</source>
        <translation>CRC %1 mit %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Refused %1 %2 from %3 with %4: %5</source>
        <translation>%1 %2 von %3 mit %4 abgelehnt: %5</translation>
    </message>
    <message>
        <source>error: %1 (%2) Answering 503 so that X retries.</source>
        <translation>Fehler: %1 (%2) Es wird mit 503 geantwortet, damit X es erneut versucht.</translation>
    </message>
    <message>
        <source>warning: listening on %1 makes the responder reachable from other machines; a tunnel in front of 127.0.0.1 is the usual setup.</source>
        <translation>Warnung: Empfang auf %1 macht den Responder von anderen Rechnern aus erreichbar; üblich ist ein Tunnel vor 127.0.0.1.</translation>
    </message>
    <message>
        <source>Listening on %1 (capture store: %2). Ctrl+C stops.</source>
        <translation>Empfange auf %1 (Aufzeichnungsspeicher: %2). Strg+C beendet.</translation>
    </message>
    <message>
        <source>none, --no-db</source>
        <translation>keiner, --no-db</translation>
    </message>
    <message>
        <source>Stopped; every acknowledged delivery is in the store.</source>
        <translation>Beendet; jede bestätigte Zustellung ist im Speicher.</translation>
    </message>
    <message>
        <source>Address to bind (default: the profile&apos;s, 127.0.0.1; anything else is reachable from other machines).</source>
        <translation>Adresse zum Binden (Standard: die des Profils, 127.0.0.1; jede andere ist von anderen Rechnern aus erreichbar).</translation>
    </message>
    <message>
        <source>Port (default: the profile&apos;s, 8321; 0 picks a free one).</source>
        <translation>Port (Standard: der des Profils, 8321; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Webhook path (default: the profile&apos;s, /webhook); other paths answer 404.</source>
        <translation>Webhook-Pfad (Standard: der des Profils, /webhook); andere Pfade antworten mit 404.</translation>
    </message>
    <message>
        <source>No consumer secret: set one on the profile (aaconsole-cli profiles set-secret NAME consumer_secret) or in X_CONSUMER_SECRET. The responder needs it to answer CRC checks and verify event signatures.</source>
        <translation>Kein Consumer Secret: Setzen Sie eines im Profil (aaconsole-cli profiles set-secret NAME consumer_secret) oder in X_CONSUMER_SECRET. Der Responder braucht es, um CRC-Prüfungen zu beantworten und Ereignissignaturen zu prüfen.</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>List the API calls made with this profile, or print one as a curl command.</source>
        <translation>Die mit diesem Profil getätigten API-Aufrufe auflisten oder einen als curl-Befehl ausgeben.</translation>
    </message>
    <message>
        <source>Every call to X is recorded in the profile&apos;s capture store with its time, method, URL, status, duration, rate-limit headers, headers and bodies; credentials are never stored.
--curl ID prints the call as a curl command whose credentials are $X_BEARER_TOKEN, $X_CONSUMER_KEY, $X_ACCESS_TOKEN placeholders (an OAuth 1.0a signature is single-use and must be made again).
--json prints {&quot;calls&quot;:[…]} or {&quot;id&quot;,&quot;curl&quot;}.</source>
        <translation>Jeder Aufruf an X wird im Aufzeichnungsspeicher des Profils festgehalten, mit Zeit, Methode, URL, Status, Dauer, Rate-Limit-Headern, Headern und Bodys; Zugangsdaten werden nie gespeichert.
--curl ID gibt den Aufruf als curl-Befehl aus, dessen Zugangsdaten die Platzhalter $X_BEARER_TOKEN, $X_CONSUMER_KEY, $X_ACCESS_TOKEN sind (eine OAuth-1.0a-Signatur gilt nur einmal und muss neu erzeugt werden).
--json gibt {&quot;calls&quot;:[…]} oder {&quot;id&quot;,&quot;curl&quot;} aus.</translation>
    </message>
    <message>
        <source>Show the newest &lt;n&gt; calls (default %1).</source>
        <translation>Die neuesten &lt;n&gt; Aufrufe zeigen (Standard %1).</translation>
    </message>
    <message>
        <source>Print call &lt;id&gt; as a curl command.</source>
        <translation>Aufruf &lt;id&gt; als curl-Befehl ausgeben.</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>--last and --curl cannot be combined</source>
        <translation>--last und --curl können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--last must be a positive number</source>
        <translation>--last muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>--curl needs the numeric id of a call (see &apos;log&apos;)</source>
        <translation>--curl braucht die numerische ID eines Aufrufs (siehe &apos;log&apos;)</translation>
    </message>
    <message>
        <source>No API calls have been logged for this profile yet.</source>
        <translation>Für dieses Profil wurden noch keine API-Aufrufe protokolliert.</translation>
    </message>
</context>
<context>
    <name>LogOutput</name>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account Activity Console</source>
        <translation>Account Activity Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Account Activity Console</source>
        <translation>Ü&amp;ber Account Activity Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Responder not started</source>
        <translation>Responder nicht gestartet</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message>
        <source>No CRC check yet</source>
        <translation>Noch keine CRC-Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Last CRC %1 ✓ %2 ms</source>
        <translation>Letzte CRC %1 ✓ %2 ms</translation>
    </message>
    <message>
        <source>Last CRC %1 refused: %2</source>
        <translation>Letzte CRC %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>⚠ %1 (%2) Deliveries are answered 503 so that X retries.</source>
        <translation>⚠ %1 (%2) Zustellungen werden mit 503 beantwortet, damit X es erneut versucht.</translation>
    </message>
    <message>
        <source>● Listening on %1</source>
        <translation>● Empfange auf %1</translation>
    </message>
    <message>
        <source>○ Not listening: %1</source>
        <translation>○ Empfang aus: %1</translation>
    </message>
    <message>
        <source>Exported %L1 events to %2.</source>
        <translation>%L1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Starting the responder…</source>
        <translation>Responder wird gestartet…</translation>
    </message>
    <message>
        <source>○ Not listening: the profile has no consumer secret (Profiles…)</source>
        <translation>○ Lauscht nicht: das Profil hat kein Consumer Secret (Profile…)</translation>
    </message>
    <message>
        <source>%1 — Account Activity Console</source>
        <translation>%1 — Account Activity Console</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The Sandbox did not start: %1</source>
        <translation>Die Sandbox ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>This session only: kept in memory, never written anywhere, forgotten when aaconsole quits</source>
        <translation>Nur für diese Sitzung: im Arbeitsspeicher, nirgends gespeichert, beim Beenden von aaconsole vergessen</translation>
    </message>
</context>
<context>
    <name>NetworkFailure</name>
    <message>
        <source>%1 did not answer within %2 s. Check your connection, or try again with a longer --timeout.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie Ihre Verbindung oder versuchen Sie es mit einem längeren --timeout erneut.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2). Check the system&apos;s certificates and clock, and whether a proxy intercepts https.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie die Zertifikate und die Uhr des Systems und ob ein Proxy https abfängt.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check the spelling of the API base URL (--api-base, or the profile&apos;s) and your DNS or internet connection.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden. Prüfen Sie die Schreibweise der API-Basis-URL (--api-base oder die des Profils) und Ihre DNS- oder Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there. Check the API base URL (--api-base, or the profile&apos;s): is the Sandbox running?</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort lauscht nichts. Prüfen Sie die API-Basis-URL (--api-base oder die des Profils): Läuft die Sandbox?</translation>
    </message>
</context>
<context>
    <name>OAuthRoutes</name>
    <message>
        <source>Sandbox sign-in</source>
        <translation>Sandbox-Anmeldung</translation>
    </message>
    <message>
        <source>This request token is unknown or has expired. Start the sign-in again.</source>
        <translation>Dieses Request Token ist unbekannt oder abgelaufen. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Authorize %1 to use your account?</source>
        <translation>%1 erlauben, Ihr Konto zu verwenden?</translation>
    </message>
    <message>
        <source>Sign in as:</source>
        <translation>Anmelden als:</translation>
    </message>
    <message>
        <source>There is no Sandbox account &apos;%1&apos;.</source>
        <translation>Es gibt kein Sandbox-Konto &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>You&apos;ve granted access to %1!</source>
        <translation>Sie haben %1 Zugriff gewährt!</translation>
    </message>
    <message>
        <source>Signed in as @%1. Enter this PIN to complete the authorization:</source>
        <translation>Angemeldet als @%1. Geben Sie diese PIN ein, um die Autorisierung abzuschließen:</translation>
    </message>
</context>
<context>
    <name>PinSignIn</name>
    <message>
        <source>X&apos;s answer to oauth/request_token holds no request token.</source>
        <translation>Die Antwort von X auf oauth/request_token enthält kein Request Token.</translation>
    </message>
    <message>
        <source>X did not confirm the out-of-band callback (oauth_callback_confirmed is not true). Check the callback URL settings of the app in the developer portal.</source>
        <translation>X hat den Out-of-band-Callback nicht bestätigt (oauth_callback_confirmed ist nicht true). Prüfen Sie die Callback-URL-Einstellungen der App im Developer Portal.</translation>
    </message>
    <message>
        <source>X&apos;s answer to oauth/access_token holds no access token or user id.</source>
        <translation>Die Antwort von X auf oauth/access_token enthält kein Access Token oder keine Benutzer-ID.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile name must not be empty.</source>
        <translation>Ein Profilname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A profile name is at most %1 characters long.</source>
        <translation>Ein Profilname ist höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>A profile name must not start or end with a space.</source>
        <translation>Ein Profilname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name.</source>
        <translation>„%1“ kann kein Profilname sein.</translation>
    </message>
    <message>
        <source>A profile name must not contain &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation>Ein Profilname darf weder „/“ noch „\“ noch Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The API base URL must be an http or https URL such as %1, not &quot;%2&quot;.</source>
        <translation>Die API-Basis-URL muss eine http- oder https-URL wie %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>The responder port must be between 0 (any free port) and 65535.</source>
        <translation>Der Responder-Port muss zwischen 0 (beliebiger freier Port) und 65535 liegen.</translation>
    </message>
    <message>
        <source>The responder path must start with &apos;/&apos;.</source>
        <translation>Der Responder-Pfad muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <source>The bind address must be an IP address such as 127.0.0.1, not &quot;%1&quot;.</source>
        <translation>Die Bind-Adresse muss eine IP-Adresse wie 127.0.0.1 sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Consumer key (API key):</source>
        <translation>Consumer Key (API Key):</translation>
    </message>
    <message>
        <source>Consumer secret (API key secret):</source>
        <translation>Consumer Secret (API Key Secret):</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Bearer Token:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Access Token:</translation>
    </message>
    <message>
        <source>Access token secret:</source>
        <translation>Access Token Secret:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>v2</source>
        <translation>v2</translation>
    </message>
    <message>
        <source>v1.1 (Enterprise)</source>
        <translation>v1.1 (Enterprise)</translation>
    </message>
    <message>
        <source>v1.1 only, e.g. dev</source>
        <translation>nur v1.1, z. B. dev</translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the responder on this machine; put a tunnel in front of it. Any other address exposes it to the network.</source>
        <translation>Mit 127.0.0.1 bleibt der Responder auf diesem Rechner; setzen Sie einen Tunnel davor. Jede andere Adresse macht ihn im Netzwerk erreichbar.</translation>
    </message>
    <message>
        <source>Accept events with a missing or invalid signature</source>
        <translation>Ereignisse mit fehlender oder ungültiger Signatur annehmen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>AP&amp;I:</source>
        <translation>AP&amp;I:</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Ap&amp;p id:</source>
        <translation>A&amp;pp-ID:</translation>
    </message>
    <message>
        <source>&amp;Webhook environment:</source>
        <translation>&amp;Webhook-Umgebung:</translation>
    </message>
    <message>
        <source>Responder p&amp;ort:</source>
        <translation>Responder-P&amp;ort:</translation>
    </message>
    <message>
        <source>Responder pat&amp;h:</source>
        <translation>Responder-P&amp;fad:</translation>
    </message>
    <message>
        <source>Bind a&amp;ddress:</source>
        <translation>Bind-A&amp;dresse:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Keep secrets for this session only (in memory, never on disk; forgotten when aaconsole quits)</source>
        <translation>Geheimnisse nur für diese Sitzung behalten (im Arbeitsspeicher, nie auf der Festplatte; beim Beenden von aaconsole vergessen)</translation>
    </message>
    <message>
        <source>&amp;Test credentials</source>
        <translation>Zugangsdaten &amp;testen</translation>
    </message>
    <message>
        <source>Subscribed accounts (PIN sign-in)</source>
        <translation>Abonnierte Konten (PIN-Anmeldung)</translation>
    </message>
    <message>
        <source>Screen name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>Konto &amp;entfernen</translation>
    </message>
    <message>
        <source>Renaming also moves its keychain entries and captured events.</source>
        <translation>Beim Umbenennen werden auch die Schlüsselbundeinträge und die aufgezeichneten Ereignisse verschoben.</translation>
    </message>
    <message>
        <source>Captured events: %1</source>
        <translation>Aufgezeichnete Ereignisse: %1</translation>
    </message>
    <message>
        <source>Secrets are stored in: %1. Fields you leave as they are use the Sandbox&apos;s built-in credentials.</source>
        <translation>Geheimnisse werden gespeichert in: %1. Felder, die Sie unverändert lassen, verwenden die eingebauten Zugangsdaten der Sandbox.</translation>
    </message>
    <message>
        <source>Secrets are stored in: %1.</source>
        <translation>Geheimnisse werden gespeichert in: %1.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen …</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set, but unreadable</source>
        <translation>gesetzt, aber nicht lesbar</translation>
    </message>
    <message>
        <source>%1: OK, %2</source>
        <translation>%1: OK, %2</translation>
    </message>
    <message>
        <source>%1: not tested: %2</source>
        <translation>%1: nicht getestet: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2 (%3)</source>
        <translation>%1: fehlgeschlagen: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>User context (whoami)</source>
        <translation>Benutzerkontext (whoami)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer Token</translation>
    </message>
</context>
<context>
    <name>ProfileFormat</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set (%1 chars)</source>
        <translation>gesetzt (%1 Zeichen)</translation>
    </message>
    <message>
        <source>the Sandbox&apos;s built-in value (%1 chars)</source>
        <translation>eingebauter Wert der Sandbox (%1 Zeichen)</translation>
    </message>
    <message>
        <source>set, but could not be read</source>
        <translation>gesetzt, aber nicht lesbar</translation>
    </message>
    <message>
        <source>%1; overridden in this environment by %2 (%3 chars)</source>
        <translation>%1; in dieser Umgebung überschrieben durch %2 (%3 Zeichen)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;. The profiles are: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Vorhandene Profile: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no subscribed account with user id %2.</source>
        <translation>Profil „%1“ hat kein abonniertes Konto mit der Benutzer-ID %2.</translation>
    </message>
    <message>
        <source>Cannot rename: %1 already holds data of an earlier profile named &quot;%2&quot;. Move it away first.</source>
        <translation>Umbenennen nicht möglich: %1 enthält bereits Daten eines früheren Profils namens „%2“. Verschieben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Cannot move the profile&apos;s data from %1 to %2.</source>
        <translation>Die Daten des Profils können nicht von %1 nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets were deleted, but its data directory %1 could not be removed.</source>
        <translation>Die Geheimnisse des Profils wurden gelöscht, aber sein Datenverzeichnis %1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profile …</translation>
    </message>
    <message>
        <source>Add, edit, duplicate or delete profiles</source>
        <translation>Profile hinzufügen, bearbeiten, duplizieren oder löschen</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesAddCommand</name>
    <message>
        <source>Add a profile (no secrets yet); --api and --api-base set its API.</source>
        <translation>Ein Profil hinzufügen (noch ohne Geheimnisse); --api und --api-base legen seine API fest.</translation>
    </message>
    <message>
        <source>Options: --app-id ID, --webhook-env LABEL (v1.1 environment).</source>
        <translation>Optionen: --app-id ID, --webhook-env LABEL (v1.1-Umgebung).</translation>
    </message>
    <message>
        <source>profiles add: the X app&apos;s id.</source>
        <translation>profiles add: die ID der X-App.</translation>
    </message>
    <message>
        <source>profiles add: the v1.1 webhook environment label.</source>
        <translation>profiles add: das Label der v1.1-Webhook-Umgebung.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; (%2 at %3).</source>
        <translation>Profil &quot;%1&quot; hinzugefügt (%2 unter %3).</translation>
    </message>
    <message>
        <source>Store its secrets with: aaconsole-cli profiles set-secret &quot;%1&quot; FIELD &lt; file, or import them: aaconsole-cli profiles import-env &quot;%1&quot; .env</source>
        <translation>Speichern Sie seine Geheimnisse mit: aaconsole-cli profiles set-secret &quot;%1&quot; FIELD &lt; file, oder importieren Sie sie: aaconsole-cli profiles import-env &quot;%1&quot; .env</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>List, show, add, select, rename and remove profiles; store their secrets.</source>
        <translation>Profile auflisten, anzeigen, hinzufügen, auswählen, umbenennen und entfernen; ihre Geheimnisse speichern.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>A profile is one X app (or the Sandbox): API flavour and base URL, app id, responder settings, and five secrets (consumer_key, consumer_secret, bearer_token, access_token, access_token_secret). The secrets live in the OS keychain, one entry per secret (service &quot;aaconsole&quot;, key &quot;&lt;profile&gt;/&lt;field&gt;&quot;); the rest in ~/.config/aaconsole/aaconsole.conf. Every command takes --profile NAME; without it the active profile is used. The X_* environment variables override a profile&apos;s secrets field by field.</source>
        <translation>Ein Profil ist eine X-App (oder die Sandbox): API-Variante und Basis-URL, App-ID, Responder-Einstellungen und fünf Geheimnisse (consumer_key, consumer_secret, bearer_token, access_token, access_token_secret). Die Geheimnisse liegen im Schlüsselbund des Systems, ein Eintrag pro Geheimnis (Dienst &quot;aaconsole&quot;, Schlüssel &quot;&lt;profile&gt;/&lt;field&gt;&quot;); der Rest in ~/.config/aaconsole/aaconsole.conf. Jeder Befehl nimmt --profile NAME; ohne diese Option wird das aktive Profil verwendet. Die Umgebungsvariablen X_* überschreiben die Geheimnisse eines Profils Feld für Feld.</translation>
    </message>
    <message>
        <source>missing SUBCOMMAND</source>
        <translation>SUBCOMMAND fehlt</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>I&amp;mport .env…</source>
        <translation>.env i&amp;mportieren …</translation>
    </message>
    <message>
        <source>Move the secrets of a .env file (TWITTER_CONSUMER_KEY, …) into the selected profile</source>
        <translation>Die Geheimnisse einer .env-Datei (TWITTER_CONSUMER_KEY, …) in das ausgewählte Profil übernehmen</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;. Fill in its secrets and save.</source>
        <translation>Profil „%1“ hinzugefügt. Tragen Sie seine Geheimnisse ein und speichern Sie.</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; with the same settings and secrets.</source>
        <translation>„%1“ mit denselben Einstellungen und Geheimnissen angelegt.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;? Its secrets are deleted from: %2.</source>
        <translation>Profil „%1“ löschen? Seine Geheimnisse werden gelöscht aus: %2.</translation>
    </message>
    <message>
        <source>Its captured events are in %1.</source>
        <translation>Seine aufgezeichneten Ereignisse liegen in %1.</translation>
    </message>
    <message>
        <source>Delete Profile and Captured Events</source>
        <translation>Profil und aufgezeichnete Ereignisse löschen</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete Profile, Keep Captured Events</source>
        <translation>Profil löschen, Ereignisse behalten</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation>.env-Datei importieren</translation>
    </message>
    <message>
        <source>%1 holds no variable aaconsole recognises (such as TWITTER_CONSUMER_KEY).</source>
        <translation>%1 enthält keine Variable, die aaconsole kennt (etwa TWITTER_CONSUMER_KEY).</translation>
    </message>
    <message>
        <source>Imported %1 into profile &quot;%2&quot;.</source>
        <translation>%1 in Profil „%2“ importiert.</translation>
    </message>
    <message>
        <source>Delete the .env file?</source>
        <translation>.env-Datei löschen?</translation>
    </message>
    <message>
        <source>%1 still holds these secrets in plain text. Now that they are in the keychain, delete it?</source>
        <translation>%1 enthält diese Geheimnisse weiterhin im Klartext. Jetzt, da sie im Schlüsselbund liegen: Datei löschen?</translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Keep File</source>
        <translation>Datei behalten</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from profile &quot;%3&quot;? Its access token pair is deleted; subscribing it again needs a new PIN sign-in.</source>
        <translation>%1 (%2) aus Profil „%3“ entfernen? Sein Access-Token-Paar wird gelöscht; ein erneutes Abonnieren erfordert eine neue PIN-Anmeldung.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed the account.</source>
        <translation>Konto entfernt.</translation>
    </message>
    <message>
        <source>Tested the saved settings and secrets of &quot;%1&quot; against %2; unsaved changes were not used.</source>
        <translation>Die gespeicherten Einstellungen und Geheimnisse von „%1“ wurden gegen %2 getestet; ungespeicherte Änderungen wurden nicht verwendet.</translation>
    </message>
    <message>
        <source>Tested the credentials of &quot;%1&quot; against %2.</source>
        <translation>Die Zugangsdaten von „%1“ wurden gegen %2 getestet.</translation>
    </message>
    <message>
        <source>Testing the credentials against %1…</source>
        <translation>Die Zugangsdaten werden gegen %1 getestet …</translation>
    </message>
    <message>
        <source>Working with the keychain…</source>
        <translation>Schlüsselbund wird verwendet …</translation>
    </message>
</context>
<context>
    <name>ProfilesImportEnvCommand</name>
    <message>
        <source>Import the secrets of a .env file into a profile (created when missing).</source>
        <translation>Die Geheimnisse einer .env-Datei in ein Profil importieren (wird angelegt, falls es fehlt).</translation>
    </message>
    <message>
        <source>Recognises TWITTER_CONSUMER_KEY, TWITTER_CONSUMER_SECRET, TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_TOKEN_SECRET, TWITTER_BEARER_TOKEN, TWITTER_WEBHOOK_ENV and the same names with X_ or no prefix (CONSUMER_KEY, …), plus X_API_KEY-style aliases.</source>
        <translation>Erkennt TWITTER_CONSUMER_KEY, TWITTER_CONSUMER_SECRET, TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_TOKEN_SECRET, TWITTER_BEARER_TOKEN, TWITTER_WEBHOOK_ENV und dieselben Namen mit X_ oder ohne Präfix (CONSUMER_KEY, …), dazu Aliase im Stil von X_API_KEY.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no variable aaconsole recognises (such as TWITTER_CONSUMER_KEY or X_CONSUMER_SECRET)</source>
        <translation>&apos;%1&apos; enthält keine Variable, die aaconsole kennt (etwa TWITTER_CONSUMER_KEY oder X_CONSUMER_SECRET)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; keeps its secrets for one GUI session only; import the file in the GUI instead.</source>
        <translation>Profil &quot;%1&quot; behält seine Geheimnisse nur für eine GUI-Sitzung; importieren Sie die Datei stattdessen in der GUI.</translation>
    </message>
    <message>
        <source>%1 still holds these secrets in plain text. Now that they are in the keychain, delete it, for example: shred -u %1</source>
        <translation>%1 enthält diese Geheimnisse weiterhin im Klartext. Jetzt, da sie im Schlüsselbund liegen, löschen Sie die Datei, zum Beispiel mit: shred -u %1</translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot;.</source>
        <translation>Profil &quot;%1&quot; angelegt.</translation>
    </message>
    <message>
        <source>Imported %1 into profile &quot;%2&quot;, stored in: %3</source>
        <translation>%1 in Profil &quot;%2&quot; importiert, gespeichert in: %3</translation>
    </message>
    <message>
        <source>Webhook environment: %1</source>
        <translation>Webhook-Umgebung: %1</translation>
    </message>
    <message>
        <source>App id: %1</source>
        <translation>App-ID: %1</translation>
    </message>
    <message>
        <source>Not recognised, ignored: %1</source>
        <translation>Nicht erkannt, ignoriert: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesListCommand</name>
    <message>
        <source>List the profiles; * marks the active one.</source>
        <translation>Die Profile auflisten; * markiert das aktive.</translation>
    </message>
    <message>
        <source>No profiles. Add one with: aaconsole-cli profiles add NAME</source>
        <translation>Keine Profile. Fügen Sie eines hinzu mit: aaconsole-cli profiles add NAME</translation>
    </message>
    <message>
        <source>the Sandbox&apos;s built-in credentials</source>
        <translation>die eingebauten Zugangsdaten der Sandbox</translation>
    </message>
    <message>
        <source>%1 of 5 secrets set, for this session only</source>
        <translation>%1 von 5 Geheimnissen gesetzt, nur für diese Sitzung</translation>
    </message>
    <message>
        <source>%1 of 5 secrets set</source>
        <translation>%1 von 5 Geheimnissen gesetzt</translation>
    </message>
</context>
<context>
    <name>ProfilesRemoveCommand</name>
    <message>
        <source>Remove a profile and delete its secrets from the keychain.</source>
        <translation>Ein Profil entfernen und seine Geheimnisse aus dem Schlüsselbund löschen.</translation>
    </message>
    <message>
        <source>When the profile has captured data, add --delete-captures or --keep-captures.</source>
        <translation>Hat das Profil aufgezeichnete Daten, geben Sie --delete-captures oder --keep-captures an.</translation>
    </message>
    <message>
        <source>profiles remove: also delete the profile&apos;s captured data.</source>
        <translation>profiles remove: auch die aufgezeichneten Daten des Profils löschen.</translation>
    </message>
    <message>
        <source>profiles remove: keep the profile&apos;s captured data on disk.</source>
        <translation>profiles remove: die aufgezeichneten Daten des Profils auf der Festplatte behalten.</translation>
    </message>
    <message>
        <source>--delete-captures and --keep-captures exclude each other</source>
        <translation>--delete-captures und --keep-captures schließen einander aus</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has captured data in %2: add --delete-captures to delete it too, or --keep-captures to keep it</source>
        <translation>Profil &quot;%1&quot; hat aufgezeichnete Daten in %2: Geben Sie --delete-captures an, um sie mitzulöschen, oder --keep-captures, um sie zu behalten</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secrets.</source>
        <translation>Profil &quot;%1&quot; und seine Geheimnisse entfernt.</translation>
    </message>
    <message>
        <source>Its captured data was kept in %1.</source>
        <translation>Seine aufgezeichneten Daten wurden in %1 behalten.</translation>
    </message>
</context>
<context>
    <name>ProfilesRenameCommand</name>
    <message>
        <source>Rename a profile; its keychain entries and captured data move with it.</source>
        <translation>Ein Profil umbenennen; seine Schlüsselbundeinträge und aufgezeichneten Daten ziehen mit um.</translation>
    </message>
    <message>
        <source>Renamed profile &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Profil &quot;%1&quot; in &quot;%2&quot; umbenannt.</translation>
    </message>
</context>
<context>
    <name>ProfilesSetSecretCommand</name>
    <message>
        <source>Store secret FIELD of a profile in the keychain; the value is read from stdin.</source>
        <translation>Das Geheimnis FIELD eines Profils im Schlüsselbund speichern; der Wert wird von stdin gelesen.</translation>
    </message>
    <message>
        <source>FIELD: %1. Pipe the value in (… &lt; file); on a terminal it is asked for with echo off.</source>
        <translation>FIELD: %1. Leiten Sie den Wert per Pipe ein (… &lt; file); in einem Terminal wird er ohne Echo abgefragt.</translation>
    </message>
    <message>
        <source>unknown FIELD &apos;%1&apos;; it is one of: %2</source>
        <translation>unbekanntes FIELD &apos;%1&apos;; möglich sind: %2</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &apos;aaconsole-cli profiles list&apos;).</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot; (siehe &apos;aaconsole-cli profiles list&apos;).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; keeps its secrets for one GUI session only; a value stored from the command line would be lost at once. Set it in the GUI, or store the profile&apos;s secrets in the keychain there first.</source>
        <translation>Profil &quot;%1&quot; behält seine Geheimnisse nur für eine GUI-Sitzung; ein über die Kommandozeile gespeicherter Wert ginge sofort verloren. Setzen Sie ihn in der GUI, oder speichern Sie die Geheimnisse des Profils dort zuerst im Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1 of profile &quot;%2&quot;</source>
        <translation>%1 von Profil &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Stored %1 of profile &quot;%2&quot; (%3 chars) in: %4</source>
        <translation>%1 von Profil &quot;%2&quot; (%3 Zeichen) gespeichert in: %4</translation>
    </message>
    <message>
        <source>Note: %1 is set in this environment and overrides the stored value while it is.</source>
        <translation>Hinweis: %1 ist in dieser Umgebung gesetzt und überschreibt den gespeicherten Wert, solange das so bleibt.</translation>
    </message>
</context>
<context>
    <name>ProfilesShowCommand</name>
    <message>
        <source>Show a profile (default: --profile or the active one); secrets appear as &quot;set (N chars)&quot;, never as values.</source>
        <translation>Ein Profil anzeigen (Standard: --profile oder das aktive); Geheimnisse erscheinen als &quot;gesetzt (N Zeichen)&quot;, nie als Werte.</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>No profile is active. Name one: aaconsole-cli profiles show NAME</source>
        <translation>Kein Profil ist aktiv. Nennen Sie eines: aaconsole-cli profiles show NAME</translation>
    </message>
    <message>
        <source>Profile:             %1 (active)</source>
        <translation>Profil:              %1 (aktiv)</translation>
    </message>
    <message>
        <source>Profile:             %1</source>
        <translation>Profil:              %1</translation>
    </message>
    <message>
        <source>API:                 %1 at %2</source>
        <translation>API:                 %1 unter %2</translation>
    </message>
    <message>
        <source>App id:              %1</source>
        <translation>App-ID:              %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Webhook environment: %1</source>
        <translation>Webhook-Umgebung:    %1</translation>
    </message>
    <message>
        <source>Responder:           http://%1:%2%3, %4</source>
        <translation>Responder:           http://%1:%2%3, %4</translation>
    </message>
    <message>
        <source>unsigned events accepted</source>
        <translation>unsignierte Ereignisse werden angenommen</translation>
    </message>
    <message>
        <source>unsigned events rejected (401)</source>
        <translation>unsignierte Ereignisse werden abgelehnt (401)</translation>
    </message>
    <message>
        <source>Data directory:      %1</source>
        <translation>Datenverzeichnis:    %1</translation>
    </message>
    <message>
        <source>Secrets, stored in:  %1</source>
        <translation>Geheimnisse in:      %1</translation>
    </message>
    <message>
        <source>Subscribed accounts: none</source>
        <translation>Abonnierte Konten: keine</translation>
    </message>
    <message>
        <source>Subscribed accounts:</source>
        <translation>Abonnierte Konten:</translation>
    </message>
</context>
<context>
    <name>ProfilesSubcommand</name>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
</context>
<context>
    <name>ProfilesUseCommand</name>
    <message>
        <source>Make NAME the active profile, used when --profile is not given.</source>
        <translation>NAME zum aktiven Profil machen, das verwendet wird, wenn --profile nicht angegeben ist.</translation>
    </message>
    <message>
        <source>The active profile is now &quot;%1&quot;.</source>
        <translation>Das aktive Profil ist jetzt &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>RawBodyTab</name>
    <message>
        <source>Pretty-print</source>
        <translation>Formatiert anzeigen</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Body kopieren</translation>
    </message>
    <message>
        <source>Indent the JSON; keys stay in the order X sent them</source>
        <translation>Das JSON einrücken; die Schlüssel bleiben in der Reihenfolge, in der X sie gesendet hat</translation>
    </message>
    <message>
        <source>Copy the whole body, exactly as received</source>
        <translation>Den ganzen Body kopieren, genau wie empfangen</translation>
    </message>
    <message>
        <source>The delivery of this event is not in the store.</source>
        <translation>Die Zustellung dieses Ereignisses ist nicht im Speicher.</translation>
    </message>
    <message>
        <source>Showing the text: %1 %…</source>
        <translation>Text wird angezeigt: %1 %…</translation>
    </message>
    <message>
        <source>%1 Shown exactly as received.</source>
        <translation>%1 Genau wie empfangen angezeigt.</translation>
    </message>
    <message>
        <source>The body is not valid UTF-8: the invalid bytes are shown as �.</source>
        <translation>Der Body ist kein gültiges UTF-8: Die ungültigen Bytes werden als � angezeigt.</translation>
    </message>
    <message>
        <source>No syntax colouring above %1, so that large bodies stay responsive.</source>
        <translation>Keine Syntaxhervorhebung über %1, damit große Bodys flüssig bleiben.</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message numerus="yes">
        <source>The export was cancelled after %n record(s).</source>
        <translation>
            <numerusform>Der Export wurde nach %n Datensatz abgebrochen.</numerusform>
            <numerusform>Der Export wurde nach %n Datensätzen abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the export failed after %n record(s): %1</source>
        <translation>
            <numerusform>Schreiben des Exports nach %n Datensatz fehlgeschlagen: %1</numerusform>
            <numerusform>Schreiben des Exports nach %n Datensätzen fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordedSecretRead</name>
    <message>
        <source>Profile &quot;%1&quot;: %2 is stored in the keychain but could not be read. The keyring appears to be locked and was not unlocked. Unlock it (for example in Seahorse, or by logging in again) and try again.</source>
        <translation>Profil „%1“: %2 ist im Schlüsselbund gespeichert, konnte aber nicht gelesen werden. Der Schlüsselbund scheint gesperrt zu sein und wurde nicht entsperrt. Entsperren Sie ihn (zum Beispiel in Seahorse oder durch erneutes Anmelden) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 is recorded as set, but the keychain has no entry for it (was it deleted outside aaconsole?). Set it again in the Profiles dialog or with: aaconsole-cli profiles set-secret &quot;%1&quot; %2</source>
        <translation>Profil „%1“: %2 ist als gesetzt vermerkt, aber der Schlüsselbund hat keinen Eintrag dafür (außerhalb von aaconsole gelöscht?). Setzen Sie den Wert erneut im Profile-Dialog oder mit: aaconsole-cli profiles set-secret &quot;%1&quot; %2</translation>
    </message>
</context>
<context>
    <name>ReplayCommand</name>
    <message>
        <source>Ask X to deliver a webhook&apos;s events of a past time window again.</source>
        <translation>X bitten, die Ereignisse eines Webhooks aus einem vergangenen Zeitfenster erneut zuzustellen.</translation>
    </message>
    <message>
        <source>--from and --to are UTC times YYYYMMDDhhmm, checked as X checks them before anything is sent: from before to, nothing in the future; v2 reaches back 24 hours, v1.1 5 days with from at least 31 and to at least 10 minutes ago.
v2 uses POST /2/webhooks/replay; --account-activity uses the older /2/account_activity/replay/... path instead. Authenticates with X_BEARER_TOKEN.
X then re-sends the events to the webhook and finishes with a replay_job_status event.
--json prints {&quot;webhook_id&quot;,&quot;from_date&quot;,&quot;to_date&quot;,&quot;job_id&quot;,&quot;created_at&quot;}.</source>
        <translation>--from und --to sind UTC-Zeiten im Format YYYYMMDDhhmm, die vor dem Senden so geprüft werden, wie X sie prüft: from vor to, nichts in der Zukunft; v2 reicht 24 Stunden zurück, v1.1 5 Tage, wobei from mindestens 31 und to mindestens 10 Minuten zurückliegen muss.
v2 verwendet POST /2/webhooks/replay; --account-activity verwendet stattdessen den älteren Pfad /2/account_activity/replay/.... Authentifiziert sich mit X_BEARER_TOKEN.
X sendet die Ereignisse dann erneut an den Webhook und schließt mit einem replay_job_status-Ereignis ab.
--json gibt {&quot;webhook_id&quot;,&quot;from_date&quot;,&quot;to_date&quot;,&quot;job_id&quot;,&quot;created_at&quot;} aus.</translation>
    </message>
    <message>
        <source>The webhook&apos;s numeric id.</source>
        <translation>Die numerische ID des Webhooks.</translation>
    </message>
    <message>
        <source>Start of the window, UTC (inclusive).</source>
        <translation>Beginn des Zeitfensters, UTC (einschließlich).</translation>
    </message>
    <message>
        <source>End of the window, UTC.</source>
        <translation>Ende des Zeitfensters, UTC.</translation>
    </message>
    <message>
        <source>v2 only: use /2/account_activity/replay/webhooks/ID/subscriptions/all instead of /2/webhooks/replay.</source>
        <translation>Nur v2: /2/account_activity/replay/webhooks/ID/subscriptions/all statt /2/webhooks/replay verwenden.</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>missing --%1</source>
        <translation>--%1 fehlt</translation>
    </message>
    <message>
        <source>Replay job %1 created (%2). X re-delivers the events to webhook %3, then sends a replay_job_status event.</source>
        <translation>Replay-Auftrag %1 erstellt (%2). X stellt die Ereignisse erneut an Webhook %3 zu und sendet dann ein replay_job_status-Ereignis.</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>--from &apos;%1&apos; is not a date in the form YYYYMMDDhhmm (UTC), e.g. 202501151200.</source>
        <translation>--from &apos;%1&apos; ist kein Datum im Format YYYYMMDDhhmm (UTC), z. B. 202501151200.</translation>
    </message>
    <message>
        <source>--to &apos;%1&apos; is not a date in the form YYYYMMDDhhmm (UTC), e.g. 202501151300.</source>
        <translation>--to &apos;%1&apos; ist kein Datum im Format YYYYMMDDhhmm (UTC), z. B. 202501151300.</translation>
    </message>
    <message>
        <source>--from (%1) must be before --to (%2).</source>
        <translation>--from (%1) muss vor --to (%2) liegen.</translation>
    </message>
    <message>
        <source>--to (%1) is in the future; it is now %2.</source>
        <translation>--to (%1) liegt in der Zukunft; jetzt ist es %2.</translation>
    </message>
    <message>
        <source>--from (%1) is more than 24 hours ago; X keeps events for replay for 24 hours.</source>
        <translation>--from (%1) liegt mehr als 24 Stunden zurück; X hält Ereignisse 24 Stunden lang für Replays vor.</translation>
    </message>
    <message>
        <source>--from (%1) is more than 5 days ago; X&apos;s v1.1 replay reaches back 5 days.</source>
        <translation>--from (%1) liegt mehr als 5 Tage zurück; das v1.1-Replay von X reicht 5 Tage zurück.</translation>
    </message>
    <message>
        <source>--from (%1) must be at least 31 minutes before now (%2) for v1.1 replay.</source>
        <translation>--from (%1) muss für ein v1.1-Replay mindestens 31 Minuten vor jetzt (%2) liegen.</translation>
    </message>
    <message>
        <source>--to (%1) must be at least 10 minutes before now (%2) for v1.1 replay.</source>
        <translation>--to (%1) muss für ein v1.1-Replay mindestens 10 Minuten vor jetzt (%2) liegen.</translation>
    </message>
</context>
<context>
    <name>RequestFramer</name>
    <message>
        <source>request line longer than %1 bytes</source>
        <translation>Anfragezeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>mehr als %1 Header-Felder</translation>
    </message>
    <message>
        <source>a header field longer than %1 bytes</source>
        <translation>ein Header-Feld länger als %1 Bytes</translation>
    </message>
    <message>
        <source>request head larger than %1 bytes</source>
        <translation>Anfragekopf größer als %1 Bytes</translation>
    </message>
    <message>
        <source>malformed chunk size line</source>
        <translation>fehlerhafte Chunk-Größenzeile</translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation>fehlerhafte Chunk-Größe</translation>
    </message>
    <message>
        <source>body larger than %1 bytes</source>
        <translation>Body größer als %1 Bytes</translation>
    </message>
    <message>
        <source>chunk data not followed by a line end</source>
        <translation>auf die Chunk-Daten folgt kein Zeilenende</translation>
    </message>
    <message>
        <source>a trailer field longer than %1 bytes</source>
        <translation>ein Trailer-Feld länger als %1 Bytes</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <source>HTTP version %1 is not supported</source>
        <translation>HTTP-Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 header fields, more than the limit of %2</source>
        <translation>%1 Header-Felder, mehr als das Limit von %2</translation>
    </message>
    <message>
        <source>folded header lines are not allowed</source>
        <translation>gefaltete Header-Zeilen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>malformed header field</source>
        <translation>fehlerhaftes Header-Feld</translation>
    </message>
    <message>
        <source>malformed header name</source>
        <translation>fehlerhafter Header-Name</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>ungültige Content-Length</translation>
    </message>
    <message>
        <source>Transfer-Encoding %1 is not supported</source>
        <translation>Transfer-Encoding %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation>sowohl Content-Length als auch Transfer-Encoding</translation>
    </message>
    <message>
        <source>body of %1 bytes is over the limit of %2 bytes</source>
        <translation>Body mit %1 Bytes überschreitet das Limit von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>Responder</name>
    <message>
        <source>The responder needs your app&apos;s consumer secret to answer CRC checks and verify signatures.</source>
        <translation>Der Responder braucht das Consumer Secret Ihrer App, um CRC-Prüfungen zu beantworten und Signaturen zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>X answered HTTP %1 without the expected %2; the API may have changed. The body is in the API-call log (&apos;log&apos;).</source>
        <translation>X hat mit HTTP %1 geantwortet, aber %2 fehlt in der Antwort; die API hat sich möglicherweise geändert. Der Body steht im API-Aufrufprotokoll (&apos;log&apos;).</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>der erwartete Webhook</translation>
    </message>
    <message>
        <source>list of webhooks</source>
        <translation>die erwartete Webhook-Liste</translation>
    </message>
    <message>
        <source>validation result</source>
        <translation>das erwartete Validierungsergebnis</translation>
    </message>
    <message>
        <source>deletion result</source>
        <translation>das erwartete Löschergebnis</translation>
    </message>
    <message>
        <source>subscription state</source>
        <translation>der erwartete Abonnementstatus</translation>
    </message>
    <message>
        <source>list of subscriptions</source>
        <translation>die erwartete Abonnementliste</translation>
    </message>
    <message>
        <source>subscription count</source>
        <translation>die erwartete Abonnementanzahl</translation>
    </message>
    <message>
        <source>replay job</source>
        <translation>der erwartete Replay-Auftrag</translation>
    </message>
    <message>
        <source>user</source>
        <translation>der erwartete Nutzer</translation>
    </message>
</context>
<context>
    <name>SandboxActivityPanel</name>
    <message>
        <source>&amp;Do it</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Reload accounts</source>
        <translation>Konten neu la&amp;den</translation>
    </message>
    <message>
        <source>Like a post</source>
        <translation>Beitrag mit „Gefällt mir“ markieren</translation>
    </message>
    <message>
        <source>Follow an account</source>
        <translation>Einem Konto folgen</translation>
    </message>
    <message>
        <source>Unfollow an account</source>
        <translation>Einem Konto nicht mehr folgen</translation>
    </message>
    <message>
        <source>Block an account</source>
        <translation>Ein Konto blockieren</translation>
    </message>
    <message>
        <source>Unblock an account</source>
        <translation>Blockierung eines Kontos aufheben</translation>
    </message>
    <message>
        <source>Mute an account</source>
        <translation>Ein Konto stummschalten</translation>
    </message>
    <message>
        <source>Unmute an account</source>
        <translation>Stummschaltung eines Kontos aufheben</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Reply to a post</source>
        <translation>Auf einen Beitrag antworten</translation>
    </message>
    <message>
        <source>Quote a post</source>
        <translation>Einen Beitrag zitieren</translation>
    </message>
    <message>
        <source>Delete a post</source>
        <translation>Einen Beitrag löschen</translation>
    </message>
    <message>
        <source>Send a direct message</source>
        <translation>Direktnachricht senden</translation>
    </message>
    <message>
        <source>Show typing in a DM</source>
        <translation>Tippen in einer Direktnachricht anzeigen</translation>
    </message>
    <message>
        <source>Mark DMs as read</source>
        <translation>Direktnachrichten als gelesen markieren</translation>
    </message>
    <message>
        <source>Revoke the app&apos;s access</source>
        <translation>Der App den Zugriff entziehen</translation>
    </message>
    <message>
        <source>An @name mentions that account</source>
        <translation>Ein @Name erwähnt dieses Konto</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivität:</translation>
    </message>
    <message>
        <source>Ac&amp;count:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Beitrag:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Not connected to a Sandbox.</source>
        <translation>Mit keiner Sandbox verbunden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connected to the Sandbox at %1: %2 accounts.</source>
        <translation>Mit der Sandbox unter %1 verbunden: %2 Konten.</translation>
    </message>
    <message>
        <source>No accounts loaded: is the Sandbox running?</source>
        <translation>Keine Konten geladen: Läuft die Sandbox?</translation>
    </message>
    <message>
        <source>A&amp;s:</source>
        <translation>Al&amp;s:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>The built-in X emulator: run it, list its accounts, make things happen, watch its deliveries, inject faults, or run the whole guide offline.</source>
        <translation>Der eingebaute X-Emulator: ihn ausführen, seine Konten auflisten, Dinge geschehen lassen, seine Zustellungen beobachten, Störungen einspeisen oder den ganzen Leitfaden offline durchlaufen.</translation>
    </message>
    <message>
        <source>serve [--port N] [--state FILE] [--time-scale F] [--recheck-interval S]
    Runs the Sandbox on 127.0.0.1 (default port 8322; 0 picks a free one) until SIGINT/SIGTERM. Prints base_url and the app&apos;s five credentials, one name=value per line (they are public: the Sandbox guards nothing). --state loads the world, webhooks and delivery log from FILE and saves them there at exit. --time-scale multiplies the retry waits (3 s, 27 s, 242 s) and the webhook re-check interval (default 3600 s), not the 3-second answer timeouts. Requests, CRC checks and deliveries are logged on stderr.
users [--show-secrets]
    The accounts (id, @screen_name, name) and their posts; --show-secrets adds each account&apos;s access token pair.
act ACTION ...
    favorite --by USER --post POST | follow|unfollow|block|unblock|mute|unmute --by USER --target USER | post --by USER --text TEXT [--reply-to POST | --quote POST] | delete --by USER --post POST | dm --from USER --to USER --text TEXT | typing --from USER --to USER | read --by USER --from USER | revoke --by USER
    USER is a numeric id or @screen_name. Each activity is delivered, signed, to every webhook subscribed to the accounts it concerns.
deliveries [--last N] [--webhook ID] [--bodies]
    The delivery log: every POST to a webhook with its attempts, statuses and latencies.
faults [--duplicate N] [--drop N] [--delay MS] [--clear]
    Sends the next N deliveries twice, drops the next N (replay brings them back), or holds every attempt back by MS; without options shows the current faults.
guide [--port N] [--responder-port N]
    Runs X&apos;s getting-started guide against a private Sandbox and responder and prints each step: register the webhook (CRC check), subscribe the owner, favorite the owner&apos;s post as another account, and show the favorite_events record that arrives. Needs no X credentials. &apos;scripts/run --headless&apos; runs this.

users, act, deliveries and faults talk to the Sandbox at --api-base (default %1). --json prints each result as one JSON document.</source>
        <translation>serve [--port N] [--state FILE] [--time-scale F] [--recheck-interval S]
    Führt die Sandbox auf 127.0.0.1 aus (Standardport 8322; 0 wählt einen freien), bis SIGINT/SIGTERM. Gibt base_url und die fünf Zugangsdaten der App aus, eine Zeile name=value pro Wert (sie sind öffentlich: Die Sandbox schützt nichts). --state lädt Welt, Webhooks und Zustellungsprotokoll aus FILE und speichert sie beim Beenden dorthin. --time-scale multipliziert die Wartezeiten zwischen Wiederholungen (3 s, 27 s, 242 s) und das Intervall der erneuten Webhook-Prüfung (Standard 3600 s), nicht aber die 3-Sekunden-Timeouts für Antworten. Anfragen, CRC-Prüfungen und Zustellungen werden auf stderr protokolliert.
users [--show-secrets]
    Die Konten (ID, @screen_name, Name) und ihre Beiträge; --show-secrets fügt das Access-Token-Paar jedes Kontos hinzu.
act ACTION ...
    favorite --by USER --post POST | follow|unfollow|block|unblock|mute|unmute --by USER --target USER | post --by USER --text TEXT [--reply-to POST | --quote POST] | delete --by USER --post POST | dm --from USER --to USER --text TEXT | typing --from USER --to USER | read --by USER --from USER | revoke --by USER
    USER ist eine numerische ID oder @screen_name. Jede Aktivität wird signiert an jeden Webhook zugestellt, der die betroffenen Konten abonniert hat.
deliveries [--last N] [--webhook ID] [--bodies]
    Das Zustellungsprotokoll: jeder POST an einen Webhook mit seinen Versuchen, Status und Latenzen.
faults [--duplicate N] [--drop N] [--delay MS] [--clear]
    Sendet die nächsten N Zustellungen doppelt, verwirft die nächsten N (ein Replay bringt sie zurück) oder hält jeden Versuch um MS zurück; ohne Optionen werden die aktuellen Störungen angezeigt.
guide [--port N] [--responder-port N]
    Führt den Einstiegsleitfaden von X gegen eine private Sandbox und einen Responder aus und gibt jeden Schritt aus: den Webhook registrieren (CRC-Prüfung), den Eigentümer abonnieren, den Beitrag des Eigentümers als anderes Konto liken und den ankommenden favorite_events-Datensatz zeigen. Braucht keine X-Zugangsdaten. &apos;scripts/run --headless&apos; führt dies aus.

users, act, deliveries und faults sprechen mit der Sandbox unter --api-base (Standard %1). --json gibt jedes Ergebnis als ein JSON-Dokument aus.</translation>
    </message>
    <message>
        <source>serve, guide: the Sandbox&apos;s port (serve: default 8322; guide: a free one).</source>
        <translation>serve, guide: der Port der Sandbox (serve: Standard 8322; guide: ein freier).</translation>
    </message>
    <message>
        <source>serve: load and save the Sandbox&apos;s state in &lt;file&gt;.</source>
        <translation>serve: den Zustand der Sandbox aus &lt;file&gt; laden und darin speichern.</translation>
    </message>
    <message>
        <source>serve: multiply retry waits and re-check intervals by &lt;f&gt;.</source>
        <translation>serve: Wartezeiten zwischen Wiederholungen und Intervalle der erneuten Prüfung mit &lt;f&gt; multiplizieren.</translation>
    </message>
    <message>
        <source>serve: seconds between webhook CRC re-checks (default 3600).</source>
        <translation>serve: Sekunden zwischen erneuten CRC-Prüfungen der Webhooks (Standard 3600).</translation>
    </message>
    <message>
        <source>guide: the responder&apos;s port (default: a free one).</source>
        <translation>guide: der Port des Responders (Standard: ein freier).</translation>
    </message>
    <message>
        <source>users: also print each account&apos;s access token pair.</source>
        <translation>users: zusätzlich das Access-Token-Paar jedes Kontos ausgeben.</translation>
    </message>
    <message>
        <source>act: the account that acts (id or @screen_name).</source>
        <translation>act: das handelnde Konto (ID oder @screen_name).</translation>
    </message>
    <message>
        <source>act: the account acted on.</source>
        <translation>act: das Konto, auf das sich die Aktion richtet.</translation>
    </message>
    <message>
        <source>act: a post id.</source>
        <translation>act: eine Beitrags-ID.</translation>
    </message>
    <message>
        <source>act post, dm: the text (an @name in a post mentions that account).</source>
        <translation>act post, dm: der Text (ein @Name in einem Beitrag erwähnt dieses Konto).</translation>
    </message>
    <message>
        <source>act post: the post replied to.</source>
        <translation>act post: der Beitrag, auf den geantwortet wird.</translation>
    </message>
    <message>
        <source>act post: the post quoted.</source>
        <translation>act post: der zitierte Beitrag.</translation>
    </message>
    <message>
        <source>act dm, typing: the sender; act read: whose messages were read.</source>
        <translation>act dm, typing: der Absender; act read: wessen Nachrichten gelesen wurden.</translation>
    </message>
    <message>
        <source>act dm, typing: the recipient.</source>
        <translation>act dm, typing: der Empfänger.</translation>
    </message>
    <message>
        <source>deliveries: how many, newest last (default 20).</source>
        <translation>deliveries: wie viele, die neueste zuletzt (Standard 20).</translation>
    </message>
    <message>
        <source>deliveries: only those to this webhook id.</source>
        <translation>deliveries: nur die an diese Webhook-ID.</translation>
    </message>
    <message>
        <source>deliveries: include each payload.</source>
        <translation>deliveries: jeweils den Payload mit ausgeben.</translation>
    </message>
    <message>
        <source>faults: send the next &lt;n&gt; deliveries twice.</source>
        <translation>faults: die nächsten &lt;n&gt; Zustellungen doppelt senden.</translation>
    </message>
    <message>
        <source>faults: drop the next &lt;n&gt; deliveries.</source>
        <translation>faults: die nächsten &lt;n&gt; Zustellungen verwerfen.</translation>
    </message>
    <message>
        <source>faults: hold every delivery attempt back by &lt;ms&gt;.</source>
        <translation>faults: jeden Zustellversuch um &lt;ms&gt; zurückhalten.</translation>
    </message>
    <message>
        <source>faults: remove every fault.</source>
        <translation>faults: alle Störungen entfernen.</translation>
    </message>
    <message>
        <source>missing sub-command: %1</source>
        <translation>Unterbefehl fehlt: %1</translation>
    </message>
    <message>
        <source>unknown sub-command &apos;%1&apos;: use %2</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos;: verwenden Sie %2</translation>
    </message>
    <message>
        <source>--%1 is not an option of &apos;sandbox %2&apos;</source>
        <translation>--%1 ist keine Option von &apos;sandbox %2&apos;</translation>
    </message>
    <message>
        <source>missing ACTION: %1</source>
        <translation>ACTION fehlt: %1</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
</context>
<context>
    <name>SandboxControlClient</name>
    <message>
        <source>Nothing answers at %1: is the Sandbox running? Start it with &apos;aaconsole-cli sandbox serve&apos; and pass its base URL with --api-base.</source>
        <translation>Unter %1 antwortet nichts: Läuft die Sandbox? Starten Sie sie mit &apos;aaconsole-cli sandbox serve&apos; und geben Sie ihre Basis-URL mit --api-base an.</translation>
    </message>
    <message>
        <source>The Sandbox answered HTTP %1. Is --api-base a Sandbox?</source>
        <translation>Die Sandbox antwortete mit HTTP %1. Ist --api-base eine Sandbox?</translation>
    </message>
</context>
<context>
    <name>SandboxDock</name>
    <message>
        <source>1. Connect the responder</source>
        <translation>1. Responder verbinden</translation>
    </message>
    <message>
        <source>2. Make something happen</source>
        <translation>2. Etwas geschehen lassen</translation>
    </message>
    <message>
        <source>Deliveries the Sandbox made</source>
        <translation>Zustellungen der Sandbox</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>The Sandbox, an X emulator on this computer, runs at %1 with the app &quot;%2&quot; of @%3.</source>
        <translation>Die Sandbox, ein X-Emulator auf diesem Rechner, läuft unter %1 mit der App &quot;%2&quot; von @%3.</translation>
    </message>
    <message>
        <source>The Sandbox is not running.</source>
        <translation>Die Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Events for @%1 now reach the table. Try a like below.</source>
        <translation>Ereignisse für @%1 erreichen jetzt die Tabelle. Probieren Sie unten ein Like.</translation>
    </message>
    <message>
        <source>Start the Sandbox by choosing the Sandbox profile.</source>
        <translation>Wählen Sie das Sandbox-Profil, um die Sandbox zu starten.</translation>
    </message>
    <message>
        <source>The responder is not listening, so there is nothing to register.</source>
        <translation>Der Responder lauscht nicht, es gibt also nichts zu registrieren.</translation>
    </message>
    <message>
        <source>✓ %1 is registered as webhook %2 (valid) and @%3 is subscribed.</source>
        <translation>✓ %1 ist als Webhook %2 registriert (gültig), und @%3 ist abonniert.</translation>
    </message>
    <message>
        <source>%1 is registered as webhook %2 (%3), @%4 is %5.</source>
        <translation>%1 ist als Webhook %2 registriert (%3), @%4 ist %5.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation>nicht abonniert</translation>
    </message>
    <message>
        <source>○ %1 is not registered with the Sandbox yet.</source>
        <translation>○ %1 ist noch nicht bei der Sandbox registriert.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Register and Subscribe</source>
        <translation>Registrieren und abonnieren</translation>
    </message>
    <message>
        <source>Registers the responder&apos;s URL as the Sandbox app&apos;s webhook (the Sandbox checks it with a CRC request) and subscribes @%1 to it.</source>
        <translation>Registriert die URL des Responders als Webhook der Sandbox-App (die Sandbox prüft sie mit einer CRC-Anfrage) und abonniert @%1 darauf.</translation>
    </message>
    <message>
        <source>%1  %2 → %3 in %4 ms</source>
        <translation>%1  %2 → %3 in %4 ms</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (Versuch %1)</translation>
    </message>
</context>
<context>
    <name>SandboxGuide</name>
    <message>
        <source>ports must be numbers from 0 to 65535</source>
        <translation>Ports müssen Zahlen von 0 bis 65535 sein</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The guide stopped at step %1. Run it again with --log-level debug for details.</source>
        <translation>Der Leitfaden hat bei Schritt %1 angehalten. Führen Sie ihn für Details erneut mit --log-level debug aus.</translation>
    </message>
    <message>
        <source>Account Activity Console: X&apos;s webhook guide, end to end, on this computer.</source>
        <translation>Account Activity Console: der Webhook-Leitfaden von X, von Anfang bis Ende, auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Starting the Sandbox, an X API emulator on loopback …</source>
        <translation>Die Sandbox, ein X-API-Emulator auf Loopback, wird gestartet …</translation>
    </message>
    <message>
        <source>%1, app &quot;%2&quot; owned by @%3 (%4)</source>
        <translation>%1, App &quot;%2&quot;, Eigentümer @%3 (%4)</translation>
    </message>
    <message>
        <source>Starting the responder (what &apos;aaconsole-cli listen&apos; runs) …</source>
        <translation>Der Responder wird gestartet (das, was &apos;aaconsole-cli listen&apos; ausführt) …</translation>
    </message>
    <message>
        <source>Registering the webhook URL with X (POST /2/webhooks); X first runs a CRC check against it …</source>
        <translation>Die Webhook-URL wird bei X registriert (POST /2/webhooks); X führt zuerst eine CRC-Prüfung gegen sie aus …</translation>
    </message>
    <message>
        <source>the responder answered the CRC check in %1 ms</source>
        <translation>der Responder hat die CRC-Prüfung in %1 ms beantwortet</translation>
    </message>
    <message>
        <source>webhook %1 registered, %2</source>
        <translation>Webhook %1 registriert, %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Subscribing @%1 to the webhook (POST …/subscriptions/all, as that account) …</source>
        <translation>Der Webhook wird für @%1 abonniert (POST …/subscriptions/all, als dieses Konto) …</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <source>@%1 likes @%2&apos;s post %3 …</source>
        <translation>@%1 gefällt der Beitrag %3 von @%2 …</translation>
    </message>
    <message>
        <source>Waiting for X&apos;s favorite_events delivery to reach the responder …</source>
        <translation>Warten, bis die favorite_events-Zustellung von X den Responder erreicht …</translation>
    </message>
    <message>
        <source>No favorite_events delivery arrived within %1 s.</source>
        <translation>Innerhalb von %1 s ist keine favorite_events-Zustellung angekommen.</translation>
    </message>
    <message>
        <source>#%1 %2/%3, signature %4: %5 (for %6 %7)</source>
        <translation>#%1 %2/%3, Signatur %4: %5 (für %6 %7)</translation>
    </message>
    <message>
        <source>The event arrived, but its signature is %1.</source>
        <translation>Das Ereignis ist angekommen, aber seine Signatur ist %1.</translation>
    </message>
    <message>
        <source>Done: the favorite arrived, signed with the app&apos;s consumer secret and verified. Next: &apos;scripts/run&apos; for the GUI, &apos;aaconsole-cli sandbox serve&apos; to keep a Sandbox running, &apos;aaconsole-cli sandbox --help&apos; for what it can do.</source>
        <translation>Fertig: Das Like ist angekommen, signiert mit dem Consumer Secret der App und geprüft. Als Nächstes: &apos;scripts/run&apos; für die GUI, &apos;aaconsole-cli sandbox serve&apos;, um eine Sandbox laufen zu lassen, &apos;aaconsole-cli sandbox --help&apos; für ihre Möglichkeiten.</translation>
    </message>
</context>
<context>
    <name>SandboxRemote</name>
    <message>
        <source>--api-base must be the Sandbox&apos;s http:// base URL, such as %1, not &apos;%2&apos;</source>
        <translation>--api-base muss die http://-Basis-URL der Sandbox sein, etwa %1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>(app owner)</source>
        <translation>(Eigentümer der App)</translation>
    </message>
    <message>
        <source>(revoked the app)</source>
        <translation>(hat der App den Zugriff entzogen)</translation>
    </message>
    <message>
        <source>post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use %2</source>
        <translation>unbekannte Aktion &apos;%1&apos;: verwenden Sie %2</translation>
    </message>
    <message>
        <source>&apos;act %1&apos; does not take --%2</source>
        <translation>&apos;act %1&apos; nimmt kein --%2</translation>
    </message>
    <message>
        <source>&apos;act %1&apos; needs --%2</source>
        <translation>&apos;act %1&apos; braucht --%2</translation>
    </message>
    <message>
        <source>--reply-to and --quote exclude each other</source>
        <translation>--reply-to und --quote schließen einander aus</translation>
    </message>
    <message>
        <source>--last must be a positive number</source>
        <translation>--last muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>No deliveries yet.</source>
        <translation>Noch keine Zustellungen.</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>duplicate of #%1</source>
        <translation>Duplikat von #%1</translation>
    </message>
    <message>
        <source>replay job %1</source>
        <translation>Replay-Auftrag %1</translation>
    </message>
    <message>
        <source>%1 deliveries waiting or being retried.</source>
        <translation>%1 Zustellungen warten oder werden wiederholt.</translation>
    </message>
    <message>
        <source>--%1 must be a number of zero or more</source>
        <translation>--%1 muss eine Zahl ab null sein</translation>
    </message>
    <message>
        <source>Faults: duplicate the next %1 deliveries, drop the next %2, delay each attempt by %3 ms.</source>
        <translation>Störungen: die nächsten %1 Zustellungen verdoppeln, die nächsten %2 verwerfen, jeden Versuch um %3 ms verzögern.</translation>
    </message>
</context>
<context>
    <name>SandboxServe</name>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>delivery #%1 %2%3 dropped (fault injection)</source>
        <translation>Zustellung #%1 %2%3 verworfen (Fehlerinjektion)</translation>
    </message>
    <message>
        <source>delivery #%1 %2%3 → %4: %5 in %6 ms, attempt %7</source>
        <translation>Zustellung #%1 %2%3 → %4: %5 in %6 ms, Versuch %7</translation>
    </message>
    <message>
        <source>, given up</source>
        <translation>, aufgegeben</translation>
    </message>
    <message>
        <source>, will retry</source>
        <translation>, wird wiederholt</translation>
    </message>
    <message>
        <source> (duplicate of #%1)</source>
        <translation> (Duplikat von #%1)</translation>
    </message>
    <message>
        <source> (replay job %1)</source>
        <translation> (Replay-Auftrag %1)</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <source>--time-scale must be a number above 0 (0.01 makes the waits 100 times shorter)</source>
        <translation>--time-scale muss eine Zahl größer als 0 sein (0.01 macht die Wartezeiten 100-mal kürzer)</translation>
    </message>
    <message>
        <source>--recheck-interval must be a number of seconds</source>
        <translation>--recheck-interval muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>CRC check of %1: %2 (%3) in %4 ms</source>
        <translation>CRC-Prüfung von %1: %2 (%3) in %4 ms</translation>
    </message>
    <message>
        <source>webhook %1 is valid</source>
        <translation>Webhook %1 ist gültig</translation>
    </message>
    <message>
        <source>webhook %1 is marked invalid; it gets no events until it passes a CRC check (&apos;webhooks validate&apos;)</source>
        <translation>Webhook %1 ist als ungültig markiert; er erhält keine Ereignisse, bis er eine CRC-Prüfung besteht (&apos;webhooks validate&apos;)</translation>
    </message>
    <message>
        <source>replay job %1 for webhook %2: %3, %4 deliveries replayed</source>
        <translation>Replay-Auftrag %1 für Webhook %2: %3, %4 Zustellungen erneut gesendet</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Sandbox listening on %1: app %2 (id %3) owned by @%4 (%5). State: %6. Time scale %7. Ctrl+C stops.</source>
        <translation>Sandbox empfängt auf %1: App %2 (ID %3), Eigentümer @%4 (%5). Zustand: %6. Zeitfaktor %7. Strg+C beendet.</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Use it with: aaconsole-cli --api-base %1 … and the credentials above as X_CONSUMER_KEY, X_CONSUMER_SECRET, X_BEARER_TOKEN, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET.</source>
        <translation>Verwenden Sie sie mit: aaconsole-cli --api-base %1 … und den obigen Zugangsdaten als X_CONSUMER_KEY, X_CONSUMER_SECRET, X_BEARER_TOKEN, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET.</translation>
    </message>
    <message>
        <source>Stopped; state saved to %1.</source>
        <translation>Beendet; Zustand in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Cannot read the Sandbox state %1: %2</source>
        <translation>Der Sandbox-Zustand %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Sandbox state file (written by &apos;sandbox serve --state&apos;).</source>
        <translation>%1 ist keine Sandbox-Zustandsdatei (geschrieben von &apos;sandbox serve --state&apos;).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the Sandbox.</source>
        <translation>%1 wurde von einer neueren Version der Sandbox geschrieben.</translation>
    </message>
    <message>
        <source>The Sandbox state has no account for the app owner %1.</source>
        <translation>Der Sandbox-Zustand hat kein Konto für den App-Eigentümer %1.</translation>
    </message>
    <message>
        <source>Cannot save the Sandbox state to %1: %2</source>
        <translation>Der Sandbox-Zustand kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The time scale must be a number above 0.</source>
        <translation>Der Zeitfaktor muss eine Zahl größer als 0 sein.</translation>
    </message>
    <message>
        <source>The Sandbox cannot listen on 127.0.0.1:%1: %2. Is another Sandbox (or the GUI) already running? Use --port 0 for any free port.</source>
        <translation>Die Sandbox kann nicht auf 127.0.0.1:%1 lauschen: %2. Läuft bereits eine andere Sandbox (oder die GUI)? Verwenden Sie --port 0 für einen beliebigen freien Port.</translation>
    </message>
</context>
<context>
    <name>SandboxWorld</name>
    <message>
        <source>An account in the Sandbox state has no id, screen name or token.</source>
        <translation>Ein Konto im Sandbox-Zustand hat keine ID, keinen Benutzernamen oder kein Token.</translation>
    </message>
    <message>
        <source>The Sandbox state has no accounts.</source>
        <translation>Der Sandbox-Zustand enthält keine Konten.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation>Wert anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Enter %1 (input is hidden), then press Enter:</source>
        <translation>%1 eingeben (die Eingabe wird nicht angezeigt), dann die Eingabetaste drücken:</translation>
    </message>
    <message>
        <source>cannot read the value from stdin: %1</source>
        <translation>der Wert kann nicht von stdin gelesen werden: %1</translation>
    </message>
    <message>
        <source>the value is longer than %1 bytes; is this really %2?</source>
        <translation>der Wert ist länger als %1 Bytes; ist das wirklich %2?</translation>
    </message>
    <message>
        <source>no value on stdin: pipe or type %1 (for example: aaconsole-cli profiles set-secret NAME FIELD &lt; file)</source>
        <translation>kein Wert auf stdin: %1 per Pipe übergeben oder eintippen (zum Beispiel: aaconsole-cli profiles set-secret NAME FIELD &lt; file)</translation>
    </message>
    <message>
        <source>the value has several lines; a secret is one line</source>
        <translation>der Wert hat mehrere Zeilen; ein Geheimnis ist eine Zeile</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Print the x-twitter-webhooks-signature value for the exact bytes of FILE (- for stdin).</source>
        <translation>Den Wert für x-twitter-webhooks-signature für die exakten Bytes von FILE ausgeben (- für stdin).</translation>
    </message>
    <message>
        <source>missing FILE (use - for stdin)</source>
        <translation>FILE fehlt (- für stdin verwenden)</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Prints sha256=&lt;base64(HMAC-SHA256(consumer secret, bytes))&gt;, the header X sends with every event POST. The bytes are signed exactly as read: no newline is added or removed.
The consumer secret comes from X_CONSUMER_SECRET when set, else from the profile (--profile, or the active one).</source>
        <translation>Gibt sha256=&lt;base64(HMAC-SHA256(Consumer Secret, Bytes))&gt; aus, den Header, den X mit jedem Ereignis-POST sendet. Die Bytes werden genau so signiert, wie sie gelesen werden: Kein Zeilenumbruch wird hinzugefügt oder entfernt.
Das Consumer Secret stammt aus X_CONSUMER_SECRET, falls gesetzt, sonst aus dem Profil (--profile oder das aktive).</translation>
    </message>
    <message>
        <source>Signatures are computed with your app&apos;s consumer secret (API secret key).</source>
        <translation>Signaturen werden mit dem Consumer Secret Ihrer App (API Secret Key) berechnet.</translation>
    </message>
</context>
<context>
    <name>SigninCommand</name>
    <message>
        <source>Sign in another X account with a PIN, to subscribe it to a webhook.</source>
        <translation>Ein weiteres X-Konto per PIN anmelden, um es für einen Webhook zu abonnieren.</translation>
    </message>
    <message>
        <source>Print the new access token and secret (they are secrets).</source>
        <translation>Das neue Access Token und Secret ausgeben (sie sind geheim).</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>Open this page, sign in as the account to add, authorise the app and enter the PIN X shows:</source>
        <translation>Öffnen Sie diese Seite, melden Sie sich als das hinzuzufügende Konto an, autorisieren Sie die App und geben Sie die PIN ein, die X anzeigt:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>no PIN given</source>
        <translation>keine PIN angegeben</translation>
    </message>
    <message>
        <source>Signed in as @%1 (%2).</source>
        <translation>Angemeldet als @%1 (%2).</translation>
    </message>
    <message>
        <source>Its access token and secret are not shown; sign in again with --show-secrets to print them.</source>
        <translation>Sein Access Token und Secret werden nicht angezeigt; melden Sie sich mit --show-secrets erneut an, um sie auszugeben.</translation>
    </message>
    <message>
        <source>Prints the page where the account&apos;s owner authorises your app; X then shows a PIN, which signin reads from stdin. Prints the account&apos;s id and screen name; its access token and secret only with --show-secrets.
The account and its token pair are kept in the profile (the token pair in the keychain), so that other commands can act as it with --account USER_ID, e.g. &apos;subscriptions add --webhook ID --account USER_ID&apos;; --no-save keeps nothing.
Uses X_CONSUMER_KEY and X_CONSUMER_SECRET. With --json the page and the prompt go to stderr and stdout carries {&quot;user_id&quot;,&quot;screen_name&quot;} (plus &quot;access_token&quot;,&quot;access_token_secret&quot; with --show-secrets).</source>
        <translation>Gibt die Seite aus, auf der der Inhaber des Kontos Ihre App autorisiert; X zeigt dann eine PIN, die signin von stdin liest. Gibt ID und Benutzernamen des Kontos aus; sein Access Token und Secret nur mit --show-secrets.
Das Konto und sein Token-Paar werden im Profil aufbewahrt (das Token-Paar im Schlüsselbund), sodass andere Befehle mit --account USER_ID als dieses Konto handeln können, z. B. &apos;subscriptions add --webhook ID --account USER_ID&apos;; --no-save bewahrt nichts auf.
Verwendet X_CONSUMER_KEY und X_CONSUMER_SECRET. Mit --json gehen die Seite und die Eingabeaufforderung nach stderr, und stdout enthält {&quot;user_id&quot;,&quot;screen_name&quot;} (plus &quot;access_token&quot;,&quot;access_token_secret&quot; mit --show-secrets).</translation>
    </message>
    <message>
        <source>Do not keep the account and its token pair in the profile.</source>
        <translation>Das Konto und sein Token-Paar nicht im Profil aufbewahren.</translation>
    </message>
    <message>
        <source>Kept in profile &quot;%1&quot;; act as this account with --account %2.</source>
        <translation>Im Profil &quot;%1&quot; aufbewahrt; mit --account %2 als dieses Konto handeln.</translation>
    </message>
    <message>
        <source>No profile is active, so the account was not kept (see &apos;profiles add&apos; and &apos;profiles use&apos;).</source>
        <translation>Kein Profil ist aktiv, daher wurde das Konto nicht aufbewahrt (siehe &apos;profiles add&apos; und &apos;profiles use&apos;).</translation>
    </message>
</context>
<context>
    <name>SubscriptionsCommand</name>
    <message>
        <source>Subscribe accounts to a webhook, check, list, remove and count subscriptions.</source>
        <translation>Konten für einen Webhook abonnieren, Abonnements prüfen, auflisten, entfernen und zählen.</translation>
    </message>
    <message>
        <source>The webhook&apos;s numeric id.</source>
        <translation>Die numerische ID des Webhooks.</translation>
    </message>
    <message>
        <source>missing action: add, check, list, remove or count</source>
        <translation>Aktion fehlt: add, check, list, remove oder count</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use add, check, list, remove or count</source>
        <translation>unbekannte Aktion &apos;%1&apos;: verwenden Sie add, check, list, remove oder count</translation>
    </message>
    <message>
        <source>missing USER_ID</source>
        <translation>USER_ID fehlt</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>&apos;subscriptions %1&apos; needs --webhook ID</source>
        <translation>&apos;subscriptions %1&apos; braucht --webhook ID</translation>
    </message>
    <message>
        <source>Subscribed the account of the access token to webhook %1; events may take up to 10 seconds to start.</source>
        <translation>Das Konto des Access Tokens wurde für Webhook %1 abonniert; es kann bis zu 10 Sekunden dauern, bis Ereignisse eintreffen.</translation>
    </message>
    <message>
        <source>The account of the access token is subscribed to webhook %1.</source>
        <translation>Das Konto des Access Tokens hat Webhook %1 abonniert.</translation>
    </message>
    <message>
        <source>The account of the access token is not subscribed to webhook %1.</source>
        <translation>Das Konto des Access Tokens hat Webhook %1 nicht abonniert.</translation>
    </message>
    <message>
        <source>Webhook %1 (%2): %3 subscribed user(s)</source>
        <translation>Webhook %1 (%2), abonnierte Nutzer: %3</translation>
    </message>
    <message>
        <source>Removed the subscription of user %1 from webhook %2.</source>
        <translation>Abonnement von Nutzer %1 für Webhook %2 entfernt.</translation>
    </message>
    <message>
        <source>X answered that user %1 is still subscribed.</source>
        <translation>X hat geantwortet, dass Nutzer %1 weiterhin abonniert ist.</translation>
    </message>
    <message>
        <source>%1 active subscription(s) of %2 provisioned (%3).</source>
        <translation>Aktive Abonnements: %1 von %2 bereitgestellten (%3).</translation>
    </message>
    <message>
        <source>add --webhook ID              subscribes the account whose access token is in use (X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET with the app&apos;s consumer key and secret)
check --webhook ID            whether that account is subscribed
list --webhook ID             the user ids subscribed to the webhook (bearer token)
remove --webhook ID USER_ID   unsubscribes USER_ID (bearer token)
count                         active and provisioned subscriptions of the app (bearer token)

To subscribe another account, sign it in with &apos;signin&apos;, then add --account USER_ID.
--json prints {&quot;webhook_id&quot;,&quot;subscribed&quot;}, {&quot;webhook_id&quot;,&quot;webhook_url&quot;,&quot;application_id&quot;,&quot;subscriptions&quot;:[{&quot;user_id&quot;}]}, or the counts.</source>
        <translation>add --webhook ID              abonniert das Konto, dessen Access Token verwendet wird (X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET mit Consumer Key und Secret der App)
check --webhook ID            ob dieses Konto abonniert ist
list --webhook ID             die Benutzer-IDs, die den Webhook abonniert haben (Bearer Token)
remove --webhook ID USER_ID   beendet das Abonnement von USER_ID (Bearer Token)
count                         aktive und bereitgestellte Abonnements der App (Bearer Token)

Um ein anderes Konto zu abonnieren, melden Sie es mit &apos;signin&apos; an und fügen Sie dann --account USER_ID hinzu.
--json gibt {&quot;webhook_id&quot;,&quot;subscribed&quot;}, {&quot;webhook_id&quot;,&quot;webhook_url&quot;,&quot;application_id&quot;,&quot;subscriptions&quot;:[{&quot;user_id&quot;}]} oder die Zählwerte aus.</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Type / action</source>
        <translation>Typ / Aktion</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>For user</source>
        <translation>Für Nutzer</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Remote-Adresse</translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation>Wählen Sie ein Ereignis, um es vollständig zu sehen.</translation>
    </message>
    <message>
        <source>%1 local · %2 UTC</source>
        <translation>%1 lokal · %2 UTC</translation>
    </message>
    <message>
        <source>Account Activity API (aaa)</source>
        <translation>Account Activity API (aaa)</translation>
    </message>
    <message>
        <source>X Activity API (xaa)</source>
        <translation>X Activity API (xaa)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Show only events of this type (%1)</source>
        <translation>Nur Ereignisse dieses Typs zeigen (%1)</translation>
    </message>
    <message>
        <source>Show only the events with %1</source>
        <translation>Nur die Ereignisse mit %1 zeigen</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ gültig</translation>
    </message>
    <message>
        <source>✗ invalid (see Headers &amp; signature)</source>
        <translation>✗ ungültig (siehe Header &amp; Signatur)</translation>
    </message>
    <message>
        <source>– missing</source>
        <translation>– fehlt</translation>
    </message>
    <message>
        <source>Go to the first copy</source>
        <translation>Zur ersten Kopie springen</translation>
    </message>
    <message>
        <source>redelivery: X sent this activity again</source>
        <translation>erneute Zustellung: X hat diese Aktivität erneut gesendet</translation>
    </message>
    <message>
        <source>fan-out: the same activity, for another subscribed user</source>
        <translation>Fan-out: dieselbe Aktivität, für einen anderen abonnierten Nutzer</translation>
    </message>
    <message>
        <source>— (the first copy)</source>
        <translation>— (die erste Kopie)</translation>
    </message>
</context>
<context>
    <name>WebhookServer</name>
    <message>
        <source>The responder cannot listen on %1 port %2: %3</source>
        <translation>Der Responder kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message>
        <source>missing crc_token</source>
        <translation>crc_token fehlt</translation>
    </message>
    <message>
        <source>missing crc_token: X sends GET %1?crc_token=…</source>
        <translation>crc_token fehlt: X sendet GET %1?crc_token=…</translation>
    </message>
    <message>
        <source>crc_token is not shaped like X&apos;s (1 to %1 characters of A-Z a-z 0-9 + / = _ -)</source>
        <translation>crc_token hat nicht die Form der Tokens von X (1 bis %1 Zeichen aus A-Z a-z 0-9 + / = _ -)</translation>
    </message>
    <message>
        <source>the capture store could not keep this delivery (%1); retry later</source>
        <translation>der Aufzeichnungsspeicher konnte diese Zustellung nicht speichern (%1); später erneut versuchen</translation>
    </message>
    <message>
        <source>no webhook at %1 (the responder&apos;s path is %2)</source>
        <translation>kein Webhook unter %1 (der Pfad des Responders ist %2)</translation>
    </message>
</context>
<context>
    <name>WebhookSetup</name>
    <message>
        <source>Looking for a webhook registered for %1 …</source>
        <translation>Suche einen für %1 registrierten Webhook …</translation>
    </message>
    <message>
        <source>Webhook %1 is marked invalid: asking X for a new CRC check …</source>
        <translation>Webhook %1 ist als ungültig markiert: X wird um eine neue CRC-Prüfung gebeten …</translation>
    </message>
    <message>
        <source>Registering %1 (X checks it with a CRC request first) …</source>
        <translation>Registriere %1 (X prüft die URL zuerst mit einer CRC-Anfrage) …</translation>
    </message>
    <message>
        <source>Subscribing the account to webhook %1 …</source>
        <translation>Abonniere das Konto auf Webhook %1 …</translation>
    </message>
</context>
<context>
    <name>WebhookUrlCheck</name>
    <message>
        <source>The webhook URL is empty.</source>
        <translation>Die Webhook-URL ist leer.</translation>
    </message>
    <message>
        <source>The webhook URL is %1 characters long; X accepts at most %2.</source>
        <translation>Die Webhook-URL ist %1 Zeichen lang; X akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The webhook URL contains a space or control character; percent-encode it (%20).</source>
        <translation>Die Webhook-URL enthält ein Leer- oder Steuerzeichen; kodieren Sie es mit Prozentkodierung (%20).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a well-formed URL: %2</source>
        <translation>&apos;%1&apos; ist keine wohlgeformte URL: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complete URL: it needs a scheme and a host, as in https://example.com/webhooks/x.</source>
        <translation>&apos;%1&apos; ist keine vollständige URL: Sie braucht ein Schema und einen Host, wie in https://example.com/webhooks/x.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; points at this computer, which X cannot reach. Put a public https tunnel in front of the responder and register its URL, or use the Sandbox (--api-base).</source>
        <translation>&apos;%1&apos; zeigt auf diesen Rechner, den X nicht erreichen kann. Setzen Sie einen öffentlichen https-Tunnel vor den Responder und registrieren Sie dessen URL, oder verwenden Sie die Sandbox (--api-base).</translation>
    </message>
    <message>
        <source>X only calls https:// webhook URLs; &apos;%1&apos; uses %2://.</source>
        <translation>X ruft nur https://-Webhook-URLs auf; &apos;%1&apos; verwendet %2://.</translation>
    </message>
    <message>
        <source>The webhook URL must not contain a port (:%1); X only calls the default https port 443.</source>
        <translation>Die Webhook-URL darf keinen Port enthalten (:%1); X ruft nur den https-Standardport 443 auf.</translation>
    </message>
</context>
<context>
    <name>WebhooksCommand</name>
    <message>
        <source>List, register, validate (CRC check) and delete the app&apos;s webhooks.</source>
        <translation>Die Webhooks der App auflisten, registrieren, validieren (CRC-Prüfung) und löschen.</translation>
    </message>
    <message>
        <source>missing action: list, register, validate or delete</source>
        <translation>Aktion fehlt: list, register, validate oder delete</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use list, register, validate or delete</source>
        <translation>unbekannte Aktion &apos;%1&apos;: verwenden Sie list, register, validate oder delete</translation>
    </message>
    <message>
        <source>missing URL</source>
        <translation>URL fehlt</translation>
    </message>
    <message>
        <source>missing WEBHOOK_ID</source>
        <translation>WEBHOOK_ID fehlt</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>No webhooks are registered for this app.</source>
        <translation>Für diese App sind keine Webhooks registriert.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Registered webhook %1 for %2 (%3).</source>
        <translation>Webhook %1 für %2 registriert (%3).</translation>
    </message>
    <message>
        <source>X started the CRC check of webhook %1; &apos;webhooks list&apos; shows the outcome.</source>
        <translation>X hat die CRC-Prüfung von Webhook %1 gestartet; &apos;webhooks list&apos; zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>Webhook %1 passed the CRC check and is valid.</source>
        <translation>Webhook %1 hat die CRC-Prüfung bestanden und ist gültig.</translation>
    </message>
    <message>
        <source>Webhook %1 failed the CRC check and is marked invalid: check that your responder answers GET ?crc_token=… with the right response_token (&apos;crc TOKEN&apos; shows it).</source>
        <translation>Webhook %1 hat die CRC-Prüfung nicht bestanden und ist als ungültig markiert: Prüfen Sie, ob Ihr Responder GET ?crc_token=… mit dem richtigen response_token beantwortet (&apos;crc TOKEN&apos; zeigt es an).</translation>
    </message>
    <message>
        <source>Deleted webhook %1 and its subscriptions.</source>
        <translation>Webhook %1 und seine Abonnements gelöscht.</translation>
    </message>
    <message>
        <source>X answered that webhook %1 was not deleted.</source>
        <translation>X hat geantwortet, dass Webhook %1 nicht gelöscht wurde.</translation>
    </message>
    <message>
        <source>list                 the app&apos;s webhooks: id, valid, created, URL
register URL         registers URL; X runs a CRC check against it first. URL must be https, without a port, at most 200 characters (a loopback URL such as http://127.0.0.1:8321/webhook is accepted only with a Sandbox --api-base)
validate WEBHOOK_ID  asks X to run the CRC check now and re-enable the webhook
delete WEBHOOK_ID    deletes the webhook and with it its subscriptions

Credentials: v2 uses X_BEARER_TOKEN; v1.1 lists with X_BEARER_TOKEN and registers, validates and deletes as the app owner (X_CONSUMER_KEY, X_CONSUMER_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET).
--json prints {&quot;webhooks&quot;:[…]}, {&quot;webhook&quot;:{…}}, {&quot;webhook_id&quot;,&quot;attempted&quot;,&quot;valid&quot;} or {&quot;webhook_id&quot;,&quot;deleted&quot;}.</source>
        <translation>list                 die Webhooks der App: ID, gültig, erstellt, URL
register URL         registriert URL; X führt zuerst eine CRC-Prüfung dagegen aus. URL muss https sein, ohne Port, höchstens 200 Zeichen (eine Loopback-URL wie http://127.0.0.1:8321/webhook wird nur mit einer Sandbox als --api-base akzeptiert)
validate WEBHOOK_ID  bittet X, die CRC-Prüfung jetzt auszuführen und den Webhook wieder zu aktivieren
delete WEBHOOK_ID    löscht den Webhook und mit ihm seine Abonnements

Zugangsdaten: v2 verwendet X_BEARER_TOKEN; v1.1 listet mit X_BEARER_TOKEN auf und registriert, validiert und löscht als Eigentümer der App (X_CONSUMER_KEY, X_CONSUMER_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET).
--json gibt {&quot;webhooks&quot;:[…]}, {&quot;webhook&quot;:{…}}, {&quot;webhook_id&quot;,&quot;attempted&quot;,&quot;valid&quot;} oder {&quot;webhook_id&quot;,&quot;deleted&quot;} aus.</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>Show the account the access token belongs to (checks the OAuth credentials).</source>
        <translation>Das Konto anzeigen, zu dem das Access Token gehört (prüft die OAuth-Zugangsdaten).</translation>
    </message>
    <message>
        <source>Calls GET /2/users/me (v2) or GET /1.1/account/verify_credentials.json (v1.1) with OAuth 1.0a: X_CONSUMER_KEY, X_CONSUMER_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET. A quick way to tell whether X accepts them.
--json prints {&quot;id&quot;,&quot;username&quot;,&quot;name&quot;}.</source>
        <translation>Ruft GET /2/users/me (v2) oder GET /1.1/account/verify_credentials.json (v1.1) mit OAuth 1.0a auf: X_CONSUMER_KEY, X_CONSUMER_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET. Ein schneller Weg, um festzustellen, ob X sie akzeptiert.
--json gibt {&quot;id&quot;,&quot;username&quot;,&quot;name&quot;} aus.</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Account Activity Console: a developer console for X&apos;s Account Activity webhooks.</source>
        <translation>Account Activity Console: eine Entwicklerkonsole für die Account-Activity-Webhooks von X.</translation>
    </message>
    <message>
        <source>Also write the log to &lt;file&gt;.</source>
        <translation>Das Protokoll zusätzlich in &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>Log level: debug, info or warning (default: info).</source>
        <translation>Protokollstufe: debug, info oder warning (Standard: info).</translation>
    </message>
</context>
</TS>
