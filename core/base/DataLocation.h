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

    QString path() const { return m_path; }
    QString databaseFile() const;
    QString backupDirectory() const;
    QString logDirectory() const;

    // Creates the folder (owner-only where the platform supports it) and proves that a file
    // can be written there. On failure nothing that exists is changed.
    bool prepare(QString* errorMessage) const;

private:
    QString m_path;
};
