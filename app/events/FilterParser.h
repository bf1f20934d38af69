#pragma once

#include "events/FilterExpression.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

//! The display-filter language of the event table and `export --filter`:
//!   fields   type action source id user actor target sig dup text time seq delivery, and
//!            JSON paths into the event item ($.a.b[0].c)
//!   ops      == != contains matches < > <= >= ; a field alone tests that it is set
//!   logic    and or not ( ) — also && || ! ; two terms side by side are joined by and
//!   values   words, numbers, "quoted strings" ('single' too); @name for user/actor/target
//!   text     a bare word or quoted string alone means `text contains` it
class FilterParser
{
    Q_DECLARE_TR_FUNCTIONS(FilterParser)

public:
    struct Failure
    {
        QString message;
        int column = 1; //!< 1-based column where the problem is
    };

    //! `now` anchors time-of-day values ("time > 12:00" is today, local time).
    static FilterExpression parse(const QString &text, std::optional<Failure> *failure,
                                  const QDateTime &now = QDateTime::currentDateTime());

    //! The names the language knows, for completion and help.
    static QStringList fieldNames();
};
