#include "ui/run/metric_chooser.h"

#include "engine/core/error.h"
#include "engine/metrics/metric.h"
#include "ui/engine_text.h"
#include "ui/models/run_metric.h"
#include "ui/widgets/text_tone.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <algorithm>

namespace tern::ui {

namespace {

const QString kDefaultMetric = QStringLiteral("default");
const QString kCustomMetric = QStringLiteral("custom");

} // namespace

MetricChooser::MetricChooser(QFormLayout* form, QWidget* parent)
    : QObject(parent), m_form(form), m_metric(new QComboBox(parent)), m_expression(new QLineEdit(parent)),
      m_direction(new QComboBox(parent)), m_error(new QLabel(parent))
{
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("E&xpression:"), m_expression);
    // An error such as mse is better low: maximised, the search would pick the worst model.
    m_direction->setObjectName(QStringLiteral("metricDirection"));
    m_direction->addItem(tr("Higher is better"), QStringLiteral("max"));
    m_direction->addItem(tr("Lower is better"), QStringLiteral("min"));
    form->addRow(tr("&Better:"), m_direction);
    setTextTone(m_error, TextTone::Error);
    m_error->setWordWrap(true);
    // As tall as its lines: with the default policy the form gave the spare height of the panel to this row.
    m_error->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    form->addRow(QString(), m_error);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &MetricChooser::validate);
    connect(m_expression, &QLineEdit::textChanged, this, &MetricChooser::validate);
    connect(m_direction, &QComboBox::activated, this, [this] { m_directionChosen = true; });
    fill();
}

void MetricChooser::setRegression(std::optional<bool> regression)
{
    m_regression = regression;
    fill();
}

// Only the metrics of the task a run would have; both lists while no table tells it.
void MetricChooser::fill()
{
    const QString previous = m_metric->currentData().toString();
    {
        const QSignalBlocker block(m_metric);
        m_metric->clear();
        m_metric->addItem(tr("Task default"), kDefaultMetric);
        std::vector<std::string> names;
        if (m_regression != true)
            names = metrics::metric_names(Task::multiclass);
        if (m_regression != false)
            for (const auto& n : metrics::metric_names(Task::regression))
                if (std::find(names.begin(), names.end(), n) == names.end())
                    names.push_back(n);
        for (const auto& n : names)
            m_metric->addItem(metricLabel(n), QString::fromStdString(n));
        m_metric->addItem(tr("Custom expression"), kCustomMetric);
        const int index = m_metric->findData(previous);
        m_metric->setCurrentIndex(index >= 0 ? index : 0);
    }
    // An example over the variables the expression will have.
    m_expression->setPlaceholderText(m_regression == true ? tr("e.g. sqrt(mse)")
                                                          : tr("e.g. (tp/(tp+fn)+tn/(tn+fp))/2"));
    validate();
}

void MetricChooser::validate()
{
    const bool custom = m_metric->currentData().toString() == kCustomMetric;
    // The expression's rows show only for a custom metric: greyed out, an empty field still looked like one to fill.
    m_expression->setEnabled(custom);
    m_direction->setEnabled(custom);
    m_form->setRowVisible(m_expression, custom);
    m_form->setRowVisible(m_direction, custom);
    QString error;
    if (custom && m_expression->text().trimmed().isEmpty()) {
        error = tr("Enter an expression over tp, fp, tn, fn (or the regression errors).");
    } else if (custom) {
        // The variables of the task the run will have: counts for classes, errors for a regression; either while
        // no table tells which.
        std::vector<Task> tasks;
        if (m_regression != true)
            tasks.push_back(Task::binary);
        if (m_regression != false)
            tasks.push_back(Task::regression);
        for (Task t : tasks) {
            try {
                metrics::make_expression_metric(m_expression->text().toStdString(), metrics::Direction::maximize, t);
                error.clear();
                break;
            } catch (const InputError& e) {
                if (error.isEmpty())
                    error = engineText(e.message()).section(QLatin1Char('\n'), 0, 0);
            } catch (const std::exception& e) {
                if (error.isEmpty())
                    error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
            }
        }
    }
    // As tern-cli without --metric-direction: a cost such as (10*fn+fp)/n is minimised unless the user says else.
    if (custom && error.isEmpty() && !m_directionChosen)
        if (const auto guess = metrics::guess_expression_direction(m_expression->text().toStdString()))
            m_direction->setCurrentIndex(
                m_direction->findData(*guess == metrics::Direction::minimize ? QStringLiteral("min")
                                                                              : QStringLiteral("max")));
    m_error->setText(error);
    m_form->setRowVisible(m_error, !error.isEmpty());
    emit changed();
}

void MetricChooser::setCustomExpression(const QString& expression)
{
    m_metric->setCurrentIndex(m_metric->findData(kCustomMetric));
    m_expression->setText(expression);
    validate();
}

QString MetricChooser::error() const
{
    return m_error->text();
}

void MetricChooser::applyTo(search::RunSpec& spec) const
{
    const QString metric = m_metric->currentData().toString();
    if (metric == kCustomMetric) {
        // As the CLI's --metric-expr: the run records its metric as "custom" itself.
        spec.metric_expr = m_expression->text().toStdString();
        spec.metric_direction = m_direction->currentData().toString().toStdString();
    } else if (metric != kDefaultMetric) {
        spec.metric = metric.toStdString();
    }
}

} // namespace tern::ui
