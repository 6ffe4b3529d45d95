#include "ui/pages/candidate_results_panel.h"

#include "engine/search/decision_threshold.h"
#include "engine/search/runner.h"
#include "engine/search/stored_predictions.h"
#include "engine/store/store.h"
#include "ui/engine_controller.h"
#include "ui/models/confusion_matrix_model.h"
#include "ui/plots/confusion_matrix_plot.h"
#include "ui/plots/importance_plot.h"
#include "ui/plots/residual_plot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tern::ui {

namespace {

enum StackPage { NotePage, ConfusionPage, ResidualPage };

// How long the importance job may take; it stops early with what the finished folds say.
constexpr double kImportanceSeconds = 60;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

// What one engine job hands back: the predictions and the labels (shared so the next candidate reuses them).
struct CandidateResultsPanel::Loaded {
    std::shared_ptr<const search::TargetData> target;
    search::StoredPredictions predictions;
    QString targetName;
};

CandidateResultsPanel::CandidateResultsPanel(QWidget* parent)
    : QWidget(parent), m_confusion(new ConfusionMatrixModel(this)), m_predictions(new QStackedWidget(this)),
      m_predictionsNote(new QLabel(this)), m_cellText(new QComboBox(this)),
      m_confusionPlot(new ConfusionMatrixPlot(this)), m_residualPlot(new ResidualPlot(this)),
      m_importancePlot(new ImportancePlot(this)), m_explain(new QPushButton(tr("Compute importance"), this))
{
    m_confusionPlot->setModel(m_confusion);
    m_predictionsNote->setAlignment(Qt::AlignCenter);
    m_predictionsNote->setWordWrap(true);
    m_predictionsNote->setForegroundRole(QPalette::PlaceholderText);
    m_predictions->insertWidget(NotePage, m_predictionsNote);
    m_predictions->insertWidget(ConfusionPage, m_confusionPlot);
    m_predictions->insertWidget(ResidualPage, m_residualPlot);

    m_cellText->addItem(tr("Counts and row %"), int(ConfusionMatrixPlot::CellText::Both));
    m_cellText->addItem(tr("Counts"), int(ConfusionMatrixPlot::CellText::Counts));
    m_cellText->addItem(tr("Row %"), int(ConfusionMatrixPlot::CellText::RowPercent));
    m_cellText->setToolTip(tr("What each cell shows; the colour is always the share of the actual class's rows"));
    connect(m_cellText, &QComboBox::currentIndexChanged, this, [this] {
        m_confusionPlot->setCellText(static_cast<ConfusionMatrixPlot::CellText>(m_cellText->currentData().toInt()));
    });

    connect(m_explain, &QPushButton::clicked, this, [this] {
        if (m_explainJob && m_candidate && m_explainCandidate == m_candidate->id && m_explainRun == m_runId)
            cancelImportance();
        else
            computeImportance();
    });

    auto* left = new QWidget(this);
    auto* leftHeader = new QHBoxLayout;
    leftHeader->addWidget(heading(tr("Out-of-fold predictions"), left), 1);
    leftHeader->addWidget(m_cellText);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(leftHeader);
    leftLayout->addWidget(m_predictions, 1);

    auto* right = new QWidget(this);
    auto* rightHeader = new QHBoxLayout;
    rightHeader->addWidget(heading(tr("Feature importance"), right), 1);
    rightHeader->addWidget(m_explain);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(rightHeader);
    rightLayout->addWidget(m_importancePlot, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clear();
}

CandidateResultsPanel::~CandidateResultsPanel() = default;

void CandidateResultsPanel::setEngine(EngineController* engine)
{
    m_engine = engine;
    watch(engine);
}

void CandidateResultsPanel::setInspectionEngines(EngineController* inspector, EngineController* background)
{
    m_inspector = inspector;
    m_background = background;
    watch(inspector);
    watch(background);
}

void CandidateResultsPanel::watch(EngineController* engine)
{
    if (!engine || m_watched.contains(engine))
        return;
    m_watched << engine;
    // Job ids are per controller: the receiver is told which one a signal came from.
    connect(engine, &EngineController::jobFailed, this,
            [this, engine](quint64 id, const QString& message) { onJobFailed(engine, id, message); });
    connect(engine, &EngineController::jobCancelled, this, [this, engine](quint64 id) { onJobCancelled(engine, id); });
    connect(engine, &QObject::destroyed, this, [this, engine] {
        m_watched.removeAll(engine);
        if (m_engine == engine)
            m_engine = nullptr;
        if (m_inspector == engine)
            m_inspector = nullptr;
        if (m_background == engine)
            m_background = nullptr;
    });
}

void CandidateResultsPanel::setDatabasePath(const QString& path)
{
    m_databasePath = path;
}

QString CandidateResultsPanel::predictionsMessage() const
{
    return m_predictions->currentIndex() == NotePage ? m_predictionsNote->text() : QString();
}

void CandidateResultsPanel::clear()
{
    if (reader() && m_loadJob)
        reader()->cancel(m_loadJob);
    m_loadJob = 0;
    m_candidate.reset();
    m_confusion->clear();
    m_cellText->setVisible(false);
    m_explain->setVisible(false);
    setPredictionsMessage(tr("Select a candidate to see its predictions."));
    m_importancePlot->setImportance({}, tr("Select a candidate to see its feature importance."));
}

void CandidateResultsPanel::showCandidate(qint64 runId, const search::CandidateResult& candidate)
{
    const bool same = m_candidate && m_candidate->id == candidate.id && m_runId == runId;
    m_runId = runId;
    m_candidate = std::make_unique<search::CandidateResult>(candidate);
    showImportance();
    if (!same || (!m_loadJob && !predictionsMessage().isEmpty()))
        loadPredictions();
}

void CandidateResultsPanel::setPredictionsMessage(const QString& text)
{
    m_predictionsNote->setText(text);
    m_predictions->setCurrentIndex(NotePage);
    m_cellText->setVisible(false);
}

void CandidateResultsPanel::loadPredictions()
{
    EngineController* engine = reader();
    if (engine && m_loadJob)
        engine->cancel(m_loadJob);
    m_loadJob = 0;
    const auto& c = *m_candidate;
    if (c.status != "ok") {
        setPredictionsMessage(tr("Candidate #%1 has no predictions: it did not finish (%2).")
                                  .arg(c.id)
                                  .arg(QString::fromStdString(c.status)));
        emit predictionsLoaded();
        return;
    }
    if (!engine || m_databasePath.isEmpty() || m_runId <= 0) {
        setPredictionsMessage(tr("The predictions of candidate #%1 are not available here.").arg(c.id));
        emit predictionsLoaded();
        return;
    }
    // Only the engine itself can be busy for long (a run); the inspector just finishes a replaced load.
    setPredictionsMessage(engine == m_engine && m_engine->isBusy()
                              ? tr("Loading the predictions of candidate #%1 once the engine is free…").arg(c.id)
                              : tr("Loading the predictions of candidate #%1…").arg(c.id));
    if (m_targetRun != m_runId || m_targetDatabase != m_databasePath)
        m_target.reset();
    const std::string db = m_databasePath.toStdString();
    const qint64 run = m_runId, id = c.id;
    const std::optional<float> threshold = search::decision_threshold(c.params); // classes are read at it
    auto target = m_target;
    QPointer<CandidateResultsPanel> self(this);
    m_loadJob = engine->submitFor<Loaded>(
        tr("Loading the predictions of candidate #%1").arg(id),
        [db, run, id, target, threshold](const JobControl& job) {
            const auto store = store::Store::open(db, store::OpenMode::read_only);
            Loaded loaded;
            loaded.target =
                target ? target : std::make_shared<const search::TargetData>(search::load_run_target(store, run, job));
            loaded.predictions = search::load_stored_predictions(store, run, id, *loaded.target);
            loaded.predictions.predictions.threshold = threshold;
            loaded.targetName = QString::fromStdString(store.load_run(run).target);
            return loaded;
        },
        [self, run, id, database = m_databasePath](Loaded&& loaded) {
            if (!self || !self->m_candidate || self->m_candidate->id != id || self->m_runId != run)
                return; // the selection moved on while the job ran
            self->m_loadJob = 0;
            self->m_target = loaded.target;
            self->m_targetRun = run;
            self->m_targetDatabase = database;
            self->m_residualPlot->setTargetName(loaded.targetName);
            self->showPredictions(loaded.predictions);
        });
}

void CandidateResultsPanel::showPredictions(search::StoredPredictions& p)
{
    if (is_classification(p.task)) {
        m_confusion->setPredictions(p);
        m_predictions->setCurrentIndex(ConfusionPage);
        m_cellText->setVisible(true);
    } else {
        m_residualPlot->setPredictions(p.truth, p.predictions.values);
        m_predictions->setCurrentIndex(ResidualPage);
    }
    emit predictionsLoaded();
}

void CandidateResultsPanel::showImportance()
{
    const auto& c = *m_candidate;
    const auto importance = c.details.find("importance");
    const bool has = importance != c.details.end() && importance->is_array() && !importance->empty();
    const bool computingThis = m_explainJob && m_explainCandidate == c.id && m_explainRun == m_runId;
    m_explain->setVisible(!has && c.status == "ok" && explainer() && !m_databasePath.isEmpty());
    m_explain->setText(computingThis ? tr("Stop") : tr("Compute importance"));
    m_explain->setToolTip(computingThis
                              ? tr("Stop computing the importance (nothing is stored)")
                              : tr("Permutation importance on the candidate's out-of-fold rows (refits it per fold; "
                                   "stored with the candidate). Runs beside a live run at lower priority."));
    if (has)
        m_importancePlot->setImportance(*importance, QString());
    else if (c.status != "ok")
        m_importancePlot->setImportance({}, tr("No importance: the candidate did not finish."));
    else if (computingThis)
        m_importancePlot->setImportance({}, tr("Computing feature importance…"));
    else if (m_explainJob)
        m_importancePlot->setImportance({}, tr("Not computed yet for this candidate\n"
                                               "(computing it stops the one for candidate #%1).")
                                                .arg(m_explainCandidate));
    else
        m_importancePlot->setImportance({}, tr("Not computed for this candidate yet: press Compute importance.\n"
                                               "(A run computes it for its best when its budget leaves time.)"));
}

void CandidateResultsPanel::computeImportance()
{
    EngineController* engine = explainer();
    if (!m_candidate || !engine || m_databasePath.isEmpty())
        return;
    const qint64 run = m_runId, id = m_candidate->id;
    if (m_explainJob) {
        if (m_explainCandidate == id && m_explainRun == run)
            return;         // already on it
        cancelImportance(); // one at a time: two would share the background's small CPU share
    }
    const std::string db = m_databasePath.toStdString();
    QPointer<CandidateResultsPanel> self(this);
    m_explainRun = run;
    m_explainCandidate = id;
    const quint64 generation = ++m_explainGeneration;
    m_explainJob = engine->submitFor<nlohmann::json>(
        tr("Computing the feature importance of candidate #%1").arg(id),
        [db, run, id](const JobControl& job) {
            auto store = store::Store::open(db);
            return search::Runner(store).explain(run, id, kImportanceSeconds, job.stop);
        },
        [self, run, id, generation](nlohmann::json&& importance) {
            if (!self)
                return;
            if (self->m_explainGeneration == generation)
                self->m_explainJob = 0;
            // Stored even if it was stopped too late to stop: show it wherever its candidate is shown.
            if (self->m_candidate && self->m_candidate->id == id && self->m_runId == run) {
                self->m_candidate->details["importance"] = importance;
                self->showImportance();
                // A copy: receivers (the leaderboard) show the update, which replaces m_candidate meanwhile.
                const search::CandidateResult updated = *self->m_candidate;
                emit self->candidateUpdated(updated);
            }
        });
    showImportance();
}

void CandidateResultsPanel::cancelImportance()
{
    if (!m_explainJob)
        return;
    if (EngineController* engine = explainer())
        engine->cancel(m_explainJob);
    // The job ends at its next stop check; from here on it is no longer this panel's.
    m_explainJob = 0;
    if (m_candidate)
        showImportance();
}

void CandidateResultsPanel::onJobFailed(EngineController* from, quint64 id, const QString& message)
{
    if (from == reader() && id == m_loadJob) {
        m_loadJob = 0;
        setPredictionsMessage(tr("Cannot show the predictions: %1").arg(message));
        emit predictionsLoaded();
    } else if (from == explainer() && id == m_explainJob) {
        m_explainJob = 0;
        if (m_candidate)
            showImportance();
        m_importancePlot->setImportance({}, tr("Cannot compute the importance: %1").arg(message));
    }
}

void CandidateResultsPanel::onJobCancelled(EngineController* from, quint64 id)
{
    if (from == explainer() && id == m_explainJob) {
        m_explainJob = 0;
        if (m_candidate)
            showImportance();
    }
    // A cancelled load is one the selection replaced; the newer load owns the message.
}

} // namespace tern::ui
