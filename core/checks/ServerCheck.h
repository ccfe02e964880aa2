#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// The server part of the pre-session check: name resolution, a trusted TLS connection with Jitsi's
// IFrame API behind it, and the round-trip time (median of several requests). Each step passes,
// warns or fails, with what to do next.
class ServerCheck : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Pass,
        Warn,
        Fail
    };
    Q_ENUM(Status)

    struct Step
    {
        QString name; // "dns", "api", "latency"
        Status status = Status::Fail;
        QString detail;
    };
    using Done = std::function<void(const QList<Step>& steps)>;

    static constexpr int latencySamples = 5;
    static constexpr int latencyWarnMs = 200;
    static constexpr int latencyFailMs = 800;

    explicit ServerCheck(QNetworkAccessManager& network, QObject* parent = nullptr);

    void run(const QUrl& server, const Done& done);

    static Status worst(const QList<Step>& steps);
    static QString statusName(Status status);

private:
    void checkApi(const QUrl& server, QList<Step> steps, const Done& done);
    void measureLatency(const QUrl& server, QList<Step> steps, QList<qint64> samples, const Done& done);

    QNetworkAccessManager& m_network;
};
