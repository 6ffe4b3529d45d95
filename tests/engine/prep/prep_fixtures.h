// Tables for the preprocessing tests: penguins.csv (read here with a minimal parser, so these tests do not depend
// on the data readers) and small tables built in code.
#pragma once

#include "engine/data/natural_order.h"
#include "engine/data/table.h"

#include <QtTest/QtTest>
#include <cmath>
#include <fstream>
#include <map>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

namespace prep_fixtures {

using tern::data::Column;
using tern::data::Table;

inline std::vector<std::string> split(const std::string& line)
{
    std::vector<std::string> out;
    std::stringstream s(line);
    std::string field;
    while (std::getline(s, field, ','))
        out.push_back(field);
    if (!line.empty() && line.back() == ',')
        out.emplace_back();
    return out;
}

// Categorical from strings ("" = missing); levels in natural order, as the CSV reader gives them.
inline Column categorical(const std::string& name, const std::vector<std::string>& values)
{
    const auto natural = [](const std::string& a, const std::string& b) { return tern::data::natural_less(a, b); };
    std::map<std::string, int, decltype(natural)> index(natural);
    for (const auto& v : values)
        if (!v.empty())
            index[v] = 0;
    std::vector<std::string> levels;
    for (auto& [level, code] : index) {
        code = int(levels.size());
        levels.push_back(level);
    }
    std::vector<std::int32_t> codes;
    for (const auto& v : values)
        codes.push_back(v.empty() ? -1 : index[v]);
    return Column::categorical(name, std::move(codes), std::move(levels));
}

// A comma-separated file without quoting: numeric columns where every non-empty cell parses, else categorical.
inline Table read_simple_csv(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    std::string line;
    std::getline(in, line);
    const auto names = split(line);
    std::vector<std::vector<std::string>> cells(names.size());
    while (std::getline(in, line)) {
        auto fields = split(line);
        fields.resize(names.size());
        for (std::size_t c = 0; c < names.size(); ++c)
            cells[c].push_back(fields[c]);
    }
    std::vector<Column> columns;
    for (std::size_t c = 0; c < names.size(); ++c) {
        std::vector<double> numbers;
        bool numeric = true;
        for (const auto& v : cells[c]) {
            if (v.empty()) {
                numbers.push_back(std::nanf(""));
                continue;
            }
            char* end = nullptr;
            const float x = std::strtof(v.c_str(), &end);
            numeric = numeric && end && *end == '\0';
            numbers.push_back(x);
        }
        columns.push_back(numeric ? Column::numeric(names[c], std::move(numbers)) : categorical(names[c], cells[c]));
    }
    return Table(std::move(columns));
}

inline Table penguins()
{
    Table t = read_simple_csv(TERN_TEST_DATA "/prep/penguins.csv");
    t.set_target("species");
    return t;
}

// Class index of each row of the target column (categorical codes).
inline std::vector<float> labels(const Table& t)
{
    std::vector<float> y;
    for (std::int32_t c : t.column(*t.target_index()).codes())
        y.push_back(float(c));
    return y;
}

inline std::vector<std::size_t> all_rows(const Table& t)
{
    std::vector<std::size_t> rows(t.rows());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

inline std::vector<float> pick(const std::vector<float>& y, const std::vector<std::size_t>& rows)
{
    std::vector<float> out;
    for (std::size_t r : rows)
        out.push_back(y[r]);
    return out;
}

inline const float missing = std::nanf("");

} // namespace prep_fixtures
