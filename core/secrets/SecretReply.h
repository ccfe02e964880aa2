#pragma once

#include <QObject>
#include <QString>

// The answer to one SecretStore request. Emits finished() exactly once, then deletes itself
// when control returns to the event loop; read the result inside the slot.
class SecretReply : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Pending,
        Ok,
        NotFound,
        NoSecureStorage,
        AccessDenied,
        TimedOut,
        Failed,
    };
    Q_ENUM(Status)

    bool isFinished() const { return m_status != Status::Pending; }
    Status status() const { return m_status; }
    bool ok() const { return m_status == Status::Ok; }
    // What went wrong and what to do about it; empty when ok().
    QString errorString() const { return m_errorString; }
    // The secret, for read requests. Copy it only as far as it is needed.
    QString value() const { return m_value; }

Q_SIGNALS:
    void finished();

private:
    friend class SecretStore;
    explicit SecretReply(QObject* parent);
    void finish(Status status, const QString& errorString, const QString& value = {});

    Status m_status = Status::Pending;
    QString m_errorString;
    QString m_value;
};
