#include "ui/dialogs/predict_dialog.h"

#include "engine/export/package.h"
#include "engine/export/prediction_input.h"
#include "ui/engine_controller.h"
#include "ui/engine_text.h"
#include "ui/models/display_units.h"
#include "ui/models/prediction_table_model.h"
#include "ui/models/run_metric.h"
#include "ui/settings.h"
#include "ui/widgets/message_banner.h"
#include "ui/widgets/themed_icon.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tern::ui {

namespace {

// The target of each row as the table wrote it, beside its prediction; empty when the table has no target column.
std::vector<std::string> actualTargets(const exporting::ExportedModel& model, const data::Table& table)
{
    const auto column = table.find(model.card().value("target", std::string()));
    if (model.reads_images() || !column)
        return {};
    const data::Column& target = table.column(*column);
    std::vector<std::string> out(table.rows());
    for (std::size_t r = 0; r < out.size(); ++r)
        if (!target.is_missing(r))
            out[r] = target.display(r);
    return out;
}

} // namespace

using ModelPtr = std::shared_ptr<const exporting::ExportedModel>;

PredictDialog::PredictDialog(EngineController* engine, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_banner(new MessageBanner(this)), m_modelPath(new QLineEdit(this)),
      m_modelInfo(new QLabel(tr("No model loaded: choose or drop an exported folder."), this)),
      m_tablePath(new QLineEdit(this)), m_tableLabel(new QLabel(this)),
      m_chooseTable(new QPushButton(themedIcon(QStringLiteral("open")), QString(), this)),
      m_predict(new QPushButton(tr("&Predict"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_predictions(new PredictionTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_save(new QPushButton(tr("&Save CSV…"), this))
{
    setWindowTitle(tr("Predict with an Exported Model"));
    setAcceptDrops(true);
    resize(760, 560);

    // Paths can be typed or pasted as well as chosen or dropped: Return loads the model or predicts the table.
    m_modelPath->setPlaceholderText(tr("A folder written by Export (holding model.tern)"));
    connect(m_modelPath, &QLineEdit::returnPressed, this, [this] {
        if (const QString path = m_modelPath->text().trimmed(); !path.isEmpty())
            loadModel(QDir::fromNativeSeparators(path));
    });
    connect(m_tablePath, &QLineEdit::returnPressed, this, [this] {
        if (const QString path = m_tablePath->text().trimmed(); !path.isEmpty())
            setTablePath(QDir::fromNativeSeparators(path));
    });
    // A model path edited but not loaded yet is not the model Predict would use: Predict waits for Return.
    connect(m_modelPath, &QLineEdit::textEdited, this, [this] { m_predict->setEnabled(false); });
    connect(m_tablePath, &QLineEdit::textChanged, this,
            [this] { m_predict->setEnabled(m_model && !m_job && !m_tablePath->text().isEmpty()); });
    showInputKind();
    auto* chooseModel = new QPushButton(themedIcon(QStringLiteral("folder")), tr("Choose &Model…"), this);
    connect(chooseModel, &QPushButton::clicked, this, &PredictDialog::chooseModel);
    connect(m_chooseTable, &QPushButton::clicked, this, &PredictDialog::chooseTable);
    connect(m_predict, &QPushButton::clicked, this, &PredictDialog::predict);
    connect(m_cancel, &QPushButton::clicked, this, &PredictDialog::cancel);
    connect(m_save, &QPushButton::clicked, this, &PredictDialog::chooseCsv);
    m_predict->setEnabled(false);
    m_save->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_modelInfo->setWordWrap(true);

    m_proxy->setSourceModel(m_predictions);
    m_proxy->setSortRole(PredictionTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // input order until the user sorts
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    connect(m_engine, &EngineController::progressChanged, this, [this](quint64 id, double fraction) {
        if (id == m_job)
            m_progress->setValue(static_cast<int>(fraction * 1000));
    });
    connect(m_engine, &EngineController::jobFailed, this, [this](quint64 id, const QString& message) {
        if (id != m_job)
            return;
        setBusy(0, {});
        m_predictWhenIdle = false;
        showError(message);
    });
    connect(m_engine, &EngineController::jobCancelled, this, [this](quint64 id) {
        if (id == m_job)
            setBusy(0, tr("Cancelled."));
    });

    auto* form = new QFormLayout;
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_modelPath, 1);
    modelRow->addWidget(chooseModel);
    form->addRow(tr("Model:"), modelRow);
    form->addRow(QString(), m_modelInfo);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_tablePath, 1);
    tableRow->addWidget(m_chooseTable);
    tableRow->addWidget(m_predict);
    form->addRow(m_tableLabel, tableRow);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    statusRow->addWidget(m_status, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addLayout(statusRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    setBusy(0, {});
}

PredictDialog::~PredictDialog()
{
    cancel();
}

bool PredictDialog::isModelPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QFileInfo::exists(QDir(path).filePath(QStringLiteral("model.tern")));
    return info.fileName() == QLatin1String("model.tern");
}

QString PredictDialog::modelSummary() const
{
    return m_modelInfo->text();
}

QString PredictDialog::statusText() const
{
    return m_status->text();
}

void PredictDialog::loadModel(const QString& folderOrFile)
{
    if (m_job)
        return;
    m_banner->dismiss();
    m_modelPath->setText(QDir::toNativeSeparators(folderOrFile));
    m_model.reset();
    m_predictions->clear();
    QPointer<PredictDialog> self(this);
    const std::filesystem::path path = folderOrFile.toStdString();
    // The engine runs one job at a time: behind a run, say so rather than seem stuck on a small file.
    const bool queued = m_engine->isBusy();
    setBusy(m_engine->submitFor<ModelPtr>(
                tr("Load exported model"),
                [path](const JobControl&) {
                    return std::make_shared<const exporting::ExportedModel>(exporting::ExportedModel::load(path));
                },
                [self](ModelPtr&& model) {
                    if (!self)
                        return;
                    self->m_model = std::move(model);
                    const auto& classes = self->m_model->class_names();
                    QString summary = tr("%1 model in %2")
                                          .arg(QString::fromUtf8(std::string(to_string(self->m_model->task()))),
                                               QString::fromStdString(quant::to_string(self->m_model->precision())));
                    if (!classes.empty()) {
                        QStringList names;
                        for (const auto& c : classes)
                            names << QString::fromStdString(c);
                        summary += tr(", classes: %1").arg(names.join(QStringLiteral(", ")));
                    }
                    if (self->m_model->reads_images())
                        summary += tr(", predicts images");
                    self->m_modelInfo->setText(summary);
                    self->showInputKind();
                    self->setBusy(0, {});
                    emit self->modelLoaded();
                    if (std::exchange(self->m_predictWhenIdle, false))
                        self->predict();
                }),
            queued ? tr("Loading the model once the running job ends…") : tr("Loading the model…"));
}

void PredictDialog::showInputKind()
{
    const bool images = m_model && m_model->reads_images();
    m_tableLabel->setText(images ? tr("Images:") : tr("Table:"));
    m_chooseTable->setText(images ? tr("Choose &Images…") : tr("Choose &Table…"));
    m_tablePath->setPlaceholderText(images ? tr("A folder of images (its sub-folders too), or drop one image here")
                                           : tr("A CSV, TSV or ARFF table with the model's columns"));
    m_tablePath->setToolTip(images ? QString()
                                   : tr("The target column may be absent; when the table holds it, the model is "
                                        "scored on it as well"));
}

void PredictDialog::setTablePath(const QString& path)
{
    m_tablePath->setText(QDir::toNativeSeparators(path));
    if (m_model && !m_job)
        predict();
    else if (m_job)
        m_predictWhenIdle = true;
    m_predict->setEnabled(m_model && !m_job);
}

void PredictDialog::predict()
{
    const QString table = QDir::fromNativeSeparators(m_tablePath->text());
    if (!m_model || m_job || table.isEmpty())
        return;
    m_banner->dismiss();
    QPointer<PredictDialog> self(this);
    const ModelPtr model = m_model;
    const std::string path = table.toStdString();
    const bool queued = m_engine->isBusy();
    setBusy(
        m_engine->submitFor<exporting::FilePredictions>(
            tr("Predict %1").arg(QFileInfo(table).fileName()),
            [model, path](const JobControl& job) { return exporting::predict_file(*model, path, job); },
            [self, model](exporting::FilePredictions&& result) {
                if (!self)
                    return;
                self->m_predictions->setPredictions(std::move(result.predictions), model->class_names(),
                                                    std::move(result.input.files),
                                                    actualTargets(*model, result.input.table));
                const int rows = self->m_predictions->rowCount();
                QString status = tr("%n row(s) predicted.", nullptr, rows);
                if (result.score) // the table held the target: how the model did on it
                    status += QLatin1Char(' ') + scoreSentence(*result.score);
                self->setBusy(0, status);
                if (!result.unfamiliar.empty()) {
                    QStringList lines;
                    for (const auto& note : result.unfamiliar)
                        lines << QString::fromStdString(note);
                    self->m_banner->showMessage(
                        MessageBanner::Kind::Warning,
                        tr("Some rows lie outside what the model learned; their predictions deserve less "
                           "trust. %1")
                            .arg(lines.join(QStringLiteral("; "))));
                }
                if (!result.input.left_out.empty())
                    self->m_banner->showMessage(
                        MessageBanner::Kind::Warning,
                        tr("%n image(s) could not be read and are left out, the first: %1 (%2)", nullptr,
                           int(result.input.left_out.size()))
                            .arg(QDir::toNativeSeparators(QString::fromStdString(result.input.left_out.front().path)),
                                 engineText(result.input.left_out.front().reason)));
                emit self->predicted(rows);
                if (std::exchange(self->m_predictWhenIdle, false))
                    self->predict(); // a table chosen while these rows were being predicted
            }),
        queued ? tr("Predicting once the running job ends…") : tr("Predicting…"));
}

bool PredictDialog::saveCsv(const QString& path)
{
    const QString error = m_predictions->saveCsv(path);
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void PredictDialog::cancel()
{
    if (m_job)
        m_engine->cancel(m_job);
}

void PredictDialog::chooseModel()
{
    Settings settings;
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose an exported model folder"), settings.lastDirectory());
    if (folder.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(folder).absolutePath());
    loadModel(folder);
}

void PredictDialog::chooseTable()
{
    Settings settings;
    const QString file =
        m_model && m_model->reads_images()
            ? QFileDialog::getExistingDirectory(this, tr("Choose a folder of images to predict"),
                                                settings.lastDirectory())
            : QFileDialog::getOpenFileName(this, tr("Choose a table to predict"), settings.lastDirectory(),
                                           tr("Tables (*.csv *.tsv *.txt *.arff);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(file).absolutePath());
    setTablePath(file);
}

void PredictDialog::chooseCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save predictions"), QStringLiteral("predictions.csv"),
                                                      tr("CSV file (*.csv)"));
    if (!file.isEmpty())
        saveCsv(file);
}

void PredictDialog::setBusy(quint64 job, const QString& status)
{
    m_job = job;
    m_progress->setValue(0);
    m_progress->setVisible(job != 0);
    m_cancel->setVisible(job != 0);
    m_status->setText(status);
    m_predict->setEnabled(!job && m_model && !m_tablePath->text().isEmpty());
    m_save->setEnabled(!job && m_predictions->rowCount() > 0);
}

void PredictDialog::showError(const QString& message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
}

void PredictDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PredictDialog::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openPath(urls.first().toLocalFile());
}

void PredictDialog::openPath(const QString& path)
{
    if (isModelPath(path))
        loadModel(path);
    else if (QFileInfo(path).isFile() || (QFileInfo(path).isDir() && m_model && m_model->reads_images()))
        setTablePath(path);
    else
        showError(tr("%1 is neither an exported model folder nor a table.").arg(QDir::toNativeSeparators(path)));
}

QString PredictDialog::scoreSentence(const exporting::FileScore& score)
{
    const QString classes = QString::fromStdString(exporting::first_names(score.unknown_classes));
    if (!score.value) {
        if (score.rows == 0 && score.unknown > 0)
            return tr("No score: no row's target is a class the model knows (%1).").arg(classes);
        return tr("No score: %1.").arg(QString::fromStdString(score.note));
    }
    QString sentence =
        tr("%1 %2 on the %n row(s) with a known target.", nullptr, static_cast<int>(score.rows))
            .arg(metricLabel(score.metric), QLocale().toString(*score.value, 'f', metricDecimals(*score.value)));
    if (score.unknown > 0)
        sentence += QLatin1Char(' ') + tr("%n row(s) of a class the model does not know (%1) are not scored.", nullptr,
                                          static_cast<int>(score.unknown))
                                           .arg(classes);
    return sentence;
}

} // namespace tern::ui
