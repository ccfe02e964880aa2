#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

class AppointmentStore;
class InvitationLog;
class InviteService;
struct InvitePair;
struct InviteMessage;

// vieraugen-cli invite and outbox: what administrators use to check their templates and channels.
class InviteCommands
{
    Q_DECLARE_TR_FUNCTIONS(InviteCommands)

public:
    InviteCommands(QTextStream& out, QTextStream& err, const AppointmentStore& store, InvitationLog& log,
                   InviteService& service);

    int invite(const QStringList& arguments);
    int outbox(const QStringList& arguments);

private:
    static QJsonObject toJson(const InviteMessage& message, const QString& secret);
    void print(const InviteMessage& message);
    // Runs the event loop until every listed outbox entry has had one attempt.
    void waitForAttempts(const QList<qint64>& ids);

    QTextStream& m_out;
    QTextStream& m_err;
    const AppointmentStore& m_store;
    InvitationLog& m_log;
    InviteService& m_service;
};
