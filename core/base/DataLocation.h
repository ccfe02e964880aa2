#pragma once

#include <QCoreApplication>
#include <QString>

// Where the user's calendar, backups and log live. An explicit folder (--data-dir) wins over
// the VIERAUGEN_DATA_DIR environment variable, which wins over the platform's data directory.
class DataLocation
{
    Q_DECLARE_TR_FUNCTIONS(DataLocation)

public:
    static constexpr const char* environmentVariable = "VIERAUGEN_DATA_DIR";

    explicit DataLocation(const QString& explicitPath = {});

    // The folder named on a command line (--data-dir DIR or --data-dir=DIR), empty if none.
    static QString explicitPathIn(const QStringList& arguments);

    QString path() const { return m_path; }
    // The platform's own data folder, where Vieraugen keeps the calendar unless told otherwise.
    bool isUsual() const;
    // Settings of any other folder live inside it, beside its calendar.
    QString settingsFile() const;
    QString databaseFile() const;
    QString backupDirectory() const;
    QString logDirectory() const;

    // Creates the folder (owner-only where the platform supports it) and proves that a file
    // can be written there. On failure nothing that exists is changed.
    // With readOnlyReason, a folder that holds a calendar but cannot be written (a full disk) is
    // still usable for reading: prepare() succeeds and readOnlyReason says why nothing can be saved.
    bool prepare(QString* errorMessage, QString* readOnlyReason = nullptr) const;

private:
    QString m_path;
};
