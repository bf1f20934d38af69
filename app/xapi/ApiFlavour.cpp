#include "xapi/ApiFlavour.h"

namespace ApiFlavours {

QString name(ApiFlavour flavour)
{
    return flavour == ApiFlavour::V11 ? QStringLiteral("v1.1") : QStringLiteral("v2");
}

std::optional<ApiFlavour> fromName(const QString &name)
{
    if (name == u"v2")
        return ApiFlavour::V2;
    if (name == u"v1.1")
        return ApiFlavour::V11;
    return std::nullopt;
}

} // namespace ApiFlavours
