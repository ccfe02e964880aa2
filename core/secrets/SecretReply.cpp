#include "core/secrets/SecretReply.h"

SecretReply::SecretReply(QObject* parent)
    : QObject(parent)
{ }

void SecretReply::finish(Status status, const QString& errorString, const QString& value)
{
    if (isFinished())
        return;
    m_status = status;
    m_errorString = errorString;
    m_value = value;
    Q_EMIT finished();
    deleteLater();
}
