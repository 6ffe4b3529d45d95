// Translated words for the status codes the store keeps: a candidate's (ok, failed, timeout, cancelled), a run's
// (running, finished, cancelled, interrupted, failed), and why a column was set aside. The engine speaks codes;
// every page shows these.
#pragma once

#include <QString>
#include <string>

namespace tern::ui {

QString candidateStatusLabel(const std::string& status); // an unknown code is shown as it is
QString runStatusLabel(const std::string& status);
// The kind of a set-aside reason ("id-like: a distinct integer in each of the 400 training rows" is a key); an
// unknown reason is shown as it is.
QString setAsideLabel(const std::string& reason);

} // namespace tern::ui
