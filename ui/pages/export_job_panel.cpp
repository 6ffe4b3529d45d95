#include "ui/pages/export_job_panel.h"

#include "engine/export/exporter.h"
#include "engine/store/store.h"
#include "ui/engine_controller.h"
#include "ui/models/display_units.h"
#include "ui/settings.h"
#include "ui/widgets/themed_icon.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>

namespace tern::ui {

ExportJobPanel::ExportJobPanel(EngineController* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_precision(new QComboBox(this)),
      m_export(new QPushButton(themedIcon(QStringLiteral("export")), tr("&Export…"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_open(new QPushButton(themedIcon(QStringLiteral("folder")), tr("&Open Folder"), this)),
      m_predict(new QPushButton(tr("&Predict…"), this))
{
    m_precision->setObjectName(QStringLiteral("precision"));
    m_precision->setToolTip(tr("The numeric precision of the exported model"));
    m_precision->setSizeAdjustPolicy(QComboBox::AdjustToContents); // filled per candidate: "ternary" was cut to "terna"
    m_export->setToolTip(tr("Write model.onnx, model.tern and model_card.json into a new folder"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_cancel->setToolTip(tr("Stop the export; nothing is left behind"));
    m_open->setToolTip(tr("Show the exported folder in the file manager"));
    m_predict->setToolTip(tr("Load an exported model (the last one written here) and predict a table with it"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_export, &QPushButton::clicked, this, &ExportJobPanel::chooseFolderAndExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportJobPanel::cancel);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastExport)); });
    connect(m_predict, &QPushButton::clicked, this, [this] { emit predictRequested(m_lastExport); });
    connect(m_engine, &EngineController::progressChanged, this, [this](quint64 id, double fraction) {
        if (id == m_job)
            m_progress->setValue(static_cast<int>(fraction * 1000));
    });
    connect(m_engine, &EngineController::jobFailed, this, [this](quint64 id, const QString& message) {
        if (id != m_job)
            return;
        setExporting(false);
        m_status->setText(tr("Export failed."));
        emit failed(message);
    });
    connect(m_engine, &EngineController::jobCancelled, this, [this](quint64 id) {
        if (id != m_job)
            return;
        setExporting(false);
        m_status->setText(tr("Export cancelled."));
    });

    auto* precisionLabel = new QLabel(tr("Pre&cision:"), this);
    precisionLabel->setBuddy(m_precision);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(precisionLabel);
    layout->addWidget(m_precision);
    layout->addWidget(m_export);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_predict);
    setCandidate({}, 0, 0, false);
}

void ExportJobPanel::setCandidate(const QString& databasePath, qint64 runId, qint64 candidate, bool quantisable)
{
    m_databasePath = databasePath;
    m_runId = runId;
    m_candidate = candidate;
    const QString keep = precision();
    m_precision->clear();
    m_precision->addItem(QStringLiteral("fp32"));
    if (quantisable)
        for (const char* p : {"bf16", "int8", "ternary"})
            m_precision->addItem(QString::fromLatin1(p));
    setPrecision(keep);
    setExporting(m_job != 0);
}

void ExportJobPanel::setPrecision(const QString& precision)
{
    const int index = m_precision->findText(precision);
    m_precision->setCurrentIndex(index >= 0 ? index : 0);
}

QString ExportJobPanel::precision() const
{
    return m_precision->currentText();
}

QString ExportJobPanel::folderBaseName() const
{
    return QStringLiteral("tern-run%1-c%2-%3").arg(m_runId).arg(m_candidate).arg(precision());
}

QString ExportJobPanel::proposedFolder(const QString& parentDirectory) const
{
    const QDir parent(parentDirectory);
    const QString base = folderBaseName();
    QString name = base;
    for (int n = 2; parent.exists(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return parent.filePath(name);
}

void ExportJobPanel::chooseFolderAndExport()
{
    Settings settings;
    // The export makes its own sub-folder, named in the title: choosing a folder never mixes the model's files with
    // what is already there, and the user knows before choosing where they go.
    const QString parent = QFileDialog::getExistingDirectory(
        this, tr("Export into a new sub-folder %1 of").arg(folderBaseName()),
        settings.lastDirectory());
    if (parent.isEmpty())
        return;
    settings.setLastDirectory(parent);
    exportTo(proposedFolder(parent));
}

void ExportJobPanel::exportTo(const QString& folder)
{
    if (m_job || m_runId <= 0 || m_candidate <= 0)
        return;
    exporting::ExportOptions options;
    options.precision = quant::precision_from_string(precision().toStdString());
    options.residual_fraction = m_residualFraction;
    const std::string db = m_databasePath.toStdString();
    const std::int64_t run = m_runId, candidate = m_candidate;
    const std::filesystem::path out = folder.toStdString();
    QPointer<ExportJobPanel> self(this);
    m_job = m_engine->submitFor<exporting::ExportResult>(
        tr("Export candidate %1 (%2)").arg(m_candidate).arg(precision()),
        [db, run, candidate, options, out](const JobControl& job) {
            auto store = store::Store::open(db, store::OpenMode::read_write);
            return exporting::export_candidate(store, run, candidate, options, out, job);
        },
        [self](exporting::ExportResult&& result) {
            if (!self)
                return;
            self->setExporting(false);
            self->m_lastExport = QString::fromStdString(result.out.string());
            QString status =
                tr("Wrote %1 (model.tern %2).")
                    .arg(QDir::toNativeSeparators(self->m_lastExport), formatBytes(double(result.size_bytes)));
            if (!result.store_error.empty())
                status +=
                    QLatin1Char(' ') +
                    tr("The store could not record the export: %1").arg(QString::fromStdString(result.store_error));
            if (!result.fold_model.empty())
                status += QLatin1Char(' ') +
                          tr("The model was trained on %1.").arg(QString::fromStdString(result.fold_model));
            self->m_status->setText(status);
            self->m_status->setToolTip(self->m_lastExport);
            self->m_open->setEnabled(true);
            self->m_predict->setEnabled(true);
            emit self->exported(self->m_lastExport);
        });
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    setExporting(true);
}

void ExportJobPanel::cancel()
{
    if (m_job)
        m_engine->cancel(m_job);
}

void ExportJobPanel::setExporting(bool exporting)
{
    if (!exporting)
        m_job = 0;
    m_progress->setVisible(exporting);
    m_cancel->setVisible(exporting);
    m_export->setEnabled(!exporting && m_runId > 0 && m_candidate > 0);
    m_precision->setEnabled(!exporting);
    m_open->setEnabled(!exporting && !m_lastExport.isEmpty());
    m_predict->setEnabled(!exporting); // without an export yet it opens the dialog empty
}

} // namespace tern::ui
