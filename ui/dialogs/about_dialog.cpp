#include "ui/dialogs/about_dialog.h"

#include "engine/core/library_versions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tern::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("About Tern"));
    const tern::RuntimeInfo& info = tern::runtime_info();
    m_cpu = QString::fromStdString(tern::describe(info.cpu));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/tern.svg")).pixmap(64, 64));
    auto* heading = new QLabel(
        tr("<h2>Tern %1</h2><p>A desktop AutoML workbench: tables and image folders in, every candidate model "
           "compared by score, latency and size, models out in FP32, BF16, INT8 or ternary precision.</p>")
            .arg(QApplication::applicationVersion()),
        this);
    heading->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addWidget(heading, 1);

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Details")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const auto addRow = [this](const QString& name, const QString& version, const QString& detail) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(version));
        m_table->setItem(row, 2, new QTableWidgetItem(detail));
    };
    addRow(QStringLiteral("Qt"), QString::fromLatin1(qVersion()), tr("compiled with %1").arg(QT_VERSION_STR));
    for (const auto& lib : info.libraries)
        addRow(QString::fromStdString(lib.name), QString::fromStdString(lib.version),
               QString::fromStdString(lib.detail));
    m_table->resizeColumnsToContents();

    auto* cpu = new QLabel(tr("<b>CPU:</b> %1").arg(m_cpu.toHtmlEscaped()), this);
    cpu->setWordWrap(true);
    cpu->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the versions to the clipboard, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Libraries in use:"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(cpu);
    layout->addWidget(buttons);
    resize(660, 560);
}

QString AboutDialog::versionsText() const
{
    QStringList lines;
    lines << QStringLiteral("Tern %1").arg(QApplication::applicationVersion());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QString line = m_table->item(row, 0)->text() + QStringLiteral(": ") + m_table->item(row, 1)->text();
        if (!m_table->item(row, 2)->text().isEmpty())
            line += QStringLiteral(" (%1)").arg(m_table->item(row, 2)->text());
        lines << line;
    }
    lines << QStringLiteral("CPU: ") + m_cpu;
    return lines.join(QLatin1Char('\n'));
}

QString AboutDialog::versionOf(const QString& library) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->text() == library)
            return m_table->item(row, 1)->text();
    return {};
}

} // namespace tern::ui
