#include "core/calendar/DailyMaintenance.h"

#include "core/calendar/Retention.h"

#include <QThread>

DailyMaintenance::DailyMaintenance(AppointmentStore& store, const Clock& clock, const QString& calendarFile,
                                   const QString& backupDirectory, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_calendarFile(calendarFile)
    , m_backupDirectory(backupDirectory)
{ }

DailyMaintenance::~DailyMaintenance()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void DailyMaintenance::run(int retentionDays)
{
    if (m_worker)
        return;
    // Purged first, so that today's backup is already clean.
    auto errors = std::make_shared<QStringList>();
    QString error;
    if (Retention::purge(m_store, m_clock, retentionDays, &error) < 0)
        errors->append(error);
    m_worker = QThread::create([errors, retentionDays, &clock = m_clock, calendarFile = m_calendarFile,
                                backupDirectory = m_backupDirectory] {
        QString backupError;
        if (!Retention::maintainBackups(calendarFile, backupDirectory, clock, retentionDays, &backupError))
            errors->append(backupError);
    });
    connect(m_worker, &QThread::finished, this, [this, errors] {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
        Q_EMIT finished(errors->join(QLatin1Char('\n')));
    });
    m_worker->start(QThread::LowPriority);
}
