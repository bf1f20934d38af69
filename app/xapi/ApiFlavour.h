#pragma once

#include <QString>

#include <optional>

//! Which of X's endpoint sets the client speaks: the X API v2 (`/2/webhooks`,
//! `/2/account_activity/...`) or the v1.1 Enterprise Account Activity API.
enum class ApiFlavour { V2, V11 };

namespace ApiFlavours {

//! "v2" or "v1.1", as on the command line.
QString name(ApiFlavour flavour);
std::optional<ApiFlavour> fromName(const QString &name);

} // namespace ApiFlavours
