#include "ui/pages/export_residual_evaluator.h"

#include "engine/core/error.h"
#include "engine/search/variants.h"
#include "engine/store/store.h"
#include "ui/engine_controller.h"

#include <QPointer>
#include <utility>

namespace tern::ui {

// What the engine jobs of one candidate share: opened lazily by the first job, reused by the next ones.
struct ResidualLabSession {
    std::string databasePath;
    std::int64_t runId = 0, candidate = 0;
    bool measureEveryPrecision = false; // until the first evaluation has measured bf16 and int8
    std::optional<store::Store> store;
    std::optional<search::VariantLab> lab;
};

namespace {

PrecisionVariant shown(const search::VariantScore& score)
{
    PrecisionVariant v;
    v.precision = QString::fromStdString(quant::to_string(score.precision));
    v.residualFraction = score.residual_fraction;
    v.score = score.score;
    v.latencyUs = score.latency_us_p50;
    v.throughput = score.throughput_rows_s;
    v.sizeBytes = score.size_bytes;
    v.multiplies = score.multiplies;
    return v;
}

} // namespace

ResidualEvaluator::ResidualEvaluator(EngineController* engine, QObject* parent) : QObject(parent), m_engine(engine)
{
    connect(m_engine, &EngineController::jobFailed, this, [this](quint64 id, const QString& message) {
        if (id != m_job)
            return;
        finishJob();
        emit failed(message);
    });
    connect(m_engine, &EngineController::jobCancelled, this, [this](quint64 id) {
        if (id == m_job)
            finishJob();
    });
}

ResidualEvaluator::~ResidualEvaluator()
{
    if (m_job)
        m_engine->cancel(m_job);
}

void ResidualEvaluator::setCandidate(const QString& databasePath, qint64 runId, qint64 candidate,
                                     bool measureEveryPrecision)
{
    if (m_job) {
        m_engine->cancel(m_job);
        m_job = 0; // its outcome no longer concerns this candidate
        emit busyChanged(false);
    }
    m_pending.reset();
    m_started = 0;
    m_session = std::make_shared<ResidualLabSession>();
    m_session->databasePath = databasePath.toStdString();
    m_session->runId = runId;
    m_session->candidate = candidate;
    m_session->measureEveryPrecision = measureEveryPrecision;
}

void ResidualEvaluator::request(double residualFraction)
{
    if (!m_session)
        return;
    m_pending = std::clamp(residualFraction, 0.0, 1.0);
    if (!m_job)
        startNext();
}

void ResidualEvaluator::startNext()
{
    if (!m_pending || !m_session)
        return;
    const double fraction = *m_pending;
    m_pending.reset();
    ++m_started;
    auto session = m_session;
    QPointer<ResidualEvaluator> self(this);
    struct Outcome {
        search::VariantScore ternary;
        std::vector<search::VariantScore> others; // bf16 and int8, when the session measures every precision
        double fp32 = 0;
        std::string note;
    };
    m_job = m_engine->submitFor<Outcome>(
        tr("Ternary at residual fraction %1").arg(fraction),
        [session, fraction](const JobControl& job) {
            if (!session->lab) {
                session->store.emplace(store::Store::open(session->databasePath, store::OpenMode::read_only));
                session->lab.emplace(
                    search::VariantLab::open(*session->store, session->runId, session->candidate, job));
            }
            Outcome out;
            if (std::exchange(session->measureEveryPrecision, false))
                for (const auto precision : {quant::Precision::bf16, quant::Precision::int8}) {
                    if (job.stop_requested())
                        throw Cancelled();
                    out.others.push_back(session->lab->evaluate(precision));
                }
            if (job.stop_requested())
                throw Cancelled();
            out.ternary = session->lab->evaluate(quant::Precision::ternary, fraction);
            out.fp32 = session->lab->fp32_score();
            out.note = session->lab->rows_note();
            return out;
        },
        [self, session, fraction](Outcome&& outcome) {
            if (!self || session != self->m_session)
                return; // a result for a candidate no longer shown
            self->finishJob();
            const QString note = QString::fromStdString(outcome.note);
            for (const auto& other : outcome.others)
                emit self->measured(shown(other), outcome.fp32, note);
            PrecisionVariant v = shown(outcome.ternary);
            v.residualFraction = v.residualFraction.value_or(fraction);
            emit self->evaluated(fraction, v, outcome.fp32, note);
        });
    emit busyChanged(true);
}

void ResidualEvaluator::finishJob()
{
    m_job = 0;
    if (m_pending)
        startNext();
    else
        emit busyChanged(false);
}

} // namespace tern::ui
