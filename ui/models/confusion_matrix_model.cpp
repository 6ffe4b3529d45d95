#include "ui/models/confusion_matrix_model.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace tern::ui {

int ConfusionMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : classCount();
}

int ConfusionMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : classCount();
}

QVariant ConfusionMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int actual = index.row(), predicted = index.column();
    switch (role) {
    case Qt::DisplayRole: return QLocale().toString(count(actual, predicted));
    case CountRole: return count(actual, predicted);
    case FractionRole: return rowFraction(actual, predicted);
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1 rows of class %2 predicted as %3 (%4 % of the class)")
            .arg(count(actual, predicted))
            .arg(m_classes[actual], m_classes[predicted])
            .arg(QLocale().toString(100.0 * rowFraction(actual, predicted), 'f', 1));
    default: return {};
    }
}

QVariant ConfusionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= classCount())
        return {};
    return orientation == Qt::Horizontal ? tr("predicted %1").arg(m_classes[section])
                                         : tr("actual %1").arg(m_classes[section]);
}

void ConfusionMatrixModel::clear()
{
    beginResetModel();
    m_classes.clear();
    m_counts.clear();
    m_total = 0;
    endResetModel();
}

void ConfusionMatrixModel::setPredictions(const search::StoredPredictions& p)
{
    beginResetModel();
    m_classes.clear();
    m_counts.clear();
    m_total = 0;
    const std::size_t k = p.class_names.size();
    if (is_classification(p.task) && k > 0 && p.predictions.width == k) {
        for (const auto& name : p.class_names)
            m_classes << QString::fromStdString(name);
        m_counts.assign(k * k, 0);
        const std::size_t rows = std::min(p.truth.size(), p.predictions.rows());
        for (std::size_t i = 0; i < rows; ++i) {
            const float truth = p.truth[i];
            if (!std::isfinite(truth) || truth < 0 || truth >= static_cast<float>(k))
                continue;
            const std::size_t predicted = p.predictions.predicted_class(i);
            ++m_counts[static_cast<std::size_t>(truth) * k + predicted];
            ++m_total;
        }
    }
    endResetModel();
}

int ConfusionMatrixModel::count(int actual, int predicted) const
{
    const int k = classCount();
    if (actual < 0 || predicted < 0 || actual >= k || predicted >= k)
        return 0;
    return m_counts[static_cast<std::size_t>(actual * k + predicted)];
}

double ConfusionMatrixModel::rowFraction(int actual, int predicted) const
{
    const int k = classCount();
    if (actual < 0 || actual >= k)
        return 0;
    const auto begin = m_counts.begin() + actual * k;
    const int rowTotal = std::accumulate(begin, begin + k, 0);
    return rowTotal > 0 ? static_cast<double>(count(actual, predicted)) / rowTotal : 0.0;
}

double ConfusionMatrixModel::accuracy() const
{
    int diagonal = 0;
    for (int c = 0; c < classCount(); ++c)
        diagonal += count(c, c);
    return m_total > 0 ? static_cast<double>(diagonal) / m_total : 0.0;
}

} // namespace tern::ui
