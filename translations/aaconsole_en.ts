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
    <name>ActivityEngine</name>
    <message>
        <source>Unknown action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is missing: give a user id or @screen_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Sandbox account &apos;%1&apos; (&apos;sandbox users&apos; lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no post &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 already likes post %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 is blocked by the author of post %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 cannot %2 themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 does not %2 @%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 already does %2 @%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 is blocked by @%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--text must hold 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post is either a reply (--reply-to) or a quote (--quote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 is not @%2&apos;s; only its author can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 cannot send messages to @%2, who blocks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 has no DM from @%2 to mark as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 has already revoked the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySummary</name>
    <message>
        <source>%1 liked post %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted post %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent DM %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read the DMs from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked the app</source>
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
        <source>%1; nothing to deliver: no valid webhook is subscribed to the accounts involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 to webhook %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; deliveries queued: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCallLog</name>
    <message>
        <source>Cannot open the API-call log %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the API-call log %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API-call log is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the API-call log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the API-call log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no API call with id %1 in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>&apos;%1&apos; needs a request token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authenticates with your app&apos;s bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authenticates with OAuth 1.0a as the subscribing user (consumer key and secret, and that user&apos;s access token and secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authenticates with OAuth 1.0a as the app owner (consumer key and secret, access token and secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiSession</name>
    <message>
        <source>Give up when X sends nothing for &lt;seconds&gt; (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-base must be an http(s) URL such as https://api.x.com, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a numeric id (1 to 19 digits), not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as the profile&apos;s subscribed account &lt;user-id&gt; (added with &apos;signin&apos;): its access token and secret replace the app owner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs a profile (see &apos;profiles list&apos;)</source>
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
    <message>
        <source>The delivery of event #%1 is not in the store.</source>
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
    <message>
        <source>prepare its statements</source>
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
    <name>ControlRoutes</name>
    <message>
        <source>The Sandbox&apos;s control endpoints answer only this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault settings are numbers of zero or more.</source>
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
    <name>CredentialCheckText</name>
    <message>
        <source>@%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not accept the bearer token. Copy it again from the app&apos;s &quot;Keys and tokens&quot; page in the developer portal (regenerating it there makes the old one invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed the app&apos;s webhooks: none registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed the app&apos;s webhooks: %1 registered, %2 of them valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 calls left until %3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no %1. Fill in the missing secrets, save, and test again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailLoader</name>
    <message>
        <source>Event #%1 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvImport</name>
    <message>
        <source>%1 and %2 hold different values; %3 was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a NAME=value assignment and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>X sent a CRC check (GET with crc_token) to the webhook URL and did not get a correct answer in time. Make sure the URL is publicly reachable over https and answers 200 with the response_token computed with this app&apos;s consumer secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X rejected the webhook URL: it must be a well-formed https:// URL without a port and at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app already has a webhook with this URL. Find its id with &apos;webhooks list&apos; and validate it, or delete it before registering the URL again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app already has as many webhooks as its access level allows. Delete one (&apos;webhooks list&apos;, then &apos;webhooks delete ID&apos;) before registering another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X knows no webhook with this id for this app. Check the id with &apos;webhooks list&apos;; webhooks of other apps are not visible with these credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already subscribed to the webhook; nothing needs to be done. &apos;subscriptions list --webhook ID&apos; shows every subscribed user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has reached the number of subscriptions its access level allows (&apos;subscriptions count&apos;). Remove a subscription or upgrade the access level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is not subscribed to the webhook, so there is nothing to remove. Check the user id with &apos;subscriptions list --webhook ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X rejected the replay window: from and to must be YYYYMMDDhhmm, from before to, neither in the future, and within the last 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replay job is already running for this webhook, and only one may run at a time. Wait for its replay_job_status event, then start the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint only accepts the app&apos;s bearer token (application-only authentication). Set X_BEARER_TOKEN to your app&apos;s bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X could not authenticate the request: the OAuth signature or tokens do not match. Check that the consumer key and secret and the access token and secret all belong to this app, and that this computer&apos;s clock is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is invalid or expired: it was revoked or regenerated. Generate new access tokens in the developer portal (or run &apos;signin&apos;) and use those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused access with these credentials. Check that the bearer token belongs to this app and that the app has Account Activity API access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app may not perform write actions. Give it &apos;Read and write and Direct message&apos; permission in the developer portal, then regenerate the access tokens (registering a webhook with only a bearer token also causes this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app may not manage this user&apos;s subscriptions: the access token must belong to the subscribing user and have been issued to this app, whose consumer key must be allow-listed for the Account Activity API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook does not exist or belongs to another X app. Check the id with &apos;webhooks list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no access to this Account Activity endpoint (an enterprise account, with replay enabled for replays, is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X rejected the replay parameters: from and to must be YYYYMMDDhhmm, from before to, within the last 5 days and not too recent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook answered X&apos;s CRC check, but not with {&quot;response_token&quot;:&quot;sha256=…&quot;} computed with this app&apos;s consumer secret. Check the secret your responder uses (&apos;crc TOKEN&apos; prints the right answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook took longer than 3 seconds to answer X&apos;s CRC check. Answer the CRC GET directly, without slow work, cold starts or a slow tunnel in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook answered X&apos;s CRC check with an error status instead of 200. Make sure GET on the URL with ?crc_token=… reaches your responder and returns 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X marked the webhook invalid after a failed CRC check. Fix the responder, then run &apos;webhooks validate ID&apos; to re-enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X rejected the webhook URL: it must be a public https:// URL without a port whose GET answers X&apos;s CRC check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X rejected the webhook (code 214). Check that the URL is a public https:// URL without a port that answers X&apos;s CRC check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s rate limit for this endpoint is used up, and X did not say when it resets. Limits are counted per 15 minutes; wait that long before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s rate limit for this endpoint is used up. It resets at %1 UTC (in %2 min); try again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X does not accept this kind of authentication for this endpoint. Check which credentials the endpoint needs (bearer token or access tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not accept the credentials (HTTP 401). Check that the bearer token or the keys and access tokens belong to this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused the request (HTTP 403). The app may lack access to this endpoint or permission for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X does not know this resource (HTTP 404). Check the ids in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X had an internal problem (HTTP %1). Try again later, backing off between attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X rejected the request&apos;s OAuth timestamp as too far from its own time: this computer&apos;s clock is off. Synchronise it (timedatectl set-ntp true) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials may not call this endpoint: it needs the access token of a user (OAuth 1.0a) rather than the app&apos;s bearer token, or the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is not subscribed to the webhook (X answers an unknown subscription as a missing page). Check the user id with &apos;subscriptions list --webhook ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventBrowser</name>
    <message>
        <source>Opened %L1 stored events in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow New Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest event in view. Scrolling up or selecting an event pauses (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;reeze Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep receiving and storing events, but stop changing the table until unfrozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display frozen: events are still received and stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display live again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Only Marked Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark/Unmark Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Event JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Delivery &amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Shown Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n marked event(s)</source>
        <translation>
            <numerusform>%n marked event</numerusform>
            <numerusform>%n marked events</numerusform>
        </translation>
    </message>
    <message>
        <source>No other marked event is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event is marked (Ctrl+M marks one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1 of event #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply as Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Shown Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDJSON records (*.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing all events to go to #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖ Paused · %L1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖ Paused</source>
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
        <source>Headers &amp;&amp; signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading event #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>column %1: %2</source>
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
    <message>
        <source>The same activity delivered for another subscribed user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X delivered this activity again for the same user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableView</name>
    <message>
        <source>Reset Columns</source>
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
        <source>Exported %1 records from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records come in seq order, in the format of `listen --ndjson`. With --out the file is written completely or not at all (an existing file is replaced only on success).
--filter takes the event table&apos;s filter language, for example:
  type == favorite_events and user == 2244994945
  sig != valid        dup        dm or follow
  $.favorited_status.user.screen_name == &quot;XDevelopers&quot;
Fields: type action source id user actor target sig dup text time seq delivery and $.json.paths; operators == != contains matches &lt; &gt; &lt;= &gt;=, and or not ( ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records that match &lt;filter&gt; (the event table&apos;s filter language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export failed: %1 (nothing was replaced).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks &amp; mutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter — e.g. type == favorite_events and user == 2244994945, sig != valid, dup, $.favorited_status.user.screen_name == &quot;XDevelopers&quot; (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events · %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save This Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>this string has no closing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use == to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in this JSON path, expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter ends where a field, a word or &apos;(&apos; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a field on its left, such as type %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field, a word or &apos;(&apos; here, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text needs contains or matches and a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text supports contains and matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number: compare it with == != &lt; &gt; &lt;= &gt;=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time is compared with == != &lt; &gt; &lt;= &gt;=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (use 2026-11-27T12:00:00, 2026-11-27 or 12:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; and &gt; compare numbers; &apos;%1&apos; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; and &gt; compare times and numbers; %1 is text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sig is valid, invalid or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dup is redelivery or fanout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
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
    <name>HeadersTab</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
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
        <source>The delivery of this event is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the HMAC-SHA256 of the %1 body bytes with your consumer secret matches the received signature, so X sent this unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: the received signature does not match the one computed from the %1 body bytes: the body was changed or the secret differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: the request had no x-twitter-webhooks-signature header, so nothing shows that it came from X.</source>
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
        <source>The profile has no consumer secret now, so the signature cannot be checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the consumer secret in use now it does not match: the secret was changed after this delivery arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the consumer secret in use now it matches: the secret was changed after this delivery arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — answered HTTP %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
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
    <name>JsonTree</name>
    <message>
        <source>the body is too large to show as a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends where a value is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends inside an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends inside an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a string must be escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit must follow the exponent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeTab</name>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open every branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the JSON path of this node, as filters write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value: text without quotes, objects and arrays as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply as filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the events with this value here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not JSON (at byte %1: %2). The Raw tab shows it as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open the first three levels (this item has %n nodes: all of them at once would take long)</source>
        <translation>
            <numerusform>Open the first three levels (this item has %n node: all of them at once would take long)</numerusform>
            <numerusform>Open the first three levels (this item has %n nodes: all of them at once would take long)</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter language cannot name this member (its name has spaces, quotes or operator characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>KWallet (through QtKeychain), service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Secret Service, through libsecret), service &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (through libsecret; no provider is running yet, one starts on first use), service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainErrors</name>
    <message>
        <source>The keyring is locked and was not unlocked, or it refused access. Unlock it (for example in Seahorse, or by logging in again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow aaconsole to use the keychain, or keep this profile&apos;s secrets for this session only.</source>
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
        <source>This keychain backend does not support the operation.</source>
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
        <source>The keychain did not answer an earlier request within %1 s and is still blocked. Check that the keyring service is running and unlocked, then restart aaconsole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring service runs but has no default keyring to store secrets in. Create one (Seahorse: File, New, Password Keyring, then Set as Default), or keep secrets for this session only.</source>
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
    <message>
        <source>Address to bind (default: the profile&apos;s, 127.0.0.1; anything else is reachable from other machines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default: the profile&apos;s, 8321; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook path (default: the profile&apos;s, /webhook); other paths answer 404.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer secret: set one on the profile (aaconsole-cli profiles set-secret NAME consumer_secret) or in X_CONSUMER_SECRET. The responder needs it to answer CRC checks and verify event signatures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>List the API calls made with this profile, or print one as a curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call to X is recorded in the profile&apos;s capture store with its time, method, URL, status, duration, rate-limit headers, headers and bodies; credentials are never stored.
--curl ID prints the call as a curl command whose credentials are $X_BEARER_TOKEN, $X_CONSUMER_KEY, $X_ACCESS_TOKEN placeholders (an OAuth 1.0a signature is single-use and must be made again).
--json prints {&quot;calls&quot;:[…]} or {&quot;id&quot;,&quot;curl&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest &lt;n&gt; calls (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print call &lt;id&gt; as a curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--last and --curl cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--last must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--curl needs the numeric id of a call (see &apos;log&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API calls have been logged for this profile yet.</source>
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
        <source>○ Not listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %L1 events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the responder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not listening: the profile has no consumer secret (Profiles…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Account Activity Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>This session only: kept in memory, never written anywhere, forgotten when aaconsole quits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkFailure</name>
    <message>
        <source>%1 did not answer within %2 s. Check your connection, or try again with a longer --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2). Check the system&apos;s certificates and clock, and whether a proxy intercepts https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check the spelling of the API base URL (--api-base, or the profile&apos;s) and your DNS or internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there. Check the API base URL (--api-base, or the profile&apos;s): is the Sandbox running?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthRoutes</name>
    <message>
        <source>Sandbox sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request token is unknown or has expired. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize %1 to use your account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Sandbox account &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ve granted access to %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as @%1. Enter this PIN to complete the authorization:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSignIn</name>
    <message>
        <source>X&apos;s answer to oauth/request_token holds no request token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not confirm the out-of-band callback (oauth_callback_confirmed is not true). Check the callback URL settings of the app in the developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s answer to oauth/access_token holds no access token or user id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name is at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name must not contain &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must be an http or https URL such as %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responder port must be between 0 (any free port) and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responder path must start with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bind address must be an IP address such as 127.0.0.1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Consumer key (API key):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret (API key secret):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1.1 (Enterprise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1.1 only, e.g. dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the responder on this machine; put a tunnel in front of it. Any other address exposes it to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept events with a missing or invalid signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP&amp;I:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ap&amp;p id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder pat&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets for this session only (in memory, never on disk; forgotten when aaconsole quits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed accounts (PIN sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming also moves its keychain entries and captured events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in: %1. Fields you leave as they are use the Sandbox&apos;s built-in credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, but unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not tested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User context (whoami)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFormat</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no subscribed account with user id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename: %1 already holds data of an earlier profile named &quot;%2&quot;. Move it away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the profile&apos;s data from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s secrets were deleted, but its data directory %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, duplicate or delete profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport .env…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the secrets of a .env file (TWITTER_CONSUMER_KEY, …) into the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;. Fill in its secrets and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; with the same settings and secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;? Its secrets are deleted from: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its captured events are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile and Captured Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile, Keep Captured Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no variable aaconsole recognises (such as TWITTER_CONSUMER_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into profile &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the .env file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds these secrets in plain text. Now that they are in the keychain, delete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from profile &quot;%3&quot;? Its access token pair is deleted; subscribing it again needs a new PIN sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested the saved settings and secrets of &quot;%1&quot; against %2; unsaved changes were not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested the credentials of &quot;%1&quot; against %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the credentials against %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working with the keychain…</source>
        <translation type="unfinished"></translation>
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
    <name>RawBodyTab</name>
    <message>
        <source>Pretty-print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON; keys stay in the order X sent them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole body, exactly as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery of this event is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the text: %1 %…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Shown exactly as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid UTF-8: the invalid bytes are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No syntax colouring above %1, so that large bodies stay responsive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message numerus="yes">
        <source>The export was cancelled after %n record(s).</source>
        <translation>
            <numerusform>The export was cancelled after %n record.</numerusform>
            <numerusform>The export was cancelled after %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the export failed after %n record(s): %1</source>
        <translation>
            <numerusform>Writing the export failed after %n record: %1</numerusform>
            <numerusform>Writing the export failed after %n records: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordedSecretRead</name>
    <message>
        <source>Profile &quot;%1&quot;: %2 is stored in the keychain but could not be read. The keyring appears to be locked and was not unlocked. Unlock it (for example in Seahorse, or by logging in again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 is recorded as set, but the keychain has no entry for it (was it deleted outside aaconsole?). Set it again in the Profiles dialog or with: aaconsole-cli profiles set-secret &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayCommand</name>
    <message>
        <source>Ask X to deliver a webhook&apos;s events of a past time window again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are UTC times YYYYMMDDhhmm, checked as X checks them before anything is sent: from before to, nothing in the future; v2 reaches back 24 hours, v1.1 5 days with from at least 31 and to at least 10 minutes ago.
v2 uses POST /2/webhooks/replay; --account-activity uses the older /2/account_activity/replay/... path instead. Authenticates with X_BEARER_TOKEN.
X then re-sends the events to the webhook and finishes with a replay_job_status event.
--json prints {&quot;webhook_id&quot;,&quot;from_date&quot;,&quot;to_date&quot;,&quot;job_id&quot;,&quot;created_at&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook&apos;s numeric id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the window, UTC (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the window, UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2 only: use /2/account_activity/replay/webhooks/ID/subscriptions/all instead of /2/webhooks/replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay job %1 created (%2). X re-delivers the events to webhook %3, then sends a replay_job_status event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>--from &apos;%1&apos; is not a date in the form YYYYMMDDhhmm (UTC), e.g. 202501151200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to &apos;%1&apos; is not a date in the form YYYYMMDDhhmm (UTC), e.g. 202501151300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) must be before --to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) is in the future; it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) is more than 24 hours ago; X keeps events for replay for 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) is more than 5 days ago; X&apos;s v1.1 replay reaches back 5 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) must be at least 31 minutes before now (%2) for v1.1 replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) must be at least 10 minutes before now (%2) for v1.1 replay.</source>
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
    <name>ResponseParser</name>
    <message>
        <source>X answered HTTP %1 without the expected %2; the API may have changed. The body is in the API-call log (&apos;log&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxActivityPanel</name>
    <message>
        <source>&amp;Do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollow an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show typing in a DM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark DMs as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the app&apos;s access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An @name mentions that account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a Sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the Sandbox at %1: %2 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts loaded: is the Sandbox running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>The built-in X emulator: run it, list its accounts, make things happen, watch its deliveries, inject faults, or run the whole guide offline.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve, guide: the Sandbox&apos;s port (serve: default 8322; guide: a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: load and save the Sandbox&apos;s state in &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: multiply retry waits and re-check intervals by &lt;f&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: seconds between webhook CRC re-checks (default 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guide: the responder&apos;s port (default: a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users: also print each account&apos;s access token pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act: the account that acts (id or @screen_name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act: the account acted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act: a post id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act post, dm: the text (an @name in a post mentions that account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act post: the post replied to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act post: the post quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act dm, typing: the sender; act read: whose messages were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act dm, typing: the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries: how many, newest last (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries: only those to this webhook id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries: include each payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faults: send the next &lt;n&gt; deliveries twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faults: drop the next &lt;n&gt; deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faults: hold every delivery attempt back by &lt;ms&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faults: remove every fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing sub-command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sub-command &apos;%1&apos;: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not an option of &apos;sandbox %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing ACTION: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxControlClient</name>
    <message>
        <source>Nothing answers at %1: is the Sandbox running? Start it with &apos;aaconsole-cli sandbox serve&apos; and pass its base URL with --api-base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox answered HTTP %1. Is --api-base a Sandbox?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxDock</name>
    <message>
        <source>1. Connect the responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Make something happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries the Sandbox made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox, an X emulator on this computer, runs at %1 with the app &quot;%2&quot; of @%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events for @%1 now reach the table. Try a like below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Sandbox by choosing the Sandbox profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responder is not listening, so there is nothing to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 is registered as webhook %2 (valid) and @%3 is subscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered as webhook %2 (%3), @%4 is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ %1 is not registered with the Sandbox yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers the responder&apos;s URL as the Sandbox app&apos;s webhook (the Sandbox checks it with a CRC request) and subscribes @%1 to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 → %3 in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxGuide</name>
    <message>
        <source>ports must be numbers from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide stopped at step %1. Run it again with --log-level debug for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Activity Console: X&apos;s webhook guide, end to end, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the Sandbox, an X API emulator on loopback …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, app &quot;%2&quot; owned by @%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the responder (what &apos;aaconsole-cli listen&apos; runs) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the webhook URL with X (POST /2/webhooks); X first runs a CRC check against it …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responder answered the CRC check in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook %1 registered, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing @%1 to the webhook (POST …/subscriptions/all, as that account) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 likes @%2&apos;s post %3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for X&apos;s favorite_events delivery to reach the responder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favorite_events delivery arrived within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2/%3, signature %4: %5 (for %6 %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event arrived, but its signature is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the favorite arrived, signed with the app&apos;s consumer secret and verified. Next: &apos;scripts/run&apos; for the GUI, &apos;aaconsole-cli sandbox serve&apos; to keep a Sandbox running, &apos;aaconsole-cli sandbox --help&apos; for what it can do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxRemote</name>
    <message>
        <source>--api-base must be the Sandbox&apos;s http:// base URL, such as %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(app owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(revoked the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;act %1&apos; does not take --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;act %1&apos; needs --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply-to and --quote exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--last must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deliveries waiting or being retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults: duplicate the next %1 deliveries, drop the next %2, delay each attempt by %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServe</name>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery #%1 %2%3 dropped (fault injection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery #%1 %2%3 → %4: %5 in %6 ms, attempt %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (duplicate of #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (replay job %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale must be a number above 0 (0.01 makes the waits 100 times shorter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recheck-interval must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC check of %1: %2 (%3) in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook %1 is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook %1 is marked invalid; it gets no events until it passes a CRC check (&apos;webhooks validate&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay job %1 for webhook %2: %3, %4 deliveries replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox listening on %1: app %2 (id %3) owned by @%4 (%5). State: %6. Time scale %7. Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it with: aaconsole-cli --api-base %1 … and the credentials above as X_CONSUMER_KEY, X_CONSUMER_SECRET, X_BEARER_TOKEN, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; state saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Cannot read the Sandbox state %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Sandbox state file (written by &apos;sandbox serve --state&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the Sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox state has no account for the app owner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the Sandbox state to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time scale must be a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox cannot listen on 127.0.0.1:%1: %2. Is another Sandbox (or the GUI) already running? Use --port 0 for any free port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxWorld</name>
    <message>
        <source>An account in the Sandbox state has no id, screen name or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox state has no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>SigninCommand</name>
    <message>
        <source>Sign in another X account with a PIN, to subscribe it to a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new access token and secret (they are secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page, sign in as the account to add, authorise the app and enter the PIN X shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PIN given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as @%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its access token and secret are not shown; sign in again with --show-secrets to print them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the page where the account&apos;s owner authorises your app; X then shows a PIN, which signin reads from stdin. Prints the account&apos;s id and screen name; its access token and secret only with --show-secrets.
The account and its token pair are kept in the profile (the token pair in the keychain), so that other commands can act as it with --account USER_ID, e.g. &apos;subscriptions add --webhook ID --account USER_ID&apos;; --no-save keeps nothing.
Uses X_CONSUMER_KEY and X_CONSUMER_SECRET. With --json the page and the prompt go to stderr and stdout carries {&quot;user_id&quot;,&quot;screen_name&quot;} (plus &quot;access_token&quot;,&quot;access_token_secret&quot; with --show-secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep the account and its token pair in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in profile &quot;%1&quot;; act as this account with --account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is active, so the account was not kept (see &apos;profiles add&apos; and &apos;profiles use&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionsCommand</name>
    <message>
        <source>Subscribe accounts to a webhook, check, list, remove and count subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook&apos;s numeric id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing action: add, check, list, remove or count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use add, check, list, remove or count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing USER_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;subscriptions %1&apos; needs --webhook ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed the account of the access token to webhook %1; events may take up to 10 seconds to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of the access token is subscribed to webhook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of the access token is not subscribed to webhook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 (%2): %3 subscribed user(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the subscription of user %1 from webhook %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X answered that user %1 is still subscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active subscription(s) of %2 provisioned (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add --webhook ID              subscribes the account whose access token is in use (X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET with the app&apos;s consumer key and secret)
check --webhook ID            whether that account is subscribed
list --webhook ID             the user ids subscribed to the webhook (bearer token)
remove --webhook ID USER_ID   unsubscribes USER_ID (bearer token)
count                         active and provisioned subscriptions of the app (bearer token)

To subscribe another account, sign it in with &apos;signin&apos;, then add --account USER_ID.
--json prints {&quot;webhook_id&quot;,&quot;subscribed&quot;}, {&quot;webhook_id&quot;,&quot;webhook_url&quot;,&quot;application_id&quot;,&quot;subscriptions&quot;:[{&quot;user_id&quot;}]}, or the counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
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
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local · %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Activity API (aaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X Activity API (xaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events of this type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the events with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ invalid (see Headers &amp; signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redelivery: X sent this activity again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fan-out: the same activity, for another subscribed user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (the first copy)</source>
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
        <source>no webhook at %1 (the responder&apos;s path is %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSetup</name>
    <message>
        <source>Looking for a webhook registered for %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 is marked invalid: asking X for a new CRC check …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering %1 (X checks it with a CRC request first) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing the account to webhook %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookUrlCheck</name>
    <message>
        <source>The webhook URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL is %1 characters long; X accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL contains a space or control character; percent-encode it (%20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a well-formed URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complete URL: it needs a scheme and a host, as in https://example.com/webhooks/x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; points at this computer, which X cannot reach. Put a public https tunnel in front of the responder and register its URL, or use the Sandbox (--api-base).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X only calls https:// webhook URLs; &apos;%1&apos; uses %2://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL must not contain a port (:%1); X only calls the default https port 443.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksCommand</name>
    <message>
        <source>List, register, validate (CRC check) and delete the app&apos;s webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing action: list, register, validate or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use list, register, validate or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing WEBHOOK_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhooks are registered for this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered webhook %1 for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X started the CRC check of webhook %1; &apos;webhooks list&apos; shows the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 passed the CRC check and is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 failed the CRC check and is marked invalid: check that your responder answers GET ?crc_token=… with the right response_token (&apos;crc TOKEN&apos; shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted webhook %1 and its subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X answered that webhook %1 was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list                 the app&apos;s webhooks: id, valid, created, URL
register URL         registers URL; X runs a CRC check against it first. URL must be https, without a port, at most 200 characters (a loopback URL such as http://127.0.0.1:8321/webhook is accepted only with a Sandbox --api-base)
validate WEBHOOK_ID  asks X to run the CRC check now and re-enable the webhook
delete WEBHOOK_ID    deletes the webhook and with it its subscriptions

Credentials: v2 uses X_BEARER_TOKEN; v1.1 lists with X_BEARER_TOKEN and registers, validates and deletes as the app owner (X_CONSUMER_KEY, X_CONSUMER_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET).
--json prints {&quot;webhooks&quot;:[…]}, {&quot;webhook&quot;:{…}}, {&quot;webhook_id&quot;,&quot;attempted&quot;,&quot;valid&quot;} or {&quot;webhook_id&quot;,&quot;deleted&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>Show the account the access token belongs to (checks the OAuth credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls GET /2/users/me (v2) or GET /1.1/account/verify_credentials.json (v1.1) with OAuth 1.0a: X_CONSUMER_KEY, X_CONSUMER_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET. A quick way to tell whether X accepts them.
--json prints {&quot;id&quot;,&quot;username&quot;,&quot;name&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
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
