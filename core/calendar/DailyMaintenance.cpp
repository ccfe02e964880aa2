#include "core/calendar/DailyMaintenance.h"

#include "core/calendar/AppointmentStore.h"
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
    struct Outcome
    {
        int purged = 0;
        QStringList errors;
    };
    auto outcome = std::make_shared<Outcome>();
    m_worker = QThread::create([outcome, retentionDays, &clock = m_clock, calendarFile = m_calendarFile,
                                backupDirectory = m_backupDirectory] {
        QString error;
        // Purged first, so that today's backup is already clean.
        outcome->purged = Retention::purgeFile(calendarFile, backupDirectory, clock, retentionDays, &error);
        if (outcome->purged < 0)
            outcome->errors.append(error);
        if (!Retention::maintainBackups(calendarFile, backupDirectory, clock, retentionDays, &error))
            outcome->errors.append(error);
    });
    connect(m_worker, &QThread::finished, this, [this, outcome] {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
        if (outcome->purged > 0)
            m_store.reloadWrittenElsewhere();
        Q_EMIT finished(outcome->errors.join(QLatin1Char('\n')));
    });
    m_worker->start(QThread::LowPriority);
}
