#pragma once

#include "util/Result.h"
#include "xapi/ApiCallSink.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

//! The API-call log of the capture store: table `api_calls` in the profile's capture.db, through
//! its own SQLite connection (WAL, busy timeout) so it coexists with the rest of the store. Records
//! arrive redacted from ApiClient; every text column passes SecretRedactor once more on the way in.
class ApiCallLog final : public ApiCallSink
{
    Q_DECLARE_TR_FUNCTIONS(ApiCallLog)

public:
    ApiCallLog();
    ~ApiCallLog() override;
    ApiCallLog(const ApiCallLog &) = delete;
    ApiCallLog &operator=(const ApiCallLog &) = delete;

    //! Opens (and creates) the database file and the api_calls table.
    Result<void> open(const QString &path);
    //! The log in profile `profile`'s capture store, or null (with a warning in the log) when it
    //! cannot be opened: a call is never refused for want of its log.
    static std::shared_ptr<ApiCallLog> forProfile(const QString &profile);
    bool isOpen() const;

    //! ApiCallSink: appends; a failure is logged, never thrown at the caller.
    void record(ApiCallRecord call) override;
    //! Appends and returns the new id.
    Result<qint64> append(const ApiCallRecord &call);
    //! The newest `count` calls, oldest first.
    Result<QList<ApiCallRecord>> last(int count) const;
    Result<ApiCallRecord> find(qint64 id) const;

private:
    Error storageError(const QString &what, const QString &detail) const;

    QString m_connectionName;
};
