#include "ResponderSettings.h"

#include <QSettings>

namespace ResponderSettings {

ReceiverConfig load(const QSettings &settings)
{
    ReceiverConfig config;
    config.port = quint16(settings.value(QStringLiteral("responder/port"), 8321).toUInt());
    config.path = settings.value(QStringLiteral("responder/path"), config.path).toString();
    QHostAddress bind;
    if (bind.setAddress(
            settings.value(QStringLiteral("responder/bind"), QStringLiteral("127.0.0.1"))
                .toString()))
        config.bindAddress = bind;
    config.allowUnsigned
        = settings.value(QStringLiteral("responder/allowUnsigned"), false).toBool();
    return config;
}

} // namespace ResponderSettings
