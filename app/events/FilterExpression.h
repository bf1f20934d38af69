#pragma once

#include "events/JsonPath.h"

#include <QRegularExpression>
#include <QString>

#include <vector>

//! The parsed form of a filter such as `type == favorite_events and user == 2244994945`: a tree of
//! comparisons joined by and/or/not. FilterParser builds it; EventFilter (records) and the event
//! table's index filter evaluate it.
struct FilterExpression
{
    enum class Field {
        Type,
        Action,
        Source,
        Id,
        User,
        Actor,
        Target,
        Signature,
        Duplicate,
        Text,
        Time,
        Seq,
        Delivery,
        Json
    };
    enum class Op {
        Present,
        Equal,
        NotEqual,
        Contains,
        Matches,
        Less,
        Greater,
        LessEqual,
        GreaterEqual
    };

    struct Node
    {
        enum class Kind { And, Or, Not, Compare } kind = Kind::Compare;
        int left = -1; //!< And/Or/Not operand
        int right = -1; //!< And/Or second operand

        Field field = Field::Text;
        Op op = Op::Present;
        QString value; //!< as written (unquoted)
        QString folded; //!< value case-folded, for contains
        QByteArray bytes; //!< value in UTF-8, compared with raw JSON bytes
        QByteArray lowerBytes; //!< bytes with ASCII letters lowercased, for contains in bodies
        qint64 number = 0; //!< Time (ms since the epoch, UTC) and numeric fields
        bool valueIsNumber = false;
        QRegularExpression regex; //!< Matches
        QByteArray requiredLower; //!< Matches: text every match contains (ASCII, lowercased) or ""
        JsonPath path; //!< Json
        int column = 0; //!< where this comparison starts (1-based), for messages
    };

    std::vector<Node> nodes;
    int root = -1; //!< -1: the empty filter, which matches everything

    bool isEmpty() const { return root < 0; }
    //! Some comparison reads the event's JSON (a JSON path) or the delivery body (text).
    bool needsItem() const;
    bool needsBody() const;
};
