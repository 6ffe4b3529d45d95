// The Run page's metric rows: a built-in metric of the target's task (or the task's default), or a custom
// expression with its direction, checked as it is typed over the variables of that task. It adds its rows to the
// page's form so that their labels line up with the others.
#pragma once

#include "engine/search/run_spec.h"

#include <QObject>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace tern::ui {

class MetricChooser : public QObject {
    Q_OBJECT
  public:
    MetricChooser(QFormLayout* form, QWidget* parent);

    // The task the run will have: true for a regression, false for classes, empty while unknown (both lists).
    void setRegression(std::optional<bool> regression);
    void setCustomExpression(const QString& expression); // selects "Custom expression"
    QString error() const;                               // why the expression cannot run; empty when it can
    void applyTo(search::RunSpec& spec) const;           // metric, or metric_expr with its direction

  signals:
    void changed(); // the choice or its error changed

  private:
    void fill();
    void validate();

    std::optional<bool> m_regression;
    QFormLayout* m_form;
    QComboBox* m_metric;
    QLineEdit* m_expression;
    QComboBox* m_direction; // of a custom expression: higher or lower is better
    bool m_directionChosen = false; // by the user; until then it follows the expression (a cost is lower-better)
    QLabel* m_error;
};

} // namespace tern::ui
