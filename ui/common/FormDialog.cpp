#include "ui/common/FormDialog.h"

#include "ui/common/Announcer.h"
#include "ui/common/DiscardQuestion.h"
#include "ui/common/ReadableColors.h"
#include "ui/common/ScreenRoom.h"
#include "ui/common/ScrollingContent.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// The widgets a user reaches with Tab, in the order the layout shows them.
void collectFocusable(QLayoutItem* item, QList<QWidget*>* widgets)
{
    if (!item)
        return;
    if (QWidget* widget = item->widget()) {
        if (widget->focusPolicy() & Qt::TabFocus)
            widgets->append(widget);
        else if (widget->layout())
            collectFocusable(widget->layout(), widgets);
    } else if (QLayout* layout = item->layout()) {
        if (auto* form = qobject_cast<QFormLayout*>(layout)) {
            for (int row = 0; row < form->rowCount(); ++row) {
                for (QFormLayout::ItemRole role :
                     { QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole })
                    collectFocusable(form->itemAt(row, role), widgets);
            }
        } else {
            for (int index = 0; index < layout->count(); ++index)
                collectFocusable(layout->itemAt(index), widgets);
        }
    }
}

} // namespace

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent)
    , m_warning(new QLabel(this))
    , m_announcer(new Announcer(this))
    , m_noticeSettles(new QTimer(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_discardQuestion(new DiscardQuestion(this))
{
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    ReadableColors::showAs(m_warning, ReadableColors::Notice::Warning);
    m_warning->hide();
    // A pause in typing: each digit of a time would otherwise be a new warning to listen to.
    m_noticeSettles->setSingleShot(true);
    m_noticeSettles->setInterval(800);
    connect(m_noticeSettles, &QTimer::timeout, this, [this] {
        showPendingProblem();
        announceNewNotices();
    });
    // Leaving a field shows its problem at once, without waiting for the pause.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old && isAncestorOf(old))
            showPendingProblem();
    });
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    ReadableColors::showAs(m_problem, ReadableColors::Notice::Problem);
    m_problem->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FormDialog::setForm(QFormLayout* form)
{
    // A long form scrolls (a series' rule at large fonts), so that the dialog, OK and Cancel
    // included, fits a small screen.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ScrollingContent::around(form, this), 1);
    layout->addWidget(m_warning);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // Tab follows the form from top to bottom, then the buttons, then round to the first field;
    // the dialog opens in the first field (on Cancel a space would cancel). The ring keeps the
    // buttons where they were made, right after their box, which is a stop of its own that hands
    // the focus to its first button: placed after the last button it sent Tab back to the first
    // one forever (Tab went OK, Cancel, OK, Cancel…).
    const QList<QAbstractButton*> buttons = m_buttons->buttons();
    QList<QWidget*> chain { buttons.cbegin(), buttons.cend() };
    collectFocusable(form, &chain);
    for (qsizetype index = 1; index < chain.size(); ++index)
        setTabOrder(chain.at(index - 1), chain.at(index));
    m_firstField = chain.value(buttons.size());
}

void FormDialog::showEvent(QShowEvent* event)
{
    // Set only now: before the dialog is shown, focus set on it may end in the parent window.
    if (m_firstField && !event->spontaneous() && !m_opened)
        m_firstField->setFocus(Qt::ActiveWindowFocusReason);
    // On the screen whole, its title bar included.
    if (!m_opened)
        resize(size().boundedTo(ScreenRoom::of(this)));
    m_opened = true;
    QDialog::showEvent(event);
}

void FormDialog::setDiscardQuestion(const QString& question)
{
    m_discardQuestion->setQuestion(question);
}

void FormDialog::reject()
{
    m_discardQuestion->closeAsking([this] { QDialog::reject(); });
}

void FormDialog::showProblem(const QString& problem, bool untouched)
{
    if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok)) {
        ok->setEnabled(problem.isEmpty());
        // Why OK is off, also before the line below says it, and in a form nobody has touched yet.
        ok->setToolTip(problem);
    }
    m_pendingProblem = untouched ? QString() : problem;
    if (m_pendingProblem == m_problem->text())
        return;
    // A problem that goes goes at once; one that comes or changes waits for the typing to pause or
    // the field to be left: „„f“ ist keine E-Mail-Adresse.“ came at the first letter, then „„fr“ …“,
    // one for each key.
    m_noticeSettles->start();
    if (m_pendingProblem.isEmpty() || !isVisible())
        showPendingProblem();
}

FormDialog::~FormDialog()
{
    // Deleting the fields moves the focus out of them; the form's own parts are gone by then.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void FormDialog::showPendingProblem()
{
    if (m_pendingProblem == m_problem->text())
        return;
    m_problem->setText(m_pendingProblem);
    m_problem->setVisible(!m_pendingProblem.isEmpty());
    growToFit();
}

void FormDialog::showReadOnly(const QString& reason)
{
    const QList<QAbstractButton*> dialogButtons = m_buttons->buttons();
    for (QAbstractButton* button : findChildren<QAbstractButton*>()) {
        if (!dialogButtons.contains(button))
            button->setEnabled(false);
    }
    for (QLineEdit* field : findChildren<QLineEdit*>())
        field->setReadOnly(true);
    for (QPlainTextEdit* field : findChildren<QPlainTextEdit*>())
        field->setReadOnly(true);
    for (QAbstractSpinBox* field : findChildren<QAbstractSpinBox*>())
        field->setReadOnly(true);
    for (QComboBox* field : findChildren<QComboBox*>())
        field->setEnabled(false);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_problem->hide();
    showWarning(reason);
}

void FormDialog::showWarning(const QString& warning)
{
    if (warning != m_warning->text())
        m_noticeSettles->start();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    growToFit();
}

void FormDialog::announceNewNotices()
{
    if (!isVisible())
        return;
    // What blocks OK first, then what only warns.
    const QStringList shown = m_problem->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts)
        + m_warning->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList unsaid;
    for (const QString& line : shown) {
        if (!m_announcedNotices.contains(line))
            unsaid.append(line);
    }
    // A warning that went away and comes back is new again.
    m_announcedNotices = shown;
    if (!unsaid.isEmpty())
        m_announcer->announce(unsaid.join(QLatin1Char(' ')));
}

void FormDialog::growToFit()
{
    // A window's minimum size leaves out how many lines its wrapped labels need at its width, so a
    // long message (a certificate problem, in German) would be cut off at the bottom.
    if (!isVisible() || !layout())
        return;
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed <= height())
        return;
    // Within the screen, where the form scrolls above its buttons: with a warning at 200 % the
    // dialog grew below the screen's edge, and OK with it.
    ScreenRoom::resize(this, QSize(width(), needed));
    ScreenRoom::keepOnScreen(this);
}
