// Reads images in a child process, `tern-cli ocr --jsonl`, started with OMP_THREAD_LIMIT=1 and OMP_NUM_THREADS=1:
// libgomp reads them once, when it loads, and the GUI process cannot set them for itself (its model training needs
// OpenMP threads), while Tesseract with its own OpenMP threads is ~5x slower on this kind of machine. The worker
// keeps the job in the store exactly as tern-cli does; each image's result arrives as soon as it is read.
#pragma once

#include "engine/ocr/types.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

class QTimer;

namespace tern::ui {

class OcrWorker : public QObject {
    Q_OBJECT
  public:
    explicit OcrWorker(QObject* parent = nullptr);
    ~OcrWorker() override; // a running worker is stopped as by cancel() (its job stored as cancelled)

    // tern-cli next to the running executable (both install to the same bin folder).
    static QString defaultProgram();
    void setProgram(const QString& program) { m_program = program; }
    const QString& program() const { return m_program; }

    // Reads `paths` (files or folders) with `threads` Tesseract engines; the job goes into the store `database`.
    void start(const QStringList& paths, const QString& database, int threads);
    // Ends the worker within a second (SIGTERM: the job is stored as cancelled; SIGKILL if that is not enough).
    // The results already read have been delivered; finished(true, {}) follows.
    void cancel();
    bool isRunning() const { return m_running; }

  signals:
    void resultRead(const tern::ocr::OcrResult& result, double progress); // progress 0..1, or -1 if unknown
    void warning(const QString& text); // e.g. the store could not keep the job; the results still arrive
    // Exactly once per start(). `error` is one translated line, empty when the images were read (even if every
    // image failed on its own: those are results with an error).
    void finished(bool cancelled, const QString& error);

  private:
    void readResults();
    void readDiagnostics();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void end(bool cancelled, const QString& error);

    QString m_program;
    QProcess* m_process;
    QTimer* m_killTimer;
    QByteArray m_stderr; // an unfinished stderr line
    QString m_lastError; // the worker's last `error: ...` line
    int m_results = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace tern::ui
