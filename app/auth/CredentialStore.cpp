#include "auth/CredentialStore.h"

#include <QEventLoop>

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

CredentialStore::~CredentialStore() = default;

// Every implementation reports within its own timeout, so these loops always end.
Result<std::optional<QString>> CredentialStore::readBlocking(const QString &key)
{
    std::optional<Result<std::optional<QString>>> outcome;
    QEventLoop loop;
    read(key, [&](Result<std::optional<QString>> r) {
        outcome.emplace(std::move(r));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

Result<void> CredentialStore::writeBlocking(const QString &key, const QString &value)
{
    std::optional<Result<void>> outcome;
    QEventLoop loop;
    write(key, value, [&](Result<void> r) {
        outcome.emplace(std::move(r));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

Result<void> CredentialStore::removeBlocking(const QString &key)
{
    std::optional<Result<void>> outcome;
    QEventLoop loop;
    remove(key, [&](Result<void> r) {
        outcome.emplace(std::move(r));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}
