// Translated words for the status codes the store keeps: a candidate's (ok, failed, timeout, cancelled) and a run's
// (running, finished, cancelled, interrupted, failed). The engine speaks codes; every page shows these.
#pragma once

#include <QString>
#include <string>

namespace tern::ui {

QString candidateStatusLabel(const std::string& status); // an unknown code is shown as it is
QString runStatusLabel(const std::string& status);

} // namespace tern::ui
