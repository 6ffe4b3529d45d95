#include "ui/pages/table_panel.h"

#include "engine/data/summary.h"
#include "engine/data/table.h"
#include "ui/models/summary_model.h"
#include "ui/models/table_model.h"
#include "ui/plots/missing_values_plot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tern::ui {
namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(sectionTitle(title, box));
    layout->addWidget(content, 1);
    return box;
}

void setUpTableView(QTableView* view)
{
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

TablePanel::TablePanel(QWidget* parent)
    : QWidget(parent), m_tableModel(new TableModel(this)), m_summaryModel(new SummaryModel(this)),
      m_target(new QComboBox(this)), m_shape(new QLabel(this)), m_preview(new QTableView(this)),
      m_summaryView(new QTableView(this)), m_plot(new MissingValuesPlot(this))
{
    m_target->setToolTip(tr("The column the models will learn to predict"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_target->setMinimumWidth(160);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TablePanel::onTargetIndexChanged);
    m_shape->setForegroundRole(QPalette::PlaceholderText);

    // Uniform row heights: the view never measures rows, so a million rows scroll as fast as a hundred.
    setUpTableView(m_preview);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->setModel(m_tableModel);

    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_summaryModel);
    sorted->setSortRole(SummaryModel::SortRole);
    setUpTableView(m_summaryView);
    m_summaryView->setModel(sorted);
    m_summaryView->setSortingEnabled(true);
    m_summaryView->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    m_summaryView->verticalHeader()->hide();
    m_summaryView->horizontalHeader()->setStretchLastSection(true);

    auto* targetRow = new QHBoxLayout;
    auto* targetLabel = new QLabel(tr("&Target column:"), this);
    targetLabel->setBuddy(m_target);
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target);
    targetRow->addSpacing(16);
    targetRow->addWidget(m_shape);
    targetRow->addStretch();

    // Preview and chart side by side (a preview rarely needs the full width); the ten-column summary below
    // gets the whole width.
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(titled(tr("Preview"), m_preview, top));
    top->addWidget(titled(tr("Missing values"), m_plot, top));
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 0);
    top->setSizes({700, 300});
    top->setChildrenCollapsible(false);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(titled(tr("Column summary"), m_summaryView, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(targetRow);
    layout->addWidget(split, 1);
}

void TablePanel::setTable(std::shared_ptr<data::Table> table, std::vector<data::ColumnSummary> summaries,
                          std::size_t duplicateRows, std::map<std::string, std::string> setAside)
{
    m_table = std::move(table);
    m_tableModel->setTable(m_table);
    m_plot->setSummaries(summaries);
    m_summaryModel->setSummaries(std::move(summaries));
    m_summaryModel->setSetAside(std::move(setAside));
    m_summaryView->resizeColumnsToContents();
    m_preview->resizeColumnsToContents(); // measures the first rows only (ResizeToContentsPrecision default)

    const QSignalBlocker block(m_target);
    m_target->clear();
    m_target->addItem(tr("(none)"));
    for (const auto& column : m_table->columns())
        m_target->addItem(QString::fromStdString(column.name()));
    const auto target = m_table->target_index();
    m_target->setCurrentIndex(target ? int(*target) + 1 : 0);
    m_shape->setText(tr("%1 rows × %2 columns, %3 missing cells")
                         .arg(QLocale().toString(qulonglong(m_table->rows())))
                         .arg(m_table->cols())
                         .arg(QLocale().toString(qulonglong(m_table->missing_cells()))) +
                     (duplicateRows > 0 ? tr(", %n duplicate row(s)", nullptr, int(duplicateRows)) : QString()));
    m_shape->setToolTip(duplicateRows > 0 ? tr("Rows equal to an earlier row in every column. A duplicate that lands "
                                               "in a validation fold is predicted from memory, which flatters the "
                                               "scores.")
                                          : QString());
}

void TablePanel::clear()
{
    m_table.reset();
    m_tableModel->setTable(nullptr);
    m_summaryModel->setSummaries({});
    m_summaryModel->setSetAside({});
    m_plot->setSummaries({});
    const QSignalBlocker block(m_target);
    m_target->clear();
    m_shape->clear();
}

void TablePanel::setTarget(const QString& column)
{
    const int index = column.isEmpty() ? 0 : m_target->findText(column);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void TablePanel::onTargetIndexChanged(int index)
{
    if (!m_table || index < 0)
        return;
    // Index 0 is "(none)": every column becomes a feature again.
    for (std::size_t c = 0; c < m_table->cols(); ++c) {
        const bool isTarget = int(c) + 1 == index;
        auto& column = m_table->column(c);
        if (isTarget)
            column.set_role(data::ColumnRole::target);
        else if (column.role() == data::ColumnRole::target)
            column.set_role(data::ColumnRole::feature);
        m_summaryModel->setRole(int(c), column.role());
    }
    m_tableModel->refreshHeaders();
    // The bold "(target)" header and summary row are wider than before.
    m_preview->resizeColumnsToContents();
    m_summaryView->resizeColumnsToContents();
    emit targetChanged(index > 0 ? m_target->itemText(index) : QString());
}

} // namespace tern::ui
