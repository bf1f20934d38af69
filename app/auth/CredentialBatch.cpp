#include "auth/CredentialBatch.h"

#include "auth/CredentialStore.h"

#include <QObject>
#include <QPointer>

namespace {

struct BatchState : std::enable_shared_from_this<BatchState>
{
    std::vector<CredentialBatch::Step> steps;
    std::size_t next = 0;
    QPointer<QObject> context;
    bool hadContext = false;
    CredentialBatch::Next done;

    void advance(Result<void> previous)
    {
        if (!previous.ok() || next == steps.size()) {
            if (!hadContext || context)
                done(std::move(previous));
            return;
        }
        auto self = shared_from_this();
        steps[next++]([self](Result<void> result) { self->advance(std::move(result)); });
    }
};

} // namespace

CredentialBatch &CredentialBatch::then(Step step)
{
    m_steps.push_back(std::move(step));
    return *this;
}

CredentialBatch &CredentialBatch::read(CredentialStore &store, const QString &key, Value into)
{
    return then([&store, key, into](Next next) {
        store.read(key, [into, next](Result<std::optional<QString>> result) {
            if (!result.ok())
                return next(result.error());
            *into = result.takeValue();
            next({});
        });
    });
}

CredentialBatch &CredentialBatch::write(CredentialStore &store, const QString &key,
                                        const QString &value)
{
    return then([&store, key, value](Next next) { store.write(key, value, next); });
}

CredentialBatch &CredentialBatch::writeIfSet(CredentialStore &store, const QString &key,
                                             Value value)
{
    return then([&store, key, value](Next next) {
        if (!value->has_value())
            return next({});
        store.write(key, **value, next);
    });
}

CredentialBatch &CredentialBatch::remove(CredentialStore &store, const QString &key)
{
    return then([&store, key](Next next) { store.remove(key, next); });
}

void CredentialBatch::run(QObject *context, Next done)
{
    auto state = std::make_shared<BatchState>();
    state->steps = std::move(m_steps);
    m_steps.clear();
    state->context = context;
    state->hadContext = context != nullptr;
    state->done = std::move(done);
    state->advance({});
}
