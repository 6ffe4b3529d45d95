#include "ui/engine_controller.h"

#include "engine/core/error.h"
#include "ui/engine_text.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <exception>
#include <stop_token>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace tern::ui {

enum class JobOutcome { finished, failed, cancelled };

struct EngineJob {
    EngineController::JobId id = 0;
    QString title;
    EngineController::Work work;
    EngineController::Done onSuccess;
    std::stop_source stop;
    JobOutcome outcome = JobOutcome::finished;
    QString error;
};

// Lives on the engine thread; runs one job per queued call.
class EngineWorker : public QObject {
  public:
    explicit EngineWorker(EngineController* controller) : m_controller(controller) {}

    void run(const std::shared_ptr<EngineJob>& job)
    {
        if (job->stop.stop_requested() || QThread::currentThread()->isInterruptionRequested()) {
            job->outcome = JobOutcome::cancelled;
            report(job);
            return;
        }
        QMetaObject::invokeMethod(
            m_controller, [c = m_controller, job] { emit c->jobStarted(job->id, job->title); }, Qt::QueuedConnection);
        tern::JobControl control;
        control.stop = job->stop.get_token();
        // Engine loops may report thousands of times a second: forward at most every 50 ms, plus the end.
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        control.progress = [c = m_controller, id = job->id, timer](double fraction) {
            if (fraction < 1.0 && timer->isValid() && timer->elapsed() < 50)
                return;
            timer->restart();
            QMetaObject::invokeMethod(
                c, [c, id, fraction] { emit c->progressChanged(id, fraction); }, Qt::QueuedConnection);
        };
        try {
            job->work(control);
            job->outcome = JobOutcome::finished;
        } catch (const tern::Cancelled&) {
            job->outcome = JobOutcome::cancelled;
        } catch (const tern::InputError& e) {
            job->outcome = JobOutcome::failed;
            job->error = engineText(e.message()).simplified(); // in the GUI's language where the engine allows
        } catch (const std::exception& e) {
            job->outcome = JobOutcome::failed;
            job->error = QString::fromStdString(e.what()).simplified(); // one line, whatever the engine wrote
        } catch (...) {
            job->outcome = JobOutcome::failed;
            job->error = QStringLiteral("unknown error");
        }
        report(job);
    }

  private:
    void report(const std::shared_ptr<EngineJob>& job)
    {
        // Posted to the controller: if it is being destroyed the event is dropped with it.
        QMetaObject::invokeMethod(
            m_controller, [c = m_controller, job] { c->onJobEnded(job); }, Qt::QueuedConnection);
    }

    EngineController* m_controller;
};

namespace {

// Ten nice steps more: where a normal thread wants the same core, this one gets about a tenth of it (CFS weights
// 110 against 1024), yet unlike SCHED_IDLE (QThread::IdlePriority) it is never starved on a busy machine. Linux keeps
// nice per thread and a thread inherits it from its creator, so the OpenMP team this thread starts later runs lowered
// too. Qt's own QThread priorities do nothing under SCHED_OTHER.
void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    const auto self = static_cast<id_t>(gettid());
    const int nice = getpriority(PRIO_PROCESS, self);         // relative: an already niced application stays below it
    setpriority(PRIO_PROCESS, self, std::min(nice + 10, 19)); // failure only leaves the normal priority
#endif
}

} // namespace

EngineController::EngineController(QObject* parent, const QString& threadName, Priority priority) : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(threadName);
    m_worker = new EngineWorker(this);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    if (priority == Priority::background)
        QMetaObject::invokeMethod(m_worker, &lowerCurrentThreadPriority, Qt::QueuedConnection); // its first event
}

EngineController::~EngineController()
{
    for (const auto& job : m_jobs)
        job->stop.request_stop();
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

EngineController::JobId EngineController::submit(const QString& title, Work work, Done onSuccess)
{
    auto job = std::make_shared<EngineJob>();
    job->id = m_nextId++;
    job->title = title;
    job->work = std::move(work);
    job->onSuccess = std::move(onSuccess);
    m_jobs.push_back(job);
    if (m_pending++ == 0)
        emit busyChanged(true);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job] { w->run(job); }, Qt::QueuedConnection);
    return job->id;
}

void EngineController::cancel()
{
    for (const auto& job : m_jobs)
        job->stop.request_stop();
}

void EngineController::cancel(JobId id)
{
    for (const auto& job : m_jobs)
        if (job->id == id)
            job->stop.request_stop();
}

void EngineController::onJobEnded(const std::shared_ptr<EngineJob>& job)
{
    std::erase(m_jobs, job);
    // No longer pending while its callbacks run: a job they submit is not behind this one (isBusy()).
    --m_pending;
    switch (job->outcome) {
    case JobOutcome::finished:
        if (job->onSuccess) {
            try {
                job->onSuccess();
            } catch (const std::exception& e) {
                // A result that cannot be shown is a failure of the job, not of the application.
                job->outcome = JobOutcome::failed;
                job->error = QString::fromStdString(e.what()).simplified();
            }
        }
        break;
    case JobOutcome::failed:
    case JobOutcome::cancelled: break;
    }
    switch (job->outcome) {
    case JobOutcome::finished: emit jobFinished(job->id); break;
    case JobOutcome::failed: emit jobFailed(job->id, job->error); break;
    case JobOutcome::cancelled: emit jobCancelled(job->id); break;
    }
    if (m_pending == 0)
        emit busyChanged(false);
}

} // namespace tern::ui
