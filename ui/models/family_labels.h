// What the GUI calls a model family. The engine, the store and tern-cli speak codes ("extra_trees", "knn"); people
// read "Extra trees" and "k-NN". Every page that shows a family shows this label.
#pragma once

#include <QString>
#include <string>

namespace tern::ui {

QString familyLabel(const std::string& code); // an unknown code is shown as it is

} // namespace tern::ui
