// The OCR worker process: start, line protocol, cancel with a kill fallback, and one-line errors for a missing or
// crashing worker.
#include "ui/ocr/ocr_worker.h"

#include "ui/ocr/ocr_result_line.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace tern::ui {

namespace {

// A worker that ignores SIGTERM this long is killed: Cancel must end it within one second.
constexpr int kill_after_ms = 700;

} // namespace

OcrWorker::OcrWorker(QObject* parent)
    : QObject(parent), m_program(defaultProgram()), m_process(new QProcess(this)), m_killTimer(new QTimer(this))
{
    m_killTimer->setSingleShot(true);
    m_killTimer->setInterval(kill_after_ms);
    connect(m_killTimer, &QTimer::timeout, m_process, &QProcess::kill);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &OcrWorker::readResults);
    connect(m_process, &QProcess::readyReadStandardError, this, &OcrWorker::readDiagnostics);
    connect(m_process, &QProcess::finished, this, &OcrWorker::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &OcrWorker::onError);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Both, always together: the limit alone breaks oneDNN (notes/toolchain.md), and a value the user set for the
    // GUI is not meant for the worker.
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    env.insert(QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("1"));
    m_process->setProcessEnvironment(env);
#ifdef Q_OS_LINUX
    // If the GUI dies, the worker is told to stop (and stores its job as cancelled) instead of reading on alone.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

OcrWorker::~OcrWorker()
{
    if (!m_running)
        return;
    m_process->disconnect(this); // no signal reaches a parent that is being destroyed
    m_process->terminate();
    if (!m_process->waitForFinished(kill_after_ms)) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString OcrWorker::defaultProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tern-cli"));
}

void OcrWorker::start(const QStringList& paths, const QString& database, int threads)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelled = false;
    m_results = 0;
    m_stderr.clear();
    m_lastError.clear();
    QStringList args{QStringLiteral("ocr"), QStringLiteral("--jsonl")};
    args << QStringLiteral("--threads") << QString::number(qMax(1, threads)) << QStringLiteral("--db") << database;
    args << QStringLiteral("--") << paths; // after "--": a file named like an option is still a file
    m_process->start(m_program, args, QIODevice::ReadOnly);
}

void OcrWorker::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_process->terminate();
    m_killTimer->start();
}

void OcrWorker::readResults()
{
    while (m_process->canReadLine()) {
        const QByteArray line = m_process->readLine().trimmed();
        if (line.isEmpty())
            continue;
        if (auto parsed = parseOcrResultLine(line)) {
            ++m_results;
            emit resultRead(parsed->result, parsed->progress);
        }
    }
}

void OcrWorker::readDiagnostics()
{
    m_stderr += m_process->readAllStandardError();
    qsizetype end = 0;
    while ((end = m_stderr.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stderr.left(end)).trimmed();
        m_stderr.remove(0, end + 1);
        if (line.startsWith(QLatin1String("warning: ")))
            emit warning(line.mid(9));
        else if (line.startsWith(QLatin1String("error: ")))
            m_lastError = line.mid(7); // other lines are library chatter (Leptonica), not the reason it ended
    }
}

void OcrWorker::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer->stop();
    readResults(); // what it printed before it ended (a line cut off by a kill is dropped)
    m_stderr += '\n';
    readDiagnostics();
    if (m_cancelled)
        return end(true, {});
    if (status == QProcess::CrashExit)
        return end(false, tr("The OCR worker crashed after %n image(s): %1", nullptr, m_results)
                              .arg(m_lastError.isEmpty() ? m_process->errorString() : m_lastError));
    // Exit 2 with results: every image failed on its own (bad input); the results say why.
    if (exitCode == 0 || (exitCode == 2 && m_results > 0))
        return end(false, {});
    end(false, m_lastError.isEmpty() ? tr("The OCR worker ended with exit code %1").arg(exitCode)
                                     : tr("Reading failed: %1").arg(m_lastError));
}

void OcrWorker::onError(QProcess::ProcessError error)
{
    // Crashes and kills also end in finished(); only a worker that never started ends here.
    if (error == QProcess::FailedToStart && m_running)
        end(false, tr("Cannot start the OCR worker %1: %2")
                       .arg(QDir::toNativeSeparators(m_program), m_process->errorString()));
}

void OcrWorker::end(bool cancelled, const QString& error)
{
    m_running = false;
    emit finished(cancelled, error);
}

} // namespace tern::ui
