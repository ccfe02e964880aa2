#include "ui/shell/AboutDialog.h"

#include "core/base/ComponentInfo.h"
#include "ui/common/ScreenRoom.h"
#include "ui/session/SessionModule.h"
#include "ui/session/SessionModuleLoader.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QList<Component> allComponents()
{
    QList<Component> components = ComponentInfo::coreComponents();
    // Asking for the versions loads the session module, if it is not loaded yet.
    const SessionModule* sessions = SessionModuleLoader::load();
    components.append({ QStringLiteral("Chromium (Qt WebEngine)"),
                        sessions ? sessions->chromiumVersion() : AboutDialog::tr("not installed"),
                        AboutDialog::tr("BSD 3-Clause and others") });
    return components;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Vieraugen"));

    auto* title
        = new QLabel(QStringLiteral("<h2>Vieraugen %1</h2>").arg(QLatin1String(VIERAUGEN_VERSION)), this);
    auto* description = new QLabel(tr("Appointments and confidential video sessions for counselors. "
                                      "Your calendar stays on this computer; sessions run on your "
                                      "organization's Jitsi server."),
                                   this);
    description->setWordWrap(true);

    const QList<Component> components = allComponents();
    auto* table = new QTableWidget(int(components.size()), 3, this);
    table->setObjectName(QStringLiteral("components"));
    table->setAccessibleName(tr("Components"));
    table->setHorizontalHeaderLabels({ tr("Component"), tr("Version"), tr("License") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < components.size(); ++row) {
        const Component& component = components.at(row);
        table->setItem(row, 0, new QTableWidgetItem(component.name));
        table->setItem(row, 1, new QTableWidgetItem(component.version));
        table->setItem(row, 2, new QTableWidgetItem(component.license));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(componentsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addWidget(table);
    layout->addWidget(buttons);
    ScreenRoom::resize(this, QSize(560, 400));
}

QString AboutDialog::componentsText() const
{
    QString text = QStringLiteral("Vieraugen %1\n").arg(QLatin1String(VIERAUGEN_VERSION));
    for (const Component& component : allComponents())
        text += QStringLiteral("%1 %2 (%3)\n").arg(component.name, component.version, component.license);
    return text;
}
