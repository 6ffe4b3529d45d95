// The one way the GUI runs engine work. One EngineController owns one engine thread; jobs run on it one at a time,
// in submission order. Progress and the outcome (finished / failed / cancelled) come back as queued signals, the
// result callback runs on the GUI thread. Engine exceptions stop here: a tern::Cancelled becomes jobCancelled, any
// other exception jobFailed with its one-line message. Pages never create threads; they submit jobs here.
// The main window owns three: the engine (runs, exports, OCR), an inspector for short read-only looks at the store
// (a candidate's stored predictions) that must not queue behind a run, and a background one at lowered CPU
// priority for heavy optional analysis (permutation importance) that must neither delay a run nor a look.
#pragma once

#include "engine/core/progress.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace tern::ui {

class EngineWorker;
struct EngineJob;

class EngineController : public QObject {
    Q_OBJECT
  public:
    using JobId = quint64;
    using Work = std::function<void(const tern::JobControl&)>;
    using Done = std::function<void()>;

    enum class Priority {
        normal,
        background, // the thread (and the OpenMP workers it starts) runs at a higher nice value (Linux)
    };

    explicit EngineController(QObject* parent = nullptr, const QString& threadName = QStringLiteral("TernEngine"),
                              Priority priority = Priority::normal);
    ~EngineController() override; // cancels every job, then stops and joins the engine thread

    // Queues `work` on the engine thread. `onSuccess` runs on the GUI thread after jobFinished's emitters, only if
    // the job returned normally. Returns the id that the signals carry.
    JobId submit(const QString& title, Work work, Done onSuccess = {});

    // Typed convenience: `work` returns a value that is handed, moved, to `onResult` on the GUI thread.
    template <class T>
    JobId submitFor(const QString& title, std::function<T(const tern::JobControl&)> work,
                    std::function<void(T&&)> onResult)
    {
        auto slot = std::make_shared<std::optional<T>>();
        return submit(
            title, [work = std::move(work), slot](const tern::JobControl& control) { slot->emplace(work(control)); },
            [onResult = std::move(onResult), slot] { onResult(std::move(**slot)); });
    }

    bool isBusy() const { return m_pending > 0; }

  public slots:
    void cancel(); // every queued and running job: each ends with jobCancelled (or finishes first)
    void cancel(JobId id);

  signals:
    void jobStarted(quint64 id, const QString& title);
    void progressChanged(quint64 id, double fraction);
    void jobFinished(quint64 id);
    void jobFailed(quint64 id, const QString& message);
    void jobCancelled(quint64 id);
    void busyChanged(bool busy);

  private:
    friend class EngineWorker;
    void onJobEnded(const std::shared_ptr<EngineJob>& job);

    QThread* m_thread = nullptr;
    EngineWorker* m_worker = nullptr;
    std::vector<std::shared_ptr<EngineJob>> m_jobs; // queued or running
    JobId m_nextId = 1;
    int m_pending = 0;
};

} // namespace tern::ui
