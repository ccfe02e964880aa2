#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// What a Jitsi server's own configuration reveals about privacy: it reads the server's config.js
// and interface_config.js and lists findings with fixes, as a traffic light. Green means nothing
// found; amber, settings a counseling centre should change; red, data leaves for third parties or
// the connection is not encrypted.
class PrivacyAudit : public QObject
{
    Q_OBJECT

public:
    enum class Severity
    {
        Green,
        Amber,
        Red
    };
    Q_ENUM(Severity)

    struct Finding
    {
        Severity severity = Severity::Amber;
        QString key; // the config.js setting concerned
        QString problem;
        QString fix;
    };

    struct Report
    {
        QUrl server;
        QList<Finding> findings;
        QString errorMessage; // the configuration could not be fetched or read
        Severity overall() const;
    };
    using Done = std::function<void(const Report& report)>;

    explicit PrivacyAudit(QNetworkAccessManager& network, QObject* parent = nullptr);

    void run(const QUrl& server, const Done& done);

    static QList<Finding> evaluate(const QUrl& server, const QJsonObject& config,
                                   const QJsonObject& interfaceConfig);
    static QString severityName(Severity severity);

private:
    QNetworkAccessManager& m_network;
};
