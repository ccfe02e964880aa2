#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One numbered schema step. Its statements run in one transaction together with the bump of
// PRAGMA user_version, so a step either happens completely or not at all.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

using MigrationList = QList<Migration>;
