// User metrics: a muparser expression over confusion counts (classification) or error summaries (regression).
// muparser evaluates arithmetic only, so a user formula can never run code.
#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/metrics/builtin.h"

#include <cctype>
#include <cmath>
#include <optional>
#include <string_view>
#include <fmt/format.h>
#include <muParser.h>

namespace tern::metrics {

namespace {

// muparser's message with its position (0-based, as muparser counts), naming an unknown variable as such.
Message describe(const mu::Parser::exception_type& e)
{
    // A number beyond double's range ("1e999") is no number to muparser, which then reads it as a name.
    std::string token = e.GetToken();
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back())))
        token.pop_back();
    const bool numeral = !token.empty() && (std::isdigit(static_cast<unsigned char>(token[0])) || token[0] == '.');
    if (e.GetCode() == mu::ecUNASSIGNABLE_TOKEN && numeral)
        return Message(TERN_TEXT("EngineText", "the number '%1' at position %2 is out of range"), token, e.GetPos());
    if (e.GetCode() == mu::ecUNASSIGNABLE_TOKEN)
        return Message(TERN_TEXT("EngineText", "unknown variable or function '%1' at position %2"), e.GetToken(),
                       e.GetPos());
    std::string message = e.GetMsg();
    while (!message.empty() && (message.back() == '.' || message.back() == ' '))
        message.pop_back();
    if (message.find("position") == std::string::npos)
        return Message(TERN_TEXT("EngineText", "%1 at position %2"), message, e.GetPos());
    return Message::verbatim(message);
}

// The position of an assignment ('=' that is not part of '==', '<=', '>=' or '!='), if any: muparser assigns to
// variables, so "tp=1" (meant as a comparison) would score every candidate 1.
std::optional<std::size_t> assignment_at(const std::string& expression)
{
    for (std::size_t i = 0; i < expression.size(); ++i) {
        if (expression[i] != '=')
            continue;
        const bool after_operator = i > 0 && std::string_view("=<>!").find(expression[i - 1]) != std::string_view::npos;
        const bool before_equals = i + 1 < expression.size() && expression[i + 1] == '=';
        if (!after_operator && !before_equals)
            return i;
        if (before_equals)
            ++i;
    }
    return std::nullopt;
}

class ExpressionMetric final : public Metric {
  public:
    ExpressionMetric(const std::string& expression, Direction direction, Task task)
        : m_expression(expression), m_direction(direction), m_task(task)
    {
        if (expression.find_first_not_of(" \t\r\n") == std::string::npos)
            throw InputError(Message(TERN_TEXT("EngineText", "metric expression is empty")));
        if (is_classification(task)) {
            m_parser.DefineVar("tp", &m_a);
            m_parser.DefineVar("tn", &m_b);
            m_parser.DefineVar("fp", &m_c);
            m_parser.DefineVar("fn", &m_d);
        } else {
            m_parser.DefineVar("mse", &m_a);
            m_parser.DefineVar("mae", &m_b);
            m_parser.DefineVar("r2", &m_c);
        }
        m_parser.DefineVar("n", &m_n);
        const char* variables = is_classification(task) ? "tp tn fp fn n" : "mse mae r2 n";
        if (const auto at = assignment_at(expression))
            throw InputError(Message(TERN_TEXT("EngineText", "metric expression '%1': '=' at position %2 assigns a "
                                                             "value; compare with '==', or leave it out; variables: "
                                                             "%3"),
                                     expression, *at, variables));
        try {
            m_parser.SetExpr(expression);
            m_a = m_b = m_c = m_d = m_n = 1.0;
            m_parser.Eval(); // muparser parses lazily: the first evaluation reports syntax errors and unknown names
        } catch (const mu::Parser::exception_type& e) {
            throw InputError(Message(TERN_TEXT("EngineText", "metric expression '%1': %2; variables: %3"), expression,
                                     describe(e), variables));
        }
        // muparser evaluates "a, b" as two results and returns the last: the metric would silently be b.
        if (m_parser.GetNumResults() > 1)
            throw InputError(Message(TERN_TEXT("EngineText", "metric expression '%1': %2 expressions separated by "
                                                             "','; a metric is one expression; variables: %3"),
                                     expression, m_parser.GetNumResults(), variables));
    }

    std::string name() const override { return m_expression; }
    Direction direction() const override { return m_direction; }

    double score(const Predictions& p) const override
    {
        if (is_classification(p.task) != is_classification(m_task))
            throw InputError(fmt::format("metric expression was made for a {} task, scored on a {} one",
                                         to_string(m_task), to_string(p.task)));
        detail::validate(p, true, false);
        const double result = is_classification(p.task) ? classification(detail::confusion(p), p.task) : regression(p);
        return std::isfinite(result) ? result : worst_value(m_direction);
    }

    std::optional<double> score_counts(const Confusion& c) const override
    {
        if (!is_classification(m_task) || c.k < 2 || c.counts.size() != c.k * c.k || !(c.total() > 0.0))
            return std::nullopt;
        const double result = classification(c, m_task);
        return std::isfinite(result) ? result : worst_value(m_direction);
    }

    // The expression at these values of its variables (tp tn fp fn n, or mse mae r2 and n with `d` unused); NaN
    // where it is undefined.
    double at(double a, double b, double c, double d, double n) const
    {
        m_a = a;
        m_b = b;
        m_c = c;
        m_d = d;
        m_n = n;
        return evaluate();
    }

  private:
    double evaluate() const
    {
        try {
            return m_parser.Eval();
        } catch (const mu::Parser::exception_type&) {
            return std::nan("");
        }
    }

    // Binary: the expression for the positive class (index 1); multiclass: its mean one-vs-rest over the classes
    // present.
    double classification(const Confusion& c, Task task) const
    {
        const double n = c.total();
        m_n = n;
        std::vector<int> classes{1};
        if (task == Task::multiclass)
            classes = c.present();
        double sum = 0.0;
        for (int label : classes) {
            const std::size_t l = std::size_t(label);
            const double true_count = c.true_count(l), predicted_count = c.predicted_count(l);
            m_a = c.at(l, l);                             // tp
            m_d = true_count - m_a;                       // fn
            m_c = predicted_count - m_a;                  // fp
            m_b = n - true_count - predicted_count + m_a; // tn
            sum += evaluate();
        }
        return sum / double(classes.size());
    }

    double regression(const Predictions& p) const
    {
        m_a = detail::mse(p);
        m_b = detail::mae(p);
        m_c = detail::r2(p);
        m_n = double(p.truth.size());
        return evaluate();
    }

    std::string m_expression;
    Direction m_direction;
    Task m_task;
    // muparser binds variables by address; score() is const, so the bound values are mutable. A metric object is
    // therefore not shared between threads (each run makes its own).
    mutable double m_a = 0, m_b = 0, m_c = 0, m_d = 0, m_n = 0;
    mutable mu::Parser m_parser;
};

} // namespace

std::unique_ptr<Metric> make_expression_metric(const std::string& expression, Direction direction, Task task)
{
    auto metric = std::make_unique<ExpressionMetric>(expression, direction, task);
    // Undefined on some folds is fine (those folds go unscored); undefined on a perfect and an all-wrong prediction
    // alike ("tp/0", "log(0)") it can score no fold, and every candidate of a run would fail after its budget.
    const bool counts = is_classification(task);
    const double perfect = counts ? metric->at(40, 60, 0, 0, 100) : metric->at(0, 0, 1, 0, 100);
    const double wrong = counts ? metric->at(0, 0, 60, 40, 100) : metric->at(1, 0.8, 0, 0, 100);
    if (!std::isfinite(perfect) && !std::isfinite(wrong))
        throw InputError(fmt::format("metric expression '{}' is not a finite number for a perfect prediction nor for "
                                     "an all-wrong one, so it can score no model",
                                     expression));
    // Equal for every prediction ("n", "tp + fn", the count of positives): every candidate ties, and the run's
    // "best" is whichever came first.
    const double half = counts ? metric->at(20, 30, 30, 20, 100) : metric->at(0.5, 0.5, 0.5, 0, 100);
    if (std::isfinite(perfect) && perfect == wrong && perfect == half)
        throw InputError(fmt::format("metric expression '{}' has the same value for a perfect, a half-right and an all-"
                                     "wrong prediction, so it cannot tell models apart",
                                     expression));
    return metric;
}

std::optional<Direction> guess_expression_direction(const std::string& expression)
{
    for (const Task task : {Task::binary, Task::regression}) {
        std::optional<ExpressionMetric> metric;
        try {
            metric.emplace(expression, Direction::maximize, task);
        } catch (const InputError&) {
            continue; // not over this task's variables
        }
        // A perfect prediction against an all-wrong one (100 rows, 40 positive); for a regression, errors of 0 and
        // r2 = 1 against errors as large as the target's spread and r2 = 0.
        const bool counts = task == Task::binary;
        const double perfect = counts ? metric->at(40, 60, 0, 0, 100) : metric->at(0, 0, 1, 0, 100);
        const double wrong = counts ? metric->at(0, 0, 60, 40, 100) : metric->at(1, 0.8, 0, 0, 100);
        if (!std::isfinite(perfect) || !std::isfinite(wrong) || perfect == wrong)
            return std::nullopt;
        return perfect > wrong ? Direction::maximize : Direction::minimize;
    }
    return std::nullopt;
}

} // namespace tern::metrics
