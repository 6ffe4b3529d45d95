#include "ui/models/prediction_table_model.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>
#include <utility>

namespace tern::ui {

namespace {

// RFC 4180: quote a field holding a separator, a quote or a line break, doubling its quotes.
QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

int PredictionTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(isClassification() ? m_predictions.labels.size() : m_predictions.values.size());
}

int PredictionTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || rowCount() == 0)
        return 0;
    return firstPredictionColumn() + 1 + static_cast<int>(m_classes.size());
}

QVariant PredictionTableModel::value(int row, int column) const
{
    const auto r = static_cast<size_t>(row);
    if (column == fileColumn())
        return r < m_files.size() ? QVariant(QString::fromStdString(m_files[r])) : QVariant();
    if (column == actualColumn()) {
        if (r >= m_actual.size() || m_actual[r].empty())
            return {};
        // A regression target as a number, aligned and sorted like the predictions beside it.
        bool number = false;
        const double v = QString::fromStdString(m_actual[r]).toDouble(&number);
        return !isClassification() && number ? QVariant(v) : QVariant(QString::fromStdString(m_actual[r]));
    }
    column -= firstPredictionColumn();
    if (column == 0)
        return isClassification() ? QVariant(QString::fromStdString(m_predictions.labels[r]))
                                  : QVariant(static_cast<double>(m_predictions.values[r]));
    const auto c = static_cast<size_t>(column - 1);
    if (r < m_predictions.probabilities.rows() && c < m_predictions.probabilities.cols())
        return static_cast<double>(m_predictions.probabilities(r, c));
    return {};
}

QVariant PredictionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant v = value(index.row(), index.column());
    switch (role) {
    case SortRole: return v;
    case Qt::DisplayRole:
        if (v.typeId() == QMetaType::Double)
            return QLocale().toString(v.toDouble(), 'f', index.column() <= firstPredictionColumn() ? 4 : 3);
        if (index.column() == fileColumn()) // the file's name; its folder is in the tooltip
            return QFileInfo(v.toString()).fileName();
        return v;
    case Qt::ToolTipRole:
        if (index.column() == fileColumn())
            return QDir::toNativeSeparators(v.toString());
        return {};
    case Qt::TextAlignmentRole:
        if (v.typeId() == QMetaType::Double)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant PredictionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1; // the input row, counted from 1 as spreadsheets do
    if (section == fileColumn())
        return tr("File");
    if (section == actualColumn())
        return tr("Actual");
    section -= firstPredictionColumn();
    if (section == 0)
        return tr("Prediction");
    //: Column header: the probability of one class.
    return tr("P(%1)").arg(m_classes.value(section - 1));
}

void PredictionTableModel::setPredictions(exporting::Predictions predictions,
                                          const std::vector<std::string>& classNames, std::vector<std::string> files,
                                          std::vector<std::string> actual)
{
    beginResetModel();
    m_predictions = std::move(predictions);
    m_files = std::move(files);
    m_actual = std::move(actual);
    m_classes.clear();
    for (const auto& name : classNames)
        m_classes << QString::fromStdString(name);
    endResetModel();
}

void PredictionTableModel::clear()
{
    setPredictions({}, {});
}

QString PredictionTableModel::saveCsv(const QString& path) const
{
    QSaveFile file(path); // all or nothing: a failed save leaves any earlier file as it was
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    QTextStream out(&file);
    if (!m_files.empty())
        out << "file,";
    out << "prediction";
    for (const QString& name : m_classes)
        out << ',' << csvField(QStringLiteral("p_") + name);
    out << '\n';
    const QLocale c = QLocale::c(); // files are read by programs: no digit grouping, a dot as decimal separator
    for (int row = 0; row < rowCount(); ++row) {
        bool first = true;
        for (int column = 0; column < columnCount(); ++column) {
            if (column == actualColumn()) // the file's own column, not a prediction: as tern-cli predict writes
                continue;
            const QVariant v = value(row, column);
            if (!std::exchange(first, false))
                out << ',';
            out << (v.typeId() == QMetaType::Double ? c.toString(v.toDouble(), 'g', 7) : csvField(v.toString()));
        }
        out << '\n';
    }
    out.flush();
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace tern::ui
