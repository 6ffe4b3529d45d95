// The embedded default: the sample tables bundled in the resources (:/demo) are copied to the user's data folder
// on first start and one of them is opened, so that a new user sees data at once instead of an empty window.
#pragma once

#include <QString>

namespace tern::ui {

// The user data folder's tern/demo, beside the default store (tern/tern.db). Qt's AppDataLocation would be
// Tern/Tern/demo: the organisation and the application share the name.
QString demoFolder();

struct DemoTable {
    QString path;   // the copy in demoFolder()
    QString target; // its usual target column
};

// Copies every bundled demo file that is not there yet; returns the table to open first (penguins.csv).
// Empty path when the folder cannot be written (the application then starts empty, no error).
DemoTable installDemoData();

} // namespace tern::ui
