<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Account Activity Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Activity Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A developer console for X&apos;s Account Activity webhooks: credentials in the OS keychain, webhook and subscription management, a local responder and a live event browser.&lt;/p&gt;&lt;p&gt;Qt %1 (built against %2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
        <source>Environment: X_CONSUMER_SECRET is the consumer secret of your X app (crc, sign).</source>
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
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1 (see &apos;%2&apos;)</source>
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
        <source>Prints {&quot;response_token&quot;:&quot;sha256=…&quot;}: base64(HMAC-SHA256(consumer secret, TOKEN)), exactly what your webhook must answer to X&apos;s challenge-response check.
The consumer secret comes from X_CONSUMER_SECRET.</source>
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
        <source>X_CONSUMER_SECRET is not set. The CRC response is computed with your app&apos;s consumer secret (API secret key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>The keychain refused access: it is locked and was not unlocked, or access was denied. Unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system. Install and start a Secret Service (gnome-keyring or KWallet), or keep secrets for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring service is reachable (no D-Bus session, or no Secret Service running). Start gnome-keyring or KWallet, or keep secrets for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. Is a keyring service running and unlocked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KWallet (through QtKeychain), service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (through libsecret: GNOME Keyring, KWallet or KeePassXC), service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogOutput</name>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account Activity Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
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
        <source>&amp;About Account Activity Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
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
        <source>Prints sha256=&lt;base64(HMAC-SHA256(consumer secret, bytes))&gt;, the header X sends with every event POST. The bytes are signed exactly as read: no newline is added or removed.
The consumer secret comes from X_CONSUMER_SECRET.</source>
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
        <source>X_CONSUMER_SECRET is not set. Signatures are computed with your app&apos;s consumer secret (API secret key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Account Activity Console: a developer console for X&apos;s Account Activity webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the log to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level: debug, info or warning (default: info).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
