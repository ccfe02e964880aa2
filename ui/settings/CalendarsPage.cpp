#include "ui/settings/CalendarsPage.h"

#include "core/secrets/SecretStore.h"
#include "core/secrets/TeamKey.h"
#include "core/sync/SyncStore.h"
#include "ui/common/ListPageLayout.h"
#include "ui/common/MessageBox.h"
#include "ui/settings/CalDavAccountDialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>

#include <algorithm>

namespace {

enum Column
{
    NameColumn,
    DetailsColumn,
};
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
    , m_message(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("calendars"));
    m_list->setAccessibleName(tr("Calendars"));
    // Two columns, so that on the settings page both fit without scrolling: what the server gets of
    // each calendar is a confidentiality choice that must not be cut off.
    m_list->setHeaderLabels({ tr("Calendar"), tr("Sent to the server") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(DetailsColumn, QHeaderView::Fixed);
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
    connect(m_chooseColor, &QPushButton::clicked, this, &CalendarsPage::chooseColorForSelected);
    connect(m_resetColor, &QPushButton::clicked, this, [this] { setSelectedColor(QString()); });
    connect(add, &QPushButton::clicked, this, &CalendarsPage::addAccount);
    connect(m_removeAccount, &QPushButton::clicked, this, &CalendarsPage::removeSelectedAccount);
    connect(m_useForNew, &QPushButton::clicked, this, &CalendarsPage::useSelectedForNewAppointments);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CalendarsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        const QString id = item->data(NameColumn, CalendarIdRole).toString();
        if (column != NameColumn || id.isEmpty())
            return;
        QString error;
        if (!m_sync.setShown(id, item->checkState(NameColumn) == Qt::Checked, &error))
            showError(error);
        Q_EMIT calendarsChanged();
    });

    auto* hint
        = new QLabel(tr("Tick the calendars the views show. Team calendars are kept in step with their "
                        "server; what a server gets of each appointment is chosen per calendar."),
                     this);
    hint->setWordWrap(true);
    layOutListPage(this, hint, m_list, { add, m_removeAccount, m_useForNew, m_chooseColor, m_resetColor },
                   m_message);
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
        item->setToolTip(NameColumn, account.serverUrl.toDisplayString());
        item->setData(NameColumn, AccountIdRole, account.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        accountItems.insert(account.id, item);
    }
    for (const TeamCalendar& calendar : m_sync.calendars()) {
        QTreeWidgetItem* parent = accountItems.value(calendar.accountId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem;
        if (!parent)
            m_list->insertTopLevelItem(0, item);
        const QString name = calendar.displayName();
        QString shown = calendar.readOnly ? tr("%1 (read-only)").arg(name) : name;
        if (calendar.isDefault)
            shown = tr("%1 (new appointments)").arg(shown);
        item->setText(NameColumn, shown);
        item->setIcon(NameColumn, swatch(calendar.shownColor()));
        item->setData(NameColumn, CalendarIdRole, calendar.id);
        item->setData(NameColumn, AccountIdRole, calendar.accountId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, calendar.shown ? Qt::Checked : Qt::Unchecked);
        if (!calendar.lastError.isEmpty())
            item->setToolTip(NameColumn, calendar.lastError);
        if (calendar.isLocal()) {
            item->setText(DetailsColumn, tr("nothing"));
            item->setToolTip(DetailsColumn, tr("This calendar stays on this computer."));
            continue;
        }
        auto* details = new QComboBox(m_list);
        details->setObjectName(QStringLiteral("details-") + calendar.id);
        for (TeamCalendar::Details mode :
             { TeamCalendar::Details::NotesKeptLocal, TeamCalendar::Details::Everything,
               TeamCalendar::Details::BusyOnly })
            details->addItem(TeamCalendar::detailsText(mode), int(mode));
        details->setCurrentIndex(details->findData(int(calendar.details)));
        details->setAccessibleName(tr("What %1 gets of each appointment").arg(name));
        const QString id = calendar.id;
        connect(details, &QComboBox::currentIndexChanged, this, [this, details, id] {
            QString error;
            if (!m_sync.setDetails(id, TeamCalendar::Details(details->currentData().toInt()), &error))
                showError(error);
        });
        m_list->setItemWidget(item, DetailsColumn, details);
    }
    m_list->expandAll();
    // The choices in full; the names give way (elided, whole in their tooltip).
    int detailsWidth
        = m_list->header()->fontMetrics().horizontalAdvance(m_list->headerItem()->text(DetailsColumn))
        + 2 * m_list->header()->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_list->header());
    for (const QComboBox* details : m_list->findChildren<QComboBox*>())
        detailsWidth = std::max(detailsWidth, details->sizeHint().width());
    m_list->header()->resizeSection(DetailsColumn, detailsWidth);
    updateButtons();
}

QString CalendarsPage::selectedCalendarId() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString()
                              : selected.constFirst()->data(NameColumn, CalendarIdRole).toString();
}

QString CalendarsPage::selectedAccountId() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(NameColumn, AccountIdRole).toString();
}

void CalendarsPage::updateButtons()
{
    const std::optional<TeamCalendar> calendar = m_sync.calendar(selectedCalendarId());
    m_useForNew->setEnabled(calendar && !calendar->readOnly && !calendar->isDefault);
    m_removeAccount->setEnabled(!selectedAccountId().isEmpty());
    m_chooseColor->setEnabled(calendar.has_value());
    m_resetColor->setEnabled(calendar && !calendar->chosenColor.isEmpty());
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
        if ((*it)->data(NameColumn, CalendarIdRole).toString() == id) {
            m_list->setCurrentItem(*it);
            return;
        }
    }
}
