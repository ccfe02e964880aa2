#include "ui/settings/CalendarsPage.h"

#include "core/secrets/SecretStore.h"
#include "core/secrets/TeamKey.h"
#include "core/sync/SyncStore.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WrappingRows.h"
#include "ui/settings/CalDavAccountDialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int CalendarIdRole = Qt::UserRole;
constexpr int AccountIdRole = Qt::UserRole + 1;

// A filled square in the calendar's colour; without one, an empty space of the same size (an
// empty frame beside the tick box read as a second box to tick).
QIcon swatch(const QString& color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    if (QColor::isValidColorName(color)) {
        QPainter painter(&pixmap);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        painter.setBrush(QColor::fromString(color));
        painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    }
    return QIcon(pixmap);
}

} // namespace

CalendarsPage::CalendarsPage(SyncStore& sync, SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_secrets(secrets)
    , m_list(new QTreeWidget(this))
    , m_removeAccount(new QPushButton(tr("&Remove Account"), this))
    , m_useForNew(new QPushButton(tr("Use for &new appointments"), this))
    , m_chooseColor(new QPushButton(tr("&Colour…"), this))
    , m_resetColor(new QPushButton(tr("Reset Co&lour"), this))
    , m_details(new QComboBox(this))
    , m_detailsNote(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("calendars"));
    m_list->setAccessibleName(tr("Calendars"));
    // One column whose rows wrap: beside a second column for the server's choice the names were cut
    // off at 200 % ("Kalende…"), and which calendar one ticked could not be read.
    m_list->setHeaderHidden(true);
    // The accounts' calendars are always unfolded: no room for the arrows to fold them.
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    WrappingRows::applyTo(m_list);
    m_message->setObjectName(QStringLiteral("calendarsMessage"));
    m_message->setWordWrap(true);
    auto* add = new QPushButton(tr("&Add Account…"), this);
    add->setObjectName(QStringLiteral("addAccount"));
    m_removeAccount->setObjectName(QStringLiteral("removeAccount"));
    m_useForNew->setObjectName(QStringLiteral("useForNew"));
    m_chooseColor->setObjectName(QStringLiteral("chooseColor"));
    m_chooseColor->setToolTip(
        tr("The colour of the calendar's appointments in the views, on this computer."));
    m_resetColor->setObjectName(QStringLiteral("resetColor"));
    m_resetColor->setToolTip(tr("Back to the colour the server gives the calendar (or none)."));
    m_details->setObjectName(QStringLiteral("details"));
    for (TeamCalendar::Details mode : { TeamCalendar::Details::NotesKeptLocal,
                                        TeamCalendar::Details::Everything, TeamCalendar::Details::BusyOnly })
        m_details->addItem(TeamCalendar::detailsText(mode), int(mode));
    m_detailsNote->setObjectName(QStringLiteral("detailsNote"));
    m_detailsNote->setWordWrap(true);
    connect(m_chooseColor, &QPushButton::clicked, this, &CalendarsPage::chooseColorForSelected);
    connect(m_resetColor, &QPushButton::clicked, this, [this] { setSelectedColor(QString()); });
    connect(add, &QPushButton::clicked, this, &CalendarsPage::addAccount);
    connect(m_removeAccount, &QPushButton::clicked, this, &CalendarsPage::removeSelectedAccount);
    connect(m_useForNew, &QPushButton::clicked, this, &CalendarsPage::useSelectedForNewAppointments);
    connect(m_details, &QComboBox::currentIndexChanged, this, &CalendarsPage::setDetailsOfSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CalendarsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, CalendarIdRole).toString();
        if (id.isEmpty())
            return;
        QString error;
        if (!m_sync.setShown(id, item->checkState(0) == Qt::Checked, &error))
            showError(error);
        Q_EMIT calendarsChanged();
    });

    auto* hint
        = new QLabel(tr("Tick the calendars the views show. Team calendars are kept in step with their "
                        "server; what a server gets of each appointment is chosen per calendar."),
                     this);
    hint->setWordWrap(true);
    // The list as wide as the page, its buttons in rows under it: beside a column of buttons the
    // list kept a third of the page at 200 %, too little for a calendar's name.
    auto* buttons = new FlowLayout;
    for (QPushButton* button : { add, m_removeAccount, m_useForNew, m_chooseColor, m_resetColor })
        buttons->addWidget(button);
    // The choice for the selected calendar, under the list and its buttons.
    auto* choice = new QFormLayout;
    auto* detailsLabel = new QLabel(tr("Sent to the &server:"), this);
    detailsLabel->setBuddy(m_details);
    choice->addRow(detailsLabel, m_details);
    choice->addRow(m_detailsNote);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(choice);
    layout->addWidget(m_message);
    reload();
}

void CalendarsPage::reload()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QHash<QString, QTreeWidgetItem*> accountItems;
    for (const CalDavAccount& account : m_sync.accounts()) {
        auto* item = new QTreeWidgetItem(
            m_list, { account.displayName.isEmpty() ? account.user : account.displayName });
        item->setToolTip(0, account.serverUrl.toDisplayString());
        item->setData(0, AccountIdRole, account.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        accountItems.insert(account.id, item);
    }
    for (const TeamCalendar& calendar : m_sync.calendars()) {
        QTreeWidgetItem* parent = accountItems.value(calendar.accountId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem;
        if (!parent)
            m_list->insertTopLevelItem(0, item);
        item->setIcon(0, swatch(calendar.shownColor()));
        item->setData(0, CalendarIdRole, calendar.id);
        item->setData(0, AccountIdRole, calendar.accountId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, calendar.shown ? Qt::Checked : Qt::Unchecked);
        describe(item, calendar);
    }
    m_list->expandAll();
    updateButtons();
}

void CalendarsPage::describe(QTreeWidgetItem* item, const TeamCalendar& calendar)
{
    const QString name = calendar.displayName();
    QString shown = calendar.readOnly ? tr("%1 (read-only)").arg(name) : name;
    if (calendar.isDefault)
        shown = tr("%1 (new appointments)").arg(shown);
    QString sent;
    if (calendar.isLocal())
        sent = tr("To the server: nothing (stays on this computer)");
    else if (calendar.readOnly)
        sent = tr("To the server: nothing (read-only)");
    else
        sent = tr("To the server: %1").arg(TeamCalendar::detailsText(calendar.details));
    item->setText(0, shown + QLatin1Char('\n') + sent);
    item->setData(0, Qt::AccessibleTextRole, QString(shown + QStringLiteral(". ") + sent));
    item->setToolTip(0, calendar.lastError);
}

QString CalendarsPage::selectedCalendarId() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(0, CalendarIdRole).toString();
}

QString CalendarsPage::selectedAccountId() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(0, AccountIdRole).toString();
}

void CalendarsPage::updateButtons()
{
    const std::optional<TeamCalendar> calendar = m_sync.calendar(selectedCalendarId());
    m_useForNew->setEnabled(calendar && !calendar->readOnly && !calendar->isDefault);
    m_removeAccount->setEnabled(!selectedAccountId().isEmpty());
    m_chooseColor->setEnabled(calendar.has_value());
    m_resetColor->setEnabled(calendar && !calendar->chosenColor.isEmpty());
    showDetailsOfSelected();
}

void CalendarsPage::showDetailsOfSelected()
{
    const std::optional<TeamCalendar> calendar = m_sync.calendar(selectedCalendarId());
    const bool choosable = calendar && !calendar->isLocal() && !calendar->readOnly;
    // Showing a calendar's choice is no choice: nothing is stored or sent for it.
    const QSignalBlocker blocker(m_details);
    m_details->setEnabled(choosable);
    m_details->setCurrentIndex(choosable ? m_details->findData(int(calendar->details)) : -1);
    m_details->setPlaceholderText(calendar ? tr("nothing") : QString());
    // Without a calendar, the field is named by its label.
    m_details->setAccessibleName(
        calendar ? tr("What %1 gets of each appointment").arg(calendar->displayName()) : QString());
    if (!calendar)
        m_detailsNote->setText(tr("Select a team calendar in the list to choose what its server gets."));
    else if (calendar->isLocal())
        m_detailsNote->setText(tr("This calendar stays on this computer."));
    else if (calendar->readOnly)
        m_detailsNote->setText(tr("A read-only calendar: nothing goes from here to its server."));
    m_detailsNote->setVisible(!choosable);
}

void CalendarsPage::setDetailsOfSelected()
{
    const QString id = selectedCalendarId();
    QString error;
    if (!m_sync.setDetails(id, TeamCalendar::Details(m_details->currentData().toInt()), &error))
        showError(error);
    const std::optional<TeamCalendar> calendar = m_sync.calendar(id);
    if (!calendar)
        return;
    const QSignalBlocker blocker(m_list);
    describe(m_list->selectedItems().constFirst(), *calendar);
    // What was stored, should it have failed.
    showDetailsOfSelected();
}

void CalendarsPage::showError(const QString& message)
{
    m_message->setText(QStringLiteral("✗ ") + message);
}

void CalendarsPage::addAccount()
{
    CalDavAccountDialog dialog(m_sync, m_secrets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString added = tr("Account added with %n calendar(s).", nullptr, dialog.calendarCount());
    m_message->setText(added);
    // Rooms of team appointments get their password from the team key, which only the
    // administrator's setup file brings: without it, inviting to a team appointment failed later,
    // in front of the client.
    auto* teamKey = new TeamKey(m_secrets, this);
    teamKey->fetch([this, teamKey, added](bool ok, const QByteArray&, const QString&) {
        teamKey->deleteLater();
        if (!ok && m_message->text() == added)
            m_message->setText(
                added + QLatin1Char(' ')
                + tr("Invitations and sessions for its appointments need the team key from your "
                     "administrator's setup file: open it with Help → Set Up Vieraugen…"));
    });
    reload();
    Q_EMIT calendarsChanged();
}

void CalendarsPage::removeSelectedAccount()
{
    const std::optional<CalDavAccount> account = m_sync.account(selectedAccountId());
    if (!account)
        return;
    if (MessageBox::question(
            this, tr("Remove Account"),
            tr("Remove the account %1? Its calendars' appointments are removed from this computer; "
               "the server keeps them.")
                .arg(account->displayName))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_sync.removeAccount(account->id, &error)) {
        showError(error);
        return;
    }
    m_secrets.removeOwner(account->secretOwner());
    reload();
    Q_EMIT calendarsChanged();
}

void CalendarsPage::useSelectedForNewAppointments()
{
    const QString id = selectedCalendarId();
    QString error;
    if (!m_sync.setDefault(id, &error)) {
        showError(error);
        return;
    }
    reload();
    selectCalendar(id);
    Q_EMIT calendarsChanged();
}

void CalendarsPage::chooseColorForSelected()
{
    const std::optional<TeamCalendar> calendar = m_sync.calendar(selectedCalendarId());
    if (!calendar)
        return;
    const QString shown = calendar->shownColor();
    const QColor chosen = QColorDialog::getColor(QColor::isValidColorName(shown) ? QColor::fromString(shown)
                                                                                 : QColor(Qt::white),
                                                 this, tr("Colour of %1").arg(calendar->displayName()));
    if (chosen.isValid())
        setSelectedColor(chosen.name());
}

void CalendarsPage::setSelectedColor(const QString& color)
{
    const QString id = selectedCalendarId();
    QString error;
    if (!m_sync.setChosenColor(id, color, &error)) {
        showError(error);
        return;
    }
    reload();
    selectCalendar(id);
    Q_EMIT calendarsChanged();
}

void CalendarsPage::selectCalendar(const QString& id)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, CalendarIdRole).toString() == id) {
            m_list->setCurrentItem(*it);
            return;
        }
    }
}
