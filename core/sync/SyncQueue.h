#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// A UID changed on this computer whose change the server has not got yet.
struct PendingChange
{
    qint64 seq = 0; // a later change of the same UID gets a higher one
    QString uid;
    QDateTime queued;
};

// The changes of team-calendar appointments waiting for their server. The AppointmentStore adds
// them in the transaction of the change itself, so they survive a restart or a killed process;
// the sync engine reads them here and takes each off once the server has it.
class SyncQueue
{
public:
    explicit SyncQueue(Database& database);

    // Oldest first.
    QList<PendingChange> pending() const;
    int count() const;
    bool contains(const QString& uid) const;
    // The change reached the server. A newer change of the same UID made meanwhile stays queued.
    bool done(const PendingChange& change, QString* errorMessage);

private:
    Database& m_database;
};
