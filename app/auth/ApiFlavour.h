#pragma once

#include <QString>

#include <optional>

//! Which X API a profile talks to: v2 (`/2/webhooks`, `/2/account_activity/…`) or the v1.1
//! Enterprise Account Activity API (`/1.1/account_activity/…`, with a webhook environment label).
enum class ApiFlavour { V2, V1_1 };

//! "v2" / "v1.1": the spelling of `--api` and of the settings file.
QString apiFlavourName(ApiFlavour flavour);
std::optional<ApiFlavour> apiFlavourFromName(const QString &name);
