#pragma once

#include "core/meeting/ServerProfile.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

// "Test" in the server settings: does the address lead to a Jitsi Meet server whose meeting
// API Vieraugen can load, over a trusted connection, and is the app secret in place?
class ServerConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ServerConnectionTest(QObject* parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Emits finished() once. Certificate problems are failures: they are never ignored.
    void run(const ServerProfile& profile, bool hasAppSecret);

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    QNetworkAccessManager* m_network;
    int m_timeoutMs = 10000;
};
