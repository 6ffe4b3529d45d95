// Pins how a run fills the missing cells of chosen columns (search::RunSpec::imputer_pins, tern-cli's --impute). A
// column left on "Searched" has its strategy chosen by the search, candidate by candidate; a pinned one is filled
// the same way in every candidate. Only feature columns with missing cells are listed: a pin elsewhere changes
// nothing. A category column offers the strategies that keep it categorical (its most frequent level, or a level
// of its own); "none" keeps the cells missing, which XGBoost alone reads (the run leaves out the other families).
#pragma once

#include "engine/data/table.h"

#include <QDialog>
#include <map>
#include <string>
#include <vector>

class QTableWidget;

namespace tern::ui {

using ImputerPins = std::map<std::string, std::string>; // column -> engine strategy name

// Feature columns (not `target`) with at least one missing cell, in table order.
std::vector<std::size_t> columnsToImpute(const data::Table& table, const std::string& target);

// The strategies a column can be pinned to, as the engine names them ("" = searched).
std::vector<std::string> imputerChoices(data::ColumnType type);
QString imputerLabel(const std::string& strategy);

class ImputationDialog : public QDialog {
    Q_OBJECT
  public:
    ImputationDialog(const data::Table& table, const std::string& target, const ImputerPins& pins,
                     QWidget* parent = nullptr);
    ImputerPins pins() const; // the columns not left on "Searched"

  private:
    QTableWidget* m_columns;
    std::vector<std::string> m_names; // row -> column name
};

} // namespace tern::ui
