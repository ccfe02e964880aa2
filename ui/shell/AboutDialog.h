#pragma once

#include <QDialog>

// Version, the versions of Qt and Chromium in use, and the licenses of what Vieraugen is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The component table as plain text, also offered for bug reports.
    QString componentsText() const;
};
