#include "ui/pages/export_candidate_picker.h"

#include "engine/store/store.h"
#include "ui/models/family_labels.h"
#include "ui/models/run_metric.h"
#include "ui/models/status_labels.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <algorithm>
#include <cmath>

namespace tern::ui {

ExportCandidatePicker::ExportCandidatePicker(QWidget* parent)
    : QWidget(parent), m_runs(new QComboBox(this)), m_candidates(new QComboBox(this))
{
    m_runs->setObjectName(QStringLiteral("runs"));
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_runs->setToolTip(tr("The AutoML run whose candidate you export"));
    m_candidates->setToolTip(tr("The candidate to export: the winner, or any other that fits your latency budget"));
    m_runs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_runs->setMinimumContentsLength(24);
    m_candidates->setMinimumContentsLength(28);
    auto* runLabel = new QLabel(tr("&Run:"), this);
    runLabel->setBuddy(m_runs);
    auto* candidateLabel = new QLabel(tr("&Candidate:"), this);
    candidateLabel->setBuddy(m_candidates);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(runLabel);
    layout->addWidget(m_runs);
    layout->addSpacing(12);
    layout->addWidget(candidateLabel);
    layout->addWidget(m_candidates);
    layout->addStretch(1);

    connect(m_runs, &QComboBox::currentIndexChanged, this, [this] { loadCandidates(0); });
    connect(m_candidates, &QComboBox::currentIndexChanged, this, &ExportCandidatePicker::candidateChanged);
}

void ExportCandidatePicker::setDatabasePath(const QString& path)
{
    if (path == m_databasePath)
        return;
    m_databasePath = path;
    refresh();
}

qint64 ExportCandidatePicker::runId() const
{
    return m_runs->currentData().toLongLong();
}

const store::CandidateRecord* ExportCandidatePicker::candidate() const
{
    const int i = m_candidates->currentIndex();
    return i >= 0 && i < static_cast<int>(m_records.size()) ? &m_records[static_cast<size_t>(i)] : nullptr;
}

void ExportCandidatePicker::refresh()
{
    const qint64 run = runId();
    const qint64 chosen = candidate() ? candidate()->ordinal : 0;
    std::vector<store::RunRecord> runs;
    if (!m_databasePath.isEmpty() && QFileInfo::exists(m_databasePath)) {
        try {
            runs = store::Store::open(m_databasePath.toStdString(), store::OpenMode::read_only).list_runs();
        } catch (const std::exception& e) {
            emit errorOccurred(tr("Cannot read the runs: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    {
        const QSignalBlocker block(m_runs);
        m_runs->clear();
        for (const auto& r : runs) {
            if (r.candidate_count == 0)
                continue;
            const QString data = QFileInfo(QString::fromStdString(r.dataset_path)).fileName();
            m_runs->addItem(tr("Run %1 · %2 → %3 (%4)")
                                .arg(r.id)
                                .arg(data, QString::fromStdString(r.target), runStatusLabel(r.status)),
                            QVariant::fromValue<qlonglong>(r.id));
        }
        const int index = m_runs->findData(QVariant::fromValue<qlonglong>(run));
        m_runs->setCurrentIndex(index >= 0 ? index : (m_runs->count() ? 0 : -1));
    }
    loadCandidates(runId() == run ? chosen : 0);
}

void ExportCandidatePicker::loadCandidates(qint64 preferred)
{
    const qint64 run = runId();
    std::optional<std::int64_t> best;
    m_records.clear();
    if (run > 0) {
        try {
            const auto store = store::Store::open(m_databasePath.toStdString(), store::OpenMode::read_only);
            const store::RunRecord record = store.load_run(run);
            best = record.best_candidate;
            m_maximize = metricMaximizes(record);
            m_metric = record.metric;
            for (auto& c : store.load_candidates(run))
                if (c.status == "ok")
                    m_records.push_back(std::move(c));
        } catch (const std::exception& e) {
            emit errorOccurred(tr("Cannot read run %1: %2").arg(run).arg(QString::fromUtf8(e.what())));
        }
    }
    // Best score first, as the leaderboard ranks them: the choice is usually among the top few, not by id.
    std::stable_sort(m_records.begin(), m_records.end(),
                     [this](const store::CandidateRecord& a, const store::CandidateRecord& b) {
                         const bool sa = a.score && std::isfinite(*a.score), sb = b.score && std::isfinite(*b.score);
                         if (sa != sb)
                             return sa;
                         return sa && (m_maximize ? *a.score > *b.score : *a.score < *b.score);
                     });
    {
        const QSignalBlocker block(m_candidates);
        m_candidates->clear();
        int select = -1;
        for (size_t i = 0; i < m_records.size(); ++i) {
            const auto& c = m_records[i];
            QString text = tr("#%1 %2").arg(c.ordinal).arg(familyLabel(c.family));
            if (c.score)
                text += QStringLiteral(" · ") + QLocale().toString(*c.score, 'f', 4);
            if (best && *best == c.ordinal)
                text += QStringLiteral(" ★");
            m_candidates->addItem(text, QVariant::fromValue<qlonglong>(c.ordinal));
            if (c.ordinal == preferred || (preferred == 0 && best && *best == c.ordinal))
                select = static_cast<int>(i);
        }
        m_candidates->setCurrentIndex(select >= 0 ? select : (m_candidates->count() ? 0 : -1));
    }
    emit candidateChanged();
}

const store::CandidateRecord*
ExportCandidatePicker::bestWhere(const std::function<bool(const store::CandidateRecord&)>& accept) const
{
    const store::CandidateRecord* best = nullptr;
    for (const auto& c : m_records)
        if (c.score && std::isfinite(*c.score) && accept(c) &&
            (!best || (m_maximize ? *c.score > *best->score : *c.score < *best->score)))
            best = &c;
    return best;
}

bool ExportCandidatePicker::select(qint64 runId, qint64 candidateId)
{
    int index = m_runs->findData(QVariant::fromValue<qlonglong>(runId));
    if (index < 0) {
        refresh(); // a run that finished since the last refresh
        index = m_runs->findData(QVariant::fromValue<qlonglong>(runId));
    }
    if (index < 0)
        return false;
    {
        const QSignalBlocker block(m_runs);
        m_runs->setCurrentIndex(index);
    }
    loadCandidates(candidateId);
    return candidate() && candidate()->ordinal == candidateId;
}

} // namespace tern::ui
