#include "ui/run/run_observer_bridge.h"

#include "ui/engine_text.h"

namespace tern::ui {

void RunObserverBridge::run_started(std::int64_t run_id)
{
    QMetaObject::invokeMethod(
        this, [this, run_id] { emit runStarted(run_id); }, Qt::QueuedConnection);
}

void RunObserverBridge::candidate_started(const search::CandidateStart& start)
{
    const QString family = QString::fromStdString(start.family);
    const qint64 id = start.id;
    QMetaObject::invokeMethod(
        this, [this, id, family] { emit candidateStarted(id, family); }, Qt::QueuedConnection);
}

void RunObserverBridge::candidate_finished(const search::CandidateResult& result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { emit candidateFinished(result); }, Qt::QueuedConnection);
}

void RunObserverBridge::candidate_updated(const search::CandidateResult& result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { emit candidateUpdated(result); }, Qt::QueuedConnection);
}

void RunObserverBridge::progress(const search::Progress& progress)
{
    QMetaObject::invokeMethod(
        this, [this, progress] { emit progressChanged(progress); }, Qt::QueuedConnection);
}

void RunObserverBridge::log(const Message& line)
{
    QMetaObject::invokeMethod(
        this, [this, line] { emit logLine(engineText(line)); }, Qt::QueuedConnection);
}

} // namespace tern::ui
