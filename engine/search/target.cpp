#include "engine/search/target.h"

#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/unreadable_cell.h"
#include "engine/prep/screening.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cctype>
#include <map>
#include <numeric>
#include <set>

namespace tern::search {

namespace {

// The class name of a row, or empty when missing. Numbers print without a trailing ".0" so "1" and "1.0" agree.
std::string label_of(const data::Column& c, std::size_t row)
{
    if (c.is_missing(row))
        return {};
    if (c.type() == data::ColumnType::numeric) {
        const double v = c.numbers()[row];
        if (v == std::floor(v) && std::abs(v) < 1e15)
            return fmt::format("{}", static_cast<long long>(v));
        return fmt::format("{}", v);
    }
    return c.display(row);
}

// A numeric target is a class label when it has few distinct values that are all whole numbers (or just two).
bool looks_like_classes(const data::Column& c)
{
    std::set<double> distinct;
    bool whole = true;
    for (std::size_t r = 0; r < c.size(); ++r) {
        const double v = c.numbers()[r];
        if (std::isnan(v))
            continue;
        distinct.insert(v);
        whole = whole && v == std::floor(v);
        if (distinct.size() > 20)
            return false;
    }
    return distinct.size() <= 2 || whole;
}

// "Class", "LABEL", "y" and "Target_" all say what the column is; "class_id" or "y2" do not.
bool named_like_a_target(std::string_view name)
{
    std::string key;
    for (const char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)))
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* word : {"target", "label", "class", "y", "outcome", "response"})
        if (key == word)
            return true;
    return false;
}

}  // namespace

std::optional<std::size_t> suggested_target(const data::Table& table)
{
    for (std::size_t c = 0; c < table.cols(); ++c)
        if (named_like_a_target(table.column(c).name()))
            return c;
    std::vector<std::size_t> rows(table.rows());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    const prep::Screening screening = prep::screen_columns(table, rows);
    std::optional<std::size_t> last;
    for (const auto& kept : {screening.numeric, screening.categorical})
        for (const std::size_t c : kept)
            if (!table.column(c).is_date() && (!last || c > *last))
                last = c;
    return last;
}

bool regresses_by_default(const data::Table& table, const std::string& target)
{
    const data::Column& col = table.column(target);
    return col.type() == data::ColumnType::numeric && !looks_like_classes(col);
}

TargetData prepare_target(const data::Table& table, const std::string& target, const std::string& task)
{
    if (target.empty())
        throw InputError(Message(TERN_TEXT("EngineText", "no target column given (--target)")));
    const data::Column& col = table.column(target);
    TargetData t;
    const bool numeric = col.type() == data::ColumnType::numeric;
    const bool regression = task == "regression" || (task == "auto" && regresses_by_default(table, target));
    if (regression && !numeric)
        throw InputError(Message(
            TERN_TEXT("EngineText", "target '%1' is %2 and cannot be regressed; use --task binary or multiclass"),
            target, data::to_string(col.type())));

    if (regression) {
        t.task = Task::regression;
        for (std::size_t r = 0; r < col.size(); ++r) {
            if (col.is_missing(r)) {
                ++t.missing;
                continue;
            }
            t.rows.push_back(r);
            t.y.push_back(static_cast<float>(col.numbers()[r]));
        }
        if (t.rows.empty())
            throw InputError(
                Message(TERN_TEXT("EngineText", "target '%1' has no values (missing in every row)"), target));
        if (t.rows.size() < 2)
            throw InputError(Message(TERN_TEXT("EngineText", "target '%1' has fewer than two values"), target));
        // The regression twin of "only one class": every candidate used to score a perfect, meaningless R^2 of 1.
        if (std::all_of(t.y.begin(), t.y.end(), [&](float v) { return v == t.y.front(); })) {
            // Distinct as written, one value as the float every model computes in (5 + 1e-9 x): saying "the same
            // value" of them would be false.
            const auto [low, high] = std::minmax_element(
                t.rows.begin(), t.rows.end(), [&](auto a, auto b) { return col.numbers()[a] < col.numbers()[b]; });
            if (col.numbers()[*low] != col.numbers()[*high])
                throw InputError(Message(TERN_TEXT("EngineText", "target '%1' varies only below float precision "
                                                                 "(%2 to %3), and models compute in float; subtract "
                                                                 "a constant or rescale it"),
                                         target, label_of(col, *low), label_of(col, *high)));
            throw InputError(Message(TERN_TEXT("EngineText", "target '%1' has the same value (%2) in every row; there "
                                                             "is nothing to predict"),
                                     target, label_of(col, t.rows.front())));
        }
        return t;
    }

    // Classes: the level names of a categorical column in level order, else the distinct values sorted
    // (numerically for numbers).
    std::vector<std::string> names;
    if (col.type() == data::ColumnType::categorical) {
        std::vector<char> used(col.levels().size(), 0);
        for (auto code : col.codes())
            if (code >= 0)
                used[static_cast<std::size_t>(code)] = 1;
        for (std::size_t i = 0; i < used.size(); ++i)
            if (used[i])
                names.push_back(col.levels()[i]);
    } else if (numeric) {
        std::map<double, std::string> by_value;
        for (std::size_t r = 0; r < col.size(); ++r)
            if (!col.is_missing(r))
                by_value.emplace(col.numbers()[r], label_of(col, r));
        for (auto& [v, name] : by_value)
            names.push_back(name);
    } else {
        std::set<std::string> values;
        for (std::size_t r = 0; r < col.size(); ++r)
            if (!col.is_missing(r))
                values.insert(col.display(r));
        names.assign(values.begin(), values.end());
    }
    if (names.empty())
        throw InputError(Message(TERN_TEXT("EngineText", "target '%1' has no values (missing in every row)"), target));
    if (names.size() < 2)
        throw InputError(Message(TERN_TEXT("EngineText", "target '%1' has only one class"), target));
    if (task == "binary" && names.size() != 2)
        throw InputError(
            Message(TERN_TEXT("EngineText", "target '%1' has %2 classes; --task binary needs exactly two"), target,
                    names.size()));
    t.task = (task == "multiclass" || names.size() > 2) ? Task::multiclass : Task::binary;
    t.class_names = std::move(names);
    TargetData encoded = encode_target_like(table, target, t);
    // Classes of one row each leave no class to learn from another row: every candidate scored 0 and one was
    // "chosen". Usually a key, or numbers meant as a regression.
    if (encoded.class_names.size() == encoded.rows.size())
        throw InputError(Message(TERN_TEXT("EngineText", "target '%1' has a different class in each of its %2 rows: "
                                                         "nothing to learn; a number to predict needs --task "
                                                         "regression"),
                                 target, encoded.rows.size()));
    // The same nearly everywhere: classes of one or two rows cannot be both learned and checked by
    // cross-validation, and thousands of them made every candidate slow and score 0 (3,000 classes of two rows:
    // 24 s of a 10 s budget, 800 MB). Rare classes beside well-filled ones stay, as long as they hold at most
    // half the rows, and so do a few classes of a tiny table, which other checks and the folds deal with.
    std::vector<std::size_t> per_class(encoded.class_names.size(), 0);
    for (float c : encoded.y)
        ++per_class[static_cast<std::size_t>(c)];
    std::size_t in_tiny = 0;
    for (std::size_t n : per_class)
        in_tiny += n <= 2 ? n : 0;
    if (encoded.class_names.size() >= 10 && 2 * in_tiny > encoded.rows.size())
        throw InputError(Message(TERN_TEXT("EngineText", "target '%1' has %2 classes in %3 rows, and %4 of the rows "
                                                         "are in classes of one or two rows: too few to learn a "
                                                         "class and check it; a number to predict needs --task "
                                                         "regression"),
                                 target, encoded.class_names.size(), encoded.rows.size(), in_tiny));
    return encoded;
}

TargetData encode_target_like(const data::Table& table, const std::string& target, const TargetData& train)
{
    const data::Column& col = table.column(target);
    TargetData t;
    t.task = train.task;
    t.class_names = train.class_names;
    if (train.task == Task::regression) {
        if (col.type() != data::ColumnType::numeric)
            throw InputError(Message(TERN_TEXT("EngineText", "target '%1' is not numeric in this file%2"), target,
                                     data::first_non_number(col)));
        for (std::size_t r = 0; r < col.size(); ++r) {
            if (col.is_missing(r)) {
                ++t.missing;
                continue;
            }
            t.rows.push_back(r);
            t.y.push_back(static_cast<float>(col.numbers()[r]));
        }
        return t;
    }
    std::map<std::string, int> index;
    for (std::size_t i = 0; i < train.class_names.size(); ++i)
        index.emplace(train.class_names[i], static_cast<int>(i));
    for (std::size_t r = 0; r < col.size(); ++r) {
        const std::string name = label_of(col, r);
        if (name.empty()) {
            ++t.missing;
            continue;
        }
        auto it = index.find(name);
        if (it == index.end()) {
            ++t.unknown;
            if (std::find(t.unknown_classes.begin(), t.unknown_classes.end(), name) == t.unknown_classes.end())
                t.unknown_classes.push_back(name);
            continue;
        }
        t.rows.push_back(r);
        t.y.push_back(static_cast<float>(it->second));
    }
    return t;
}

}  // namespace tern::search
