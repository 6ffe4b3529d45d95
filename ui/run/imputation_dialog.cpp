#include "ui/run/imputation_dialog.h"

#include "ui/models/column_labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tern::ui {

std::vector<std::size_t> columnsToImpute(const data::Table& table, const std::string& target)
{
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c < table.cols(); ++c) {
        const data::Column& column = table.column(c);
        if (column.name() != target && column.missing_count() > 0)
            out.push_back(c);
    }
    return out;
}

std::vector<std::string> imputerChoices(data::ColumnType type)
{
    // The engine refuses a numeric strategy on categories (run_prepare.cpp, check_imputer_pins).
    if (type != data::ColumnType::numeric)
        return {"", "most_frequent", "constant"};
    return {"", "mean", "median", "most_frequent", "constant", "knn", "iterative", "none"};
}

QString imputerLabel(const std::string& strategy)
{
    if (strategy.empty())
        return ImputationDialog::tr("Searched");
    if (strategy == "mean")
        return ImputationDialog::tr("Mean");
    if (strategy == "median")
        return ImputationDialog::tr("Median");
    if (strategy == "most_frequent")
        return ImputationDialog::tr("Most frequent");
    if (strategy == "constant")
        return ImputationDialog::tr("Constant");
    if (strategy == "knn")
        return ImputationDialog::tr("k nearest neighbours");
    if (strategy == "iterative")
        return ImputationDialog::tr("Iterative (regression on the other columns)");
    if (strategy == "none")
        return ImputationDialog::tr("None: left missing (XGBoost only)");
    return QString::fromStdString(strategy);
}

namespace {

QString choiceTip(const std::string& strategy, bool numeric)
{
    if (strategy.empty())
        return ImputationDialog::tr("Each candidate tries its own strategy; the search keeps what scores best.");
    if (strategy == "constant")
        return numeric ? ImputationDialog::tr("Missing cells read as 0.")
                       : ImputationDialog::tr("Missing cells are a category of their own.");
    if (strategy == "none")
        return ImputationDialog::tr("Missing cells stay missing for the model. Only XGBoost reads them: the other "
                                    "families are left out of the run.");
    return {};
}

} // namespace

ImputationDialog::ImputationDialog(const data::Table& table, const std::string& target, const ImputerPins& pins,
                                   QWidget* parent)
    : QDialog(parent), m_columns(new QTableWidget(this))
{
    setWindowTitle(tr("Imputation"));
    auto* intro = new QLabel(tr("How the run fills each column's missing cells. No row is dropped for a missing "
                                "value. Indicator columns that mark the filled cells are searched either way."),
                             this);
    intro->setWordWrap(true);

    const std::vector<std::size_t> columns = columnsToImpute(table, target);
    m_columns->setColumnCount(4);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Type"), tr("Missing"), tr("Imputation")});
    m_columns->setRowCount(static_cast<int>(columns.size()));
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < static_cast<int>(columns.size()); ++row) {
        const data::Column& column = table.column(columns[static_cast<std::size_t>(row)]);
        m_names.push_back(column.name());
        m_columns->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(column.name())));
        m_columns->setItem(row, 1, new QTableWidgetItem(columnTypeLabel(column.type())));
        auto* missing = new QTableWidgetItem(
            tr("%1 (%2 %)")
                .arg(QLocale().toString(qulonglong(column.missing_count())))
                .arg(QLocale().toString(100.0 * double(column.missing_count()) / double(table.rows()), 'f', 1)));
        missing->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_columns->setItem(row, 2, missing);
        auto* choice = new QComboBox(m_columns);
        const bool numeric = column.type() == data::ColumnType::numeric;
        for (const std::string& strategy : imputerChoices(column.type())) {
            choice->addItem(imputerLabel(strategy), QString::fromStdString(strategy));
            choice->setItemData(choice->count() - 1, choiceTip(strategy, numeric), Qt::ToolTipRole);
        }
        const auto pinned = pins.find(column.name());
        const int at = pinned == pins.end() ? 0 : choice->findData(QString::fromStdString(pinned->second));
        choice->setCurrentIndex(std::max(at, 0));
        m_columns->setCellWidget(row, 3, choice);
    }
    m_columns->resizeColumnsToContents();
    m_columns->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_columns, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

ImputerPins ImputationDialog::pins() const
{
    ImputerPins out;
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const auto* choice = qobject_cast<const QComboBox*>(m_columns->cellWidget(row, 3));
        const std::string strategy = choice->currentData().toString().toStdString();
        if (!strategy.empty())
            out[m_names[static_cast<std::size_t>(row)]] = strategy;
    }
    return out;
}

} // namespace tern::ui
