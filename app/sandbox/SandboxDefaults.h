#pragma once

// The built-in Sandbox's well-known app: the one set of values the Sandbox emulator accepts out of
// the box and the "Sandbox" profile that the first run creates. They are public on purpose (the
// Sandbox runs on loopback and guards nothing), so they are obviously fake: no real X credential
// looks like "sandbox-…". Change them here only; the emulator and the profile both read them.
namespace SandboxDefaults {

inline constexpr char ProfileName[] = "Sandbox";

inline constexpr char ConsumerKey[] = "sandbox-consumer-key-0000000000";
inline constexpr char ConsumerSecret[] = "sandbox-consumer-secret-00000000000000000000";
inline constexpr char BearerToken[] = "sandbox-bearer-token-000000000000000000000000";
//! The app owner's OAuth 1.0a token pair (the account the Sandbox app belongs to).
inline constexpr char AccessToken[] = "1000000001-sandbox-access-token-000000000000";
inline constexpr char AccessTokenSecret[] = "sandbox-access-token-secret-0000000000000000";

inline constexpr char AppOwnerUserId[] = "1000000001";
inline constexpr char AppOwnerScreenName[] = "sandbox_owner";
inline constexpr char AppId[] = "1000001";

//! The emulator's HTTP port on 127.0.0.1 and the API base URL built from it.
inline constexpr int Port = 8322;
inline constexpr char BaseUrl[] = "http://127.0.0.1:8322";
//! The local responder's port for the Sandbox profile (the same as every profile's default).
inline constexpr int ResponderPort = 8321;

} // namespace SandboxDefaults
