#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// Keeps one running Vieraugen per user and data folder. A second launch (for example
// "vieraugen invitation.ics" from the file manager) hands its arguments to the first one,
// which raises its window, and then exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // Instances with the same key (usually the data folder) belong together.
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    QString serverName() const { return m_serverName; }

    // True when a running instance took the arguments; this process should then exit.
    bool sendToRunningInstance(const QStringList& arguments, const QString& workingDirectory,
                               int timeoutMs = 3000) const;

    // Whether an instance is listening, without handing it anything.
    bool isRunning() const;

    // Starts accepting arguments from later launches. A socket left behind by a crashed
    // instance is replaced.
    bool listen(QString* errorMessage);

Q_SIGNALS:
    // From the event loop, once the other launch has its answer and the connection is closed:
    // handlers may open dialogs.
    void argumentsReceived(const QStringList& arguments, const QString& workingDirectory);

private:
    void readConnection();

    QString m_serverName;
    QLocalServer* m_server = nullptr;
};
