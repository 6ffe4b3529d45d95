#include "ui/models/status_labels.h"

#include <QCoreApplication>

namespace tern::ui {

// Two contexts: some languages say "failed" differently of a candidate and of a run (fallido, fallida).
QString candidateStatusLabel(const std::string& status)
{
    if (status == "ok")
        return QCoreApplication::translate("CandidateStatus", "ok");
    if (status == "failed")
        return QCoreApplication::translate("CandidateStatus", "failed");
    if (status == "timeout")
        return QCoreApplication::translate("CandidateStatus", "timed out");
    if (status == "cancelled")
        return QCoreApplication::translate("CandidateStatus", "cancelled");
    return QString::fromStdString(status);
}

QString runStatusLabel(const std::string& status)
{
    if (status == "running")
        return QCoreApplication::translate("RunStatus", "running");
    if (status == "finished")
        return QCoreApplication::translate("RunStatus", "finished");
    if (status == "cancelled")
        return QCoreApplication::translate("RunStatus", "cancelled");
    if (status == "interrupted")
        return QCoreApplication::translate("RunStatus", "interrupted");
    if (status == "failed")
        return QCoreApplication::translate("RunStatus", "failed");
    return QString::fromStdString(status);
}

QString setAsideLabel(const std::string& reason)
{
    const auto is = [&reason](const char* kind) { return reason.rfind(kind, 0) == 0; };
    if (is("id-like"))
        return QCoreApplication::translate("SetAside", "a key: a different value in every row");
    if (is("constant: every training value is missing"))
        return QCoreApplication::translate("SetAside", "missing in every row");
    if (is("constant"))
        return QCoreApplication::translate("SetAside", "one value in every row");
    if (is("high-cardinality text"))
        return QCoreApplication::translate("SetAside", "free text: nearly every row different");
    if (is("ignored"))
        return QCoreApplication::translate("SetAside", "ignored");
    return QString::fromStdString(reason);
}

} // namespace tern::ui
