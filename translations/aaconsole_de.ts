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
    <name>CliApplication</name>
    <message>
        <source>Machine output: JSON on stdout, diagnostics on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the log to &lt;file&gt; (secrets are never logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level on stderr and in the log file: debug, info or warning (default: warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-level must be debug, info or warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: aaconsole-cli [global options] COMMAND [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Activity Console %1: the command-line half of the developer console for X&apos;s Account Activity webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 X answered with an error, 2 usage, 3 credentials or configuration, 4 network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;aaconsole-cli COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: aaconsole-cli %1 [options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the credentials and settings of profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the X API (default https://api.x.com; the Sandbox prints its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API flavour: v2 (default) or v1.1 (Enterprise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api must be v2 or v1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials come from the profile (--profile NAME, else the active one; see &apos;aaconsole-cli profiles --help&apos;), kept in the OS keychain. The environment variables X_CONSUMER_KEY, X_CONSUMER_SECRET, X_BEARER_TOKEN, X_ACCESS_TOKEN and X_ACCESS_TOKEN_SECRET override them field by field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1 (see &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &apos;aaconsole-cli profiles list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set and no profile is selected. %2 Set %1, or create a profile (&apos;aaconsole-cli profiles add NAME&apos;) and store it with &apos;aaconsole-cli profiles set-secret NAME %3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set, and profile &quot;%2&quot; keeps its secrets for one GUI session only, out of the command line&apos;s reach. %3 Set %1, or store the profile&apos;s secrets in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set and profile &quot;%2&quot; has no %3. %4 Store it with &apos;aaconsole-cli profiles set-secret &quot;%2&quot; %3&apos; (the value is read from stdin), or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrcCommand</name>
    <message>
        <source>Print X&apos;s CRC response for TOKEN, computed with your consumer secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints {&quot;response_token&quot;:&quot;sha256=…&quot;}: base64(HMAC-SHA256(consumer secret, TOKEN)), exactly what your webhook must answer to X&apos;s challenge-response check.
The consumer secret comes from X_CONSUMER_SECRET when set, else from the profile (--profile, or the active one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRC response is computed with your app&apos;s consumer secret (API secret key).</source>
        <translation type="unfinished"></translation>
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
    <name>KeychainCredentialStore</name>
    <message>
        <source>KWallet (through QtKeychain), service &quot;%1&quot;</source>
        <translation>KWallet (über QtKeychain), Dienst „%1“</translation>
    </message>
    <message>
        <source>Secret Service (through libsecret: GNOME Keyring, KWallet or KeePassXC), service &quot;%1&quot;</source>
        <translation>Secret Service (über libsecret: GNOME Keyring, KWallet oder KeePassXC), Dienst „%1“</translation>
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
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <source>Ready</source>
        <translation>Bereit</translation>
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
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>%1 — Account Activity Console</source>
        <translation>%1 — Account Activity Console</translation>
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
        <source>The responder port must be between 1 and 65535.</source>
        <translation>Der Responder-Port muss zwischen 1 und 65535 liegen.</translation>
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
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Webhook environment:</source>
        <translation>&amp;Webhook-Umgebung:</translation>
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
    <message>
        <source>AP&amp;I:</source>
        <translation>AP&amp;I:</translation>
    </message>
    <message>
        <source>Ap&amp;p id:</source>
        <translation>A&amp;pp-ID:</translation>
    </message>
    <message>
        <source>Responder p&amp;ort:</source>
        <translation>Responder-P&amp;ort:</translation>
    </message>
</context>
<context>
    <name>ProfileFormat</name>
    <message>
        <source>not set</source>
        <translation type="unfinished">nicht gesetzt</translation>
    </message>
    <message>
        <source>set (%1 chars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Sandbox&apos;s built-in value (%1 chars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, but could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; overridden in this environment by %2 (%3 chars)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: --app-id ID, --webhook-env LABEL (v1.1 environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles add: the X app&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles add: the v1.1 webhook environment label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; (%2 at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store its secrets with: aaconsole-cli profiles set-secret &quot;%1&quot; FIELD &lt; file, or import them: aaconsole-cli profiles import-env &quot;%1&quot; .env</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>List, show, add, select, rename and remove profiles; store their secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile is one X app (or the Sandbox): API flavour and base URL, app id, responder settings, and five secrets (consumer_key, consumer_secret, bearer_token, access_token, access_token_secret). The secrets live in the OS keychain, one entry per secret (service &quot;aaconsole&quot;, key &quot;&lt;profile&gt;/&lt;field&gt;&quot;); the rest in ~/.config/aaconsole/aaconsole.conf. Every command takes --profile NAME; without it the active profile is used. The X_* environment variables override a profile&apos;s secrets field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing SUBCOMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
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
        <source>Working with the keychain…</source>
        <translation>Schlüsselbund wird verwendet …</translation>
    </message>
    <message>
        <source>I&amp;mport .env…</source>
        <translation>.env i&amp;mportieren …</translation>
    </message>
</context>
<context>
    <name>ProfilesImportEnvCommand</name>
    <message>
        <source>Import the secrets of a .env file into a profile (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognises TWITTER_CONSUMER_KEY, TWITTER_CONSUMER_SECRET, TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_TOKEN_SECRET, TWITTER_BEARER_TOKEN, TWITTER_WEBHOOK_ENV and the same names with X_ or no prefix (CONSUMER_KEY, …), plus X_API_KEY-style aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no variable aaconsole recognises (such as TWITTER_CONSUMER_KEY or X_CONSUMER_SECRET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; keeps its secrets for one GUI session only; import the file in the GUI instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds these secrets in plain text. Now that they are in the keychain, delete it, for example: shred -u %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into profile &quot;%2&quot;, stored in: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised, ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesListCommand</name>
    <message>
        <source>List the profiles; * marks the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles. Add one with: aaconsole-cli profiles add NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Sandbox&apos;s built-in credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 secrets set, for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 secrets set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesRemoveCommand</name>
    <message>
        <source>Remove a profile and delete its secrets from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the profile has captured data, add --delete-captures or --keep-captures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles remove: also delete the profile&apos;s captured data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles remove: keep the profile&apos;s captured data on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delete-captures and --keep-captures exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has captured data in %2: add --delete-captures to delete it too, or --keep-captures to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its captured data was kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesRenameCommand</name>
    <message>
        <source>Rename a profile; its keychain entries and captured data move with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed profile &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesSetSecretCommand</name>
    <message>
        <source>Store secret FIELD of a profile in the keychain; the value is read from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD: %1. Pipe the value in (… &lt; file); on a terminal it is asked for with echo off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown FIELD &apos;%1&apos;; it is one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &apos;aaconsole-cli profiles list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; keeps its secrets for one GUI session only; a value stored from the command line would be lost at once. Set it in the GUI, or store the profile&apos;s secrets in the keychain there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of profile &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 of profile &quot;%2&quot; (%3 chars) in: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is set in this environment and overrides the stored value while it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesShowCommand</name>
    <message>
        <source>Show a profile (default: --profile or the active one); secrets appear as &quot;set (N chars)&quot;, never as values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is active. Name one: aaconsole-cli profiles show NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:             %1 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API:                 %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id:              %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder:           http://%1:%2%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned events accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned events rejected (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets, stored in:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed accounts: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed accounts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesSubcommand</name>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesUseCommand</name>
    <message>
        <source>Make NAME the active profile, used when --profile is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active profile is now &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the value from stdin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is longer than %1 bytes; is this really %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value on stdin: pipe or type %1 (for example: aaconsole-cli profiles set-secret NAME FIELD &lt; file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value has several lines; a secret is one line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Print the x-twitter-webhooks-signature value for the exact bytes of FILE (- for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing FILE (use - for stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished">„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Prints sha256=&lt;base64(HMAC-SHA256(consumer secret, bytes))&gt;, the header X sends with every event POST. The bytes are signed exactly as read: no newline is added or removed.
The consumer secret comes from X_CONSUMER_SECRET when set, else from the profile (--profile, or the active one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures are computed with your app&apos;s consumer secret (API secret key).</source>
        <translation type="unfinished"></translation>
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
