#pragma once

#include "util/Result.h"
#include "xapi/ApiTypes.h"

#include <QObject>

#include <functional>

class ApiClient;

//! "Register this URL and subscribe me": the two calls every new integration makes, done so that
//! running them again is harmless — a webhook already registered for the URL is reused (and
//! re-validated when X marked it invalid), a subscription that exists is kept. The GUI's Sandbox
//! panel offers it as one click.
class WebhookSetup final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        Webhook webhook;
        bool reused = false; //!< the URL was registered before
        bool alreadySubscribed = false;
    };

    explicit WebhookSetup(ApiClient &api, QObject *parent = nullptr);

    //! Registers `url` and subscribes the user of the client's access token; `done` is called once
    //! (not at all when this object is destroyed first).
    void run(const QString &url, std::function<void(Result<Outcome>)> done);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    //! What is being done now, for a status line ("Registering http://…").
    void stepStarted(const QString &what);

private:
    void subscribe(Outcome outcome);
    void finish(Result<Outcome> result);

    ApiClient &m_api;
    std::function<void(Result<Outcome>)> m_done;
    bool m_running = false;
};
