// The one place where a search's observer calls (made on the engine thread) become Qt signals on the GUI thread.
// Each call copies its argument into a queued lambda, so the engine never waits for the GUI and the GUI never
// touches engine data that is still changing.
#pragma once

#include "engine/search/observer.h"

#include <QObject>
#include <QString>

namespace tern::ui {

class RunObserverBridge : public QObject, public search::Observer {
    Q_OBJECT
  public:
    explicit RunObserverBridge(QObject* parent = nullptr) : QObject(parent) {}

    // search::Observer, called on the engine thread.
    void run_started(std::int64_t run_id) override;
    void candidate_started(const search::CandidateStart& start) override;
    void candidate_finished(const search::CandidateResult& result) override;
    void candidate_updated(const search::CandidateResult& result) override;
    void progress(const search::Progress& progress) override;
    void log(const Message& line) override;

  signals: // emitted on the GUI thread
    void runStarted(qint64 runId);
    void candidateStarted(qint64 id, const QString& family);
    void candidateFinished(const tern::search::CandidateResult& result);
    void candidateUpdated(const tern::search::CandidateResult& result);
    void progressChanged(const tern::search::Progress& progress);
    void logLine(const QString& line); // in the GUI's language
};

} // namespace tern::ui
