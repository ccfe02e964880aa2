#pragma once

#include <QObject>
#include <QString>

#include <memory>

class AppointmentStore;
class Clock;
class QThread;

// The daily retention run of the open calendar, off the GUI thread: on a worker thread with
// connections of its own, clients' expired data is purged from the calendar (the store's writes wait
// for it meanwhile), then today's backup is written — a consistent copy while the calendar stays in
// use — and the other backups are scrubbed (see Retention). Afterwards the store reloads what the
// purge changed, so the views follow.
class DailyMaintenance : public QObject
{
    Q_OBJECT

public:
    DailyMaintenance(AppointmentStore& store, const Clock& clock, const QString& calendarFile,
                     const QString& backupDirectory, QObject* parent = nullptr);
    // Waits for a backup still being written, so that no half-done copy is left behind.
    ~DailyMaintenance() override;

    // Starts a run with the retention period as set now; nothing while one still runs.
    void run(int retentionDays);
    bool isRunning() const { return m_worker != nullptr; }

Q_SIGNALS:
    // On this object's thread; error is empty when everything was done, otherwise what failed.
    void finished(const QString& error);

private:
    AppointmentStore& m_store;
    const Clock& m_clock;
    QString m_calendarFile;
    QString m_backupDirectory;
    QThread* m_worker = nullptr;
};
