#include "core/base/DataLocation.h"

#include "core/base/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace {

QString resolvePath(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(explicitPath));
    const QString fromEnvironment = qEnvironmentVariable(DataLocation::environmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

DataLocation::DataLocation(const QString& explicitPath)
    : m_path(resolvePath(explicitPath))
{ }

QString DataLocation::explicitPathIn(const QStringList& arguments)
{
    const QString option = QStringLiteral("--data-dir");
    for (qsizetype index = 1; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (argument == option && index + 1 < arguments.size())
            return arguments.at(index + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

bool DataLocation::isUsual() const
{
    return m_path == QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataLocation::settingsFile() const
{
    return m_path + QStringLiteral("/settings.ini");
}

QString DataLocation::databaseFile() const
{
    return m_path + QStringLiteral("/calendar.sqlite");
}

QString DataLocation::backupDirectory() const
{
    return m_path + QStringLiteral("/backups");
}

QString DataLocation::logDirectory() const
{
    return m_path + QStringLiteral("/logs");
}

bool DataLocation::prepare(QString* errorMessage, QString* readOnlyReason) const
{
    const auto fail = [&](const QString& reason) {
        if (errorMessage)
            *errorMessage = tr("Vieraugen cannot use its data folder %1: %2")
                                .arg(QDir::toNativeSeparators(m_path), reason);
        qCWarning(lcApp) << "data folder unusable:" << reason;
        return false;
    };

    if (m_path.isEmpty())
        return fail(tr("the system did not name a folder for application data."));

    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir())
        return fail(tr("a file with that name is in the way. Move it aside or choose another folder "
                       "with --data-dir."));

    if (!info.exists()) {
        if (!QDir().mkpath(m_path))
            return fail(tr("the folder could not be created. Check that the disk is not full and that "
                           "you may write to its parent folder."));
        QFile::setPermissions(m_path,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    QTemporaryFile probe(m_path + QStringLiteral("/.write-probe-XXXXXX"));
    if (probe.open() && probe.write("ok", 2) == 2 && probe.flush())
        return true;
    // A full disk must not hide the calendar: it is read, and changes are refused with this reason.
    if (readOnlyReason && QFileInfo(databaseFile()).isReadable()) {
        *readOnlyReason = tr("Changes cannot be saved: nothing can be written to %1 (%2). Free space on the "
                             "disk, then start Vieraugen again.")
                              .arg(QDir::toNativeSeparators(m_path), probe.errorString());
        qCWarning(lcApp) << "data folder read-only:" << probe.errorString();
        return true;
    }
    return fail(tr("nothing can be written there. Check that the disk is not full and that you "
                   "may write to the folder."));
}
