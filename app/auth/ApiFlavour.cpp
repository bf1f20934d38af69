#include "auth/ApiFlavour.h"

QString apiFlavourName(ApiFlavour flavour)
{
    return flavour == ApiFlavour::V1_1 ? QStringLiteral("v1.1") : QStringLiteral("v2");
}

std::optional<ApiFlavour> apiFlavourFromName(const QString &name)
{
    if (name == u"v2")
        return ApiFlavour::V2;
    if (name == u"v1.1")
        return ApiFlavour::V1_1;
    return std::nullopt;
}
