#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

//! Writes compact JSON text with members in the order they are written and 64-bit integers as
//! exact literals. The Sandbox's event payloads need both: X sends "for_user_id" first and ids
//! such as 973555004052652032 as number literals, while QJsonObject sorts its keys and QJsonValue
//! keeps numbers as doubles (which would round such an id).
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);

    JsonWriter &string(const QString &value);
    JsonWriter &integer(qint64 value);
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    //! A complete JSON value written elsewhere (another writer's result).
    JsonWriter &raw(const QByteArray &json);

    JsonWriter &field(const char *name, const QString &value) { return key(name).string(value); }
    JsonWriter &field(const char *name, qint64 value) { return key(name).integer(value); }
    JsonWriter &flag(const char *name, bool value) { return key(name).boolean(value); }
    //! The string, or null when it is empty (X's "in_reply_to_status_id_str": null).
    JsonWriter &stringOrNull(const char *name, const QString &value);
    //! The number literal of a numeric id string, or null when it is empty.
    JsonWriter &idOrNull(const char *name, const QString &id);

    QByteArray take();

    static QByteArray quoted(const QString &value);

private:
    void beforeValue();

    QByteArray m_out;
    QList<bool> m_empty; //!< per open container: nothing written into it yet
    bool m_afterKey = false;
};
