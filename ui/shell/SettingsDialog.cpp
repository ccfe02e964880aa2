#include "ui/shell/SettingsDialog.h"

#include "core/settings/Settings.h"
#include "ui/common/DiscardQuestion.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PlaceholderRoom.h"
#include "ui/common/ScreenRoom.h"
#include "ui/common/ScrollingContent.h"
#include "ui/settings/InvitationsPage.h"
#include "ui/settings/ServerProfilesPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Settings& settings, SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages = new QStackedWidget(this);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* content = new QHBoxLayout;
    content->addWidget(m_pageList);
    content->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(buttons);

    QWidget* general = createGeneralPage();
    addPage(tr("General"), general);
    m_servers = new ServerProfilesPage(settings, secrets, this);
    addPage(tr("Servers"), m_servers);
    m_invitations = new InvitationsPage(settings, secrets, this);
    addPage(tr("Invitations"), m_invitations);
    // A name typed and gone with Alt+F4 or Escape, without a word: she believed it taken. The
    // calendars' page is left out, its changes take effect at once.
    m_discardQuestion = new DiscardQuestion(this);
    m_discardQuestion->setFields({ general, m_invitations });
    m_discardQuestion->setAlsoChanged([this] { return m_servers->hasChanges(); });
    m_pageList->setCurrentRow(0);
    // Wide enough for the calendars' names beside what the server gets of each (Calendars page).
    ScreenRoom::resize(this, QSize(880, 520));
}

QWidget* SettingsDialog::createGeneralPage()
{
    auto* page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system"), QString());
    // Language names are shown in their own language so that anyone can find theirs.
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.uiLanguage())));

    auto* hint = new QLabel(tr("A new language takes effect the next time Vieraugen starts."), page);
    hint->setWordWrap(true);

    m_counselorName = new QLineEdit(m_settings.counselorName(), page);
    m_counselorName->setObjectName(QStringLiteral("counselorName"));
    m_counselorName->setPlaceholderText(tr("Counseling"));
    m_counselorName->setToolTip(
        tr("The name clients see in video sessions, e.g. \"Ms Berger, counseling centre\"."));
    m_graceMinutes = new QSpinBox(page);
    m_graceMinutes->setObjectName(QStringLiteral("graceMinutes"));
    m_graceMinutes->setRange(10, 24 * 60);
    m_graceMinutes->setSingleStep(15);
    m_graceMinutes->setSuffix(tr(" min"));
    m_graceMinutes->setValue(m_settings.sessionGraceMinutes());
    m_graceMinutes->setToolTip(
        tr("How long before its start and after its end an appointment's video session can be opened."));

    m_curtainMinutes = new QSpinBox(page);
    m_curtainMinutes->setObjectName(QStringLiteral("curtainMinutes"));
    m_curtainMinutes->setRange(0, 120);
    m_curtainMinutes->setSuffix(tr(" min"));
    m_curtainMinutes->setSpecialValueText(tr("only when the screen locks"));
    m_curtainMinutes->setValue(m_settings.curtainIdleMinutes());
    m_curtainMinutes->setToolTip(tr("Clients' names, contacts and notes are hidden after this time without "
                                    "input, and always when the screen locks."));

    auto* form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(hint);
    form->addRow(tr("Your &name in sessions:"), m_counselorName);
    form->addRow(tr("Sessions open &within:"), m_graceMinutes);
    form->addRow(tr("&Hide clients' data after:"), m_curtainMinutes);
    return page;
}

void SettingsDialog::addPage(const QString& title, QWidget* page)
{
    m_pageList->addItem(title);
    // Values show from their start, where they say what they are: Qt leaves a field at the end of
    // the text it was given, and a narrow one showed „ungsberatungsstelle Lindenstraße“.
    for (QLineEdit* field : page->findChildren<QLineEdit*>())
        field->setCursorPosition(0);
    // As wide as the pages' names (and a scroll bar, should they not fit its height): the rest of the
    // dialog is the page's. At 200 % the list's 180 pixels left a page too little, and its fields went
    // on beyond the right edge.
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 2 * m_pageList->frameWidth()
                              + m_pageList->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    // A field too wide to stand beside its label (its placeholder whole) goes under it.
    for (QFormLayout* form : page->findChildren<QFormLayout*>())
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QLineEdit* field : page->findChildren<QLineEdit*>()) {
        if (!field->placeholderText().isEmpty())
            PlaceholderRoom::keep(field);
    }
    // A long page scrolls, so that the dialog, its OK and Cancel included, fits small screens.
    m_pages->addWidget(ScrollingContent::around(page, m_pages));
}

void SettingsDialog::reject()
{
    m_discardQuestion->closeAsking([this] { QDialog::reject(); });
}

int SettingsDialog::pageCount() const
{
    return m_pages->count();
}

void SettingsDialog::accept()
{
    m_settings.setUiLanguage(m_language->currentData().toString());
    m_settings.setCounselorName(m_counselorName->text());
    m_settings.setSessionGraceMinutes(m_graceMinutes->value());
    m_settings.setCurtainIdleMinutes(m_curtainMinutes->value());
    setEnabled(false);
    m_servers->apply([this](const QString& serverError) {
        m_invitations->save([this, serverError](const QString& error) {
            setEnabled(true);
            m_settings.sync();
            if (!serverError.isEmpty() || !error.isEmpty()) {
                MessageBox::warning(
                    this, tr("Settings"),
                    serverError.isEmpty() ? error : tr("A server could not be saved: %1").arg(serverError));
                return;
            }
            QDialog::accept();
        });
    });
}
