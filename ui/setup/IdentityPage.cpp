#include "ui/setup/IdentityPage.h"

#include "core/settings/FirstSetup.h"
#include "core/settings/Settings.h"
#include "ui/common/ReadableColors.h"
#include "ui/common/ScrollingContent.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

IdentityPage::IdentityPage(Settings& settings, QWidget* parent)
    : QWizardPage(parent)
    , m_settings(settings)
    , m_name(new QLineEdit(this))
    , m_organization(new QLineEdit(this))
    , m_privacyNotice(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Your Name and Counseling Service"));

    m_name->setObjectName(QStringLiteral("counselorName"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("e.g. Jana Schulz"));
    m_organization->setObjectName(QStringLiteral("organizationName"));
    m_organization->setAccessibleName(tr("Counseling service"));
    m_organization->setPlaceholderText(tr("e.g. Beratungsstelle Nord"));
    m_privacyNotice->setObjectName(QStringLiteral("privacyNotice"));
    m_privacyNotice->setAccessibleName(tr("Privacy notice (web address)"));
    m_privacyNotice->setPlaceholderText(QStringLiteral("https://"));
    auto* privacyHint = new QLabel(
        tr("The page where clients read how your service handles their data. Every invitation links to "
           "it, so invitations can be sent once its address is entered, here or later under File → "
           "Settings."),
        this);
    privacyHint->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("identityProblem"));
    m_problem->setWordWrap(true);
    ReadableColors::showAs(m_problem, ReadableColors::Notice::Problem);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Counseling &service:"), m_organization);
    form->addRow(tr("&Privacy notice:"), m_privacyNotice);
    form->addRow(QString(), privacyHint);
    // In the page, not as the assistant's subtitle: that is cut off when its lines wrap (large fonts).
    auto* purpose
        = new QLabel(tr("Clients read these in the invitations Vieraugen sends for you, and see your "
                        "name in the video session."),
                     this);
    purpose->setWordWrap(true);
    auto* layout = new QVBoxLayout;
    layout->addWidget(purpose);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    ScrollingContent::fill(this, layout);

    for (QLineEdit* edit : { m_name, m_organization, m_privacyNotice })
        connect(edit, &QLineEdit::textChanged, this, &IdentityPage::updateState);
}

void IdentityPage::initializePage()
{
    m_name->setText(m_settings.counselorName());
    m_organization->setText(m_settings.organizationName());
    m_privacyNotice->setText(m_settings.privacyNoticeUrl().toString());
    updateState();
}

QString IdentityPage::problem(QUrl* privacyNotice) const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter your name as clients should read it.");
    if (m_organization->text().trimmed().isEmpty())
        return tr(
            "Enter the name of your counseling service (or of your practice, if you work on your own).");
    QString error;
    return FirstSetup::privacyNoticeFromInput(m_privacyNotice->text(), privacyNotice, &error) ? QString()
                                                                                              : error;
}

void IdentityPage::updateState()
{
    QUrl unused;
    const QString error = problem(&unused);
    // Empty fields are not scolded before anyone typed; once one is filled, Next greyed out says why.
    const bool untouched = m_name->text().isEmpty() && m_organization->text().isEmpty();
    m_problem->setText(untouched ? QString() : error);
    m_problem->setVisible(!m_problem->text().isEmpty());
    Q_EMIT completeChanged();
}

bool IdentityPage::isComplete() const
{
    QUrl unused;
    return problem(&unused).isEmpty();
}

bool IdentityPage::validatePage()
{
    QUrl privacyNotice;
    if (!problem(&privacyNotice).isEmpty())
        return false;
    m_settings.setCounselorName(m_name->text());
    m_settings.setOrganizationName(m_organization->text());
    m_settings.setPrivacyNoticeUrl(privacyNotice);
    m_settings.sync();
    return true;
}
