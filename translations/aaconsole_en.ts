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
    <name>CaptureController</name>
    <message>
        <source>The capture store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>There is no capture store at %1 (nothing has been captured yet?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an event&apos;s JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 is missing from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read CRC checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read rejected requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureSchema</name>
    <message>
        <source>The capture store could not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the capture store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture store %1 was written by a newer version of the console (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <source>start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a CRC check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a rejected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
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
    <name>EventDecoder</name>
    <message>
        <source>%1 reposted %2&apos;s post %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quoted %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentioned %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 liked %2&apos;s post %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DM from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing a DM to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read the DMs with %2 (up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted post %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unfollowed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unblocked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 muted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unmuted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay job %1 for webhook %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised user_event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked access for app %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised event type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised member &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery without events (members: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body is not JSON: %1 at byte %2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body is JSON but not an object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quoted a post: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reposted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 liked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDetailPane</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers &amp;&amp; signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery of this event is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no consumer secret to compute it with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the HMAC-SHA256 of the %1 body bytes with your consumer secret matches the header. X sent this, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: the header does not match the %1 body bytes signed with your consumer secret. The body was changed on the way, or it was signed with another app&apos;s consumer secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: the request had no x-twitter-webhooks-signature header. X signs every delivery, so this one did not come from X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Received: %2
Computed: %3
Answered HTTP %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>✓ valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fan-out of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redelivery of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The x-twitter-webhooks-signature header does not match the body signed with your consumer secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried no x-twitter-webhooks-signature header.</source>
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
        <source>Type / action</source>
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
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the captured event records as NDJSON (one JSON record per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records come in seq order, in the format of `listen --ndjson`. With --out the file is written completely or not at all (an existing file is replaced only on success).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture store file (default: the profile&apos;s store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: ndjson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include each delivery&apos;s headers and raw body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: only ndjson is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export failed after %1 records: %2 (nothing was replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardedTcpServer</name>
    <message>
        <source>more than %1 concurrent connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>method %1 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request head not complete within %1 s</source>
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
    <name>ListenCommand</name>
    <message>
        <source>Run the responder: answer X&apos;s CRC checks, verify and store event POSTs, print them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers GET &lt;path&gt;?crc_token=… with X&apos;s CRC response and POST &lt;path&gt; with 200 once the delivery is committed to the capture store (401 for a missing or invalid signature unless --accept-invalid-signatures; 503 if the store cannot commit, so that X retries). The listening address goes to stderr; stdout carries one line per event record, or with --ndjson one JSON record per line and nothing else.
The consumer secret comes from X_CONSUMER_SECRET. SIGINT/SIGTERM stop accepting, answer what was received, flush the store and exit 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to bind (default 127.0.0.1; anything else is reachable from other machines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default 8321; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook path (default /webhook); other paths answer 404.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture store file (default: the profile&apos;s store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep nothing on disk (records are still deduplicated for this run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print records as NDJSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 200 to deliveries with a missing or invalid signature (they are still stored and flagged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full (default: fsync before each 200) or normal (survives a crash of this process, not of the machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest accepted body in bytes (default 4194304).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most concurrent connections (default 256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s headers (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before an idle keep-alive connection is closed (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db and --no-db exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--path must start with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits must be positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--durability must be full or normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer secret: set X_CONSUMER_SECRET. The responder needs it to answer CRC checks and verify event signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC %1 answered in %2 ms (token of %3 characters%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, nonce signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC %1 refused with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused %1 %2 from %3 with %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 (%2) Answering 503 so that X retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: listening on %1 makes the responder reachable from other machines; a tunnel in front of 127.0.0.1 is the usual setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 (capture store: %2). Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, --no-db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; every acknowledged delivery is in the store.</source>
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
    <message>
        <source>Filter: text in the summary, type, action or user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRC check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Last CRC %1 ✓ %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last CRC %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 (%2) Deliveries are answered 503 so that X retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not listening: no consumer secret (set X_CONSUMER_SECRET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFramer</name>
    <message>
        <source>request line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header field longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request head larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed chunk size line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk data not followed by a line end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trailer field longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 header fields, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded header lines are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body of %1 bytes is over the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Responder</name>
    <message>
        <source>The responder needs your app&apos;s consumer secret to answer CRC checks and verify signatures.</source>
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
    <name>WebhookServer</name>
    <message>
        <source>The responder cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing crc_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing crc_token: X sends GET %1?crc_token=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crc_token is not shaped like X&apos;s (1 to %1 characters of A-Z a-z 0-9 + / = _ -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture store could not keep this delivery (%1); retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no webhook at %1 (the responder&apos;s path is %2)</source>
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
