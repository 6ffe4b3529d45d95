// Re-evaluates one candidate's ternary variant at the residual fraction the Export page's slider asks for, on the
// engine thread (search::VariantLab). Slider moves are coalesced: at most one evaluation runs, and when it ends
// only the newest fraction asked for meanwhile is evaluated next, so a fast drag costs two evaluations, not fifty.
// The lab (the candidate's model, data and held-out rows) is opened once per candidate and kept for later moves.
// For a candidate whose search stored no variants (an ensemble with mlp or linear members), the first evaluation
// also measures bf16 and int8.
#pragma once

#include "ui/models/precision_variant.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace tern::ui {

class EngineController;
struct ResidualLabSession;

class ResidualEvaluator : public QObject {
    Q_OBJECT
  public:
    explicit ResidualEvaluator(EngineController* engine, QObject* parent = nullptr);
    ~ResidualEvaluator() override;

    // Forgets the previous candidate (its running evaluation is cancelled and its result ignored).
    // measureEveryPrecision: the first evaluation measures bf16 and int8 too (reported by `measured`).
    void setCandidate(const QString& databasePath, qint64 runId, qint64 candidate, bool measureEveryPrecision = false);
    bool isBusy() const { return m_job != 0; }
    int evaluationsStarted() const { return m_started; } // for the candidate shown

  public slots:
    void request(double residualFraction);

  signals:
    // `fp32Score` is the stored fp32 model on the same rows (the lab scores one fold's held-out rows, not all of
    // them as the search does); `rowsNote` says which rows.
    void evaluated(double residualFraction, const tern::ui::PrecisionVariant& result, double fp32Score,
                   const QString& rowsNote);
    // bf16 or int8, measured on the same rows as the ternary evaluation (measureEveryPrecision).
    void measured(const tern::ui::PrecisionVariant& result, double fp32Score, const QString& rowsNote);
    void failed(const QString& message);
    void busyChanged(bool busy);

  private:
    void startNext();
    void finishJob();

    EngineController* m_engine;
    std::shared_ptr<ResidualLabSession> m_session; // touched only by engine jobs, one at a time
    quint64 m_job = 0;
    std::optional<double> m_pending; // the newest fraction asked for and not yet started
    int m_started = 0;
};

} // namespace tern::ui
