#include "ui/pages/run_page.h"

#include "engine/core/error.h"
#include "engine/models/registry.h"
#include "engine/search/image_table.h"
#include "engine/search/runner.h"
#include "engine/search/target.h"
#include "engine/search/validation_rows.h"
#include "engine/store/paths.h"
#include "engine/store/store.h"
#include "ui/engine_controller.h"
#include "ui/engine_text.h"
#include "ui/models/candidate_table_model.h"
#include "ui/models/family_labels.h"
#include "ui/models/run_metric.h"
#include "ui/models/status_labels.h"
#include "ui/run/metric_chooser.h"
#include "ui/run/run_observer_bridge.h"
#include "ui/run/validation_label.h"
#include "ui/widgets/text_tone.h"
#include "ui/widgets/themed_icon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tern::ui {

namespace {

// The engine's row shortage (validation_rows.h) in the user's language; Folds on this page is the CLI's --folds.
QString shortageText(const search::RowShortage& s, const QString& timeColumn)
{
    const auto rows = static_cast<qulonglong>(s.rows);
    const auto needed = static_cast<qulonglong>(s.needed);
    QString have;
    if (s.plan.holdout && s.plan.forward)
        have = RunPage::tr("Rows with a target and a date in %1: %2; a holdout of the latest 20 % needs at least %3.")
                   .arg(timeColumn)
                   .arg(rows)
                   .arg(needed);
    else if (s.plan.holdout)
        have = RunPage::tr("Rows with a target: %1; a 20 % holdout needs at least %2.").arg(rows).arg(needed);
    else if (s.plan.forward)
        have = RunPage::tr("Rows with a target and a date in %1: %2; forward-in-time validation with %3 folds needs "
                           "at least %4.")
                   .arg(timeColumn)
                   .arg(rows)
                   .arg(s.plan.folds)
                   .arg(needed);
    else
        have = RunPage::tr("Rows with a target: %1; cross-validation with %2 folds needs at least %3, two to validate "
                           "in each fold.")
                   .arg(rows)
                   .arg(s.plan.folds)
                   .arg(needed);
    const QString way = s.fewer_folds > 0 ? RunPage::tr("Set Folds to %1, or add rows.").arg(s.fewer_folds)
                                          : RunPage::tr("Add rows to the table.");
    return have + QLatin1Char(' ') + way;
}

QString formatSeconds(double s)
{
    const int total = static_cast<int>(s + 0.5);
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunPage::RunPage(EngineController* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_bridge(new RunObserverBridge(this)), m_databasePath(defaultDatabasePath())
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createForm());
    splitter->addWidget(createMonitor());
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_bridge, &RunObserverBridge::runStarted, this, [this](qint64 id) {
        m_runId = id;
        // A bare 0.5711 is no score: its metric is named beside it (a resumed run's is in the store, not the form).
        try {
            m_runMetric = metricLabel(
                store::Store::open(m_databasePath.toStdString(), store::OpenMode::read_only).load_run(id).metric);
        } catch (const std::exception&) {
            m_runMetric.clear();
        }
        emit runStarted(id);
    });
    connect(m_bridge, &RunObserverBridge::candidateFinished, this, &RunPage::candidateFinished); // the log has a line

    connect(m_bridge, &RunObserverBridge::candidateUpdated, this, &RunPage::candidateFinished);
    connect(this, &RunPage::candidateFinished, this, [this](const search::CandidateResult& r) {
        if (r.score)
            m_finished[r.id] = QStringLiteral("#%1 %2 · %3").arg(r.id).arg(familyLabel(r.family), scoreText(*r.score));
    });
    connect(m_bridge, &RunObserverBridge::progressChanged, this, &RunPage::onProgress);
    connect(m_bridge, &RunObserverBridge::logLine, this, &RunPage::appendLog);
    setRunning(false);
}

QString RunPage::defaultDatabasePath()
{
    // One store for the GUI and tern-cli: TERN_DB, else $XDG_DATA_HOME/tern/tern.db (engine/store/paths.h).
    return QString::fromStdString(tern::store::default_database_path());
}

QWidget* RunPage::createForm()
{
    auto* box = new QGroupBox(tr("Run settings"), this);
    auto* form = new QFormLayout(box);
    m_dataLabel = new QLabel(tr("No table loaded (Data page)."), box);
    m_dataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // else it takes the spare height
    form->addRow(tr("Data:"), m_dataLabel);

    m_target = new QComboBox(box);
    form->addRow(tr("&Target:"), m_target);
    m_task = new QComboBox(box);
    m_task->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_task->addItem(tr("Binary classification"), QStringLiteral("binary"));
    m_task->addItem(tr("Multiclass classification"), QStringLiteral("multiclass"));
    m_task->addItem(tr("Regression"), QStringLiteral("regression"));
    form->addRow(tr("T&ask:"), m_task);

    m_metric = new MetricChooser(form, box);

    m_validation = new QComboBox(box);
    m_validation->setObjectName(QStringLiteral("validation"));
    form->addRow(tr("&Validation:"), m_validation);
    m_folds = new QSpinBox(box);
    m_folds->setObjectName(QStringLiteral("folds"));
    m_folds->setRange(2, 50); // RunSpec::validate
    m_folds->setValue(search::RunSpec{}.folds);
    m_folds->setToolTip(tr("Cross-validation folds (forward in time: expanding-window folds). Every fold validates "
                           "on at least two rows, so a small table needs fewer folds."));
    form->addRow(tr("F&olds:"), m_folds);

    m_budget = new QDoubleSpinBox(box);
    m_budget->setRange(1, 86400);
    m_budget->setValue(60);
    m_budget->setSuffix(tr(" s"));
    form->addRow(tr("&Budget:"), m_budget);

    m_families = new QListWidget(box);
    for (const auto& family : models::families()) {
        auto* item = new QListWidgetItem(familyLabel(family.name), m_families);
        item->setData(FamilyCodeRole, QString::fromStdString(family.name));
        item->setToolTip(QString::fromStdString(family.description));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_families->setMaximumHeight(150);
    form->addRow(tr("&Families:"), m_families);
    m_imputation = new QPushButton(box);
    m_imputation->setObjectName(QStringLiteral("imputation"));
    form->addRow(tr("&Imputation:"), m_imputation);

    m_latency = new QDoubleSpinBox(box);
    m_latency->setRange(0, 1e7);
    m_latency->setSpecialValueText(tr("none"));
    m_latency->setSuffix(tr(" µs"));
    form->addRow(tr("&Latency budget:"), m_latency);
    m_seed = new QSpinBox(box);
    m_seed->setRange(0, 1000000);
    form->addRow(tr("&Seed:"), m_seed);
    m_maxCandidates = new QSpinBox(box);
    m_maxCandidates->setRange(0, 100000);
    m_maxCandidates->setSpecialValueText(tr("no limit"));
    form->addRow(tr("Max &candidates:"), m_maxCandidates);
    m_refit = new QCheckBox(tr("Refit the chosen model on all rows"), box);
    m_refit->setChecked(true);
    m_refit->setToolTip(tr("Off: keep the models fitted on the last fold, which is quicker on large data. A refit "
                           "that would not fit the budget is skipped either way."));
    form->addRow(QString(), m_refit);

    m_start = new QPushButton(themedIcon(QStringLiteral("run")), tr("&Start"), box);
    m_cancel = new QPushButton(tr("Ca&ncel"), box);
    m_resume = new QPushButton(tr("&Resume interrupted"), box);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_resume);
    form->addRow(buttons);
    m_startError = new QLabel(box);
    m_startError->setObjectName(QStringLiteral("startError"));
    setTextTone(m_startError, TextTone::Error);
    m_startError->setWordWrap(true);
    m_startError->setVisible(false);
    form->addRow(m_startError);

    connect(m_task, &QComboBox::currentIndexChanged, this, &RunPage::updateTaskChoices);
    connect(m_target, &QComboBox::currentIndexChanged, this, &RunPage::updateTaskChoices);
    connect(m_metric, &MetricChooser::changed, this, &RunPage::updateStart);
    connect(m_start, &QPushButton::clicked, this, &RunPage::startRun);
    // A refusal speaks of the form as it was: any change to what it judged makes it stale.
    for (auto* combo : {m_target, m_task, m_validation})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { showStartError(QString()); });
    connect(m_folds, &QSpinBox::valueChanged, this, [this] { showStartError(QString()); });
    connect(m_target, &QComboBox::currentTextChanged, this, &RunPage::targetChanged);
    connect(m_target, &QComboBox::currentIndexChanged, this, &RunPage::updateImputation);
    connect(m_imputation, &QPushButton::clicked, this, &RunPage::editImputation);
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::cancelRun);
    connect(m_resume, &QPushButton::clicked, this, &RunPage::resumeLatest);
    fillValidation({});
    return box;
}

QWidget* RunPage::createMonitor()
{
    auto* box = new QGroupBox(tr("Progress"), this);
    auto* layout = new QVBoxLayout(box);
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    auto* grid = new QGridLayout;
    m_elapsed = new QLabel(box);
    m_remaining = new QLabel(box);
    m_best = new QLabel(box);
    m_candidates = new QLabel(box);
    grid->addWidget(new QLabel(tr("Elapsed:"), box), 0, 0);
    grid->addWidget(m_elapsed, 0, 1);
    grid->addWidget(new QLabel(tr("Remaining:"), box), 0, 2);
    grid->addWidget(m_remaining, 0, 3);
    m_bestCaption = new QLabel(tr("Best so far:"), box);
    grid->addWidget(m_bestCaption, 1, 0);
    grid->addWidget(m_best, 1, 1);
    grid->addWidget(new QLabel(tr("Candidates:"), box), 1, 2);
    grid->addWidget(m_candidates, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    m_log = new QPlainTextEdit(box);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setPlaceholderText(tr("The search's log appears here."));
    layout->addWidget(m_log, 1);
    return box;
}

std::optional<bool> RunPage::regressionTask() const
{
    const QString chosen = m_task->currentData().toString();
    if (chosen != QLatin1String("auto"))
        return chosen == QLatin1String("regression");
    if (m_images)
        return false;
    if (m_table && m_table->find(m_target->currentText().toStdString()))
        return search::regresses_by_default(*m_table, m_target->currentText().toStdString());
    return std::nullopt;
}

void RunPage::updateTaskChoices()
{
    m_metric->setRegression(regressionTask());
    updateFamilies();
}

void RunPage::updateFamilies()
{
    const std::optional<bool> regression = regressionTask();
    for (int i = 0; i < m_families->count(); ++i) {
        QListWidgetItem* item = m_families->item(i);
        const auto& family = models::family(item->data(FamilyCodeRole).toString().toStdString());
        const bool usable = !regression || (*regression ? family.supports_regression : family.supports_classification);
        item->setFlags(usable ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        const QString description = QString::fromStdString(family.description);
        item->setToolTip(usable ? description
                                : description + QLatin1Char('\n') +
                                      (*regression ? tr("Not for regression: this target's task.")
                                                   : tr("Not for classification: this target's task.")));
    }
}

void RunPage::updateStart()
{
    m_start->setEnabled(!isRunning() && m_metric->error().isEmpty() && !m_dataPath.isEmpty());
}

QString RunPage::expressionError() const
{
    return m_metric->error();
}

void RunPage::fillValidation(const QStringList& dateColumns)
{
    const QString previous = m_validation->currentData().toString();
    m_validation->clear();
    m_validation->addItem(validationLabel(QString()), QString());
    for (const QString& column : dateColumns)
        m_validation->addItem(validationLabel(column), column);
    const int index = m_validation->findData(previous);
    m_validation->setCurrentIndex(index >= 0 ? index : 0);
    // Random folds on dated rows let a model interpolate between neighbouring days: the score flatters a forecast.
    m_validation->setEnabled(!dateColumns.isEmpty());
    m_validation->setToolTip(dateColumns.isEmpty()
                                 ? tr("Forward-in-time validation needs a date column; this table has none.")
                                 : tr("Forward in time: each fold trains on the rows before its validation block, as "
                                      "a forecast is used. Random folds flatter a model on dated rows."));
}

void RunPage::setTable(const QString& path, std::shared_ptr<const data::Table> table, const TargetSuggestion& target)
{
    QStringList columns, dates;
    if (table)
        for (const auto& column : table->columns()) {
            columns << QString::fromStdString(column.name());
            if (column.is_date())
                dates << columns.back();
        }
    setDataset(path, columns, dates, target);
    m_table = std::move(table);
    updateTaskChoices(); // now with the rows that tell the target's task
    updateImputation();
}

void RunPage::setImputerPins(const ImputerPins& pins)
{
    m_pins = pins;
    updateImputation();
}

QString RunPage::imputationText() const
{
    return m_imputation->text();
}

void RunPage::updateImputation()
{
    const std::vector<std::size_t> missing =
        m_table ? columnsToImpute(*m_table, m_target->currentText().toStdString()) : std::vector<std::size_t>{};
    const std::size_t columns = missing.size();
    const auto pinned = std::count_if(missing.begin(), missing.end(),
                                      [this](std::size_t c) { return m_pins.contains(m_table->column(c).name()); });
    m_imputation->setEnabled(columns > 0);
    if (!m_table)
        m_imputation->setText(m_images ? tr("Not needed for images") : tr("No table loaded"));
    else if (columns == 0)
        m_imputation->setText(tr("No missing values"));
    else if (pinned == 0)
        m_imputation->setText(tr("Searched…"));
    else
        m_imputation->setText(tr("%n column(s) pinned…", nullptr, int(pinned)));
    m_imputation->setToolTip(columns > 0 ? tr("%n column(s) with missing values. Choose how each is filled, or let "
                                              "the search choose.", nullptr, int(columns))
                                         : QString());
}

void RunPage::editImputation()
{
    if (!m_table)
        return;
    ImputationDialog dialog(*m_table, m_target->currentText().toStdString(), m_pins, this);
    if (dialog.exec() == QDialog::Accepted)
        setImputerPins(dialog.pins());
}

void RunPage::setImageFolder(const QString& path)
{
    setDataset(path, {QString::fromLatin1(search::image_target)});
    m_images = true;
    updateTaskChoices();
    updateImputation();
    m_target->setEnabled(false);
    m_target->setToolTip(tr("An image folder's class is the sub-folder each image is in"));
}

void RunPage::setDataset(const QString& path, const QStringList& columns, const QStringList& dateColumns,
                         const TargetSuggestion& target)
{
    m_target->setEnabled(true);
    m_target->setToolTip(QString());
    if (path != m_dataPath)
        m_pins.clear(); // a pin names a column of the file it was chosen on
    m_dataPath = path;
    m_table.reset(); // columns alone: the engine checks the rows when the run starts
    m_images = false;
    showStartError(QString());
    if (!isRunning())
        resetMonitor(); // the last run's log and progress spoke of the previous data
    m_dataLabel->setText(path.isEmpty() ? tr("No table loaded (Data page).") : QFileInfo(path).fileName());
    m_dataLabel->setToolTip(path);
    const QString previous = m_target->currentText();
    {
        // One targetChanged for the new list, not one per intermediate state of the combo box.
        const QSignalBlocker block(m_target);
        m_target->clear();
        m_target->addItems(columns);
        if (target.chosenBefore && columns.contains(target.column))
            m_target->setCurrentText(target.column);
        else if (columns.contains(previous))
            m_target->setCurrentText(previous);
        else if (columns.contains(target.column))
            m_target->setCurrentText(target.column);
        else if (!columns.isEmpty())
            m_target->setCurrentIndex(static_cast<int>(columns.size()) - 1);
    }
    emit targetChanged(m_target->currentText());
    fillValidation(dateColumns);
    updateTaskChoices();
    updateImputation();
}

void RunPage::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    updateResume();
}

void RunPage::setTarget(const QString& column)
{
    m_target->setCurrentText(column);
}
void RunPage::setBudgetSeconds(double seconds)
{
    m_budget->setValue(seconds);
}
void RunPage::setMaxCandidates(int count)
{
    m_maxCandidates->setValue(count);
}

void RunPage::setCustomExpression(const QString& expression)
{
    m_metric->setCustomExpression(expression);
}

search::RunSpec RunPage::spec() const
{
    search::RunSpec s;
    // Absolute, as tern-cli records it: a resume or a quantised export from another working folder finds the file.
    s.data_path =
        m_dataPath.isEmpty() ? std::string() : QDir::cleanPath(QFileInfo(m_dataPath).absoluteFilePath()).toStdString();
    s.target = m_target->currentText().toStdString();
    s.task = m_task->currentData().toString().toStdString();
    m_metric->applyTo(s);
    s.budget_s = m_budget->value();
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    s.max_candidates = m_maxCandidates->value();
    s.latency_budget_us = m_latency->value();
    s.refit = m_refit->isChecked();
    s.time_column = m_validation->currentData().toString().toStdString();
    s.folds = m_folds->value();
    int usable = 0;
    for (int i = 0; i < m_families->count(); ++i) {
        const QListWidgetItem* item = m_families->item(i);
        if (!(item->flags() & Qt::ItemIsEnabled))
            continue; // a family the task cannot use (naive_bayes for a regression)
        ++usable;
        if (item->checkState() == Qt::Checked)
            s.families.push_back(item->data(FamilyCodeRole).toString().toStdString());
    }
    if (static_cast<int>(s.families.size()) == usable)
        s.families.clear(); // all checked: let the search keep only those that suit the task
    if (m_table)
        for (std::size_t c : columnsToImpute(*m_table, s.target))
            if (const auto pin = m_pins.find(m_table->column(c).name()); pin != m_pins.end())
                s.imputer_pins[pin->first] = pin->second;
    return s;
}

void RunPage::startRun()
{
    if (isRunning() || m_dataPath.isEmpty())
        return;
    if (const QString refusal = startRefusal(); !refusal.isEmpty()) {
        showStartError(refusal);
        emit statusMessage(refusal);
        return;
    }
    showStartError(QString());
    const search::RunSpec runSpec = spec();
    const std::string db = m_databasePath.toStdString();
    launch(tr("AutoML run"), [runSpec, db](search::Observer& observer, std::stop_token stop) {
        auto store = store::Store::open(db);
        search::Runner runner(store);
        return runner.run(runSpec, observer, stop);
    });
}

QString RunPage::startRefusal() const
{
    if (!m_table)
        return {};
    const search::RunSpec s = spec();
    try {
        const search::TargetData target = search::prepare_target(*m_table, s.target, s.task);
        if (const auto shortage = search::validation_shortage(*m_table, target, s))
            return shortageText(*shortage, QString::fromStdString(s.time_column));
    } catch (const InputError& e) {
        // The target's own refusals (missing in every row, one class, ...): the engine's line, as the run says it.
        return tr("Cannot start: %1").arg(engineText(e.message()).section(QLatin1Char('\n'), 0, 0));
    } catch (const std::exception& e) {
        return tr("Cannot start: %1").arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
    return {};
}

void RunPage::showStartError(const QString& text)
{
    m_startError->setText(text);
    m_startError->setVisible(!text.isEmpty());
}

QString RunPage::startError() const
{
    return m_startError->text();
}

void RunPage::resumeRun(qint64 runId)
{
    if (isRunning())
        return;
    const std::string db = m_databasePath.toStdString();
    launch(tr("Resume run %1").arg(runId), [runId, db](search::Observer& observer, std::stop_token stop) {
        auto store = store::Store::open(db);
        search::Runner runner(store);
        return runner.resume(runId, std::nullopt, observer, stop);
    });
}

void RunPage::resumeLatest()
{
    if (const qint64 run = latestResumableRun())
        resumeRun(run);
    else
        appendLog(tr("No interrupted or cancelled run to resume."));
}

qint64 RunPage::latestResumableRun() const
{
    try {
        if (!QFileInfo::exists(m_databasePath))
            return 0;
        const auto store = store::Store::open(m_databasePath.toStdString(), store::OpenMode::read_only);
        for (const auto& run : store.list_runs())
            if (run.status == "interrupted" || run.status == "cancelled")
                return run.id;
    } catch (const std::exception&) {
        // An unreadable store has nothing to resume; a run started on it says why in its log.
    }
    return 0;
}

void RunPage::launch(const QString& title, std::function<search::RunOutcome(search::Observer&, std::stop_token)> work)
{
    resetMonitor();
    appendLog(title);
    RunObserverBridge* bridge = m_bridge;
    m_job = m_engine->submitFor<search::RunOutcome>(
        title, [bridge, work = std::move(work)](const JobControl& control) { return work(*bridge, control.stop); },
        [this](search::RunOutcome&& outcome) {
            const QString ended = tr("Run %1 %2: %3 candidates, %4 succeeded.")
                                      .arg(outcome.run_id)
                                      .arg(runStatusLabel(outcome.status))
                                      .arg(outcome.candidates)
                                      .arg(outcome.ok);
            appendLog(ended);
            emit statusMessage(ended); // "Loaded titanic.csv" is older news by now
            if (outcome.status == "finished")
                m_progress->setValue(m_progress->maximum());
            // The run's choice, as the Leaderboard and History show it: the best score so far is often another
            // candidate's (the chosen ensemble scores below the best single model on some tables).
            if (outcome.best_id && m_finished.count(*outcome.best_id)) {
                m_bestCaption->setText(tr("Chosen model:"));
                m_best->setText(m_finished[*outcome.best_id]);
                m_best->setToolTip(chosenModelRule());
            }
            endRun(outcome.run_id, QString::fromStdString(outcome.status));
        });
    const quint64 job = m_job;
    auto ended = [this, job](const QString& status, const QString& message) {
        if (m_job != job)
            return;
        appendLog(message);
        endRun(m_runId, status);
    };
    connect(m_engine, &EngineController::jobFailed, this, [ended, job](quint64 id, const QString& message) {
        if (id == job)
            ended(QStringLiteral("failed"), tr("Run failed: %1").arg(message));
    });
    connect(m_engine, &EngineController::jobCancelled, this, [ended, job](quint64 id) {
        if (id == job)
            ended(QStringLiteral("cancelled"), tr("Run cancelled."));
    });
    setRunning(true);
}

void RunPage::resetMonitor()
{
    m_log->clear();
    m_runId = 0;
    m_progress->setValue(0);
    m_elapsed->clear();
    m_remaining->clear();
    m_best->clear();
    m_best->setToolTip(QString());
    m_bestCaption->setText(tr("Best so far:"));
    m_finished.clear();
    m_candidates->clear();
}

void RunPage::cancelRun()
{
    if (!isRunning())
        return;
    appendLog(tr("Cancelling: the candidates already finished are kept."));
    m_engine->cancel(m_job);
}

void RunPage::onProgress(const search::Progress& p)
{
    const double fraction = p.budget_s > 0 ? std::min(1.0, p.elapsed_s / p.budget_s) : 0.0;
    m_progress->setValue(static_cast<int>(fraction * m_progress->maximum()));
    m_elapsed->setText(formatSeconds(p.elapsed_s));
    m_remaining->setText(formatSeconds(std::max(0.0, p.eta_s)));
    m_best->setText(p.best_score ? scoreText(*p.best_score) : QString());
    m_candidates->setText(p.max_candidates > 0 ? tr("%1 of %2").arg(p.candidates_done).arg(p.max_candidates)
                                               : QString::number(p.candidates_done));
}

QString RunPage::scoreText(double score) const
{
    const QString value = QString::number(score, 'f', 4);
    return m_runMetric.isEmpty() ? value : QStringLiteral("%1 %2").arg(m_runMetric, value);
}

void RunPage::appendLog(const QString& line)
{
    m_log->appendPlainText(line);
}

// A search that ends before its budget (nothing left to propose, a cancel) has no time remaining, whatever the
// last progress report estimated.
void RunPage::endRun(qint64 runId, const QString& status)
{
    m_remaining->setText(status == QLatin1String("finished") ? formatSeconds(0) : QStringLiteral("–"));
    setRunning(false);
    emit runEnded(runId, status);
}

QString RunPage::remainingText() const
{
    return m_remaining->text();
}

void RunPage::setRunning(bool running)
{
    if (!running)
        m_job = 0;
    m_cancel->setEnabled(running);
    updateStart();
    updateResume();
}

void RunPage::updateResume()
{
    const qint64 run = isRunning() ? 0 : latestResumableRun();
    m_resume->setEnabled(run > 0);
    m_resume->setToolTip(run > 0 ? tr("Continue run %1 where it stopped").arg(run)
                                 : tr("No interrupted or cancelled run to resume."));
}

} // namespace tern::ui
