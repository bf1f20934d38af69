#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

//! `$.favorited_status.user.screen_name`, `$.entities.user_mentions[0].id_str`, `$["a b"]`: a path
//! into one event item, resolved directly on the raw JSON bytes (no document is built, so a filter
//! can test a million items in well under a second).
class JsonPath
{
public:
    using Step = std::variant<QString, int>; //!< a member name or an array index

    //! Parses `text` (starting with '$'); on error, `errorOffset` is where it went wrong.
    static std::optional<JsonPath> parse(const QString &text, int *errorOffset = nullptr,
                                         QString *error = nullptr);

    const QList<Step> &steps() const { return m_steps; }
    QString toString() const;

    //! The raw JSON text of the value at this path in `json` (e.g. `"XDevelopers"`, `42`,
    //! `{…}`), or nothing when the path does not exist.
    std::optional<QByteArrayView> find(QByteArrayView json) const;

private:
    QList<Step> m_steps;
    QList<QByteArray> m_names; //!< each member step's name in UTF-8, as the bytes are compared
};

//! Helpers on raw JSON values found by JsonPath.
namespace JsonValueText {
//! The decoded text of a JSON string literal, or the literal itself for numbers/true/false/null.
QString toText(QByteArrayView raw);
bool isNull(QByteArrayView raw);
//! "Truthy" as a filter sees it: present and not null, false, "" or 0.
bool isTruthy(QByteArrayView raw);
} // namespace JsonValueText
