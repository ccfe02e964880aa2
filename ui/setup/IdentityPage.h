#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QUrl;
class Settings;

// Step 1 of the setup assistant: the counselor's name, the counseling service and its privacy
// notice, as the invitation texts show them to clients.
class IdentityPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit IdentityPage(Settings& settings, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    // What keeps the page from being complete; empty when it is.
    QString problem(QUrl* privacyNotice) const;
    void updateState();

    Settings& m_settings;
    QLineEdit* m_name;
    QLineEdit* m_organization;
    QLineEdit* m_privacyNotice;
    QLabel* m_problem;
};
